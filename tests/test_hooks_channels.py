"""Channel and membership hooks: the actor that may be nil."""

from __future__ import annotations

from typing import Any

from hookcalls import build_request, call, plugin_for, sample
from mattermost_plugin import ChannelMember, User
from mattermost_plugin.hooks import UserHasJoinedChannel


def test_a_member_added_by_someone_else_has_an_actor(serve: Any) -> None:
    seen: list[Any] = []
    stub = serve(plugin_for(UserHasJoinedChannel, lambda self, context, member, actor: seen.append(actor)))
    admin = sample(User)
    admin.username = "admin"
    call(stub, UserHasJoinedChannel, build_request(UserHasJoinedChannel, {"channel_member": sample(ChannelMember), "actor": admin}))
    call(stub, UserHasJoinedChannel, build_request(UserHasJoinedChannel, {"channel_member": sample(ChannelMember), "actor": None}))
    assert [actor.username if actor else None for actor in seen] == ["admin", None]
