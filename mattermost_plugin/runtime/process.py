"""The plugin process from start to exit, as hashicorp/go-plugin (and so Mattermost) expects it.

1. Check the magic cookie (without it: explain to the person, exit 1) and agree
   on the protocol version.
2. Write logs as hclog JSON lines on stderr; make AutoMTLS certificates if the
   host asked for them.
3. Start the gRPC server with go-plugin's services (health, controller, stdio,
   broker) and the hooks service, whose handler comes later, on a unix socket
   in a private directory (TCP only when asked for). Each kind of call has
   threads of its own (``mattermost_plugin._grpcserver``), so Health and
   Shutdown answer whatever the hooks are doing.
4. Print the handshake line. Only ``grpc``, the health service and this
   package's small modules are imported before it: the host waits 3 seconds.
5. Send what plugin code (and any process it starts) writes to stdout and
   stderr through pipes of this process's own; import the hook machinery and
   the author's module and create the plugin, on a thread of its own. If that
   fails, the process keeps serving, logs why, and OnActivate answers with the
   reason.
6. Wait for Shutdown or SIGTERM (even in the middle of the import), then
   drain: stop accepting calls, end the stdio and broker streams, give the
   calls in flight :data:`SHUTDOWN_GRACE` seconds, cancel the ``async`` hooks
   still running, remove the socket directory, and exit 0, all within
   :data:`STOP_DEADLINE` seconds of the request to stop.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from types import TracebackType
from typing import TYPE_CHECKING, Any, Callable, Mapping, Optional, Union

import grpc
from google.protobuf.message import DecodeError
from grpc_health.v1 import health, health_pb2

from mattermost_plugin._grpcserver import (
    control_pool,
    create_server,
    max_workers_from_env,
    not_a_message,
    on_pool,
    serialize,
    unary,
)
from mattermost_plugin.runtime import hclog
from mattermost_plugin.runtime.broker import Broker
from mattermost_plugin.runtime.controller import Controller
from mattermost_plugin.runtime.deferred import DeferredService
from mattermost_plugin.runtime.handshake import (
    CLIENT_CERT_ENV,
    HandshakeError,
    NotLaunchedByHost,
    check_cookie,
    handshake_line,
    negotiate_version,
    print_handshake,
)
from mattermost_plugin.runtime.listener import listen
from mattermost_plugin.runtime.stdio import Stdio
from mattermost_plugin.runtime.target import parse_target

if TYPE_CHECKING:
    from mattermost_plugin._plugin import Plugin
    from mattermost_plugin._servicer import HookServicer
    from mattermost_plugin.runtime.mtls import AutoMTLS

SHUTDOWN_GRACE = 1.0
"""Seconds calls in flight get to finish after Shutdown or SIGTERM (go-plugin kills the process after 2)."""

CANCEL_GRACE = 0.2
"""Seconds ``async def`` hooks still running after the grace period get to end once cancelled."""

EXIT_GRACE = 0.3
"""Seconds Python's own exit (atexit functions, joining threads) gets once the process has drained."""

STOP_DEADLINE = 1.9
"""Seconds after Shutdown or SIGTERM within which the process has exited, whatever its threads are doing."""

HEALTH_SERVICE = "plugin"
"""The service name go-plugin's client checks with ``grpc.health.v1.Health/Check``."""

HOOKS_SERVICE = "mattermost.plugin.v1.PluginHooks"

PluginSource = Union[str, "type[Plugin]"]
"""A plugin class, or ``"path/to/plugin.py[:ClassName]"``."""

log = logging.getLogger("mattermost_plugin.runtime")

_current: Optional[PluginProcess] = None


def serve(plugin: PluginSource) -> int:
    """Serve a plugin to the go-plugin host that started this process; return the exit status.

    This takes over the process: stdout, stderr, signal handlers and the root
    logger; once asked to stop, the process ends within :data:`STOP_DEADLINE`
    seconds even if threads remain. Call it from the main thread, once.
    """
    global _current
    if _current is not None:
        raise RuntimeError("this process is already serving a plugin")
    environ = os.environ
    try:
        check_cookie(environ)
    except NotLaunchedByHost as error:
        sys.stderr.write(str(error))
        return 1
    writer = hclog.LineWriter(2)
    try:
        level = hclog.level_from_env(environ)
    except ValueError as error:
        writer.log("error", str(error), log.name)
        return 1
    hclog.install(writer, level)
    _log_uncaught_exceptions()
    try:
        version, warnings = negotiate_version(environ)
        for warning in warnings:
            log.warning("%s", warning)
        process = PluginProcess(environ, writer)
    except HandshakeError as error:
        log.error("%s", error)
        return 1
    _current = process
    return process.run(plugin, version)


def serving() -> bool:
    """Whether this process is serving a plugin (``serve`` has started)."""
    return _current is not None


def current_broker() -> Broker:
    """The broker of the plugin this process serves, to dial services the host offers."""
    if _current is None:
        raise RuntimeError("no plugin is being served by a go-plugin host in this process, so there is no broker")
    return _current.broker


class PluginProcess:
    """The gRPC server and go-plugin's services, bound and ready to start."""

    def __init__(self, environ: Mapping[str, str], writer: hclog.LineWriter) -> None:
        self.tls = _auto_mtls(environ)
        self.controller = Controller()
        self.stdio = Stdio(writer)
        self.health = health.HealthServicer()
        self.health.set(HEALTH_SERVICE, health_pb2.HealthCheckResponse.SERVING)
        self.hooks = DeferredService(HOOKS_SERVICE)
        try:
            self.workers = max_workers_from_env()
        except ValueError as error:
            raise HandshakeError(str(error)) from None
        self.server = create_server([self.hooks])
        self.server.add_generic_rpc_handlers(
            [_health_handler(self.health), self.controller.handler(), self.stdio.handler()]
        )
        self.listener = listen(self.server, self.tls, environ)
        self.broker = Broker(self.listener.relay)
        self.server.add_generic_rpc_handlers([self.broker.handler()])
        self._lock = threading.Lock()
        self._servicer: Optional[HookServicer] = None
        self._draining = False

    def run(self, plugin: PluginSource, version: int) -> int:
        """Print the handshake, load the plugin, serve until asked to stop, drain; return 0."""
        if threading.current_thread() is threading.main_thread():
            self.controller.install_signal_handlers()
        self.server.start()
        certificate = self.tls.handshake_field if self.tls is not None else None
        print_handshake(handshake_line(version, self.listener.network, self.listener.address, certificate))
        try:
            self.stdio.capture()
            log.debug(
                "plugin address",
                extra={"network": self.listener.network, "address": self.listener.address},
            )
            # The import may take long; a stop must not wait for it.
            threading.Thread(target=self._load, args=(plugin,), name="mattermost-plugin-load", daemon=True).start()
            reason = self.controller.wait()
            log.debug("plugin shutting down", extra={"reason": reason})
        finally:
            self._drain(time.monotonic() + STOP_DEADLINE)
        return 0

    def _load(self, plugin: PluginSource) -> None:
        """Load the plugin, then attach the hooks service: calls that came early wait until here."""
        from mattermost_plugin._servicer import HookServicer  # the SDK's heavy imports, after the handshake

        servicer = HookServicer(max_workers=self.workers)
        servicer.api_target = self.broker.target  # the plugin API, which the host offers through the broker
        _give_plugin(servicer, plugin)
        with self._lock:
            if self._draining:  # the host asked to stop while the plugin was loading
                servicer.close(timeout=0)
                return
            self._servicer = servicer
            self.hooks.attach(servicer.handler())

    def _drain(self, deadline: float) -> None:
        """Stop serving and clean up by ``deadline`` (a monotonic time); never waits past it.

        Then Python's exit gets :data:`EXIT_GRACE` seconds: a hook thread that
        never returns must not keep the process alive.
        """
        backstop = _ExitBackstop(deadline)
        with self._lock:
            self._draining = True
            servicer = self._servicer
        self.health.enter_graceful_shutdown()
        self.stdio.end_streams()
        self.broker.close()
        self.hooks.close()
        if servicer is not None:
            servicer.stopping()
        self.server.stop(SHUTDOWN_GRACE).wait(max(deadline - time.monotonic() - 0.5, 0))
        self.listener.close()
        if servicer is not None:
            servicer.close(timeout=min(CANCEL_GRACE, max(deadline - time.monotonic() - 0.3, 0)))
        self.stdio.release(timeout=min(0.1, max(deadline - time.monotonic() - 0.1, 0)))
        backstop.sooner(time.monotonic() + EXIT_GRACE)


def _health_handler(servicer: health.HealthServicer) -> grpc.GenericRpcHandler:
    """``grpc.health.v1.Health`` on the control threads, answering INVALID_ARGUMENT to an undecodable request."""
    watch: Callable[..., Any] = servicer.Watch
    request_type = health_pb2.HealthCheckRequest

    def watched(raw: bytes, context: grpc.ServicerContext, send: Callable[[Any], None]) -> None:
        try:
            request = request_type.FromString(raw)
        except DecodeError:
            context.set_code(grpc.StatusCode.INVALID_ARGUMENT)
            context.set_details(not_a_message("Watch", request_type))
            send(None)
            return
        watch(request, context, send)

    return grpc.method_handlers_generic_handler(
        "grpc.health.v1.Health",
        {
            "Check": unary("Check", servicer.Check, request_type, control_pool()),
            "Watch": grpc.unary_stream_rpc_method_handler(
                on_pool(watched, control_pool(), non_blocking=True), response_serializer=serialize
            ),
        },
    )


def _give_plugin(servicer: HookServicer, plugin: PluginSource) -> None:
    """Hand the servicer the plugin instance, or the reason there is none (OnActivate reports it)."""
    from mattermost_plugin._exceptions import PluginLoadError

    try:
        cls = plugin if isinstance(plugin, type) else _load_class(plugin)
    except PluginLoadError as error:
        log.error("plugin failed to load: %s", error, exc_info=error.__cause__)
        servicer.fail(str(error))
        return
    try:
        instance = cls()
    except BaseException as error:  # noqa: BLE001 - reported through OnActivate
        message = f"creating the plugin failed: {cls.__name__}() raised {type(error).__name__}: {error}"
        log.error("%s", message, exc_info=error)
        servicer.fail(message)
        return
    servicer.load(instance)
    log.debug("serving plugin %s", cls.__name__, extra={"hooks": cls.implemented()})


def _load_class(target: str) -> type[Plugin]:
    from mattermost_plugin._exceptions import PluginLoadError
    from mattermost_plugin.runtime.loader import load_plugin_class

    try:
        path, class_name = parse_target(target)
    except ValueError as error:
        raise PluginLoadError(str(error)) from None
    return load_plugin_class(path, class_name)


def _auto_mtls(environ: Mapping[str, str]) -> Optional[AutoMTLS]:
    """AutoMTLS material if the host asked for it (``cryptography`` is imported only then)."""
    if not environ.get(CLIENT_CERT_ENV):
        return None
    try:
        from mattermost_plugin.runtime.mtls import from_environ
    except ImportError as error:
        raise HandshakeError(
            f"the host asked for AutoMTLS ({CLIENT_CERT_ENV} is set), which needs the cryptography package "
            f"({error}): install mattermost-plugin[mtls], or list cryptography in the plugin's requirements.txt"
        ) from None
    return from_environ(environ)


class _ExitBackstop:
    """Ends the process with status 0 at a deadline (a monotonic time) if it has not ended by then.

    Python waits for every non-daemon thread before exiting, so a thread the
    plugin started, or a hook call that never returns, would keep the process
    alive after the host has stopped it; go-plugin kills it 2 seconds after asking.
    """

    def __init__(self, deadline: float) -> None:
        self._deadline = deadline
        self._changed = threading.Event()
        threading.Thread(target=self._run, name="mattermost-plugin-exit", daemon=True).start()

    def sooner(self, deadline: float) -> None:
        """Bring the deadline forward to ``deadline`` (never back)."""
        self._deadline = min(self._deadline, deadline)
        self._changed.set()

    def _run(self) -> None:
        while (remaining := self._deadline - time.monotonic()) > 0:
            self._changed.wait(remaining)
            self._changed.clear()
        for stream in (sys.stdout, sys.stderr):
            try:
                if stream is not None:
                    stream.flush()
            except (OSError, ValueError):
                pass
        os._exit(0)


def _log_uncaught_exceptions() -> None:
    """Exceptions nobody caught (main thread or any other) become error log lines."""

    def main_hook(kind: type[BaseException], exc: BaseException, tb: Optional[TracebackType]) -> None:
        hclog.log_uncaught(log, exc)

    def thread_hook(args: Any) -> None:
        if args.exc_value is not None and not isinstance(args.exc_value, SystemExit):
            hclog.log_uncaught(log, args.exc_value, f"thread {args.thread.name if args.thread else '?'}")

    sys.excepthook = main_hook
    threading.excepthook = thread_hook


__all__ = ["SHUTDOWN_GRACE", "STOP_DEADLINE", "PluginProcess", "current_broker", "serve", "serving"]
