"""Property tests for the models and the codec.

Documents are generated from each model's schema (its dataclass fields, their type
annotations and their Go declarations), with arbitrary extra keys holding arbitrary JSON
values, and checked three ways:

* the codec gives the same objects and dicts as dataclasses-json's own conversions;
* the models' ``from_dict/to_dict/from_json/to_json`` give the codec's results;
* decode-then-encode of what Go writes gives back the very same JSON, unknown keys
  included, in the same order.
"""

from __future__ import annotations

import base64
import copy
import dataclasses
import typing
import warnings
from typing import Any, Union

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mattermost_plugin import models as m
from mattermost_plugin.models import decode, encode, from_dict, to_dict
from mattermost_plugin.models._base import INT_RANGES, dataclasses_json_mixin, go_meta, has_omit_if

MAX_DEPTH = 3  # nesting depth of generated models (CommandResponse is recursive)

SETTINGS = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)
json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | text
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(text, inner, max_size=3),
    max_leaves=8,
)


def _unoptional(tp: Any) -> tuple[bool, Any]:
    if typing.get_origin(tp) is Union:
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return True, args[0]
    return False, tp


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and dataclasses.is_dataclass(tp)


def _value(
    tp: Any, meta: dict[str, Any], go: bool, nonzero: bool, depth: int, extras: bool = True
) -> st.SearchStrategy[Any] | None:
    """Strategy for the JSON form of a value of type ``tp``; None when nothing can be
    generated at this depth."""
    optional, tp = _unoptional(tp)
    origin = typing.get_origin(tp)
    base: st.SearchStrategy[Any] | None
    if tp is str:
        base = text.filter(bool) if nonzero and not optional else text
    elif tp is bool:
        base = st.just(True) if nonzero and not optional else st.booleans()
    elif tp is int:
        lo, hi = INT_RANGES[meta["int_kind"]]
        base = st.integers(lo, hi)
        if nonzero and not optional:
            base = base.filter(bool)
        if has_omit_if(meta):
            base = base.filter(lambda v, s=meta["omit_if"]: v != s)
    elif tp is float:
        base = st.floats(allow_nan=False, allow_infinity=False)
    elif tp is bytes:
        raw = st.binary(max_size=24, min_size=1 if nonzero and not optional else 0)
        base = raw.map(lambda b: base64.b64encode(b).decode("ascii"))
    elif tp is Any:
        base = json_values
    elif _is_model(tp):
        base = None if depth >= MAX_DEPTH else document(tp, go=go, depth=depth + 1, extras=extras)
    elif origin in (list, dict):
        (et,) = typing.get_args(tp)[-1:]
        elem = _value(et, {**meta, "omit_if": object()}, go, False, depth, extras)
        if elem is None:
            base = st.just([] if origin is list else {}) if not (nonzero and not optional) else None
        else:
            if go and _is_model(_unoptional(et)[1]):
                elem = st.none() | elem  # a nil *T inside a Go slice or map is written as null
            size = 1 if nonzero and not optional else 0
            base = (
                st.lists(elem, min_size=size, max_size=2)
                if origin is list
                else st.dictionaries(text, elem, min_size=size, max_size=2)
            )
    else:  # pragma: no cover
        raise AssertionError(tp)
    if optional:
        if go and nonzero:
            return base  # an omitempty pointer: Go leaves it out when nil, never writes null
        return st.none() if base is None else (st.none() | base)
    return base


def _reserved(cls: type) -> set[str]:
    names = {"extra"}
    for f in dataclasses.fields(cls):
        names.add(f.name)
        names.add(go_meta(f)["json"] or f.name)
    return names


def _extras(cls: type) -> st.SearchStrategy[dict[str, Any]]:
    reserved = _reserved(cls)
    return st.dictionaries(text.filter(lambda k: k not in reserved), json_values, max_size=3)


_CACHE: dict[tuple[type, bool, int, bool], st.SearchStrategy[dict[str, Any]]] = {}


def document(cls: type, *, go: bool, depth: int = 0, extras: bool = True) -> st.SearchStrategy[dict[str, Any]]:
    """JSON documents for ``cls``.

    ``go=False``: any subset of the known keys, each with a well-typed value (JSON null
    only where the field is Optional), plus unknown keys.
    ``go=True``: what Go's encoding/json writes: every key without omitempty present
    (in Go's order), omitempty keys absent or non-zero, then unknown keys.
    ``extras=False``: no unknown keys, at any depth.
    """
    key = (cls, go, depth, extras)
    if key in _CACHE:
        return _CACHE[key]
    hints = typing.get_type_hints(cls)
    fields = [f for f in dataclasses.fields(cls) if f.name != "extra" and not go_meta(f)["hidden"]]
    order = getattr(cls, "__go_json_order__", None)
    if order:
        by_name = {f.name: f for f in fields}
        fields = [by_name[n] for n in order] + [f for f in fields if f.name not in order]
    parts: list[st.SearchStrategy[tuple[str, Any] | None]] = []
    for f in fields:
        meta = go_meta(f)
        k = meta["json"] or f.name
        if go:
            omittable = meta["omitempty"]
            strat = _value(hints[f.name], meta, True, omittable, depth, extras)
            if strat is None:
                continue  # nothing Go could write here at this depth: leave it out
            item = strat.map(lambda v, k=k: (k, v))
            parts.append(st.none() | item if omittable else item)
        else:
            strat = _value(hints[f.name], meta, False, False, depth, extras)
            if strat is None:
                continue
            parts.append(st.none() | strat.map(lambda v, k=k: (k, v)))

    def build(items: tuple[Any, ...], extra: dict[str, Any]) -> dict[str, Any]:
        doc = {kv[0]: kv[1] for kv in items if kv is not None}
        doc.update(extra)
        return doc

    strategy = st.builds(build, st.tuples(*parts), _extras(cls) if extras else st.just({}))
    _CACHE[key] = strategy
    return strategy


MODELS = [pytest.param(c, id=c.__name__) for c in m.MODELS]


@pytest.mark.parametrize("cls", MODELS)
@SETTINGS
@given(data=st.data())
def test_codec_agrees_with_dataclasses_json(cls: type, data: st.DataObject) -> None:
    doc = data.draw(document(cls, go=False))
    ours = from_dict(cls, copy.deepcopy(doc))
    dcj = dataclasses_json_mixin()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        oracle = dcj.from_dict.__func__(cls, copy.deepcopy(doc))
    assert ours == oracle
    assert to_dict(ours) == dcj.to_dict(oracle)
    # The JSON entry points agree with the dict ones.
    assert decode(cls, orjson.dumps(doc)) == ours
    assert orjson.loads(encode(ours)) == to_dict(ours)


@pytest.mark.parametrize("cls", MODELS)
@SETTINGS
@given(data=st.data())
def test_the_model_methods_give_the_codec_results(cls: type, data: st.DataObject) -> None:
    doc = data.draw(document(cls, go=False))
    raw = orjson.dumps(doc)
    obj = decode(cls, raw)
    assert cls.from_json(raw) == obj
    assert cls.from_json(raw.decode("utf-8")) == obj
    assert cls.from_dict(copy.deepcopy(doc)) == obj
    assert obj.to_json() == encode(obj).decode("utf-8")
    assert obj.to_dict() == to_dict(obj)
    assert obj.to_dict(encode_json=True) == to_dict(obj)


@pytest.mark.parametrize("cls", MODELS)
@SETTINGS
@given(data=st.data())
def test_go_documents_round_trip_exactly(cls: type, data: st.DataObject) -> None:
    doc = data.draw(document(cls, go=True))
    b = orjson.dumps(doc)
    obj = decode(cls, b)
    # No key lost or added, no value changed, same order, unknown keys included.
    assert encode(obj) == b
    assert to_dict(obj) == doc
    # And the object survives another trip unchanged.
    assert decode(cls, encode(obj)) == obj


@pytest.mark.parametrize("cls", MODELS)
@SETTINGS
@given(data=st.data())
def test_extra_keys_survive(cls: type, data: st.DataObject) -> None:
    doc = data.draw(document(cls, go=True))
    extra = data.draw(_extras(cls).filter(bool))
    doc.update(extra)
    obj = decode(cls, orjson.dumps(doc))
    assert obj.extra == {k: v for k, v in doc.items() if k not in _reserved(cls)}
    out = orjson.loads(encode(obj))
    for k, v in extra.items():
        assert out[k] == v


def test_numbers_beyond_64_bits_in_free_form_values_are_read_and_written_back() -> None:
    # Go writes a large float64 in a props map as an integer literal; it is read as the
    # float it is, and written back as that float (the same float64 for Go).
    raw = b'{"id":"p1","props":{"big":100000000000000000000,"small":-1}}'
    post = decode(m.Post, raw)
    assert post is not None and post.props == {"big": 1e20, "small": -1}
    assert b'"big":1e+20' in encode(post)
    assert decode(m.Post, encode(post, html_escape=True)) == post
    # An integer that wide made in Python is written in full, as Go writes it.
    assert b'"big":100000000000000000000,' in encode(m.Post(props={"big": 10**20, "x": 1}))
    assert b'"huge":-' + b"9" * 30 + b"}" in encode(m.Post(props={"huge": -int("9" * 30)}))


def test_encode_still_refuses_what_json_cannot_carry() -> None:
    with pytest.raises(TypeError, match="set"):
        encode(m.Post(props={"tags": {"a"}}))
    with pytest.raises(TypeError, match="str"):
        encode(m.Post(props={1: "one"}))  # type: ignore[dict-item]
