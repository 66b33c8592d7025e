"""The Python side of the HTTP benchmark (benchmarks/http.py): the routes benchmarks/bridge/httpplugin serves in Go.

- ``GET /json``: a small JSON object (about 100 bytes);
- ``GET /large?size=N``: N bytes, streamed 64 KiB at a time;
- ``POST /large``: reads the body chunk by chunk and answers its size.
"""

from __future__ import annotations

from typing import Any, Iterator

from mattermost_plugin import Context, Plugin
from mattermost_plugin.http import Request, Response

BLOCK = bytes(range(256)) * 256


def pattern(size: int) -> Iterator[bytes]:
    while size > 0:
        piece = BLOCK[: min(size, len(BLOCK))]
        size -= len(piece)
        yield piece


class HTTPBench(Plugin):
    max_request_body = 1 << 30

    def serve_http(self, context: Context, request: Request) -> Any:
        if request.path == "/json":
            return Response.json({"id": "abc123", "user_id": request.user_id, "ok": True, "items": [1, 2, 3], "path": request.path})
        if request.path == "/large" and request.method == "POST":
            size = 0
            for chunk in request.body.chunks():
                size += len(chunk)
            return Response.json({"size": size})
        if request.path == "/large":
            return Response(pattern(int(request.query_param("size", "0"))), content_type="application/octet-stream")
        return Response.text("not found", status=404)
