"""A plugin process started the way a go-plugin host (Mattermost) starts it, for the runtime tests.

:class:`HostedPlugin` runs a real subprocess with the host's environment (magic
cookie, ``PLUGIN_PROTOCOL_VERSIONS``, port range), reads the handshake line from
its stdout, talks gRPC to the address it printed, and keeps every line of its
stderr. Waits have generous timeouts so that a broken process fails a test
instead of hanging it.
"""

from __future__ import annotations

import json
import os
import queue
import re
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any, Callable, Iterator, Optional

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc

from mattermost_plugin.protocol import grpc_broker_pb2, grpc_broker_pb2_grpc, grpc_controller_pb2, grpc_controller_pb2_grpc, hooks_pb2, hooks_pb2_grpc

PLUGINS = Path(__file__).parent / "plugins"
BASIC = PLUGINS / "basic.py"
MISBEHAVING = PLUGINS / "misbehaving.py"
COOKIE = {"MATTERMOST_PLUGIN": "Securely message teams, anywhere."}
HOST_ENV = {**COOKIE, "PLUGIN_PROTOCOL_VERSIONS": "1", "PLUGIN_MIN_PORT": "10000", "PLUGIN_MAX_PORT": "25000"}
WAIT = 20.0
"""Seconds any single wait may take before the test fails (only reached when something is broken)."""

HANDSHAKE = re.compile(r"^1\|1\|(unix|tcp)\|([^|]+)\|grpc(?:\|([A-Za-z0-9+/]+))?$")


def serve_command(target: str | Path) -> list[str]:
    return [sys.executable, "-m", "mattermost_plugin", "serve", str(target)]


def p99(seconds: list[float]) -> float:
    """The 99th percentile of a list of durations."""
    return statistics.quantiles(seconds, n=100, method="inclusive")[98]


class HostedPlugin:
    """A plugin process started like go-plugin starts one, its handshake, and its stderr lines."""

    def __init__(self, command: list[str], env: Optional[dict[str, Optional[str]]] = None, expect_handshake: bool = True):
        environment = {**os.environ, **HOST_ENV, **(env or {})}
        for name, value in list(environment.items()):
            if value is None:
                del environment[name]
        started = time.monotonic()
        self.process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=environment,  # type: ignore[arg-type]
        )
        self.stderr: list[bytes] = []
        self.stderr_closed = threading.Event()
        """Set when the process's stderr pipe reaches its end (no process holds it open any more)."""
        self._stderr_changed = threading.Condition()
        threading.Thread(target=self._collect_stderr, daemon=True).start()
        self.handshake = ""
        self.seconds = 0.0
        self.channel: Optional[grpc.Channel] = None
        if expect_handshake:
            lines: queue.Queue[bytes] = queue.Queue()
            threading.Thread(target=lambda: lines.put(self.process.stdout.readline()), daemon=True).start()  # type: ignore[union-attr]
            try:
                line = lines.get(timeout=WAIT)
            except queue.Empty:
                self.kill()
                pytest.fail(f"no handshake line within {WAIT}s; stderr: {self.stderr_text()}")
            self.seconds = time.monotonic() - started
            self.handshake = line.decode().rstrip("\n")
            assert HANDSHAKE.match(self.handshake), f"bad handshake {self.handshake!r}; stderr: {self.stderr_text()}"

    # -- the handshake ----------------------------------------------------

    @property
    def network(self) -> str:
        return self.handshake.split("|")[2]

    @property
    def address(self) -> str:
        return self.handshake.split("|")[3]

    @property
    def target(self) -> str:
        return f"unix:{self.address}" if self.network == "unix" else self.address

    def connect(self, credentials: Optional[grpc.ChannelCredentials] = None) -> grpc.Channel:
        """A new channel to the plugin (TLS with ``credentials``); the caller closes it."""
        if credentials is None:
            return grpc.insecure_channel(self.target)
        return grpc.secure_channel(self.target, credentials, options=[("grpc.ssl_target_name_override", "localhost")])

    @property
    def main(self) -> grpc.Channel:
        """The channel the helpers below use (plain, unless a test sets another)."""
        if self.channel is None:
            self.channel = self.connect()
        return self.channel

    @property
    def hooks(self) -> hooks_pb2_grpc.PluginHooksStub:
        return hooks_pb2_grpc.PluginHooksStub(self.main)

    def health(self, service: str = "plugin", timeout: float = WAIT) -> int:
        stub = health_pb2_grpc.HealthStub(self.main)
        return stub.Check(health_pb2.HealthCheckRequest(service=service), timeout=timeout).status  # type: ignore[no-any-return]

    def command(self, text: str, **fields: Any) -> str:
        """Call ExecuteCommand and return the response text."""
        args = json.dumps({"command": text, **fields}).encode()
        reply = self.hooks.ExecuteCommand(hooks_pb2.ExecuteCommandRequest(args=args), timeout=WAIT)
        assert not reply.error.message, reply.error
        return json.loads(reply.response)["text"]  # type: ignore[no-any-return]

    def shutdown(self, timeout: float = WAIT) -> None:
        stub = grpc_controller_pb2_grpc.GRPCControllerStub(self.main)
        stub.Shutdown(grpc_controller_pb2.Empty(), timeout=timeout)

    def raw(self, method: str) -> Callable[..., bytes]:
        """A unary call to ``/service/Method`` that sends and receives bytes as they are."""
        return self.main.unary_unary(method, request_serializer=None, response_deserializer=None)  # type: ignore[return-value]

    def without_body(self, method: str) -> Callable[[], None]:
        """Start a call to ``method`` that sends its headers but never its request; return what ends it."""
        never = threading.Event()

        def requests() -> Iterator[bytes]:
            never.wait()
            return
            yield b""  # a generator that yields nothing until released

        call = self.main.stream_stream(method, request_serializer=None, response_deserializer=None)(requests())

        def end() -> None:
            never.set()
            call.cancel()

        return end

    # -- the process ------------------------------------------------------

    def wait(self, timeout: float = WAIT) -> int:
        return self.process.wait(timeout=timeout)

    def kill(self) -> None:
        if self.channel is not None:
            self.channel.close()
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=WAIT)

    def rest_of_stdout(self) -> bytes:
        """What the process wrote to stdout after the handshake line (call after it exited)."""
        return self.process.stdout.read()  # type: ignore[union-attr]

    def peak_memory_kib(self) -> int:
        """The process's peak resident memory so far (``VmHWM``)."""
        with open(f"/proc/{self.process.pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
        raise AssertionError("no VmHWM in /proc/PID/status")

    def _collect_stderr(self) -> None:
        for line in self.process.stderr:  # type: ignore[union-attr]
            with self._stderr_changed:
                self.stderr.append(line)
                self._stderr_changed.notify_all()
        self.stderr_closed.set()

    def stderr_text(self) -> str:
        with self._stderr_changed:
            return b"".join(self.stderr).decode(errors="replace")

    def log_lines(self) -> list[dict[str, Any]]:
        """Every stderr line, parsed as JSON (each one must be)."""
        with self._stderr_changed:
            return [json.loads(line) for line in self.stderr]

    def wait_for_log(self, predicate: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
        """The first hclog line for which ``predicate`` holds, waiting for it if needed."""
        deadline = time.monotonic() + WAIT
        with self._stderr_changed:
            while True:
                for line in self.stderr:
                    entry = json.loads(line)
                    if predicate(entry):
                        return entry  # type: ignore[no-any-return]
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    pytest.fail(f"expected log line not written; stderr: {self.stderr_text()}")
                self._stderr_changed.wait(remaining)


def offer(channel: grpc.Channel, info: grpc_broker_pb2.ConnInfo) -> Callable[[], None]:
    """Open the host's side of GRPCBroker/StartStream and send ``info``; return a function that closes it."""
    outgoing: queue.Queue[Optional[grpc_broker_pb2.ConnInfo]] = queue.Queue()
    outgoing.put(info)
    stream = grpc_broker_pb2_grpc.GRPCBrokerStub(channel).StartStream(iter(outgoing.get, None))
    return lambda: (outgoing.put(None), stream.cancel())
