"""Serving the streaming hooks (ServeHTTP, ServeMetrics, FileWillBeUploaded) over gRPC.

A streaming hook's call is a bidirectional stream of frames. Each call runs on
a thread of a pool of its own (up to ``STREAMING_THREADS`` at once; the unary
hooks and go-plugin's services never wait for it), from its first frame to its
last:

- the first request frame gives the author's arguments (the hook's semantics
  class reads it); a body among them (:class:`~mattermost_plugin.http.Body`)
  reads the following frames one at a time, only when the method asks for
  more, so a slow plugin holds the host back through gRPC's flow control;
- a plain method runs on the call's thread; an ``async def`` one on the
  plugin's event loop while the thread waits for it. Its result becomes
  response frames as the semantics class says; each is handed to gRPC only
  when the previous one has been sent, so a slow client holds the plugin back;
- async iterables (a streamed response body, an ASGI app's parts) are read from
  the call's thread one item at a time on the event loop, and an ``async def``
  method's body reads wait in a thread of the body pool, never on the loop.

When the call ends early (the client went away, so the host cancelled it), a
coroutine in progress is cancelled and the body's next read raises
:class:`~mattermost_plugin.ClientDisconnected`; whatever the plugin returned is
closed. Nothing of a call stays behind once it has ended.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Optional

import grpc
from google.protobuf.message import DecodeError as ProtobufDecodeError

from mattermost_plugin._exceptions import ClientDisconnected, DecodeError, ResultTypeError
from mattermost_plugin._grpcserver import body_pool, not_a_message
from mattermost_plugin._hook import StreamHook
from mattermost_plugin.http import CHUNK_SIZE, Body, _Ending
from mattermost_plugin.protocol import hooks_pb2

if TYPE_CHECKING:
    from mattermost_plugin._servicer import HookServicer

log = logging.getLogger("mattermost_plugin")

_CANCELLED = (asyncio.CancelledError, concurrent.futures.CancelledError)


class StreamRoute:
    """Everything prepared once for one streaming hook: its messages and its semantics class."""

    __slots__ = ("hook", "name", "request", "response")

    def __init__(self, hook: type[StreamHook]) -> None:
        self.hook = hook
        self.name = hook.go_name
        self.request = getattr(hooks_pb2, f"{hook.go_name}Request")
        self.response = getattr(hooks_pb2, f"{hook.go_name}Response")


class _BadFrame(ValueError):
    """A request frame that cannot be read; the text names the hook and what was wrong, never a value."""


def behaviour(servicer: HookServicer, route: StreamRoute) -> Callable[[Iterator[bytes], grpc.ServicerContext], Iterator[Any]]:
    """The gRPC behaviour of one streaming hook: the frames of the answer, for the frames of the request."""

    def serve(raws: Iterator[bytes], context: grpc.ServicerContext) -> Iterator[Any]:
        entry = servicer._methods.get(route.name)
        if entry is None:
            if servicer.plugin is None and servicer._failure is None:
                _end(context, grpc.StatusCode.UNAVAILABLE, "no plugin has been loaded yet")
            else:
                who = type(servicer.plugin).__name__ if servicer.plugin is not None else "the plugin"
                _end(context, grpc.StatusCode.UNIMPLEMENTED, f"{route.name} is not implemented by {who} (define {route.hook.method} to handle it)")
            return
        call = StreamCall(servicer, route, raws, context)
        try:
            yield from call.serve(*entry)
        finally:
            call.close()

    serve.__name__ = route.name
    return serve


def _end(context: grpc.ServicerContext, code: grpc.StatusCode, details: str) -> None:
    context.set_code(code)
    context.set_details(details)


class StreamCall:
    """One call of a streaming hook, as the hook's semantics class sees it.

    ``plugin`` and ``where`` (``Class.method``) say who serves it; :meth:`body`
    makes the body stream from the frames; :meth:`response` builds a response
    frame; :meth:`chunks` reads what the method returned as a body; ``ending``
    is set when the call ends.
    """

    def __init__(self, servicer: HookServicer, route: StreamRoute, raws: Iterator[bytes], context: grpc.ServicerContext) -> None:
        self.servicer = servicer
        self.route = route
        self.hook = route.hook
        self.response = route.response
        self.plugin = servicer.plugin
        self.where = servicer._where_method(route.hook)
        self.ending = _Ending()
        self._raws = raws
        self._context = context
        self._running: Optional[concurrent.futures.Future[Any]] = None
        self._closers: list[Callable[[], None]] = []
        if not context.add_callback(self._ended):
            self._ended()

    # -- the request's frames --------------------------------------------------

    def frame(self) -> Optional[Any]:
        """The next request frame, or None when the host has closed its side of the stream."""
        try:
            raw = next(self._raws)
        except StopIteration:
            return None
        except grpc.RpcError:
            raise ClientDisconnected("the client went away") from None
        try:
            return self.route.request.FromString(raw)
        except ProtobufDecodeError:
            raise _BadFrame(not_a_message(self.route.name, self.route.request)) from None

    def body(self, first: Any, *, length: Optional[int]) -> Body:
        """The body whose chunks are the ``body_field`` of ``first`` and of the frames after it."""
        hook = self.hook
        field, end = hook.body_field, hook.end_field
        pending = [bytes(getattr(first, field))]
        finished = [bool(getattr(first, end))]

        def source() -> bytes:
            while pending:
                chunk = pending.pop()
                if chunk:
                    return chunk
            while not finished[0]:
                frame = self.frame()
                if frame is None:
                    finished[0] = True
                    break
                finished[0] = bool(getattr(frame, end))
                chunk = getattr(frame, field)
                if chunk:
                    return bytes(chunk)
            return b""

        def ready() -> bool:
            return bool(pending and pending[0]) or finished[0]

        limit = getattr(self.plugin, hook.limit, None)
        return Body._streamed(source, ready, length=length, limit=limit, what=hook.what, executor=body_pool())

    # -- the plugin's code -----------------------------------------------------

    def run(self, awaitable: Any, *, cancellable: bool = True) -> Any:
        """Run ``awaitable`` on the plugin's event loop and wait for its result (cancelled if the call ends)."""
        loop = self.servicer._event_loop()
        future = asyncio.run_coroutine_threadsafe(_awaited(awaitable), loop)
        if cancellable:
            self._running = future
            if self.ending.is_set():
                future.cancel()
        try:
            return future.result()
        finally:
            self._running = None

    def chunks(self, content: Any) -> Iterator[bytes]:
        """The chunks of a body the method returned: bytes, an iterable or async iterable of chunks, or a file.

        ``str`` chunks are sent as UTF-8. Whatever it is gets closed when the
        call ends (a file, a generator, an async generator), also when the call
        ends before the first chunk was read: it is registered for closing here,
        before any chunk is asked for. A body of any other type raises
        ResultTypeError at once.
        """
        if isinstance(content, (bytes, bytearray, memoryview)):
            return iter((bytes(content),))
        if hasattr(content, "read"):
            self._closers.append(_closer(content))
            return self._read_file(content)
        if hasattr(content, "__aiter__"):
            iterator = content.__aiter__()
            if hasattr(iterator, "aclose"):
                self._closers.append(lambda: self.run(iterator.aclose(), cancellable=False))
            return self._read_async(iterator, content)
        if isinstance(content, Iterable):
            iterator = iter(content)
            self._closers.append(_closer(content))
            if iterator is not content:
                self._closers.append(_closer(iterator))
            return (self._bytes(chunk, content) for chunk in iterator)
        raise ResultTypeError(f"{self.where} returned {type(content).__name__} as a body; give bytes, an iterable of bytes or a binary file")

    def _read_file(self, content: Any) -> Iterator[bytes]:
        while True:
            chunk = content.read(CHUNK_SIZE)
            if not chunk:
                return
            yield self._bytes(chunk, content)

    def _read_async(self, iterator: Any, content: Any) -> Iterator[bytes]:
        while True:
            try:
                chunk = self.run(iterator.__anext__())
            except StopAsyncIteration:
                return
            yield self._bytes(chunk, content)

    def _bytes(self, chunk: Any, content: Any) -> bytes:
        if isinstance(chunk, (bytes, bytearray, memoryview)):
            return bytes(chunk)
        if isinstance(chunk, str):
            return chunk.encode("utf-8")
        raise ResultTypeError(
            f"{self.where} returned a body ({type(content).__name__}) that produced a {type(chunk).__name__}; "
            "each chunk must be bytes (or str, sent as UTF-8)"
        )

    # -- serving ----------------------------------------------------------------

    def serve(self, method: Callable[..., Any], is_async: bool) -> Iterator[Any]:
        """The call, start to end: the arguments, the method, the answer's frames."""
        hook, name = self.hook, self.route.name
        try:
            first = self.frame()
            if first is None:
                raise _BadFrame(f"{name}: the host closed the stream before sending its first frame")
            arguments = hook.arguments(first, self)
        except (_BadFrame, DecodeError) as error:
            text = str(error) if isinstance(error, _BadFrame) else f"{name}: the first frame's {error.without_value}"
            _end(self._context, grpc.StatusCode.INVALID_ARGUMENT, text)
            return
        except ClientDisconnected:
            return
        answered = False
        try:
            result = self.run(method(*arguments)) if is_async else method(*arguments)
            for frame in hook.answer(result, self):
                answered = True
                yield frame
        except GeneratorExit:  # gRPC stopped reading: the call is over
            raise
        except BaseException as exc:  # noqa: BLE001 - whatever a plugin raises is answered
            yield from self._failed(exc, answered)

    def _failed(self, exc: BaseException, answered: bool) -> Iterator[Any]:
        name = self.route.name
        if isinstance(exc, ClientDisconnected) or (isinstance(exc, _CANCELLED) and self.ending.is_set()):
            log.debug("%s: the client went away before %s finished; it was cancelled", name, self.where)
            return
        from mattermost_plugin._servicer import summary  # the servicer imports this module first

        failure = self.hook.failure(exc, self, answered)
        if failure.bug:
            line = summary(self.where, exc)
            log.error("%s (%s)", line, failure.note, exc_info=exc)
            yield from failure.frames
            _end(self._context, grpc.StatusCode.INTERNAL, line)
        else:
            log.info("%s: %s; %s", name, exc, failure.note)
            yield from failure.frames

    # -- the end ------------------------------------------------------------------

    def _ended(self) -> None:
        """gRPC's callback when the call is over, whoever ended it."""
        self.ending.set()
        running = self._running
        if running is not None:
            running.cancel()

    def close(self) -> None:
        """Close what the method returned (its generators, files) and forget the call's objects."""
        closers, self._closers = self._closers, []
        for close in reversed(closers):
            try:
                close()
            except BaseException as exc:  # noqa: BLE001 - closing must not undo the answer
                if not isinstance(exc, _CANCELLED):
                    log.warning("%s: closing what it returned raised %s", self.where, type(exc).__name__, exc_info=exc)
        self._raws = iter(())


def _closer(value: Any) -> Callable[[], None]:
    close = getattr(value, "close", None)
    return close if callable(close) else _nothing


def _nothing() -> None:
    return None


async def _awaited(awaitable: Any) -> Any:
    return await awaitable


__all__ = ["StreamCall", "StreamRoute", "behaviour"]
