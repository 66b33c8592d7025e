"""The round-trip benchmark's plugin: a trivial MessageWillBePosted that edits the post and returns it."""

from mattermost_plugin import Context, Plugin, Post


class Tidy(Plugin):
    def message_will_be_posted(self, context: Context, post: Post) -> Post:
        post.message = post.message.replace("#changelog", "#release-notes")
        return post
