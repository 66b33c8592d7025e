"""Exceptions the harness raises when a hook call goes wrong in the plugin.

Business outcomes (a rejection, an AppError from ``execute_command``) are
returned as :mod:`~mattermost_plugin.testing.outcomes`. These exceptions are for
what Mattermost would treat as a broken call, and each says what to change in
the plugin.
"""

from __future__ import annotations

import os
import re
from typing import Optional

import mattermost_plugin

_SDK = os.path.dirname(os.path.abspath(mattermost_plugin.__file__)) + os.sep
_FRAME = re.compile(r'^  File "(?P<file>[^"]+)", line \d+')


def trim_traceback(text: Optional[str]) -> Optional[str]:
    """Drop the SDK's own frames from a plugin traceback, so it shows the plugin's code.

    Returns None when nothing of the plugin's is left (a wrong return type is
    reported by the SDK, and its message already says everything).
    """
    if not text:
        return None
    kept: list[str] = []
    skipping = False
    plugin_frames = 0
    for line in text.splitlines():
        match = _FRAME.match(line)
        if match:
            skipping = os.path.abspath(match.group("file")).startswith(_SDK)
            plugin_frames += not skipping
            if not skipping:
                kept.append(line)
            continue
        if skipping and line.startswith("    "):
            continue
        skipping = False
        kept.append(line)
    if plugin_frames == 0:
        return None
    return "\n".join(kept)


class HarnessError(Exception):
    """Base class: a hook call did not produce an outcome."""


class PluginBug(HarnessError):
    """The hook raised where its Go signature has no error result, or returned the wrong type.

    Mattermost logs it, applies the hook's default and keeps the plugin running;
    in a test it is almost always a bug. ``details`` is the one-line status the
    host sees; ``plugin_traceback`` is the traceback the plugin logged (when known).
    """

    def __init__(self, call: str, details: str, plugin_traceback: Optional[str] = None) -> None:
        text = details
        if plugin_traceback:
            text += "\n\nThe plugin's traceback:\n" + plugin_traceback.rstrip()
        super().__init__(text)
        self.call = call
        self.details = details
        self.plugin_traceback = plugin_traceback


class HookNotImplemented(HarnessError):
    """The plugin does not define the hook that was called, so Mattermost would never call it."""


class HookTimedOut(HarnessError):
    """The hook did not finish before the deadline (the host gives up and applies the default)."""


class BadArguments(HarnessError):
    """The arguments could not be turned into the hook's request (wrong model, undecodable JSON)."""


class PluginStartError(HarnessError):
    """The plugin could not be started: its module failed to import, or the process died."""


__all__ = [
    "trim_traceback",
    "BadArguments",
    "HarnessError",
    "HookNotImplemented",
    "HookTimedOut",
    "PluginBug",
    "PluginStartError",
]
