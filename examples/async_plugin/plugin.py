"""Async moderation: ``async def`` hooks on the plugin's event loop.

The plugin asks a (simulated) moderation service about each post. The service
is slow, so the calls are ``async``: while one post waits for its verdict the
event loop serves the others, and all of them run on one thread.

- ``on_activate`` connects to the service and starts a background task that
  reports statistics every few seconds; ``on_deactivate`` stops it;
- ``message_will_be_posted`` awaits the verdict: "block" rejects the post,
  "flag" lets it through with a prop moderators can search for and tells the
  author with an ephemeral post (``self.async_api``, so the loop never waits
  on Mattermost), "ok" allows it;
- ``message_has_been_posted`` (a plain ``def``) counts posts, in a worker thread.

Mattermost gives each call a deadline; a verdict that takes longer ends the
call with DEADLINE_EXCEEDED and the post goes through unchanged.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Optional, Union

from mattermost_plugin import Context, Plugin, Post


class ModerationService:
    """Stands in for a remote API: answers after a delay, like a network call."""

    def __init__(self, delay: float = 0.2) -> None:
        self.delay = delay

    async def verdict(self, text: str) -> str:
        await asyncio.sleep(self.delay * (20 if "slowpoke" in text else 1))
        lowered = text.lower()
        if "free crypto" in lowered:
            return "block"
        if "urgent" in lowered or "password" in lowered:
            return "flag"
        return "ok"


class AsyncModerator(Plugin):
    def __init__(self) -> None:
        self.service: Optional[ModerationService] = None
        self.reporter: Optional[asyncio.Task[None]] = None
        self.checked = 0
        self.posted = 0
        self._lock = threading.Lock()

    async def on_activate(self) -> None:
        self.service = ModerationService()
        self.reporter = asyncio.create_task(self._report_every(5.0))
        self.logger.info("connected to the moderation service")

    async def on_deactivate(self) -> None:
        if self.reporter is not None:
            self.reporter.cancel()
        self.logger.info("stopped after checking %d posts", self.checked)

    async def message_will_be_posted(self, context: Context, post: Post) -> Union[Post, str, None]:
        service = self.service or ModerationService()
        verdict = await service.verdict(post.message)
        self.checked += 1  # every async hook runs on the same event loop thread: no lock needed
        if verdict == "block":
            return "The moderation service blocked this message."
        if verdict == "flag":
            post.props = {**(post.props or {}), "moderation": "flagged"}
            notice = Post(channel_id=post.channel_id, message="Your message was flagged for a moderator to review.")
            await self.async_api.send_ephemeral_post(post.user_id, notice)
            return post
        return None

    def message_has_been_posted(self, context: Context, post: Post) -> None:
        with self._lock:  # plain hooks run in a thread pool: guard shared state
            self.posted += 1

    async def _report_every(self, seconds: float) -> None:
        while True:
            await asyncio.sleep(seconds)
            self.logger.info("checked %d posts so far", self.checked)
