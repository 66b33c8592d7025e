"""A post nested as deeply as Go's encoding/json allows reaches a real plugin process, and the
plugin's replacement comes back.

Go accepts JSON nested up to 10,000 levels, so Mattermost hands such posts to plugins. The
plugin here is served by ``python -m mattermost_plugin serve`` (the harness's process mode,
as the Mattermost server starts plugins); it reports what it saw in the message it returns.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from mattermost_plugin.models import Post, decode, encode
from mattermost_plugin.testing import PluginHarness, Replaced

PLUGIN = '''
from mattermost_plugin import Plugin


def deepest(value):
    """The first value down the "k" / first-element branch that is not a dict or list, and how many steps down."""
    steps = 0
    while isinstance(value, (dict, list)):
        value = value["k"] if isinstance(value, dict) else value[0]
        steps += 1
    return value, steps


class Redactor(Plugin):
    def message_will_be_posted(self, context, post):
        end, steps = deepest(post.props["deep"])
        post.message = f"{post.message} [{type(end).__name__} {steps} levels down]"
        return post

    def messages_will_be_consumed(self, posts):
        for post in posts:
            post.message = "[redacted]"
        return posts
'''

GO_MAX_DEPTH = 10_000


def nested(levels: int) -> bytes:
    """``levels`` containers inside one another, alternately an object and an array."""
    opening = [b'{"k":' if level % 2 == 0 else b"[" for level in range(levels)]
    closing = [b',"n":1}' if level % 2 == 0 else b',"s\\u003c"]' for level in range(levels)]
    return b"".join(opening) + b"true" + b"".join(reversed(closing))


def go_post(message: str, props: dict[str, Any]) -> bytes:
    """A post as Go writes it."""
    return encode(Post(id="p" + message, channel_id="c1", message=message, props=props), html_escape=True)


def deep_post(message: str) -> bytes:
    """A post nested 10,000 levels deep (the document's root is level 1), in its props."""
    return go_post(message, {"deep": 0, "after": 1}).replace(b'"deep":0', b'"deep":' + nested(GO_MAX_DEPTH - 2))


@pytest.fixture(scope="module")
def harness(tmp_path_factory: pytest.TempPathFactory) -> Any:
    path: Path = tmp_path_factory.mktemp("deep") / "redactor.py"
    path.write_text(PLUGIN, encoding="utf-8")
    with PluginHarness(path, mode="process") as started:
        yield started


def test_message_will_be_posted_with_props_10000_levels_deep(harness: PluginHarness) -> None:
    raw = deep_post("hello")
    post = decode(Post, raw)
    assert post is not None and encode(post, html_escape=True) == raw

    outcome = harness.message_will_be_posted(post)

    # The plugin ran: it found the deep branch, plain Python values for 1,022 levels (down to
    # level 1,024 of the document) and a RawJSON after them...
    assert isinstance(outcome, Replaced), outcome.describe()
    assert outcome.value.message == "hello [RawJSON 1022 levels down]"
    # ...and its replacement came back with everything it did not touch as Go wrote it.
    assert encode(outcome.value, html_escape=True) == raw.replace(
        b'"message":"hello"', b'"message":"hello [RawJSON 1022 levels down]"'
    )


def test_messages_will_be_consumed_with_one_post_10000_levels_deep(harness: PluginHarness) -> None:
    raws = [go_post("one", {"a": [1]}), deep_post("two"), go_post("three", {})]
    posts = [decode(Post, raw) for raw in raws]

    outcome = harness.messages_will_be_consumed(posts)  # type: ignore[arg-type]

    # The whole batch went through the plugin, the deep post included: every post redacted.
    assert isinstance(outcome, Replaced), outcome.describe()
    assert [post.message for post in outcome.value] == ["[redacted]"] * 3
    for raw, post in zip(raws, outcome.value):
        message = raw.split(b'"message":', 1)[1].split(b",", 1)[0]
        assert encode(post, html_escape=True) == raw.replace(b'"message":' + message, b'"message":"[redacted]"')
