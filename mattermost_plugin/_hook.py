"""The hook base class: what a hook declaration says and what its semantics mean.

Every Mattermost hook is one small subclass in ``mattermost_plugin.hooks`` that
declares its Go name, minimum server version, parameters and result. The
semantics base classes here (void, error, reject, modify, value, stream) turn an
author's return value into the fields of the hook's gRPC response; the servicer
drives them without knowing any hook by name.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from typing import Any, Callable, ClassVar, Optional, Union, get_args, get_origin

SCALARS: tuple[type, ...] = (str, int, bool)
"""Python types that travel as proto scalars; every other parameter type is a JSON model."""


class Semantics(str, enum.Enum):
    """How the host reads a hook's result (see the hook reference)."""

    VOID = "void"
    ERROR = "error"
    REJECT = "reject"
    MODIFY = "modify"
    VALUE = "value"
    STREAM = "stream"


@dataclass(frozen=True)
class Param:
    """One parameter of a hook, after the optional context.

    ``name`` is both the proto field and the name shown in docs and signatures.
    ``type`` is a model class, ``list[Model]``, or one of ``str``, ``int``, ``bool``.
    ``nullable`` says the Go parameter is a pointer, so empty bytes arrive as None;
    a Go value parameter arrives as the model's zero value instead.
    ``fill`` names request fields copied onto the decoded model: Go hides some
    fields plugins need from JSON (``CommandArgs.SiteURL``), so the request
    carries them beside the model.
    """

    name: str
    type: Any
    nullable: bool = True
    fill: tuple[str, ...] = ()

    @property
    def is_list(self) -> bool:
        """True when the parameter is a list of models (``repeated bytes``)."""
        return get_origin(self.type) is list

    @property
    def model(self) -> Any:
        """The model class carried, or None for a scalar parameter."""
        if self.is_list:
            return get_args(self.type)[0]
        return None if self.type in SCALARS else self.type


_WORD_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def snake_case(go_name: str) -> str:
    """Turn a Go hook name into the Python method name authors write.

    ``MessageWillBePosted`` -> ``message_will_be_posted``, ``ServeHTTP`` ->
    ``serve_http``, ``OnSAMLLogin`` -> ``on_saml_login``; "WebSocket" is one word
    (``on_websocket_connect``), as Python authors spell it.
    """
    return _WORD_BOUNDARY.sub("_", go_name.replace("WebSocket", "Websocket")).lower()


def type_name(annotation: Any) -> str:
    """A short, readable spelling of a type for messages and docs."""
    if annotation is None or annotation is type(None):
        return "None"
    origin = get_origin(annotation)
    if origin is Union:
        return " | ".join(type_name(arg) for arg in get_args(annotation))
    if origin in (list, tuple):
        return f"{origin.__name__}[{', '.join(type_name(a) for a in get_args(annotation))}]"
    return getattr(annotation, "__name__", str(annotation))


class Hook:
    """One Mattermost hook. Subclasses are declarations; they hold no state.

    Class attributes a hook declares:

    - ``id``: Mattermost's hook ID (``<Name>ID`` in Go), part of its wire protocol.
    - ``since``: the minimum Mattermost server version that calls it.
    - ``context``: whether the Go hook takes ``*plugin.Context`` first.
    - ``params``: the Go parameters after the context, in order.
    - ``returns``: the type carried back (a model, ``list[Model]``, ``int`` or ``bool``).
    - ``result_field``: the response field that carries it.
    - ``returns_error``: whether the Go signature returns an error, so that an
      exception in the author's method becomes an AppError in the response
      instead of a failed call.

    The class name is the Go name; the Python method name derives from it.
    """

    semantics: ClassVar[Semantics]
    id: ClassVar[int]
    since: ClassVar[str]
    context: ClassVar[bool] = True
    params: ClassVar[tuple[Param, ...]] = ()
    returns: ClassVar[Any] = None
    result_field: ClassVar[str] = ""
    returns_error: ClassVar[bool] = False

    go_name: ClassVar[str]
    method: ClassVar[str]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.go_name = cls.__name__
        cls.method = snake_case(cls.__name__)

    @classmethod
    def is_declared(cls) -> bool:
        """True for a concrete hook (not one of the semantics base classes)."""
        return "id" in cls.__dict__

    @classmethod
    def argument_names(cls) -> tuple[str, ...]:
        """The names of the arguments the author's method receives, in order."""
        return (("context",) if cls.context else ()) + tuple(p.name for p in cls.params)

    @classmethod
    def result_type(cls) -> Any:
        """What the author's method may return (checked with typeguard)."""
        return None

    @classmethod
    def default(cls) -> Any:
        """What the host gets when the plugin does not implement the hook."""
        return None

    @classmethod
    def coerce(cls, value: Any) -> Any:
        """Turn a shorthand the author may return into the full result (after type checking)."""
        return value

    @classmethod
    def response_fields(cls, value: Any, request: Any, encode: Any) -> dict[str, Any]:
        """The response fields for the author's (type-checked) return value."""
        return {}

    @classmethod
    def responder(cls, response: Any, encode: Any) -> Callable[[Any, Any], Any]:
        """The function ``(result, request) -> response message`` the servicer calls
        (or the message already serialised, as bytes).

        Built once per hook when the servicer is imported, so each call does only
        what its result needs. This one applies :meth:`coerce` and
        :meth:`response_fields`; semantics classes return quicker ones for their
        usual results, and fall back to this one for anything else (or whenever a
        hook overrides ``coerce`` or ``response_fields``).
        """
        coerce, fields = cls.coerce, cls.response_fields

        def respond(value: Any, request: Any) -> Any:
            return response(**fields(coerce(value), request, encode))

        return respond

    @classmethod
    def _overrides(cls, name: str, base: type[Hook]) -> bool:
        """Whether this hook class redefines a classmethod that ``base`` defines."""
        return getattr(cls, name).__func__ is not getattr(base, name).__func__  # type: ignore[no-any-return]

    @classmethod
    def signature(cls) -> str:
        """The Python method an author writes for this hook, as source text."""
        args = ", ".join(("self",) + cls.argument_names())
        return f"def {cls.method}({args}) -> {type_name(cls.result_type())}"


def _empty_responder(cls: type[Hook], response: Any, encode: Any) -> Callable[[Any, Any], Any]:
    """For results that never fill a response field: the empty message, without a dict of fields."""
    if cls._overrides("response_fields", Hook) or cls._overrides("coerce", Hook):
        return Hook.responder.__func__(cls, response, encode)  # type: ignore[attr-defined,no-any-return]

    def respond(value: Any, request: Any) -> Any:
        return response()

    return respond


class VoidHook(Hook):
    """A notification: the host ignores the result."""

    semantics = Semantics.VOID

    @classmethod
    def responder(cls, response: Any, encode: Any) -> Callable[[Any, Any], Any]:
        return _empty_responder(cls, response, encode)


class ErrorHook(Hook):
    """Returns only an error: return None to succeed, raise to fail."""

    semantics = Semantics.ERROR
    returns_error = True

    @classmethod
    def responder(cls, response: Any, encode: Any) -> Callable[[Any, Any], Any]:
        return _empty_responder(cls, response, encode)


class RejectHook(Hook):
    """Return None or "" to allow, a non-empty reason to reject."""

    semantics = Semantics.REJECT
    result_field = "rejection"

    @classmethod
    def result_type(cls) -> Any:
        return Optional[str]

    @classmethod
    def default(cls) -> Any:
        return ""

    @classmethod
    def response_fields(cls, value: Any, request: Any, encode: Any) -> dict[str, Any]:
        return {"rejection": value} if value else {}


class ModifyHook(Hook):
    """Return None to allow unchanged, a replacement to modify, a reason string to reject.

    A Go-style ``(replacement, reason)`` tuple is accepted too. The replacement
    travels as JSON in ``result_field``; empty bytes mean unchanged.
    """

    semantics = Semantics.MODIFY

    @classmethod
    def result_type(cls) -> Any:
        model: Any = cls.returns
        return Optional[Union[model, str, tuple[Optional[model], str]]]

    @classmethod
    def default(cls) -> Any:
        return (None, "")

    @classmethod
    def responder(cls, response: Any, encode: Any) -> Callable[[Any, Any], Any]:
        from mattermost_plugin.protocol.wire import bytes_field_writer  # protobuf: only once a servicer is built

        general = super().responder(response, encode)
        field = cls.result_field
        if not field or cls._overrides("response_fields", ModifyHook) or cls._overrides("coerce", Hook):
            return general
        model = cls.returns
        replaced = bytes_field_writer(response, field)

        def respond(value: Any, request: Any) -> Any:
            if value is None:  # allowed unchanged
                return response()
            if value.__class__ is model:  # replaced: the response's bytes, written directly
                return replaced(encode(value))
            return general(value, request)

        return respond

    @classmethod
    def response_fields(cls, value: Any, request: Any, encode: Any) -> dict[str, Any]:
        if value is None:
            return {}
        if isinstance(value, str):
            return {"rejection": value} if value else {}
        if isinstance(value, tuple):
            replacement, reason = value
            fields = {"rejection": reason} if reason else {}
            if replacement is not None:
                fields[cls.result_field] = encode(replacement)
            return fields
        return {cls.result_field: encode(value)}


class ReplaceListHook(Hook):
    """Return None to keep the list as it came, or the list to pass on instead.

    There is no rejection. None sends back the original JSON untouched, so the
    host always receives the full list.
    """

    semantics = Semantics.MODIFY

    @classmethod
    def result_type(cls) -> Any:
        return Optional[cls.returns]

    @classmethod
    def default(cls) -> Any:
        return "the posts unchanged"

    @classmethod
    def response_fields(cls, value: Any, request: Any, encode: Any) -> dict[str, Any]:
        if value is None:
            return {cls.result_field: getattr(request, cls.params[-1].name)}
        return {cls.result_field: [encode(item) for item in value]}


class ValueHook(Hook):
    """Returns data: a model, a list of models, an integer or a boolean."""

    semantics = Semantics.VALUE

    @classmethod
    def result_type(cls) -> Any:
        return cls.returns

    @classmethod
    def default(cls) -> Any:
        if cls.returns in SCALARS:
            return cls.returns()
        return None

    @classmethod
    def response_fields(cls, value: Any, request: Any, encode: Any) -> dict[str, Any]:
        if value is None:
            return {}
        if cls.returns in SCALARS:
            return {cls.result_field: value}
        if get_origin(cls.returns) is list:
            return {cls.result_field: [encode(item) for item in value]}
        return {cls.result_field: encode(value)}


class StreamHook(Hook):
    """A streaming hook (HTTP or file bytes). Declared; not served yet."""

    semantics = Semantics.STREAM


def hook_classes(module: Any) -> list[type[Hook]]:
    """The concrete hook classes defined in a module, in definition order."""
    found = []
    for value in vars(module).values():
        if isinstance(value, type) and issubclass(value, Hook) and value.is_declared():
            if value.__module__ == module.__name__:
                found.append(value)
    return found


__all__ = [
    "ErrorHook",
    "Hook",
    "ModifyHook",
    "Param",
    "RejectHook",
    "ReplaceListHook",
    "Semantics",
    "StreamHook",
    "ValueHook",
    "VoidHook",
    "hook_classes",
    "snake_case",
    "type_name",
]
