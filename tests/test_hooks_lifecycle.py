"""Lifecycle hooks: the install event."""

from __future__ import annotations

from typing import Any

from hookcalls import build_request, call, plugin_for, sample
from mattermost_plugin import OnInstallEvent
from mattermost_plugin.hooks import OnInstall


def test_install_event_names_the_installer(serve: Any) -> None:
    seen: list[OnInstallEvent] = []
    stub = serve(plugin_for(OnInstall, lambda self, context, event: seen.append(event)))
    call(stub, OnInstall, build_request(OnInstall, {"event": sample(OnInstallEvent)}))
    assert seen[0].user_id == "u1"
