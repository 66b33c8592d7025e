"""Shared Channels hooks: sync responses, pings and per-item errors."""

from __future__ import annotations

from typing import Any

from hookcalls import build_request, call, plugin_for, sample, sample_arguments
from mattermost_plugin import RemoteCluster, SyncResponse
from mattermost_plugin.hooks import OnSharedChannelsPing, OnSharedChannelsSyncMsg
from mattermost_plugin.models import decode


def test_sync_msg_returns_the_sync_response(serve: Any) -> None:
    answer = SyncResponse(posts_last_update_at=1700000000123, post_errors=["p9"])
    results = iter([answer, None])
    stub = serve(plugin_for(OnSharedChannelsSyncMsg, lambda self, msg, remote_cluster: next(results)))
    request = build_request(OnSharedChannelsSyncMsg, sample_arguments(OnSharedChannelsSyncMsg))

    assert decode(SyncResponse, call(stub, OnSharedChannelsSyncMsg, request).response) == answer
    assert decode(SyncResponse, call(stub, OnSharedChannelsSyncMsg, request).response) == SyncResponse()


def test_ping_reports_health(serve: Any) -> None:
    stub = serve(plugin_for(OnSharedChannelsPing, lambda self, remote_cluster: remote_cluster.name != "down"))
    healthy = sample(RemoteCluster)
    down = sample(RemoteCluster)
    down.name = "down"
    assert call(stub, OnSharedChannelsPing, build_request(OnSharedChannelsPing, {"remote_cluster": healthy})).healthy is True
    assert call(stub, OnSharedChannelsPing, build_request(OnSharedChannelsPing, {"remote_cluster": down})).healthy is False
