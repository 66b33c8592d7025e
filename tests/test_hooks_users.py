"""User, membership, websocket, cluster, file and lifecycle hooks: the arguments that need a closer look."""

from __future__ import annotations

from typing import Any

from hookcalls import build_request, call, plugin_for, sample
from mattermost_plugin import AssertionInfo, ChannelMember, FileInfo, OnInstallEvent, PluginClusterEvent, User, WebSocketRequest
from mattermost_plugin.hooks import (
    FileWillBeDownloaded,
    OnInstall,
    OnPluginClusterEvent,
    OnSAMLLogin,
    UserHasJoinedChannel,
    WebSocketMessageHasBeenPosted,
)


def test_a_member_added_by_someone_else_has_an_actor(serve: Any) -> None:
    seen: list[Any] = []
    stub = serve(plugin_for(UserHasJoinedChannel, lambda self, context, member, actor: seen.append(actor)))
    admin = sample(User)
    admin.username = "admin"
    call(stub, UserHasJoinedChannel, build_request(UserHasJoinedChannel, {"channel_member": sample(ChannelMember), "actor": admin}))
    call(stub, UserHasJoinedChannel, build_request(UserHasJoinedChannel, {"channel_member": sample(ChannelMember), "actor": None}))
    assert [actor.username if actor else None for actor in seen] == ["admin", None]


def test_cluster_event_data_arrives_as_bytes(serve: Any) -> None:
    seen: list[PluginClusterEvent] = []
    stub = serve(plugin_for(OnPluginClusterEvent, lambda self, context, event: seen.append(event)))
    call(stub, OnPluginClusterEvent, build_request(OnPluginClusterEvent, {"event": sample(PluginClusterEvent)}))
    assert (seen[0].id, seen[0].data) == ("event-1", b"hello")


def test_install_event_names_the_installer(serve: Any) -> None:
    seen: list[OnInstallEvent] = []
    stub = serve(plugin_for(OnInstall, lambda self, context, event: seen.append(event)))
    call(stub, OnInstall, build_request(OnInstall, {"event": sample(OnInstallEvent)}))
    assert seen[0].user_id == "u1"


def test_saml_login_can_fail_the_login(serve: Any) -> None:
    def check(self: Any, context: Any, user: User, assertion: AssertionInfo) -> None:
        if assertion.name_id != user.email:
            raise PermissionError(f"assertion for {assertion.name_id} does not match {user.email}")

    stub = serve(plugin_for(OnSAMLLogin, check))
    other = sample(AssertionInfo)
    other.name_id = "mallory@example.com"
    assert not call(stub, OnSAMLLogin, build_request(OnSAMLLogin, {"user": sample(User), "assertion": sample(AssertionInfo)})).HasField("error")
    error = call(stub, OnSAMLLogin, build_request(OnSAMLLogin, {"user": sample(User), "assertion": other})).error
    assert error.message == "assertion for mallory@example.com does not match alice@example.com"


def test_file_download_hook_sees_the_download_type_and_public_access(serve: Any) -> None:
    def guard(self: Any, context: Any, file_info: FileInfo, user_id: str, download_type: str) -> str:
        return "public links are off" if download_type == "public" and not user_id else ""

    stub = serve(plugin_for(FileWillBeDownloaded, guard))
    public = build_request(FileWillBeDownloaded, {"file_info": sample(FileInfo), "user_id": "", "download_type": "public"})
    private = build_request(FileWillBeDownloaded, {"file_info": sample(FileInfo), "user_id": "u1", "download_type": "file"})
    assert call(stub, FileWillBeDownloaded, public).rejection == "public links are off"
    assert call(stub, FileWillBeDownloaded, private).rejection == ""


def test_websocket_message_has_scalars_and_the_request(serve: Any) -> None:
    seen: list[tuple[str, str, WebSocketRequest]] = []
    stub = serve(plugin_for(WebSocketMessageHasBeenPosted, lambda self, conn, user, request: seen.append((conn, user, request))))
    request = sample(WebSocketRequest)
    call(stub, WebSocketMessageHasBeenPosted, build_request(WebSocketMessageHasBeenPosted, {"web_conn_id": "c-1", "user_id": "u-1", "request": request}))
    assert seen == [("c-1", "u-1", request)]
    assert seen[0][2].data == {"a": 1}
