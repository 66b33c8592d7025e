"""Carry what plugin code writes to stdout and stderr to the host, away from the handshake stream.

After the handshake, file descriptor 1 is pointed at a pipe, so ``print()``, C
extensions and child processes all write there instead of the host's protocol
stream; ``sys.stderr`` is replaced by a writer on a second pipe. (File
descriptor 2 itself stays the host's stderr: hclog lines go there, and so does
Python's own fatal-error output, which must not depend on a thread of this
process still running.) One thread per pipe passes the output on, line by line:

- while the host streams ``plugin.GRPCStdio/StreamStdio`` (go-plugin's client
  opens it right after connecting; Mattermost logs each chunk at info level,
  with ``source`` ``plugin_stdout`` or ``plugin_stderr``), as one ``StdioData``
  chunk per line;
- otherwise (before the host attaches, after it detaches, during shutdown) as
  hclog ``info`` lines on stderr with ``@module`` ``stdout`` or ``stderr``.

A line with no newline is passed on once it reaches 16 KiB, or when the process exits.
"""

from __future__ import annotations

import io
import os
import queue
import sys
import threading
from typing import Iterator, Optional, TextIO

import grpc
from google.protobuf import empty_pb2

from mattermost_plugin.protocol import grpc_stdio_pb2, grpc_stdio_pb2_grpc
from mattermost_plugin.runtime.hclog import LineWriter

STDOUT = grpc_stdio_pb2.StdioData.STDOUT
STDERR = grpc_stdio_pb2.StdioData.STDERR

MAX_LINE = 16 * 1024
"""Longest chunk passed on at once; longer lines are split."""

_CHANNEL_NAMES: dict[int, str] = {STDOUT: "stdout", STDERR: "stderr"}

_Item = tuple[int, bytes]


class Stdio(grpc_stdio_pb2_grpc.GRPCStdioServicer):
    """Captures the plugin's stdout and stderr and serves them as ``plugin.GRPCStdio``."""

    def __init__(self, writer: LineWriter) -> None:
        self._writer = writer
        self._lock = threading.Lock()
        self._subscriber: Optional[queue.SimpleQueue[Optional[_Item]]] = None
        self._closing = False
        self._threads: list[threading.Thread] = []
        self._saved_stderr: Optional[TextIO] = None
        self._stderr_pipe: Optional[TextIO] = None

    def capture(self) -> None:
        """Point file descriptor 1 and ``sys.stderr`` at pipes and start passing their lines on."""
        if sys.stdout is not None:
            sys.stdout.flush()
        stdout_read, stdout_write = os.pipe()
        os.dup2(stdout_write, 1)
        os.close(stdout_write)
        if isinstance(sys.stdout, io.TextIOWrapper):
            sys.stdout.reconfigure(line_buffering=True)
        stderr_read, stderr_write = os.pipe()
        self._saved_stderr = sys.stderr
        self._stderr_pipe = open(  # noqa: SIM115 - closed in release()
            stderr_write, "w", buffering=1, encoding="utf-8", errors="backslashreplace"
        )
        sys.stderr = self._stderr_pipe
        for fd, channel in ((stdout_read, STDOUT), (stderr_read, STDERR)):
            thread = threading.Thread(
                target=self._pump,
                args=(fd, channel),
                name=f"mattermost-plugin-{_CHANNEL_NAMES[channel]}",
                daemon=True,
            )
            thread.start()
            self._threads.append(thread)

    def end_streams(self) -> None:
        """Finish the host's stdio stream after what it already holds; later output becomes log lines."""
        with self._lock:
            self._closing = True
            subscriber, self._subscriber = self._subscriber, None
        if subscriber is not None:
            subscriber.put(None)

    def release(self, timeout: float) -> None:
        """Close the pipes and wait up to ``timeout`` seconds for their last lines to be passed on.

        Anything written to file descriptor 1 afterwards goes to stderr as is.
        """
        if sys.stdout is not None:
            try:
                sys.stdout.flush()
            except (OSError, ValueError):
                pass
        os.dup2(2, 1)
        if self._stderr_pipe is not None:
            sys.stderr = self._saved_stderr
            try:
                self._stderr_pipe.close()
            except OSError:
                pass
        for thread in self._threads:
            thread.join(timeout)

    # -- the plugin.GRPCStdio service -------------------------------------

    def StreamStdio(  # noqa: N802 - gRPC method name
        self, request: empty_pb2.Empty, context: grpc.ServicerContext
    ) -> Iterator[grpc_stdio_pb2.StdioData]:
        """Stream stdout and stderr lines until the host cancels or the plugin shuts down.

        A second stream takes over from the first, which ends.
        """
        subscriber: queue.SimpleQueue[Optional[_Item]] = queue.SimpleQueue()
        with self._lock:
            if self._closing:
                return
            previous, self._subscriber = self._subscriber, subscriber
        if previous is not None:
            previous.put(None)
        context.add_callback(lambda: self._detach(subscriber))
        while True:
            item = subscriber.get()
            if item is None:
                return
            yield grpc_stdio_pb2.StdioData(channel=item[0], data=item[1])  # type: ignore[arg-type]

    def _detach(self, subscriber: queue.SimpleQueue[Optional[_Item]]) -> None:
        """The stream ended: what it had not sent yet becomes log lines, in order."""
        with self._lock:
            if self._subscriber is subscriber:
                self._subscriber = None
            while True:
                try:
                    item = subscriber.get_nowait()
                except queue.Empty:
                    break
                if item is not None:
                    self._log(*item)
            subscriber.put(None)  # wake the stream's thread if it is still waiting

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
            if self._subscriber is not None:
                self._subscriber.put((channel, data))
            else:
                self._log(channel, data)

    def _log(self, channel: int, data: bytes) -> None:
        text = data.decode("utf-8", "replace").rstrip("\n")
        self._writer.log("info", text, _CHANNEL_NAMES[channel])


__all__ = ["MAX_LINE", "Stdio"]
