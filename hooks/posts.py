"""Hooks on posts, drafts and scheduled posts."""

from mattermost_plugin._hook import ModifyHook, Param, ReplaceListHook, VoidHook
from mattermost_plugin.models import Draft, Post, ScheduledPost


class MessageWillBePosted(ModifyHook):
    """Before a new post is saved: allow it, replace it, reject it, or dismiss it with DISMISS_POST."""

    id = 5
    since = "5.2"
    params = (Param("post", Post),)
    returns = Post
    result_field = "post"
    dismissable = True


class MessageWillBeUpdated(ModifyHook):
    """Before an edit is saved: allow, replace or reject it (a rejected edit leaves the post as it was)."""

    id = 6
    since = "5.2"
    params = (Param("new_post", Post), Param("old_post", Post))
    returns = Post
    result_field = "post"
    go_unchanged = "new_post"  # in Go, a nil post rejects the edit


class MessageHasBeenPosted(VoidHook):
    """After a new post is stored."""

    id = 7
    since = "5.2"
    params = (Param("post", Post),)


class MessageHasBeenUpdated(VoidHook):
    """After an edit is stored."""

    id = 8
    since = "5.2"
    params = (Param("new_post", Post), Param("old_post", Post))


class MessageHasBeenDeleted(VoidHook):
    """After a post is deleted."""

    id = 37
    since = "9.1"
    params = (Param("post", Post),)


class MessagesWillBeConsumed(ReplaceListHook):
    """Before posts read from the database go to a client; return the list to send instead."""

    id = 38
    since = "9.3"
    context = False
    params = (Param("posts", list[Post]),)
    returns = list[Post]
    result_field = "posts"


class MessagesWillBeConsumedWithContext(ReplaceListHook):
    """Like MessagesWillBeConsumed, with the caller's context; returned posts replace originals by id."""

    id = 56
    since = "11.9"
    params = (Param("posts", list[Post]),)
    returns = list[Post]
    result_field = "posts"


class ScheduledPostWillBeCreated(ModifyHook):
    """Before a scheduled post is created or updated: allow, replace or reject it."""

    id = 54
    since = "11.9"
    params = (Param("scheduled_post", ScheduledPost),)
    returns = ScheduledPost
    result_field = "scheduled_post"


class DraftWillBeUpserted(ModifyHook):
    """Before a draft is saved: allow, replace or reject it."""

    id = 55
    since = "11.9"
    params = (Param("draft", Draft),)
    returns = Draft
    result_field = "draft"
