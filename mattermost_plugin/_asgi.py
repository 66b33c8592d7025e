"""Serving a request with an ASGI application (FastAPI, Starlette, ...): ``mattermost_plugin.http.asgi``.

The application runs as a task on the plugin's event loop. Its response comes
back as a :class:`~mattermost_plugin.http.Response` as soon as the first part
of the body is sent: a response sent in one message is returned whole, a
streamed one (``more_body``) with a body that yields the rest as the
application sends it, each part flushed to the client. ``send`` waits until the
previous part has been taken, so a fast application never runs ahead of a slow
client by more than one part. When the client goes away, the task is cancelled.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, AsyncIterator, Optional

from mattermost_plugin._exceptions import ClientDisconnected
from mattermost_plugin.http import Headers, Request, Response

log = logging.getLogger("mattermost_plugin")

ASGI_VERSION = {"version": "3.0", "spec_version": "2.4"}
"""The ASGI version served (2.4: ``send`` on a closed connection raises an OSError, ClientDisconnected)."""


def scope_for(request: Request) -> dict[str, Any]:
    """The ASGI HTTP connection scope of ``request``.

    ``path`` is the full path (the plugin's prefix, then the path below it) with
    ``root_path`` the prefix, so routers match the path below the prefix and
    URLs the app builds carry the prefix. ``state["mattermost"]`` and
    ``scope["mattermost"]`` are the :class:`~mattermost_plugin.http.Request`.
    """
    root = request.root_path
    headers = [
        (name.lower().encode("latin-1"), value.encode("utf-8", "surrogateescape"))
        for name, value in request.headers.multi_items()
    ]
    if request.host and "Host" not in request.headers:  # Go keeps the Host header apart, in r.Host
        headers.insert(0, (b"host", request.host.encode("utf-8", "surrogateescape")))
    version = request.proto.removeprefix("HTTP/")
    return {
        "type": "http",
        "asgi": dict(ASGI_VERSION),
        "http_version": "2" if version.startswith("2") else version or "1.1",
        "method": request.method,
        "scheme": request.scheme,
        "path": root + request.path,
        "raw_path": (root + request.raw_path).encode("utf-8", "surrogateescape"),
        "query_string": request.query.encode("utf-8", "surrogateescape"),
        "root_path": root,
        "headers": headers,
        "client": address(request.remote_addr),
        "server": address(request.host, 443 if request.scheme == "https" else 80),
        "state": {"mattermost": request},
        "mattermost": request,
        "extensions": {},
    }


def address(text: str, default_port: int = 0) -> Optional[tuple[str, int]]:
    """``"10.0.0.1:5234"`` -> ``("10.0.0.1", 5234)``; ``"[::1]:80"`` -> ``("::1", 80)``; None for ``""``."""
    if not text:
        return None
    host, colon, port = text.rpartition(":")
    if not colon or "]" in port or (host.count(":") and not host.startswith("[")):
        host, port = text, ""
    host = host.strip("[]")
    try:
        number = int(port) if port else default_port
    except ValueError:
        number = default_port
    return host, number


async def serve_asgi(app: Any, request: Request) -> Response:
    """Run ``app`` on ``request``; the response once its first body part is sent (the rest streams on)."""
    exchange = _Exchange(request)
    task = asyncio.get_running_loop().create_task(exchange.run(app, scope_for(request)))
    exchange.task = task
    first: asyncio.Future[Any] = exchange.first
    try:
        await asyncio.wait({first, task}, return_when=asyncio.FIRST_COMPLETED)
    except BaseException:  # cancelled while waiting (the client went away): stop the app too
        task.cancel()
        raise
    if not first.done():
        task.result()  # the app raised before it answered: let its exception out
        raise RuntimeError(f"the ASGI application {_name(app)} finished without sending a response")
    status, headers, body, more = first.result()
    if not more:
        if not task.done():
            task.add_done_callback(_late_failure)
        else:
            _late_failure(task)
        return Response(body, status, headers)
    return Response(exchange.rest(body), status, headers)


def _late_failure(task: asyncio.Task[None]) -> None:
    """Log an exception the app raised after its whole response was sent (the client has it already)."""
    if task.cancelled():
        return
    error = task.exception()
    if error is not None:
        log.error("the ASGI application raised %s after sending its response", type(error).__name__, exc_info=error)


def _name(app: Any) -> str:
    return getattr(app, "__qualname__", None) or type(app).__name__


class _Exchange:
    """The messages between one ASGI app task and the plugin's side of the call."""

    def __init__(self, request: Request) -> None:
        self.request = request
        loop = asyncio.get_running_loop()
        self.first: asyncio.Future[tuple[int, Headers, bytes, bool]] = loop.create_future()
        self.parts: asyncio.Queue[tuple[bytes, bool]] = asyncio.Queue(maxsize=1)
        self.task: Optional[asyncio.Task[None]] = None
        self.status: Optional[int] = None
        self.headers = Headers()
        self.body_read = False
        self.finished = False

    async def run(self, app: Any, scope: dict[str, Any]) -> None:
        await app(scope, self.receive, self.send)

    async def receive(self) -> dict[str, Any]:
        body = self.request.body
        if not self.body_read:
            chunk = await body._anext_chunk()
            more = bool(chunk) and not body._exhausted()
            if not more:
                self.body_read = True
            return {"type": "http.request", "body": chunk, "more_body": more}
        if not self.finished:
            await self.request.until_disconnected()
        return {"type": "http.disconnect"}

    async def send(self, message: dict[str, Any]) -> None:
        if self.request.disconnected:
            raise ClientDisconnected("the client went away")
        kind = message.get("type")
        if kind == "http.response.start":
            if self.status is not None:
                raise RuntimeError("the ASGI application sent http.response.start twice")
            self.status = int(message["status"])
            self.headers = Headers(
                (bytes(name).decode("latin-1"), bytes(value).decode("utf-8", "surrogateescape"))
                for name, value in message.get("headers", ())
            )
        elif kind == "http.response.body":
            if self.status is None:
                raise RuntimeError("the ASGI application sent http.response.body before http.response.start")
            if self.finished:
                raise RuntimeError("the ASGI application sent a body after its last part (more_body was false)")
            chunk = bytes(message.get("body", b""))
            more = bool(message.get("more_body", False))
            self.finished = not more
            if not self.first.done():
                self.first.set_result((self.status, self.headers, chunk, more))
            else:
                await self.parts.put((chunk, more))
        else:
            raise RuntimeError(f"the ASGI application sent a {kind!r} message, which an HTTP response does not have")

    async def rest(self, first: bytes) -> AsyncIterator[bytes]:
        """The streamed body: the first part, then each part the app sends until its last."""
        task = self.task
        assert task is not None
        try:
            if first:
                yield first
            more = True
            while more:
                getter = asyncio.ensure_future(self.parts.get())
                await asyncio.wait({getter, task}, return_when=asyncio.FIRST_COMPLETED)
                if not getter.done():
                    getter.cancel()
                    if not self.parts.empty():
                        chunk, more = self.parts.get_nowait()
                    else:
                        task.result()  # raised: its exception ends the response
                        return  # returned without its last part: the response ends here
                else:
                    chunk, more = getter.result()
                if chunk:
                    yield chunk
            await task
        finally:
            if not task.done():
                task.cancel()
                await asyncio.gather(task, return_exceptions=True)


__all__ = ["ASGI_VERSION", "address", "scope_for", "serve_asgi"]
