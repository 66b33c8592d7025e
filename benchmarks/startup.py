"""Start-up: process spawn to handshake line, and spawn to first answered hook.

Each round starts an example plugin exactly as Mattermost does
(``python -m mattermost_plugin serve examples/word_filter/plugin.py`` with
go-plugin's environment), measures the time from spawn to the handshake line on
its stdout, then connects to the socket the line names and calls
MessageWillBePosted with the 1 KB post (waiting for the server to be ready), and
measures spawn to that answer. The client side (grpcio, the stubs) is imported
before the clock starts. Figures are medians over the rounds.
"""

from __future__ import annotations

from typing import Any

import payloads
from _tools import ROOT, PluginProcess, median, message_will_be_posted, now

EXAMPLE = ROOT / "examples" / "word_filter" / "plugin.py"


def run(*, rounds: int = 7, target: str = str(EXAMPLE)) -> dict[str, Any]:
    import grpc

    from mattermost_plugin.protocol import hooks_pb2

    request = hooks_pb2.MessageWillBePostedRequest.FromString(payloads.hook_request_bytes())
    handshake_ms: list[float] = []
    first_hook_ms: list[float] = []
    for _ in range(rounds):
        plugin = PluginProcess(target).start()
        try:
            with grpc.insecure_channel(f"unix://{plugin.address}") as channel:
                message_will_be_posted(channel)(request, timeout=10, wait_for_ready=True)
                answered = now()
        finally:
            plugin.stop()
        handshake_ms.append((plugin.handshake_at - plugin.spawned_at) * 1000)
        first_hook_ms.append((answered - plugin.spawned_at) * 1000)
    return {
        "plugin": str(EXAMPLE.relative_to(ROOT)) if target == str(EXAMPLE) else target,
        "rounds": rounds,
        "handshake_ms": round(median(handshake_ms), 1),
        "first_hook_ms": round(median(first_hook_ms), 1),
        "handshake_ms_max": round(max(handshake_ms), 1),
        "first_hook_ms_max": round(max(first_hook_ms), 1),
    }


if __name__ == "__main__":
    import argparse
    import json

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    print(json.dumps(run(rounds=parser.parse_args().rounds), indent=2))
