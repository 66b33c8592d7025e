"""Hooks around file uploads and downloads."""

from mattermost_plugin._hook import Param, RejectHook, StreamHook
from mattermost_plugin.models import FileInfo


class FileWillBeUploaded(StreamHook):
    """Before an uploaded file is stored: read it, replace it or reject it."""

    id = 14
    since = "5.2"


class FileWillBeDownloaded(RejectHook):
    """Before a file, thumbnail, preview or public link is served; return a reason to block it.

    ``user_id`` is empty for public-link access; ``download_type`` is one of
    "file", "thumbnail", "preview", "public".
    """

    id = 48
    since = "11.5"
    params = (Param("file_info", FileInfo), Param("user_id", str), Param("download_type", str, go="model.FileDownloadType"))
