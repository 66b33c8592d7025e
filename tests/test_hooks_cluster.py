"""Cluster hooks: the event keyed by Go field names, with bytes data."""

from __future__ import annotations

from typing import Any

from hookcalls import build_request, call, plugin_for, sample
from mattermost_plugin import PluginClusterEvent
from mattermost_plugin.hooks import OnPluginClusterEvent


def test_cluster_event_data_arrives_as_bytes(serve: Any) -> None:
    seen: list[PluginClusterEvent] = []
    stub = serve(plugin_for(OnPluginClusterEvent, lambda self, context, event: seen.append(event)))
    call(stub, OnPluginClusterEvent, build_request(OnPluginClusterEvent, {"event": sample(PluginClusterEvent)}))
    assert (seen[0].id, seen[0].data) == ("event-1", b"hello")
