"""The word filter, called through the harness the way Mattermost calls it.

``harness.activate()`` enables the plugin as Mattermost does: its settings
(plugin.json's defaults, or what a test configures) are loaded from the
harness's FakeAPI before any post arrives.
"""

from __future__ import annotations

import pytest

from mattermost_plugin import Post
from mattermost_plugin.testing import Allowed, Dismissed, Ok, Rejected


@pytest.fixture
def harness(plugin_harness):
    harness = plugin_harness("plugin.py")
    assert harness.activate() == Ok()
    return harness


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


def test_the_words_are_the_plugins_settings(harness):
    assert harness.configure({"BannedWords": "Lottery, crypto", "MaskedWords": "meh"}) == Ok()
    harness.message_will_be_posted(post("Win the LOTTERY")).assert_rejected("lottery is not allowed here")
    assert harness.message_will_be_posted(post("a scam? meh")).assert_replaced().message == "a scam? m**"


def test_settings_that_contradict_each_other_are_refused_and_the_previous_ones_kept(harness):
    error = harness.configure({"BannedWords": "heck", "MaskedWords": "heck"}).assert_failed()
    assert error.message == "FilterSettings refused the plugin settings: heck cannot be both banned and masked"
    harness.message_will_be_posted(post("a scam")).assert_rejected("scam")


def test_the_settings_are_loaded_when_the_configuration_changes(harness):
    # Settings declare on_configuration_change, which Mattermost calls before on_activate and on each save.
    assert sorted(harness.implemented()) == ["MessageWillBePosted", "MessageWillBeUpdated", "OnConfigurationChange"]
    assert harness.api.assert_called("load_plugin_configuration", times=1)
