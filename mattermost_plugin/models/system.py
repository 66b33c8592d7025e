"""System-level models: :class:`WebSocketRequest`, :class:`PluginClusterEvent`,
:class:`OnInstallEvent` and :class:`ProductLimits` (with :class:`FilesLimits`,
:class:`MessagesLimits`, :class:`TeamsLimits`).

``WebSocketRequest.data`` is kept verbatim.  ``PluginClusterEvent`` and
``OnInstallEvent`` have no json tags in Go: their JSON keys are the Go field names
(``Id``, ``Data``, ``UserId``); ``Data`` is base64.
"""

from typing import Any, Optional

from ._base import Model, go, model

__all__ = [
    "WebSocketRequest",
    "PluginClusterEvent",
    "OnInstallEvent",
    "ProductLimits",
    "FilesLimits",
    "MessagesLimits",
    "TeamsLimits",
]


@model
class WebSocketRequest(Model):
    """A message a client sent over its websocket to the server
    (``model.WebSocketRequest``; the server-side ``json:"-"`` fields are left out)."""

    seq: int = 0
    action: str = ""
    data: Optional[dict[str, Any]] = None


@model
class PluginClusterEvent(Model):
    """An event one plugin instance sends to its peers on other cluster nodes
    (``model.PluginClusterEvent``)."""

    id: str = go(default="", json="Id")
    data: bytes = go(default=b"", json="Data")


@model
class OnInstallEvent(Model):
    """Who installed the plugin (``model.OnInstallEvent``)."""

    user_id: str = go(default="", json="UserId")


@model
class FilesLimits(Model):
    """File storage limit of a cloud workspace, in bytes (``model.FilesLimits``)."""

    total_storage: Optional[int] = None


@model
class MessagesLimits(Model):
    """Message history limit of a cloud workspace (``model.MessagesLimits``)."""

    history: Optional[int] = None


@model
class TeamsLimits(Model):
    """Active team limit of a cloud workspace (``model.TeamsLimits``)."""

    active: Optional[int] = None


@model
class ProductLimits(Model):
    """The limits of a cloud workspace's subscription (``model.ProductLimits``)."""

    files: Optional[FilesLimits] = go(default=None, omitempty=True)
    messages: Optional[MessagesLimits] = go(default=None, omitempty=True)
    teams: Optional[TeamsLimits] = go(default=None, omitempty=True)
