"""Dice roller: the /roll slash command.

- ``/roll 2d6`` rolls two six-sided dice and posts the result in the channel
  (an ``in_channel`` reply everyone sees);
- ``/roll`` rolls one d6; ``/roll help`` explains the syntax, and a malformed
  roll gets a hint, both as ``ephemeral`` replies only the caller sees;
- ``/roll 500d6`` is refused with an AppError (status 400), which Mattermost
  shows as the command's error.

Mattermost calls ``execute_command`` only for commands the plugin registered:
``on_activate`` registers /roll, with the autocomplete Mattermost shows as
people type it.
"""

from __future__ import annotations

import random
import re
from typing import Union

from mattermost_plugin import (
    COMMAND_RESPONSE_IN_CHANNEL,
    CommandArgs,
    CommandResponse,
    Context,
    Plugin,
    PluginError,
)
from mattermost_plugin.api import slash_command, text_argument

MAX_DICE = 100
MAX_SIDES = 1000

USAGE = "Usage: /roll [N]d[SIDES], for example /roll 2d6 (at most 100 dice of 1000 sides)"

_ROLL = re.compile(r"^(\d*)d(\d+)$", re.IGNORECASE)

COMMAND = slash_command(
    "roll",
    "Roll dice",
    hint="[N]d[SIDES]",
    display_name="Dice Roller",
    arguments=[text_argument("The dice to roll, like 2d6 or d20 (or help)", hint="2d6")],
)
"""The command, with its autocomplete (checked when the module is imported)."""


class DiceRoller(Plugin):
    def __init__(self) -> None:
        self.random = random.Random()

    def on_activate(self) -> None:
        self.api.register_command(COMMAND)

    def execute_command(self, context: Context, args: CommandArgs) -> Union[CommandResponse, str]:
        words = args.command.split()
        spec = words[1] if len(words) > 1 else "1d6"
        if spec.lower() == "help":
            return USAGE  # a str is an ephemeral reply
        match = _ROLL.match(spec)
        if match is None:
            return f"I can't read {spec!r}. {USAGE}"
        count, sides = int(match.group(1) or 1), int(match.group(2))
        if not (1 <= count <= MAX_DICE and 2 <= sides <= MAX_SIDES):
            # Raising turns into the AppError Mattermost shows for the command.
            raise PluginError(
                f"{spec} is too much dice: roll 1 to {MAX_DICE} dice with 2 to {MAX_SIDES} sides.",
                id="dice.roll.out_of_range",
                status_code=400,
            )
        rolls = [self.random.randint(1, sides) for _ in range(count)]
        shown = " + ".join(str(roll) for roll in rolls)
        total = f"{shown} = **{sum(rolls)}**" if count > 1 else f"**{rolls[0]}**"
        self.logger.info("rolled", extra={"user_id": args.user_id, "spec": spec, "total": sum(rolls)})
        roller = self.api.get_user(args.user_id)
        return CommandResponse(
            response_type=COMMAND_RESPONSE_IN_CHANNEL,
            text=f"@{roller.username} rolled {spec}: {total}",
            props={"rolls": rolls},
        )
