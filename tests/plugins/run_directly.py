"""A plugin file used directly as the server executable: it calls run() itself."""

from mattermost_plugin import Plugin
from mattermost_plugin.runtime import run


class DirectPlugin(Plugin):
    def on_activate(self):
        self.logger.info("direct plugin activated")


if __name__ == "__main__":
    run(DirectPlugin)
