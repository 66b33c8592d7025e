"""The gRPC server that serves a plugin, and which threads run which calls.

grpcio's synchronous server runs each call on a thread of a pool, from the
moment the call's headers arrive until its answer is sent. With one small pool
for everything, 16 hooks that block (or 16 calls whose request never arrives)
would leave no thread for ``Health/Check`` or ``GRPCController/Shutdown``, and
go-plugin's Ping and Kill would hang behind them. So calls run on threads of
their own kind, chosen per method through grpcio's ``experimental_thread_pool``
attribute:

- hook calls: the server's pool of up to :data:`CALL_THREADS` threads, made as
  they are needed. A call waits for its request there, so calls whose request
  never arrives take no hook worker. A plain (``def``) method then runs only
  when it gets one of ``MATTERMOST_PLUGIN_MAX_WORKERS`` (default 16) worker
  slots (:class:`Workers`), which bound how many run at once; an ``async def``
  method's call is handed to the plugin's event loop and its thread released
  (grpcio's ``experimental_non_blocking``), so it holds no thread while it
  awaits, and its answer is sent from a pool of its own;
- quick calls that must always answer (``Health``, ``Shutdown``,
  ``Implemented``): a pool of their own;
- streams that last as long as the connection (stdio, broker): another;
- the streaming hooks (ServeHTTP, ServeMetrics, FileWillBeUploaded): a pool of
  their own, one thread per request in flight, so that long polls and slow
  uploads never hold a thread the other hooks need; an ``async def`` method's
  body reads wait in one more pool, never on the plugin's event loop.

Pools start threads only when needed; those other than the server's are shared
by every server in the process. Requests are read as bytes and parsed by the
method itself, so that an undecodable one is answered with ``INVALID_ARGUMENT``
rather than grpcio's ``INTERNAL``.
"""

from __future__ import annotations

import os
import queue
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable, Iterator, Optional, Sequence, TypeVar

import grpc
from google.protobuf.message import DecodeError, Message

from mattermost_plugin._deadline import time_left

DEFAULT_MAX_WORKERS = 16
"""Plain (non-async) hook methods that run at once, unless configured otherwise."""

MAX_WORKERS_ENV = "MATTERMOST_PLUGIN_MAX_WORKERS"

CALL_THREADS = 256
"""Most threads for hook calls at once: those running a method, those waiting for a worker slot
or for their request. That many calls whose request never arrives stall the hooks, not Health."""

CONTROL_THREADS = 16
"""Most threads for quick calls (Health, Shutdown, Implemented): that many calls whose request
never arrives could stall them; no number of hooks can."""

STREAM_THREADS = 16
"""Most threads for long-lived streams (stdio, broker), one per open stream."""

STREAMING_THREADS = 256
"""Most streaming hook calls (HTTP requests, uploads) served at once; more wait for a thread."""

BODY_THREADS = 256
"""Most body reads of ``async def`` streaming methods waiting for their next chunk at once."""

ANSWER_THREADS = 16
"""Most threads sending the answers of ``async def`` hook calls (each briefly)."""

WAIT_STEP = 1.0
"""How often (seconds) a call waiting for a worker slot checks whether the host still wants it."""

_Behaviour = TypeVar("_Behaviour", bound=Callable[..., Any])


def max_workers_from_env() -> int:
    """How many plain hook methods run at once: ``MATTERMOST_PLUGIN_MAX_WORKERS`` or the default."""
    raw = os.environ.get(MAX_WORKERS_ENV, "")
    if not raw:
        return DEFAULT_MAX_WORKERS
    try:
        value = int(raw)
    except ValueError:
        raise ValueError(f"{MAX_WORKERS_ENV} must be a positive integer, got {raw!r}") from None
    if value < 1:
        raise ValueError(f"{MAX_WORKERS_ENV} must be a positive integer, got {raw!r}")
    return value


def create_server(handlers: Sequence[grpc.GenericRpcHandler]) -> grpc.Server:
    """A gRPC server whose pool of up to :data:`CALL_THREADS` threads takes the hook calls."""
    pool = ThreadPoolExecutor(max_workers=CALL_THREADS, thread_name_prefix="mattermost-plugin-call")
    return grpc.server(pool, handlers=handlers, options=[("grpc.so_reuseport", 0)])


class Workers:
    """Slots for plain hook methods: at most ``count`` run at once; the other calls wait their turn."""

    def __init__(self, count: int) -> None:
        self._slots: queue.SimpleQueue[None] = queue.SimpleQueue()
        for _ in range(count):
            self._slots.put(None)

    def take(self, context: grpc.ServicerContext) -> bool:
        """Take a slot; False if the call ended (deadline, cancel) before one was free."""
        try:
            self._slots.get_nowait()
            return True
        except queue.Empty:
            pass
        while context.is_active():
            left = time_left(context)
            try:
                self._slots.get(timeout=WAIT_STEP if left is None else min(WAIT_STEP, max(left, 0.01)))
            except queue.Empty:
                continue
            if context.is_active():
                return True
            self.give()
        return False

    def give(self) -> None:
        """Give a slot back."""
        self._slots.put(None)


class _Pools:
    """The process-wide pools, each made on first use."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pools: dict[str, ThreadPoolExecutor] = {}

    def get(self, name: str, size: int) -> ThreadPoolExecutor:
        with self._lock:
            pool = self._pools.get(name)
            if pool is None:
                pool = self._pools[name] = ThreadPoolExecutor(size, thread_name_prefix=f"mattermost-plugin-{name}")
            return pool


_POOLS = _Pools()


def control_pool() -> ThreadPoolExecutor:
    """Threads for quick calls that must answer whatever the hooks do."""
    return _POOLS.get("control", CONTROL_THREADS)


def stream_pool() -> ThreadPoolExecutor:
    """Threads for streams that stay open as long as the host's connection."""
    return _POOLS.get("stream", STREAM_THREADS)


def streaming_pool() -> ThreadPoolExecutor:
    """Threads for the calls of streaming hooks, one per call from its first frame to its last."""
    return _POOLS.get("http", STREAMING_THREADS)


def body_pool() -> ThreadPoolExecutor:
    """Threads on which ``async def`` streaming methods wait for the next chunk of a body."""
    return _POOLS.get("body", BODY_THREADS)


def answer_pool() -> ThreadPoolExecutor:
    """Threads that send the answers of ``async def`` hook calls."""
    return _POOLS.get("answer", ANSWER_THREADS)


def on_pool(behaviour: _Behaviour, pool: Optional[ThreadPoolExecutor], *, non_blocking: bool = False) -> _Behaviour:
    """Mark a method's behaviour to run on ``pool`` (None: the server's), and if ``non_blocking``, to answer later.

    A non-blocking behaviour is a response-streaming one called as
    ``behaviour(request, context, send)``: it returns at once, and ``send(message)``
    then ``send(None)`` (which ends the call with the status set on ``context``)
    may be called later from any thread. A unary call is answered that way
    exactly as if its behaviour had returned the message.
    """
    if pool is not None:
        setattr(behaviour, "experimental_thread_pool", pool)  # noqa: B010 - read by grpcio's server
    if non_blocking:
        setattr(behaviour, "experimental_non_blocking", True)  # noqa: B010
    return behaviour


def abort_status(context: grpc.ServicerContext, code: grpc.StatusCode, details: str) -> Any:
    """End a call with a non-OK status (a unary behaviour returns this; the client never reads it)."""
    context.set_code(code)
    context.set_details(details)
    return b""


def not_a_message(name: str, message: type[Message]) -> str:
    """The details of INVALID_ARGUMENT for a request that is not a ``message`` (names no byte of it)."""
    return (
        f"{name}: the request is not a valid {message.DESCRIPTOR.name} message "
        "(truncated, malformed, or a string field that is not UTF-8)"
    )


def unary(
    name: str,
    behaviour: Callable[[Any, grpc.ServicerContext], Message],
    request: type[Message],
    pool: ThreadPoolExecutor,
) -> grpc.RpcMethodHandler:
    """The method ``name``, parsing its request itself (INVALID_ARGUMENT if it cannot), run on ``pool``."""

    def parsed(raw: bytes, context: grpc.ServicerContext) -> Any:
        try:
            message = request.FromString(raw)
        except DecodeError:
            return abort_status(context, grpc.StatusCode.INVALID_ARGUMENT, not_a_message(name, request))
        return behaviour(message, context)

    return grpc.unary_unary_rpc_method_handler(on_pool(parsed, pool), response_serializer=serialize)


def unary_stream(
    name: str,
    behaviour: Callable[[Any, grpc.ServicerContext], Iterator[Message]],
    request: type[Message],
    pool: ThreadPoolExecutor,
) -> grpc.RpcMethodHandler:
    """The response-streaming method ``name``, parsing its request itself, run on ``pool``."""

    def parsed(raw: bytes, context: grpc.ServicerContext) -> Iterator[Message]:
        try:
            message = request.FromString(raw)
        except DecodeError:
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, not_a_message(name, request))
        return behaviour(message, context)

    return grpc.unary_stream_rpc_method_handler(on_pool(parsed, pool), response_serializer=serialize)


def stream_stream(
    name: str,
    behaviour: Callable[[Iterator[Any], grpc.ServicerContext], Iterator[Message]],
    request: type[Message],
    pool: ThreadPoolExecutor,
) -> grpc.RpcMethodHandler:
    """The bidirectional stream ``name``, parsing requests as they are read (one that does not parse ends it)."""

    def parsed(raws: Iterator[bytes], context: grpc.ServicerContext) -> Iterator[Message]:
        def messages() -> Iterator[Any]:
            for raw in raws:
                try:
                    yield request.FromString(raw)
                except DecodeError:
                    context.abort(grpc.StatusCode.INVALID_ARGUMENT, not_a_message(name, request))

        return behaviour(messages(), context)

    return grpc.stream_stream_rpc_method_handler(on_pool(parsed, pool), response_serializer=serialize)


def serialize(response: Any) -> bytes:
    """A response's bytes (a behaviour may have written them already)."""
    return response if response.__class__ is bytes else response.SerializeToString()  # type: ignore[no-any-return]



__all__ = [
    "ANSWER_THREADS",
    "BODY_THREADS",
    "CALL_THREADS",
    "CONTROL_THREADS",
    "DEFAULT_MAX_WORKERS",
    "MAX_WORKERS_ENV",
    "STREAMING_THREADS",
    "STREAM_THREADS",
    "Workers",
    "abort_status",
    "answer_pool",
    "body_pool",
    "control_pool",
    "create_server",
    "max_workers_from_env",
    "not_a_message",
    "on_pool",
    "serialize",
    "stream_pool",
    "stream_stream",
    "streaming_pool",
    "unary",
    "unary_stream",
]
