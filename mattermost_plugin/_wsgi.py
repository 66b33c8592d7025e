"""Serving a request with a WSGI application (Flask, Django, ...): ``mattermost_plugin.http.wsgi``.

The application runs on the thread of the call, as in any threaded WSGI
server (PEP 3333). ``wsgi.input`` is the request's body stream. The response
is returned as soon as the first non-empty part of the body is produced: whole,
when it is the whole body (the iterable ends there, or the Content-Length the
app set says so), otherwise as a body that yields the rest as the app produces
it, each part flushed to the client. The iterable's ``close()`` is always called.
"""

from __future__ import annotations

import io
import logging
from types import TracebackType
from typing import Any, Callable, Iterable, Iterator, Optional

from mattermost_plugin._asgi import address
from mattermost_plugin.http import Headers, Request, Response

_NOT_HTTP = ("CONTENT_TYPE", "CONTENT_LENGTH")

ExcInfo = tuple[type[BaseException], BaseException, Optional[TracebackType]]


def environ_for(request: Request) -> dict[str, Any]:
    """The WSGI environ of ``request`` (PEP 3333); ``environ["mattermost"]`` is the Request."""
    server = address(request.host, 443 if request.scheme == "https" else 80) or ("localhost", 80)
    client = address(request.remote_addr)
    environ: dict[str, Any] = {
        "REQUEST_METHOD": request.method,
        "SCRIPT_NAME": _native(request.root_path),
        "PATH_INFO": _native(request.path),
        "QUERY_STRING": _native(request.query),
        "CONTENT_TYPE": _native(request.headers.get("Content-Type", "")),
        "CONTENT_LENGTH": str(request.body.length) if request.body.length is not None else "",
        "SERVER_NAME": server[0],
        "SERVER_PORT": str(server[1]),
        "SERVER_PROTOCOL": request.proto or "HTTP/1.1",
        "REMOTE_ADDR": client[0] if client else "",
        "REMOTE_PORT": str(client[1]) if client else "",
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": request.scheme,
        "wsgi.input": request.body,
        "wsgi.input_terminated": True,
        "wsgi.errors": _ErrorStream(),
        "wsgi.multithread": True,
        "wsgi.multiprocess": False,
        "wsgi.run_once": False,
        "mattermost": request,
    }
    if request.host:  # Go keeps the Host header apart, in r.Host
        environ["HTTP_HOST"] = _native(request.host)
    for name in request.headers:
        key = "HTTP_" + name.upper().replace("-", "_")
        if key[5:] in _NOT_HTTP:
            continue
        environ[key] = ",".join(_native(value) for value in request.headers.get_all(name))
    return environ


def _native(text: str) -> str:
    """A "native string" of PEP 3333: the bytes as sent, read as latin-1."""
    return text.encode("utf-8", "surrogateescape").decode("latin-1")


def serve_wsgi(app: Callable[..., Iterable[bytes]], request: Request) -> Response:
    """Run ``app`` on ``request``; the response once its first part is produced (the rest streams on)."""
    started = _Start()
    result = app(environ_for(request), started)
    try:
        parts = iter(result)
        first = b""
        ended = True
        for part in parts:
            if part:
                first = bytes(part)
                ended = False
                break
        if started.status is None:
            raise RuntimeError(f"the WSGI application {_name(app)} returned without calling start_response")
        started.sent = True
        first = started.take_written() + first
        headers = Headers(started.headers)
        length = headers.get("Content-Length", "")
        if not ended and length.isdigit() and int(length) == len(first):
            for _ in parts:  # the whole body is there; let the iterable finish before closing it
                pass
            ended = True
    except BaseException:
        _close(result)
        raise
    if ended:
        _close(result)
        return Response(first, started.status, headers)
    return Response(_Rest(first, parts, result, started), started.status, headers)


def _name(app: Any) -> str:
    return getattr(app, "__qualname__", None) or type(app).__name__


def _close(result: Any) -> None:
    close = getattr(result, "close", None)
    if close is not None:
        close()


class _Start:
    """``start_response``, and what the application gave it."""

    def __init__(self) -> None:
        self.status: Optional[int] = None
        self.headers: list[tuple[str, str]] = []
        self.sent = False
        self.written: list[bytes] = []

    def __call__(self, status: str, headers: list[tuple[str, str]], exc_info: Optional[ExcInfo] = None) -> Callable[[bytes], None]:
        if exc_info is not None:
            try:
                if self.sent:
                    raise exc_info[1].with_traceback(exc_info[2])
            finally:
                exc_info = None
        elif self.status is not None:
            raise RuntimeError("start_response was called twice without exc_info")
        code = status.split(" ", 1)[0]
        if not code.isdigit():
            raise ValueError(f"start_response: {status!r} is not an HTTP status line like '200 OK'")
        self.status = int(code)
        self.headers = list(headers)
        return self.write

    def write(self, data: bytes) -> None:
        """The legacy ``write`` callable: what it is given goes out before the iterable's next part."""
        self.written.append(bytes(data))

    def take_written(self) -> bytes:
        data, self.written = b"".join(self.written), []
        return data


class _Rest:
    """The streamed body: the first part, then the iterable's, and ``close()`` at the end."""

    def __init__(self, first: bytes, parts: Iterator[bytes], result: Any, started: _Start) -> None:
        self._first: Optional[bytes] = first
        self._parts = parts
        self._result = result
        self._started = started
        self._closed = False

    def __iter__(self) -> Iterator[bytes]:
        return self

    def __next__(self) -> bytes:
        if self._first is not None:
            first, self._first = self._first, None
            return first
        for part in self._parts:
            data = self._started.take_written() + bytes(part)
            if data:
                return data
        data = self._started.take_written()
        if data:
            return data
        self.close()
        raise StopIteration

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            _close(self._result)


class _ErrorStream(io.TextIOBase):
    """``wsgi.errors``: each line written is logged at error level (the server log shows it)."""

    def __init__(self) -> None:
        super().__init__()
        self._pending = ""
        self._log = logging.getLogger("wsgi.errors")

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self._pending += text
        *lines, self._pending = self._pending.split("\n")
        for line in lines:
            if line.strip():
                self._log.error("%s", line)
        return len(text)

    def flush(self) -> None:
        if self._pending.strip():
            self._log.error("%s", self._pending)
        self._pending = ""


__all__ = ["environ_for", "serve_wsgi"]
