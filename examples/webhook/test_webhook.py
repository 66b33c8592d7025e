"""The webhook's checks through the harness, and the message it makes.

Posting calls the plugin API (``self.api.create_post``); these tests cover
everything before that call.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from mattermost_plugin import Context
from mattermost_plugin.http import Request

# plugin.py under a name of its own (every example has a plugin.py).
_spec = importlib.util.spec_from_file_location("webhook_example", Path(__file__).with_name("plugin.py"))
assert _spec is not None and _spec.loader is not None
webhook = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(webhook)
message_for = webhook.message_for


@pytest.fixture
def harness(plugin_harness):
    return plugin_harness("plugin.py")


def configured():
    """The plugin as it is once configured and activated (what the System Console and on_activate set)."""
    plugin = webhook.Webhook()
    plugin.channel_id, plugin.token, plugin.bot_id = "town-square", "s3cret", "bot-1"
    return plugin


def test_the_message_has_the_text_under_a_linked_title():
    assert message_for({"text": "build 42 passed"}) == "build 42 passed"
    assert message_for({"text": "passed", "title": "CI"}) == "**CI**\npassed"
    assert message_for({"text": "passed", "title": "CI", "url": "https://ci.example.com/42"}) == "**[CI](https://ci.example.com/42)**\npassed"
    assert message_for({"text": "x", "title": "CI", "url": "javascript:alert(1)"}) == "**CI**\nx"


@pytest.mark.parametrize(
    ("payload", "problem"),
    [([1, 2], "must be a JSON object"), ({}, '"text", a non-empty string'), ({"text": "  "}, "non-empty"), ({"text": 3}, "non-empty")],
)
def test_a_payload_without_text_says_what_is_missing(payload, problem):
    with pytest.raises(ValueError, match=problem):
        message_for(payload)


def test_only_post_to_the_webhook_path(harness):
    assert harness.request("GET", "/webhook").status == 405
    assert harness.request("POST", "/elsewhere").status == 404


def test_before_configuration_the_webhook_says_so(harness):
    answer = harness.request("POST", "/webhook", json={"text": "hi"}, headers={"X-Webhook-Token": "anything"})
    assert answer.status == 503 and "System Console" in answer.text


@pytest.mark.parametrize("token", [None, "", "wrong", "s3cret-and-more"])
def test_a_wrong_token_is_401(token):
    headers = {} if token is None else {"X-Webhook-Token": token}
    answer = configured().serve_http(Context(), Request("POST", "/webhook", headers=headers, body=b'{"text": "hi"}'))
    assert answer.status == 401


def test_a_body_that_is_not_a_message_is_400():
    plugin = configured()
    for body, problem in ((b"not json", b"Expecting value"), (b'{"title": "CI"}', b'needs "text"')):
        answer = plugin.serve_http(Context(), Request("POST", "/webhook", headers={"X-Webhook-Token": "s3cret"}, body=body))
        assert answer.status == 400 and problem in answer.body
