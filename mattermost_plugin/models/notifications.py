"""Notification models: :class:`PushNotification`, :class:`EmailNotification` and
:class:`EmailNotificationContent`.

Go's ``EmailNotification`` embeds ``EmailNotificationContent``, so its JSON is flat with
the content keys last; the Python class is flat the same way, and
:attr:`EmailNotification.content` gives (or replaces) the content part as an
:class:`EmailNotificationContent`.  ``PushNotification``'s ``json:"-"`` fields
(PostType, ChannelType) are never in the JSON: NotificationWillBePushed carries them
beside it, and a replacement keeps the original's.
"""

from ._base import Model, go, model

__all__ = ["PushNotification", "EmailNotification", "EmailNotificationContent"]


@model
class PushNotification(Model):
    """A notification on its way to a mobile device (``model.PushNotification``)."""

    ack_id: str = ""
    platform: str = ""
    server_id: str = ""
    device_id: str = ""
    post_id: str = ""
    category: str = go(default="", omitempty=True)
    sound: str = go(default="", omitempty=True)
    message: str = go(default="", omitempty=True)
    badge: int = go(default=0, omitempty=True)
    #: Go ``ContentAvailable``.
    cont_ava: int = go(default=0, omitempty=True)
    team_id: str = go(default="", omitempty=True)
    channel_id: str = go(default="", omitempty=True)
    root_id: str = go(default="", omitempty=True)
    channel_name: str = go(default="", omitempty=True)
    type: str = go(default="", omitempty=True)
    sub_type: str = go(default="", omitempty=True)
    transport: str = go(default="", omitempty=True)
    sender_id: str = go(default="", omitempty=True)
    sender_name: str = go(default="", omitempty=True)
    override_username: str = go(default="", omitempty=True)
    override_icon_url: str = go(default="", omitempty=True)
    from_webhook: str = go(default="", omitempty=True)
    version: str = go(default="", omitempty=True)
    is_crt_enabled: bool = False
    is_id_loaded: bool = False
    signature: str = ""
    #: The notified post's type (Go ``PostType``, ``json:"-"``): filled in by
    #: NotificationWillBePushed from a separate request field, never part of the JSON.
    post_type: str = go(default="", hidden=True)
    #: The channel's type, ``"O"``, ``"P"``, ``"D"`` or ``"G"`` (Go ``ChannelType``,
    #: ``json:"-"``): filled in like ``post_type``.
    channel_type: str = go(default="", hidden=True)


_CONTENT_FIELDS = (
    "subject",
    "title",
    "subtitle",
    "message_html",
    "message_text",
    "button_text",
    "button_url",
    "footer_text",
)


@model
class EmailNotificationContent(Model):
    """The parts of a notification email a plugin may change
    (``model.EmailNotificationContent``)."""

    subject: str = go(default="", omitempty=True)
    title: str = go(default="", omitempty=True)
    subtitle: str = go(default="", omitempty=True)
    message_html: str = go(default="", omitempty=True)
    message_text: str = go(default="", omitempty=True)
    button_text: str = go(default="", omitempty=True)
    button_url: str = go(default="", omitempty=True)
    footer_text: str = go(default="", omitempty=True)


@model
class EmailNotification(Model):
    """A notification email about to be sent: who, where, and its content
    (``model.EmailNotification``)."""

    post_id: str = ""
    channel_id: str = ""
    team_id: str = ""
    sender_id: str = ""
    sender_display_name: str = go(default="", omitempty=True)
    recipient_id: str = ""
    root_id: str = go(default="", omitempty=True)
    channel_type: str = ""
    channel_name: str = ""
    team_name: str = ""
    sender_username: str = ""
    is_direct_message: bool = False
    is_group_message: bool = False
    is_thread_reply: bool = False
    is_crt_enabled: bool = False
    use_military_time: bool = False
    # The embedded EmailNotificationContent:
    subject: str = go(default="", omitempty=True)
    title: str = go(default="", omitempty=True)
    subtitle: str = go(default="", omitempty=True)
    message_html: str = go(default="", omitempty=True)
    message_text: str = go(default="", omitempty=True)
    button_text: str = go(default="", omitempty=True)
    button_url: str = go(default="", omitempty=True)
    footer_text: str = go(default="", omitempty=True)

    @property
    def content(self) -> EmailNotificationContent:
        """A copy of the embedded content fields; assign to replace them."""
        return EmailNotificationContent(**{k: getattr(self, k) for k in _CONTENT_FIELDS})

    @content.setter
    def content(self, value: EmailNotificationContent) -> None:
        for k in _CONTENT_FIELDS:
            setattr(self, k, getattr(value, k))
