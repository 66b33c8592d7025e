"""The ``Plugin`` base class and the checks run when a plugin class is created."""

from __future__ import annotations

import difflib
import inspect
import logging
from typing import TYPE_CHECKING, Any, ClassVar, Optional

from mattermost_plugin._exceptions import ApiUnavailable, PluginDefinitionError
from mattermost_plugin._hook import DISMISS_POST, Hook
from mattermost_plugin._settings import install_settings_loading
from mattermost_plugin.hooks import BY_METHOD
from mattermost_plugin.http import MAX_REQUEST_BODY, MAX_UPLOAD_SIZE

if TYPE_CHECKING:
    from mattermost_plugin.api import API, AsyncAPI
    from mattermost_plugin.api.kv import KV, AsyncKV

_SPELLINGS = {name.replace("_", ""): name for name in BY_METHOD}


class Plugin:
    """Subclass this and define one snake_case method per Mattermost hook you handle.

    A hook is implemented by defining its method (``message_will_be_posted``,
    ``execute_command``, ...); Mattermost calls exactly those. Methods may be
    plain or ``async def``. Signatures and near-miss names are checked when the
    class is created, so mistakes fail at import.
    """

    __hooks__: ClassVar[dict[str, type[Hook]]] = {}
    """The hooks this class implements, by Go name (filled in at class creation)."""

    max_request_body: ClassVar[int] = MAX_REQUEST_BODY
    """The largest HTTP request body (in bytes) ``serve_http`` and ``serve_metrics`` may read; reading past
    it raises ``BodyTooLarge`` (413 for the client). 100 MiB, Mattermost's default ``MaxFileSize``;
    set it in the class body to change it."""

    max_upload_size: ClassVar[int] = MAX_UPLOAD_SIZE
    """The largest upload (in bytes) ``file_will_be_uploaded`` may read; reading past it raises
    ``BodyTooLarge`` (the upload is rejected). 100 MiB, Mattermost's default ``MaxFileSize``."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        install_settings_loading(cls)  # a class declaring Settings loads them in on_configuration_change
        _check_limits(cls)
        cls.__hooks__ = _implemented_hooks(cls)

    @property
    def api(self) -> API:
        """Mattermost's plugin API (Go's ``plugin.API``): ``self.api.get_user(user_id)``,
        ``self.api.create_post(post)``, ``self.api.kv_set(key, value)``...

        Mattermost hands a plugin its API when it activates it, so this is available
        from the first ``on_configuration_change`` or ``on_activate`` on, in every hook
        after that, and in threads the plugin starts. Before (in ``__init__``, at import)
        it raises :class:`~mattermost_plugin.ApiUnavailable` saying so. In ``async def``
        hooks, use :attr:`async_api`, which does not block the event loop.
        """
        api = self.__dict__.get(API_ATTRIBUTE)
        if api is None:
            raise _not_connected("api")
        return api  # type: ignore[no-any-return]

    @property
    def async_api(self) -> AsyncAPI:
        """Mattermost's plugin API for ``async def`` hooks: :attr:`api`'s methods, to ``await``.

        ``await self.async_api.get_user(user_id)`` sends the call and lets the event
        loop run other hooks until the answer arrives. Available when :attr:`api` is.
        """
        api = self.__dict__.get(ASYNC_API_ATTRIBUTE)
        if api is None:
            raise _not_connected("async_api")
        return api  # type: ignore[no-any-return]

    @property
    def kv(self) -> KV:
        """The plugin's key-value store with JSON values, on :attr:`api`: ``self.kv.get(key)``,
        ``self.kv.set(key, value, expire_in=60)``, ``self.kv.compare_and_set(key, old, new)``,
        ``self.kv.modify(key, change)``, ``self.kv.keys(prefix)``, ``self.kv.delete(key)``."""
        from mattermost_plugin.api.kv import KV

        return KV(self.api)

    @property
    def async_kv(self) -> AsyncKV:
        """:attr:`kv` for ``async def`` hooks, on :attr:`async_api`: the same methods, awaitable."""
        from mattermost_plugin.api.kv import AsyncKV

        return AsyncKV(self.async_api)

    @property
    def logger(self) -> logging.Logger:
        """A logger named after the plugin class; its records reach the Mattermost server log."""
        return logging.getLogger(f"plugin.{type(self).__name__}")

    @classmethod
    def implemented(cls) -> list[str]:
        """The Go names of the hooks this plugin implements, in hook ID order."""
        return [name for name, _ in sorted(cls.__hooks__.items(), key=lambda item: item[1].id)]


API_ATTRIBUTE = "_mattermost_api"
ASYNC_API_ATTRIBUTE = "_mattermost_async_api"


def attach_api(plugin: Plugin, api: Optional[API], async_api: Optional[AsyncAPI] = None) -> None:
    """Give ``plugin`` the objects ``self.api`` and ``self.async_api`` return (None takes them away).

    The plugin process attaches the clients of the bridge's PluginAPI service when
    Mattermost activates the plugin; a test harness may attach stand-ins.
    """
    plugin.__dict__[API_ATTRIBUTE] = api
    plugin.__dict__[ASYNC_API_ATTRIBUTE] = async_api


def _not_connected(attribute: str) -> ApiUnavailable:
    return ApiUnavailable(
        f"self.{attribute} is not available yet: Mattermost hands a plugin its API when it activates it, so it can "
        "be used from the first on_configuration_change or on_activate on, not in __init__ or at import. "
        "(In a test, call harness.activate() first: the harness hands the plugin its FakeAPI as Mattermost does.)",
        id="plugin.api.not_connected",
        status_code=503,
    )


def _check_limits(cls: type) -> None:
    """The body limits a class sets must be whole numbers of bytes, at least 1."""
    for name in ("max_request_body", "max_upload_size"):
        value = getattr(cls, name)
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise PluginDefinitionError(
                f"{cls.__name__}.{name} is {value!r}; set it to a number of bytes, at least 1 "
                f"(for example {name} = 10 * 1024 * 1024 for 10 MiB)"
            )


def _implemented_hooks(cls: type) -> dict[str, type[Hook]]:
    """Find the hook methods of a plugin class and check each one; report near misses."""
    found: dict[str, type[Hook]] = {}
    for name in dir(cls):
        if name.startswith("_"):
            continue
        hook = BY_METHOD.get(name)
        if hook is not None:
            problem = hook_method_problem(cls.__name__, hook, inspect.getattr_static(cls, name))
            if problem is not None:
                raise PluginDefinitionError(problem)
            found[hook.go_name] = hook
        elif name in cls.__dict__ and callable(cls.__dict__[name]):
            problem = misspelt_hook_problem(cls.__name__, name)
            if problem is not None:
                raise PluginDefinitionError(problem)
    return found


def hook_method_problem(owner: str, hook: type[Hook], attribute: Any) -> Optional[str]:
    """What is wrong with ``attribute``, defined on class ``owner`` to implement ``hook``; None when it fits.

    ``attribute`` is what the class body defines (a function, a staticmethod ...),
    or an :class:`inspect.Signature` when only the signature is known (``mattermost-plugin check``
    reads it from the source). The method must be a plain (or ``async``) method
    that accepts exactly the arguments the hook passes.
    """
    if isinstance(attribute, inspect.Signature):
        signature = attribute
    elif isinstance(attribute, (staticmethod, classmethod)) or not inspect.isfunction(attribute):
        return (
            f"{owner}.{hook.method} must be a plain method (def {hook.method}(self, ...)) to implement "
            f"{hook.go_name}. Write it as: {hook.typed_signature()}"
        )
    else:
        signature = inspect.signature(attribute)
    expected = hook.argument_names()
    parameters = list(signature.parameters.values())
    positional = [p for p in parameters if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    required = [p for p in positional if p.default is p.empty]
    varargs = any(p.kind is p.VAR_POSITIONAL for p in parameters)
    keyword_only = [p for p in parameters if p.kind is p.KEYWORD_ONLY and p.default is p.empty]
    count = len(expected) + 1  # self
    if len(required) <= count and (varargs or len(positional) >= count) and not keyword_only:
        return None
    written = ", ".join(_parameter_names(parameters))
    passes = f"{len(expected)} argument{'s' if len(expected) != 1 else ''}"
    names = f" ({', '.join(expected)})" if expected else ""
    return (
        f"{owner}.{hook.method}({written}) does not fit the {hook.go_name} hook, which passes {passes}{names} "
        f"after self. Write it as: {hook.typed_signature()}"
    )


def _parameter_names(parameters: list[inspect.Parameter]) -> list[str]:
    """Parameter names as written in a ``def`` line: ``self, post, *args, flag, **options``."""
    names: list[str] = []
    star = False
    for parameter in parameters:
        if parameter.kind is parameter.VAR_POSITIONAL:
            names.append(f"*{parameter.name}")
            star = True
        elif parameter.kind is parameter.VAR_KEYWORD:
            names.append(f"**{parameter.name}")
        else:
            if parameter.kind is parameter.KEYWORD_ONLY and not star:
                names.append("*")
                star = True
            names.append(parameter.name)
    return names


def misspelt_hook_problem(owner: str, name: str) -> Optional[str]:
    """The message for a method ``name`` that is close to a hook's name but not one; None when it is not close."""
    suggestion = suggest_hook(name)
    if suggestion is None:
        return None
    return (
        f"{owner}.{name} is not a Mattermost hook; did you mean {suggestion}? Rename it to {suggestion}, "
        "or start its name with an underscore if it is a helper."
    )


def suggest_hook(name: str) -> Optional[str]:
    """The hook method an author probably meant by ``name``, or None when it is not close to one."""
    squashed = name.replace("_", "").lower()
    if squashed in _SPELLINGS:
        return _SPELLINGS[squashed]
    close = difflib.get_close_matches(name.lower(), BY_METHOD, n=1, cutoff=0.9)
    return close[0] if close else None


__all__ = ["DISMISS_POST", "Plugin", "attach_api", "hook_method_problem", "misspelt_hook_problem", "suggest_hook"]
