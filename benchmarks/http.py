"""HTTP requests served by a Python plugin's ``serve_http`` against a Go plugin's ``ServeHTTP``, through Mattermost's plugin environment.

    python benchmarks/http.py [--requests 3000] [--concurrency 16] [--large 100000000] [--pin]

Two plugins are activated in one ``plugin.NewEnvironment`` (``benchmarks/bridge/httprunner``):
``benchmarks/plugins/http_app.py``, bundled by ``mattermost-plugin bundle`` (this machine's platform
and Python), and a Go plugin serving the same routes (``benchmarks/bridge/httpplugin``). An HTTP
server in the runner routes ``/plugins/{id}/...`` to each plugin's ``ServeHTTP`` as Mattermost's
router does, and a Go HTTP client (keep-alive) sends:

- ``GET /json`` one at a time, in alternating batches of 100 per plugin: latency p50/p90/p99;
- ``GET /json`` from ``--concurrency`` clients at once: requests per second;
- ``GET /large`` and ``POST /large`` with ``--large`` bytes: MB/s each way (median of 3).

Prints JSON on stdout (each plugin's figures and the Python/Go ratios); progress on stderr.
``--pin`` runs the runner (the server side) on CPU 0 and every plugin process on CPU 1.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _tools import HERE, log  # noqa: E402
from bridge import base_interpreter, descendants, go, pin  # noqa: E402

RUNNER = HERE / "bridge"
PYTHON_ID = "bench.python-http"
GO_ID = "bench.go-http"


def machine() -> str:
    return {"x86_64": "amd64", "aarch64": "arm64"}[platform.machine()]


def python_plugin(plugins: Path, work: Path) -> None:
    """Bundle http_app.py and install it (extracted) into the plugins folder."""
    from mattermost_plugin._bundle import build_bundle

    source = work / PYTHON_ID
    source.mkdir()
    shutil.copy(HERE / "plugins" / "http_app.py", source / "plugin.py")
    manifest = {"id": PYTHON_ID, "name": "HTTP (Python)", "version": "0.1.0", "server": {}}
    (source / "plugin.json").write_text(json.dumps(manifest), encoding="utf-8")
    python = f"{sys.version_info[0]}.{sys.version_info[1]}"
    bundle = build_bundle(source, work / f"{PYTHON_ID}.tar.gz", platforms=[f"linux-{machine()}"], pythons=[python])
    subprocess.run(["tar", "-xzf", str(bundle.path), "-C", str(plugins)], check=True)


def go_plugin(plugins: Path) -> None:
    folder = plugins / GO_ID
    executable = f"server/dist/plugin-linux-{machine()}"
    subprocess.run([go(), "build", "-o", str(folder / executable), "./httpplugin"], cwd=RUNNER, check=True)
    manifest = {"id": GO_ID, "name": "HTTP (Go)", "version": "0.1.0", "server": {"executables": {f"linux-{machine()}": executable}}}
    (folder / "plugin.json").write_text(json.dumps(manifest), encoding="utf-8")


def run(requests: int, concurrency: int, large: int, pinned: bool) -> dict[str, Any]:
    work = Path(tempfile.mkdtemp(prefix="mmbench-http-"))
    plugins = work / "plugins"
    plugins.mkdir()
    try:
        log("http: bundling the Python plugin and building the Go plugin ...")
        python_plugin(plugins, work)
        go_plugin(plugins)
        runner = work / "runner"
        subprocess.run([go(), "build", "-o", str(runner), "./httprunner"], cwd=RUNNER, check=True)
        command = [
            str(runner), "-plugins", str(plugins), "-python", PYTHON_ID, "-go", GO_ID,
            "-n", str(requests), "-c", str(concurrency), "-large", str(large), "-wait",
        ]
        process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
            env={**os.environ, "MATTERMOST_PLUGIN_PYTHON": base_interpreter()},
            preexec_fn=(lambda: os.sched_setaffinity(0, {0})) if pinned else None,
        )
        assert process.stdin is not None and process.stdout is not None
        if process.stdout.readline().strip() != "active":
            raise RuntimeError("the HTTP benchmark's runner did not activate the plugins")
        if pinned:
            for pid in descendants(process.pid):
                pin(pid, {1})
        log(f"http: {requests} sequential requests per plugin, then {concurrency} clients at once, then {large / 1e6:.0f} MB each way{' (pinned)' if pinned else ''} ...")
        output, _ = process.communicate("go\n")
        if process.returncode != 0:
            raise RuntimeError(f"the HTTP benchmark's runner failed (exit {process.returncode})")
        figures: dict[str, Any] = json.loads(output)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    python, golang = figures["python"], figures["go"]
    return {
        "pinned": pinned,
        "plugins": figures,
        "ratios": {
            "json_p50_python_over_go": round(python["json_latency"]["p50_us"] / golang["json_latency"]["p50_us"], 2),
            "json_requests_per_s_python_over_go": round(python["json_requests_per_s"] / golang["json_requests_per_s"], 2),
            "large_response_mb_per_s_python_over_go": round(python["large_response_mb_per_s"] / golang["large_response_mb_per_s"], 2),
            "large_request_mb_per_s_python_over_go": round(python["large_request_mb_per_s"] / golang["large_request_mb_per_s"], 2),
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=3000, help="sequential GET /json requests per plugin (default 3000)")
    parser.add_argument("--concurrency", type=int, default=16, help="clients at once for requests per second (default 16)")
    parser.add_argument("--large", type=int, default=100_000_000, help="bytes of the large bodies (default 100 MB)")
    parser.add_argument("--pin", action="store_true", help="the server side on CPU 0, the plugin side on CPU 1")
    args = parser.parse_args()
    print(json.dumps(run(args.requests, args.concurrency, args.large, args.pin), indent=2))


if __name__ == "__main__":
    main()
