"""A gRPC service whose handler is attached after the server has started.

The handshake must reach the host within 3 seconds, so the process prints it
before importing the SDK's hook machinery (models, typeguard, ...) and the
author's module. The server is already listening by then: a call to the hooks
service that arrives before the real handler is attached is accepted here as a
raw byte stream and, once the handler arrives (within the call's deadline),
run through it exactly as if it had been registered from the start.
"""

from __future__ import annotations

import functools
import queue
import threading
from typing import Any, Callable, Iterator, Optional

import grpc

from mattermost_plugin._deadline import time_left


class DeferredService(grpc.GenericRpcHandler):
    """Stands in for one service's handler until :meth:`attach` supplies it."""

    def __init__(self, service: str) -> None:
        self._prefix = f"/{service}/"
        self._handler: Optional[grpc.GenericRpcHandler] = None
        self._attached = threading.Event()

    def attach(self, handler: grpc.GenericRpcHandler) -> None:
        """Serve the service with ``handler`` from now on; release the calls waiting for it."""
        self._handler = handler
        self._attached.set()

    def close(self) -> None:
        """Fail the calls still waiting (at shutdown, if no handler was ever attached)."""
        self._attached.set()

    def service(self, handler_call_details: grpc.HandlerCallDetails) -> Optional[grpc.RpcMethodHandler]:
        handler = self._handler
        if handler is not None:
            return handler.service(handler_call_details)
        if not handler_call_details.method.startswith(self._prefix):
            return None
        # Raw bytes in and out; a stream-stream handler carries unary calls too on the wire.
        return grpc.stream_stream_rpc_method_handler(functools.partial(self._call_when_attached, handler_call_details))

    def _call_when_attached(
        self, details: grpc.HandlerCallDetails, requests: Iterator[bytes], context: grpc.ServicerContext
    ) -> Iterator[bytes]:
        method = details.method
        if not self._attached.wait(time_left(context)):
            context.abort(grpc.StatusCode.DEADLINE_EXCEEDED, "the plugin was still starting")
        handler = self._handler
        if handler is None:
            context.abort(grpc.StatusCode.UNAVAILABLE, "the plugin is shutting down")
            return
        real = handler.service(details)
        if real is None:
            context.abort(grpc.StatusCode.UNIMPLEMENTED, f"Method not found: {method}")
        decode: Callable[[bytes], Any] = real.request_deserializer or _same
        encode: Callable[[Any], bytes] = real.response_serializer or _same
        messages = (decode(raw) for raw in requests)
        if real.request_streaming:
            if real.response_streaming:
                responses = real.stream_stream(messages, context)
            else:
                responses = _present(real.stream_unary(messages, context))
        else:
            request = next(messages, None)
            if request is None:
                context.abort(grpc.StatusCode.INVALID_ARGUMENT, f"{method} expects one request message")
            if real.response_streaming and getattr(real.unary_stream, "experimental_non_blocking", False):
                responses = _answered_later(real.unary_stream, request, context)
            elif real.response_streaming:
                responses = real.unary_stream(request, context)
            else:
                responses = _present(real.unary_unary(request, context))
        for response in responses:
            yield encode(response)


def _same(value: Any) -> Any:
    return value


def _present(response: Any) -> Iterator[Any]:
    """A unary handler's answer as a stream: nothing when it set an error status and returned None."""
    if response is not None:
        yield response


def _answered_later(behaviour: Callable[..., None], request: Any, context: grpc.ServicerContext) -> Iterator[Any]:
    """A non-blocking behaviour's answers as a stream, waiting for each (or for the call to end)."""
    answers: queue.SimpleQueue[Any] = queue.SimpleQueue()
    context.add_callback(lambda: answers.put(None))
    behaviour(request, context, answers.put)
    while (answer := answers.get()) is not None:
        yield answer


__all__ = ["DeferredService"]
