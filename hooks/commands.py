"""Slash commands."""

from typing import Any, Optional, Union

from mattermost_plugin._hook import Param, ValueHook
from mattermost_plugin.models import CommandArgs, CommandResponse


class ExecuteCommand(ValueHook):
    """Runs a slash command the plugin registered; return the reply (a str is an ephemeral reply)."""

    id = 4
    since = "5.2"
    params = (Param("args", CommandArgs, fill=("site_url",)),)
    returns = CommandResponse
    result_field = "response"
    returns_error = True
    go_result = ("*model.CommandResponse", "*model.AppError")
    meanings = {
        "CommandResponse": 'the reply: `response_type="in_channel"` posts it for everyone in the channel, '
        '`"ephemeral"` shows it only to the user who ran the command',
        "str": "shorthand for an ephemeral reply with that text",
        "None": "an empty response (nothing is shown)",
    }

    @classmethod
    def result_type(cls) -> Any:
        return Optional[Union[CommandResponse, str]]

    @classmethod
    def coerce(cls, value: Any) -> Any:
        if value is None:
            return CommandResponse()
        if isinstance(value, str):
            return CommandResponse(response_type="ephemeral", text=value)
        return value
