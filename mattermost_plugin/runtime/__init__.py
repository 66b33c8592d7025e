"""The plugin process: speak hashicorp/go-plugin's protocol exactly as Mattermost launches plugins.

Two ways to start a plugin process:

- ``python -m mattermost_plugin serve path/to/plugin.py[:ClassName]`` (or
  ``mattermost-plugin serve ...``), which the Go bridge of a bundle
  (``mattermost-plugin bundle``) runs on the server;
- :func:`run` at the bottom of a plugin file that is itself the executable
  (for go-plugin hosts that start it directly).

Both print go-plugin's handshake, serve the hooks over gRPC, and exit when the
server stops the plugin. Plugin code reaches services the server offers
through the broker returned by :func:`current_broker`.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from mattermost_plugin._exceptions import BrokerError
from mattermost_plugin.runtime.broker import Broker
from mattermost_plugin.runtime.process import current_broker, serve, serving

if TYPE_CHECKING:
    from mattermost_plugin._plugin import Plugin


def run(plugin_class: type[Plugin]) -> None:
    """Serve ``plugin_class`` to the Mattermost server that started this process, then exit.

    Put it at the bottom of a plugin file used directly as the manifest's
    server executable::

        if __name__ == "__main__":
            mattermost_plugin.run(MyPlugin)

    The process exits with status 0 when the server stops the plugin, and with
    status 1 (and a message saying how to try the plugin locally) when it was
    not started by a Mattermost server. When the file is being loaded by
    ``mattermost-plugin serve``, which serves the class itself, ``run`` does
    nothing and returns.
    """
    from mattermost_plugin._plugin import Plugin

    if not (isinstance(plugin_class, type) and issubclass(plugin_class, Plugin)):
        raise TypeError(f"run() takes a subclass of mattermost_plugin.Plugin, got {plugin_class!r}")
    if serving():
        return
    sys.exit(serve(plugin_class))


__all__ = ["Broker", "BrokerError", "current_broker", "run", "serve"]
