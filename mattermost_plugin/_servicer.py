"""Serve a plugin's hooks as the ``mattermost.plugin.v1.PluginHooks`` gRPC service.

One method handler per hook is built at import by iterating over the hook
classes. Each call parses the request, decodes it into models, runs the
author's method, checks the returned value against the hook's result type and
turns it into the response, as the hook's semantics say. Plain methods run on
a thread of the gRPC server's bounded pool; ``async def`` methods run on one
event loop of their own, and their calls hold no thread while they await (see
``mattermost_plugin._grpcserver``). The streaming hooks (ServeHTTP,
ServeMetrics, FileWillBeUploaded) are bidirectional streams served by
``mattermost_plugin._streams``.

Whatever a method raises is answered (``BaseException`` included): with an
AppError where the Go hook returns an error, else with status INTERNAL; the
process serves on, and the log names what was raised. Messages the SDK writes
name types and fields, never values received or returned, and quote at most
:data:`MAX_TEXT` characters of an exception's text.

Everything that does not depend on the call is prepared at import, per hook:
the argument decoder (generated source, one straight-line function), the
classes a result may simply be an instance of, a structural check for tuples
and lists, and the function that builds the response. typeguard is loaded only
when a result passes neither quick check, and then decides and explains.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import threading
from typing import Any, Callable, Optional, Union, get_args, get_origin

import grpc
from google.protobuf.message import DecodeError as ProtobufDecodeError

from mattermost_plugin._context import context_of
from mattermost_plugin._deadline import HOOK_CALL, time_left
from mattermost_plugin._exceptions import DecodeError, PluginError, ResultTypeError
from mattermost_plugin._grpcserver import (
    Workers,
    abort_status,
    answer_pool,
    control_pool,
    max_workers_from_env,
    not_a_message,
    on_pool,
    serialize,
    streaming_pool,
    unary,
)
from mattermost_plugin._hook import API_BROKER_FIELD, Hook, Param, type_name
from mattermost_plugin._plugin import Plugin
from mattermost_plugin._streams import StreamRoute
from mattermost_plugin._streams import behaviour as stream_behaviour
from mattermost_plugin.hooks import ALL_HOOKS, STREAMING_HOOKS, UNARY_HOOKS
from mattermost_plugin.models import decode, decode_list, encode
from mattermost_plugin.protocol import hooks_pb2

SERVICE_NAME = "mattermost.plugin.v1.PluginHooks"

MAX_TEXT = 300
"""The most characters of an exception's text that a status, an AppError or the log line about it quotes."""

log = logging.getLogger("mattermost_plugin")


class _ArgumentError(ValueError):
    """A request field could not be decoded into its model (the text names no value)."""

    def __init__(self, field: str, error: DecodeError) -> None:
        super().__init__(f"field '{field}': {error.without_value}")
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

    __slots__ = ("hook", "request", "response", "decode", "result_type", "fast_types", "accepts", "respond", "name")

    def __init__(self, hook: type[Hook]) -> None:
        self.hook = hook
        self.name = hook.go_name
        self.request = getattr(hooks_pb2, f"{hook.go_name}Request")
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


_ROUTES: dict[str, _Route] = {hook.go_name: _Route(hook) for hook in UNARY_HOOKS}
_STREAM_ROUTES: dict[str, StreamRoute] = {hook.go_name: StreamRoute(hook) for hook in STREAMING_HOOKS}  # type: ignore[arg-type]


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
    text = exception_text(exc)
    kind = type(exc).__name__
    return hooks_pb2.AppError(
        id="plugin.error",
        message=text if text and isinstance(exc, Exception) else summary(where, exc),
        detailed_error=f"{kind}: {text}" if text else kind,
        status_code=500,
        where=where,
    )


def exception_text(exc: BaseException) -> str:
    """The first line of an exception's text, cut to :data:`MAX_TEXT` characters."""
    try:
        lines = str(exc).strip().splitlines()
    except Exception:  # noqa: BLE001 - a broken __str__ must not break the answer
        return ""
    first = lines[0] if lines else ""
    return first if len(first) <= MAX_TEXT else first[:MAX_TEXT] + "…"


def summary(where: str, exc: BaseException) -> str:
    """One line saying what a hook method raised (a wrong result's own message says it all)."""
    text = exception_text(exc)
    if isinstance(exc, ResultTypeError):
        return text
    return f"{where} raised {type(exc).__name__}: {text}" if text else f"{where} raised {type(exc).__name__}"


class HookServicer:
    """The PluginHooks service for one plugin instance.

    Give it the plugin instance (here or with :meth:`load`) or the reason there
    is none (:meth:`fail`) before serving calls; until then calls answer
    UNAVAILABLE. (The plugin process holds early calls back itself, see
    ``mattermost_plugin.runtime.deferred``.) After :meth:`fail`, ``OnActivate``
    answers with an AppError carrying the failure text so the host shows why
    the plugin did not start. At most ``max_workers`` plain methods run at
    once (default: ``MATTERMOST_PLUGIN_MAX_WORKERS``, else 16).
    """

    def __init__(self, plugin: Optional[Plugin] = None, *, max_workers: Optional[int] = None) -> None:
        self._workers = Workers(max_workers or max_workers_from_env())
        self._plugin: Optional[Plugin] = None
        self._methods: dict[str, tuple[Callable[..., Any], bool]] = {}
        self._failure: Optional[str] = None
        self._loop: Optional[asyncio.AbstractEventLoop] = None
        self._loop_thread: Optional[threading.Thread] = None
        self._loop_lock = threading.Lock()
        self.api_target: Optional[Callable[[int], str]] = None
        """The gRPC target of a service the host offers through go-plugin's broker, by id (the
        plugin process sets it); without one, hooks that hand over the API connect nothing."""
        self._api_broker_id = 0
        self._api_lock = threading.Lock()
        self._stopping = False
        self._service = _Service(self._handlers())
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
        self._service.handlers = self._handlers()

    def fail(self, message: str) -> None:
        """Serve a plugin that could not be loaded: OnActivate reports ``message``."""
        self._failure = message

    def stopping(self) -> None:
        """The process is shutting down: cancellations from now on are its own, not the host's."""
        self._stopping = True

    def close(self, timeout: float = 1.0) -> None:
        """Cancel the ``async def`` hooks still running, wait up to ``timeout`` seconds, stop their loop.

        Never raises and never waits longer: a hook that ignores its
        cancellation is named in a warning and left running.
        """
        self._stopping = True
        loop, self._loop = self._loop, None
        if loop is None:
            return
        try:
            stubborn = asyncio.run_coroutine_threadsafe(_cancel_pending(timeout), loop).result(timeout + 0.1)
        except concurrent.futures.TimeoutError:
            stubborn = ["the plugin's event loop (a coroutine blocks it)"]
        for name in stubborn:
            log.warning(
                "%s is still running %.1fs after it was cancelled at shutdown (it ignores CancelledError); "
                "the process exits without waiting for it",
                name,
                timeout,
            )
        if stubborn:  # the loop runs on with them, on its daemon thread, until the process exits
            return
        loop.call_soon_threadsafe(loop.stop)
        thread = self._loop_thread
        if thread is not None:
            thread.join(0.2)
            if thread.is_alive():
                return
        loop.close()

    @property
    def plugin(self) -> Optional[Plugin]:
        """The plugin instance being served, once loaded."""
        return self._plugin

    def implemented(self) -> list[str]:
        """The Go names of the hooks to advertise, in hook ID order."""
        if self._failure is not None:
            return ["OnActivate"]
        return [hook.go_name for hook in ALL_HOOKS if hook.go_name in self._methods]

    def _start_loop(self) -> None:
        with self._loop_lock:
            if self._loop is not None or self._stopping:
                return
            loop = asyncio.new_event_loop()
            thread = threading.Thread(target=_run_loop, args=(loop,), name="mattermost-plugin-async", daemon=True)
            thread.start()
            self._loop, self._loop_thread = loop, thread

    def _event_loop(self) -> asyncio.AbstractEventLoop:
        """The plugin's event loop, started now if no hook method needed it so far (a plain method may
        return an async iterable); raises ClientDisconnected once the process is shutting down."""
        self._start_loop()
        loop = self._loop
        if loop is None:
            from mattermost_plugin._exceptions import ClientDisconnected

            raise ClientDisconnected(_STOPPING)
        return loop

    # -- gRPC plumbing -----------------------------------------------------

    def handler(self) -> grpc.GenericRpcHandler:
        """A gRPC handler for the whole PluginHooks service, to add to a ``grpc.Server``."""
        return self._service

    def _handlers(self) -> dict[str, grpc.RpcMethodHandler]:
        """The method handlers by full method name, for the methods the plugin has now."""
        prefix = f"/{SERVICE_NAME}/"
        handlers = {
            f"{prefix}Implemented": unary("Implemented", self._implemented, hooks_pb2.ImplementedRequest, control_pool())
        }
        for name, route in _ROUTES.items():
            entry = self._methods.get(name)
            if entry is not None and entry[1]:
                handlers[prefix + name] = grpc.unary_stream_rpc_method_handler(
                    self._async_behaviour(route), response_serializer=serialize
                )
            else:
                handlers[prefix + name] = grpc.unary_unary_rpc_method_handler(
                    self._behaviour(route), response_serializer=serialize
                )
        for name, stream in _STREAM_ROUTES.items():
            handlers[prefix + name] = grpc.stream_stream_rpc_method_handler(
                on_pool(stream_behaviour(self, stream), streaming_pool()), response_serializer=serialize
            )
        return handlers

    def _unloaded(self, context: grpc.ServicerContext) -> Any:
        return abort_status(context, grpc.StatusCode.UNAVAILABLE, "no plugin has been loaded yet")

    def _implemented(self, request: Any, context: grpc.ServicerContext) -> Any:
        if self._plugin is None and self._failure is None:
            return self._unloaded(context)
        return hooks_pb2.ImplementedResponse(hooks=self.implemented())

    def _behaviour(self, route: _Route) -> Callable[[bytes, grpc.ServicerContext], Any]:
        """A plain method's call, start to answer, on a thread of the server's pool and a worker slot."""
        name = route.name
        parse = route.request.FromString
        decode_arguments = route.decode
        fast_types = route.fast_types
        accepts = route.accepts
        respond = route.respond
        hands_over_api = route.hook.hands_over_api
        check = self._check_result
        failed = self._failed
        take, give = self._workers.take, self._workers.give

        def behaviour(raw: bytes, context: grpc.ServicerContext) -> Any:
            HOOK_CALL.set(context)  # plugin API calls made for this hook honour its deadline
            entry = self._methods.get(name)
            handing_over = hands_over_api and self._plugin is not None
            if entry is None and not handing_over:
                if self._plugin is None and self._failure is None:
                    return self._unloaded(context)
                return self._not_served(route, context)
            try:
                request = parse(raw)
            except ProtobufDecodeError:
                return abort_status(context, grpc.StatusCode.INVALID_ARGUMENT, not_a_message(name, route.request))
            if handing_over:
                refused = self._hand_over_api(route, request)
                if refused is not None:
                    return refused
                if entry is None:  # answered anyway: the host calls it to hand the API over
                    return respond(route.hook.default(), request)
            assert entry is not None
            try:
                arguments = decode_arguments(request)
            except _ArgumentError as error:
                return abort_status(context, grpc.StatusCode.INVALID_ARGUMENT, f"{name}: {error}")
            if not take(context):
                return abort_status(context, grpc.StatusCode.DEADLINE_EXCEEDED, f"{name}: every hook worker stayed busy")
            try:
                result = entry[0](*arguments)
                if type(result) not in fast_types and (accepts is None or not accepts(result)):
                    check(route, result)
                return respond(result, request)
            except BaseException as exc:  # noqa: BLE001 - whatever a plugin raises is answered
                status, answer = failed(route, exc)
                return answer if status is None else abort_status(context, status, answer)
            finally:
                give()

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

    def _async_behaviour(self, route: _Route) -> Callable[..., None]:
        """An ``async def`` method's call: handed to the event loop, answered when it finishes."""

        def behaviour(raw: bytes, context: grpc.ServicerContext, send: Callable[[Any], None]) -> None:
            _AsyncCall(self, route, context, send).start(raw)

        behaviour.__name__ = route.name
        return on_pool(behaviour, None, non_blocking=True)

    def _failed(self, route: _Route, exc: BaseException) -> tuple[Optional[grpc.StatusCode], Any]:
        """Log what a method raised; the answer: ``(None, response)`` with an AppError, or ``(INTERNAL, details)``."""
        where = self._where(route)
        line = summary(where, exc)
        if route.hook.returns_error:
            if not isinstance(exc, PluginError):
                log.warning("%s", line, exc_info=exc)
            return None, route.response(error=app_error(exc, where))
        log.error("%s", line, exc_info=exc)
        return grpc.StatusCode.INTERNAL, line

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
        return abort_status(
            context,
            grpc.StatusCode.UNIMPLEMENTED,
            f"{hook.go_name} is not implemented by {who} (define {hook.method} to handle it)",
        )

    def _where(self, route: _Route) -> str:
        return self._where_method(route.hook)

    def _where_method(self, hook: type[Hook]) -> str:
        """``Class.method``: who serves a hook, as messages and the log name it."""
        return f"{type(self._plugin).__name__}.{hook.method}"

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


class _Service(grpc.GenericRpcHandler):
    """The PluginHooks service's method handlers, replaced whole when a plugin is loaded."""

    def __init__(self, handlers: dict[str, grpc.RpcMethodHandler]) -> None:
        self.handlers = handlers

    def service(self, handler_call_details: grpc.HandlerCallDetails) -> Optional[grpc.RpcMethodHandler]:
        return self.handlers.get(handler_call_details.method)


_DEADLINE, _CANCELLED, _STOPPING = "its deadline passed", "cancelled", "the plugin is shutting down"
"""Why an ``async def`` hook's coroutine was cancelled."""


class _AsyncCall:
    """One call of an ``async def`` hook method, from the request to the answer.

    The coroutine runs on the plugin's event loop and is the only place the
    plugin's code runs; it never raises (a failure becomes the answer). When the
    call ends on the host's side first (its deadline, a cancel, a lost
    connection: gRPC runs :meth:`host_ended`), the coroutine is cancelled; that
    is logged as the host's doing, not as a plugin failure.
    """

    __slots__ = ("servicer", "route", "context", "send", "future", "ended")

    def __init__(
        self, servicer: HookServicer, route: _Route, context: grpc.ServicerContext, send: Callable[[Any], None]
    ) -> None:
        self.servicer = servicer
        self.route = route
        self.context = context
        self.send = send
        self.ended: Optional[str] = None
        self.future: Optional[concurrent.futures.Future[tuple[Optional[grpc.StatusCode], Any]]] = None

    def start(self, raw: bytes) -> None:
        """Hand the call to the event loop; the thread that took the request is free again."""
        loop = self.servicer._loop
        if loop is None:
            self.answer(grpc.StatusCode.UNAVAILABLE, _STOPPING)
            return
        self.future = future = asyncio.run_coroutine_threadsafe(self.run(raw), loop)
        if not self.context.add_callback(self.host_ended):
            self.host_ended()
        future.add_done_callback(self.finished)

    def host_ended(self) -> None:
        """gRPC's callback when the call is over; if it is over before the answer, the host ended it."""
        future = self.future
        if future is None or future.done():
            return
        if self.servicer._stopping:
            self.ended = _STOPPING
        else:
            left = time_left(self.context)
            self.ended = _DEADLINE if left is not None and left <= 0 else _CANCELLED
        future.cancel()

    async def run(self, raw: bytes) -> tuple[Optional[grpc.StatusCode], Any]:
        """The call on the event loop: ``(None, response)``, or ``(status, details)``."""
        servicer, route = self.servicer, self.route
        where = servicer._where(route)
        task = asyncio.current_task()
        if task is not None:
            task.set_name(where)
        try:
            request = route.request.FromString(raw)
        except ProtobufDecodeError:
            return grpc.StatusCode.INVALID_ARGUMENT, not_a_message(route.name, route.request)
        try:
            arguments = route.decode(request)
        except _ArgumentError as error:
            return grpc.StatusCode.INVALID_ARGUMENT, f"{route.name}: {error}"
        HOOK_CALL.set(self.context)  # plugin API calls made for this hook honour its deadline
        if route.hook.hands_over_api:  # dialling may wait for the host's offer: not on the loop
            refused = await asyncio.to_thread(servicer._hand_over_api, route, request)
            if refused is not None:
                return None, refused
        method = servicer._methods[route.name][0]
        try:
            result = await method(*arguments)
            if type(result) not in route.fast_types and (route.accepts is None or not route.accepts(result)):
                servicer._check_result(route, result)
            return None, route.respond(result, request)
        except GeneratorExit as exc:
            if _closing(task):  # the coroutine is being closed (a pending task destroyed at exit), not failing
                raise
            return servicer._failed(route, exc)
        except asyncio.CancelledError as exc:
            if self.ended is None and not servicer._stopping:  # raised by the plugin, not a cancellation of ours
                return servicer._failed(route, exc)
            self.ended = self.ended or _STOPPING
            if self.ended == _STOPPING:
                log.debug("%s: %s was cancelled: %s", route.name, where, _STOPPING)
            else:
                level = logging.WARNING if self.ended == _DEADLINE else logging.DEBUG
                log.log(level, "%s: the host ended the call (%s) before %s finished; it was cancelled", route.name, self.ended, where)
            return grpc.StatusCode.CANCELLED, self.ended
        except BaseException as exc:  # noqa: BLE001 - whatever a plugin raises is answered
            return servicer._failed(route, exc)

    def finished(self, future: concurrent.futures.Future[tuple[Optional[grpc.StatusCode], Any]]) -> None:
        """The coroutine is done (on the event loop's thread): send its answer from an answer thread."""
        if future.cancelled():
            return
        status, answer = future.result()
        if status is None:
            answer_pool().submit(self.answer, None, answer)
        else:
            self.answer(status, answer)

    def answer(self, status: Optional[grpc.StatusCode], answer: Any) -> None:
        """End the call: with the response (no status), or with the status and its details."""
        if status is None:
            self.send(answer)
        else:
            self.context.set_code(status)
            self.context.set_details(answer)
        self.send(None)


def _closing(task: Optional[asyncio.Task[Any]]) -> bool:
    """Whether a coroutine that saw GeneratorExit is being closed rather than run by ``task``."""
    try:
        return asyncio.current_task() is not task
    except RuntimeError:  # no loop runs: closed by the garbage collector
        return True


def _run_loop(loop: asyncio.AbstractEventLoop) -> None:
    """Run the plugin's event loop until it is stopped, whatever the plugin's own tasks raise.

    A task raising SystemExit or KeyboardInterrupt makes ``run_forever`` raise
    it; the loop is then started again, losing nothing it had scheduled.
    """
    asyncio.set_event_loop(loop)
    while True:
        try:
            loop.run_forever()
        except BaseException as exc:  # noqa: BLE001 - the loop must outlive the plugin's tasks
            log.error("a task on the plugin's event loop raised %s; the loop goes on", type(exc).__name__, exc_info=exc)
            continue
        return


async def _cancel_pending(timeout: float) -> list[str]:
    """Cancel the coroutines still running; the names of those still running ``timeout`` seconds later."""
    current = asyncio.current_task()
    pending = [task for task in asyncio.all_tasks() if task is not current]
    for task in pending:
        task.cancel()
    if not pending:
        return []
    _, stubborn = await asyncio.wait(pending, timeout=timeout)
    return sorted(task.get_name() for task in stubborn)


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


__all__ = ["MAX_TEXT", "HookServicer", "SERVICE_NAME", "app_error", "exception_text", "summary"]
