"""Helpers for the tests that build real bundles: one cache per test session, extraction, the bridge's command."""

from __future__ import annotations

import json
import os
import sys
import tarfile
from pathlib import Path

import pytest

HERE = f"{sys.version_info.major}.{sys.version_info.minor}"
"""This Python's version: the tests bundle for it, so the bundle's packages run here."""

SITE = f"cp{sys.version_info.major}{sys.version_info.minor}-linux-amd64"

BASE_PYTHON = getattr(sys, "_base_executable", sys.executable)
"""The interpreter this virtualenv was made from: it has none of the SDK's packages."""


def extract(bundle: Path, into: Path) -> Path:
    """Unpack a bundle as Mattermost does; return the plugin's folder (the one holding plugin.json)."""
    with tarfile.open(bundle) as archive:
        names = archive.getnames()
        archive.extractall(into, filter="data")
    top = names[0].split("/")[0]
    return into / top


def bridge_path(root: Path, platform: str = "linux-amd64") -> list[str]:
    """PYTHONPATH as the bridge sets it for this Python on ``platform`` (python.go, SitePath)."""
    site = f"cp{sys.version_info.major}{sys.version_info.minor}-{platform}"
    return [str(root / "server" / "python"), str(root / "server" / "site" / "common"), str(root / "server" / "site" / site)]


def bridge_environment(root: Path) -> dict[str, str]:
    """The Python process's environment as the bridge sets it: no PYTHON* variable of ours, its own PYTHONPATH."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("PYTHON")}
    env["PYTHONPATH"] = os.pathsep.join(bridge_path(root))
    env["PYTHONNOUSERSITE"] = "1"
    return env


def metadata(root: Path) -> dict[str, object]:
    """server/bundle.json."""
    return dict(json.loads((root / "server" / "bundle.json").read_text()))


def implemented_when_served(root: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Start the bundle's plugin with the bridge's command and environment; return what it says it implements."""
    from mattermost_plugin.protocol import hooks_pb2
    from mattermost_plugin.testing.host import PluginHost

    for name in list(os.environ):
        if name.startswith("PYTHON"):
            monkeypatch.delenv(name)
    host = PluginHost(
        command=[BASE_PYTHON, "-s", "-m", "mattermost_plugin", "serve", str(metadata(root)["target"])],
        cwd=root / "server" / "python",
        env={"PYTHONPATH": os.pathsep.join(bridge_path(root)), "PYTHONNOUSERSITE": "1"},
        start_timeout=30,
    )
    try:
        host.start()
        assert host.channel is not None
        implemented = host.channel.unary_unary(
            "/mattermost.plugin.v1.PluginHooks/Implemented",
            request_serializer=hooks_pb2.ImplementedRequest.SerializeToString,
            response_deserializer=hooks_pb2.ImplementedResponse.FromString,
        )(hooks_pb2.ImplementedRequest(), timeout=30)
    finally:
        host.close()
    return list(implemented.hooks)
