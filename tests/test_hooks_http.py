"""ServeHTTP (and ServeMetrics): requests in, responses out, streamed both ways over real gRPC."""

from __future__ import annotations

import hashlib
import io
import queue
import sys
import threading
import time
from pathlib import Path
from typing import Any, Iterator

import grpc
import pytest

from mattermost_plugin import Plugin
from mattermost_plugin.http import CHUNK_SIZE, Body, Headers, Request, Response
from mattermost_plugin.protocol import hooks_pb2
from mattermost_plugin.testing import HTTPResult, PluginBug, PluginHarness

PLUGINS = Path(__file__).parent / "plugins"
sys.path.insert(0, str(PLUGINS))

import web  # noqa: E402

BOTH = [web.Web, web.AsyncWeb]
IDS = ["def", "async def"]


@pytest.fixture(params=BOTH, ids=IDS)
def harness(request: pytest.FixtureRequest) -> Iterator[PluginHarness]:
    with PluginHarness(request.param) as started:
        yield started


# -- what the handler receives ------------------------------------------------


def test_the_request_as_mattermost_hands_it_over(harness: PluginHarness) -> None:
    request = Request(
        "post",
        "/request",
        query="a=1&a=2&b=",
        headers=[("Cookie", "theme=dark; lang=de"), ("Content-Type", "application/json"), ("Mattermost-Plugin-ID", "com.other")],
        body=b"{}",
        user_id="user-1",
        host="chat.example.com",
        remote_addr="192.0.2.1:4444",
        root_path="/plugins/com.example.web",
    )
    seen = harness.serve_http(request).json()
    assert seen == {
        "method": "POST",
        "path": "/request",
        "raw_path": "/request",
        "query": "a=1&a=2&b=",
        "root_path": "/plugins/com.example.web",
        "url": "/request?a=1&a=2&b=",
        "user_id": "user-1",
        "source_plugin_id": "com.other",
        "host": "chat.example.com",
        "remote_addr": "192.0.2.1:4444",
        "cookies": {"theme": "dark", "lang": "de"},
        "content_type": "application/json",
        "content_length": 2,
        "request_id": seen["request_id"],
        "plugin": harness._class_name,
    }
    assert seen["request_id"].startswith("harness-request-")


def test_a_percent_encoded_path_arrives_decoded_with_the_raw_path_beside_it(harness: PluginHarness) -> None:
    seen = harness.serve_http(Request("GET", "/request", raw_path="/request")).json()
    assert seen["path"] == "/request"
    odd = harness.request("GET", "/d%C3%BCsseldorf%2Fx")
    assert odd.status == 404  # the route is "/düsseldorf/x", decoded; no handler has it


def test_shorthand_results_become_responses(harness: PluginHarness) -> None:
    text = harness.request("GET", "/str")
    assert (text.status, text.header("Content-Type"), text.body) == (200, "text/plain; charset=utf-8", b"hello")
    assert text.header("Content-Length") == "5"
    raw = harness.request("GET", "/bytes")
    assert (raw.header("Content-Type"), raw.body) == ("application/octet-stream", b"\x00\x01")
    assert harness.request("GET", "/dict?x=1", user_id="u7").json() == {"user": "u7", "query": {"x": ["1"]}}
    assert harness.request("GET", "/list").json() == [1, 2, 3]
    empty = harness.request("GET", "/none")
    assert (empty.status, empty.body, empty.header("Content-Length")) == (200, b"", "0")
    redirect = harness.request("GET", "/redirect")
    assert (redirect.status, redirect.header("Location")) == (302, "/plugins/web/elsewhere")


def test_headers_keep_every_value_and_the_requests_reach_the_handler(harness: PluginHarness) -> None:
    response = harness.request("GET", "/headers", headers={"X-Sent": "ünïcode ok"})
    assert [value for name, value in response.headers if name == "Set-Cookie"] == ["a=1", "b=2"]
    assert response.header("x-seen") == "ünïcode ok"


# -- bodies ------------------------------------------------------------------------


def test_a_large_request_body_arrives_in_chunks_and_whole(harness: PluginHarness) -> None:
    body = bytes(range(256)) * 12_000  # 3 MB
    digest = harness.request("POST", "/digest", body=body).json()
    assert digest == {"size": len(body), "sha256": hashlib.sha256(body).hexdigest()}
    assert harness.request("POST", "/echo", body=body).body == body


def test_a_request_body_given_as_an_iterable_streams_in(harness: PluginHarness) -> None:
    chunks = [b"a" * 100_000, b"b" * 100_000, b"c"]
    digest = harness.request("POST", "/digest", body=iter(chunks)).json()
    assert digest["size"] == 200_001


def test_json_and_forms(harness: PluginHarness) -> None:
    assert harness.request("POST", "/json", json={"a": [1, "ü"]}).json() == {"got": {"a": [1, "ü"]}}


def test_the_body_is_a_file_object() -> None:
    with PluginHarness(web.Web) as harness:
        assert harness.request("POST", "/lines", body=b"one\ntwo\nthree").json() == {"lines": ["one\n", "two\n", "three"]}
        form = harness.request("POST", "/form", body="a=1&a=2&b=%C3%BC", headers={"Content-Type": "application/x-www-form-urlencoded"})
        assert form.json() == {"a": ["1", "2"], "b": ["ü"]}


def test_body_reads_across_chunks() -> None:
    body = Body(iter([b"ab", b"cdef", b"", b"gh"]))
    assert body.read(3) == b"abc"
    assert body.peek() == b"def"
    assert body.read1(10) == b"def"
    assert body.read() == b"gh"
    assert body.read() == b""
    assert Body(b"x\ny\n").readlines() == [b"x\n", b"y\n"]
    assert list(Body(iter([b"1", b"2"])).chunks()) == [b"1", b"2"]


def test_streamed_responses_come_in_chunks_of_at_most_64_kib(harness: PluginHarness) -> None:
    big = harness.request("GET", f"/download?size={5 * CHUNK_SIZE + 10}")
    assert len(big.body) == 5 * CHUNK_SIZE + 10
    from_file = harness.request("GET", "/file")
    assert from_file.body == b"from a file" * 10000


def test_async_iterable_bodies_stream_each_chunk_flushed(serve: Any) -> None:
    stub = serve(web.AsyncWeb())
    frames = list(stub.ServeHTTP(iter([_frame("/events")]), timeout=10))
    assert frames[0].head.status == 200 and frames[0].flush
    events = [frame for frame in frames[1:] if frame.body]
    assert [frame.body for frame in events] == [b"data: 0\n\n", b"data: 1\n\n", b"data: 2\n\n"]
    assert all(frame.flush for frame in events)


def test_a_small_response_is_one_frame(serve: Any) -> None:
    stub = serve(web.Web())
    frames = list(stub.ServeHTTP(iter([_frame("/str")]), timeout=10))
    assert len(frames) == 1 and frames[0].head.status == 200 and frames[0].body == b"hello" and not frames[0].flush


# -- backpressure --------------------------------------------------------------------


def test_a_slow_client_holds_the_plugins_stream_back(serve: Any) -> None:
    """The host reads one frame and stops: the plugin's generator waits instead of producing the whole body."""
    web.PRODUCED.clear()
    stub = serve(web.Web())
    frames = stub.ServeHTTP(iter([_frame("/slow-reader")]), timeout=30)
    next(frames)
    time.sleep(1.0)
    produced = len(web.PRODUCED)
    assert produced < 256, f"the plugin produced {produced} chunks (of 1024) for a client that read one"
    rest = sum(len(frame.body) for frame in frames)
    assert rest + 0 >= 60 * 1024 * 1024


def test_a_slow_plugin_holds_the_host_back(serve: Any) -> None:
    """The handler reads nothing until told to: the host's frames wait, so the body is not buffered in the plugin."""
    sent: list[int] = []
    release = threading.Event()

    class Slow(Plugin):
        def serve_http(self, context: Any, request: Request) -> Any:
            release.wait(10)
            return {"size": len(request.read())}

    def frames() -> Iterator[hooks_pb2.ServeHTTPRequest]:
        yield _frame("/", length=64 * 1024 * 1024)
        for index in range(1024):
            sent.append(index)
            yield hooks_pb2.ServeHTTPRequest(body=b"x" * CHUNK_SIZE, body_end=index == 1023)

    stub = serve(Slow())
    answer: queue.Queue[Any] = queue.Queue()
    threading.Thread(target=lambda: answer.put(list(stub.ServeHTTP(frames(), timeout=30))), daemon=True).start()
    time.sleep(1.0)
    assert len(sent) < 256, f"the host could send {len(sent)} chunks (of 1024) to a plugin that read none"
    release.set()
    assert b'"size":67108864' in answer.get(timeout=30)[0].body


# -- limits and failures -----------------------------------------------------------


def test_a_body_over_the_limit_is_413() -> None:
    with PluginHarness(web.Limited) as harness:
        assert harness.request("POST", "/", body=b"0123456789").json() == {"size": 10}
        announced = harness.request("POST", "/", body=b"01234567890")
        assert (announced.status, announced.body) == (413, b"413 request entity too large\n")
        streamed = harness.request("POST", "/", body=iter([b"012345", b"67890"]))  # no Content-Length: found while reading
        assert streamed.status == 413
        assert harness.request("POST", "/ignore", body=b"x" * 1000).text == "did not read"
        assert any("larger than this plugin accepts (10 bytes); answered 413" in entry.message for entry in harness.logs)


def test_an_exception_is_a_500_for_the_client_and_a_plugin_bug(serve: Any, harness: PluginHarness) -> None:
    with pytest.raises(PluginBug, match=r"serve_http raised KeyError") as raised:
        harness.request("GET", "/fail")
    assert raised.value.plugin_traceback is not None and "web.py" in raised.value.plugin_traceback
    stub = serve(web.Web())
    responses = stub.ServeHTTP(iter([_frame("/fail")]), timeout=10)
    first = next(responses)
    assert (first.head.status, first.body) == (500, b"500 internal server error\n")
    with pytest.raises(grpc.RpcError) as failed:
        next(responses)
    assert failed.value.code() is grpc.StatusCode.INTERNAL
    assert failed.value.details() == "Web.serve_http raised KeyError: 'no such thing'"


def test_an_exception_midway_ends_the_response_where_it_was(serve: Any) -> None:
    stub = serve(web.Web())
    responses = stub.ServeHTTP(iter([_frame("/fail-midway")]), timeout=10)
    received = [next(responses), next(responses)]
    assert received[1].body == b"first part"
    with pytest.raises(grpc.RpcError) as failed:
        next(responses)
    assert failed.value.code() is grpc.StatusCode.INTERNAL
    assert "ValueError: broke midway" in failed.value.details()


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/bad-status", r"returned a Response with status 42; an HTTP status is 100 to 999"),
        ("/bad-chunk", r"returned a body \(list_iterator\) that produced a int; each chunk must be bytes"),
        ("/bad-type", r"returned a float, but ServeHTTP expects Response \| str \| bytes \| dict \| list \| None"),
    ],
)
def test_a_wrong_result_says_what_was_expected(harness: PluginHarness, path: str, message: str) -> None:
    with pytest.raises(PluginBug, match=message):
        harness.request("GET", path)


def test_the_process_keeps_serving_after_failures() -> None:
    with PluginHarness(web.Web, mode="process") as harness:
        for _ in range(3):
            with pytest.raises(PluginBug):
                harness.request("GET", "/fail")
        assert harness.request("GET", "/str").text == "hello"


# -- the client going away -------------------------------------------------------


def test_a_client_going_away_cancels_an_async_handler(serve: Any) -> None:
    web.NOTES.clear()
    web.STARTED.clear()
    stub = serve(web.AsyncWeb())
    call = stub.ServeHTTP(iter([_frame("/sleep")]), timeout=30)
    threading.Thread(target=lambda: list(_quietly(call)), daemon=True).start()
    assert web.STARTED.wait(5)
    call.cancel()
    _wait_for(lambda: web.NOTES.get("cancelled") is True)


def test_a_plain_handler_learns_the_client_went_away(serve: Any) -> None:
    web.NOTES.clear()
    web.STARTED.clear()
    stub = serve(web.Web())
    call = stub.ServeHTTP(iter([_frame("/wait-for-disconnect")]), timeout=30)
    threading.Thread(target=lambda: list(_quietly(call)), daemon=True).start()
    assert web.STARTED.wait(5)
    call.cancel()
    _wait_for(lambda: web.NOTES.get("disconnected") is True)


def test_reading_after_the_client_went_away_raises_client_disconnected(serve: Any) -> None:
    web.NOTES.clear()
    web.STARTED.clear()
    stub = serve(web.Web())
    call = stub.ServeHTTP(_frames_then_wait(_frame("/read-after-disconnect", length=100, end=False)), timeout=30)
    threading.Thread(target=lambda: list(_quietly(call)), daemon=True).start()
    assert web.STARTED.wait(5)
    call.cancel()
    _wait_for(lambda: web.NOTES.get("read") == "ClientDisconnected")


def test_a_streamed_body_is_closed_when_the_client_goes_away(serve: Any) -> None:
    web.NOTES.clear()
    stub = serve(web.Web())
    call = stub.ServeHTTP(iter([_frame("/slow-reader")]), timeout=30)
    assert next(call).head.status == 200
    assert next(call).body  # the generator has started: its finally runs when it is closed
    call.cancel()
    _wait_for(lambda: web.NOTES.get("generator closed") is True)


def test_a_file_body_is_closed_when_the_client_goes_away_after_the_head(serve: Any) -> None:
    """The file is registered for closing before the head is sent, so it is closed even if never read."""
    closed = threading.Event()

    class Tracked(io.BytesIO):
        def close(self) -> None:
            closed.set()
            super().close()

    class Download(Plugin):
        def serve_http(self, context: Any, request: Request) -> Any:
            return Response(Tracked(b"x" * (4 * CHUNK_SIZE)))

    stub = serve(Download())
    call = stub.ServeHTTP(iter([_frame("/")]), timeout=30)
    assert next(call).head.status == 200
    call.cancel()
    assert closed.wait(10)


# -- plain helpers ----------------------------------------------------------------------


def test_headers_compare_names_without_case_and_refuse_line_breaks() -> None:
    headers = Headers({"Content-Type": "text/plain"})
    headers.add("set-cookie", "a=1")
    headers.add("Set-Cookie", "b=2")
    assert headers["content-type"] == "text/plain" and "CONTENT-TYPE" in headers
    assert headers.get_all("SET-COOKIE") == ["a=1", "b=2"] and len(headers) == 2
    headers["Set-Cookie"] = "c=3"
    assert headers.multi_items() == [("Content-Type", "text/plain"), ("Set-Cookie", "c=3")]
    with pytest.raises(ValueError, match="line break"):
        headers["X"] = "a\r\nInjected: yes"
    with pytest.raises(ValueError, match="not a valid header name"):
        Headers({"Bad Name": "x"})


def test_response_helpers() -> None:
    assert Response.json({"ü": 1}).body == '{"ü":1}'.encode()
    assert Response.text("hi", status=201).headers["Content-Type"] == "text/plain; charset=utf-8"
    assert Response(iter([b"x"])).streamed and not Response(b"x").streamed
    from mattermost_plugin import Post

    assert Response.json(Post(id="p1", message="m")).body.startswith(b'{"id":"p1"')


def test_the_harness_result_explains_a_wrong_status() -> None:
    result = HTTPResult(404, (("Content-Type", "text/plain"),), b"not found", call="Web.serve_http")
    with pytest.raises(AssertionError, match="Web.serve_http answered 404 with 9 bytes: 'not found', expected status 200"):
        result.assert_status(200)


# -- helpers ----------------------------------------------------------------------


def _frame(path: str, *, length: int = 0, end: bool = True) -> hooks_pb2.ServeHTTPRequest:
    return hooks_pb2.ServeHTTPRequest(
        context=hooks_pb2.PluginContext(request_id="r1"),
        head=hooks_pb2.HTTPRequestHead(method="GET", raw_path=path, content_length=length),
        body_end=end and not length,
    )


def _frames_then_wait(first: Any) -> Iterator[Any]:
    yield first
    time.sleep(30)


def _quietly(call: Any) -> Iterator[Any]:
    try:
        yield from call
    except grpc.RpcError:
        return


def _wait_for(condition: Any, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


# -- nothing stays behind ---------------------------------------------------------------


def _rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError(f"/proc/{pid}/status has no VmRSS")


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads the process's memory from /proc")
def test_memory_stays_flat_over_10000_requests() -> None:
    """Every kind of request (shorthands, bodies in and out in several frames, streams, ASGI, WSGI) 10,000 times:
    the plugin process's resident memory after them is what it was after a warm-up."""
    calls = [
        lambda harness: harness.request("GET", "/str"),
        lambda harness: harness.request("POST", "/json", json={"a": 1}),
        lambda harness: harness.request("GET", "/events"),
        lambda harness: harness.request("POST", "/digest", body=b"d" * 70_000),
        lambda harness: harness.request("POST", "/asgi/x", body=b"a" * 1_000),
        lambda harness: harness.request("POST", "/wsgi/y", body=b"w" * 1_000),
        lambda harness: harness.request("GET", "/download?size=70000"),
    ]
    with PluginHarness(web.AsyncWeb, mode="process") as harness:
        assert harness.process is not None and harness.process.process is not None
        pid = harness.process.process.pid
        for index in range(700):
            calls[index % len(calls)](harness)
        before = _rss_kib(pid)
        for index in range(10_000):
            calls[index % len(calls)](harness)
        grown = _rss_kib(pid) - before
    assert grown < 4 * 1024, f"the plugin process grew by {grown} KiB over 10,000 requests (from {before} KiB)"


def test_http_requests_in_flight_never_hold_back_the_other_hooks(serve: Any) -> None:
    """Sixty long polls are waiting: a unary hook still answers at once, and so does a new request."""
    from mattermost_plugin.hooks import OnActivate

    release = threading.Event()

    class Polls(Plugin):
        def serve_http(self, context: Any, request: Request) -> Any:
            if request.path == "/poll":
                release.wait(20)
            return "done"

        def on_activate(self) -> None:
            return None

    stub = serve(Polls(), max_workers=4)
    waiting = [stub.ServeHTTP(iter([_frame("/poll")]), timeout=30) for _ in range(60)]
    readers = [threading.Thread(target=lambda call=call: list(_quietly(call)), daemon=True) for call in waiting]
    for reader in readers:
        reader.start()
    time.sleep(0.5)
    assert stub.OnActivate(hooks_pb2.OnActivateRequest(), timeout=5) == hooks_pb2.OnActivateResponse()
    assert [frame.body for frame in stub.ServeHTTP(iter([_frame("/now")]), timeout=5)] == [b"done"]
    release.set()
    for reader in readers:
        reader.join(10)
