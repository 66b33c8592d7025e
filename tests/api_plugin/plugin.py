"""A plugin that calls Mattermost's plugin API, for tests/conformance/server (api_*_test.go).

The Go test loads its bundle into Mattermost's plugin environment with a
recording plugin API and checks every call the API sees:

- ``on_configuration_change`` (Mattermost's first call, before activation)
  loads the plugin's configuration; ``on_activate`` ensures a bot, registers
  a command, stores a key and logs a line;
- ``message_will_be_posted`` (a plain method) reads the author and signs the post;
- ``message_has_been_posted`` (``async def``) reads the channel and answers as the bot;
- ``execute_command`` (``async def``) runs ``/api <what>``:

  - ``concurrent``: 100 calls at once from coroutines and 100 from threads;
  - ``error``: a call the server refuses, and the ApiError it becomes;
  - ``timeout``: a call slower than its deadline;
  - ``before``: what ``self.api`` said when the plugin was created, before activation;
  - ``every sync`` / ``every async``: every method of the API, with sample
    arguments made from its annotations; reports what went and what came back.
"""

from __future__ import annotations

import asyncio
import base64
import dataclasses
import inspect
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Union, get_args, get_origin, get_type_hints

import orjson
from typeguard import CollectionCheckStrategy, TypeCheckError, check_type

from mattermost_plugin import (
    ApiError,
    ApiTimeout,
    ApiUnavailable,
    Bot,
    Command,
    CommandArgs,
    CommandResponse,
    Config,
    Context,
    Plugin,
    Post,
)
from mattermost_plugin.api import API, AsyncAPI, HTTPRequest, HTTPResponse
from mattermost_plugin.models import Model, encode

ZERO_TIME = "0001-01-01T00:00:00Z"
SAMPLE_TIME = "2024-05-06T07:08:09Z"


class ApiCaller(Plugin):
    def __init__(self) -> None:
        try:
            self.api.get_server_version()
            self.before = "self.api worked before activation"
        except ApiUnavailable as error:
            self.before = str(error)
        self.configuration: Any = None
        self.bot_id = ""

    def on_configuration_change(self) -> None:
        self.configuration = self.api.load_plugin_configuration()

    def on_activate(self) -> None:
        self.bot_id = self.api.ensure_bot_user(Bot(username="api-bot", display_name="API Bot", description="made by the API test"))
        self.api.register_command(
            Command(trigger="api", auto_complete=True, auto_complete_desc="drive the API test", display_name="API")
        )
        self.api.kv_set("activated", b"yes")
        self.api.log_info("api plugin activated", "bot_id", self.bot_id)

    def message_will_be_posted(self, context: Context, post: Post) -> Post:
        user = self.api.get_user(post.user_id)
        post.message = f"{user.username}: {post.message}"
        return post

    async def message_has_been_posted(self, context: Context, post: Post) -> None:
        channel = await self.async_api.get_channel(post.channel_id)
        await self.async_api.create_post(
            Post(channel_id=channel.id, user_id=self.bot_id, message=f"seen in {channel.name}", props={"seen": post.id})
        )

    async def execute_command(self, context: Context, args: CommandArgs) -> CommandResponse:
        words = args.command.split()[1:]
        what = words[0] if words else ""
        if what == "concurrent":
            return CommandResponse(text="concurrent", props=await self.concurrent())
        if what == "error":
            try:
                await self.async_api.get_user("missing")
            except ApiError as error:
                fields = {name: getattr(error, name) for name in ("id", "message", "detailed_error", "status_code", "where", "request_id", "method")}
                sync_error = self.sync_error()
                return CommandResponse(text=str(error), props={"async": fields, "sync": sync_error})
            return CommandResponse(text="no error")
        if what == "timeout":
            return CommandResponse(text=await asyncio.to_thread(self.timeout))
        if what == "before":
            return CommandResponse(text=self.before)
        if what == "every":
            if words[1:] == ["async"]:
                report = await every_method_async(self.async_api)
            else:
                report = await asyncio.to_thread(every_method, self.api)
            return CommandResponse(text="every", props={"methods": report})
        return CommandResponse(text=f"unknown: {args.command}")

    def sync_error(self) -> dict[str, Any]:
        try:
            self.api.get_user("missing")
        except ApiError as error:
            return {"type": type(error).__name__, "id": error.id, "status_code": error.status_code}
        return {}

    def timeout(self) -> str:
        try:
            self.api.with_timeout(0.3).get_team("slow")
        except ApiTimeout as error:
            return f"{type(error).__name__}: {error}"
        return "no timeout"

    async def concurrent(self) -> dict[str, Any]:
        async def one(index: int) -> bytes | None:
            await self.async_api.kv_set(f"async-{index}", f"value {index}".encode())
            return await self.async_api.kv_get(f"async-{index}")

        def threaded(index: int) -> bytes | None:
            self.api.kv_set(f"thread-{index}", f"value {index}".encode())
            return self.api.kv_get(f"thread-{index}")

        async_values = await asyncio.gather(*(one(index) for index in range(100)))

        def in_threads() -> list[bytes | None]:
            with ThreadPoolExecutor(max_workers=100) as pool:
                return list(pool.map(threaded, range(100)))

        thread_values = await asyncio.to_thread(in_threads)
        return {
            "async": [value.decode() if value else None for value in async_values],
            "threads": [value.decode() if value else None for value in thread_values],
            "thread_count": threading.active_count(),
        }


# --------------------------------------------------------------------------- every method


def api_methods(cls: type) -> list[tuple[str, str, Any]]:
    """(Python name, Go name, function) of every API method, in the class's order."""
    names = cls.GO_NAMES  # type: ignore[attr-defined]
    return [(name, names[name], getattr(cls, name)) for name in names]


def sample(annotation: Any, depth: int = 0) -> Any:
    """A value of ``annotation`` with every field set (models filled two levels deep)."""
    origin = get_origin(annotation)
    if origin is Union:
        members = [member for member in get_args(annotation) if member is not type(None)]
        return sample(members[0], depth)
    if annotation is str:
        return "text-é"
    if annotation is bool:
        return True
    if annotation is int:
        return 7
    if annotation is float:
        return 1.5
    if annotation is bytes:
        return b"\x00bytes\xff"
    if annotation is Any:
        return {"any": "value"}
    if origin is list:
        return [sample(get_args(annotation)[0], depth + 1)]
    if origin is dict:
        return {"key": sample(get_args(annotation)[1], depth + 1)}
    if annotation is Config:
        return Config({"ServiceSettings": {"SiteURL": "https://example.com"}})
    if annotation is HTTPRequest:
        return HTTPRequest(method="POST", url="/other.plugin/hello?x=1", headers={"X-Test": ["one", "two"]}, body=b"ping")
    if isinstance(annotation, type) and issubclass(annotation, Model):
        return sample_model(annotation, depth)
    raise TypeError(f"no sample for {annotation!r}")


def sample_model(cls: type, depth: int) -> Any:
    hints = get_type_hints(cls)
    values = {}
    for field in dataclasses.fields(cls):  # type: ignore[arg-type]
        if field.name == "extra" or field.metadata.get("mattermost", {}).get("hidden"):
            continue
        if field.default == ZERO_TIME:
            values[field.name] = SAMPLE_TIME
            continue
        if depth >= 2:
            continue
        values[field.name] = sample(hints[field.name], depth + 1)
    return cls(**values)


def to_json(value: Any) -> Any:
    """A value as the Go test compares it: models as their JSON, bytes as base64 (as Go writes []byte)."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, bytes):
        return base64.b64encode(value).decode()
    if isinstance(value, (Model, Config)):
        return orjson.loads(encode(value))
    if isinstance(value, (list, tuple)):
        return [to_json(item) for item in value]
    if isinstance(value, dict):
        return {key: to_json(item) for key, item in value.items()}
    if isinstance(value, HTTPRequest):
        return {"Method": value.method, "URL": value.url, "Header": value.headers, "Body": to_json(value.body)}
    if isinstance(value, HTTPResponse):
        return {"StatusCode": value.status_code, "Header": value.headers, "Body": to_json(value.body)}
    raise TypeError(f"cannot report a {type(value).__name__}")


def arguments(function: Any) -> tuple[list[Any], dict[str, Any]]:
    hints = get_type_hints(function)
    values: list[Any] = []
    for parameter in list(inspect.signature(function).parameters.values())[1:]:
        if parameter.kind is parameter.VAR_POSITIONAL:
            values += ["key", sample(hints[parameter.name])]
        else:
            values.append(sample(hints[parameter.name]))
    return values, hints


def checked(name: str, result: Any, hints: dict[str, Any]) -> str:
    """"" when ``result`` fits the method's return annotation, else what is wrong."""
    try:
        check_type(result, hints["return"], collection_check_strategy=CollectionCheckStrategy.ALL_ITEMS)
    except TypeCheckError as error:
        return f"{name} returned {type(result).__name__}: {error}"
    return ""


def every_method(api: API) -> dict[str, Any]:
    report: dict[str, Any] = {}
    for name, go_name, function in api_methods(API):
        values, hints = arguments(function)
        entry: dict[str, Any] = {"python": name, "args": to_json(values)}
        try:
            result = function(api, *values)
        except ApiError as error:
            entry["error"] = str(error)
        else:
            entry["result"] = to_json(result)
            entry["type_error"] = checked(name, result, hints)
        report[go_name] = entry
    return report


async def every_method_async(api: AsyncAPI) -> dict[str, Any]:
    report: dict[str, Any] = {}
    for name, go_name, function in api_methods(AsyncAPI):
        values, hints = arguments(function)
        entry: dict[str, Any] = {"python": name, "args": to_json(values)}
        try:
            result = await function(api, *values)
        except ApiError as error:
            entry["error"] = str(error)
        else:
            entry["result"] = to_json(result)
            entry["type_error"] = checked(name, result, hints)
        report[go_name] = entry
    return report
