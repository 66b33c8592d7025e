"""``ensure_bot``: the plugin's bot account, made once and kept up to date.

::

    from mattermost_plugin.api import ensure_bot

    def on_activate(self):
        self.bot_id = ensure_bot(self.api, "standup", display_name="Standup", profile_image="assets/bot.png")

    def message_has_been_posted(self, context, post):
        self.api.create_post(Post(channel_id=post.channel_id, user_id=self.bot_id, message="Noted."))
"""

from __future__ import annotations

import os
from typing import Union

from mattermost_plugin._exceptions import ApiError
from mattermost_plugin.api._async import AsyncAPI
from mattermost_plugin.api._sync import API
from mattermost_plugin.models import Bot

__all__ = ["ensure_bot", "ensure_bot_async"]

Image = Union[bytes, str, "os.PathLike[str]", None]
"""A profile picture: PNG or JPEG bytes, or a file path relative to the plugin's folder."""


def ensure_bot(
    api: API,
    username: str,
    *,
    display_name: str = "",
    description: str = "",
    profile_image: Image = None,
) -> str:
    """The user id of the plugin's bot ``username``, created the first time and updated to
    ``display_name`` and ``description`` after that (Mattermost's ``EnsureBotUser``).

    ``profile_image`` sets its picture: PNG or JPEG bytes, or a file path relative to
    the plugin's folder (``get_bundle_path``). When every node of a cluster activates
    the plugin at once, two may race to create the bot and one fails; that one asks
    again, and finds the bot the other made.
    """
    bot = _bot(username, display_name, description)
    try:
        bot_id = api.ensure_bot_user(bot)
    except ApiError:
        bot_id = api.ensure_bot_user(bot)  # another node created it at the same moment
    if profile_image is not None:
        folder = "" if isinstance(profile_image, (bytes, bytearray)) else api.get_bundle_path()
        api.set_profile_image(bot_id, _image(folder, profile_image))
    return bot_id


async def ensure_bot_async(
    api: AsyncAPI,
    username: str,
    *,
    display_name: str = "",
    description: str = "",
    profile_image: Image = None,
) -> str:
    """:func:`ensure_bot` for ``async def`` hooks (``self.async_api``)."""
    bot = _bot(username, display_name, description)
    try:
        bot_id = await api.ensure_bot_user(bot)
    except ApiError:
        bot_id = await api.ensure_bot_user(bot)  # another node created it at the same moment
    if profile_image is not None:
        folder = "" if isinstance(profile_image, (bytes, bytearray)) else await api.get_bundle_path()
        await api.set_profile_image(bot_id, _image(folder, profile_image))
    return bot_id


def _bot(username: str, display_name: str, description: str) -> Bot:
    if not isinstance(username, str) or not username:
        raise ValueError(f"ensure_bot: the username must be a non-empty str, got {username!r}")
    return Bot(username=username, display_name=display_name, description=description)


def _image(folder: str, image: Union[bytes, str, "os.PathLike[str]"]) -> bytes:
    if isinstance(image, (bytes, bytearray)):
        return bytes(image)
    if isinstance(image, (str, os.PathLike)):
        path = os.path.join(folder, os.fspath(image))
        try:
            with open(path, "rb") as file:
                return file.read()
        except OSError as error:
            raise ValueError(f"ensure_bot: cannot read the profile image {path}: {error.strerror}") from None
    raise TypeError(f"ensure_bot: profile_image must be bytes or a path, got {type(image).__name__}")
