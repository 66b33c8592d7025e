"""The harness's side of the plugin API: a :class:`~mattermost_plugin.testing.FakeAPI` served over gRPC.

The harness hands a plugin its API as the bridge does: it serves the
``PluginAPI`` service (``protocol/api.proto``) on a socket of its own, offers
it through go-plugin's broker (a plugin process dials it by service id; an
in-process servicer is given its address), and sends the service id with
``OnConfigurationChange`` and ``OnActivate``. Each RPC is answered by the
generated ``_api_service.py`` function for it, which calls the fake.

What the fake raises becomes what the bridge answers: an
:class:`~mattermost_plugin.ApiError` is the response's ``AppError`` (or status
UNKNOWN where Go has no error result); a method the fake does not model is
status UNIMPLEMENTED with the fake's advice; an answer of the wrong type, or
a stub that crashed, is status INTERNAL. The plugin's client raises each as an
``ApiError`` naming the method.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import traceback
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable, Iterator, Optional

import grpc

from mattermost_plugin._exceptions import ApiError, NotModelled
from mattermost_plugin.api._transport import SERVICE
from mattermost_plugin.protocol import hooks_pb2
from mattermost_plugin.runtime.broker import CHANNEL_OPTIONS
from mattermost_plugin.testing._api_service import ROUTES, Route
from mattermost_plugin.testing.fake_api import FakeAPI, Node
from mattermost_plugin.testing.logs import LogEntry

__all__ = ["API_SERVICE_ID", "ApiServer"]

API_SERVICE_ID = 1
"""The broker service id the harness gives the plugin API (go-plugin's broker numbers from 1)."""

_WORKERS = 32


class ApiServer:
    """The PluginAPI service for one node (harness), answered by ``fake``.

    ``tls`` is (certificate PEM, key PEM, the plugin's certificate PEM) when the
    plugin process uses AutoMTLS: the service then requires the plugin's certificate,
    as the bridge's broker connections do.
    """

    def __init__(self, fake: FakeAPI, node: Node, tls: Optional[tuple[bytes, bytes, bytes]] = None) -> None:
        self.fake = fake
        self.node = node
        self._directory = tempfile.mkdtemp(prefix="mmplugin-api-")
        os.chmod(self._directory, 0o700)
        self.address = os.path.join(self._directory, "api.sock")
        self.target = f"unix:{self.address}"
        self._server = grpc.server(ThreadPoolExecutor(max_workers=_WORKERS, thread_name_prefix="fake-api"), options=CHANNEL_OPTIONS)
        self._server.add_generic_rpc_handlers([grpc.method_handlers_generic_handler(SERVICE, self._handlers())])
        if tls is None:
            self._server.add_insecure_port(self.target)
        else:
            certificate, key, plugin_certificate = tls
            credentials = grpc.ssl_server_credentials([(key, certificate)], root_certificates=plugin_certificate, require_client_auth=True)
            self._server.add_secure_port(self.target, credentials)
        self._server.start()

    def close(self) -> None:
        """Stop serving (calls in flight end with UNAVAILABLE) and remove the socket."""
        self._server.stop(grace=None).wait(5)
        shutil.rmtree(self._directory, ignore_errors=True)

    def _handlers(self) -> dict[str, grpc.RpcMethodHandler]:
        handlers = {}
        for name, route in ROUTES.items():
            if route.stream:
                handlers[name] = grpc.stream_unary_rpc_method_handler(
                    self._streaming(name, route),
                    request_deserializer=route.request.FromString,
                    response_serializer=route.response.SerializeToString,
                )
            else:
                handlers[name] = grpc.unary_unary_rpc_method_handler(
                    self._unary(name, route),
                    request_deserializer=route.request.FromString,
                    response_serializer=route.response.SerializeToString,
                )
        return handlers

    def _answer(self, method: str, arguments: tuple[Any, ...]) -> Any:
        return self.fake.handle(method, arguments, self.node)

    def _unary(self, name: str, route: Route) -> Callable[[Any, grpc.ServicerContext], Any]:
        def behaviour(request: Any, context: grpc.ServicerContext) -> Any:
            return self._respond(name, route, context, lambda: route.answer(self._answer, request))

        return behaviour

    def _streaming(self, name: str, route: Route) -> Callable[[Iterator[Any], grpc.ServicerContext], Any]:
        def behaviour(requests: Iterator[Any], context: grpc.ServicerContext) -> Any:
            first = next(requests, None)
            if first is None:
                context.abort(grpc.StatusCode.INVALID_ARGUMENT, f"{name}: the stream carried no request")
            chunks = [getattr(first, route.stream)] + [getattr(message, route.stream) for message in requests]
            return self._respond(name, route, context, lambda: route.answer(self._answer, first, b"".join(chunks)))

        return behaviour

    def _respond(self, name: str, route: Route, context: grpc.ServicerContext, answer: Callable[[], Any]) -> Any:
        try:
            return answer()
        except ApiError as error:
            if route.has_error:
                return route.response(
                    error=hooks_pb2.AppError(
                        id=error.id,
                        message=error.message,
                        detailed_error=error.detailed_error,
                        status_code=error.status_code,
                        where=error.where,
                        request_id=error.request_id,
                    )
                )
            context.abort(grpc.StatusCode.UNKNOWN, str(error))
        except NotModelled as error:
            context.abort(grpc.StatusCode.UNIMPLEMENTED, str(error))
        except Exception as error:  # noqa: BLE001 - a stub's bug, or an answer of the wrong type
            text = f"the test's answer to {route.method} failed: {type(error).__name__}: {error}"
            if self.node.logs is not None:
                self.node.logs.append(LogEntry("error", text, "FakeAPI", traceback="".join(traceback.format_exception(error))))
            context.abort(grpc.StatusCode.INTERNAL, text)
