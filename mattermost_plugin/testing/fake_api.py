"""An in-memory Mattermost for plugin tests: the plugin API a :class:`PluginHarness` serves.

The harness serves a :class:`FakeAPI` to the plugin exactly as the bridge serves
Mattermost's plugin API: a ``PluginAPI`` gRPC service offered through
go-plugin's broker and handed over with ``OnConfigurationChange`` and
``OnActivate``. So ``self.api`` and ``self.async_api`` work in the plugin as on
a server, in-process and in a real plugin process alike, and a test sees what
the plugin did::

    def test_standup_summary_is_posted_by_the_bot(plugin_harness):
        harness = plugin_harness("plugin.py")
        harness.activate()                                       # on_activate makes the bot, registers /standup
        assert harness.api.commands[0].trigger == "standup"
        team = harness.api.create_team(Team(name="crew"))
        channel = harness.api.create_channel(Channel(team_id=team.id, name="daily", type="O"))
        alice = harness.api.create_user(User(username="alice"))
        for command in ("/standup reviews", "/standup summary"):
            harness.execute_command(CommandArgs(command=command, channel_id=channel.id, user_id=alice.id))
        [post] = harness.api.posts.values()
        assert post.user_id == next(iter(harness.api.bots))

What it models, as the server does where plugins depend on it: the key-value
store (compare-and-set, expiry, listing, the 150-character key limit), users,
teams and their members, channels and their members (direct messages too),
posts, replies and reactions, ephemeral posts, slash commands, bots
(``ensure_bot_user`` as the server does it), profile images, the plugin's
settings (``settings_schema`` defaults from ``plugin.json``), cluster events,
WebSocket events and the ``log_*`` methods (their lines go to ``harness.logs``).
Every call the plugin makes is recorded in :attr:`FakeAPI.calls`.

A method it does not model answers with an error naming the method and how to
stub it: :meth:`FakeAPI.stub` (or a subclass defining the method) answers any
method, modelled or not.

Calls made by the test itself (``harness.api.create_user(...)`` to set up
data) work the same but are not recorded: :attr:`FakeAPI.calls` holds what the
plugin did.
"""

from __future__ import annotations

import contextvars
import copy
import difflib
import functools
import inspect
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping, Optional, TypeVar

from mattermost_plugin._exceptions import ApiError, HarnessError, NotModelled
from mattermost_plugin.api import API
from mattermost_plugin.api.kv import KV
from mattermost_plugin.models import (
    Bot,
    BotGetOptions,
    BotPatch,
    Channel,
    ChannelMember,
    Command,
    Config,
    Manifest,
    PluginClusterEvent,
    PluginClusterEventSendOptions,
    PluginKVSetOptions,
    Post,
    PostList,
    Reaction,
    Team,
    TeamMember,
    User,
    WebsocketBroadcast,
)
from mattermost_plugin.testing.logs import LogEntry, Logs

__all__ = ["ApiCall", "EphemeralPost", "FakeAPI", "Node", "WebsocketEvent", "new_id"]

KEY_MAX_RUNES = 150
"""The longest key the key-value store takes (Go's ``model.KeyValueKeyMaxRunes``)."""

LIST_DEFAULT_PER_PAGE = 10
"""Keys ``kv_list`` returns per page when asked for 0 or fewer (the server's default)."""

BOT_ID_KEY = "mmi_botid"
"""Where the server keeps the user id of the bot ``ensure_bot_user`` made, in the plugin's key-value store."""

_ALPHABET = "ybndrfg8ejkmcpqxot1uwisza345h769"
_NODE: contextvars.ContextVar[Optional["Node"]] = contextvars.ContextVar("mattermost_fake_api_node", default=None)
_MISSING = object()

T = TypeVar("T")


def new_id() -> str:
    """A fresh id like Mattermost's ``model.NewId``: 26 characters of its base32 alphabet."""
    number = uuid.uuid4().int
    return "".join(_ALPHABET[(number >> (5 * index)) & 31] for index in range(26))


@dataclass(frozen=True)
class ApiCall:
    """One call the plugin made to the plugin API."""

    method: str
    """The client's method, snake_case (``"create_post"``)."""
    args: dict[str, Any]
    """The arguments by parameter name, as Go received them (a nil is None)."""
    result: Any = None
    """What the call returned (a tuple when the method returns several values)."""
    error: Optional[BaseException] = None
    """The :class:`~mattermost_plugin.ApiError` (or other exception) the call ended with, if any."""
    node: str = ""
    """The id of the node (harness) whose plugin made the call."""

    @property
    def go_method(self) -> str:
        """The Go name of the method (``"CreatePost"``)."""
        return API.GO_NAMES[self.method]


@dataclass(frozen=True)
class EphemeralPost:
    """A post only one user sees (``send_ephemeral_post``)."""

    user_id: str
    post: Post


@dataclass(frozen=True)
class WebsocketEvent:
    """An event ``publish_websocket_event`` sent to WebSocket clients."""

    event: str
    payload: dict[str, Any]
    broadcast: Optional[WebsocketBroadcast]


@dataclass
class Node:
    """One plugin instance the fake serves (a harness): a node of the cluster the fake is.

    ``id`` names it (``node-1``, ``node-2``... in the order they were attached, unless
    given); ``call_hook(go_name, *arguments)`` calls one of the plugin's hooks if it
    implements it; ``logs`` receives the lines the plugin logs through the API.
    """

    id: str
    call_hook: Callable[..., None]
    logs: Optional[Logs] = None


@dataclass
class _Entry:
    value: bytes
    expire_at: int  # milliseconds since the epoch; 0: never


def _app_error(message: str, id: str, status_code: int, where: str = "") -> ApiError:
    return ApiError(message, id=id, status_code=status_code, where=where)


def _not_found(what: str, id: str, where: str) -> ApiError:
    return _app_error(f"Unable to find the existing {what}.", id, 404, where)


def _page(items: list[T], page: int, per_page: int) -> list[T]:
    start = max(page, 0) * max(per_page, 0)
    return items[start : start + max(per_page, 0)]


def _locked(method: Callable[..., T]) -> Callable[..., T]:
    """Run a modelled method under the fake's lock: each call sees and leaves a consistent state."""

    @functools.wraps(method)
    def locked(self: "FakeAPI", *args: Any, **kwargs: Any) -> T:
        with self._lock:
            return method(self, *args, **kwargs)

    return locked


_PARAMETERS = {
    name: [p for p in inspect.signature(getattr(API, name)).parameters.values() if p.name != "self"]
    for name in API.GO_NAMES
}


class FakeAPI:
    """An in-memory Mattermost server answering the plugin API; see the module's documentation.

    ``manifest`` is the plugin's ``plugin.json`` (the harness reads the one next
    to the plugin): its ``id`` is the plugin id, its ``settings_schema`` gives the
    defaults ``load_plugin_configuration`` returns. ``settings`` are the plugin's
    configured settings (as an admin saves them in the System Console).

    Inspect what the plugin did through :attr:`calls`, :meth:`calls_to`, and the
    data: :attr:`posts`, :attr:`ephemeral_posts`, :attr:`commands`, :attr:`bots`,
    :attr:`users`, :attr:`channels`, :attr:`teams`, :attr:`cluster_events`,
    :attr:`websocket_events`, :attr:`kv` (the key-value store with JSON values).
    """

    def __init__(
        self,
        *,
        manifest: Optional[Manifest] = None,
        settings: Optional[Mapping[str, Any]] = None,
        server_version: str = "11.11.0",
        bundle_path: str = "",
        config: Optional[Config] = None,
    ) -> None:
        self.manifest = manifest if manifest is not None else Manifest(id="com.example.plugin", name="Plugin under test")
        self.server_version = server_version
        """What ``get_server_version`` returns."""
        self.bundle_path = bundle_path
        """What ``get_bundle_path`` returns (the harness sets the plugin's folder)."""
        self.config = config if config is not None else Config({"ServiceSettings": {"SiteURL": "http://localhost:8065"}})
        """What ``get_config`` and ``get_unsanitized_config`` return."""
        self.calls: list[ApiCall] = []
        """Every call the plugin made, oldest first."""
        self.users: dict[str, User] = {}
        self.teams: dict[str, Team] = {}
        self.channels: dict[str, Channel] = {}
        self.team_members: dict[tuple[str, str], TeamMember] = {}
        """By (team id, user id)."""
        self.channel_members: dict[tuple[str, str], ChannelMember] = {}
        """By (channel id, user id)."""
        self.posts: dict[str, Post] = {}
        """Every post by id, in the order they were created (deleted ones have ``delete_at`` set)."""
        self.reactions: list[Reaction] = []
        self.ephemeral_posts: list[EphemeralPost] = []
        self.commands: list[Command] = []
        """The slash commands the plugin registered, in the order it registered them."""
        self.bots: dict[str, Bot] = {}
        """By bot user id."""
        self.profile_images: dict[str, bytes] = {}
        """By user id."""
        self.cluster_events: list[tuple[PluginClusterEvent, PluginClusterEventSendOptions]] = []
        """Every event a plugin published to its peers, with its options."""
        self.websocket_events: list[WebsocketEvent] = []
        self._settings: dict[str, Any] = {}
        self._kv: dict[str, _Entry] = {}
        self._stubs: dict[str, Any] = {}
        self._nodes: list[Node] = []
        self._attached = 0
        self._clock_offset = 0.0
        self._lock = threading.RLock()
        self._calls_lock = threading.Lock()
        if settings:
            self.set_settings(settings)

    # -- for tests -------------------------------------------------------------

    @property
    def plugin_id(self) -> str:
        """The plugin's id (its manifest's)."""
        return self.manifest.id

    @property
    def kv(self) -> KV:
        """The plugin's key-value store with JSON values, as the plugin's ``self.kv`` sees it:
        ``harness.api.kv.get("count")``, ``harness.api.kv.set("count", 3)``, ``harness.api.kv.keys()``."""
        return KV(self)  # type: ignore[arg-type]  # the fake has the KV methods KV calls

    @property
    def settings(self) -> dict[str, Any]:
        """The plugin's configured settings (keys lowercased, as the server keeps them)."""
        with self._lock:
            return copy.deepcopy(self._settings)

    def set_settings(self, settings: Mapping[str, Any]) -> None:
        """Replace the plugin's configured settings (what an admin saves in the System Console).

        ``harness.configure(settings)`` does this and then calls ``on_configuration_change``,
        as the server does.
        """
        if not isinstance(settings, Mapping):
            raise TypeError(f"settings must be a mapping of setting name to value, got {type(settings).__name__}")
        with self._lock:
            self._settings = {str(key).lower(): copy.deepcopy(value) for key, value in settings.items()}

    def stub(self, method: str, answer: Any) -> None:
        """Answer ``method`` (snake_case, as the plugin calls it) with ``answer`` from now on.

        ``answer`` is a function taking the method's arguments (its result is the
        method's), an exception to raise (an :class:`~mattermost_plugin.ApiError`
        reaches the plugin as the error Mattermost returned), or a value to
        return. Stubs win over what the fake models; ``unstub`` removes one.
        """
        self._check_method(method)
        with self._lock:
            self._stubs[method] = answer

    def unstub(self, method: str) -> None:
        """Stop stubbing ``method``."""
        self._check_method(method)
        with self._lock:
            self._stubs.pop(method, None)

    def calls_to(self, method: str) -> list[ApiCall]:
        """The plugin's calls to ``method`` (snake_case), oldest first."""
        self._check_method(method)
        with self._calls_lock:
            return [call for call in self.calls if call.method == method]

    def assert_called(self, method: str, times: Optional[int] = None) -> list[ApiCall]:
        """The plugin's calls to ``method``; fail, naming the methods it did call, when there
        were none (or not exactly ``times``)."""
        found = self.calls_to(method)
        if (times is None and not found) or (times is not None and len(found) != times):
            with self._calls_lock:
                made = ", ".join(dict.fromkeys(call.method for call in self.calls)) or "none"
            expected = "at least once" if times is None else f"{times} time{'s' if times != 1 else ''}"
            raise AssertionError(
                f"expected the plugin to call {method} {expected}, but it called it {len(found)} time(s); "
                f"methods it called: {made}"
            )
        return found

    def clear_calls(self) -> None:
        """Forget the calls recorded so far."""
        with self._calls_lock:
            self.calls.clear()

    def advance_time(self, seconds: float) -> None:
        """Move the fake's clock forward (key-value entries expire by it; timestamps follow it)."""
        with self._lock:
            self._clock_offset += seconds

    def now(self) -> int:
        """The fake's clock: milliseconds since the epoch."""
        return int((time.time() + self._clock_offset) * 1000)

    def ephemeral_posts_for(self, user_id: str) -> list[Post]:
        """The ephemeral posts sent to one user, oldest first."""
        with self._lock:
            return [copy.deepcopy(item.post) for item in self.ephemeral_posts if item.user_id == user_id]

    # -- serving -----------------------------------------------------------------

    def attach(self, node: Node) -> None:
        """Serve one more plugin instance (a harness does this): several harnesses sharing a
        fake are the nodes of one cluster, sharing its data."""
        with self._lock:
            self._attached += 1
            node.id = node.id or f"node-{self._attached}"
            self._nodes.append(node)

    def detach(self, node: Node) -> None:
        """Stop delivering events to a plugin instance."""
        with self._lock:
            if node in self._nodes:
                self._nodes.remove(node)

    def handle(self, method: str, arguments: tuple[Any, ...], node: Optional[Node] = None) -> Any:
        """Answer one call of the plugin (``method`` snake_case, ``arguments`` in order), and record it.

        Raises :class:`NotModelled` for a method neither modelled nor stubbed.
        """
        token = _NODE.set(node)
        result: Any = None
        error: Optional[BaseException] = None
        try:
            with self._lock:
                answer = self._stubs.get(method, _MISSING)
            if answer is not _MISSING:
                result = self._stubbed(answer, arguments)
            else:
                implementation = getattr(self, method, None) if hasattr(type(self), method) else None
                if implementation is None:
                    raise NotModelled(self._not_modelled(method))
                result = implementation(*arguments)
            return result
        except BaseException as exc:
            error = exc
            if isinstance(exc, NotModelled):
                self._log(node, "error", str(exc))
            raise
        finally:
            _NODE.reset(token)
            call = ApiCall(method, self._named(method, arguments), result, error, node.id if node else "")
            with self._calls_lock:
                self.calls.append(call)

    def _stubbed(self, answer: Any, arguments: tuple[Any, ...]) -> Any:
        if isinstance(answer, BaseException):
            raise answer
        if callable(answer):
            return answer(*arguments)
        return copy.deepcopy(answer)

    def _named(self, method: str, arguments: tuple[Any, ...]) -> dict[str, Any]:
        named: dict[str, Any] = {}
        rest = list(arguments)
        for parameter in _PARAMETERS.get(method, []):
            if parameter.kind is parameter.VAR_POSITIONAL:
                named[parameter.name] = tuple(rest)
                rest = []
            elif rest:
                named[parameter.name] = rest.pop(0)
        return named

    def _check_method(self, method: str) -> None:
        if method not in API.GO_NAMES:
            close = difflib.get_close_matches(method, list(API.GO_NAMES), n=1)
            hint = f"; did you mean {close[0]}?" if close else " (docs/api.md lists them all)"
            raise HarnessError(f"{method!r} is not a method of the plugin API{hint}")

    def _not_modelled(self, method: str) -> str:
        parameters = _PARAMETERS[method]
        names = ", ".join(("*" if p.kind is p.VAR_POSITIONAL else "") + p.name for p in parameters)
        returns = inspect.signature(getattr(API, method)).return_annotation
        return (
            f"FakeAPI does not model {method} (Go: {API.GO_NAMES[method]}). Stub it in the test: "
            f"harness.api.stub({method!r}, lambda {names}: ...) returning {returns}, "
            f"or an ApiError to raise; or subclass FakeAPI and define {method}(self{', ' if names else ''}{names})."
        )

    def _log(self, node: Optional[Node], level: str, message: str, fields: Optional[dict[str, Any]] = None) -> None:
        if node is not None and node.logs is not None:
            node.logs.append(LogEntry(level, message, "plugin API", dict(fields or {})))

    def _deliver(self, hook: str, *arguments: Any, only: str = "", skip: Optional[Node] = None) -> None:
        """Call ``hook`` on the plugin of every node (but ``skip``; only ``only``, when given).
        Runs outside the lock, so the hook may call the API."""
        with self._lock:
            nodes = [node for node in self._nodes if node is not skip and (not only or node.id == only)]
        for node in nodes:
            node.call_hook(hook, *arguments)

    # -- key-value store ---------------------------------------------------------

    def _check_key(self, key: str, where: str) -> None:
        if not key or len(key) > KEY_MAX_RUNES:
            raise _app_error(
                f"Invalid key, must be more than 0 and a of maximum {KEY_MAX_RUNES} characters long.",
                "model.plugin_key_value.is_valid.key.app_error",
                400,
                where,
            )

    def _live(self, key: str) -> Optional[_Entry]:
        entry = self._kv.get(key)
        if entry is not None and entry.expire_at and entry.expire_at <= self.now():
            del self._kv[key]
            return None
        return entry

    def _expire_at(self, seconds: int) -> int:
        return self.now() + seconds * 1000 if seconds else 0

    def _compare_and_set(self, key: str, old: Optional[bytes], value: Optional[bytes], expire_at: int) -> bool:
        if value is None:
            return self._compare_and_delete(key, old)
        current = self._live(key)
        if old is None:
            if current is not None:
                return False
        elif current is None or current.value != old:
            return False
        self._kv[key] = _Entry(value, expire_at)
        return True

    def _compare_and_delete(self, key: str, old: Optional[bytes]) -> bool:
        if old is None:
            return False
        current = self._live(key)
        if current is None or current.value != old:
            return False
        del self._kv[key]
        return True

    def _set(self, key: str, value: Optional[bytes], expire_in_seconds: int, where: str) -> None:
        self._check_key(key, where)
        if value is None:  # a nil value deletes the key
            self._kv.pop(key, None)
        else:
            self._kv[key] = _Entry(value, self._expire_at(expire_in_seconds))

    @_locked
    def kv_set(self, key: str, value: Optional[bytes]) -> None:
        self._set(key, value or None, 0, "KVSet")

    @_locked
    def kv_set_with_expiry(self, key: str, value: Optional[bytes], expire_in_seconds: int) -> None:
        self._set(key, value or None, expire_in_seconds, "KVSetWithExpiry")

    @_locked
    def kv_compare_and_set(self, key: str, old_value: Optional[bytes], new_value: Optional[bytes]) -> bool:
        self._check_key(key, "KVCompareAndSet")
        return self._compare_and_set(key, old_value or None, new_value or None, 0)

    @_locked
    def kv_compare_and_delete(self, key: str, old_value: Optional[bytes]) -> bool:
        self._check_key(key, "KVCompareAndDelete")
        return self._compare_and_delete(key, old_value or None)

    @_locked
    def kv_set_with_options(self, key: str, value: Optional[bytes], options: PluginKVSetOptions) -> bool:
        old = options.old_value or None  # an empty []byte arrives as Go's nil (net/rpc drops it)
        if not options.atomic and old is not None:
            raise _app_error(
                "Invalid old value, it shouldn't be set when the operation is not atomic.",
                "model.plugin_kvset_options.is_valid.old_value.app_error",
                400,
                "PluginKVSetOptions.IsValid",
            )
        self._check_key(key, "KVSetWithOptions")
        if options.atomic:
            return self._compare_and_set(key, old, value or None, self._expire_at(options.expire_in_seconds))
        self._set(key, value or None, options.expire_in_seconds, "KVSetWithOptions")
        return True

    @_locked
    def kv_get(self, key: str) -> Optional[bytes]:
        entry = self._live(key)
        return entry.value if entry is not None else None

    @_locked
    def kv_delete(self, key: str) -> None:
        self._kv.pop(key, None)

    @_locked
    def kv_delete_all(self) -> None:
        self._kv.clear()

    @_locked
    def kv_list(self, page: int, per_page: int) -> list[str]:
        if per_page <= 0:
            per_page = LIST_DEFAULT_PER_PAGE
        keys = sorted(key for key in list(self._kv) if self._live(key) is not None)
        return _page(keys, page, per_page)

    # -- configuration and server --------------------------------------------------

    @_locked
    def load_plugin_configuration(self) -> Any:
        merged: dict[str, Any] = {}
        schema = self.manifest.settings_schema
        for setting in (schema.settings or []) if schema is not None else []:
            merged[setting.key.lower()] = copy.deepcopy(setting.default)
        merged.update(copy.deepcopy(self._settings))
        return merged

    @_locked
    def get_plugin_config(self) -> dict[str, Any]:
        return copy.deepcopy(self._settings)

    def save_plugin_config(self, config: dict[str, Any]) -> None:
        self.set_settings(config or {})
        self._deliver("OnConfigurationChange")

    def get_server_version(self) -> str:
        return self.server_version

    def get_plugin_id(self) -> str:
        return self.plugin_id

    def get_bundle_path(self) -> str:
        return self.bundle_path

    @_locked
    def get_config(self) -> Optional[Config]:
        return copy.deepcopy(self.config)

    @_locked
    def get_unsanitized_config(self) -> Optional[Config]:
        return copy.deepcopy(self.config)

    def log_debug(self, msg: str, *key_value_pairs: Any) -> None:
        self._log_line("debug", msg, key_value_pairs)

    def log_info(self, msg: str, *key_value_pairs: Any) -> None:
        self._log_line("info", msg, key_value_pairs)

    def log_warn(self, msg: str, *key_value_pairs: Any) -> None:
        self._log_line("warn", msg, key_value_pairs)

    def log_error(self, msg: str, *key_value_pairs: Any) -> None:
        self._log_line("error", msg, key_value_pairs)

    def _log_line(self, level: str, message: str, pairs: tuple[Any, ...]) -> None:
        fields = {str(pairs[index]): pairs[index + 1] if index + 1 < len(pairs) else None for index in range(0, len(pairs), 2)}
        self._log(_NODE.get(), level, message, fields)

    # -- users -------------------------------------------------------------------

    def _user(self, user_id: str, where: str) -> User:
        user = self.users.get(user_id)
        if user is None:
            raise _app_error("We couldn't find the existing account.", "app.user.missing_account.const", 404, where)
        return user

    @_locked
    def create_user(self, user: Optional[User]) -> User:
        if user is None or not user.username:
            raise _app_error("Invalid username.", "model.user.is_valid.username.app_error", 400, "CreateUser")
        if any(existing.username == user.username for existing in self.users.values()):
            raise _app_error("An account with that username already exists.", "app.user.save.username_exists.app_error", 400, "CreateUser")
        if user.email and any(existing.email == user.email for existing in self.users.values()):
            raise _app_error("An account with that email already exists.", "app.user.save.email_exists.app_error", 400, "CreateUser")
        created = copy.deepcopy(user)
        created.id = created.id or new_id()
        created.create_at = created.update_at = self.now()
        created.roles = created.roles or "system_user"
        self.users[created.id] = created
        return copy.deepcopy(created)

    @_locked
    def get_user(self, user_id: str) -> User:
        return copy.deepcopy(self._user(user_id, "GetUser"))

    @_locked
    def get_user_by_username(self, name: str) -> User:
        for user in self.users.values():
            if user.username == name:
                return copy.deepcopy(user)
        raise _app_error("We couldn't find the existing account.", "app.user.missing_account.const", 404, "GetUserByUsername")

    @_locked
    def get_user_by_email(self, email: str) -> User:
        for user in self.users.values():
            if user.email and user.email.lower() == email.lower():
                return copy.deepcopy(user)
        raise _app_error("We couldn't find the existing account.", "app.user.missing_account.const", 404, "GetUserByEmail")

    @_locked
    def get_users_by_ids(self, user_ids: list[str]) -> list[User]:
        return [copy.deepcopy(self.users[user_id]) for user_id in user_ids if user_id in self.users]

    @_locked
    def get_users_by_usernames(self, usernames: list[str]) -> list[User]:
        return [copy.deepcopy(user) for user in self.users.values() if user.username in usernames]

    @_locked
    def update_user(self, user: Optional[User]) -> User:
        old = self._user(user.id if user is not None else "", "UpdateUser")
        updated = copy.deepcopy(user)
        assert updated is not None
        updated.create_at = old.create_at
        updated.update_at = self.now()
        self.users[updated.id] = updated
        return copy.deepcopy(updated)

    @_locked
    def delete_user(self, user_id: str) -> None:
        user = self._user(user_id, "DeleteUser")
        user.delete_at = user.update_at = self.now()

    @_locked
    def get_users_in_channel(self, channel_id: str, sort_by: str, page: int, per_page: int) -> list[User]:
        users = [self.users[user_id] for (channel, user_id) in self.channel_members if channel == channel_id and user_id in self.users]
        users.sort(key=lambda user: user.username)
        return [copy.deepcopy(user) for user in _page(users, page, per_page)]

    @_locked
    def set_profile_image(self, user_id: str, data: Optional[bytes]) -> None:
        user = self._user(user_id, "SetProfileImage")
        self.profile_images[user_id] = data or b""
        user.last_picture_update = self.now()

    # -- teams -------------------------------------------------------------------

    def _team(self, team_id: str, where: str) -> Team:
        team = self.teams.get(team_id)
        if team is None:
            raise _not_found("team", "app.team.get.find.app_error", where)
        return team

    @_locked
    def create_team(self, team: Optional[Team]) -> Team:
        if team is None or not team.name:
            raise _app_error("Name must be 2 or more lowercase alphanumeric characters.", "model.team.is_valid.name.app_error", 400, "CreateTeam")
        if any(existing.name == team.name for existing in self.teams.values()):
            raise _app_error("A team with that name already exists.", "app.team.save.existing.app_error", 400, "CreateTeam")
        created = copy.deepcopy(team)
        created.id = created.id or new_id()
        created.create_at = created.update_at = self.now()
        created.type = created.type or "O"
        self.teams[created.id] = created
        return copy.deepcopy(created)

    @_locked
    def get_team(self, team_id: str) -> Team:
        return copy.deepcopy(self._team(team_id, "GetTeam"))

    @_locked
    def get_team_by_name(self, name: str) -> Team:
        for team in self.teams.values():
            if team.name == name:
                return copy.deepcopy(team)
        raise _not_found("team", "app.team.get_by_name.missing.app_error", "GetTeamByName")

    @_locked
    def get_teams(self) -> list[Team]:
        return [copy.deepcopy(team) for team in self.teams.values()]

    @_locked
    def update_team(self, team: Optional[Team]) -> Team:
        old = self._team(team.id if team is not None else "", "UpdateTeam")
        updated = copy.deepcopy(team)
        assert updated is not None
        updated.create_at = old.create_at
        updated.update_at = self.now()
        self.teams[updated.id] = updated
        return copy.deepcopy(updated)

    @_locked
    def create_team_member(self, team_id: str, user_id: str) -> TeamMember:
        self._team(team_id, "CreateTeamMember")
        self._user(user_id, "CreateTeamMember")
        member = self.team_members.get((team_id, user_id))
        if member is None:
            member = TeamMember(team_id=team_id, user_id=user_id, roles="team_user", scheme_user=True)
            self.team_members[(team_id, user_id)] = member
        return copy.deepcopy(member)

    @_locked
    def get_team_member(self, team_id: str, user_id: str) -> TeamMember:
        member = self.team_members.get((team_id, user_id))
        if member is None:
            raise _app_error("A team member with that ID could not be found.", "app.team.get_member.missing.app_error", 404, "GetTeamMember")
        return copy.deepcopy(member)

    @_locked
    def get_team_members(self, team_id: str, page: int, per_page: int) -> list[TeamMember]:
        members = [member for (team, _), member in self.team_members.items() if team == team_id]
        return [copy.deepcopy(member) for member in _page(members, page, per_page)]

    @_locked
    def get_team_members_for_user(self, user_id: str, page: int, per_page: int) -> list[TeamMember]:
        members = [member for (_, user), member in self.team_members.items() if user == user_id]
        return [copy.deepcopy(member) for member in _page(members, page, per_page)]

    @_locked
    def get_teams_for_user(self, user_id: str) -> list[Team]:
        return [copy.deepcopy(self.teams[team]) for (team, user) in self.team_members if user == user_id and team in self.teams]

    @_locked
    def delete_team_member(self, team_id: str, user_id: str, requestor_id: str) -> None:
        if self.team_members.pop((team_id, user_id), None) is None:
            raise _app_error("A team member with that ID could not be found.", "app.team.get_member.missing.app_error", 404, "DeleteTeamMember")

    # -- channels ------------------------------------------------------------------

    def _channel(self, channel_id: str, where: str) -> Channel:
        channel = self.channels.get(channel_id)
        if channel is None:
            raise _not_found("channel", "app.channel.get.existing.app_error", where)
        return channel

    @_locked
    def create_channel(self, channel: Optional[Channel]) -> Channel:
        if channel is None or not channel.name:
            raise _app_error("Invalid name.", "model.channel.is_valid.2_or_more.app_error", 400, "CreateChannel")
        if channel.type not in ("O", "P"):
            raise _app_error("Invalid type.", "model.channel.is_valid.type.app_error", 400, "CreateChannel")
        self._team(channel.team_id, "CreateChannel")
        if any(existing.team_id == channel.team_id and existing.name == channel.name for existing in self.channels.values()):
            raise _app_error("A channel with that name already exists on the same team.", "store.sql_channel.save_channel.exists.app_error", 400, "CreateChannel")
        return self._add_channel(channel)

    def _add_channel(self, channel: Channel) -> Channel:
        created = copy.deepcopy(channel)
        created.id = created.id or new_id()
        created.create_at = created.update_at = self.now()
        self.channels[created.id] = created
        return copy.deepcopy(created)

    @_locked
    def get_channel(self, channel_id: str) -> Channel:
        return copy.deepcopy(self._channel(channel_id, "GetChannel"))

    @_locked
    def get_channel_by_name(self, team_id: str, name: str, include_deleted: bool) -> Channel:
        for channel in self.channels.values():
            if channel.team_id == team_id and channel.name == name and (include_deleted or not channel.delete_at):
                return copy.deepcopy(channel)
        raise _not_found("channel", "app.channel.get_by_name.missing.app_error", "GetChannelByName")

    @_locked
    def get_channel_by_name_for_team_name(self, team_name: str, channel_name: str, include_deleted: bool) -> Channel:
        team = next((team for team in self.teams.values() if team.name == team_name), None)
        if team is None:
            raise _not_found("team", "app.team.get_by_name.missing.app_error", "GetChannelByNameForTeamName")
        return self.get_channel_by_name(team.id, channel_name, include_deleted)

    @_locked
    def get_direct_channel(self, user_id1: str, user_id2: str) -> Channel:
        self._user(user_id1, "GetDirectChannel")
        self._user(user_id2, "GetDirectChannel")
        name = "__".join(sorted((user_id1, user_id2)))
        for channel in self.channels.values():
            if channel.type == "D" and channel.name == name:
                return copy.deepcopy(channel)
        created = self._add_channel(Channel(name=name, type="D"))
        for user_id in {user_id1, user_id2}:
            self._add_member(created.id, user_id)
        return created

    @_locked
    def get_public_channels_for_team(self, team_id: str, page: int, per_page: int) -> list[Channel]:
        found = [c for c in self.channels.values() if c.team_id == team_id and c.type == "O" and not c.delete_at]
        found.sort(key=lambda channel: channel.display_name or channel.name)
        return [copy.deepcopy(channel) for channel in _page(found, page, per_page)]

    @_locked
    def get_channels_for_team_for_user(self, team_id: str, user_id: str, include_deleted: bool) -> list[Channel]:
        found = []
        for (channel_id, member), _ in self.channel_members.items():
            channel = self.channels.get(channel_id)
            if member == user_id and channel is not None and channel.team_id in (team_id, "") and (include_deleted or not channel.delete_at):
                found.append(copy.deepcopy(channel))
        return found

    @_locked
    def update_channel(self, channel: Optional[Channel]) -> Channel:
        old = self._channel(channel.id if channel is not None else "", "UpdateChannel")
        updated = copy.deepcopy(channel)
        assert updated is not None
        updated.create_at = old.create_at
        updated.update_at = self.now()
        self.channels[updated.id] = updated
        return copy.deepcopy(updated)

    @_locked
    def delete_channel(self, channel_id: str) -> None:
        channel = self._channel(channel_id, "DeleteChannel")
        channel.delete_at = channel.update_at = self.now()

    def _add_member(self, channel_id: str, user_id: str) -> ChannelMember:
        member = self.channel_members.get((channel_id, user_id))
        if member is None:
            member = ChannelMember(channel_id=channel_id, user_id=user_id, roles="channel_user", scheme_user=True, notify_props={})
            self.channel_members[(channel_id, user_id)] = member
        return copy.deepcopy(member)

    @_locked
    def add_channel_member(self, channel_id: str, user_id: str) -> ChannelMember:
        self._channel(channel_id, "AddChannelMember")
        self._user(user_id, "AddChannelMember")
        return self._add_member(channel_id, user_id)

    @_locked
    def add_user_to_channel(self, channel_id: str, user_id: str, as_user_id: str) -> ChannelMember:
        self._channel(channel_id, "AddUserToChannel")
        self._user(user_id, "AddUserToChannel")
        return self._add_member(channel_id, user_id)

    @_locked
    def get_channel_member(self, channel_id: str, user_id: str) -> ChannelMember:
        member = self.channel_members.get((channel_id, user_id))
        if member is None:
            raise _app_error("No channel member found for that user ID and channel ID.", "app.channel.get_member.missing.app_error", 404, "GetChannelMember")
        return copy.deepcopy(member)

    @_locked
    def get_channel_members(self, channel_id: str, page: int, per_page: int) -> list[ChannelMember]:
        members = [member for (channel, _), member in self.channel_members.items() if channel == channel_id]
        return [copy.deepcopy(member) for member in _page(members, page, per_page)]

    @_locked
    def delete_channel_member(self, channel_id: str, user_id: str) -> None:
        if self.channel_members.pop((channel_id, user_id), None) is None:
            raise _app_error("No channel member found for that user ID and channel ID.", "app.channel.get_member.missing.app_error", 404, "DeleteChannelMember")

    # -- posts ---------------------------------------------------------------------

    def _post(self, post_id: str, where: str) -> Post:
        post = self.posts.get(post_id)
        if post is None or post.delete_at:
            raise _app_error("Unable to get the post.", "app.post.get.app_error", 404, where)
        return post

    @_locked
    def create_post(self, post: Optional[Post]) -> Post:
        if post is None:
            raise _app_error("Invalid post.", "api.context.invalid_body_param.app_error", 400, "CreatePost")
        self._channel(post.channel_id, "CreatePost")
        if post.root_id:
            self._post(post.root_id, "CreatePost")
        created = copy.deepcopy(post)
        created.id = new_id()
        created.create_at = created.create_at or self.now()
        created.update_at = created.create_at
        self.posts[created.id] = created
        self.channels[post.channel_id].last_post_at = created.create_at
        return copy.deepcopy(created)

    @_locked
    def get_post(self, post_id: str) -> Post:
        return copy.deepcopy(self._post(post_id, "GetPost"))

    @_locked
    def update_post(self, post: Optional[Post]) -> Post:
        old = self._post(post.id if post is not None else "", "UpdatePost")
        assert post is not None
        updated = copy.deepcopy(old)
        if post.message != old.message:
            updated.edit_at = self.now()
        updated.message = post.message
        updated.props = copy.deepcopy(post.props)
        updated.file_ids = copy.deepcopy(post.file_ids)
        updated.is_pinned = post.is_pinned
        updated.has_reactions = post.has_reactions
        updated.update_at = self.now()
        self.posts[updated.id] = updated
        return copy.deepcopy(updated)

    @_locked
    def delete_post(self, post_id: str) -> None:
        post = self._post(post_id, "DeletePost")
        post.delete_at = post.update_at = self.now()

    @_locked
    def get_post_thread(self, post_id: str) -> PostList:
        post = self._post(post_id, "GetPostThread")
        root = post.root_id or post.id
        thread = [p for p in self.posts.values() if not p.delete_at and (p.id == root or p.root_id == root)]
        return self._post_list(thread)

    @_locked
    def get_posts_for_channel(self, channel_id: str, page: int, per_page: int) -> PostList:
        self._channel(channel_id, "GetPostsForChannel")
        found = [p for p in self.posts.values() if p.channel_id == channel_id and not p.delete_at]
        found.sort(key=lambda p: p.create_at, reverse=True)
        return self._post_list(_page(found, page, per_page))

    def _post_list(self, posts: list[Post]) -> PostList:
        ordered = sorted(posts, key=lambda p: p.create_at, reverse=True)
        return PostList(order=[p.id for p in ordered], posts={p.id: copy.deepcopy(p) for p in ordered})

    @_locked
    def send_ephemeral_post(self, user_id: str, post: Optional[Post]) -> Optional[Post]:
        sent = copy.deepcopy(post) if post is not None else Post()
        sent.id = sent.id or new_id()
        sent.type = "system_ephemeral"
        sent.create_at = sent.create_at or self.now()
        sent.props = sent.props if sent.props is not None else {}
        self.ephemeral_posts.append(EphemeralPost(user_id, sent))
        return copy.deepcopy(sent)

    @_locked
    def update_ephemeral_post(self, user_id: str, post: Optional[Post]) -> Optional[Post]:
        updated = copy.deepcopy(post) if post is not None else Post()
        updated.type = "system_ephemeral"
        updated.update_at = self.now()
        for index, item in enumerate(self.ephemeral_posts):
            if item.user_id == user_id and item.post.id == updated.id:
                self.ephemeral_posts[index] = EphemeralPost(user_id, updated)
                break
        else:
            self.ephemeral_posts.append(EphemeralPost(user_id, updated))
        return copy.deepcopy(updated)

    @_locked
    def delete_ephemeral_post(self, user_id: str, post_id: str) -> None:
        self.ephemeral_posts = [
            item for item in self.ephemeral_posts if not (item.user_id == user_id and item.post.id == post_id)
        ]

    @_locked
    def add_reaction(self, reaction: Optional[Reaction]) -> Reaction:
        if reaction is None:
            raise _app_error("Invalid reaction.", "api.context.invalid_body_param.app_error", 400, "AddReaction")
        post = self._post(reaction.post_id, "AddReaction")
        added = copy.deepcopy(reaction)
        added.create_at = added.update_at = self.now()
        added.channel_id = post.channel_id
        self.reactions = [
            r for r in self.reactions if (r.user_id, r.post_id, r.emoji_name) != (added.user_id, added.post_id, added.emoji_name)
        ]
        self.reactions.append(added)
        post.has_reactions = True
        return copy.deepcopy(added)

    @_locked
    def remove_reaction(self, reaction: Optional[Reaction]) -> None:
        if reaction is None:
            return
        key = (reaction.user_id, reaction.post_id, reaction.emoji_name)
        self.reactions = [r for r in self.reactions if (r.user_id, r.post_id, r.emoji_name) != key]
        post = self.posts.get(reaction.post_id)
        if post is not None:
            post.has_reactions = any(r.post_id == post.id for r in self.reactions)

    @_locked
    def get_reactions(self, post_id: str) -> list[Reaction]:
        return [copy.deepcopy(r) for r in self.reactions if r.post_id == post_id]

    # -- slash commands ----------------------------------------------------------------

    @_locked
    def register_command(self, command: Optional[Command]) -> None:
        if command is None or not command.trigger:
            raise ApiError("invalid command", where="RegisterCommand")
        if command.autocomplete_data is not None:
            from mattermost_plugin.api.commands import autocomplete_problem

            problem = autocomplete_problem(command.autocomplete_data)
            if problem:
                raise ApiError(f"invalid autocomplete data in command: {problem}", where="RegisterCommand")
        registered = copy.deepcopy(command)
        registered.trigger = registered.trigger.lower()
        for index, existing in enumerate(self.commands):
            if existing.trigger == registered.trigger and existing.team_id == registered.team_id:
                self.commands[index] = registered
                return
        self.commands.append(registered)

    @_locked
    def unregister_command(self, team_id: str, trigger: str) -> None:
        trigger = trigger.lower()
        self.commands = [c for c in self.commands if not (c.trigger == trigger and c.team_id == team_id)]

    @_locked
    def list_plugin_commands(self, team_id: str) -> list[Command]:
        return [copy.deepcopy(c) for c in self.commands if c.team_id in ("", team_id)]

    # -- bots ----------------------------------------------------------------------------

    def _bot(self, bot_user_id: str, include_deleted: bool, where: str) -> Bot:
        bot = self.bots.get(bot_user_id)
        if bot is None or (bot.delete_at and not include_deleted):
            raise _app_error("Unable to find the existing bot.", "store.sql_bot.get.missing.app_error", 404, where)
        return bot

    @_locked
    def create_bot(self, bot: Optional[Bot]) -> Bot:
        if bot is None or not bot.username:
            raise _app_error("Invalid username.", "model.bot.is_valid.username.app_error", 400, "CreateBot")
        user = self.create_user(
            User(
                username=bot.username,
                email=f"{bot.username.lower()}@localhost",
                first_name=bot.display_name,
                is_bot=True,
                bot_description=bot.description,
            )
        )
        created = copy.deepcopy(bot)
        created.user_id = user.id
        created.owner_id = created.owner_id or self.plugin_id
        created.create_at = created.update_at = user.create_at
        self.bots[user.id] = created
        return copy.deepcopy(created)

    @_locked
    def get_bot(self, bot_user_id: str, include_deleted: bool) -> Bot:
        return copy.deepcopy(self._bot(bot_user_id, include_deleted, "GetBot"))

    @_locked
    def get_bots(self, options: Optional[BotGetOptions]) -> list[Bot]:
        options = options or BotGetOptions()
        found = [
            bot
            for bot in self.bots.values()
            if (options.include_deleted or not bot.delete_at) and (not options.owner_id or bot.owner_id == options.owner_id)
        ]
        return [copy.deepcopy(bot) for bot in _page(found, options.page, options.per_page)]

    @_locked
    def patch_bot(self, bot_user_id: str, bot_patch: Optional[BotPatch]) -> Bot:
        bot = self._bot(bot_user_id, True, "PatchBot")
        patch = bot_patch or BotPatch()
        if patch.username is not None:
            bot.username = self.users[bot_user_id].username = patch.username
        if patch.display_name is not None:
            bot.display_name = self.users[bot_user_id].first_name = patch.display_name
        if patch.description is not None:
            bot.description = self.users[bot_user_id].bot_description = patch.description
        bot.update_at = self.now()
        return copy.deepcopy(bot)

    @_locked
    def update_bot_active(self, bot_user_id: str, active: bool) -> Bot:
        bot = self._bot(bot_user_id, True, "UpdateBotActive")
        bot.delete_at = 0 if active else self.now()
        self.users[bot_user_id].delete_at = bot.delete_at
        return copy.deepcopy(bot)

    @_locked
    def permanent_delete_bot(self, bot_user_id: str) -> None:
        self._bot(bot_user_id, True, "PermanentDeleteBot")
        del self.bots[bot_user_id]
        self.users.pop(bot_user_id, None)

    @_locked
    def ensure_bot_user(self, bot: Optional[Bot]) -> str:
        # What the server's EnsureBot does: the bot it made before (its id kept in the plugin's
        # key-value store) is patched to match, an existing bot account of that name is claimed,
        # else a bot is created.
        if bot is None:
            raise ApiError("passed a nil bot", where="EnsureBotUser")
        if not bot.username:
            raise ApiError("passed a bot with no username", where="EnsureBotUser")
        known = self.kv_get(BOT_ID_KEY)
        if known is not None:
            bot_id = known.decode()
            try:
                self.patch_bot(bot_id, BotPatch(username=bot.username, display_name=bot.display_name, description=bot.description))
            except ApiError as error:
                raise ApiError(f"failed to patch bot: {error.message}", where="EnsureBotUser") from None
            return bot_id
        user = next((user for user in self.users.values() if user.username == bot.username), None)
        if user is not None:
            if user.is_bot:
                self.kv_set(BOT_ID_KEY, user.id.encode())
            return user.id
        try:
            created = self.create_bot(bot)
        except ApiError as error:
            raise ApiError(f"failed to create bot: {error.message}", where="EnsureBotUser") from None
        self.kv_set(BOT_ID_KEY, created.user_id.encode())
        return created.user_id

    # -- events --------------------------------------------------------------------------

    def publish_plugin_cluster_event(self, ev: PluginClusterEvent, opts: PluginClusterEventSendOptions) -> None:
        """Record the event and deliver it to ``on_plugin_cluster_event`` on every other node
        (only ``opts.target_id``, when set) before returning; a real cluster delivers it moments later."""
        with self._lock:
            if opts.target_id and not any(node.id == opts.target_id for node in self._nodes):
                raise ApiError(f'failed to send message to cluster node "{opts.target_id}": no such node')
            self.cluster_events.append((copy.deepcopy(ev), copy.deepcopy(opts)))
        self._deliver("OnPluginClusterEvent", ev, only=opts.target_id, skip=_NODE.get())

    @_locked
    def publish_websocket_event(self, event: str, payload: dict[str, Any], broadcast: Optional[WebsocketBroadcast]) -> None:
        self.websocket_events.append(WebsocketEvent(event, copy.deepcopy(payload), copy.deepcopy(broadcast)))

    def __repr__(self) -> str:
        return (
            f"<FakeAPI {self.plugin_id}: {len(self.calls)} calls, {len(self.posts)} posts, "
            f"{len(self._kv)} keys, {len(self.users)} users, {len(self.channels)} channels>"
        )

