"""Deeply nested JSON: every document Go's encoding/json accepts (nesting up to 10,000
levels) decodes into its model, and encodes back as Go wrote it.

The documents are built the way Go writes them (compact, the model's keys in Go's order,
HTML-safe escaping), so that ``encode(decode(raw), html_escape=True) == raw`` is the check
that nothing was lost or changed. Values are compared without recursion (bytes, or a walk
down one branch), since Python's own ``==`` on values this deep would hit its recursion limit.
"""

from __future__ import annotations

import copy
import json
import pickle
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mattermost_plugin.models import (
    CommandResponse,
    Config,
    DecodeError,
    Post,
    PostMetadata,
    RawJSON,
    decode,
    decode_list,
    encode,
    from_dict,
    to_dict,
)
from mattermost_plugin.models import _json
from mattermost_plugin.models._json import GO_MAX_DEPTH, PYTHON_DEPTH

DEPTHS = [250, 1_000, 10_000]


def nested(levels: int, first: int = 0) -> bytes:
    """``levels`` containers inside one another, alternately an object and an array, each
    with a sibling value after the deeper one, around the innermost value ``"end"``;
    the objects number their level from ``first``."""
    opening, closing = [], []
    for level in range(first, first + levels):
        if level % 2 == 0:
            opening.append(b'{"k":')
            closing.append(b',"n":%d}' % level)
        else:
            opening.append(b"[")
            closing.append(b',2.5,"s\\u003c",null]')
    return b"".join(opening) + b'"end"' + b"".join(reversed(closing))


def go_post(**fields: Any) -> bytes:
    """What Go writes for a post with these fields, a zero value standing for each deep part."""
    return encode(Post(id="p1", message="hello <world>", **fields), html_escape=True)


def deep_post(depth: int) -> bytes:
    """A post whose document is nested ``depth`` levels deep (the root object is level 1), in props."""
    raw = go_post(props={"before": True, "deep": 0, "after": "x"})
    return raw.replace(b'"deep":0', b'"deep":' + nested(depth - 2))


def descend(value: Any, level: int) -> tuple[Any, int]:
    """Follow the deep branch of a value made by :func:`nested` found at ``level``: the first
    value that is not a dict or list, and its level."""
    while isinstance(value, (dict, list)):
        value = value["k"] if isinstance(value, dict) else value[0]
        level += 1
    return value, level


def check_deep_value(value: Any, level: int, depth: int) -> None:
    """``value`` (at ``level``) is the decoded form of a :func:`nested` value reaching ``depth``:
    plain Python down to level 1,024, a RawJSON below, holding Go's text verbatim."""
    end, end_level = descend(value, level)
    if depth <= PYTHON_DEPTH:
        assert end == "end" and end_level == depth + 1
        return
    assert isinstance(end, RawJSON) and end_level == PYTHON_DEPTH + 1
    assert end.text == nested(depth - PYTHON_DEPTH, first=PYTHON_DEPTH + 1 - level).decode()


# ------------------------------------------------------------------ decode, encode back


@pytest.mark.parametrize("depth", DEPTHS)
def test_a_post_with_deep_props_decodes_and_encodes_back_as_go_wrote_it(depth: int) -> None:
    raw = deep_post(depth)
    post = decode(Post, raw)
    assert post is not None and post.message == "hello <world>"
    assert post.props is not None and list(post.props) == ["before", "deep", "after"]
    check_deep_value(post.props["deep"], 3, depth)
    assert encode(post, html_escape=True) == raw
    # The plugin changes what it cares about; everything else goes back as it came.
    post.message = "edited"
    assert encode(post, html_escape=True) == raw.replace(b"hello \\u003cworld\\u003e", b"edited")


@pytest.mark.parametrize("depth", DEPTHS)
def test_a_list_of_posts_with_one_deep_post(depth: int) -> None:
    deep, shallow = deep_post(depth), go_post(props={"a": [1]})
    posts = decode_list(Post, [shallow, deep, b"", shallow])
    assert posts[2] is None
    assert [encode(p, html_escape=True) if p else b"" for p in posts] == [shallow, deep, b"", shallow]


@pytest.mark.parametrize("depth", DEPTHS)
def test_deep_unknown_keys_are_kept_in_extra(depth: int) -> None:
    raw = go_post(metadata=PostMetadata(extra={"new_meta": 0}), extra={"new_top": 0})
    raw = raw.replace(b'"new_meta":0', b'"new_meta":' + nested(depth - 2))
    raw = raw.replace(b'"new_top":0', b'"new_top":' + nested(depth - 1))
    post = decode(Post, raw)
    assert post is not None and post.metadata is not None
    check_deep_value(post.metadata.extra["new_meta"], 3, depth)
    check_deep_value(post.extra["new_top"], 2, depth)
    assert encode(post, html_escape=True) == raw


def test_orjson_and_the_fallback_parser_give_the_same_levels_the_same_form() -> None:
    # 1,024 levels: orjson parses the document; 1,025: the fallback does. Down to level
    # 1,024 both give plain Python values; only level 1,025 differs, and it is a RawJSON.
    for depth in (PYTHON_DEPTH, PYTHON_DEPTH + 1):
        post = decode(Post, deep_post(depth))
        assert post is not None and post.props is not None
        check_deep_value(post.props["deep"], 3, depth)


def test_raw_json_reads_another_layer_with_load() -> None:
    post = decode(Post, deep_post(GO_MAX_DEPTH))
    assert post is not None and post.props is not None
    raw, level = descend(post.props["deep"], 3)
    assert level == PYTHON_DEPTH + 1
    layers = 1
    while isinstance(raw, RawJSON):
        raw, deeper = descend(raw.load(), 1)
        assert deeper <= PYTHON_DEPTH + 1
        level += deeper - 1
        layers += 1
    assert raw == "end" and level == GO_MAX_DEPTH + 1 and layers == 10


def test_config_with_deep_values() -> None:
    raw = b'{"PluginSettings":{"Plugins":{"x":' + nested(GO_MAX_DEPTH - 3) + b"}}}"
    cfg = decode(Config, raw)
    assert isinstance(cfg, Config)
    check_deep_value(cfg.PluginSettings.Plugins.raw["x"], 4, GO_MAX_DEPTH)
    assert encode(cfg, html_escape=True) == raw
    assert encode(Config.from_json(cfg.to_json()), html_escape=True) == raw


# ----------------------------------------------------------------- the models' methods


def test_model_methods_handle_deep_values() -> None:
    raw = deep_post(GO_MAX_DEPTH)
    post = Post.from_json(raw)
    assert post.to_json() == encode(post).decode()
    as_dict = post.to_dict()
    assert encode(Post.from_dict(as_dict), html_escape=True) == raw
    # to_dict's dict is a copy, at every level.
    deep_list = as_dict["props"]["deep"]["k"]
    deep_list.append("more")
    assert post.props is not None and post.props["deep"]["k"][-1] is None
    assert encode(post, html_escape=True) == raw
    with pytest.raises(ValueError, match="too deeply for json.dumps"):
        post.to_json(indent=2)


def test_a_model_with_deep_values_has_a_repr() -> None:
    post = decode(Post, deep_post(PYTHON_DEPTH))
    shown = repr(post)
    assert shown.startswith("Post(id='p1', message='hello <world>', props={")
    assert "'deep': {'k': [{'k': [{'k': [...]" in shown and len(shown) < 300


# --------------------------------------------------------------------- values made in Python


@pytest.mark.parametrize("depth", [300, 5_000, GO_MAX_DEPTH - 2])
def test_deep_values_made_by_a_plugin_are_written(depth: int) -> None:
    value: Any = [1]
    for _ in range(depth - 1):
        value = {"a": value}
    post = Post(props={"deep": value})
    expected = b'"props":{"deep":' + b'{"a":' * (depth - 1) + b"[1]" + b"}" * (depth - 1) + b"}"
    assert expected in encode(post)


def test_values_nested_deeper_than_go_reads_are_refused() -> None:
    value: Any = []
    for _ in range(GO_MAX_DEPTH):
        value = [value]
    with pytest.raises(ValueError, match="more than 10,000 levels"):
        encode(Post(props={"deep": value}))
    loop: dict[str, Any] = {}
    loop["again"] = loop
    with pytest.raises(ValueError, match="holding itself"):
        encode(Post(props=loop))
    with pytest.raises(ValueError, match="holding itself"):
        Post(props=loop).to_dict()


def test_what_json_cannot_carry_is_still_refused_at_any_depth() -> None:
    value: Any = {"a set": {1}}
    for _ in range(400):
        value = [value]
    with pytest.raises(TypeError, match="set"):
        encode(Post(props={"deep": value}))


# ------------------------------------------------------------------------------ errors


def deep_error(inside: bytes, levels: int = 1100) -> bytes:
    """A post whose props hold ``inside`` within ``levels`` arrays, closed properly: the
    document is nested too deeply for orjson, which hands it to the fallback parser."""
    return b'{"props":{"a":' + b"[" * levels + inside + b"]" * levels + b"}}"


@pytest.mark.parametrize(
    "raw, message",
    [
        (deep_error(b"]"), "unexpected character ']' at line 1 column 2215 (char 2214)"),
        (deep_error(b"1,"), "unexpected character ']'"),
        (deep_error(b"") + b" x", "unexpected character 'x'"),
        (deep_error(b"")[:-2], "unexpected end of data"),
        (deep_error(b'{"b" 1}'), "unexpected character '1'"),
        (deep_error(b'{"b":1 "c":2}'), "unexpected character '\"'"),
        (deep_error(b"tru"), "unexpected character 't'"),
        (deep_error(b"01"), "unexpected character '1'"),
        (deep_error(b"-"), "unexpected character '-'"),
        (deep_error(b'"tab\tinside"'), "unexpected character '\"'"),
        (deep_error(b"}"), "unexpected character '}'"),
        (deep_error(b'"\\ud800"', levels=1000)[:-2] + b',"b":' + b"[" * 1100 + b"]" * 1100 + b"}}", "surrogate"),
        (deep_error(b'"\xff"'), "UTF-8"),
    ],
    ids=[
        "unbalanced", "trailing-comma", "extra-data", "unclosed", "no-colon", "no-comma", "bad-literal",
        "leading-zero", "bad-number", "control-character", "mismatched", "lone-surrogate", "not-utf8",
    ],
)
def test_invalid_deep_json_is_a_decode_error(raw: bytes, message: str) -> None:
    with pytest.raises(DecodeError) as caught:
        decode(Post, raw)
    assert caught.value.path == ""
    assert caught.value.message.startswith("invalid JSON: ")
    assert message in caught.value.message


@pytest.mark.parametrize(
    "raw, path, message",
    [
        (b'{"metadata":' + b"[" * 3000 + b"]" * 3000 + b"}", "metadata", "expected an object, got [[[[[[[...]]]]]]]"),
        (b'{"file_ids":[' + b"[" * 600 + b"]" * 600 + b"]}", "file_ids[0]", "expected a string, got [[[[[[[...]]]]]]]"),
        (b'{"message":' + b'{"a":' * 3000 + b"1" + b"}" * 3000 + b"}", "message", "expected a string, got {'a': {'a'"),
    ],
)
def test_deep_values_of_the_wrong_type_are_reported_briefly(raw: bytes, path: str, message: str) -> None:
    with pytest.raises(DecodeError) as caught:
        decode(Post, raw)
    assert caught.value.path == path
    assert f"{caught.value.message}, got {caught.value.received}".startswith(message)
    assert len(str(caught.value)) < 200


def command_responses(levels: int, last: Any) -> dict[str, Any]:
    """CommandResponse JSON with ``levels`` responses each inside the previous one's
    extra_responses, next to a nil one (Go writes null for a nil *CommandResponse)."""
    inner = last
    for _ in range(levels):
        inner = {"text": "x", "extra_responses": [inner, None]}
    return inner  # type: ignore[no-any-return]


def test_models_that_contain_themselves_decode_once_per_level() -> None:
    # Each level is decoded and encoded once: a nil element, or an error deep down,
    # used to make every level do its elements again (2 to the power of the levels).
    response = from_dict(CommandResponse, command_responses(60, {"text": "bottom"}))
    levels = 0
    while response.extra_responses:
        assert response.extra_responses[1] is None
        response = response.extra_responses[0]  # type: ignore[assignment]
        levels += 1
    assert levels == 60 and response.text == "bottom"
    assert decode(CommandResponse, encode(from_dict(CommandResponse, command_responses(60, None))))
    with pytest.raises(DecodeError) as caught:
        from_dict(CommandResponse, command_responses(60, {"text": 5}))
    assert caught.value.path == "extra_responses[0]." * 60 + "text"


def test_models_nested_beyond_the_recursion_limit_are_a_decode_error_naming_the_path() -> None:
    raw = _json.dumps(command_responses(3000, {"text": "bottom"}))  # deeper than orjson writes
    with pytest.raises(DecodeError) as caught:
        decode(CommandResponse, raw)
    error = caught.value
    assert error.message.startswith("models nested inside one another too deeply to decode")
    assert error.path.startswith("extra_responses[0].extra_responses[0].")
    assert error.path.endswith("extra_responses")
    assert len(str(error)) < 300  # the middle of the path is left out of the text
    # One made in Python that deep cannot be encoded either, and says so.
    response = CommandResponse(text="bottom")
    for _ in range(3000):
        response = CommandResponse(text="x", extra_responses=[response])
    with pytest.raises(ValueError, match="too deeply to encode"):
        encode(response)


# ------------------------------------------------------------------------------ RawJSON


def test_raw_json() -> None:
    raw = RawJSON('{"a": [1, 2.5, "x"]}')
    assert raw.text == '{"a": [1, 2.5, "x"]}' and raw.load() == {"a": [1, 2.5, "x"]}
    assert RawJSON(b"[1]") == RawJSON(bytearray(b"[1]")) == RawJSON("[1]") != RawJSON("[ 1 ]")
    assert RawJSON("[1]") != [1]
    assert len({RawJSON("[1]"), RawJSON("[1]"), RawJSON("2")}) == 2
    assert repr(RawJSON("[1]")) == "RawJSON('[1]')"
    assert repr(RawJSON("[" * 100 + "]" * 100)) == "RawJSON('" + "[" * 40 + "'... 200 characters)"
    assert copy.copy(raw) is raw and copy.deepcopy(raw) is raw
    assert pickle.loads(pickle.dumps(raw)) == raw
    with pytest.raises(AttributeError):
        raw.text = "[]"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        raw.other = 1  # type: ignore[attr-defined]
    for bad in ("", "[1,", "[1] [2]", "nul"):
        with pytest.raises(DecodeError):
            RawJSON(bad)
    with pytest.raises(DecodeError, match="UTF-8"):
        RawJSON(b'"\xff"')
    # Written back verbatim wherever it is.
    post = Post(props={"raw": RawJSON('{"b" : [ 1 ]}'), "n": 1})
    assert b'"props":{"raw":{"b" : [ 1 ]},"n":1}' in encode(post)
    assert to_dict(post)["props"]["raw"] is post.props["raw"]  # type: ignore[index]


# -------------------------------------------------- the fallback parser against orjson

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**64 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=4), inner, max_size=4),
    max_leaves=25,
)
texts = st.builds(
    lambda value, indent, ascii_only: json.dumps(value, indent=indent, ensure_ascii=ascii_only),
    json_values,
    st.none() | st.integers(0, 3),
    st.booleans(),
)
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(texts)
def test_the_fallback_parser_reads_what_orjson_reads(text: str) -> None:
    assert orjson.dumps(_json._parse(text)) == orjson.dumps(orjson.loads(text))


@SETTINGS
@given(texts, st.data())
def test_the_fallback_parser_refuses_what_orjson_refuses(text: str, data: st.DataObject) -> None:
    at = data.draw(st.integers(0, len(text)))
    edit = data.draw(st.sampled_from(["delete", "insert"]))
    if edit == "delete":
        text = text[:at] + text[at + 1 :]
    else:
        text = text[:at] + data.draw(st.sampled_from(list('{}[],:"\\ -0.e1tfn\t\x01'))) + text[at:]
    try:
        expected = orjson.dumps(orjson.loads(text))
    except orjson.JSONDecodeError:
        with pytest.raises(DecodeError, match="^invalid JSON: "):
            _json._parse(text)
    else:
        assert orjson.dumps(_json._parse(text)) == expected


@SETTINGS
@given(json_values, st.integers(PYTHON_DEPTH - 5, 3 * PYTHON_DEPTH), st.data())
def test_documents_with_a_deep_part_round_trip(value: Any, depth: int, data: st.DataObject) -> None:
    """Any Go-written post with a deep value somewhere in its props comes back byte for byte."""
    props = {"v": value, "deep": 0, "w": value} if data.draw(st.booleans()) else {"deep": 0}
    raw = go_post(props=props).replace(b'"deep":0', b'"deep":' + nested(depth))
    post = decode(Post, raw)
    assert post is not None
    assert encode(post, html_escape=True) == raw
