"""Post hooks: dismissing, replacing with unknown fields kept, and the consumed-posts lists."""

from __future__ import annotations

from typing import Any

import orjson

from hookcalls import build_request, call, plugin_for, sample
from mattermost_plugin import DISMISS_POST, Post
from mattermost_plugin.hooks import (
    MessagesWillBeConsumed,
    MessagesWillBeConsumedWithContext,
    MessageWillBePosted,
    MessageWillBeUpdated,
)
from mattermost_plugin.models import decode, encode


def test_dismiss_post_travels_as_gos_dismiss_post_error(serve: Any) -> None:
    stub = serve(plugin_for(MessageWillBePosted, lambda self, context, post: DISMISS_POST))
    response = call(stub, MessageWillBePosted, build_request(MessageWillBePosted, {"post": sample(Post)}))
    assert response.rejection == "plugin.message_will_be_posted.dismiss_post"
    assert response.post == b""


def test_a_replaced_post_keeps_fields_this_sdk_does_not_know(serve: Any) -> None:
    def shout(self: Any, context: Any, post: Post) -> Post:
        post.message = post.message.upper()
        return post

    stub = serve(plugin_for(MessageWillBePosted, shout))
    original = dict(orjson.loads(encode(sample(Post))), field_from_a_newer_server={"nested": [1, 2]})
    request = build_request(MessageWillBePosted, {"post": None})
    request.post = orjson.dumps(original)

    replaced = orjson.loads(call(stub, MessageWillBePosted, request).post)
    assert replaced["message"] == "HÉLLO WÖRLD"
    assert replaced["field_from_a_newer_server"] == {"nested": [1, 2]}
    assert {key: value for key, value in replaced.items() if key != "message"} == {
        key: value for key, value in original.items() if key != "message"
    }


def test_message_will_be_updated_gets_new_and_old_post(serve: Any) -> None:
    def keep_old_text(self: Any, context: Any, new_post: Post, old_post: Post) -> Any:
        new_post.message = f"{old_post.message} -> {new_post.message}"
        return new_post, ""

    old, new = sample(Post), sample(Post)
    old.message, new.message = "before", "after"
    stub = serve(plugin_for(MessageWillBeUpdated, keep_old_text))
    response = call(stub, MessageWillBeUpdated, build_request(MessageWillBeUpdated, {"new_post": new, "old_post": old}))
    assert decode(Post, response.post).message == "before -> after"


def posts(*messages: str) -> list[Post]:
    found = []
    for index, message in enumerate(messages):
        post = sample(Post)
        post.id, post.message = f"p{index}", message
        found.append(post)
    return found


def test_consumed_posts_left_alone_are_sent_back_byte_for_byte(serve: Any) -> None:
    for hook in (MessagesWillBeConsumed, MessagesWillBeConsumedWithContext):
        stub = serve(plugin_for(hook, lambda self, *args: None))
        request = build_request(hook, {"posts": posts("a", "b")})
        assert list(call(stub, hook, request).posts) == list(request.posts)


def test_consumed_posts_can_be_rewritten_or_emptied(serve: Any) -> None:
    def redact(self: Any, posts: list[Post]) -> list[Post]:
        return [post for post in posts if post.message != "secret"]

    stub = serve(plugin_for(MessagesWillBeConsumed, redact))
    response = call(stub, MessagesWillBeConsumed, build_request(MessagesWillBeConsumed, {"posts": posts("ok", "secret")}))
    assert [decode(Post, raw).message for raw in response.posts] == ["ok"]

    stub = serve(plugin_for(MessagesWillBeConsumedWithContext, lambda self, context, posts: []))
    request = build_request(MessagesWillBeConsumedWithContext, {"posts": posts("a")})
    assert list(call(stub, MessagesWillBeConsumedWithContext, request).posts) == []


def test_a_list_with_a_wrong_item_is_reported(serve: Any) -> None:
    import grpc
    import pytest

    stub = serve(plugin_for(MessagesWillBeConsumed, lambda self, posts: [posts[0], "not a post"], name="Lists"))
    with pytest.raises(grpc.RpcError) as raised:
        call(stub, MessagesWillBeConsumed, build_request(MessagesWillBeConsumed, {"posts": posts("a")}))
    assert raised.value.code() is grpc.StatusCode.INTERNAL
    assert "Lists.messages_will_be_consumed returned" in raised.value.details()
    assert "expects list[Post] | None" in raised.value.details()
