"""User models: :class:`User`, :class:`Status` and :class:`Preference`."""

from typing import Optional

from ._base import Model, go, model

__all__ = ["User", "Status", "Preference"]


@model
class User(Model):
    """A Mattermost user account, bots included (``model.User``)."""

    id: str = ""
    create_at: int = go(default=0, omitempty=True)
    update_at: int = go(default=0, omitempty=True)
    delete_at: int = 0
    username: str = ""
    password: str = go(default="", omitempty=True)
    auth_data: Optional[str] = go(default=None, omitempty=True)
    auth_service: str = ""
    email: str = ""
    email_verified: bool = go(default=False, omitempty=True)
    nickname: str = ""
    first_name: str = ""
    last_name: str = ""
    position: str = ""
    roles: str = ""
    allow_marketing: bool = go(default=False, omitempty=True)
    props: dict[str, str] = go(default_factory=dict, omitempty=True)
    notify_props: dict[str, str] = go(default_factory=dict, omitempty=True)
    last_password_update: int = go(default=0, omitempty=True)
    last_picture_update: int = go(default=0, omitempty=True)
    failed_attempts: int = go(default=0, omitempty=True)
    locale: str = ""
    timezone: Optional[dict[str, str]] = None
    mfa_active: bool = go(default=False, omitempty=True)
    mfa_secret: str = go(default="", omitempty=True)
    remote_id: Optional[str] = go(default=None, omitempty=True)
    last_activity_at: int = go(default=0, omitempty=True)
    is_bot: bool = go(default=False, omitempty=True)
    bot_description: str = go(default="", omitempty=True)
    bot_last_icon_update: int = go(default=0, omitempty=True)
    terms_of_service_id: str = go(default="", omitempty=True)
    terms_of_service_create_at: int = go(default=0, omitempty=True)
    disable_welcome_email: bool = False
    last_login: int = go(default=0, omitempty=True)
    mfa_used_timestamps: list[str] = go(default_factory=list, omitempty=True)


@model
class Status(Model):
    """A user's presence: online, away, dnd or offline (``model.Status``)."""

    user_id: str = ""
    status: str = ""
    manual: bool = False
    last_activity_at: int = 0
    active_channel: str = go(default="", omitempty=True)
    dnd_end_time: int = 0


@model
class Preference(Model):
    """One user preference: a (category, name) -> value setting (``model.Preference``)."""

    user_id: str = ""
    category: str = ""
    name: str = ""
    value: str = ""
