"""Plugin API calls from a Python hook against the same calls from a Go plugin, through Mattermost's plugin environment.

    python benchmarks/api.py [--calls 3000] [--pin]

Two plugins are activated in one ``plugin.NewEnvironment`` (``benchmarks/bridge/apirunner``)
whose plugin API answers at once: ``benchmarks/plugins/api_calls.py``, bundled by
``mattermost-plugin bundle`` (this machine's platform and Python), and a Go plugin
(``benchmarks/bridge/apiplugin``). Each makes ``KVGet`` (a 100-byte value) and
``CreatePost`` (a 1 KB post) calls inside its ExecuteCommand hook and times each call
around the call alone; the runner alternates batches of 100 calls of every series.

Series, for each method:

- ``go``: the Go plugin's ``p.API`` (net/rpc and gob to the server and back);
- ``api`` / ``async``: the Python plugin's ``self.api`` / ``await self.async_api``
  (the client, gRPC to the bridge, the bridge, then the same net/rpc call);
- ``floor``: the Python client against a gRPC server in the runner that answers at once
  with the bridge's bytes (the client and one gRPC hop, nothing behind it);
- ``sdk``: the Python client with no transport (request, arguments' JSON, response, model);
- ``bridge_json``: the JSON the bridge reads and writes for the call (Go, in the runner).

Prints JSON on stdout (per method and series p50/p90/p99/mean in microseconds, the
Python/Go ratios and where the time of a Python call goes); progress on stderr.
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
PYTHON_ID = "bench.python-api"
GO_ID = "bench.go-api"


def python_plugin(plugins: Path, work: Path) -> None:
    """Bundle api_calls.py and install it (extracted) into the plugins folder."""
    from mattermost_plugin._bundle import build_bundle

    source = work / PYTHON_ID
    source.mkdir()
    shutil.copy(HERE / "plugins" / "api_calls.py", source / "plugin.py")
    manifest = {"id": PYTHON_ID, "name": "API calls (Python)", "version": "0.1.0", "server": {}}
    (source / "plugin.json").write_text(json.dumps(manifest), encoding="utf-8")
    machine = {"x86_64": "amd64", "aarch64": "arm64"}[platform.machine()]
    python = f"{sys.version_info[0]}.{sys.version_info[1]}"
    bundle = build_bundle(source, work / f"{PYTHON_ID}.tar.gz", platforms=[f"linux-{machine}"], pythons=[python])
    subprocess.run(["tar", "-xzf", str(bundle.path), "-C", str(plugins)], check=True)


def go_plugin(plugins: Path) -> None:
    folder = plugins / GO_ID
    machine = {"x86_64": "amd64", "aarch64": "arm64"}[platform.machine()]
    executable = f"server/dist/plugin-linux-{machine}"
    subprocess.run([go(), "build", "-o", str(folder / executable), "./apiplugin"], cwd=RUNNER, check=True)
    manifest = {"id": GO_ID, "name": "API calls (Go)", "version": "0.1.0", "server": {"executables": {f"linux-{machine}": executable}}}
    (folder / "plugin.json").write_text(json.dumps(manifest), encoding="utf-8")


def created_post() -> bytes:
    """The JSON of the post CreatePost answers with: the benchmark's post, with an id."""
    sys.path.insert(0, str(HERE / "plugins"))
    from api_calls import POST

    from mattermost_plugin import Post
    from mattermost_plugin.models import encode

    return encode(Post(**{**POST.__dict__, "id": "created-post-id"}))


def run(calls: int, pinned: bool) -> dict[str, Any]:
    work = Path(tempfile.mkdtemp(prefix="mmbench-api-"))
    plugins = work / "plugins"
    plugins.mkdir()
    try:
        log("api: bundling the Python plugin and building the Go plugin ...")
        python_plugin(plugins, work)
        go_plugin(plugins)
        runner = work / "runner"
        subprocess.run([go(), "build", "-o", str(runner), "./apirunner"], cwd=RUNNER, check=True)
        post = work / "created.json"
        post.write_bytes(created_post())
        process = subprocess.Popen(
            [str(runner), "-plugins", str(plugins), "-python", PYTHON_ID, "-go", GO_ID, "-post", str(post), "-n", str(calls), "-wait"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
            env={**os.environ, "MATTERMOST_PLUGIN_PYTHON": base_interpreter()},
            preexec_fn=(lambda: os.sched_setaffinity(0, {0})) if pinned else None,
        )
        assert process.stdin is not None and process.stdout is not None
        if process.stdout.readline().strip() != "active":
            raise RuntimeError("the API benchmark's runner did not activate the plugins")
        if pinned:
            for pid in descendants(process.pid):
                pin(pid, {1})
        log(f"api: {calls} calls of each series and method, in alternating batches{' (pinned)' if pinned else ''} ...")
        output, _ = process.communicate("go\n")
        if process.returncode != 0:
            raise RuntimeError(f"the API benchmark's runner failed (exit {process.returncode})")
        figures: dict[str, Any] = json.loads(output)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    summary: dict[str, Any] = {"calls": calls, "pinned": pinned, "series": figures}
    for method, series in figures.items():
        p50 = {name: s["p50_us"] for name, s in series.items()}
        summary[method] = {
            "python_over_go_p50": round(p50["api"] / p50["go"], 2),
            "python_async_over_go_p50": round(p50["async"] / p50["go"], 2),
            "where_a_python_call_goes_us": {
                "the server side: net/rpc, gob and the API (the Go plugin's whole call)": p50["go"],
                "the SDK in Python: request, arguments' JSON, response, result's model (sdk)": p50["sdk"],
                "one gRPC round trip from the Python client (floor, less sdk)": round(p50["floor"] - p50["sdk"], 1),
                "the bridge's JSON for the call (bridge_json)": p50["bridge_json"],
                "the rest: the bridge's other work, and one more process in the chain": round(
                    p50["api"] - p50["go"] - p50["floor"] - p50["bridge_json"], 1
                ),
            },
        }
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=3000, help="timed calls of each series and method (default 3000)")
    parser.add_argument("--pin", action="store_true", help="the server side on CPU 0, the plugin side on CPU 1")
    args = parser.parse_args()
    print(json.dumps(run(args.calls, args.pin), indent=2))


if __name__ == "__main__":
    main()
