"""Mattermost's data types as Python dataclasses, and the JSON codec for them.

Each model mirrors a Go struct of github.com/mattermost/mattermost/server/public (v0.4.4)
or github.com/mattermost/gosaml2, field for field, and reads and writes the JSON that
Go's ``encoding/json`` writes for that struct.

Conventions:

* Attribute names are Mattermost's JSON keys (``post.user_id``, ``post.create_at``).
  Go structs without json tags (PluginClusterEvent, OnInstallEvent, FileData, the SAML
  types) are written under their Go field names (``Id``, ``UserId``, ``NameID``); their
  attributes are still snake_case (``event.id``, ``info.name_id``).
* Every field has a default, Go's zero value: ``""``, ``0``, ``False``; a Go pointer is
  ``Optional[...] = None``.  A Go map or slice *without* ``omitempty`` is
  ``Optional[...] = None`` (Go writes ``null`` for a nil one, and decode-then-encode
  keeps it); one *with* ``omitempty`` is a plain ``dict``/``list`` defaulting to empty
  (Go leaves out a nil or empty one).  ``omitempty`` fields holding the zero value are
  left out when encoding, as Go does.
* ``[]byte`` is ``bytes`` (base64 in JSON; Go's ``null`` for a nil slice decodes to
  ``b""`` and is written back as ``""``), ``*[]byte`` is ``Optional[bytes]``, and
  ``time.Time`` stays an RFC 3339 string.
* Unknown JSON keys (fields of a newer server) are kept in each object's ``extra`` dict,
  at every nesting level, and written back after the known keys.
* Deep, free-form structures are kept verbatim as plain JSON values: ``props`` maps,
  parts of PostMetadata, Slack attachments, WebSocketRequest.data, SAML attribute
  values and assertions (each module's docstring says which).  Whatever their nesting
  (Go reads up to 10,000 levels), they decode and encode back: containers nested more
  than 1,024 levels below the document's root arrive as :class:`RawJSON`, the JSON
  text kept verbatim.
* ``Config`` is not a dataclass but a view over the configuration's JSON mapping; it
  takes part in the codec through its extension point (``from_json_value`` /
  ``to_json_value``, see :mod:`._codec`).

The models above are written by hand. :mod:`.generated` adds one model, generated
from the Go struct with the same conventions, for every other struct the plugin API
(``mattermost_plugin.api``) carries: ``Team``, ``Command``, ``Bot``, ``Emoji``,
``Group``, ``PluginKVSetOptions``... (``GENERATED_MODELS`` lists them). They are
importable from here and imported on first use.

:func:`decode` / :func:`encode` / :func:`from_dict` / :func:`to_dict` are the codec
the hook machinery uses.  Each model also has ``from_json/to_json/from_dict/to_dict``
methods (dataclasses-json's names and signatures) that give the same results.
"""

from typing import TYPE_CHECKING, Any

from mattermost_plugin._exceptions import DecodeError

from ._base import Model
from ._codec import decode, decode_list, encode, from_dict, to_dict
from ._json import RawJSON
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
from mattermost_plugin._model_names import NAMES as _GENERATED_NAMES

if TYPE_CHECKING:
    from .generated import *  # noqa: F403 - the generated models, imported on first use

__all__ = [
    # codec
    "DecodeError",
    "RawJSON",
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

__all__ += list(_GENERATED_NAMES) + ["GENERATED_MODELS"]


def __getattr__(name: str) -> Any:
    """The generated models, imported on first use (creating their ~80 dataclasses
    takes longer than everything else here, and only plugin API calls need them)."""
    if name in _GENERATED_NAMES or name == "GENERATED_MODELS":
        from . import generated

        everything = tuple(getattr(generated, item) for item in generated.__all__)
        globals().update(zip(generated.__all__, everything))
        globals()["GENERATED_MODELS"] = everything
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
