"""Hook round trip against the gRPC floor (ghz, unix socket, same run).

Two server processes: ``hook`` is a real plugin process (``python -m mattermost_plugin
serve benchmarks/plugins/tidy.py``, started with go-plugin's environment, as Mattermost
starts it) whose MessageWillBePosted edits the post and returns it; ``echo``
(``server.py``) is a bare grpcio server built with the same ``create_server`` (a sync
``grpc.server``, the same thread pool) whose one method, registered without
(de)serializers, returns the request bytes untouched. ghz sends the same ~1.2 KB request bytes to both (the echo's ``Blob.data``
holds the serialized hook request), at each concurrency: each round measures every server twice in
mirrored order (echo, hook, hook, echo; the next round hook first) and averages the
two; the summary keeps, over ``repeats`` rounds, the median of each figure and of the
per-round hook/echo ratios.

``--against PYTHON`` adds a third server to every round: the same plugin served by
another interpreter whose environment has another version of mattermost_plugin
installed (for example an earlier commit, to measure what a change is worth), and the
summary gains the per-round ratios of that server to this checkout's (``ratio_against``).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any, Optional, Sequence

from _tools import HERE, ROOT, PluginProcess, log, median, private_dir, start_server, stop
import payloads

HOOK_PROTO = ROOT / "mattermost_plugin" / "protocol" / "hooks.proto"
ECHO_PROTO = HERE / "echo.proto"
CALLS = {
    "echo": (ECHO_PROTO, "bench.v1.Echo.Echo"),
    "hook": (HOOK_PROTO, "mattermost.plugin.v1.PluginHooks.MessageWillBePosted"),
    # Optional third server: the same hook served by server.py (no go-plugin runtime around it).
    "direct": (HOOK_PROTO, "mattermost.plugin.v1.PluginHooks.MessageWillBePosted"),
    # Optional third server: the same plugin served by another installed version (--against).
    "against": (HOOK_PROTO, "mattermost.plugin.v1.PluginHooks.MessageWillBePosted"),
}


def ghz(
    binary: str,
    kind: str,
    socket: str,
    data_file: str,
    concurrency: int,
    *,
    duration: Optional[float] = None,
    total: Optional[int] = None,
    cpus: Optional[Sequence[int]] = None,
) -> dict[str, Any]:
    """Run ghz once against one server; returns its JSON report (without per-call details)."""
    proto, call = CALLS[kind]
    command = [
        binary, "--insecure", "--proto", str(proto), "--import-paths", str(proto.parent),
        "--call", call, "--binary-file", data_file, "-c", str(concurrency), "--connections", "1",
        "--format", "json", "--skipFirst", str(concurrency * 10),
    ]
    command += ["-n", str(total)] if total else ["-z", f"{duration}s"]
    command.append(f"unix://{socket}")
    env = dict(os.environ)
    result = subprocess.run(
        command, capture_output=True, text=True, env=env, check=False,
        preexec_fn=(lambda: os.sched_setaffinity(0, cpus)) if cpus else None,
    )
    if result.returncode != 0 and not result.stdout:
        raise RuntimeError(f"ghz failed: {result.stderr.strip()}")
    report = json.loads(result.stdout)
    report.pop("details", None)
    report.pop("histogram", None)
    return report


def figures(report: dict[str, Any]) -> dict[str, Any]:
    """p50/p99 in microseconds, throughput in calls per second, and the non-OK count."""
    by_percent = {row["percentage"]: row["latency"] for row in report.get("latencyDistribution") or []}
    codes = report.get("statusCodeDistribution") or {}
    return {
        "p50_us": by_percent.get(50, 0) / 1000,
        "p99_us": by_percent.get(99, 0) / 1000,
        "rps": report.get("rps", 0.0),
        "calls": report.get("count", 0),
        # Calls still in flight when a timed (-z) run ends are reported as Canceled/Unavailable.
        "errors": sum(n for code, n in codes.items() if code not in ("OK", "Canceled", "Unavailable")),
    }


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far (Linux /proc)."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cpu_split(pin: bool) -> tuple[Optional[list[int]], Optional[list[int]]]:
    """(server CPUs, load generator CPUs) when pinning, else (None, None)."""
    if not pin:
        return None, None
    cpus = sorted(os.sched_getaffinity(0))
    if len(cpus) < 2:
        return None, None
    half = len(cpus) // 2
    return cpus[half:], cpus[:half]


def run(
    ghz_binary: str,
    *,
    concurrencies: Sequence[int] = (1, 16),
    duration: float = 5.0,
    repeats: int = 5,
    workers: int = 16,
    pin: bool = False,
    hook_server: str = "serve",
    with_direct: bool = False,
    against: Optional[str] = None,
) -> dict[str, Any]:
    workdir = private_dir("mmp-bench-")
    server_cpus, client_cpus = cpu_split(pin)
    kinds = ["echo", "hook"] + (["direct"] if with_direct else []) + (["against"] if against else [])
    files = {
        "echo": os.path.join(workdir, "echo.bin"),
        "hook": os.path.join(workdir, "hook.bin"),
        "direct": os.path.join(workdir, "hook.bin"),
        "against": os.path.join(workdir, "hook.bin"),
    }
    Path(files["echo"]).write_bytes(payloads.echo_request_bytes())
    Path(files["hook"]).write_bytes(payloads.hook_request_bytes())
    sockets = {kind: os.path.join(workdir, f"{kind}.sock") for kind in CALLS}
    servers: dict[str, Any] = {}
    if hook_server == "serve":
        plugin = PluginProcess(str(HERE / "plugins" / "tidy.py"), workers=workers, cpus=server_cpus).start()
        servers["hook"] = plugin
        sockets["hook"] = plugin.address
    else:
        servers["hook"] = start_server("hook", sockets["hook"], workers, server_cpus)
    servers["echo"] = start_server("echo", sockets["echo"], workers, server_cpus)
    if with_direct:
        servers["direct"] = start_server("hook", sockets["direct"], workers, server_cpus)
    if against:
        other = PluginProcess(str(HERE / "plugins" / "tidy.py"), workers=workers, cpus=server_cpus, python=against)
        servers["against"] = other.start()
        sockets["against"] = other.address
    rounds: dict[int, list[dict[str, dict[str, Any]]]] = {c: [] for c in concurrencies}
    try:
        for kind in kinds:  # warm up: imports, codec compilation, thread pool, connection
            ghz(ghz_binary, kind, sockets[kind], files[kind], 16, duration=1.0, cpus=client_cpus)
        for repeat in range(repeats):
            for concurrency in concurrencies:
                # A B B A: each server measured twice per round in mirrored order, so a drift in
                # the machine's load during the round, or an advantage of going first, cancels out.
                first = kinds if repeat % 2 == 0 else kinds[::-1]
                samples: dict[str, list[dict[str, Any]]] = {kind: [] for kind in kinds}
                for kind in first + first[::-1]:
                    pid = servers[kind].pid
                    before = cpu_seconds(pid)
                    sample = figures(ghz(ghz_binary, kind, sockets[kind], files[kind], concurrency,
                                         duration=duration, cpus=client_cpus))
                    calls = sample["calls"] + concurrency * 10  # ghz's --skipFirst calls ran too
                    sample["cpu_us"] = (cpu_seconds(pid) - before) / max(calls, 1) * 1e6
                    samples[kind].append(sample)
                one = {
                    kind: {
                        key: (sum(x[key] for x in runs) if key in ("calls", "errors")
                              else sum(x[key] for x in runs) / len(runs))
                        for key in runs[0]
                    }
                    for kind, runs in samples.items()
                }
                rounds[concurrency].append(one)
                log(
                    f"  round {repeat + 1}/{repeats} c={concurrency}: "
                    + ", ".join(f"{k} p50 {v['p50_us']:.0f}us p99 {v['p99_us']:.0f}us {v['rps']:.0f}/s"
                                for k, v in one.items())
                )
    finally:
        for process in servers.values():
            process.stop() if isinstance(process, PluginProcess) else stop(process)
        shutil.rmtree(workdir, ignore_errors=True)
    summary: dict[str, Any] = {
        "payload_bytes": {"post": len(payloads.POST_BYTES), "request": len(payloads.hook_request_bytes())},
        "hook_server": "python -m mattermost_plugin serve benchmarks/plugins/tidy.py" if hook_server == "serve"
        else "benchmarks/server.py hook",
        "hook_workers": workers,
        "duration_s": duration,
        "repeats": repeats,
        "pinned": {"server_cpus": server_cpus, "ghz_cpus": client_cpus} if server_cpus else None,
    }
    if against:
        summary["against"] = f"{against} -m mattermost_plugin serve benchmarks/plugins/tidy.py"
    for concurrency, results in rounds.items():
        entry: dict[str, Any] = {}
        for kind in kinds:
            entry[kind] = {
                key: round(median([r[kind][key] for r in results]), 1)
                for key in ("p50_us", "p99_us", "rps", "cpu_us")
            }
            entry[kind]["errors"] = sum(r[kind]["errors"] for r in results)
        entry["ratio"] = {
            "p50": round(median([r["hook"]["p50_us"] / r["echo"]["p50_us"] for r in results]), 3),
            "p99": round(median([r["hook"]["p99_us"] / r["echo"]["p99_us"] for r in results]), 3),
            "rps": round(median([r["hook"]["rps"] / r["echo"]["rps"] for r in results]), 3),
            "cpu": round(median([r["hook"]["cpu_us"] / r["echo"]["cpu_us"] for r in results]), 3),
        }
        if with_direct:
            entry["ratio_direct"] = {
                "p50": round(median([r["direct"]["p50_us"] / r["echo"]["p50_us"] for r in results]), 3),
                "rps": round(median([r["direct"]["rps"] / r["echo"]["rps"] for r in results]), 3),
                "cpu": round(median([r["direct"]["cpu_us"] / r["echo"]["cpu_us"] for r in results]), 3),
            }
        if against:
            entry["ratio_against"] = {
                key: round(median([r["against"][field] / r["hook"][field] for r in results]), 3)
                for key, field in (("p50", "p50_us"), ("p99", "p99_us"), ("rps", "rps"), ("cpu", "cpu_us"))
            }
        summary[f"c{concurrency}"] = entry
    return summary


if __name__ == "__main__":
    import argparse
    import sys

    from _tools import find_ghz

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=5.0)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--pin", action="store_true")
    parser.add_argument("--ghz")
    parser.add_argument("--hook-server", choices=("serve", "direct"), default="serve")
    parser.add_argument("--with-direct", action="store_true",
                        help="also measure the hook served by server.py, without the go-plugin runtime")
    parser.add_argument("--against", metavar="PYTHON",
                        help="also measure the plugin served by this interpreter, whose environment has another "
                             "version of mattermost_plugin installed (ratio_against: that server / this checkout's)")
    args = parser.parse_args()
    result = run(find_ghz(args.ghz), duration=args.duration, repeats=args.repeats, pin=args.pin,
                 hook_server=args.hook_server, with_direct=args.with_direct, against=args.against)
    json.dump(result, sys.stdout, indent=2)
    print()
