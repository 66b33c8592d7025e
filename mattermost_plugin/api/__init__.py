"""Mattermost's plugin API from Python: ``self.api`` and ``self.async_api``.

Every method of Go's ``plugin.API`` (server/public v0.4.4, Mattermost 11.11)
is a snake_case method of :class:`API` with typed parameters and results::

    class Greeter(Plugin):
        def on_activate(self):
            self.bot_id = self.api.ensure_bot_user(Bot(username="greeter", display_name="Greeter"))

        def message_has_been_posted(self, context, post):
            user = self.api.get_user(post.user_id)
            self.api.create_post(Post(channel_id=post.channel_id, user_id=self.bot_id, message=f"Hi {user.username}"))
            self.api.kv_set(f"greeted:{user.id}", b"1")

:class:`AsyncAPI` has the same methods as coroutines, for ``async def`` hooks
(``await self.async_api.get_user(user_id)``): they never block the event loop.

- A Go ``*model.AppError`` or ``error`` result is raised as :class:`ApiError`
  (id, message, detailed error, status code kept); a nil result without an
  error is None, a nil slice or map an empty list or dict.
- Models travel as the JSON Go writes for them (``mattermost_plugin.models``,
  with a generated model for every struct the API carries); ``[]byte`` is
  ``bytes``; an ``io.Reader`` argument may be bytes or a binary file, and is
  streamed.
- Calls are safe from any number of threads at once. ``api.with_timeout(2.0)``
  is a view whose calls end after 2 seconds; inside a hook whose caller set a
  deadline, no call outlives it.

How it works: the Go bridge serves a ``PluginAPI`` gRPC service
(``protocol/api.proto``) to the Python process through go-plugin's broker, and
sends its broker id with ``OnActivate`` (and ``OnConfigurationChange``, which
Mattermost calls first); each RPC calls the same method of the ``plugin.API``
Mattermost gave the bridge. The proto, the bridge's Go code and both clients
are generated from the Go interface (``python -m mattermost_plugin._generate``).
"""

from __future__ import annotations

from mattermost_plugin._exceptions import ApiError, ApiTimeout, ApiUnavailable
from mattermost_plugin._plugin import Plugin, attach_api
from mattermost_plugin.api._async import AsyncAPI
from mattermost_plugin.api._http import HTTPRequest, HTTPResponse
from mattermost_plugin.api._sync import API
from mattermost_plugin.api._transport import CHUNK_SIZE, Connection

__all__ = [
    "API",
    "ApiError",
    "ApiTimeout",
    "ApiUnavailable",
    "AsyncAPI",
    "CHUNK_SIZE",
    "Connection",
    "HTTPRequest",
    "HTTPResponse",
    "attach",
    "connect",
]

attach = attach_api


def connect(plugin: Plugin, target: str) -> Connection:
    """Attach to ``plugin`` an :class:`API` and an :class:`AsyncAPI` that call the
    PluginAPI service at ``target`` (``unix:/path``); return their connection."""
    connection = Connection(target)
    attach_api(plugin, API(connection), AsyncAPI(connection))
    return connection
