"""System hooks: configuration saves, data retention, support packets, cloud limits."""

from __future__ import annotations

from typing import Any

import orjson

from hookcalls import build_request, call, plugin_for, sample
from mattermost_plugin import Config, FileData, ProductLimits
from mattermost_plugin.hooks import ConfigurationWillBeSaved, GenerateSupportData, OnCloudLimitsUpdated, RunDataRetention
from mattermost_plugin.models import decode


def test_configuration_will_be_saved_allows_replaces_or_blocks(serve: Any) -> None:
    def review(self: Any, config: Config) -> Any:
        site = config["ServiceSettings"]["SiteURL"]
        if site.startswith("http://"):
            raise ValueError("SiteURL must use https")
        if site.endswith("/"):
            config["ServiceSettings"]["SiteURL"] = site.rstrip("/")
            return config
        return None

    stub = serve(plugin_for(ConfigurationWillBeSaved, review))

    def save(site: str) -> Any:
        config = sample(Config)
        config["ServiceSettings"]["SiteURL"] = site
        return call(stub, ConfigurationWillBeSaved, build_request(ConfigurationWillBeSaved, {"config": config}))

    unchanged = save("https://chat.example.com")
    assert unchanged.config == b"" and not unchanged.HasField("error")

    replaced = orjson.loads(save("https://chat.example.com/").config)
    assert replaced == {"ServiceSettings": {"SiteURL": "https://chat.example.com"}, "TeamSettings": {"SiteName": "Chat"}}

    blocked = save("http://chat.example.com")
    assert blocked.config == b"" and blocked.error.message == "SiteURL must use https"


def test_run_data_retention_returns_the_count(serve: Any) -> None:
    stub = serve(plugin_for(RunDataRetention, lambda self, now_time, batch_size: batch_size * 2))
    response = call(stub, RunDataRetention, build_request(RunDataRetention, {"now_time": 1, "batch_size": 21}))
    assert response.deleted == 42 and not response.HasField("error")


def test_generate_support_data_accepts_a_list_one_file_or_none(serve: Any) -> None:
    notes = FileData(filename="notes.txt", body=b"\x00binary\xff")
    results = iter([[notes, FileData(filename="b.txt", body=b"b")], notes, None])
    stub = serve(plugin_for(GenerateSupportData, lambda self, context: next(results)))
    request = build_request(GenerateSupportData, {})

    files = call(stub, GenerateSupportData, request).files
    assert [decode(FileData, raw).filename for raw in files] == ["notes.txt", "b.txt"]
    assert orjson.loads(files[0]) == {"Filename": "notes.txt", "Body": "AGJpbmFyef8="}
    assert [decode(FileData, raw) for raw in call(stub, GenerateSupportData, request).files] == [notes]
    assert list(call(stub, GenerateSupportData, request).files) == []


def test_cloud_limits_arrive_with_nested_limits(serve: Any) -> None:
    seen: list[ProductLimits] = []
    stub = serve(plugin_for(OnCloudLimitsUpdated, lambda self, limits: seen.append(limits)))
    call(stub, OnCloudLimitsUpdated, build_request(OnCloudLimitsUpdated, {"limits": sample(ProductLimits)}))
    assert seen[0].messages is not None and seen[0].messages.history == 10000
