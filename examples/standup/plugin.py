"""Standup: a daily standup in any channel, kept in the KV store and summed up by a bot.

- ``/standup <update>`` keeps what you did, will do and what blocks you, for
  this channel, in the plugin's KV store (every node of a cluster sees it). It
  expires after ``KeepHours`` (a setting, 24 by default), so each day starts empty.
- ``/standup summary`` has the plugin's bot post everyone's update in the channel.
- ``/standup skip`` forgets your update.

``on_activate`` makes the bot (``ensure_bot``) and registers the command with
its autocomplete. The state lives in the KV store, not in memory, so it
survives restarts, updates of the plugin and the nodes of a cluster.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Union

from mattermost_plugin import CommandArgs, CommandResponse, Context, Plugin, Post, Settings
from mattermost_plugin.api import ensure_bot, slash_command, subcommand, text_argument

COMMAND = slash_command(
    "standup",
    "Share your standup update, or sum up the channel's",
    hint="[update] | summary | skip",
    display_name="Standup",
    subcommands=[
        subcommand("summary", "Post everyone's update in this channel"),
        subcommand("skip", "Forget your update"),
    ],
)

USAGE = "Share your update with `/standup <what you did, will do, and what blocks you>`; `/standup summary` sums up the channel."


@dataclass
class StandupSettings:
    keep_hours: int = 24

    def __post_init__(self) -> None:
        if not 1 <= self.keep_hours <= 24 * 7:
            raise ValueError(f"KeepHours must be 1 to 168 hours, got {self.keep_hours}")


def _key(channel_id: str, user_id: str = "") -> str:
    return f"update:{channel_id}:{user_id}"


class Standup(Plugin):
    settings = Settings(StandupSettings)

    def on_activate(self) -> None:
        self.bot_id = ensure_bot(self.api, "standup", display_name="Standup", description="Sums up the daily standup.")
        self.api.register_command(COMMAND)

    def execute_command(self, context: Context, args: CommandArgs) -> Union[CommandResponse, str]:
        text = args.command.partition(" ")[2].strip()
        if not text:
            return USAGE
        if text == "summary":
            return self._summary(args.channel_id)
        if text == "skip":
            self.kv.delete(_key(args.channel_id, args.user_id))
            return "Your update is forgotten."
        keep = timedelta(hours=self.settings.keep_hours)
        self.kv.set(_key(args.channel_id, args.user_id), {"user_id": args.user_id, "text": text}, expire_in=keep)
        self.logger.info("update kept", extra={"channel_id": args.channel_id, "user_id": args.user_id})
        return f"Thanks! Your update is kept for {self.settings.keep_hours} hours."

    def _summary(self, channel_id: str) -> Union[CommandResponse, str]:
        updates = [self.kv.get(key) for key in self.kv.keys(prefix=_key(channel_id))]
        updates = [update for update in updates if update is not None]  # one may expire while we read
        if not updates:
            return "No updates yet. " + USAGE
        names = {user.id: user.username for user in self.api.get_users_by_ids([update["user_id"] for update in updates])}
        lines = [f"- @{names.get(update['user_id'], update['user_id'])}: {update['text']}" for update in updates]
        message = f"**Standup** ({len(updates)} update{'s' if len(updates) != 1 else ''})\n" + "\n".join(lines)
        self.api.create_post(Post(channel_id=channel_id, user_id=self.bot_id, message=message))
        return CommandResponse()  # the bot's post is the answer
