"""The ``Plugin`` base class and the checks run when a plugin class is created."""

from __future__ import annotations

import difflib
import inspect
import logging
from typing import Any, Callable, ClassVar

from mattermost_plugin._errors import PluginDefinitionError
from mattermost_plugin._hook import Hook, Semantics
from mattermost_plugin.hooks import BY_METHOD

DISMISS_POST = "plugin.message_will_be_posted.dismiss_post"
"""Return this from ``message_will_be_posted`` to drop the post silently (Go's ``plugin.DismissPostError``)."""

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

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.__hooks__ = _implemented_hooks(cls)

    @property
    def logger(self) -> logging.Logger:
        """A logger named after the plugin class; its records reach the Mattermost server log."""
        return logging.getLogger(f"plugin.{type(self).__name__}")

    @classmethod
    def implemented(cls) -> list[str]:
        """The Go names of the hooks this plugin implements, in hook ID order."""
        return [name for name, _ in sorted(cls.__hooks__.items(), key=lambda item: item[1].id)]


def _implemented_hooks(cls: type) -> dict[str, type[Hook]]:
    """Find the hook methods of a plugin class and check each one; report near misses."""
    found: dict[str, type[Hook]] = {}
    for name in dir(cls):
        if name.startswith("_"):
            continue
        hook = BY_METHOD.get(name)
        if hook is not None:
            function = _hook_function(cls, name, hook)
            _check_signature(cls, function, hook)
            found[hook.go_name] = hook
        elif name in cls.__dict__ and callable(cls.__dict__[name]):
            suggestion = _near_miss(name)
            if suggestion is not None:
                raise PluginDefinitionError(
                    f"{cls.__name__}.{name} is not a Mattermost hook; did you mean "
                    f"{suggestion}? (Prefix helper methods with an underscore.)"
                )
    return found


def _hook_function(cls: type, name: str, hook: type[Hook]) -> Callable[..., Any]:
    """The plain function behind a hook method, or a clear error for anything else."""
    attribute = inspect.getattr_static(cls, name)
    if hook.semantics is Semantics.STREAM:
        raise PluginDefinitionError(
            f"{cls.__name__}.{name}: {hook.go_name} streams HTTP or file bodies and is not "
            "served by this version of mattermost-plugin yet; remove the method."
        )
    if isinstance(attribute, (staticmethod, classmethod)) or not inspect.isfunction(attribute):
        raise PluginDefinitionError(
            f"{cls.__name__}.{name} must be a plain method (def {name}(self, ...)) "
            f"to implement {hook.go_name}."
        )
    return attribute


def _check_signature(cls: type, function: Callable[..., Any], hook: type[Hook]) -> None:
    """Fail unless the method accepts exactly the arguments the hook passes."""
    expected = hook.argument_names()
    parameters = list(inspect.signature(function).parameters.values())
    positional = [
        p for p in parameters if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
    ]
    required = [p for p in positional if p.default is p.empty]
    varargs = any(p.kind is p.VAR_POSITIONAL for p in parameters)
    keyword_only = [p for p in parameters if p.kind is p.KEYWORD_ONLY and p.default is p.empty]
    count = len(expected) + 1  # self
    if len(required) <= count and (varargs or len(positional) >= count) and not keyword_only:
        return
    written = ", ".join(p.name for p in parameters)
    passes = f"{len(expected)} argument{'s' if len(expected) != 1 else ''}"
    raise PluginDefinitionError(
        f"{cls.__name__}.{hook.method}({written}) does not fit the {hook.go_name} hook, "
        f"which passes {passes}{' (' + ', '.join(expected) + ')' if expected else ''}. "
        f"Write it as: {hook.signature()}"
    )


def _near_miss(name: str) -> str | None:
    """The hook method an author probably meant, or None when the name is not close to one."""
    squashed = name.replace("_", "").lower()
    if squashed in _SPELLINGS:
        return _SPELLINGS[squashed]
    close = difflib.get_close_matches(name.lower(), BY_METHOD, n=1, cutoff=0.9)
    return close[0] if close else None


__all__ = ["DISMISS_POST", "Plugin"]
