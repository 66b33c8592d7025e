"""Every hook: a plugin that implements all 51 Mattermost hooks.

It is the plugin the Go conformance suite (tests/conformance) launches through
the real hashicorp/go-plugin client, and it doubles as a tour of what each hook
receives and what it may return. Each hook picks one of its possible results
from its input, so that a caller can exercise every form:

- void hooks (``*_has_been_*``, ``on_websocket_*`` ...) record what they saw;
  the ``/everyhook seen`` command hands the records back and clears them;
- reject hooks return None/"" to allow, or a reason;
- modify hooks return None (unchanged), a replacement, a reason, or a Go-style
  ``(replacement, reason)`` tuple;
- hooks whose Go signature returns an error raise ``PluginError`` (or any
  exception) to fail;
- ``/everyhook arm <GoHookName>`` makes the next call of a hook with no useful
  input (OnActivate, OnDeactivate, OnConfigurationChange, OnSendDailyTelemetry,
  GenerateSupportData) fail;
- the streaming hooks serve a few HTTP routes (``serve_http``), the plugin's
  metrics (``serve_metrics``) and read, replace or reject uploads by file name
  (``file_will_be_uploaded``).

Run it as Mattermost would: ``python -m mattermost_plugin serve examples/every_hook/plugin.py``
(under a go-plugin host). README.md lists each hook's behaviour.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from typing import Any, Iterator, Optional

from mattermost_plugin import (
    DISMISS_POST,
    AssertionInfo,
    Channel,
    ChannelMember,
    CommandArgs,
    CommandResponse,
    Config,
    Context,
    Draft,
    EmailNotification,
    EmailNotificationContent,
    FileData,
    FileInfo,
    OnInstallEvent,
    Plugin,
    PluginClusterEvent,
    PluginError,
    Post,
    Preference,
    ProductLimits,
    PushNotification,
    Reaction,
    RemoteCluster,
    ScheduledPost,
    SyncMsg,
    SyncResponse,
    TeamMember,
    User,
    WebSocketRequest,
)
from mattermost_plugin.http import Body, Request, Response

MAX_DRAFT_LENGTH = 100
MAX_SYNCED_FILE_SIZE = 10 * 1024 * 1024


class EveryHook(Plugin):
    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._events: list[dict[str, Any]] = []
        self._armed: set[str] = set()
        self._configuration_changes = 0
        self._requests = 0
        self._released = threading.Event()

    # -- helpers (underscore names are not hooks) ------------------------------

    def _record(self, hook: str, context: Optional[Context] = None, **details: Any) -> None:
        """Remember that a hook ran and with what; ``/everyhook seen`` returns the records."""
        event: dict[str, Any] = {"hook": hook}
        if context is not None:
            event["request_id"] = context.request_id
        event.update(details)
        with self._lock:
            self._events.append(event)

    def _take_events(self) -> list[dict[str, Any]]:
        with self._lock:
            events, self._events = self._events, []
        return events

    def _disarm(self, hook: str) -> bool:
        """True (once) when ``/everyhook arm <hook>`` asked the next call of ``hook`` to fail."""
        with self._lock:
            if hook in self._armed:
                self._armed.discard(hook)
                return True
            return False

    # -- lifecycle ------------------------------------------------------------

    def on_activate(self) -> None:
        if self._disarm("OnActivate"):
            raise PluginError(
                "activation refused",
                id="every_hook.activate.refused",
                status_code=503,
                detailed_error="armed by /everyhook arm OnActivate",
            )
        self.logger.info("every_hook activated")
        self._record("OnActivate")

    def on_deactivate(self) -> None:
        if self._disarm("OnDeactivate"):
            # Any exception works: it becomes an AppError with id "plugin.error".
            raise RuntimeError("could not flush the cache")
        self._record("OnDeactivate")

    def on_configuration_change(self) -> None:
        if self._disarm("OnConfigurationChange"):
            raise PluginError(
                "configuration rejected", id="every_hook.configuration.invalid", status_code=400
            )
        self._configuration_changes += 1
        # Extra fields travel to the server log with the message.
        self.logger.warning("configuration changed", extra={"calls": self._configuration_changes})
        self._record("OnConfigurationChange")

    def on_install(self, context: Context, event: OnInstallEvent) -> None:
        if not event.user_id:
            raise PluginError(
                "installed without a user", id="every_hook.install.anonymous", status_code=400
            )
        self._record("OnInstall", context, user_id=event.user_id)

    def on_send_daily_telemetry(self) -> None:
        if self._disarm("OnSendDailyTelemetry"):
            # OnSendDailyTelemetry returns nothing in Go: an exception here is a
            # plugin bug, reported to the host as gRPC status INTERNAL.
            raise RuntimeError("telemetry exploded")
        self._record("OnSendDailyTelemetry")

    # -- slash commands -------------------------------------------------------

    def execute_command(self, context: Context, args: CommandArgs) -> CommandResponse | str | None:
        """``/everyhook <sub-command> [text]``."""
        _, _, rest = args.command.partition(" ")
        sub, _, text = rest.partition(" ")
        if sub == "echo":
            return CommandResponse(
                response_type="in_channel",
                text=text,
                channel_id=args.channel_id,
                props={
                    "user_id": args.user_id,
                    "team_id": args.team_id,
                    "root_id": args.root_id,
                    "trigger_id": args.trigger_id,
                    "site_url": args.site_url,
                    "request_id": context.request_id,
                },
            )
        if sub == "whisper":
            return text  # a str is an ephemeral reply
        if sub == "quiet":
            return None  # an empty response
        if sub == "rich":
            return CommandResponse(
                response_type="in_channel",
                text="rich reply",
                username="every-hook",
                icon_url="https://example.com/icon.png",
                goto_location="https://example.com/docs",
                skip_slack_parsing=True,
                attachments=[
                    {
                        "title": "Attachment ✓",
                        "color": "#00ff00",
                        "fields": [{"title": "Field", "value": "42", "short": True}],
                    }
                ],
                extra_responses=[CommandResponse(response_type="ephemeral", text="and one more thing")],
            )
        if sub == "seen":
            return CommandResponse(response_type="ephemeral", props={"events": self._take_events()})
        if sub == "arm":
            with self._lock:
                self._armed.add(text)
            return f"the next {text} call will fail"
        if sub == "fail":
            raise PluginError(
                "the command failed on purpose",
                id="every_hook.command.failed",
                status_code=418,
                detailed_error="asked to fail",
            )
        if sub == "crash":
            raise ValueError("boom")
        if sub == "pid":
            return CommandResponse(response_type="ephemeral", props={"pid": os.getpid()})
        raise PluginError(f"unknown sub-command {sub!r}", id="every_hook.command.unknown", status_code=404)

    # -- posts ----------------------------------------------------------------

    def message_will_be_posted(self, context: Context, post: Post):
        if "darn" in post.message:
            return "Watch your language"  # reject
        if "spam" in post.message:
            return DISMISS_POST  # drop silently
        if post.message.startswith("shout:"):
            post.message = post.message.removeprefix("shout:").strip().upper()
            post.props = {**(post.props or {}), "shouted": True}
            return post  # replace
        if post.message.startswith("tuple:"):
            post.message = post.message.removeprefix("tuple:").strip()
            return post, ""  # replace, Go style
        return None  # allow unchanged

    def message_will_be_updated(self, context: Context, new_post: Post, old_post: Post):
        if new_post.message == old_post.message:
            return None, "nothing changed"  # reject, Go style
        if "keep" in new_post.message:
            return None
        new_post.props = {**(new_post.props or {}), "previous_message": old_post.message}
        return new_post, ""

    def message_has_been_posted(self, context: Context, post: Post) -> None:
        priority = (post.metadata.priority or {}).get("priority") if post.metadata else None
        self._record(
            "MessageHasBeenPosted",
            context,
            post_id=post.id,
            message=post.message,
            user_id=post.user_id,
            remote_id=post.remote_id,
            file_ids=post.file_ids,
            priority=priority,
            participants=[user.username for user in post.participants or []],
        )

    def message_has_been_updated(self, context: Context, new_post: Post, old_post: Post) -> None:
        self._record(
            "MessageHasBeenUpdated", context, post_id=new_post.id, new=new_post.message, old=old_post.message
        )

    def message_has_been_deleted(self, context: Context, post: Post) -> None:
        self._record("MessageHasBeenDeleted", context, post_id=post.id, delete_at=post.delete_at)

    def messages_will_be_consumed(self, posts: list[Post]) -> Optional[list[Post]]:
        if not any("secret" in post.message for post in posts):
            return None  # the host keeps the list as it was
        for post in posts:
            if "secret" in post.message:
                post.message = "(redacted)"
        return posts

    def messages_will_be_consumed_with_context(self, context: Context, posts: list[Post]) -> Optional[list[Post]]:
        changed = [post for post in posts if "secret" in post.message]
        if not changed:
            return None
        for post in changed:
            post.message = f"(redacted for {context.connection_id})"
        return changed  # only the changed posts: the host replaces them by id

    def scheduled_post_will_be_created(self, context: Context, scheduled_post: ScheduledPost):
        if scheduled_post.scheduled_at <= scheduled_post.create_at:
            return "a scheduled post must be in the future"
        if scheduled_post.message != scheduled_post.message.strip():
            scheduled_post.message = scheduled_post.message.strip()
            return scheduled_post
        return None

    def draft_will_be_upserted(self, context: Context, draft: Draft):
        if len(draft.message) > MAX_DRAFT_LENGTH:
            return f"drafts are limited to {MAX_DRAFT_LENGTH} characters"
        if draft.message != draft.message.strip():
            draft.message = draft.message.strip()
            return draft, ""
        return None

    # -- reactions ------------------------------------------------------------

    def reaction_has_been_added(self, context: Context, reaction: Reaction) -> None:
        self._record("ReactionHasBeenAdded", context, **self._reaction(reaction))

    def reaction_has_been_removed(self, context: Context, reaction: Reaction) -> None:
        self._record("ReactionHasBeenRemoved", context, **self._reaction(reaction))

    @staticmethod
    def _reaction(reaction: Reaction) -> dict[str, Any]:
        return {
            "emoji_name": reaction.emoji_name,
            "post_id": reaction.post_id,
            "user_id": reaction.user_id,
            "remote_id": reaction.remote_id,
            "create_at": reaction.create_at,
        }

    # -- channels -------------------------------------------------------------

    def channel_has_been_created(self, context: Context, channel: Channel) -> None:
        self._record(
            "ChannelHasBeenCreated",
            context,
            channel_id=channel.id,
            name=channel.name,
            display_name=channel.display_name,
            type=channel.type,
            shared=channel.shared,
            banner=channel.banner_info.text if channel.banner_info else None,
        )

    def channel_will_be_updated(self, context: Context, new_channel: Channel, old_channel: Channel):
        if new_channel.name != old_channel.name:
            return "channel names cannot change"
        if new_channel.header != new_channel.header.strip():
            new_channel.header = new_channel.header.strip()
            return new_channel
        return None

    def channel_will_be_archived(self, context: Context, channel: Channel) -> Optional[str]:
        if channel.name == "town-square":
            return "town-square cannot be archived"
        return None

    def channel_will_be_restored(self, context: Context, channel: Channel) -> str:
        if (channel.props or {}).get("frozen"):
            return f"{channel.name} is frozen"
        return ""  # "" allows, like None

    def channel_member_will_be_added(self, context: Context, channel_member: ChannelMember):
        if channel_member.user_id.startswith("blocked"):
            return f"{channel_member.user_id} may not join channels"
        if channel_member.scheme_guest:
            channel_member.notify_props = {**(channel_member.notify_props or {}), "push": "none"}
            return channel_member
        return None

    def user_has_joined_channel(
        self, context: Context, channel_member: ChannelMember, actor: Optional[User]
    ) -> None:
        self._record(
            "UserHasJoinedChannel",
            context,
            channel_id=channel_member.channel_id,
            user_id=channel_member.user_id,
            actor=actor.username if actor else None,  # None: the user joined by themselves
        )

    def user_has_left_channel(
        self, context: Context, channel_member: ChannelMember, actor: Optional[User]
    ) -> None:
        self._record(
            "UserHasLeftChannel",
            context,
            channel_id=channel_member.channel_id,
            user_id=channel_member.user_id,
            actor=actor.username if actor else None,
        )

    # -- teams ----------------------------------------------------------------

    def team_member_will_be_added(self, context: Context, team_member: TeamMember):
        if team_member.team_id.startswith("closed"):
            return f"{team_member.team_id} is closed"
        if team_member.scheme_guest:
            team_member.roles = "team_guest"
            return team_member, ""
        return None

    def user_has_joined_team(self, context: Context, team_member: TeamMember, actor: Optional[User]) -> None:
        self._record(
            "UserHasJoinedTeam",
            context,
            team_id=team_member.team_id,
            user_id=team_member.user_id,
            actor=actor.username if actor else None,
        )

    def user_has_left_team(self, context: Context, team_member: TeamMember, actor: Optional[User]) -> None:
        self._record(
            "UserHasLeftTeam",
            context,
            team_id=team_member.team_id,
            user_id=team_member.user_id,
            actor=actor.username if actor else None,
        )

    # -- users ----------------------------------------------------------------

    def _user(self, hook: str, context: Context, user: User) -> None:
        self._record(
            hook,
            context,
            user_id=user.id,
            username=user.username,
            email=user.email,
            last_activity_at=user.last_activity_at,
            timezone=(user.timezone or {}).get("automaticTimezone"),
        )

    def user_has_been_created(self, context: Context, user: User) -> None:
        self._user("UserHasBeenCreated", context, user)

    def user_has_logged_in(self, context: Context, user: User) -> None:
        self._user("UserHasLoggedIn", context, user)

    def user_has_been_deactivated(self, context: Context, user: User) -> None:
        self._user("UserHasBeenDeactivated", context, user)

    def user_will_log_in(self, context: Context, user: User) -> Optional[str]:
        if user.is_bot:
            return "bots cannot log in here"
        return None

    def on_saml_login(self, context: Context, user: User, assertion: AssertionInfo) -> None:
        if assertion.name_id != user.email:
            raise PluginError(
                f"SAML NameID {assertion.name_id} does not match {user.email}",
                id="every_hook.saml.mismatch",
                status_code=403,
            )
        groups = (assertion.values or {}).get("groups", {}).get("Values") or []
        self._record(
            "OnSAMLLogin",
            context,
            user_id=user.id,
            name_id=assertion.name_id,
            session_index=assertion.session_index,
            groups=[value["Value"] for value in groups],
            signed=assertion.response_signature_validated,
        )

    def preferences_have_changed(self, context: Context, preferences: list[Preference]) -> None:
        self._record(
            "PreferencesHaveChanged",
            context,
            preferences=[[p.user_id, p.category, p.name, p.value] for p in preferences],
        )

    # -- files ----------------------------------------------------------------

    def file_will_be_downloaded(
        self, context: Context, file_info: FileInfo, user_id: str, download_type: str
    ) -> Optional[str]:
        if download_type == "public":  # user_id is "" for public links
            return "public links are disabled"
        if file_info.extension == "exe":
            return f"{file_info.name}: executables cannot be downloaded"
        return None

    # -- websocket ------------------------------------------------------------

    def on_websocket_connect(self, web_conn_id: str, user_id: str) -> None:
        self._record("OnWebSocketConnect", web_conn_id=web_conn_id, user_id=user_id)

    def on_websocket_disconnect(self, web_conn_id: str, user_id: str) -> None:
        self._record("OnWebSocketDisconnect", web_conn_id=web_conn_id, user_id=user_id)

    def websocket_message_has_been_posted(self, web_conn_id: str, user_id: str, request: WebSocketRequest) -> None:
        self._record(
            "WebSocketMessageHasBeenPosted",
            web_conn_id=web_conn_id,
            user_id=user_id,
            seq=request.seq,
            action=request.action,
            data=request.data,
        )

    # -- cluster --------------------------------------------------------------

    def on_plugin_cluster_event(self, context: Context, event: PluginClusterEvent) -> None:
        self._record("OnPluginClusterEvent", context, id=event.id, data_hex=(event.data or b"").hex())

    # -- system ---------------------------------------------------------------

    def run_data_retention(self, now_time: int, batch_size: int) -> int:
        """Pretend the plugin kept one item per second until ``now_time`` (ms) and
        deletes one batch of them: returns how many went."""
        if batch_size <= 0:
            raise PluginError(
                f"batch_size must be positive, got {batch_size}",
                id="every_hook.retention.batch_size",
                status_code=400,
            )
        return min(batch_size, now_time // 1000)

    def on_cloud_limits_updated(self, limits: Optional[ProductLimits]) -> None:
        if limits is None:
            self._record("OnCloudLimitsUpdated", limits=False)
            return
        self._record(
            "OnCloudLimitsUpdated",
            limits=True,
            files_total_storage=limits.files.total_storage if limits.files else None,
            messages_history=limits.messages.history if limits.messages else None,
            teams_active=limits.teams.active if limits.teams else None,
        )

    def configuration_will_be_saved(self, config: Config) -> Optional[Config]:
        site_url = config.ServiceSettings.get("SiteURL") or ""
        if site_url.startswith("http://"):
            # Raising blocks the save; the admin sees the message.
            raise PluginError(
                "SiteURL must use https", id="every_hook.config.insecure_site_url", status_code=400
            )
        if site_url.endswith("/"):
            config.ServiceSettings.SiteURL = site_url.rstrip("/")
            return config  # save this instead
        return None  # save as it is

    def generate_support_data(self, context: Context) -> list[FileData]:
        if self._disarm("GenerateSupportData"):
            raise PluginError("no support data today", id="every_hook.support.unavailable")
        diagnostics = {"plugin": "every_hook", "request_id": context.request_id}
        return [
            FileData(filename="every_hook/diagnostics.json", body=json.dumps(diagnostics).encode()),
            FileData(filename="every_hook/bytes.bin", body=b"\x00\x01\xfe\xff" + "grüße".encode()),
        ]

    # -- shared channels ------------------------------------------------------

    def on_shared_channels_sync_msg(self, msg: SyncMsg, remote_cluster: RemoteCluster) -> SyncResponse:
        if remote_cluster.name == "broken":
            raise PluginError(
                f"remote {remote_cluster.name} is unreachable", id="every_hook.sync.unavailable", status_code=503
            )
        return SyncResponse(
            users_last_update_at=max((user.update_at for user in msg.users.values()), default=0),
            users_syncd=sorted(msg.users),
            posts_last_update_at=max((post.update_at for post in msg.posts), default=0),
            post_errors=[post.id for post in msg.posts if "fail" in post.message],
            reactions_last_update_at=max((reaction.update_at for reaction in msg.reactions), default=0),
        )

    def on_shared_channels_ping(self, remote_cluster: RemoteCluster) -> bool:
        return not remote_cluster.name.startswith("down")

    def on_shared_channels_attachment_sync_msg(
        self, file_info: FileInfo, post: Post, remote_cluster: RemoteCluster
    ) -> None:
        if file_info.size > MAX_SYNCED_FILE_SIZE:
            raise PluginError(f"{file_info.name} is too large to sync", id="every_hook.sync.too_large", status_code=413)
        self._record(
            "OnSharedChannelsAttachmentSyncMsg",
            file_id=file_info.id,
            post_id=post.id,
            remote=remote_cluster.name,
            size=file_info.size,
        )

    def on_shared_channels_profile_image_sync_msg(self, user: User, remote_cluster: RemoteCluster) -> None:
        if not user.last_picture_update:
            raise PluginError(f"{user.username} has no profile picture", id="every_hook.sync.no_picture", status_code=404)
        self._record(
            "OnSharedChannelsProfileImageSyncMsg",
            user_id=user.id,
            remote=remote_cluster.name,
            last_picture_update=user.last_picture_update,
        )

    # -- notifications --------------------------------------------------------

    def notification_will_be_pushed(self, push_notification: PushNotification, user_id: str):
        if push_notification.channel_name.startswith("muted"):
            return f"{user_id} muted {push_notification.channel_name}"
        if "password" in push_notification.message:
            # channel_type and post_type are json:"-" in Go; the hook carries them beside the JSON.
            direct = push_notification.channel_type == "D"
            push_notification.message = "(direct message hidden)" if direct else "(message hidden)"
            return push_notification
        return None

    def email_notification_will_be_sent(self, email_notification: EmailNotification):
        if email_notification.channel_name == "noisy":
            return "no emails from noisy"
        if email_notification.is_direct_message:
            return EmailNotificationContent(
                subject="[DM] " + email_notification.subject,
                title=email_notification.title,
                subtitle=email_notification.subtitle,
                message_html=email_notification.message_html,
                message_text=email_notification.message_text,
                button_text=email_notification.button_text,
                button_url=email_notification.button_url,
                footer_text="sent by every_hook",
            )
        return None

    # -- HTTP, metrics and uploads (streaming hooks) --------------------------

    def serve_http(self, context: Context, request: Request) -> Response | dict[str, Any] | str:
        """The routes below /plugins/<id>; README.md lists them."""
        with self._lock:
            self._requests += 1
        path = request.path
        if path == "/echo":
            digest, length = hashlib.sha256(), 0
            for chunk in request.body.chunks():  # streamed: the body is never held whole
                digest.update(chunk)
                length += len(chunk)
            answer = {
                "method": request.method,
                "path": path,
                "query": request.query_params,
                "root_path": request.root_path,
                "user_id": request.user_id,
                "request_id": context.request_id,
                "header": request.headers.get("X-Every-Hook", ""),
                "length": length,
                "sha256": digest.hexdigest(),
            }
            return Response.json(answer, headers={"X-Every-Hook": "echo"})
        if path.startswith("/status/"):
            return Response.text(f"status {path[8:]}", status=int(path[8:]))
        if path == "/text":
            return "plain text"
        if path == "/download":
            size = int(request.query_param("size", "0"))
            return Response(_pattern(size), headers={"Content-Length": str(size)}, content_type="application/octet-stream")
        if path == "/events":
            self._released.clear()
            return Response(self._events_until_released(), content_type="text/event-stream")
        if path == "/release":
            self._released.set()
            return Response(status=204)
        if path == "/ticks":
            return Response(self._ticks(), content_type="text/event-stream")
        if path == "/fail":
            raise RuntimeError("the handler failed")
        if path == "/too-large":
            return {"length": len(request.read())}  # a body over max_request_body raises BodyTooLarge: 413
        return Response.text("no such route", status=404)

    max_request_body = 1024 * 1024  # /too-large answers 413 past 1 MiB

    def _events_until_released(self) -> Iterator[str]:
        """Server-sent events: the first at once, the second once /release was requested."""
        yield "data: first\n\n"
        self._released.wait(10)
        yield "data: second\n\n"

    def _ticks(self) -> Iterator[str]:
        """A tick every 50 ms until the client goes away (then the generator is closed, and that is recorded)."""
        count = 0
        try:
            while True:
                count += 1
                yield f"data: tick {count}\n\n"
                time.sleep(0.05)
        finally:
            self._record("ServeHTTP", path="/ticks", stopped_after=count)

    async def serve_metrics(self, context: Context, request: Request) -> str:
        """Prometheus' text format (a str is sent as text/plain; version=0.0.4)."""
        with self._lock:
            requests = self._requests
        return (
            "# HELP every_hook_requests_total HTTP requests served.\n"
            "# TYPE every_hook_requests_total counter\n"
            f"every_hook_requests_total {requests}\n"
        )

    def file_will_be_uploaded(self, context: Context, file_info: FileInfo, file: Body):
        """By the file's name: reject, replace its contents, its FileInfo, both, fail, or let it through."""
        name = file_info.name
        if name.endswith(".exe"):
            return "executables are not allowed"
        if name.startswith("upper"):
            return (chunk.upper() for chunk in file.chunks())  # streamed back while the upload is read
        if name.startswith("rename"):
            file_info.name = "renamed-" + name
            return file_info
        if name.startswith("both"):
            file_info.name = "both-replaced.txt"
            return file_info, b"replaced contents"
        if name.startswith("crash"):
            raise RuntimeError("the upload hook failed")
        length = sum(len(chunk) for chunk in file.chunks())
        self._record("FileWillBeUploaded", context, name=name, length=length)
        return None


def _pattern(size: int) -> Iterator[bytes]:
    """``size`` bytes of a repeating pattern, 64 KiB at a time."""
    block = bytes(range(256)) * 256
    while size > 0:
        piece = block[: min(size, len(block))]
        size -= len(piece)
        yield piece
