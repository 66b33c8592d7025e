"""The asynchronous plugin API client (generated from Mattermost's plugin.API; do not edit).

One ``async def`` method per method of Go's ``plugin.API``, for ``async def`` hooks.
"""

# This file is generated from plugin.API of github.com/mattermost/mattermost/server/public v0.4.4.
# Regenerate with: python -m mattermost_plugin._generate

from __future__ import annotations

from typing import Any, BinaryIO, ClassVar, Optional, Union

from mattermost_plugin.api._convert import (
    _decode,
    _decode_json,
    _decode_list,
    _decode_value,
    _http_request,
    _http_response,
    _json,
    _json_each,
    _model,
    _models,
    _strings,
)
from mattermost_plugin.api._http import HTTPRequest, HTTPResponse
from mattermost_plugin.api._transport import AsyncClient
from mattermost_plugin.models import (
    AccessControlPolicy,
    AccessControlPolicyTestResponse,
    AccessDecision,
    AuditRecord,
    Bot,
    BotGetOptions,
    BotPatch,
    CELExpressionError,
    Channel,
    ChannelMember,
    ChannelMemberIdentifier,
    ChannelStats,
    Command,
    CommandArgs,
    CommandResponse,
    Config,
    CreateDefaultMembershipParams,
    CustomStatus,
    Emoji,
    FileInfo,
    GetFileInfosOptions,
    GetPostsSinceForSyncCursor,
    Group,
    GroupMember,
    GroupSearchOpts,
    GroupSyncable,
    Level,
    License,
    Manifest,
    OAuthApp,
    OpenDialogRequest,
    OrderedSidebarCategories,
    Permission,
    PluginClusterEvent,
    PluginClusterEventSendOptions,
    PluginKVSetOptions,
    PluginStatus,
    Post,
    PostList,
    PostSearchResults,
    Preference,
    ProductLimits,
    PropertyField,
    PropertyFieldSearchOpts,
    PropertyGroup,
    PropertyRequestOptions,
    PropertyValue,
    PropertyValueSearchOpts,
    PushNotification,
    Reaction,
    RegisterPluginOpts,
    SearchParameter,
    SearchParams,
    SendToastMessageOptions,
    Session,
    SharedChannel,
    SidebarCategoryWithChannels,
    Status,
    SyncMsg,
    SyncResponse,
    Team,
    TeamMember,
    TeamMemberWithError,
    TeamStats,
    TeamUnread,
    UploadSession,
    User,
    UserAccessToken,
    UserAuth,
    UserGetOptions,
    UserSearch,
    ViewUsersRestrictions,
    VisualExpression,
    WebsocketBroadcast,
)
from mattermost_plugin.protocol import api_pb2 as _pb

__all__ = ["AsyncAPI"]


class AsyncAPI(AsyncClient):
    """Mattermost's plugin API for ``async def`` hooks: :class:`API`'s methods, awaitable.

    Reach it as ``self.async_api``. A call never blocks the event loop: it is
    sent at once and the coroutine resumes when the answer arrives. Errors,
    results and deadlines are as in :class:`API`."""

    GO_NAMES: ClassVar[dict[str, str]] = {
        "load_plugin_configuration": "LoadPluginConfiguration",
        "register_command": "RegisterCommand",
        "unregister_command": "UnregisterCommand",
        "execute_slash_command": "ExecuteSlashCommand",
        "get_config": "GetConfig",
        "get_unsanitized_config": "GetUnsanitizedConfig",
        "save_config": "SaveConfig",
        "get_plugin_config": "GetPluginConfig",
        "save_plugin_config": "SavePluginConfig",
        "get_bundle_path": "GetBundlePath",
        "get_license": "GetLicense",
        "is_enterprise_ready": "IsEnterpriseReady",
        "get_server_version": "GetServerVersion",
        "get_system_install_date": "GetSystemInstallDate",
        "get_diagnostic_id": "GetDiagnosticId",
        "get_telemetry_id": "GetTelemetryId",
        "create_user": "CreateUser",
        "delete_user": "DeleteUser",
        "get_users": "GetUsers",
        "get_users_by_ids": "GetUsersByIds",
        "get_user": "GetUser",
        "get_user_by_email": "GetUserByEmail",
        "get_user_by_username": "GetUserByUsername",
        "get_users_by_usernames": "GetUsersByUsernames",
        "get_users_in_team": "GetUsersInTeam",
        "get_preference_for_user": "GetPreferenceForUser",
        "get_preferences_for_user": "GetPreferencesForUser",
        "update_preferences_for_user": "UpdatePreferencesForUser",
        "delete_preferences_for_user": "DeletePreferencesForUser",
        "get_session": "GetSession",
        "create_session": "CreateSession",
        "extend_session_expiry": "ExtendSessionExpiry",
        "revoke_session": "RevokeSession",
        "create_user_access_token": "CreateUserAccessToken",
        "revoke_user_access_token": "RevokeUserAccessToken",
        "get_team_icon": "GetTeamIcon",
        "set_team_icon": "SetTeamIcon",
        "remove_team_icon": "RemoveTeamIcon",
        "update_user": "UpdateUser",
        "get_user_status": "GetUserStatus",
        "get_user_statuses_by_ids": "GetUserStatusesByIds",
        "update_user_status": "UpdateUserStatus",
        "set_user_status_timed_dnd": "SetUserStatusTimedDND",
        "update_user_active": "UpdateUserActive",
        "update_user_custom_status": "UpdateUserCustomStatus",
        "remove_user_custom_status": "RemoveUserCustomStatus",
        "get_users_in_channel": "GetUsersInChannel",
        "get_ldap_user_attributes": "GetLDAPUserAttributes",
        "create_team": "CreateTeam",
        "delete_team": "DeleteTeam",
        "get_teams": "GetTeams",
        "get_team": "GetTeam",
        "get_team_by_name": "GetTeamByName",
        "get_teams_unread_for_user": "GetTeamsUnreadForUser",
        "update_team": "UpdateTeam",
        "search_teams": "SearchTeams",
        "get_teams_for_user": "GetTeamsForUser",
        "create_team_member": "CreateTeamMember",
        "create_team_members": "CreateTeamMembers",
        "create_team_members_gracefully": "CreateTeamMembersGracefully",
        "delete_team_member": "DeleteTeamMember",
        "get_team_members": "GetTeamMembers",
        "get_team_member": "GetTeamMember",
        "get_team_members_for_user": "GetTeamMembersForUser",
        "update_team_member_roles": "UpdateTeamMemberRoles",
        "create_channel": "CreateChannel",
        "delete_channel": "DeleteChannel",
        "restore_channel": "RestoreChannel",
        "get_channel_of_type": "GetChannelOfType",
        "get_public_channels_for_team": "GetPublicChannelsForTeam",
        "get_channel": "GetChannel",
        "get_channel_by_name": "GetChannelByName",
        "get_channel_by_name_for_team_name": "GetChannelByNameForTeamName",
        "get_channels_for_team_for_user": "GetChannelsForTeamForUser",
        "get_channel_stats": "GetChannelStats",
        "get_direct_channel": "GetDirectChannel",
        "get_group_channel": "GetGroupChannel",
        "update_channel": "UpdateChannel",
        "register_channel_guard": "RegisterChannelGuard",
        "unregister_channel_guard": "UnregisterChannelGuard",
        "search_channels": "SearchChannels",
        "create_channel_sidebar_category": "CreateChannelSidebarCategory",
        "get_channel_sidebar_categories": "GetChannelSidebarCategories",
        "update_channel_sidebar_categories": "UpdateChannelSidebarCategories",
        "search_users": "SearchUsers",
        "search_posts_in_team": "SearchPostsInTeam",
        "search_posts_in_team_for_user": "SearchPostsInTeamForUser",
        "add_channel_member": "AddChannelMember",
        "add_user_to_channel": "AddUserToChannel",
        "get_channel_member": "GetChannelMember",
        "get_channel_members": "GetChannelMembers",
        "get_channel_members_by_ids": "GetChannelMembersByIds",
        "get_channel_members_for_user": "GetChannelMembersForUser",
        "update_channel_member_roles": "UpdateChannelMemberRoles",
        "update_channel_member_notifications": "UpdateChannelMemberNotifications",
        "patch_channel_members_notifications": "PatchChannelMembersNotifications",
        "get_group": "GetGroup",
        "get_group_by_name": "GetGroupByName",
        "get_group_member_users": "GetGroupMemberUsers",
        "get_groups_by_source": "GetGroupsBySource",
        "get_groups_for_user": "GetGroupsForUser",
        "delete_channel_member": "DeleteChannelMember",
        "create_post": "CreatePost",
        "add_reaction": "AddReaction",
        "remove_reaction": "RemoveReaction",
        "get_reactions": "GetReactions",
        "send_ephemeral_post": "SendEphemeralPost",
        "update_ephemeral_post": "UpdateEphemeralPost",
        "delete_ephemeral_post": "DeleteEphemeralPost",
        "delete_post": "DeletePost",
        "get_post_thread": "GetPostThread",
        "get_post": "GetPost",
        "get_posts_since": "GetPostsSince",
        "get_posts_after": "GetPostsAfter",
        "get_posts_before": "GetPostsBefore",
        "get_posts_for_channel": "GetPostsForChannel",
        "get_team_stats": "GetTeamStats",
        "update_post": "UpdatePost",
        "get_profile_image": "GetProfileImage",
        "set_profile_image": "SetProfileImage",
        "get_emoji_list": "GetEmojiList",
        "get_emoji_by_name": "GetEmojiByName",
        "get_emoji": "GetEmoji",
        "copy_file_infos": "CopyFileInfos",
        "get_file_info": "GetFileInfo",
        "set_file_searchable_content": "SetFileSearchableContent",
        "get_file_infos": "GetFileInfos",
        "get_file": "GetFile",
        "get_file_link": "GetFileLink",
        "read_file": "ReadFile",
        "get_emoji_image": "GetEmojiImage",
        "upload_file": "UploadFile",
        "open_interactive_dialog": "OpenInteractiveDialog",
        "send_toast_message": "SendToastMessage",
        "get_plugins": "GetPlugins",
        "enable_plugin": "EnablePlugin",
        "disable_plugin": "DisablePlugin",
        "remove_plugin": "RemovePlugin",
        "get_plugin_status": "GetPluginStatus",
        "install_plugin": "InstallPlugin",
        "kv_set": "KVSet",
        "kv_compare_and_set": "KVCompareAndSet",
        "kv_compare_and_delete": "KVCompareAndDelete",
        "kv_set_with_options": "KVSetWithOptions",
        "kv_set_with_expiry": "KVSetWithExpiry",
        "kv_get": "KVGet",
        "kv_delete": "KVDelete",
        "kv_delete_all": "KVDeleteAll",
        "kv_list": "KVList",
        "publish_websocket_event": "PublishWebSocketEvent",
        "has_permission_to": "HasPermissionTo",
        "has_permission_to_team": "HasPermissionToTeam",
        "has_permission_to_channel": "HasPermissionToChannel",
        "roles_grant_permission": "RolesGrantPermission",
        "log_debug": "LogDebug",
        "log_info": "LogInfo",
        "log_error": "LogError",
        "log_warn": "LogWarn",
        "send_mail": "SendMail",
        "create_bot": "CreateBot",
        "patch_bot": "PatchBot",
        "get_bot": "GetBot",
        "get_bots": "GetBots",
        "update_bot_active": "UpdateBotActive",
        "permanent_delete_bot": "PermanentDeleteBot",
        "plugin_http": "PluginHTTP",
        "publish_user_typing": "PublishUserTyping",
        "create_command": "CreateCommand",
        "list_commands": "ListCommands",
        "list_custom_commands": "ListCustomCommands",
        "list_plugin_commands": "ListPluginCommands",
        "list_built_in_commands": "ListBuiltInCommands",
        "get_command": "GetCommand",
        "update_command": "UpdateCommand",
        "delete_command": "DeleteCommand",
        "create_oauth_app": "CreateOAuthApp",
        "get_oauth_app": "GetOAuthApp",
        "update_oauth_app": "UpdateOAuthApp",
        "delete_oauth_app": "DeleteOAuthApp",
        "publish_plugin_cluster_event": "PublishPluginClusterEvent",
        "request_trial_license": "RequestTrialLicense",
        "get_cloud_limits": "GetCloudLimits",
        "ensure_bot_user": "EnsureBotUser",
        "register_collection_and_topic": "RegisterCollectionAndTopic",
        "create_upload_session": "CreateUploadSession",
        "upload_data": "UploadData",
        "get_upload_session": "GetUploadSession",
        "send_push_notification": "SendPushNotification",
        "update_user_auth": "UpdateUserAuth",
        "register_plugin_for_shared_channels": "RegisterPluginForSharedChannels",
        "unregister_plugin_for_shared_channels": "UnregisterPluginForSharedChannels",
        "unregister_plugin_remote_for_shared_channels": "UnregisterPluginRemoteForSharedChannels",
        "share_channel": "ShareChannel",
        "update_shared_channel": "UpdateSharedChannel",
        "unshare_channel": "UnshareChannel",
        "update_shared_channel_cursor": "UpdateSharedChannelCursor",
        "sync_shared_channel": "SyncSharedChannel",
        "invite_remote_to_channel": "InviteRemoteToChannel",
        "uninvite_remote_from_channel": "UninviteRemoteFromChannel",
        "receive_shared_channel_sync_msg": "ReceiveSharedChannelSyncMsg",
        "receive_shared_channel_attachment_sync_msg": "ReceiveSharedChannelAttachmentSyncMsg",
        "receive_shared_channel_profile_image_sync_msg": "ReceiveSharedChannelProfileImageSyncMsg",
        "upsert_group_member": "UpsertGroupMember",
        "upsert_group_members": "UpsertGroupMembers",
        "get_group_by_remote_id": "GetGroupByRemoteID",
        "create_group": "CreateGroup",
        "update_group": "UpdateGroup",
        "delete_group": "DeleteGroup",
        "restore_group": "RestoreGroup",
        "delete_group_member": "DeleteGroupMember",
        "get_group_syncable": "GetGroupSyncable",
        "get_group_syncables": "GetGroupSyncables",
        "upsert_group_syncable": "UpsertGroupSyncable",
        "update_group_syncable": "UpdateGroupSyncable",
        "delete_group_syncable": "DeleteGroupSyncable",
        "update_user_roles": "UpdateUserRoles",
        "get_plugin_id": "GetPluginID",
        "get_groups": "GetGroups",
        "create_default_syncable_memberships": "CreateDefaultSyncableMemberships",
        "delete_group_constrained_memberships": "DeleteGroupConstrainedMemberships",
        "create_property_field": "CreatePropertyField",
        "get_property_field": "GetPropertyField",
        "get_property_fields": "GetPropertyFields",
        "update_property_field": "UpdatePropertyField",
        "delete_property_field": "DeletePropertyField",
        "search_property_fields": "SearchPropertyFields",
        "count_property_fields": "CountPropertyFields",
        "count_property_fields_for_target": "CountPropertyFieldsForTarget",
        "create_property_value": "CreatePropertyValue",
        "get_property_value": "GetPropertyValue",
        "get_property_values": "GetPropertyValues",
        "update_property_value": "UpdatePropertyValue",
        "upsert_property_value": "UpsertPropertyValue",
        "delete_property_value": "DeletePropertyValue",
        "search_property_values": "SearchPropertyValues",
        "register_property_group": "RegisterPropertyGroup",
        "get_property_group": "GetPropertyGroup",
        "get_property_field_by_name": "GetPropertyFieldByName",
        "update_property_fields": "UpdatePropertyFields",
        "update_property_values": "UpdatePropertyValues",
        "upsert_property_values": "UpsertPropertyValues",
        "delete_property_values_for_target": "DeletePropertyValuesForTarget",
        "delete_property_values_for_field": "DeletePropertyValuesForField",
        "upsert_property_values_with_options": "UpsertPropertyValuesWithOptions",
        "upsert_property_value_with_options": "UpsertPropertyValueWithOptions",
        "delete_property_value_with_options": "DeletePropertyValueWithOptions",
        "delete_property_values_for_target_with_options": "DeletePropertyValuesForTargetWithOptions",
        "delete_property_values_for_field_with_options": "DeletePropertyValuesForFieldWithOptions",
        "log_audit_rec": "LogAuditRec",
        "log_audit_rec_with_level": "LogAuditRecWithLevel",
        "evaluate_access_control": "EvaluateAccessControl",
        "save_access_control_policy": "SaveAccessControlPolicy",
        "get_access_control_policy": "GetAccessControlPolicy",
        "delete_access_control_policy": "DeleteAccessControlPolicy",
        "check_access_control_expression": "CheckAccessControlExpression",
        "query_users_for_access_control_expression": "QueryUsersForAccessControlExpression",
        "get_access_control_fields_autocomplete": "GetAccessControlFieldsAutocomplete",
        "get_access_control_visual_ast": "GetAccessControlVisualAST",
    }
    """The Go name of each method (``{"kv_get": "KVGet", ...}``)."""

    async def load_plugin_configuration(self) -> Any:
        """Loads the plugin's configuration.

        Returns what Go would write into ``dest``, as a JSON value (a dict for an object).
        Go: ``API.LoadPluginConfiguration`` (Mattermost 5.2+).
        """
        out = await self._call("LoadPluginConfiguration", _pb.LoadPluginConfigurationRequest, {}, True)
        return _decode_json(out.dest, None)

    async def register_command(self, command: Optional[Command]) -> None:
        """Registers a custom slash command. When the command is triggered, your plugin
        can fulfill it via the ExecuteCommand hook.

        Go: ``API.RegisterCommand`` (Mattermost 5.2+).
        """
        await self._call("RegisterCommand", _pb.RegisterCommandRequest, {"command": _model(command, Command, "register_command(command)")}, True)

    async def unregister_command(self, team_id: str, trigger: str) -> None:
        """Unregisters a command previously register via ``register_command``.

        Go: ``API.UnregisterCommand`` (Mattermost 5.2+).
        """
        await self._call("UnregisterCommand", _pb.UnregisterCommandRequest, {"team_id": team_id, "trigger": trigger}, True)

    async def execute_slash_command(self, command_args: Optional[CommandArgs]) -> CommandResponse:
        """Executes a slash command with the given parameters.

        Go: ``API.ExecuteSlashCommand`` (Mattermost 5.26+).
        """
        out = await self._call("ExecuteSlashCommand", _pb.ExecuteSlashCommandRequest, {"command_args": _model(command_args, CommandArgs, "execute_slash_command(command_args)")}, True)
        return _decode(CommandResponse, out.value)

    async def get_config(self) -> Optional[Config]:
        """Fetches the currently persisted config

        Go: ``API.GetConfig`` (Mattermost 5.2+).
        """
        out = await self._call("GetConfig", _pb.GetConfigRequest, {}, False)
        return _decode(Config, out.value)

    async def get_unsanitized_config(self) -> Optional[Config]:
        """Fetches the currently persisted config without removing secrets.

        Go: ``API.GetUnsanitizedConfig`` (Mattermost 5.16+).
        """
        out = await self._call("GetUnsanitizedConfig", _pb.GetUnsanitizedConfigRequest, {}, False)
        return _decode(Config, out.value)

    async def save_config(self, config: Optional[Config]) -> None:
        """Sets the given config and persists the changes

        Go: ``API.SaveConfig`` (Mattermost 5.2+).
        """
        await self._call("SaveConfig", _pb.SaveConfigRequest, {"config": _model(config, Config, "save_config(config)")}, True)

    async def get_plugin_config(self) -> dict[str, Any]:
        """Fetches the currently persisted config of plugin

        Go: ``API.GetPluginConfig`` (Mattermost 5.6+).
        """
        out = await self._call("GetPluginConfig", _pb.GetPluginConfigRequest, {}, False)
        return _decode_json(out.value, {})

    async def save_plugin_config(self, config: dict[str, Any]) -> None:
        """Sets the given config for plugin and persists the changes

        Go: ``API.SavePluginConfig`` (Mattermost 5.6+).
        """
        await self._call("SavePluginConfig", _pb.SavePluginConfigRequest, {"config": _json(config, "save_plugin_config(config)")}, True)

    async def get_bundle_path(self) -> str:
        """Returns the absolute path where the plugin's bundle was unpacked.

        Go: ``API.GetBundlePath`` (Mattermost 5.10+).
        """
        out = await self._call("GetBundlePath", _pb.GetBundlePathRequest, {}, True)
        return out.value

    async def get_license(self) -> Optional[License]:
        """Returns the current license used by the Mattermost server. Returns None if
        the server does not have a license.

        Go: ``API.GetLicense`` (Mattermost 5.10+).
        """
        out = await self._call("GetLicense", _pb.GetLicenseRequest, {}, False)
        return _decode(License, out.value)

    async def is_enterprise_ready(self) -> bool:
        """Returns true if the Mattermost server is configured as Enterprise Ready.

        Go: ``API.IsEnterpriseReady`` (Mattermost 5.10+).
        """
        out = await self._call("IsEnterpriseReady", _pb.IsEnterpriseReadyRequest, {}, False)
        return out.value

    async def get_server_version(self) -> str:
        """Return the current Mattermost server version

        Go: ``API.GetServerVersion`` (Mattermost 5.4+).
        """
        out = await self._call("GetServerVersion", _pb.GetServerVersionRequest, {}, False)
        return out.value

    async def get_system_install_date(self) -> int:
        """Returns the time that Mattermost was first installed and ran.

        Go: ``API.GetSystemInstallDate`` (Mattermost 5.10+).
        """
        out = await self._call("GetSystemInstallDate", _pb.GetSystemInstallDateRequest, {}, True)
        return out.value

    async def get_diagnostic_id(self) -> str:
        """Returns a unique identifier used by the server for diagnostic reports.

        Go: ``API.GetDiagnosticId`` (Mattermost 5.10+).
        """
        out = await self._call("GetDiagnosticId", _pb.GetDiagnosticIdRequest, {}, False)
        return out.value

    async def get_telemetry_id(self) -> str:
        """Returns a unique identifier used by the server for telemetry reports.

        Go: ``API.GetTelemetryId`` (Mattermost 5.28+).
        """
        out = await self._call("GetTelemetryId", _pb.GetTelemetryIdRequest, {}, False)
        return out.value

    async def create_user(self, user: Optional[User]) -> User:
        """Creates a user.

        Go: ``API.CreateUser`` (Mattermost 5.2+).
        """
        out = await self._call("CreateUser", _pb.CreateUserRequest, {"user": _model(user, User, "create_user(user)")}, True)
        return _decode(User, out.value)

    async def delete_user(self, user_id: str) -> None:
        """Deletes a user.

        Go: ``API.DeleteUser`` (Mattermost 5.2+).
        """
        await self._call("DeleteUser", _pb.DeleteUserRequest, {"user_id": user_id}, True)

    async def get_users(self, options: Optional[UserGetOptions]) -> list[User]:
        """A list of users based on search options.

        Not all fields in UserGetOptions are supported by this API.

        Go: ``API.GetUsers`` (Mattermost 5.10+).
        """
        out = await self._call("GetUsers", _pb.GetUsersRequest, {"options": _model(options, UserGetOptions, "get_users(options)")}, True)
        return _decode_list(User, out.value)

    async def get_users_by_ids(self, user_ids: list[str]) -> list[User]:
        """Gets a list of users by their IDs.

        Go: ``API.GetUsersByIds`` (Mattermost 9.8+).
        """
        out = await self._call("GetUsersByIds", _pb.GetUsersByIdsRequest, {"user_ids": _strings(user_ids, "get_users_by_ids(user_ids)")}, True)
        return _decode_list(User, out.value)

    async def get_user(self, user_id: str) -> User:
        """Gets a user.

        Go: ``API.GetUser`` (Mattermost 5.2+).
        """
        out = await self._call("GetUser", _pb.GetUserRequest, {"user_id": user_id}, True)
        return _decode(User, out.value)

    async def get_user_by_email(self, email: str) -> User:
        """Gets a user by their email address.

        Go: ``API.GetUserByEmail`` (Mattermost 5.2+).
        """
        out = await self._call("GetUserByEmail", _pb.GetUserByEmailRequest, {"email": email}, True)
        return _decode(User, out.value)

    async def get_user_by_username(self, name: str) -> User:
        """Gets a user by their username.

        Go: ``API.GetUserByUsername`` (Mattermost 5.2+).
        """
        out = await self._call("GetUserByUsername", _pb.GetUserByUsernameRequest, {"name": name}, True)
        return _decode(User, out.value)

    async def get_users_by_usernames(self, usernames: list[str]) -> list[User]:
        """Gets users by their usernames.

        Go: ``API.GetUsersByUsernames`` (Mattermost 5.6+).
        """
        out = await self._call("GetUsersByUsernames", _pb.GetUsersByUsernamesRequest, {"usernames": _strings(usernames, "get_users_by_usernames(usernames)")}, True)
        return _decode_list(User, out.value)

    async def get_users_in_team(self, team_id: str, page: int, per_page: int) -> list[User]:
        """Gets users in team.

        Go: ``API.GetUsersInTeam`` (Mattermost 5.6+).
        """
        out = await self._call("GetUsersInTeam", _pb.GetUsersInTeamRequest, {"team_id": team_id, "page": page, "per_page": per_page}, True)
        return _decode_list(User, out.value)

    async def get_preference_for_user(self, user_id: str, category: str, name: str) -> Preference:
        """Gets a single preference for a user. An error is returned if the user has no preference
        set with the given category and name, an error is returned.

        Go: ``API.GetPreferenceForUser`` (Mattermost 9.5+).
        """
        out = await self._call("GetPreferenceForUser", _pb.GetPreferenceForUserRequest, {"user_id": user_id, "category": category, "name": name}, True)
        return _decode_value(Preference, out.value)

    async def get_preferences_for_user(self, user_id: str) -> list[Preference]:
        """Gets a user's preferences.

        Go: ``API.GetPreferencesForUser`` (Mattermost 5.26+).
        """
        out = await self._call("GetPreferencesForUser", _pb.GetPreferencesForUserRequest, {"user_id": user_id}, True)
        return _decode_list(Preference, out.value)

    async def update_preferences_for_user(self, user_id: str, preferences: list[Preference]) -> None:
        """Updates a user's preferences.

        Go: ``API.UpdatePreferencesForUser`` (Mattermost 5.26+).
        """
        await self._call("UpdatePreferencesForUser", _pb.UpdatePreferencesForUserRequest, {"user_id": user_id, "preferences": _models(preferences, Preference, "update_preferences_for_user(preferences)")}, True)

    async def delete_preferences_for_user(self, user_id: str, preferences: list[Preference]) -> None:
        """Deletes a user's preferences.

        Go: ``API.DeletePreferencesForUser`` (Mattermost 5.26+).
        """
        await self._call("DeletePreferencesForUser", _pb.DeletePreferencesForUserRequest, {"user_id": user_id, "preferences": _models(preferences, Preference, "delete_preferences_for_user(preferences)")}, True)

    async def get_session(self, session_id: str) -> Session:
        """Returns the session object for the Session ID

        Go: ``API.GetSession`` (Mattermost 5.2+).
        """
        out = await self._call("GetSession", _pb.GetSessionRequest, {"session_id": session_id}, True)
        return _decode(Session, out.value)

    async def create_session(self, session: Optional[Session]) -> Session:
        """Creates a new user session.

        Go: ``API.CreateSession`` (Mattermost 6.2+).
        """
        out = await self._call("CreateSession", _pb.CreateSessionRequest, {"session": _model(session, Session, "create_session(session)")}, True)
        return _decode(Session, out.value)

    async def extend_session_expiry(self, session_id: str, new_expiry: int) -> None:
        """Extends the duration of an existing session.

        Go: ``API.ExtendSessionExpiry`` (Mattermost 6.2+).
        """
        await self._call("ExtendSessionExpiry", _pb.ExtendSessionExpiryRequest, {"session_id": session_id, "new_expiry": new_expiry}, True)

    async def revoke_session(self, session_id: str) -> None:
        """Revokes an existing user session.

        Go: ``API.RevokeSession`` (Mattermost 6.2+).
        """
        await self._call("RevokeSession", _pb.RevokeSessionRequest, {"session_id": session_id}, True)

    async def create_user_access_token(self, token: Optional[UserAccessToken]) -> UserAccessToken:
        """Creates a new access token.

        Go: ``API.CreateUserAccessToken`` (Mattermost 5.38+).
        """
        out = await self._call("CreateUserAccessToken", _pb.CreateUserAccessTokenRequest, {"token": _model(token, UserAccessToken, "create_user_access_token(token)")}, True)
        return _decode(UserAccessToken, out.value)

    async def revoke_user_access_token(self, token_id: str) -> None:
        """Revokes an existing access token.

        Go: ``API.RevokeUserAccessToken`` (Mattermost 5.38+).
        """
        await self._call("RevokeUserAccessToken", _pb.RevokeUserAccessTokenRequest, {"token_id": token_id}, True)

    async def get_team_icon(self, team_id: str) -> Optional[bytes]:
        """Gets the team icon.

        Go: ``API.GetTeamIcon`` (Mattermost 5.6+).
        """
        out = await self._call("GetTeamIcon", _pb.GetTeamIconRequest, {"team_id": team_id}, True)
        return (out.value if out.HasField("value") else None)

    async def set_team_icon(self, team_id: str, data: Optional[bytes]) -> None:
        """Sets the team icon.

        Go: ``API.SetTeamIcon`` (Mattermost 5.6+).
        """
        await self._call("SetTeamIcon", _pb.SetTeamIconRequest, {"team_id": team_id, "data": data}, True)

    async def remove_team_icon(self, team_id: str) -> None:
        """Removes the team icon.

        Go: ``API.RemoveTeamIcon`` (Mattermost 5.6+).
        """
        await self._call("RemoveTeamIcon", _pb.RemoveTeamIconRequest, {"team_id": team_id}, True)

    async def update_user(self, user: Optional[User]) -> User:
        """Updates a user.

        Go: ``API.UpdateUser`` (Mattermost 5.2+).
        """
        out = await self._call("UpdateUser", _pb.UpdateUserRequest, {"user": _model(user, User, "update_user(user)")}, True)
        return _decode(User, out.value)

    async def get_user_status(self, user_id: str) -> Status:
        """Will get a user's status.

        Go: ``API.GetUserStatus`` (Mattermost 5.2+).
        """
        out = await self._call("GetUserStatus", _pb.GetUserStatusRequest, {"user_id": user_id}, True)
        return _decode(Status, out.value)

    async def get_user_statuses_by_ids(self, user_ids: list[str]) -> list[Status]:
        """Will return a list of user statuses based on the provided slice of user IDs.

        Go: ``API.GetUserStatusesByIds`` (Mattermost 5.2+).
        """
        out = await self._call("GetUserStatusesByIds", _pb.GetUserStatusesByIdsRequest, {"user_ids": _strings(user_ids, "get_user_statuses_by_ids(user_ids)")}, True)
        return _decode_list(Status, out.value)

    async def update_user_status(self, user_id: str, status: str) -> Status:
        """Will set a user's status until the user, or another integration/plugin, sets it back to online.
        The status parameter can be: "online", "away", "dnd", or "offline".

        Go: ``API.UpdateUserStatus`` (Mattermost 5.2+).
        """
        out = await self._call("UpdateUserStatus", _pb.UpdateUserStatusRequest, {"user_id": user_id, "status": status}, True)
        return _decode(Status, out.value)

    async def set_user_status_timed_dnd(self, user_id: str, endtime: int) -> Status:
        """Will set a user's status to dnd for given time until the user,
        or another integration/plugin, sets it back to online.

        Go: ``API.SetUserStatusTimedDND`` (Mattermost 5.35+).
        """
        out = await self._call("SetUserStatusTimedDND", _pb.SetUserStatusTimedDNDRequest, {"user_id": user_id, "endtime": endtime}, True)
        return _decode(Status, out.value)

    async def update_user_active(self, user_id: str, active: bool) -> None:
        """Deactivates or reactivates an user.

        Go: ``API.UpdateUserActive`` (Mattermost 5.8+).
        """
        await self._call("UpdateUserActive", _pb.UpdateUserActiveRequest, {"user_id": user_id, "active": active}, True)

    async def update_user_custom_status(self, user_id: str, custom_status: Optional[CustomStatus]) -> None:
        """Will set a user's custom status until the user, or another integration/plugin, clear it or update the custom status.
        The custom status have two parameters: emoji icon and custom text.

        Go: ``API.UpdateUserCustomStatus`` (Mattermost 6.2+).
        """
        await self._call("UpdateUserCustomStatus", _pb.UpdateUserCustomStatusRequest, {"user_id": user_id, "custom_status": _model(custom_status, CustomStatus, "update_user_custom_status(custom_status)")}, True)

    async def remove_user_custom_status(self, user_id: str) -> None:
        """Will remove a user's custom status.

        Go: ``API.RemoveUserCustomStatus`` (Mattermost 6.2+).
        """
        await self._call("RemoveUserCustomStatus", _pb.RemoveUserCustomStatusRequest, {"user_id": user_id}, True)

    async def get_users_in_channel(self, channel_id: str, sort_by: str, page: int, per_page: int) -> list[User]:
        """Returns a page of users in a channel. Page counting starts at 0.
        The ``sort_by`` parameter can be: "username" or "status".

        Go: ``API.GetUsersInChannel`` (Mattermost 5.6+).
        """
        out = await self._call("GetUsersInChannel", _pb.GetUsersInChannelRequest, {"channel_id": channel_id, "sort_by": sort_by, "page": page, "per_page": per_page}, True)
        return _decode_list(User, out.value)

    async def get_ldap_user_attributes(self, user_id: str, attributes: list[str]) -> dict[str, str]:
        """Will return LDAP attributes for a user.
        The attributes parameter should be a list of attributes to pull.
        Returns a map with attribute names as keys and the user's attributes as values.
        Requires an enterprise license, LDAP to be configured and for the user to use LDAP as an authentication method.

        Go: ``API.GetLDAPUserAttributes`` (Mattermost 5.3+).
        """
        out = await self._call("GetLDAPUserAttributes", _pb.GetLDAPUserAttributesRequest, {"user_id": user_id, "attributes": _strings(attributes, "get_ldap_user_attributes(attributes)")}, True)
        return dict(out.value)

    async def create_team(self, team: Optional[Team]) -> Team:
        """Creates a team.

        Go: ``API.CreateTeam`` (Mattermost 5.2+).
        """
        out = await self._call("CreateTeam", _pb.CreateTeamRequest, {"team": _model(team, Team, "create_team(team)")}, True)
        return _decode(Team, out.value)

    async def delete_team(self, team_id: str) -> None:
        """Deletes a team.

        Go: ``API.DeleteTeam`` (Mattermost 5.2+).
        """
        await self._call("DeleteTeam", _pb.DeleteTeamRequest, {"team_id": team_id}, True)

    async def get_teams(self) -> list[Team]:
        """``get_team`` gets all teams.

        Go: ``API.GetTeams`` (Mattermost 5.2+).
        """
        out = await self._call("GetTeams", _pb.GetTeamsRequest, {}, True)
        return _decode_list(Team, out.value)

    async def get_team(self, team_id: str) -> Team:
        """Gets a team.

        Go: ``API.GetTeam`` (Mattermost 5.2+).
        """
        out = await self._call("GetTeam", _pb.GetTeamRequest, {"team_id": team_id}, True)
        return _decode(Team, out.value)

    async def get_team_by_name(self, name: str) -> Team:
        """Gets a team by its name.

        Go: ``API.GetTeamByName`` (Mattermost 5.2+).
        """
        out = await self._call("GetTeamByName", _pb.GetTeamByNameRequest, {"name": name}, True)
        return _decode(Team, out.value)

    async def get_teams_unread_for_user(self, user_id: str) -> list[TeamUnread]:
        """Gets the unread message and mention counts for each team to which the given user belongs.

        Go: ``API.GetTeamsUnreadForUser`` (Mattermost 5.6+).
        """
        out = await self._call("GetTeamsUnreadForUser", _pb.GetTeamsUnreadForUserRequest, {"user_id": user_id}, True)
        return _decode_list(TeamUnread, out.value)

    async def update_team(self, team: Optional[Team]) -> Team:
        """Updates a team.

        Go: ``API.UpdateTeam`` (Mattermost 5.2+).
        """
        out = await self._call("UpdateTeam", _pb.UpdateTeamRequest, {"team": _model(team, Team, "update_team(team)")}, True)
        return _decode(Team, out.value)

    async def search_teams(self, term: str) -> list[Team]:
        """Search a team.

        Go: ``API.SearchTeams`` (Mattermost 5.8+).
        """
        out = await self._call("SearchTeams", _pb.SearchTeamsRequest, {"term": term}, True)
        return _decode_list(Team, out.value)

    async def get_teams_for_user(self, user_id: str) -> list[Team]:
        """Returns list of teams of given user ID.

        Go: ``API.GetTeamsForUser`` (Mattermost 5.6+).
        """
        out = await self._call("GetTeamsForUser", _pb.GetTeamsForUserRequest, {"user_id": user_id}, True)
        return _decode_list(Team, out.value)

    async def create_team_member(self, team_id: str, user_id: str) -> TeamMember:
        """Creates a team membership.

        Go: ``API.CreateTeamMember`` (Mattermost 5.2+).
        """
        out = await self._call("CreateTeamMember", _pb.CreateTeamMemberRequest, {"team_id": team_id, "user_id": user_id}, True)
        return _decode(TeamMember, out.value)

    async def create_team_members(self, team_id: str, user_ids: list[str], requestor_id: str) -> list[TeamMember]:
        """Creates a team membership for all provided user ids.

        Go: ``API.CreateTeamMembers`` (Mattermost 5.2+).
        """
        out = await self._call("CreateTeamMembers", _pb.CreateTeamMembersRequest, {"team_id": team_id, "user_ids": _strings(user_ids, "create_team_members(user_ids)"), "requestor_id": requestor_id}, True)
        return _decode_list(TeamMember, out.value)

    async def create_team_members_gracefully(
        self,
        team_id: str,
        user_ids: list[str],
        requestor_id: str,
    ) -> list[TeamMemberWithError]:
        """Creates a team membership for all provided user ids and reports the users that were not added.

        Go: ``API.CreateTeamMembersGracefully`` (Mattermost 5.20+).
        """
        out = await self._call("CreateTeamMembersGracefully", _pb.CreateTeamMembersGracefullyRequest, {"team_id": team_id, "user_ids": _strings(user_ids, "create_team_members_gracefully(user_ids)"), "requestor_id": requestor_id}, True)
        return _decode_list(TeamMemberWithError, out.value)

    async def delete_team_member(self, team_id: str, user_id: str, requestor_id: str) -> None:
        """Deletes a team membership.

        Go: ``API.DeleteTeamMember`` (Mattermost 5.2+).
        """
        await self._call("DeleteTeamMember", _pb.DeleteTeamMemberRequest, {"team_id": team_id, "user_id": user_id, "requestor_id": requestor_id}, True)

    async def get_team_members(self, team_id: str, page: int, per_page: int) -> list[TeamMember]:
        """Returns the memberships of a specific team.

        Go: ``API.GetTeamMembers`` (Mattermost 5.2+).
        """
        out = await self._call("GetTeamMembers", _pb.GetTeamMembersRequest, {"team_id": team_id, "page": page, "per_page": per_page}, True)
        return _decode_list(TeamMember, out.value)

    async def get_team_member(self, team_id: str, user_id: str) -> TeamMember:
        """Returns a specific membership.

        Go: ``API.GetTeamMember`` (Mattermost 5.2+).
        """
        out = await self._call("GetTeamMember", _pb.GetTeamMemberRequest, {"team_id": team_id, "user_id": user_id}, True)
        return _decode(TeamMember, out.value)

    async def get_team_members_for_user(self, user_id: str, page: int, per_page: int) -> list[TeamMember]:
        """Returns all team memberships for a user.

        Go: ``API.GetTeamMembersForUser`` (Mattermost 5.10+).
        """
        out = await self._call("GetTeamMembersForUser", _pb.GetTeamMembersForUserRequest, {"user_id": user_id, "page": page, "per_page": per_page}, True)
        return _decode_list(TeamMember, out.value)

    async def update_team_member_roles(self, team_id: str, user_id: str, new_roles: str) -> TeamMember:
        """Updates the role for a team membership.

        Go: ``API.UpdateTeamMemberRoles`` (Mattermost 5.2+).
        """
        out = await self._call("UpdateTeamMemberRoles", _pb.UpdateTeamMemberRolesRequest, {"team_id": team_id, "user_id": user_id, "new_roles": new_roles}, True)
        return _decode(TeamMember, out.value)

    async def create_channel(self, channel: Optional[Channel]) -> Channel:
        """Creates a channel.

        Go: ``API.CreateChannel`` (Mattermost 5.2+).
        """
        out = await self._call("CreateChannel", _pb.CreateChannelRequest, {"channel": _model(channel, Channel, "create_channel(channel)")}, True)
        return _decode(Channel, out.value)

    async def delete_channel(self, channel_id: str) -> None:
        """Deletes a channel.

        Go: ``API.DeleteChannel`` (Mattermost 5.2+).
        """
        await self._call("DeleteChannel", _pb.DeleteChannelRequest, {"channel_id": channel_id}, True)

    async def restore_channel(self, channel_id: str) -> None:
        """Restores a previously deleted (archived) channel.

        Go: ``API.RestoreChannel`` (Mattermost 11.10+).
        """
        await self._call("RestoreChannel", _pb.RestoreChannelRequest, {"channel_id": channel_id}, True)

    async def get_channel_of_type(self, channel_id: str, channel_type: str) -> Channel:
        """Resolves a channel by ID, requiring it to be of the given type. Unlike
        ``get_channel``, it resolves opaque backing channel types (e.g. space) that ``get_channel`` excludes;
        a caller that needs such a channel asks for it by its exact type.

        Go: ``API.GetChannelOfType`` (Mattermost 11.10+).
        """
        out = await self._call("GetChannelOfType", _pb.GetChannelOfTypeRequest, {"channel_id": channel_id, "channel_type": channel_type}, True)
        return _decode(Channel, out.value)

    async def get_public_channels_for_team(self, team_id: str, page: int, per_page: int) -> list[Channel]:
        """Gets a list of all channels.

        Go: ``API.GetPublicChannelsForTeam`` (Mattermost 5.2+).
        """
        out = await self._call("GetPublicChannelsForTeam", _pb.GetPublicChannelsForTeamRequest, {"team_id": team_id, "page": page, "per_page": per_page}, True)
        return _decode_list(Channel, out.value)

    async def get_channel(self, channel_id: str) -> Channel:
        """Gets a channel.

        Go: ``API.GetChannel`` (Mattermost 5.2+).
        """
        out = await self._call("GetChannel", _pb.GetChannelRequest, {"channel_id": channel_id}, True)
        return _decode(Channel, out.value)

    async def get_channel_by_name(self, team_id: str, name: str, include_deleted: bool) -> Channel:
        """Gets a channel by its name, given a team id.

        Go: ``API.GetChannelByName`` (Mattermost 5.2+).
        """
        out = await self._call("GetChannelByName", _pb.GetChannelByNameRequest, {"team_id": team_id, "name": name, "include_deleted": include_deleted}, True)
        return _decode(Channel, out.value)

    async def get_channel_by_name_for_team_name(
        self,
        team_name: str,
        channel_name: str,
        include_deleted: bool,
    ) -> Channel:
        """Gets a channel by its name, given a team name.

        Go: ``API.GetChannelByNameForTeamName`` (Mattermost 5.2+).
        """
        out = await self._call("GetChannelByNameForTeamName", _pb.GetChannelByNameForTeamNameRequest, {"team_name": team_name, "channel_name": channel_name, "include_deleted": include_deleted}, True)
        return _decode(Channel, out.value)

    async def get_channels_for_team_for_user(self, team_id: str, user_id: str, include_deleted: bool) -> list[Channel]:
        """ gets a list of channels for given user ID in given team ID, including DMs.
        If an empty string is passed as the team ID, the user's channels on all teams and their DMs will be returned.

        Go: ``API.GetChannelsForTeamForUser`` (Mattermost 5.6+).
        """
        out = await self._call("GetChannelsForTeamForUser", _pb.GetChannelsForTeamForUserRequest, {"team_id": team_id, "user_id": user_id, "include_deleted": include_deleted}, True)
        return _decode_list(Channel, out.value)

    async def get_channel_stats(self, channel_id: str) -> ChannelStats:
        """Gets statistics for a channel.

        Go: ``API.GetChannelStats`` (Mattermost 5.6+).
        """
        out = await self._call("GetChannelStats", _pb.GetChannelStatsRequest, {"channel_id": channel_id}, True)
        return _decode(ChannelStats, out.value)

    async def get_direct_channel(self, user_id1: str, user_id2: str) -> Channel:
        """Gets a direct message channel.
        If the channel does not exist it will create it.

        Go: ``API.GetDirectChannel`` (Mattermost 5.2+).
        """
        out = await self._call("GetDirectChannel", _pb.GetDirectChannelRequest, {"user_id1": user_id1, "user_id2": user_id2}, True)
        return _decode(Channel, out.value)

    async def get_group_channel(self, user_ids: list[str]) -> Channel:
        """Gets a group message channel.
        If the channel does not exist it will create it.

        Go: ``API.GetGroupChannel`` (Mattermost 5.2+).
        """
        out = await self._call("GetGroupChannel", _pb.GetGroupChannelRequest, {"user_ids": _strings(user_ids, "get_group_channel(user_ids)")}, True)
        return _decode(Channel, out.value)

    async def update_channel(self, channel: Optional[Channel]) -> Channel:
        """Updates a channel.

        Go: ``API.UpdateChannel`` (Mattermost 5.2+).
        """
        out = await self._call("UpdateChannel", _pb.UpdateChannelRequest, {"channel": _model(channel, Channel, "update_channel(channel)")}, True)
        return _decode(Channel, out.value)

    async def register_channel_guard(self, channel_id: str) -> None:
        """Claims the channel for this plugin, signaling to the server that the
        channel has plugin-managed semantics and that the server's default behaviors are unsafe
        without plugin involvement.

        The calling plugin's ID is implicit. Multiple plugins may co-guard the same channel; each
        claim is an independent row. Subsequent calls from the same plugin are idempotent; calls from
        a different plugin add a new claim.

        Go: ``API.RegisterChannelGuard`` (Mattermost 11.9+).
        """
        await self._call("RegisterChannelGuard", _pb.RegisterChannelGuardRequest, {"channel_id": channel_id}, True)

    async def unregister_channel_guard(self, channel_id: str) -> None:
        """Releases this plugin's claim on the channel. Only the registering
        plugin can unregister its own claim; other plugins' claims on the same channel are
        unaffected.

        Go: ``API.UnregisterChannelGuard`` (Mattermost 11.9+).
        """
        await self._call("UnregisterChannelGuard", _pb.UnregisterChannelGuardRequest, {"channel_id": channel_id}, True)

    async def search_channels(self, team_id: str, term: str) -> list[Channel]:
        """Returns the channels on a team matching the provided search term.

        Go: ``API.SearchChannels`` (Mattermost 5.6+).
        """
        out = await self._call("SearchChannels", _pb.SearchChannelsRequest, {"team_id": team_id, "term": term}, True)
        return _decode_list(Channel, out.value)

    async def create_channel_sidebar_category(
        self,
        user_id: str,
        team_id: str,
        new_category: Optional[SidebarCategoryWithChannels],
    ) -> SidebarCategoryWithChannels:
        """Creates a new sidebar category for a set of channels.

        Go: ``API.CreateChannelSidebarCategory`` (Mattermost 5.38+).
        """
        out = await self._call("CreateChannelSidebarCategory", _pb.CreateChannelSidebarCategoryRequest, {"user_id": user_id, "team_id": team_id, "new_category": _model(new_category, SidebarCategoryWithChannels, "create_channel_sidebar_category(new_category)")}, True)
        return _decode(SidebarCategoryWithChannels, out.value)

    async def get_channel_sidebar_categories(self, user_id: str, team_id: str) -> OrderedSidebarCategories:
        """Returns sidebar categories.

        Go: ``API.GetChannelSidebarCategories`` (Mattermost 5.38+).
        """
        out = await self._call("GetChannelSidebarCategories", _pb.GetChannelSidebarCategoriesRequest, {"user_id": user_id, "team_id": team_id}, True)
        return _decode(OrderedSidebarCategories, out.value)

    async def update_channel_sidebar_categories(
        self,
        user_id: str,
        team_id: str,
        categories: list[SidebarCategoryWithChannels],
    ) -> list[SidebarCategoryWithChannels]:
        """Updates the channel sidebar categories.

        Go: ``API.UpdateChannelSidebarCategories`` (Mattermost 5.38+).
        """
        out = await self._call("UpdateChannelSidebarCategories", _pb.UpdateChannelSidebarCategoriesRequest, {"user_id": user_id, "team_id": team_id, "categories": _models(categories, SidebarCategoryWithChannels, "update_channel_sidebar_categories(categories)")}, True)
        return _decode_list(SidebarCategoryWithChannels, out.value)

    async def search_users(self, search: Optional[UserSearch]) -> list[User]:
        """Returns a list of users based on some search criteria.

        Go: ``API.SearchUsers`` (Mattermost 5.6+).
        """
        out = await self._call("SearchUsers", _pb.SearchUsersRequest, {"search": _model(search, UserSearch, "search_users(search)")}, True)
        return _decode_list(User, out.value)

    async def search_posts_in_team(self, team_id: str, params_list: list[SearchParams]) -> list[Post]:
        """Returns a list of posts in a specific team that match the given params.

        Go: ``API.SearchPostsInTeam`` (Mattermost 5.10+).
        """
        out = await self._call("SearchPostsInTeam", _pb.SearchPostsInTeamRequest, {"team_id": team_id, "params_list": _models(params_list, SearchParams, "search_posts_in_team(params_list)")}, True)
        return _decode_list(Post, out.value)

    async def search_posts_in_team_for_user(
        self,
        team_id: str,
        user_id: str,
        search_params: SearchParameter,
    ) -> PostSearchResults:
        """Returns a list of posts by team and user that match the given
        search parameters.

        Go: ``API.SearchPostsInTeamForUser`` (Mattermost 5.26+).
        """
        out = await self._call("SearchPostsInTeamForUser", _pb.SearchPostsInTeamForUserRequest, {"team_id": team_id, "user_id": user_id, "search_params": _model(search_params, SearchParameter, "search_posts_in_team_for_user(search_params)")}, True)
        return _decode(PostSearchResults, out.value)

    async def add_channel_member(self, channel_id: str, user_id: str) -> ChannelMember:
        """Joins a user to a channel (as if they joined themselves)
        This means the user will not receive notifications for joining the channel.

        Go: ``API.AddChannelMember`` (Mattermost 5.2+).
        """
        out = await self._call("AddChannelMember", _pb.AddChannelMemberRequest, {"channel_id": channel_id, "user_id": user_id}, True)
        return _decode(ChannelMember, out.value)

    async def add_user_to_channel(self, channel_id: str, user_id: str, as_user_id: str) -> ChannelMember:
        """Adds a user to a channel as if the specified user had invited them.
        This means the user will receive the regular notifications for being added to the channel.

        Go: ``API.AddUserToChannel`` (Mattermost 5.18+).
        """
        out = await self._call("AddUserToChannel", _pb.AddUserToChannelRequest, {"channel_id": channel_id, "user_id": user_id, "as_user_id": as_user_id}, True)
        return _decode(ChannelMember, out.value)

    async def get_channel_member(self, channel_id: str, user_id: str) -> ChannelMember:
        """Gets a channel membership for a user.

        Go: ``API.GetChannelMember`` (Mattermost 5.2+).
        """
        out = await self._call("GetChannelMember", _pb.GetChannelMemberRequest, {"channel_id": channel_id, "user_id": user_id}, True)
        return _decode(ChannelMember, out.value)

    async def get_channel_members(self, channel_id: str, page: int, per_page: int) -> list[ChannelMember]:
        """Gets a channel membership for all users.

        Go: ``API.GetChannelMembers`` (Mattermost 5.6+).
        """
        out = await self._call("GetChannelMembers", _pb.GetChannelMembersRequest, {"channel_id": channel_id, "page": page, "per_page": per_page}, True)
        return _decode_list(ChannelMember, out.value)

    async def get_channel_members_by_ids(self, channel_id: str, user_ids: list[str]) -> list[ChannelMember]:
        """Gets a channel membership for a particular User

        Go: ``API.GetChannelMembersByIds`` (Mattermost 5.6+).
        """
        out = await self._call("GetChannelMembersByIds", _pb.GetChannelMembersByIdsRequest, {"channel_id": channel_id, "user_ids": _strings(user_ids, "get_channel_members_by_ids(user_ids)")}, True)
        return _decode_list(ChannelMember, out.value)

    async def get_channel_members_for_user(
        self,
        team_id: str,
        user_id: str,
        page: int,
        per_page: int,
    ) -> list[ChannelMember]:
        """Returns all channel memberships on a team for a user.

        Go: ``API.GetChannelMembersForUser`` (Mattermost 5.10+).
        """
        out = await self._call("GetChannelMembersForUser", _pb.GetChannelMembersForUserRequest, {"team_id": team_id, "user_id": user_id, "page": page, "per_page": per_page}, True)
        return _decode_list(ChannelMember, out.value)

    async def update_channel_member_roles(self, channel_id: str, user_id: str, new_roles: str) -> ChannelMember:
        """Updates a user's roles for a channel.

        Go: ``API.UpdateChannelMemberRoles`` (Mattermost 5.2+).
        """
        out = await self._call("UpdateChannelMemberRoles", _pb.UpdateChannelMemberRolesRequest, {"channel_id": channel_id, "user_id": user_id, "new_roles": new_roles}, True)
        return _decode(ChannelMember, out.value)

    async def update_channel_member_notifications(
        self,
        channel_id: str,
        user_id: str,
        notifications: dict[str, str],
    ) -> ChannelMember:
        """Updates a user's notification properties for a channel.

        Go: ``API.UpdateChannelMemberNotifications`` (Mattermost 5.2+).
        """
        out = await self._call("UpdateChannelMemberNotifications", _pb.UpdateChannelMemberNotificationsRequest, {"channel_id": channel_id, "user_id": user_id, "notifications": notifications}, True)
        return _decode(ChannelMember, out.value)

    async def patch_channel_members_notifications(
        self,
        members: list[ChannelMemberIdentifier],
        notify_props: dict[str, str],
    ) -> None:
        """Updates the notification properties for multiple channel members.
        Other changes made to the channel memberships will be ignored. A maximum of 200 members can be
        updated at once.

        Go: ``API.PatchChannelMembersNotifications`` (Mattermost 9.5+).
        """
        await self._call("PatchChannelMembersNotifications", _pb.PatchChannelMembersNotificationsRequest, {"members": _models(members, ChannelMemberIdentifier, "patch_channel_members_notifications(members)"), "notify_props": notify_props}, True)

    async def get_group(self, group_id: str) -> Group:
        """Gets a group by ID.

        Go: ``API.GetGroup`` (Mattermost 5.18+).
        """
        out = await self._call("GetGroup", _pb.GetGroupRequest, {"group_id": group_id}, True)
        return _decode(Group, out.value)

    async def get_group_by_name(self, name: str) -> Group:
        """Gets a group by name.

        Go: ``API.GetGroupByName`` (Mattermost 5.18+).
        """
        out = await self._call("GetGroupByName", _pb.GetGroupByNameRequest, {"name": name}, True)
        return _decode(Group, out.value)

    async def get_group_member_users(self, group_id: str, page: int, per_page: int) -> list[User]:
        """Gets a page of users belonging to the given group.

        Go: ``API.GetGroupMemberUsers`` (Mattermost 5.35+).
        """
        out = await self._call("GetGroupMemberUsers", _pb.GetGroupMemberUsersRequest, {"group_id": group_id, "page": page, "per_page": per_page}, True)
        return _decode_list(User, out.value)

    async def get_groups_by_source(self, group_source: str) -> list[Group]:
        """Gets a list of all groups for the given source.

        Go: ``API.GetGroupsBySource`` (Mattermost 5.35+).
        """
        out = await self._call("GetGroupsBySource", _pb.GetGroupsBySourceRequest, {"group_source": group_source}, True)
        return _decode_list(Group, out.value)

    async def get_groups_for_user(self, user_id: str) -> list[Group]:
        """Gets the groups a user is in.

        Go: ``API.GetGroupsForUser`` (Mattermost 5.18+).
        """
        out = await self._call("GetGroupsForUser", _pb.GetGroupsForUserRequest, {"user_id": user_id}, True)
        return _decode_list(Group, out.value)

    async def delete_channel_member(self, channel_id: str, user_id: str) -> None:
        """Deletes a channel membership for a user.

        Go: ``API.DeleteChannelMember`` (Mattermost 5.2+).
        """
        await self._call("DeleteChannelMember", _pb.DeleteChannelMemberRequest, {"channel_id": channel_id, "user_id": user_id}, True)

    async def create_post(self, post: Optional[Post]) -> Post:
        """Creates a post.

        Go: ``API.CreatePost`` (Mattermost 5.2+).
        """
        out = await self._call("CreatePost", _pb.CreatePostRequest, {"post": _model(post, Post, "create_post(post)")}, True)
        return _decode(Post, out.value)

    async def add_reaction(self, reaction: Optional[Reaction]) -> Reaction:
        """Add a reaction to a post.

        Go: ``API.AddReaction`` (Mattermost 5.3+).
        """
        out = await self._call("AddReaction", _pb.AddReactionRequest, {"reaction": _model(reaction, Reaction, "add_reaction(reaction)")}, True)
        return _decode(Reaction, out.value)

    async def remove_reaction(self, reaction: Optional[Reaction]) -> None:
        """Remove a reaction from a post.

        Go: ``API.RemoveReaction`` (Mattermost 5.3+).
        """
        await self._call("RemoveReaction", _pb.RemoveReactionRequest, {"reaction": _model(reaction, Reaction, "remove_reaction(reaction)")}, True)

    async def get_reactions(self, post_id: str) -> list[Reaction]:
        """GetReaction get the reactions of a post.

        Go: ``API.GetReactions`` (Mattermost 5.3+).
        """
        out = await self._call("GetReactions", _pb.GetReactionsRequest, {"post_id": post_id}, True)
        return _decode_list(Reaction, out.value)

    async def send_ephemeral_post(self, user_id: str, post: Optional[Post]) -> Optional[Post]:
        """Creates an ephemeral post.

        Go: ``API.SendEphemeralPost`` (Mattermost 5.2+).
        """
        out = await self._call("SendEphemeralPost", _pb.SendEphemeralPostRequest, {"user_id": user_id, "post": _model(post, Post, "send_ephemeral_post(post)")}, False)
        return _decode(Post, out.value)

    async def update_ephemeral_post(self, user_id: str, post: Optional[Post]) -> Optional[Post]:
        """Updates an ephemeral message previously sent to the user.
        EXPERIMENTAL: This API is experimental and can be changed without advance notice.

        Go: ``API.UpdateEphemeralPost`` (Mattermost 5.2+).
        """
        out = await self._call("UpdateEphemeralPost", _pb.UpdateEphemeralPostRequest, {"user_id": user_id, "post": _model(post, Post, "update_ephemeral_post(post)")}, False)
        return _decode(Post, out.value)

    async def delete_ephemeral_post(self, user_id: str, post_id: str) -> None:
        """Deletes an ephemeral message previously sent to the user.
        EXPERIMENTAL: This API is experimental and can be changed without advance notice.

        Go: ``API.DeleteEphemeralPost`` (Mattermost 5.2+).
        """
        await self._call("DeleteEphemeralPost", _pb.DeleteEphemeralPostRequest, {"user_id": user_id, "post_id": post_id}, False)

    async def delete_post(self, post_id: str) -> None:
        """Deletes a post.

        Go: ``API.DeletePost`` (Mattermost 5.2+).
        """
        await self._call("DeletePost", _pb.DeletePostRequest, {"post_id": post_id}, True)

    async def get_post_thread(self, post_id: str) -> PostList:
        """Gets a post with all the other posts in the same thread.

        Go: ``API.GetPostThread`` (Mattermost 5.6+).
        """
        out = await self._call("GetPostThread", _pb.GetPostThreadRequest, {"post_id": post_id}, True)
        return _decode(PostList, out.value)

    async def get_post(self, post_id: str) -> Post:
        """Gets a post.

        Go: ``API.GetPost`` (Mattermost 5.2+).
        """
        out = await self._call("GetPost", _pb.GetPostRequest, {"post_id": post_id}, True)
        return _decode(Post, out.value)

    async def get_posts_since(self, channel_id: str, time: int) -> PostList:
        """Gets posts created after a specified time as Unix time in milliseconds.

        Go: ``API.GetPostsSince`` (Mattermost 5.6+).
        """
        out = await self._call("GetPostsSince", _pb.GetPostsSinceRequest, {"channel_id": channel_id, "time": time}, True)
        return _decode(PostList, out.value)

    async def get_posts_after(self, channel_id: str, post_id: str, page: int, per_page: int) -> PostList:
        """Gets a page of posts that were posted after the post provided.

        Go: ``API.GetPostsAfter`` (Mattermost 5.6+).
        """
        out = await self._call("GetPostsAfter", _pb.GetPostsAfterRequest, {"channel_id": channel_id, "post_id": post_id, "page": page, "per_page": per_page}, True)
        return _decode(PostList, out.value)

    async def get_posts_before(self, channel_id: str, post_id: str, page: int, per_page: int) -> PostList:
        """Gets a page of posts that were posted before the post provided.

        Go: ``API.GetPostsBefore`` (Mattermost 5.6+).
        """
        out = await self._call("GetPostsBefore", _pb.GetPostsBeforeRequest, {"channel_id": channel_id, "post_id": post_id, "page": page, "per_page": per_page}, True)
        return _decode(PostList, out.value)

    async def get_posts_for_channel(self, channel_id: str, page: int, per_page: int) -> PostList:
        """Gets a list of posts for a channel.

        Go: ``API.GetPostsForChannel`` (Mattermost 5.6+).
        """
        out = await self._call("GetPostsForChannel", _pb.GetPostsForChannelRequest, {"channel_id": channel_id, "page": page, "per_page": per_page}, True)
        return _decode(PostList, out.value)

    async def get_team_stats(self, team_id: str) -> TeamStats:
        """Gets a team's statistics

        Go: ``API.GetTeamStats`` (Mattermost 5.8+).
        """
        out = await self._call("GetTeamStats", _pb.GetTeamStatsRequest, {"team_id": team_id}, True)
        return _decode(TeamStats, out.value)

    async def update_post(self, post: Optional[Post]) -> Post:
        """Updates a post.

        Go: ``API.UpdatePost`` (Mattermost 5.2+).
        """
        out = await self._call("UpdatePost", _pb.UpdatePostRequest, {"post": _model(post, Post, "update_post(post)")}, True)
        return _decode(Post, out.value)

    async def get_profile_image(self, user_id: str) -> Optional[bytes]:
        """Gets user's profile image.

        Go: ``API.GetProfileImage`` (Mattermost 5.6+).
        """
        out = await self._call("GetProfileImage", _pb.GetProfileImageRequest, {"user_id": user_id}, True)
        return (out.value if out.HasField("value") else None)

    async def set_profile_image(self, user_id: str, data: Optional[bytes]) -> None:
        """Sets a user's profile image.

        Go: ``API.SetProfileImage`` (Mattermost 5.6+).
        """
        await self._call("SetProfileImage", _pb.SetProfileImageRequest, {"user_id": user_id, "data": data}, True)

    async def get_emoji_list(self, sort_by: str, page: int, per_page: int) -> list[Emoji]:
        """Returns a page of custom emoji on the system.

        The ``sort_by`` parameter can be: "name".

        Go: ``API.GetEmojiList`` (Mattermost 5.6+).
        """
        out = await self._call("GetEmojiList", _pb.GetEmojiListRequest, {"sort_by": sort_by, "page": page, "per_page": per_page}, True)
        return _decode_list(Emoji, out.value)

    async def get_emoji_by_name(self, name: str) -> Emoji:
        """Gets an emoji by it's name.

        Go: ``API.GetEmojiByName`` (Mattermost 5.6+).
        """
        out = await self._call("GetEmojiByName", _pb.GetEmojiByNameRequest, {"name": name}, True)
        return _decode(Emoji, out.value)

    async def get_emoji(self, emoji_id: str) -> Emoji:
        """Returns a custom emoji based on the ``emoji_id`` string.

        Go: ``API.GetEmoji`` (Mattermost 5.6+).
        """
        out = await self._call("GetEmoji", _pb.GetEmojiRequest, {"emoji_id": emoji_id}, True)
        return _decode(Emoji, out.value)

    async def copy_file_infos(self, user_id: str, file_ids: list[str]) -> list[str]:
        """Duplicates the FileInfo objects referenced by the given file ids,
        recording the given user id as the new creator and returning the new set of file ids.

        The duplicate FileInfo objects are not initially linked to a post, but may now be passed
        to ``create_post``. Use this API to duplicate a post and its file attachments without
        actually duplicating the uploaded files.

        Go: ``API.CopyFileInfos`` (Mattermost 5.2+).
        """
        out = await self._call("CopyFileInfos", _pb.CopyFileInfosRequest, {"user_id": user_id, "file_ids": _strings(file_ids, "copy_file_infos(file_ids)")}, True)
        return list(out.value)

    async def get_file_info(self, file_id: str) -> FileInfo:
        """Gets a File Info for a specific ``file_id``

        Go: ``API.GetFileInfo`` (Mattermost 5.3+).
        """
        out = await self._call("GetFileInfo", _pb.GetFileInfoRequest, {"file_id": file_id}, True)
        return _decode(FileInfo, out.value)

    async def set_file_searchable_content(self, file_id: str, content: str) -> None:
        """Update the File Info searchable text for full text search

        Go: ``API.SetFileSearchableContent`` (Mattermost 9.1+).
        """
        await self._call("SetFileSearchableContent", _pb.SetFileSearchableContentRequest, {"file_id": file_id, "content": content}, True)

    async def get_file_infos(self, page: int, per_page: int, opt: Optional[GetFileInfosOptions]) -> list[FileInfo]:
        """Gets File Infos with options

        Go: ``API.GetFileInfos`` (Mattermost 5.22+).
        """
        out = await self._call("GetFileInfos", _pb.GetFileInfosRequest, {"page": page, "per_page": per_page, "opt": _model(opt, GetFileInfosOptions, "get_file_infos(opt)")}, True)
        return _decode_list(FileInfo, out.value)

    async def get_file(self, file_id: str) -> Optional[bytes]:
        """Gets content of a file by it's ID

        Go: ``API.GetFile`` (Mattermost 5.8+).
        """
        out = await self._call("GetFile", _pb.GetFileRequest, {"file_id": file_id}, True)
        return (out.value if out.HasField("value") else None)

    async def get_file_link(self, file_id: str) -> str:
        """Gets the public link to a file by ``file_id``.

        Go: ``API.GetFileLink`` (Mattermost 5.6+).
        """
        out = await self._call("GetFileLink", _pb.GetFileLinkRequest, {"file_id": file_id}, True)
        return out.value

    async def read_file(self, path: str) -> Optional[bytes]:
        """Reads the file from the backend for a specific path

        Go: ``API.ReadFile`` (Mattermost 5.3+).
        """
        out = await self._call("ReadFile", _pb.ReadFileRequest, {"path": path}, True)
        return (out.value if out.HasField("value") else None)

    async def get_emoji_image(self, emoji_id: str) -> tuple[Optional[bytes], str]:
        """Returns the emoji image.

        Go: ``API.GetEmojiImage`` (Mattermost 5.6+).
        """
        out = await self._call("GetEmojiImage", _pb.GetEmojiImageRequest, {"emoji_id": emoji_id}, True)
        return ((out.value if out.HasField("value") else None), out.value2)

    async def upload_file(self, data: Optional[bytes], channel_id: str, filename: str) -> FileInfo:
        """Will upload a file to a channel using a multipart request, to be later attached to a post.

        Go: ``API.UploadFile`` (Mattermost 5.6+).
        """
        out = await self._call("UploadFile", _pb.UploadFileRequest, {"data": data, "channel_id": channel_id, "filename": filename}, True)
        return _decode(FileInfo, out.value)

    async def open_interactive_dialog(self, dialog: OpenDialogRequest) -> None:
        """Will open an interactive dialog on a user's client that
        generated the trigger ID. Used with interactive message buttons, menus
        and slash commands.

        Go: ``API.OpenInteractiveDialog`` (Mattermost 5.6+).
        """
        await self._call("OpenInteractiveDialog", _pb.OpenInteractiveDialogRequest, {"dialog": _model(dialog, OpenDialogRequest, "open_interactive_dialog(dialog)")}, True)

    async def send_toast_message(
        self,
        user_id: str,
        connection_id: str,
        message: str,
        options: SendToastMessageOptions,
    ) -> None:
        """Sends a toast notification to a specific user or user session.
        The ``user_id`` parameter specifies the user to send the toast to.
        If ``connection_id`` is set, the toast will only be sent to that specific connection.

        Go: ``API.SendToastMessage`` (Mattermost 11.5+).
        """
        await self._call("SendToastMessage", _pb.SendToastMessageRequest, {"user_id": user_id, "connection_id": connection_id, "message": message, "options": _model(options, SendToastMessageOptions, "send_toast_message(options)")}, True)

    async def get_plugins(self) -> list[Manifest]:
        """Will return a list of plugin manifests for currently active plugins.

        Go: ``API.GetPlugins`` (Mattermost 5.6+).
        """
        out = await self._call("GetPlugins", _pb.GetPluginsRequest, {}, True)
        return _decode_list(Manifest, out.value)

    async def enable_plugin(self, id: str) -> None:
        """Will enable an plugin installed.

        Go: ``API.EnablePlugin`` (Mattermost 5.6+).
        """
        await self._call("EnablePlugin", _pb.EnablePluginRequest, {"id": id}, True)

    async def disable_plugin(self, id: str) -> None:
        """Will disable an enabled plugin.

        Go: ``API.DisablePlugin`` (Mattermost 5.6+).
        """
        await self._call("DisablePlugin", _pb.DisablePluginRequest, {"id": id}, True)

    async def remove_plugin(self, id: str) -> None:
        """Will disable and delete a plugin.

        Go: ``API.RemovePlugin`` (Mattermost 5.6+).
        """
        await self._call("RemovePlugin", _pb.RemovePluginRequest, {"id": id}, True)

    async def get_plugin_status(self, id: str) -> PluginStatus:
        """Will return the status of a plugin.

        Go: ``API.GetPluginStatus`` (Mattermost 5.6+).
        """
        out = await self._call("GetPluginStatus", _pb.GetPluginStatusRequest, {"id": id}, True)
        return _decode(PluginStatus, out.value)

    async def install_plugin(self, file: Union[bytes, BinaryIO], replace: bool) -> Manifest:
        """Will upload another plugin with tar.gz file.
        Previous version will be replaced on replace true.

        ``file`` is bytes or a binary file object; it is streamed to the server in chunks.
        Go: ``API.InstallPlugin`` (Mattermost 5.18+).
        """
        out = await self._stream("InstallPlugin", _pb.InstallPluginRequest, {"replace": replace}, "file", file, True)
        return _decode(Manifest, out.value)

    async def kv_set(self, key: str, value: Optional[bytes]) -> None:
        """Stores a key-value pair, unique per plugin.
        Provided helper functions and internal plugin code will use the prefix `mmi_` before keys. Do not use this prefix.

        Go: ``API.KVSet`` (Mattermost 5.2+).
        """
        await self._call("KVSet", _pb.KVSetRequest, {"key": key, "value": value}, True)

    async def kv_compare_and_set(self, key: str, old_value: Optional[bytes], new_value: Optional[bytes]) -> bool:
        """Updates a key-value pair, unique per plugin, but only if the current value matches the given ``old_value``.
        Inserts a new key if ``old_value`` == None.
        Returns (false, err) if DB error occurred
        Returns (false, None) if current value != ``old_value`` or key already exists when inserting
        Returns (true, None) if current value == ``old_value`` or new key is inserted

        Go: ``API.KVCompareAndSet`` (Mattermost 5.12+).
        """
        out = await self._call("KVCompareAndSet", _pb.KVCompareAndSetRequest, {"key": key, "old_value": old_value, "new_value": new_value}, True)
        return out.value

    async def kv_compare_and_delete(self, key: str, old_value: Optional[bytes]) -> bool:
        """Deletes a key-value pair, unique per plugin, but only if the current value matches the given ``old_value``.
        Returns (false, err) if DB error occurred
        Returns (false, None) if current value != ``old_value`` or key does not exist when deleting
        Returns (true, None) if current value == ``old_value`` and the key was deleted

        Go: ``API.KVCompareAndDelete`` (Mattermost 5.16+).
        """
        out = await self._call("KVCompareAndDelete", _pb.KVCompareAndDeleteRequest, {"key": key, "old_value": old_value}, True)
        return out.value

    async def kv_set_with_options(self, key: str, value: Optional[bytes], options: PluginKVSetOptions) -> bool:
        """Stores a key-value pair, unique per plugin, according to the given options.
        Returns (false, err) if DB error occurred
        Returns (false, None) if the value was not set
        Returns (true, None) if the value was set

        Go: ``API.KVSetWithOptions`` (Mattermost 5.20+).
        """
        out = await self._call("KVSetWithOptions", _pb.KVSetWithOptionsRequest, {"key": key, "value": value, "options": _model(options, PluginKVSetOptions, "kv_set_with_options(options)")}, True)
        return out.value

    async def kv_set_with_expiry(self, key: str, value: Optional[bytes], expire_in_seconds: int) -> None:
        """``kv_set`` stores a key-value pair with an expiry time, unique per plugin.

        Go: ``API.KVSetWithExpiry`` (Mattermost 5.6+).
        """
        await self._call("KVSetWithExpiry", _pb.KVSetWithExpiryRequest, {"key": key, "value": value, "expire_in_seconds": expire_in_seconds}, True)

    async def kv_get(self, key: str) -> Optional[bytes]:
        """Retrieves a value based on the key, unique per plugin. Returns None for non-existent keys.

        Go: ``API.KVGet`` (Mattermost 5.2+).
        """
        out = await self._call("KVGet", _pb.KVGetRequest, {"key": key}, True)
        return (out.value if out.HasField("value") else None)

    async def kv_delete(self, key: str) -> None:
        """Removes a key-value pair, unique per plugin. Returns None for non-existent keys.

        Go: ``API.KVDelete`` (Mattermost 5.2+).
        """
        await self._call("KVDelete", _pb.KVDeleteRequest, {"key": key}, True)

    async def kv_delete_all(self) -> None:
        """Removes all key-value pairs for a plugin.

        Go: ``API.KVDeleteAll`` (Mattermost 5.6+).
        """
        await self._call("KVDeleteAll", _pb.KVDeleteAllRequest, {}, True)

    async def kv_list(self, page: int, per_page: int) -> list[str]:
        """Lists all keys for a plugin.

        Go: ``API.KVList`` (Mattermost 5.6+).
        """
        out = await self._call("KVList", _pb.KVListRequest, {"page": page, "per_page": per_page}, True)
        return list(out.value)

    async def publish_websocket_event(
        self,
        event: str,
        payload: dict[str, Any],
        broadcast: Optional[WebsocketBroadcast],
    ) -> None:
        """Sends an event to WebSocket connections.
        event is the type and will be prepended with "custom_<pluginid>_".
        payload is the data sent with the event. Interface values must be primitive Go types or mattermost-server/model types.
        broadcast determines to which users to send the event.

        Go: ``API.PublishWebSocketEvent`` (Mattermost 5.2+).
        """
        await self._call("PublishWebSocketEvent", _pb.PublishWebSocketEventRequest, {"event": event, "payload": _json(payload, "publish_websocket_event(payload)"), "broadcast": _model(broadcast, WebsocketBroadcast, "publish_websocket_event(broadcast)")}, False)

    async def has_permission_to(self, user_id: str, permission: Optional[Permission]) -> bool:
        """Check if the user has the permission at system scope.

        Go: ``API.HasPermissionTo`` (Mattermost 5.3+).
        """
        out = await self._call("HasPermissionTo", _pb.HasPermissionToRequest, {"user_id": user_id, "permission": _model(permission, Permission, "has_permission_to(permission)")}, False)
        return out.value

    async def has_permission_to_team(self, user_id: str, team_id: str, permission: Optional[Permission]) -> bool:
        """Check if the user has the permission at team scope.

        Go: ``API.HasPermissionToTeam`` (Mattermost 5.3+).
        """
        out = await self._call("HasPermissionToTeam", _pb.HasPermissionToTeamRequest, {"user_id": user_id, "team_id": team_id, "permission": _model(permission, Permission, "has_permission_to_team(permission)")}, False)
        return out.value

    async def has_permission_to_channel(self, user_id: str, channel_id: str, permission: Optional[Permission]) -> bool:
        """Check if the user has the permission at channel scope.

        Go: ``API.HasPermissionToChannel`` (Mattermost 5.3+).
        """
        out = await self._call("HasPermissionToChannel", _pb.HasPermissionToChannelRequest, {"user_id": user_id, "channel_id": channel_id, "permission": _model(permission, Permission, "has_permission_to_channel(permission)")}, False)
        return out.value

    async def roles_grant_permission(self, role_names: list[str], permission_id: str) -> bool:
        """Check if the specified roles grant the specified permission

        Go: ``API.RolesGrantPermission`` (Mattermost 6.3+).
        """
        out = await self._call("RolesGrantPermission", _pb.RolesGrantPermissionRequest, {"role_names": _strings(role_names, "roles_grant_permission(role_names)"), "permission_id": permission_id}, False)
        return out.value

    async def log_debug(self, msg: str, *key_value_pairs: Any) -> None:
        """Writes a log message to the Mattermost server log file.
        Appropriate context such as the plugin name will already be added as fields so plugins
        do not need to add that info.

        ``key_value_pairs`` are key, value, key, value...; each value must be JSON-serialisable.
        Go: ``API.LogDebug`` (Mattermost 5.2+).
        """
        await self._call("LogDebug", _pb.LogDebugRequest, {"msg": msg, "key_value_pairs": _json_each(key_value_pairs, "log_debug(key_value_pairs)")}, False)

    async def log_info(self, msg: str, *key_value_pairs: Any) -> None:
        """Writes a log message to the Mattermost server log file.
        Appropriate context such as the plugin name will already be added as fields so plugins
        do not need to add that info.

        ``key_value_pairs`` are key, value, key, value...; each value must be JSON-serialisable.
        Go: ``API.LogInfo`` (Mattermost 5.2+).
        """
        await self._call("LogInfo", _pb.LogInfoRequest, {"msg": msg, "key_value_pairs": _json_each(key_value_pairs, "log_info(key_value_pairs)")}, False)

    async def log_error(self, msg: str, *key_value_pairs: Any) -> None:
        """Writes a log message to the Mattermost server log file.
        Appropriate context such as the plugin name will already be added as fields so plugins
        do not need to add that info.

        ``key_value_pairs`` are key, value, key, value...; each value must be JSON-serialisable.
        Go: ``API.LogError`` (Mattermost 5.2+).
        """
        await self._call("LogError", _pb.LogErrorRequest, {"msg": msg, "key_value_pairs": _json_each(key_value_pairs, "log_error(key_value_pairs)")}, False)

    async def log_warn(self, msg: str, *key_value_pairs: Any) -> None:
        """Writes a log message to the Mattermost server log file.
        Appropriate context such as the plugin name will already be added as fields so plugins
        do not need to add that info.

        ``key_value_pairs`` are key, value, key, value...; each value must be JSON-serialisable.
        Go: ``API.LogWarn`` (Mattermost 5.2+).
        """
        await self._call("LogWarn", _pb.LogWarnRequest, {"msg": msg, "key_value_pairs": _json_each(key_value_pairs, "log_warn(key_value_pairs)")}, False)

    async def send_mail(self, to: str, subject: str, html_body: str) -> None:
        """Sends an email to a specific address

        Go: ``API.SendMail`` (Mattermost 5.7+).
        """
        await self._call("SendMail", _pb.SendMailRequest, {"to": to, "subject": subject, "html_body": html_body}, True)

    async def create_bot(self, bot: Optional[Bot]) -> Bot:
        """Creates the given bot and corresponding user.

        Go: ``API.CreateBot`` (Mattermost 5.10+).
        """
        out = await self._call("CreateBot", _pb.CreateBotRequest, {"bot": _model(bot, Bot, "create_bot(bot)")}, True)
        return _decode(Bot, out.value)

    async def patch_bot(self, bot_user_id: str, bot_patch: Optional[BotPatch]) -> Bot:
        """Applies the given patch to the bot and corresponding user.

        Go: ``API.PatchBot`` (Mattermost 5.10+).
        """
        out = await self._call("PatchBot", _pb.PatchBotRequest, {"bot_user_id": bot_user_id, "bot_patch": _model(bot_patch, BotPatch, "patch_bot(bot_patch)")}, True)
        return _decode(Bot, out.value)

    async def get_bot(self, bot_user_id: str, include_deleted: bool) -> Bot:
        """Returns the given bot.

        Go: ``API.GetBot`` (Mattermost 5.10+).
        """
        out = await self._call("GetBot", _pb.GetBotRequest, {"bot_user_id": bot_user_id, "include_deleted": include_deleted}, True)
        return _decode(Bot, out.value)

    async def get_bots(self, options: Optional[BotGetOptions]) -> list[Bot]:
        """Returns the requested page of bots.

        Go: ``API.GetBots`` (Mattermost 5.10+).
        """
        out = await self._call("GetBots", _pb.GetBotsRequest, {"options": _model(options, BotGetOptions, "get_bots(options)")}, True)
        return _decode_list(Bot, out.value)

    async def update_bot_active(self, bot_user_id: str, active: bool) -> Bot:
        """Marks a bot as active or inactive, along with its corresponding user.

        Go: ``API.UpdateBotActive`` (Mattermost 5.10+).
        """
        out = await self._call("UpdateBotActive", _pb.UpdateBotActiveRequest, {"bot_user_id": bot_user_id, "active": active}, True)
        return _decode(Bot, out.value)

    async def permanent_delete_bot(self, bot_user_id: str) -> None:
        """Permanently deletes a bot and its corresponding user.

        Go: ``API.PermanentDeleteBot`` (Mattermost 5.10+).
        """
        await self._call("PermanentDeleteBot", _pb.PermanentDeleteBotRequest, {"bot_user_id": bot_user_id}, True)

    async def plugin_http(self, request: HTTPRequest) -> Optional[HTTPResponse]:
        """Allows inter-plugin requests to plugin APIs.

        Go: ``API.PluginHTTP`` (Mattermost 5.18+).
        """
        out = await self._call("PluginHTTP", _pb.PluginHTTPRequest, {"request": _http_request(request, "plugin_http(request)")}, False)
        return (_http_response(out.value) if out.HasField("value") else None)

    async def publish_user_typing(self, user_id: str, channel_id: str, parent_id: str) -> None:
        """Publishes a user is typing WebSocket event.
        The ``parent_id`` parameter may be an empty string, the other parameters are required.

        Go: ``API.PublishUserTyping`` (Mattermost 5.26+).
        """
        await self._call("PublishUserTyping", _pb.PublishUserTypingRequest, {"user_id": user_id, "channel_id": channel_id, "parent_id": parent_id}, True)

    async def create_command(self, cmd: Optional[Command]) -> Command:
        """Creates a server-owned slash command that is not handled by the plugin
        itself, and which will persist past the life of the plugin. The command will have its
        CreatorId set to "" and its PluginId set to the id of the plugin that created it.

        Go: ``API.CreateCommand`` (Mattermost 5.28+).
        """
        out = await self._call("CreateCommand", _pb.CreateCommandRequest, {"cmd": _model(cmd, Command, "create_command(cmd)")}, True)
        return _decode(Command, out.value)

    async def list_commands(self, team_id: str) -> list[Command]:
        """Returns the list of all slash commands for ``team_id``. E.g., custom commands
        (those created through the integrations menu, the REST api, or the plugin api ``create_command``),
        plugin commands (those created with plugin api ``register_command``), and builtin commands
        (those added internally through RegisterCommandProvider).

        Go: ``API.ListCommands`` (Mattermost 5.28+).
        """
        out = await self._call("ListCommands", _pb.ListCommandsRequest, {"team_id": team_id}, True)
        return _decode_list(Command, out.value)

    async def list_custom_commands(self, team_id: str) -> list[Command]:
        """Returns the list of slash commands for ``team_id`` that where created
        through the integrations menu, the REST api, or the plugin api ``create_command``.

        Go: ``API.ListCustomCommands`` (Mattermost 5.28+).
        """
        out = await self._call("ListCustomCommands", _pb.ListCustomCommandsRequest, {"team_id": team_id}, True)
        return _decode_list(Command, out.value)

    async def list_plugin_commands(self, team_id: str) -> list[Command]:
        """Returns the list of slash commands for ``team_id`` that were created
        with the plugin api ``register_command``.

        Go: ``API.ListPluginCommands`` (Mattermost 5.28+).
        """
        out = await self._call("ListPluginCommands", _pb.ListPluginCommandsRequest, {"team_id": team_id}, True)
        return _decode_list(Command, out.value)

    async def list_built_in_commands(self) -> list[Command]:
        """Returns the list of slash commands that are builtin commands
        (those added internally through RegisterCommandProvider).

        Go: ``API.ListBuiltInCommands`` (Mattermost 5.28+).
        """
        out = await self._call("ListBuiltInCommands", _pb.ListBuiltInCommandsRequest, {}, True)
        return _decode_list(Command, out.value)

    async def get_command(self, command_id: str) -> Command:
        """Returns the command definition based on a command id string.

        Go: ``API.GetCommand`` (Mattermost 5.28+).
        """
        out = await self._call("GetCommand", _pb.GetCommandRequest, {"command_id": command_id}, True)
        return _decode(Command, out.value)

    async def update_command(self, command_id: str, updated_cmd: Optional[Command]) -> Command:
        """Updates a single command (``command_id``) with the information provided in the
        ``updated_cmd`` model.Command struct. The following fields in the command cannot be updated:
        Id, Token, CreateAt, DeleteAt, and PluginId. If ``updated_cmd``.TeamId is blank, it
        will be set to ``command_id``'s TeamId.

        Go: ``API.UpdateCommand`` (Mattermost 5.28+).
        """
        out = await self._call("UpdateCommand", _pb.UpdateCommandRequest, {"command_id": command_id, "updated_cmd": _model(updated_cmd, Command, "update_command(updated_cmd)")}, True)
        return _decode(Command, out.value)

    async def delete_command(self, command_id: str) -> None:
        """Deletes a slash command (``command_id``).

        Go: ``API.DeleteCommand`` (Mattermost 5.28+).
        """
        await self._call("DeleteCommand", _pb.DeleteCommandRequest, {"command_id": command_id}, True)

    async def create_oauth_app(self, app: Optional[OAuthApp]) -> OAuthApp:
        """Creates a new OAuth App.

        Go: ``API.CreateOAuthApp`` (Mattermost 5.38+).
        """
        out = await self._call("CreateOAuthApp", _pb.CreateOAuthAppRequest, {"app": _model(app, OAuthApp, "create_oauth_app(app)")}, True)
        return _decode(OAuthApp, out.value)

    async def get_oauth_app(self, app_id: str) -> OAuthApp:
        """Gets an existing OAuth App by id.

        Go: ``API.GetOAuthApp`` (Mattermost 5.38+).
        """
        out = await self._call("GetOAuthApp", _pb.GetOAuthAppRequest, {"app_id": app_id}, True)
        return _decode(OAuthApp, out.value)

    async def update_oauth_app(self, app: Optional[OAuthApp]) -> OAuthApp:
        """Updates an existing OAuth App.

        Go: ``API.UpdateOAuthApp`` (Mattermost 5.38+).
        """
        out = await self._call("UpdateOAuthApp", _pb.UpdateOAuthAppRequest, {"app": _model(app, OAuthApp, "update_oauth_app(app)")}, True)
        return _decode(OAuthApp, out.value)

    async def delete_oauth_app(self, app_id: str) -> None:
        """Deletes an existing OAuth App by id.

        Go: ``API.DeleteOAuthApp`` (Mattermost 5.38+).
        """
        await self._call("DeleteOAuthApp", _pb.DeleteOAuthAppRequest, {"app_id": app_id}, True)

    async def publish_plugin_cluster_event(self, ev: PluginClusterEvent, opts: PluginClusterEventSendOptions) -> None:
        """Broadcasts a plugin event to all other running instances of
        the calling plugin that are present in the cluster.

        This method is used to allow plugin communication in a High-Availability cluster.
        The receiving side should implement the OnPluginClusterEvent hook
        to receive events sent through this method.

        Go: ``API.PublishPluginClusterEvent`` (Mattermost 5.36+).
        """
        await self._call("PublishPluginClusterEvent", _pb.PublishPluginClusterEventRequest, {"ev": _model(ev, PluginClusterEvent, "publish_plugin_cluster_event(ev)"), "opts": _model(opts, PluginClusterEventSendOptions, "publish_plugin_cluster_event(opts)")}, True)

    async def request_trial_license(
        self,
        requester_id: str,
        users: int,
        terms_accepted: bool,
        receive_emails_accepted: bool,
    ) -> None:
        """Requests a trial license and installs it in the server

        Go: ``API.RequestTrialLicense`` (Mattermost 5.36+).
        """
        await self._call("RequestTrialLicense", _pb.RequestTrialLicenseRequest, {"requester_id": requester_id, "users": users, "terms_accepted": terms_accepted, "receive_emails_accepted": receive_emails_accepted}, True)

    async def get_cloud_limits(self) -> ProductLimits:
        """Gets limits associated with a cloud workspace, if any

        Go: ``API.GetCloudLimits`` (Mattermost 7.0+).
        """
        out = await self._call("GetCloudLimits", _pb.GetCloudLimitsRequest, {}, True)
        return _decode(ProductLimits, out.value)

    async def ensure_bot_user(self, bot: Optional[Bot]) -> str:
        """Updates the bot if it exists, otherwise creates it.

        Go: ``API.EnsureBotUser`` (Mattermost 7.1+).
        """
        out = await self._call("EnsureBotUser", _pb.EnsureBotUserRequest, {"bot": _model(bot, Bot, "ensure_bot_user(bot)")}, True)
        return out.value

    async def register_collection_and_topic(self, collection_type: str, topic_type: str) -> None:
        """Is no longer supported.

        Go: ``API.RegisterCollectionAndTopic`` (Mattermost 7.6+).
        """
        await self._call("RegisterCollectionAndTopic", _pb.RegisterCollectionAndTopicRequest, {"collection_type": collection_type, "topic_type": topic_type}, True)

    async def create_upload_session(self, us: Optional[UploadSession]) -> UploadSession:
        """Creates and returns a new (resumable) upload session.

        Go: ``API.CreateUploadSession`` (Mattermost 7.6+).
        """
        out = await self._call("CreateUploadSession", _pb.CreateUploadSessionRequest, {"us": _model(us, UploadSession, "create_upload_session(us)")}, True)
        return _decode(UploadSession, out.value)

    async def upload_data(self, us: Optional[UploadSession], rd: Union[bytes, BinaryIO]) -> FileInfo:
        """Uploads the data for a given upload session.

        ``rd`` is bytes or a binary file object; it is streamed to the server in chunks.
        Go: ``API.UploadData`` (Mattermost 7.6+).
        """
        out = await self._stream("UploadData", _pb.UploadDataRequest, {"us": _model(us, UploadSession, "upload_data(us)")}, "rd", rd, True)
        return _decode(FileInfo, out.value)

    async def get_upload_session(self, upload_id: str) -> UploadSession:
        """Returns the upload session for the provided id.

        Go: ``API.GetUploadSession`` (Mattermost 7.6+).
        """
        out = await self._call("GetUploadSession", _pb.GetUploadSessionRequest, {"upload_id": upload_id}, True)
        return _decode(UploadSession, out.value)

    async def send_push_notification(self, notification: Optional[PushNotification], user_id: str) -> None:
        """Will send a push notification to all of user's sessions.

        It is the responsibility of the plugin to respect the server's configuration and licence,
        especially related to `cfg.EmailSettings.PushNotificationContents`, particularly
        `model.IdLoadedNotification` and the generic settings.
        Refer to `app.sendPushNotificationSync` for the logic used to construct push notifications.

        Note: the NotificationWillBePushed hook will be run after ``send_push_notification`` is called.

        Go: ``API.SendPushNotification`` (Mattermost 9.0+).
        """
        await self._call("SendPushNotification", _pb.SendPushNotificationRequest, {"notification": _model(notification, PushNotification, "send_push_notification(notification)"), "user_id": user_id}, True)

    async def update_user_auth(self, user_id: str, user_auth: Optional[UserAuth]) -> UserAuth:
        """Updates a user's auth data.

        It is not currently possible to use this to set a user's auth to e-mail with a hashed
        password. It is meant to be used exclusively in setting a non-email auth service.

        Go: ``API.UpdateUserAuth`` (Mattermost 9.3+).
        """
        out = await self._call("UpdateUserAuth", _pb.UpdateUserAuthRequest, {"user_id": user_id, "user_auth": _model(user_auth, UserAuth, "update_user_auth(user_auth)")}, True)
        return _decode(UserAuth, out.value)

    async def register_plugin_for_shared_channels(self, opts: RegisterPluginOpts) -> str:
        """Registers the plugin as a `Remote` for SharedChannels.
        The plugin will receive synchronization messages via the `OnSharedChannelsSyncMsg` hook.
        This API is idempotent - when called repeatedly with the same `RegisterPluginOpts.PluginID`
        it will return the same remoteID.

        Go: ``API.RegisterPluginForSharedChannels`` (Mattermost 9.5+).
        """
        out = await self._call("RegisterPluginForSharedChannels", _pb.RegisterPluginForSharedChannelsRequest, {"opts": _model(opts, RegisterPluginOpts, "register_plugin_for_shared_channels(opts)")}, True)
        return out.remote_id

    async def unregister_plugin_for_shared_channels(self, plugin_id: str) -> None:
        """Unregisters all remotes for this plugin. The plugin will no
        longer receive synchronization messages via the `OnSharedChannelsSyncMsg` hook. Used in
        OnDeactivate for bulk cleanup.

        Go: ``API.UnregisterPluginForSharedChannels`` (Mattermost 9.5+).
        """
        await self._call("UnregisterPluginForSharedChannels", _pb.UnregisterPluginForSharedChannelsRequest, {"plugin_id": plugin_id}, True)

    async def unregister_plugin_remote_for_shared_channels(self, remote_id: str) -> None:
        """Unregisters a specific remote by its ``remote_id``.
        The remote must belong to the calling plugin (ownership is validated server-side).
        The remote will no longer receive synchronization messages. Used for config change
        reconciliation when a connection is removed but others remain.

        Go: ``API.UnregisterPluginRemoteForSharedChannels`` (Mattermost 11.7+).
        """
        await self._call("UnregisterPluginRemoteForSharedChannels", _pb.UnregisterPluginRemoteForSharedChannelsRequest, {"remote_id": remote_id}, True)

    async def share_channel(self, sc: Optional[SharedChannel]) -> SharedChannel:
        """Marks a channel for sharing via shared channels. Note, this does not automatically
        invite any remote clusters to the channel - use `InviteRemote` to invite a remote , or this plugin,
        to the shared channel and start synchronization.

        Go: ``API.ShareChannel`` (Mattermost 9.5+).
        """
        out = await self._call("ShareChannel", _pb.ShareChannelRequest, {"sc": _model(sc, SharedChannel, "share_channel(sc)")}, True)
        return _decode(SharedChannel, out.value)

    async def update_shared_channel(self, sc: Optional[SharedChannel]) -> SharedChannel:
        """Updates a shared channel. This can be used to change the share name,
        display name, purpose, header, etc.

        Go: ``API.UpdateSharedChannel`` (Mattermost 9.5+).
        """
        out = await self._call("UpdateSharedChannel", _pb.UpdateSharedChannelRequest, {"sc": _model(sc, SharedChannel, "update_shared_channel(sc)")}, True)
        return _decode(SharedChannel, out.value)

    async def unshare_channel(self, channel_id: str) -> bool:
        """Unmarks a channel for sharing. The channel will no longer be shared and
        all remotes will be uninvited to the channel.

        Go: ``API.UnshareChannel`` (Mattermost 9.5+).
        """
        out = await self._call("UnshareChannel", _pb.UnshareChannelRequest, {"channel_id": channel_id}, True)
        return out.unshared

    async def update_shared_channel_cursor(
        self,
        channel_id: str,
        remote_id: str,
        cusror: GetPostsSinceForSyncCursor,
    ) -> None:
        """Updates the cursor for the specified channel and RemoteID (passed by
        the plugin when registering).  This can be used to manually set the point of last sync, either
        forward to skip older posts, or backward to re-sync history.  This call by itself does not force
        a re-sync - a change to channel contents or a call to ``sync_shared_channel`` are needed to force a sync.

        Go: ``API.UpdateSharedChannelCursor`` (Mattermost 9.5+).
        """
        await self._call("UpdateSharedChannelCursor", _pb.UpdateSharedChannelCursorRequest, {"channel_id": channel_id, "remote_id": remote_id, "cusror": _model(cusror, GetPostsSinceForSyncCursor, "update_shared_channel_cursor(cusror)")}, True)

    async def sync_shared_channel(self, channel_id: str) -> None:
        """Forces a shared channel to send any changed content to all remotes.

        Go: ``API.SyncSharedChannel`` (Mattermost 9.5+).
        """
        await self._call("SyncSharedChannel", _pb.SyncSharedChannelRequest, {"channel_id": channel_id}, True)

    async def invite_remote_to_channel(
        self,
        channel_id: str,
        remote_id: str,
        user_id: str,
        share_if_not_shared: bool,
    ) -> None:
        """Invites a remote, or this plugin, as a target for synchronizing. Once invited, the
        remote will start to receive synchronization messages for any changed content in the specified channel.
        If ```share_if_not_shared``` is true, the channel's shared flag will be set, if not already.

        Go: ``API.InviteRemoteToChannel`` (Mattermost 9.5+).
        """
        await self._call("InviteRemoteToChannel", _pb.InviteRemoteToChannelRequest, {"channel_id": channel_id, "remote_id": remote_id, "user_id": user_id, "share_if_not_shared": share_if_not_shared}, True)

    async def uninvite_remote_from_channel(self, channel_id: str, remote_id: str) -> None:
        """Uninvites a remote, or this plugin, such that it will stop receiving sychronization
        messages for the channel.

        Go: ``API.UninviteRemoteFromChannel`` (Mattermost 9.5+).
        """
        await self._call("UninviteRemoteFromChannel", _pb.UninviteRemoteFromChannelRequest, {"channel_id": channel_id, "remote_id": remote_id}, True)

    async def receive_shared_channel_sync_msg(self, remote_id: str, msg: Optional[SyncMsg]) -> SyncResponse:
        """Processes a sync message from this plugin, creating or updating
        posts, reactions, users, statuses, acknowledgements, and membership changes.
        When msg.ChannelId is set, content is synced into that shared channel.
        When msg.ChannelId is empty and only Users are present, a global user sync is performed.
        This is the inbound counterpart of the OnSharedChannelsSyncMsg hook.
        The ``remote_id`` identifies which of the plugin's registered remotes this message is from
        (the value returned by ``register_plugin_for_shared_channels``). Entities in the SyncMsg will
        have their RemoteId set to match this remote.

        Go: ``API.ReceiveSharedChannelSyncMsg`` (Mattermost 11.7+).
        """
        out = await self._call("ReceiveSharedChannelSyncMsg", _pb.ReceiveSharedChannelSyncMsgRequest, {"remote_id": remote_id, "msg": _model(msg, SyncMsg, "receive_shared_channel_sync_msg(msg)")}, True)
        return _decode_value(SyncResponse, out.value)

    async def receive_shared_channel_attachment_sync_msg(
        self,
        remote_id: str,
        channel_id: str,
        fi: Optional[FileInfo],
        data: Union[bytes, BinaryIO],
    ) -> FileInfo:
        """Syncs a file attachment into a shared channel.
        The FileInfo provides metadata (Name, Size, CreatorId); the server constructs the
        storage path and manages the upload. The data reader provides the raw file bytes.
        This is the inbound counterpart of the OnSharedChannelsAttachmentSyncMsg hook.
        The ``remote_id`` identifies which of the plugin's registered remotes this attachment is from
        (the value returned by ``register_plugin_for_shared_channels``).

        The post-receive (``receive_shared_channel_sync_msg``) and file-receive calls for the same
        post-and-attachment pair may be issued in either order or concurrently; the framework
        binds the file to its post regardless of arrival order. Repeated calls with the same
        (fi.Id, ``channel_id``, fi.CreatorId) return the existing FileInfo without producing
        duplicates, allowing transports with at-least-once delivery semantics to redeliver
        safely. Repeats whose fi.Id matches an existing record under a different channel or
        creator are rejected.

        ``data`` is bytes or a binary file object; it is streamed to the server in chunks.
        Go: ``API.ReceiveSharedChannelAttachmentSyncMsg`` (Mattermost 11.7+).
        """
        out = await self._stream("ReceiveSharedChannelAttachmentSyncMsg", _pb.ReceiveSharedChannelAttachmentSyncMsgRequest, {"remote_id": remote_id, "channel_id": channel_id, "fi": _model(fi, FileInfo, "receive_shared_channel_attachment_sync_msg(fi)")}, "data", data, True)
        return _decode(FileInfo, out.value)

    async def receive_shared_channel_profile_image_sync_msg(
        self,
        remote_id: str,
        user_id: str,
        image: Optional[bytes],
    ) -> None:
        """Syncs a user's profile image from this plugin's
        remote into Mattermost. The user must have a RemoteId matching the specified remote.
        This is the inbound counterpart of the OnSharedChannelsProfileImageSyncMsg hook.
        The ``remote_id`` identifies which of the plugin's registered remotes this image is from
        (the value returned by ``register_plugin_for_shared_channels``).

        Go: ``API.ReceiveSharedChannelProfileImageSyncMsg`` (Mattermost 11.7+).
        """
        await self._call("ReceiveSharedChannelProfileImageSyncMsg", _pb.ReceiveSharedChannelProfileImageSyncMsgRequest, {"remote_id": remote_id, "user_id": user_id, "image": image}, True)

    async def upsert_group_member(self, group_id: str, user_id: str) -> GroupMember:
        """Adds a user to a group or updates their existing membership.

        Go: ``API.UpsertGroupMember`` (Mattermost 10.7+).
        """
        out = await self._call("UpsertGroupMember", _pb.UpsertGroupMemberRequest, {"group_id": group_id, "user_id": user_id}, True)
        return _decode(GroupMember, out.value)

    async def upsert_group_members(self, group_id: str, user_ids: list[str]) -> list[GroupMember]:
        """Adds multiple users to a group or updates their existing memberships.

        Go: ``API.UpsertGroupMembers`` (Mattermost 10.7+).
        """
        out = await self._call("UpsertGroupMembers", _pb.UpsertGroupMembersRequest, {"group_id": group_id, "user_ids": _strings(user_ids, "upsert_group_members(user_ids)")}, True)
        return _decode_list(GroupMember, out.value)

    async def get_group_by_remote_id(self, remote_id: str, group_source: str) -> Group:
        """Gets a group by its remote ID.

        Go: ``API.GetGroupByRemoteID`` (Mattermost 10.7+).
        """
        out = await self._call("GetGroupByRemoteID", _pb.GetGroupByRemoteIDRequest, {"remote_id": remote_id, "group_source": group_source}, True)
        return _decode(Group, out.value)

    async def create_group(self, group: Optional[Group]) -> Group:
        """Creates a new group.

        Go: ``API.CreateGroup`` (Mattermost 10.7+).
        """
        out = await self._call("CreateGroup", _pb.CreateGroupRequest, {"group": _model(group, Group, "create_group(group)")}, True)
        return _decode(Group, out.value)

    async def update_group(self, group: Optional[Group]) -> Group:
        """Updates a group.

        Go: ``API.UpdateGroup`` (Mattermost 10.7+).
        """
        out = await self._call("UpdateGroup", _pb.UpdateGroupRequest, {"group": _model(group, Group, "update_group(group)")}, True)
        return _decode(Group, out.value)

    async def delete_group(self, group_id: str) -> Group:
        """Soft deletes a group.

        Go: ``API.DeleteGroup`` (Mattermost 10.7+).
        """
        out = await self._call("DeleteGroup", _pb.DeleteGroupRequest, {"group_id": group_id}, True)
        return _decode(Group, out.value)

    async def restore_group(self, group_id: str) -> Group:
        """Restores a soft deleted group.

        Go: ``API.RestoreGroup`` (Mattermost 10.7+).
        """
        out = await self._call("RestoreGroup", _pb.RestoreGroupRequest, {"group_id": group_id}, True)
        return _decode(Group, out.value)

    async def delete_group_member(self, group_id: str, user_id: str) -> GroupMember:
        """Removes a user from a group.

        Go: ``API.DeleteGroupMember`` (Mattermost 10.7+).
        """
        out = await self._call("DeleteGroupMember", _pb.DeleteGroupMemberRequest, {"group_id": group_id, "user_id": user_id}, True)
        return _decode(GroupMember, out.value)

    async def get_group_syncable(self, group_id: str, syncable_id: str, syncable_type: str) -> GroupSyncable:
        """Gets a group syncable.

        Go: ``API.GetGroupSyncable`` (Mattermost 10.7+).
        """
        out = await self._call("GetGroupSyncable", _pb.GetGroupSyncableRequest, {"group_id": group_id, "syncable_id": syncable_id, "syncable_type": syncable_type}, True)
        return _decode(GroupSyncable, out.value)

    async def get_group_syncables(self, group_id: str, syncable_type: str) -> list[GroupSyncable]:
        """Gets all group syncables for the given group.

        Go: ``API.GetGroupSyncables`` (Mattermost 10.7+).
        """
        out = await self._call("GetGroupSyncables", _pb.GetGroupSyncablesRequest, {"group_id": group_id, "syncable_type": syncable_type}, True)
        return _decode_list(GroupSyncable, out.value)

    async def upsert_group_syncable(self, group_syncable: Optional[GroupSyncable]) -> GroupSyncable:
        """Creates or updates a group syncable.

        Go: ``API.UpsertGroupSyncable`` (Mattermost 10.7+).
        """
        out = await self._call("UpsertGroupSyncable", _pb.UpsertGroupSyncableRequest, {"group_syncable": _model(group_syncable, GroupSyncable, "upsert_group_syncable(group_syncable)")}, True)
        return _decode(GroupSyncable, out.value)

    async def update_group_syncable(self, group_syncable: Optional[GroupSyncable]) -> GroupSyncable:
        """Updates a group syncable.

        Go: ``API.UpdateGroupSyncable`` (Mattermost 10.7+).
        """
        out = await self._call("UpdateGroupSyncable", _pb.UpdateGroupSyncableRequest, {"group_syncable": _model(group_syncable, GroupSyncable, "update_group_syncable(group_syncable)")}, True)
        return _decode(GroupSyncable, out.value)

    async def delete_group_syncable(self, group_id: str, syncable_id: str, syncable_type: str) -> GroupSyncable:
        """Deletes a group syncable.

        Go: ``API.DeleteGroupSyncable`` (Mattermost 10.7+).
        """
        out = await self._call("DeleteGroupSyncable", _pb.DeleteGroupSyncableRequest, {"group_id": group_id, "syncable_id": syncable_id, "syncable_type": syncable_type}, True)
        return _decode(GroupSyncable, out.value)

    async def update_user_roles(self, user_id: str, new_roles: str) -> User:
        """Updates the role for a user.

        Go: ``API.UpdateUserRoles`` (Mattermost 9.8+).
        """
        out = await self._call("UpdateUserRoles", _pb.UpdateUserRolesRequest, {"user_id": user_id, "new_roles": new_roles}, True)
        return _decode(User, out.value)

    async def get_plugin_id(self) -> str:
        """Returns the plugin ID.

        Go: ``API.GetPluginID`` (Mattermost 10.1+).
        """
        out = await self._call("GetPluginID", _pb.GetPluginIDRequest, {}, False)
        return out.value

    async def get_groups(
        self,
        page: int,
        per_page: int,
        opts: GroupSearchOpts,
        view_restrictions: Optional[ViewUsersRestrictions],
    ) -> list[Group]:
        """Returns a list of all groups with the given options and restrictions.

        Go: ``API.GetGroups`` (Mattermost 10.7+).
        """
        out = await self._call("GetGroups", _pb.GetGroupsRequest, {"page": page, "per_page": per_page, "opts": _model(opts, GroupSearchOpts, "get_groups(opts)"), "view_restrictions": _model(view_restrictions, ViewUsersRestrictions, "get_groups(view_restrictions)")}, True)
        return _decode_list(Group, out.value)

    async def create_default_syncable_memberships(self, params: CreateDefaultMembershipParams) -> None:
        """Creates default syncable memberships based off the provided parameters.

        Go: ``API.CreateDefaultSyncableMemberships`` (Mattermost 10.9+).
        """
        await self._call("CreateDefaultSyncableMemberships", _pb.CreateDefaultSyncableMembershipsRequest, {"params": _model(params, CreateDefaultMembershipParams, "create_default_syncable_memberships(params)")}, True)

    async def delete_group_constrained_memberships(self) -> None:
        """Deletes team and channel memberships of users who aren't members of the allowed groups of all group-constrained teams and channels.

        Go: ``API.DeleteGroupConstrainedMemberships`` (Mattermost 10.9+).
        """
        await self._call("DeleteGroupConstrainedMemberships", _pb.DeleteGroupConstrainedMembershipsRequest, {}, True)

    async def create_property_field(self, field: Optional[PropertyField]) -> PropertyField:
        """Creates a new property field.

        If the field's LinkedFieldID is set, the field inherits type, options,
        and security attributes from the referenced template field. The source
        must be a template field in the same group, must not itself be linked,
        and must not be deleted.

        Go: ``API.CreatePropertyField`` (Mattermost 10.10+).
        """
        out = await self._call("CreatePropertyField", _pb.CreatePropertyFieldRequest, {"field": _model(field, PropertyField, "create_property_field(field)")}, True)
        return _decode(PropertyField, out.value)

    async def get_property_field(self, group_id: str, field_id: str) -> PropertyField:
        """Gets a property field by ``group_id`` and ``field_id``.

        Go: ``API.GetPropertyField`` (Mattermost 10.10+).
        """
        out = await self._call("GetPropertyField", _pb.GetPropertyFieldRequest, {"group_id": group_id, "field_id": field_id}, True)
        return _decode(PropertyField, out.value)

    async def get_property_fields(self, group_id: str, ids: list[str]) -> list[PropertyField]:
        """Gets multiple property fields by ``group_id`` and a list of IDs.

        Go: ``API.GetPropertyFields`` (Mattermost 10.10+).
        """
        out = await self._call("GetPropertyFields", _pb.GetPropertyFieldsRequest, {"group_id": group_id, "ids": _strings(ids, "get_property_fields(ids)")}, True)
        return _decode_list(PropertyField, out.value)

    async def update_property_field(self, group_id: str, field: Optional[PropertyField]) -> PropertyField:
        """Updates an existing property field.

        Fields with a LinkedFieldID cannot have their type or options modified.
        Set LinkedFieldID to an empty string to unlink a field from its source.

        Go: ``API.UpdatePropertyField`` (Mattermost 10.10+).
        """
        out = await self._call("UpdatePropertyField", _pb.UpdatePropertyFieldRequest, {"group_id": group_id, "field": _model(field, PropertyField, "update_property_field(field)")}, True)
        return _decode(PropertyField, out.value)

    async def delete_property_field(self, group_id: str, field_id: str) -> None:
        """Deletes a property field (soft delete).

        Returns an error if the field has active linked dependents. Unlink or
        delete dependent fields first.

        Go: ``API.DeletePropertyField`` (Mattermost 10.10+).
        """
        await self._call("DeletePropertyField", _pb.DeletePropertyFieldRequest, {"group_id": group_id, "field_id": field_id}, True)

    async def search_property_fields(self, group_id: str, opts: PropertyFieldSearchOpts) -> list[PropertyField]:
        """Searches for property fields with filtering options.

        Go: ``API.SearchPropertyFields`` (Mattermost 11.0+).
        """
        out = await self._call("SearchPropertyFields", _pb.SearchPropertyFieldsRequest, {"group_id": group_id, "opts": _model(opts, PropertyFieldSearchOpts, "search_property_fields(opts)")}, True)
        return _decode_list(PropertyField, out.value)

    async def count_property_fields(self, group_id: str, include_deleted: bool) -> int:
        """Counts property fields for a group.

        Go: ``API.CountPropertyFields`` (Mattermost 11.0+).
        """
        out = await self._call("CountPropertyFields", _pb.CountPropertyFieldsRequest, {"group_id": group_id, "include_deleted": include_deleted}, True)
        return out.value

    async def count_property_fields_for_target(
        self,
        group_id: str,
        target_type: str,
        target_id: str,
        include_deleted: bool,
    ) -> int:
        """Counts property fields for a specific target.

        Go: ``API.CountPropertyFieldsForTarget`` (Mattermost 11.0+).
        """
        out = await self._call("CountPropertyFieldsForTarget", _pb.CountPropertyFieldsForTargetRequest, {"group_id": group_id, "target_type": target_type, "target_id": target_id, "include_deleted": include_deleted}, True)
        return out.value

    async def create_property_value(self, value: Optional[PropertyValue]) -> PropertyValue:
        """Creates a new property value.

        Go: ``API.CreatePropertyValue`` (Mattermost 10.10+).
        """
        out = await self._call("CreatePropertyValue", _pb.CreatePropertyValueRequest, {"value": _model(value, PropertyValue, "create_property_value(value)")}, True)
        return _decode(PropertyValue, out.value)

    async def get_property_value(self, group_id: str, value_id: str) -> PropertyValue:
        """Gets a property value by ``group_id`` and ``value_id``.

        Go: ``API.GetPropertyValue`` (Mattermost 10.10+).
        """
        out = await self._call("GetPropertyValue", _pb.GetPropertyValueRequest, {"group_id": group_id, "value_id": value_id}, True)
        return _decode(PropertyValue, out.value)

    async def get_property_values(self, group_id: str, ids: list[str]) -> list[PropertyValue]:
        """Gets multiple property values by ``group_id`` and a list of IDs.

        Go: ``API.GetPropertyValues`` (Mattermost 10.10+).
        """
        out = await self._call("GetPropertyValues", _pb.GetPropertyValuesRequest, {"group_id": group_id, "ids": _strings(ids, "get_property_values(ids)")}, True)
        return _decode_list(PropertyValue, out.value)

    async def update_property_value(self, group_id: str, value: Optional[PropertyValue]) -> PropertyValue:
        """Updates an existing property value.

        Go: ``API.UpdatePropertyValue`` (Mattermost 10.10+).
        """
        out = await self._call("UpdatePropertyValue", _pb.UpdatePropertyValueRequest, {"group_id": group_id, "value": _model(value, PropertyValue, "update_property_value(value)")}, True)
        return _decode(PropertyValue, out.value)

    async def upsert_property_value(self, value: Optional[PropertyValue]) -> PropertyValue:
        """Creates a new property value or updates if it already exists.

        Go: ``API.UpsertPropertyValue`` (Mattermost 10.10+).
        """
        out = await self._call("UpsertPropertyValue", _pb.UpsertPropertyValueRequest, {"value": _model(value, PropertyValue, "upsert_property_value(value)")}, True)
        return _decode(PropertyValue, out.value)

    async def delete_property_value(self, group_id: str, value_id: str) -> None:
        """Deletes a property value (soft delete).

        Go: ``API.DeletePropertyValue`` (Mattermost 10.10+).
        """
        await self._call("DeletePropertyValue", _pb.DeletePropertyValueRequest, {"group_id": group_id, "value_id": value_id}, True)

    async def search_property_values(self, group_id: str, opts: PropertyValueSearchOpts) -> list[PropertyValue]:
        """Searches for property values with filtering options.

        Go: ``API.SearchPropertyValues`` (Mattermost 11.0+).
        """
        out = await self._call("SearchPropertyValues", _pb.SearchPropertyValuesRequest, {"group_id": group_id, "opts": _model(opts, PropertyValueSearchOpts, "search_property_values(opts)")}, True)
        return _decode_list(PropertyValue, out.value)

    async def register_property_group(self, name: str) -> PropertyGroup:
        """Registers a new property group.

        Go: ``API.RegisterPropertyGroup`` (Mattermost 10.10+).
        """
        out = await self._call("RegisterPropertyGroup", _pb.RegisterPropertyGroupRequest, {"name": name}, True)
        return _decode(PropertyGroup, out.value)

    async def get_property_group(self, name: str) -> PropertyGroup:
        """Gets a property group by name.

        Go: ``API.GetPropertyGroup`` (Mattermost 10.10+).
        """
        out = await self._call("GetPropertyGroup", _pb.GetPropertyGroupRequest, {"name": name}, True)
        return _decode(PropertyGroup, out.value)

    async def get_property_field_by_name(self, group_id: str, target_id: str, name: str) -> PropertyField:
        """Gets a property field by ``group_id``, ``target_id`` and name.

        Go: ``API.GetPropertyFieldByName`` (Mattermost 10.10+).
        """
        out = await self._call("GetPropertyFieldByName", _pb.GetPropertyFieldByNameRequest, {"group_id": group_id, "target_id": target_id, "name": name}, True)
        return _decode(PropertyField, out.value)

    async def update_property_fields(self, group_id: str, fields: list[PropertyField]) -> list[PropertyField]:
        """Updates multiple property fields in a single operation.

        Go: ``API.UpdatePropertyFields`` (Mattermost 10.10+).
        """
        out = await self._call("UpdatePropertyFields", _pb.UpdatePropertyFieldsRequest, {"group_id": group_id, "fields": _models(fields, PropertyField, "update_property_fields(fields)")}, True)
        return _decode_list(PropertyField, out.value)

    async def update_property_values(self, group_id: str, values: list[PropertyValue]) -> list[PropertyValue]:
        """Updates multiple property values in a single operation.

        Go: ``API.UpdatePropertyValues`` (Mattermost 10.10+).
        """
        out = await self._call("UpdatePropertyValues", _pb.UpdatePropertyValuesRequest, {"group_id": group_id, "values": _models(values, PropertyValue, "update_property_values(values)")}, True)
        return _decode_list(PropertyValue, out.value)

    async def upsert_property_values(self, values: list[PropertyValue]) -> list[PropertyValue]:
        """Creates or updates multiple property values in a single operation.

        Go: ``API.UpsertPropertyValues`` (Mattermost 10.10+).
        """
        out = await self._call("UpsertPropertyValues", _pb.UpsertPropertyValuesRequest, {"values": _models(values, PropertyValue, "upsert_property_values(values)")}, True)
        return _decode_list(PropertyValue, out.value)

    async def delete_property_values_for_target(self, group_id: str, target_type: str, target_id: str) -> None:
        """Deletes all property values for a specific target.

        Go: ``API.DeletePropertyValuesForTarget`` (Mattermost 10.10+).
        """
        await self._call("DeletePropertyValuesForTarget", _pb.DeletePropertyValuesForTargetRequest, {"group_id": group_id, "target_type": target_type, "target_id": target_id}, True)

    async def delete_property_values_for_field(self, group_id: str, field_id: str) -> None:
        """Deletes all property values for a specific field.

        Go: ``API.DeletePropertyValuesForField`` (Mattermost 10.10+).
        """
        await self._call("DeletePropertyValuesForField", _pb.DeletePropertyValuesForFieldRequest, {"group_id": group_id, "field_id": field_id}, True)

    async def upsert_property_values_with_options(
        self,
        values: list[PropertyValue],
        options: PropertyRequestOptions,
    ) -> list[PropertyValue]:
        """Creates or updates multiple property
        values, declaring the scope the plugin is acting as. The scope is
        checked against each field's owners list when the field is owner-managed.

        Go: ``API.UpsertPropertyValuesWithOptions`` (Mattermost 11.10+).
        """
        out = await self._call("UpsertPropertyValuesWithOptions", _pb.UpsertPropertyValuesWithOptionsRequest, {"values": _models(values, PropertyValue, "upsert_property_values_with_options(values)"), "options": _model(options, PropertyRequestOptions, "upsert_property_values_with_options(options)")}, True)
        return _decode_list(PropertyValue, out.value)

    async def upsert_property_value_with_options(
        self,
        value: Optional[PropertyValue],
        options: PropertyRequestOptions,
    ) -> PropertyValue:
        """Creates or updates a single property
        value, declaring the scope the plugin is acting as.

        Go: ``API.UpsertPropertyValueWithOptions`` (Mattermost 11.10+).
        """
        out = await self._call("UpsertPropertyValueWithOptions", _pb.UpsertPropertyValueWithOptionsRequest, {"value": _model(value, PropertyValue, "upsert_property_value_with_options(value)"), "options": _model(options, PropertyRequestOptions, "upsert_property_value_with_options(options)")}, True)
        return _decode(PropertyValue, out.value)

    async def delete_property_value_with_options(
        self,
        group_id: str,
        value_id: str,
        options: PropertyRequestOptions,
    ) -> None:
        """Deletes a property value, declaring the
        scope the plugin is acting as.

        Go: ``API.DeletePropertyValueWithOptions`` (Mattermost 11.10+).
        """
        await self._call("DeletePropertyValueWithOptions", _pb.DeletePropertyValueWithOptionsRequest, {"group_id": group_id, "value_id": value_id, "options": _model(options, PropertyRequestOptions, "delete_property_value_with_options(options)")}, True)

    async def delete_property_values_for_target_with_options(
        self,
        group_id: str,
        target_type: str,
        target_id: str,
        options: PropertyRequestOptions,
    ) -> None:
        """Deletes all property values for
        a target, declaring the scope the plugin is acting as. This is the
        deprovisioning entrypoint: it needs no value objects, only the target.

        Go: ``API.DeletePropertyValuesForTargetWithOptions`` (Mattermost 11.10+).
        """
        await self._call("DeletePropertyValuesForTargetWithOptions", _pb.DeletePropertyValuesForTargetWithOptionsRequest, {"group_id": group_id, "target_type": target_type, "target_id": target_id, "options": _model(options, PropertyRequestOptions, "delete_property_values_for_target_with_options(options)")}, True)

    async def delete_property_values_for_field_with_options(
        self,
        group_id: str,
        field_id: str,
        options: PropertyRequestOptions,
    ) -> None:
        """Deletes all property values for a
        field, declaring the scope the plugin is acting as.

        Go: ``API.DeletePropertyValuesForFieldWithOptions`` (Mattermost 11.10+).
        """
        await self._call("DeletePropertyValuesForFieldWithOptions", _pb.DeletePropertyValuesForFieldWithOptionsRequest, {"group_id": group_id, "field_id": field_id, "options": _model(options, PropertyRequestOptions, "delete_property_values_for_field_with_options(options)")}, True)

    async def log_audit_rec(self, rec: Optional[AuditRecord]) -> None:
        """Logs an audit record using the default audit logger.

        Go: ``API.LogAuditRec`` (Mattermost 10.10+).
        """
        await self._call("LogAuditRec", _pb.LogAuditRecRequest, {"rec": _model(rec, AuditRecord, "log_audit_rec(rec)")}, False)

    async def log_audit_rec_with_level(self, rec: Optional[AuditRecord], level: Level) -> None:
        """Logs an audit record with a specific log level.

        Go: ``API.LogAuditRecWithLevel`` (Mattermost 10.10+).
        """
        await self._call("LogAuditRecWithLevel", _pb.LogAuditRecWithLevelRequest, {"rec": _model(rec, AuditRecord, "log_audit_rec_with_level(rec)"), "level": _model(level, Level, "log_audit_rec_with_level(level)")}, False)

    async def evaluate_access_control(
        self,
        user_id: str,
        resource_type: str,
        resource_id: str,
        action: str,
    ) -> AccessDecision:
        """Evaluates whether ``user_id`` may perform action on the
        plugin-owned resource (``resource_type``, ``resource_id``). ``resource_type`` must be
        "<callingPluginID>:<type>". The reply follows the OpenID AuthZEN
        evaluation response: Decision plus an optional Context.

        AccessDecision.IsNoPolicy() reports that the server positively determined
        no policy governs the resource — resolved even when the access control
        engine is unavailable — so the caller can safely apply its own defaults
        instead of treating the allow as an explicit grant. Any returned error
        means the decision could not be computed and the plugin MUST fail closed
        (deny).

        Go: ``API.EvaluateAccessControl`` (Mattermost 11.10+).
        """
        out = await self._call("EvaluateAccessControl", _pb.EvaluateAccessControlRequest, {"user_id": user_id, "resource_type": resource_type, "resource_id": resource_id, "action": action}, True)
        return _decode(AccessDecision, out.value)

    async def save_access_control_policy(
        self,
        acting_user_id: str,
        policy: Optional[AccessControlPolicy],
    ) -> AccessControlPolicy:
        """Creates or updates a policy whose Type is
        "<callingPluginID>:<type>". Version is forced to v0.5 and Active to
        true. policy.ID must be the resource's stable 26-char ID.

        Go: ``API.SaveAccessControlPolicy`` (Mattermost 11.10+).
        """
        out = await self._call("SaveAccessControlPolicy", _pb.SaveAccessControlPolicyRequest, {"acting_user_id": acting_user_id, "policy": _model(policy, AccessControlPolicy, "save_access_control_policy(policy)")}, True)
        return _decode(AccessControlPolicy, out.value)

    async def get_access_control_policy(self, id: str) -> AccessControlPolicy:
        """Returns the policy stored under id. Returns a
        not-found error if no policy exists OR the stored policy's type is not
        owned by the calling plugin (fail closed, no existence leak).

        Go: ``API.GetAccessControlPolicy`` (Mattermost 11.10+).
        """
        out = await self._call("GetAccessControlPolicy", _pb.GetAccessControlPolicyRequest, {"id": id}, True)
        return _decode(AccessControlPolicy, out.value)

    async def delete_access_control_policy(self, acting_user_id: str, resource_type: str, id: str) -> None:
        """Deletes the policy stored under id after
        verifying the stored policy's type equals ``resource_type`` and is owned by
        the calling plugin. Type mismatches return a not-found error (fail closed).

        Go: ``API.DeleteAccessControlPolicy`` (Mattermost 11.10+).
        """
        await self._call("DeleteAccessControlPolicy", _pb.DeleteAccessControlPolicyRequest, {"acting_user_id": acting_user_id, "resource_type": resource_type, "id": id}, True)

    async def check_access_control_expression(
        self,
        acting_user_id: str,
        resource_type: str,
        expression: str,
    ) -> list[CELExpressionError]:
        """Compiles and lints a CEL expression; an
        empty slice means the expression is valid.

        Go: ``API.CheckAccessControlExpression`` (Mattermost 11.10+).
        """
        out = await self._call("CheckAccessControlExpression", _pb.CheckAccessControlExpressionRequest, {"acting_user_id": acting_user_id, "resource_type": resource_type, "expression": expression}, True)
        return _decode_list(CELExpressionError, out.value)

    async def query_users_for_access_control_expression(
        self,
        acting_user_id: str,
        resource_type: str,
        expression: str,
        term: str,
        cursor_id: str,
        limit: int,
    ) -> AccessControlPolicyTestResponse:
        """Returns users matching the
        expression (test modal support for policy editors).

        Go: ``API.QueryUsersForAccessControlExpression`` (Mattermost 11.10+).
        """
        out = await self._call("QueryUsersForAccessControlExpression", _pb.QueryUsersForAccessControlExpressionRequest, {"acting_user_id": acting_user_id, "resource_type": resource_type, "expression": expression, "term": term, "cursor_id": cursor_id, "limit": limit}, True)
        return _decode(AccessControlPolicyTestResponse, out.value)

    async def get_access_control_fields_autocomplete(
        self,
        acting_user_id: str,
        after: str,
        limit: int,
    ) -> list[PropertyField]:
        """Returns CPA fields for editor
        autocomplete, filtered by the acting user's attribute visibility.

        Go: ``API.GetAccessControlFieldsAutocomplete`` (Mattermost 11.10+).
        """
        out = await self._call("GetAccessControlFieldsAutocomplete", _pb.GetAccessControlFieldsAutocompleteRequest, {"acting_user_id": acting_user_id, "after": after, "limit": limit}, True)
        return _decode_list(PropertyField, out.value)

    async def get_access_control_visual_ast(
        self,
        acting_user_id: str,
        resource_type: str,
        expression: str,
    ) -> VisualExpression:
        """Converts a CEL expression to the visual
        (table) AST.

        Go: ``API.GetAccessControlVisualAST`` (Mattermost 11.10+).
        """
        out = await self._call("GetAccessControlVisualAST", _pb.GetAccessControlVisualASTRequest, {"acting_user_id": acting_user_id, "resource_type": resource_type, "expression": expression}, True)
        return _decode(VisualExpression, out.value)
