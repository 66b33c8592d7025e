"""Mattermost's data types as Python dataclasses, and the fast JSON codec for them.

Attribute names are Mattermost's JSON keys (``post.user_id``, ``post.create_at``);
every field has a default; unknown JSON keys are kept in ``extra`` and written back.
Each model has dataclasses-json's ``to_dict/from_dict/to_json/from_json``; the hook
machinery uses the compiled :func:`decode` / :func:`encode` (same results, much faster).
"""

from ._base import Model
from ._codec import DecodeError, decode, decode_list, encode, from_dict, to_dict
from .channels import (
    CHANNEL_DIRECT,
    CHANNEL_GROUP,
    CHANNEL_OPEN,
    CHANNEL_PRIVATE,
    Channel,
    ChannelBannerInfo,
    ChannelMember,
)
from .commands import (
    COMMAND_RESPONSE_EPHEMERAL,
    COMMAND_RESPONSE_IN_CHANNEL,
    CommandArgs,
    CommandResponse,
)
from .config import Config, ConfigSection
from .files import FileData, FileInfo
from .notifications import EmailNotification, EmailNotificationContent, PushNotification
from .posts import (
    POST_TYPE_DEFAULT,
    POST_TYPE_EPHEMERAL,
    Draft,
    Post,
    PostAcknowledgement,
    PostMetadata,
    Reaction,
    ScheduledPost,
)
from .saml import AssertionInfo, ProxyRestriction, WarningInfo
from .shared_channels import MembershipChangeMsg, RemoteCluster, SyncMsg, SyncResponse
from .system import (
    FilesLimits,
    MessagesLimits,
    OnInstallEvent,
    PluginClusterEvent,
    ProductLimits,
    TeamsLimits,
    WebSocketRequest,
)
from .teams import TeamMember
from .users import Preference, Status, User

__all__ = [
    # codec
    "DecodeError",
    "decode",
    "decode_list",
    "encode",
    "from_dict",
    "to_dict",
    # base
    "Model",
    # posts
    "Post",
    "PostMetadata",
    "Reaction",
    "PostAcknowledgement",
    "Draft",
    "ScheduledPost",
    "POST_TYPE_DEFAULT",
    "POST_TYPE_EPHEMERAL",
    # users
    "User",
    "Status",
    "Preference",
    # channels
    "Channel",
    "ChannelBannerInfo",
    "ChannelMember",
    "CHANNEL_OPEN",
    "CHANNEL_PRIVATE",
    "CHANNEL_DIRECT",
    "CHANNEL_GROUP",
    # teams
    "TeamMember",
    # commands
    "CommandArgs",
    "CommandResponse",
    "COMMAND_RESPONSE_IN_CHANNEL",
    "COMMAND_RESPONSE_EPHEMERAL",
    # files
    "FileInfo",
    "FileData",
    # notifications
    "PushNotification",
    "EmailNotification",
    "EmailNotificationContent",
    # system
    "WebSocketRequest",
    "PluginClusterEvent",
    "OnInstallEvent",
    "ProductLimits",
    "FilesLimits",
    "MessagesLimits",
    "TeamsLimits",
    # shared channels
    "SyncMsg",
    "MembershipChangeMsg",
    "SyncResponse",
    "RemoteCluster",
    # saml
    "AssertionInfo",
    "WarningInfo",
    "ProxyRestriction",
    # config
    "Config",
    "ConfigSection",
]

#: Every model dataclass (Config is not one: it is a mapping view).
MODELS = (
    Post,
    PostMetadata,
    Reaction,
    PostAcknowledgement,
    Draft,
    ScheduledPost,
    User,
    Status,
    Preference,
    Channel,
    ChannelBannerInfo,
    ChannelMember,
    TeamMember,
    CommandArgs,
    CommandResponse,
    FileInfo,
    FileData,
    PushNotification,
    EmailNotification,
    EmailNotificationContent,
    WebSocketRequest,
    PluginClusterEvent,
    OnInstallEvent,
    ProductLimits,
    FilesLimits,
    MessagesLimits,
    TeamsLimits,
    SyncMsg,
    MembershipChangeMsg,
    SyncResponse,
    RemoteCluster,
    AssertionInfo,
    WarningInfo,
    ProxyRestriction,
)
__all__.append("MODELS")
