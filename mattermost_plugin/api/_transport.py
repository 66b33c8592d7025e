"""Calls to the bridge's ``PluginAPI`` service: requests, deadlines, errors, streams, event loops.

The generated clients (:class:`~mattermost_plugin.api.API`,
:class:`~mattermost_plugin.api.AsyncAPI`) build each request from the
author's arguments and read the response; everything else happens here:

- a wrong argument is a ``TypeError`` (or ``ValueError`` for a number out of
  the Go type's range) naming the method and the parameter;
- a call's deadline is the client's timeout (:meth:`with_timeout`), or what is
  left of the hook's own deadline when the host set one, whichever ends first;
- an error Mattermost returned (``response.error``) is raised as
  :class:`~mattermost_plugin.ApiError`; a call the bridge could not answer as
  :class:`~mattermost_plugin.ApiUnavailable`, :class:`~mattermost_plugin.ApiTimeout`
  or :class:`~mattermost_plugin.ApiError`;
- an ``io.Reader`` argument is streamed in chunks of :data:`CHUNK_SIZE` bytes;
- an awaited call goes through a ``grpc.aio`` channel of the running event
  loop's own, so the loop serves other coroutines until the answer arrives.

One :class:`Connection` serves every client view; its channels are safe to
use from any number of threads at once.
"""

from __future__ import annotations

import asyncio
import logging
import re
import threading
import time
import weakref
from typing import Any, AsyncIterator, Iterator, Optional, TypeVar, Union

import grpc
import grpc.aio

from mattermost_plugin._deadline import HOOK_CALL, time_left
from mattermost_plugin._exceptions import ApiError, ApiTimeout, ApiUnavailable
from mattermost_plugin.protocol import api_pb2
from mattermost_plugin.runtime.broker import CHANNEL_OPTIONS

__all__ = ["CHUNK_SIZE", "SERVICE", "AsyncClient", "Client", "Connection"]

SERVICE = "mattermost.plugin.v1.PluginAPI"

CHUNK_SIZE = 256 * 1024
"""Bytes per message when an ``io.Reader`` argument is streamed."""

log = logging.getLogger("mattermost_plugin.api")

_running_loop = asyncio._get_running_loop  # the C function behind get_running_loop, without its exception
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_warned_blocking = threading.Event()


def python_name(rpc: str) -> str:
    """The client method of a Go API method: ``KVGet`` -> ``kv_get``."""
    text = rpc.replace("WebSocket", "Websocket").replace("OAuth", "Oauth").replace("IDs", "Ids")
    return _CAMEL.sub("_", text).lower()


class _Calls:
    """A channel (sync, or ``grpc.aio``) and the callables of the PluginAPI methods on it."""

    def __init__(self, channel: Any) -> None:
        self.channel = channel
        self._unary: dict[str, Any] = {}
        self._streams: dict[str, Any] = {}

    def unary(self, rpc: str) -> Any:
        """The callable for a unary method (made on first use)."""
        call = self._unary.get(rpc)
        if call is None:
            call = self.channel.unary_unary(
                f"/{SERVICE}/{rpc}",
                request_serializer=getattr(api_pb2, f"{rpc}Request").SerializeToString,
                response_deserializer=getattr(api_pb2, f"{rpc}Response").FromString,
            )
            self._unary[rpc] = call
        return call

    def stream(self, rpc: str) -> Any:
        """The callable for a client-streaming method (made on first use)."""
        call = self._streams.get(rpc)
        if call is None:
            call = self.channel.stream_unary(
                f"/{SERVICE}/{rpc}",
                request_serializer=getattr(api_pb2, f"{rpc}Request").SerializeToString,
                response_deserializer=getattr(api_pb2, f"{rpc}Response").FromString,
            )
            self._streams[rpc] = call
        return call


class Connection:
    """The bridge's PluginAPI service at ``target`` (``unix:/path``): one channel for
    blocking calls, and one ``grpc.aio`` channel per event loop for awaited calls
    (an aio channel belongs to the loop it was made on)."""

    def __init__(self, target: str) -> None:
        self.target = target
        self.sync = _Calls(grpc.insecure_channel(target, options=CHANNEL_OPTIONS))
        self._loops: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _Calls] = weakref.WeakKeyDictionary()
        self._lock = threading.Lock()

    def on_loop(self) -> _Calls:
        """The calls of the running event loop (its channel is made on first use)."""
        loop = asyncio.get_running_loop()
        calls = self._loops.get(loop)
        if calls is None:
            with self._lock:
                calls = self._loops.get(loop)
                if calls is None:
                    calls = _Calls(grpc.aio.insecure_channel(self.target, options=CHANNEL_OPTIONS))
                    self._loops[loop] = calls
        return calls

    def close(self) -> None:
        """Close the blocking calls' channel (calls in flight end with ApiUnavailable)."""
        self.sync.channel.close()


C = TypeVar("C", bound="_Base")


class _Base:
    """What both clients share: the connection, the timeout, building requests."""

    __slots__ = ("_connection", "_timeout")

    def __init__(self, connection: Connection, timeout: Optional[float] = None) -> None:
        self._connection = connection
        self._timeout = timeout

    @property
    def timeout(self) -> Optional[float]:
        """Seconds each call may take, or None for no deadline of the client's own."""
        return self._timeout

    def with_timeout(self: C, seconds: Optional[float]) -> C:
        """The same API, whose calls end with :class:`~mattermost_plugin.ApiTimeout` after
        ``seconds`` (None: no deadline of its own; a hook's deadline still applies)."""
        if seconds is not None and (isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or not seconds > 0):
            raise ValueError(f"with_timeout takes a positive number of seconds or None, got {seconds!r}")
        return type(self)(self._connection, None if seconds is None else float(seconds))

    def _deadline(self, rpc: str) -> Optional[float]:
        """Seconds the call may take: the client's timeout, or what the hook has left if that is less."""
        timeout = self._timeout
        hook = HOOK_CALL.get()
        if hook is not None:
            left = time_left(hook)
            if left is not None:
                if left <= 0:
                    raise ApiTimeout(
                        "the hook's deadline has passed, so the call was not made",
                        id="plugin.api.timeout",
                        status_code=504,
                        method=rpc,
                    )
                if timeout is None or left < timeout:
                    timeout = left
        return timeout


class Client(_Base):
    """The base of :class:`~mattermost_plugin.api.API`: blocking calls."""

    __slots__ = ()

    def _call(self, rpc: str, request_class: Any, fields: dict[str, Any], has_error: bool) -> Any:
        request = _build(rpc, request_class, fields)
        if _running_loop() is not None:
            _warn_blocking(rpc)
        timeout, began = self._deadline(rpc), time.monotonic()
        try:
            response = self._connection.sync.unary(rpc)(request, timeout=timeout)
        except grpc.RpcError as error:
            raise _failed(rpc, error, late=timeout is not None and time.monotonic() - began >= timeout) from None
        if has_error and response.HasField("error"):
            raise _api_error(rpc, response.error)
        return response

    def _stream(
        self, rpc: str, request_class: Any, fields: dict[str, Any], chunk_field: str, data: Any, has_error: bool
    ) -> Any:
        requests = _requests(rpc, request_class, fields, chunk_field, data)
        if _running_loop() is not None:
            _warn_blocking(rpc)
        timeout, began = self._deadline(rpc), time.monotonic()
        try:
            response = self._connection.sync.stream(rpc)(requests, timeout=timeout)
        except grpc.RpcError as error:
            raise _failed(rpc, error, late=timeout is not None and time.monotonic() - began >= timeout) from None
        if has_error and response.HasField("error"):
            raise _api_error(rpc, response.error)
        return response


class AsyncClient(_Base):
    """The base of :class:`~mattermost_plugin.api.AsyncAPI`: calls awaited on the running loop's
    own ``grpc.aio`` channel, so the loop runs other coroutines meanwhile; cancelling the task
    cancels the call."""

    __slots__ = ()

    async def _call(self, rpc: str, request_class: Any, fields: dict[str, Any], has_error: bool) -> Any:
        request = _build(rpc, request_class, fields)
        timeout, began = self._deadline(rpc), time.monotonic()
        try:
            response = await self._connection.on_loop().unary(rpc)(request, timeout=timeout)
        except grpc.RpcError as error:
            raise _failed(rpc, error, late=timeout is not None and time.monotonic() - began >= timeout) from None
        if has_error and response.HasField("error"):
            raise _api_error(rpc, response.error)
        return response

    async def _stream(
        self, rpc: str, request_class: Any, fields: dict[str, Any], chunk_field: str, data: Any, has_error: bool
    ) -> Any:
        requests = _requests_async(rpc, request_class, fields, chunk_field, data)
        timeout, began = self._deadline(rpc), time.monotonic()
        try:
            response = await self._connection.on_loop().stream(rpc)(requests, timeout=timeout)
        except grpc.RpcError as error:
            raise _failed(rpc, error, late=timeout is not None and time.monotonic() - began >= timeout) from None
        if has_error and response.HasField("error"):
            raise _api_error(rpc, response.error)
        return response


def _warn_blocking(rpc: str) -> None:
    """Say once that a blocking call was made from a coroutine (it stalls the event loop)."""
    if not _warned_blocking.is_set():
        _warned_blocking.set()
        log.warning(
            "self.api.%s was called from a coroutine: it blocks the event loop until Mattermost answers; "
            "in async def hooks, await self.async_api.%s instead",
            python_name(rpc),
            python_name(rpc),
        )


# --------------------------------------------------------------------------- requests

def _build(rpc: str, request_class: Any, fields: dict[str, Any]) -> Any:
    """The request message, or a TypeError/ValueError naming the argument protobuf refused."""
    try:
        return request_class(**fields)
    except (TypeError, ValueError) as error:
        raise _bad_argument(rpc, request_class, fields, error) from None


def _bad_argument(rpc: str, request_class: Any, fields: dict[str, Any], error: Exception) -> Exception:
    method = python_name(rpc)
    for name, value in fields.items():
        try:
            request_class(**{name: value})
        except ValueError as bad:
            return ValueError(f"{method}: {name} {value!r} is out of range for Go ({bad})")
        except TypeError:
            descriptor = request_class.DESCRIPTOR.fields_by_name[name]
            kind = descriptor.type
            words = {
                descriptor.TYPE_STRING: "a str",
                descriptor.TYPE_BOOL: "a bool",
                descriptor.TYPE_BYTES: "bytes",
                descriptor.TYPE_DOUBLE: "a float",
                descriptor.TYPE_FLOAT: "a float",
            }.get(kind, "an int")
            if descriptor.message_type is not None and descriptor.message_type.GetOptions().map_entry:
                words = "a dict of str to str"
            elif _is_repeated(descriptor):
                words = f"a list of {words.removeprefix('a ').removeprefix('an ')}"
            return TypeError(f"{method}: {name} must be {words}, got {type(value).__name__}")
    return TypeError(f"{method}: {error}")


def _is_repeated(descriptor: Any) -> bool:
    repeated = getattr(descriptor, "is_repeated", None)
    if repeated is not None:
        return bool(repeated)
    return bool(descriptor.label == descriptor.LABEL_REPEATED)


def _requests(rpc: str, request_class: Any, fields: dict[str, Any], chunk_field: str, data: Any) -> Iterator[Any]:
    """The messages of a client-streaming call: every field and the first chunk, then one chunk each."""
    first = _build(rpc, request_class, fields)
    chunks = _chunks(data, f"{python_name(rpc)}({chunk_field})")

    def messages() -> Iterator[Any]:
        chunk = next(chunks, b"")
        setattr(first, chunk_field, chunk)
        yield first
        for chunk in chunks:
            yield request_class(**{chunk_field: chunk})

    return messages()


def _requests_async(rpc: str, request_class: Any, fields: dict[str, Any], chunk_field: str, data: Any) -> AsyncIterator[Any]:
    """:func:`_requests` for an awaited call: a file is read in a worker thread, never on the loop."""
    first = _build(rpc, request_class, fields)
    chunks = _chunks(data, f"{python_name(rpc)}({chunk_field})")
    from_file = not isinstance(data, (bytes, bytearray, memoryview))
    done = object()

    async def piece() -> Any:
        return await asyncio.to_thread(next, chunks, done) if from_file else next(chunks, done)

    async def messages() -> AsyncIterator[Any]:
        chunk = await piece()
        setattr(first, chunk_field, b"" if chunk is done else chunk)
        yield first
        while chunk is not done:
            chunk = await piece()
            if chunk is not done:
                yield request_class(**{chunk_field: chunk})

    return messages()


def _chunks(data: Union[bytes, bytearray, memoryview, Any], where: str) -> Iterator[bytes]:
    """``data`` (bytes or a binary file object) in pieces of at most :data:`CHUNK_SIZE` bytes."""
    if isinstance(data, (bytes, bytearray, memoryview)):
        view = memoryview(data).cast("B")
        return (bytes(view[start : start + CHUNK_SIZE]) for start in range(0, len(view), CHUNK_SIZE))
    read = getattr(data, "read", None)
    if read is None:
        raise TypeError(f"{where} must be bytes or a binary file object, got {type(data).__name__}")

    def pieces() -> Iterator[bytes]:
        while True:
            piece = read(CHUNK_SIZE)
            if not piece:
                return
            if not isinstance(piece, (bytes, bytearray, memoryview)):
                raise TypeError(f"{where}: read() returned {type(piece).__name__}; open the file in binary mode")
            yield bytes(piece)

    return pieces()


# --------------------------------------------------------------------------- errors


def _api_error(rpc: str, error: Any) -> ApiError:
    """The ApiError for an AppError message Mattermost answered with."""
    return ApiError(
        error.message,
        id=error.id,
        status_code=error.status_code,
        detailed_error=error.detailed_error,
        where=error.where,
        request_id=error.request_id,
        method=rpc,
    )


def _failed(rpc: str, error: grpc.RpcError, *, late: bool = False) -> ApiError:
    """The ApiError for a call the bridge did not answer; ``late`` when the call's deadline had passed.

    At the deadline the bridge drops the call too, and when its reset arrives before the
    client's own timer fires gRPC reports the stream removed instead of DEADLINE_EXCEEDED:
    past the deadline that is a timeout all the same.
    """
    code = error.code() if hasattr(error, "code") else grpc.StatusCode.UNKNOWN
    details = (error.details() if hasattr(error, "details") else "") or str(code)
    if code is grpc.StatusCode.DEADLINE_EXCEEDED or (
        late and code in (grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.CANCELLED, grpc.StatusCode.UNKNOWN)
    ):
        return ApiTimeout("Mattermost did not answer before the deadline", id="plugin.api.timeout", status_code=504, method=rpc)
    if code in (grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.CANCELLED):
        return ApiUnavailable(f"the plugin API cannot be reached: {details}", id="plugin.api.unavailable", status_code=503, method=rpc)
    if code is grpc.StatusCode.INVALID_ARGUMENT:
        return ApiError(details, id="plugin.api.invalid_argument", status_code=400, method=rpc)
    return ApiError(f"the call failed ({code.name}): {details}", id="plugin.api.failed", status_code=500, method=rpc)
