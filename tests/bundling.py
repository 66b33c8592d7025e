"""Helpers for the tests that build real bundles: one cache per test session, extraction, the bridge's command."""

from __future__ import annotations

import json
import os
import sys
import tarfile
from pathlib import Path

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
