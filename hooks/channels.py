"""Hooks on channels and channel membership."""

from mattermost_plugin._hook import ModifyHook, Param, RejectHook, VoidHook
from mattermost_plugin.models import Channel, ChannelMember, User


class ChannelHasBeenCreated(VoidHook):
    """After a new channel is stored."""

    id = 13
    since = "5.2"
    params = (Param("channel", Channel),)


class ChannelWillBeUpdated(ModifyHook):
    """Before a channel update or patch is saved: allow, replace or reject it."""

    id = 52
    since = "11.9"
    params = (Param("new_channel", Channel), Param("old_channel", Channel))
    returns = Channel
    result_field = "channel"


class ChannelWillBeArchived(RejectHook):
    """Before a channel is archived; return a reason to block it."""

    id = 51
    since = "11.7"
    params = (Param("channel", Channel),)


class ChannelWillBeRestored(RejectHook):
    """Before an archived channel is restored; return a reason to block it."""

    id = 53
    since = "11.9"
    params = (Param("channel", Channel),)


class ChannelMemberWillBeAdded(ModifyHook):
    """Before a channel membership is created: allow, replace or reject it."""

    id = 49
    since = "11.7"
    params = (Param("channel_member", ChannelMember),)
    returns = ChannelMember
    result_field = "channel_member"


class UserHasJoinedChannel(VoidHook):
    """After a channel membership is saved; ``actor`` is who added the user, or None."""

    id = 9
    since = "5.2"
    params = (Param("channel_member", ChannelMember), Param("actor", User, optional=True))


class UserHasLeftChannel(VoidHook):
    """After a channel membership is removed; ``actor`` is who removed the user, or None."""

    id = 10
    since = "5.2"
    params = (Param("channel_member", ChannelMember), Param("actor", User, optional=True))
