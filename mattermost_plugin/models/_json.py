"""JSON text to Python values and back, at any nesting depth Go accepts.

The codec reads and writes JSON with orjson, which refuses some JSON that Go's
``encoding/json`` accepts: a document nested more than 1,024 levels deep (Go
accepts 10,000), and, when writing, a value nested more than 254 levels deep or
an integer beyond 64 bits. This module takes over, without recursion, when
orjson refuses:

* :func:`reread` parses a document that orjson refused for its depth. The
  containers down to :data:`PYTHON_DEPTH` levels below the root become Python
  values, exactly as orjson would make them; each container nested deeper
  becomes a :class:`RawJSON` holding its text verbatim.
* :func:`dumps` writes any JSON-ready value: a :class:`RawJSON` as its text, an
  integer beyond 64 bits in full, and a value nested deeper than orjson writes
  in one call by writing its deep parts first.

:class:`~mattermost_plugin._exceptions.DecodeError` names what was wrong and where.
"""

from __future__ import annotations

import functools
import re
from typing import Any, Callable, Optional, Union, final

import orjson

from mattermost_plugin._exceptions import DecodeError

__all__ = ["RawJSON", "PYTHON_DEPTH", "GO_MAX_DEPTH", "loads", "reread", "dumps", "copy_json"]

PYTHON_DEPTH = 1024
"""How many levels of a document become Python values (the root object or array is
level 1); deeper containers are :class:`RawJSON`. It is orjson's own limit, so a
document orjson parses and one this module parses look the same."""

GO_MAX_DEPTH = 10_000
"""The deepest nesting Go's encoding/json reads; :func:`dumps` writes nothing deeper."""

_CUT = 200  # dumps: orjson writes at most 254 levels per call; parts this deep are written first
_INT_MIN, _INT_MAX = -(1 << 63), (1 << 64) - 1  # the integers orjson writes


@final
class RawJSON:
    """A JSON value kept as its text, because it is nested too deeply to be Python data.

    Go's encoding/json reads documents nested up to 10,000 levels; decoded into
    Python, a value that deep would break any code that walks it recursively
    (``==``, ``repr``, ``copy.deepcopy``, ``json.dumps``). So when a document is
    nested more than 1,024 levels deep, the codec gives every container below level
    1,024 (counted from the document's root) as a ``RawJSON``: in a free-form value
    such as ``Post.props``, where a ``dict`` or ``list`` would otherwise be.

    Read it with :meth:`load` (the value as Python data, its own parts deeper than
    1,024 levels again ``RawJSON``) or :attr:`text` (the JSON text exactly as it
    came). Encoding a model writes a ``RawJSON`` back verbatim, byte for byte. It is
    read-only and hashable; two are equal when their texts are. ``RawJSON(text)``
    makes one from JSON text (a ``str`` or UTF-8 ``bytes``), checking that it is one
    JSON value.
    """

    __slots__ = ("_text",)
    _text: str

    def __init__(self, text: Union[str, bytes, bytearray, memoryview]) -> None:
        if not isinstance(text, str):
            try:
                text = bytes(text).decode("utf-8")
            except UnicodeDecodeError as error:
                raise DecodeError("", f"invalid JSON: not UTF-8 ({error})") from None
        loads(text)  # raises DecodeError unless the text is one JSON value
        object.__setattr__(self, "_text", text)

    @classmethod
    def _verbatim(cls, text: str) -> "RawJSON":
        """A RawJSON of text already known to be one JSON value (the parser's)."""
        raw = object.__new__(cls)
        object.__setattr__(raw, "_text", text)
        return raw

    @property
    def text(self) -> str:
        """The JSON text, exactly as it came."""
        return self._text

    def load(self) -> Any:
        """The value as Python data, read as the codec reads a document: containers more
        than 1,024 levels below this value's own root are ``RawJSON`` again."""
        return loads(self._text)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("RawJSON is read-only")

    def __delattr__(self, name: str) -> None:
        raise AttributeError("RawJSON is read-only")

    def __eq__(self, other: object) -> bool:
        if isinstance(other, RawJSON):
            return self._text == other._text
        return NotImplemented

    def __hash__(self) -> int:
        return hash((RawJSON, self._text))

    def __repr__(self) -> str:
        text = self._text
        if len(text) <= 60:
            return f"RawJSON({text!r})"
        return f"RawJSON({text[:40]!r}... {len(text):,} characters)"

    def __reduce__(self) -> Any:
        return (RawJSON, (self._text,))

    def __copy__(self) -> "RawJSON":
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> "RawJSON":
        return self


# ----------------------------------------------------------------------- reading

_WS = r"[ \t\n\r]*"
_STR = r'"[^"\\\x00-\x1f]*(?:\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})[^"\\\x00-\x1f]*)*"'
_TOKENS = (
    _WS + "(?:"
    rf"(\{{{_WS}({_STR}){_WS}:)"  # 1: an object begins, with its first key (2) and ":"
    rf"|(,{_WS}({_STR}){_WS}:)"  # 3: the next member of an object begins: ",", its key (4), ":"
    r"|([{\[])"  # 5: an object or array begins
    r"|([}\]])"  # 6: it ends
    r"|(,)"  # 7
    r"|(:)"  # 8
    rf"|({_STR})"  # 9: a string
    r"|(-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)"  # 10: a number
    r"|(true|false|null)"  # 11
    ")"
)
_OPEN_KEY, _NEXT_KEY, _OPEN, _CLOSE, _COMMA, _COLON, _STRING, _NUMBER = 1, 3, 5, 6, 7, 8, 9, 10
_LITERALS = {"true": True, "false": False, "null": None}

# What the parser expects next.
_VALUE = 0  # a value (the document, an object member's value, an array element after ",")
_VALUE_OR_END = 1  # just after "["
_KEY_OR_END = 2  # just after "{"
_KEY = 3  # after "," in an object
_SEPARATOR = 4  # after a key: ":"
_NEXT = 5  # after a value in an object or array: "," or its end
_DONE = 6  # after the document: nothing but whitespace


@functools.lru_cache(maxsize=None)
def _token_matcher() -> Callable[[str, int], Optional["re.Match[str]"]]:
    """The token pattern's ``match``, compiled on first use: only documents orjson refuses need it."""
    return re.compile(_TOKENS).match


def _refused_for_depth(error: Exception) -> bool:
    """Whether orjson refused a document for its nesting (and not because it is not JSON)."""
    text = str(error)
    return "depth" in text or "recursion" in text


def loads(data: Union[str, bytes, bytearray, memoryview]) -> Any:
    """The Python value of one JSON document, however deep (see :func:`reread`).

    Raises :class:`DecodeError` when the text is not JSON.
    """
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError as error:
        return reread(data, error)


def reread(data: Union[str, bytes, bytearray, memoryview], error: Exception) -> Any:
    """Parse a document orjson refused with ``error``: :func:`_parse` when orjson refused
    it for its depth, else a :class:`DecodeError` carrying orjson's reason."""
    if not _refused_for_depth(error):
        raise DecodeError("", f"invalid JSON: {error}") from None
    if isinstance(data, str):
        text = data
    else:
        try:
            text = bytes(data).decode("utf-8")
        except UnicodeDecodeError as bad:
            raise DecodeError("", f"invalid JSON: not UTF-8 ({bad})") from None
    return _parse(text)


def _parse(text: str) -> Any:
    """One JSON document as Python values down to PYTHON_DEPTH levels, RawJSON below.

    A loop over tokens with explicit stacks, so any nesting depth costs memory, not
    recursion. Strings and numbers are converted by orjson, so they come out exactly as
    from a document orjson parses whole. An object's opening and first key, and a comma
    and the next key, are read as one token each (fewer turns of the loop).
    """
    match = _token_matcher()
    convert = orjson.loads
    stack: list[Any] = []  # the Python containers open, outermost first
    keys: list[Any] = []  # the key of the member being read, per open object
    raw: list[bool] = []  # inside a RawJSON: its containers open (True: an object)
    raw_start = 0  # where the RawJSON being read begins
    expect = _VALUE
    result: Any = None
    pos = 0
    while True:
        m = match(text, pos)
        if m is None:
            return _end_or_error(text, pos, expect, result)
        token = m.lastindex or 0  # (always a group: every alternative is one)
        start = m.start(token)
        pos = m.end()
        if token == _OPEN or token == _OPEN_KEY:
            if expect > _VALUE_OR_END:
                raise _unexpected(text, start)
            is_object = token == _OPEN_KEY or text[start] == "{"
            expect = _KEY_OR_END if is_object else _VALUE_OR_END
            if raw:
                raw.append(is_object)
            elif len(stack) < PYTHON_DEPTH:
                stack.append({} if is_object else [])
                keys.append(None)
            else:
                raw.append(is_object)
                raw_start = start
            if token == _OPEN_KEY:
                if not raw:
                    keys[-1] = _scalar(convert, m.group(token + 1), text, m.start(token + 1))
                expect = _VALUE
            continue
        if token == _NEXT_KEY:
            if expect != _NEXT or not (raw[-1] if raw else stack[-1].__class__ is dict):
                raise _unexpected(text, m.end() - 1)
            if not raw:
                keys[-1] = _scalar(convert, m.group(token + 1), text, m.start(token + 1))
            expect = _VALUE
            continue
        if token == _CLOSE:
            is_object = text[start] == "}"
            if not (expect == _NEXT or expect == (_KEY_OR_END if is_object else _VALUE_OR_END)):
                raise _unexpected(text, start)
            if raw:
                if raw.pop() is not is_object:
                    raise _unexpected(text, start)
                if raw:
                    expect = _NEXT
                    continue
                value: Any = RawJSON._verbatim(text[raw_start:pos])
            else:
                value = stack.pop()
                keys.pop()
                if (value.__class__ is dict) is not is_object:
                    raise _unexpected(text, start)
        elif token == _COMMA:
            if expect != _NEXT:
                raise _unexpected(text, start)
            inside_object = raw[-1] if raw else stack[-1].__class__ is dict
            expect = _KEY if inside_object else _VALUE
            continue
        elif token == _COLON:
            if expect != _SEPARATOR:
                raise _unexpected(text, start)
            expect = _VALUE
            continue
        elif expect == _KEY or expect == _KEY_OR_END:
            if token != _STRING:
                raise _unexpected(text, start)
            if not raw:
                keys[-1] = _scalar(convert, m.group(token), text, start)
            expect = _SEPARATOR
            continue
        elif expect > _VALUE_OR_END:
            raise _unexpected(text, start)
        elif raw:
            expect = _NEXT
            continue
        elif token == _STRING or token == _NUMBER:
            value = _scalar(convert, m.group(token), text, start)
        else:
            value = _LITERALS[m.group(token)]
        # A whole value has been read: it goes into the container open around it.
        if raw:
            expect = _NEXT
        elif not stack:
            result = value
            expect = _DONE
        else:
            top = stack[-1]
            if top.__class__ is dict:
                top[keys[-1]] = value
            else:
                top.append(value)
            expect = _NEXT


def _scalar(convert: Callable[[str], Any], token: str, text: str, start: int) -> Any:
    try:
        return convert(token)
    except orjson.JSONDecodeError as error:  # e.g. an escaped lone surrogate, which orjson refuses
        raise DecodeError("", f"invalid JSON: {error.msg} {_where(text, start)}") from None


def _end_or_error(text: str, pos: int, expect: int, result: Any) -> Any:
    while pos < len(text) and text[pos] in " \t\n\r":
        pos += 1
    if pos == len(text):
        if expect == _DONE:
            return result
        raise DecodeError("", f"invalid JSON: unexpected end of data {_where(text, pos)}")
    raise _unexpected(text, pos)


def _unexpected(text: str, pos: int) -> DecodeError:
    return DecodeError("", f"invalid JSON: unexpected character {text[pos]!r} {_where(text, pos)}")


def _where(text: str, pos: int) -> str:
    line = text.count("\n", 0, pos) + 1
    column = pos - (text.rfind("\n", 0, pos) + 1) + 1
    return f"at line {line} column {column} (char {pos})"


# ----------------------------------------------------------------------- writing


def dumps(value: Any) -> bytes:
    """``value`` as JSON, where orjson alone refuses it.

    A copy of ``value`` is written instead in which each :class:`RawJSON` is its text,
    each integer beyond 64 bits its digits (as Go writes a large float64 in a
    free-form value), and every container 200 levels below another is written
    beforehand (orjson writes at most 254 levels in one call), all as
    ``orjson.Fragment``: pre-written JSON that orjson copies into its output. Whatever
    orjson still refuses (a set, a key that is not a string) raises its error. A value
    nested deeper than Go reads (10,000 levels, or a container that holds itself)
    raises ``ValueError``.
    """
    return orjson.dumps(_rebuild(value, _writable, _written_if_deep))


def _writable(value: Any) -> Any:
    cls = value.__class__
    if cls is RawJSON:
        return orjson.Fragment(value._text)
    if cls is int and not _INT_MIN <= value <= _INT_MAX:
        return orjson.Fragment(str(value))
    return value


def _written_if_deep(container: Any, level: int) -> Any:
    if level % _CUT:
        return container
    return orjson.Fragment(orjson.dumps(container))


def copy_json(value: Any) -> Any:
    """A copy of a JSON-like value: every dict and list (and tuple, as a list) copied,
    everything else shared. Any depth up to Go's; no recursion."""
    return _rebuild(value, _same, _same_container)


def _same(value: Any) -> Any:
    return value


def _same_container(container: Any, level: int) -> Any:
    return container


def _rebuild(value: Any, leaf: Callable[[Any], Any], close: Callable[[Any, int], Any]) -> Any:
    """Copy the dicts, lists and tuples of ``value`` without recursion.

    ``leaf(x)`` gives the copy of every other value; ``close(copy, level)`` is called on
    each container's copy once it is complete (level 1 is ``value`` itself) and gives
    what goes into its parent. Raises ``ValueError`` beyond GO_MAX_DEPTH levels.
    """
    if not isinstance(value, (dict, list, tuple)):
        return leaf(value)
    # Per open container: (its items, its copy, whether it is a dict, its key in its parent)
    stack: list[tuple[Any, Any, bool, Any]] = [_open(value, None)]
    while True:
        items, copy, is_dict, _ = frame = stack[-1]
        for item in items:
            key, x = item if is_dict else (None, item)
            if isinstance(x, (dict, list, tuple)):
                if len(stack) >= GO_MAX_DEPTH:
                    raise ValueError(
                        f"a value nested more than {GO_MAX_DEPTH:,} levels deep (or holding itself): "
                        "more than Go's encoding/json reads"
                    )
                stack.append(_open(x, key))
                break
            if is_dict:
                copy[key] = leaf(x)
            else:
                copy.append(leaf(x))
        else:
            done = close(copy, len(stack))
            stack.pop()
            if not stack:
                return done
            parent = stack[-1]
            if parent[2]:
                parent[1][frame[3]] = done
            else:
                parent[1].append(done)


def _open(container: Any, key: Any) -> tuple[Any, Any, bool, Any]:
    """A frame of :func:`_rebuild`'s stack for a dict, list or tuple found under ``key``."""
    if isinstance(container, dict):
        return (iter(container.items()), {}, True, key)
    return (iter(container), [], False, key)
