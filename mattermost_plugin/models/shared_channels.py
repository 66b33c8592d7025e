"""Shared channel models: :class:`SyncMsg` (a batch of changes from or to a remote
cluster), :class:`MembershipChangeMsg`, :class:`SyncResponse` and :class:`RemoteCluster`.

``SyncMsg``'s lists hold modelled objects (:class:`Post`, :class:`User`,
:class:`Reaction`, :class:`Status`, :class:`PostAcknowledgement`)."""

from typing import Optional

from ._base import UINT32, Model, go, model
from .posts import Post, PostAcknowledgement, Reaction
from .users import Status, User

__all__ = ["SyncMsg", "MembershipChangeMsg", "SyncResponse", "RemoteCluster"]


@model
class MembershipChangeMsg(Model):
    """A user joining or leaving a shared channel (``model.MembershipChangeMsg``)."""

    channel_id: str = ""
    user_id: str = ""
    is_add: bool = False
    remote_id: str = ""
    change_time: int = 0


@model
class SyncMsg(Model):
    """A batch of shared-channel changes exchanged with a remote cluster
    (``model.SyncMsg``)."""

    id: str = ""
    channel_id: str = ""
    users: dict[str, User] = go(default_factory=dict, omitempty=True)
    posts: list[Post] = go(default_factory=list, omitempty=True)
    reactions: list[Reaction] = go(default_factory=list, omitempty=True)
    statuses: list[Status] = go(default_factory=list, omitempty=True)
    membership_changes: list[MembershipChangeMsg] = go(default_factory=list, omitempty=True)
    acknowledgements: list[PostAcknowledgement] = go(default_factory=list, omitempty=True)
    mention_transforms: dict[str, str] = go(default_factory=dict, omitempty=True)


@model
class SyncResponse(Model):
    """A remote cluster's answer to a SyncMsg: what it stored and what failed
    (``model.SyncResponse``)."""

    users_last_update_at: int = 0
    user_errors: Optional[list[str]] = None
    users_syncd: Optional[list[str]] = None
    posts_last_update_at: int = 0
    post_errors: Optional[list[str]] = None
    reactions_last_update_at: int = 0
    reaction_errors: Optional[list[str]] = None
    acknowledgements_last_update_at: int = 0
    acknowledgement_errors: Optional[list[str]] = None
    status_errors: Optional[list[str]] = None
    membership_errors: list[str] = go(default_factory=list, omitempty=True)


@model
class RemoteCluster(Model):
    """Another Mattermost server (or a plugin acting as one) this server shares
    channels with (``model.RemoteCluster``)."""

    remote_id: str = ""
    #: Deprecated in Mattermost.
    remote_team_id: str = ""
    name: str = ""
    display_name: str = ""
    site_url: str = ""
    default_team_id: str = ""
    create_at: int = 0
    delete_at: int = 0
    last_ping_at: int = 0
    last_global_user_sync_at: int = 0
    token: str = ""
    remote_token: str = ""
    topics: str = ""
    creator_id: str = ""
    #: Set when a plugin acts as the remote.
    plugin_id: str = ""
    #: Bit flags (Go ``Bitmask``, a uint32).
    options: int = go(default=0, int_kind=UINT32)
