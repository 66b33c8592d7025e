"""The async moderator: async hooks, concurrency on one event loop, deadlines."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from mattermost_plugin import Post
from mattermost_plugin.testing import Allowed, HookTimedOut, Ok, Rejected


@pytest.fixture
def harness(plugin_harness):
    harness = plugin_harness("plugin.py")
    assert harness.activate() == Ok()
    return harness


def test_activation_connects_and_deactivation_stops(harness):
    harness.logs.assert_logged("connected to the moderation service")
    assert harness.deactivate() == Ok()
    harness.logs.assert_logged("stopped after checking 0 posts")


def test_an_ordinary_post_is_allowed(harness):
    assert harness.message_will_be_posted(Post(message="see you at standup")) == Allowed()


def test_spam_is_rejected(harness):
    assert harness.message_will_be_posted(Post(message="FREE CRYPTO for all")) == Rejected(
        "The moderation service blocked this message."
    )


def test_a_suspicious_post_is_flagged_not_blocked(harness):
    suspicious = Post(user_id="alice", channel_id="c1", message="urgent: reset your password", props={"a": 1})
    flagged = harness.message_will_be_posted(suspicious).assert_replaced()
    assert flagged.props == {"a": 1, "moderation": "flagged"}
    # The author is told, with an ephemeral post through the async API (harness.api is the FakeAPI).
    [notice] = harness.api.ephemeral_posts_for("alice")
    assert (notice.channel_id, notice.message) == ("c1", "Your message was flagged for a moderator to review.")


def test_slow_verdicts_overlap_on_the_event_loop(harness):
    # Each verdict takes 0.2 s; eight at once finish in far less than 8 x 0.2 s.
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=8) as pool:
        outcomes = list(pool.map(lambda n: harness.message_will_be_posted(Post(message=f"hello {n}")), range(8)))
    elapsed = time.monotonic() - started
    assert outcomes == [Allowed()] * 8
    assert elapsed < 1.2, f"8 async calls took {elapsed:.2f}s; they should overlap"


def test_a_verdict_slower_than_the_deadline_times_out(harness):
    with pytest.raises(HookTimedOut, match="did not finish"):
        harness.message_will_be_posted(Post(message="slowpoke"), timeout=0.5)
    # The plugin keeps serving afterwards.
    assert harness.message_will_be_posted(Post(message="still there?")) == Allowed()


def test_plain_and_async_hooks_mix(harness):
    assert harness.message_has_been_posted(Post(message="hi")) == Ok()
    assert harness.implemented() == ["OnActivate", "OnDeactivate", "MessageWillBePosted", "MessageHasBeenPosted"]
