"""The standup plugin through the harness, with the FakeAPI as its Mattermost.

The harness activates the plugin as a server does: it loads the settings,
makes the bot and registers /standup against ``harness.api``, an in-memory
Mattermost where the tests keep a team, a channel and two people, and read
what the plugin stored and posted.
"""

from __future__ import annotations

import pytest

from mattermost_plugin import Channel, CommandArgs, CommandResponse, Team, User
from mattermost_plugin.testing import Ok, Value


@pytest.fixture
def harness(plugin_harness):
    harness = plugin_harness("plugin.py")
    assert harness.activate() == Ok()
    api = harness.api
    team = api.create_team(Team(name="crew", display_name="Crew"))
    harness.channel = api.create_channel(Channel(team_id=team.id, name="daily", display_name="Daily", type="O"))
    harness.alice = api.create_user(User(username="alice"))
    harness.bob = api.create_user(User(username="bob"))
    return harness


def standup(harness, user: User, text: str = ""):
    command = f"/standup {text}".strip()
    return harness.execute_command(CommandArgs(command=command, channel_id=harness.channel.id, team_id=harness.channel.team_id, user_id=user.id))


def test_activating_makes_the_bot_and_registers_the_command(harness):
    [bot] = harness.api.bots.values()
    assert (bot.username, bot.display_name) == ("standup", "Standup")
    [command] = harness.api.commands
    assert command.trigger == "standup"
    assert [sub.trigger for sub in command.autocomplete_data.sub_commands] == ["summary", "skip"]


def test_an_update_is_kept_in_the_kv_store(harness):
    assert standup(harness, harness.alice, "shipped the API; next: docs") == Value(
        CommandResponse(response_type="ephemeral", text="Thanks! Your update is kept for 24 hours.")
    )
    key = f"update:{harness.channel.id}:{harness.alice.id}"
    assert harness.api.kv.get(key) == {"user_id": harness.alice.id, "text": "shipped the API; next: docs"}
    [stored] = harness.api.calls_to("kv_set_with_options")
    assert stored.args["options"].expire_in_seconds == 24 * 3600


def test_the_bot_posts_the_summary_of_the_channel(harness):
    standup(harness, harness.alice, "reviews")
    standup(harness, harness.bob, "blocked on CI")
    assert standup(harness, harness.alice, "summary") == Value(CommandResponse())
    [post] = harness.api.posts.values()
    [bot] = harness.api.bots.values()
    assert post.user_id == bot.user_id  # posted as the bot
    assert post.channel_id == harness.channel.id
    lines = post.message.splitlines()
    assert lines[0] == "**Standup** (2 updates)"
    assert sorted(lines[1:]) == ["- @alice: reviews", "- @bob: blocked on CI"]


def test_updates_expire_after_the_configured_hours(harness):
    assert harness.configure({"KeepHours": 2}) == Ok()
    standup(harness, harness.alice, "pairing")
    harness.api.advance_time(2 * 3600 - 1)
    assert len(harness.api.kv.keys()) == 1
    harness.api.advance_time(1)
    assert standup(harness, harness.bob, "summary").assert_value().text.startswith("No updates yet.")
    assert harness.api.posts == {}


def test_skip_forgets_only_your_update(harness):
    standup(harness, harness.alice, "one")
    standup(harness, harness.bob, "two")
    standup(harness, harness.alice, "skip").assert_value()
    assert [harness.api.kv.get(key)["text"] for key in harness.api.kv.keys()] == ["two"]


def test_a_bad_keep_hours_is_refused_naming_the_setting(harness):
    harness.configure({"KeepHours": "a day"}).assert_failed("plugin setting 'keephours' must be a whole number, got 'a day'")
    harness.configure({"KeepHours": 0}).assert_failed("KeepHours must be 1 to 168 hours, got 0")
    assert standup(harness, harness.alice, "still kept").assert_value().text.endswith("kept for 24 hours.")


def test_without_text_it_explains_itself(harness):
    assert standup(harness, harness.alice).assert_value().text.startswith("Share your update")
