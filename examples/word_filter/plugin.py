"""Word filter: keeps channels civil by rejecting, masking or silently dropping posts.

- A post with a *banned* word is rejected: the author sees the reason and the
  post is not saved.
- A *masked* word is replaced by asterisks: the post is saved, rewritten.
- A post from an incoming webhook that contains a banned word is dismissed
  silently (DISMISS_POST): there is nobody to show a rejection to.
- Edits get the same treatment: an edit that adds a banned word is rejected
  (the post stays as it was), masked words are masked in the new text.
"""

from __future__ import annotations

import re
from typing import Optional, Union

from mattermost_plugin import DISMISS_POST, Context, Plugin, Post

BANNED = ("scam", "phishing")
"""Words that make a post unacceptable."""

MASKED = ("darn", "heck", "frick")
"""Words that are allowed, but shown as asterisks."""

_WORD = re.compile(r"[\w']+")


def _words(text: str) -> set[str]:
    return {word.lower() for word in _WORD.findall(text)}


def _mask(text: str) -> str:
    def hide(match: re.Match[str]) -> str:
        word = match.group(0)
        return word[0] + "*" * (len(word) - 1) if word.lower() in MASKED else word

    return _WORD.sub(hide, text)


class WordFilter(Plugin):
    def message_will_be_posted(self, context: Context, post: Post) -> Union[Post, str, None]:
        banned = sorted(_words(post.message) & set(BANNED))
        if banned:
            if (post.props or {}).get("from_webhook") == "true":
                self.logger.info("dismissed a webhook post", extra={"channel_id": post.channel_id, "words": banned})
                return DISMISS_POST
            self.logger.info("rejected a post", extra={"user_id": post.user_id, "words": banned})
            return f"Your message was not posted: {', '.join(banned)} is not allowed here."
        return self._masked(post)

    def message_will_be_updated(self, context: Context, new_post: Post, old_post: Post) -> Union[Post, str, None]:
        added = sorted((_words(new_post.message) - _words(old_post.message)) & set(BANNED))
        if added:
            self.logger.info("rejected an edit", extra={"post_id": old_post.id, "words": added})
            return f"Your edit was not saved: {', '.join(added)} is not allowed here."
        return self._masked(new_post)

    def _masked(self, post: Post) -> Optional[Post]:
        masked = _mask(post.message)
        if masked == post.message:
            return None  # allow unchanged
        post.message = masked
        return post  # replace
