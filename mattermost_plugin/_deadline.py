"""The time a gRPC call has left, with Go's "no deadline" read as no deadline."""

from __future__ import annotations

from typing import Optional

import grpc

NO_DEADLINE = 365 * 24 * 3600.0
"""More time left than this means the call has no deadline (Go hosts send none, which reads as ~2**63 ns)."""


def time_left(context: grpc.ServicerContext) -> Optional[float]:
    """Seconds left before the caller's deadline (never negative), or None when it set none."""
    remaining = context.time_remaining()
    if remaining is None or remaining > NO_DEADLINE:
        return None
    return max(remaining, 0.0)
