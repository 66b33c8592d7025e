"""The payloads every benchmark uses: a realistic ~1 KB post and the request that carries it."""

from __future__ import annotations

from typing import Any

import orjson

# What Mattermost's encoding/json writes for a new *model.Post as it reaches
# MessageWillBePosted: a ~400-character message with a mention, a hashtag and a
# link, the props a web client sets, and the empty/zero fields Go always writes.
POST_JSON: dict[str, Any] = {
    "id": "",
    "create_at": 1717171717171,
    "update_at": 1717171717171,
    "edit_at": 0,
    "delete_at": 0,
    "is_pinned": False,
    "user_id": "8ib4xkn6sbdbmrg6jm9n8wdbhw",
    "channel_id": "qr5y1kx6k3ggmpdwhq7ms5f5ac",
    "root_id": "kbrz1wxzx3yu5g1qgp9ftn1hcr",
    "original_id": "",
    "message": (
        "@channel Release 9.11.2 is out: it fixes the search regression reported last week "
        "and the slow channel switch on large teams. Upgrade notes are at "
        "https://docs.example.com/upgrade/9.11 (read the section on database migrations first). "
        "Please try it on staging before Thursday and report anything odd in ~release-testing. "
        "Thanks to everyone who filed bugs! #release #changelog"
    ),
    "type": "",
    "props": {
        "disable_group_highlight": True,
        "from_webhook": "false",
        "attachments": [{"color": "#2389d7", "title": "Changelog", "title_link": "https://docs.example.com/changelog", "text": "Fixes: search, channel switch, emoji picker."}],
    },
    "hashtags": "#release #changelog",
    "file_ids": ["zqmd3yajcf8bbbh4gzmayqjn6e"],
    "pending_post_id": "8ib4xkn6sbdbmrg6jm9n8wdbhw:1717171717090",
    "reply_count": 3,
    "last_reply_at": 1717171700000,
    "participants": None,
    "metadata": {},
}

POST_BYTES: bytes = orjson.dumps(POST_JSON)

CONTEXT_FIELDS = {
    "session_id": "ajkgmz5bb3f4me1tt9cggfk6yr",
    "request_id": "yfs3ypsjqtrxzpoqzf8p1ce5ph",
    "ip_address": "10.0.3.17",
    "accept_language": "en-US,en;q=0.9",
    "user_agent": "Mozilla/5.0 (X11; Linux x86_64) Mattermost/9.11.2",
}


def hook_request_bytes() -> bytes:
    """The serialized MessageWillBePostedRequest carrying the post (what ghz sends)."""
    from mattermost_plugin.protocol import hooks_pb2

    request = hooks_pb2.MessageWillBePostedRequest(
        context=hooks_pb2.PluginContext(**CONTEXT_FIELDS), post=POST_BYTES
    )
    return request.SerializeToString()


def echo_request_bytes() -> bytes:
    """An echo ``Blob`` whose ``data`` holds exactly the hook request's bytes."""
    raw = hook_request_bytes()
    # proto3: field 1, wire type 2 (length-delimited) + varint length + data.
    return b"\x0a" + _varint(len(raw)) + raw


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)
