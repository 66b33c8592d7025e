"""Models of the plugin API: every struct it carries that has no hand-written model.

Generated from the Go structs of github.com/mattermost/mattermost/server/public
(v0.4.4) by ``python -m mattermost_plugin._generate``; do not edit. The
conventions are those of the hand-written models (see ``mattermost_plugin.models``).
"""

# This file is generated from Mattermost's Go structs. Regenerate with: python -m mattermost_plugin._generate

from __future__ import annotations

from typing import Any, Optional

from ._base import UINT64, UINT8, Model, go, model
from .channels import Channel
from .posts import Post
from .shared_channels import RemoteCluster
from .teams import TeamMember
from .users import User


@model
class Level(Model):
    """Level provides a mechanism to enable/disable specific log lines (``logr.Level``)."""

    id: int = go(default=0, int_kind=UINT64)
    name: str = ""
    stacktrace: bool = go(default=False, omitempty=True)
    color: int = go(default=0, omitempty=True, int_kind=UINT8)


@model
class AccessControlPolicy(Model):
    """Mattermost's ``model.AccessControlPolicy``."""

    id: str = ""
    name: str = ""
    type: str = ""
    active: bool = False
    create_at: int = 0
    revision: int = 0
    version: str = ""
    roles: Optional[list[str]] = None
    imports: Optional[list[str]] = None
    rules: Optional[list[AccessControlPolicyRule]] = None
    #: "" (system) or "team"
    scope: str = go(default="", omitempty=True)
    #: team ID when scope="team"
    scope_id: str = go(default="", omitempty=True)
    #: add auto-sync property here, also maybe the attributes being used in the expression
    props: Optional[dict[str, Any]] = None


@model
class AccessControlPolicyRule(Model):
    """Mattermost's ``model.AccessControlPolicyRule``."""

    actions: Optional[list[str]] = None
    expression: str = ""
    #: Name is an admin-facing label for the rule. Required for v0.4 permission rules and must be unique within the same policy.
    name: str = go(default="", omitempty=True)
    #: Role is the channel-scoped role this rule applies to (channel_guest, channel_user, channel_admin) for v0.4 permission rules. Membership rules must leave this empty.
    role: str = go(default="", omitempty=True)


@model
class AccessControlPolicyTestResponse(Model):
    """Mattermost's ``model.AccessControlPolicyTestResponse``."""

    users: Optional[list[User]] = None
    total: int = 0


@model
class AccessDecision(Model):
    """AccessDecision is the PDP's answer to an AccessRequest. It follows the OpenID AuthZEN evaluation response: a boolean Decision plus an optional Context carrying additional detail (``model.AccessDecision``)."""

    decision: bool = False
    context: dict[str, Any] = go(default_factory=dict, omitempty=True)


@model
class AppError(Model):
    """Mattermost's ``model.AppError``."""

    id: str = ""
    #: Message to be display to the end user without debugging information
    message: str = ""
    #: Internal error string to help the developer
    detailed_error: str = ""
    #: The RequestId that's also set in the header
    request_id: str = go(default="", omitempty=True)
    #: The http status code
    status_code: int = go(default=0, omitempty=True)


@model
class AuditEventActor(Model):
    """AuditEventActor is the subject triggering the event (``model.AuditEventActor``)."""

    user_id: str = ""
    session_id: str = ""
    client: str = ""
    ip_address: str = ""
    x_forwarded_for: str = ""


@model
class AuditEventData(Model):
    """AuditEventData contains all event specific data about the modified entity (``model.AuditEventData``)."""

    #: Payload and parameters being processed as part of the request
    parameters: Optional[dict[str, Any]] = None
    #: Prior state of the object being modified, nil if no prior state
    prior_state: Optional[dict[str, Any]] = None
    #: Resulting object after creating or modifying it
    resulting_state: Optional[dict[str, Any]] = None
    #: String representation of the object type. eg. "post"
    object_type: str = ""


@model
class AuditEventError(Model):
    """AuditEventError contains error information in case of failure of the event (``model.AuditEventError``)."""

    description: str = go(default="", omitempty=True)
    status_code: int = go(default=0, omitempty=True)


@model
class AuditRecord(Model):
    """AuditRecord provides a consistent set of fields used for all audit logging (``model.AuditRecord``)."""

    event_name: str = ""
    status: str = ""
    event: AuditEventData = go(default_factory=AuditEventData)
    actor: AuditEventActor = go(default_factory=AuditEventActor)
    meta: Optional[dict[str, Any]] = None
    error: AuditEventError = go(default_factory=AuditEventError)


@model
class AutocompleteArg(Model):
    """AutocompleteArg describes an argument of the command. Arguments can be named or positional. If Name is empty string Argument is positional otherwise it is named argument. Named arguments are passed as --Name Argument_Value (``model.AutocompleteArg``)."""

    #: Name of the argument
    name: str = go(default="", json="Name")
    #: Text displayed to the user to help with the autocomplete
    help_text: str = go(default="", json="HelpText")
    #: Type of the argument
    type: str = go(default="", json="Type")
    #: Required determines if argument is optional or not.
    required: bool = go(default=False, json="Required")
    #: Actual data of the argument (depends on the Type)
    data: Any = go(default=None, json="Data")


@model
class AutocompleteData(Model):
    """AutocompleteData describes slash command autocomplete information (``model.AutocompleteData``)."""

    #: Trigger of the command
    trigger: str = go(default="", json="Trigger")
    #: Hint of a command
    hint: str = go(default="", json="Hint")
    #: Text displayed to the user to help with the autocomplete description
    help_text: str = go(default="", json="HelpText")
    #: Role of the user who should be able to see the autocomplete info of this command
    role_id: str = go(default="", json="RoleID")
    #: Arguments of the command. Arguments can be named or positional. If they are positional order in the list matters, if they are named order does not matter. All arguments should be either named or positional, no mixing allowed.
    arguments: Optional[list[AutocompleteArg]] = go(default=None, json="Arguments")
    #: Subcommands of the command
    sub_commands: Optional[list[AutocompleteData]] = go(default=None, json="SubCommands")


@model
class Bot(Model):
    """Bot is a special type of User meant for programmatic interactions. Note that the primary key of a bot is the UserId, and matches the primary key of the corresponding user (``model.Bot``)."""

    user_id: str = ""
    username: str = ""
    display_name: str = go(default="", omitempty=True)
    description: str = go(default="", omitempty=True)
    owner_id: str = ""
    last_icon_update: int = go(default=0, omitempty=True)
    create_at: int = 0
    update_at: int = 0
    delete_at: int = 0
    #: Written by Go's MarshalJSON, not a struct field.
    system_owned: bool = False


@model
class BotGetOptions(Model):
    """BotGetOptions acts as a filter on bulk bot fetching queries (``model.BotGetOptions``)."""

    owner_id: str = go(default="", json="OwnerId")
    include_deleted: bool = go(default=False, json="IncludeDeleted")
    only_orphaned: bool = go(default=False, json="OnlyOrphaned")
    page: int = go(default=0, json="Page")
    per_page: int = go(default=0, json="PerPage")


@model
class BotPatch(Model):
    """BotPatch is a description of what fields to update on an existing bot (``model.BotPatch``)."""

    username: Optional[str] = None
    display_name: Optional[str] = None
    description: Optional[str] = None


@model
class CELExpressionError(Model):
    """Mattermost's ``model.CELExpressionError``."""

    line: int = 0
    column: int = 0
    message: str = ""


@model
class ChannelMemberIdentifier(Model):
    """Mattermost's ``model.ChannelMemberIdentifier``."""

    channel_id: str = ""
    user_id: str = ""


@model
class ChannelStats(Model):
    """Mattermost's ``model.ChannelStats``."""

    channel_id: str = ""
    member_count: int = 0
    guest_count: int = 0
    pinnedpost_count: int = 0
    files_count: int = 0


@model
class Command(Model):
    """Mattermost's ``model.Command``."""

    id: str = ""
    token: str = ""
    create_at: int = 0
    update_at: int = 0
    delete_at: int = 0
    creator_id: str = ""
    team_id: str = ""
    trigger: str = ""
    method: str = ""
    username: str = ""
    icon_url: str = ""
    auto_complete: bool = False
    auto_complete_desc: str = ""
    auto_complete_hint: str = ""
    display_name: str = ""
    description: str = ""
    url: str = ""
    #: PluginId records the id of the plugin that created this Command. If it is blank, the Command was not created by a plugin.
    plugin_id: str = ""
    autocomplete_data: Optional[AutocompleteData] = go(default=None, omitempty=True)
    #: AutocompleteIconData is a base64 encoded svg
    autocomplete_icon_data: str = go(default="", omitempty=True)


@model
class Condition(Model):
    """Condition represents a single logical condition (e.g., user.attributes.Team == "Engineering") (``model.Condition``)."""

    #: Left-hand side attribute selector (e.g., "user.attributes.Team").
    attribute: str = ""
    #: The comparison operator.
    operator: str = ""
    #: Right-hand side value(s). Can be a single value or a slice for 'in'.
    value: Any = None
    #: Type of the Value (LiteralValue or AttributeValue). Needed for comparisons like user.attr1 == user.attr2.
    value_type: int = 0
    #: Type of the Attribute (e.g., "text", "select", "multiselect").
    attribute_type: str = ""
    #: HasMaskedValues is true when non-held values were omitted from this condition.
    has_masked_values: bool = go(default=False, omitempty=True)


@model
class CreateDefaultMembershipParams(Model):
    """Mattermost's ``model.CreateDefaultMembershipParams``."""

    since: int = go(default=0, json="Since")
    re_add_removed_members: bool = go(default=False, json="ReAddRemovedMembers")
    scoped_user_id: Optional[str] = go(default=None, json="ScopedUserID")
    scoped_team_id: Optional[str] = go(default=None, json="ScopedTeamID")
    scoped_channel_id: Optional[str] = go(default=None, json="ScopedChannelID")


@model
class CustomStatus(Model):
    """Mattermost's ``model.CustomStatus``."""

    emoji: str = ""
    text: str = ""
    duration: str = ""
    expires_at: str = "0001-01-01T00:00:00Z"


@model
class Customer(Model):
    """Mattermost's ``model.Customer``."""

    id: str = ""
    name: str = ""
    email: str = ""
    company: str = ""


@model
class Dialog(Model):
    """Mattermost's ``model.Dialog``."""

    callback_id: str = ""
    title: str = ""
    introduction_text: str = ""
    icon_url: str = ""
    elements: Optional[list[DialogElement]] = None
    submit_label: str = ""
    notify_on_cancel: bool = False
    state: str = ""
    source_url: str = go(default="", omitempty=True)


@model
class DialogActionButton(Model):
    """Mattermost's ``model.DialogActionButton``."""

    url: str = ""
    context: dict[str, str] = go(default_factory=dict, omitempty=True)


@model
class DialogDateTimeConfig(Model):
    """DialogDateTimeConfig groups date/datetime specific configuration (``model.DialogDateTimeConfig``)."""

    #: MinDate: Minimum allowed date (ISO date, datetime, or relative like "+2H", "today")
    min_date: str = go(default="", omitempty=True)
    #: MaxDate: Maximum allowed date (ISO date, datetime, or relative like "+7d", "tomorrow")
    max_date: str = go(default="", omitempty=True)
    #: TimeInterval: Minutes between time options in dropdown (default: 60)
    time_interval: int = go(default=0, omitempty=True)
    #: LocationTimezone: IANA timezone for display (e.g., "America/Denver", "Asia/Tokyo")
    location_timezone: str = go(default="", omitempty=True)
    #: ManualTimeEntry: Allow manual text entry for time instead of dropdown
    manual_time_entry: bool = go(default=False, omitempty=True)


@model
class DialogElement(Model):
    """Mattermost's ``model.DialogElement``."""

    display_name: str = ""
    name: str = ""
    type: str = ""
    subtype: str = ""
    default: str = ""
    placeholder: str = ""
    help_text: str = ""
    optional: bool = False
    min_length: int = 0
    max_length: int = 0
    data_source: str = ""
    data_source_url: str = go(default="", omitempty=True)
    options: Optional[list[PostActionOptions]] = None
    multiselect: bool = False
    allow_multiple: bool = go(default=False, omitempty=True)
    refresh: bool = go(default=False, omitempty=True)
    #: Date/datetime field configuration
    datetime_config: Optional[DialogDateTimeConfig] = go(default=None, omitempty=True)
    #: Action button configuration (type "action_button")
    action_button: Optional[DialogActionButton] = go(default=None, omitempty=True)


@model
class Emoji(Model):
    """Mattermost's ``model.Emoji``."""

    id: str = ""
    create_at: int = 0
    update_at: int = 0
    delete_at: int = 0
    creator_id: str = ""
    name: str = ""


@model
class Features(Model):
    """Mattermost's ``model.Features``."""

    users: Optional[int] = None
    ldap: Optional[bool] = None
    ldap_groups: Optional[bool] = None
    mfa: Optional[bool] = None
    google_oauth: Optional[bool] = None
    office365_oauth: Optional[bool] = None
    openid: Optional[bool] = None
    compliance: Optional[bool] = None
    cluster: Optional[bool] = None
    metrics: Optional[bool] = None
    mhpns: Optional[bool] = None
    saml: Optional[bool] = None
    elastic_search: Optional[bool] = None
    announcement: Optional[bool] = None
    theme_management: Optional[bool] = None
    email_notification_contents: Optional[bool] = None
    data_retention: Optional[bool] = None
    message_export: Optional[bool] = None
    custom_permissions_schemes: Optional[bool] = None
    custom_terms_of_service: Optional[bool] = None
    guest_accounts: Optional[bool] = None
    guest_accounts_permissions: Optional[bool] = None
    id_loaded: Optional[bool] = None
    lock_teammate_name_display: Optional[bool] = None
    enterprise_plugins: Optional[bool] = None
    advanced_logging: Optional[bool] = None
    cloud: Optional[bool] = None
    shared_channels: Optional[bool] = None
    remote_cluster_service: Optional[bool] = None
    outgoing_oauth_connections: Optional[bool] = None
    auto_translation: Optional[bool] = None
    #: after we enabled more features we'll need to control them with this
    future_features: Optional[bool] = None


@model
class GetFileInfosOptions(Model):
    """GetFileInfosOptions contains options for getting FileInfos (``model.GetFileInfosOptions``)."""

    #: UserIds optionally limits the FileInfos to those created by the given users.
    user_ids: Optional[list[str]] = None
    #: ChannelIds optionally limits the FileInfos to those created in the given channels.
    channel_ids: Optional[list[str]] = None
    #: Since optionally limits FileInfos to those created at or after the given time, specified as Unix time in milliseconds.
    since: int = 0
    #: IncludeDeleted if set includes deleted FileInfos.
    include_deleted: bool = False
    #: SortBy sorts the FileInfos by this field. The default is to sort by date created.
    sort_by: str = ""
    #: SortDescending changes the sort direction to descending order when true.
    sort_descending: bool = False
    #: OnlyEmptyContent limits results to files that have no extracted content stored.
    only_empty_content: bool = False


@model
class GetPostsSinceForSyncCursor(Model):
    """Mattermost's ``model.GetPostsSinceForSyncCursor``."""

    last_post_update_at: int = go(default=0, json="LastPostUpdateAt")
    last_post_update_id: str = go(default="", json="LastPostUpdateID")
    last_post_create_at: int = go(default=0, json="LastPostCreateAt")
    last_post_create_id: str = go(default="", json="LastPostCreateID")


@model
class Group(Model):
    """Mattermost's ``model.Group``."""

    id: str = ""
    name: Optional[str] = go(default=None, omitempty=True)
    display_name: str = ""
    description: str = ""
    source: str = ""
    remote_id: Optional[str] = None
    create_at: int = 0
    update_at: int = 0
    delete_at: int = 0
    has_syncables: bool = False
    member_count: Optional[int] = go(default=None, omitempty=True)
    allow_reference: bool = False
    channel_member_count: Optional[int] = go(default=None, omitempty=True)
    channel_member_timezones_count: Optional[int] = go(default=None, omitempty=True)
    member_ids: Optional[list[str]] = None


@model
class GroupMember(Model):
    """Mattermost's ``model.GroupMember``."""

    group_id: str = ""
    user_id: str = ""
    create_at: int = 0
    delete_at: int = 0


@model
class GroupSearchOpts(Model):
    """Mattermost's ``model.GroupSearchOpts``."""

    q: str = go(default="", json="Q")
    not_associated_to_team: str = go(default="", json="NotAssociatedToTeam")
    not_associated_to_channel: str = go(default="", json="NotAssociatedToChannel")
    include_member_count: bool = go(default=False, json="IncludeMemberCount")
    filter_allow_reference: bool = go(default=False, json="FilterAllowReference")
    page_opts: Optional[PageOpts] = go(default=None, json="PageOpts")
    since: int = go(default=0, json="Since")
    source: str = go(default="", json="Source")
    #: FilterParentTeamPermitted filters the groups to the intersect of the set associated to the parent team and those returned by the query. If the parent team is not group-constrained or if NotAssociatedToChannel is not set then this option is ignored.
    filter_parent_team_permitted: bool = go(default=False, json="FilterParentTeamPermitted")
    #: FilterHasMember filters the groups to the intersect of the set returned by the query and those that have the given user as a member.
    filter_has_member: str = go(default="", json="FilterHasMember")
    include_channel_member_count: str = go(default="", json="IncludeChannelMemberCount")
    include_timezones: bool = go(default=False, json="IncludeTimezones")
    include_member_ids: bool = go(default=False, json="IncludeMemberIDs")
    #: Include archived groups
    include_archived: bool = go(default=False, json="IncludeArchived")
    #: Only return archived groups
    filter_archived: bool = go(default=False, json="FilterArchived")
    #: OnlySyncableSources filters the groups to only those that are syncable
    only_syncable_sources: bool = go(default=False, json="OnlySyncableSources")


@model
class GroupSyncable(Model):
    """Mattermost's ``model.GroupSyncable``."""

    group_id: str = ""
    auto_add: bool = False
    scheme_admin: bool = False
    create_at: int = 0
    delete_at: int = 0
    update_at: int = 0
    #: Written by Go's MarshalJSON, not a struct field.
    team_id: str = go(default="", omitempty=True)
    #: Written by Go's MarshalJSON, not a struct field.
    team_display_name: str = go(default="", omitempty=True)
    #: Written by Go's MarshalJSON, not a struct field.
    team_type: str = go(default="", omitempty=True)
    #: Written by Go's MarshalJSON, not a struct field.
    channel_id: str = go(default="", omitempty=True)
    #: Written by Go's MarshalJSON, not a struct field.
    channel_display_name: str = go(default="", omitempty=True)
    #: Written by Go's MarshalJSON, not a struct field.
    channel_type: str = go(default="", omitempty=True)
    #: Written by Go's MarshalJSON, not a struct field.
    type: str = go(default="", omitempty=True)


@model
class License(Model):
    """Mattermost's ``model.License``."""

    id: str = ""
    issued_at: int = 0
    starts_at: int = 0
    expires_at: int = 0
    customer: Optional[Customer] = None
    features: Optional[Features] = None
    sku_name: str = ""
    sku_short_name: str = ""
    is_trial: bool = False
    is_gov_sku: bool = False
    is_non_production: bool = False
    is_seat_count_enforced: bool = False
    #: ExtraUsers provides a grace mechanism that allows a configurable number of users beyond the base license limit before restricting user creation. When nil, defaults to 0. For example: 100 licensed users + 5 ExtraUsers = 105 total allowed users.
    extra_users: Optional[int] = None
    signup_jwt: Optional[str] = None
    limits: Optional[LicenseLimits] = None


@model
class LicenseLimits(Model):
    """Mattermost's ``model.LicenseLimits``."""

    post_history: int = 0
    board_cards: int = 0
    playbook_runs: int = 0
    call_duration: int = 0
    agents_prompts: int = 0
    push_notifications: int = 0


@model
class Manifest(Model):
    """The plugin manifest defines the metadata required to load and present your plugin. The manifest file should be named plugin.json or plugin.yaml and placed in the top of your plugin bundle (``model.Manifest``)."""

    #: The id is a globally unique identifier that represents your plugin. Ids must be at least 3 characters, at most 190 characters and must match ^[a-zA-Z0-9-_\.]+$. Reverse-DNS notation using a name you control is a good option, e.g. "com.mycompany.myplugin".
    id: str = ""
    #: The name to be displayed for the plugin.
    name: str = ""
    #: A description of what your plugin is and does.
    description: str = go(default="", omitempty=True)
    #: HomepageURL is an optional link to learn more about the plugin.
    homepage_url: str = go(default="", omitempty=True)
    #: SupportURL is an optional URL where plugin issues can be reported.
    support_url: str = go(default="", omitempty=True)
    #: ReleaseNotesURL is an optional URL where a changelog for the release can be found.
    release_notes_url: str = go(default="", omitempty=True)
    #: A relative file path in the bundle that points to the plugins svg icon for use with the Plugin Marketplace. This should be relative to the root of your bundle and the location of the manifest file. Bitmap image formats are not supported.
    icon_path: str = go(default="", omitempty=True)
    #: A version number for your plugin. Semantic versioning is recommended: http://semver.org
    version: str = ""
    #: The minimum Mattermost server version required for your plugin.
    min_server_version: str = go(default="", omitempty=True)
    #: Server defines the server-side portion of your plugin.
    server: Optional[ManifestServer] = go(default=None, omitempty=True)
    #: If your plugin extends the web app, you'll need to define webapp.
    webapp: Optional[ManifestWebapp] = go(default=None, omitempty=True)
    #: To allow administrators to configure your plugin via the Mattermost system console, you can provide your settings schema.
    settings_schema: Optional[PluginSettingsSchema] = go(default=None, omitempty=True)
    #: Plugins can store any kind of data in Props to allow other plugins to use it.
    props: dict[str, Any] = go(default_factory=dict, omitempty=True)


@model
class ManifestServer(Model):
    """Mattermost's ``model.ManifestServer``."""

    #: Executables are the paths to your executable binaries, specifying multiple entry points for different platforms when bundled together in a single plugin.
    executables: dict[str, str] = go(default_factory=dict, omitempty=True)
    #: Executable is the path to your executable binary. This should be relative to the root of your bundle and the location of the manifest file.
    executable: str = ""


@model
class ManifestWebapp(Model):
    """Mattermost's ``model.ManifestWebapp``."""

    #: The path to your webapp bundle. This should be relative to the root of your bundle and the location of the manifest file.
    bundle_path: str = ""


@model
class OAuthApp(Model):
    """Mattermost's ``model.OAuthApp``."""

    id: str = ""
    creator_id: str = ""
    create_at: int = 0
    update_at: int = 0
    client_secret: str = ""
    name: str = ""
    description: str = ""
    icon_url: str = ""
    callback_urls: Optional[list[str]] = None
    homepage: str = ""
    is_trusted: bool = False
    mattermost_app_id: str = ""
    is_dynamically_registered: bool = go(default=False, omitempty=True)


@model
class OpenDialogRequest(Model):
    """Mattermost's ``model.OpenDialogRequest``."""

    trigger_id: str = ""
    url: str = ""
    dialog: Dialog = go(default_factory=Dialog)


@model
class OrderedSidebarCategories(Model):
    """OrderedSidebarCategories combines categories, their channel IDs and an array of Category IDs, sorted (``model.OrderedSidebarCategories``)."""

    categories: Optional[list[SidebarCategoryWithChannels]] = None
    order: Optional[list[str]] = None


@model
class PageOpts(Model):
    """Mattermost's ``model.PageOpts``."""

    page: int = go(default=0, json="Page")
    per_page: int = go(default=0, json="PerPage")


@model
class Permission(Model):
    """Mattermost's ``model.Permission``."""

    id: str = ""
    name: str = ""
    description: str = ""
    scope: str = ""


@model
class PluginClusterEventSendOptions(Model):
    """PluginClusterEventSendOptions defines some properties that apply when sending plugin events across a cluster (``model.PluginClusterEventSendOptions``)."""

    #: SendType defines the type of communication channel used to send the event.
    send_type: str = go(default="", json="SendType")
    #: TargetId identifies the cluster node to which the event should be sent. It should match the cluster id of the receiving instance. If empty, the event gets broadcasted to all other nodes.
    target_id: str = go(default="", json="TargetId")


@model
class PluginKVSetOptions(Model):
    """PluginKVSetOptions contains information on how to store a value in the plugin KV store (``model.PluginKVSetOptions``)."""

    #: Only store the value if the current value matches the oldValue
    atomic: bool = go(default=False, json="Atomic")
    #: The value to compare with the current value. Only used when Atomic is true
    old_value: bytes = go(default=b"", json="OldValue")
    #: Set an expire counter
    expire_in_seconds: int = go(default=0, json="ExpireInSeconds")


@model
class PluginOption(Model):
    """Mattermost's ``model.PluginOption``."""

    #: The display name for the option.
    display_name: str = ""
    #: The string value for the option.
    value: str = ""


@model
class PluginSetting(Model):
    """Mattermost's ``model.PluginSetting``."""

    #: The key that the setting will be assigned to in the configuration file.
    key: str = ""
    #: The display name for the setting.
    display_name: str = ""
    #: The type of the setting.
    type: str = ""
    #: The help text to display to the user. Supports Markdown formatting.
    help_text: str = ""
    #: The help text to display alongside the "Regenerate" button for settings of the "generated" type.
    regenerate_help_text: str = go(default="", omitempty=True)
    #: The placeholder to display for "generated", "text", "longtext", "number" and "username" types when blank.
    placeholder: str = ""
    #: The default value of the setting.
    default: Any = None
    #: For "radio" or "dropdown" settings, this is the list of pre-defined options that the user can choose from.
    options: list[PluginOption] = go(default_factory=list, omitempty=True)
    #: The intended hosting environment for this plugin setting. Can be "cloud" or "on-prem". When this field is set, and the opposite environment is running the plugin, the setting will be hidden in the admin console UI. Note that this functionality is entirely client-side, so the plugin needs to handle the case of invalid submissions.
    hosting: str = ""
    #: If true, the setting is sanitized before showing it in the System Console or returning it via the API. This is useful for settings that contain sensitive information.
    secret: bool = False


@model
class PluginSettingsSchema(Model):
    """Mattermost's ``model.PluginSettingsSchema``."""

    #: Optional text to display above the settings. Supports Markdown formatting.
    header: str = ""
    #: Optional text to display below the settings. Supports Markdown formatting.
    footer: str = ""
    #: A list of setting definitions.
    settings: Optional[list[PluginSetting]] = None
    #: A list of settings section definitions.
    sections: Optional[list[PluginSettingsSection]] = None


@model
class PluginSettingsSection(Model):
    """Mattermost's ``model.PluginSettingsSection``."""

    #: A unique identifier for this section.
    key: str = ""
    #: Optional text to display as section title.
    title: str = ""
    #: Optional text to display as section subtitle.
    subtitle: str = ""
    #: A list of setting definitions to display inside the section.
    settings: Optional[list[PluginSetting]] = None
    #: Optional text to display above the settings. Supports Markdown formatting.
    header: str = ""
    #: Optional text to display below the settings. Supports Markdown formatting.
    footer: str = ""
    #: If true, the section will load the custom component registered using `registry.registerAdminConsoleCustomSection`
    custom: bool = False
    #: If true and Custom = true, the settings defined under this section will still render as fallback (unless the individual setting is type 'custom') when the plugin is disabled.
    fallback: bool = False


@model
class PluginStatus(Model):
    """PluginStatus provides a cluster-aware view of installed plugins (``model.PluginStatus``)."""

    plugin_id: str = ""
    cluster_id: str = ""
    plugin_path: str = ""
    state: int = 0
    error: str = ""
    name: str = ""
    description: str = ""
    version: str = ""


@model
class PostActionOptions(Model):
    """Mattermost's ``model.PostActionOptions``."""

    text: str = ""
    value: str = ""


@model
class PostList(Model):
    """Mattermost's ``model.PostList``."""

    order: Optional[list[str]] = None
    posts: Optional[dict[str, Post]] = None
    next_post_id: str = ""
    prev_post_id: str = ""
    #: HasNext indicates whether there are more items to be fetched or not.
    has_next: Optional[bool] = go(default=None, omitempty=True)
    #: If there are inaccessible posts, FirstInaccessiblePostTime is the time of the latest inaccessible post
    first_inaccessible_post_time: int = 0


@model
class PostSearchResults(Model):
    """Mattermost's ``model.PostSearchResults``."""

    order: Optional[list[str]] = None
    posts: Optional[dict[str, Post]] = None
    next_post_id: str = ""
    prev_post_id: str = ""
    #: HasNext indicates whether there are more items to be fetched or not.
    has_next: Optional[bool] = go(default=None, omitempty=True)
    #: If there are inaccessible posts, FirstInaccessiblePostTime is the time of the latest inaccessible post
    first_inaccessible_post_time: int = 0
    matches: Optional[dict[str, list[Any]]] = None


@model
class PropertyField(Model):
    """Mattermost's ``model.PropertyField``."""

    id: str = ""
    group_id: str = ""
    name: str = ""
    type: str = ""
    attrs: Optional[dict[str, Any]] = None
    target_id: str = ""
    target_type: str = ""
    object_type: str = ""
    protected: bool = False
    permission_field: Optional[str] = go(default=None, omitempty=True)
    permission_values: Optional[str] = go(default=None, omitempty=True)
    permission_options: Optional[str] = go(default=None, omitempty=True)
    linked_field_id: Optional[str] = go(default=None, omitempty=True)
    create_at: int = 0
    update_at: int = 0
    delete_at: int = 0
    created_by: str = ""
    updated_by: str = ""


@model
class PropertyFieldSearchCursor(Model):
    """PropertyFieldSearchCursor carries two alternative pagination keys because field listings serve two different read patterns: (``model.PropertyFieldSearchCursor``)."""

    property_field_id: str = go(default="", json="PropertyFieldID")
    create_at: int = go(default=0, json="CreateAt")
    update_at: int = go(default=0, json="UpdateAt")


@model
class PropertyFieldSearchOpts(Model):
    """PropertyFieldSearchOpts captures the filters accepted by SearchPropertyFields (``model.PropertyFieldSearchOpts``)."""

    group_id: str = go(default="", json="GroupID")
    #: Deprecated: use ObjectTypes instead. Kept for backwards compatibility with existing callers; mutually exclusive with ObjectTypes.
    object_type: str = go(default="", json="ObjectType")
    object_types: Optional[list[str]] = go(default=None, json="ObjectTypes")
    target_type: str = go(default="", json="TargetType")
    target_ids: Optional[list[str]] = go(default=None, json="TargetIDs")
    channel_id: str = go(default="", json="ChannelID")
    team_id: str = go(default="", json="TeamID")
    linked_field_id: str = go(default="", json="LinkedFieldID")
    since_update_at: int = go(default=0, json="SinceUpdateAt")
    include_deleted: bool = go(default=False, json="IncludeDeleted")
    cursor: PropertyFieldSearchCursor = go(default_factory=PropertyFieldSearchCursor, json="Cursor")
    per_page: int = go(default=0, json="PerPage")


@model
class PropertyGroup(Model):
    """Mattermost's ``model.PropertyGroup``."""

    id: str = ""
    name: str = ""
    version: int = 0
    schema_version: int = 0


@model
class PropertyRequestOptions(Model):
    """PropertyRequestOptions carries caller-side declarations for property plugin API calls. Values are applied to the request context alongside the caller ID (e.g. matching ActingAsScope against a field's owners). Value data belongs on PropertyValue; field configuration belongs on PropertyField (``model.PropertyRequestOptions``)."""

    #: ActingAsScope is the owner-defined scope label the caller is acting as (e.g. "entra"). Empty means the caller is not acting as any scope.
    acting_as_scope: str = go(default="", json="ActingAsScope")


@model
class PropertyValue(Model):
    """Mattermost's ``model.PropertyValue``."""

    id: str = ""
    target_id: str = ""
    target_type: str = ""
    group_id: str = ""
    field_id: str = ""
    value: Any = None
    create_at: int = 0
    update_at: int = 0
    delete_at: int = 0
    created_by: str = ""
    updated_by: str = ""


@model
class PropertyValueSearchCursor(Model):
    """PropertyValueSearchCursor carries two alternative pagination keys because value listings serve two different read patterns: (``model.PropertyValueSearchCursor``)."""

    property_value_id: str = go(default="", json="PropertyValueID")
    create_at: int = go(default=0, json="CreateAt")
    update_at: int = go(default=0, json="UpdateAt")


@model
class PropertyValueSearchOpts(Model):
    """PropertyValueSearchOpts captures the filters accepted by SearchPropertyValues (``model.PropertyValueSearchOpts``)."""

    group_id: str = go(default="", json="GroupID")
    target_type: str = go(default="", json="TargetType")
    target_ids: Optional[list[str]] = go(default=None, json="TargetIDs")
    field_id: str = go(default="", json="FieldID")
    since_update_at: int = go(default=0, json="SinceUpdateAt")
    include_deleted: bool = go(default=False, json="IncludeDeleted")
    cursor: PropertyValueSearchCursor = go(default_factory=PropertyValueSearchCursor, json="Cursor")
    per_page: int = go(default=0, json="PerPage")
    value: Any = go(default=None, json="Value")


@model
class RegisterPluginOpts(Model):
    """RegisterPluginOpts is passed by plugins to the `RegisterPluginForSharedChannels` plugin API to provide options for registering as a shared channels remote (``model.RegisterPluginOpts``)."""

    #: a displayname used in status reports
    displayname: str = go(default="", json="Displayname")
    #: id of this plugin registering
    plugin_id: str = go(default="", json="PluginID")
    #: id of the user/bot registering
    creator_id: str = go(default="", json="CreatorID")
    #: when true, all DMs are automatically shared to this remote
    auto_share_d_ms: bool = go(default=False, json="AutoShareDMs")
    #: when true, the plugin is automatically invited and sync'd with all shared channels.
    auto_invited: bool = go(default=False, json="AutoInvited")
    #: SiteURL identifies the remote endpoint for this secure connection. Stored directly as RemoteCluster.SiteURL. Must be unique across all remote clusters (enforced by the DB unique index on (SiteURL, RemoteTeamId)). When empty, defaults to "plugin_<PluginID>" for backward compatibility with single-remote plugins. When non-empty, the SiteURL must not already be in use by a different plugin or a server-to-server remote. Calling RegisterPluginForSharedChannels again with the same SiteURL returns the existing remoteID and preserves sync cursors (idempotent re-registration). A plugin registers multiple remotes by calling this method multiple times with different SiteURLs. Examples: "nats://nats:4222", "https://matrix.org"
    site_url: str = go(default="", json="SiteURL")


@model
class SearchParameter(Model):
    """Mattermost's ``model.SearchParameter``."""

    terms: Optional[str] = None
    is_or_search: Optional[bool] = None
    time_zone_offset: Optional[int] = None
    page: Optional[int] = None
    per_page: Optional[int] = None
    include_deleted_channels: Optional[bool] = None


@model
class SearchParams(Model):
    """Mattermost's ``model.SearchParams``."""

    terms: str = go(default="", omitempty=True)
    excluded_terms: str = go(default="", omitempty=True)
    ishashtag: bool = go(default=False, omitempty=True)
    in_channels: list[str] = go(default_factory=list, omitempty=True)
    excluded_channels: list[str] = go(default_factory=list, omitempty=True)
    from_users: list[str] = go(default_factory=list, omitempty=True)
    excluded_users: list[str] = go(default_factory=list, omitempty=True)
    after_date: str = go(default="", omitempty=True)
    excluded_after_date: str = go(default="", omitempty=True)
    before_date: str = go(default="", omitempty=True)
    excluded_before_date: str = go(default="", omitempty=True)
    extensions: list[str] = go(default_factory=list, omitempty=True)
    excluded_extensions: list[str] = go(default_factory=list, omitempty=True)
    on_date: str = go(default="", omitempty=True)
    excluded_date: str = go(default="", omitempty=True)
    or_terms: bool = go(default=False, omitempty=True)
    include_deleted_channels: bool = go(default=False, omitempty=True)
    timezone_offset: int = go(default=0, omitempty=True)
    #: True if this search doesn't originate from a "current user".
    search_without_user_id: bool = go(default=False, omitempty=True)
    modifier: str = ""


@model
class SendToastMessageOptions(Model):
    """SendToastMessageOptions contains options for sending a toast message to a user (``model.SendToastMessageOptions``)."""

    #: Position is the position where the toast should appear. Valid values: "top-left", "top-center", "top-right", "bottom-left", "bottom-center", "bottom-right" If empty or invalid, defaults to "bottom-right" on the frontend.
    position: str = go(default="", omitempty=True)


@model
class Session(Model):
    """Session contains the user session details. This struct's serializer methods are auto-generated. If a new field is added/removed, please run make gen-serialized (``model.Session``)."""

    id: str = ""
    token: str = ""
    create_at: int = 0
    expires_at: int = 0
    last_activity_at: int = 0
    user_id: str = ""
    device_id: str = ""
    voip_device_id: str = ""
    roles: str = ""
    is_oauth: bool = False
    expired_notify: bool = False
    props: Optional[dict[str, str]] = None
    team_members: Optional[list[TeamMember]] = None
    local: bool = False


@model
class SharedChannel(Model):
    """SharedChannel represents a channel that can be synchronized with a remote cluster. If "home" is true, then the shared channel is homed locally and "SharedChannelRemote" table contains the remote clusters that have been invited. If "home" is false, then the shared channel is homed remotely, and "RemoteId" field points to the remote cluster connection in "RemoteClusters" table (``model.SharedChannel``)."""

    id: str = ""
    team_id: str = ""
    home: bool = False
    readonly: bool = False
    name: str = ""
    display_name: str = ""
    purpose: str = ""
    header: str = ""
    creator_id: str = ""
    create_at: int = 0
    update_at: int = 0
    #: if not "home"
    remote_id: str = go(default="", omitempty=True)
    type: str = go(default="", json="Type")


@model
class SidebarCategoryWithChannels(Model):
    """SidebarCategoryWithChannels combines data from SidebarCategory table with the Channel IDs that belong to that category (``model.SidebarCategoryWithChannels``)."""

    id: str = ""
    user_id: str = ""
    team_id: str = ""
    sort_order: int = 0
    sorting: str = ""
    type: str = ""
    display_name: str = ""
    muted: bool = False
    collapsed: bool = False
    channel_ids: Optional[list[str]] = None


@model
class Team(Model):
    """Mattermost's ``model.Team``."""

    id: str = ""
    create_at: int = 0
    update_at: int = 0
    delete_at: int = 0
    display_name: str = ""
    name: str = ""
    description: str = ""
    email: str = ""
    type: str = ""
    company_name: str = ""
    allowed_domains: str = ""
    invite_id: str = ""
    allow_open_invite: bool = False
    last_team_icon_update: int = go(default=0, omitempty=True)
    scheme_id: Optional[str] = None
    group_constrained: Optional[bool] = None
    #: Data Retention policy — unrelated to ABAC below
    policy_id: Optional[str] = None
    cloud_limits_archived: bool = False
    #: Not persisted; derived by the store via EXISTS on AccessControlPolicies(Type='team'). Use HasMembershipPolicyAction for enforcement — this is a read-path signal only.
    policy_enforced: bool = False
    #: hydrated lazily; nil when not hydrated
    policy_actions: dict[str, bool] = go(default_factory=dict, omitempty=True)
    policy_is_active: bool = False
    #: Not persisted; a transient per-viewer hint set on public, policy-enforced teams the requesting user qualifies to join and is not already a member of. Never set on private teams. Carries no policy detail.
    recommended: bool = go(default=False, omitempty=True)


@model
class TeamMemberWithError(Model):
    """Mattermost's ``model.TeamMemberWithError``."""

    user_id: str = ""
    member: Optional[TeamMember] = None
    error: Optional[AppError] = None


@model
class TeamStats(Model):
    """Mattermost's ``model.TeamStats``."""

    team_id: str = ""
    total_member_count: int = 0
    active_member_count: int = 0


@model
class TeamUnread(Model):
    """Mattermost's ``model.TeamUnread``."""

    team_id: str = ""
    msg_count: int = 0
    mention_count: int = 0
    mention_count_root: int = 0
    msg_count_root: int = 0
    thread_count: int = 0
    thread_mention_count: int = 0
    thread_urgent_mention_count: int = 0


@model
class UploadSession(Model):
    """UploadSession contains information used to keep track of a file upload (``model.UploadSession``)."""

    #: The unique identifier for the session.
    id: str = ""
    #: The type of the upload.
    type: str = ""
    #: The timestamp of creation.
    create_at: int = 0
    #: The id of the user performing the upload.
    user_id: str = ""
    #: The id of the channel to upload to.
    channel_id: str = go(default="", omitempty=True)
    #: The name of the file to upload.
    filename: str = ""
    #: The size of the file to upload.
    file_size: int = 0
    #: The amount of received data in bytes. If equal to FileSize it means the upload has finished.
    file_offset: int = 0
    #: Id of remote cluster if uploading for shared channel
    remote_id: str = ""
    #: Requested file id if uploading for shared channel
    req_file_id: str = ""


@model
class UserAccessToken(Model):
    """Mattermost's ``model.UserAccessToken``."""

    id: str = ""
    token: str = go(default="", omitempty=True)
    user_id: str = ""
    description: str = ""
    is_active: bool = False
    #: ExpiresAt is the Unix timestamp in milliseconds at which the token expires. A value of 0 means the token does not expire. Tokens whose ExpiresAt is non-zero and in the past are considered expired and MUST be rejected at validation time.
    expires_at: int = 0


@model
class UserAuth(Model):
    """Mattermost's ``model.UserAuth``."""

    auth_data: Optional[str] = go(default=None, omitempty=True)
    auth_service: str = go(default="", omitempty=True)


@model
class UserGetOptions(Model):
    """Mattermost's ``model.UserGetOptions``."""

    #: Filters the users in the team
    in_team_id: str = go(default="", json="InTeamId")
    #: Filters the users not in the team
    not_in_team_id: str = go(default="", json="NotInTeamId")
    #: Filters the users in the channel
    in_channel_id: str = go(default="", json="InChannelId")
    #: Filters the users not in the channel
    not_in_channel_id: str = go(default="", json="NotInChannelId")
    #: Filters the users in the group
    in_group_id: str = go(default="", json="InGroupId")
    #: Filters the users not in the group
    not_in_group_id: str = go(default="", json="NotInGroupId")
    #: Filters the users group constrained
    group_constrained: bool = go(default=False, json="GroupConstrained")
    #: Filters the users without a team
    without_team: bool = go(default=False, json="WithoutTeam")
    #: Filters the inactive users
    inactive: bool = go(default=False, json="Inactive")
    #: Filters the active users
    active: bool = go(default=False, json="Active")
    #: Filters for the given role
    role: str = go(default="", json="Role")
    #: Filters for users matching any of the given system wide roles
    roles: Optional[list[str]] = go(default=None, json="Roles")
    #: Filters for users matching any of the given channel roles, must be used with InChannelId
    channel_roles: Optional[list[str]] = go(default=None, json="ChannelRoles")
    #: Filters for users matching any of the given team roles, must be used with InTeamId
    team_roles: Optional[list[str]] = go(default=None, json="TeamRoles")
    #: Sorting option
    sort: str = go(default="", json="Sort")
    #: Restrict to search in a list of teams and channels
    view_restrictions: Optional[ViewUsersRestrictions] = go(default=None, json="ViewRestrictions")
    #: Page
    page: int = go(default=0, json="Page")
    #: Page size
    per_page: int = go(default=0, json="PerPage")
    #: Filters the users that have been updated after the given time
    updated_after: int = go(default=0, json="UpdatedAfter")


@model
class UserSearch(Model):
    """UserSearch captures the parameters provided by a client for initiating a user search (``model.UserSearch``)."""

    term: str = ""
    team_id: str = ""
    not_in_team_id: str = ""
    in_channel_id: str = ""
    not_in_channel_id: str = ""
    in_group_id: str = ""
    group_constrained: bool = False
    allow_inactive: bool = False
    without_team: bool = False
    limit: int = 0
    role: str = ""
    roles: Optional[list[str]] = None
    channel_roles: Optional[list[str]] = None
    team_roles: Optional[list[str]] = None
    not_in_group_id: str = ""


@model
class ViewUsersRestrictions(Model):
    """Mattermost's ``model.ViewUsersRestrictions``."""

    teams: Optional[list[str]] = go(default=None, json="Teams")
    channels: Optional[list[str]] = go(default=None, json="Channels")


@model
class VisualExpression(Model):
    """VisualExpression represents a series of conditions combined with logical AND (``model.VisualExpression``)."""

    #: Conditions is a list of individual conditions that will be ANDed together.
    conditions: Optional[list[Condition]] = None


@model
class WebsocketBroadcast(Model):
    """Mattermost's ``model.WebsocketBroadcast``."""

    #: broadcast is omitted for users listed here
    omit_users: Optional[dict[str, bool]] = None
    #: broadcast only occurs for this user
    user_id: str = ""
    #: broadcast only occurs for users in this channel
    channel_id: str = ""
    #: broadcast only occurs for users in this team
    team_id: str = ""
    #: broadcast only occurs for this connection
    connection_id: str = ""
    #: broadcast is omitted for this connection
    omit_connection_id: str = ""
    #: broadcast only occurs for non-sysadmins
    contains_sanitized_data: bool = go(default=False, omitempty=True)
    #: broadcast only occurs for sysadmins
    contains_sensitive_data: bool = go(default=False, omitempty=True)
    #: broadcast only occurs for sessions with all permissions
    required_permissions: list[str] = go(default_factory=list, omitempty=True)
    #: BroadcastHooks is a slice of hooks IDs used to process events before sending them on individual connections. The IDs should be understood by the WebSocket code.
    broadcast_hooks: list[str] = go(default_factory=list, omitempty=True)
    #: BroadcastHookArgs is a slice of named arguments for each hook invocation. The index of each entry corresponds to the index of a hook ID in BroadcastHooks
    broadcast_hook_args: list[dict[str, Any]] = go(default_factory=list, omitempty=True)

__all__ = [
    "AccessControlPolicy",
    "AccessControlPolicyRule",
    "AccessControlPolicyTestResponse",
    "AccessDecision",
    "AppError",
    "AuditEventActor",
    "AuditEventData",
    "AuditEventError",
    "AuditRecord",
    "AutocompleteArg",
    "AutocompleteData",
    "Bot",
    "BotGetOptions",
    "BotPatch",
    "CELExpressionError",
    "ChannelMemberIdentifier",
    "ChannelStats",
    "Command",
    "Condition",
    "CreateDefaultMembershipParams",
    "CustomStatus",
    "Customer",
    "Dialog",
    "DialogActionButton",
    "DialogDateTimeConfig",
    "DialogElement",
    "Emoji",
    "Features",
    "GetFileInfosOptions",
    "GetPostsSinceForSyncCursor",
    "Group",
    "GroupMember",
    "GroupSearchOpts",
    "GroupSyncable",
    "Level",
    "License",
    "LicenseLimits",
    "Manifest",
    "ManifestServer",
    "ManifestWebapp",
    "OAuthApp",
    "OpenDialogRequest",
    "OrderedSidebarCategories",
    "PageOpts",
    "Permission",
    "PluginClusterEventSendOptions",
    "PluginKVSetOptions",
    "PluginOption",
    "PluginSetting",
    "PluginSettingsSchema",
    "PluginSettingsSection",
    "PluginStatus",
    "PostActionOptions",
    "PostList",
    "PostSearchResults",
    "PropertyField",
    "PropertyFieldSearchCursor",
    "PropertyFieldSearchOpts",
    "PropertyGroup",
    "PropertyRequestOptions",
    "PropertyValue",
    "PropertyValueSearchCursor",
    "PropertyValueSearchOpts",
    "RegisterPluginOpts",
    "SearchParameter",
    "SearchParams",
    "SendToastMessageOptions",
    "Session",
    "SharedChannel",
    "SidebarCategoryWithChannels",
    "Team",
    "TeamMemberWithError",
    "TeamStats",
    "TeamUnread",
    "UploadSession",
    "UserAccessToken",
    "UserAuth",
    "UserGetOptions",
    "UserSearch",
    "ViewUsersRestrictions",
    "VisualExpression",
    "WebsocketBroadcast",
]
