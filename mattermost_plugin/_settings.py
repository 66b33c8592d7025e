"""The plugin's own settings as a typed object: declare a dataclass, read ``self.settings``.

::

    @dataclass
    class FilterSettings:
        banned_words: str = "scam, phishing"     # plugin.json: settings_schema key "BannedWords"
        max_links: int = 3

    class WordFilter(Plugin):
        settings = Settings(FilterSettings)

        def message_will_be_posted(self, context, post):
            limit = self.settings.max_links       # a FilterSettings, parsed and checked

Mattermost calls ``on_configuration_change`` before ``on_activate`` and whenever an
admin saves the plugin's settings; a plugin that declares :class:`Settings`
implements that hook (its own ``on_configuration_change``, if it has one, runs
after the settings are loaded). Loading reads ``load_plugin_configuration``:
the ``settings_schema`` defaults of ``plugin.json`` with what the admin saved on
top, under lowercased keys. Each field matches the key that equals its name
without underscores, ignoring case (``banned_words`` reads ``BannedWords``), as
Go's encoding/json matches struct fields; ``field(metadata={"key": "..."})``
names another key. A key the class does not declare is ignored, and a null value
(what a setting without a ``default`` in ``plugin.json`` has until an admin saves
one) leaves the field's default, as Go's encoding/json does; an ``Optional`` field
reads it as ``None``.

Field types: ``str``, ``int``, ``float``, ``bool``, ``Optional[...]`` (or ``X | None``), ``list[...]``,
``dict[str, ...]``, ``Literal[...]``, an ``Enum``, or a nested dataclass (a JSON
object). Numbers and booleans may also arrive as text (``"5"``, ``"true"``), as
System Console fields often save them. A value that does not fit, or a field
without a default that is not set, is a :class:`~mattermost_plugin.SettingsError`
naming the setting, what it must be and what it was; the plugin keeps its
previous settings (the server logs the error). A dataclass's ``__post_init__``
may raise ``ValueError`` to refuse a combination of values, with the same effect.
"""

from __future__ import annotations

import asyncio
import dataclasses
import enum
import functools
import types
import typing
from typing import Any, Callable, Generic, Literal, Mapping, Optional, TypeVar, Union, overload

from mattermost_plugin._exceptions import PluginDefinitionError, SettingsError

__all__ = ["Settings", "install_settings_loading"]

S = TypeVar("S")

_Parse = Callable[[Any, str], Any]
"""Parses one value; the second argument names the setting for error messages."""


class Settings(Generic[S]):
    """The plugin's settings, parsed into ``cls`` (a dataclass): declare ``settings = Settings(MySettings)``
    in the plugin class, read ``self.settings``. See the module's documentation."""

    def __init__(self, cls: type[S]) -> None:
        if not (isinstance(cls, type) and dataclasses.is_dataclass(cls)):
            raise PluginDefinitionError(f"Settings(...) takes a dataclass, got {cls!r}; decorate the class with @dataclass")
        self.cls = cls
        self.name = "settings"
        self._parse = _dataclass_parser(cls, cls.__name__)

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @property
    def _slot(self) -> str:
        return f"_mattermost_settings_{self.name}"

    @overload
    def __get__(self, instance: None, owner: type) -> "Settings[S]": ...

    @overload
    def __get__(self, instance: object, owner: type) -> S: ...

    def __get__(self, instance: Optional[object], owner: type) -> Union["Settings[S]", S]:
        if instance is None:
            return self
        loaded = instance.__dict__.get(self._slot)
        if loaded is None:
            failure = instance.__dict__.get(self._slot + "_error")
            if failure is not None:
                raise SettingsError(f"{type(instance).__name__}.{self.name} could not be loaded: {failure}")
            raise SettingsError(
                f"{type(instance).__name__}.{self.name} is not loaded yet: Mattermost's first on_configuration_change "
                "loads it, before on_activate (in a test, call harness.activate() first)"
            )
        return loaded  # type: ignore[no-any-return]

    def __set__(self, instance: object, value: S) -> None:
        if not isinstance(value, self.cls):
            raise TypeError(f"{type(instance).__name__}.{self.name} must be a {self.cls.__name__}, got {type(value).__name__}")
        instance.__dict__[self._slot] = value

    def parse(self, configuration: Mapping[str, Any]) -> S:
        """``configuration`` (what ``load_plugin_configuration`` returns) as a ``cls``, or a
        :class:`~mattermost_plugin.SettingsError` saying which setting is wrong and why."""
        if not isinstance(configuration, Mapping):
            raise SettingsError(f"the plugin configuration must be a JSON object, got {type(configuration).__name__}")
        return self._parse(configuration, "")  # type: ignore[no-any-return]

    def load(self, plugin: Any) -> S:
        """Load the settings through ``plugin.api`` and keep them; on a bad value keep the previous ones and raise."""
        return self._keep(plugin, plugin.api.load_plugin_configuration)

    async def load_async(self, plugin: Any) -> S:
        """:meth:`load` through ``plugin.async_api``."""
        configuration = await plugin.async_api.load_plugin_configuration()
        return self._keep(plugin, lambda: configuration)

    def _keep(self, plugin: Any, read: Callable[[], Any]) -> S:
        try:
            value = self.parse(read() or {})
        except SettingsError as error:
            plugin.__dict__[self._slot + "_error"] = error.message
            raise
        plugin.__dict__[self._slot] = value
        plugin.__dict__.pop(self._slot + "_error", None)
        return value


# --------------------------------------------------------------------------- the plugin's hook


def declared_settings(cls: type) -> list[Settings[Any]]:
    """The :class:`Settings` a plugin class declares (its own and inherited)."""
    found: dict[str, Settings[Any]] = {}
    for klass in reversed(cls.__mro__):
        for name, value in vars(klass).items():
            if isinstance(value, Settings):
                found[name] = value
    return list(found.values())


def install_settings_loading(cls: type) -> None:
    """Make a plugin class that declares :class:`Settings` load them in ``on_configuration_change``:
    wrap the class's own method, or give it one that only loads."""
    settings = declared_settings(cls)
    if not settings:
        return
    own = cls.__dict__.get("on_configuration_change")
    if own is None:
        inherited = getattr(cls, "on_configuration_change", None)
        if getattr(inherited, "_loads_settings", False):
            return

        def on_configuration_change(self: Any) -> None:
            """Load the plugin's settings (the class declares Settings)."""
            for each in declared_settings(type(self)):
                each.load(self)

        on_configuration_change._loads_settings = True  # type: ignore[attr-defined]
        cls.on_configuration_change = on_configuration_change  # type: ignore[attr-defined]
        return
    if getattr(own, "_loads_settings", False) or not callable(own):
        return
    if asyncio.iscoroutinefunction(own):

        @functools.wraps(own)
        async def loading_async(self: Any) -> Any:
            for each in declared_settings(type(self)):
                await each.load_async(self)
            return await own(self)

        loading: Any = loading_async
    else:

        @functools.wraps(own)
        def loading_sync(self: Any) -> Any:
            for each in declared_settings(type(self)):
                each.load(self)
            return own(self)

        loading = loading_sync
    loading._loads_settings = True
    cls.on_configuration_change = loading  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- parsing


def _dataclass_parser(cls: type, where: str) -> _Parse:
    """The parser of a dataclass: each field's, checked now so a type it cannot read fails at declaration."""
    try:
        hints = typing.get_type_hints(cls)
    except Exception as error:  # noqa: BLE001 - a bad annotation is the author's to fix
        raise PluginDefinitionError(f"the annotations of {where} cannot be read: {error}") from None
    fields = []
    for item in dataclasses.fields(cls):
        if not item.init:
            continue
        key = item.metadata.get("key", item.name)
        field_parser = _parser(hints[item.name], f"{where}.{item.name}")
        required = item.default is dataclasses.MISSING and item.default_factory is dataclasses.MISSING
        fields.append((item.name, _squash(key), key, field_parser, required, _takes_none(hints[item.name])))

    def parse(value: Any, path: str) -> Any:
        if not isinstance(value, Mapping):
            raise SettingsError(f"{_named(path)} must be a JSON object with the settings of {cls.__name__}, got {_shown(value)}")
        by_key = {_squash(str(k)): (str(k), v) for k, v in value.items()}
        values = {}
        for name, squashed, key, parse_field, required, takes_none in fields:
            found = by_key.get(squashed)
            if found is None or (found[1] is None and not takes_none):  # null leaves the default, as in Go
                if required:
                    raise SettingsError(f"{_named(_join(path, key))} is required but not set ({cls.__name__}.{name} has no default)")
                continue
            try:
                values[name] = parse_field(found[1], _join(path, found[0]))
            except SettingsError as error:
                if path:  # a nested dataclass: the outermost one names the field
                    raise
                # The server stores keys lowercased; the field says which one the author meant.
                raise SettingsError(f"{cls.__name__}.{name}: {error}") from None
        try:
            return cls(**values)
        except (TypeError, ValueError) as error:
            refused = _named(path) if path else "the plugin settings"
            raise SettingsError(f"{cls.__name__} refused {refused}: {error}") from None

    return parse


def _is_union(origin: Any) -> bool:
    """True for ``Union[...]``/``Optional[...]`` and for ``X | Y`` (``types.UnionType``)."""
    return origin is Union or origin is types.UnionType


def _takes_none(annotation: Any) -> bool:
    """True for ``Optional[...]`` (or ``X | None``) and ``Any``: a null value is then ``None``, not "not set"."""
    return annotation is Any or (_is_union(typing.get_origin(annotation)) and type(None) in typing.get_args(annotation))


def _parser(annotation: Any, where: str) -> _Parse:
    """The parser of one annotated type, or a PluginDefinitionError naming ``where`` for one it cannot read."""
    origin = typing.get_origin(annotation)
    arguments = typing.get_args(annotation)
    if annotation is Any:
        return lambda value, path: value
    if _is_union(origin):
        members = [member for member in arguments if member is not type(None)]
        if len(members) != 1:
            raise PluginDefinitionError(f"{where}: a setting may be Optional[X], not a union of {len(members)} types")
        inner = _parser(members[0], where)
        return lambda value, path: None if value is None else inner(value, path)
    if annotation is str:
        return _text
    if annotation is bool:
        return _boolean
    if annotation is int:
        return _integer
    if annotation is float:
        return _number
    if origin is Literal:
        return _choice(arguments)
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return _enum(annotation)
    if origin is list:
        item = _parser(arguments[0] if arguments else Any, where)
        return _list(item)
    if origin is dict:
        if arguments and arguments[0] is not str:
            raise PluginDefinitionError(f"{where}: a dict setting must have str keys (JSON objects do)")
        item = _parser(arguments[1] if arguments else Any, where)
        return _dict(item)
    if isinstance(annotation, type) and dataclasses.is_dataclass(annotation):
        return _dataclass_parser(annotation, annotation.__name__)
    raise PluginDefinitionError(
        f"{where}: settings of type {getattr(annotation, '__name__', annotation)!r} cannot be read from the configuration; "
        "use str, int, float, bool, Optional, list, dict, Literal, an Enum or a dataclass"
    )


def _text(value: Any, path: str) -> str:
    if isinstance(value, str):
        return value
    raise SettingsError(f"{_named(path)} must be text, got {_shown(value)}")


def _boolean(value: Any, path: str) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    raise SettingsError(f"{_named(path)} must be true or false, got {_shown(value)}")


def _integer(value: Any, path: str) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            pass
    raise SettingsError(f"{_named(path)} must be a whole number, got {_shown(value)}")


def _number(value: Any, path: str) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip())
        except ValueError:
            pass
    raise SettingsError(f"{_named(path)} must be a number, got {_shown(value)}")


def _choice(options: tuple[Any, ...]) -> _Parse:
    def parse(value: Any, path: str) -> Any:
        if value in options and any(type(value) is type(option) for option in options):
            return value
        raise SettingsError(f"{_named(path)} must be one of {', '.join(repr(option) for option in options)}, got {_shown(value)}")

    return parse


def _enum(cls: type[enum.Enum]) -> _Parse:
    def parse(value: Any, path: str) -> Any:
        for member in cls:
            if member.value == value and type(member.value) is type(value):
                return member
        allowed = ", ".join(repr(member.value) for member in cls)
        raise SettingsError(f"{_named(path)} must be one of {allowed}, got {_shown(value)}")

    return parse


def _list(item: _Parse) -> _Parse:
    def parse(value: Any, path: str) -> list[Any]:
        if not isinstance(value, list):
            raise SettingsError(f"{_named(path)} must be a list, got {_shown(value)}")
        return [item(each, f"{path}[{index}]") for index, each in enumerate(value)]

    return parse


def _dict(item: _Parse) -> _Parse:
    def parse(value: Any, path: str) -> dict[str, Any]:
        if not isinstance(value, Mapping):
            raise SettingsError(f"{_named(path)} must be a JSON object, got {_shown(value)}")
        return {str(key): item(each, _join(path, str(key))) for key, each in value.items()}

    return parse


def _squash(key: str) -> str:
    """How a configuration key matches a field: no underscores, any case (``banned_words`` is ``BannedWords``)."""
    return key.replace("_", "").lower()


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _named(path: str) -> str:
    return f"plugin setting {path!r}"


def _shown(value: Any) -> str:
    text = repr(value)
    if len(text) > 60:
        text = text[:57] + "..."
    return f"{text} ({type(value).__name__})"
