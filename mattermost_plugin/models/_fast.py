"""The fast path of :func:`._codec.decode`: msgspec parses and checks in C.

For each model class, the first time it is decoded, this module declares a
msgspec ``Struct`` that mirrors it (the same JSON keys, the same types, integer
ranges as constraints, unknown keys forbidden, nested models mirrored too) and
generates a straight-line function that copies a decoded Struct onto a new
model instance. msgspec then parses the JSON and checks every value in one pass
in C, without the intermediate dict the compiled path builds and walks.

It only ever accepts documents the compiled path would decode to the same model.
Whatever it refuses goes to the compiled path, which decides: an unknown key
(kept in ``extra`` there), a JSON ``null`` where Go leaves the zero value, a
value of the wrong type (reported there with its path), invalid JSON. The
mirror is made only for models the compiled path handles generically: a model
with a hand-written codec (``Config``), or one that contains itself, has no
fast path.

Two deliberate mirror choices: ``float`` fields are ``int | float`` (a JSON
integer stays an ``int``, as the compiled path keeps it), and ``[]byte`` fields
are read as strings and decoded from base64 by the same helper the compiled
path uses. One difference is left on purpose: in free-form values (``Any``,
such as ``Post.props``) msgspec reads an integer beyond 64 bits as an ``int``
where orjson reads a ``float``. It is the same number (Go writes a large
float64 there as an integer literal), ``encode`` writes both back, and
checking every free-form value for it would cost more than the rest of the
decoding.
"""

from __future__ import annotations

import binascii
import dataclasses
import threading
from typing import Annotated, Any, Callable, Optional, Union

import msgspec

from ._base import INT_RANGES, Model

__all__ = ["DECODERS", "fast_decoder", "MISSES"]

MISSES: tuple[type[BaseException], ...] = (msgspec.DecodeError, ValueError)
"""What a fast decoder raises when the compiled path must decide (msgspec's
errors, invalid UTF-8, a bad base64 value)."""

_lock = threading.RLock()
DECODERS: dict[type, Optional[Callable[[Any], Any]]] = {}
"""The fast decoders made so far, by model (None: the model has no fast path)."""
_MIRRORS: dict[type, Any] = {}  # model -> Struct, for models whose mirror is complete
_CONVERT: dict[type, str] = {}  # model -> name of its generated conversion function
_IN_PROGRESS: set[type] = set()
_NS: dict[str, Any] = {"_new": object.__new__}
_counter = [0]

_INT_TYPES = {
    kind: Annotated[int, msgspec.Meta(ge=lo, le=hi)] for kind, (lo, hi) in INT_RANGES.items()
}


class _NoMirror(Exception):
    """The model (or one it contains) cannot be mirrored."""


def fast_decoder(cls: type) -> Optional[Callable[[Any], Any]]:
    """``JSON bytes -> model`` through msgspec for ``cls``, or None when it has no fast path.

    The function raises one of :data:`MISSES` for any document it does not take.
    """
    try:
        return DECODERS[cls]
    except KeyError:
        pass
    with _lock:
        if cls not in DECODERS:
            try:
                struct = _mirror(cls)
            except _NoMirror:
                DECODERS[cls] = None
            else:
                decode = msgspec.json.Decoder(struct).decode
                convert = _NS[_CONVERT[cls]]
                DECODERS[cls] = lambda data: convert(decode(data))
        return DECODERS[cls]


def _mirror(cls: type) -> Any:
    """The Struct mirroring ``cls`` (made with its conversion function), or raise _NoMirror."""
    from ._codec import field_specs

    done = _MIRRORS.get(cls)
    if done is not None:
        return done
    if (
        cls in _IN_PROGRESS
        or not (isinstance(cls, type) and dataclasses.is_dataclass(cls) and issubclass(cls, Model))
        or getattr(cls, "_codec_from_dict", None) is not None
    ):
        raise _NoMirror(cls)
    _IN_PROGRESS.add(cls)
    try:
        specs = field_specs(cls)
        fields: list[tuple[str, Any, Any]] = []
        rename: dict[str, str] = {}
        for spec in specs:
            if spec.hidden:
                continue
            tp = _mirror_type(spec)
            default: Any = spec.default
            if spec.default_factory is spec.model is not None:
                default = msgspec.field(default_factory=_mirror(spec.model))  # a struct value, as Go's
            elif spec.default_factory in (list, dict):
                default = msgspec.field(default_factory=spec.default_factory)
            elif spec.default_factory is not None:
                raise _NoMirror(spec.name)
            elif spec.kind == "bytes" and isinstance(default, bytes):
                default = binascii.b2a_base64(default, newline=False).decode("ascii")  # read as a string
            fields.append((spec.name, tp, default))
            if spec.key != spec.name:
                rename[spec.name] = spec.key
        struct = msgspec.defstruct(
            f"{cls.__name__}Mirror",
            fields,
            forbid_unknown_fields=True,
            rename=rename or None,
            gc=False,  # decoded JSON holds no cycles, and the struct lives for one call: skip the collector
        )
        _CONVERT[cls] = _gen_convert(cls, specs)
        _MIRRORS[cls] = struct
        return struct
    finally:
        _IN_PROGRESS.discard(cls)


def _mirror_type(spec: Any) -> Any:
    kind = spec.kind
    if kind == "str" or kind == "bytes":
        tp: Any = str
    elif kind == "bool":
        tp = bool
    elif kind == "int":
        tp = _INT_TYPES[_int_kind(spec)]
    elif kind == "float":
        tp = Union[int, float]
    elif kind == "any":
        return Any
    elif kind == "model":
        tp = _mirror(spec.model)
    elif kind == "list":
        tp = list[_element_type(spec.elem)]  # type: ignore[misc]
    elif kind == "dict":
        tp = dict[str, _element_type(spec.elem)]  # type: ignore[misc]
    else:
        raise _NoMirror(spec.name)
    return Optional[tp] if spec.nullable else tp


def _element_type(elem: Any) -> Any:
    # A null model element is a nil *T (None) in both paths; a null scalar element is
    # refused here and given its zero value by the compiled path.
    if elem.kind == "model":
        return Optional[_mirror(elem.model)]
    return _mirror_type(elem)


def _int_kind(spec: Any) -> str:
    for kind, (lo, hi) in INT_RANGES.items():
        if (lo, hi) == (spec.lo, spec.hi):
            return kind
    raise _NoMirror(spec.name)


def _gen_convert(cls: type, specs: list[Any]) -> str:
    """Generate ``_c<n>(struct) -> cls`` into the namespace; returns its name.

    Called after the mirrors of the models ``cls`` contains, so their conversion
    functions exist.
    """
    from ._codec import _b64d

    _counter[0] += 1
    n = _counter[0]
    name = f"_c{n}"
    _NS[f"_cls{n}"] = cls
    _NS["_b64d"] = _b64d
    lines = [f"def {name}(s):", f"    o = _new(_cls{n})"]
    for i, spec in enumerate(specs):
        attr = spec.name
        if spec.hidden:
            if spec.default_factory is not None:
                _NS[f"_f{n}_{i}"] = spec.default_factory
                lines.append(f"    o.{attr} = _f{n}_{i}()")
            else:
                _NS[f"_v{n}_{i}"] = spec.default
                lines.append(f"    o.{attr} = _v{n}_{i}")
            continue
        kind = spec.kind
        elem = spec.elem
        if kind == "model":
            lines += [f"    v = s.{attr}", f"    o.{attr} = None if v is None else {_CONVERT[spec.model]}(v)"]
        elif kind == "bytes":
            lines += [f"    v = s.{attr}", f"    o.{attr} = None if v is None else _b64d(v, {spec.key!r})"]
        elif kind in ("list", "dict") and elem.kind in ("model", "bytes"):
            if elem.kind == "model":
                item = f"None if x is None else {_CONVERT[elem.model]}(x)"
            else:
                item = f"_b64d(x, {spec.key!r})"
            each = f"[{item} for x in v]" if kind == "list" else f"{{k: {item} for k, x in v.items()}}"
            lines += [f"    v = s.{attr}", f"    o.{attr} = None if v is None else {each}"]
        else:
            lines.append(f"    o.{attr} = s.{attr}")
    lines += ["    o.extra = {}", "    return o"]
    exec(compile("\n".join(lines) + "\n", f"<mattermost_plugin fast decode for {cls.__qualname__}>", "exec"), _NS)
    return name
