"""Write Mattermost server plugins in Python.

Subclass :class:`Plugin`, define snake_case methods named after Mattermost's
hooks, and serve the class with ``mattermost-plugin serve`` or
:func:`mattermost_plugin.run`.

The names below are imported on first use, so that a plugin process can print
its go-plugin handshake before loading gRPC, the models and the author's code
(Mattermost gives a plugin 3 seconds to do so).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "Context": "mattermost_plugin._context",
    "DISMISS_POST": "mattermost_plugin._plugin",
    "Plugin": "mattermost_plugin._plugin",
    "PluginDefinitionError": "mattermost_plugin._exceptions",
    "PluginError": "mattermost_plugin._exceptions",
    "run": "mattermost_plugin.runtime",
}

if TYPE_CHECKING:
    from mattermost_plugin._context import Context
    from mattermost_plugin._exceptions import PluginDefinitionError, PluginError
    from mattermost_plugin._plugin import DISMISS_POST, Plugin
    from mattermost_plugin.models import *  # noqa: F403
    from mattermost_plugin.runtime import run


def __getattr__(name: str) -> Any:
    """Import an exported name on first use (PEP 562)."""
    if name in _EXPORTS:
        value = getattr(importlib.import_module(_EXPORTS[name]), name)
    elif name == "__all__":
        value = sorted(_EXPORTS) + ["__version__"] + list(importlib.import_module("mattermost_plugin.models").__all__)
    else:
        models = importlib.import_module("mattermost_plugin.models")
        if name not in models.__all__:
            raise AttributeError(f"module 'mattermost_plugin' has no attribute {name!r}")
        value = getattr(models, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__getattr__("__all__"))
