"""Start a plugin process the way the Mattermost server does, with no Mattermost server.

:class:`PluginHost` is a small go-plugin host written in Python. It runs
``python -m mattermost_plugin serve path/to/plugin.py[:Class]`` with the
environment go-plugin's client sets (the magic cookie, the protocol versions,
optionally an AutoMTLS client certificate), reads the handshake line
``1|1|unix|/path/plugin.sock|grpc`` from the process's stdout, dials the
address, streams the plugin's stdout and stderr through
``plugin.GRPCStdio/StreamStdio``, and turns the hclog JSON lines on its stderr
into :class:`~mattermost_plugin.testing.LogEntry` objects. :meth:`PluginHost.offer`
offers the process a service through go-plugin's broker (``plugin.GRPCBroker``),
as a host does for Mattermost's plugin API. Reading its logs
first catches up with everything the process has written to stderr, so a line
logged during a call is there once the call has returned. Closing it calls
``plugin.GRPCController/Shutdown`` and waits for the process to exit, as
go-plugin's ``Kill`` does.

The test harness uses it for ``mode="process"``, and ``mattermost-plugin demo``
uses it to show a plugin's whole life.
"""

from __future__ import annotations

import base64
import os
import queue
import re
import struct
import subprocess
import sys
import threading
import time
from typing import Any, Mapping, Optional, Sequence

import grpc

from mattermost_plugin.protocol import grpc_broker_pb2, grpc_controller_pb2, grpc_stdio_pb2
from mattermost_plugin.runtime.handshake import (
    CLIENT_CERT_ENV,
    MAGIC_COOKIE_KEY,
    MAGIC_COOKIE_VALUE,
    PROTOCOL_VERSIONS_ENV,
)
from mattermost_plugin._exceptions import PluginStartError
from mattermost_plugin.testing.logs import LogEntry, Logs


HOST_START_TIMEOUT = 3.0
"""How long Mattermost waits for the handshake line (go-plugin's ``StartTimeout``)."""

LOG_WAIT = 5.0
"""How long a log assertion waits for a line to arrive (print() output comes through the stdio stream)."""

CATCH_UP = 2.0
"""How long reading the logs waits for the lines already in the stderr pipe to be read."""

_GRPC_CORE_INFO = re.compile(r"^I\d{4} \d\d:\d\d:\d+\.\d+\s+\d+ \S+:\d+\] ")
"""An information line of gRPC's C core (``I0000 00:00:1732790000.123456 1234 chttp2_transport.cc:1210] ...``):
noise about connections, not something the plugin said."""

_STDIO_NAMES = {grpc_stdio_pb2.StdioData.STDOUT: "stdout", grpc_stdio_pb2.StdioData.STDERR: "stderr"}


class Handshake:
    """The parsed handshake line: ``CORE|APP|NETWORK|ADDRESS|PROTOCOL[|CERT]``."""

    def __init__(self, line: str) -> None:
        self.line = line
        parts = line.strip().split("|")
        if len(parts) < 5:
            raise PluginStartError(
                f"the plugin printed {line.strip()[:80]!r} where the go-plugin handshake "
                "(CORE|APP|NETWORK|ADDRESS|PROTOCOL) was expected; a plugin must not write to stdout "
                "before the SDK prints its handshake"
            )
        self.core_version, self.app_version, self.network, self.address, self.protocol = parts[:5]
        self.certificate = parts[5] if len(parts) > 5 and parts[5] else None
        if self.core_version != "1" or self.app_version != "1":
            raise PluginStartError(f"the plugin answered protocol versions {self.core_version}|{self.app_version}, expected 1|1")
        if self.protocol != "grpc":
            raise PluginStartError(f"the plugin speaks {self.protocol!r}; Mattermost's gRPC hosts need 'grpc'")
        if self.network not in ("unix", "tcp"):
            raise PluginStartError(f"the plugin listens on an unknown network {self.network!r}")

    @property
    def target(self) -> str:
        """The gRPC target to dial."""
        return f"unix:{self.address}" if self.network == "unix" else self.address

    def certificate_pem(self) -> bytes:
        """The server certificate from the sixth field (base64 DER without padding) as PEM."""
        assert self.certificate is not None
        der = base64.b64decode(self.certificate + "=" * (-len(self.certificate) % 4))
        body = base64.encodebytes(der).decode("ascii")
        return f"-----BEGIN CERTIFICATE-----\n{body}-----END CERTIFICATE-----\n".encode("ascii")


class PluginHost:
    """One plugin process, started and spoken to like the Mattermost server does.

    ``target`` is what ``mattermost-plugin serve`` takes: ``path/to/plugin.py``
    or ``path/to/plugin.py:ClassName``. ``command`` replaces the whole command
    line (for a plugin bundle's own executable). ``mtls=True`` turns on
    go-plugin's AutoMTLS. ``env`` adds environment variables.
    """

    def __init__(
        self,
        target: Optional[str] = None,
        *,
        command: Optional[Sequence[str]] = None,
        cwd: Optional[str | os.PathLike[str]] = None,
        env: Optional[Mapping[str, str]] = None,
        mtls: bool = False,
        start_timeout: float = 10.0,
        logs: Optional[Logs] = None,
        stream_stdio: bool = True,
    ) -> None:
        if (target is None) == (command is None):
            raise ValueError("give either a target (path/to/plugin.py[:Class]) or a command")
        self.command = list(command) if command is not None else [sys.executable, "-m", "mattermost_plugin", "serve", str(target)]
        self.cwd = cwd
        self.extra_env = dict(env or {})
        self.mtls = mtls
        self.start_timeout = start_timeout
        self.logs = logs if logs is not None else Logs()
        self.stream_stdio = stream_stdio
        self.process: Optional[subprocess.Popen[bytes]] = None
        self.channel: Optional[grpc.Channel] = None
        self.handshake: Optional[Handshake] = None
        self.startup_seconds: Optional[float] = None
        """How long the process took to print its handshake (Mattermost allows 3 seconds)."""
        self.client_certificate: Optional[tuple[bytes, bytes]] = None
        """With AutoMTLS: the host's (certificate PEM, key PEM), which it also serves broker services with."""
        self._threads: list[threading.Thread] = []
        self._stdio_call: Any = None
        self._broker_offers: Optional[queue.Queue[Optional[grpc_broker_pb2.ConnInfo]]] = None
        self._broker_call: Any = None
        self._stderr_tail: list[str] = []
        self._stderr_state = threading.Condition()
        self._stderr_busy = False
        self._stderr_done = False

    # -- life ----------------------------------------------------------------

    def start(self) -> "PluginHost":
        """Launch the process, read its handshake and connect; raise PluginStartError on failure."""
        environ = dict(os.environ)
        environ.update(self.extra_env)
        environ[MAGIC_COOKIE_KEY] = MAGIC_COOKIE_VALUE
        environ[PROTOCOL_VERSIONS_ENV] = "1"
        environ.setdefault("PYTHONUNBUFFERED", "1")
        environ.setdefault("GRPC_VERBOSITY", "ERROR")  # the plugin's gRPC core: errors only
        client_cert = client_key = None
        if self.mtls:
            from mattermost_plugin.runtime.mtls import generate_certificate

            client_cert, client_key, _ = generate_certificate()
            environ[CLIENT_CERT_ENV] = client_cert.decode("ascii")
            self.client_certificate = (client_cert, client_key)
        else:
            environ.pop(CLIENT_CERT_ENV, None)
        started = time.monotonic()
        try:
            self.process = subprocess.Popen(
                self.command,
                cwd=self.cwd,
                env=environ,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
        except OSError as error:
            raise PluginStartError(f"cannot start {self.command[0]}: {error}") from None
        self.logs.follow(self.caught_up, LOG_WAIT)
        self._spawn(self._read_stderr, "stderr")
        line = self._read_handshake()
        self.startup_seconds = time.monotonic() - started
        try:
            self.handshake = Handshake(line)
        except PluginStartError:
            self.kill()
            raise
        self._spawn(self._drain_stdout, "stdout")
        if self.handshake.certificate:
            if client_cert is None or client_key is None:
                raise PluginStartError("the plugin answered with an AutoMTLS certificate the host did not ask for")
            credentials = grpc.ssl_channel_credentials(
                root_certificates=self.handshake.certificate_pem(),
                private_key=client_key,
                certificate_chain=client_cert,
            )
            self.channel = grpc.secure_channel(
                self.handshake.target, credentials, options=[("grpc.ssl_target_name_override", "localhost")]
            )
        elif self.mtls:
            raise PluginStartError("the host asked for AutoMTLS but the plugin's handshake carries no certificate")
        else:
            self.channel = grpc.insecure_channel(self.handshake.target)
        status = self._health_check()
        if status != "SERVING":
            self.kill()
            raise PluginStartError(
                f"the plugin printed its handshake but its health check at {self.handshake.target} "
                f"answered {status}" + self._tail()
            )
        if self.stream_stdio:
            self._spawn(self._stream_stdio, "stdio")
        return self

    def __enter__(self) -> "PluginHost":
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def _health_check(self) -> str:
        """go-plugin's check: ``grpc.health.v1.Health/Check`` for service ``plugin``; the status name."""
        assert self.channel is not None
        check = self.channel.unary_unary(
            "/grpc.health.v1.Health/Check",
            request_serializer=lambda service: b"\n" + bytes([len(service)]) + service.encode(),
            response_deserializer=lambda data: data,
        )
        try:
            answer = check("plugin", timeout=self.start_timeout, wait_for_ready=True)
        except grpc.RpcError as error:
            return f"{error.code().name}: {error.details()}"  # type: ignore[attr-defined]
        # HealthCheckResponse{status = 1}: SERVING is 1, NOT_SERVING 2, UNKNOWN 0 (an empty message).
        status = answer[1] if len(answer) >= 2 and answer[0] == 0x08 else 0
        return {0: "UNKNOWN", 1: "SERVING", 2: "NOT_SERVING", 3: "SERVICE_UNKNOWN"}.get(status, str(status))

    @property
    def returncode(self) -> Optional[int]:
        """The exit code once the process has exited."""
        return self.process.poll() if self.process is not None else None

    def close(self, timeout: float = 5.0) -> Optional[int]:
        """Ask the process to stop (``GRPCController/Shutdown``), wait, kill it if it lingers; return its exit code."""
        if self.process is None:
            return None
        if self.process.poll() is None and self.channel is not None:
            shutdown = self.channel.unary_unary(
                "/plugin.GRPCController/Shutdown",
                request_serializer=grpc_controller_pb2.Empty.SerializeToString,
                response_deserializer=grpc_controller_pb2.Empty.FromString,
            )
            try:
                shutdown(grpc_controller_pb2.Empty(), timeout=2)
            except grpc.RpcError:
                pass
        try:
            code = self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            code = self.process.returncode
        self._finish()
        return code

    def kill(self) -> None:
        """Kill the process at once (go-plugin does so when Shutdown does not end it in time)."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self._finish()

    def offer(self, service_id: int, network: str, address: str) -> None:
        """Offer the process a service through go-plugin's broker: send ``ConnInfo`` down the
        ``plugin.GRPCBroker/StartStream`` stream (opened on first use), as go-plugin's
        ``AcceptAndServe`` does; the plugin dials ``network``/``address`` when it wants the service."""
        if self.channel is None:
            raise PluginStartError("the plugin process is not running, so nothing can be offered to it")
        if self._broker_offers is None:
            offers: queue.Queue[Optional[grpc_broker_pb2.ConnInfo]] = queue.Queue()
            stream = self.channel.stream_stream(
                "/plugin.GRPCBroker/StartStream",
                request_serializer=grpc_broker_pb2.ConnInfo.SerializeToString,
                response_deserializer=grpc_broker_pb2.ConnInfo.FromString,
            )
            self._broker_call = stream(iter(offers.get, None))
            self._broker_offers = offers
        self._broker_offers.put(grpc_broker_pb2.ConnInfo(service_id=service_id, network=network, address=address))

    def _finish(self) -> None:
        if self._broker_offers is not None:
            self._broker_offers.put(None)
            self._broker_call.cancel()
            self._broker_offers = None
        if self._stdio_call is not None:
            self._stdio_call.cancel()
        for thread in self._threads:
            thread.join(timeout=2)
        if self.channel is not None:
            self.channel.close()
            self.channel = None

    # -- reading the process ---------------------------------------------

    def _spawn(self, target: Any, name: str) -> None:
        thread = threading.Thread(target=target, name=f"plugin-host-{name}", daemon=True)
        thread.start()
        self._threads.append(thread)

    def _read_handshake(self) -> str:
        assert self.process is not None and self.process.stdout is not None
        result: list[bytes] = []
        reader = threading.Thread(target=lambda: result.append(self.process.stdout.readline()), daemon=True)  # type: ignore[union-attr]
        reader.start()
        reader.join(self.start_timeout)
        if reader.is_alive():
            self.kill()
            raise PluginStartError(
                f"the plugin printed no handshake within {self.start_timeout:g}s "
                f"(Mattermost waits {HOST_START_TIMEOUT:g}s)" + self._tail()
            )
        line = result[0].decode("utf-8", "replace") if result else ""
        if not line:
            code = self.process.wait(timeout=5)
            self._finish()
            raise PluginStartError(f"the plugin process exited with code {code} before its handshake" + self._tail())
        return line

    def _drain_stdout(self) -> None:
        assert self.process is not None and self.process.stdout is not None
        for raw in self.process.stdout:
            self.logs.append(LogEntry("warn", raw.decode("utf-8", "replace").rstrip("\n"), "stdout (after the handshake)"))

    def _read_stderr(self) -> None:
        assert self.process is not None and self.process.stderr is not None
        fd = self.process.stderr.fileno()
        pending = b""
        try:
            while True:
                _wait_readable(fd)
                with self._stderr_state:
                    self._stderr_busy = True
                chunk = os.read(fd, 65536)
                if not chunk:
                    break
                *lines, pending = (pending + chunk).split(b"\n")
                for raw in lines:
                    self._take_stderr_line(raw.decode("utf-8", "replace"))
                with self._stderr_state:
                    self._stderr_busy = False
                    self._stderr_state.notify_all()
        except OSError:
            pass
        finally:
            if pending:
                self._take_stderr_line(pending.decode("utf-8", "replace"))
            with self._stderr_state:
                self._stderr_done = True
                self._stderr_state.notify_all()

    def _take_stderr_line(self, line: str) -> None:
        if _GRPC_CORE_INFO.match(line):
            return
        self._stderr_tail = (self._stderr_tail + [line])[-20:]
        self.logs.append(LogEntry.from_hclog(line))

    def caught_up(self, timeout: float = CATCH_UP) -> bool:
        """Wait until every line the process has written to stderr so far is in :attr:`logs`.

        The process writes a call's log lines before it answers the call, so
        after a call has returned, its lines are in the logs once this returns
        True (False: ``timeout`` seconds passed first).
        """
        if self.process is None or self.process.stderr is None or sys.platform == "win32":
            return True  # (Windows cannot tell what waits in a pipe)
        fd = self.process.stderr.fileno()
        deadline = time.monotonic() + timeout
        with self._stderr_state:
            while not self._stderr_done and (self._stderr_busy or _unread(fd)):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._stderr_state.wait(min(remaining, 0.05))
        return True

    def _stream_stdio(self) -> None:
        if self.channel is None:
            return
        stream = self.channel.unary_stream(
            "/plugin.GRPCStdio/StreamStdio",
            request_serializer=lambda _: b"",
            response_deserializer=grpc_stdio_pb2.StdioData.FromString,
        )
        try:
            call = stream(None)
            self._stdio_call = call
            for chunk in call:
                text = chunk.data.decode("utf-8", "replace").rstrip("\n")
                self.logs.append(LogEntry("info", text, _STDIO_NAMES.get(chunk.channel, "stdio")))
        except grpc.RpcError:
            pass
        except ValueError:  # the channel was closed under the stream
            pass

    def _tail(self) -> str:
        time.sleep(0.05)
        lines = [LogEntry.from_hclog(line) for line in self._stderr_tail]
        if not lines:
            return ""
        shown = []
        for entry in lines:
            shown.append(f"  {entry.message}")
            if entry.traceback:
                shown.extend(f"    {text}" for text in entry.traceback.splitlines())
        return "\nThe plugin's stderr said:\n" + "\n".join(shown)


def _wait_readable(fd: int) -> None:
    """Block until ``fd`` has data or its end (on Windows, return at once: the read blocks instead)."""
    if sys.platform == "win32":
        return
    import select

    poller = select.poll()
    poller.register(fd, select.POLLIN | select.POLLHUP | select.POLLERR)
    poller.poll()


def _unread(fd: int) -> int:
    """How many bytes wait in the pipe ``fd`` (0 once it is closed)."""
    import fcntl
    import termios

    try:
        return struct.unpack("i", fcntl.ioctl(fd, termios.FIONREAD, b"\0\0\0\0"))[0]  # type: ignore[no-any-return]
    except OSError:
        return 0


__all__ = ["CATCH_UP", "HOST_START_TIMEOUT", "LOG_WAIT", "Handshake", "PluginHost"]
