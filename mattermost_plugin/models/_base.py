"""Shared machinery for the model dataclasses.

Every model is declared with :func:`model` (a ``@dataclass(kw_only=True)`` that also
adds the ``extra`` catch-all field) and subclasses :class:`Model`, whose
``to_dict/from_dict/to_json/from_json`` go through the codec (:mod:`._codec`).
Go-specific facts about a field (its JSON key when it differs from the attribute name,
``omitempty``, integer width, a value that Go's custom ``MarshalJSON`` leaves out, or a
field Go hides from JSON) are declared with :func:`go` and kept in the field metadata
under the ``"mattermost"`` key, where the codec reads them.

The models are also dataclasses-json classes (``DataClassJsonMixin``, with the same Go
facts as per-field dataclasses-json config): ``Model.schema()`` is dataclasses-json's
marshmallow schema, and :func:`dataclasses_json_mixin` gives its own conversions, which
the property tests compare the codec against. dataclasses-json (and marshmallow) is
imported, and every model configured for it, the first time either is asked for.
"""


import binascii
import dataclasses
import re
import reprlib
import threading
import typing
from dataclasses import MISSING, dataclass, field
from types import MappingProxyType
from typing import Any, Callable, ClassVar, Optional, TypeVar, Union

if typing.TYPE_CHECKING or hasattr(typing, "dataclass_transform"):
    from typing import dataclass_transform
else:  # Python 3.10
    from typing_extensions import dataclass_transform

__all__ = [
    "Model",
    "model",
    "go",
    "dataclasses_json_mixin",
    "META_KEY",
    "INT64",
    "INT32",
    "INT16",
    "INT8",
    "UINT64",
    "UINT32",
    "UINT16",
    "UINT8",
    "INT_RANGES",
]

META_KEY = "mattermost"

#: Go integer kinds and the range encoding/json accepts for them (``int`` is 64-bit on
#: every platform Mattermost supports).
INT64 = "int64"
INT32 = "int32"
INT16 = "int16"
INT8 = "int8"
UINT64 = "uint64"
UINT32 = "uint32"
UINT16 = "uint16"
UINT8 = "uint8"
INT_RANGES: dict[str, tuple[int, int]] = {
    INT64: (-(1 << 63), (1 << 63) - 1),
    INT32: (-(1 << 31), (1 << 31) - 1),
    INT16: (-(1 << 15), (1 << 15) - 1),
    INT8: (-(1 << 7), (1 << 7) - 1),
    UINT64: (0, (1 << 64) - 1),
    UINT32: (0, (1 << 32) - 1),
    UINT16: (0, (1 << 16) - 1),
    UINT8: (0, (1 << 8) - 1),
}

_NO_OMIT_IF: Any = object()


def go(
    default: Any = MISSING,
    *,
    default_factory: Callable[[], Any] | Any = MISSING,
    json: str | None = None,
    omitempty: bool = False,
    int_kind: str = INT64,
    omit_if: Any = _NO_OMIT_IF,
    hidden: bool = False,
) -> Any:
    """Declare a model field together with the Go facts the codecs need.

    ``json``: the JSON key when it is not the attribute name (Go structs without json
    tags are written under their Go field names, e.g. ``"UserId"``).
    ``omitempty``: the Go tag has ``,omitempty``: the key is left out when the value is
    Go's zero value (``""``, ``0``, ``False``, ``None``, an empty list/map/bytes).
    ``int_kind``: the Go integer type (range checked when decoding).
    ``omit_if``: a value that Go's custom ``MarshalJSON`` leaves out (ChannelMember's -1).
    ``hidden``: the Go field is ``json:"-"``; the attribute exists for plugins but is
    never read from or written to JSON.
    """
    if int_kind not in INT_RANGES:
        raise ValueError(f"unknown Go integer kind {int_kind!r}")
    meta = {
        META_KEY: {
            "json": json,
            "omitempty": omitempty,
            "int_kind": int_kind,
            "omit_if": omit_if,
            "hidden": hidden,
        }
    }
    if default is MISSING and default_factory is MISSING:
        raise TypeError("every model field needs a default")
    if default_factory is not MISSING:
        return field(default_factory=default_factory, metadata=meta)
    return field(default=default, metadata=meta)


def _b64encode(v: Optional[bytes]) -> Optional[str]:
    if v is None:
        return None
    return binascii.b2a_base64(v, newline=False).decode("ascii")


try:
    binascii.a2b_base64(b"", strict_mode=True)  # type: ignore[call-arg]
except TypeError:  # Python 3.10: no strict mode; check the alphabet and padding first
    _B64 = re.compile(r"(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?")

    def a2b_strict(v: str) -> bytes:
        """Standard base64 with padding, as Go's base64.StdEncoding writes it."""
        if _B64.fullmatch(v) is None:
            raise binascii.Error("not standard base64 with padding")
        return binascii.a2b_base64(v)

else:

    def a2b_strict(v: str) -> bytes:
        """Standard base64 with padding, as Go's base64.StdEncoding writes it."""
        return binascii.a2b_base64(v, strict_mode=True)  # type: ignore[call-arg]


def _b64decode(v: Any) -> Any:
    if isinstance(v, str):
        return a2b_strict(v)
    if v is None:
        return None
    return v


def _is_optional(tp: Any) -> tuple[bool, Any]:
    """``(True, X)`` for ``Optional[X]``, else ``(False, tp)``."""
    if typing.get_origin(tp) is Union:
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1 and len(typing.get_args(tp)) == 2:
            return True, args[0]
    return False, tp


def go_meta(f: dataclasses.Field) -> dict[str, Any]:
    """The Go facts declared for a field (defaults when it was declared without :func:`go`)."""
    m = f.metadata.get(META_KEY)
    if m is None:
        return {
            "json": None,
            "omitempty": False,
            "int_kind": INT64,
            "omit_if": _NO_OMIT_IF,
            "hidden": False,
        }
    return m


def has_omit_if(meta: dict[str, Any]) -> bool:
    return meta["omit_if"] is not _NO_OMIT_IF


def _dcj_config(f: dataclasses.Field, tp: Any, config: Callable[..., dict[str, Any]]) -> dict[str, Any]:
    """dataclasses-json field config mirroring the Go facts of one field."""
    meta = go_meta(f)
    optional, inner = _is_optional(tp)
    kwargs: dict[str, Any] = {}
    if meta["json"] is not None and meta["json"] != f.name:
        kwargs["field_name"] = meta["json"]
    if inner is bytes:
        kwargs["encoder"] = _b64encode
        kwargs["decoder"] = _b64decode
    if meta["hidden"]:
        kwargs["exclude"] = lambda v: True
    elif has_omit_if(meta):
        sentinel = meta["omit_if"]
        kwargs["exclude"] = lambda v, _s=sentinel: v == _s
    elif meta["omitempty"]:
        if optional:
            kwargs["exclude"] = lambda v: v is None
        else:
            kwargs["exclude"] = lambda v: not v
    return config(**kwargs) if kwargs else {}


T = TypeVar("T", bound="Model")


class Model:
    """Base class of every Mattermost model dataclass.

    ``to_json``/``from_json``/``to_dict``/``from_dict`` (dataclasses-json's names and
    signatures) give exactly what :func:`mattermost_plugin.models.encode`,
    :func:`~mattermost_plugin.models.decode`, :func:`~mattermost_plugin.models.to_dict`
    and :func:`~mattermost_plugin.models.from_dict` give; the dicts are copies.
    ``schema()`` is dataclasses-json's marshmallow schema. Unknown JSON keys are kept
    in ``extra`` and written back.
    """

    extra: dict[str, Any]

    def to_dict(self, encode_json: bool = False) -> dict[str, Any]:
        """This model as a dict keyed by Mattermost's JSON keys: the value :meth:`to_json`
        writes, as a copy (changing it leaves the model alone). ``bytes`` fields are
        base64 text. ``encode_json`` is accepted for dataclasses-json compatibility: the
        dict holds JSON values either way."""
        from ._codec import to_dict
        from ._json import copy_json

        return copy_json(to_dict(self))  # type: ignore[no-any-return]

    def to_json(self, **kwargs: Any) -> str:
        """This model as JSON text, as :func:`~mattermost_plugin.models.encode` writes it.
        Given ``json.dumps`` keyword arguments (``indent=2``, ``sort_keys=True``...), the
        same JSON value formatted by ``json.dumps``."""
        from ._codec import json_text

        return json_text(self, kwargs)

    @classmethod
    def from_dict(cls: type[T], kvs: Any, *, infer_missing: bool = False) -> T:
        """A model from a dict keyed by Mattermost's JSON keys, checked as
        :func:`~mattermost_plugin.models.decode` checks JSON (:class:`DecodeError`); the
        model does not share ``kvs``'s lists and dicts. A missing key leaves the field's
        default, so ``infer_missing`` (dataclasses-json's) changes nothing."""
        from ._codec import from_dict
        from ._json import copy_json

        return from_dict(cls, copy_json(kvs))

    @classmethod
    def from_json(cls: type[T], s: Union[str, bytes, bytearray], *, infer_missing: bool = False) -> T:
        """A model from JSON text (:func:`~mattermost_plugin.models.decode`); ``null`` or
        empty text is a :class:`DecodeError` here, where ``decode`` gives ``None``."""
        from ._codec import decode
        from mattermost_plugin._exceptions import DecodeError

        obj = decode(cls, s)
        if obj is None:
            raise DecodeError("", f"expected a JSON object, got {'null' if s else 'no text'}")
        return obj

    @classmethod
    def schema(cls, **kwargs: Any) -> Any:
        """dataclasses-json's marshmallow schema for this model."""
        return dataclasses_json_mixin().schema.__func__(cls, **kwargs)  # type: ignore[attr-defined]

    def __repr__(self) -> str:
        """Only the fields that differ from their defaults, so test failures stay readable.
        A value nested too deeply for ``repr`` is shown shortened (``{'a': {...}}``)."""
        shown = []
        for f in dataclasses.fields(self):  # type: ignore[arg-type]
            value = getattr(self, f.name)
            if f.default is not MISSING and value == f.default:
                continue
            if f.default_factory is not MISSING and value == f.default_factory():
                continue
            try:
                text = repr(value)
            except RecursionError:
                text = reprlib.repr(value)
            shown.append(f"{f.name}={text}")
        return f"{type(self).__name__}({', '.join(shown)})"


M = TypeVar("M", bound=type)


@dataclass_transform(kw_only_default=True, field_specifiers=(field, go))
def model(cls: M) -> M:
    """Class decorator for models: keyword-only dataclass + ``extra`` catch-all field.

    dataclasses-json's field config (derived from the :func:`go` declarations) is added
    when dataclasses-json is first asked for, or at once if it already has been."""
    ann = cls.__dict__.get("__annotations__", {})
    if "extra" not in ann and not any(
        "extra" in getattr(b, "__dataclass_fields__", {}) for b in cls.__mro__[1:]
    ):
        cls.__annotations__ = {**ann, "extra": dict[str, Any]}
        cls.extra = field(default_factory=dict, compare=True)  # type: ignore[attr-defined]
    cls = dataclass(kw_only=True, repr=False)(cls)  # type: ignore[assignment]
    with _configure_lock:
        _MODELS.append(cls)
        if _dataclasses_json_module is not None:
            _configure(cls, _dataclasses_json_module)
    return cls


_MODELS: list[Any] = []
_configure_lock = threading.Lock()
_dataclasses_json_module: Any = None


def dataclasses_json_mixin() -> Any:
    """dataclasses-json's ``DataClassJsonMixin``, importing dataclasses-json and
    configuring every model for it on first use. Its functions applied to a model
    (``dataclasses_json_mixin().from_dict.__func__(Post, d)``,
    ``dataclasses_json_mixin().to_dict(post)``) are dataclasses-json's own conversions."""
    global _dataclasses_json_module
    if _dataclasses_json_module is None:
        with _configure_lock:
            if _dataclasses_json_module is None:
                import dataclasses_json

                for cls in _MODELS:
                    _configure(cls, dataclasses_json)
                _dataclasses_json_module = dataclasses_json
    return _dataclasses_json_module.DataClassJsonMixin


def _configure(cls: Any, dcj: Any) -> None:
    """Give one model dataclasses-json's catch-all field and per-field config."""
    if "extra" in cls.__dict__.get("__annotations__", {}):
        cls.__annotations__["extra"] = dcj.CatchAll
    hints = typing.get_type_hints(cls, localns={cls.__name__: cls})
    for f in dataclasses.fields(cls):
        if f.name == "extra":
            continue
        settings = _dcj_config(f, hints[f.name], dcj.config)
        metadata = dict(f.metadata)
        if settings:
            metadata["dataclasses_json"] = settings["dataclasses_json"]
        else:
            metadata.pop("dataclasses_json", None)
        f.metadata = MappingProxyType(metadata)
    cls.dataclass_json_config = dcj.config(undefined=dcj.Undefined.INCLUDE)["dataclasses_json"]
    dcj.DataClassJsonMixin.register(cls)
