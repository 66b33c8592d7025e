"""Memory: resident set of an idle plugin process, and after 100,000 hook calls.

Starts the example plugin as Mattermost does, answers one hook (so the author's
module and the hook machinery are loaded), waits a moment and reads VmRSS from
/proc: the idle figure. Then ghz sends a warm-up batch of MessageWillBePosted
calls (concurrency 16: every worker thread and its allocator arena exists after
it) and reads RSS again, then ``calls`` more and reads it a last time. Growth is
the difference between the last two readings: a leak of even 100 bytes per call
would show as 10 MB over 100,000 calls.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path
from typing import Any, Optional

import payloads
from _tools import ROOT, PluginProcess, message_will_be_posted, private_dir, rss_kib
from roundtrip import ghz
from startup import EXAMPLE


def masked_request_bytes() -> bytes:
    """The 1 KB post with a word the example masks, so every call returns a replacement."""
    from mattermost_plugin.protocol import hooks_pb2

    request = hooks_pb2.MessageWillBePostedRequest.FromString(payloads.hook_request_bytes())
    request.post = request.post.replace(b"report anything odd", b"report any darn thing")
    return request.SerializeToString()


def run(ghz_binary: str, *, calls: int = 100_000, warmup: int = 10_000, concurrency: int = 16,
        target: str = str(EXAMPLE)) -> dict[str, Any]:
    import grpc

    from mattermost_plugin.protocol import hooks_pb2

    workdir = private_dir("mmp-mem-")
    data = os.path.join(workdir, "request.bin")
    Path(data).write_bytes(masked_request_bytes())
    plugin = PluginProcess(target).start()
    try:
        with grpc.insecure_channel(f"unix://{plugin.address}") as channel:
            response = message_will_be_posted(channel)(
                hooks_pb2.MessageWillBePostedRequest.FromString(Path(data).read_bytes()),
                timeout=10, wait_for_ready=True,
            )
            assert b"d***" in response.post, "the example plugin did not mask the post"
        time.sleep(1.0)
        idle = rss_kib(plugin.pid)
        idle_detail = _rollup(plugin.pid)
        first = ghz(ghz_binary, "hook", plugin.address, data, concurrency, total=warmup)
        warm = rss_kib(plugin.pid)
        second = ghz(ghz_binary, "hook", plugin.address, data, concurrency, total=calls)
        after = rss_kib(plugin.pid)
        threads = _threads(plugin.pid)
    finally:
        plugin.stop()
        shutil.rmtree(workdir, ignore_errors=True)
    failed = sum(n for report in (first, second)
                 for code, n in (report.get("statusCodeDistribution") or {}).items() if code != "OK")
    return {
        "plugin": str(EXAMPLE.relative_to(ROOT)) if target == str(EXAMPLE) else target,
        "idle_rss_mb": round(idle / 1024, 1),
        # Of the idle RSS: pages shared with other processes (libpython, grpc's library...) count
        # fully in RSS, proportionally in PSS; "private" is what this process alone holds.
        "idle_pss_mb": idle_detail.get("pss_mb"),
        "idle_private_mb": idle_detail.get("private_mb"),
        "warm_rss_mb": round(warm / 1024, 1),
        "after_calls_rss_mb": round(after / 1024, 1),
        "calls": calls,
        "warmup_calls": warmup,
        "growth_mb": round((after - warm) / 1024, 2),
        "growth_bytes_per_call": round((after - warm) * 1024 / calls, 2),
        "failed_calls": failed,
        "threads": threads,
    }


def _rollup(pid: int) -> dict[str, float]:
    """PSS and private memory from /proc/PID/smaps_rollup (Linux 4.14+), in MB."""
    fields: dict[str, int] = {}
    try:
        with open(f"/proc/{pid}/smaps_rollup") as rollup:
            for line in rollup:
                parts = line.split()
                if len(parts) == 3 and parts[2] == "kB":
                    fields[parts[0].rstrip(":")] = int(parts[1])
    except OSError:
        return {}
    private = fields.get("Private_Clean", 0) + fields.get("Private_Dirty", 0)
    return {"pss_mb": round(fields.get("Pss", 0) / 1024, 1), "private_mb": round(private / 1024, 1)}


def _threads(pid: int) -> Optional[int]:
    try:
        return len(os.listdir(f"/proc/{pid}/task"))
    except OSError:
        return None


if __name__ == "__main__":
    import argparse
    import json

    from _tools import find_ghz

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=100_000)
    parser.add_argument("--ghz")
    args = parser.parse_args()
    print(json.dumps(run(find_ghz(args.ghz), calls=args.calls), indent=2))
