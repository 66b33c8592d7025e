"""Post models: :class:`Post` and its :class:`PostMetadata`, :class:`Reaction`,
:class:`PostAcknowledgement`, :class:`Draft` and :class:`ScheduledPost`.

Kept verbatim rather than modelled (plain JSON values, passed through unchanged):
``Post.props`` / ``Draft.props`` / ``Draft.priority`` (free-form maps), and in
``PostMetadata`` the ``embeds``, ``emojis``, ``images``, ``priority`` and
``translations`` entries.  ``PostMetadata.files``, ``reactions`` and
``acknowledgements`` are modelled (:class:`FileInfo`, :class:`Reaction`,
:class:`PostAcknowledgement`).
"""

from typing import Any, Optional

from ._base import Model, go, model
from .files import FileInfo
from .users import User

__all__ = [
    "Post",
    "PostMetadata",
    "Reaction",
    "PostAcknowledgement",
    "Draft",
    "ScheduledPost",
    "POST_TYPE_DEFAULT",
    "POST_TYPE_EPHEMERAL",
]

#: ``Post.type`` of an ordinary user message.
POST_TYPE_DEFAULT = ""
#: ``Post.type`` of a message only its recipient sees.
POST_TYPE_EPHEMERAL = "system_ephemeral"


@model
class Reaction(Model):
    """An emoji reaction by a user on a post (``model.Reaction``)."""

    user_id: str = ""
    post_id: str = ""
    emoji_name: str = ""
    create_at: int = 0
    update_at: int = 0
    delete_at: int = 0
    remote_id: Optional[str] = None
    channel_id: str = ""


@model
class PostAcknowledgement(Model):
    """A user's acknowledgement of a post that asked for one (``model.PostAcknowledgement``)."""

    user_id: str = ""
    post_id: str = ""
    acknowledged_at: int = 0
    channel_id: str = ""
    remote_id: Optional[str] = go(default=None, omitempty=True)


@model
class PostMetadata(Model):
    """Data the server attaches to a post for clients: files, reactions, embeds,
    emojis, images, priority... (``model.PostMetadata``)."""

    #: Link/opengraph/permalink embeds, verbatim (``[]*PostEmbed``).
    embeds: list[Any] = go(default_factory=list, omitempty=True)
    #: Custom emojis used by the post, verbatim (``[]*Emoji``).
    emojis: list[Any] = go(default_factory=list, omitempty=True)
    files: list[FileInfo] = go(default_factory=list, omitempty=True)
    redacted_file_count: int = go(default=0, omitempty=True)
    #: Image dimensions by URL, verbatim (``map[string]*PostImage``).
    images: dict[str, Any] = go(default_factory=dict, omitempty=True)
    reactions: list[Reaction] = go(default_factory=list, omitempty=True)
    #: Message priority, verbatim (``*PostPriority``: priority, requested_ack,
    #: persistent_notifications).
    priority: Optional[dict[str, Any]] = go(default=None, omitempty=True)
    acknowledgements: list[PostAcknowledgement] = go(default_factory=list, omitempty=True)
    #: Translations by language, verbatim (``map[string]*PostTranslation``).
    translations: dict[str, Any] = go(default_factory=dict, omitempty=True)
    expire_at: int = go(default=0, omitempty=True)
    recipients: list[str] = go(default_factory=list, omitempty=True)


@model
class Post(Model):
    """A message in a channel, or a reply in a thread (``model.Post``)."""

    id: str = ""
    create_at: int = 0
    update_at: int = 0
    edit_at: int = 0
    delete_at: int = 0
    is_pinned: bool = False
    user_id: str = ""
    channel_id: str = ""
    root_id: str = ""
    original_id: str = ""
    message: str = ""
    #: The message as the user typed it, when ``message`` was changed for display.
    message_source: str = go(default="", omitempty=True)
    type: str = ""
    #: Free-form properties (attachments, from_webhook, ...), verbatim.
    props: Optional[dict[str, Any]] = None
    hashtags: str = ""
    file_ids: Optional[list[str]] = None
    pending_post_id: str = ""
    has_reactions: bool = go(default=False, omitempty=True)
    remote_id: Optional[str] = go(default=None, omitempty=True)
    reply_count: int = 0
    last_reply_at: int = 0
    participants: Optional[list[User]] = None
    is_following: Optional[bool] = go(default=None, omitempty=True)
    metadata: Optional[PostMetadata] = go(default=None, omitempty=True)


@model
class Draft(Model):
    """An unsent message a user is composing in a channel or thread (``model.Draft``)."""

    create_at: int = 0
    update_at: int = 0
    #: Deprecated in Mattermost.
    delete_at: int = 0
    user_id: str = ""
    channel_id: str = ""
    root_id: str = ""
    message: str = ""
    type: str = ""
    props: Optional[dict[str, Any]] = None
    file_ids: list[str] = go(default_factory=list, omitempty=True)
    metadata: Optional[PostMetadata] = go(default=None, omitempty=True)
    #: Message priority settings, verbatim.
    priority: dict[str, Any] = go(default_factory=dict, omitempty=True)


@model
class ScheduledPost(Draft):
    """A post scheduled to be sent later; Go embeds a Draft, so its fields come first
    (``model.ScheduledPost``)."""

    id: str = ""
    scheduled_at: int = 0
    processed_at: int = 0
    error_code: str = ""
    repeat_type: str = ""
    repeat_timezone: str = ""
