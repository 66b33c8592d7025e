"""Hooks on push and email notifications."""

from mattermost_plugin._hook import ModifyHook, Param
from mattermost_plugin.models import EmailNotification, EmailNotificationContent, PushNotification


class NotificationWillBePushed(ModifyHook):
    """Before a push notification goes to the push proxy: allow, replace or drop it."""

    id = 35
    since = "9.0"
    context = False
    params = (Param("push_notification", PushNotification, fill=("post_type", "channel_type")), Param("user_id", str))
    returns = PushNotification
    result_field = "push_notification"


class EmailNotificationWillBeSent(ModifyHook):
    """Before a notification email is sent: allow it, replace its content or reject it."""

    id = 47
    since = "11.0"
    context = False
    params = (Param("email_notification", EmailNotification),)
    returns = EmailNotificationContent
    result_field = "content"
