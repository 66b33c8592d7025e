"""The PluginAPI service's methods, answered in Python (generated from Mattermost's plugin.API; do not edit).

One function per method of Go's ``plugin.API``: it reads the request into the
arguments the client's method (:class:`mattermost_plugin.api.API`) was called
with, as Go sees them (empty bytes are Go's nil, so None), asks
``answer(method, arguments)`` for the result, and writes that into the
response, checking it is what the client's method returns. ``ROUTES`` lists
them by RPC name; the harness serves them (``_api_server.py``) with a
:class:`~mattermost_plugin.testing.FakeAPI` answering.
"""

# This file is generated from plugin.API of github.com/mattermost/mattermost/server/public v0.4.4.
# Regenerate with: python -m mattermost_plugin._generate

from __future__ import annotations

from typing import Any, Callable, NamedTuple

from mattermost_plugin.api._convert import _decode, _decode_json, _decode_list, _decode_value, _json, _model, _models, _strings
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
from mattermost_plugin.testing._api_values import (
    _bytes,
    _http_request_in,
    _http_response_out,
    _results,
    _scalar,
    _string_map,
    _values,
)

__all__ = ["ROUTES", "Answer", "Route"]

Answer = Callable[[str, tuple[Any, ...]], Any]
"""``answer(method, arguments)``: the result of the client's ``method`` (snake_case) called with ``arguments``."""


class Route(NamedTuple):
    """One RPC of the PluginAPI service."""

    method: str
    """The client's method, snake_case."""
    request: Any
    """The request message class."""
    response: Any
    """The response message class."""
    answer: Callable[..., Any]
    """``answer(answerer, request)`` (and the streamed bytes, for a streaming RPC): the response."""
    has_error: bool
    """Whether the response carries ``AppError error`` (the Go method returns an error)."""
    stream: str
    """The request field that carries the chunks of a streamed ``io.Reader``; "" for a unary RPC."""


def _load_plugin_configuration(answer: Answer, request: Any) -> Any:
    value = answer("load_plugin_configuration", ())
    return _pb.LoadPluginConfigurationResponse(dest=_json(value, "the answer to load_plugin_configuration"))


def _register_command(answer: Answer, request: Any) -> Any:
    answer("register_command", (_decode(Command, request.command),))
    return _pb.RegisterCommandResponse()


def _unregister_command(answer: Answer, request: Any) -> Any:
    answer("unregister_command", (request.team_id, request.trigger))
    return _pb.UnregisterCommandResponse()


def _execute_slash_command(answer: Answer, request: Any) -> Any:
    value = answer("execute_slash_command", (_decode(CommandArgs, request.command_args),))
    return _pb.ExecuteSlashCommandResponse(value=_model(value, CommandResponse, "the answer to execute_slash_command"))


def _get_config(answer: Answer, request: Any) -> Any:
    value = answer("get_config", ())
    return _pb.GetConfigResponse(value=_model(value, Config, "the answer to get_config"))


def _get_unsanitized_config(answer: Answer, request: Any) -> Any:
    value = answer("get_unsanitized_config", ())
    return _pb.GetUnsanitizedConfigResponse(value=_model(value, Config, "the answer to get_unsanitized_config"))


def _save_config(answer: Answer, request: Any) -> Any:
    answer("save_config", (_decode(Config, request.config),))
    return _pb.SaveConfigResponse()


def _get_plugin_config(answer: Answer, request: Any) -> Any:
    value = answer("get_plugin_config", ())
    return _pb.GetPluginConfigResponse(value=_json(value, "the answer to get_plugin_config"))


def _save_plugin_config(answer: Answer, request: Any) -> Any:
    answer("save_plugin_config", (_decode_json(request.config, {}),))
    return _pb.SavePluginConfigResponse()


def _get_bundle_path(answer: Answer, request: Any) -> Any:
    value = answer("get_bundle_path", ())
    return _pb.GetBundlePathResponse(value=_scalar(value, str, "the answer to get_bundle_path"))


def _get_license(answer: Answer, request: Any) -> Any:
    value = answer("get_license", ())
    return _pb.GetLicenseResponse(value=_model(value, License, "the answer to get_license"))


def _is_enterprise_ready(answer: Answer, request: Any) -> Any:
    value = answer("is_enterprise_ready", ())
    return _pb.IsEnterpriseReadyResponse(value=_scalar(value, bool, "the answer to is_enterprise_ready"))


def _get_server_version(answer: Answer, request: Any) -> Any:
    value = answer("get_server_version", ())
    return _pb.GetServerVersionResponse(value=_scalar(value, str, "the answer to get_server_version"))


def _get_system_install_date(answer: Answer, request: Any) -> Any:
    value = answer("get_system_install_date", ())
    return _pb.GetSystemInstallDateResponse(value=_scalar(value, int, "the answer to get_system_install_date"))


def _get_diagnostic_id(answer: Answer, request: Any) -> Any:
    value = answer("get_diagnostic_id", ())
    return _pb.GetDiagnosticIdResponse(value=_scalar(value, str, "the answer to get_diagnostic_id"))


def _get_telemetry_id(answer: Answer, request: Any) -> Any:
    value = answer("get_telemetry_id", ())
    return _pb.GetTelemetryIdResponse(value=_scalar(value, str, "the answer to get_telemetry_id"))


def _create_user(answer: Answer, request: Any) -> Any:
    value = answer("create_user", (_decode(User, request.user),))
    return _pb.CreateUserResponse(value=_model(value, User, "the answer to create_user"))


def _delete_user(answer: Answer, request: Any) -> Any:
    answer("delete_user", (request.user_id,))
    return _pb.DeleteUserResponse()


def _get_users(answer: Answer, request: Any) -> Any:
    value = answer("get_users", (_decode(UserGetOptions, request.options),))
    return _pb.GetUsersResponse(value=_models(value, User, "the answer to get_users"))


def _get_users_by_ids(answer: Answer, request: Any) -> Any:
    value = answer("get_users_by_ids", (list(request.user_ids),))
    return _pb.GetUsersByIdsResponse(value=_models(value, User, "the answer to get_users_by_ids"))


def _get_user(answer: Answer, request: Any) -> Any:
    value = answer("get_user", (request.user_id,))
    return _pb.GetUserResponse(value=_model(value, User, "the answer to get_user"))


def _get_user_by_email(answer: Answer, request: Any) -> Any:
    value = answer("get_user_by_email", (request.email,))
    return _pb.GetUserByEmailResponse(value=_model(value, User, "the answer to get_user_by_email"))


def _get_user_by_username(answer: Answer, request: Any) -> Any:
    value = answer("get_user_by_username", (request.name,))
    return _pb.GetUserByUsernameResponse(value=_model(value, User, "the answer to get_user_by_username"))


def _get_users_by_usernames(answer: Answer, request: Any) -> Any:
    value = answer("get_users_by_usernames", (list(request.usernames),))
    return _pb.GetUsersByUsernamesResponse(value=_models(value, User, "the answer to get_users_by_usernames"))


def _get_users_in_team(answer: Answer, request: Any) -> Any:
    value = answer("get_users_in_team", (request.team_id, request.page, request.per_page))
    return _pb.GetUsersInTeamResponse(value=_models(value, User, "the answer to get_users_in_team"))


def _get_preference_for_user(answer: Answer, request: Any) -> Any:
    value = answer("get_preference_for_user", (request.user_id, request.category, request.name))
    return _pb.GetPreferenceForUserResponse(value=_model(value, Preference, "the answer to get_preference_for_user"))


def _get_preferences_for_user(answer: Answer, request: Any) -> Any:
    value = answer("get_preferences_for_user", (request.user_id,))
    return _pb.GetPreferencesForUserResponse(value=_models(value, Preference, "the answer to get_preferences_for_user"))


def _update_preferences_for_user(answer: Answer, request: Any) -> Any:
    answer("update_preferences_for_user", (request.user_id, _decode_list(Preference, request.preferences)))
    return _pb.UpdatePreferencesForUserResponse()


def _delete_preferences_for_user(answer: Answer, request: Any) -> Any:
    answer("delete_preferences_for_user", (request.user_id, _decode_list(Preference, request.preferences)))
    return _pb.DeletePreferencesForUserResponse()


def _get_session(answer: Answer, request: Any) -> Any:
    value = answer("get_session", (request.session_id,))
    return _pb.GetSessionResponse(value=_model(value, Session, "the answer to get_session"))


def _create_session(answer: Answer, request: Any) -> Any:
    value = answer("create_session", (_decode(Session, request.session),))
    return _pb.CreateSessionResponse(value=_model(value, Session, "the answer to create_session"))


def _extend_session_expiry(answer: Answer, request: Any) -> Any:
    answer("extend_session_expiry", (request.session_id, request.new_expiry))
    return _pb.ExtendSessionExpiryResponse()


def _revoke_session(answer: Answer, request: Any) -> Any:
    answer("revoke_session", (request.session_id,))
    return _pb.RevokeSessionResponse()


def _create_user_access_token(answer: Answer, request: Any) -> Any:
    value = answer("create_user_access_token", (_decode(UserAccessToken, request.token),))
    return _pb.CreateUserAccessTokenResponse(value=_model(value, UserAccessToken, "the answer to create_user_access_token"))


def _revoke_user_access_token(answer: Answer, request: Any) -> Any:
    answer("revoke_user_access_token", (request.token_id,))
    return _pb.RevokeUserAccessTokenResponse()


def _get_team_icon(answer: Answer, request: Any) -> Any:
    value = answer("get_team_icon", (request.team_id,))
    return _pb.GetTeamIconResponse(value=_bytes(value, "the answer to get_team_icon"))


def _set_team_icon(answer: Answer, request: Any) -> Any:
    answer("set_team_icon", (request.team_id, (request.data or None)))
    return _pb.SetTeamIconResponse()


def _remove_team_icon(answer: Answer, request: Any) -> Any:
    answer("remove_team_icon", (request.team_id,))
    return _pb.RemoveTeamIconResponse()


def _update_user(answer: Answer, request: Any) -> Any:
    value = answer("update_user", (_decode(User, request.user),))
    return _pb.UpdateUserResponse(value=_model(value, User, "the answer to update_user"))


def _get_user_status(answer: Answer, request: Any) -> Any:
    value = answer("get_user_status", (request.user_id,))
    return _pb.GetUserStatusResponse(value=_model(value, Status, "the answer to get_user_status"))


def _get_user_statuses_by_ids(answer: Answer, request: Any) -> Any:
    value = answer("get_user_statuses_by_ids", (list(request.user_ids),))
    return _pb.GetUserStatusesByIdsResponse(value=_models(value, Status, "the answer to get_user_statuses_by_ids"))


def _update_user_status(answer: Answer, request: Any) -> Any:
    value = answer("update_user_status", (request.user_id, request.status))
    return _pb.UpdateUserStatusResponse(value=_model(value, Status, "the answer to update_user_status"))


def _set_user_status_timed_dnd(answer: Answer, request: Any) -> Any:
    value = answer("set_user_status_timed_dnd", (request.user_id, request.endtime))
    return _pb.SetUserStatusTimedDNDResponse(value=_model(value, Status, "the answer to set_user_status_timed_dnd"))


def _update_user_active(answer: Answer, request: Any) -> Any:
    answer("update_user_active", (request.user_id, request.active))
    return _pb.UpdateUserActiveResponse()


def _update_user_custom_status(answer: Answer, request: Any) -> Any:
    answer("update_user_custom_status", (request.user_id, _decode(CustomStatus, request.custom_status)))
    return _pb.UpdateUserCustomStatusResponse()


def _remove_user_custom_status(answer: Answer, request: Any) -> Any:
    answer("remove_user_custom_status", (request.user_id,))
    return _pb.RemoveUserCustomStatusResponse()


def _get_users_in_channel(answer: Answer, request: Any) -> Any:
    value = answer("get_users_in_channel", (request.channel_id, request.sort_by, request.page, request.per_page))
    return _pb.GetUsersInChannelResponse(value=_models(value, User, "the answer to get_users_in_channel"))


def _get_ldap_user_attributes(answer: Answer, request: Any) -> Any:
    value = answer("get_ldap_user_attributes", (request.user_id, list(request.attributes)))
    return _pb.GetLDAPUserAttributesResponse(value=_string_map(value, "the answer to get_ldap_user_attributes"))


def _create_team(answer: Answer, request: Any) -> Any:
    value = answer("create_team", (_decode(Team, request.team),))
    return _pb.CreateTeamResponse(value=_model(value, Team, "the answer to create_team"))


def _delete_team(answer: Answer, request: Any) -> Any:
    answer("delete_team", (request.team_id,))
    return _pb.DeleteTeamResponse()


def _get_teams(answer: Answer, request: Any) -> Any:
    value = answer("get_teams", ())
    return _pb.GetTeamsResponse(value=_models(value, Team, "the answer to get_teams"))


def _get_team(answer: Answer, request: Any) -> Any:
    value = answer("get_team", (request.team_id,))
    return _pb.GetTeamResponse(value=_model(value, Team, "the answer to get_team"))


def _get_team_by_name(answer: Answer, request: Any) -> Any:
    value = answer("get_team_by_name", (request.name,))
    return _pb.GetTeamByNameResponse(value=_model(value, Team, "the answer to get_team_by_name"))


def _get_teams_unread_for_user(answer: Answer, request: Any) -> Any:
    value = answer("get_teams_unread_for_user", (request.user_id,))
    return _pb.GetTeamsUnreadForUserResponse(value=_models(value, TeamUnread, "the answer to get_teams_unread_for_user"))


def _update_team(answer: Answer, request: Any) -> Any:
    value = answer("update_team", (_decode(Team, request.team),))
    return _pb.UpdateTeamResponse(value=_model(value, Team, "the answer to update_team"))


def _search_teams(answer: Answer, request: Any) -> Any:
    value = answer("search_teams", (request.term,))
    return _pb.SearchTeamsResponse(value=_models(value, Team, "the answer to search_teams"))


def _get_teams_for_user(answer: Answer, request: Any) -> Any:
    value = answer("get_teams_for_user", (request.user_id,))
    return _pb.GetTeamsForUserResponse(value=_models(value, Team, "the answer to get_teams_for_user"))


def _create_team_member(answer: Answer, request: Any) -> Any:
    value = answer("create_team_member", (request.team_id, request.user_id))
    return _pb.CreateTeamMemberResponse(value=_model(value, TeamMember, "the answer to create_team_member"))


def _create_team_members(answer: Answer, request: Any) -> Any:
    value = answer("create_team_members", (request.team_id, list(request.user_ids), request.requestor_id))
    return _pb.CreateTeamMembersResponse(value=_models(value, TeamMember, "the answer to create_team_members"))


def _create_team_members_gracefully(answer: Answer, request: Any) -> Any:
    value = answer("create_team_members_gracefully", (request.team_id, list(request.user_ids), request.requestor_id))
    return _pb.CreateTeamMembersGracefullyResponse(value=_models(value, TeamMemberWithError, "the answer to create_team_members_gracefully"))


def _delete_team_member(answer: Answer, request: Any) -> Any:
    answer("delete_team_member", (request.team_id, request.user_id, request.requestor_id))
    return _pb.DeleteTeamMemberResponse()


def _get_team_members(answer: Answer, request: Any) -> Any:
    value = answer("get_team_members", (request.team_id, request.page, request.per_page))
    return _pb.GetTeamMembersResponse(value=_models(value, TeamMember, "the answer to get_team_members"))


def _get_team_member(answer: Answer, request: Any) -> Any:
    value = answer("get_team_member", (request.team_id, request.user_id))
    return _pb.GetTeamMemberResponse(value=_model(value, TeamMember, "the answer to get_team_member"))


def _get_team_members_for_user(answer: Answer, request: Any) -> Any:
    value = answer("get_team_members_for_user", (request.user_id, request.page, request.per_page))
    return _pb.GetTeamMembersForUserResponse(value=_models(value, TeamMember, "the answer to get_team_members_for_user"))


def _update_team_member_roles(answer: Answer, request: Any) -> Any:
    value = answer("update_team_member_roles", (request.team_id, request.user_id, request.new_roles))
    return _pb.UpdateTeamMemberRolesResponse(value=_model(value, TeamMember, "the answer to update_team_member_roles"))


def _create_channel(answer: Answer, request: Any) -> Any:
    value = answer("create_channel", (_decode(Channel, request.channel),))
    return _pb.CreateChannelResponse(value=_model(value, Channel, "the answer to create_channel"))


def _delete_channel(answer: Answer, request: Any) -> Any:
    answer("delete_channel", (request.channel_id,))
    return _pb.DeleteChannelResponse()


def _restore_channel(answer: Answer, request: Any) -> Any:
    answer("restore_channel", (request.channel_id,))
    return _pb.RestoreChannelResponse()


def _get_channel_of_type(answer: Answer, request: Any) -> Any:
    value = answer("get_channel_of_type", (request.channel_id, request.channel_type))
    return _pb.GetChannelOfTypeResponse(value=_model(value, Channel, "the answer to get_channel_of_type"))


def _get_public_channels_for_team(answer: Answer, request: Any) -> Any:
    value = answer("get_public_channels_for_team", (request.team_id, request.page, request.per_page))
    return _pb.GetPublicChannelsForTeamResponse(value=_models(value, Channel, "the answer to get_public_channels_for_team"))


def _get_channel(answer: Answer, request: Any) -> Any:
    value = answer("get_channel", (request.channel_id,))
    return _pb.GetChannelResponse(value=_model(value, Channel, "the answer to get_channel"))


def _get_channel_by_name(answer: Answer, request: Any) -> Any:
    value = answer("get_channel_by_name", (request.team_id, request.name, request.include_deleted))
    return _pb.GetChannelByNameResponse(value=_model(value, Channel, "the answer to get_channel_by_name"))


def _get_channel_by_name_for_team_name(answer: Answer, request: Any) -> Any:
    value = answer("get_channel_by_name_for_team_name", (request.team_name, request.channel_name, request.include_deleted))
    return _pb.GetChannelByNameForTeamNameResponse(value=_model(value, Channel, "the answer to get_channel_by_name_for_team_name"))


def _get_channels_for_team_for_user(answer: Answer, request: Any) -> Any:
    value = answer("get_channels_for_team_for_user", (request.team_id, request.user_id, request.include_deleted))
    return _pb.GetChannelsForTeamForUserResponse(value=_models(value, Channel, "the answer to get_channels_for_team_for_user"))


def _get_channel_stats(answer: Answer, request: Any) -> Any:
    value = answer("get_channel_stats", (request.channel_id,))
    return _pb.GetChannelStatsResponse(value=_model(value, ChannelStats, "the answer to get_channel_stats"))


def _get_direct_channel(answer: Answer, request: Any) -> Any:
    value = answer("get_direct_channel", (request.user_id1, request.user_id2))
    return _pb.GetDirectChannelResponse(value=_model(value, Channel, "the answer to get_direct_channel"))


def _get_group_channel(answer: Answer, request: Any) -> Any:
    value = answer("get_group_channel", (list(request.user_ids),))
    return _pb.GetGroupChannelResponse(value=_model(value, Channel, "the answer to get_group_channel"))


def _update_channel(answer: Answer, request: Any) -> Any:
    value = answer("update_channel", (_decode(Channel, request.channel),))
    return _pb.UpdateChannelResponse(value=_model(value, Channel, "the answer to update_channel"))


def _register_channel_guard(answer: Answer, request: Any) -> Any:
    answer("register_channel_guard", (request.channel_id,))
    return _pb.RegisterChannelGuardResponse()


def _unregister_channel_guard(answer: Answer, request: Any) -> Any:
    answer("unregister_channel_guard", (request.channel_id,))
    return _pb.UnregisterChannelGuardResponse()


def _search_channels(answer: Answer, request: Any) -> Any:
    value = answer("search_channels", (request.team_id, request.term))
    return _pb.SearchChannelsResponse(value=_models(value, Channel, "the answer to search_channels"))


def _create_channel_sidebar_category(answer: Answer, request: Any) -> Any:
    value = answer("create_channel_sidebar_category", (request.user_id, request.team_id, _decode(SidebarCategoryWithChannels, request.new_category)))
    return _pb.CreateChannelSidebarCategoryResponse(value=_model(value, SidebarCategoryWithChannels, "the answer to create_channel_sidebar_category"))


def _get_channel_sidebar_categories(answer: Answer, request: Any) -> Any:
    value = answer("get_channel_sidebar_categories", (request.user_id, request.team_id))
    return _pb.GetChannelSidebarCategoriesResponse(value=_model(value, OrderedSidebarCategories, "the answer to get_channel_sidebar_categories"))


def _update_channel_sidebar_categories(answer: Answer, request: Any) -> Any:
    value = answer("update_channel_sidebar_categories", (request.user_id, request.team_id, _decode_list(SidebarCategoryWithChannels, request.categories)))
    return _pb.UpdateChannelSidebarCategoriesResponse(value=_models(value, SidebarCategoryWithChannels, "the answer to update_channel_sidebar_categories"))


def _search_users(answer: Answer, request: Any) -> Any:
    value = answer("search_users", (_decode(UserSearch, request.search),))
    return _pb.SearchUsersResponse(value=_models(value, User, "the answer to search_users"))


def _search_posts_in_team(answer: Answer, request: Any) -> Any:
    value = answer("search_posts_in_team", (request.team_id, _decode_list(SearchParams, request.params_list)))
    return _pb.SearchPostsInTeamResponse(value=_models(value, Post, "the answer to search_posts_in_team"))


def _search_posts_in_team_for_user(answer: Answer, request: Any) -> Any:
    value = answer("search_posts_in_team_for_user", (request.team_id, request.user_id, _decode_value(SearchParameter, request.search_params)))
    return _pb.SearchPostsInTeamForUserResponse(value=_model(value, PostSearchResults, "the answer to search_posts_in_team_for_user"))


def _add_channel_member(answer: Answer, request: Any) -> Any:
    value = answer("add_channel_member", (request.channel_id, request.user_id))
    return _pb.AddChannelMemberResponse(value=_model(value, ChannelMember, "the answer to add_channel_member"))


def _add_user_to_channel(answer: Answer, request: Any) -> Any:
    value = answer("add_user_to_channel", (request.channel_id, request.user_id, request.as_user_id))
    return _pb.AddUserToChannelResponse(value=_model(value, ChannelMember, "the answer to add_user_to_channel"))


def _get_channel_member(answer: Answer, request: Any) -> Any:
    value = answer("get_channel_member", (request.channel_id, request.user_id))
    return _pb.GetChannelMemberResponse(value=_model(value, ChannelMember, "the answer to get_channel_member"))


def _get_channel_members(answer: Answer, request: Any) -> Any:
    value = answer("get_channel_members", (request.channel_id, request.page, request.per_page))
    return _pb.GetChannelMembersResponse(value=_models(value, ChannelMember, "the answer to get_channel_members"))


def _get_channel_members_by_ids(answer: Answer, request: Any) -> Any:
    value = answer("get_channel_members_by_ids", (request.channel_id, list(request.user_ids)))
    return _pb.GetChannelMembersByIdsResponse(value=_models(value, ChannelMember, "the answer to get_channel_members_by_ids"))


def _get_channel_members_for_user(answer: Answer, request: Any) -> Any:
    value = answer("get_channel_members_for_user", (request.team_id, request.user_id, request.page, request.per_page))
    return _pb.GetChannelMembersForUserResponse(value=_models(value, ChannelMember, "the answer to get_channel_members_for_user"))


def _update_channel_member_roles(answer: Answer, request: Any) -> Any:
    value = answer("update_channel_member_roles", (request.channel_id, request.user_id, request.new_roles))
    return _pb.UpdateChannelMemberRolesResponse(value=_model(value, ChannelMember, "the answer to update_channel_member_roles"))


def _update_channel_member_notifications(answer: Answer, request: Any) -> Any:
    value = answer("update_channel_member_notifications", (request.channel_id, request.user_id, dict(request.notifications)))
    return _pb.UpdateChannelMemberNotificationsResponse(value=_model(value, ChannelMember, "the answer to update_channel_member_notifications"))


def _patch_channel_members_notifications(answer: Answer, request: Any) -> Any:
    answer("patch_channel_members_notifications", (_decode_list(ChannelMemberIdentifier, request.members), dict(request.notify_props)))
    return _pb.PatchChannelMembersNotificationsResponse()


def _get_group(answer: Answer, request: Any) -> Any:
    value = answer("get_group", (request.group_id,))
    return _pb.GetGroupResponse(value=_model(value, Group, "the answer to get_group"))


def _get_group_by_name(answer: Answer, request: Any) -> Any:
    value = answer("get_group_by_name", (request.name,))
    return _pb.GetGroupByNameResponse(value=_model(value, Group, "the answer to get_group_by_name"))


def _get_group_member_users(answer: Answer, request: Any) -> Any:
    value = answer("get_group_member_users", (request.group_id, request.page, request.per_page))
    return _pb.GetGroupMemberUsersResponse(value=_models(value, User, "the answer to get_group_member_users"))


def _get_groups_by_source(answer: Answer, request: Any) -> Any:
    value = answer("get_groups_by_source", (request.group_source,))
    return _pb.GetGroupsBySourceResponse(value=_models(value, Group, "the answer to get_groups_by_source"))


def _get_groups_for_user(answer: Answer, request: Any) -> Any:
    value = answer("get_groups_for_user", (request.user_id,))
    return _pb.GetGroupsForUserResponse(value=_models(value, Group, "the answer to get_groups_for_user"))


def _delete_channel_member(answer: Answer, request: Any) -> Any:
    answer("delete_channel_member", (request.channel_id, request.user_id))
    return _pb.DeleteChannelMemberResponse()


def _create_post(answer: Answer, request: Any) -> Any:
    value = answer("create_post", (_decode(Post, request.post),))
    return _pb.CreatePostResponse(value=_model(value, Post, "the answer to create_post"))


def _add_reaction(answer: Answer, request: Any) -> Any:
    value = answer("add_reaction", (_decode(Reaction, request.reaction),))
    return _pb.AddReactionResponse(value=_model(value, Reaction, "the answer to add_reaction"))


def _remove_reaction(answer: Answer, request: Any) -> Any:
    answer("remove_reaction", (_decode(Reaction, request.reaction),))
    return _pb.RemoveReactionResponse()


def _get_reactions(answer: Answer, request: Any) -> Any:
    value = answer("get_reactions", (request.post_id,))
    return _pb.GetReactionsResponse(value=_models(value, Reaction, "the answer to get_reactions"))


def _send_ephemeral_post(answer: Answer, request: Any) -> Any:
    value = answer("send_ephemeral_post", (request.user_id, _decode(Post, request.post)))
    return _pb.SendEphemeralPostResponse(value=_model(value, Post, "the answer to send_ephemeral_post"))


def _update_ephemeral_post(answer: Answer, request: Any) -> Any:
    value = answer("update_ephemeral_post", (request.user_id, _decode(Post, request.post)))
    return _pb.UpdateEphemeralPostResponse(value=_model(value, Post, "the answer to update_ephemeral_post"))


def _delete_ephemeral_post(answer: Answer, request: Any) -> Any:
    answer("delete_ephemeral_post", (request.user_id, request.post_id))
    return _pb.DeleteEphemeralPostResponse()


def _delete_post(answer: Answer, request: Any) -> Any:
    answer("delete_post", (request.post_id,))
    return _pb.DeletePostResponse()


def _get_post_thread(answer: Answer, request: Any) -> Any:
    value = answer("get_post_thread", (request.post_id,))
    return _pb.GetPostThreadResponse(value=_model(value, PostList, "the answer to get_post_thread"))


def _get_post(answer: Answer, request: Any) -> Any:
    value = answer("get_post", (request.post_id,))
    return _pb.GetPostResponse(value=_model(value, Post, "the answer to get_post"))


def _get_posts_since(answer: Answer, request: Any) -> Any:
    value = answer("get_posts_since", (request.channel_id, request.time))
    return _pb.GetPostsSinceResponse(value=_model(value, PostList, "the answer to get_posts_since"))


def _get_posts_after(answer: Answer, request: Any) -> Any:
    value = answer("get_posts_after", (request.channel_id, request.post_id, request.page, request.per_page))
    return _pb.GetPostsAfterResponse(value=_model(value, PostList, "the answer to get_posts_after"))


def _get_posts_before(answer: Answer, request: Any) -> Any:
    value = answer("get_posts_before", (request.channel_id, request.post_id, request.page, request.per_page))
    return _pb.GetPostsBeforeResponse(value=_model(value, PostList, "the answer to get_posts_before"))


def _get_posts_for_channel(answer: Answer, request: Any) -> Any:
    value = answer("get_posts_for_channel", (request.channel_id, request.page, request.per_page))
    return _pb.GetPostsForChannelResponse(value=_model(value, PostList, "the answer to get_posts_for_channel"))


def _get_team_stats(answer: Answer, request: Any) -> Any:
    value = answer("get_team_stats", (request.team_id,))
    return _pb.GetTeamStatsResponse(value=_model(value, TeamStats, "the answer to get_team_stats"))


def _update_post(answer: Answer, request: Any) -> Any:
    value = answer("update_post", (_decode(Post, request.post),))
    return _pb.UpdatePostResponse(value=_model(value, Post, "the answer to update_post"))


def _get_profile_image(answer: Answer, request: Any) -> Any:
    value = answer("get_profile_image", (request.user_id,))
    return _pb.GetProfileImageResponse(value=_bytes(value, "the answer to get_profile_image"))


def _set_profile_image(answer: Answer, request: Any) -> Any:
    answer("set_profile_image", (request.user_id, (request.data or None)))
    return _pb.SetProfileImageResponse()


def _get_emoji_list(answer: Answer, request: Any) -> Any:
    value = answer("get_emoji_list", (request.sort_by, request.page, request.per_page))
    return _pb.GetEmojiListResponse(value=_models(value, Emoji, "the answer to get_emoji_list"))


def _get_emoji_by_name(answer: Answer, request: Any) -> Any:
    value = answer("get_emoji_by_name", (request.name,))
    return _pb.GetEmojiByNameResponse(value=_model(value, Emoji, "the answer to get_emoji_by_name"))


def _get_emoji(answer: Answer, request: Any) -> Any:
    value = answer("get_emoji", (request.emoji_id,))
    return _pb.GetEmojiResponse(value=_model(value, Emoji, "the answer to get_emoji"))


def _copy_file_infos(answer: Answer, request: Any) -> Any:
    value = answer("copy_file_infos", (request.user_id, list(request.file_ids)))
    return _pb.CopyFileInfosResponse(value=_strings(value, "the answer to copy_file_infos"))


def _get_file_info(answer: Answer, request: Any) -> Any:
    value = answer("get_file_info", (request.file_id,))
    return _pb.GetFileInfoResponse(value=_model(value, FileInfo, "the answer to get_file_info"))


def _set_file_searchable_content(answer: Answer, request: Any) -> Any:
    answer("set_file_searchable_content", (request.file_id, request.content))
    return _pb.SetFileSearchableContentResponse()


def _get_file_infos(answer: Answer, request: Any) -> Any:
    value = answer("get_file_infos", (request.page, request.per_page, _decode(GetFileInfosOptions, request.opt)))
    return _pb.GetFileInfosResponse(value=_models(value, FileInfo, "the answer to get_file_infos"))


def _get_file(answer: Answer, request: Any) -> Any:
    value = answer("get_file", (request.file_id,))
    return _pb.GetFileResponse(value=_bytes(value, "the answer to get_file"))


def _get_file_link(answer: Answer, request: Any) -> Any:
    value = answer("get_file_link", (request.file_id,))
    return _pb.GetFileLinkResponse(value=_scalar(value, str, "the answer to get_file_link"))


def _read_file(answer: Answer, request: Any) -> Any:
    value = answer("read_file", (request.path,))
    return _pb.ReadFileResponse(value=_bytes(value, "the answer to read_file"))


def _get_emoji_image(answer: Answer, request: Any) -> Any:
    value0, value1 = _results(answer("get_emoji_image", (request.emoji_id,)), 2, "get_emoji_image")
    return _pb.GetEmojiImageResponse(value=_bytes(value0, "the answer to get_emoji_image"), value2=_scalar(value1, str, "the answer to get_emoji_image"))


def _upload_file(answer: Answer, request: Any) -> Any:
    value = answer("upload_file", ((request.data or None), request.channel_id, request.filename))
    return _pb.UploadFileResponse(value=_model(value, FileInfo, "the answer to upload_file"))


def _open_interactive_dialog(answer: Answer, request: Any) -> Any:
    answer("open_interactive_dialog", (_decode_value(OpenDialogRequest, request.dialog),))
    return _pb.OpenInteractiveDialogResponse()


def _send_toast_message(answer: Answer, request: Any) -> Any:
    answer("send_toast_message", (request.user_id, request.connection_id, request.message, _decode_value(SendToastMessageOptions, request.options)))
    return _pb.SendToastMessageResponse()


def _get_plugins(answer: Answer, request: Any) -> Any:
    value = answer("get_plugins", ())
    return _pb.GetPluginsResponse(value=_models(value, Manifest, "the answer to get_plugins"))


def _enable_plugin(answer: Answer, request: Any) -> Any:
    answer("enable_plugin", (request.id,))
    return _pb.EnablePluginResponse()


def _disable_plugin(answer: Answer, request: Any) -> Any:
    answer("disable_plugin", (request.id,))
    return _pb.DisablePluginResponse()


def _remove_plugin(answer: Answer, request: Any) -> Any:
    answer("remove_plugin", (request.id,))
    return _pb.RemovePluginResponse()


def _get_plugin_status(answer: Answer, request: Any) -> Any:
    value = answer("get_plugin_status", (request.id,))
    return _pb.GetPluginStatusResponse(value=_model(value, PluginStatus, "the answer to get_plugin_status"))


def _install_plugin(answer: Answer, request: Any, data: bytes) -> Any:
    value = answer("install_plugin", (data, request.replace))
    return _pb.InstallPluginResponse(value=_model(value, Manifest, "the answer to install_plugin"))


def _kv_set(answer: Answer, request: Any) -> Any:
    answer("kv_set", (request.key, (request.value or None)))
    return _pb.KVSetResponse()


def _kv_compare_and_set(answer: Answer, request: Any) -> Any:
    value = answer("kv_compare_and_set", (request.key, (request.old_value or None), (request.new_value or None)))
    return _pb.KVCompareAndSetResponse(value=_scalar(value, bool, "the answer to kv_compare_and_set"))


def _kv_compare_and_delete(answer: Answer, request: Any) -> Any:
    value = answer("kv_compare_and_delete", (request.key, (request.old_value or None)))
    return _pb.KVCompareAndDeleteResponse(value=_scalar(value, bool, "the answer to kv_compare_and_delete"))


def _kv_set_with_options(answer: Answer, request: Any) -> Any:
    value = answer("kv_set_with_options", (request.key, (request.value or None), _decode_value(PluginKVSetOptions, request.options)))
    return _pb.KVSetWithOptionsResponse(value=_scalar(value, bool, "the answer to kv_set_with_options"))


def _kv_set_with_expiry(answer: Answer, request: Any) -> Any:
    answer("kv_set_with_expiry", (request.key, (request.value or None), request.expire_in_seconds))
    return _pb.KVSetWithExpiryResponse()


def _kv_get(answer: Answer, request: Any) -> Any:
    value = answer("kv_get", (request.key,))
    return _pb.KVGetResponse(value=_bytes(value, "the answer to kv_get"))


def _kv_delete(answer: Answer, request: Any) -> Any:
    answer("kv_delete", (request.key,))
    return _pb.KVDeleteResponse()


def _kv_delete_all(answer: Answer, request: Any) -> Any:
    answer("kv_delete_all", ())
    return _pb.KVDeleteAllResponse()


def _kv_list(answer: Answer, request: Any) -> Any:
    value = answer("kv_list", (request.page, request.per_page))
    return _pb.KVListResponse(value=_strings(value, "the answer to kv_list"))


def _publish_websocket_event(answer: Answer, request: Any) -> Any:
    answer("publish_websocket_event", (request.event, _decode_json(request.payload, {}), _decode(WebsocketBroadcast, request.broadcast)))
    return _pb.PublishWebSocketEventResponse()


def _has_permission_to(answer: Answer, request: Any) -> Any:
    value = answer("has_permission_to", (request.user_id, _decode(Permission, request.permission)))
    return _pb.HasPermissionToResponse(value=_scalar(value, bool, "the answer to has_permission_to"))


def _has_permission_to_team(answer: Answer, request: Any) -> Any:
    value = answer("has_permission_to_team", (request.user_id, request.team_id, _decode(Permission, request.permission)))
    return _pb.HasPermissionToTeamResponse(value=_scalar(value, bool, "the answer to has_permission_to_team"))


def _has_permission_to_channel(answer: Answer, request: Any) -> Any:
    value = answer("has_permission_to_channel", (request.user_id, request.channel_id, _decode(Permission, request.permission)))
    return _pb.HasPermissionToChannelResponse(value=_scalar(value, bool, "the answer to has_permission_to_channel"))


def _roles_grant_permission(answer: Answer, request: Any) -> Any:
    value = answer("roles_grant_permission", (list(request.role_names), request.permission_id))
    return _pb.RolesGrantPermissionResponse(value=_scalar(value, bool, "the answer to roles_grant_permission"))


def _log_debug(answer: Answer, request: Any) -> Any:
    answer("log_debug", (request.msg, *_values(request.key_value_pairs)))
    return _pb.LogDebugResponse()


def _log_info(answer: Answer, request: Any) -> Any:
    answer("log_info", (request.msg, *_values(request.key_value_pairs)))
    return _pb.LogInfoResponse()


def _log_error(answer: Answer, request: Any) -> Any:
    answer("log_error", (request.msg, *_values(request.key_value_pairs)))
    return _pb.LogErrorResponse()


def _log_warn(answer: Answer, request: Any) -> Any:
    answer("log_warn", (request.msg, *_values(request.key_value_pairs)))
    return _pb.LogWarnResponse()


def _send_mail(answer: Answer, request: Any) -> Any:
    answer("send_mail", (request.to, request.subject, request.html_body))
    return _pb.SendMailResponse()


def _create_bot(answer: Answer, request: Any) -> Any:
    value = answer("create_bot", (_decode(Bot, request.bot),))
    return _pb.CreateBotResponse(value=_model(value, Bot, "the answer to create_bot"))


def _patch_bot(answer: Answer, request: Any) -> Any:
    value = answer("patch_bot", (request.bot_user_id, _decode(BotPatch, request.bot_patch)))
    return _pb.PatchBotResponse(value=_model(value, Bot, "the answer to patch_bot"))


def _get_bot(answer: Answer, request: Any) -> Any:
    value = answer("get_bot", (request.bot_user_id, request.include_deleted))
    return _pb.GetBotResponse(value=_model(value, Bot, "the answer to get_bot"))


def _get_bots(answer: Answer, request: Any) -> Any:
    value = answer("get_bots", (_decode(BotGetOptions, request.options),))
    return _pb.GetBotsResponse(value=_models(value, Bot, "the answer to get_bots"))


def _update_bot_active(answer: Answer, request: Any) -> Any:
    value = answer("update_bot_active", (request.bot_user_id, request.active))
    return _pb.UpdateBotActiveResponse(value=_model(value, Bot, "the answer to update_bot_active"))


def _permanent_delete_bot(answer: Answer, request: Any) -> Any:
    answer("permanent_delete_bot", (request.bot_user_id,))
    return _pb.PermanentDeleteBotResponse()


def _plugin_http(answer: Answer, request: Any) -> Any:
    value = answer("plugin_http", ((_http_request_in(request.request) if request.HasField("request") else None),))
    return _pb.PluginHTTPResponse(value=_http_response_out(value, "the answer to plugin_http"))


def _publish_user_typing(answer: Answer, request: Any) -> Any:
    answer("publish_user_typing", (request.user_id, request.channel_id, request.parent_id))
    return _pb.PublishUserTypingResponse()


def _create_command(answer: Answer, request: Any) -> Any:
    value = answer("create_command", (_decode(Command, request.cmd),))
    return _pb.CreateCommandResponse(value=_model(value, Command, "the answer to create_command"))


def _list_commands(answer: Answer, request: Any) -> Any:
    value = answer("list_commands", (request.team_id,))
    return _pb.ListCommandsResponse(value=_models(value, Command, "the answer to list_commands"))


def _list_custom_commands(answer: Answer, request: Any) -> Any:
    value = answer("list_custom_commands", (request.team_id,))
    return _pb.ListCustomCommandsResponse(value=_models(value, Command, "the answer to list_custom_commands"))


def _list_plugin_commands(answer: Answer, request: Any) -> Any:
    value = answer("list_plugin_commands", (request.team_id,))
    return _pb.ListPluginCommandsResponse(value=_models(value, Command, "the answer to list_plugin_commands"))


def _list_built_in_commands(answer: Answer, request: Any) -> Any:
    value = answer("list_built_in_commands", ())
    return _pb.ListBuiltInCommandsResponse(value=_models(value, Command, "the answer to list_built_in_commands"))


def _get_command(answer: Answer, request: Any) -> Any:
    value = answer("get_command", (request.command_id,))
    return _pb.GetCommandResponse(value=_model(value, Command, "the answer to get_command"))


def _update_command(answer: Answer, request: Any) -> Any:
    value = answer("update_command", (request.command_id, _decode(Command, request.updated_cmd)))
    return _pb.UpdateCommandResponse(value=_model(value, Command, "the answer to update_command"))


def _delete_command(answer: Answer, request: Any) -> Any:
    answer("delete_command", (request.command_id,))
    return _pb.DeleteCommandResponse()


def _create_oauth_app(answer: Answer, request: Any) -> Any:
    value = answer("create_oauth_app", (_decode(OAuthApp, request.app),))
    return _pb.CreateOAuthAppResponse(value=_model(value, OAuthApp, "the answer to create_oauth_app"))


def _get_oauth_app(answer: Answer, request: Any) -> Any:
    value = answer("get_oauth_app", (request.app_id,))
    return _pb.GetOAuthAppResponse(value=_model(value, OAuthApp, "the answer to get_oauth_app"))


def _update_oauth_app(answer: Answer, request: Any) -> Any:
    value = answer("update_oauth_app", (_decode(OAuthApp, request.app),))
    return _pb.UpdateOAuthAppResponse(value=_model(value, OAuthApp, "the answer to update_oauth_app"))


def _delete_oauth_app(answer: Answer, request: Any) -> Any:
    answer("delete_oauth_app", (request.app_id,))
    return _pb.DeleteOAuthAppResponse()


def _publish_plugin_cluster_event(answer: Answer, request: Any) -> Any:
    answer("publish_plugin_cluster_event", (_decode_value(PluginClusterEvent, request.ev), _decode_value(PluginClusterEventSendOptions, request.opts)))
    return _pb.PublishPluginClusterEventResponse()


def _request_trial_license(answer: Answer, request: Any) -> Any:
    answer("request_trial_license", (request.requester_id, request.users, request.terms_accepted, request.receive_emails_accepted))
    return _pb.RequestTrialLicenseResponse()


def _get_cloud_limits(answer: Answer, request: Any) -> Any:
    value = answer("get_cloud_limits", ())
    return _pb.GetCloudLimitsResponse(value=_model(value, ProductLimits, "the answer to get_cloud_limits"))


def _ensure_bot_user(answer: Answer, request: Any) -> Any:
    value = answer("ensure_bot_user", (_decode(Bot, request.bot),))
    return _pb.EnsureBotUserResponse(value=_scalar(value, str, "the answer to ensure_bot_user"))


def _register_collection_and_topic(answer: Answer, request: Any) -> Any:
    answer("register_collection_and_topic", (request.collection_type, request.topic_type))
    return _pb.RegisterCollectionAndTopicResponse()


def _create_upload_session(answer: Answer, request: Any) -> Any:
    value = answer("create_upload_session", (_decode(UploadSession, request.us),))
    return _pb.CreateUploadSessionResponse(value=_model(value, UploadSession, "the answer to create_upload_session"))


def _upload_data(answer: Answer, request: Any, data: bytes) -> Any:
    value = answer("upload_data", (_decode(UploadSession, request.us), data))
    return _pb.UploadDataResponse(value=_model(value, FileInfo, "the answer to upload_data"))


def _get_upload_session(answer: Answer, request: Any) -> Any:
    value = answer("get_upload_session", (request.upload_id,))
    return _pb.GetUploadSessionResponse(value=_model(value, UploadSession, "the answer to get_upload_session"))


def _send_push_notification(answer: Answer, request: Any) -> Any:
    answer("send_push_notification", (_decode(PushNotification, request.notification), request.user_id))
    return _pb.SendPushNotificationResponse()


def _update_user_auth(answer: Answer, request: Any) -> Any:
    value = answer("update_user_auth", (request.user_id, _decode(UserAuth, request.user_auth)))
    return _pb.UpdateUserAuthResponse(value=_model(value, UserAuth, "the answer to update_user_auth"))


def _register_plugin_for_shared_channels(answer: Answer, request: Any) -> Any:
    value = answer("register_plugin_for_shared_channels", (_decode_value(RegisterPluginOpts, request.opts),))
    return _pb.RegisterPluginForSharedChannelsResponse(remote_id=_scalar(value, str, "the answer to register_plugin_for_shared_channels"))


def _unregister_plugin_for_shared_channels(answer: Answer, request: Any) -> Any:
    answer("unregister_plugin_for_shared_channels", (request.plugin_id,))
    return _pb.UnregisterPluginForSharedChannelsResponse()


def _unregister_plugin_remote_for_shared_channels(answer: Answer, request: Any) -> Any:
    answer("unregister_plugin_remote_for_shared_channels", (request.remote_id,))
    return _pb.UnregisterPluginRemoteForSharedChannelsResponse()


def _share_channel(answer: Answer, request: Any) -> Any:
    value = answer("share_channel", (_decode(SharedChannel, request.sc),))
    return _pb.ShareChannelResponse(value=_model(value, SharedChannel, "the answer to share_channel"))


def _update_shared_channel(answer: Answer, request: Any) -> Any:
    value = answer("update_shared_channel", (_decode(SharedChannel, request.sc),))
    return _pb.UpdateSharedChannelResponse(value=_model(value, SharedChannel, "the answer to update_shared_channel"))


def _unshare_channel(answer: Answer, request: Any) -> Any:
    value = answer("unshare_channel", (request.channel_id,))
    return _pb.UnshareChannelResponse(unshared=_scalar(value, bool, "the answer to unshare_channel"))


def _update_shared_channel_cursor(answer: Answer, request: Any) -> Any:
    answer("update_shared_channel_cursor", (request.channel_id, request.remote_id, _decode_value(GetPostsSinceForSyncCursor, request.cusror)))
    return _pb.UpdateSharedChannelCursorResponse()


def _sync_shared_channel(answer: Answer, request: Any) -> Any:
    answer("sync_shared_channel", (request.channel_id,))
    return _pb.SyncSharedChannelResponse()


def _invite_remote_to_channel(answer: Answer, request: Any) -> Any:
    answer("invite_remote_to_channel", (request.channel_id, request.remote_id, request.user_id, request.share_if_not_shared))
    return _pb.InviteRemoteToChannelResponse()


def _uninvite_remote_from_channel(answer: Answer, request: Any) -> Any:
    answer("uninvite_remote_from_channel", (request.channel_id, request.remote_id))
    return _pb.UninviteRemoteFromChannelResponse()


def _receive_shared_channel_sync_msg(answer: Answer, request: Any) -> Any:
    value = answer("receive_shared_channel_sync_msg", (request.remote_id, _decode(SyncMsg, request.msg)))
    return _pb.ReceiveSharedChannelSyncMsgResponse(value=_model(value, SyncResponse, "the answer to receive_shared_channel_sync_msg"))


def _receive_shared_channel_attachment_sync_msg(answer: Answer, request: Any, data: bytes) -> Any:
    value = answer("receive_shared_channel_attachment_sync_msg", (request.remote_id, request.channel_id, _decode(FileInfo, request.fi), data))
    return _pb.ReceiveSharedChannelAttachmentSyncMsgResponse(value=_model(value, FileInfo, "the answer to receive_shared_channel_attachment_sync_msg"))


def _receive_shared_channel_profile_image_sync_msg(answer: Answer, request: Any) -> Any:
    answer("receive_shared_channel_profile_image_sync_msg", (request.remote_id, request.user_id, (request.image or None)))
    return _pb.ReceiveSharedChannelProfileImageSyncMsgResponse()


def _upsert_group_member(answer: Answer, request: Any) -> Any:
    value = answer("upsert_group_member", (request.group_id, request.user_id))
    return _pb.UpsertGroupMemberResponse(value=_model(value, GroupMember, "the answer to upsert_group_member"))


def _upsert_group_members(answer: Answer, request: Any) -> Any:
    value = answer("upsert_group_members", (request.group_id, list(request.user_ids)))
    return _pb.UpsertGroupMembersResponse(value=_models(value, GroupMember, "the answer to upsert_group_members"))


def _get_group_by_remote_id(answer: Answer, request: Any) -> Any:
    value = answer("get_group_by_remote_id", (request.remote_id, request.group_source))
    return _pb.GetGroupByRemoteIDResponse(value=_model(value, Group, "the answer to get_group_by_remote_id"))


def _create_group(answer: Answer, request: Any) -> Any:
    value = answer("create_group", (_decode(Group, request.group),))
    return _pb.CreateGroupResponse(value=_model(value, Group, "the answer to create_group"))


def _update_group(answer: Answer, request: Any) -> Any:
    value = answer("update_group", (_decode(Group, request.group),))
    return _pb.UpdateGroupResponse(value=_model(value, Group, "the answer to update_group"))


def _delete_group(answer: Answer, request: Any) -> Any:
    value = answer("delete_group", (request.group_id,))
    return _pb.DeleteGroupResponse(value=_model(value, Group, "the answer to delete_group"))


def _restore_group(answer: Answer, request: Any) -> Any:
    value = answer("restore_group", (request.group_id,))
    return _pb.RestoreGroupResponse(value=_model(value, Group, "the answer to restore_group"))


def _delete_group_member(answer: Answer, request: Any) -> Any:
    value = answer("delete_group_member", (request.group_id, request.user_id))
    return _pb.DeleteGroupMemberResponse(value=_model(value, GroupMember, "the answer to delete_group_member"))


def _get_group_syncable(answer: Answer, request: Any) -> Any:
    value = answer("get_group_syncable", (request.group_id, request.syncable_id, request.syncable_type))
    return _pb.GetGroupSyncableResponse(value=_model(value, GroupSyncable, "the answer to get_group_syncable"))


def _get_group_syncables(answer: Answer, request: Any) -> Any:
    value = answer("get_group_syncables", (request.group_id, request.syncable_type))
    return _pb.GetGroupSyncablesResponse(value=_models(value, GroupSyncable, "the answer to get_group_syncables"))


def _upsert_group_syncable(answer: Answer, request: Any) -> Any:
    value = answer("upsert_group_syncable", (_decode(GroupSyncable, request.group_syncable),))
    return _pb.UpsertGroupSyncableResponse(value=_model(value, GroupSyncable, "the answer to upsert_group_syncable"))


def _update_group_syncable(answer: Answer, request: Any) -> Any:
    value = answer("update_group_syncable", (_decode(GroupSyncable, request.group_syncable),))
    return _pb.UpdateGroupSyncableResponse(value=_model(value, GroupSyncable, "the answer to update_group_syncable"))


def _delete_group_syncable(answer: Answer, request: Any) -> Any:
    value = answer("delete_group_syncable", (request.group_id, request.syncable_id, request.syncable_type))
    return _pb.DeleteGroupSyncableResponse(value=_model(value, GroupSyncable, "the answer to delete_group_syncable"))


def _update_user_roles(answer: Answer, request: Any) -> Any:
    value = answer("update_user_roles", (request.user_id, request.new_roles))
    return _pb.UpdateUserRolesResponse(value=_model(value, User, "the answer to update_user_roles"))


def _get_plugin_id(answer: Answer, request: Any) -> Any:
    value = answer("get_plugin_id", ())
    return _pb.GetPluginIDResponse(value=_scalar(value, str, "the answer to get_plugin_id"))


def _get_groups(answer: Answer, request: Any) -> Any:
    value = answer("get_groups", (request.page, request.per_page, _decode_value(GroupSearchOpts, request.opts), _decode(ViewUsersRestrictions, request.view_restrictions)))
    return _pb.GetGroupsResponse(value=_models(value, Group, "the answer to get_groups"))


def _create_default_syncable_memberships(answer: Answer, request: Any) -> Any:
    answer("create_default_syncable_memberships", (_decode_value(CreateDefaultMembershipParams, request.params),))
    return _pb.CreateDefaultSyncableMembershipsResponse()


def _delete_group_constrained_memberships(answer: Answer, request: Any) -> Any:
    answer("delete_group_constrained_memberships", ())
    return _pb.DeleteGroupConstrainedMembershipsResponse()


def _create_property_field(answer: Answer, request: Any) -> Any:
    value = answer("create_property_field", (_decode(PropertyField, request.field),))
    return _pb.CreatePropertyFieldResponse(value=_model(value, PropertyField, "the answer to create_property_field"))


def _get_property_field(answer: Answer, request: Any) -> Any:
    value = answer("get_property_field", (request.group_id, request.field_id))
    return _pb.GetPropertyFieldResponse(value=_model(value, PropertyField, "the answer to get_property_field"))


def _get_property_fields(answer: Answer, request: Any) -> Any:
    value = answer("get_property_fields", (request.group_id, list(request.ids)))
    return _pb.GetPropertyFieldsResponse(value=_models(value, PropertyField, "the answer to get_property_fields"))


def _update_property_field(answer: Answer, request: Any) -> Any:
    value = answer("update_property_field", (request.group_id, _decode(PropertyField, request.field)))
    return _pb.UpdatePropertyFieldResponse(value=_model(value, PropertyField, "the answer to update_property_field"))


def _delete_property_field(answer: Answer, request: Any) -> Any:
    answer("delete_property_field", (request.group_id, request.field_id))
    return _pb.DeletePropertyFieldResponse()


def _search_property_fields(answer: Answer, request: Any) -> Any:
    value = answer("search_property_fields", (request.group_id, _decode_value(PropertyFieldSearchOpts, request.opts)))
    return _pb.SearchPropertyFieldsResponse(value=_models(value, PropertyField, "the answer to search_property_fields"))


def _count_property_fields(answer: Answer, request: Any) -> Any:
    value = answer("count_property_fields", (request.group_id, request.include_deleted))
    return _pb.CountPropertyFieldsResponse(value=_scalar(value, int, "the answer to count_property_fields"))


def _count_property_fields_for_target(answer: Answer, request: Any) -> Any:
    value = answer("count_property_fields_for_target", (request.group_id, request.target_type, request.target_id, request.include_deleted))
    return _pb.CountPropertyFieldsForTargetResponse(value=_scalar(value, int, "the answer to count_property_fields_for_target"))


def _create_property_value(answer: Answer, request: Any) -> Any:
    value = answer("create_property_value", (_decode(PropertyValue, request.value),))
    return _pb.CreatePropertyValueResponse(value=_model(value, PropertyValue, "the answer to create_property_value"))


def _get_property_value(answer: Answer, request: Any) -> Any:
    value = answer("get_property_value", (request.group_id, request.value_id))
    return _pb.GetPropertyValueResponse(value=_model(value, PropertyValue, "the answer to get_property_value"))


def _get_property_values(answer: Answer, request: Any) -> Any:
    value = answer("get_property_values", (request.group_id, list(request.ids)))
    return _pb.GetPropertyValuesResponse(value=_models(value, PropertyValue, "the answer to get_property_values"))


def _update_property_value(answer: Answer, request: Any) -> Any:
    value = answer("update_property_value", (request.group_id, _decode(PropertyValue, request.value)))
    return _pb.UpdatePropertyValueResponse(value=_model(value, PropertyValue, "the answer to update_property_value"))


def _upsert_property_value(answer: Answer, request: Any) -> Any:
    value = answer("upsert_property_value", (_decode(PropertyValue, request.value),))
    return _pb.UpsertPropertyValueResponse(value=_model(value, PropertyValue, "the answer to upsert_property_value"))


def _delete_property_value(answer: Answer, request: Any) -> Any:
    answer("delete_property_value", (request.group_id, request.value_id))
    return _pb.DeletePropertyValueResponse()


def _search_property_values(answer: Answer, request: Any) -> Any:
    value = answer("search_property_values", (request.group_id, _decode_value(PropertyValueSearchOpts, request.opts)))
    return _pb.SearchPropertyValuesResponse(value=_models(value, PropertyValue, "the answer to search_property_values"))


def _register_property_group(answer: Answer, request: Any) -> Any:
    value = answer("register_property_group", (request.name,))
    return _pb.RegisterPropertyGroupResponse(value=_model(value, PropertyGroup, "the answer to register_property_group"))


def _get_property_group(answer: Answer, request: Any) -> Any:
    value = answer("get_property_group", (request.name,))
    return _pb.GetPropertyGroupResponse(value=_model(value, PropertyGroup, "the answer to get_property_group"))


def _get_property_field_by_name(answer: Answer, request: Any) -> Any:
    value = answer("get_property_field_by_name", (request.group_id, request.target_id, request.name))
    return _pb.GetPropertyFieldByNameResponse(value=_model(value, PropertyField, "the answer to get_property_field_by_name"))


def _update_property_fields(answer: Answer, request: Any) -> Any:
    value = answer("update_property_fields", (request.group_id, _decode_list(PropertyField, request.fields)))
    return _pb.UpdatePropertyFieldsResponse(value=_models(value, PropertyField, "the answer to update_property_fields"))


def _update_property_values(answer: Answer, request: Any) -> Any:
    value = answer("update_property_values", (request.group_id, _decode_list(PropertyValue, request.values)))
    return _pb.UpdatePropertyValuesResponse(value=_models(value, PropertyValue, "the answer to update_property_values"))


def _upsert_property_values(answer: Answer, request: Any) -> Any:
    value = answer("upsert_property_values", (_decode_list(PropertyValue, request.values),))
    return _pb.UpsertPropertyValuesResponse(value=_models(value, PropertyValue, "the answer to upsert_property_values"))


def _delete_property_values_for_target(answer: Answer, request: Any) -> Any:
    answer("delete_property_values_for_target", (request.group_id, request.target_type, request.target_id))
    return _pb.DeletePropertyValuesForTargetResponse()


def _delete_property_values_for_field(answer: Answer, request: Any) -> Any:
    answer("delete_property_values_for_field", (request.group_id, request.field_id))
    return _pb.DeletePropertyValuesForFieldResponse()


def _upsert_property_values_with_options(answer: Answer, request: Any) -> Any:
    value = answer("upsert_property_values_with_options", (_decode_list(PropertyValue, request.values), _decode_value(PropertyRequestOptions, request.options)))
    return _pb.UpsertPropertyValuesWithOptionsResponse(value=_models(value, PropertyValue, "the answer to upsert_property_values_with_options"))


def _upsert_property_value_with_options(answer: Answer, request: Any) -> Any:
    value = answer("upsert_property_value_with_options", (_decode(PropertyValue, request.value), _decode_value(PropertyRequestOptions, request.options)))
    return _pb.UpsertPropertyValueWithOptionsResponse(value=_model(value, PropertyValue, "the answer to upsert_property_value_with_options"))


def _delete_property_value_with_options(answer: Answer, request: Any) -> Any:
    answer("delete_property_value_with_options", (request.group_id, request.value_id, _decode_value(PropertyRequestOptions, request.options)))
    return _pb.DeletePropertyValueWithOptionsResponse()


def _delete_property_values_for_target_with_options(answer: Answer, request: Any) -> Any:
    answer("delete_property_values_for_target_with_options", (request.group_id, request.target_type, request.target_id, _decode_value(PropertyRequestOptions, request.options)))
    return _pb.DeletePropertyValuesForTargetWithOptionsResponse()


def _delete_property_values_for_field_with_options(answer: Answer, request: Any) -> Any:
    answer("delete_property_values_for_field_with_options", (request.group_id, request.field_id, _decode_value(PropertyRequestOptions, request.options)))
    return _pb.DeletePropertyValuesForFieldWithOptionsResponse()


def _log_audit_rec(answer: Answer, request: Any) -> Any:
    answer("log_audit_rec", (_decode(AuditRecord, request.rec),))
    return _pb.LogAuditRecResponse()


def _log_audit_rec_with_level(answer: Answer, request: Any) -> Any:
    answer("log_audit_rec_with_level", (_decode(AuditRecord, request.rec), _decode_value(Level, request.level)))
    return _pb.LogAuditRecWithLevelResponse()


def _evaluate_access_control(answer: Answer, request: Any) -> Any:
    value = answer("evaluate_access_control", (request.user_id, request.resource_type, request.resource_id, request.action))
    return _pb.EvaluateAccessControlResponse(value=_model(value, AccessDecision, "the answer to evaluate_access_control"))


def _save_access_control_policy(answer: Answer, request: Any) -> Any:
    value = answer("save_access_control_policy", (request.acting_user_id, _decode(AccessControlPolicy, request.policy)))
    return _pb.SaveAccessControlPolicyResponse(value=_model(value, AccessControlPolicy, "the answer to save_access_control_policy"))


def _get_access_control_policy(answer: Answer, request: Any) -> Any:
    value = answer("get_access_control_policy", (request.id,))
    return _pb.GetAccessControlPolicyResponse(value=_model(value, AccessControlPolicy, "the answer to get_access_control_policy"))


def _delete_access_control_policy(answer: Answer, request: Any) -> Any:
    answer("delete_access_control_policy", (request.acting_user_id, request.resource_type, request.id))
    return _pb.DeleteAccessControlPolicyResponse()


def _check_access_control_expression(answer: Answer, request: Any) -> Any:
    value = answer("check_access_control_expression", (request.acting_user_id, request.resource_type, request.expression))
    return _pb.CheckAccessControlExpressionResponse(value=_models(value, CELExpressionError, "the answer to check_access_control_expression"))


def _query_users_for_access_control_expression(answer: Answer, request: Any) -> Any:
    value = answer("query_users_for_access_control_expression", (request.acting_user_id, request.resource_type, request.expression, request.term, request.cursor_id, request.limit))
    return _pb.QueryUsersForAccessControlExpressionResponse(value=_model(value, AccessControlPolicyTestResponse, "the answer to query_users_for_access_control_expression"))


def _get_access_control_fields_autocomplete(answer: Answer, request: Any) -> Any:
    value = answer("get_access_control_fields_autocomplete", (request.acting_user_id, request.after, request.limit))
    return _pb.GetAccessControlFieldsAutocompleteResponse(value=_models(value, PropertyField, "the answer to get_access_control_fields_autocomplete"))


def _get_access_control_visual_ast(answer: Answer, request: Any) -> Any:
    value = answer("get_access_control_visual_ast", (request.acting_user_id, request.resource_type, request.expression))
    return _pb.GetAccessControlVisualASTResponse(value=_model(value, VisualExpression, "the answer to get_access_control_visual_ast"))


ROUTES: dict[str, Route] = {
    "LoadPluginConfiguration": Route("load_plugin_configuration", _pb.LoadPluginConfigurationRequest, _pb.LoadPluginConfigurationResponse, _load_plugin_configuration, True, ""),
    "RegisterCommand": Route("register_command", _pb.RegisterCommandRequest, _pb.RegisterCommandResponse, _register_command, True, ""),
    "UnregisterCommand": Route("unregister_command", _pb.UnregisterCommandRequest, _pb.UnregisterCommandResponse, _unregister_command, True, ""),
    "ExecuteSlashCommand": Route("execute_slash_command", _pb.ExecuteSlashCommandRequest, _pb.ExecuteSlashCommandResponse, _execute_slash_command, True, ""),
    "GetConfig": Route("get_config", _pb.GetConfigRequest, _pb.GetConfigResponse, _get_config, False, ""),
    "GetUnsanitizedConfig": Route("get_unsanitized_config", _pb.GetUnsanitizedConfigRequest, _pb.GetUnsanitizedConfigResponse, _get_unsanitized_config, False, ""),
    "SaveConfig": Route("save_config", _pb.SaveConfigRequest, _pb.SaveConfigResponse, _save_config, True, ""),
    "GetPluginConfig": Route("get_plugin_config", _pb.GetPluginConfigRequest, _pb.GetPluginConfigResponse, _get_plugin_config, False, ""),
    "SavePluginConfig": Route("save_plugin_config", _pb.SavePluginConfigRequest, _pb.SavePluginConfigResponse, _save_plugin_config, True, ""),
    "GetBundlePath": Route("get_bundle_path", _pb.GetBundlePathRequest, _pb.GetBundlePathResponse, _get_bundle_path, True, ""),
    "GetLicense": Route("get_license", _pb.GetLicenseRequest, _pb.GetLicenseResponse, _get_license, False, ""),
    "IsEnterpriseReady": Route("is_enterprise_ready", _pb.IsEnterpriseReadyRequest, _pb.IsEnterpriseReadyResponse, _is_enterprise_ready, False, ""),
    "GetServerVersion": Route("get_server_version", _pb.GetServerVersionRequest, _pb.GetServerVersionResponse, _get_server_version, False, ""),
    "GetSystemInstallDate": Route("get_system_install_date", _pb.GetSystemInstallDateRequest, _pb.GetSystemInstallDateResponse, _get_system_install_date, True, ""),
    "GetDiagnosticId": Route("get_diagnostic_id", _pb.GetDiagnosticIdRequest, _pb.GetDiagnosticIdResponse, _get_diagnostic_id, False, ""),
    "GetTelemetryId": Route("get_telemetry_id", _pb.GetTelemetryIdRequest, _pb.GetTelemetryIdResponse, _get_telemetry_id, False, ""),
    "CreateUser": Route("create_user", _pb.CreateUserRequest, _pb.CreateUserResponse, _create_user, True, ""),
    "DeleteUser": Route("delete_user", _pb.DeleteUserRequest, _pb.DeleteUserResponse, _delete_user, True, ""),
    "GetUsers": Route("get_users", _pb.GetUsersRequest, _pb.GetUsersResponse, _get_users, True, ""),
    "GetUsersByIds": Route("get_users_by_ids", _pb.GetUsersByIdsRequest, _pb.GetUsersByIdsResponse, _get_users_by_ids, True, ""),
    "GetUser": Route("get_user", _pb.GetUserRequest, _pb.GetUserResponse, _get_user, True, ""),
    "GetUserByEmail": Route("get_user_by_email", _pb.GetUserByEmailRequest, _pb.GetUserByEmailResponse, _get_user_by_email, True, ""),
    "GetUserByUsername": Route("get_user_by_username", _pb.GetUserByUsernameRequest, _pb.GetUserByUsernameResponse, _get_user_by_username, True, ""),
    "GetUsersByUsernames": Route("get_users_by_usernames", _pb.GetUsersByUsernamesRequest, _pb.GetUsersByUsernamesResponse, _get_users_by_usernames, True, ""),
    "GetUsersInTeam": Route("get_users_in_team", _pb.GetUsersInTeamRequest, _pb.GetUsersInTeamResponse, _get_users_in_team, True, ""),
    "GetPreferenceForUser": Route("get_preference_for_user", _pb.GetPreferenceForUserRequest, _pb.GetPreferenceForUserResponse, _get_preference_for_user, True, ""),
    "GetPreferencesForUser": Route("get_preferences_for_user", _pb.GetPreferencesForUserRequest, _pb.GetPreferencesForUserResponse, _get_preferences_for_user, True, ""),
    "UpdatePreferencesForUser": Route("update_preferences_for_user", _pb.UpdatePreferencesForUserRequest, _pb.UpdatePreferencesForUserResponse, _update_preferences_for_user, True, ""),
    "DeletePreferencesForUser": Route("delete_preferences_for_user", _pb.DeletePreferencesForUserRequest, _pb.DeletePreferencesForUserResponse, _delete_preferences_for_user, True, ""),
    "GetSession": Route("get_session", _pb.GetSessionRequest, _pb.GetSessionResponse, _get_session, True, ""),
    "CreateSession": Route("create_session", _pb.CreateSessionRequest, _pb.CreateSessionResponse, _create_session, True, ""),
    "ExtendSessionExpiry": Route("extend_session_expiry", _pb.ExtendSessionExpiryRequest, _pb.ExtendSessionExpiryResponse, _extend_session_expiry, True, ""),
    "RevokeSession": Route("revoke_session", _pb.RevokeSessionRequest, _pb.RevokeSessionResponse, _revoke_session, True, ""),
    "CreateUserAccessToken": Route("create_user_access_token", _pb.CreateUserAccessTokenRequest, _pb.CreateUserAccessTokenResponse, _create_user_access_token, True, ""),
    "RevokeUserAccessToken": Route("revoke_user_access_token", _pb.RevokeUserAccessTokenRequest, _pb.RevokeUserAccessTokenResponse, _revoke_user_access_token, True, ""),
    "GetTeamIcon": Route("get_team_icon", _pb.GetTeamIconRequest, _pb.GetTeamIconResponse, _get_team_icon, True, ""),
    "SetTeamIcon": Route("set_team_icon", _pb.SetTeamIconRequest, _pb.SetTeamIconResponse, _set_team_icon, True, ""),
    "RemoveTeamIcon": Route("remove_team_icon", _pb.RemoveTeamIconRequest, _pb.RemoveTeamIconResponse, _remove_team_icon, True, ""),
    "UpdateUser": Route("update_user", _pb.UpdateUserRequest, _pb.UpdateUserResponse, _update_user, True, ""),
    "GetUserStatus": Route("get_user_status", _pb.GetUserStatusRequest, _pb.GetUserStatusResponse, _get_user_status, True, ""),
    "GetUserStatusesByIds": Route("get_user_statuses_by_ids", _pb.GetUserStatusesByIdsRequest, _pb.GetUserStatusesByIdsResponse, _get_user_statuses_by_ids, True, ""),
    "UpdateUserStatus": Route("update_user_status", _pb.UpdateUserStatusRequest, _pb.UpdateUserStatusResponse, _update_user_status, True, ""),
    "SetUserStatusTimedDND": Route("set_user_status_timed_dnd", _pb.SetUserStatusTimedDNDRequest, _pb.SetUserStatusTimedDNDResponse, _set_user_status_timed_dnd, True, ""),
    "UpdateUserActive": Route("update_user_active", _pb.UpdateUserActiveRequest, _pb.UpdateUserActiveResponse, _update_user_active, True, ""),
    "UpdateUserCustomStatus": Route("update_user_custom_status", _pb.UpdateUserCustomStatusRequest, _pb.UpdateUserCustomStatusResponse, _update_user_custom_status, True, ""),
    "RemoveUserCustomStatus": Route("remove_user_custom_status", _pb.RemoveUserCustomStatusRequest, _pb.RemoveUserCustomStatusResponse, _remove_user_custom_status, True, ""),
    "GetUsersInChannel": Route("get_users_in_channel", _pb.GetUsersInChannelRequest, _pb.GetUsersInChannelResponse, _get_users_in_channel, True, ""),
    "GetLDAPUserAttributes": Route("get_ldap_user_attributes", _pb.GetLDAPUserAttributesRequest, _pb.GetLDAPUserAttributesResponse, _get_ldap_user_attributes, True, ""),
    "CreateTeam": Route("create_team", _pb.CreateTeamRequest, _pb.CreateTeamResponse, _create_team, True, ""),
    "DeleteTeam": Route("delete_team", _pb.DeleteTeamRequest, _pb.DeleteTeamResponse, _delete_team, True, ""),
    "GetTeams": Route("get_teams", _pb.GetTeamsRequest, _pb.GetTeamsResponse, _get_teams, True, ""),
    "GetTeam": Route("get_team", _pb.GetTeamRequest, _pb.GetTeamResponse, _get_team, True, ""),
    "GetTeamByName": Route("get_team_by_name", _pb.GetTeamByNameRequest, _pb.GetTeamByNameResponse, _get_team_by_name, True, ""),
    "GetTeamsUnreadForUser": Route("get_teams_unread_for_user", _pb.GetTeamsUnreadForUserRequest, _pb.GetTeamsUnreadForUserResponse, _get_teams_unread_for_user, True, ""),
    "UpdateTeam": Route("update_team", _pb.UpdateTeamRequest, _pb.UpdateTeamResponse, _update_team, True, ""),
    "SearchTeams": Route("search_teams", _pb.SearchTeamsRequest, _pb.SearchTeamsResponse, _search_teams, True, ""),
    "GetTeamsForUser": Route("get_teams_for_user", _pb.GetTeamsForUserRequest, _pb.GetTeamsForUserResponse, _get_teams_for_user, True, ""),
    "CreateTeamMember": Route("create_team_member", _pb.CreateTeamMemberRequest, _pb.CreateTeamMemberResponse, _create_team_member, True, ""),
    "CreateTeamMembers": Route("create_team_members", _pb.CreateTeamMembersRequest, _pb.CreateTeamMembersResponse, _create_team_members, True, ""),
    "CreateTeamMembersGracefully": Route("create_team_members_gracefully", _pb.CreateTeamMembersGracefullyRequest, _pb.CreateTeamMembersGracefullyResponse, _create_team_members_gracefully, True, ""),
    "DeleteTeamMember": Route("delete_team_member", _pb.DeleteTeamMemberRequest, _pb.DeleteTeamMemberResponse, _delete_team_member, True, ""),
    "GetTeamMembers": Route("get_team_members", _pb.GetTeamMembersRequest, _pb.GetTeamMembersResponse, _get_team_members, True, ""),
    "GetTeamMember": Route("get_team_member", _pb.GetTeamMemberRequest, _pb.GetTeamMemberResponse, _get_team_member, True, ""),
    "GetTeamMembersForUser": Route("get_team_members_for_user", _pb.GetTeamMembersForUserRequest, _pb.GetTeamMembersForUserResponse, _get_team_members_for_user, True, ""),
    "UpdateTeamMemberRoles": Route("update_team_member_roles", _pb.UpdateTeamMemberRolesRequest, _pb.UpdateTeamMemberRolesResponse, _update_team_member_roles, True, ""),
    "CreateChannel": Route("create_channel", _pb.CreateChannelRequest, _pb.CreateChannelResponse, _create_channel, True, ""),
    "DeleteChannel": Route("delete_channel", _pb.DeleteChannelRequest, _pb.DeleteChannelResponse, _delete_channel, True, ""),
    "RestoreChannel": Route("restore_channel", _pb.RestoreChannelRequest, _pb.RestoreChannelResponse, _restore_channel, True, ""),
    "GetChannelOfType": Route("get_channel_of_type", _pb.GetChannelOfTypeRequest, _pb.GetChannelOfTypeResponse, _get_channel_of_type, True, ""),
    "GetPublicChannelsForTeam": Route("get_public_channels_for_team", _pb.GetPublicChannelsForTeamRequest, _pb.GetPublicChannelsForTeamResponse, _get_public_channels_for_team, True, ""),
    "GetChannel": Route("get_channel", _pb.GetChannelRequest, _pb.GetChannelResponse, _get_channel, True, ""),
    "GetChannelByName": Route("get_channel_by_name", _pb.GetChannelByNameRequest, _pb.GetChannelByNameResponse, _get_channel_by_name, True, ""),
    "GetChannelByNameForTeamName": Route("get_channel_by_name_for_team_name", _pb.GetChannelByNameForTeamNameRequest, _pb.GetChannelByNameForTeamNameResponse, _get_channel_by_name_for_team_name, True, ""),
    "GetChannelsForTeamForUser": Route("get_channels_for_team_for_user", _pb.GetChannelsForTeamForUserRequest, _pb.GetChannelsForTeamForUserResponse, _get_channels_for_team_for_user, True, ""),
    "GetChannelStats": Route("get_channel_stats", _pb.GetChannelStatsRequest, _pb.GetChannelStatsResponse, _get_channel_stats, True, ""),
    "GetDirectChannel": Route("get_direct_channel", _pb.GetDirectChannelRequest, _pb.GetDirectChannelResponse, _get_direct_channel, True, ""),
    "GetGroupChannel": Route("get_group_channel", _pb.GetGroupChannelRequest, _pb.GetGroupChannelResponse, _get_group_channel, True, ""),
    "UpdateChannel": Route("update_channel", _pb.UpdateChannelRequest, _pb.UpdateChannelResponse, _update_channel, True, ""),
    "RegisterChannelGuard": Route("register_channel_guard", _pb.RegisterChannelGuardRequest, _pb.RegisterChannelGuardResponse, _register_channel_guard, True, ""),
    "UnregisterChannelGuard": Route("unregister_channel_guard", _pb.UnregisterChannelGuardRequest, _pb.UnregisterChannelGuardResponse, _unregister_channel_guard, True, ""),
    "SearchChannels": Route("search_channels", _pb.SearchChannelsRequest, _pb.SearchChannelsResponse, _search_channels, True, ""),
    "CreateChannelSidebarCategory": Route("create_channel_sidebar_category", _pb.CreateChannelSidebarCategoryRequest, _pb.CreateChannelSidebarCategoryResponse, _create_channel_sidebar_category, True, ""),
    "GetChannelSidebarCategories": Route("get_channel_sidebar_categories", _pb.GetChannelSidebarCategoriesRequest, _pb.GetChannelSidebarCategoriesResponse, _get_channel_sidebar_categories, True, ""),
    "UpdateChannelSidebarCategories": Route("update_channel_sidebar_categories", _pb.UpdateChannelSidebarCategoriesRequest, _pb.UpdateChannelSidebarCategoriesResponse, _update_channel_sidebar_categories, True, ""),
    "SearchUsers": Route("search_users", _pb.SearchUsersRequest, _pb.SearchUsersResponse, _search_users, True, ""),
    "SearchPostsInTeam": Route("search_posts_in_team", _pb.SearchPostsInTeamRequest, _pb.SearchPostsInTeamResponse, _search_posts_in_team, True, ""),
    "SearchPostsInTeamForUser": Route("search_posts_in_team_for_user", _pb.SearchPostsInTeamForUserRequest, _pb.SearchPostsInTeamForUserResponse, _search_posts_in_team_for_user, True, ""),
    "AddChannelMember": Route("add_channel_member", _pb.AddChannelMemberRequest, _pb.AddChannelMemberResponse, _add_channel_member, True, ""),
    "AddUserToChannel": Route("add_user_to_channel", _pb.AddUserToChannelRequest, _pb.AddUserToChannelResponse, _add_user_to_channel, True, ""),
    "GetChannelMember": Route("get_channel_member", _pb.GetChannelMemberRequest, _pb.GetChannelMemberResponse, _get_channel_member, True, ""),
    "GetChannelMembers": Route("get_channel_members", _pb.GetChannelMembersRequest, _pb.GetChannelMembersResponse, _get_channel_members, True, ""),
    "GetChannelMembersByIds": Route("get_channel_members_by_ids", _pb.GetChannelMembersByIdsRequest, _pb.GetChannelMembersByIdsResponse, _get_channel_members_by_ids, True, ""),
    "GetChannelMembersForUser": Route("get_channel_members_for_user", _pb.GetChannelMembersForUserRequest, _pb.GetChannelMembersForUserResponse, _get_channel_members_for_user, True, ""),
    "UpdateChannelMemberRoles": Route("update_channel_member_roles", _pb.UpdateChannelMemberRolesRequest, _pb.UpdateChannelMemberRolesResponse, _update_channel_member_roles, True, ""),
    "UpdateChannelMemberNotifications": Route("update_channel_member_notifications", _pb.UpdateChannelMemberNotificationsRequest, _pb.UpdateChannelMemberNotificationsResponse, _update_channel_member_notifications, True, ""),
    "PatchChannelMembersNotifications": Route("patch_channel_members_notifications", _pb.PatchChannelMembersNotificationsRequest, _pb.PatchChannelMembersNotificationsResponse, _patch_channel_members_notifications, True, ""),
    "GetGroup": Route("get_group", _pb.GetGroupRequest, _pb.GetGroupResponse, _get_group, True, ""),
    "GetGroupByName": Route("get_group_by_name", _pb.GetGroupByNameRequest, _pb.GetGroupByNameResponse, _get_group_by_name, True, ""),
    "GetGroupMemberUsers": Route("get_group_member_users", _pb.GetGroupMemberUsersRequest, _pb.GetGroupMemberUsersResponse, _get_group_member_users, True, ""),
    "GetGroupsBySource": Route("get_groups_by_source", _pb.GetGroupsBySourceRequest, _pb.GetGroupsBySourceResponse, _get_groups_by_source, True, ""),
    "GetGroupsForUser": Route("get_groups_for_user", _pb.GetGroupsForUserRequest, _pb.GetGroupsForUserResponse, _get_groups_for_user, True, ""),
    "DeleteChannelMember": Route("delete_channel_member", _pb.DeleteChannelMemberRequest, _pb.DeleteChannelMemberResponse, _delete_channel_member, True, ""),
    "CreatePost": Route("create_post", _pb.CreatePostRequest, _pb.CreatePostResponse, _create_post, True, ""),
    "AddReaction": Route("add_reaction", _pb.AddReactionRequest, _pb.AddReactionResponse, _add_reaction, True, ""),
    "RemoveReaction": Route("remove_reaction", _pb.RemoveReactionRequest, _pb.RemoveReactionResponse, _remove_reaction, True, ""),
    "GetReactions": Route("get_reactions", _pb.GetReactionsRequest, _pb.GetReactionsResponse, _get_reactions, True, ""),
    "SendEphemeralPost": Route("send_ephemeral_post", _pb.SendEphemeralPostRequest, _pb.SendEphemeralPostResponse, _send_ephemeral_post, False, ""),
    "UpdateEphemeralPost": Route("update_ephemeral_post", _pb.UpdateEphemeralPostRequest, _pb.UpdateEphemeralPostResponse, _update_ephemeral_post, False, ""),
    "DeleteEphemeralPost": Route("delete_ephemeral_post", _pb.DeleteEphemeralPostRequest, _pb.DeleteEphemeralPostResponse, _delete_ephemeral_post, False, ""),
    "DeletePost": Route("delete_post", _pb.DeletePostRequest, _pb.DeletePostResponse, _delete_post, True, ""),
    "GetPostThread": Route("get_post_thread", _pb.GetPostThreadRequest, _pb.GetPostThreadResponse, _get_post_thread, True, ""),
    "GetPost": Route("get_post", _pb.GetPostRequest, _pb.GetPostResponse, _get_post, True, ""),
    "GetPostsSince": Route("get_posts_since", _pb.GetPostsSinceRequest, _pb.GetPostsSinceResponse, _get_posts_since, True, ""),
    "GetPostsAfter": Route("get_posts_after", _pb.GetPostsAfterRequest, _pb.GetPostsAfterResponse, _get_posts_after, True, ""),
    "GetPostsBefore": Route("get_posts_before", _pb.GetPostsBeforeRequest, _pb.GetPostsBeforeResponse, _get_posts_before, True, ""),
    "GetPostsForChannel": Route("get_posts_for_channel", _pb.GetPostsForChannelRequest, _pb.GetPostsForChannelResponse, _get_posts_for_channel, True, ""),
    "GetTeamStats": Route("get_team_stats", _pb.GetTeamStatsRequest, _pb.GetTeamStatsResponse, _get_team_stats, True, ""),
    "UpdatePost": Route("update_post", _pb.UpdatePostRequest, _pb.UpdatePostResponse, _update_post, True, ""),
    "GetProfileImage": Route("get_profile_image", _pb.GetProfileImageRequest, _pb.GetProfileImageResponse, _get_profile_image, True, ""),
    "SetProfileImage": Route("set_profile_image", _pb.SetProfileImageRequest, _pb.SetProfileImageResponse, _set_profile_image, True, ""),
    "GetEmojiList": Route("get_emoji_list", _pb.GetEmojiListRequest, _pb.GetEmojiListResponse, _get_emoji_list, True, ""),
    "GetEmojiByName": Route("get_emoji_by_name", _pb.GetEmojiByNameRequest, _pb.GetEmojiByNameResponse, _get_emoji_by_name, True, ""),
    "GetEmoji": Route("get_emoji", _pb.GetEmojiRequest, _pb.GetEmojiResponse, _get_emoji, True, ""),
    "CopyFileInfos": Route("copy_file_infos", _pb.CopyFileInfosRequest, _pb.CopyFileInfosResponse, _copy_file_infos, True, ""),
    "GetFileInfo": Route("get_file_info", _pb.GetFileInfoRequest, _pb.GetFileInfoResponse, _get_file_info, True, ""),
    "SetFileSearchableContent": Route("set_file_searchable_content", _pb.SetFileSearchableContentRequest, _pb.SetFileSearchableContentResponse, _set_file_searchable_content, True, ""),
    "GetFileInfos": Route("get_file_infos", _pb.GetFileInfosRequest, _pb.GetFileInfosResponse, _get_file_infos, True, ""),
    "GetFile": Route("get_file", _pb.GetFileRequest, _pb.GetFileResponse, _get_file, True, ""),
    "GetFileLink": Route("get_file_link", _pb.GetFileLinkRequest, _pb.GetFileLinkResponse, _get_file_link, True, ""),
    "ReadFile": Route("read_file", _pb.ReadFileRequest, _pb.ReadFileResponse, _read_file, True, ""),
    "GetEmojiImage": Route("get_emoji_image", _pb.GetEmojiImageRequest, _pb.GetEmojiImageResponse, _get_emoji_image, True, ""),
    "UploadFile": Route("upload_file", _pb.UploadFileRequest, _pb.UploadFileResponse, _upload_file, True, ""),
    "OpenInteractiveDialog": Route("open_interactive_dialog", _pb.OpenInteractiveDialogRequest, _pb.OpenInteractiveDialogResponse, _open_interactive_dialog, True, ""),
    "SendToastMessage": Route("send_toast_message", _pb.SendToastMessageRequest, _pb.SendToastMessageResponse, _send_toast_message, True, ""),
    "GetPlugins": Route("get_plugins", _pb.GetPluginsRequest, _pb.GetPluginsResponse, _get_plugins, True, ""),
    "EnablePlugin": Route("enable_plugin", _pb.EnablePluginRequest, _pb.EnablePluginResponse, _enable_plugin, True, ""),
    "DisablePlugin": Route("disable_plugin", _pb.DisablePluginRequest, _pb.DisablePluginResponse, _disable_plugin, True, ""),
    "RemovePlugin": Route("remove_plugin", _pb.RemovePluginRequest, _pb.RemovePluginResponse, _remove_plugin, True, ""),
    "GetPluginStatus": Route("get_plugin_status", _pb.GetPluginStatusRequest, _pb.GetPluginStatusResponse, _get_plugin_status, True, ""),
    "InstallPlugin": Route("install_plugin", _pb.InstallPluginRequest, _pb.InstallPluginResponse, _install_plugin, True, "file"),
    "KVSet": Route("kv_set", _pb.KVSetRequest, _pb.KVSetResponse, _kv_set, True, ""),
    "KVCompareAndSet": Route("kv_compare_and_set", _pb.KVCompareAndSetRequest, _pb.KVCompareAndSetResponse, _kv_compare_and_set, True, ""),
    "KVCompareAndDelete": Route("kv_compare_and_delete", _pb.KVCompareAndDeleteRequest, _pb.KVCompareAndDeleteResponse, _kv_compare_and_delete, True, ""),
    "KVSetWithOptions": Route("kv_set_with_options", _pb.KVSetWithOptionsRequest, _pb.KVSetWithOptionsResponse, _kv_set_with_options, True, ""),
    "KVSetWithExpiry": Route("kv_set_with_expiry", _pb.KVSetWithExpiryRequest, _pb.KVSetWithExpiryResponse, _kv_set_with_expiry, True, ""),
    "KVGet": Route("kv_get", _pb.KVGetRequest, _pb.KVGetResponse, _kv_get, True, ""),
    "KVDelete": Route("kv_delete", _pb.KVDeleteRequest, _pb.KVDeleteResponse, _kv_delete, True, ""),
    "KVDeleteAll": Route("kv_delete_all", _pb.KVDeleteAllRequest, _pb.KVDeleteAllResponse, _kv_delete_all, True, ""),
    "KVList": Route("kv_list", _pb.KVListRequest, _pb.KVListResponse, _kv_list, True, ""),
    "PublishWebSocketEvent": Route("publish_websocket_event", _pb.PublishWebSocketEventRequest, _pb.PublishWebSocketEventResponse, _publish_websocket_event, False, ""),
    "HasPermissionTo": Route("has_permission_to", _pb.HasPermissionToRequest, _pb.HasPermissionToResponse, _has_permission_to, False, ""),
    "HasPermissionToTeam": Route("has_permission_to_team", _pb.HasPermissionToTeamRequest, _pb.HasPermissionToTeamResponse, _has_permission_to_team, False, ""),
    "HasPermissionToChannel": Route("has_permission_to_channel", _pb.HasPermissionToChannelRequest, _pb.HasPermissionToChannelResponse, _has_permission_to_channel, False, ""),
    "RolesGrantPermission": Route("roles_grant_permission", _pb.RolesGrantPermissionRequest, _pb.RolesGrantPermissionResponse, _roles_grant_permission, False, ""),
    "LogDebug": Route("log_debug", _pb.LogDebugRequest, _pb.LogDebugResponse, _log_debug, False, ""),
    "LogInfo": Route("log_info", _pb.LogInfoRequest, _pb.LogInfoResponse, _log_info, False, ""),
    "LogError": Route("log_error", _pb.LogErrorRequest, _pb.LogErrorResponse, _log_error, False, ""),
    "LogWarn": Route("log_warn", _pb.LogWarnRequest, _pb.LogWarnResponse, _log_warn, False, ""),
    "SendMail": Route("send_mail", _pb.SendMailRequest, _pb.SendMailResponse, _send_mail, True, ""),
    "CreateBot": Route("create_bot", _pb.CreateBotRequest, _pb.CreateBotResponse, _create_bot, True, ""),
    "PatchBot": Route("patch_bot", _pb.PatchBotRequest, _pb.PatchBotResponse, _patch_bot, True, ""),
    "GetBot": Route("get_bot", _pb.GetBotRequest, _pb.GetBotResponse, _get_bot, True, ""),
    "GetBots": Route("get_bots", _pb.GetBotsRequest, _pb.GetBotsResponse, _get_bots, True, ""),
    "UpdateBotActive": Route("update_bot_active", _pb.UpdateBotActiveRequest, _pb.UpdateBotActiveResponse, _update_bot_active, True, ""),
    "PermanentDeleteBot": Route("permanent_delete_bot", _pb.PermanentDeleteBotRequest, _pb.PermanentDeleteBotResponse, _permanent_delete_bot, True, ""),
    "PluginHTTP": Route("plugin_http", _pb.PluginHTTPRequest, _pb.PluginHTTPResponse, _plugin_http, False, ""),
    "PublishUserTyping": Route("publish_user_typing", _pb.PublishUserTypingRequest, _pb.PublishUserTypingResponse, _publish_user_typing, True, ""),
    "CreateCommand": Route("create_command", _pb.CreateCommandRequest, _pb.CreateCommandResponse, _create_command, True, ""),
    "ListCommands": Route("list_commands", _pb.ListCommandsRequest, _pb.ListCommandsResponse, _list_commands, True, ""),
    "ListCustomCommands": Route("list_custom_commands", _pb.ListCustomCommandsRequest, _pb.ListCustomCommandsResponse, _list_custom_commands, True, ""),
    "ListPluginCommands": Route("list_plugin_commands", _pb.ListPluginCommandsRequest, _pb.ListPluginCommandsResponse, _list_plugin_commands, True, ""),
    "ListBuiltInCommands": Route("list_built_in_commands", _pb.ListBuiltInCommandsRequest, _pb.ListBuiltInCommandsResponse, _list_built_in_commands, True, ""),
    "GetCommand": Route("get_command", _pb.GetCommandRequest, _pb.GetCommandResponse, _get_command, True, ""),
    "UpdateCommand": Route("update_command", _pb.UpdateCommandRequest, _pb.UpdateCommandResponse, _update_command, True, ""),
    "DeleteCommand": Route("delete_command", _pb.DeleteCommandRequest, _pb.DeleteCommandResponse, _delete_command, True, ""),
    "CreateOAuthApp": Route("create_oauth_app", _pb.CreateOAuthAppRequest, _pb.CreateOAuthAppResponse, _create_oauth_app, True, ""),
    "GetOAuthApp": Route("get_oauth_app", _pb.GetOAuthAppRequest, _pb.GetOAuthAppResponse, _get_oauth_app, True, ""),
    "UpdateOAuthApp": Route("update_oauth_app", _pb.UpdateOAuthAppRequest, _pb.UpdateOAuthAppResponse, _update_oauth_app, True, ""),
    "DeleteOAuthApp": Route("delete_oauth_app", _pb.DeleteOAuthAppRequest, _pb.DeleteOAuthAppResponse, _delete_oauth_app, True, ""),
    "PublishPluginClusterEvent": Route("publish_plugin_cluster_event", _pb.PublishPluginClusterEventRequest, _pb.PublishPluginClusterEventResponse, _publish_plugin_cluster_event, True, ""),
    "RequestTrialLicense": Route("request_trial_license", _pb.RequestTrialLicenseRequest, _pb.RequestTrialLicenseResponse, _request_trial_license, True, ""),
    "GetCloudLimits": Route("get_cloud_limits", _pb.GetCloudLimitsRequest, _pb.GetCloudLimitsResponse, _get_cloud_limits, True, ""),
    "EnsureBotUser": Route("ensure_bot_user", _pb.EnsureBotUserRequest, _pb.EnsureBotUserResponse, _ensure_bot_user, True, ""),
    "RegisterCollectionAndTopic": Route("register_collection_and_topic", _pb.RegisterCollectionAndTopicRequest, _pb.RegisterCollectionAndTopicResponse, _register_collection_and_topic, True, ""),
    "CreateUploadSession": Route("create_upload_session", _pb.CreateUploadSessionRequest, _pb.CreateUploadSessionResponse, _create_upload_session, True, ""),
    "UploadData": Route("upload_data", _pb.UploadDataRequest, _pb.UploadDataResponse, _upload_data, True, "rd"),
    "GetUploadSession": Route("get_upload_session", _pb.GetUploadSessionRequest, _pb.GetUploadSessionResponse, _get_upload_session, True, ""),
    "SendPushNotification": Route("send_push_notification", _pb.SendPushNotificationRequest, _pb.SendPushNotificationResponse, _send_push_notification, True, ""),
    "UpdateUserAuth": Route("update_user_auth", _pb.UpdateUserAuthRequest, _pb.UpdateUserAuthResponse, _update_user_auth, True, ""),
    "RegisterPluginForSharedChannels": Route("register_plugin_for_shared_channels", _pb.RegisterPluginForSharedChannelsRequest, _pb.RegisterPluginForSharedChannelsResponse, _register_plugin_for_shared_channels, True, ""),
    "UnregisterPluginForSharedChannels": Route("unregister_plugin_for_shared_channels", _pb.UnregisterPluginForSharedChannelsRequest, _pb.UnregisterPluginForSharedChannelsResponse, _unregister_plugin_for_shared_channels, True, ""),
    "UnregisterPluginRemoteForSharedChannels": Route("unregister_plugin_remote_for_shared_channels", _pb.UnregisterPluginRemoteForSharedChannelsRequest, _pb.UnregisterPluginRemoteForSharedChannelsResponse, _unregister_plugin_remote_for_shared_channels, True, ""),
    "ShareChannel": Route("share_channel", _pb.ShareChannelRequest, _pb.ShareChannelResponse, _share_channel, True, ""),
    "UpdateSharedChannel": Route("update_shared_channel", _pb.UpdateSharedChannelRequest, _pb.UpdateSharedChannelResponse, _update_shared_channel, True, ""),
    "UnshareChannel": Route("unshare_channel", _pb.UnshareChannelRequest, _pb.UnshareChannelResponse, _unshare_channel, True, ""),
    "UpdateSharedChannelCursor": Route("update_shared_channel_cursor", _pb.UpdateSharedChannelCursorRequest, _pb.UpdateSharedChannelCursorResponse, _update_shared_channel_cursor, True, ""),
    "SyncSharedChannel": Route("sync_shared_channel", _pb.SyncSharedChannelRequest, _pb.SyncSharedChannelResponse, _sync_shared_channel, True, ""),
    "InviteRemoteToChannel": Route("invite_remote_to_channel", _pb.InviteRemoteToChannelRequest, _pb.InviteRemoteToChannelResponse, _invite_remote_to_channel, True, ""),
    "UninviteRemoteFromChannel": Route("uninvite_remote_from_channel", _pb.UninviteRemoteFromChannelRequest, _pb.UninviteRemoteFromChannelResponse, _uninvite_remote_from_channel, True, ""),
    "ReceiveSharedChannelSyncMsg": Route("receive_shared_channel_sync_msg", _pb.ReceiveSharedChannelSyncMsgRequest, _pb.ReceiveSharedChannelSyncMsgResponse, _receive_shared_channel_sync_msg, True, ""),
    "ReceiveSharedChannelAttachmentSyncMsg": Route("receive_shared_channel_attachment_sync_msg", _pb.ReceiveSharedChannelAttachmentSyncMsgRequest, _pb.ReceiveSharedChannelAttachmentSyncMsgResponse, _receive_shared_channel_attachment_sync_msg, True, "data"),
    "ReceiveSharedChannelProfileImageSyncMsg": Route("receive_shared_channel_profile_image_sync_msg", _pb.ReceiveSharedChannelProfileImageSyncMsgRequest, _pb.ReceiveSharedChannelProfileImageSyncMsgResponse, _receive_shared_channel_profile_image_sync_msg, True, ""),
    "UpsertGroupMember": Route("upsert_group_member", _pb.UpsertGroupMemberRequest, _pb.UpsertGroupMemberResponse, _upsert_group_member, True, ""),
    "UpsertGroupMembers": Route("upsert_group_members", _pb.UpsertGroupMembersRequest, _pb.UpsertGroupMembersResponse, _upsert_group_members, True, ""),
    "GetGroupByRemoteID": Route("get_group_by_remote_id", _pb.GetGroupByRemoteIDRequest, _pb.GetGroupByRemoteIDResponse, _get_group_by_remote_id, True, ""),
    "CreateGroup": Route("create_group", _pb.CreateGroupRequest, _pb.CreateGroupResponse, _create_group, True, ""),
    "UpdateGroup": Route("update_group", _pb.UpdateGroupRequest, _pb.UpdateGroupResponse, _update_group, True, ""),
    "DeleteGroup": Route("delete_group", _pb.DeleteGroupRequest, _pb.DeleteGroupResponse, _delete_group, True, ""),
    "RestoreGroup": Route("restore_group", _pb.RestoreGroupRequest, _pb.RestoreGroupResponse, _restore_group, True, ""),
    "DeleteGroupMember": Route("delete_group_member", _pb.DeleteGroupMemberRequest, _pb.DeleteGroupMemberResponse, _delete_group_member, True, ""),
    "GetGroupSyncable": Route("get_group_syncable", _pb.GetGroupSyncableRequest, _pb.GetGroupSyncableResponse, _get_group_syncable, True, ""),
    "GetGroupSyncables": Route("get_group_syncables", _pb.GetGroupSyncablesRequest, _pb.GetGroupSyncablesResponse, _get_group_syncables, True, ""),
    "UpsertGroupSyncable": Route("upsert_group_syncable", _pb.UpsertGroupSyncableRequest, _pb.UpsertGroupSyncableResponse, _upsert_group_syncable, True, ""),
    "UpdateGroupSyncable": Route("update_group_syncable", _pb.UpdateGroupSyncableRequest, _pb.UpdateGroupSyncableResponse, _update_group_syncable, True, ""),
    "DeleteGroupSyncable": Route("delete_group_syncable", _pb.DeleteGroupSyncableRequest, _pb.DeleteGroupSyncableResponse, _delete_group_syncable, True, ""),
    "UpdateUserRoles": Route("update_user_roles", _pb.UpdateUserRolesRequest, _pb.UpdateUserRolesResponse, _update_user_roles, True, ""),
    "GetPluginID": Route("get_plugin_id", _pb.GetPluginIDRequest, _pb.GetPluginIDResponse, _get_plugin_id, False, ""),
    "GetGroups": Route("get_groups", _pb.GetGroupsRequest, _pb.GetGroupsResponse, _get_groups, True, ""),
    "CreateDefaultSyncableMemberships": Route("create_default_syncable_memberships", _pb.CreateDefaultSyncableMembershipsRequest, _pb.CreateDefaultSyncableMembershipsResponse, _create_default_syncable_memberships, True, ""),
    "DeleteGroupConstrainedMemberships": Route("delete_group_constrained_memberships", _pb.DeleteGroupConstrainedMembershipsRequest, _pb.DeleteGroupConstrainedMembershipsResponse, _delete_group_constrained_memberships, True, ""),
    "CreatePropertyField": Route("create_property_field", _pb.CreatePropertyFieldRequest, _pb.CreatePropertyFieldResponse, _create_property_field, True, ""),
    "GetPropertyField": Route("get_property_field", _pb.GetPropertyFieldRequest, _pb.GetPropertyFieldResponse, _get_property_field, True, ""),
    "GetPropertyFields": Route("get_property_fields", _pb.GetPropertyFieldsRequest, _pb.GetPropertyFieldsResponse, _get_property_fields, True, ""),
    "UpdatePropertyField": Route("update_property_field", _pb.UpdatePropertyFieldRequest, _pb.UpdatePropertyFieldResponse, _update_property_field, True, ""),
    "DeletePropertyField": Route("delete_property_field", _pb.DeletePropertyFieldRequest, _pb.DeletePropertyFieldResponse, _delete_property_field, True, ""),
    "SearchPropertyFields": Route("search_property_fields", _pb.SearchPropertyFieldsRequest, _pb.SearchPropertyFieldsResponse, _search_property_fields, True, ""),
    "CountPropertyFields": Route("count_property_fields", _pb.CountPropertyFieldsRequest, _pb.CountPropertyFieldsResponse, _count_property_fields, True, ""),
    "CountPropertyFieldsForTarget": Route("count_property_fields_for_target", _pb.CountPropertyFieldsForTargetRequest, _pb.CountPropertyFieldsForTargetResponse, _count_property_fields_for_target, True, ""),
    "CreatePropertyValue": Route("create_property_value", _pb.CreatePropertyValueRequest, _pb.CreatePropertyValueResponse, _create_property_value, True, ""),
    "GetPropertyValue": Route("get_property_value", _pb.GetPropertyValueRequest, _pb.GetPropertyValueResponse, _get_property_value, True, ""),
    "GetPropertyValues": Route("get_property_values", _pb.GetPropertyValuesRequest, _pb.GetPropertyValuesResponse, _get_property_values, True, ""),
    "UpdatePropertyValue": Route("update_property_value", _pb.UpdatePropertyValueRequest, _pb.UpdatePropertyValueResponse, _update_property_value, True, ""),
    "UpsertPropertyValue": Route("upsert_property_value", _pb.UpsertPropertyValueRequest, _pb.UpsertPropertyValueResponse, _upsert_property_value, True, ""),
    "DeletePropertyValue": Route("delete_property_value", _pb.DeletePropertyValueRequest, _pb.DeletePropertyValueResponse, _delete_property_value, True, ""),
    "SearchPropertyValues": Route("search_property_values", _pb.SearchPropertyValuesRequest, _pb.SearchPropertyValuesResponse, _search_property_values, True, ""),
    "RegisterPropertyGroup": Route("register_property_group", _pb.RegisterPropertyGroupRequest, _pb.RegisterPropertyGroupResponse, _register_property_group, True, ""),
    "GetPropertyGroup": Route("get_property_group", _pb.GetPropertyGroupRequest, _pb.GetPropertyGroupResponse, _get_property_group, True, ""),
    "GetPropertyFieldByName": Route("get_property_field_by_name", _pb.GetPropertyFieldByNameRequest, _pb.GetPropertyFieldByNameResponse, _get_property_field_by_name, True, ""),
    "UpdatePropertyFields": Route("update_property_fields", _pb.UpdatePropertyFieldsRequest, _pb.UpdatePropertyFieldsResponse, _update_property_fields, True, ""),
    "UpdatePropertyValues": Route("update_property_values", _pb.UpdatePropertyValuesRequest, _pb.UpdatePropertyValuesResponse, _update_property_values, True, ""),
    "UpsertPropertyValues": Route("upsert_property_values", _pb.UpsertPropertyValuesRequest, _pb.UpsertPropertyValuesResponse, _upsert_property_values, True, ""),
    "DeletePropertyValuesForTarget": Route("delete_property_values_for_target", _pb.DeletePropertyValuesForTargetRequest, _pb.DeletePropertyValuesForTargetResponse, _delete_property_values_for_target, True, ""),
    "DeletePropertyValuesForField": Route("delete_property_values_for_field", _pb.DeletePropertyValuesForFieldRequest, _pb.DeletePropertyValuesForFieldResponse, _delete_property_values_for_field, True, ""),
    "UpsertPropertyValuesWithOptions": Route("upsert_property_values_with_options", _pb.UpsertPropertyValuesWithOptionsRequest, _pb.UpsertPropertyValuesWithOptionsResponse, _upsert_property_values_with_options, True, ""),
    "UpsertPropertyValueWithOptions": Route("upsert_property_value_with_options", _pb.UpsertPropertyValueWithOptionsRequest, _pb.UpsertPropertyValueWithOptionsResponse, _upsert_property_value_with_options, True, ""),
    "DeletePropertyValueWithOptions": Route("delete_property_value_with_options", _pb.DeletePropertyValueWithOptionsRequest, _pb.DeletePropertyValueWithOptionsResponse, _delete_property_value_with_options, True, ""),
    "DeletePropertyValuesForTargetWithOptions": Route("delete_property_values_for_target_with_options", _pb.DeletePropertyValuesForTargetWithOptionsRequest, _pb.DeletePropertyValuesForTargetWithOptionsResponse, _delete_property_values_for_target_with_options, True, ""),
    "DeletePropertyValuesForFieldWithOptions": Route("delete_property_values_for_field_with_options", _pb.DeletePropertyValuesForFieldWithOptionsRequest, _pb.DeletePropertyValuesForFieldWithOptionsResponse, _delete_property_values_for_field_with_options, True, ""),
    "LogAuditRec": Route("log_audit_rec", _pb.LogAuditRecRequest, _pb.LogAuditRecResponse, _log_audit_rec, False, ""),
    "LogAuditRecWithLevel": Route("log_audit_rec_with_level", _pb.LogAuditRecWithLevelRequest, _pb.LogAuditRecWithLevelResponse, _log_audit_rec_with_level, False, ""),
    "EvaluateAccessControl": Route("evaluate_access_control", _pb.EvaluateAccessControlRequest, _pb.EvaluateAccessControlResponse, _evaluate_access_control, True, ""),
    "SaveAccessControlPolicy": Route("save_access_control_policy", _pb.SaveAccessControlPolicyRequest, _pb.SaveAccessControlPolicyResponse, _save_access_control_policy, True, ""),
    "GetAccessControlPolicy": Route("get_access_control_policy", _pb.GetAccessControlPolicyRequest, _pb.GetAccessControlPolicyResponse, _get_access_control_policy, True, ""),
    "DeleteAccessControlPolicy": Route("delete_access_control_policy", _pb.DeleteAccessControlPolicyRequest, _pb.DeleteAccessControlPolicyResponse, _delete_access_control_policy, True, ""),
    "CheckAccessControlExpression": Route("check_access_control_expression", _pb.CheckAccessControlExpressionRequest, _pb.CheckAccessControlExpressionResponse, _check_access_control_expression, True, ""),
    "QueryUsersForAccessControlExpression": Route("query_users_for_access_control_expression", _pb.QueryUsersForAccessControlExpressionRequest, _pb.QueryUsersForAccessControlExpressionResponse, _query_users_for_access_control_expression, True, ""),
    "GetAccessControlFieldsAutocomplete": Route("get_access_control_fields_autocomplete", _pb.GetAccessControlFieldsAutocompleteRequest, _pb.GetAccessControlFieldsAutocompleteResponse, _get_access_control_fields_autocomplete, True, ""),
    "GetAccessControlVisualAST": Route("get_access_control_visual_ast", _pb.GetAccessControlVisualASTRequest, _pb.GetAccessControlVisualASTResponse, _get_access_control_visual_ast, True, ""),
}
"""Every RPC of the PluginAPI service, by its Go name."""
