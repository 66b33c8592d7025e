"""The server configuration: :class:`Config`, a thin typed view over its JSON mapping.

``model.Config`` has hundreds of settings and changes with every release, so rather
than a dataclass with a field per setting, :class:`Config` holds the decoded JSON object
as it is and lets you reach into it either way::

    cfg.ServiceSettings.SiteURL
    cfg["ServiceSettings"]["SiteURL"]
    cfg.ServiceSettings.SiteURL = "https://chat.example.com"   # writes into the mapping

Nested objects come back as :class:`ConfigSection` views that share the underlying
dict, so assignments through them change the config.  Encoding writes back exactly the
mapping held: no key is lost, none is added.  Keys are Go's field names
(``ServiceSettings``, ``SiteURL``), as ``encoding/json`` writes ``model.Config``.

:class:`Config` takes part in :func:`~mattermost_plugin.models.decode` and
:func:`~mattermost_plugin.models.encode` through the codec's extension point
(``from_json_value`` / ``to_json_value``), like any class that is not a model dataclass.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, MutableMapping
from typing import Any, Optional, Union

from ._codec import _not_object, decode, encode, json_text
from mattermost_plugin._exceptions import DecodeError

from ._json import copy_json

__all__ = ["Config", "ConfigSection"]


def _wrap(v: Any) -> Any:
    if v.__class__ is dict:
        return ConfigSection(v)
    return v


def _unwrap(v: Any) -> Any:
    if isinstance(v, ConfigSection):
        return v._data
    return v


class ConfigSection(MutableMapping[str, Any]):
    """A view over one JSON object of the configuration (e.g. ``ServiceSettings``).

    Settings are reachable as attributes and as items; nested objects come back as
    views sharing the same dict; lists and scalars come back as they are.  Reading a
    setting that is not there raises ``AttributeError``/``KeyError``; use ``.get()``
    for settings that older servers may not have.
    """

    __slots__ = ("_data",)
    _data: dict[str, Any]

    def __init__(self, data: Optional[dict[str, Any]] = None) -> None:
        if data is None:
            data = {}
        elif isinstance(data, ConfigSection):
            data = data._data
        elif not isinstance(data, dict):
            raise TypeError(f"a config section is a JSON object, not {type(data).__name__}")
        object.__setattr__(self, "_data", data)

    # attribute access
    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        try:
            v = self._data[name]
        except KeyError:
            raise AttributeError(
                f"{type(self).__name__} has no setting {name!r}"
            ) from None
        return _wrap(v)

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "_data":
            raise AttributeError("_data is read-only")
        self._data[name] = _unwrap(value)

    def __delattr__(self, name: str) -> None:
        try:
            del self._data[name]
        except KeyError:
            raise AttributeError(name) from None

    # mapping protocol
    def __getitem__(self, key: str) -> Any:
        return _wrap(self._data[key])

    def __setitem__(self, key: str, value: Any) -> None:
        self._data[key] = _unwrap(value)

    def __delitem__(self, key: str) -> None:
        del self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ConfigSection):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._data!r})"

    def __dir__(self) -> list[str]:
        return sorted(set(super().__dir__()) | {k for k in self._data if k.isidentifier()})

    def __reduce__(self) -> Any:
        return (type(self), (self._data,))

    def __copy__(self) -> "ConfigSection":
        return type(self)(dict(self._data))

    def __deepcopy__(self, memo: dict[int, Any]) -> "ConfigSection":
        return type(self)(copy.deepcopy(self._data, memo))

    @property
    def raw(self) -> dict[str, Any]:
        """The underlying dict itself (shared, not a copy)."""
        return self._data

    def to_dict(self, encode_json: bool = False) -> dict[str, Any]:
        """A copy of the mapping, as plain dicts and lists (every dict and list copied,
        at any depth). ``encode_json`` is accepted for compatibility with the models'
        ``to_dict``; the values are JSON values either way."""
        return copy_json(self._data)  # type: ignore[no-any-return]


class Config(ConfigSection):
    """The Mattermost server configuration (``model.Config``), as a view over its JSON
    mapping.  The annotations below list the sections of server 10.x/11.x for editors
    and type checkers; any other key works the same way."""

    __slots__ = ()

    ServiceSettings: ConfigSection
    TeamSettings: ConfigSection
    ClientRequirements: ConfigSection
    SqlSettings: ConfigSection
    LogSettings: ConfigSection
    ExperimentalAuditSettings: ConfigSection
    PasswordSettings: ConfigSection
    FileSettings: ConfigSection
    EmailSettings: ConfigSection
    RateLimitSettings: ConfigSection
    PrivacySettings: ConfigSection
    SupportSettings: ConfigSection
    AnnouncementSettings: ConfigSection
    ThemeSettings: ConfigSection
    GitLabSettings: ConfigSection
    GoogleSettings: ConfigSection
    Office365Settings: ConfigSection
    OpenIdSettings: ConfigSection
    LdapSettings: ConfigSection
    ComplianceSettings: ConfigSection
    LocalizationSettings: ConfigSection
    SamlSettings: ConfigSection
    NativeAppSettings: ConfigSection
    IntuneSettings: ConfigSection
    CacheSettings: ConfigSection
    ClusterSettings: ConfigSection
    MetricsSettings: ConfigSection
    ExperimentalSettings: ConfigSection
    AnalyticsSettings: ConfigSection
    ElasticsearchSettings: ConfigSection
    DataRetentionSettings: ConfigSection
    MobileEphemeralModeSettings: ConfigSection
    MessageExportSettings: ConfigSection
    JobSettings: ConfigSection
    PluginSettings: ConfigSection
    DisplaySettings: ConfigSection
    GuestAccountsSettings: ConfigSection
    ImageProxySettings: ConfigSection
    CloudSettings: ConfigSection
    FeatureFlags: ConfigSection
    ImportSettings: ConfigSection
    ExportSettings: ConfigSection
    WranglerSettings: ConfigSection
    ConnectedWorkspacesSettings: ConfigSection
    AccessControlSettings: ConfigSection
    ContentFlaggingSettings: ConfigSection
    AutoTranslationSettings: ConfigSection
    AIRecapSettings: ConfigSection

    # --- the codec's extension point (decode, encode, from_dict and to_dict call these)
    @classmethod
    def from_json_value(cls, value: Any) -> "Config":
        """A config viewing the decoded JSON object (shared, not copied)."""
        if value.__class__ is not dict:
            raise _not_object(value)
        return cls(value)

    def to_json_value(self) -> dict[str, Any]:
        """The mapping to write (shared, not copied)."""
        return self._data

    # --- the dataclasses-json-style API the models have
    @classmethod
    def from_dict(cls, kvs: Any, *, infer_missing: bool = False) -> "Config":
        """A config viewing ``kvs`` (shared, not copied). ``infer_missing`` is accepted
        for compatibility with the models' ``from_dict``."""
        return cls.from_json_value(kvs)

    @classmethod
    def from_json(cls, s: Union[str, bytes, bytearray], *, infer_missing: bool = False) -> "Config":
        """The config in JSON text (:func:`~mattermost_plugin.models.decode`); ``null`` or
        empty text is a :class:`~mattermost_plugin.models.DecodeError`."""
        cfg = decode(cls, s)
        if cfg is None:
            raise DecodeError("", "expected a JSON object", "null" if s else "no text")
        return cfg

    def to_json(self, **kwargs: Any) -> str:
        """The config as JSON text: :func:`~mattermost_plugin.models.encode`'s, or, given
        ``json.dumps`` keyword arguments (``indent=2``...), the same value formatted by
        ``json.dumps``."""
        return json_text(self, kwargs)
