"""Behaviour across hooks: async methods, deadlines, concurrency, late loading, load failures."""

from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import grpc
import pytest

from hookcalls import build_request, sample
from mattermost_plugin import DISMISS_POST, Plugin, Post, User
from mattermost_plugin._servicer import HookServicer
from mattermost_plugin.hooks import MessageWillBePosted, OnActivate, UserWillLogIn
from mattermost_plugin.models import decode
from mattermost_plugin.protocol import hooks_pb2


def post_request(message: str) -> Any:
    post = sample(Post)
    post.message = message
    return build_request(MessageWillBePosted, {"post": post})


def login_request(username: str) -> Any:
    user = sample(User)
    user.username = username
    return build_request(UserWillLogIn, {"user": user})


class AsyncFilter(Plugin):
    async def message_will_be_posted(self, context: Any, post: Post) -> Any:
        await asyncio.sleep(0)
        if post.message == "dismiss":
            return DISMISS_POST
        if post.message == "reject":
            return "no thanks"
        post.message = post.message.upper()
        return post

    async def on_activate(self) -> None:
        raise RuntimeError("async activation failed")


def test_async_methods_give_the_same_wire_results(serve: Any) -> None:
    stub = serve(AsyncFilter())

    replaced = stub.MessageWillBePosted(post_request("quiet"), timeout=5)
    assert decode(Post, replaced.post).message == "QUIET"
    assert stub.MessageWillBePosted(post_request("reject"), timeout=5).rejection == "no thanks"
    assert stub.MessageWillBePosted(post_request("dismiss"), timeout=5).rejection == DISMISS_POST
    error = stub.OnActivate(hooks_pb2.OnActivateRequest(), timeout=5).error
    assert error.message == "async activation failed"
    assert error.where == "AsyncFilter.on_activate"


class Slow(Plugin):
    def __init__(self) -> None:
        self.finished: list[str] = []
        self.cancelled = threading.Event()

    def message_will_be_posted(self, context: Any, post: Post) -> Any:
        time.sleep(float(post.message))
        self.finished.append(post.message)
        return None

    async def user_will_log_in(self, context: Any, user: User) -> Any:
        try:
            await asyncio.sleep(float(user.username))
        except asyncio.CancelledError:
            self.cancelled.set()
            raise
        return None


def test_slow_sync_handler_gives_deadline_exceeded_and_the_pool_recovers(serve: Any) -> None:
    plugin = Slow()
    stub = serve(plugin, max_workers=2)

    with ThreadPoolExecutor(2) as callers:
        slow = [
            callers.submit(stub.MessageWillBePosted, post_request("0.6"), timeout=0.2)
            for _ in range(2)
        ]
        for future in slow:
            with pytest.raises(grpc.RpcError) as raised:
                future.result()
            assert raised.value.code() is grpc.StatusCode.DEADLINE_EXCEEDED

    # Both workers were busy; once the slow handlers end, the pool serves again.
    response = stub.MessageWillBePosted(post_request("0"), timeout=5)
    assert response.rejection == ""
    for _ in range(50):
        if len(plugin.finished) == 3:
            break
        time.sleep(0.1)
    assert sorted(plugin.finished) == ["0", "0.6", "0.6"]


def test_slow_async_handler_is_cancelled_at_the_deadline(serve: Any) -> None:
    plugin = Slow()
    stub = serve(plugin)

    with pytest.raises(grpc.RpcError) as raised:
        stub.UserWillLogIn(login_request("5"), timeout=0.3)
    assert raised.value.code() is grpc.StatusCode.DEADLINE_EXCEEDED
    assert plugin.cancelled.wait(timeout=5)
    assert stub.UserWillLogIn(login_request("0"), timeout=5).rejection == ""


class Echo(Plugin):
    def message_will_be_posted(self, context: Any, post: Post) -> Any:
        time.sleep(0.001)
        post.message = f"sync:{post.message}"
        return post

    async def user_will_log_in(self, context: Any, user: User) -> Any:
        await asyncio.sleep(0.001)
        return f"async:{user.username}"


def test_two_hundred_concurrent_calls_mixing_sync_and_async(serve: Any) -> None:
    stub = serve(Echo(), max_workers=8)

    futures = []
    for index in range(200):
        if index % 2:
            futures.append((index, stub.UserWillLogIn.future(login_request(str(index)), timeout=30)))
        else:
            futures.append((index, stub.MessageWillBePosted.future(post_request(str(index)), timeout=30)))

    for index, future in futures:
        response = future.result()
        if index % 2:
            assert response.rejection == f"async:{index}"
        else:
            assert decode(Post, response.post).message == f"sync:{index}"


def test_calls_before_a_plugin_is_loaded_are_unavailable(serve: Any) -> None:
    servicer = HookServicer()
    stub = serve(None, servicer=servicer)
    for call_early in (
        lambda: stub.UserWillLogIn(login_request("early"), timeout=5),
        lambda: stub.Implemented(hooks_pb2.ImplementedRequest(), timeout=5),
    ):
        with pytest.raises(grpc.RpcError) as raised:
            call_early()
        assert raised.value.code() is grpc.StatusCode.UNAVAILABLE

    servicer.load(Echo())
    assert stub.UserWillLogIn(login_request("late"), timeout=5).rejection == "async:late"


def test_a_plugin_that_failed_to_load_reports_it_through_on_activate(serve: Any) -> None:
    servicer = HookServicer()
    stub = serve(None, servicer=servicer)
    servicer.fail("could not import plugin.py: ModuleNotFoundError: No module named 'requests'")

    assert list(stub.Implemented(hooks_pb2.ImplementedRequest(), timeout=5).hooks) == [OnActivate.go_name]
    error = stub.OnActivate(hooks_pb2.OnActivateRequest(), timeout=5).error
    assert error.message == "could not import plugin.py: ModuleNotFoundError: No module named 'requests'"
    assert error.status_code == 500
    with pytest.raises(grpc.RpcError) as raised:
        stub.UserWillLogIn(login_request("x"), timeout=5)
    assert raised.value.code() is grpc.StatusCode.UNIMPLEMENTED
