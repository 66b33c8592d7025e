"""File models: :class:`FileInfo` (an uploaded file's metadata) and :class:`FileData`
(a named file body, as in support packets).

Go's ``json:"-"`` fields of ``model.FileInfo`` (Path, ThumbnailPath, PreviewPath,
Content) are not part of the JSON and are left out.
"""

from typing import Optional

from ._base import Model, go, model

__all__ = ["FileInfo", "FileData"]


@model
class FileInfo(Model):
    """Metadata of a file uploaded to Mattermost (``model.FileInfo``)."""

    id: str = ""
    #: The uploader (Go ``CreatorId``; the JSON key is ``user_id``).
    user_id: str = ""
    post_id: str = go(default="", omitempty=True)
    channel_id: str = ""
    create_at: int = 0
    update_at: int = 0
    delete_at: int = 0
    name: str = ""
    extension: str = ""
    size: int = 0
    mime_type: str = ""
    width: int = go(default=0, omitempty=True)
    height: int = go(default=0, omitempty=True)
    has_preview_image: bool = go(default=False, omitempty=True)
    #: A small preview image (Go ``*[]byte``; base64 in JSON).
    mini_preview: Optional[bytes] = None
    remote_id: Optional[str] = None
    archived: bool = False


@model
class FileData(Model):
    """A file name and its contents (``model.FileData``, e.g. a support packet file).

    Go declares no json tags, so the JSON keys are ``Filename`` and ``Body`` (base64)."""

    filename: str = go(default="", json="Filename")
    body: bytes = go(default=b"", json="Body")
