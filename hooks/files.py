"""Hooks around file uploads and downloads."""

from mattermost_plugin._hook import Param, RejectHook, UploadHook
from mattermost_plugin.http import Body
from mattermost_plugin.models import FileInfo


class FileWillBeUploaded(UploadHook):
    """Before an uploaded file is stored: read it as a stream; replace it, replace its FileInfo, or reject it.

    ``file`` is the upload's bytes as a binary stream (``file.read()``,
    ``for chunk in file.chunks()``, ``await file.aread()``).
    """

    id = 14
    since = "5.2"
    params = (
        Param("file_info", FileInfo),
        Param("file", Body, go="io.Reader", host="Union[bytes, BinaryIO, Iterable[bytes], Body]"),
    )


class FileWillBeDownloaded(RejectHook):
    """Before a file, thumbnail, preview or public link is served; return a reason to block it.

    ``user_id`` is empty for public-link access; ``download_type`` is one of
    "file", "thumbnail", "preview", "public".
    """

    id = 48
    since = "11.5"
    params = (Param("file_info", FileInfo), Param("user_id", str), Param("download_type", str, go="model.FileDownloadType"))
