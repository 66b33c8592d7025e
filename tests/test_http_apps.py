"""Mounting web applications: ASGI (FastAPI, Starlette) and WSGI (Flask) as the plugin's HTTP handler."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any, Iterator

import grpc
import pytest
from fastapi import FastAPI, Request as FastAPIRequest
from fastapi.responses import StreamingResponse
from flask import Flask, Response as FlaskResponse, request as flask_request, url_for

from mattermost_plugin import Plugin
from mattermost_plugin.http import Request, asgi, serve_asgi, serve_wsgi, wsgi
from mattermost_plugin.protocol import hooks_pb2
from mattermost_plugin.testing import PluginHarness

api = FastAPI()
notes: dict[str, Any] = {}
started = threading.Event()


@api.get("/items/{item}")
async def item(item: str, request: FastAPIRequest) -> dict[str, Any]:
    mattermost = request.state.mattermost
    return {
        "item": item,
        "user_id": mattermost.user_id,
        "request_id": mattermost.context.request_id,
        "plugin": type(mattermost.plugin).__name__,
        "url": str(request.url),
        "url_for": str(request.url_for("item", item="other")),
    }


@api.post("/upload")
async def upload(request: FastAPIRequest) -> dict[str, Any]:
    size = 0
    parts = 0
    async for chunk in request.stream():
        size += len(chunk)
        parts += bool(chunk)
    return {"size": size, "parts": parts}


@api.get("/events")
async def events() -> StreamingResponse:
    async def stream() -> Any:
        for index in range(3):
            yield f"data: {index}\n\n"
            await asyncio.sleep(0)

    return StreamingResponse(stream(), media_type="text/event-stream")


@api.get("/hang")
async def hang() -> dict[str, str]:
    started.set()
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        notes["asgi cancelled"] = True
        raise
    return {"late": "yes"}


@api.get("/boom")
async def boom() -> None:
    raise RuntimeError("the app broke")


flask_app = Flask(__name__)


@flask_app.route("/items/<item>")
def flask_item(item: str) -> dict[str, Any]:
    mattermost = flask_request.environ["mattermost"]
    return {
        "item": item,
        "user_id": mattermost.user_id,
        "url": flask_request.url,
        "url_for": url_for("flask_item", item="other"),
        "remote_addr": flask_request.remote_addr,
    }


@flask_app.route("/upload", methods=["POST"])
def flask_upload() -> dict[str, Any]:
    size = 0
    while chunk := flask_request.stream.read(10_000):
        size += len(chunk)
    return {"size": size}


@flask_app.route("/form", methods=["POST"])
def flask_form() -> dict[str, Any]:
    return {"form": flask_request.form.to_dict(flat=False)}


@flask_app.route("/stream")
def flask_stream() -> FlaskResponse:
    def generate() -> Iterator[str]:
        for index in range(3):
            yield f"line {index}\n"

    return FlaskResponse(generate(), mimetype="text/plain")


@flask_app.route("/boom")
def flask_boom() -> str:
    raise RuntimeError("the flask app broke")


class Mounted(Plugin):
    serve_http = asgi(api)


class MountedFlask(Plugin):
    serve_http = wsgi(flask_app)


class Both(Plugin):
    """One handler that sends part of its URLs to each app."""

    async def serve_http(self, context: Any, request: Request) -> Any:
        if request.path.startswith("/flask/"):
            request.root_path += "/flask"
            request.path = request.path.removeprefix("/flask")
            return await asyncio.to_thread(serve_wsgi, flask_app, request)
        return await serve_asgi(api, request)


def test_an_asgi_app_serves_the_plugins_urls() -> None:
    with PluginHarness(Mounted) as harness:
        seen = harness.request("GET", "/items/42", user_id="user-7").json()
        assert seen["item"] == "42" and seen["user_id"] == "user-7" and seen["plugin"] == "Mounted"
        assert seen["request_id"].startswith("harness-request-")
        assert seen["url"] == "http://localhost:8065/plugins/harness/items/42"
        assert seen["url_for"] == "http://localhost:8065/plugins/harness/items/other"
        assert harness.request("GET", "/nowhere").status == 404


def test_an_asgi_app_reads_a_streamed_body_and_streams_its_response() -> None:
    with PluginHarness(Mounted) as harness:
        body = b"x" * 1_000_000
        assert harness.request("POST", "/upload", body=body).json() == {"size": 1_000_000, "parts": 16}
        events = harness.request("GET", "/events")
        assert events.header("content-type").startswith("text/event-stream")
        assert events.body == b"data: 0\n\ndata: 1\n\ndata: 2\n\n"


def test_an_asgi_app_that_raises_answers_500_and_logs_it() -> None:
    with PluginHarness(Mounted) as harness:
        assert harness.request("GET", "/boom").status == 500
        assert any("the ASGI application raised RuntimeError" in entry.message for entry in harness.logs)
        assert harness.request("GET", "/items/1").status == 200


def test_a_client_going_away_cancels_the_asgi_app(serve: Any) -> None:
    notes.clear()
    started.clear()
    stub = serve(Mounted())
    call = stub.ServeHTTP(iter([_frame("/hang")]), timeout=30)
    threading.Thread(target=lambda: list(_quietly(call)), daemon=True).start()
    assert started.wait(5)
    call.cancel()
    deadline = time.monotonic() + 10
    while not notes.get("asgi cancelled"):
        assert time.monotonic() < deadline, "the app's task was not cancelled"
        time.sleep(0.02)


def test_a_wsgi_app_serves_the_plugins_urls() -> None:
    with PluginHarness(MountedFlask) as harness:
        seen = harness.request("GET", "/items/42", user_id="user-7").json()
        assert seen == {
            "item": "42",
            "user_id": "user-7",
            "url": "http://localhost:8065/plugins/harness/items/42",
            "url_for": "/plugins/harness/items/other",
            "remote_addr": "127.0.0.1",
        }
        assert harness.request("POST", "/upload", body=b"y" * 2_000_000).json() == {"size": 2_000_000}
        form = harness.request("POST", "/form", body=b"a=1&a=2", headers={"Content-Type": "application/x-www-form-urlencoded"})
        assert form.json() == {"form": {"a": ["1", "2"]}}
        assert harness.request("GET", "/stream").body == b"line 0\nline 1\nline 2\n"


def test_a_wsgi_app_that_raises_answers_500() -> None:
    with PluginHarness(MountedFlask) as harness:
        assert harness.request("GET", "/boom").status == 500


def test_one_handler_can_send_parts_of_its_urls_to_each_app() -> None:
    with PluginHarness(Both, mode="process") as harness:
        assert harness.request("GET", "/items/a").json()["item"] == "a"
        flask_seen = harness.request("GET", "/flask/items/b").json()
        assert flask_seen["item"] == "b" and flask_seen["url_for"] == "/plugins/harness/flask/items/other"


def test_a_wsgi_stream_is_flushed_part_by_part(serve: Any) -> None:
    stub = serve(MountedFlask())
    frames = list(stub.ServeHTTP(iter([_frame("/stream")]), timeout=10))
    parts = [frame.body for frame in frames if frame.body]
    assert parts == [b"line 0\n", b"line 1\n", b"line 2\n"]
    assert all(frame.flush for frame in frames if frame.body)


def test_a_complete_flask_response_is_sent_in_one_frame(serve: Any) -> None:
    stub = serve(MountedFlask())
    frames = list(stub.ServeHTTP(iter([_frame("/items/1")]), timeout=10))
    assert len(frames) == 1 and frames[0].head.status == 200


def _frame(path: str) -> hooks_pb2.ServeHTTPRequest:
    return hooks_pb2.ServeHTTPRequest(
        context=hooks_pb2.PluginContext(request_id="r1"),
        head=hooks_pb2.HTTPRequestHead(method="GET", raw_path=path, request_uri="/plugins/x" + path, host="h"),
        body_end=True,
    )


def _quietly(call: Any) -> Iterator[Any]:
    try:
        yield from call
    except grpc.RpcError:
        return
