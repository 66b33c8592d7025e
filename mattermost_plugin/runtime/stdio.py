"""Carry what plugin code writes to stdout and stderr to the host, away from the handshake stream.

After the handshake, file descriptors 1 and 2 are pointed at pipes of this
process's own, so ``print()``, ``sys.stderr``, C extensions and any process the
plugin starts all write there, never to the host's pipes: a child process that
outlives the plugin cannot keep the host waiting for them to close. hclog lines
go to the host's stderr through a descriptor children do not inherit, and so
do ``faulthandler``'s tracebacks if the process crashes. One thread per pipe
passes the output on, line by line:

- while the host streams ``plugin.GRPCStdio/StreamStdio`` (go-plugin's client
  opens it right after connecting; Mattermost logs each chunk at info level,
  with ``source`` ``plugin_stdout`` or ``plugin_stderr``), as one ``StdioData``
  chunk per line;
- otherwise (before the host attaches, after it detaches, during shutdown) as
  hclog ``info`` lines on stderr with ``@module`` ``stdout`` or ``stderr``.

A line with no newline is passed on once it reaches 16 KiB, or when the process
exits. At most :data:`MAX_BUFFERED` bytes wait for the stream: when the host
does not take them, the plugin's writes wait for it (up to
:data:`STALL_SECONDS`), then lines are dropped and counted until it reads
again, and a warning says how many were lost. A plugin that prints without
end cannot make this process's memory grow.
"""

from __future__ import annotations

import faulthandler
import io
import logging
import os
import sys
import threading
import time
from collections import deque
from typing import Callable, Iterator, Optional

import grpc
from google.protobuf import empty_pb2

from mattermost_plugin._grpcserver import stream_pool, unary_stream
from mattermost_plugin.protocol import grpc_stdio_pb2
from mattermost_plugin.runtime.hclog import LineWriter

STDOUT = grpc_stdio_pb2.StdioData.STDOUT
STDERR = grpc_stdio_pb2.StdioData.STDERR

MAX_LINE = 16 * 1024
"""Longest chunk passed on at once; longer lines are split."""

MAX_BUFFERED = 1024 * 1024
"""Most bytes of output held for the host's stdio stream."""

STALL_SECONDS = 1.0
"""How long the plugin's output waits for room before lines are dropped."""

_CHANNEL_NAMES: dict[int, str] = {STDOUT: "stdout", STDERR: "stderr"}

_Item = tuple[int, bytes]

log = logging.getLogger("mattermost_plugin.runtime")


class Stdio:
    """Captures the plugin's stdout and stderr and serves them as ``plugin.GRPCStdio``."""

    def __init__(self, writer: LineWriter) -> None:
        self._writer = writer
        self._lock = threading.Lock()
        self._outbox: Optional[_Outbox] = None
        self._closing = False
        self._threads: list[threading.Thread] = []
        self._host_stderr: Optional[int] = None

    def capture(self) -> None:
        """Point file descriptors 1 and 2 at pipes and start passing their lines on."""
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
        host_stderr = os.dup(2)  # not inherited by child processes
        self._host_stderr = host_stderr
        self._writer.redirect(host_stderr)
        faulthandler.enable(file=host_stderr, all_threads=True)
        for fd, channel in ((1, STDOUT), (2, STDERR)):
            read, write = os.pipe()
            os.dup2(write, fd)
            os.close(write)
            thread = threading.Thread(
                target=self._pump,
                args=(read, channel),
                name=f"mattermost-plugin-{_CHANNEL_NAMES[channel]}",
                daemon=True,
            )
            thread.start()
            self._threads.append(thread)
        if isinstance(sys.stdout, io.TextIOWrapper):
            sys.stdout.reconfigure(line_buffering=True)

    def end_streams(self) -> None:
        """Finish the host's stdio stream after what it already holds; later output becomes log lines."""
        with self._lock:
            self._closing = True
            outbox, self._outbox = self._outbox, None
        if outbox is not None:
            for item in outbox.close(keep=True):
                self._log(*item)

    def release(self, timeout: float) -> None:
        """Point file descriptors 1 and 2 back at the host's stderr; wait up to ``timeout`` seconds
        for the pipes' last lines to be passed on (a child process may hold them open longer).
        """
        for stream in (sys.stdout, sys.stderr):
            try:
                if stream is not None:
                    stream.flush()
            except (OSError, ValueError):
                pass
        if self._host_stderr is not None:
            os.dup2(self._host_stderr, 1)
            os.dup2(self._host_stderr, 2)
        deadline = time.monotonic() + timeout
        for thread in self._threads:
            thread.join(max(deadline - time.monotonic(), 0))

    # -- the plugin.GRPCStdio service -------------------------------------

    def handler(self) -> grpc.GenericRpcHandler:
        """``plugin.GRPCStdio``, on threads no hook call ever takes."""
        return grpc.method_handlers_generic_handler(
            "plugin.GRPCStdio", {"StreamStdio": unary_stream("StreamStdio", self.StreamStdio, empty_pb2.Empty, stream_pool())}
        )

    def StreamStdio(  # noqa: N802 - gRPC method name
        self, request: empty_pb2.Empty, context: grpc.ServicerContext
    ) -> Iterator[grpc_stdio_pb2.StdioData]:
        """Stream stdout and stderr lines until the host cancels or the plugin shuts down.

        A second stream takes over from the first, which ends.
        """
        outbox = _Outbox(self._report_stall, self._report_dropped)
        with self._lock:
            if self._closing:
                return
            previous, self._outbox = self._outbox, outbox
        if previous is not None:
            for left in previous.close():
                self._log(*left)
        context.add_callback(lambda: self._detach(outbox))
        log.debug("the host opened the stdio stream")
        while (item := outbox.get()) is not None:
            yield grpc_stdio_pb2.StdioData(channel=item[0], data=item[1])  # type: ignore[arg-type]

    def _detach(self, outbox: _Outbox) -> None:
        """The stream ended: what it had not sent yet becomes log lines, in order."""
        with self._lock:
            if self._outbox is outbox:
                self._outbox = None
        for item in outbox.close():
            self._log(*item)

    # -- passing output on ------------------------------------------------

    def _pump(self, fd: int, channel: int) -> None:
        pending = b""
        try:
            while True:
                chunk = os.read(fd, 65536)
                if not chunk:
                    break
                pending += chunk
                start = 0
                while (end := pending.find(b"\n", start)) >= 0:
                    self._publish(channel, pending[start : end + 1])
                    start = end + 1
                pending = pending[start:]
                while len(pending) >= MAX_LINE:
                    self._publish(channel, pending[:MAX_LINE])
                    pending = pending[MAX_LINE:]
        except OSError:
            pass
        finally:
            if pending:
                self._publish(channel, pending)
            os.close(fd)

    def _publish(self, channel: int, data: bytes) -> None:
        with self._lock:
            outbox = self._outbox
        if outbox is None or not outbox.put((channel, data)):
            self._log(channel, data)

    def _log(self, channel: int, data: bytes) -> None:
        text = data.decode("utf-8", "replace").rstrip("\n")
        self._writer.log("info", text, _CHANNEL_NAMES[channel])

    def _report_stall(self) -> None:
        self._writer.log(
            "warn",
            f"the host has not read the plugin's output from its stdio stream for {STALL_SECONDS:g}s: "
            "dropping output until it does",
            log.name,
        )

    def _report_dropped(self, lines: int, size: int) -> None:
        self._writer.log("warn", f"dropped {lines} lines of the plugin's output ({size} bytes)", log.name)


class _Outbox:
    """The lines waiting for one stdio stream: at most :data:`MAX_BUFFERED` bytes of them."""

    def __init__(self, report_stall: Callable[[], None], report_dropped: Callable[[int, int], None]) -> None:
        self._items: deque[_Item] = deque()
        self._size = 0
        self._changed = threading.Condition()
        self._closed = False
        self._dropping = False
        self._dropped = (0, 0)
        self._report_stall = report_stall
        self._report_dropped = report_dropped

    def put(self, item: _Item) -> bool:
        """Queue a line, waiting up to :data:`STALL_SECONDS` for room, else drop it (and count it).

        False when the stream has ended: the caller passes the line on some other way.
        """
        size = len(item[1])
        dropped = (0, 0)
        stalled = False
        with self._changed:
            if self._dropping and self._size + size <= MAX_BUFFERED // 2:  # the host reads again
                self._dropping, dropped, self._dropped = False, self._dropped, (0, 0)
            deadline = time.monotonic() + STALL_SECONDS
            while not self._dropping and not self._closed and self._size + size > MAX_BUFFERED:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    self._dropping = stalled = True
                else:
                    self._changed.wait(remaining)
            if self._closed:
                return False
            if self._dropping:
                self._dropped = (self._dropped[0] + 1, self._dropped[1] + size)
            else:
                self._items.append(item)
                self._size += size
                self._changed.notify_all()
        if dropped[0]:
            self._report_dropped(*dropped)
        if stalled:
            self._report_stall()
        return True

    def get(self) -> Optional[_Item]:
        """The next line, waiting for one; None once the stream has ended."""
        with self._changed:
            while not self._items and not self._closed:
                self._changed.wait()
            if not self._items:
                return None
            item = self._items.popleft()
            self._size -= len(item[1])
            self._changed.notify_all()
            return item

    def close(self, keep: bool = False) -> list[_Item]:
        """End the stream; return the lines it has not taken (none with ``keep``: it still sends them)."""
        with self._changed:
            self._closed = True
            left: list[_Item] = []
            if not keep:
                left, self._size = list(self._items), 0
                self._items.clear()
            dropped, self._dropped = self._dropped, (0, 0)
            self._changed.notify_all()
        if dropped[0]:
            self._report_dropped(*dropped)
        return left


__all__ = ["MAX_BUFFERED", "MAX_LINE", "STALL_SECONDS", "Stdio"]
