"""Run every benchmark and print a JSON summary as the last thing on stdout.

    python benchmarks/run.py            # the full run (about four minutes)
    python benchmarks/run.py --quick    # a rough pass (about a minute and a half)
    python benchmarks/run.py --only roundtrip,codec

Progress goes to stderr. The summary is also written to
benchmarks/results/<UTC time>.json (ignored by git). See benchmarks/README.md for
what each figure means.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable, Optional

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _tools import HERE, ROOT, find_ghz, log  # noqa: E402

SECTIONS = ("overhead", "codec", "roundtrip", "roundtrip_shared", "startup", "memory")

FULL = {
    "roundtrip": {"duration": 1.0, "repeats": 8},
    "roundtrip_shared": {"duration": 1.0, "repeats": 8},
    "codec": {"repeats": 7, "budget": 0.1},
    "overhead": {"repeats": 7, "budget": 0.1},
    "startup": {"rounds": 7},
    "memory": {"calls": 100_000, "warmup": 10_000},
}
QUICK = {
    "roundtrip": {"duration": 1.0, "repeats": 2},
    "roundtrip_shared": {"duration": 1.0, "repeats": 2},
    "codec": {"repeats": 3, "budget": 0.05},
    "overhead": {"repeats": 3, "budget": 0.05},
    "startup": {"rounds": 3},
    "memory": {"calls": 20_000, "warmup": 5_000},
}


def machine(ghz: Optional[str]) -> dict[str, Any]:
    import grpc
    import orjson
    from google import protobuf

    model = ""
    try:
        for line in subprocess.run(["lscpu"], capture_output=True, text=True, check=False).stdout.splitlines():
            if line.startswith("Model name:"):
                model = line.split(":", 1)[1].strip()
    except OSError:
        pass
    ghz_version = ""
    if ghz:
        shown = subprocess.run([ghz, "--version"], capture_output=True, text=True, check=False)
        ghz_version = (shown.stdout or shown.stderr).strip()
        go = shutil.which("go") or "/usr/local/go/bin/go"
        if ghz_version in ("", "dev") and os.access(go, os.X_OK):  # go install'ed: the version is in the binary
            info = subprocess.run([go, "version", "-m", ghz], capture_output=True, text=True, check=False).stdout
            for line in info.splitlines():
                parts = line.split()
                if len(parts) >= 3 and parts[0] == "mod" and parts[1] == "github.com/bojand/ghz":
                    ghz_version = parts[2]
    return {
        "cpu": model or platform.processor(),
        "cpus": os.cpu_count(),
        "cpus_usable": len(os.sched_getaffinity(0)),
        "kernel": platform.release(),
        "python": platform.python_version(),
        "grpcio": grpc.__version__,
        "protobuf": protobuf.__version__,
        "orjson": orjson.__version__,
        "ghz": ghz_version,
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
    }


def targets(summary: dict[str, Any]) -> dict[str, Any]:
    """Each target of issue 5 with the figure it is judged on and whether it is met."""
    checks: dict[str, Any] = {}

    def check(name: str, value: Optional[float], limit: float, below: bool) -> None:
        """``below``: the value must not exceed the limit (strictly less for targets written "<")."""
        if value is None:
            return
        if below:
            met = value < limit if " < " in name else value <= limit
        else:
            met = value >= limit
        checks[name] = {"value": value, "limit": limit, "met": met}

    rt = summary.get("roundtrip") or {}
    check("hook_p50_vs_echo_c1 <= 1.25", (rt.get("c1") or {}).get("ratio", {}).get("p50"), 1.25, True)
    check("hook_p50_vs_echo_c16 <= 1.25", (rt.get("c16") or {}).get("ratio", {}).get("p50"), 1.25, True)
    check("hook_throughput_vs_echo_c16 >= 0.8", (rt.get("c16") or {}).get("ratio", {}).get("rps"), 0.8, False)
    post = (summary.get("codec") or {}).get("Post")
    if post:
        check("post_decode_encode_us < 15", post["sdk_us"], 15.0, True)
        check("post_speedup_vs_dataclasses_json >= 20", post["speedup_vs_dataclasses_json"], 20.0, False)
    st = summary.get("startup") or {}
    check("handshake_ms < 300", st.get("handshake_ms"), 300.0, True)
    check("first_hook_ms < 1000", st.get("first_hook_ms"), 1000.0, True)
    mem = summary.get("memory") or {}
    check("idle_rss_mb < 50", mem.get("idle_rss_mb"), 50.0, True)
    # "No growth": less than 1 MB over the measured calls (10 bytes a call at 100,000 calls).
    check("rss_growth_mb_after_calls < 1", mem.get("growth_mb"), 1.0, True)
    return checks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="shorter runs, fewer repeats (rough figures)")
    parser.add_argument("--only", default=",".join(SECTIONS), help=f"comma-separated subset of {','.join(SECTIONS)}")
    parser.add_argument("--ghz", help="path to a ghz binary (default: $GHZ, benchmarks/.cache/bin, PATH, or go install)")
    parser.add_argument("--no-pin", dest="pin", action="store_false",
                        help="roundtrip: let ghz share the servers' CPUs (by default the servers get half "
                             "the CPUs and ghz the other half; roundtrip_shared always shares)")
    parser.add_argument("--hook-server", choices=("serve", "direct"), default="serve",
                        help="round trip: the real plugin process (default) or benchmarks/server.py hook")
    args = parser.parse_args()
    only = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = set(only) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown section(s): {', '.join(sorted(unknown))}")
    settings = QUICK if args.quick else FULL
    needs_ghz = bool({"roundtrip", "roundtrip_shared", "memory"} & set(only))
    ghz = find_ghz(args.ghz) if needs_ghz else None

    import codec
    import memory
    import overhead
    import roundtrip
    import startup

    runners: dict[str, Callable[[], Any]] = {
        "overhead": lambda: overhead.run(**settings["overhead"]),
        "codec": lambda: codec.run(**settings["codec"]),
        "roundtrip": lambda: roundtrip.run(ghz, pin=args.pin, hook_server=args.hook_server, **settings["roundtrip"]),
        "roundtrip_shared": lambda: roundtrip.run(
            ghz, pin=False, hook_server=args.hook_server, **settings["roundtrip_shared"]
        ),
        "startup": lambda: startup.run(**settings["startup"]),
        "memory": lambda: memory.run(ghz, **settings["memory"]),
    }
    started = time.monotonic()
    summary: dict[str, Any] = {
        "command": " ".join(["python", "benchmarks/run.py", *sys.argv[1:]]),
        "mode": "quick" if args.quick else "full",
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "machine": machine(ghz),
    }
    for section in SECTIONS:
        if section not in only:
            continue
        log(f"== {section}")
        began = time.monotonic()
        summary[section] = runners[section]()
        log(f"   {section} took {time.monotonic() - began:.0f}s")
    summary["machine"]["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    summary["targets"] = targets(summary)
    summary["all_targets_met"] = all(t["met"] for t in summary["targets"].values())
    summary["seconds"] = round(time.monotonic() - started, 1)
    for name, target in summary["targets"].items():
        log(f"   {'met   ' if target['met'] else 'MISSED'} {name}: {target['value']}")
    results = HERE / "results"
    results.mkdir(exist_ok=True)
    path = results / f"{summary['date'].replace(':', '')}{'-quick' if args.quick else ''}.json"
    path.write_text(json.dumps(summary, indent=2) + "\n")
    log(f"   written to {path.relative_to(ROOT)}")
    print(json.dumps(summary, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
