"""The time a gRPC call has left, with Go's "no deadline" read as no deadline."""

from __future__ import annotations

from contextvars import ContextVar
from typing import Optional

import grpc

HOOK_CALL: ContextVar[Optional[grpc.ServicerContext]] = ContextVar("mattermost_plugin_hook_call", default=None)
"""The hook call the current code runs for (set by the servicer around the author's method):
plugin API calls made inside a hook end no later than the hook's own deadline."""

NO_DEADLINE = 365 * 24 * 3600.0
"""More time left than this means the call has no deadline (Go hosts send none, which reads as ~2**63 ns)."""


def time_left(context: grpc.ServicerContext) -> Optional[float]:
    """Seconds left before the caller's deadline (never negative), or None when it set none."""
    remaining = context.time_remaining()
    if remaining is None or remaining > NO_DEADLINE:
        return None
    return max(remaining, 0.0)
