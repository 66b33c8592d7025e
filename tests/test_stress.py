"""A plugin process under everything at once: Health and Shutdown must still answer within 100 ms.

For :data:`LOAD_SECONDS`, a real plugin process (``plugins/misbehaving.py``,
started like go-plugin starts it) has most of its hook workers asleep in
hooks, dozens of ``async`` hooks awaiting, calls whose request never arrives,
a stream of deeply nested JSON and a stream of hooks raising every kind of
exception. Meanwhile Health is checked every few milliseconds; its 99th
percentile must stay under 100 ms, and so must the time Shutdown takes to
answer. The process must then exit within go-plugin's 2 seconds, with status 0,
leaving no socket directory. The whole test takes about 15 seconds.

On a machine whose CPUs are shared with other work, the machine alone can
delay a call by tens of milliseconds now and then, whatever the process does.
So the checks alternate with checks of an idle plugin process, and each bound
is widened by what the idle process saw at its 99th percentile: what is held
to 100 ms is what the load adds. Both figures are printed.
"""

from __future__ import annotations

import json
import os
import statistics
import threading
import time
from typing import Callable

import grpc
from grpc_health.v1 import health_pb2

from hosted import MISBEHAVING, WAIT, HostedPlugin, p99, serve_command
from mattermost_plugin.protocol import hooks_pb2

DEEP_JSON_LEVELS = 10_000
"""How deeply the posts sent here are nested, the document itself counting as the first level:
as deep as Go's encoding/json goes (200 until the deep-JSON fix, item 1 of the hardening issue,
made any depth Go accepts decode)."""

LOAD_SECONDS = 8.0
"""How long the load lasts while Health is measured."""

BOUND = 0.1
"""The acceptance bound for Health (99th percentile) and Shutdown: 100 ms."""

WORKERS = 16
BLOCKED_SYNC = 12
"""Hook workers kept asleep (the rest serve the deep JSON and the raising hooks)."""
BLOCKED_ASYNC = 48
BODILESS = 24
RAISED = ["SystemExit", "KeyboardInterrupt", "GeneratorExit", "Fatal", "CancelledError", "ValueError"]


def nested(levels: int) -> str:
    return '{"a":' * levels + "1" + "}" * levels


def test_health_and_shutdown_answer_within_100ms_under_hostile_load(launch: Callable[..., HostedPlugin]) -> None:
    hosted = launch(serve_command(MISBEHAVING), env={"MATTERMOST_PLUGIN_MAX_WORKERS": str(WORKERS)})
    idle = launch(serve_command(MISBEHAVING))
    hooks = hosted.hooks
    assert hooks.UserWillLogIn(hooks_pb2.UserWillLogInRequest(user=b'{"username": "ok"}'), timeout=WAIT).rejection == ""

    def post(message: str, props: str = "{}") -> hooks_pb2.MessageWillBePostedRequest:
        return hooks_pb2.MessageWillBePostedRequest(post=f'{{"message": {json.dumps(message)}, "props": {props}}}'.encode())

    def login(username: str) -> hooks_pb2.UserWillLogInRequest:
        return hooks_pb2.UserWillLogInRequest(user=json.dumps({"username": username}).encode())

    def posted(message: str, props: str) -> hooks_pb2.MessageHasBeenPostedRequest:
        return hooks_pb2.MessageHasBeenPostedRequest(post=post(message, props).post)

    blocked = [hooks.MessageWillBePosted.future(post("block 60"), timeout=120) for _ in range(BLOCKED_SYNC)]
    blocked += [hooks.UserWillLogIn.future(login("block 60"), timeout=120) for _ in range(BLOCKED_ASYNC)]
    bodiless = [hosted.without_body("/mattermost.plugin.v1.PluginHooks/MessageWillBePosted") for _ in range(BODILESS)]
    stop = threading.Event()
    answered = {"deep": 0, "raised": 0}
    wrong: list[str] = []

    def deep_json() -> None:
        deep = nested(DEEP_JSON_LEVELS - 2)  # inside the post and its props
        while not stop.is_set():
            for call in (lambda: hooks.MessageWillBePosted(post("ok", deep), timeout=10),
                         lambda: hooks.MessageHasBeenPosted(posted("ok", deep), timeout=10)):
                try:
                    call()
                    answered["deep"] += 1
                except grpc.RpcError as error:
                    wrong.append(f"deep JSON: {error.code()} {error.details()}")

    def raising() -> None:
        while not stop.is_set():
            for name in RAISED:
                for call in (lambda: hooks.MessageWillBePosted(post(f"raise {name}"), timeout=10),
                             lambda: hooks.UserWillLogIn(login(f"raise {name}"), timeout=10)):
                    try:
                        call()
                        wrong.append(f"raise {name}: answered OK")
                    except grpc.RpcError as error:
                        if error.code() is grpc.StatusCode.INTERNAL and f"raised {name}" in error.details():
                            answered["raised"] += 1
                        else:
                            wrong.append(f"raise {name}: {error.code()} {error.details()}")

    loaders = [threading.Thread(target=deep_json, daemon=True), threading.Thread(target=raising, daemon=True)]
    for loader in loaders:
        loader.start()
    time.sleep(1.0)  # the blocked calls are all in their hooks by now

    checks: list[float] = []
    idle_checks: list[float] = []
    end = time.monotonic() + LOAD_SECONDS
    while time.monotonic() < end:
        for target, times in ((hosted, checks), (idle, idle_checks)):
            started = time.monotonic()
            assert target.health(timeout=5) == health_pb2.HealthCheckResponse.SERVING
            times.append(time.monotonic() - started)
        time.sleep(0.01)
    stop.set()
    for loader in loaders:
        loader.join(WAIT)

    machine = p99(idle_checks)
    print(
        f"\nHealth under load: {len(checks)} checks, p50 {statistics.median(checks) * 1000:.1f} ms, "
        f"p99 {p99(checks) * 1000:.1f} ms, max {max(checks) * 1000:.1f} ms (idle process: p50 "
        f"{statistics.median(idle_checks) * 1000:.1f} ms, p99 {machine * 1000:.1f} ms); "
        f"{answered['deep']} deep JSON calls and {answered['raised']} raising calls answered"
    )
    assert wrong == []
    assert answered["deep"] > 0 and answered["raised"] > 0
    assert p99(checks) < BOUND + machine

    started = time.monotonic()
    hosted.shutdown(timeout=5)
    shutdown = time.monotonic() - started
    code = hosted.wait()
    exited = time.monotonic() - started
    print(f"Shutdown answered in {shutdown * 1000:.1f} ms; the process exited after {exited:.2f} s")
    assert shutdown < BOUND + machine
    assert code == 0 and exited < 2.0 + machine
    assert not os.path.exists(os.path.dirname(hosted.address))
    for end_call in bodiless:
        end_call()
    for call in blocked:
        call.cancel()
