"""The plugin API client: arguments, results, errors, deadlines, streams, async calls, and how a plugin gets it.

Each test runs a PluginAPI service on a real unix socket (``plugin_api``: a few
methods answered by the test, as the bridge would answer them) and calls it
through the generated clients, exactly as ``self.api`` does in a plugin. The
whole path through the Go bridge and Mattermost's plugin environment, with
every method, is tests/test_server.py's.
"""

from __future__ import annotations

import asyncio
import io
import logging
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Callable

import grpc
import orjson
import pytest

from mattermost_plugin import ApiError, ApiTimeout, ApiUnavailable, Bot, Plugin, Post, PluginError, User
from mattermost_plugin._servicer import HookServicer
from mattermost_plugin.api import API, CHUNK_SIZE, AsyncAPI, HTTPRequest, attach, connect
from mattermost_plugin.models import decode, encode
from mattermost_plugin.protocol import api_pb2, hooks_pb2

SERVICE = api_pb2.DESCRIPTOR.services_by_name["PluginAPI"]

Handler = Callable[[Any, grpc.ServicerContext], Any]


class PluginAPIService:
    """The PluginAPI service on a real socket; ``answer[method]`` answers a call (others: UNIMPLEMENTED)."""

    def __init__(self, path: Path) -> None:
        self.answer: dict[str, Handler] = {}
        self.requests: dict[str, list[Any]] = {}
        self.lock = threading.Lock()
        handlers = {}
        for method in SERVICE.methods:
            request = getattr(api_pb2, method.input_type.name)
            response = getattr(api_pb2, method.output_type.name)
            behaviour = self._behaviour(method.name)
            if method.client_streaming:
                handlers[method.name] = grpc.stream_unary_rpc_method_handler(
                    behaviour, request_deserializer=request.FromString, response_serializer=response.SerializeToString
                )
            else:
                handlers[method.name] = grpc.unary_unary_rpc_method_handler(
                    behaviour, request_deserializer=request.FromString, response_serializer=response.SerializeToString
                )
        self.server = grpc.server(ThreadPoolExecutor(max_workers=32))
        self.server.add_generic_rpc_handlers([grpc.method_handlers_generic_handler(SERVICE.full_name, handlers)])
        self.address = f"unix:{path}"
        self.server.add_insecure_port(self.address)
        self.server.start()

    def _behaviour(self, name: str) -> Handler:
        def behaviour(request: Any, context: grpc.ServicerContext) -> Any:
            with self.lock:
                self.requests.setdefault(name, []).append(request)
            handler = self.answer.get(name)
            if handler is None:
                context.abort(grpc.StatusCode.UNIMPLEMENTED, f"the test does not answer {name}")
            return handler(request, context)

        return behaviour



class Bare(Plugin):
    pass


@pytest.fixture
def plugin_api(tmp_path: Path) -> Iterator[PluginAPIService]:
    service = PluginAPIService(tmp_path / "api.sock")
    yield service
    service.server.stop(grace=None)


@pytest.fixture
def plugin(plugin_api: PluginAPIService) -> Iterator[Bare]:
    instance = Bare()
    connection = connect(instance, plugin_api.address)
    yield instance
    connection.close()


# --------------------------------------------------------------------------- getting the API


def test_before_activation_self_api_says_when_it_becomes_available() -> None:
    plugin = Bare()
    for attribute in ("api", "async_api"):
        with pytest.raises(ApiUnavailable, match="Mattermost hands a plugin its API when it activates it") as raised:
            getattr(plugin, attribute)
        assert "on_configuration_change or on_activate" in str(raised.value)
        assert raised.value.id == "plugin.api.not_connected"


def test_a_harness_can_attach_its_own_api() -> None:
    class FakeAPI(API):
        def get_server_version(self) -> str:
            return "11.11.0"

    plugin = Bare()
    attach(plugin, FakeAPI(None))  # type: ignore[arg-type]
    assert plugin.api.get_server_version() == "11.11.0"
    with pytest.raises(ApiUnavailable):
        plugin.async_api  # noqa: B018 - none was attached
    attach(plugin, None)
    with pytest.raises(ApiUnavailable):
        plugin.api  # noqa: B018


class Configured(Plugin):
    def __init__(self) -> None:
        self.version = ""

    def on_configuration_change(self) -> None:
        self.version = self.api.get_server_version()


def test_the_hooks_that_hand_over_the_api_connect_it_before_the_method_runs(serve: Any, plugin_api: PluginAPIService) -> None:
    plugin_api.answer["GetServerVersion"] = lambda request, context: api_pb2.GetServerVersionResponse(value="11.11.0")
    dialled: list[int] = []
    servicer = HookServicer(Configured())

    def target(broker_id: int) -> str:
        dialled.append(broker_id)
        return plugin_api.address

    servicer.api_target = target
    stub = serve(None, servicer=servicer)
    response = stub.OnConfigurationChange(hooks_pb2.OnConfigurationChangeRequest(api_broker_id=7), timeout=5)
    assert not response.HasField("error")
    assert servicer.plugin.version == "11.11.0"  # type: ignore[union-attr]
    # OnActivate is answered although the class does not define it, and Implemented stays the class's hooks.
    assert not stub.OnActivate(hooks_pb2.OnActivateRequest(api_broker_id=7), timeout=5).HasField("error")
    assert list(stub.Implemented(hooks_pb2.ImplementedRequest(), timeout=5).hooks) == ["OnConfigurationChange"]
    assert dialled == [7]  # one connection per broker id


class AsyncActivated(Plugin):
    def __init__(self) -> None:
        self.version = ""

    async def on_activate(self) -> None:
        self.version = await self.async_api.get_server_version()


def test_an_async_on_activate_has_the_api_too(serve: Any, plugin_api: PluginAPIService) -> None:
    plugin_api.answer["GetServerVersion"] = lambda request, context: api_pb2.GetServerVersionResponse(value="11.11.1")
    servicer = HookServicer(AsyncActivated())
    servicer.api_target = lambda broker_id: plugin_api.address
    stub = serve(None, servicer=servicer)
    assert not stub.OnActivate(hooks_pb2.OnActivateRequest(api_broker_id=9), timeout=5).HasField("error")
    assert servicer.plugin.version == "11.11.1"  # type: ignore[union-attr]


def test_a_connection_that_fails_fails_activation_with_the_reason(serve: Any) -> None:
    servicer = HookServicer(Bare())

    def target(broker_id: int) -> str:
        from mattermost_plugin._exceptions import BrokerError

        raise BrokerError(f"the host did not offer broker service {broker_id} within 5s")

    servicer.api_target = target
    stub = serve(None, servicer=servicer)
    error = stub.OnActivate(hooks_pb2.OnActivateRequest(api_broker_id=3), timeout=5).error
    assert error.id == "plugin.api.connect"
    assert "could not connect to Mattermost's plugin API (broker service 3)" in error.message
    assert "did not offer broker service 3" in error.message


# --------------------------------------------------------------------------- calls


def test_arguments_and_results_travel_as_go_writes_them(plugin: Bare, plugin_api: PluginAPIService) -> None:
    plugin_api.answer["KVGet"] = lambda request, context: api_pb2.KVGetResponse(value=b"v-" + request.key.encode()) if request.key != "nil" else api_pb2.KVGetResponse()
    plugin_api.answer["KVSet"] = lambda request, context: api_pb2.KVSetResponse()
    plugin_api.answer["GetUser"] = lambda request, context: api_pb2.GetUserResponse(value=encode(User(id=request.user_id, username="zoe")))
    plugin_api.answer["CreatePost"] = lambda request, context: api_pb2.CreatePostResponse(value=request.post)
    plugin_api.answer["GetUsersByIds"] = lambda request, context: api_pb2.GetUsersByIdsResponse(
        value=b"[" + b",".join(encode(User(id=user_id)) for user_id in request.user_ids) + b"]"
    )
    plugin_api.answer["KVList"] = lambda request, context: api_pb2.KVListResponse()
    plugin_api.answer["GetPluginConfig"] = lambda request, context: api_pb2.GetPluginConfigResponse(value=b"null")

    assert plugin.api.kv_get("k") == b"v-k"
    assert plugin.api.kv_get("nil") is None  # Go's nil []byte
    plugin.api.kv_set("k", b"\x00\xff")
    assert plugin_api.requests["KVSet"][-1].value == b"\x00\xff"
    user = plugin.api.get_user("user-1")
    assert isinstance(user, User) and user.username == "zoe"
    sent = Post(channel_id="c", message="<hi> & bye", props={"n": 1})
    assert plugin.api.create_post(sent) == sent
    assert decode(Post, plugin_api.requests["CreatePost"][-1].post) == sent
    assert [u.id for u in plugin.api.get_users_by_ids(["a", "b"])] == ["a", "b"]
    assert plugin.api.kv_list(0, 10) == []  # a nil slice is an empty list
    assert plugin.api.get_plugin_config() == {}  # and a nil map an empty dict


def test_an_app_error_is_raised_as_api_error_with_its_fields(plugin: Bare, plugin_api: PluginAPIService) -> None:
    error = hooks_pb2.AppError(
        id="app.user.missing_account.const", message="No such user.", detailed_error="sql: no rows", status_code=404, where="GetUser", request_id="r1"
    )
    plugin_api.answer["GetUser"] = lambda request, context: api_pb2.GetUserResponse(error=error)
    plugin_api.answer["CreateCommand"] = lambda request, context: api_pb2.CreateCommandResponse(error=hooks_pb2.AppError(message="a plain Go error"))
    with pytest.raises(ApiError) as raised:
        plugin.api.get_user("nobody")
    e = raised.value
    assert (e.id, e.message, e.detailed_error, e.status_code, e.where, e.request_id, e.method) == (
        "app.user.missing_account.const", "No such user.", "sql: no rows", 404, "GetUser", "r1", "GetUser"
    )
    assert str(e) == "GetUser: No such user. (app.user.missing_account.const, status 404, sql: no rows)"
    assert isinstance(e, PluginError)
    with pytest.raises(ApiError, match="^CreateCommand: a plain Go error$") as plain:
        plugin.api.create_command(None)
    assert (plain.value.id, plain.value.status_code) == ("", 0)


def test_wrong_arguments_name_the_method_and_the_parameter(plugin: Bare) -> None:
    with pytest.raises(TypeError, match=r"^kv_get: key must be a str, got int$"):
        plugin.api.kv_get(3)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"^get_users_in_team: page 1180591620717411303424 is out of range for Go"):
        plugin.api.get_users_in_team("team", 2**70, 10)
    with pytest.raises(TypeError, match=r"^create_post\(post\) must be a Post, got str$"):
        plugin.api.create_post("hello")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^get_users_by_ids\(user_ids\) must be a list of str, got str$"):
        plugin.api.get_users_by_ids("abc")
    with pytest.raises(TypeError, match=r"^update_preferences_for_user\(preferences\)\[1\] must be a Preference, got User$"):
        plugin.api.update_preferences_for_user("u", [__import__("mattermost_plugin").Preference(), User()])
    with pytest.raises(TypeError, match=r"^publish_websocket_event\(payload\) cannot be written as JSON"):
        plugin.api.publish_websocket_event("ev", {"s": {1, 2}}, None)
    with pytest.raises(TypeError, match=r"^install_plugin\(file\) must be bytes or a binary file object, got str$"):
        plugin.api.install_plugin("path.tar.gz", True)  # type: ignore[arg-type]


def test_calls_the_bridge_cannot_answer_raise_api_errors(plugin: Bare, plugin_api: PluginAPIService, tmp_path: Path) -> None:
    def unavailable(request: Any, context: grpc.ServicerContext) -> Any:
        context.abort(grpc.StatusCode.UNAVAILABLE, "Mattermost has not handed the plugin its API")

    def invalid(request: Any, context: grpc.ServicerContext) -> Any:
        context.abort(grpc.StatusCode.INVALID_ARGUMENT, "parameter post: json: cannot unmarshal string into Go struct field")

    plugin_api.answer["GetUser"] = unavailable
    plugin_api.answer["CreatePost"] = invalid
    with pytest.raises(ApiUnavailable, match="GetUser: the plugin API cannot be reached: Mattermost has not handed") as raised:
        plugin.api.get_user("u")
    assert raised.value.status_code == 503
    with pytest.raises(ApiError, match="cannot unmarshal") as bad:
        plugin.api.create_post(Post())
    assert (bad.value.id, bad.value.status_code) == ("plugin.api.invalid_argument", 400)
    nobody = Bare()
    connect(nobody, f"unix:{tmp_path / 'nobody.sock'}")
    with pytest.raises(ApiUnavailable):
        nobody.api.get_server_version()


def test_with_timeout_ends_a_slow_call(plugin: Bare, plugin_api: PluginAPIService) -> None:
    def slow(request: Any, context: grpc.ServicerContext) -> Any:
        time.sleep(1.0)
        return api_pb2.KVGetResponse()

    plugin_api.answer["KVGet"] = slow
    began = time.monotonic()
    with pytest.raises(ApiTimeout, match="KVGet: Mattermost did not answer before the deadline"):
        plugin.api.with_timeout(0.2).kv_get("k")
    assert time.monotonic() - began < 0.9
    assert plugin.api.with_timeout(0.2).timeout == 0.2 and plugin.api.timeout is None
    for wrong in (0, -1, "1", True):
        with pytest.raises(ValueError, match="with_timeout takes a positive number of seconds or None"):
            plugin.api.with_timeout(wrong)  # type: ignore[arg-type]


def test_a_stream_reset_after_the_deadline_is_a_timeout(plugin: Bare, plugin_api: PluginAPIService) -> None:
    """At the deadline the bridge drops the call too; if its reset wins the race, that is still ApiTimeout."""
    from mattermost_plugin.api._transport import _failed

    def reset(request: Any, context: grpc.ServicerContext) -> Any:
        context.abort(grpc.StatusCode.CANCELLED, "Stream removed")

    plugin_api.answer["KVGet"] = reset
    with pytest.raises(ApiUnavailable) as raised:
        plugin.api.kv_get("k")
    error = raised.value.__context__
    assert isinstance(error, grpc.RpcError)
    assert isinstance(_failed("KVGet", error, late=True), ApiTimeout)
    assert type(_failed("KVGet", error, late=False)) is ApiUnavailable


class Deadlined(Plugin):
    def message_will_be_posted(self, context: Any, post: Post) -> Any:
        self.api.kv_get("deadline")
        return None


def test_a_hook_deadline_bounds_the_calls_made_for_it(serve: Any, plugin_api: PluginAPIService) -> None:
    remaining: list[float] = []

    def record(request: Any, context: grpc.ServicerContext) -> Any:
        remaining.append(context.time_remaining())
        return api_pb2.KVGetResponse()

    plugin_api.answer["KVGet"] = record
    plugin = Deadlined()
    connect(plugin, plugin_api.address)
    stub = serve(plugin)
    from hookcalls import build_request, sample
    from mattermost_plugin.hooks import MessageWillBePosted

    stub.MessageWillBePosted(build_request(MessageWillBePosted, {"post": sample(Post)}), timeout=2.0)
    assert remaining and remaining[0] <= 2.0


def test_an_io_reader_argument_is_streamed_in_chunks(plugin: Bare, plugin_api: PluginAPIService) -> None:
    received: list[list[Any]] = []

    def install(requests: Iterator[Any], context: grpc.ServicerContext) -> Any:
        messages = list(requests)
        received.append(messages)
        return api_pb2.InstallPluginResponse(value=b'{"id": "other", "version": "1.0.0"}')

    plugin_api.answer["InstallPlugin"] = install
    data = bytes(range(256)) * (CHUNK_SIZE // 256 * 2 + 3)
    for source in (data, io.BytesIO(data)):
        manifest = plugin.api.install_plugin(source, True)
        assert (manifest.id, manifest.version) == ("other", "1.0.0")
        messages = received[-1]
        assert messages[0].replace is True and all(not m.replace for m in messages[1:])
        assert [len(m.file) for m in messages] == [CHUNK_SIZE, CHUNK_SIZE, len(data) - 2 * CHUNK_SIZE]
        assert b"".join(m.file for m in messages) == data
    plugin.api.install_plugin(b"", False)
    assert [m.file for m in received[-1]] == [b""]

    async def upload() -> None:
        for source in (data, io.BytesIO(data)):
            await plugin.async_api.install_plugin(source, True)
            assert b"".join(m.file for m in received[-1]) == data
            assert [len(m.file) for m in received[-1]] == [CHUNK_SIZE, CHUNK_SIZE, len(data) - 2 * CHUNK_SIZE]

    asyncio.run(upload())


def test_values_that_are_json_travel_as_json(plugin: Bare, plugin_api: PluginAPIService) -> None:
    plugin_api.answer["LoadPluginConfiguration"] = lambda request, context: api_pb2.LoadPluginConfigurationResponse(dest=b'{"Greeting": "hi", "Count": 3}')
    plugin_api.answer["LogInfo"] = lambda request, context: api_pb2.LogInfoResponse()
    plugin_api.answer["PublishWebSocketEvent"] = lambda request, context: api_pb2.PublishWebSocketEventResponse()
    assert plugin.api.load_plugin_configuration() == {"Greeting": "hi", "Count": 3}
    plugin.api.log_info("hello", "user", User(id="u1"), "n", 3, "missing", None)
    pairs = [orjson.loads(raw) for raw in plugin_api.requests["LogInfo"][-1].key_value_pairs]
    assert pairs[0] == "user" and pairs[1]["id"] == "u1" and pairs[2:] == ["n", 3, "missing", None]
    plugin.api.publish_websocket_event("changed", {"post": Post(id="p"), "count": 2}, None)
    request = plugin_api.requests["PublishWebSocketEvent"][-1]
    assert orjson.loads(request.payload)["post"]["id"] == "p" and request.broadcast == b""


def test_plugin_http_sends_a_request_and_reads_the_response(plugin: Bare, plugin_api: PluginAPIService) -> None:
    def answer(request: Any, context: grpc.ServicerContext) -> Any:
        header = api_pb2.HTTPHeader(name="X-Echo", values=[request.request.method, request.request.url])
        return api_pb2.PluginHTTPResponse(value=api_pb2.HTTPResponse(status_code=202, header=[header], body=request.request.body))

    plugin_api.answer["PluginHTTP"] = answer
    response = plugin.api.plugin_http(HTTPRequest(method="PUT", url="/other/x", headers={"A": "1", "B": ["2", "3"]}, body=b"ping"))
    assert response is not None
    assert (response.status_code, response.headers, response.body) == (202, {"X-Echo": ["PUT", "/other/x"]}, b"ping")
    sent = plugin_api.requests["PluginHTTP"][-1].request
    assert {h.name: list(h.values) for h in sent.header} == {"A": ["1"], "B": ["2", "3"]}
    plugin_api.answer["PluginHTTP"] = lambda request, context: api_pb2.PluginHTTPResponse()
    assert plugin.api.plugin_http(HTTPRequest()) is None  # Go's nil *http.Response


def test_many_threads_call_at_once(plugin: Bare, plugin_api: PluginAPIService) -> None:
    plugin_api.answer["KVGet"] = lambda request, context: api_pb2.KVGetResponse(value=request.key.encode())
    with ThreadPoolExecutor(max_workers=50) as pool:
        values = list(pool.map(lambda i: plugin.api.kv_get(f"key-{i}"), range(200)))
    assert values == [f"key-{i}".encode() for i in range(200)]


# --------------------------------------------------------------------------- async


def test_async_calls_leave_the_event_loop_free(plugin: Bare, plugin_api: PluginAPIService) -> None:
    def slow(request: Any, context: grpc.ServicerContext) -> Any:
        time.sleep(0.3)
        return api_pb2.KVGetResponse(value=request.key.encode())

    plugin_api.answer["KVGet"] = slow

    async def main() -> tuple[list[Any], int, float]:
        ticks = 0
        stop = asyncio.Event()

        async def ticker() -> None:
            nonlocal ticks
            while not stop.is_set():
                ticks += 1
                await asyncio.sleep(0.01)

        ticking = asyncio.create_task(ticker())
        began = time.monotonic()
        values = await asyncio.gather(*(plugin.async_api.kv_get(f"k{i}") for i in range(20)))
        took = time.monotonic() - began
        stop.set()
        await ticking
        return values, ticks, took

    values, ticks, took = asyncio.run(main())
    assert values == [f"k{i}".encode() for i in range(20)]
    assert took < 1.5  # 20 calls of 0.3 s, at once
    assert ticks >= 10  # the loop kept running while they were in flight


def test_async_errors_and_deadlines_are_the_sync_ones(plugin: Bare, plugin_api: PluginAPIService) -> None:
    error = hooks_pb2.AppError(id="app.team.get.find.app_error", message="No team.", status_code=404)
    plugin_api.answer["GetTeam"] = lambda request, context: api_pb2.GetTeamResponse(error=error)

    def slow(request: Any, context: grpc.ServicerContext) -> Any:
        time.sleep(1.0)
        return api_pb2.KVGetResponse()

    plugin_api.answer["KVGet"] = slow

    async def main() -> None:
        with pytest.raises(ApiError, match="GetTeam: No team.") as raised:
            await plugin.async_api.get_team("t")
        assert raised.value.status_code == 404
        with pytest.raises(ApiTimeout):
            await plugin.async_api.with_timeout(0.1).kv_get("k")
        with pytest.raises(TypeError, match="^kv_get: key must be a str, got float$"):
            await plugin.async_api.kv_get(1.5)  # type: ignore[arg-type]

    asyncio.run(main())


def test_cancelling_an_async_call_cancels_the_rpc(plugin: Bare, plugin_api: PluginAPIService) -> None:
    cancelled = threading.Event()

    def hang(request: Any, context: grpc.ServicerContext) -> Any:
        context.add_callback(cancelled.set)
        time.sleep(2)
        return api_pb2.KVGetResponse()

    plugin_api.answer["KVGet"] = hang

    async def main() -> None:
        call = asyncio.create_task(plugin.async_api.kv_get("k"))
        await asyncio.sleep(0.2)
        call.cancel()
        with pytest.raises(asyncio.CancelledError):
            await call

    asyncio.run(main())
    assert cancelled.wait(1.0)


def test_a_blocking_call_from_a_coroutine_is_reported_once(plugin: Bare, plugin_api: PluginAPIService, caplog: pytest.LogCaptureFixture) -> None:
    from mattermost_plugin.api import _transport

    _transport._warned_blocking.clear()
    plugin_api.answer["GetServerVersion"] = lambda request, context: api_pb2.GetServerVersionResponse(value="v")

    async def main() -> None:
        plugin.api.get_server_version()
        plugin.api.get_server_version()

    with caplog.at_level(logging.WARNING, logger="mattermost_plugin.api"):
        asyncio.run(main())
    warnings = [record.getMessage() for record in caplog.records if record.name == "mattermost_plugin.api"]
    assert warnings == [
        "self.api.get_server_version was called from a coroutine: it blocks the event loop until Mattermost answers; "
        "in async def hooks, await self.async_api.get_server_version instead"
    ]


# --------------------------------------------------------------------------- in hooks


class Activating(Plugin):
    def on_activate(self) -> None:
        self.api.ensure_bot_user(Bot(username="bot"))


def test_an_api_error_out_of_a_hook_is_the_app_error_mattermost_gets(serve: Any, plugin_api: PluginAPIService) -> None:
    plugin_api.answer["EnsureBotUser"] = lambda request, context: api_pb2.EnsureBotUserResponse(
        error=hooks_pb2.AppError(id="app.bot.create.app_error", message="Bots are disabled.", status_code=403)
    )
    plugin = Activating()
    connect(plugin, plugin_api.address)
    error = serve(plugin).OnActivate(hooks_pb2.OnActivateRequest(), timeout=5).error
    assert (error.id, error.message, error.status_code) == ("app.bot.create.app_error", "Bots are disabled.", 403)
    plugin_api.answer["EnsureBotUser"] = lambda request, context: api_pb2.EnsureBotUserResponse(error=hooks_pb2.AppError(message="plain"))
    error = serve(plugin).OnActivate(hooks_pb2.OnActivateRequest(), timeout=5).error
    assert (error.message, error.status_code) == ("plain", 500)  # a plain Go error: Mattermost's default status


def test_both_clients_have_every_method_of_the_proto() -> None:
    rpcs = {method.name for method in SERVICE.methods}
    assert set(API.GO_NAMES.values()) == rpcs == set(AsyncAPI.GO_NAMES.values())
    for name in API.GO_NAMES:
        assert asyncio.iscoroutinefunction(getattr(AsyncAPI, name)) and not asyncio.iscoroutinefunction(getattr(API, name))
        assert (getattr(API, name).__doc__ or "").strip(), f"{name} has no docstring"
