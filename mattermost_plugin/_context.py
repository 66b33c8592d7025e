"""The request metadata Mattermost passes to most hooks (Go's ``*plugin.Context``)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

FIELDS = ("session_id", "connection_id", "request_id", "ip_address", "accept_language", "user_agent")
"""The names of :class:`Context`'s fields, in Go's order."""


class Context:
    """Who and what triggered a hook call: Go's ``plugin.Context``.

    Every field is an empty string when the server did not know it (for example
    a hook fired by a background job has no session). A context is read-only;
    two contexts are equal when all their fields are.

    When the SDK serves a call, the context reads its fields from the request
    message when the plugin asks for them.
    """

    __slots__ = ("_source",)

    _source: Any  # the request's PluginContext message, or the values an author gave

    def __init__(
        self,
        session_id: str = "",
        connection_id: str = "",
        request_id: str = "",
        ip_address: str = "",
        accept_language: str = "",
        user_agent: str = "",
    ) -> None:
        values = dict(zip(FIELDS, (session_id, connection_id, request_id, ip_address, accept_language, user_agent)))
        for name, value in values.items():
            if type(value) is not str:
                raise TypeError(f"Context {name} must be a str, got {type(value).__name__}: {value!r}")
        object.__setattr__(self, "_source", SimpleNamespace(**values))

    @property
    def session_id(self) -> str:
        """The session of the user whose request caused the call."""
        return self._source.session_id  # type: ignore[no-any-return]

    @property
    def connection_id(self) -> str:
        """The websocket connection the request came from, when it came from one."""
        return self._source.connection_id  # type: ignore[no-any-return]

    @property
    def request_id(self) -> str:
        """The server's id for the request (it appears in the server's logs)."""
        return self._source.request_id  # type: ignore[no-any-return]

    @property
    def ip_address(self) -> str:
        """The IP address the request came from."""
        return self._source.ip_address  # type: ignore[no-any-return]

    @property
    def accept_language(self) -> str:
        """The request's Accept-Language header."""
        return self._source.accept_language  # type: ignore[no-any-return]

    @property
    def user_agent(self) -> str:
        """The request's User-Agent header."""
        return self._source.user_agent  # type: ignore[no-any-return]

    def _values(self) -> tuple[str, ...]:
        source = self._source
        return tuple(getattr(source, name) for name in FIELDS)

    def replace(self, **changes: str) -> Context:
        """A copy with some fields changed: ``context.replace(user_agent="tests")``."""
        unknown = set(changes) - set(FIELDS)
        if unknown:
            raise TypeError(f"Context has no field {', '.join(sorted(unknown))} (its fields: {', '.join(FIELDS)})")
        return Context(**{**dict(zip(FIELDS, self._values())), **changes})

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not Context:
            return NotImplemented
        return self._values() == other._values()  # type: ignore[attr-defined,no-any-return]

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={value!r}" for name, value in zip(FIELDS, self._values()))
        return f"Context({fields})"

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"Context is read-only: cannot set {name!r} (make a new one with .replace({name}=...))")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"Context is read-only: cannot delete {name!r}")

    def __reduce__(self) -> tuple[Any, tuple[str, ...]]:
        return (Context, self._values())


_new = object.__new__
_set_source = Context.__dict__["_source"].__set__


def context_of(message: Any) -> Context:
    """A context over a request's ``PluginContext`` message, read on demand (the per-call path)."""
    context = _new(Context)
    _set_source(context, message)
    return context
