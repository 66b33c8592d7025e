"""Hooks on user accounts, logins and preferences."""

from mattermost_plugin._hook import ErrorHook, Param, RejectHook, VoidHook
from mattermost_plugin.models import AssertionInfo, Preference, User


class UserHasBeenCreated(VoidHook):
    """After a user account is created."""

    id = 17
    since = "5.10"
    params = (Param("user", User),)


class UserWillLogIn(RejectHook):
    """Before a login completes; return a reason to block it."""

    id = 15
    since = "5.2"
    params = (Param("user", User),)


class UserHasLoggedIn(VoidHook):
    """After a successful login."""

    id = 16
    since = "5.2"
    params = (Param("user", User),)


class UserHasBeenDeactivated(VoidHook):
    """After a user is deactivated."""

    id = 36
    since = "9.1"
    params = (Param("user", User),)


class OnSAMLLogin(ErrorHook):
    """After a successful SAML login, with the parsed assertion; raise to make the login fail."""

    id = 46
    since = "10.7"
    params = (Param("user", User), Param("assertion", AssertionInfo, go="*saml2.AssertionInfo"))


class PreferencesHaveChanged(VoidHook):
    """After one or more of a user's preferences change."""

    id = 42
    since = "9.5"
    params = (Param("preferences", list[Preference], nullable=False),)
