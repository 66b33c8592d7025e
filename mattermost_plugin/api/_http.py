"""The HTTP request and response of ``plugin_http`` (Go's ``*http.Request`` and ``*http.Response``)."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["HTTPRequest", "HTTPResponse"]


@dataclass
class HTTPRequest:
    """A request to another plugin's HTTP handler, for :meth:`~mattermost_plugin.api.API.plugin_http`.

    ``url`` starts with the other plugin's id (``"/com.example.other/api/v1/ping"``).
    ``headers`` maps each header name to its values (a single ``str`` value is
    accepted too); ``body`` is sent whole.
    """

    method: str = "GET"
    url: str = "/"
    headers: dict[str, list[str]] = field(default_factory=dict)
    body: bytes = b""


@dataclass
class HTTPResponse:
    """What the other plugin answered: status code, headers (each with its values) and the whole body."""

    status_code: int = 0
    headers: dict[str, list[str]] = field(default_factory=dict)
    body: bytes = b""
