"""A plugin whose import fails: the process must stay up and report it through OnActivate."""

import mattermost_plugin_test_missing_dependency  # noqa: F401

from mattermost_plugin import Plugin


class NeverLoaded(Plugin):
    def on_activate(self):
        pass
