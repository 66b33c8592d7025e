"""The plugin ``mattermost-plugin demo`` runs: a small channel moderator.

- ``message_will_be_posted`` rejects posts with blocked words, tidies the text
  (trims it, turns ``:)`` into an emoji) and silently dismisses a user's exact
  repeat of their previous post;
- ``message_has_been_posted`` (``async def``) counts who posted;
- ``execute_command`` answers ``/stats`` in the channel, ``/stats me`` only to
  the caller, and fails ``/stats reset`` with an AppError;
- ``on_activate`` / ``on_deactivate`` log the plugin's life.
"""

from __future__ import annotations

import asyncio
from collections import Counter

from mattermost_plugin import DISMISS_POST, CommandArgs, CommandResponse, Context, Plugin, PluginError, Post

BLOCKED_WORDS = ("darn", "heck")


class Moderator(Plugin):
    def __init__(self) -> None:
        self.posts: Counter[str] = Counter()
        self.last_message: dict[str, str] = {}

    def on_configuration_change(self) -> None:
        self.logger.info("configuration loaded", extra={"blocked_words": len(BLOCKED_WORDS)})

    def on_activate(self) -> None:
        self.logger.info("moderator activated; blocking %d words", len(BLOCKED_WORDS))

    def message_will_be_posted(self, context: Context, post: Post):
        words = post.message.lower().split()
        blocked = [word for word in BLOCKED_WORDS if word in words]
        if blocked:
            self.logger.info("rejected a post from %s", post.user_id, extra={"words": blocked})
            return f"Please keep it friendly (no {', '.join(blocked)})."
        tidy = post.message.strip().replace(":)", ":slightly_smiling_face:")
        if self.last_message.get(post.user_id) == tidy:
            self.logger.info("dismissed a repeated post from %s", post.user_id)
            return DISMISS_POST
        self.last_message[post.user_id] = tidy
        if tidy != post.message:
            post.message = tidy
            return post
        return None

    async def message_has_been_posted(self, context: Context, post: Post) -> None:
        await asyncio.sleep(0)  # an async hook runs on the plugin's event loop
        self.posts[post.user_id] += 1

    def execute_command(self, context: Context, args: CommandArgs):
        words = args.command.split()
        if words[1:] == ["reset"]:
            raise PluginError("Only a system admin can reset the statistics.", id="moderator.reset.forbidden", status_code=403)
        if words[1:] == ["me"]:
            return f"You have posted {self.posts[args.user_id]} message(s)."  # a str is an ephemeral reply
        ranking = ", ".join(f"{user} {count}" for user, count in self.posts.most_common())
        return CommandResponse(response_type="in_channel", text=f"Posts so far: {ranking or 'none'}")

    def on_deactivate(self) -> None:
        self.logger.info("moderator deactivated after %d posts", sum(self.posts.values()))
