"""The /roll command through the harness: its registration, in-channel, ephemeral and AppError replies.

``harness.activate()`` enables the plugin as Mattermost does, handing it the
harness's FakeAPI (an in-memory Mattermost), where the test keeps a user.
"""

from __future__ import annotations

import re

import pytest

from mattermost_plugin import CommandArgs, CommandResponse, User
from mattermost_plugin.testing import Ok, Value


@pytest.fixture
def harness(plugin_harness):
    harness = plugin_harness("plugin.py")
    assert harness.activate() == Ok()
    harness.alice = harness.api.create_user(User(username="alice"))
    return harness


def roll(harness, command: str):
    return harness.execute_command(CommandArgs(user_id=harness.alice.id, channel_id="c1", team_id="t1", command=command))


def test_activating_registers_roll_with_its_autocomplete(harness):
    [command] = harness.api.commands
    assert (command.trigger, command.auto_complete, command.auto_complete_hint) == ("roll", True, "[N]d[SIDES]")
    [argument] = command.autocomplete_data.arguments
    assert argument.type == "TextInput" and argument.help_text.startswith("The dice to roll")


def test_a_roll_is_posted_in_the_channel(harness):
    reply = roll(harness, "/roll 3d6").assert_value()
    assert reply.response_type == "in_channel"
    match = re.fullmatch(r"@alice rolled 3d6: (\d) \+ (\d) \+ (\d) = \*\*(\d+)\*\*", reply.text)
    assert match, reply.text
    dice = [int(group) for group in match.groups()[:3]]
    assert all(1 <= die <= 6 for die in dice)
    assert sum(dice) == int(match.group(4))
    assert reply.props == {"rolls": dice}


def test_no_argument_rolls_one_six_sided_die(harness):
    reply = roll(harness, "/roll").assert_value()
    assert re.fullmatch(r"@alice rolled 1d6: \*\*[1-6]\*\*", reply.text)


def test_help_is_an_ephemeral_reply(harness):
    outcome = roll(harness, "/roll help")
    assert outcome == Value(CommandResponse(response_type="ephemeral", text=outcome.value.text))
    assert outcome.value.text.startswith("Usage: /roll")


def test_a_malformed_roll_gets_an_ephemeral_hint(harness):
    reply = roll(harness, "/roll lots").assert_value()
    assert reply.response_type == "ephemeral"
    assert "can't read 'lots'" in reply.text


def test_too_many_dice_is_an_app_error(harness):
    error = roll(harness, "/roll 500d6").assert_failed("too much dice", status_code=400)
    assert error.id == "dice.roll.out_of_range"
    assert error.where == "DiceRoller.execute_command"


def test_each_roll_is_logged(harness):
    roll(harness, "/roll 2d20")
    entry = harness.logs.assert_logged("rolled", level="info")
    assert entry.fields["spec"] == "2d20"
