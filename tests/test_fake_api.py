"""The harness's FakeAPI: the plugin API a plugin under test is handed, in-process and as a real process.

``tests/plugins/tally`` uses the plugin API from sync and async hooks (settings,
a bot, a slash command, the KV store, posts, ephemeral posts, cluster events);
every test here that runs it runs it both ways: in this process, and as a plugin
process dialling the FakeAPI through go-plugin's broker, as it would dial the
bridge's.
"""

from __future__ import annotations

import inspect
import textwrap
from pathlib import Path

import pytest

from mattermost_plugin import ApiError, Channel, CommandArgs, CommandResponse, Post, Team, User
from mattermost_plugin.api import API
from mattermost_plugin.models import Bot, PluginClusterEvent, PluginClusterEventSendOptions, PluginKVSetOptions
from mattermost_plugin.testing import FakeAPI, HarnessError, NotModelled, Ok, PluginBug, PluginHarness, Value
from mattermost_plugin.testing.fake_api import Node

TALLY = Path(__file__).parent / "plugins" / "tally" / "plugin.py"
MODES = ["inprocess", "process"]


def _world(api: FakeAPI) -> tuple[Team, Channel, User]:
    team = api.create_team(Team(name="team", display_name="Team"))
    channel = api.create_channel(Channel(team_id=team.id, name="town-square", display_name="Town Square", type="O"))
    alice = api.create_user(User(username="alice", email="alice@example.com"))
    return team, channel, alice


def _command(text: str, team: Team, channel: Channel, user: User) -> CommandArgs:
    return CommandArgs(command=text, team_id=team.id, channel_id=channel.id, user_id=user.id)


@pytest.mark.parametrize("mode", MODES)
def test_a_plugin_registers_its_command_posts_as_its_bot_and_counts_in_the_kv_store(mode: str) -> None:
    with PluginHarness(TALLY, mode=mode, settings={"Greeting": "Count"}) as harness:
        assert harness.activate() == Ok()
        api = harness.api
        [command] = api.commands
        assert command.trigger == "tally" and command.auto_complete
        assert [sub.trigger for sub in command.autocomplete_data.sub_commands] == ["add", "show", "icon"]
        [bot] = api.bots.values()
        assert (bot.username, bot.display_name, bot.owner_id) == ("tally", "Tally", "com.example.tally")

        team, channel, alice = _world(api)
        assert harness.execute_command(_command("/tally add 8", team, channel, alice)).assert_value().text == "8"
        assert harness.execute_command(_command("/tally add", team, channel, alice)).assert_value().text == "9"
        assert harness.execute_command(_command("/tally add 5", team, channel, alice)).assert_value().text == "10"  # plugin.json's Limit
        assert [(post.user_id, post.message) for post in api.posts.values()] == [(bot.user_id, f"Count: {n}") for n in (8, 9, 10)]
        assert api.kv.get("count") == 10

        harness.execute_command(_command("/tally show", team, channel, alice))
        [ephemeral] = api.ephemeral_posts_for(alice.id)
        assert ephemeral.message == "The count is 10" and ephemeral.type == "system_ephemeral"

        methods = [call.method for call in api.calls]
        assert methods[:3] == ["load_plugin_configuration", "ensure_bot_user", "register_command"]
        assert api.assert_called("create_post", times=3)[0].args["post"].message == "Count: 8"


@pytest.mark.parametrize("mode", MODES)
def test_an_async_hook_uses_the_async_api_and_kv(mode: str) -> None:
    with PluginHarness(TALLY, mode=mode, settings={"Greeting": "x", "Limit": "50"}) as harness:
        harness.activate()
        team, channel, alice = _world(harness.api)
        harness.api.kv.set("count", 41)
        root = harness.api.create_post(Post(channel_id=channel.id, user_id=alice.id, message="tally++"))
        assert harness.message_has_been_posted(root) == Ok()
        reply = harness.api.get_post_thread(root.id)
        assert [reply.posts[post_id].message for post_id in reply.order] == ["42", "tally++"]
        assert harness.api.kv.get("count") == 42


@pytest.mark.parametrize("mode", MODES)
def test_settings_follow_the_configuration_and_a_bad_value_names_the_setting(mode: str) -> None:
    with PluginHarness(TALLY, mode=mode, settings={"Greeting": "One"}) as harness:
        harness.activate()
        assert harness.logs.assert_logged("settings loaded").fields == {"greeting": "One", "limit": 10}
        assert harness.configure({"Greeting": "Two", "Limit": 4}) == Ok()
        assert [entry.fields for entry in harness.logs if entry.message == "settings loaded"][-1] == {"greeting": "Two", "limit": 4}

        failed = harness.configure({"Greeting": "Three", "Limit": "lots"}).assert_failed()
        assert "plugin setting 'limit' must be a whole number, got 'lots' (str)" in failed.message

        team, channel, alice = _world(harness.api)
        harness.execute_command(_command("/tally add 9", team, channel, alice))
        assert harness.api.kv.get("count") == 4  # the previous settings stay


@pytest.mark.parametrize("mode", MODES)
def test_cluster_events_reach_the_other_nodes_only(mode: str) -> None:
    cluster = FakeAPI()
    with PluginHarness(TALLY, mode=mode, api=cluster, settings={"Greeting": "g"}) as first, PluginHarness(TALLY, mode=mode, api=cluster) as second:
        first.activate()
        second.activate()
        assert len(cluster.bots) == 1  # the second node found the bot the first made
        team, channel, alice = _world(cluster)
        first.execute_command(_command("/tally add", team, channel, alice))
        second.execute_command(_command("/tally add", team, channel, alice))
        [(event, options)] = cluster.cluster_events[:1]
        assert (event.id, options.send_type) == ("counted", "reliable")
        told = [(call.node, call.args["key_value_pairs"]) for call in cluster.calls_to("log_info")]
        assert told == [("node-2", ("count", 1)), ("node-1", ("count", 2))]
        second.logs.assert_logged("another node counted", level="info")


@pytest.mark.parametrize("mode", MODES)
def test_a_method_the_fake_does_not_model_says_which_and_how_to_stub_it(mode: str) -> None:
    with PluginHarness(TALLY, mode=mode, settings={"Greeting": "g"}) as harness:
        harness.activate()
        team, channel, alice = _world(harness.api)
        failed = harness.execute_command(_command("/tally icon", team, channel, alice)).assert_failed("get_team_icon")
        assert "harness.api.stub('get_team_icon', lambda team_id: ...)" in failed.message
        assert isinstance(harness.api.calls_to("get_team_icon")[0].error, NotModelled)

        harness.api.stub("get_team_icon", lambda team_id: b"\x89PNG" + team_id.encode())
        assert harness.execute_command(_command("/tally icon", team, channel, alice)) == Value(CommandResponse())
        assert harness.api.calls_to("get_team_icon")[-1].result == b"\x89PNG" + team.id.encode()

        harness.api.stub("get_team_icon", ApiError("no icon", id="api.team.get_icon.missing", status_code=404))
        harness.execute_command(_command("/tally icon", team, channel, alice)).assert_failed("no icon", status_code=404)


def test_a_process_with_automtls_dials_the_fake_over_tls() -> None:
    with PluginHarness(TALLY, mode="process", mtls=True, settings={"Greeting": "tls"}) as harness:
        assert harness.activate() == Ok()
        assert harness.api.commands[0].trigger == "tally"


def test_the_api_is_handed_over_with_activation(tmp_path: Path) -> None:
    plugin = tmp_path / "early.py"
    plugin.write_text(
        textwrap.dedent(
            """
            from mattermost_plugin import Plugin

            class Early(Plugin):
                def message_will_be_posted(self, context, post):
                    return self.api.get_server_version()
            """
        )
    )
    with PluginHarness(plugin) as harness:
        with pytest.raises(PluginBug, match=r"call harness.activate\(\) first"):
            harness.message_will_be_posted(Post(message="hi"))
        harness.activate()
        assert harness.message_will_be_posted(Post(message="hi")).assert_rejected() == "11.11.0"


# --------------------------------------------------------------------------- the fake itself


def test_kv_compare_and_set_expiry_and_listing() -> None:
    api = FakeAPI()
    atomic = PluginKVSetOptions(atomic=True)
    assert api.kv_set_with_options("k", b"1", atomic)  # missing: written
    assert not api.kv_set_with_options("k", b"2", atomic)  # present: refused
    assert not api.kv_set_with_options("k", b"2", PluginKVSetOptions(atomic=True, old_value=b"0"))
    assert api.kv_set_with_options("k", b"2", PluginKVSetOptions(atomic=True, old_value=b"1"))
    assert api.kv_compare_and_delete("k", b"2") and api.kv_get("k") is None
    with pytest.raises(ApiError, match="shouldn't be set"):
        api.kv_set_with_options("k", b"2", PluginKVSetOptions(old_value=b"1"))
    with pytest.raises(ApiError, match="maximum 150"):
        api.kv_set("x" * 151, b"1")

    api.kv_set_with_expiry("short", b"v", 60)
    api.kv_set("long", b"v")
    assert api.kv_list(0, 100) == ["long", "short"]
    api.advance_time(59)
    assert api.kv_get("short") == b"v"
    api.advance_time(1)
    assert api.kv_get("short") is None and api.kv_list(0, 100) == ["long"]

    for index in range(25):
        api.kv_set(f"p{index:02}", b"1")
    assert api.kv_list(0, 0) == ["long"] + [f"p{index:02}" for index in range(9)]  # the server's default page of 10
    assert api.kv_list(2, 10) == [f"p{index:02}" for index in range(19, 25)]


def test_ensure_bot_user_is_the_servers() -> None:
    api = FakeAPI()
    first = api.ensure_bot_user(Bot(username="helper", display_name="Helper"))
    again = api.ensure_bot_user(Bot(username="helper", display_name="Helper 2", description="d"))
    assert first == again and api.bots[first].display_name == "Helper 2"
    assert api.users[first].is_bot and api.kv_get("mmi_botid") == first.encode()
    with pytest.raises(ApiError, match="no username"):
        api.ensure_bot_user(Bot())


def test_posts_channels_teams_and_users_behave_like_the_server() -> None:
    api = FakeAPI()
    team, channel, alice = _world(api)
    with pytest.raises(ApiError) as missing:
        api.create_post(Post(channel_id="nope", message="x"))
    assert missing.value.status_code == 404
    post = api.create_post(Post(channel_id=channel.id, user_id=alice.id, message="hello"))
    assert len(post.id) == 26 and post.create_at > 0
    edited = api.update_post(Post(id=post.id, message="hello!"))
    assert edited.edit_at > 0 and api.get_post(post.id).message == "hello!"
    api.delete_post(post.id)
    with pytest.raises(ApiError):
        api.get_post(post.id)
    assert api.get_team_by_name("team").id == team.id
    assert api.get_channel_by_name(team.id, "town-square", False).id == channel.id
    with pytest.raises(ApiError, match="already exists"):
        api.create_user(User(username="alice"))
    api.add_channel_member(channel.id, alice.id)
    assert [user.username for user in api.get_users_in_channel(channel.id, "username", 0, 10)] == ["alice"]
    bob = api.create_user(User(username="bob"))
    direct = api.get_direct_channel(alice.id, bob.id)
    assert direct.type == "D" and api.get_direct_channel(bob.id, alice.id).id == direct.id


def test_the_fake_models_methods_with_the_clients_signatures() -> None:
    modelled = [name for name in API.GO_NAMES if name in vars(FakeAPI)]
    assert len(modelled) >= 80
    for name in modelled:
        client = [p.name for p in inspect.signature(getattr(API, name)).parameters.values()]
        fake = [p.name for p in inspect.signature(getattr(FakeAPI, name)).parameters.values()]
        assert fake == client, f"FakeAPI.{name}{fake} differs from API.{name}{client}"


def test_stubbing_checks_the_method_name() -> None:
    with pytest.raises(HarnessError, match="did you mean create_post"):
        FakeAPI().stub("create_posts", None)


ASYNC_PLUGIN = '''
from dataclasses import dataclass

from mattermost_plugin import CommandResponse, Plugin, Settings
from mattermost_plugin.api import ensure_bot_async, slash_command


@dataclass
class Claims:
    prefix: str = "claim:"


class Claimer(Plugin):
    settings = Settings(Claims)

    async def on_configuration_change(self):
        self.loaded = self.settings.prefix

    async def on_activate(self):
        self.bot_id = await ensure_bot_async(self.async_api, "claimer", display_name="Claimer", profile_image=b"PNG")
        await self.async_api.register_command(slash_command("claim", "Claim a thing"))

    async def execute_command(self, context, args):
        thing = args.command.split()[1]
        key = self.loaded + thing
        if await self.async_kv.compare_and_set(key, None, args.user_id, expire_in=60):
            return CommandResponse(text=f"{thing} is yours")
        owner = await self.async_kv.get(key)
        claimed = sorted(await self.async_kv.keys(prefix=self.loaded))
        return CommandResponse(text=f"{thing} belongs to {owner}; claimed: {', '.join(claimed)}")
'''


@pytest.mark.parametrize("mode", MODES)
def test_an_async_plugin_uses_the_async_helpers(mode: str, tmp_path: Path) -> None:
    plugin = tmp_path / "claimer.py"
    plugin.write_text(ASYNC_PLUGIN)
    with PluginHarness(plugin, mode=mode, settings={"Prefix": "c/"}) as harness:
        assert harness.activate() == Ok()
        [bot] = harness.api.bots.values()
        assert bot.username == "claimer" and harness.api.profile_images[bot.user_id] == b"PNG"
        assert harness.execute_command(CommandArgs(command="/claim desk", user_id="u1")).assert_value().text == "desk is yours"
        reply = harness.execute_command(CommandArgs(command="/claim desk", user_id="u2")).assert_value()
        assert reply.text == "desk belongs to u1; claimed: c/desk"
        harness.api.advance_time(60)
        assert harness.execute_command(CommandArgs(command="/claim desk", user_id="u2")).assert_value().text == "desk is yours"


def test_a_cluster_event_for_one_node_reaches_only_that_node() -> None:
    api = FakeAPI()
    delivered: list[tuple[str, str, str]] = []
    nodes = {name: Node(name, lambda hook, event, name=name: delivered.append((name, hook, event.id))) for name in ("a", "b", "c")}
    for node in nodes.values():
        api.attach(node)
    api.handle("publish_plugin_cluster_event", (PluginClusterEvent(id="all"), PluginClusterEventSendOptions()), nodes["a"])
    api.handle("publish_plugin_cluster_event", (PluginClusterEvent(id="one"), PluginClusterEventSendOptions(target_id="c")), nodes["a"])
    assert delivered == [("b", "OnPluginClusterEvent", "all"), ("c", "OnPluginClusterEvent", "all"), ("c", "OnPluginClusterEvent", "one")]
    with pytest.raises(ApiError, match='cluster node "zz": no such node'):
        api.handle("publish_plugin_cluster_event", (PluginClusterEvent(id="lost"), PluginClusterEventSendOptions(target_id="zz")), nodes["a"])
    assert [event.id for event, _ in api.cluster_events] == ["all", "one"]
    assert [call.node for call in api.calls] == ["a", "a", "a"] and api.calls[-1].error is not None
