"""One typed method per served hook (generated from the hook classes; do not edit)."""

# This file is generated from the hook classes in mattermost_plugin.hooks.
# Regenerate with: python -m mattermost_plugin._generate

from __future__ import annotations

from typing import Any, BinaryIO, Iterable, Optional, Sequence, Union

from mattermost_plugin import hooks
from mattermost_plugin._context import Context
from mattermost_plugin._hook import Hook
from mattermost_plugin.models import (
    AssertionInfo,
    Channel,
    ChannelMember,
    CommandArgs,
    CommandResponse,
    Config,
    Draft,
    EmailNotification,
    EmailNotificationContent,
    FileData,
    FileInfo,
    OnInstallEvent,
    PluginClusterEvent,
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
from mattermost_plugin.http import Body
from mattermost_plugin.http import Request
from mattermost_plugin._outcomes import (
    ErrorOutcome,
    HTTPResult,
    ModifyOutcome,
    Ok,
    Outcome,
    RejectOutcome,
    UploadOutcome,
    Value,
    ValueOutcome,
)


class HookMethods:
    """Typed methods for every hook Mattermost calls; see PluginHarness."""

    def _call(
        self, hook: type[Hook], arguments: Sequence[Any], context: Optional[Context], timeout: Optional[float]
    ) -> Outcome:
        raise NotImplementedError

    def on_activate(self, *, timeout: Optional[float] = None) -> ErrorOutcome:
        """The plugin is starting; raise to abort activation (no other hook runs until this succeeds).

        Calls OnActivate (Mattermost 5.2+) as the server would; returns
        Ok() or Failed(AppError).
        """
        return self._call(hooks.OnActivate, (), None, timeout)  # type: ignore[return-value]

    def on_deactivate(self, *, timeout: Optional[float] = None) -> ErrorOutcome:
        """The plugin is stopping; the last chance to use the API.

        Calls OnDeactivate (Mattermost 5.2+) as the server would; returns
        Ok() or Failed(AppError).
        """
        return self._call(hooks.OnDeactivate, (), None, timeout)  # type: ignore[return-value]

    def serve_http(
        self,
        request: Request,
        *,
        context: Optional[Context] = None,
        timeout: Optional[float] = None,
    ) -> HTTPResult:
        """Serves an HTTP request sent to /plugins/{plugin id}/...; return the response (mount a web app with asgi/wsgi).

        Calls ServeHTTP (Mattermost 5.2+) as the server would; returns
        HTTPResult(status, headers, body).
        """
        return self._call(hooks.ServeHTTP, (request,), context, timeout)  # type: ignore[return-value]

    def on_configuration_change(self, *, timeout: Optional[float] = None) -> ErrorOutcome:
        """The configuration may have changed; also runs once before OnActivate. Errors are only logged.

        Calls OnConfigurationChange (Mattermost 5.2+) as the server would; returns
        Ok() or Failed(AppError).
        """
        return self._call(hooks.OnConfigurationChange, (), None, timeout)  # type: ignore[return-value]

    def execute_command(
        self,
        args: Optional[CommandArgs],
        *,
        context: Optional[Context] = None,
        timeout: Optional[float] = None,
    ) -> ValueOutcome[CommandResponse]:
        """Runs a slash command the plugin registered; return the reply (a str is an ephemeral reply).

        Calls ExecuteCommand (Mattermost 5.2+) as the server would; returns
        Value(CommandResponse) or Failed(AppError).
        """
        return self._call(hooks.ExecuteCommand, (args,), context, timeout)  # type: ignore[return-value]

    def message_will_be_posted(
        self,
        post: Optional[Post],
        *,
        context: Optional[Context] = None,
        timeout: Optional[float] = None,
    ) -> ModifyOutcome[Post]:
        """Before a new post is saved: allow it, replace it, reject it, or dismiss it with DISMISS_POST.

        Calls MessageWillBePosted (Mattermost 5.2+) as the server would; returns
        Allowed(), Replaced(Post), Rejected(reason) or Dismissed().
        """
        return self._call(hooks.MessageWillBePosted, (post,), context, timeout)  # type: ignore[return-value]

    def message_will_be_updated(
        self,
        new_post: Optional[Post],
        old_post: Optional[Post],
        *,
        context: Optional[Context] = None,
        timeout: Optional[float] = None,
    ) -> ModifyOutcome[Post]:
        """Before an edit is saved: allow, replace or reject it (a rejected edit leaves the post as it was).

        Calls MessageWillBeUpdated (Mattermost 5.2+) as the server would; returns
        Allowed(), Replaced(Post) or Rejected(reason).
        """
        return self._call(hooks.MessageWillBeUpdated, (new_post, old_post), context, timeout)  # type: ignore[return-value]

    def message_has_been_posted(
        self,
        post: Optional[Post],
        *,
        context: Optional[Context] = None,
        timeout: Optional[float] = None,
    ) -> Ok:
        """After a new post is stored.

        Calls MessageHasBeenPosted (Mattermost 5.2+) as the server would; returns
        Ok().
        """
        return self._call(hooks.MessageHasBeenPosted, (post,), context, timeout)  # type: ignore[return-value]

    def message_has_been_updated(
        self,
        new_post: Optional[Post],
        old_post: Optional[Post],
        *,
        context: Optional[Context] = None,
        timeout: Optional[float] = None,
    ) -> Ok:
        """After an edit is stored.

        Calls MessageHasBeenUpdated (Mattermost 5.2+) as the server would; returns
        Ok().
        """
        return self._call(hooks.MessageHasBeenUpdated, (new_post, old_post), context, timeout)  # type: ignore[return-value]

    def user_has_joined_channel(
        self,
        channel_member: Optional[ChannelMember],
        actor: Optional[User] = None,
        *,
        context: Optional[Context] = None,
        timeout: Optional[float] = None,
    ) -> Ok:
        """After a channel membership is saved; ``actor`` is who added the user, or None.

        Calls UserHasJoinedChannel (Mattermost 5.2+) as the server would; returns
        Ok().
        """
        return self._call(hooks.UserHasJoinedChannel, (channel_member, actor), context, timeout)  # type: ignore[return-value]

    def user_has_left_channel(
        self,
        channel_member: Optional[ChannelMember],
        actor: Optional[User] = None,
        *,
        context: Optional[Context] = None,
        timeout: Optional[float] = None,
    ) -> Ok:
        """After a channel membership is removed; ``actor`` is who removed the user, or None.

        Calls UserHasLeftChannel (Mattermost 5.2+) as the server would; returns
        Ok().
        """
        return self._call(hooks.UserHasLeftChannel, (channel_member, actor), context, timeout)  # type: ignore[return-value]

    def user_has_joined_team(
        self,
        team_member: Optional[TeamMember],
        actor: Optional[User] = None,
        *,
        context: Optional[Context] = None,
        timeout: Optional[float] = None,
    ) -> Ok:
        """After a team membership is saved; ``actor`` is who added the user, or None.

        Calls UserHasJoinedTeam (Mattermost 5.2+) as the server would; returns
        Ok().
        """
        return self._call(hooks.UserHasJoinedTeam, (team_member, actor), context, timeout)  # type: ignore[return-value]

    def user_has_left_team(
        self,
        team_member: Optional[TeamMember],
        actor: Optional[User] = None,
        *,
        context: Optional[Context] = None,
        timeout: Optional[float] = None,
    ) -> Ok:
        """After a team membership is removed; ``actor`` is who removed the user, or None.

        Calls UserHasLeftTeam (Mattermost 5.2+) as the server would; returns
        Ok().
        """
        return self._call(hooks.UserHasLeftTeam, (team_member, actor), context, timeout)  # type: ignore[return-value]

    def channel_has_been_created(
        self,
        channel: Optional[Channel],
        *,
        context: Optional[Context] = None,
        timeout: Optional[float] = None,
    ) -> Ok:
        """After a new channel is stored.

        Calls ChannelHasBeenCreated (Mattermost 5.2+) as the server would; returns
        Ok().
        """
        return self._call(hooks.ChannelHasBeenCreated, (channel,), context, timeout)  # type: ignore[return-value]

    def file_will_be_uploaded(
        self,
        file_info: FileInfo,
        file: Union[bytes, BinaryIO, Iterable[bytes], Body],
        *,
        context: Optional[Context] = None,
        timeout: Optional[float] = None,
    ) -> UploadOutcome:
        """Before an uploaded file is stored: read it as a stream; replace it, replace its FileInfo, or reject it.

        Calls FileWillBeUploaded (Mattermost 5.2+) as the server would; returns
        Allowed(), Replaced(ReplacedFile(file_info, data)) or Rejected(reason).
        """
        return self._call(hooks.FileWillBeUploaded, (file_info, file), context, timeout)  # type: ignore[return-value]

    def user_will_log_in(
        self,
        user: Optional[User],
        *,
        context: Optional[Context] = None,
        timeout: Optional[float] = None,
    ) -> RejectOutcome:
        """Before a login completes; return a reason to block it.

        Calls UserWillLogIn (Mattermost 5.2+) as the server would; returns
        Allowed() or Rejected(reason).
        """
        return self._call(hooks.UserWillLogIn, (user,), context, timeout)  # type: ignore[return-value]

    def user_has_logged_in(
        self,
        user: Optional[User],
        *,
        context: Optional[Context] = None,
        timeout: Optional[float] = None,
    ) -> Ok:
        """After a successful login.

        Calls UserHasLoggedIn (Mattermost 5.2+) as the server would; returns
        Ok().
        """
        return self._call(hooks.UserHasLoggedIn, (user,), context, timeout)  # type: ignore[return-value]

    def user_has_been_created(
        self,
        user: Optional[User],
        *,
        context: Optional[Context] = None,
        timeout: Optional[float] = None,
    ) -> Ok:
        """After a user account is created.

        Calls UserHasBeenCreated (Mattermost 5.10+) as the server would; returns
        Ok().
        """
        return self._call(hooks.UserHasBeenCreated, (user,), context, timeout)  # type: ignore[return-value]

    def reaction_has_been_added(
        self,
        reaction: Optional[Reaction],
        *,
        context: Optional[Context] = None,
        timeout: Optional[float] = None,
    ) -> Ok:
        """After a reaction is stored, including reactions plugins add.

        Calls ReactionHasBeenAdded (Mattermost 5.30+) as the server would; returns
        Ok().
        """
        return self._call(hooks.ReactionHasBeenAdded, (reaction,), context, timeout)  # type: ignore[return-value]

    def reaction_has_been_removed(
        self,
        reaction: Optional[Reaction],
        *,
        context: Optional[Context] = None,
        timeout: Optional[float] = None,
    ) -> Ok:
        """After a reaction's removal is stored.

        Calls ReactionHasBeenRemoved (Mattermost 5.30+) as the server would; returns
        Ok().
        """
        return self._call(hooks.ReactionHasBeenRemoved, (reaction,), context, timeout)  # type: ignore[return-value]

    def on_plugin_cluster_event(
        self,
        event: PluginClusterEvent,
        *,
        context: Optional[Context] = None,
        timeout: Optional[float] = None,
    ) -> Ok:
        """An event another node's copy of this plugin sent with PublishPluginClusterEvent.

        Calls OnPluginClusterEvent (Mattermost 5.36+) as the server would; returns
        Ok().
        """
        return self._call(hooks.OnPluginClusterEvent, (event,), context, timeout)  # type: ignore[return-value]

    def on_websocket_connect(self, web_conn_id: str, user_id: str, *, timeout: Optional[float] = None) -> Ok:
        """A user's websocket connection opened.

        Calls OnWebSocketConnect (Mattermost 6.0+) as the server would; returns
        Ok().
        """
        return self._call(hooks.OnWebSocketConnect, (web_conn_id, user_id), None, timeout)  # type: ignore[return-value]

    def on_websocket_disconnect(
        self,
        web_conn_id: str,
        user_id: str,
        *,
        timeout: Optional[float] = None,
    ) -> Ok:
        """A user's websocket connection closed.

        Calls OnWebSocketDisconnect (Mattermost 6.0+) as the server would; returns
        Ok().
        """
        return self._call(hooks.OnWebSocketDisconnect, (web_conn_id, user_id), None, timeout)  # type: ignore[return-value]

    def websocket_message_has_been_posted(
        self,
        web_conn_id: str,
        user_id: str,
        request: Optional[WebSocketRequest],
        *,
        timeout: Optional[float] = None,
    ) -> Ok:
        """A client sent a message over its websocket.

        Calls WebSocketMessageHasBeenPosted (Mattermost 6.0+) as the server would; returns
        Ok().
        """
        return self._call(hooks.WebSocketMessageHasBeenPosted, (web_conn_id, user_id, request), None, timeout)  # type: ignore[return-value]

    def run_data_retention(
        self,
        now_time: int,
        batch_size: int,
        *,
        timeout: Optional[float] = None,
    ) -> ValueOutcome[int]:
        """During the data retention job: delete the plugin's old data and return how many items went.

        Calls RunDataRetention (Mattermost 6.4+) as the server would; returns
        Value(int) or Failed(AppError).
        """
        return self._call(hooks.RunDataRetention, (now_time, batch_size), None, timeout)  # type: ignore[return-value]

    def on_install(
        self,
        event: OnInstallEvent,
        *,
        context: Optional[Context] = None,
        timeout: Optional[float] = None,
    ) -> ErrorOutcome:
        """The plugin was installed through onboarding (on every installation).

        Calls OnInstall (Mattermost 6.5+) as the server would; returns
        Ok() or Failed(AppError).
        """
        return self._call(hooks.OnInstall, (event,), context, timeout)  # type: ignore[return-value]

    def on_send_daily_telemetry(self, *, timeout: Optional[float] = None) -> Ok:
        """The server is sending its daily telemetry.

        Calls OnSendDailyTelemetry (Mattermost 6.5+) as the server would; returns
        Ok().
        """
        return self._call(hooks.OnSendDailyTelemetry, (), None, timeout)  # type: ignore[return-value]

    def on_cloud_limits_updated(
        self,
        limits: Optional[ProductLimits],
        *,
        timeout: Optional[float] = None,
    ) -> Ok:
        """The cloud plan's product limits changed.

        Calls OnCloudLimitsUpdated (Mattermost 7.0+) as the server would; returns
        Ok().
        """
        return self._call(hooks.OnCloudLimitsUpdated, (limits,), None, timeout)  # type: ignore[return-value]

    def configuration_will_be_saved(
        self,
        config: Optional[Config],
        *,
        timeout: Optional[float] = None,
    ) -> ModifyOutcome[Config]:
        """Before the configuration is saved: return a Config to save instead, raise to block the save.

        Calls ConfigurationWillBeSaved (Mattermost 8.0+) as the server would; returns
        Allowed(), Replaced(Config) or Failed(AppError).
        """
        return self._call(hooks.ConfigurationWillBeSaved, (config,), None, timeout)  # type: ignore[return-value]

    def notification_will_be_pushed(
        self,
        push_notification: Optional[PushNotification],
        user_id: str,
        *,
        timeout: Optional[float] = None,
    ) -> ModifyOutcome[PushNotification]:
        """Before a push notification goes to the push proxy: allow, replace or drop it.

        Calls NotificationWillBePushed (Mattermost 9.0+) as the server would; returns
        Allowed(), Replaced(PushNotification) or Rejected(reason).
        """
        return self._call(hooks.NotificationWillBePushed, (push_notification, user_id), None, timeout)  # type: ignore[return-value]

    def user_has_been_deactivated(
        self,
        user: Optional[User],
        *,
        context: Optional[Context] = None,
        timeout: Optional[float] = None,
    ) -> Ok:
        """After a user is deactivated.

        Calls UserHasBeenDeactivated (Mattermost 9.1+) as the server would; returns
        Ok().
        """
        return self._call(hooks.UserHasBeenDeactivated, (user,), context, timeout)  # type: ignore[return-value]

    def message_has_been_deleted(
        self,
        post: Optional[Post],
        *,
        context: Optional[Context] = None,
        timeout: Optional[float] = None,
    ) -> Ok:
        """After a post is deleted.

        Calls MessageHasBeenDeleted (Mattermost 9.1+) as the server would; returns
        Ok().
        """
        return self._call(hooks.MessageHasBeenDeleted, (post,), context, timeout)  # type: ignore[return-value]

    def messages_will_be_consumed(
        self,
        posts: list[Post],
        *,
        timeout: Optional[float] = None,
    ) -> ModifyOutcome[list[Post]]:
        """Before posts read from the database go to a client; return the list to send instead.

        Calls MessagesWillBeConsumed (Mattermost 9.3+) as the server would; returns
        Allowed() or Replaced(list[Post]).
        """
        return self._call(hooks.MessagesWillBeConsumed, (posts,), None, timeout)  # type: ignore[return-value]

    def serve_metrics(
        self,
        request: Request,
        *,
        context: Optional[Context] = None,
        timeout: Optional[float] = None,
    ) -> HTTPResult:
        """Serves the plugin's own metrics at /plugins/{plugin id}/metrics on the metrics listener (Prometheus text format).

        Calls ServeMetrics (Mattermost 9.2+) as the server would; returns
        HTTPResult(status, headers, body).
        """
        return self._call(hooks.ServeMetrics, (request,), context, timeout)  # type: ignore[return-value]

    def on_shared_channels_sync_msg(
        self,
        msg: Optional[SyncMsg],
        remote_cluster: Optional[RemoteCluster],
        *,
        timeout: Optional[float] = None,
    ) -> ValueOutcome[SyncResponse]:
        """A batch of updates for one shared channel; the SyncResponse moves the sync cursors.

        Calls OnSharedChannelsSyncMsg (Mattermost 9.5+) as the server would; returns
        Value(SyncResponse) or Failed(AppError).
        """
        return self._call(hooks.OnSharedChannelsSyncMsg, (msg, remote_cluster), None, timeout)  # type: ignore[return-value]

    def on_shared_channels_ping(
        self,
        remote_cluster: Optional[RemoteCluster],
        *,
        timeout: Optional[float] = None,
    ) -> Value[bool]:
        """Health check: return False when the plugin or its upstream service has a problem.

        Calls OnSharedChannelsPing (Mattermost 9.5+) as the server would; returns
        Value(bool).
        """
        return self._call(hooks.OnSharedChannelsPing, (remote_cluster,), None, timeout)  # type: ignore[return-value]

    def preferences_have_changed(
        self,
        preferences: list[Preference],
        *,
        context: Optional[Context] = None,
        timeout: Optional[float] = None,
    ) -> Ok:
        """After one or more of a user's preferences change.

        Calls PreferencesHaveChanged (Mattermost 9.5+) as the server would; returns
        Ok().
        """
        return self._call(hooks.PreferencesHaveChanged, (preferences,), context, timeout)  # type: ignore[return-value]

    def on_shared_channels_attachment_sync_msg(
        self,
        file_info: Optional[FileInfo],
        post: Optional[Post],
        remote_cluster: Optional[RemoteCluster],
        *,
        timeout: Optional[float] = None,
    ) -> ErrorOutcome:
        """One file attachment to synchronise; the cursor advances when no error is raised.

        Calls OnSharedChannelsAttachmentSyncMsg (Mattermost 9.5+) as the server would; returns
        Ok() or Failed(AppError).
        """
        return self._call(hooks.OnSharedChannelsAttachmentSyncMsg, (file_info, post, remote_cluster), None, timeout)  # type: ignore[return-value]

    def on_shared_channels_profile_image_sync_msg(
        self,
        user: Optional[User],
        remote_cluster: Optional[RemoteCluster],
        *,
        timeout: Optional[float] = None,
    ) -> ErrorOutcome:
        """One user's profile image to synchronise; the cursor advances when no error is raised.

        Calls OnSharedChannelsProfileImageSyncMsg (Mattermost 9.5+) as the server would; returns
        Ok() or Failed(AppError).
        """
        return self._call(hooks.OnSharedChannelsProfileImageSyncMsg, (user, remote_cluster), None, timeout)  # type: ignore[return-value]

    def generate_support_data(
        self,
        *,
        context: Optional[Context] = None,
        timeout: Optional[float] = None,
    ) -> ValueOutcome[list[FileData]]:
        """A Support Packet is being generated; return files to add to it.

        Calls GenerateSupportData (Mattermost 9.8+) as the server would; returns
        Value(list[FileData]) or Failed(AppError).
        """
        return self._call(hooks.GenerateSupportData, (), context, timeout)  # type: ignore[return-value]

    def on_saml_login(
        self,
        user: Optional[User],
        assertion: Optional[AssertionInfo],
        *,
        context: Optional[Context] = None,
        timeout: Optional[float] = None,
    ) -> ErrorOutcome:
        """After a successful SAML login, with the parsed assertion; raise to make the login fail.

        Calls OnSAMLLogin (Mattermost 10.7+) as the server would; returns
        Ok() or Failed(AppError).
        """
        return self._call(hooks.OnSAMLLogin, (user, assertion), context, timeout)  # type: ignore[return-value]

    def email_notification_will_be_sent(
        self,
        email_notification: Optional[EmailNotification],
        *,
        timeout: Optional[float] = None,
    ) -> ModifyOutcome[EmailNotificationContent]:
        """Before a notification email is sent: allow it, replace its content or reject it.

        Calls EmailNotificationWillBeSent (Mattermost 11.0+) as the server would; returns
        Allowed(), Replaced(EmailNotificationContent) or Rejected(reason).
        """
        return self._call(hooks.EmailNotificationWillBeSent, (email_notification,), None, timeout)  # type: ignore[return-value]

    def file_will_be_downloaded(
        self,
        file_info: Optional[FileInfo],
        user_id: str,
        download_type: str,
        *,
        context: Optional[Context] = None,
        timeout: Optional[float] = None,
    ) -> RejectOutcome:
        """Before a file, thumbnail, preview or public link is served; return a reason to block it.

        Calls FileWillBeDownloaded (Mattermost 11.5+) as the server would; returns
        Allowed() or Rejected(reason).
        """
        return self._call(hooks.FileWillBeDownloaded, (file_info, user_id, download_type), context, timeout)  # type: ignore[return-value]

    def channel_member_will_be_added(
        self,
        channel_member: Optional[ChannelMember],
        *,
        context: Optional[Context] = None,
        timeout: Optional[float] = None,
    ) -> ModifyOutcome[ChannelMember]:
        """Before a channel membership is created: allow, replace or reject it.

        Calls ChannelMemberWillBeAdded (Mattermost 11.7+) as the server would; returns
        Allowed(), Replaced(ChannelMember) or Rejected(reason).
        """
        return self._call(hooks.ChannelMemberWillBeAdded, (channel_member,), context, timeout)  # type: ignore[return-value]

    def team_member_will_be_added(
        self,
        team_member: Optional[TeamMember],
        *,
        context: Optional[Context] = None,
        timeout: Optional[float] = None,
    ) -> ModifyOutcome[TeamMember]:
        """Before a team membership is created: allow, replace or reject it.

        Calls TeamMemberWillBeAdded (Mattermost 11.7+) as the server would; returns
        Allowed(), Replaced(TeamMember) or Rejected(reason).
        """
        return self._call(hooks.TeamMemberWillBeAdded, (team_member,), context, timeout)  # type: ignore[return-value]

    def channel_will_be_archived(
        self,
        channel: Optional[Channel],
        *,
        context: Optional[Context] = None,
        timeout: Optional[float] = None,
    ) -> RejectOutcome:
        """Before a channel is archived; return a reason to block it.

        Calls ChannelWillBeArchived (Mattermost 11.7+) as the server would; returns
        Allowed() or Rejected(reason).
        """
        return self._call(hooks.ChannelWillBeArchived, (channel,), context, timeout)  # type: ignore[return-value]

    def channel_will_be_updated(
        self,
        new_channel: Optional[Channel],
        old_channel: Optional[Channel],
        *,
        context: Optional[Context] = None,
        timeout: Optional[float] = None,
    ) -> ModifyOutcome[Channel]:
        """Before a channel update or patch is saved: allow, replace or reject it.

        Calls ChannelWillBeUpdated (Mattermost 11.9+) as the server would; returns
        Allowed(), Replaced(Channel) or Rejected(reason).
        """
        return self._call(hooks.ChannelWillBeUpdated, (new_channel, old_channel), context, timeout)  # type: ignore[return-value]

    def channel_will_be_restored(
        self,
        channel: Optional[Channel],
        *,
        context: Optional[Context] = None,
        timeout: Optional[float] = None,
    ) -> RejectOutcome:
        """Before an archived channel is restored; return a reason to block it.

        Calls ChannelWillBeRestored (Mattermost 11.9+) as the server would; returns
        Allowed() or Rejected(reason).
        """
        return self._call(hooks.ChannelWillBeRestored, (channel,), context, timeout)  # type: ignore[return-value]

    def scheduled_post_will_be_created(
        self,
        scheduled_post: Optional[ScheduledPost],
        *,
        context: Optional[Context] = None,
        timeout: Optional[float] = None,
    ) -> ModifyOutcome[ScheduledPost]:
        """Before a scheduled post is created or updated: allow, replace or reject it.

        Calls ScheduledPostWillBeCreated (Mattermost 11.9+) as the server would; returns
        Allowed(), Replaced(ScheduledPost) or Rejected(reason).
        """
        return self._call(hooks.ScheduledPostWillBeCreated, (scheduled_post,), context, timeout)  # type: ignore[return-value]

    def draft_will_be_upserted(
        self,
        draft: Optional[Draft],
        *,
        context: Optional[Context] = None,
        timeout: Optional[float] = None,
    ) -> ModifyOutcome[Draft]:
        """Before a draft is saved: allow, replace or reject it.

        Calls DraftWillBeUpserted (Mattermost 11.9+) as the server would; returns
        Allowed(), Replaced(Draft) or Rejected(reason).
        """
        return self._call(hooks.DraftWillBeUpserted, (draft,), context, timeout)  # type: ignore[return-value]

    def messages_will_be_consumed_with_context(
        self,
        posts: list[Post],
        *,
        context: Optional[Context] = None,
        timeout: Optional[float] = None,
    ) -> ModifyOutcome[list[Post]]:
        """Like MessagesWillBeConsumed, with the caller's context; returned posts replace originals by id.

        Calls MessagesWillBeConsumedWithContext (Mattermost 11.9+) as the server would; returns
        Allowed() or Replaced(list[Post]).
        """
        return self._call(hooks.MessagesWillBeConsumedWithContext, (posts,), context, timeout)  # type: ignore[return-value]
