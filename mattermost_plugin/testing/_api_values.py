"""Request fields to Python arguments and Python results to response fields, for the harness's PluginAPI service.

The mirror of :mod:`mattermost_plugin.api._convert` (which the client uses the
other way round, and whose encoders serve here for models and JSON): the
generated ``_api_service.py`` calls these. A result that is not what the
client's method returns is a ``TypeError`` naming the method.
"""

from __future__ import annotations

from typing import Any, Iterable, Optional

from mattermost_plugin.api._http import HTTPRequest, HTTPResponse
from mattermost_plugin.models._json import loads
from mattermost_plugin.protocol import api_pb2

__all__ = ["_bytes", "_http_request_in", "_http_response_out", "_results", "_scalar", "_string_map", "_values"]

_WORDS = {str: "a str", bool: "a bool", int: "an int", float: "a float"}


def _kind(value: Any) -> str:
    return type(value).__name__


def _scalar(value: Any, expected: type, where: str) -> Any:
    """A scalar result, checked: ``expected`` is str, bool, int or float (an int is a float too)."""
    if expected is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, expected) and (expected is bool or not isinstance(value, bool)):
        return value
    raise TypeError(f"{where} must be {_WORDS[expected]}, got {_kind(value)}")


def _bytes(value: Any, where: str) -> Optional[bytes]:
    """A ``[]byte`` result: bytes, or None for Go's nil."""
    if value is None or isinstance(value, bytes):
        return value
    if isinstance(value, (bytearray, memoryview)):
        return bytes(value)
    raise TypeError(f"{where} must be bytes or None, got {_kind(value)}")


def _string_map(value: Any, where: str) -> Optional[dict[str, str]]:
    """A ``map[string]string`` result."""
    if value is None:
        return None
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise TypeError(f"{where} must be a dict of str to str, got {_kind(value)}")
    return value


def _results(value: Any, count: int, method: str) -> tuple[Any, ...]:
    """The results of a method Go gives several (``(posts, has_more)``), as a tuple of ``count``."""
    if not isinstance(value, tuple) or len(value) != count:
        raise TypeError(f"the answer to {method} must be a tuple of {count} values, got {_kind(value)}")
    return value


def _values(raw: Iterable[bytes]) -> list[Any]:
    """The variadic ``...any`` arguments (the Log methods' key/value pairs): one JSON value each."""
    return [loads(item) for item in raw]


def _http_request_in(message: api_pb2.HTTPRequest) -> HTTPRequest:
    """An HTTPRequest message as the :class:`HTTPRequest` the client was given."""
    return HTTPRequest(
        method=message.method,
        url=message.url,
        headers={header.name: list(header.values) for header in message.header},
        body=message.body,
    )


def _http_response_out(value: Any, where: str) -> Optional[api_pb2.HTTPResponse]:
    """An :class:`HTTPResponse` result as its message (None for Go's nil)."""
    if value is None:
        return None
    if not isinstance(value, HTTPResponse):
        raise TypeError(f"{where} must be a mattermost_plugin.api.HTTPResponse, got {_kind(value)}")
    headers = [
        api_pb2.HTTPHeader(name=name, values=[values] if isinstance(values, str) else list(values))
        for name, values in value.headers.items()
    ]
    return api_pb2.HTTPResponse(status_code=value.status_code, header=headers, body=bytes(value.body))
