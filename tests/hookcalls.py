"""Helpers for calling any hook over gRPC from the tests: sample arguments and request building."""

from __future__ import annotations

from typing import Any, Callable

import orjson

from mattermost_plugin import Plugin
from mattermost_plugin import models as m
from mattermost_plugin._hook import Hook
from mattermost_plugin.models import decode, encode
from mattermost_plugin.protocol import hooks_pb2
from mattermost_plugin.protocol.hooks_pb2_grpc import PluginHooksStub

SAMPLE_JSON: dict[type, dict[str, Any]] = {
    m.Post: {"id": "p1", "user_id": "u1", "channel_id": "c1", "message": "héllo wörld", "create_at": 1700000000000, "props": {"k": "v"}},
    m.User: {"id": "u1", "username": "alice", "email": "alice@example.com", "roles": "system_user"},
    m.Channel: {"id": "c1", "team_id": "t1", "type": "O", "name": "town-square", "display_name": "Town Square"},
    m.ChannelMember: {"channel_id": "c1", "user_id": "u1", "roles": "channel_user", "msg_count": 3},
    m.TeamMember: {"team_id": "t1", "user_id": "u1", "roles": "team_user"},
    m.Reaction: {"user_id": "u1", "post_id": "p1", "emoji_name": "smile", "create_at": 5},
    m.CommandArgs: {"user_id": "u1", "channel_id": "c1", "team_id": "t1", "command": "/hello world"},
    m.FileInfo: {"id": "f1", "user_id": "u1", "name": "notes.txt", "extension": "txt", "size": 12, "mime_type": "text/plain"},
    m.PushNotification: {"platform": "apple", "server_id": "s1", "device_id": "d1", "post_id": "p1", "message": "hi"},
    m.EmailNotification: {"post_id": "p1", "channel_id": "c1", "recipient_id": "u2", "subject": "New message", "sender_username": "alice"},
    m.EmailNotificationContent: {"subject": "New message", "title": "Alice wrote"},
    m.Preference: {"user_id": "u1", "category": "display_settings", "name": "theme", "value": "dark"},
    m.WebSocketRequest: {"seq": 7, "action": "custom_action", "data": {"a": 1}},
    m.PluginClusterEvent: {"Id": "event-1", "Data": "aGVsbG8="},
    m.OnInstallEvent: {"UserId": "u1"},
    m.ProductLimits: {"messages": {"history": 10000}},
    m.SyncMsg: {"id": "s1", "channel_id": "c1"},
    m.RemoteCluster: {"remote_id": "r1", "name": "remote-one", "site_url": "https://remote.example.com"},
    m.AssertionInfo: {"NameID": "alice@example.com", "SessionIndex": "idx-1"},
    m.Config: {"ServiceSettings": {"SiteURL": "https://chat.example.com"}, "TeamSettings": {"SiteName": "Chat"}},
    m.Draft: {"user_id": "u1", "channel_id": "c1", "message": "draft text", "create_at": 9},
    m.ScheduledPost: {"id": "sp1", "user_id": "u1", "channel_id": "c1", "message": "later", "scheduled_at": 1800000000000},
}

SCALAR_SAMPLES: dict[str, Any] = {
    "user_id": "u9",
    "web_conn_id": "conn-1",
    "download_type": "thumbnail",
    "now_time": 1700000000000,
    "batch_size": 250,
}


def sample(model: type) -> Any:
    """A populated instance of a model, decoded from sample JSON."""
    return decode(model, orjson.dumps(SAMPLE_JSON[model]))


def sample_arguments(hook: type[Hook]) -> dict[str, Any]:
    """Sample Python values for every parameter of a hook, by parameter name."""
    values: dict[str, Any] = {}
    for param in hook.params:
        if param.model is None:
            values[param.name] = SCALAR_SAMPLES[param.name]
        elif param.is_list:
            first = sample(param.model)
            second = sample(param.model)
            if hasattr(second, "id"):
                second.id = "second"
            else:
                second.name = "second"
            values[param.name] = [first, second]
        else:
            values[param.name] = sample(param.model)
    return values


def build_request(hook: type[Hook], arguments: dict[str, Any], context: Any = None, **extra: Any) -> Any:
    """The hook's request message for Python argument values (None model = empty bytes)."""
    fields: dict[str, Any] = dict(extra)
    if hook.context:
        fields["context"] = context or hooks_pb2.PluginContext(session_id="sess-1", request_id="req-1", user_agent="pytest")
    for param in hook.params:
        value = arguments[param.name]
        if param.model is None:
            fields[param.name] = value
        elif param.is_list:
            fields[param.name] = [encode(item) for item in value]
        else:
            fields[param.name] = b"" if value is None else encode(value)
    return getattr(hooks_pb2, f"{hook.go_name}Request")(**fields)


def call(stub: PluginHooksStub, hook: type[Hook], request: Any, timeout: float = 10) -> Any:
    """Call a hook's RPC and return its response message."""
    return getattr(stub, hook.go_name)(request, timeout=timeout)


def plugin_for(hook: type[Hook], function: Callable[..., Any], name: str = "TestPlugin") -> Plugin:
    """An instance of a plugin class implementing one hook with ``function(self, *args)``."""
    return type(name, (Plugin,), {hook.method: function})()
