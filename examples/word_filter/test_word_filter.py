"""The word filter, called through the harness the way Mattermost calls it."""

from __future__ import annotations

import pytest

from mattermost_plugin import Post
from mattermost_plugin.testing import Allowed, Dismissed, Rejected


@pytest.fixture
def harness(plugin_harness):
    return plugin_harness("plugin.py")


def post(message: str, **fields) -> Post:
    return Post(id="p1", user_id="alice", channel_id="town-square", message=message, **fields)


def test_a_clean_post_is_allowed_unchanged(harness):
    assert harness.message_will_be_posted(post("Lunch at noon?")) == Allowed()


def test_a_banned_word_rejects_the_post_with_a_reason(harness):
    outcome = harness.message_will_be_posted(post("Click here, totally not a SCAM"))
    assert outcome == Rejected("Your message was not posted: scam is not allowed here.")
    entry = harness.logs.assert_logged("rejected a post", level="info")
    assert entry.fields["words"] == ["scam"]


def test_masked_words_are_replaced_and_the_rest_of_the_post_is_kept(harness):
    original = post("Oh darn, the build broke. Heck.", props={"attachments": []}, root_id="thread-1")
    replaced = harness.message_will_be_posted(original).assert_replaced()
    assert replaced.message == "Oh d***, the build broke. H***."
    assert replaced.root_id == "thread-1"
    assert replaced.props == {"attachments": []}


def test_a_webhook_post_with_a_banned_word_is_dismissed_silently(harness):
    webhook = post("phishing link inside", props={"from_webhook": "true"})
    assert harness.message_will_be_posted(webhook) == Dismissed()
    harness.logs.assert_logged("dismissed a webhook post")


def test_an_edit_that_adds_a_banned_word_is_rejected(harness):
    outcome = harness.message_will_be_updated(post("this is a scam"), post("this is fine"))
    outcome.assert_rejected("edit was not saved")


def test_an_edit_keeping_an_existing_banned_word_is_not_rejected_again(harness):
    # The post was let through before the word was banned; only new words count.
    assert harness.message_will_be_updated(post("scam alert, updated"), post("scam alert")) == Allowed()


def test_an_edit_has_its_masked_words_masked(harness):
    replaced = harness.message_will_be_updated(post("frick, fixed"), post("fixed")).assert_replaced()
    assert replaced.message == "f****, fixed"


def test_only_the_two_post_hooks_are_implemented(harness):
    assert harness.implemented() == ["MessageWillBePosted", "MessageWillBeUpdated"]
