"""Every exception mattermost-plugin raises, in one hierarchy.

::

    MattermostPluginError            the base of everything below
    ├── PluginError                  raised by a hook on purpose: the AppError Mattermost receives
    │   ├── ApiError                 a plugin API call failed: Mattermost's AppError or error, kept whole
    │   │   ├── ApiUnavailable       the plugin API is not connected (yet), or the server cannot be reached
    │   │   └── ApiTimeout           a plugin API call did not finish before its deadline
    │   ├── KVConflict               ``self.kv.modify`` lost every race to other writers of the key
    │   └── SettingsError            the plugin's settings are not loaded, or a value does not fit its type
    ├── PluginDefinitionError        a Plugin class or hook declaration is written wrongly (a TypeError)
    ├── DecodeError                  JSON that does not fit the model it is decoded into (a ValueError)
    ├── ResultTypeError              a hook method returned a value of the wrong type (a TypeError)
    ├── PluginLoadError              the plugin file or class cannot be loaded
    ├── HandshakeError               the plugin process cannot start serving
    │   └── NotLaunchedByHost        it was started by hand, not by a Mattermost server
    ├── BrokerError                  a service the host offers through go-plugin's broker cannot be dialled
    ├── BodyTooLarge                 a request body or upload is larger than the plugin accepts
    ├── ClientDisconnected           the HTTP client (or the server) went away during a streaming call (an OSError)
    ├── CommandError                 a command-line failure the user can fix (printed without a traceback)
    │   └── BundleError              a plugin bundle cannot be built or deployed
    └── HarnessError                 a test harness call did not produce an outcome
        ├── PluginBug                the hook raised where Go has no error result, or returned a wrong type
        ├── HookNotImplemented       the plugin does not define the hook that was called
        ├── HookTimedOut             the hook did not finish before the deadline
        ├── BadArguments             the arguments cannot be turned into the hook's request
        ├── PluginStartError         the plugin could not be started
        └── NotModelled              the plugin called an API method the harness's FakeAPI neither models nor was given

Business outcomes of a hook (a rejection, an AppError from ``execute_command``)
are not exceptions in tests: the harness returns them as outcomes.
"""

from __future__ import annotations

from typing import Any, Optional


class MattermostPluginError(Exception):
    """The base class of every exception mattermost-plugin raises."""


class PluginError(MattermostPluginError):
    """An error a hook raises on purpose, with the AppError fields Mattermost shows.

    Raise it from a hook whose Go signature returns an error (``on_activate``,
    ``execute_command``, ``run_data_retention``, ...) to choose the AppError's
    id, HTTP status code and detail. Any other exception raised there becomes an
    AppError too, with id ``plugin.error`` and status 500.
    """

    def __init__(
        self,
        message: str,
        *,
        id: str = "plugin.error",
        status_code: int = 500,
        detailed_error: str = "",
    ) -> None:
        super().__init__(message)
        self.message = message
        self.id = id
        self.status_code = status_code
        self.detailed_error = detailed_error


class ApiError(PluginError):
    """A plugin API call failed: Mattermost answered with an error.

    A Go ``*model.AppError`` keeps all its fields: ``id`` (``"app.user.get.app_error"``),
    ``message``, ``detailed_error``, ``status_code``, ``where`` and ``request_id``. A plain
    Go ``error`` has only its ``message`` (``id`` is ``""`` and ``status_code`` 0).
    ``method`` is the Go name of the API method that failed (``"GetUser"``).

    It is a :class:`PluginError`: raised out of a hook that returns an error, it
    becomes exactly the AppError Mattermost gave (with status 500 for a plain error).
    """

    def __init__(
        self,
        message: str,
        *,
        id: str = "",
        status_code: int = 0,
        detailed_error: str = "",
        where: str = "",
        request_id: str = "",
        method: str = "",
    ) -> None:
        super().__init__(message, id=id, status_code=status_code, detailed_error=detailed_error)
        self.where = where
        self.request_id = request_id
        self.method = method

    def __str__(self) -> str:
        text = f"{self.method}: {self.message}" if self.method else self.message
        details = [part for part in (self.id, f"status {self.status_code}" if self.status_code else "") if part]
        if self.detailed_error:
            details.append(self.detailed_error)
        return f"{text} ({', '.join(details)})" if details else text

    def __reduce__(self) -> Any:
        return (
            _rebuild_api_error,
            (type(self), self.message, self.id, self.status_code, self.detailed_error, self.where, self.request_id, self.method),
        )


def _rebuild_api_error(cls: type[ApiError], message: str, *fields: Any) -> ApiError:
    id, status_code, detailed_error, where, request_id, method = fields
    return cls(message, id=id, status_code=status_code, detailed_error=detailed_error, where=where, request_id=request_id, method=method)


class ApiUnavailable(ApiError):
    """The plugin API cannot be reached: it is not connected yet (before Mattermost
    activates the plugin, or outside a plugin process), or the server went away."""


class ApiTimeout(ApiError):
    """A plugin API call did not finish before its deadline (``with_timeout``, or the hook's own)."""


class KVConflict(PluginError):
    """``self.kv.modify`` read, changed and tried to write a key, and another writer changed
    it first, every time it tried."""

    def __init__(self, message: str) -> None:
        super().__init__(message, id="plugin.kv.conflict", status_code=409)


class SettingsError(PluginError):
    """The plugin's settings are not loaded yet, or the configuration holds a value that does not
    fit the settings class (the message names the setting, what it must be and what it was)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, id="plugin.settings.invalid", status_code=400)


class PluginDefinitionError(MattermostPluginError, TypeError):
    """A plugin class is written wrongly: a misspelt hook name or a wrong signature.

    Raised when the class is created, so the mistake shows at import time rather
    than when Mattermost first calls the hook. A hook declaration in
    ``mattermost_plugin.hooks`` that is incomplete raises it too.
    """


class DecodeError(MattermostPluginError, ValueError):
    """A JSON document that does not fit the model it is decoded into, or is not JSON.

    ``path`` locates the offending value (``"create_at"``, ``"metadata.files[0].id"``,
    ``'users["abc"].id'``, or ``""`` for the whole document); ``message`` says what was
    expected; ``received`` shows what came instead (a short rendering of the value,
    or "" when not known). The error's text has all three, a very long path
    shortened in the middle; :attr:`without_value` leaves the value out, for
    anything sent to a host or logged (a value may be a password or a user's message).
    """

    def __init__(self, path: str, message: str, received: str = "") -> None:
        self.path = path
        self.message = message
        self.received = received
        super().__init__(self._text(received))

    def _text(self, received: str) -> str:
        path = self.path if len(self.path) <= 200 else f"{self.path[:120]}...{self.path[-60:]}"
        text = f"{self.message}, got {received}" if received else self.message
        return f"{path}: {text}" if path else text

    @property
    def without_value(self) -> str:
        """Where the document did not fit and what was expected, without the value received."""
        return self._text("")

    def __reduce__(self) -> Any:
        return (DecodeError, (self.path, self.message, self.received))

    def within(self, prefix: str) -> "DecodeError":
        """The same error seen from the enclosing object, under ``prefix``."""
        p = self.path
        if not p:
            path = prefix
        elif p[0] == "[":
            path = prefix + p
        else:
            path = f"{prefix}.{p}"
        return DecodeError(path, self.message, self.received)


class ResultTypeError(MattermostPluginError, TypeError):
    """A plugin's hook method returned a value of the wrong type.

    The message names the method, the type that came back and the types the
    hook accepts; it never shows the value itself, which may hold secrets.
    """


class PluginLoadError(MattermostPluginError):
    """The plugin file or class could not be loaded; the text says why."""


class HandshakeError(MattermostPluginError):
    """The plugin process cannot start serving; the text says why, for the person reading the log."""


class NotLaunchedByHost(HandshakeError):
    """The go-plugin magic cookie is missing: a person started the plugin by hand."""


class BrokerError(MattermostPluginError):
    """A service the host offers through go-plugin's broker cannot be dialled; the text says why."""


class BodyTooLarge(MattermostPluginError):
    """A request body or an upload is larger than the plugin accepts.

    Reading a body past the limit (``Plugin.max_request_body`` for HTTP requests,
    ``Plugin.max_upload_size`` for uploads) raises it. Left to escape the hook
    method, it answers the request with 413 Request Entity Too Large, or rejects
    the upload.
    """

    def __init__(self, what: str, limit: int) -> None:
        super().__init__(f"the {what} is larger than this plugin accepts ({limit} bytes)")
        self.what = what
        self.limit = limit


class ClientDisconnected(MattermostPluginError, ConnectionError):
    """The other end of a streaming call went away: the HTTP client left, or the server ended the call.

    Reading the body or sending the response after that raises it. It is an
    ``OSError`` (a ``ConnectionError``), as ASGI servers raise when an app sends
    to a closed connection.
    """


class CommandError(MattermostPluginError):
    """A command-line failure the user can fix; its text is printed without a traceback."""


class BundleError(CommandError):
    """A plugin bundle cannot be built or deployed; the one-line text says what is wrong and what to do."""


class HarnessError(MattermostPluginError):
    """A test harness call did not produce an outcome."""


class PluginBug(HarnessError):
    """The hook raised where its Go signature has no error result, or returned the wrong type.

    Mattermost logs it, applies the hook's default and keeps the plugin running;
    in a test it is almost always a bug. ``details`` is the one-line status the
    host sees; ``plugin_traceback`` is the traceback the plugin logged (when known).
    """

    def __init__(self, call: str, details: str, plugin_traceback: Optional[str] = None) -> None:
        text = details
        if plugin_traceback:
            text += "\n\nThe plugin's traceback:\n" + plugin_traceback.rstrip()
        super().__init__(text)
        self.call = call
        self.details = details
        self.plugin_traceback = plugin_traceback


class HookNotImplemented(HarnessError):
    """The plugin does not define the hook that was called, so Mattermost would never call it."""


class HookTimedOut(HarnessError):
    """The hook did not finish before the deadline (the host gives up and applies the default)."""


class BadArguments(HarnessError):
    """The arguments could not be turned into the hook's request (wrong model, undecodable JSON)."""


class PluginStartError(HarnessError):
    """The plugin could not be started: its module failed to import, or the process died."""


class NotModelled(HarnessError):
    """The plugin called a plugin API method that the harness's ``FakeAPI`` does not model
    and the test did not stub (the message says how to stub it)."""


__all__ = [
    "ApiError",
    "ApiTimeout",
    "ApiUnavailable",
    "BadArguments",
    "BodyTooLarge",
    "BrokerError",
    "BundleError",
    "ClientDisconnected",
    "CommandError",
    "DecodeError",
    "HandshakeError",
    "HarnessError",
    "HookNotImplemented",
    "HookTimedOut",
    "KVConflict",
    "MattermostPluginError",
    "NotLaunchedByHost",
    "NotModelled",
    "PluginBug",
    "PluginDefinitionError",
    "PluginError",
    "PluginLoadError",
    "PluginStartError",
    "ResultTypeError",
    "SettingsError",
]
