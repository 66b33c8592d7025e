"""The friendly layer over the plugin API: JSON KV, typed settings, slash commands, bots, cluster events.

The helpers are exercised against the harness's FakeAPI (an in-memory
Mattermost); tests/test_fake_api.py runs them inside plugins, in-process and
as a process, and tests/test_server.py through Mattermost's plugin environment.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Literal, Optional

import pytest

from mattermost_plugin import ApiError, KVConflict, Plugin, PluginDefinitionError, Settings, SettingsError
from mattermost_plugin.api import (
    cluster_event_data,
    dynamic_argument,
    ensure_bot,
    list_argument,
    publish_cluster_event,
    slash_command,
    subcommand,
    text_argument,
)
from mattermost_plugin.api.kv import KV
from mattermost_plugin.models import AutocompleteArg, AutocompleteData, Command, Post
from mattermost_plugin.testing import FakeAPI

# --------------------------------------------------------------------------- KV


def test_kv_stores_json_values_and_reads_them_back() -> None:
    kv = KV(FakeAPI())
    kv.set("greeting", {"text": "hi", "count": 1, "tags": ["a"]})
    assert kv.get("greeting") == {"text": "hi", "count": 1, "tags": ["a"]}
    kv.set("post", Post(message="hello"))
    assert kv.get("post")["message"] == "hello"
    assert kv.get("missing") is None and kv.get("missing", default=0) == 0
    kv.set("greeting", None)
    assert kv.get("greeting") is None
    with pytest.raises(TypeError, match="'bad' cannot be stored as JSON"):
        kv.set("bad", object())


def test_kv_compare_and_set_compares_json_values() -> None:
    kv = KV(FakeAPI())
    assert kv.compare_and_set("owner", None, "alice")
    assert not kv.compare_and_set("owner", None, "bob")  # only while missing
    assert not kv.compare_and_set("owner", "carol", "bob")
    assert kv.compare_and_set("owner", "alice", "bob") and kv.get("owner") == "bob"
    kv.set("n", {"b": 1, "a": 2})
    assert kv.compare_and_set("n", {"a": 2, "b": 1}, 3)  # equal JSON, whatever the key order
    assert not kv.compare_and_set("n", 3.0, 4)  # 3 and 3.0 are different JSON
    assert kv.compare_and_set("n", 3, None) and kv.get("n") is None  # new=None deletes


def test_kv_modify_retries_when_another_writer_wins_and_gives_up_after_five_tries() -> None:
    class Contended(FakeAPI):
        """Another writer changes the key between each read and write, ``wins`` times."""

        wins = 2

        def kv_get(self, key: str) -> Optional[bytes]:
            value = super().kv_get(key)
            if self.wins:
                self.wins -= 1
                self.kv_set(key, str(self.wins + 100).encode())
            return value

    api = Contended()
    kv = KV(api)
    assert kv.modify("count", lambda value: (value or 0) + 1) == 101  # read 100 on the third try
    assert api.wins == 0 and len(api.calls) == 0  # calls made by the test itself are not recorded

    api.wins = 10
    with pytest.raises(KVConflict, match=r"kv.modify\('count'\): other writers changed the value each of the 5 times"):
        kv.modify("count", lambda value: value + 1)


def test_kv_expiry_and_keys() -> None:
    api = FakeAPI()
    kv = KV(api)
    kv.set("session", "token", expire_in=timedelta(minutes=1))
    kv.set("user:1", 1, expire_in=0.2)  # rounded up to a second
    kv.set("user:2", 2)
    api.kv_set("mmi_botid", b"id")
    assert kv.keys() == ["session", "user:1", "user:2"]  # the server's keys are left out
    assert kv.keys(prefix="user:") == ["user:1", "user:2"]
    api.advance_time(1)
    assert kv.keys("user:") == ["user:2"] and kv.get("session") == "token"
    api.advance_time(59)
    assert kv.get("session") is None
    for index in range(1203):
        api.kv_set(f"many:{index:04}", b"1")
    assert len(kv.keys("many:")) == 1203  # read across pages
    with pytest.raises(ValueError, match="expire_in must be a positive number of seconds"):
        kv.set("x", 1, expire_in=-1)


def test_kv_refuses_keys_mattermost_would() -> None:
    kv = KV(FakeAPI())
    with pytest.raises(ValueError, match="belong to the server"):
        kv.set("mmi_botid", "x")
    with pytest.raises(ValueError, match="1 to 150 characters"):
        kv.get("k" * 151)
    with pytest.raises(TypeError, match="the key must be a str"):
        kv.delete(5)  # type: ignore[arg-type]


def test_kv_names_a_value_that_is_not_json() -> None:
    api = FakeAPI()
    api.kv_set("raw", b"\x00\x01")
    with pytest.raises(ValueError, match=r"read it with self.api.kv_get\('raw'\)"):
        KV(api).get("raw")


# --------------------------------------------------------------------------- settings


class Color(enum.Enum):
    RED = "red"
    BLUE = "blue"


@dataclass
class Limits:
    links: int = 3
    ratio: float = 0.5


@dataclass
class FilterSettings:
    banned_words: list[str] = field(default_factory=list)
    enabled: bool = True
    channel: Optional[str] = None
    mode: Literal["warn", "reject"] = "reject"
    color: Color = Color.RED
    limits: Limits = field(default_factory=Limits)
    display: str = field(default="", metadata={"key": "DisplayText"})


def test_settings_parse_the_configuration_into_the_dataclass() -> None:
    parsed = Settings(FilterSettings).parse(
        {
            "bannedwords": ["scam"],  # the server keeps keys lowercased
            "Enabled": "false",  # the System Console saves some values as text
            "channel": None,
            "mode": "warn",
            "color": "blue",
            "limits": {"Links": "5", "ratio": 1},
            "displaytext": "hi",
            "unknown": "ignored",
        }
    )
    assert parsed == FilterSettings(["scam"], False, None, "warn", Color.BLUE, Limits(5, 1.0), "hi")
    assert Settings(FilterSettings).parse({}) == FilterSettings()


@pytest.mark.parametrize(
    ("configuration", "message"),
    [
        ({"enabled": "maybe"}, "FilterSettings.enabled: plugin setting 'enabled' must be true or false, got 'maybe' (str)"),
        ({"banned_words": "scam"}, "FilterSettings.banned_words: plugin setting 'banned_words' must be a list, got 'scam' (str)"),
        ({"bannedwords": ["ok", 3]}, "FilterSettings.banned_words: plugin setting 'bannedwords[1]' must be text, got 3 (int)"),
        ({"mode": "shout"}, "FilterSettings.mode: plugin setting 'mode' must be one of 'warn', 'reject', got 'shout' (str)"),
        ({"color": "green"}, "FilterSettings.color: plugin setting 'color' must be one of 'red', 'blue', got 'green' (str)"),
        ({"limits": {"links": 2.5}}, "FilterSettings.limits: plugin setting 'limits.links' must be a whole number, got 2.5 (float)"),
    ],
)
def test_a_bad_value_names_the_setting_what_it_must_be_and_what_it_was(configuration: dict, message: str) -> None:
    with pytest.raises(SettingsError) as error:
        Settings(FilterSettings).parse(configuration)
    assert str(error.value) == message


def test_optional_written_with_a_bar() -> None:
    @dataclass
    class Barred:
        channel: str | None = "town"
        limit: int | None = None

    assert Settings(Barred).parse({"channel": None, "limit": "5"}) == Barred(None, 5)
    assert Settings(Barred).parse({}) == Barred()


def test_a_null_setting_keeps_the_default_as_in_go() -> None:
    # A setting with no "default" in plugin.json is null until an admin saves one.
    parsed = Settings(FilterSettings).parse({"enabled": None, "mode": None, "limits": {"links": None}, "channel": None})
    assert parsed == FilterSettings()

    @dataclass
    class Required:
        token: str

    with pytest.raises(SettingsError, match=r"plugin setting 'token' is required but not set"):
        Settings(Required).parse({"token": None})


def test_required_settings_and_post_init_checks() -> None:
    @dataclass
    class Required:
        token: str
        minimum: int = 0
        maximum: int = 10

        def __post_init__(self) -> None:
            if self.minimum > self.maximum:
                raise ValueError("minimum is above maximum")

    with pytest.raises(SettingsError, match=r"plugin setting 'token' is required but not set \(Required.token has no default\)"):
        Settings(Required).parse({})
    with pytest.raises(SettingsError, match="Required refused the plugin settings: minimum is above maximum"):
        Settings(Required).parse({"token": "t", "minimum": 11})


def test_settings_that_cannot_be_read_are_refused_when_declared() -> None:
    @dataclass
    class Odd:
        when: bytes = b""

    with pytest.raises(PluginDefinitionError, match="Odd.when: settings of type 'bytes' cannot be read"):
        Settings(Odd)
    with pytest.raises(PluginDefinitionError, match="takes a dataclass"):
        Settings(dict)


def test_a_plugin_declaring_settings_loads_them_on_configuration_change() -> None:
    class Filter(Plugin):
        settings = Settings(FilterSettings)

    assert "OnConfigurationChange" in Filter.__hooks__
    plugin = Filter()
    with pytest.raises(SettingsError, match="Filter.settings is not loaded yet"):
        plugin.settings


# --------------------------------------------------------------------------- slash commands


def test_slash_command_builds_the_command_with_autocomplete() -> None:
    command = slash_command(
        "poll",
        "Run a poll",
        hint="[action]",
        subcommands=[
            subcommand("start", "Start one", arguments=[text_argument("The question", hint="text")]),
            subcommand(
                "close", "Close it", arguments=[list_argument("Show results?", ["yes", ("no", "keep them hidden")], name="results")]
            ),
            subcommand("pick", "Pick a project", arguments=[dynamic_argument("Project", "/autocomplete/projects")]),
            subcommand("reset", "Forget every poll", admin_only=True),
        ],
    )
    assert (command.trigger, command.auto_complete, command.auto_complete_desc, command.auto_complete_hint) == (
        "poll",
        True,
        "Run a poll",
        "[action]",
    )
    data = command.autocomplete_data
    assert [sub.trigger for sub in data.sub_commands] == ["start", "close", "pick", "reset"]
    assert data.sub_commands[3].role_id == "system_admin"
    close = data.sub_commands[1].arguments[0]
    assert (close.name, close.type, close.data["PossibleArguments"][1]) == (
        "results",
        "StaticList",
        {"Item": "no", "Hint": "", "HelpText": "keep them hidden"},
    )


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: slash_command("/roll"), r"'/roll' is not a command trigger"),
        (lambda: slash_command("Roll"), "must be lowercase"),
        (lambda: slash_command("two words"), "is not a command trigger"),
        (
            lambda: slash_command("x", subcommands=[subcommand("a")], arguments=[text_argument("t")]),
            "has both arguments and sub-commands",
        ),
        (
            lambda: subcommand("x", arguments=[text_argument("named", name="n", required=False), text_argument("positional")]),
            "a positional argument cannot come after a named one",
        ),
        (lambda: subcommand("x", arguments=[text_argument("t", required=False)]), "a positional text argument cannot be optional"),
        (lambda: subcommand("x", arguments=[AutocompleteArg(type="Colour", data={})]), "unknown argument type 'Colour'"),
    ],
)
def test_slash_command_refuses_what_mattermost_would(build, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match=message):
        build()


def test_the_fake_refuses_autocomplete_data_mattermost_would() -> None:
    command = Command(trigger="ok", auto_complete=True, autocomplete_data=AutocompleteData(trigger="ok", sub_commands=[AutocompleteData(trigger="Bad")]))
    with pytest.raises(ApiError, match="invalid autocomplete data in command: the command 'Bad' must be lowercase"):
        FakeAPI().register_command(command)


# --------------------------------------------------------------------------- bots and cluster events


def test_ensure_bot_creates_once_and_sets_the_profile_image(tmp_path: Path) -> None:
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "bot.png").write_bytes(b"\x89PNG picture")
    api = FakeAPI(bundle_path=str(tmp_path))
    bot_id = ensure_bot(api, "helper", display_name="Helper", profile_image="assets/bot.png")  # type: ignore[arg-type]
    assert ensure_bot(api, "helper", display_name="Helper", description="Helps") == bot_id  # type: ignore[arg-type]
    assert api.profile_images[bot_id] == b"\x89PNG picture"
    assert api.bots[bot_id].description == "Helps"
    with pytest.raises(ValueError, match="cannot read the profile image .*missing.png"):
        ensure_bot(api, "helper", profile_image="missing.png")  # type: ignore[arg-type]


def test_cluster_events_carry_json() -> None:
    api = FakeAPI()
    publish_cluster_event(api, "cache.forget", {"key": "k"}, best_effort=True)  # type: ignore[arg-type]
    [(event, options)] = api.cluster_events
    assert (event.id, cluster_event_data(event), options.send_type, options.target_id) == ("cache.forget", {"key": "k"}, "best_effort", "")
    publish_cluster_event(api, "ping")  # type: ignore[arg-type]
    assert cluster_event_data(api.cluster_events[1][0]) is None
    with pytest.raises(TypeError, match=r"publish_cluster_event\('x'\): the data cannot be sent as JSON"):
        publish_cluster_event(api, "x", {1, 2})  # type: ignore[arg-type]
