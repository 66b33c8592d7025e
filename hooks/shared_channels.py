"""Hooks for a plugin acting as a Shared Channels remote."""

from typing import Any, Optional

from mattermost_plugin._hook import ErrorHook, Param, ValueHook
from mattermost_plugin.models import FileInfo, Post, RemoteCluster, SyncMsg, SyncResponse, User


class OnSharedChannelsSyncMsg(ValueHook):
    """A batch of updates for one shared channel; the SyncResponse moves the sync cursors."""

    id = 40
    since = "9.5"
    context = False
    params = (Param("msg", SyncMsg), Param("remote_cluster", RemoteCluster))
    returns = SyncResponse
    result_field = "response"
    returns_error = True
    go_result = ("model.SyncResponse", "error")
    meanings = {
        "SyncResponse": "how far the sync got; its cursors tell Shared Channels where to resume",
        "None": "an empty SyncResponse",
    }

    @classmethod
    def result_type(cls) -> Any:
        return Optional[SyncResponse]

    @classmethod
    def coerce(cls, value: Any) -> Any:
        return SyncResponse() if value is None else value


class OnSharedChannelsPing(ValueHook):
    """Health check: return False when the plugin or its upstream service has a problem."""

    id = 41
    since = "9.5"
    context = False
    params = (Param("remote_cluster", RemoteCluster),)
    returns = bool
    result_field = "healthy"
    meanings = {"bool": "True when the plugin and its upstream service are healthy, False when not"}


class OnSharedChannelsAttachmentSyncMsg(ErrorHook):
    """One file attachment to synchronise; the cursor advances when no error is raised."""

    id = 43
    since = "9.5"
    context = False
    params = (Param("file_info", FileInfo), Param("post", Post), Param("remote_cluster", RemoteCluster))


class OnSharedChannelsProfileImageSyncMsg(ErrorHook):
    """One user's profile image to synchronise; the cursor advances when no error is raised."""

    id = 44
    since = "9.5"
    context = False
    params = (Param("user", User), Param("remote_cluster", RemoteCluster))
