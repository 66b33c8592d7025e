"""Shared fixtures: a plugin served by a real gRPC server on a real unix socket."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Callable, Optional

import grpc
import pytest

from mattermost_plugin import Plugin
from mattermost_plugin._generate.stubs import service_stubs
from mattermost_plugin._grpcserver import create_server
from mattermost_plugin._servicer import HookServicer

# The gRPC service stubs are not part of the package; the tests generate theirs.
service_stubs(Path(tempfile.mkdtemp(prefix="mmplugin-test-stubs-")))

from hosted import BASIC, HostedPlugin, serve_command  # noqa: E402 - imports the generated stubs
from mattermost_plugin.protocol.hooks_pb2_grpc import PluginHooksStub  # noqa: E402 - generated just above

Serve = Callable[..., PluginHooksStub]


@pytest.fixture
def serve(tmp_path: Path) -> Iterator[Serve]:
    """Serve a plugin instance over gRPC on a unix socket and return a stub for it."""
    running: list[tuple[grpc.Server, grpc.Channel, HookServicer]] = []

    def start(plugin: Optional[Plugin], *, max_workers: int = 8, servicer: Optional[HookServicer] = None) -> PluginHooksStub:
        servicer = servicer or HookServicer(plugin, max_workers=max_workers)
        server = create_server([servicer.handler()])
        address = f"unix:{tmp_path / f'plugin{len(running)}.sock'}"
        server.add_insecure_port(address)
        server.start()
        channel = grpc.insecure_channel(address)
        running.append((server, channel, servicer))
        return PluginHooksStub(channel)

    yield start
    for server, channel, servicer in running:
        channel.close()
        server.stop(grace=None)
        servicer.close()


@pytest.fixture
def launch() -> Iterator[Callable[..., HostedPlugin]]:
    """Start plugin processes like go-plugin does (basic.py unless told otherwise); kill what is left at the end."""
    started: list[HostedPlugin] = []

    def start(command: Optional[list[str]] = None, **kwargs: Any) -> HostedPlugin:
        hosted = HostedPlugin(command or serve_command(BASIC), **kwargs)
        started.append(hosted)
        return hosted

    yield start
    for hosted in started:
        hosted.kill()


@pytest.fixture
def short_dir() -> Iterator[Path]:
    """A new directory with a short path (pytest's tmp_path can be too long for a unix socket)."""
    directory = Path(tempfile.mkdtemp(prefix="mp", dir="/tmp"))
    yield directory
    shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture(scope="session")
def bundle_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundle cache of this test session: packages are installed and bridges compiled once."""
    return tmp_path_factory.mktemp("bundle-cache")
