"""Websocket hooks: scalar ids and the client request."""

from __future__ import annotations

from typing import Any

from hookcalls import build_request, call, plugin_for, sample
from mattermost_plugin import WebSocketRequest
from mattermost_plugin.hooks import WebSocketMessageHasBeenPosted


def test_websocket_message_has_scalars_and_the_request(serve: Any) -> None:
    seen: list[tuple[str, str, WebSocketRequest]] = []
    stub = serve(plugin_for(WebSocketMessageHasBeenPosted, lambda self, conn, user, request: seen.append((conn, user, request))))
    request = sample(WebSocketRequest)
    call(stub, WebSocketMessageHasBeenPosted, build_request(WebSocketMessageHasBeenPosted, {"web_conn_id": "c-1", "user_id": "u-1", "request": request}))
    assert seen == [("c-1", "u-1", request)]
    assert seen[0][2].data == {"a": 1}
