"""Slash command models: :class:`CommandArgs` (what the user typed, and where) and
:class:`CommandResponse` (the reply).

``CommandResponse.attachments`` (Slack-style message attachments) and ``props`` are kept
verbatim.  ``CommandArgs.site_url`` is ``json:"-"`` in Go: it is never read from or
written to JSON; the hook request carries it separately.  Go's other ``json:"-"`` fields
(T, UserMentions, ChannelMentions) are left out.
"""

from typing import Any, List, Optional

from ._base import Model, go, model

__all__ = [
    "CommandArgs",
    "CommandResponse",
    "COMMAND_RESPONSE_IN_CHANNEL",
    "COMMAND_RESPONSE_EPHEMERAL",
]

#: ``CommandResponse.response_type``: a post everyone in the channel sees.
COMMAND_RESPONSE_IN_CHANNEL = "in_channel"
#: ``CommandResponse.response_type``: a reply only the user who ran the command sees.
COMMAND_RESPONSE_EPHEMERAL = "ephemeral"


@model
class CommandArgs(Model):
    """A slash command invocation: the command line and where it was typed
    (``model.CommandArgs``)."""

    user_id: str = ""
    channel_id: str = ""
    team_id: str = ""
    root_id: str = ""
    parent_id: str = ""
    trigger_id: str = go(default="", omitempty=True)
    connection_id: str = go(default="", omitempty=True)
    command: str = ""
    #: The server's site URL (Go ``SiteURL``, ``json:"-"``): filled in by the hook from a
    #: separate request field, never part of the JSON.
    site_url: str = go(default="", hidden=True)


@model
class CommandResponse(Model):
    """The reply to a slash command (``model.CommandResponse``)."""

    #: "in_channel" or "ephemeral".
    response_type: str = ""
    text: str = ""
    username: str = ""
    channel_id: str = ""
    icon_url: str = ""
    type: str = ""
    props: Optional[dict[str, Any]] = None
    goto_location: str = ""
    trigger_id: str = ""
    skip_slack_parsing: bool = False
    #: Slack-style message attachments, verbatim (``[]*MessageAttachment``).
    attachments: Optional[list[Any]] = None
    # typing.List: Python 3.10 does not resolve a string forward reference inside list[...]
    extra_responses: Optional[List["CommandResponse"]] = None
