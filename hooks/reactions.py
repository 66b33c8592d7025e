"""Hooks on emoji reactions."""

from mattermost_plugin._hook import Param, VoidHook
from mattermost_plugin.models import Reaction


class ReactionHasBeenAdded(VoidHook):
    """After a reaction is stored, including reactions plugins add."""

    id = 18
    since = "5.30"
    params = (Param("reaction", Reaction),)


class ReactionHasBeenRemoved(VoidHook):
    """After a reaction's removal is stored."""

    id = 19
    since = "5.30"
    params = (Param("reaction", Reaction),)
