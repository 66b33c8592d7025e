"""Python values to the plugin API's request fields, and response fields back.

The generated clients call these (``_sync.py`` and ``_async.py``). Models
travel as the JSON Go's encoding/json writes for them (the models' codec);
other JSON values (maps, ``any``) as their JSON; a nil pointer, slice or map as
empty bytes. Each encoder checks what it is given and names the method and
parameter when it is wrong.
"""

from __future__ import annotations

from typing import Any, Iterable, Optional

import orjson

from mattermost_plugin.api._http import HTTPRequest, HTTPResponse
from mattermost_plugin.models import Model, RawJSON, decode, encode, from_dict, to_dict
from mattermost_plugin.models._json import dumps as _dumps_deep
from mattermost_plugin.models._json import loads as _loads
from mattermost_plugin.protocol import api_pb2

__all__ = [
    "_decode",
    "_decode_json",
    "_decode_list",
    "_decode_value",
    "_http_request",
    "_http_response",
    "_json",
    "_json_each",
    "_model",
    "_models",
    "_strings",
]


def _kind(value: Any) -> str:
    return type(value).__name__


def _model(value: Any, cls: type, where: str) -> bytes:
    """A model argument: its JSON, or empty bytes for None (Go's nil)."""
    if value is None:
        return b""
    if value.__class__ is not cls and not isinstance(value, cls):
        raise TypeError(f"{where} must be a {cls.__name__}, got {_kind(value)}")
    return encode(value)


def _models(values: Any, cls: type, where: str) -> bytes:
    """A list-of-models argument: one JSON array (None is Go's nil slice)."""
    if values is None:
        return b""
    if isinstance(values, (str, bytes, dict, Model)) or not hasattr(values, "__iter__"):
        raise TypeError(f"{where} must be a list of {cls.__name__}, got {_kind(values)}")
    parts = []
    for index, value in enumerate(values):
        if value is None:
            parts.append(b"null")
        elif value.__class__ is cls or isinstance(value, cls):
            parts.append(encode(value))
        else:
            raise TypeError(f"{where}[{index}] must be a {cls.__name__}, got {_kind(value)}")
    return b"[" + b",".join(parts) + b"]"


def _default(value: Any) -> Any:
    """orjson's hook for what it does not write itself: models (their Go JSON) and RawJSON."""
    if isinstance(value, Model):
        return to_dict(value)
    if value.__class__ is RawJSON:
        return orjson.Fragment(value.text)
    raise TypeError(f"a {_kind(value)} is not JSON")


def _json(value: Any, where: str) -> bytes:
    """A JSON-valued argument (a map, ``any``): its JSON, or empty bytes for None."""
    if value is None:
        return b""
    try:
        return orjson.dumps(value, default=_default, option=orjson.OPT_PASSTHROUGH_DATACLASS)
    except orjson.JSONEncodeError:
        pass  # not JSON, or nested deeper (or an integer larger) than orjson writes
    try:
        return _dumps_deep(value)
    except (TypeError, ValueError) as error:
        raise TypeError(f"{where} cannot be written as JSON (dicts, lists, str, int, float, bool, None and models): {error}") from None


def _json_each(values: Iterable[Any], where: str) -> list[bytes]:
    """Variadic ``...any`` arguments: one JSON document each (None is ``null``, Go's nil)."""
    return [_json(value, f"{where}[{index}]") or b"null" for index, value in enumerate(values)]


def _strings(values: Any, where: str) -> Optional[list[str]]:
    """A ``[]string`` argument (None is Go's nil slice)."""
    if values is None:
        return None
    if isinstance(values, (str, bytes)) or not hasattr(values, "__iter__"):
        raise TypeError(f"{where} must be a list of str, got {_kind(values)}")
    out = list(values)
    for index, value in enumerate(out):
        if not isinstance(value, str):
            raise TypeError(f"{where}[{index}] must be a str, got {_kind(value)}")
    return out


def _http_request(value: Any, where: str) -> Optional[api_pb2.HTTPRequest]:
    """An :class:`HTTPRequest` argument as its message."""
    if value is None:
        return None
    if not isinstance(value, HTTPRequest):
        raise TypeError(f"{where} must be a mattermost_plugin.api.HTTPRequest, got {_kind(value)}")
    headers = []
    for name, values in value.headers.items():
        headers.append(api_pb2.HTTPHeader(name=name, values=[values] if isinstance(values, str) else list(values)))
    return api_pb2.HTTPRequest(method=value.method, url=value.url, header=headers, body=bytes(value.body))


def _http_response(message: api_pb2.HTTPResponse) -> HTTPResponse:
    """An HTTPResponse message as an :class:`HTTPResponse`."""
    return HTTPResponse(
        status_code=message.status_code,
        headers={header.name: list(header.values) for header in message.header},
        body=message.body,
    )


def _decode(cls: Any, raw: bytes) -> Any:
    """A pointer result: the model, or None for Go's nil."""
    return decode(cls, raw) if raw else None


def _decode_value(cls: Any, raw: bytes) -> Any:
    """A struct result Go returns by value: the model (its zero value when empty)."""
    value = decode(cls, raw) if raw else None
    return cls() if value is None else value


def _decode_list(cls: Any, raw: bytes) -> list[Any]:
    """A list-of-models result (Go's nil slice is an empty list)."""
    if not raw:
        return []
    items = _loads(raw)
    if items is None:
        return []
    return [None if item is None else from_dict(cls, item) for item in items]


def _decode_json(raw: bytes, default: Any) -> Any:
    """A JSON-valued result (a map, ``any``); ``default`` for Go's nil."""
    if not raw:
        return default
    value = _loads(raw)
    return default if value is None else value
