"""Counts with the plugin API, sync and async: the plugin tests/test_fake_api.py drives.

``/tally add [n]`` adds to the count (kept in the KV store, posted as the bot,
told to the other nodes), ``/tally show`` answers with an ephemeral post,
``/tally icon`` calls a method the FakeAPI does not model. A post "tally++"
adds one from an async hook.
"""

from dataclasses import dataclass

from mattermost_plugin import CommandResponse, Plugin, Post, Settings
from mattermost_plugin.api import (
    cluster_event_data,
    ensure_bot,
    publish_cluster_event,
    publish_cluster_event_async,
    slash_command,
    subcommand,
    text_argument,
)

COMMAND = slash_command(
    "tally",
    "Count things",
    display_name="Tally",
    subcommands=[
        subcommand("add", "Add to the count", arguments=[text_argument("How many", hint="[n]")]),
        subcommand("show", "Show the count"),
        subcommand("icon", "Read the team's icon"),
    ],
)


@dataclass
class TallySettings:
    greeting: str
    limit: int = 3


class Tally(Plugin):
    settings = Settings(TallySettings)

    def on_activate(self):
        self.bot_id = ensure_bot(self.api, "tally", display_name="Tally", description="Counts")
        self.api.register_command(COMMAND)

    def on_configuration_change(self):
        self.logger.info("settings loaded", extra={"greeting": self.settings.greeting, "limit": self.settings.limit})

    def execute_command(self, context, args):
        words = args.command.split()
        action = words[1] if len(words) > 1 else "show"
        if action == "add":
            step = int(words[2]) if len(words) > 2 else 1
            count = self.kv.modify("count", lambda value: min((value or 0) + step, self.settings.limit))
            self.api.create_post(Post(channel_id=args.channel_id, user_id=self.bot_id, message=f"{self.settings.greeting}: {count}"))
            publish_cluster_event(self.api, "counted", {"count": count})
            return CommandResponse(text=str(count))
        if action == "icon":
            self.api.get_team_icon(args.team_id)
        count = self.kv.get("count", default=0)
        self.api.send_ephemeral_post(args.user_id, Post(channel_id=args.channel_id, user_id=self.bot_id, message=f"The count is {count}"))
        return CommandResponse()

    async def message_has_been_posted(self, context, post):
        if post.message != "tally++":
            return
        count = await self.async_kv.modify("count", lambda value: (value or 0) + 1)
        await self.async_api.create_post(Post(channel_id=post.channel_id, root_id=post.id, user_id=self.bot_id, message=str(count)))
        await publish_cluster_event_async(self.async_api, "counted", {"count": count})

    def on_plugin_cluster_event(self, context, event):
        if event.id == "counted":
            self.api.log_info("another node counted", "count", cluster_event_data(event)["count"])
