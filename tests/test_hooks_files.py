"""File hooks: download type and public links; uploads read, replaced and rejected as streams."""

from __future__ import annotations

import io
import queue
from typing import Any, AsyncIterator, Iterator

import grpc
import pytest

from hookcalls import build_request, call, plugin_for, sample
from mattermost_plugin import Context, FileInfo, Plugin
from mattermost_plugin.hooks import FileWillBeDownloaded
from mattermost_plugin.http import Body
from mattermost_plugin.models import encode
from mattermost_plugin.protocol import hooks_pb2
from mattermost_plugin.testing import Allowed, PluginBug, PluginHarness, Rejected, ReplacedFile


def test_file_download_hook_sees_the_download_type_and_public_access(serve: Any) -> None:
    def guard(self: Any, context: Any, file_info: FileInfo, user_id: str, download_type: str) -> str:
        return "public links are off" if download_type == "public" and not user_id else ""

    stub = serve(plugin_for(FileWillBeDownloaded, guard))
    public = build_request(FileWillBeDownloaded, {"file_info": sample(FileInfo), "user_id": "", "download_type": "public"})
    private = build_request(FileWillBeDownloaded, {"file_info": sample(FileInfo), "user_id": "u1", "download_type": "file"})
    assert call(stub, FileWillBeDownloaded, public).rejection == "public links are off"
    assert call(stub, FileWillBeDownloaded, private).rejection == ""


# -- FileWillBeUploaded: the upload streams in, a replacement streams out ---------------


class Uploads(Plugin):
    max_upload_size = 1_000_000

    def file_will_be_uploaded(self, context: Context, file_info: FileInfo, file: Body) -> Any:
        name = file_info.name
        if name == "virus.exe":
            return "executables are not allowed"
        if name == "shout.txt":
            return (chunk.upper() for chunk in file.chunks())
        if name == "rename.txt":
            file_info.name = "renamed.txt"
            return file_info
        if name == "pair.txt":
            return None, "rejected the Go way"
        if name == "both.txt":
            file_info.mime_type = "text/plain"
            return file_info, io.BytesIO(b"new contents")
        if name == "whole.bin":
            return {"not": "allowed"}
        if name == "half.txt":
            return self._half(file)
        if name == "count.bin":
            CHECKED.append(sum(len(chunk) for chunk in file.chunks()))
        return None

    def _half(self, file: Body) -> Iterator[bytes]:
        yield file.read(10)
        raise OSError("disk full")


class AsyncUploads(Plugin):
    async def file_will_be_uploaded(self, context: Context, file_info: FileInfo, file: Body) -> Any:
        if file_info.name == "async.txt":
            return self._reversed(await file.aread())
        return None

    async def _reversed(self, data: bytes) -> AsyncIterator[bytes]:
        yield data[::-1]


CHECKED: list[int] = []


def test_an_upload_is_rejected_replaced_renamed_or_let_through() -> None:
    with PluginHarness(Uploads) as harness:
        assert harness.file_will_be_uploaded(FileInfo(name="virus.exe"), b"MZ") == Rejected("executables are not allowed")
        assert harness.file_will_be_uploaded(FileInfo(name="pair.txt"), b"x") == Rejected("rejected the Go way")
        big = b"quiet words " * 50_000
        shouted = harness.file_will_be_uploaded(FileInfo(name="shout.txt"), big).assert_replaced()
        assert shouted == ReplacedFile(None, big.upper())
        renamed = harness.file_will_be_uploaded(FileInfo(id="f1", name="rename.txt", size=3), b"abc").assert_replaced()
        assert renamed.file_info is not None and (renamed.file_info.id, renamed.file_info.name) == ("f1", "renamed.txt")
        assert renamed.data is None
        both = harness.file_will_be_uploaded(FileInfo(name="both.txt"), b"old").assert_replaced()
        assert both.data == b"new contents" and both.file_info.mime_type == "text/plain"
        CHECKED.clear()
        assert harness.file_will_be_uploaded(FileInfo(name="count.bin", size=300_000), iter([b"a" * 100_000] * 3)) == Allowed()
        assert CHECKED == [300_000]


def test_an_upload_over_the_limit_is_rejected() -> None:
    with PluginHarness(Uploads) as harness:
        outcome = harness.file_will_be_uploaded(FileInfo(name="count.bin", size=2_000_000), b"z" * 2_000_000)
        assert outcome == Rejected("the upload is larger than this plugin accepts (1000000 bytes)")


def test_an_async_upload_hook_reads_and_replaces_without_blocking_its_loop() -> None:
    with PluginHarness(AsyncUploads) as harness:
        assert harness.file_will_be_uploaded(FileInfo(name="async.txt"), b"abc").assert_replaced() == ReplacedFile(None, b"cba")
        assert harness.file_will_be_uploaded(FileInfo(name="other.txt"), b"abc") == Allowed()


def test_a_wrong_result_or_a_failure_midway_is_a_plugin_bug(serve: Any) -> None:
    with PluginHarness(Uploads) as harness:
        with pytest.raises(PluginBug, match=r"returned a dict, but FileWillBeUploaded expects str \| FileInfo \| bytes"):
            harness.file_will_be_uploaded(FileInfo(name="whole.bin"), b"x")
    stub = serve(Uploads())
    first = hooks_pb2.FileWillBeUploadedRequest(
        context=hooks_pb2.PluginContext(request_id="r"), file_info=encode(FileInfo(name="half.txt")), data=b"0123456789abc", data_end=True
    )
    frames = stub.FileWillBeUploaded(iter([first]), timeout=10)
    assert next(frames).data == b"0123456789"
    with pytest.raises(grpc.RpcError) as failed:
        next(frames)
    assert failed.value.code() is grpc.StatusCode.INTERNAL
    assert failed.value.details() == "Uploads.file_will_be_uploaded raised OSError: disk full"


def test_a_replacement_streams_out_while_the_upload_streams_in(serve: Any) -> None:
    """The first replaced chunk comes back before the host has sent the rest of the upload."""
    stub = serve(Uploads())
    outgoing: queue.Queue[Any] = queue.Queue()
    outgoing.put(
        hooks_pb2.FileWillBeUploadedRequest(
            context=hooks_pb2.PluginContext(request_id="r"), file_info=encode(FileInfo(name="shout.txt")), data=b"first "
        )
    )
    frames = stub.FileWillBeUploaded(iter(outgoing.get, None), timeout=10)
    assert next(frames).data == b"FIRST "
    outgoing.put(hooks_pb2.FileWillBeUploadedRequest(data=b"second", data_end=True))
    outgoing.put(None)
    assert [frame.data for frame in frames] == [b"SECOND"]
