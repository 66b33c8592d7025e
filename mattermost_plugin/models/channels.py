"""Channel models: :class:`Channel`, :class:`ChannelBannerInfo` and :class:`ChannelMember`.

``Channel.props`` is kept verbatim (a free-form map)."""

from typing import Any, Optional

from ._base import Model, go, model

__all__ = [
    "Channel",
    "ChannelBannerInfo",
    "ChannelMember",
    "CHANNEL_OPEN",
    "CHANNEL_PRIVATE",
    "CHANNEL_DIRECT",
    "CHANNEL_GROUP",
]

#: ``Channel.type`` values.
CHANNEL_OPEN = "O"
CHANNEL_PRIVATE = "P"
CHANNEL_DIRECT = "D"
CHANNEL_GROUP = "G"


@model
class ChannelBannerInfo(Model):
    """The banner shown at the top of a channel (``model.ChannelBannerInfo``)."""

    enabled: Optional[bool] = None
    text: Optional[str] = None
    background_color: Optional[str] = None


@model
class Channel(Model):
    """A channel: open, private, direct message or group message (``model.Channel``)."""

    id: str = ""
    create_at: int = 0
    update_at: int = 0
    delete_at: int = 0
    team_id: str = ""
    #: "O" open, "P" private, "D" direct, "G" group (newer servers have more).
    type: str = ""
    display_name: str = ""
    name: str = ""
    header: str = ""
    purpose: str = ""
    last_post_at: int = 0
    total_msg_count: int = 0
    extra_update_at: int = 0
    creator_id: str = ""
    scheme_id: Optional[str] = None
    props: Optional[dict[str, Any]] = None
    group_constrained: Optional[bool] = None
    autotranslation: bool = False
    shared: Optional[bool] = None
    total_msg_count_root: int = 0
    policy_id: Optional[str] = None
    last_root_post_at: int = 0
    banner_info: Optional[ChannelBannerInfo] = None
    policy_enforced: bool = False
    policy_actions: dict[str, bool] = go(default_factory=dict, omitempty=True)
    policy_is_active: bool = False
    default_category_name: str = ""
    managed_category_name: str = ""
    discoverable: bool = False


@model
class ChannelMember(Model):
    """A user's membership of a channel, with read state and notification settings
    (``model.ChannelMember``).

    Go's ``MarshalJSON`` writes ``last_viewed_at`` and ``last_update_at`` after the
    other fields and leaves them out when they hold -1 (another user's hidden value).
    """

    __go_json_order__ = (
        "channel_id",
        "user_id",
        "roles",
        "msg_count",
        "mention_count",
        "mention_count_root",
        "urgent_mention_count",
        "msg_count_root",
        "notify_props",
        "scheme_guest",
        "scheme_user",
        "scheme_admin",
        "explicit_roles",
        "autotranslation_disabled",
        "last_viewed_at",
        "last_update_at",
    )

    channel_id: str = ""
    user_id: str = ""
    roles: str = ""
    last_viewed_at: int = go(default=0, omit_if=-1)
    msg_count: int = 0
    mention_count: int = 0
    mention_count_root: int = 0
    urgent_mention_count: int = 0
    msg_count_root: int = 0
    notify_props: Optional[dict[str, str]] = None
    last_update_at: int = go(default=0, omit_if=-1)
    scheme_guest: bool = False
    scheme_user: bool = False
    scheme_admin: bool = False
    explicit_roles: str = ""
    autotranslation_disabled: bool = False
