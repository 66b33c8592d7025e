"""The plugin's key-value store with JSON values: ``self.kv`` and ``self.async_kv``.

Mattermost keeps a key-value store per plugin (``kv_get``, ``kv_set``, ... on
``self.api``), shared by every node of a cluster. Its values are bytes; these
helpers store any JSON-serialisable value (dicts, lists, str, int, float,
bool, models) and read it back, and do the careful parts for you::

    self.kv.set("greeting", {"text": "hi", "count": 1})
    self.kv.get("greeting")                                  # {'text': 'hi', 'count': 1}
    self.kv.get("missing", default=0)                        # 0
    self.kv.set("session", token, expire_in=3600)            # gone after an hour
    self.kv.compare_and_set("owner", None, user_id)          # True only for the first writer
    self.kv.modify("count", lambda n: (n or 0) + 1)          # atomic, retried when another writer wins
    self.kv.keys(prefix="user:")                             # every key, across pages
    self.kv.delete("greeting")

``None`` is "no value": ``get`` returns the default for a missing key, ``set``
with ``None`` deletes the key, ``compare_and_set(key, None, value)`` writes only
if the key is missing. Keys are 1 to 150 characters; keys starting with
``mmi_`` belong to the server and the SDK (``ensure_bot_user`` keeps the bot's
id in ``mmi_botid``), so these helpers refuse them and ``keys`` leaves them out.

Values are written as compact JSON with sorted keys, so equal values are equal
bytes. :class:`AsyncKV` has the same methods as coroutines, for ``async def`` hooks.
"""

from __future__ import annotations

import asyncio
import math
import time
from datetime import timedelta
from typing import Any, Callable, Optional, Protocol, Union

import orjson

from mattermost_plugin._exceptions import KVConflict
from mattermost_plugin.api._convert import _default
from mattermost_plugin.models import PluginKVSetOptions
from mattermost_plugin.models._json import loads

__all__ = ["KEY_MAX_LENGTH", "RESERVED_PREFIX", "AsyncKV", "KV", "Seconds"]

KEY_MAX_LENGTH = 150
"""The longest key Mattermost stores (characters)."""

RESERVED_PREFIX = "mmi_"
"""Keys starting with this belong to the server and the SDK."""

MODIFY_ATTEMPTS = 5
"""How many times :meth:`KV.modify` tries before giving up (as Go's ``SetAtomicWithRetries``)."""

LIST_PAGE = 1000
"""Keys :meth:`KV.keys` asks for per call."""

Seconds = Union[int, float, timedelta]
"""A duration: seconds, or a ``timedelta``."""


class KVMethods(Protocol):
    """The plugin API methods the helpers call (``self.api``, or a test's ``FakeAPI``)."""

    def kv_get(self, key: str) -> Optional[bytes]: ...

    def kv_set_with_options(self, key: str, value: Optional[bytes], options: PluginKVSetOptions) -> bool: ...

    def kv_delete(self, key: str) -> None: ...

    def kv_list(self, page: int, per_page: int) -> list[str]: ...


class AsyncKVMethods(Protocol):
    """:class:`KVMethods`, awaitable (``self.async_api``)."""

    async def kv_get(self, key: str) -> Optional[bytes]: ...

    async def kv_set_with_options(self, key: str, value: Optional[bytes], options: PluginKVSetOptions) -> bool: ...

    async def kv_delete(self, key: str) -> None: ...

    async def kv_list(self, page: int, per_page: int) -> list[str]: ...


class KV:
    """The plugin's key-value store with JSON values (``self.kv``); see the module's documentation."""

    __slots__ = ("_api",)

    def __init__(self, api: KVMethods) -> None:
        self._api = api

    def get(self, key: str, default: Any = None) -> Any:
        """The value stored under ``key``, or ``default`` when there is none (or it expired)."""
        _check_key(key, "get")
        raw = self._api.kv_get(key)
        return default if raw is None else _decode(raw, key)

    def set(self, key: str, value: Any, *, expire_in: Optional[Seconds] = None) -> None:
        """Store ``value`` under ``key`` (``None`` deletes the key); ``expire_in`` seconds (or a
        ``timedelta``) later it is gone."""
        _check_key(key, "set")
        self._api.kv_set_with_options(key, _encode(value, key), _options(expire_in=expire_in))

    def compare_and_set(self, key: str, old: Any, new: Any, *, expire_in: Optional[Seconds] = None) -> bool:
        """Store ``new`` only if the current value equals ``old`` (``None``: only if the key is
        missing); ``new=None`` deletes the key. Returns whether it was written.

        The current value is read and compared as JSON, then written only if it has not
        changed since (Mattermost compares the stored bytes), so a value another writer
        changed in between is never overwritten: the call returns False.
        """
        _check_key(key, "compare_and_set")
        encoded = _encode(new, key)
        if old is None:
            return self._api.kv_set_with_options(key, encoded, _options(expire_in=expire_in, atomic=True))
        raw = self._api.kv_get(key)
        if raw is None or not _same(_decode(raw, key), old):
            return False
        return self._api.kv_set_with_options(key, encoded, _options(expire_in=expire_in, atomic=True, old=raw))

    def modify(self, key: str, change: Callable[[Any], Any], *, expire_in: Optional[Seconds] = None) -> Any:
        """Read the value (None if missing), compute ``change(value)`` and write the result only if
        nothing changed meanwhile; when another writer got there first, read and try again (up to
        5 times, then :class:`~mattermost_plugin.KVConflict`). ``change`` returning None deletes
        the key. Returns the value written."""
        _check_key(key, "modify")
        for attempt in range(MODIFY_ATTEMPTS):
            raw = self._api.kv_get(key)
            new = change(None if raw is None else _decode(raw, key))
            if raw is None and new is None:
                return None
            options = _options(expire_in=expire_in, atomic=True, old=raw)
            if self._api.kv_set_with_options(key, _encode(new, key), options):
                return new
            time.sleep(_backoff(attempt))
        raise _conflict(key)

    def delete(self, key: str) -> None:
        """Remove ``key`` (nothing happens when it is missing)."""
        _check_key(key, "delete")
        self._api.kv_delete(key)

    def keys(self, prefix: str = "") -> list[str]:
        """Every key (that starts with ``prefix``), sorted, read page by page; keys written or
        deleted while it reads may be missed."""
        found: list[str] = []
        page = 0
        while True:
            batch = self._api.kv_list(page, LIST_PAGE)
            found.extend(key for key in batch if key.startswith(prefix) and not key.startswith(RESERVED_PREFIX))
            if len(batch) < LIST_PAGE:
                return found
            page += 1


class AsyncKV:
    """:class:`KV` for ``async def`` hooks (``self.async_kv``): the same methods, awaitable."""

    __slots__ = ("_api",)

    def __init__(self, api: AsyncKVMethods) -> None:
        self._api = api

    async def get(self, key: str, default: Any = None) -> Any:
        """The value stored under ``key``, or ``default`` when there is none (or it expired)."""
        _check_key(key, "get")
        raw = await self._api.kv_get(key)
        return default if raw is None else _decode(raw, key)

    async def set(self, key: str, value: Any, *, expire_in: Optional[Seconds] = None) -> None:
        """Store ``value`` under ``key`` (``None`` deletes the key), for ``expire_in`` seconds if given."""
        _check_key(key, "set")
        await self._api.kv_set_with_options(key, _encode(value, key), _options(expire_in=expire_in))

    async def compare_and_set(self, key: str, old: Any, new: Any, *, expire_in: Optional[Seconds] = None) -> bool:
        """Store ``new`` only if the current value equals ``old`` (``None``: only if missing); see :meth:`KV.compare_and_set`."""
        _check_key(key, "compare_and_set")
        encoded = _encode(new, key)
        if old is None:
            return await self._api.kv_set_with_options(key, encoded, _options(expire_in=expire_in, atomic=True))
        raw = await self._api.kv_get(key)
        if raw is None or not _same(_decode(raw, key), old):
            return False
        return await self._api.kv_set_with_options(key, encoded, _options(expire_in=expire_in, atomic=True, old=raw))

    async def modify(self, key: str, change: Callable[[Any], Any], *, expire_in: Optional[Seconds] = None) -> Any:
        """Change the value atomically, retrying when another writer wins; see :meth:`KV.modify`."""
        _check_key(key, "modify")
        for attempt in range(MODIFY_ATTEMPTS):
            raw = await self._api.kv_get(key)
            new = change(None if raw is None else _decode(raw, key))
            if raw is None and new is None:
                return None
            options = _options(expire_in=expire_in, atomic=True, old=raw)
            if await self._api.kv_set_with_options(key, _encode(new, key), options):
                return new
            await asyncio.sleep(_backoff(attempt))
        raise _conflict(key)

    async def delete(self, key: str) -> None:
        """Remove ``key`` (nothing happens when it is missing)."""
        _check_key(key, "delete")
        await self._api.kv_delete(key)

    async def keys(self, prefix: str = "") -> list[str]:
        """Every key (that starts with ``prefix``), sorted, read page by page."""
        found: list[str] = []
        page = 0
        while True:
            batch = await self._api.kv_list(page, LIST_PAGE)
            found.extend(key for key in batch if key.startswith(prefix) and not key.startswith(RESERVED_PREFIX))
            if len(batch) < LIST_PAGE:
                return found
            page += 1


# --------------------------------------------------------------------------- shared


def _check_key(key: Any, method: str) -> None:
    if not isinstance(key, str):
        raise TypeError(f"kv.{method}: the key must be a str, got {type(key).__name__}")
    if not key or len(key) > KEY_MAX_LENGTH:
        raise ValueError(f"kv.{method}: the key must be 1 to {KEY_MAX_LENGTH} characters long, got {len(key)}: {key[:40]!r}")
    if key.startswith(RESERVED_PREFIX):
        raise ValueError(f"kv.{method}: keys starting with {RESERVED_PREFIX!r} belong to the server ({key!r}); choose another key")


def _encode(value: Any, key: str) -> Optional[bytes]:
    """``value`` as compact JSON with sorted keys (None stays None: Go's nil, which deletes)."""
    if value is None:
        return None
    try:
        return orjson.dumps(value, default=_default, option=orjson.OPT_SORT_KEYS | orjson.OPT_PASSTHROUGH_DATACLASS)
    except (TypeError, orjson.JSONEncodeError) as error:
        raise TypeError(f"kv: the value for {key!r} cannot be stored as JSON: {error}") from None


def _decode(raw: bytes, key: str) -> Any:
    try:
        return loads(raw)
    except ValueError:
        raise ValueError(
            f"kv: the value stored under {key!r} is not JSON ({raw[:40]!r}); it was written as bytes, "
            f"so read it with self.api.kv_get({key!r})"
        ) from None


def _same(current: Any, expected: Any) -> bool:
    """Whether two values are the same JSON (``1`` and ``1.0``, ``true`` and ``1`` are not)."""
    return _encode(current, "") == _encode(expected, "")


def _seconds(expire_in: Optional[Seconds]) -> int:
    """Whole seconds, rounded up (Mattermost counts expiry in seconds); 0 for no expiry."""
    if expire_in is None:
        return 0
    seconds = expire_in.total_seconds() if isinstance(expire_in, timedelta) else expire_in
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or not seconds > 0:
        raise ValueError(f"kv: expire_in must be a positive number of seconds or a timedelta, got {expire_in!r}")
    return math.ceil(seconds)


def _options(*, expire_in: Optional[Seconds], atomic: bool = False, old: Optional[bytes] = None) -> PluginKVSetOptions:
    # OldValue b"" reaches the server as Go's nil (net/rpc drops empty slices): "the key must be missing".
    return PluginKVSetOptions(atomic=atomic, old_value=old or b"", expire_in_seconds=_seconds(expire_in))


def _backoff(attempt: int) -> float:
    return 0.01 * (attempt + 1)


def _conflict(key: str) -> KVConflict:
    return KVConflict(f"kv.modify({key!r}): other writers changed the value each of the {MODIFY_ATTEMPTS} times it tried; try again later")
