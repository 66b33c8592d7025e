"""File hooks: download type and public links."""

from __future__ import annotations

from typing import Any

from hookcalls import build_request, call, plugin_for, sample
from mattermost_plugin import FileInfo
from mattermost_plugin.hooks import FileWillBeDownloaded


def test_file_download_hook_sees_the_download_type_and_public_access(serve: Any) -> None:
    def guard(self: Any, context: Any, file_info: FileInfo, user_id: str, download_type: str) -> str:
        return "public links are off" if download_type == "public" and not user_id else ""

    stub = serve(plugin_for(FileWillBeDownloaded, guard))
    public = build_request(FileWillBeDownloaded, {"file_info": sample(FileInfo), "user_id": "", "download_type": "public"})
    private = build_request(FileWillBeDownloaded, {"file_info": sample(FileInfo), "user_id": "u1", "download_type": "file"})
    assert call(stub, FileWillBeDownloaded, public).rejection == "public links are off"
    assert call(stub, FileWillBeDownloaded, private).rejection == ""
