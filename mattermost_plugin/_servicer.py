"""Serve a plugin's hooks as the ``mattermost.plugin.v1.PluginHooks`` gRPC service.

One method handler per hook is built at import by iterating over the hook
classes. Each call decodes the request into models, runs the author's method
(plain methods in the gRPC server's bounded thread pool, ``async def`` methods
on one event loop), checks the returned value against the hook's result type
and turns it into the response, as the hook's semantics say.

Everything that does not depend on the call is prepared at import, per hook:
the argument decoder (generated source, one straight-line function), the
classes a result may simply be an instance of, a structural check for tuples
and lists, and the function that builds the response. typeguard is loaded only
when a result passes neither quick check, and then decides and explains.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any, Callable, Optional, Sequence, Union, get_args, get_origin

import grpc

from mattermost_plugin._context import context_of
from mattermost_plugin._deadline import HOOK_CALL, time_left
from mattermost_plugin._exceptions import DecodeError, PluginError, ResultTypeError
from mattermost_plugin._hook import API_BROKER_FIELD, NOT_SERVED, Hook, Param, type_name
from mattermost_plugin._plugin import Plugin
from mattermost_plugin.hooks import SERVED_HOOKS, STREAMING_HOOKS
from mattermost_plugin.models import decode, decode_list, encode
from mattermost_plugin.protocol import hooks_pb2

SERVICE_NAME = "mattermost.plugin.v1.PluginHooks"

log = logging.getLogger("mattermost_plugin")


class _ArgumentError(ValueError):
    """A request field could not be decoded into its model."""

    def __init__(self, field: str, error: DecodeError) -> None:
        super().__init__(f"field '{field}': {error}")
        self.field = field


def _decode_value(model: Any, raw: bytes) -> Any:
    value = decode(model, raw) if raw else None
    return model() if value is None else value


def _argument_decoder(hook: type[Hook]) -> Callable[[Any], tuple[Any, ...]]:
    """Compile the function that turns a hook's request message into the author's arguments."""
    names: list[str] = []
    lines = ["def decode_arguments(request):"]
    scope: dict[str, Any] = {
        "ArgumentError": _ArgumentError,
        "DecodeError": DecodeError,
        "context_of": context_of,
        "decode": decode,
        "_decode_value": _decode_value,
        "decode_list": decode_list,
    }
    if hook.context:
        lines.append("    context = context_of(request.context)")
        names.append("context")
    for index, param in enumerate(hook.params):
        variable = f"a{index}"
        names.append(variable)
        lines.append(f"    {_param_expression(param, variable, scope)}")
        for attribute in param.fill:
            lines.append(f"    if {variable} is not None: {variable}.{attribute} = request.{attribute}")
    lines.append(f"    return ({', '.join(names)}{',' if len(names) == 1 else ''})")
    exec("\n".join(lines), scope)  # noqa: S102 - source built above from hook declarations
    return scope["decode_arguments"]  # type: ignore[no-any-return]


def _param_expression(param: Param, variable: str, scope: dict[str, Any]) -> str:
    field = f"request.{param.name}"
    if param.model is None:
        return f"{variable} = {field}"
    model_name = f"model_{param.name}"
    scope[model_name] = param.model
    if param.is_list:
        call = f"decode_list({model_name}, {field})"
    elif param.nullable:
        call = f"decode({model_name}, {field})"  # empty bytes (a nil pointer) decode to None
    else:
        call = f"_decode_value({model_name}, {field})"
    return (
        f"try: {variable} = {call}\n"
        f"    except DecodeError as error: raise ArgumentError({param.name!r}, error) from None"
    )


class _Route:
    """Everything precomputed for one hook: messages, decoder, result check."""

    __slots__ = ("hook", "response", "decode", "result_type", "fast_types", "accepts", "respond", "name")

    def __init__(self, hook: type[Hook]) -> None:
        self.hook = hook
        self.name = hook.go_name
        self.response = getattr(hooks_pb2, f"{hook.go_name}Response")
        self.decode = _argument_decoder(hook)
        self.result_type = hook.result_type()
        self.fast_types = _plain_types(self.result_type)
        self.accepts = _acceptor(self.result_type)
        self.respond = hook.responder(self.response, encode)


def _plain_types(annotation: Any) -> frozenset[type]:
    """The classes a result can be an exact instance of without a deeper check."""
    if annotation is None:
        return frozenset({type(None)})
    members = getattr(annotation, "__args__", None) if getattr(annotation, "__origin__", None) is not None else None
    if members is None:
        return frozenset({annotation}) if isinstance(annotation, type) else frozenset()
    if getattr(annotation, "__origin__", None) in (list, tuple):
        return frozenset()
    found: set[type] = set()
    for member in members:
        found |= _plain_types(member)
    return frozenset(found)


def _acceptor(annotation: Any) -> Optional[Callable[[Any], bool]]:
    """A quick structural test that accepts only values typeguard accepts too.

    It covers the shapes hook results take (classes, None, unions, ``list[X]``,
    ``tuple[X, Y]``), so that a Go-style ``(post, "")`` tuple or a list of posts is
    checked without typeguard. A False answer is not final: the value then goes to
    typeguard, which decides and explains. None means the annotation is outside
    these shapes (typeguard checks every value of it).
    """
    if annotation is None or annotation is type(None):
        return lambda value: value is None
    origin = get_origin(annotation)
    if origin is None:
        if isinstance(annotation, type) and annotation is not bool and annotation is not int:
            return lambda value: isinstance(value, annotation)
        if annotation is int or annotation is bool:
            return lambda value: type(value) is annotation
        return None
    members = get_args(annotation)
    if origin is Union:
        tests = [_acceptor(member) for member in members]
        if any(test is None for test in tests):
            return None
        return lambda value: any(test(value) for test in tests)  # type: ignore[misc]
    if origin is list and len(members) == 1:
        item = _acceptor(members[0])
        if item is None:
            return None
        return lambda value: type(value) is list and all(item(x) for x in value)  # type: ignore[misc]
    if origin is tuple and members and members[-1] is not Ellipsis:
        items = [_acceptor(member) for member in members]
        if any(test is None for test in items):
            return None
        count = len(items)
        return lambda value: (
            type(value) is tuple and len(value) == count and all(test(x) for test, x in zip(items, value))  # type: ignore[misc]
        )
    return None


_ROUTES: dict[str, _Route] = {hook.go_name: _Route(hook) for hook in SERVED_HOOKS}


def app_error(exc: BaseException, where: str) -> hooks_pb2.AppError:
    """The AppError a hook's exception becomes where the Go hook returns an error."""
    if isinstance(exc, PluginError):
        return hooks_pb2.AppError(
            id=exc.id,
            message=exc.message,
            detailed_error=exc.detailed_error,
            status_code=exc.status_code or 500,
            where=where,
        )
    message = str(exc) or type(exc).__name__
    return hooks_pb2.AppError(
        id="plugin.error",
        message=message,
        detailed_error=f"{type(exc).__name__}: {message}",
        status_code=500,
        where=where,
    )


class _Unset:
    pass


class HookServicer:
    """The PluginHooks service for one plugin instance.

    Give it the plugin instance (here or with :meth:`load`) or the reason there
    is none (:meth:`fail`) before serving calls; until then calls answer
    UNAVAILABLE. (The plugin process holds early calls back itself, see
    ``mattermost_plugin.runtime.deferred``.) After :meth:`fail`, ``OnActivate``
    answers with an AppError carrying the failure text so the host shows why
    the plugin did not start.
    """

    def __init__(self, plugin: Optional[Plugin] = None) -> None:
        self._plugin: Optional[Plugin] = None
        self._methods: dict[str, tuple[Callable[..., Any], bool]] = {}
        self._failure: Optional[str] = None
        self._loop: Optional[asyncio.AbstractEventLoop] = None
        self._loop_thread: Optional[threading.Thread] = None
        self.api_target: Optional[Callable[[int], str]] = None
        """The gRPC target of a service the host offers through go-plugin's broker, by id (the
        plugin process sets it); without one, hooks that hand over the API connect nothing."""
        self._api_broker_id = 0
        self._api_lock = threading.Lock()
        if plugin is not None:
            self.load(plugin)

    # -- plugin life -------------------------------------------------------

    def load(self, plugin: Plugin) -> None:
        """Start serving this plugin instance."""
        methods = {}
        for name, hook in type(plugin).__hooks__.items():
            method = getattr(plugin, hook.method)
            methods[name] = (method, asyncio.iscoroutinefunction(method))
        if any(is_async for _, is_async in methods.values()):
            self._start_loop()
        self._methods = methods
        self._plugin = plugin

    def fail(self, message: str) -> None:
        """Serve a plugin that could not be loaded: OnActivate reports ``message``."""
        self._failure = message

    def close(self) -> None:
        """Stop the event loop that runs ``async def`` hooks, if one was started."""
        loop, self._loop = self._loop, None
        if loop is None:
            return
        asyncio.run_coroutine_threadsafe(_cancel_pending(), loop).result(timeout=5)
        loop.call_soon_threadsafe(loop.stop)
        if self._loop_thread is not None:
            self._loop_thread.join(timeout=5)
        loop.close()

    @property
    def plugin(self) -> Optional[Plugin]:
        """The plugin instance being served, once loaded."""
        return self._plugin

    def implemented(self) -> list[str]:
        """The Go names of the hooks to advertise, in hook ID order."""
        if self._failure is not None:
            return ["OnActivate"]
        return [name for name in _ROUTES if name in self._methods]

    def _start_loop(self) -> None:
        if self._loop is not None:
            return
        loop = asyncio.new_event_loop()
        thread = threading.Thread(target=loop.run_forever, name="mattermost-plugin-async", daemon=True)
        thread.start()
        self._loop, self._loop_thread = loop, thread

    # -- gRPC plumbing -----------------------------------------------------

    def handler(self) -> grpc.GenericRpcHandler:
        """A gRPC handler for the whole PluginHooks service, to add to a ``grpc.Server``."""
        handlers: dict[str, grpc.RpcMethodHandler] = {
            "Implemented": grpc.unary_unary_rpc_method_handler(
                self._implemented,
                request_deserializer=hooks_pb2.ImplementedRequest.FromString,
                response_serializer=hooks_pb2.ImplementedResponse.SerializeToString,
            )
        }
        for name, route in _ROUTES.items():
            handlers[name] = grpc.unary_unary_rpc_method_handler(
                self._behaviour(route),
                request_deserializer=getattr(hooks_pb2, f"{name}Request").FromString,
                response_serializer=_serialize,
            )
        for hook in STREAMING_HOOKS:
            handlers[hook.go_name] = grpc.stream_stream_rpc_method_handler(
                self._streaming(hook),
                request_deserializer=hooks_pb2.StreamFrame.FromString,
                response_serializer=hooks_pb2.StreamFrame.SerializeToString,
            )
        return grpc.method_handlers_generic_handler(SERVICE_NAME, handlers)

    def _unloaded(self, context: grpc.ServicerContext) -> Any:
        return _status(context, grpc.StatusCode.UNAVAILABLE, "no plugin has been loaded yet")

    def _implemented(self, request: Any, context: grpc.ServicerContext) -> Any:
        if self._plugin is None and self._failure is None:
            return self._unloaded(context)
        return hooks_pb2.ImplementedResponse(hooks=self.implemented())

    def _streaming(self, hook: type[Hook]) -> Callable[[Any, grpc.ServicerContext], Any]:
        def behaviour(requests: Any, context: grpc.ServicerContext) -> Any:
            context.abort(
                grpc.StatusCode.UNIMPLEMENTED,
                f"{hook.go_name} {NOT_SERVED}",
            )

        return behaviour

    def _behaviour(self, route: _Route) -> Callable[[Any, grpc.ServicerContext], Any]:
        hook = route.hook
        name = route.name
        response_type = route.response
        decode_arguments = route.decode
        fast_types = route.fast_types
        accepts = route.accepts
        respond = route.respond
        returns_error = hook.returns_error
        hands_over_api = hook.hands_over_api
        check = self._check_result

        def behaviour(request: Any, context: grpc.ServicerContext) -> Any:
            HOOK_CALL.set(context)  # plugin API calls made for this hook honour its deadline
            entry = self._methods.get(name)
            if hands_over_api and self._plugin is not None:
                failed = self._hand_over_api(route, request)
                if failed is not None:
                    return failed
                if entry is None:  # answered anyway: the host calls it to hand the API over
                    return respond(hook.default(), request)
            if entry is None:
                if self._plugin is None and self._failure is None:
                    return self._unloaded(context)
                return self._not_served(route, context)
            method, is_async = entry
            try:
                arguments = decode_arguments(request)
            except _ArgumentError as error:
                return _status(context, grpc.StatusCode.INVALID_ARGUMENT, f"{name}: {error}")
            try:
                if is_async:
                    result = self._run_async(method(*arguments), context)
                    if result is _TIMED_OUT:
                        return _status(
                            context,
                            grpc.StatusCode.DEADLINE_EXCEEDED,
                            f"{self._where(route)} did not finish before the host's deadline",
                        )
                else:
                    result = method(*arguments)
                if type(result) not in fast_types and (accepts is None or not accepts(result)):
                    check(route, result)
                return respond(result, request)
            except Exception as exc:  # noqa: BLE001 - every plugin failure is answered
                where = self._where(route)
                if returns_error:
                    if not isinstance(exc, PluginError):
                        log.warning("%s failed: %s", where, exc, exc_info=exc)
                    return response_type(error=app_error(exc, where))
                log.error("%s raised %s: %s", where, type(exc).__name__, exc, exc_info=exc)
                return _status(context, grpc.StatusCode.INTERNAL, _one_line(where, exc))

        behaviour.__name__ = name
        return behaviour

    def _hand_over_api(self, route: _Route, request: Any) -> Any:
        """Connect the plugin's ``self.api`` to the PluginAPI service the request names
        (once per broker id); the hook's error response when that fails, else None."""
        broker_id = getattr(request, API_BROKER_FIELD)
        if not broker_id or self.api_target is None or broker_id == self._api_broker_id:
            return None
        with self._api_lock:
            if broker_id == self._api_broker_id:
                return None
            try:
                from mattermost_plugin.api import connect  # the API client, once Mattermost offers the API

                connect(self._plugin, self.api_target(broker_id))  # type: ignore[arg-type]
            except Exception as exc:  # noqa: BLE001 - reported as the hook's error
                message = f"could not connect to Mattermost's plugin API (broker service {broker_id}): {exc}"
                log.error("%s", message, exc_info=exc)
                return route.response(
                    error=hooks_pb2.AppError(id="plugin.api.connect", message=message, status_code=500, where="mattermost_plugin")
                )
            self._api_broker_id = broker_id
        return None

    def _not_served(self, route: _Route, context: grpc.ServicerContext) -> Any:
        hook = route.hook
        if self._failure is not None and hook.go_name == "OnActivate":
            return route.response(
                error=hooks_pb2.AppError(
                    id="plugin.load_error",
                    message=self._failure,
                    detailed_error=self._failure,
                    status_code=500,
                    where="mattermost_plugin",
                )
            )
        who = type(self._plugin).__name__ if self._plugin is not None else "the plugin"
        return _status(
            context,
            grpc.StatusCode.UNIMPLEMENTED,
            f"{hook.go_name} is not implemented by {who} (define {hook.method} to handle it)",
        )

    def _where(self, route: _Route) -> str:
        return f"{type(self._plugin).__name__}.{route.hook.method}"

    def _check_result(self, route: _Route, result: Any) -> None:
        # typeguard (and what it imports) loads on the first result the quick checks do not accept.
        from typeguard import CollectionCheckStrategy, TypeCheckError, check_type

        try:
            check_type(
                result,
                route.result_type,
                collection_check_strategy=CollectionCheckStrategy.ALL_ITEMS,
            )
        except TypeCheckError:
            raise ResultTypeError(
                f"{self._where(route)} returned {_shape(result)}, but {route.name} expects {type_name(route.result_type)}"
            ) from None

    def _run_async(self, coroutine: Any, context: grpc.ServicerContext) -> Any:
        assert self._loop is not None
        future = asyncio.run_coroutine_threadsafe(coroutine, self._loop)
        context.add_callback(future.cancel)
        try:
            return future.result(timeout=time_left(context))
        except FutureTimeout:
            future.cancel()
            return _TIMED_OUT


async def _cancel_pending() -> None:
    """Cancel the hook coroutines still running and let them finish their clean-up."""
    current = asyncio.current_task()
    pending = [task for task in asyncio.all_tasks() if task is not current]
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)


_TIMED_OUT = _Unset()
_EMPTY = hooks_pb2.ImplementedResponse()


def _serialize(response: Any) -> bytes:
    """A response message's bytes (a responder may have written them already)."""
    return response if response.__class__ is bytes else response.SerializeToString()  # type: ignore[no-any-return]


def _status(context: grpc.ServicerContext, code: grpc.StatusCode, details: str) -> Any:
    """End the call with a non-OK status (the empty message is never read by the client)."""
    context.set_code(code)
    context.set_details(details)
    return _EMPTY


def _shape(value: Any) -> str:
    """What a value is, by type only: ``a str``, ``a tuple (Post, int)``, ``a list of 3 (Post, str)``.

    Values themselves are never shown: a wrong result may be a configuration
    section with passwords in it, or a user's message.
    """
    kind = type(value).__name__
    article = "an" if kind[0].lower() in "aeiou" else "a"
    if isinstance(value, tuple):
        return f"{article} {kind} ({', '.join(type(item).__name__ for item in value)})"
    if isinstance(value, (list, set, frozenset)):
        kinds = sorted({type(item).__name__ for item in value})
        return f"{article} {kind} of {len(value)}" + (f" ({', '.join(kinds)})" if kinds else "")
    return f"{article} {kind}"


def _one_line(where: str, exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    first = text[0] if text else ""
    if isinstance(exc, ResultTypeError):
        return first
    return f"{where} raised {type(exc).__name__}: {first}" if first else f"{where} raised {type(exc).__name__}"


DEFAULT_MAX_WORKERS = 16
"""Threads that run plain (non-async) hook methods at once, unless configured otherwise."""

MAX_WORKERS_ENV = "MATTERMOST_PLUGIN_MAX_WORKERS"


def max_workers_from_env() -> int:
    """The thread pool size: ``MATTERMOST_PLUGIN_MAX_WORKERS`` or the default."""
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


def create_server(
    handlers: Sequence[grpc.GenericRpcHandler],
    *,
    max_workers: Optional[int] = None,
) -> grpc.Server:
    """A gRPC server whose bounded thread pool runs the plugin's plain hook methods."""
    pool = ThreadPoolExecutor(
        max_workers=max_workers or max_workers_from_env(),
        thread_name_prefix="mattermost-plugin-hook",
    )
    server = grpc.server(
        pool,
        handlers=handlers,
        options=[("grpc.so_reuseport", 0)],
    )
    return server


__all__ = ["DEFAULT_MAX_WORKERS", "MAX_WORKERS_ENV", "HookServicer", "SERVICE_NAME", "app_error", "create_server", "max_workers_from_env"]
