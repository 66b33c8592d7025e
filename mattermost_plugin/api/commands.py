"""Slash commands with autocomplete, built right: ``slash_command`` and its parts.

A plugin registers its commands in ``on_activate``; Mattermost then calls its
``execute_command`` hook when someone runs one, and shows the autocomplete
(sub-commands, arguments, hints) as they type::

    from mattermost_plugin.api import list_argument, slash_command, subcommand, text_argument

    ROLL = slash_command(
        "roll", "Roll dice", hint="[dice]", display_name="Dice roller",
        arguments=[text_argument("Which dice, like 2d6", hint="2d6", pattern=r"^\\d*d\\d+$")],
    )
    POLL = slash_command(
        "poll", "Run a poll",
        subcommands=[
            subcommand("start", "Start a poll", arguments=[text_argument("The question")]),
            subcommand("close", "Close the poll", arguments=[list_argument("Show results?", ["yes", "no"])]),
            subcommand("reset", "Forget every poll", admin_only=True),
        ],
    )

    def on_activate(self):
        self.api.register_command(ROLL)

The builders check what Mattermost checks when the command is registered
(``model.AutocompleteData.IsValid``), and raise ``ValueError`` naming the
problem at once, instead of ``register_command`` failing later with
"invalid autocomplete data".
"""

from __future__ import annotations

import re
from typing import Any, Sequence, Union

from mattermost_plugin.models import AutocompleteArg, AutocompleteData, Command

__all__ = ["autocomplete_problem", "dynamic_argument", "list_argument", "slash_command", "subcommand", "text_argument"]

TRIGGER_MAX_LENGTH = 128
"""The longest trigger Mattermost takes (``model.MaxTriggerLength``)."""

USER_ROLE = "system_user"
ADMIN_ROLE = "system_admin"

_TRIGGER = re.compile(r"^[^\s/][^\s]*$")

ListItem = Union[str, tuple[str, str], tuple[str, str, str]]
"""A choice of :func:`list_argument`: the item, or (item, help text), or (item, hint, help text)."""


def slash_command(
    trigger: str,
    description: str = "",
    *,
    hint: str = "",
    display_name: str = "",
    subcommands: Sequence[AutocompleteData] = (),
    arguments: Sequence[AutocompleteArg] = (),
    team_id: str = "",
    icon_data: str = "",
) -> Command:
    """A :class:`~mattermost_plugin.models.Command` for ``register_command``, with autocomplete on.

    ``trigger`` is the word after the slash (``"roll"``), ``description`` what the
    autocomplete shows, ``hint`` the arguments' shape (``"[dice]"``). Give either
    ``subcommands`` (from :func:`subcommand`) or ``arguments`` (from the
    ``*_argument`` functions), not both. ``team_id`` limits the command to one team
    (default: every team). ``icon_data`` is an SVG icon, base64-encoded.
    """
    _check_trigger(trigger, "slash_command")
    data = subcommand(trigger, description, hint=hint, subcommands=subcommands, arguments=arguments)
    return Command(
        trigger=trigger,
        team_id=team_id,
        auto_complete=True,
        auto_complete_desc=description,
        auto_complete_hint=hint,
        display_name=display_name,
        description=description,
        autocomplete_data=data,
        autocomplete_icon_data=icon_data,
    )


def subcommand(
    trigger: str,
    help_text: str = "",
    *,
    hint: str = "",
    subcommands: Sequence[AutocompleteData] = (),
    arguments: Sequence[AutocompleteArg] = (),
    admin_only: bool = False,
) -> AutocompleteData:
    """One word of a command (``/poll start``) with its own sub-commands or arguments.
    ``admin_only`` shows it only to system admins."""
    _check_trigger(trigger, "subcommand")
    data = AutocompleteData(
        trigger=trigger,
        hint=hint,
        help_text=help_text,
        role_id=ADMIN_ROLE if admin_only else USER_ROLE,
        arguments=list(arguments),
        sub_commands=list(subcommands),
    )
    problem = autocomplete_problem(data)
    if problem:
        raise ValueError(f"/{trigger}: {problem}")
    return data


def text_argument(help_text: str, *, hint: str = "", pattern: str = "", name: str = "", required: bool = True) -> AutocompleteArg:
    """Free text. ``pattern`` is a regular expression the input must match; a ``name`` makes it
    a named argument (``--name value``), which may be optional; a positional one is required."""
    return AutocompleteArg(name=name, help_text=help_text, type="TextInput", required=required, data={"Hint": hint, "Pattern": pattern})


def list_argument(help_text: str, items: Sequence[ListItem], *, name: str = "", required: bool = False) -> AutocompleteArg:
    """One of fixed choices: each item is ``"yes"``, ``("yes", "help text")`` or ``("yes", "hint", "help text")``."""
    choices = []
    for item in items:
        if isinstance(item, str):
            choices.append({"Item": item, "Hint": "", "HelpText": ""})
        elif isinstance(item, tuple) and len(item) == 2:
            choices.append({"Item": item[0], "Hint": "", "HelpText": item[1]})
        elif isinstance(item, tuple) and len(item) == 3:
            choices.append({"Item": item[0], "Hint": item[1], "HelpText": item[2]})
        else:
            raise ValueError(f"list_argument: each item must be a str or a (item, help text) or (item, hint, help text) tuple, got {item!r}")
    return AutocompleteArg(name=name, help_text=help_text, type="StaticList", required=required, data={"PossibleArguments": choices})


def dynamic_argument(help_text: str, url: str, *, name: str = "", required: bool = False) -> AutocompleteArg:
    """Choices fetched as the user types, from ``url``: a path relative to the plugin
    (``"/autocomplete/projects"``, served by its ``serve_http``) or a full URL."""
    return AutocompleteArg(name=name, help_text=help_text, type="DynamicList", required=required, data={"FetchURL": url})


def autocomplete_problem(data: AutocompleteData) -> str:
    """What Mattermost would refuse in ``data`` (Go's ``AutocompleteData.IsValid``); "" when it is fine."""
    if not data.trigger:
        return "an empty command name in the autocomplete data"
    if data.trigger.lower() != data.trigger:
        return f"the command {data.trigger!r} must be lowercase"
    if data.role_id not in (ADMIN_ROLE, USER_ROLE, ""):
        return f"the role {data.role_id!r} must be {USER_ROLE!r} or {ADMIN_ROLE!r}"
    arguments = data.arguments or []
    if arguments and data.sub_commands:
        return f"/{data.trigger} has both arguments and sub-commands; give it one or the other"
    named = False
    for index, argument in enumerate(arguments):
        problem = _argument_problem(argument, named)
        if problem:
            return f"argument {index + 1} of {data.trigger!r}: {problem}"
        named = named or bool(argument.name)
    for sub in data.sub_commands or []:
        problem = autocomplete_problem(sub)
        if problem:
            return problem
    return ""


def _argument_problem(argument: AutocompleteArg, after_named: bool) -> str:
    if not argument.name and after_named:
        return "a positional argument cannot come after a named one"
    payload: Any = argument.data
    if not isinstance(payload, dict):
        return f"its data must be a JSON object, got {type(payload).__name__}"
    if argument.type == "DynamicList":
        if not isinstance(payload.get("FetchURL"), str):
            return "a DynamicList argument needs a FetchURL"
    elif argument.type == "StaticList":
        for choice in payload.get("PossibleArguments") or []:
            if not isinstance(choice, dict) or not choice.get("Item"):
                return "every choice of a StaticList argument needs an Item"
    elif argument.type == "TextInput":
        if not argument.name and not argument.required:
            return "a positional text argument cannot be optional (name it to make it optional)"
    else:
        return f"unknown argument type {argument.type!r} (TextInput, StaticList or DynamicList)"
    return ""


def _check_trigger(trigger: Any, where: str) -> None:
    if not isinstance(trigger, str):
        raise TypeError(f"{where}: the trigger must be a str, got {type(trigger).__name__}")
    if not _TRIGGER.match(trigger) or len(trigger) > TRIGGER_MAX_LENGTH:
        raise ValueError(
            f"{where}: {trigger!r} is not a command trigger: 1 to {TRIGGER_MAX_LENGTH} characters, no spaces, "
            "not starting with '/' (the slash is not part of it)"
        )
    if trigger.lower() != trigger:
        raise ValueError(f"{where}: the trigger {trigger!r} must be lowercase (Mattermost matches commands in lowercase)")
