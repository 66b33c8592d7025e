"""Hooks on users' websocket connections."""

from mattermost_plugin._hook import Param, VoidHook
from mattermost_plugin.models import WebSocketRequest


class OnWebSocketConnect(VoidHook):
    """A user's websocket connection opened."""

    id = 21
    since = "6.0"
    context = False
    params = (Param("web_conn_id", str), Param("user_id", str))


class OnWebSocketDisconnect(VoidHook):
    """A user's websocket connection closed."""

    id = 22
    since = "6.0"
    context = False
    params = (Param("web_conn_id", str), Param("user_id", str))


class WebSocketMessageHasBeenPosted(VoidHook):
    """A client sent a message over its websocket."""

    id = 23
    since = "6.0"
    context = False
    params = (Param("web_conn_id", str), Param("user_id", str), Param("request", WebSocketRequest))
