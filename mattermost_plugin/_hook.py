"""Hook declarations, and everything each kind of hook means.

Every Mattermost hook is one small class in ``mattermost_plugin.hooks``: its
name is the Go name, and it declares its ID, the server version that first
calls it, its parameters and its result. It subclasses one of the semantics
classes below (void, error, reject, modify, replace-list, value, stream), and
the semantics class owns everything that kind of hook means:

- what the author's method may return (checked with typeguard), and the
  default the host applies when there is no answer;
- how a returned value becomes the gRPC response (:meth:`Hook.responder`);
- which fields the response message has (:meth:`Hook.response_fields_proto`);
- how a host reads the response back into an outcome (:meth:`Hook.outcome`);
- the Go result types of the hook (:meth:`Hook.go_results`);
- how the hook reference describes it (:meth:`Hook.return_forms` and friends).

The servicer, the test harness, the CLI, the generated protocol, documentation
and Go bridge all read these classes; none of them names a hook or a kind of
hook. Declarations are checked when a class is defined.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from typing import Any, Callable, ClassVar, Optional, Union, get_args, get_origin

from mattermost_plugin._exceptions import PluginDefinitionError
from mattermost_plugin._outcomes import (
    Allowed,
    AppError,
    Dismissed,
    Failed,
    Ok,
    Outcome,
    Rejected,
    Replaced,
    Value,
)

SCALARS: tuple[type, ...] = (str, int, bool)
"""Python types that travel as proto scalars; every other parameter type is a JSON model."""

DISMISS_POST = "plugin.message_will_be_posted.dismiss_post"
"""Return this from ``message_will_be_posted`` to drop the post silently (Go's ``plugin.DismissPostError``)."""

API_BROKER_FIELD = "api_broker_id"
"""The request field of a hook that hands over the plugin API (``Hook.hands_over_api``)."""

_GO_SCALARS = {str: "string", int: "int64", bool: "bool"}
_PROTO_SCALARS = {str: "string", int: "int64", bool: "bool"}


class Semantics(str, enum.Enum):
    """The kinds of hook, as the hook reference names them."""

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
    ``nullable`` says the Go parameter (for a list, each item) is a pointer, so
    empty bytes arrive as None; a Go value parameter arrives as the model's zero
    value instead.
    ``optional`` says Mattermost often passes nil (``actor`` when nobody acted):
    harness calls and ``mattermost-plugin invoke`` may leave it out.
    ``fill`` names request fields copied onto the decoded model: Go hides some
    fields plugins need from JSON (``CommandArgs.SiteURL``), so the request
    carries them beside the model.
    ``go`` spells the Go type where it is not ``*model.<Model>``, ``model.<Model>``
    (not nullable), ``[]*model.<Model>`` or the scalar's Go type.
    ``host`` spells, as Python source, what a host (the harness) may pass where
    that is more than ``type`` (an upload's ``Body`` may be given as bytes).
    """

    name: str
    type: Any
    nullable: bool = True
    optional: bool = False
    fill: tuple[str, ...] = ()
    go: str = ""
    host: str = ""

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

    @property
    def go_type(self) -> str:
        """The Go type of the parameter in ``plugin.Hooks``."""
        if self.go:
            return self.go
        if self.model is None:
            return _GO_SCALARS[self.type]
        return _go_model(self.model, list_of=self.is_list, pointer=self.nullable)

    @property
    def annotation(self) -> str:
        """How the parameter's type is written in a plugin method (``User | None`` when optional)."""
        text = type_name(self.type)
        return text + " | None" if self.optional else text


def _go_model(model: Any, *, list_of: bool = False, pointer: bool = True) -> str:
    name = f"{'*' if pointer else ''}model.{model.__name__}"
    return f"[]{name}" if list_of else name


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
    if origin is not None and get_args(annotation):
        return f"{origin.__name__}[{', '.join(type_name(a) for a in get_args(annotation))}]"
    return getattr(annotation, "__name__", str(annotation))


def version_tuple(version: str) -> tuple[int, ...]:
    """``"9.5"`` -> ``(9, 5)``; ``"11.00"`` -> ``(11, 0)``; ignores anything after the numbers."""
    parts = []
    for part in version.strip().lstrip("v").split("."):
        digits = re.match(r"\d*", part).group()  # type: ignore[union-attr]
        if not digits:
            break
        parts.append(int(digits))
    return tuple(parts)


def _a(name: str) -> str:
    """``a `Post```, ``an `int```."""
    return f"{'an' if name[0].lower() in 'aeiou' else 'a'} `{name}`"


def _union_members(annotation: Any) -> list[Any]:
    if get_origin(annotation) is Union:
        members: list[Any] = []
        for arg in get_args(annotation):
            members.extend(_union_members(arg))
        return members
    return [annotation]


Decoder = Callable[[Any, Any], Any]
"""``decode(annotation, raw)``: a model from JSON bytes, or ``list[Model]`` from a list of them."""

_DECLARED: dict[int, type["Hook"]] = {}


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
    - ``dismissable``: the hook may answer ``DISMISS_POST`` (Go's
      ``plugin.DismissPostError``) to drop the object silently.
    - ``meanings``: for value hooks, what each return form means in Mattermost,
      keyed by the form's type name (``{"int": "how many items were deleted"}``).
    - ``go_result``: the Go result types, where they differ from what the
      semantics derive (``("*model.CommandResponse", "*model.AppError")``).
    - ``go_unchanged``: for a modify hook whose Go result is nil only to reject
      (MessageWillBeUpdated), the parameter a Go plugin returns to let the
      object through unchanged; the bridge returns it when the author returns
      None, and when the call fails (as Mattermost's RPC client does).
    - ``hands_over_api``: the request also carries ``uint32 api_broker_id``,
      the go-plugin broker id under which the host serves the plugin API
      (``api.proto``); the SDK connects ``self.api`` to it before the author's
      method runs. Such a hook is answered even when the class does not define
      it (with its default), so a host may always call it to hand the API over.

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
    dismissable: ClassVar[bool] = False
    meanings: ClassVar[dict[str, str]] = {}
    go_result: ClassVar[tuple[str, ...]] = ()
    go_unchanged: ClassVar[str] = ""
    hands_over_api: ClassVar[bool] = False

    streams: ClassVar[bool] = False
    """True for the hooks served as bidirectional streams (:class:`StreamHook`); the others are unary calls."""

    kind_words: ClassVar[str] = ""
    """What this kind of hook does, in a few words (the reference's list of kinds)."""

    go_name: ClassVar[str]
    method: ClassVar[str]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.go_name = cls.__name__
        cls.method = snake_case(cls.__name__)
        if "id" in cls.__dict__:
            cls._check_declaration()

    # -- declaration ------------------------------------------------------

    @classmethod
    def is_declared(cls) -> bool:
        """True for a concrete hook (not one of the semantics base classes)."""
        return "id" in cls.__dict__

    @classmethod
    def _check_declaration(cls) -> None:
        """Fail at class definition when the declaration is incomplete or clashes with another hook."""

        def wrong(what: str) -> PluginDefinitionError:
            return PluginDefinitionError(f"hook class {cls.__module__}.{cls.__name__}: {what}")

        if not isinstance(cls.id, int) or isinstance(cls.id, bool) or cls.id < 0:
            raise wrong(f"id must be Mattermost's hook ID (a non-negative int), got {cls.id!r}")
        if not isinstance(getattr(cls, "since", None), str) or not version_tuple(cls.since):
            raise wrong("since must be the first Mattermost version that calls the hook, like since = \"9.5\"")
        if not (cls.__doc__ or "").strip():
            raise wrong("the docstring is the hook's one-line description in the reference; write one")
        for param in cls.params:
            if not isinstance(param, Param):
                raise wrong(f"params must hold Param(...) declarations, got {param!r}")
            if param.model is None and param.type not in SCALARS and not param.go:
                raise wrong(f"parameter {param.name!r} has type {param.type!r}; use a model, list[Model], str, int or bool")
        names = [param.name for param in cls.params] + [name for param in cls.params for name in param.fill]
        if len(set(names)) != len(names) or "context" in names:
            raise wrong(f"parameter names must be unique and not 'context', got {names}")
        cls._check_result_declaration(wrong)
        if cls.hands_over_api and not cls.returns_error:
            raise wrong("a hook that hands over the plugin API must return an error (to report a failed connection)")
        other = _DECLARED.get(cls.id)
        if other is not None and other.__qualname__ != cls.__qualname__:
            raise wrong(f"id {cls.id} is already {other.__module__}.{other.__name__}'s")
        _DECLARED[cls.id] = cls

    @classmethod
    def _check_result_declaration(cls, wrong: Callable[[str], Exception]) -> None:
        """Semantics that carry a result check that ``returns`` and ``result_field`` are set."""
        if cls.returns is None or not cls.result_field:
            raise wrong(f"a {cls.semantics.value} hook must set returns and result_field")

    @classmethod
    def argument_names(cls) -> tuple[str, ...]:
        """The names of the arguments the author's method receives, in order."""
        return (("context",) if cls.context else ()) + tuple(p.name for p in cls.params)

    @classmethod
    def signature(cls) -> str:
        """The Python method an author writes for this hook, as source text."""
        args = ", ".join(("self",) + cls.argument_names())
        return f"def {cls.method}({args}) -> {type_name(cls.result_type())}"

    @classmethod
    def typed_signature(cls) -> str:
        """The method with types: ``def message_will_be_posted(self, context: Context, post: Post) -> ...``."""
        args = ["self"] + (["context: Context"] if cls.context else [])
        args.extend(f"{param.name}: {param.annotation}" for param in cls.params)
        return f"def {cls.method}({', '.join(args)}) -> {type_name(cls.result_type())}"

    @classmethod
    def newer_than(cls, version: Optional[str]) -> bool:
        """True when the hook first appeared after server ``version`` (never, without a version)."""
        if not version:
            return False
        wanted, since = version_tuple(version), version_tuple(cls.since)
        width = max(len(wanted), len(since))
        return since + (0,) * (width - len(since)) > wanted + (0,) * (width - len(wanted))

    # -- serving ------------------------------------------------------------

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

    # -- the wire -----------------------------------------------------------

    @classmethod
    def request_fields_proto(cls) -> list[tuple[str, str, str]]:
        """The request message's fields in order, as ``(proto type, name, comment)``."""
        fields = [("PluginContext", "context", "")] if cls.context else []
        for param in cls.params:
            if param.model is None:
                fields.append((_PROTO_SCALARS[param.type], param.name, ""))
            else:
                fields.append(("repeated bytes" if param.is_list else "bytes", param.name, ""))
            for extra in param.fill:
                fields.append(("string", extra, f"{param.name}.{extra}, which Go does not put in the JSON."))
        if cls.hands_over_api:
            fields.append(("uint32", API_BROKER_FIELD, "The go-plugin broker id of the PluginAPI service (api.proto); 0: none."))
        return fields

    @classmethod
    def response_fields_proto(cls) -> list[tuple[str, str]]:
        """The response message's fields in order, as ``(proto type, name)``."""
        return [("AppError", "error")] if cls.returns_error else []

    @classmethod
    def response_field_comments(cls) -> dict[str, str]:
        """What a response field means, by name, where the proto explains it."""
        return {}

    @classmethod
    def _result_proto_type(cls) -> str:
        returns = cls.returns
        if returns in SCALARS:
            return _PROTO_SCALARS[returns]
        return "repeated bytes" if get_origin(returns) is list else "bytes"

    @classmethod
    def go_results(cls) -> tuple[str, ...]:
        """The Go result types of the hook in ``plugin.Hooks``."""
        return cls.go_result or cls._derived_go_results()

    @classmethod
    def _derived_go_results(cls) -> tuple[str, ...]:
        return ("error",) if cls.returns_error else ()

    @classmethod
    def _go_returns(cls) -> str:
        """The Go type of ``returns``."""
        returns = cls.returns
        if returns in SCALARS:
            return _GO_SCALARS[returns]
        if get_origin(returns) is list:
            return _go_model(get_args(returns)[0], list_of=True)
        return _go_model(returns)

    # -- reading a response (what the host sees) ----------------------------

    @classmethod
    def outcome(cls, response: Any, request: Any, *, call: str, decode: Decoder) -> Outcome[Any]:
        """What the host makes of ``response``: an :class:`~mattermost_plugin.testing.Outcome`."""
        if cls.returns_error and response.HasField("error"):
            error = response.error
            return Failed(
                AppError(
                    message=error.message,
                    id=error.id,
                    status_code=error.status_code,
                    detailed_error=error.detailed_error,
                    where=error.where,
                    request_id=error.request_id,
                ),
                call=call,
            )
        return cls._read(response, request, call, decode)

    @classmethod
    def _read(cls, response: Any, request: Any, call: str, decode: Decoder) -> Outcome[Any]:
        return Ok(call=call)

    # -- words for the reference ---------------------------------------------

    @classmethod
    def return_forms(cls) -> list[tuple[str, str]]:
        """What the author may return, and what each form means: ``[(form, meaning), ...]``."""
        return [("None", "nothing to return; Mattermost ignores the result")]

    @classmethod
    def outcome_annotation(cls) -> str:
        """The outcome type a harness call of this hook returns, as source text."""
        return "Ok"

    @classmethod
    def outcome_words(cls) -> str:
        """The outcomes a harness call can return, in a short phrase."""
        return "Ok()"

    @classmethod
    def errors_text(cls) -> str:
        """What an exception in the author's method means for this hook."""
        if cls.returns_error:
            return (
                "An exception becomes the error Mattermost receives (an AppError with your message, id "
                "`plugin.error`, status 500); raise `PluginError(message, id=..., status_code=...)` to choose them."
            )
        return (
            "An exception is a plugin bug: the call fails (gRPC status INTERNAL), the traceback goes to the "
            f"server log, {cls.failure_default()}, and the plugin keeps running."
        )

    @classmethod
    def failure_default(cls) -> str:
        """What Mattermost does when a call to this hook fails (a plugin bug or a timeout)."""
        return "nothing else happens"


def _returns_text(annotation: Any) -> str:
    if get_origin(annotation) is list:
        return f"list[{_returns_text(get_args(annotation)[0])}]"
    return str(annotation.__name__)


def _no_result(cls: type[Hook], wrong: Callable[[str], Exception]) -> None:
    """The declaration check of the kinds that carry no result (void and error hooks)."""
    if cls.returns is not None or cls.result_field:
        raise wrong(f"a {cls.semantics.value} hook carries no result; remove returns and result_field")


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
    kind_words = "a notification; the result is ignored"

    @classmethod
    def _check_result_declaration(cls, wrong: Callable[[str], Exception]) -> None:
        _no_result(cls, wrong)

    @classmethod
    def responder(cls, response: Any, encode: Any) -> Callable[[Any, Any], Any]:
        return _empty_responder(cls, response, encode)


class ErrorHook(Hook):
    """Returns only an error: return None to succeed, raise to fail."""

    semantics = Semantics.ERROR
    returns_error = True
    kind_words = "succeed by returning, fail by raising"

    @classmethod
    def failure_default(cls) -> str:
        return "it counts as an error"

    @classmethod
    def _check_result_declaration(cls, wrong: Callable[[str], Exception]) -> None:
        _no_result(cls, wrong)

    @classmethod
    def responder(cls, response: Any, encode: Any) -> Callable[[Any, Any], Any]:
        return _empty_responder(cls, response, encode)

    @classmethod
    def return_forms(cls) -> list[tuple[str, str]]:
        return [("None", "success")]

    @classmethod
    def outcome_annotation(cls) -> str:
        return "ErrorOutcome"

    @classmethod
    def outcome_words(cls) -> str:
        return "Ok() or Failed(AppError)"


class RejectHook(Hook):
    """Return None or "" to allow, a non-empty reason to reject."""

    semantics = Semantics.REJECT
    result_field = "rejection"
    kind_words = "allow, or reject with a reason"

    @classmethod
    def failure_default(cls) -> str:
        return "the action is allowed"

    @classmethod
    def _check_result_declaration(cls, wrong: Callable[[str], Exception]) -> None:
        if cls.returns is not None or cls.result_field != "rejection":
            raise wrong("a reject hook answers with its rejection; remove returns and result_field")

    @classmethod
    def result_type(cls) -> Any:
        return Optional[str]

    @classmethod
    def default(cls) -> Any:
        return ""

    @classmethod
    def response_fields(cls, value: Any, request: Any, encode: Any) -> dict[str, Any]:
        return {"rejection": value} if value else {}

    @classmethod
    def response_fields_proto(cls) -> list[tuple[str, str]]:
        return [("string", "rejection")] + super().response_fields_proto()

    @classmethod
    def _derived_go_results(cls) -> tuple[str, ...]:
        return ("string",)

    @classmethod
    def _read(cls, response: Any, request: Any, call: str, decode: Decoder) -> Outcome[Any]:
        return Rejected(response.rejection, call=call) if response.rejection else Allowed(call=call)

    @classmethod
    def return_forms(cls) -> list[tuple[str, str]]:
        return [('None or ""', "allow it"), ("a non-empty `str`", "reject it; the text is the reason")]

    @classmethod
    def outcome_annotation(cls) -> str:
        return "RejectOutcome"

    @classmethod
    def outcome_words(cls) -> str:
        return "Allowed() or Rejected(reason)"


class ModifyHook(Hook):
    """Return None to allow unchanged, a replacement to modify, a reason string to reject.

    A Go-style ``(replacement, reason)`` tuple is accepted too. The replacement
    travels as JSON in ``result_field``; empty bytes mean unchanged. Where the Go
    hook returns an error instead of a reason (``returns_error``), the author
    raises to refuse, and only None or a replacement may be returned.
    """

    semantics = Semantics.MODIFY
    kind_words = "allow, replace, or reject"

    @classmethod
    def failure_default(cls) -> str:
        return "the object goes through unchanged"

    @classmethod
    def result_type(cls) -> Any:
        model: Any = cls.returns
        if cls.returns_error:
            return Optional[model]
        return Optional[Union[model, str, tuple[Optional[model], str]]]

    @classmethod
    def default(cls) -> Any:
        return None if cls.returns_error else (None, "")

    @classmethod
    def responder(cls, response: Any, encode: Any) -> Callable[[Any, Any], Any]:
        from mattermost_plugin.protocol.wire import bytes_field_writer  # protobuf: only once a servicer is built

        general = super().responder(response, encode)
        field = cls.result_field
        if cls._overrides("response_fields", ModifyHook) or cls._overrides("coerce", Hook):
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

    @classmethod
    def response_fields_proto(cls) -> list[tuple[str, str]]:
        rejection = [] if cls.returns_error else [("string", "rejection")]
        return [(cls._result_proto_type(), cls.result_field)] + rejection + super().response_fields_proto()

    @classmethod
    def _derived_go_results(cls) -> tuple[str, ...]:
        return (cls._go_returns(), "error" if cls.returns_error else "string")

    @classmethod
    def _read(cls, response: Any, request: Any, call: str, decode: Decoder) -> Outcome[Any]:
        rejection = "" if cls.returns_error else response.rejection
        if rejection:
            if cls.dismissable and rejection == DISMISS_POST:
                return Dismissed(call=call)
            return Rejected(rejection, call=call)
        raw = getattr(response, cls.result_field)
        if not raw:
            return Allowed(call=call)
        return Replaced(decode(cls.returns, raw), call=call)

    @classmethod
    def return_forms(cls) -> list[tuple[str, str]]:
        model = type_name(cls.returns)
        forms = [("None", "allow it unchanged"), (_a(model), "replace it with this one")]
        if not cls.returns_error:
            forms.append(("a non-empty `str`", "reject it; the text is the reason"))
            forms.append((f"`({model} | None, str)`", "Go's pair: a replacement (or None) and a rejection reason"))
        if cls.dismissable:
            forms.append(("`DISMISS_POST`", "drop the post silently: the client removes it without an error"))
        return forms

    @classmethod
    def outcome_annotation(cls) -> str:
        return f"ModifyOutcome[{_returns_text(cls.returns)}]"

    @classmethod
    def outcome_words(cls) -> str:
        forms = ["Allowed()", f"Replaced({_returns_text(cls.returns)})"]
        if not cls.returns_error:
            forms.append("Rejected(reason)")
        if cls.dismissable:
            forms.append("Dismissed()")
        if cls.returns_error:
            forms.append("Failed(AppError)")
        return ", ".join(forms[:-1]) + " or " + forms[-1]


class ReplaceListHook(ModifyHook):
    """Return None to keep the list as it came, or the list to pass on instead.

    There is no rejection. None sends back the original JSON untouched, so the
    host always receives the full list.
    """

    @classmethod
    def failure_default(cls) -> str:
        return "the posts go out unchanged"

    @classmethod
    def _check_result_declaration(cls, wrong: Callable[[str], Exception]) -> None:
        super()._check_result_declaration(wrong)
        if get_origin(cls.returns) is not list or not cls.params or not cls.params[-1].is_list:
            raise wrong("a replace-list hook returns list[Model] and takes the list as its last parameter")

    @classmethod
    def result_type(cls) -> Any:
        return Optional[cls.returns]

    @classmethod
    def default(cls) -> Any:
        return "the posts unchanged"

    @classmethod
    def responder(cls, response: Any, encode: Any) -> Callable[[Any, Any], Any]:
        # The general responder: ModifyHook's quick path writes one model's bytes, not a list.
        return Hook.responder.__func__(cls, response, encode)  # type: ignore[attr-defined,no-any-return]

    @classmethod
    def response_fields(cls, value: Any, request: Any, encode: Any) -> dict[str, Any]:
        if value is None:
            return {cls.result_field: getattr(request, cls.params[-1].name)}
        return {cls.result_field: [encode(item) for item in value]}

    @classmethod
    def response_fields_proto(cls) -> list[tuple[str, str]]:
        return [("repeated bytes", cls.result_field)]

    @classmethod
    def _derived_go_results(cls) -> tuple[str, ...]:
        return (cls._go_returns(),)

    @classmethod
    def _read(cls, response: Any, request: Any, call: str, decode: Decoder) -> Outcome[Any]:
        sent = list(getattr(request, cls.params[-1].name))
        back = list(getattr(response, cls.result_field))
        if back == sent:
            return Allowed(call=call)
        return Replaced(decode(cls.returns, back), call=call)

    @classmethod
    def return_forms(cls) -> list[tuple[str, str]]:
        return [
            ("None", "send the posts as they came"),
            (_a(type_name(cls.returns)), "send this list instead (leave a post out to hide it, edit one to change it)"),
        ]

    @classmethod
    def outcome_words(cls) -> str:
        return f"Allowed() or Replaced({_returns_text(cls.returns)})"


class ValueHook(Hook):
    """Returns data: a model, a list of models, an integer or a boolean."""

    semantics = Semantics.VALUE
    kind_words = "return data"

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

    @classmethod
    def response_fields_proto(cls) -> list[tuple[str, str]]:
        return [(cls._result_proto_type(), cls.result_field)] + super().response_fields_proto()

    @classmethod
    def _derived_go_results(cls) -> tuple[str, ...]:
        return (cls._go_returns(),) + super()._derived_go_results()

    @classmethod
    def _read(cls, response: Any, request: Any, call: str, decode: Decoder) -> Outcome[Any]:
        raw = getattr(response, cls.result_field)
        if cls.returns in SCALARS:
            return Value(raw, call=call)
        if get_origin(cls.returns) is list:
            return Value(decode(cls.returns, list(raw)), call=call)
        return Value(decode(cls.returns, raw) if raw else None, call=call)

    @classmethod
    def failure_default(cls) -> str:
        default = cls.default()
        return "it gets no result" if default is None else f"it gets `{default!r}`"

    @classmethod
    def return_forms(cls) -> list[tuple[str, str]]:
        forms = []
        for member in _union_members(cls.result_type()):
            name = type_name(member)
            shown = "None" if name == "None" else _a(name)
            forms.append((shown, cls.meanings.get(name, "the result")))
        return forms

    @classmethod
    def outcome_annotation(cls) -> str:
        kind = "ValueOutcome" if cls.returns_error else "Value"
        return f"{kind}[{_returns_text(cls.returns)}]"

    @classmethod
    def outcome_words(cls) -> str:
        text = f"Value({_returns_text(cls.returns)})"
        return text + " or Failed(AppError)" if cls.returns_error else text


@dataclass(frozen=True)
class Message:
    """A message the frames of streaming hooks hold, declared once and rendered into ``hooks.proto``."""

    name: str
    doc: str
    fields: tuple[tuple[str, str, str], ...]
    """``(proto type, name, comment)``, in field-number order."""


HEADER = Message(
    "Header",
    "One HTTP header line; a name with several values is one Header per value, in order.",
    (("string", "name", ""), ("bytes", "value", "The value's bytes as sent (HTTP does not promise UTF-8).")),
)

HTTP_REQUEST_HEAD = Message(
    "HTTPRequestHead",
    "Everything of Go's *http.Request but its body.",
    (
        ("string", "method", ""),
        ("string", "raw_path", "The path below /plugins/<plugin id> (Mattermost takes the prefix off), percent-encoded."),
        ("string", "query", "The query string, without '?'."),
        ("string", "request_uri", "The request target as the client sent it (prefix included): r.RequestURI."),
        ("string", "proto", "HTTP/1.1, HTTP/2.0."),
        ("string", "host", ""),
        ("string", "remote_addr", ""),
        ("repeated Header", "headers", ""),
        ("int64", "content_length", "The body's size, or -1 when it is not known."),
        ("string", "user_id", "The Mattermost-User-Id header: the logged-in user the server vouches for, or empty."),
    ),
)

HTTP_RESPONSE_HEAD = Message(
    "HTTPResponseHead",
    "The status line and headers of a response.",
    (("int32", "status", "100 to 999."), ("repeated Header", "headers", "")),
)


def _chunks_of(data: bytes) -> list[bytes]:
    """``data`` in pieces of at most the protocol's chunk size (one empty piece for no data)."""
    from mattermost_plugin.http import CHUNK_SIZE

    return [data[offset : offset + CHUNK_SIZE] for offset in range(0, len(data), CHUNK_SIZE)] or [b""]


@dataclass(frozen=True)
class Failure:
    """How a streaming call answers an exception: the frames still sent, whether it is a plugin bug, and why."""

    frames: tuple[Any, ...]
    bug: bool
    note: str = ""


class StreamHook(Hook):
    """A hook that streams bodies: a bidirectional gRPC stream of frames.

    The host sends the arguments in the first frame, then the body (of a
    request, of an upload) in chunks of at most 64 KiB as the plugin reads it;
    the plugin sends its answer back in frames as it produces it. gRPC's flow
    control holds either side back when the other is slower, so neither ever
    holds a whole body. The semantics classes below say what the frames hold and
    what the author's method may return:

    - ``body_field``/``end_field``: the request frame's field carrying the body's
      next chunk, and the one saying it was the last (the host may also close
      its side of the stream instead);
    - ``limit``: the :class:`~mattermost_plugin.Plugin` attribute bounding the
      body the plugin reads, and ``what`` the body is called in messages.
    """

    semantics = Semantics.STREAM
    streams = True
    kind_words = "stream a body in and the answer out (HTTP requests, uploads)"
    messages: ClassVar[tuple[Message, ...]] = ()
    """Messages the frames use, rendered into the proto once, before the hooks' own."""
    body_field: ClassVar[str] = ""
    end_field: ClassVar[str] = ""
    limit: ClassVar[str] = ""
    what: ClassVar[str] = ""

    @classmethod
    def _check_result_declaration(cls, wrong: Callable[[str], Exception]) -> None:
        if cls.returns is not None or cls.result_field:
            raise wrong("a streaming hook answers in frames; remove returns and result_field")

    @classmethod
    def request_fields_proto(cls) -> list[tuple[str, str, str]]:
        """The request frame's fields: the first frame carries the arguments, every frame the body's next chunk."""
        raise NotImplementedError

    @classmethod
    def response_field_comments(cls) -> dict[str, str]:
        return dict((name, comment) for _, name, comment in cls._response_frame())

    @classmethod
    def response_fields_proto(cls) -> list[tuple[str, str]]:
        return [(kind, name) for kind, name, _ in cls._response_frame()]

    @classmethod
    def _response_frame(cls) -> list[tuple[str, str, str]]:
        raise NotImplementedError

    # -- serving: ``call`` is the call's mattermost_plugin._streams.StreamCall ------

    @classmethod
    def arguments(cls, first: Any, call: Any) -> tuple[Any, ...]:
        """The author's arguments from the first request frame (the body reads the frames that follow)."""
        raise NotImplementedError

    @classmethod
    def answer(cls, result: Any, call: Any) -> Any:
        """The response frames for what the author's method returned (an iterator, produced as sent)."""
        raise NotImplementedError

    @classmethod
    def failure(cls, exc: BaseException, call: Any, answered: bool) -> Failure:
        """How the call ends when the method (or its body) raised ``exc``; ``answered``: frames were sent."""
        raise NotImplementedError

    # -- the host's side (the harness) ----------------------------------------

    @classmethod
    def host_frames(cls, arguments: tuple[Any, ...], context: Any, request: Any) -> Any:
        """The request frames a host sends for ``arguments`` (``context``: the PluginContext message)."""
        raise NotImplementedError

    @classmethod
    def host_outcome(cls, frames: list[Any], call: str, decode: Decoder) -> Outcome[Any]:
        """What a host makes of the response frames."""
        raise NotImplementedError

    @classmethod
    def errors_text(cls) -> str:
        return (
            "An exception is a plugin bug: the traceback goes to the server log, "
            f"{cls.failure_default()}, and the plugin keeps running."
        )


def _header_messages(pb: Any, headers: Any) -> list[Any]:
    return [pb.Header(name=name, value=value.encode("utf-8", "surrogateescape")) for name, value in headers.multi_items()]


def _headers_of(messages: Any) -> list[tuple[str, str]]:
    return [(header.name, bytes(header.value).decode("utf-8", "surrogateescape")) for header in messages]


class HTTPHook(StreamHook):
    """Serves an HTTP request: the request streams in, the response streams out.

    The author's method takes the context and a
    :class:`~mattermost_plugin.http.Request`, and returns a
    :class:`~mattermost_plugin.http.Response` (or a shorthand for one). A
    response body that is an iterable, async iterable or file is sent chunk by
    chunk as it is produced, each chunk of an iterable flushed to the client.
    """

    kind_words = "serve an HTTP request: the body streams in, the response streams out"
    messages = (HEADER, HTTP_REQUEST_HEAD, HTTP_RESPONSE_HEAD)
    body_field = "body"
    end_field = "body_end"
    limit = "max_request_body"
    what = "request body"
    text_type: ClassVar[str] = "text/plain; charset=utf-8"
    """The Content-Type of a ``str`` the method returns."""

    @classmethod
    def request_fields_proto(cls) -> list[tuple[str, str, str]]:
        return [
            ("PluginContext", "context", "First frame only."),
            ("HTTPRequestHead", "head", "First frame only."),
            ("bytes", "body", "The request body's next chunk (at most 64 KiB)."),
            ("bool", "body_end", "No more body after this frame (the host may also just close its side)."),
        ]

    @classmethod
    def _response_frame(cls) -> list[tuple[str, str, str]]:
        return [
            ("HTTPResponseHead", "head", "First frame only; without one the status is 200."),
            ("bytes", "body", "The response body's next chunk (at most 64 KiB)."),
            ("bool", "flush", "Send what was written to the client now (streamed bodies)."),
        ]

    @classmethod
    def result_type(cls) -> Any:
        from mattermost_plugin.http import Response

        return Optional[Union[Response, str, bytes, dict, list]]

    @classmethod
    def failure_default(cls) -> str:
        return "the client gets 500 Internal Server Error (or, once the response has begun, the response ends there)"

    @classmethod
    def return_forms(cls) -> list[tuple[str, str]]:
        return [
            ("a `Response`", "its status, headers and body; a body that is an iterable, async iterable or binary file is streamed"),
            ("a `str`", f"200 with the text (`{cls.text_type}`)"),
            ("`bytes`", "200 with the bytes (`application/octet-stream`)"),
            ("a `dict` or `list`", "200 with it as JSON"),
            ("None", "200 with an empty body"),
        ]

    @classmethod
    def errors_text(cls) -> str:
        return (
            "An exception is a plugin bug: the client gets 500 Internal Server Error, the traceback goes to the "
            "server log, and the plugin keeps running (once the response has begun, it ends where it was). "
            "`BodyTooLarge`, raised when the method reads a body over `max_request_body`, answers 413. "
            "When the client goes away the call is cancelled: an `async def` method gets CancelledError, "
            "a plain one ClientDisconnected from its next read or write (`request.disconnected` tells it sooner)."
        )

    @classmethod
    def outcome_annotation(cls) -> str:
        return "HTTPResult"

    @classmethod
    def outcome_words(cls) -> str:
        return "HTTPResult(status, headers, body)"

    # -- serving ----------------------------------------------------------

    @classmethod
    def arguments(cls, first: Any, call: Any) -> tuple[Any, ...]:
        from urllib.parse import unquote

        from mattermost_plugin._context import context_of
        from mattermost_plugin.http import Request

        head = first.head
        raw_path = head.raw_path or "/"
        target = head.request_uri.partition("?")[0]
        root = target[: -len(raw_path)] if target.endswith(raw_path) and target != raw_path else ""
        context = context_of(first.context)
        request = Request(
            head.method or "GET",
            unquote(raw_path),
            query=head.query,
            headers=_headers_of(head.headers),
            body=call.body(first, length=head.content_length),
            user_id=head.user_id,
            context=context,
            remote_addr=head.remote_addr,
            host=head.host,
            proto=head.proto or "HTTP/1.1",
            root_path=unquote(root),
            raw_path=raw_path,
            plugin=call.plugin,
        )
        request._ending = call.ending
        return (context, request)

    @classmethod
    def response_of(cls, result: Any, where: str) -> Any:
        """The :class:`~mattermost_plugin.http.Response` for what the method returned (shorthands expanded)."""
        from mattermost_plugin._exceptions import ResultTypeError
        from mattermost_plugin.http import Response

        if isinstance(result, Response):
            response = result
        elif result is None:
            response = Response()
        elif isinstance(result, str):
            response = Response(result.encode("utf-8"), content_type=cls.text_type)
        elif isinstance(result, (bytes, bytearray, memoryview)):
            response = Response(bytes(result), content_type="application/octet-stream")
        elif isinstance(result, (dict, list)):
            response = Response.json(result)
        else:
            raise ResultTypeError(
                f"{where} returned {_a_value(result)}, but {cls.go_name} expects {type_name(cls.result_type())}"
            )
        if not isinstance(response.status, int) or isinstance(response.status, bool) or not 100 <= response.status <= 999:
            raise ResultTypeError(f"{where} returned a Response with status {response.status!r}; an HTTP status is 100 to 999")
        return response

    @classmethod
    def answer(cls, result: Any, call: Any) -> Any:
        from mattermost_plugin.protocol import hooks_pb2 as pb

        response = cls.response_of(result, call.where)
        body = response.body
        if isinstance(body, (bytes, bytearray, memoryview)):
            data = bytes(body)
            if "Content-Length" not in response.headers and response.status >= 200 and response.status not in (204, 304):
                response.headers["Content-Length"] = str(len(data))
            head = pb.HTTPResponseHead(status=response.status, headers=_header_messages(pb, response.headers))
            pieces = _chunks_of(data)
            yield call.response(head=head, body=pieces[0])
            for piece in pieces[1:]:
                yield call.response(body=piece)
            return
        head = pb.HTTPResponseHead(status=response.status, headers=_header_messages(pb, response.headers))
        flush = not hasattr(body, "read")  # an iterable's chunks are flushed as they come; a file's are bulk
        chunks = call.chunks(body)  # closed when the call ends, even if it ends right after the head
        yield call.response(head=head, flush=True)
        for chunk in chunks:
            pieces = _chunks_of(chunk)
            for index, piece in enumerate(pieces):
                yield call.response(body=piece, flush=flush and index == len(pieces) - 1)

    @classmethod
    def failure(cls, exc: BaseException, call: Any, answered: bool) -> Failure:
        from mattermost_plugin._exceptions import BodyTooLarge
        from mattermost_plugin.protocol import hooks_pb2 as pb

        if answered:
            return Failure((), bug=not isinstance(exc, BodyTooLarge), note="the response ends where it was")
        if isinstance(exc, BodyTooLarge):
            status, text, bug = 413, b"413 request entity too large\n", False
        else:
            status, text, bug = 500, b"500 internal server error\n", True
        head = pb.HTTPResponseHead(
            status=status,
            headers=[
                pb.Header(name="Content-Type", value=b"text/plain; charset=utf-8"),
                pb.Header(name="X-Content-Type-Options", value=b"nosniff"),
                pb.Header(name="Content-Length", value=str(len(text)).encode()),
            ],
        )
        return Failure((call.response(head=head, body=text),), bug=bug, note=f"answered {status}")

    # -- the host's side ----------------------------------------------------

    @classmethod
    def host_frames(cls, arguments: tuple[Any, ...], context: Any, request: Any) -> Any:
        from mattermost_plugin.http import USER_ID_HEADER, Request
        from mattermost_plugin.protocol import hooks_pb2 as pb

        sent = arguments[0] if arguments and arguments[0] is not None else Request()
        headers = sent.headers.multi_items()
        if sent.user_id and USER_ID_HEADER not in sent.headers:
            headers.append((USER_ID_HEADER, sent.user_id))
        length = sent.body.length
        target = sent.root_path + sent.raw_path + (f"?{sent.query}" if sent.query else "")
        head = pb.HTTPRequestHead(
            method=sent.method,
            raw_path=sent.raw_path,
            query=sent.query,
            request_uri=target,
            proto=sent.proto,
            host=sent.host,
            remote_addr=sent.remote_addr,
            headers=[pb.Header(name=name, value=value.encode("utf-8", "surrogateescape")) for name, value in headers],
            content_length=-1 if length is None else length,
            user_id=sent.user_id,
        )
        yield from _host_body(request, {"context": context, "head": head}, sent.body, "body", "body_end")

    @classmethod
    def host_outcome(cls, frames: list[Any], call: str, decode: Decoder) -> Outcome[Any]:
        from mattermost_plugin._outcomes import HTTPResult

        status, headers = 200, []
        for frame in frames:
            if frame.HasField("head"):
                status, headers = frame.head.status, _headers_of(frame.head.headers)
                break
        body = b"".join(frame.body for frame in frames)
        return HTTPResult(status, tuple(headers), body, call=call)


def _host_body(request: Any, first: dict[str, Any], body: Any, field: str, end: str) -> Any:
    """The frames of a body a host sends: ``first`` with the first chunk, then one chunk each, the last marked."""
    chunks = (piece for chunk in body.chunks() for piece in _chunks_of(chunk))
    current = next(chunks, b"")
    fields = dict(first)
    while True:
        following = next(chunks, b"") if current else b""
        fields[field] = current
        fields[end] = not following
        yield request(**fields)
        if not following:
            return
        current, fields = following, {}


def _a_value(value: Any) -> str:
    kind = type(value).__name__
    return f"{'an' if kind[0].lower() in 'aeiou' else 'a'} {kind}"


class UploadHook(StreamHook):
    """Sees a file being uploaded: reads it as a stream, and may replace it, replace its FileInfo, or reject it.

    The upload streams in as the method reads it; a replacement streams out as
    the method produces it, while the upload is still being read.
    """

    kind_words = "read an upload as a stream; replace it, its FileInfo, or reject it"
    body_field = "data"
    end_field = "data_end"
    limit = "max_upload_size"
    what = "upload"

    @classmethod
    def request_fields_proto(cls) -> list[tuple[str, str, str]]:
        return [
            ("PluginContext", "context", "First frame only."),
            ("bytes", "file_info", "First frame only: the FileInfo's JSON."),
            ("bytes", "data", "The upload's next chunk (at most 64 KiB)."),
            ("bool", "data_end", "No more of the upload after this frame (the host may also just close its side)."),
        ]

    @classmethod
    def _response_frame(cls) -> list[tuple[str, str, str]]:
        return [
            ("bytes", "data", "The replacement's next chunk (at most 64 KiB); no data at all keeps the upload."),
            ("bytes", "file_info", "Last frame: the replacement FileInfo's JSON; empty keeps it."),
            ("string", "rejection", "Last frame: a non-empty reason rejects the upload."),
        ]

    @classmethod
    def _derived_go_results(cls) -> tuple[str, ...]:
        return ("*model.FileInfo", "string")

    @classmethod
    def result_type(cls) -> Any:
        from typing import AsyncIterable, Iterable

        from mattermost_plugin.models import FileInfo

        content = Union[bytes, Iterable[bytes], AsyncIterable[bytes]]  # a binary file is an Iterable[bytes]
        return Optional[Union[str, FileInfo, content, tuple[Optional[FileInfo], Optional[Union[str, content]]]]]

    @classmethod
    def failure_default(cls) -> str:
        return (
            "the upload goes through unchanged (or, when part of a replacement was already sent, is rejected, "
            "so that a partial file is never stored)"
        )

    @classmethod
    def return_forms(cls) -> list[tuple[str, str]]:
        return [
            ("None", "let the upload through unchanged"),
            ("a non-empty `str`", "reject the upload; the text is the reason"),
            ("a `FileInfo`", "keep the contents, store this FileInfo instead"),
            (
                "`bytes`, an iterable or async iterable of `bytes`, or a binary file",
                "store these contents instead (streamed while the upload is read; nothing at all keeps the upload)",
            ),
            ("`(FileInfo | None, contents | str | None)`", "Go's pair: a FileInfo and new contents, or a rejection"),
        ]

    @classmethod
    def errors_text(cls) -> str:
        return (
            "An exception is a plugin bug: the traceback goes to the server log, the upload goes through unchanged "
            "(rejected instead when part of a replacement was already sent), and the plugin keeps running. "
            "`BodyTooLarge`, raised when the method reads past `max_upload_size`, rejects the upload."
        )

    @classmethod
    def outcome_annotation(cls) -> str:
        return "UploadOutcome"

    @classmethod
    def outcome_words(cls) -> str:
        return "Allowed(), Replaced(ReplacedFile(file_info, data)) or Rejected(reason)"

    # -- serving ----------------------------------------------------------

    @classmethod
    def arguments(cls, first: Any, call: Any) -> tuple[Any, ...]:
        from mattermost_plugin._context import context_of
        from mattermost_plugin.models import FileInfo, decode

        info = decode(FileInfo, first.file_info) if first.file_info else None
        if info is None:
            info = FileInfo()
        return (context_of(first.context), info, call.body(first, length=info.size if info.size > 0 else None))

    @classmethod
    def answer(cls, result: Any, call: Any) -> Any:
        from mattermost_plugin.models import encode

        info, content, rejection = cls._parts(result, call.where)
        if rejection:
            yield call.response(rejection=rejection)
            return
        if content is not None:
            for chunk in call.chunks(content):
                for piece in _chunks_of(chunk):
                    if piece:
                        yield call.response(data=piece)
        if info is not None:
            yield call.response(file_info=encode(info))

    @classmethod
    def _parts(cls, result: Any, where: str) -> tuple[Any, Any, str]:
        """``(file_info, contents, rejection)`` from a return value, each None (or "") when not given."""
        from mattermost_plugin._exceptions import ResultTypeError
        from mattermost_plugin.models import FileInfo

        def contents(value: Any) -> bool:
            return isinstance(value, (bytes, bytearray, memoryview)) or hasattr(value, "read") or hasattr(value, "__aiter__") or (
                hasattr(value, "__iter__") and not isinstance(value, (str, tuple, dict, FileInfo))
            )

        if result is None:
            return None, None, ""
        if isinstance(result, str):
            return None, None, result
        if isinstance(result, FileInfo):
            return result, None, ""
        if isinstance(result, tuple) and len(result) == 2 and (result[0] is None or isinstance(result[0], FileInfo)):
            info, second = result
            if second is None or isinstance(second, str):
                return info, None, second or ""
            if contents(second):
                return info, second, ""
        elif contents(result):
            return None, result, ""
        raise ResultTypeError(f"{where} returned {_a_value(result)}, but {cls.go_name} expects {type_name(cls.result_type())}")

    @classmethod
    def failure(cls, exc: BaseException, call: Any, answered: bool) -> Failure:
        from mattermost_plugin._exceptions import BodyTooLarge

        if isinstance(exc, BodyTooLarge) and not answered:
            return Failure((call.response(rejection=str(exc)),), bug=False, note="rejected the upload")
        note = "the upload is rejected (part of a replacement was sent)" if answered else "the upload goes through unchanged"
        return Failure((), bug=True, note=note)

    # -- the host's side ----------------------------------------------------

    @classmethod
    def host_frames(cls, arguments: tuple[Any, ...], context: Any, request: Any) -> Any:
        from mattermost_plugin.http import Body
        from mattermost_plugin.models import FileInfo, encode

        info, data = arguments
        if info is None:
            info = FileInfo()
        body = data if isinstance(data, Body) else Body(data if data is not None else b"")
        yield from _host_body(request, {"context": context, "file_info": encode(info)}, body, "data", "data_end")

    @classmethod
    def host_outcome(cls, frames: list[Any], call: str, decode: Decoder) -> Outcome[Any]:
        from mattermost_plugin._outcomes import ReplacedFile
        from mattermost_plugin.models import FileInfo

        rejection = next((frame.rejection for frame in frames if frame.rejection), "")
        if rejection:
            return Rejected(rejection, call=call)
        data = b"".join(frame.data for frame in frames)
        raw = next((frame.file_info for frame in frames if frame.file_info), b"")
        info = decode(FileInfo, raw) if raw else None
        if not data and info is None:
            return Allowed(call=call)
        return Replaced(ReplacedFile(info, data or None), call=call)


KINDS: tuple[type[Hook], ...] = (VoidHook, ErrorHook, RejectHook, ModifyHook, ValueHook, StreamHook)
"""The semantics classes, one per kind of hook, in the order the reference lists them."""


def hook_classes(module: Any) -> list[type[Hook]]:
    """The concrete hook classes defined in a module, in definition order."""
    found = []
    for value in vars(module).values():
        if isinstance(value, type) and issubclass(value, Hook) and value.is_declared():
            if value.__module__ == module.__name__:
                found.append(value)
    return found


__all__ = [
    "API_BROKER_FIELD",
    "DISMISS_POST",
    "ErrorHook",
    "Failure",
    "HTTPHook",
    "Hook",
    "KINDS",
    "Message",
    "ModifyHook",
    "Param",
    "RejectHook",
    "ReplaceListHook",
    "Semantics",
    "StreamHook",
    "UploadHook",
    "ValueHook",
    "VoidHook",
    "hook_classes",
    "snake_case",
    "type_name",
    "version_tuple",
]
