"""Word filter: keeps channels civil by rejecting, masking or silently dropping posts.

- A post with a *banned* word is rejected: the author sees the reason and the
  post is not saved.
- A *masked* word is replaced by asterisks: the post is saved, rewritten.
- A post from an incoming webhook that contains a banned word is dismissed
  silently (DISMISS_POST): there is nobody to show a rejection to.
- Edits get the same treatment: an edit that adds a banned word is rejected
  (the post stays as it was), masked words are masked in the new text.

Which words are banned or masked is the plugin's settings (``plugin.json``'s
``settings_schema``, edited in the System Console): ``FilterSettings`` reads
them, and Mattermost's ``on_configuration_change`` reloads them whenever an
admin saves them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional, Union

from mattermost_plugin import DISMISS_POST, Context, Plugin, Post, Settings

_WORD = re.compile(r"[\w']+")


def _words(text: str) -> set[str]:
    return {word.lower() for word in _WORD.findall(text)}


def _listed(text: str) -> frozenset[str]:
    return frozenset(word.strip().lower() for word in text.split(",") if word.strip())


@dataclass
class FilterSettings:
    """The settings of plugin.json, as the System Console saves them: comma-separated words."""

    banned_words: str = "scam, phishing"
    masked_words: str = "darn, heck, frick"

    def __post_init__(self) -> None:
        self.banned = _listed(self.banned_words)
        """Words that make a post unacceptable."""
        self.masked = _listed(self.masked_words)
        """Words that are allowed, but shown as asterisks."""
        both = sorted(self.banned & self.masked)
        if both:
            raise ValueError(f"{', '.join(both)} cannot be both banned and masked")


class WordFilter(Plugin):
    settings = Settings(FilterSettings)

    def message_will_be_posted(self, context: Context, post: Post) -> Union[Post, str, None]:
        banned = sorted(_words(post.message) & self.settings.banned)
        if banned:
            if (post.props or {}).get("from_webhook") == "true":
                self.logger.info("dismissed a webhook post", extra={"channel_id": post.channel_id, "words": banned})
                return DISMISS_POST
            self.logger.info("rejected a post", extra={"user_id": post.user_id, "words": banned})
            return f"Your message was not posted: {', '.join(banned)} is not allowed here."
        return self._masked(post)

    def message_will_be_updated(self, context: Context, new_post: Post, old_post: Post) -> Union[Post, str, None]:
        added = sorted((_words(new_post.message) - _words(old_post.message)) & self.settings.banned)
        if added:
            self.logger.info("rejected an edit", extra={"post_id": old_post.id, "words": added})
            return f"Your edit was not saved: {', '.join(added)} is not allowed here."
        return self._masked(new_post)

    def _masked(self, post: Post) -> Optional[Post]:
        hidden = self.settings.masked

        def hide(match: re.Match[str]) -> str:
            word = match.group(0)
            return word[0] + "*" * (len(word) - 1) if word.lower() in hidden else word

        masked = _WORD.sub(hide, post.message)
        if masked == post.message:
            return None  # allow unchanged
        post.message = masked
        return post  # replace
