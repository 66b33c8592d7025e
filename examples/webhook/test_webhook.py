"""The webhook through the harness, with the FakeAPI as its Mattermost.

The harness activates the plugin as a server does: it loads the settings
(``settings=`` plays the System Console) and the plugin makes its bot. Each
request goes to ``serve_http``; the posts it makes land in ``harness.api``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from mattermost_plugin import Channel, Team
from mattermost_plugin.testing import Ok

# plugin.py under a name of its own (every example has a plugin.py).
_spec = importlib.util.spec_from_file_location("webhook_example", Path(__file__).with_name("plugin.py"))
assert _spec is not None and _spec.loader is not None
webhook = sys.modules[_spec.name] = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(webhook)
message_for = webhook.message_for

TOKEN = "s3cret"


@pytest.fixture
def harness(plugin_harness):
    """The plugin activated with a channel and a token, as an admin configures it."""
    harness = plugin_harness("plugin.py")
    team = harness.api.create_team(Team(name="ops", display_name="Ops"))
    harness.channel = harness.api.create_channel(Channel(team_id=team.id, name="alerts", display_name="Alerts", type="O"))
    assert harness.configure({"ChannelId": harness.channel.id, "Token": TOKEN}) == Ok()
    assert harness.activate() == Ok()
    return harness


def send(harness, payload, token=TOKEN):
    headers = {} if token is None else {"X-Webhook-Token": token}
    return harness.request("POST", "/webhook", json=payload, headers=headers)


def test_a_webhook_is_posted_to_the_channel_as_the_bot(harness):
    answer = send(harness, {"title": "CI", "url": "https://ci.example.com/42", "text": "build 42 passed"})
    assert answer.status == 201
    [post] = harness.api.posts.values()
    assert answer.json() == {"post_id": post.id}
    [bot] = harness.api.bots.values()
    assert (bot.username, post.user_id, post.channel_id) == ("webhook", bot.user_id, harness.channel.id)
    assert post.message == "**[CI](https://ci.example.com/42)**\nbuild 42 passed"


def test_the_message_has_the_text_under_a_linked_title():
    assert message_for({"text": "build 42 passed"}) == "build 42 passed"
    assert message_for({"text": "passed", "title": "CI"}) == "**CI**\npassed"
    assert message_for({"text": "passed", "title": "CI", "url": "https://ci.example.com/42"}) == "**[CI](https://ci.example.com/42)**\npassed"
    assert message_for({"text": "x", "title": "CI", "url": "javascript:alert(1)"}) == "**CI**\nx"


@pytest.mark.parametrize(
    ("payload", "problem"),
    [([1, 2], "must be a JSON object"), ({}, '"text", a non-empty string'), ({"text": "  "}, "non-empty"), ({"text": 3}, "non-empty")],
)
def test_a_payload_without_text_is_400_and_says_what_is_missing(harness, payload, problem):
    answer = send(harness, payload)
    assert answer.status == 400 and problem in answer.text
    assert harness.api.posts == {}


@pytest.mark.parametrize("token", [None, "", "wrong", TOKEN + "-and-more"])
def test_a_wrong_token_is_401_and_posts_nothing(harness, token):
    assert send(harness, {"text": "hi"}, token=token).status == 401
    assert harness.api.posts == {}


def test_only_post_to_the_webhook_path(harness):
    assert harness.request("GET", "/webhook").status == 405
    assert harness.request("POST", "/elsewhere").status == 404


def test_before_configuration_the_webhook_says_so(plugin_harness):
    harness = plugin_harness("plugin.py")
    assert harness.activate() == Ok()
    answer = send(harness, {"text": "hi"}, token="anything")
    assert answer.status == 503 and "System Console" in answer.text


def test_a_new_token_takes_effect_when_the_admin_saves_it(harness):
    assert harness.configure({"ChannelId": harness.channel.id, "Token": "rotated"}) == Ok()
    assert send(harness, {"text": "hi"}).status == 401
    assert send(harness, {"text": "hi"}, token="rotated").status == 201
