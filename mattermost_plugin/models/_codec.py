"""The JSON codec of the models: one way to decode, one way to encode.

For each model class, the first time it is used, this module reads the dataclass fields
and their Go declarations (:func:`._base.go`), writes the Python source of two
straight-line functions -- ``dict -> model`` and ``model -> dict`` -- and ``exec``s it
once: one dict lookup and one type test per field, no per-field loop or reflection at
call time.  JSON text <-> dict is done by orjson, and by :mod:`._json` where orjson
refuses JSON that Go accepts (nesting deeper than orjson's limits, integers beyond 64
bits).  :func:`decode`, :func:`encode`, :func:`from_dict`, :func:`to_dict` and the
models' own ``from_json``/``to_json``/``from_dict``/``to_dict`` all go through here.

Semantics follow Go's ``encoding/json`` for the struct the model mirrors:

* decoding: a missing key or JSON ``null`` leaves the Go zero value (the field default);
  a value of the wrong JSON type is an error (:class:`DecodeError`, naming the path, the
  expected type and the value received); integers must be JSON integers within the Go
  type's range (``2.0`` is rejected, as Go does); ``[]byte`` is standard base64 with
  padding; unknown keys go to ``extra``.  Free-form values (``Any``) are kept as parsed:
  plain Python values down to 1,024 levels below the document's root, and a
  :class:`~._json.RawJSON` for each container deeper than that (Go accepts 10,000).
* encoding: compact JSON, keys in Go struct order (then the ``extra`` keys),
  ``omitempty`` fields left out when they hold the zero value, ``[]byte`` as base64,
  :class:`~._json.RawJSON` verbatim.  Go's HTML-safe escaping of ``<``, ``>``, ``&``,
  U+2028 and U+2029 inside strings is applied on request (``encode(obj,
  html_escape=True)``): it changes no value.  Maps are written in the order they hold
  (Go sorts map keys; a decoded map keeps Go's order).

``to_dict`` shares nested containers (maps and lists kept verbatim, ``extra`` values)
with the model instead of copying them, and ``from_dict`` shares them with its input.

A class that is not a model dataclass takes part through one extension point: a
classmethod ``from_json_value(value)``, given the parsed JSON value (never ``None``:
``null`` decodes to ``None`` first) and returning an instance or raising
:class:`DecodeError`, and a method ``to_json_value()`` returning the JSON-ready value to
write.  When a class defines both, the codec calls them instead of generating code for
it.  :class:`~.config.Config` is such a class.
"""

from __future__ import annotations

import binascii
import dataclasses
import reprlib
import threading
import typing
from typing import Any, Iterable, Optional, TypeVar, Union

import orjson

from mattermost_plugin._exceptions import DecodeError

from ._base import _NO_OMIT_IF, INT_RANGES, Model, a2b_strict, go_meta, has_omit_if
from ._json import PYTHON_DEPTH, RawJSON, reread
from ._json import dumps as _dumps_any

__all__ = [
    "DecodeError",
    "decode",
    "decode_list",
    "encode",
    "from_dict",
    "to_dict",
    "FieldSpec",
    "field_specs",
]

M = TypeVar("M")

_JSONDecodeError = orjson.JSONDecodeError
_JSONEncodeError = orjson.JSONEncodeError
_loads = orjson.loads
_dumps = orjson.dumps


# --------------------------------------------------------------------------- errors


_REPR = reprlib.Repr()
_REPR.maxother = 80


def _show(v: Any) -> str:
    """A short rendering of a received value, for error messages: its JSON, or a
    shortened repr when orjson cannot write it (too deep, not JSON)."""
    try:
        s = _dumps(v).decode("utf-8")
    except TypeError:
        s = _REPR.repr(v)
    if len(s) > 80:
        s = s[:77] + "..."
    return s


_KIND_WORDS = {
    "str": "a string",
    "int": "an integer",
    "float": "a number",
    "bool": "a boolean",
    "bytes": "a base64 string",
    "dict": "an object",
    "list": "an array",
    "model": "an object",
    "any": "a JSON value",
}


def _type_error(path: str, kind: str, v: Any) -> DecodeError:
    if v.__class__ is RawJSON:
        got = f"a JSON value nested more than {PYTHON_DEPTH:,} levels deep"
    else:
        got = _show(v)
    return DecodeError(path, f"expected {_KIND_WORDS[kind]}", got)


def _too_deep(path: str) -> DecodeError:
    return DecodeError(path, "models nested inside one another too deeply to decode (Python's recursion limit)")


def _int_error(path: str, v: Any, lo: int, hi: int) -> DecodeError:
    if type(v) is int:
        return DecodeError(path, f"expected an integer in [{lo}, {hi}]", str(v))
    return _type_error(path, "int", v)


# ------------------------------------------------------------------ field schema


@dataclasses.dataclass(frozen=True)
class FieldSpec:
    """What the codec knows about one model field (also used by the tests)."""

    name: str  # Python attribute
    key: str  # JSON key
    kind: str  # str, int, float, bool, bytes, any, dict, list, model
    nullable: bool  # Optional[...]: JSON null <-> None
    omitempty: bool
    omit_if: Any  # sentinel left out by a custom MarshalJSON, or None
    has_omit_if: bool
    hidden: bool  # json:"-": never read from / written to JSON
    lo: int = 0
    hi: int = 0
    elem: Optional["FieldSpec"] = None  # element spec for list/dict
    model: Optional[type] = None  # for kind == "model"
    default: Any = None
    default_factory: Any = None


def _spec_for_type(tp: Any, name: str, key: str, meta: dict[str, Any]) -> FieldSpec:
    nullable = False
    origin = typing.get_origin(tp)
    if origin is Union:
        args = typing.get_args(tp)
        rest = [a for a in args if a is not type(None)]
        if len(rest) != 1 or len(args) != 2:
            raise TypeError(f"{name}: unsupported union type {tp!r}")
        nullable = True
        tp = rest[0]
        origin = typing.get_origin(tp)
    common = dict(
        name=name,
        key=key,
        nullable=nullable,
        omitempty=meta["omitempty"],
        omit_if=meta["omit_if"] if has_omit_if(meta) else None,
        has_omit_if=has_omit_if(meta),
        hidden=meta["hidden"],
    )
    if tp is str:
        return FieldSpec(kind="str", **common)
    if tp is bool:
        return FieldSpec(kind="bool", **common)
    if tp is int:
        lo, hi = INT_RANGES[meta["int_kind"]]
        return FieldSpec(kind="int", lo=lo, hi=hi, **common)
    if tp is float:
        return FieldSpec(kind="float", **common)
    if tp is bytes:
        return FieldSpec(kind="bytes", **common)
    if tp is Any:
        return FieldSpec(kind="any", **common)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp) and issubclass(tp, Model):
        return FieldSpec(kind="model", model=tp, **common)
    elem_meta = {**meta, "omitempty": False, "hidden": False, "omit_if": _NO_OMIT_IF}
    if origin is list:
        (et,) = typing.get_args(tp) or (Any,)
        elem = _spec_for_type(et, name + "[]", "", elem_meta)
        return FieldSpec(kind="list", elem=elem, **common)
    if origin is dict:
        kt, vt = typing.get_args(tp) or (str, Any)
        if kt is not str:
            raise TypeError(f"{name}: map keys must be str, not {kt!r}")
        elem = _spec_for_type(vt, name + "{}", "", elem_meta)
        return FieldSpec(kind="dict", elem=elem, **common)
    raise TypeError(f"{name}: unsupported field type {tp!r}")


_SPECS: dict[type, list[FieldSpec]] = {}


def field_specs(cls: type) -> list[FieldSpec]:
    """The codec's view of a model class: one :class:`FieldSpec` per field except
    ``extra``, in dataclass field order."""
    specs = _SPECS.get(cls)
    if specs is not None:
        return specs
    hints = typing.get_type_hints(cls, localns={cls.__name__: cls})
    specs = []
    for f in dataclasses.fields(cls):
        if f.name == "extra":
            continue
        meta = go_meta(f)
        key = meta["json"] or f.name
        spec = _spec_for_type(hints[f.name], f.name, key, meta)
        spec = dataclasses.replace(
            spec,
            default=None if f.default is dataclasses.MISSING else f.default,
            default_factory=None
            if f.default_factory is dataclasses.MISSING
            else f.default_factory,
        )
        specs.append(spec)
    _SPECS[cls] = specs
    return specs


# ------------------------------------------------------------ runtime helpers
# (slow paths called by generated code only when the fast type test fails)


def _fix_scalar(v: Any, path: str, kind: str, default: Any) -> Any:
    if v is None:
        return default
    raise _type_error(path, kind, v)


def _fix_int(v: Any, path: str, default: Any, lo: int, hi: int) -> Any:
    if v is None:
        return default
    raise _int_error(path, v, lo, hi)


def _b64d(v: Any, path: str) -> bytes:
    if type(v) is not str:
        raise _type_error(path, "bytes", v)
    try:
        return a2b_strict(v)
    except (binascii.Error, ValueError) as e:
        if "\n" in v or "\r" in v:  # Go's base64 decoder skips line breaks
            return _b64d(v.replace("\n", "").replace("\r", ""), path)
        raise DecodeError(path, f"expected a base64 string ({e})", _show(v)) from None


_b2a = binascii.b2a_base64


def _b64e(v: bytes) -> str:
    return _b2a(v, newline=False).decode("ascii")


def _check_elems(spec: FieldSpec, v: Any, path: str) -> Any:
    """Check (and null-fix) the elements of a list/dict of scalars; returns the value."""
    e = spec.elem
    assert e is not None
    kind = e.kind
    if kind == "any":
        return v
    is_list = spec.kind == "list"
    items: Iterable[tuple[Any, Any]] = enumerate(v) if is_list else v.items()
    fixed = None
    for k, x in items:
        if _elem_ok(e, x):
            continue
        sub = f"{path}[{k if is_list else _show(k)}]"
        if x is None:
            # Go: null into a non-pointer element leaves its zero value.
            if e.nullable:
                continue
            if fixed is None:
                fixed = list(v) if is_list else dict(v)
            fixed[k] = _zero(e)
            continue
        if kind == "int" and type(x) is int:
            raise _int_error(sub, x, e.lo, e.hi)
        if kind == "bytes":
            _b64d(x, sub)
        raise _type_error(sub, kind, x)
    if kind == "bytes":
        src = fixed if fixed is not None else v
        if is_list:
            return [None if x is None else _b64d(x, f"{path}[{i}]") for i, x in enumerate(src)]
        return {k: (None if x is None else _b64d(x, f"{path}[{_show(k)}]")) for k, x in src.items()}  # type: ignore[union-attr]
    return fixed if fixed is not None else v


def _zero(e: FieldSpec) -> Any:
    return {"str": "", "int": 0, "float": 0.0, "bool": False, "bytes": ""}.get(e.kind)


def _elem_ok(e: FieldSpec, x: Any) -> bool:
    k = e.kind
    t = type(x)
    if k == "str":
        return t is str
    if k == "bool":
        return t is bool
    if k == "int":
        return t is int and e.lo <= x <= e.hi
    if k == "float":
        return t is float or t is int
    if k == "bytes":
        return t is str
    if k == "dict":
        return t is dict and (e.elem is None or e.elem.kind == "any")
    if k == "list":
        return t is list and (e.elem is None or e.elem.kind == "any")
    return True


def _at(error: DecodeError, key: str, index: int) -> DecodeError:
    """An element's error seen from its list."""
    return error.within(f"{key}[{index}]")


def _at_key(error: DecodeError, key: str, map_key: str) -> DecodeError:
    """An entry's error seen from its map."""
    return error.within(f"{key}[{_show(map_key)}]")


def _not_object(d: Any) -> DecodeError:
    return DecodeError("", "expected a JSON object", _show(d))


# --------------------------------------------------------------- code generation

_lock = threading.RLock()
_DEC: dict[type, Any] = {}  # published, complete codecs
_ENC: dict[type, Any] = {}
_NAMES: dict[type, int] = {}  # classes whose code is generated (or in progress)
_NS: dict[str, Any] = {
    "__builtins__": __builtins__,
    "str": str,
    "int": int,
    "bool": bool,
    "float": float,
    "dict": dict,
    "list": list,
    "type": type,
    "DecodeError": DecodeError,
    "_fix_scalar": _fix_scalar,
    "_fix_int": _fix_int,
    "_type_error": _type_error,
    "_int_error": _int_error,
    "_b64d": _b64d,
    "_b64e": _b64e,
    "_check_elems": _check_elems,
    "_at": _at,
    "_at_key": _at_key,
    "_too_deep": _too_deep,
    "_not_object": _not_object,
    "_new": object.__new__,
}
_counter = [0]


def _const(value: Any, hint: str) -> str:
    """Put a constant into the shared namespace; returns its name."""
    _counter[0] += 1
    name = f"_k{_counter[0]}_{hint}"
    _NS[name] = value
    return name


def _id_for(cls: type, pending: list[type]) -> int:
    n = _NAMES.get(cls)
    if n is None:
        _counter[0] += 1
        n = _counter[0]
        _NAMES[cls] = n
        pending.append(cls)
    return n


def _scalar_test(kind: str, var: str, lo: int = 0, hi: int = 0) -> str:
    """A Python expression that is true when ``var`` is NOT a valid value of kind."""
    if kind == "str":
        return f"type({var}) is not str"
    if kind == "bool":
        return f"type({var}) is not bool"
    if kind == "int":
        return f"type({var}) is not int or {var} > {hi} or {var} < {lo}"
    if kind == "float":
        return f"type({var}) is not float and type({var}) is not int"
    raise AssertionError(kind)


def _literal(v: Any) -> Optional[str]:
    """Source for an immutable scalar default, or None when it needs a named constant."""
    if v is None or type(v) in (str, int, bool, bytes, float):
        r = repr(v)
        if type(v) is float and not (r[0].isdigit() or r[0] == "-"):
            return None  # inf / nan
        return r
    return None


def _field_lines(
    s: FieldSpec,
    var: str,
    pending: list[type],
    read: bool,
    count: bool = False,
    nonnull: bool = False,
) -> list[str]:
    """Generated statements (indented 4) that leave the decoded value of one field in
    ``var``.  With ``read``, the value is first fetched with ``g = d.get`` (missing ->
    default); without, the caller has already put the raw value in ``var``.  With
    ``count``, the local ``c`` is incremented when the key holds a non-null value."""
    if count and not s.hidden:
        body = _field_lines(s, var, pending, read=False, nonnull=True)
        if s.default_factory is list:
            dflt = "[]"
        elif s.default_factory is dict:
            dflt = "{}"
        elif s.default_factory is not None:
            dflt = f"{_const(s.default_factory, 'factory')}()"
        else:
            lit = _literal(s.default)
            dflt = lit if lit is not None else _const(s.default, "default")
        return [
            f"    {var} = g({s.key!r})",
            f"    if {var} is None:",
            f"        {var} = {dflt}",
            "    else:",
            "        c += 1",
            *("    " + line for line in body),
        ]
    L: list[str] = []
    rk = repr(s.key)
    if s.default_factory is list:
        dflt_expr, get_default = "[]", "None"
    elif s.default_factory is dict:
        dflt_expr, get_default = "{}", "None"
    elif s.default_factory is not None:
        dflt_expr = f"{_const(s.default_factory, 'factory')}()"
        get_default = "None"
    else:
        lit = _literal(s.default)
        dflt_expr = lit if lit is not None else _const(s.default, "default")
        get_default = dflt_expr
    if s.hidden:
        return [f"    {var} = {dflt_expr}"]
    k = s.kind
    if read:
        if k in ("str", "bool", "int", "float", "any") and not s.nullable:
            L.append(f"    {var} = g({rk}, {get_default})")
        else:
            L.append(f"    {var} = g({rk})")
    if k in ("str", "bool", "int", "float"):
        test = _scalar_test(k, var, s.lo, s.hi)
        if s.nullable:
            L.append(f"    if {var} is not None and ({test}):")
            if k == "int":
                L.append(f"        raise _int_error({rk}, {var}, {s.lo}, {s.hi})")
            else:
                L.append(f"        raise _type_error({rk}, {k!r}, {var})")
        else:
            L.append(f"    if {test}:")
            if k == "int":
                L.append(f"        {var} = _fix_int({var}, {rk}, {dflt_expr}, {s.lo}, {s.hi})")
            else:
                L.append(f"        {var} = _fix_scalar({var}, {rk}, {k!r}, {dflt_expr})")
    elif k == "any":
        pass
    elif k in ("bytes", "dict", "list", "model"):
        # Lines for a non-null value are written at 8 spaces, under an `is None` test
        # (or dedented to 4 when the caller knows the value is not null).
        start = len(L)
        if k == "bytes":
            L.append(f"        {var} = _b64d({var}, {rk})")
        else:
            _container_lines(L, s, var, pending, rk)
        if nonnull:
            L[start:] = [line[4:] for line in L[start:]]
        elif s.nullable:
            L.insert(start, f"    if {var} is not None:")
        else:
            L[start:start] = [f"    if {var} is None:", f"        {var} = {dflt_expr}", "    else:"]
    else:
        raise AssertionError(k)
    return L


def _container_lines(L: list[str], s: FieldSpec, var: str, pending: list[type], rk: str) -> None:
    k = s.kind
    pytype = "dict" if k in ("dict", "model") else "list"
    L.append(f"        if type({var}) is not {pytype}:")
    L.append(f"            raise _type_error({rk}, {k!r}, {var})")
    # Nested models: an error inside one is re-raised with this field's key (and the
    # element's index or map key) in front of its path. Models that contain themselves
    # (CommandResponse) can nest deeper than Python's recursion limit: that is reported
    # as a DecodeError too, at the deepest field that can still say so.
    if k == "model":
        assert s.model is not None
        m = _id_for(s.model, pending)
        L.append("        try:")
        L.append(f"            {var} = _d{m}({var})")
        L.append("        except DecodeError as e:")
        L.append(f"            raise e.within({rk}) from None")
        L.append("        except RecursionError:")
        L.append(f"            raise _too_deep({rk}) from None")
    else:
        e = s.elem
        assert e is not None
        if e.kind == "model":
            assert e.model is not None
            m = _id_for(e.model, pending)
            # A null element is a nil *T. Each element is decoded once, and when one
            # fails, the loop's position says which.
            L.append("        t = {}" if k == "dict" else "        t = []")
            L.append("        try:")
            if k == "list":
                L.append(f"            for x in {var}:")
                L.append(f"                t.append(None if x is None else _d{m}(x))")
                L.append("        except DecodeError as e:")
                L.append(f"            raise _at(e, {rk}, len(t)) from None")
            else:
                L.append(f"            for kk, x in {var}.items():")
                L.append(f"                t[kk] = None if x is None else _d{m}(x)")
                L.append("        except DecodeError as e:")
                L.append(f"            raise _at_key(e, {rk}, kk) from None")
            L.append("        except RecursionError:")
            L.append(f"            raise _too_deep({rk}) from None")
            L.append(f"        {var} = t")
        elif e.kind in ("str", "bool", "int", "float"):
            # Inline element loop; the helper re-checks and reports (or fixes nulls).
            sname = _const(s, "spec")
            it = var if k == "list" else f"{var}.values()"
            L.append(f"        for x in {it}:")
            L.append(f"            if {_scalar_test(e.kind, 'x', e.lo, e.hi)}:")
            L.append(f"                {var} = _check_elems({sname}, {var}, {rk})")
            L.append("                break")
        elif e.kind != "any":
            sname = _const(s, "spec")
            L.append(f"        {var} = _check_elems({sname}, {var}, {rk})")


def _gen_decoder(cls: type, n: int, pending: list[type]) -> str:
    """Source of ``_d<n>(d) -> cls`` (and of its helper ``_p<n>``).

    ``_d<n>`` reads every key Go always writes (no omitempty) with a plain subscript,
    the fastest lookup there is; if one is missing (a partial document), it hands over
    to ``_p<n>``, which reads every key with ``d.get`` and applies the defaults.  Each
    value then gets one type test; the slow paths (null -> default, errors) are calls.
    """
    specs = field_specs(cls)
    live = [i for i, s in enumerate(specs) if not s.hidden]
    known = frozenset(specs[i].key for i in live)
    always = [i for i in live if not specs[i].omitempty]
    kname = _const(known, "known")
    cname = _const(cls, "cls")
    # In _d<n> every key of `always` is present and `c` counts the other known keys
    # present, so a document of that length holds no unknown key; _p<n> (a partial
    # document) must look.
    counted = len(always) < len(live)
    quick = f"len(d) == {len(always)}{' + c' if counted else ''} or "
    tail = [
        f"    if {quick}_k{n}_issuperset(d):",
        "        x = {}",
        "    else:",
        f"        x = {{k: v for k, v in d.items() if k not in {kname}}}",
        # Plain attribute stores, in field order, keep CPython's compact per-instance
        # layout (much faster than building a dict and updating __dict__ with it).
        f"    o = _new({cname})",
        *(f"    o.{s.name} = v{i}" for i, s in enumerate(specs)),
        "    o.extra = x",
        "    return o",
    ]
    _NS[f"_k{n}_issuperset"] = known.issuperset
    out: list[str] = []
    # _p<n>: every key through d.get
    P = [f"def _p{n}(d):", "    g = d.get"]
    for i, s in enumerate(specs):
        P.extend(_field_lines(s, f"v{i}", pending, read=True))
    out.append("\n".join(P + [tail[0].replace(quick, "", 1)] + tail[1:]) + "\n")
    # _d<n>: subscripts for the keys Go always writes
    D = [
        f"def _d{n}(d):",
        "    if type(d) is not dict:",
        "        raise _not_object(d)",
    ]
    if always:
        D.append("    try:")
        D.extend(f"        v{i} = d[{specs[i].key!r}]" for i in always)
        D.append("    except KeyError:")
        D.append(f"        return _p{n}(d)")
    if counted:
        D.append("    g = d.get")
        D.append("    c = 0")
    always_set = set(always)
    for i, s in enumerate(specs):
        present = i in always_set
        D.extend(_field_lines(s, f"v{i}", pending, read=not present, count=not present))
    out.append("\n".join(D + tail) + "\n")
    return "\n".join(out)


def _encode_expr(s: FieldSpec, var: str, pending: list[type], not_none: bool = False) -> str:
    """Expression converting the attribute value in ``var`` to its JSON-ready form
    (``not_none``: the generated code already knows ``var`` is not None)."""
    expr = _encode_expr_inner(s, var, pending)
    prefix = f"(None if {var} is None else "
    if not_none and expr.startswith(prefix):
        expr = "(" + expr[len(prefix):]
    return expr


def _encode_expr_inner(s: FieldSpec, var: str, pending: list[type]) -> str:
    k = s.kind
    if k == "bytes":
        return f"(None if {var} is None else _b64e({var}))" if s.nullable else f"_b64e({var})"
    if k == "model":
        assert s.model is not None
        m = _id_for(s.model, pending)
        return f"(None if {var} is None else _e{m}({var}))"
    if k in ("list", "dict"):
        e = s.elem
        assert e is not None
        if e.kind == "model":
            assert e.model is not None
            m = _id_for(e.model, pending)
            if k == "list":  # a null element is a nil *T
                return f"(None if {var} is None else [None if x is None else _e{m}(x) for x in {var}])"
            return (
                f"(None if {var} is None else "
                f"{{kk: (None if x is None else _e{m}(x)) for kk, x in {var}.items()}})"
            )
        if e.kind == "bytes":
            if k == "list":
                return (
                    f"(None if {var} is None else "
                    f"[None if x is None else _b64e(x) for x in {var}])"
                )
            return (
                f"(None if {var} is None else "
                f"{{kk: (None if x is None else _b64e(x)) for kk, x in {var}.items()}})"
            )
    return var


def _gen_encoder(cls: type, n: int, pending: list[type]) -> str:
    specs = field_specs(cls)
    L: list[str] = [f"def _e{n}(o):"]
    literal: list[str] = []  # leading unconditional items go into the dict literal
    started = False
    order = list(specs)
    go_order = getattr(cls, "__go_json_order__", None)
    if go_order:
        byname = {s.name: s for s in specs}
        order = [byname[nm] for nm in go_order] + [s for s in specs if s.name not in go_order]
    for s in order:
        if s.hidden:
            continue
        rk = repr(s.key)
        conditional = s.omitempty or s.has_omit_if
        simple = _encode_expr(s, "v", pending) == "v"
        if not conditional and not started:
            if simple:
                literal.append(f"{rk}: o.{s.name}")
                continue
            var = f"v{len(literal)}"  # its own name: the literal is built after all of them
            L.append(f"    {var} = o.{s.name}")
            literal.append(f"{rk}: {_encode_expr(s, var, pending)}")
            continue
        if not started:
            L.append(f"    d = {{{', '.join(literal)}}}")
            started = True
        if not conditional:
            if simple:
                L.append(f"    d[{rk}] = o.{s.name}")
            else:
                L.append(f"    v = o.{s.name}")
                L.append(f"    d[{rk}] = {_encode_expr(s, 'v', pending)}")
            continue
        L.append(f"    v = o.{s.name}")
        if s.has_omit_if:
            cond = f"v != {_const(s.omit_if, 'omit')}"
        elif s.nullable:
            # Optional + omitempty is a Go pointer: omitted only when nil.  (Go maps and
            # slices with omitempty are declared non-Optional, with a default_factory.)
            cond = "v is not None"
        else:
            cond = "v"
        L.append(f"    if {cond}:")
        L.append(f"        d[{rk}] = {_encode_expr(s, 'v', pending, cond == 'v is not None')}")
    if not started:
        L.append(f"    d = {{{', '.join(literal)}}}")
    L.append("    x = o.extra")
    L.append("    if x:")
    L.append("        d.update(x)")
    L.append("    return d")
    return "\n".join(L) + "\n"


def _compile(cls: type) -> None:
    with _lock:
        if cls in _DEC:
            return
        if not (isinstance(cls, type) and dataclasses.is_dataclass(cls) and issubclass(cls, Model)):
            from_value = getattr(cls, "from_json_value", None)
            to_value = getattr(cls, "to_json_value", None)
            if callable(from_value) and callable(to_value):  # the extension point
                _DEC[cls] = from_value
                _ENC[cls] = to_value
                return
            raise TypeError(
                f"{cls!r} is not a mattermost_plugin model class "
                "(nor a class with from_json_value and to_json_value methods)"
            )
        pending: list[type] = []
        _id_for(cls, pending)
        done: list[type] = []
        sources: list[str] = []
        try:
            i = 0
            while i < len(pending):
                c = pending[i]
                i += 1
                if c in _DEC:
                    continue
                n = _NAMES[c]
                sources.append(_gen_decoder(c, n, pending))
                sources.append(_gen_encoder(c, n, pending))
                done.append(c)
            src = "\n".join(sources)
            code = compile(src, f"<mattermost_plugin codec for {cls.__qualname__}>", "exec")
            exec(code, _NS)
        except BaseException:
            for c in pending:  # forget this batch, so a later attempt starts afresh
                _NAMES.pop(c, None)
            raise
        for c in done:
            n = _NAMES[c]
            _DEC[c] = _NS[f"_d{n}"]
            _ENC[c] = _NS[f"_e{n}"]
            _SOURCE[c] = src


_SOURCE: dict[type, str] = {}


def generated_source(cls: type) -> str:
    """The generated Python source that serves ``cls`` (for debugging)."""
    _compile(cls)
    return _SOURCE.get(cls, "")


def _decoder(cls: type) -> Any:
    f = _DEC.get(cls)
    if f is None:
        _compile(cls)
        f = _DEC[cls]
    return f


def _encoder(cls: type) -> Any:
    f = _ENC.get(cls)
    if f is None:
        _compile(cls)
        f = _ENC[cls]
    return f


# -------------------------------------------------------------------- public API


def _go_escape(b: bytes) -> bytes:
    # encoding/json's default HTML-safe escaping; these bytes only occur inside strings.
    if b"<" in b:
        b = b.replace(b"<", b"\\u003c")
    if b">" in b:
        b = b.replace(b">", b"\\u003e")
    if b"&" in b:
        b = b.replace(b"&", b"\\u0026")
    if b"\xe2\x80" in b:
        b = b.replace(b"\xe2\x80\xa8", b"\\u2028").replace(b"\xe2\x80\xa9", b"\\u2029")
    return b


def decode(cls: type[M], data: Union[bytes, bytearray, memoryview, str, None]) -> Optional[M]:
    """JSON bytes (as Go's encoding/json writes the struct) to a model instance.

    Empty input or JSON ``null`` gives ``None`` (a nil pointer).  Raises
    :class:`DecodeError` for invalid JSON, a document that is not an object, or a field
    of the wrong JSON type.  Any nesting depth is read (free-form containers more than
    1,024 levels deep arrive as :class:`~._json.RawJSON`).
    """
    if not data:
        return None
    try:
        obj = _loads(data)
    except _JSONDecodeError as error:
        obj = reread(data, error)  # nested deeper than orjson reads, or not JSON (DecodeError)
    if obj is None:
        return None
    f = _DEC.get(cls)
    if f is None:
        f = _decoder(cls)
    try:
        return f(obj)  # type: ignore[no-any-return]
    except RecursionError:
        raise _too_deep("") from None


def decode_list(cls: type[M], items: Iterable[Union[bytes, str]]) -> list[M]:
    """Decode each JSON document of ``items`` (``repeated bytes``); a nil entry (empty
    bytes or ``null``) becomes ``None``.  A :class:`DecodeError` names the index."""
    out: list[Any] = []
    for i, b in enumerate(items):
        try:
            out.append(decode(cls, b))
        except DecodeError as e:
            raise e.within(f"[{i}]") from None
    return out


def encode(obj: Any, *, html_escape: bool = False) -> bytes:
    """A model instance to the JSON bytes Go's encoding/json would write for it
    (compact; keys in Go struct order, then unknown keys kept in ``extra``).
    ``None`` gives empty bytes (a nil pointer).

    Go's ``json.Marshal`` also escapes ``<``, ``>``, ``&``, U+2028 and U+2029 inside
    strings (``\\u003c`` ...); that changes no value, so it is skipped by default.
    ``html_escape=True`` applies it, for output byte-identical to Go's.

    Free-form values may be nested as deeply as Go reads (10,000 levels); a
    :class:`~._json.RawJSON` is written verbatim.  A value JSON cannot carry (a set, a
    map key that is not a string) raises ``TypeError``; nesting deeper than Go reads,
    ``ValueError``.
    """
    if obj is None:
        return b""
    cls = obj.__class__
    f = _ENC.get(cls)
    if f is None:
        f = _encoder(cls)
    try:
        d = f(obj)
    except RecursionError:
        raise _too_deep_to_encode(cls) from None
    try:
        data: bytes = _dumps(d)
    except _JSONEncodeError:
        data = _dumps_any(d)  # nested deeper than orjson writes, a RawJSON, a huge integer...
    return _go_escape(data) if html_escape else data


def from_dict(cls: type[M], d: Any) -> M:
    """The compiled ``dict -> model`` conversion (no JSON step); same checks as
    :func:`decode`.  Containers of ``d`` kept verbatim (free-form values, lists of
    strings...) are shared with the model, not copied."""
    f = _DEC.get(cls)
    if f is None:
        f = _decoder(cls)
    try:
        return f(d)  # type: ignore[no-any-return]
    except RecursionError:
        raise _too_deep("") from None


def to_dict(obj: Any) -> dict[str, Any]:
    """The compiled ``model -> dict`` conversion (no JSON step): the dict whose JSON is
    :func:`encode`'s output.  Nested containers are shared with ``obj``, not copied."""
    cls = obj.__class__
    f = _ENC.get(cls)
    if f is None:
        f = _encoder(cls)
    try:
        return f(obj)  # type: ignore[no-any-return]
    except RecursionError:
        raise _too_deep_to_encode(cls) from None


def json_text(obj: Any, kwargs: dict[str, Any]) -> str:
    """:func:`encode`'s JSON as text; given ``json.dumps`` keyword arguments, the same
    JSON value formatted by ``json.dumps`` (the models' and Config's ``to_json``)."""
    text = encode(obj).decode("utf-8")
    if not kwargs:
        return text
    import json

    try:
        return json.dumps(json.loads(text), **kwargs)
    except RecursionError:
        raise ValueError(
            f"{obj.__class__.__name__}: nested too deeply for json.dumps to format; to_json() without "
            "arguments writes it"
        ) from None


def _too_deep_to_encode(cls: type) -> ValueError:
    return ValueError(f"{cls.__name__}: models nested inside one another too deeply to encode (Python's recursion limit)")
