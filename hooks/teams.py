"""Hooks on team membership."""

from mattermost_plugin._hook import ModifyHook, Param, VoidHook
from mattermost_plugin.models import TeamMember, User


class TeamMemberWillBeAdded(ModifyHook):
    """Before a team membership is created: allow, replace or reject it."""

    id = 50
    since = "11.7"
    params = (Param("team_member", TeamMember),)
    returns = TeamMember
    result_field = "team_member"


class UserHasJoinedTeam(VoidHook):
    """After a team membership is saved; ``actor`` is who added the user, or None."""

    id = 11
    since = "5.2"
    params = (Param("team_member", TeamMember), Param("actor", User, optional=True))


class UserHasLeftTeam(VoidHook):
    """After a team membership is removed; ``actor`` is who removed the user, or None."""

    id = 12
    since = "5.2"
    params = (Param("team_member", TeamMember), Param("actor", User, optional=True))
