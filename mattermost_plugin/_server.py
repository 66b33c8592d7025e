"""Build the gRPC server that carries a plugin's hooks."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from typing import Optional, Sequence

import grpc

DEFAULT_MAX_WORKERS = 16
"""Threads that run plain (non-async) hook methods at once, unless configured otherwise."""

MAX_WORKERS_ENV = "MATTERMOST_PLUGIN_MAX_WORKERS"


def max_workers_from_env() -> int:
    """The thread pool size: ``MATTERMOST_PLUGIN_MAX_WORKERS`` or the default."""
    raw = os.environ.get(MAX_WORKERS_ENV, "")
    if not raw:
        return DEFAULT_MAX_WORKERS
    try:
        value = int(raw)
    except ValueError:
        raise ValueError(f"{MAX_WORKERS_ENV} must be a positive integer, got {raw!r}") from None
    if value < 1:
        raise ValueError(f"{MAX_WORKERS_ENV} must be a positive integer, got {raw!r}")
    return value


def create_server(
    handlers: Sequence[grpc.GenericRpcHandler],
    *,
    max_workers: Optional[int] = None,
) -> grpc.Server:
    """A gRPC server whose bounded thread pool runs the plugin's plain hook methods."""
    pool = ThreadPoolExecutor(
        max_workers=max_workers or max_workers_from_env(),
        thread_name_prefix="mattermost-plugin-hook",
    )
    server = grpc.server(
        pool,
        handlers=handlers,
        options=[("grpc.so_reuseport", 0)],
    )
    return server
