"""The API benchmark's Python plugin: plugin API calls timed inside a hook.

``/bench <series> <method> <count> [socket]`` (ExecuteCommand) makes ``count``
calls of ``method`` (``kvget`` or ``createpost``) and answers with each call's
duration in nanoseconds (``props["ns"]``), measured around the call alone:

- ``api``: ``self.api``, through the bridge to Mattermost's plugin API;
- ``async``: ``self.async_api``, each call awaited on the plugin's event loop
  (ExecuteCommand is an ``async def``; the other series run in a worker thread);
- ``floor``: the same client over a gRPC connection to ``socket``, a server that
  answers at once with canned bytes (the runner's): the Python client and one
  gRPC hop, without the bridge and the server behind it;
- ``sdk``: the same client with no transport at all: building, checking and
  serialising the request, parsing the response and decoding the result.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any, Callable

from mattermost_plugin import CommandArgs, CommandResponse, Context, Plugin, Post
from mattermost_plugin.api import API, AsyncAPI, Connection
from mattermost_plugin.models import encode
from mattermost_plugin.protocol import api_pb2

POST = Post(
    channel_id="channel-town",
    user_id="user-zoe",
    message="Release notes for 11.11: #changelog " + "details " * 100,
    props={"from_bot": "true", "attachments": [{"text": "build 4711 passed", "color": "#00ff00"}]},
)
VALUE = b"v" * 100


class Canned(Connection):
    """A connection that answers every call at once with canned bytes, without any transport."""

    def __init__(self, answers: dict[str, bytes]) -> None:
        self.sync = self  # type: ignore[assignment]
        self.answers = answers

    def unary(self, rpc: str) -> Any:
        response = getattr(api_pb2, f"{rpc}Response")
        answer = self.answers[rpc]

        def call(request: Any, timeout: Any = None) -> Any:
            request.SerializeToString()
            return response.FromString(answer)

        return call


def answers() -> dict[str, bytes]:
    """What the bridge answers for the benchmark's calls (the runner's floor server sends the same bytes)."""
    created = Post(**{**POST.__dict__, "id": "created-post-id"})
    return {
        "KVGet": api_pb2.KVGetResponse(value=VALUE).SerializeToString(),
        "CreatePost": api_pb2.CreatePostResponse(value=encode(created)).SerializeToString(),
    }


class ApiCalls(Plugin):
    def __init__(self) -> None:
        self.floor: dict[str, API] = {}

    async def execute_command(self, context: Context, args: CommandArgs) -> CommandResponse:
        _, series, method, count, *rest = args.command.split()
        n = int(count)
        if series == "async":  # on the plugin's event loop, as async hooks run
            samples = await self.timed_async(self.async_api, method, n)
        else:  # in a worker thread, as plain hooks run
            api = self.api if series == "api" else self.floor_api(rest[0]) if series == "floor" else API(Canned(answers()))
            samples = await asyncio.to_thread(timed, api, method, n)
        return CommandResponse(text=series, props={"ns": samples})

    def floor_api(self, socket: str) -> API:
        if socket not in self.floor:
            self.floor[socket] = API(Connection(f"unix:{socket}"))
        return self.floor[socket]

    async def timed_async(self, api: AsyncAPI, method: str, n: int) -> list[int]:
        samples = []
        clock = time.perf_counter_ns
        if method == "kvget":
            for _ in range(n):
                began = clock()
                await api.kv_get("bench-key")
                samples.append(clock() - began)
        else:
            for _ in range(n):
                began = clock()
                await api.create_post(POST)
                samples.append(clock() - began)
        return samples


def timed(api: API, method: str, n: int) -> list[int]:
    call: Callable[[], Any] = (lambda: api.kv_get("bench-key")) if method == "kvget" else (lambda: api.create_post(POST))
    clock = time.perf_counter_ns
    samples = []
    for _ in range(n):
        began = clock()
        call()
        samples.append(clock() - began)
    return samples
