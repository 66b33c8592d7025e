"""Cluster events with JSON data: what one node of a High Availability cluster tells the others.

In an HA cluster each node runs its own copy of the plugin. A copy that changes
something the others keep in memory tells them with a cluster event; each other
copy receives it in ``on_plugin_cluster_event``::

    from mattermost_plugin.api import cluster_event_data, publish_cluster_event

    def _forget(self, key):
        self.cache.pop(key, None)
        publish_cluster_event(self.api, "cache.forget", {"key": key})

    def on_plugin_cluster_event(self, context, event):
        if event.id == "cache.forget":
            self.cache.pop(cluster_event_data(event)["key"], None)

The node that publishes does not receive its own event; on a server that is not
a cluster, publishing does nothing.
"""

from __future__ import annotations

from typing import Any

import orjson

from mattermost_plugin.api._async import AsyncAPI
from mattermost_plugin.api._convert import _default
from mattermost_plugin.api._sync import API
from mattermost_plugin.models import PluginClusterEvent, PluginClusterEventSendOptions
from mattermost_plugin.models._json import loads

__all__ = ["BEST_EFFORT", "RELIABLE", "cluster_event_data", "publish_cluster_event", "publish_cluster_event_async"]

RELIABLE = "reliable"
"""Send type: delivered even when the nodes' connection hiccups (Mattermost retries)."""

BEST_EFFORT = "best_effort"
"""Send type: sent once; cheaper, and may be lost."""


def publish_cluster_event(api: API, event_id: str, data: Any = None, *, best_effort: bool = False, node: str = "") -> None:
    """Send the event ``event_id`` with ``data`` (any JSON-serialisable value) to the plugin on
    every other node (only ``node``, a cluster node id, when given)."""
    api.publish_plugin_cluster_event(*_event(event_id, data, best_effort, node))


async def publish_cluster_event_async(api: AsyncAPI, event_id: str, data: Any = None, *, best_effort: bool = False, node: str = "") -> None:
    """:func:`publish_cluster_event` for ``async def`` hooks (``self.async_api``)."""
    await api.publish_plugin_cluster_event(*_event(event_id, data, best_effort, node))


def cluster_event_data(event: PluginClusterEvent) -> Any:
    """The JSON data of an event :func:`publish_cluster_event` sent (None when it carried none)."""
    if not event.data:
        return None
    try:
        return loads(event.data)
    except ValueError:
        raise ValueError(f"cluster event {event.id!r}: its data is not JSON ({event.data[:40]!r}); read event.data") from None


def _event(event_id: str, data: Any, best_effort: bool, node: str) -> tuple[PluginClusterEvent, PluginClusterEventSendOptions]:
    if not isinstance(event_id, str) or not event_id:
        raise ValueError(f"publish_cluster_event: the event id must be a non-empty str, got {event_id!r}")
    try:
        payload = b"" if data is None else orjson.dumps(data, default=_default, option=orjson.OPT_PASSTHROUGH_DATACLASS)
    except (TypeError, orjson.JSONEncodeError) as error:
        raise TypeError(f"publish_cluster_event({event_id!r}): the data cannot be sent as JSON: {error}") from None
    return (
        PluginClusterEvent(id=event_id, data=payload),
        PluginClusterEventSendOptions(send_type=BEST_EFFORT if best_effort else RELIABLE, target_id=node),
    )
