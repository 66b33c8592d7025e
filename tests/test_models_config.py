"""Config: a thin view over the JSON mapping of model.Config.

tests/fixtures/models/Config.json is ``json.Marshal`` of a v0.4.4 ``model.Config`` after
``SetDefaults()`` (with SiteURL set).
"""

from __future__ import annotations

import copy
from pathlib import Path

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mattermost_plugin.models import Config, ConfigSection, DecodeError, decode, encode, from_dict, to_dict

CONFIG_JSON = (Path(__file__).parent / "fixtures" / "models" / "Config.json").read_bytes().rstrip(b"\n")


@pytest.fixture
def cfg() -> Config:
    c = decode(Config, CONFIG_JSON)
    assert isinstance(c, Config)
    return c


def test_round_trip_is_exact(cfg: Config) -> None:
    assert orjson.loads(encode(cfg)) == orjson.loads(CONFIG_JSON)
    assert encode(cfg, html_escape=True) == CONFIG_JSON  # same bytes, same key order
    assert to_dict(cfg) == orjson.loads(CONFIG_JSON)


def test_attribute_and_item_access(cfg: Config) -> None:
    assert cfg.ServiceSettings.SiteURL == "https://chat.example.com"
    assert cfg["ServiceSettings"]["SiteURL"] == "https://chat.example.com"
    assert cfg.ServiceSettings["SiteURL"] == cfg["ServiceSettings"].SiteURL
    assert isinstance(cfg.ServiceSettings, ConfigSection)
    assert isinstance(cfg.PluginSettings.Plugins, ConfigSection)
    assert cfg.TeamSettings.MaxUsersPerTeam == 50
    assert isinstance(cfg.SqlSettings.DataSourceReplicas, list)
    assert "ServiceSettings" in cfg and "NoSuchSettings" not in cfg
    assert cfg.get("NoSuchSettings") is None
    assert cfg.ServiceSettings.get("NoSuchSetting", 7) == 7
    assert len(cfg) == len(orjson.loads(CONFIG_JSON))
    assert list(cfg) == list(orjson.loads(CONFIG_JSON))
    assert "SiteURL" in dir(cfg.ServiceSettings)


def test_missing_settings_raise(cfg: Config) -> None:
    with pytest.raises(AttributeError, match="NoSuchSetting"):
        cfg.ServiceSettings.NoSuchSetting
    with pytest.raises(KeyError):
        cfg["ServiceSettings"]["NoSuchSetting"]


def test_modification_writes_into_the_mapping(cfg: Config) -> None:
    cfg.ServiceSettings.SiteURL = "https://new.example.com"
    cfg["TeamSettings"]["MaxUsersPerTeam"] = 500
    cfg.PluginSettings.Plugins["com.example.plugin"] = {"Token": "abc"}
    cfg.PluginSettings.Plugins["com.example.plugin"].Enabled = True
    cfg.NewSection = {"A": 1}
    del cfg.ServiceSettings.ListenAddress
    out = orjson.loads(encode(cfg))
    assert out["ServiceSettings"]["SiteURL"] == "https://new.example.com"
    assert "ListenAddress" not in out["ServiceSettings"]
    assert out["TeamSettings"]["MaxUsersPerTeam"] == 500
    assert out["PluginSettings"]["Plugins"]["com.example.plugin"] == {"Token": "abc", "Enabled": True}
    assert out["NewSection"] == {"A": 1}
    # Nothing else changed.
    expected = orjson.loads(CONFIG_JSON)
    expected["ServiceSettings"]["SiteURL"] = "https://new.example.com"
    del expected["ServiceSettings"]["ListenAddress"]
    expected["TeamSettings"]["MaxUsersPerTeam"] = 500
    expected["PluginSettings"]["Plugins"]["com.example.plugin"] = {"Token": "abc", "Enabled": True}
    expected["NewSection"] = {"A": 1}
    assert out == expected


def test_assigning_a_section_view(cfg: Config) -> None:
    other = Config({"ServiceSettings": {"SiteURL": "x"}})
    other.TeamSettings = cfg.TeamSettings  # a view: its dict is stored
    assert orjson.loads(encode(other))["TeamSettings"] == orjson.loads(CONFIG_JSON)["TeamSettings"]


def test_equality_and_copies(cfg: Config) -> None:
    again = decode(Config, CONFIG_JSON)
    assert again == cfg and cfg == orjson.loads(CONFIG_JSON)
    snapshot = cfg.to_dict()
    cfg.ServiceSettings.SiteURL = "changed"
    assert snapshot["ServiceSettings"]["SiteURL"] == "https://chat.example.com"  # to_dict copies
    deep = copy.deepcopy(cfg)
    deep.ServiceSettings.SiteURL = "deep"
    assert cfg.ServiceSettings.SiteURL == "changed"
    assert cfg != again


def test_dataclasses_json_style_api(cfg: Config) -> None:
    assert Config.from_json(CONFIG_JSON) == cfg
    assert Config.from_json(cfg.to_json()) == cfg
    assert Config.from_dict(cfg.to_dict()) == cfg
    d = {"ServiceSettings": {"SiteURL": "u"}}
    assert from_dict(Config, d).ServiceSettings.SiteURL == "u"
    assert from_dict(Config, d).raw is d


def test_decode_errors() -> None:
    assert decode(Config, b"") is None and decode(Config, b"null") is None
    with pytest.raises(DecodeError) as ei:
        decode(Config, b"[]")
    assert ei.value.path == ""
    with pytest.raises(DecodeError):
        decode(Config, b"{")
    with pytest.raises(ValueError):
        Config.from_json(b"null")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(st.text(max_size=10), json_values, max_size=6))
def test_any_mapping_round_trips(doc: dict) -> None:
    b = orjson.dumps(doc)
    cfg = decode(Config, b)
    assert cfg is not None
    assert encode(cfg) == b


def test_config_pickles_and_copies(cfg: Config) -> None:
    import pickle

    again = pickle.loads(pickle.dumps(cfg))
    assert isinstance(again, Config) and again == cfg
    shallow = copy.copy(cfg)
    assert shallow == cfg and shallow.raw is not cfg.raw
