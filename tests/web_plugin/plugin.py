"""A plugin serving HTTP the ways the server test proves (tests/conformance/server/web_test.go).

The Go test loads its bundle into Mattermost's plugin environment and sends it
real HTTP requests through a router that hands them to ``ServeHTTP`` as
Mattermost's does:

- ``/fastapi/...`` is served by a FastAPI (ASGI) app, ``/flask/...`` by a Flask
  (WSGI) app, each mounted with one call;
- ``/upload`` reads a body of any size chunk by chunk and answers its size and
  SHA-256; ``/download?size=N`` streams N bytes of a pattern;
- ``file_will_be_uploaded`` streams an upload back upper-cased;
- ``/pid`` tells the test which process to measure: none of this may hold a
  whole body, so the process's memory stays flat while 100 MB pass each way.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
from typing import Any, Iterator

from fastapi import APIRouter, FastAPI, Request as FastAPIRequest
from flask import Flask, request as flask_request

from mattermost_plugin import Context, FileInfo, Plugin
from mattermost_plugin.http import Body, Request, Response, serve_asgi, serve_wsgi

fastapi_app = FastAPI()
routes = APIRouter(prefix="/fastapi")


@routes.get("/hello/{name}")
async def hello(name: str, request: FastAPIRequest) -> dict[str, Any]:
    mattermost = request.state.mattermost
    return {"framework": "fastapi", "hello": name, "user_id": mattermost.user_id, "url": str(request.url)}


@routes.post("/upload")
async def fastapi_upload(request: FastAPIRequest) -> dict[str, Any]:
    digest, size = hashlib.sha256(), 0
    async for chunk in request.stream():
        digest.update(chunk)
        size += len(chunk)
    return {"size": size, "sha256": digest.hexdigest()}


fastapi_app.include_router(routes)

flask_app = Flask(__name__)


@flask_app.route("/flask/hello/<name>", methods=["GET", "POST"])
def flask_hello(name: str) -> dict[str, Any]:
    mattermost = flask_request.environ["mattermost"]
    return {
        "framework": "flask",
        "hello": name,
        "user_id": mattermost.user_id,
        "url": flask_request.url,
        "form": flask_request.form.to_dict(),
    }


def pattern(size: int) -> Iterator[bytes]:
    """``size`` bytes of a repeating pattern, 64 KiB at a time."""
    block = bytes(range(256)) * 256
    while size > 0:
        piece = block[: min(size, len(block))]
        size -= len(piece)
        yield piece


class WebProof(Plugin):
    max_request_body = 200 * 1024 * 1024
    max_upload_size = 200 * 1024 * 1024

    async def serve_http(self, context: Context, request: Request) -> Any:
        path = request.path
        if path.startswith("/fastapi/"):
            return await serve_asgi(fastapi_app, request)
        if path.startswith("/flask/"):
            return await asyncio.to_thread(serve_wsgi, flask_app, request)
        if path == "/upload":
            digest, size = hashlib.sha256(), 0
            async for chunk in request.body.achunks():
                digest.update(chunk)
                size += len(chunk)
            return {"size": size, "sha256": digest.hexdigest()}
        if path == "/download":
            return Response(pattern(int(request.query_param("size", "0"))), content_type="application/octet-stream")
        if path == "/pid":
            return {"pid": os.getpid()}
        return Response.text("not found", status=404)

    def file_will_be_uploaded(self, context: Context, file_info: FileInfo, file: Body) -> Any:
        return (chunk.upper() for chunk in file.chunks())
