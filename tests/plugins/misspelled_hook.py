"""A plugin whose class definition is rejected (a near-miss hook name raises PluginDefinitionError)."""

from mattermost_plugin import Plugin


class Misspelled(Plugin):
    def on_activte(self):
        pass
