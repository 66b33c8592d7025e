"""Webhook: other systems POST JSON to the plugin, which posts it to a channel as its bot.

- ``POST /plugins/com.example.webhook/webhook`` with the header
  ``X-Webhook-Token: <the plugin's Token setting>`` and a JSON body
  ``{"text": "...", "title": "...", "url": "..."}`` (only ``text`` is required);
- the plugin posts ``**title**`` (linked to ``url``) and the text to the
  channel of its ChannelId setting, as the bot it ensures on activation, and
  answers ``201`` with the new post's id;
- a wrong or missing token is ``401``, a body that is not such JSON ``400``,
  a plugin not configured yet ``503``, and another method ``405``.

The settings come from the System Console (``settings_schema`` in plugin.json);
Mattermost stores their keys in lower case.
"""

from __future__ import annotations

import hmac
from typing import Any, Optional

from mattermost_plugin import Bot, Context, Plugin, Post
from mattermost_plugin.http import Request, Response

TOKEN_HEADER = "X-Webhook-Token"


def message_for(payload: Any) -> str:
    """The post's message for a webhook's JSON; ValueError naming what is wrong when it has no text."""
    if not isinstance(payload, dict):
        raise ValueError("the body must be a JSON object")
    text = payload.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError('the body needs "text", a non-empty string')
    title, url = payload.get("title"), payload.get("url")
    if isinstance(title, str) and title:
        heading = f"[{title}]({url})" if isinstance(url, str) and url.startswith(("https://", "http://")) else title
        return f"**{heading}**\n{text}"
    return text


class Webhook(Plugin):
    def __init__(self) -> None:
        self.channel_id = ""
        self.token = ""
        self.bot_id: Optional[str] = None

    def on_configuration_change(self) -> None:
        settings = {key.lower(): value for key, value in self.api.get_plugin_config().items()}
        self.channel_id = str(settings.get("channelid") or "")
        self.token = str(settings.get("token") or "")

    def on_activate(self) -> None:
        self.bot_id = self.api.ensure_bot_user(Bot(username="webhook", display_name="Webhook"))

    def serve_http(self, context: Context, request: Request) -> Response:
        """``POST /webhook``: check the token, post the message."""
        if request.path != "/webhook":
            return Response.text("not found", status=404)
        if request.method != "POST":
            return Response.text("use POST", status=405, headers={"Allow": "POST"})
        if not (self.token and self.channel_id and self.bot_id):
            return Response.text("the webhook is not configured yet: set its channel and token in the System Console", status=503)
        if not hmac.compare_digest(request.headers.get(TOKEN_HEADER, "").encode(), self.token.encode()):
            return Response.text(f"a wrong or missing {TOKEN_HEADER}", status=401)
        try:
            message = message_for(request.json())
        except ValueError as error:  # json.JSONDecodeError is a ValueError too
            return Response.text(str(error), status=400)
        post = self.api.create_post(Post(channel_id=self.channel_id, user_id=self.bot_id, message=message))
        return Response.json({"post_id": post.id}, status=201)
