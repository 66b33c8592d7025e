"""The plugin harness: serve a plugin behind a real gRPC server and call its hooks like Mattermost does."""

from __future__ import annotations

import inspect
import logging
import os
import re
import shutil
import socket
import tempfile
import threading
from pathlib import Path
import json as _json
from typing import Any, BinaryIO, Callable, Iterable, Mapping, Optional, Sequence, Union, get_origin

import grpc

from mattermost_plugin._context import Context
from mattermost_plugin._exceptions import (
    BadArguments,
    HarnessError,
    HookNotImplemented,
    HookTimedOut,
    PluginBug,
    PluginStartError,
)
from mattermost_plugin._hook import API_BROKER_FIELD, Hook
from mattermost_plugin._outcomes import HTTPResult, Ok, Outcome
from mattermost_plugin._plugin import Plugin
from mattermost_plugin._grpcserver import create_server
from mattermost_plugin._servicer import SERVICE_NAME, HookServicer
from mattermost_plugin.hooks import BY_GO_NAME, BY_METHOD
from mattermost_plugin.models import DecodeError, decode, decode_list, encode, from_dict
from mattermost_plugin.protocol import hooks_pb2
from mattermost_plugin.runtime.target import format_target, parse_target
from mattermost_plugin.testing._api_host import ApiHost
from mattermost_plugin.testing._methods import HookMethods
from mattermost_plugin.testing.fake_api import FakeAPI
from mattermost_plugin.http import HeadersInput
from mattermost_plugin.testing.host import PluginHost
from mattermost_plugin.testing.logs import CaptureHandler, Logs

IN_PROCESS = "inprocess"
PROCESS = "process"
MODES = (IN_PROCESS, PROCESS)
MODE_ENV = "MATTERMOST_PLUGIN_HARNESS_MODE"
"""Environment variable choosing the default mode (``inprocess`` or ``process``)."""

DEFAULT_TIMEOUT = 10.0

PluginSpec = Union[type[Plugin], Plugin, str, "os.PathLike[str]"]

_NO_JSON: Any = object()


def default_mode() -> str:
    """``MATTERMOST_PLUGIN_HARNESS_MODE`` or ``inprocess``."""
    mode = os.environ.get(MODE_ENV, "").strip().lower() or IN_PROCESS
    if mode not in MODES:
        raise ValueError(f"{MODE_ENV} must be one of {', '.join(MODES)}, got {mode!r}")
    return mode


def resolve_hook(hook: Union[str, type[Hook]]) -> type[Hook]:
    """A hook class from its class, Go name (``MessageWillBePosted``) or method name (``message_will_be_posted``)."""
    if isinstance(hook, type) and issubclass(hook, Hook):
        return hook
    found = BY_GO_NAME.get(str(hook)) or BY_METHOD.get(str(hook))
    if found is None:
        squashed = str(hook).replace("_", "").replace("-", "").lower()
        for candidate in BY_GO_NAME.values():
            if candidate.go_name.lower() == squashed:
                return candidate
        import difflib

        close = difflib.get_close_matches(str(hook), list(BY_METHOD) + list(BY_GO_NAME), n=1, cutoff=0.6)
        hint = f"; did you mean {close[0]}?" if close else " (mattermost-plugin hooks lists them all)"
        raise HarnessError(f"{hook!r} is not a Mattermost hook{hint}")
    return found


def load_plugin(target: Union[str, "os.PathLike[str]"], base: Optional[Path] = None) -> type[Plugin]:
    """Import a plugin class from ``path/to/plugin.py[:ClassName]`` (relative paths against ``base``)."""
    from mattermost_plugin._exceptions import PluginLoadError
    from mattermost_plugin.runtime.loader import load_plugin_class
    try:
        path, class_name = parse_target(str(target))
    except ValueError as error:
        raise PluginStartError(str(error)) from None
    file = Path(path)
    if not file.is_absolute() and base is not None and not file.exists():
        file = base / file
    try:
        return load_plugin_class(str(file), class_name)
    except PluginLoadError as error:
        raise PluginStartError(str(error)) from None


def target_of(plugin_class: type[Plugin]) -> str:
    """The ``serve`` target (``path/to/plugin.py:ClassName``) of a class defined at the top of a file."""
    if "<locals>" in plugin_class.__qualname__ or "." in plugin_class.__qualname__:
        raise PluginStartError(
            f"{plugin_class.__qualname__} is defined inside a function or class; a plugin process can only "
            "serve a class defined at the top level of a file (move it there, or use mode='inprocess')"
        )
    try:
        path = inspect.getsourcefile(plugin_class)
    except TypeError:
        path = None
    if path is None:
        raise PluginStartError(f"cannot tell which file defines {plugin_class.__name__}; pass its path instead")
    return format_target(path, plugin_class.__name__)


TIMEOUT_ADVICE = "Pass timeout= to allow longer."
"""The end of a timed-out call's message: how to give the hook more time (the command line names its option instead)."""


class _Call:
    """One hook's RPC, with the function that builds its request and reads its response."""

    def __init__(self, hook: type[Hook], channel: grpc.Channel) -> None:
        self.hook = hook
        self.request_type = getattr(hooks_pb2, f"{hook.go_name}Request")
        self.response_type = getattr(hooks_pb2, f"{hook.go_name}Response")
        self.rpc = channel.unary_unary(
            f"/{SERVICE_NAME}/{hook.go_name}",
            request_serializer=self.request_type.SerializeToString,
            response_deserializer=self.response_type.FromString,
        )


class PluginHarness(HookMethods):
    """Serve a plugin behind a real gRPC server and call its hooks the way Mattermost does.

    ``plugin`` is a Plugin subclass, an instance of one (in-process only), or a
    path ``path/to/plugin.py[:ClassName]`` (relative to ``base``, or the current
    directory). ``mode`` is ``"inprocess"`` (a gRPC server on a unix socket in
    this process: fast, and ``harness.plugin`` is the instance) or ``"process"``
    (``python -m mattermost_plugin serve`` started with go-plugin's environment,
    exactly as the Mattermost server starts plugins). The default comes from
    ``MATTERMOST_PLUGIN_HARNESS_MODE``, else ``inprocess``.

    Use it as a context manager, or call :meth:`start` and :meth:`close`.
    Every hook has a typed method (``harness.message_will_be_posted(post)``)
    returning an :class:`~mattermost_plugin.testing.Outcome`; :meth:`call` takes
    any hook by name. ``harness.logs`` holds what the plugin logged.

    ``harness.api`` is the plugin API the plugin gets (``self.api``), a
    :class:`~mattermost_plugin.testing.FakeAPI` handed over as Mattermost hands
    over its own: call :meth:`activate` first, as Mattermost activates a plugin
    before anything else. ``api=`` gives one (several harnesses sharing one are
    the nodes of a cluster); ``settings=`` are the plugin's configured settings.
    """

    def __init__(
        self,
        plugin: PluginSpec,
        *,
        mode: Optional[str] = None,
        timeout: float = DEFAULT_TIMEOUT,
        base: Optional[Union[str, "os.PathLike[str]"]] = None,
        env: Optional[Mapping[str, str]] = None,
        mtls: bool = False,
        max_workers: Optional[int] = None,
        api: Optional[FakeAPI] = None,
        settings: Optional[Mapping[str, Any]] = None,
    ) -> None:
        self.mode = mode or default_mode()
        if self.mode not in MODES:
            raise ValueError(f"mode must be one of {', '.join(MODES)}, got {self.mode!r}")
        self.timeout = timeout
        self.logs = Logs()
        self._base = Path(base) if base is not None else None
        self._spec = plugin
        self._env = dict(env or {})
        self._mtls = mtls
        self._max_workers = max_workers
        self._calls: dict[str, _Call] = {}
        self._channel: Optional[grpc.Channel] = None
        self._instance: Optional[Plugin] = None
        self._class_name = ""
        self._server: Optional[grpc.Server] = None
        self._servicer: Optional[HookServicer] = None
        self._socket_dir: Optional[str] = None
        self._capture: Optional[CaptureHandler] = None
        self._process: Optional[PluginHost] = None
        self._requests = 0
        self._lock = threading.Lock()
        if self.mode == PROCESS and isinstance(plugin, Plugin):
            raise HarnessError(
                "mode='process' starts the plugin in a new process, so it needs the class or its file, not an instance"
            )
        if env and self.mode == IN_PROCESS:
            raise HarnessError("env= sets the plugin process's environment; it needs mode='process'")
        self._api_host = ApiHost(self, api, self._plugin_folder())
        self.api: FakeAPI = self._api_host.fake
        """The plugin API the plugin is handed (an in-memory Mattermost): its data and every call the plugin made."""
        if settings is not None:
            self.api.set_settings(settings)

    # -- life --------------------------------------------------------------

    def start(self) -> "PluginHarness":
        """Start serving the plugin; raise PluginStartError when it cannot be loaded or started."""
        if self._channel is not None:
            return self
        if self.mode == IN_PROCESS:
            self._start_in_process()
        else:
            self._start_process()
        return self

    def close(self) -> None:
        """Stop the server (or the process), then its plugin API, and stop capturing logs."""
        if self._process is not None:
            self._process.close()
            self._process = None
        if self._channel is not None and self.mode == IN_PROCESS:
            self._channel.close()
        self._channel = None
        if self._server is not None:
            self._server.stop(grace=None)
            self._server = None
        if self._servicer is not None:
            self._servicer.close()
            self._servicer = None
        self._api_host.close()  # after the plugin, as Mattermost stops a plugin before its API goes
        if self._capture is not None:
            root = logging.getLogger()
            root.removeHandler(self._capture)
            _release_root_level()
            self._capture = None
        if self._socket_dir is not None:
            shutil.rmtree(self._socket_dir, ignore_errors=True)
            self._socket_dir = None

    def __enter__(self) -> "PluginHarness":
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def _plugin_class(self) -> type[Plugin]:
        spec = self._spec
        if isinstance(spec, Plugin):
            return type(spec)
        if isinstance(spec, type):
            if not issubclass(spec, Plugin):
                raise HarnessError(f"{spec.__name__} is not a subclass of mattermost_plugin.Plugin")
            return spec
        return load_plugin(spec, self._base)

    def _plugin_folder(self) -> Optional[Path]:
        """The folder of the plugin's file (where its plugin.json is), when it can be told."""
        spec = self._spec
        if isinstance(spec, (str, os.PathLike)):
            try:
                path, _ = parse_target(str(spec))
            except ValueError:
                return None
            file = Path(path)
            if not file.is_absolute() and self._base is not None and not file.exists():
                file = self._base / file
            return file.resolve().parent if file.is_file() else file.resolve() if file.is_dir() else None
        cls = type(spec) if isinstance(spec, Plugin) else spec
        try:
            source = inspect.getsourcefile(cls)
        except TypeError:
            return None
        return Path(source).resolve().parent if source else None

    def _start_in_process(self) -> None:
        plugin_class = self._plugin_class()
        self._class_name = plugin_class.__name__
        if isinstance(self._spec, Plugin):
            instance = self._spec
        else:
            try:
                instance = plugin_class()
            except Exception as error:
                raise PluginStartError(
                    f"{plugin_class.__name__}() raised {type(error).__name__}: {error} "
                    "(a plugin is created with no arguments; do set-up in on_activate)"
                ) from error
        self._capture = CaptureHandler(self.logs)
        root = logging.getLogger()
        root.addHandler(self._capture)
        _lower_root_level()
        self._instance = instance
        self._servicer = HookServicer(instance, max_workers=self._max_workers)
        self._servicer.api_target = self._api_host.target  # the plugin API, as the bridge's broker offers it
        self._server = create_server([self._servicer.handler()])
        if hasattr(socket, "AF_UNIX"):
            self._socket_dir = tempfile.mkdtemp(prefix="mmplugin-")
            os.chmod(self._socket_dir, 0o700)
            address = f"unix:{os.path.join(self._socket_dir, 'plugin.sock')}"
            self._server.add_insecure_port(address)
        else:  # pragma: no cover - Windows
            port = self._server.add_insecure_port("127.0.0.1:0")
            address = f"127.0.0.1:{port}"
        self._server.start()
        # No channel_ready_future: its connectivity poller makes channel.close() take 200 ms.
        self._channel = grpc.insecure_channel(address)

    def _start_process(self) -> None:
        spec = self._spec
        if isinstance(spec, type):
            target = target_of(spec)
            self._class_name = spec.__name__
        else:
            try:
                path, name = parse_target(str(spec))
            except ValueError as error:
                raise PluginStartError(str(error)) from None
            file = Path(path)
            if not file.is_absolute() and self._base is not None and not file.exists():
                file = self._base / file
            if not file.is_file():
                raise PluginStartError(f"the plugin file {file} does not exist")
            target = format_target(file, name)
            self._class_name = name or ""
        self._process = PluginHost(target, env=self._env, mtls=self._mtls, logs=self.logs, start_timeout=max(self.timeout, 5.0))
        self._process.start()
        self._channel = self._process.channel
        try:
            implemented = self.implemented()
        except HarnessError:
            self.close()
            raise
        if implemented == ["OnActivate"]:
            # A plugin that failed to load serves only OnActivate, to report why; the process logged it first.
            failure = next(
                (e for e in self.logs if e.level == "error" and e.logger.startswith("mattermost_plugin")), None
            )
            if failure is not None:
                self.close()
                raise PluginStartError(failure.message.removeprefix("plugin failed to load: "))

    # -- what is served ----------------------------------------------------

    @property
    def plugin(self) -> Any:
        """The plugin instance being served (in-process mode only), for white-box checks."""
        if self.mode != IN_PROCESS:
            raise HarnessError("harness.plugin is the instance in this process; with mode='process' it lives in another one")
        self.start()
        return self._instance

    @property
    def started(self) -> bool:
        """Whether the plugin is being served (:meth:`start` was called, :meth:`close` not yet)."""
        return self._channel is not None

    @property
    def process(self) -> Optional[PluginHost]:
        """The plugin process (mode='process' only)."""
        return self._process

    def implemented(self) -> list[str]:
        """The Go names of the hooks the plugin reports in ``Implemented``, as Mattermost sees them."""
        channel = self._ready_channel()
        rpc = channel.unary_unary(
            f"/{SERVICE_NAME}/Implemented",
            request_serializer=hooks_pb2.ImplementedRequest.SerializeToString,
            response_deserializer=hooks_pb2.ImplementedResponse.FromString,
        )
        try:
            return list(rpc(hooks_pb2.ImplementedRequest(), timeout=self.timeout).hooks)
        except grpc.RpcError as error:
            raise self._translate(BY_GO_NAME["OnActivate"], error, "Implemented") from None

    def activate(self) -> Outcome:
        """Do what Mattermost does when the plugin is enabled: OnConfigurationChange (if implemented),
        then OnActivate, both handing the plugin its API (``harness.api``).

        Returns OnActivate's outcome; an OnConfigurationChange error is only logged by
        Mattermost, so it is returned only when the plugin does not define ``on_activate``.
        """
        implemented = self.implemented()
        outcome: Outcome = Ok()
        if "OnConfigurationChange" in implemented:
            outcome = self.call("OnConfigurationChange")
        activated = self.call("OnActivate")  # called whether or not the plugin defines it, as the bridge does
        return activated if "OnActivate" in implemented else outcome

    def configure(self, settings: Mapping[str, Any]) -> Outcome:
        """Do what Mattermost does when an admin saves the plugin's settings: store them in
        ``harness.api`` and call OnConfigurationChange (if implemented); return its outcome."""
        self.api.set_settings(settings)
        if "OnConfigurationChange" in self.implemented():
            return self.call("OnConfigurationChange")
        return Ok()

    def deactivate(self) -> Outcome:
        """Do what Mattermost does when the plugin is disabled: call OnDeactivate if implemented."""
        if "OnDeactivate" in self.implemented():
            return self.call("OnDeactivate")
        return Ok()

    # -- calling hooks -----------------------------------------------------

    def call(
        self,
        hook: Union[str, type[Hook]],
        *args: Any,
        context: Optional[Context] = None,
        timeout: Optional[float] = None,
        **kwargs: Any,
    ) -> Outcome:
        """Call any hook by Go name, method name or class, with its parameters by position or name.

        Model parameters take a model instance, a dict of its JSON fields, or JSON text.
        """
        found = resolve_hook(hook)
        names = [param.name for param in found.params]
        if len(args) > len(names):
            raise BadArguments(f"{found.method} takes {len(names)} argument(s) ({', '.join(names) or 'none'}), got {len(args)}")
        values = dict(zip(names, args))
        for key, value in kwargs.items():
            if key not in names:
                raise BadArguments(
                    f"{found.method} has no parameter {key!r}; its parameters are {', '.join(names) or 'none'}"
                )
            if key in values:
                raise BadArguments(f"{found.method} got {key!r} twice")
            values[key] = value
        missing = [name for name in names if name not in values]
        if missing:
            raise BadArguments(f"{found.method} needs {', '.join(missing)}")
        return self._call(found, tuple(values[name] for name in names), context, timeout)

    def request(
        self,
        method: str = "GET",
        path: str = "/",
        *,
        body: Union[bytes, str, Iterable[bytes], BinaryIO, None] = None,
        json: Any = _NO_JSON,
        headers: HeadersInput = None,
        user_id: str = "",
        context: Optional[Context] = None,
        timeout: Optional[float] = None,
    ) -> HTTPResult:
        """Send an HTTP request to the plugin's ``serve_http``, as a client's request reaches it through
        Mattermost; return what the client receives.

        ``path`` is below the plugin's prefix and may carry a query (``"/items?limit=5"``). ``json``
        sends a value as a JSON body; ``user_id`` is the logged-in user Mattermost vouches for
        (empty: a request without a session).
        """
        from mattermost_plugin.http import Headers, Request

        sent = Headers(headers)
        if json is not _NO_JSON:
            if body is not None:
                raise BadArguments("request() takes body= or json=, not both")
            body = _json.dumps(json).encode("utf-8")
            if "Content-Type" not in sent:
                sent["Content-Type"] = "application/json"
        request = Request(
            method,
            path,
            headers=sent,
            body=body if body is not None else b"",
            user_id=user_id,
            host="localhost:8065",
            remote_addr="127.0.0.1:50000",
            root_path="/plugins/harness",
        )
        return self.serve_http(request, context=context, timeout=timeout)

    def _call(self, hook: type[Hook], arguments: Sequence[Any], context: Optional[Context], timeout: Optional[float]) -> Outcome:
        if hook.streams:
            return self._stream(hook, arguments, context, timeout)
        call = self._call_for(hook)
        request = self._request(hook, call, arguments, context)
        try:
            response = call.rpc(request, timeout=timeout if timeout is not None else self.timeout)
        except grpc.RpcError as error:
            raise self._translate(hook, error, self._where(hook)) from None
        return self._outcome(hook, request, response)

    def _ready_channel(self) -> grpc.Channel:
        if self._channel is None:
            self.start()
        assert self._channel is not None
        return self._channel

    def _call_for(self, hook: type[Hook]) -> _Call:
        channel = self._ready_channel()
        call = self._calls.get(hook.go_name)
        if call is None:
            call = self._calls[hook.go_name] = _Call(hook, channel)
        return call

    def _where(self, hook: type[Hook]) -> str:
        return f"{self._class_name}.{hook.method}" if self._class_name else hook.method

    def _next_context(self) -> Context:
        with self._lock:
            self._requests += 1
            number = self._requests
        return Context(session_id="harness-session", request_id=f"harness-request-{number}", user_agent="mattermost-plugin harness")

    def _stream(self, hook: type[Hook], arguments: Sequence[Any], context: Optional[Context], timeout: Optional[float]) -> Outcome:
        """A streaming hook's call: the request frames out, every response frame back, read as the host does."""
        from mattermost_plugin.http import Body, Request

        channel = self._ready_channel()
        request_type = getattr(hooks_pb2, f"{hook.go_name}Request")
        response_type = getattr(hooks_pb2, f"{hook.go_name}Response")
        rpc = channel.stream_stream(
            f"/{SERVICE_NAME}/{hook.go_name}",
            request_serializer=request_type.SerializeToString,
            response_deserializer=response_type.FromString,
        )
        values: list[Any] = []
        for param, value in zip(hook.params, arguments):
            if param.type is Request:
                if isinstance(value, Mapping):
                    try:
                        value = Request(**value)
                    except TypeError as error:
                        raise BadArguments(f"{hook.method}: {param.name} is not a valid Request: {error}") from None
                elif value is not None and not isinstance(value, Request):
                    raise BadArguments(f"{hook.method}: {param.name} must be a mattermost_plugin.http.Request, got {type(value).__name__}")
            elif param.type is Body:
                if isinstance(value, str):
                    value = value.encode("utf-8")
            elif param.model is not None:
                value = _model(hook, param.name, param.model, value)
            values.append(value)
        frames = hook.host_frames(tuple(values), self._plugin_context(hook, context), request_type)  # type: ignore[attr-defined]
        where = self._where(hook)
        try:
            responses = list(rpc(frames, timeout=timeout if timeout is not None else self.timeout))
        except grpc.RpcError as error:
            raise self._translate(hook, error, where) from None
        return hook.host_outcome(responses, call=where, decode=self._decoder(where))  # type: ignore[attr-defined,no-any-return]

    def _plugin_context(self, hook: type[Hook], context: Optional[Context]) -> Any:
        """The request's PluginContext message (None for a hook that takes no context)."""
        if not hook.context:
            if context is not None:
                raise BadArguments(f"{hook.go_name} takes no context (Mattermost does not pass one to it)")
            return None
        if context is None:
            context = self._next_context()
        elif not isinstance(context, Context):
            raise BadArguments(f"context= must be a mattermost_plugin.Context, got {type(context).__name__}")
        return hooks_pb2.PluginContext(
            session_id=context.session_id,
            connection_id=context.connection_id,
            request_id=context.request_id,
            ip_address=context.ip_address,
            accept_language=context.accept_language,
            user_agent=context.user_agent,
        )

    def _request(self, hook: type[Hook], call: _Call, arguments: Sequence[Any], context: Optional[Context]) -> Any:
        fields: dict[str, Any] = {}
        plugin_context = self._plugin_context(hook, context)
        if plugin_context is not None:
            fields["context"] = plugin_context
        if hook.hands_over_api:  # as the bridge does: the broker id of the plugin API
            fields[API_BROKER_FIELD] = self._api_host.offer()
        for param, value in zip(hook.params, arguments):
            if param.model is None:
                fields[param.name] = _scalar(hook, param.name, param.type, value)
            elif param.is_list:
                if value is None:
                    value = []
                if not isinstance(value, (list, tuple)):
                    raise BadArguments(f"{hook.method}: {param.name} must be a list of {param.model.__name__}, got {type(value).__name__}")
                items = [_model(hook, f"{param.name}[{index}]", param.model, item) for index, item in enumerate(value)]
                fields[param.name] = [encode(item) for item in items]
            else:
                model = _model(hook, param.name, param.model, value)
                fields[param.name] = b"" if model is None else encode(model)
                for attribute in param.fill:
                    if model is not None:
                        fields[attribute] = getattr(model, attribute)
        return call.request_type(**fields)

    def _outcome(self, hook: type[Hook], request: Any, response: Any) -> Outcome:
        where = self._where(hook)
        return hook.outcome(response, request, call=where, decode=self._decoder(where))

    def _decoder(self, where: str) -> Callable[[Any, Any], Any]:
        """Decodes what the plugin sent back; JSON that does not decode is the plugin's bug."""

        def decode_result(annotation: Any, raw: Any) -> Any:
            many = get_origin(annotation) is list
            model = annotation.__args__[0] if many else annotation
            try:
                return decode_list(model, raw) if many else decode(model, raw)
            except DecodeError as error:
                raise PluginBug(
                    where, f"{where} sent back {model.__name__} JSON that does not decode: {error.without_value}"
                ) from None

        return decode_result

    def _translate(self, hook: type[Hook], error: grpc.RpcError, where: str) -> HarnessError:
        code = error.code() if hasattr(error, "code") else None
        details = (error.details() if hasattr(error, "details") else "") or str(error)
        if code is grpc.StatusCode.UNIMPLEMENTED:
            named = re.search(r"not implemented by (\w+)", details)
            who = self._class_name or (named.group(1) if named else "the plugin")
            return HookNotImplemented(
                f"{who} does not define {hook.method}, so Mattermost would never call "
                f"{hook.go_name}. To handle it, add this method to the class:\n    {hook.typed_signature()}:"
            )
        if code is grpc.StatusCode.INTERNAL:
            if f"{where} returned " in details and " expects " in details:
                details += "\n" + _return_advice(hook)
            return PluginBug(where, details, self._plugin_traceback(where))
        if code is grpc.StatusCode.DEADLINE_EXCEEDED:
            return HookTimedOut(
                f"{where} did not finish within the deadline ({details}); Mattermost would give up on the call "
                "and apply the hook's default. " + TIMEOUT_ADVICE
            )
        if code is grpc.StatusCode.INVALID_ARGUMENT:
            return BadArguments(f"the plugin could not decode the request: {details}")
        if code is grpc.StatusCode.UNAVAILABLE and self._process is not None:
            exit_code = self._process.returncode
            if exit_code is not None:
                return PluginStartError(f"the plugin process exited with code {exit_code} during {where}" + self._process._tail())
        name = code.name if code is not None else "an error"
        return HarnessError(f"{where} ended with gRPC status {name}: {details}")

    def _plugin_traceback(self, where: str) -> Optional[str]:
        """The traceback the servicer logged for the failed call (before answering it), if any."""
        logged = (entry for entry in reversed(self.logs.snapshot()) if entry.traceback and where in entry.message)
        entry = next(logged, None)
        return trim_traceback(entry.traceback) if entry is not None else None


_SDK = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep
_FRAME = re.compile(r'^  File "(?P<file>[^"]+)", line \d+')


def trim_traceback(text: Optional[str]) -> Optional[str]:
    """Drop the SDK's own frames from a plugin traceback, so it shows the plugin's code.

    Returns None when nothing of the plugin's is left (a wrong return type is
    reported by the SDK, and its message already says everything).
    """
    if not text:
        return None
    kept: list[str] = []
    skipping = False
    plugin_frames = 0
    for line in text.splitlines():
        match = _FRAME.match(line)
        if match:
            skipping = os.path.abspath(match.group("file")).startswith(_SDK)
            plugin_frames += not skipping
            if not skipping:
                kept.append(line)
            continue
        if skipping and line.startswith("    "):
            continue
        skipping = False
        kept.append(line)
    if plugin_frames == 0:
        return None
    return "\n".join(kept)


_ROOT_LOCK = threading.Lock()
_ROOT_USERS = 0
_ROOT_SAVED_LEVEL = logging.WARNING


def _lower_root_level() -> None:
    """Let DEBUG records reach the capture handlers while any in-process harness runs."""
    global _ROOT_USERS, _ROOT_SAVED_LEVEL
    with _ROOT_LOCK:
        root = logging.getLogger()
        if _ROOT_USERS == 0:
            _ROOT_SAVED_LEVEL = root.level
        _ROOT_USERS += 1
        root.setLevel(logging.DEBUG)


def _release_root_level() -> None:
    """Put the root logger's level back once the last in-process harness has closed."""
    global _ROOT_USERS
    with _ROOT_LOCK:
        _ROOT_USERS -= 1
        if _ROOT_USERS == 0:
            logging.getLogger().setLevel(_ROOT_SAVED_LEVEL)


def _return_advice(hook: type[Hook]) -> str:
    """What the author's method may return, one line per form (from the hook reference)."""
    lines = [f"{hook.method} may return:"]
    for form, meaning in hook.return_forms():
        lines.append(f"  {form.replace('`', '')}: {meaning.replace('`', '')}")
    return "\n".join(lines)


def _scalar(hook: type[Hook], name: str, expected: type, value: Any) -> Any:
    if expected is int and isinstance(value, int) and not isinstance(value, bool):
        return value
    if expected is not int and isinstance(value, expected):
        return value
    raise BadArguments(f"{hook.method}: {name} must be {expected.__name__}, got {type(value).__name__}")


def _model(hook: type[Hook], name: str, model: type, value: Any) -> Any:
    if value is None or isinstance(value, model):
        return value
    try:
        if isinstance(value, Mapping):
            return from_dict(model, dict(value))
        if isinstance(value, (str, bytes, bytearray)):
            return decode(model, value)
    except DecodeError as error:
        raise BadArguments(f"{hook.method}: {name} is not a valid {model.__name__}: {error.without_value}") from None
    except (TypeError, ValueError) as error:
        raise BadArguments(f"{hook.method}: {name} is not a valid {model.__name__}: {error}") from None
    raise BadArguments(
        f"{hook.method}: {name} must be a {model.__name__} (or a dict of its JSON fields), got {type(value).__name__}"
    )


HarnessFactory = Callable[..., PluginHarness]

__all__ = ["DEFAULT_TIMEOUT", "IN_PROCESS", "MODES", "MODE_ENV", "PROCESS", "PluginHarness", "load_plugin", "resolve_hook"]
