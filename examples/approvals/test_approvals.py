"""/approval and its buttons through the harness: the command's post, then clicks as Mattermost sends them."""

from __future__ import annotations

import pytest

from mattermost_plugin import CommandArgs
from mattermost_plugin.testing import Ok


@pytest.fixture
def harness(plugin_harness):
    return plugin_harness("plugin.py")


def click(harness, button, user_id="bob"):
    """POST a button's action the way Mattermost does: its context in the body, the clicking user in the header."""
    integration = button["integration"]
    assert integration["url"].startswith("/plugins/com.example.approvals/")
    path = integration["url"].removeprefix("/plugins/com.example.approvals")
    action = {"user_id": user_id, "post_id": "p1", "channel_id": "c1", "team_id": "t1", "type": "button", "context": integration["context"]}
    return harness.request("POST", path, json=action, user_id=user_id)


def request_buttons(harness, what="deploy 2.4"):
    reply = harness.execute_command(CommandArgs(user_id="alice", channel_id="c1", command=f"/approval {what}")).assert_value()
    assert reply.response_type == "in_channel" and reply.text == "@alice asks for approval:"
    (attachment,) = reply.attachments
    assert attachment["text"] == what
    return {button["id"]: button for button in attachment["actions"]}


def test_activating_registers_the_command(harness):
    assert harness.activate() == Ok()
    [command] = harness.api.commands
    assert (command.trigger, command.auto_complete) == ("approval", True)


def test_the_request_is_posted_with_two_buttons(harness):
    buttons = request_buttons(harness)
    assert [button["name"] for button in buttons.values()] == ["Approve", "Reject"]


def test_approving_replaces_the_buttons_with_who_decided(harness):
    answer = click(harness, request_buttons(harness)["approve"]).assert_status(200).json()
    assert answer["update"]["props"]["attachments"] == [{"text": "deploy 2.4\n\n**Approved** by @bob"}]
    assert answer["ephemeral_text"] == "You approved the request of @alice."


def test_rejecting(harness):
    answer = click(harness, request_buttons(harness)["reject"], user_id="carol").assert_status(200).json()
    assert "**Rejected** by @carol" in answer["update"]["props"]["attachments"][0]["text"]


def test_the_requester_cannot_decide_and_the_post_stays(harness):
    answer = click(harness, request_buttons(harness)["approve"], user_id="alice").assert_status(200).json()
    assert answer == {"ephemeral_text": "You cannot decide on your own request."}


def test_requests_that_are_not_clicks_are_refused(harness):
    assert harness.request("GET", "/action", user_id="bob").status == 405
    assert harness.request("POST", "/action", json={"context": {}}).status == 401
    assert harness.request("POST", "/action", body=b"not json", user_id="bob").status == 400
    forged = {"context": {"decision": "delete", "requester": "alice", "what": "x"}}
    assert harness.request("POST", "/action", json=forged, user_id="bob").text == "unknown decision 'delete'"
    assert harness.request("GET", "/elsewhere").status == 404


def test_an_empty_command_says_how_to_use_it(harness):
    reply = harness.execute_command(CommandArgs(user_id="alice", command="/approval")).assert_value()
    assert reply.response_type == "" and "/approval deploy" in reply.text
