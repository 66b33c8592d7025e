"""When the plugin process stops: ``plugin.GRPCController/Shutdown``, SIGTERM, and an ignored SIGINT.

go-plugin's client ends a plugin with ``Kill()``: it calls ``Shutdown``, waits
up to 2 seconds for the process to exit, then kills it. ``Shutdown`` answers
at once and asks the main thread to drain (stop accepting calls, let calls in
flight finish within a grace period, exit 0); SIGTERM does the same. SIGINT is
ignored, as go-plugin plugins ignore it: a Ctrl-C in the terminal that runs the
Mattermost server reaches the whole process group, and the server itself
decides when its plugins stop.
"""

from __future__ import annotations

import signal
import threading
from types import FrameType
from typing import Optional

import grpc

from mattermost_plugin._grpcserver import control_pool, unary
from mattermost_plugin.protocol import grpc_controller_pb2


class Controller:
    """Collects the first request to stop and lets the main thread wait for it."""

    def __init__(self) -> None:
        self._stop = threading.Event()
        self._terminated = False
        self.reason = ""
        """Why the process is stopping (for the log)."""

    def request_stop(self, reason: str) -> None:
        """Ask the main thread to drain and exit; later requests are ignored."""
        if not self._stop.is_set():
            self.reason = reason
            self._stop.set()

    def wait(self) -> str:
        """Block until a stop is requested; return why."""
        # The signal handler only sets a flag (taking a lock there could deadlock
        # with the interrupted code); the timed wait notices it.
        while not self._stop.wait(0.2):
            if self._terminated:
                self.request_stop("SIGTERM")
        return self.reason

    def install_signal_handlers(self) -> None:
        """SIGTERM drains like Shutdown; SIGINT is ignored (call from the main thread)."""
        signal.signal(signal.SIGINT, _ignore_interrupt)
        signal.signal(signal.SIGTERM, self._terminate)

    def _terminate(self, signum: int, frame: Optional[FrameType]) -> None:
        self._terminated = True

    # -- the plugin.GRPCController service --------------------------------

    def handler(self) -> grpc.GenericRpcHandler:
        """``plugin.GRPCController``, on threads no hook call ever takes."""
        return grpc.method_handlers_generic_handler(
            "plugin.GRPCController", {"Shutdown": unary("Shutdown", self.Shutdown, grpc_controller_pb2.Empty, control_pool())}
        )

    def Shutdown(  # noqa: N802 - gRPC method name
        self, request: grpc_controller_pb2.Empty, context: grpc.ServicerContext
    ) -> grpc_controller_pb2.Empty:
        """The host asks the plugin to stop (go-plugin's ``Kill``)."""
        self.request_stop("the host called Shutdown")
        return grpc_controller_pb2.Empty()


def _ignore_interrupt(signum: int, frame: Optional[FrameType]) -> None:
    """A handler that does nothing (unlike SIG_IGN, child processes do not inherit it)."""


__all__ = ["Controller"]
