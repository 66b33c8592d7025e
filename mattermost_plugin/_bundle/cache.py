"""The bundle cache: installed package sets, bridge binaries and compressed archive parts.

Everything is stored under a key that is the hash of what made it, so an entry
is never stale: a changed requirement, pip, Go or bridge source makes a new key.
The folder is ``$MATTERMOST_PLUGIN_CACHE``, else ``$XDG_CACHE_HOME/mattermost-plugin``,
else ``~/.cache/mattermost-plugin``; deleting it only costs time.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any, Optional

CACHE_ENV = "MATTERMOST_PLUGIN_CACHE"
"""Environment variable naming the cache folder."""

FORMAT = 2
"""Bumped when what is stored changes shape, so old entries are not read."""


def default_cache_dir() -> Path:
    """Where the cache lives unless the caller chooses."""
    chosen = os.environ.get(CACHE_ENV, "").strip()
    if chosen:
        return Path(chosen).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
    base = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
    return base / "mattermost-plugin"


def key(facts: Any) -> str:
    """A short stable hash of ``facts`` (anything JSON can write)."""
    text = json.dumps({"format": FORMAT, "facts": facts}, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


class Cache:
    """One cache folder. With ``refresh``, entries are rebuilt (and replaced) instead of read."""

    def __init__(self, directory: Path, refresh: bool = False) -> None:
        self.directory = directory
        self.refresh = refresh

    def root(self, kind: str) -> Path:
        """The folder holding entries of one kind (``site``, ``bridge``, ``parts``)."""
        folder = self.directory / kind
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def lookup(self, kind: str, name: str) -> Optional[Path]:
        """The stored entry, or None when it is missing (or a refresh was asked for)."""
        path = self.root(kind) / name
        if self.refresh or not path.exists():
            return None
        return path

    def scratch(self, kind: str) -> Path:
        """A new empty folder next to the entries of ``kind``, to build one in."""
        return Path(tempfile.mkdtemp(prefix=".building-", dir=self.root(kind)))

    def store(self, kind: str, name: str, made: Path) -> Path:
        """Move ``made`` (built in a :meth:`scratch` folder) into place; return the entry's path.

        The move is a rename, so a reader never sees half an entry; when another run
        stored the same entry first, that one is kept.
        """
        path = self.root(kind) / name
        if self.refresh and path.exists():
            remove(path)
        try:
            made.rename(path)
        except OSError:
            if not path.exists():
                raise
            remove(made)
        return path


def remove(path: Path) -> None:
    """Delete a file or a folder, if it is there."""
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)
