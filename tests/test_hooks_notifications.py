"""Notification hooks: email content replacement and push notifications."""

from __future__ import annotations

from typing import Any

from hookcalls import build_request, call, plugin_for, sample
from mattermost_plugin import EmailNotification, EmailNotificationContent, PushNotification
from mattermost_plugin.hooks import EmailNotificationWillBeSent, NotificationWillBePushed
from mattermost_plugin.models import decode


def test_email_content_is_replaced_from_the_notification(serve: Any) -> None:
    def brand(self: Any, email: EmailNotification) -> EmailNotificationContent:
        return EmailNotificationContent(subject=f"[Acme] {email.subject}", button_text="Open")

    stub = serve(plugin_for(EmailNotificationWillBeSent, brand))
    request = build_request(EmailNotificationWillBeSent, {"email_notification": sample(EmailNotification)})
    content = decode(EmailNotificationContent, call(stub, EmailNotificationWillBeSent, request).content)
    assert (content.subject, content.button_text) == ("[Acme] New message", "Open")


def test_push_notification_gets_the_user_id(serve: Any) -> None:
    stub = serve(plugin_for(NotificationWillBePushed, lambda self, push, user_id: f"muted for {user_id}"))
    request = build_request(NotificationWillBePushed, {"push_notification": sample(PushNotification), "user_id": "u7"})
    assert call(stub, NotificationWillBePushed, request).rejection == "muted for u7"
