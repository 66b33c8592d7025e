"""Write Mattermost server plugins in Python.

Subclass :class:`Plugin`, define snake_case methods named after Mattermost's
hooks, and serve the class with ``mattermost-plugin serve`` or
:func:`mattermost_plugin.run`. The models (``Post``, ``User``, ...) are
importable from here too; the JSON codec functions live in
``mattermost_plugin.models``.

The names below are imported on first use, so that a plugin process can print
its go-plugin handshake before loading gRPC, the models and the author's code
(Mattermost gives a plugin 3 seconds to do so).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "ApiError": "mattermost_plugin._exceptions",
    "ApiTimeout": "mattermost_plugin._exceptions",
    "ApiUnavailable": "mattermost_plugin._exceptions",
    "Context": "mattermost_plugin._context",
    "DISMISS_POST": "mattermost_plugin._hook",
    "MattermostPluginError": "mattermost_plugin._exceptions",
    "Plugin": "mattermost_plugin._plugin",
    "PluginDefinitionError": "mattermost_plugin._exceptions",
    "PluginError": "mattermost_plugin._exceptions",
    "run": "mattermost_plugin.runtime",
}

_MODELS = (
    "AssertionInfo",
    "CHANNEL_DIRECT",
    "CHANNEL_GROUP",
    "CHANNEL_OPEN",
    "CHANNEL_PRIVATE",
    "COMMAND_RESPONSE_EPHEMERAL",
    "COMMAND_RESPONSE_IN_CHANNEL",
    "Channel",
    "ChannelBannerInfo",
    "ChannelMember",
    "CommandArgs",
    "CommandResponse",
    "Config",
    "ConfigSection",
    "Draft",
    "EmailNotification",
    "EmailNotificationContent",
    "FileData",
    "FileInfo",
    "FilesLimits",
    "MembershipChangeMsg",
    "MessagesLimits",
    "Model",
    "OnInstallEvent",
    "POST_TYPE_DEFAULT",
    "POST_TYPE_EPHEMERAL",
    "PluginClusterEvent",
    "Post",
    "PostAcknowledgement",
    "PostMetadata",
    "Preference",
    "ProductLimits",
    "ProxyRestriction",
    "PushNotification",
    "RawJSON",
    "Reaction",
    "RemoteCluster",
    "ScheduledPost",
    "Status",
    "SyncMsg",
    "SyncResponse",
    "TeamMember",
    "TeamsLimits",
    "User",
    "WarningInfo",
    "WebSocketRequest",
)
"""The hand-written models re-exported from ``mattermost_plugin.models``."""

from mattermost_plugin._model_names import NAMES as _GENERATED_MODELS  # noqa: E402 - a tuple of names

__all__ = sorted(_EXPORTS) + list(_MODELS) + list(_GENERATED_MODELS) + ["__version__"]

if TYPE_CHECKING:
    from mattermost_plugin._context import Context
    from mattermost_plugin._exceptions import (
        ApiError,
        ApiTimeout,
        ApiUnavailable,
        MattermostPluginError,
        PluginDefinitionError,
        PluginError,
    )
    from mattermost_plugin._hook import DISMISS_POST
    from mattermost_plugin._plugin import Plugin
    from mattermost_plugin.models import *  # noqa: F403
    from mattermost_plugin.runtime import run


def __getattr__(name: str) -> Any:
    """Import an exported name on first use (PEP 562)."""
    if name in _EXPORTS:
        value = getattr(importlib.import_module(_EXPORTS[name]), name)
    elif name in _MODELS or name in _GENERATED_MODELS:
        value = getattr(importlib.import_module("mattermost_plugin.models"), name)
    else:
        raise AttributeError(f"module 'mattermost_plugin' has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
