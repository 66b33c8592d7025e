"""The plugin process against a hostile host and a misbehaving plugin (``plugins/misbehaving.py``).

Each test starts a real plugin process the way go-plugin does and talks to it
over its real socket. Where a test bounds a time, the bound is what go-plugin
itself allows (it kills a plugin 2 seconds after Shutdown) or, for Health and
Shutdown, 100 ms at the 99th percentile: generous on a loaded machine for
calls that take a few milliseconds.
"""

from __future__ import annotations

import json
import os
import signal
import stat
import time
from pathlib import Path
from typing import Any, Callable, Iterator

import grpc
import pytest
from google.protobuf import empty_pb2
from grpc_health.v1 import health_pb2

from hosted import MISBEHAVING, WAIT, HostedPlugin, offer, p99, serve_command
from mattermost_plugin import FileInfo, Post
from mattermost_plugin.protocol import grpc_broker_pb2, grpc_stdio_pb2_grpc, hooks_pb2
from mattermost_plugin.protocol.hooks_pb2_grpc import PluginHooksStub
from mattermost_plugin.testing import BadArguments, LogEntry, Logs, PluginHarness, PluginHost

HOOKS = "/mattermost.plugin.v1.PluginHooks"
RAISED = ["SystemExit", "KeyboardInterrupt", "GeneratorExit", "Fatal", "CancelledError", "ValueError"]
STOP_SECONDS = 2.0
"""go-plugin's Kill waits this long after Shutdown before it kills the process."""


def post_request(message: str) -> hooks_pb2.MessageWillBePostedRequest:
    return hooks_pb2.MessageWillBePostedRequest(post=json.dumps({"message": message}).encode())


def command_request(instruction: str) -> hooks_pb2.ExecuteCommandRequest:
    return hooks_pb2.ExecuteCommandRequest(args=json.dumps({"command": f"/misbehave {instruction}"}).encode())


def login_request(instruction: str) -> hooks_pb2.UserWillLogInRequest:
    return hooks_pb2.UserWillLogInRequest(user=json.dumps({"username": instruction}).encode())


def saml_request(instruction: str) -> hooks_pb2.OnSAMLLoginRequest:
    return hooks_pb2.OnSAMLLoginRequest(user=json.dumps({"username": instruction}).encode())


def loaded(hosted: HostedPlugin) -> HostedPlugin:
    """The process once its plugin is loaded (an async call is answered): a call's deadline then
    measures the hook, not the import."""
    assert hosted.hooks.UserWillLogIn(login_request("ok"), timeout=WAIT).rejection == ""
    return hosted


def timed(call: Callable[[], Any]) -> float:
    started = time.monotonic()
    call()
    return time.monotonic() - started


def stop_and_time(hosted: HostedPlugin, how: str) -> tuple[float, float]:
    """Ask the process to stop; return (seconds until Shutdown answered, seconds until it exited)."""
    started = time.monotonic()
    if how == "Shutdown":
        hosted.shutdown(timeout=5)
    else:
        hosted.process.send_signal(signal.SIGTERM)
    answered = time.monotonic() - started
    hosted.wait()
    return answered, time.monotonic() - started


@pytest.fixture(scope="module")
def misbehaving() -> Iterator[HostedPlugin]:
    """One misbehaving plugin process (two hook workers) for the tests that only make calls."""
    hosted = HostedPlugin(serve_command(MISBEHAVING), env={"MATTERMOST_PLUGIN_MAX_WORKERS": "2"})
    yield loaded(hosted)
    hosted.kill()


# -- 2. whatever a hook raises is answered ----------------------------------------


@pytest.mark.parametrize("name", RAISED)
def test_whatever_a_plain_hook_raises_is_answered(misbehaving: HostedPlugin, name: str) -> None:
    with pytest.raises(grpc.RpcError) as raised:
        misbehaving.hooks.MessageWillBePosted(post_request(f"raise {name}"), timeout=5)
    assert raised.value.code() is grpc.StatusCode.INTERNAL
    assert raised.value.details().startswith(f"Misbehaving.message_will_be_posted raised {name}")

    reply = misbehaving.hooks.ExecuteCommand(command_request(f"raise {name}"), timeout=5)
    assert reply.error.status_code == 500 and name in reply.error.detailed_error
    assert reply.error.where == "Misbehaving.execute_command"

    logged = misbehaving.wait_for_log(
        lambda entry: entry["@message"].startswith(f"Misbehaving.message_will_be_posted raised {name}")
    )
    assert logged["@level"] == "error" and name in logged["stacktrace"]
    assert misbehaving.hooks.MessageWillBePosted(post_request("ok"), timeout=5).rejection == ""


@pytest.mark.parametrize("name", RAISED)
def test_whatever_an_async_hook_raises_is_answered_and_the_loop_serves_on(misbehaving: HostedPlugin, name: str) -> None:
    with pytest.raises(grpc.RpcError) as raised:
        misbehaving.hooks.UserWillLogIn(login_request(f"raise {name}"), timeout=5)
    assert raised.value.code() is grpc.StatusCode.INTERNAL
    assert raised.value.details().startswith(f"Misbehaving.user_will_log_in raised {name}")

    error = misbehaving.hooks.OnSAMLLogin(saml_request(f"raise {name}"), timeout=5).error
    assert error.status_code == 500 and name in error.detailed_error and error.where == "Misbehaving.on_saml_login"

    logged = misbehaving.wait_for_log(
        lambda entry: entry["@message"].startswith(f"Misbehaving.user_will_log_in raised {name}")
    )
    assert logged["@level"] == "error" and name in logged["stacktrace"]
    assert misbehaving.hooks.UserWillLogIn(login_request("ok"), timeout=5).rejection == ""
    assert misbehaving.health(timeout=5) == health_pb2.HealthCheckResponse.SERVING


def test_after_async_hooks_raised_base_exceptions_shutdown_exits_cleanly(launch: Callable[..., HostedPlugin]) -> None:
    hosted = launch(serve_command(MISBEHAVING))
    for name in ("SystemExit", "KeyboardInterrupt"):
        with pytest.raises(grpc.RpcError):
            hosted.hooks.UserWillLogIn(login_request(f"raise {name}"), timeout=5)
    assert hosted.hooks.UserWillLogIn(login_request("ok"), timeout=5).rejection == ""
    answered, exited = stop_and_time(hosted, "Shutdown")
    assert hosted.process.returncode == 0 and exited < STOP_SECONDS
    assert not os.path.exists(os.path.dirname(hosted.address))


# -- 3. Health, the controller, stdio and the broker never wait for hooks -----------


def test_go_plugins_services_answer_at_once_whatever_the_hooks_do(launch: Callable[..., HostedPlugin]) -> None:
    hosted = loaded(launch(serve_command(MISBEHAVING), env={"MATTERMOST_PLUGIN_MAX_WORKERS": "2"}))
    hooks = hosted.hooks
    blocked = [hooks.MessageWillBePosted.future(post_request("block 30"), timeout=60) for _ in range(6)]
    awaiting = [hooks.UserWillLogIn.future(login_request("block 30"), timeout=60) for _ in range(24)]
    bodiless = [hosted.without_body(f"{HOOKS}/{name}") for name in ("MessageWillBePosted", "UserWillLogIn") * 12]
    bodiless += [hosted.without_body("/grpc.health.v1.Health/Check") for _ in range(4)]
    time.sleep(1.0)  # every hook worker is now asleep in a hook

    checks = [timed(lambda: hosted.health(timeout=5)) for _ in range(100)]
    print(f"\nHealth with every hook worker blocked: p99 {p99(checks) * 1000:.1f} ms, max {max(checks) * 1000:.1f} ms")
    assert p99(checks) < 0.1
    # An async call holds no thread while it awaits: 24 of them leave room for one more.
    assert timed(lambda: hooks.UserWillLogIn(login_request("ok"), timeout=5)) < 1.0
    assert "UserWillLogIn" in hooks.Implemented(hooks_pb2.ImplementedRequest(), timeout=5).hooks
    stdio = grpc_stdio_pb2_grpc.GRPCStdioStub(hosted.main).StreamStdio(empty_pb2.Empty(), timeout=WAIT)
    hosted.wait_for_log(lambda entry: entry["@message"] == "the host opened the stdio stream")
    assert hooks.UserWillLogIn(login_request("print 1"), timeout=5).rejection == ""
    assert next(stdio).data.startswith(b"printing 1 MiB")
    close_offer = offer(hosted.main, grpc_broker_pb2.ConnInfo(service_id=5, network="unix", address="/nowhere"))
    hosted.wait_for_log(lambda entry: entry["@message"].startswith("host offers broker service 5"))

    answered, exited = stop_and_time(hosted, "Shutdown")
    assert answered < 0.1 and exited < STOP_SECONDS and hosted.process.returncode == 0
    assert not os.path.exists(os.path.dirname(hosted.address))
    for end in bodiless:
        end()
    stdio.cancel()
    close_offer()
    for call in blocked + awaiting:
        with pytest.raises(grpc.RpcError):
            call.result(timeout=WAIT)


# -- 4. never a silent downgrade to TCP ---------------------------------------------


def test_a_long_temporary_directory_still_gets_a_private_unix_socket(
    launch: Callable[..., HostedPlugin], tmp_path: Path
) -> None:
    long = tmp_path / ("d" * 60) / ("e" * 60)
    long.mkdir(parents=True)
    hosted = launch(env={"TMPDIR": str(long)})
    assert hosted.network == "unix"
    directory = os.path.dirname(hosted.address)
    assert stat.S_IMODE(os.stat(directory).st_mode) == 0o700 and os.stat(directory).st_uid == os.getuid()
    assert hosted.health() == health_pb2.HealthCheckResponse.SERVING
    hosted.shutdown()
    assert hosted.wait() == 0 and not os.path.exists(directory)
    assert not [line for line in hosted.log_lines() if line["@level"] in ("warn", "error")]


def test_a_socket_directory_chosen_by_the_host_that_is_too_long_fails_clearly(
    launch: Callable[..., HostedPlugin], tmp_path: Path
) -> None:
    long = tmp_path / ("d" * 60) / ("e" * 60)
    long.mkdir(parents=True)
    hosted = launch(env={"PLUGIN_UNIX_SOCKET_DIR": str(long)}, expect_handshake=False)
    assert hosted.wait() == 1
    assert hosted.rest_of_stdout() == b""
    [entry] = [line for line in hosted.log_lines() if line["@level"] == "error"]
    assert "PLUGIN_UNIX_SOCKET_DIR" in entry["@message"] and "too long for a unix socket" in entry["@message"]
    assert list(long.iterdir()) == []


def test_tcp_without_auto_mtls_says_who_can_connect(launch: Callable[..., HostedPlugin]) -> None:
    hosted = launch(env={"MATTERMOST_PLUGIN_NETWORK": "tcp"})
    assert hosted.network == "tcp"
    warning = hosted.wait_for_log(lambda entry: entry["@level"] == "warn")
    assert "without AutoMTLS" in warning["@message"] and "any local user" in warning["@message"]


# -- 5. output the host does not read is bounded ------------------------------------


def test_output_the_host_does_not_read_takes_bounded_memory(launch: Callable[..., HostedPlugin]) -> None:
    hosted = launch(serve_command(MISBEHAVING))
    stream = grpc_stdio_pb2_grpc.GRPCStdioStub(hosted.main).StreamStdio(empty_pb2.Empty(), timeout=120)
    hosted.wait_for_log(lambda entry: entry["@message"] == "the host opened the stdio stream")
    before = hosted.peak_memory_kib()
    reply = hosted.hooks.ExecuteCommand(command_request("print 128"), timeout=120)  # never read by us
    assert not reply.error.message
    grown = (hosted.peak_memory_kib() - before) / 1024
    print(f"\npeak memory grew by {grown:.1f} MiB while 128 MiB of output went unread")
    assert grown < 48
    stalled = hosted.wait_for_log(lambda entry: "has not read the plugin's output" in entry["@message"])
    assert stalled["@level"] == "warn"
    stream.cancel()  # the count of what was lost comes when the stream ends
    dropped = hosted.wait_for_log(lambda entry: entry["@message"].startswith("dropped "))
    assert dropped["@level"] == "warn" and "lines of the plugin's output" in dropped["@message"]


# -- 6. no values in errors and logs -------------------------------------------------


def test_received_and_returned_values_never_reach_statuses_or_logs(misbehaving: HostedPlugin) -> None:
    secret = "postgres://mmuser:hunter2-SECRET@db/mattermost"
    with pytest.raises(grpc.RpcError) as raised:
        misbehaving.hooks.MessageWillBePosted(
            hooks_pb2.MessageWillBePostedRequest(post=json.dumps({"create_at": secret}).encode()), timeout=5
        )
    assert raised.value.code() is grpc.StatusCode.INVALID_ARGUMENT
    assert "create_at" in raised.value.details() and "hunter2" not in raised.value.details()

    config = {"SqlSettings": {"DataSource": secret, "AtRestEncryptKey": "key-SECRET"}}
    reply = misbehaving.hooks.ConfigurationWillBeSaved(
        hooks_pb2.ConfigurationWillBeSavedRequest(config=json.dumps(config).encode()), timeout=5
    )
    assert "ConfigSection" in reply.error.message and "SECRET" not in str(reply.error)

    long_text = "private words " * 500
    with pytest.raises(grpc.RpcError) as raised:
        misbehaving.hooks.MessageWillBePosted(post_request(f"leak {long_text}"), timeout=5)
    assert raised.value.code() is grpc.StatusCode.INTERNAL and len(raised.value.details()) < 400
    logged = misbehaving.wait_for_log(lambda entry: "raised ValueError: cannot parse" in entry["@message"])
    assert len(logged["@message"]) < 400
    assert "SECRET" not in misbehaving.stderr_text()


def test_harness_messages_name_types_and_fields_not_values(plugin_harness: Callable[..., PluginHarness]) -> None:
    harness = plugin_harness(str(MISBEHAVING))
    with pytest.raises(BadArguments) as raised:
        harness.message_will_be_posted('{"message": "x", "create_at": "hunter2-SECRET"}')
    assert "create_at" in str(raised.value) and "SECRET" not in str(raised.value)
    with pytest.raises(BadArguments) as raised:
        harness.call("FileWillBeDownloaded", FileInfo(), 12345678, "public")
    assert "user_id must be str, got int" in str(raised.value) and "12345678" not in str(raised.value)


# -- 7. statuses that say what happened ---------------------------------------------


def test_an_async_call_the_host_ends_is_not_blamed_on_the_plugin(launch: Callable[..., HostedPlugin]) -> None:
    hosted = loaded(launch(serve_command(MISBEHAVING)))
    with pytest.raises(grpc.RpcError) as raised:
        hosted.hooks.UserWillLogIn(login_request("block 30"), timeout=0.5)
    assert raised.value.code() is grpc.StatusCode.DEADLINE_EXCEEDED
    cancelled = hosted.hooks.UserWillLogIn.future(login_request("block 30"), timeout=WAIT)
    time.sleep(0.3)
    cancelled.cancel()
    other = hosted.connect()
    PluginHooksStub(other).UserWillLogIn.future(login_request("block 30"), timeout=WAIT)
    time.sleep(0.3)
    other.close()  # the connection goes away with the call

    ended = [
        hosted.wait_for_log(lambda entry, why=why: "the host ended the call" in entry["@message"] and why in entry["@message"])
        for why in ("deadline", "cancelled")
    ]
    assert all(entry["@level"] in ("debug", "warn") for entry in ended)
    deadline = ended[0]
    assert deadline["@level"] == "warn" and "Misbehaving.user_will_log_in" in deadline["@message"]
    assert hosted.hooks.UserWillLogIn(login_request("ok"), timeout=5).rejection == ""
    blamed = [line for line in hosted.log_lines() if line["@level"] == "error"]
    assert blamed == []


@pytest.mark.parametrize(
    ("method", "raw"),
    [
        ("MessageWillBePosted", hooks_pb2.MessageWillBePostedRequest(post=b'{"message": "hi"}').SerializeToString()[:-4]),
        ("MessageWillBePosted", b"\x0a\x04\x0a\x02\xff\xfe"),  # context.session_id: invalid UTF-8
        ("UserWillLogIn", b"\x12\x10{\"username\": "),  # user: 16 bytes announced, 13 sent
        ("ExecuteCommand", b"\xff\xff\xff"),
    ],
    ids=["truncated", "bad-utf8", "async-truncated", "garbage"],
)
def test_an_undecodable_request_is_invalid_argument(misbehaving: HostedPlugin, method: str, raw: bytes) -> None:
    with pytest.raises(grpc.RpcError) as raised:
        misbehaving.raw(f"{HOOKS}/{method}")(raw, timeout=5)
    assert raised.value.code() is grpc.StatusCode.INVALID_ARGUMENT
    assert raised.value.details().startswith(f"{method}: the request is not a valid {method}Request message")


def test_undecodable_requests_to_go_plugins_services_are_invalid_argument(misbehaving: HostedPlugin) -> None:
    for method in ("/grpc.health.v1.Health/Check", "/plugin.GRPCController/Shutdown"):
        with pytest.raises(grpc.RpcError) as raised:
            misbehaving.raw(method)(b"\x0a\x05ab", timeout=5)
        assert raised.value.code() is grpc.StatusCode.INVALID_ARGUMENT, method
    assert misbehaving.health(timeout=5) == health_pb2.HealthCheckResponse.SERVING


# -- 8. prompt exits ------------------------------------------------------------------


@pytest.mark.parametrize("how", ["Shutdown", "SIGTERM"])
def test_a_stop_during_a_slow_import_exits_at_once(launch: Callable[..., HostedPlugin], how: str) -> None:
    hosted = launch(serve_command(MISBEHAVING), env={"MISBEHAVING_IMPORT_SECONDS": "8"})
    assert hosted.health(timeout=5) == health_pb2.HealthCheckResponse.SERVING
    early = hosted.hooks.UserWillLogIn.future(login_request("ok"), timeout=WAIT)
    answered, exited = stop_and_time(hosted, how)
    assert hosted.process.returncode == 0 and exited < STOP_SECONDS
    assert not os.path.exists(os.path.dirname(hosted.address))
    with pytest.raises(grpc.RpcError) as raised:
        early.result(timeout=WAIT)
    assert raised.value.code() is grpc.StatusCode.UNAVAILABLE


def test_a_child_process_does_not_keep_the_hosts_pipes_open(launch: Callable[..., HostedPlugin]) -> None:
    hosted = launch(serve_command(MISBEHAVING))
    assert hosted.command("/misbehave child") == "obeyed"
    child = hosted.wait_for_log(lambda entry: entry["@message"].startswith("started child"))["pid"]
    try:
        hosted.shutdown()
        assert hosted.wait() == 0
        assert hosted.stderr_closed.wait(STOP_SECONDS), "the plugin's child still holds the host's stderr"
        assert hosted.rest_of_stdout() == b""  # returns: nobody holds the host's stdout either
    finally:
        os.kill(child, signal.SIGKILL)


def test_an_async_hook_that_swallows_cancellation_does_not_hold_up_the_exit(
    launch: Callable[..., HostedPlugin]
) -> None:
    hosted = loaded(launch(serve_command(MISBEHAVING)))
    stubborn = hosted.hooks.UserWillLogIn.future(login_request("swallow 30"), timeout=WAIT)
    time.sleep(0.3)
    answered, exited = stop_and_time(hosted, "Shutdown")
    assert hosted.process.returncode == 0 and exited < STOP_SECONDS
    assert not os.path.exists(os.path.dirname(hosted.address))
    warning = hosted.wait_for_log(lambda entry: "still running" in entry["@message"])
    assert warning["@level"] == "warn" and "Misbehaving.user_will_log_in" in warning["@message"]
    assert [line for line in hosted.log_lines() if line["@level"] == "error"] == []
    with pytest.raises(grpc.RpcError):
        stubborn.result(timeout=WAIT)


# -- 9. log assertions that see what the process logged ---------------------------


class SlowLogs(Logs):
    """Logs taken in slowly, as by a host on a loaded machine: 5 ms a line."""

    def append(self, entry: LogEntry) -> None:
        time.sleep(0.005)
        super().append(entry)


def test_what_a_call_logged_is_in_the_logs_once_it_returns() -> None:
    logs = SlowLogs()
    with PluginHost(str(MISBEHAVING), logs=logs) as host:
        assert host.channel is not None
        PluginHooksStub(host.channel).MessageWillBePosted(post_request("log 100"), timeout=WAIT)
        assert logs.find("done logging", level="info") is not None  # read at once: no waiting, no sleeping


def test_printed_lines_are_waited_for(plugin_harness: Callable[..., PluginHarness]) -> None:
    harness = plugin_harness(str(MISBEHAVING), mode="process")
    harness.message_will_be_posted(Post(message="print 0")).assert_allowed()
    assert harness.logs.assert_logged("printing 0 MiB", level="info").logger == "stdout"
