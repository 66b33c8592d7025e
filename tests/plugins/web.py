"""A plugin serving HTTP the ways tests/test_hooks_http.py exercises: shorthands, streams, failures, limits.

``Web`` is plain (``def``) and ``AsyncWeb`` is ``async def``; both serve the same
routes. What the handlers notice (a client going away, a generator closed) is
kept in ``NOTES`` for in-process tests to read.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import os
import threading
from typing import Any, AsyncIterator, Iterator

from mattermost_plugin import Context, Plugin
from mattermost_plugin.http import Request, Response, serve_asgi, serve_wsgi

NOTES: dict[str, Any] = {}
PRODUCED: list[int] = []
"""How many chunks /slow-reader's body has produced so far (a generator the host reads slowly)."""
STARTED = threading.Event()


def _pattern(size: int, chunk: int = 65536) -> Iterator[bytes]:
    block = bytes(range(256)) * (chunk // 256)
    while size > 0:
        piece = block[: min(size, len(block))]
        size -= len(piece)
        yield piece


def route(request: Request) -> Any:
    """The answer of the plain routes (shared by both plugins)."""
    path = request.path
    if path == "/str":
        return "hello"
    if path == "/bytes":
        return b"\x00\x01"
    if path == "/dict":
        return {"user": request.user_id, "query": request.query_params}
    if path == "/list":
        return [1, 2, 3]
    if path == "/none":
        return None
    if path == "/redirect":
        return Response.redirect("/plugins/web/elsewhere")
    if path == "/headers":
        response = Response.text("ok", headers=[("Set-Cookie", "a=1"), ("Set-Cookie", "b=2")])
        response.headers.add("X-Seen", request.headers.get("X-Sent", ""))
        return response
    if path == "/request":
        return {
            "method": request.method,
            "path": request.path,
            "raw_path": request.raw_path,
            "query": request.query,
            "root_path": request.root_path,
            "url": request.url,
            "user_id": request.user_id,
            "source_plugin_id": request.source_plugin_id,
            "host": request.host,
            "remote_addr": request.remote_addr,
            "cookies": request.cookies,
            "content_type": request.content_type,
            "content_length": request.content_length,
            "request_id": request.context.request_id,
            "plugin": type(request.plugin).__name__,
        }
    if path == "/file":
        return Response(io.BytesIO(b"from a file" * 10000), content_type="application/octet-stream")
    if path == "/download":
        return Response(_pattern(int(request.query_param("size", "0"))))
    if path == "/bad-status":
        return Response(b"", status=42)
    if path == "/bad-chunk":
        return Response(iter([b"fine", 42]))
    if path == "/bad-type":
        return 3.5
    if path == "/fail":
        raise KeyError("no such thing")
    return Response.text("not found", status=404)


class Web(Plugin):
    max_request_body = 4 * 1024 * 1024

    def serve_http(self, context: Context, request: Request) -> Any:
        path = request.path
        if path == "/echo":
            return Response(request.read(), content_type=request.content_type or "application/octet-stream")
        if path == "/digest":
            digest = hashlib.sha256()
            size = 0
            for chunk in request.body.chunks():
                digest.update(chunk)
                size += len(chunk)
            return {"size": size, "sha256": digest.hexdigest()}
        if path == "/lines":
            return {"lines": [line.decode() for line in request.body]}
        if path == "/form":
            return request.form()
        if path == "/json":
            return {"got": request.json()}
        if path == "/slow-reader":
            return Response(self._counted())
        if path == "/fail-midway":
            return Response(self._fail_midway())
        if path == "/wait-for-disconnect":
            STARTED.set()
            NOTES["disconnected"] = request.wait_disconnected(10)
            return "too late"
        if path == "/read-after-disconnect":
            STARTED.set()
            request.wait_disconnected(10)
            try:
                request.read()
            except ConnectionError as error:  # ClientDisconnected is a ConnectionError
                NOTES["read"] = type(error).__name__
            return None
        if path == "/pid":
            return {"pid": os.getpid()}
        return route(request)

    def _counted(self) -> Iterator[bytes]:
        try:
            for index, chunk in enumerate(_pattern(64 * 1024 * 1024)):
                PRODUCED.append(index)
                yield chunk
        finally:
            NOTES["generator closed"] = True

    def _fail_midway(self) -> Iterator[bytes]:
        yield b"first part"
        raise ValueError("broke midway")


class AsyncWeb(Plugin):
    max_request_body = 4 * 1024 * 1024

    async def serve_http(self, context: Context, request: Request) -> Any:
        path = request.path
        if path == "/echo":
            return Response(await request.aread(), content_type=request.content_type or "application/octet-stream")
        if path == "/digest":
            digest = hashlib.sha256()
            size = 0
            async for chunk in request.body.achunks():
                digest.update(chunk)
                size += len(chunk)
            return {"size": size, "sha256": digest.hexdigest()}
        if path == "/json":
            return {"got": await request.ajson()}
        if path == "/events":
            return Response(self._events(), content_type="text/event-stream")
        if path == "/sleep":
            STARTED.set()
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                NOTES["cancelled"] = True
                raise
            return "too late"
        if path == "/fail":
            raise KeyError("async failure")
        if path.startswith("/asgi/"):
            return await serve_asgi(raw_asgi, request)
        if path.startswith("/wsgi/"):
            return await asyncio.to_thread(serve_wsgi, raw_wsgi, request)
        return route(request)

    async def _events(self) -> AsyncIterator[str]:
        for index in range(3):
            yield f"data: {index}\n\n"
            await asyncio.sleep(0)


async def raw_asgi(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """An ASGI application with no framework: echoes the body's size, in two parts."""
    size = 0
    while True:
        message = await receive()
        size += len(message.get("body", b""))
        if not message.get("more_body"):
            break
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
    await send({"type": "http.response.body", "body": f"{scope['path']} ".encode(), "more_body": True})
    await send({"type": "http.response.body", "body": str(size).encode()})


def raw_wsgi(environ: dict[str, Any], start_response: Any) -> list[bytes]:
    """A WSGI application with no framework: echoes the body's size."""
    size = len(environ["wsgi.input"].read())
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [f"{environ['PATH_INFO']} {size}".encode()]


class Limited(Plugin):
    max_request_body = 10

    def serve_http(self, context: Context, request: Request) -> Any:
        if request.path == "/ignore":
            return "did not read"
        return {"size": len(request.read())}
