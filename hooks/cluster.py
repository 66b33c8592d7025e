"""Hooks between copies of the plugin on the nodes of a high-availability cluster."""

from mattermost_plugin._hook import Param, VoidHook
from mattermost_plugin.models import PluginClusterEvent


class OnPluginClusterEvent(VoidHook):
    """An event another node's copy of this plugin sent with PublishPluginClusterEvent."""

    id = 20
    since = "5.36"
    params = (Param("event", PluginClusterEvent, nullable=False),)
