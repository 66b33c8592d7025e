"""Write Mattermost server plugins in Python.

Subclass :class:`Plugin`, define snake_case methods named after Mattermost's
hooks, and serve the class with ``mattermost-plugin serve`` or
:func:`mattermost_plugin.run`.
"""

from mattermost_plugin._context import Context
from mattermost_plugin._errors import PluginDefinitionError, PluginError
from mattermost_plugin._plugin import DISMISS_POST, Plugin
from mattermost_plugin.models import *  # noqa: F403
from mattermost_plugin.models import __all__ as _models

__version__ = "0.1.0"

__all__ = [
    "DISMISS_POST",
    "Context",
    "Plugin",
    "PluginDefinitionError",
    "PluginError",
    "__version__",
    *_models,
]
