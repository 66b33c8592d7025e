"""MessageWillBePosted through Mattermost's own plugin environment: the bridged Python plugin against the floor.

    python benchmarks/bridge.py [--calls 3000] [--mtls]

The bridged plugin is ``benchmarks/plugins/tidy.py`` in a bundle built by
``mattermost-plugin bundle`` (this machine's platform and Python). The floor of
any bridge to a grpcio process is a Go plugin making the same edit (net/rpc,
gob and the edit: ``benchmarks/bridge/goplugin``) plus a bare grpcio echo of the
bytes the bridge sends (``benchmarks/server.py echo``, called from Go). The Go
runner (``benchmarks/bridge/main.go``) activates both plugins in one
``plugin.NewEnvironment`` and alternates the calls one by one, with the bridge's
own Go work (the post to JSON and the replacement back) timed alongside.
Target: the Python plugin's p50 at most 1.2 x (Go plugin p50 + echo p50).

With ``--pin`` (the judged configuration, as for the round trip in
docs/performance.md) the runner, which plays the Mattermost server, runs on
CPU 0 and every plugin process (the bridge, the Python process, the Go plugin)
and the echo server on CPU 1, so that the server side and the plugin side do
not take CPU time from each other, as on a server with cores to spare.
Prints JSON on stdout; progress on stderr.
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

from _tools import HERE, ROOT, PluginProcess, log, private_dir, start_server, stop  # noqa: E402
from payloads import POST_JSON  # noqa: E402

RUNNER = HERE / "bridge"
TARGET_RATIO = 1.2


def go() -> str:
    found = shutil.which("go")
    if found is None:
        raise SystemExit("the bridge benchmark needs Go (1.26+) on PATH")
    return found


def python_plugin(plugins: Path, work: Path, plugin_id: str, mtls: bool) -> None:
    """Bundle tidy.py and install it (extracted) into the plugins folder."""
    from mattermost_plugin._bundle import build_bundle

    source = work / plugin_id
    source.mkdir()
    shutil.copy(HERE / "plugins" / "tidy.py", source / "plugin.py")
    manifest = {"id": plugin_id, "name": "Tidy (Python)", "version": "0.1.0", "server": {}}
    (source / "plugin.json").write_text(json.dumps(manifest), encoding="utf-8")
    if mtls:  # AutoMTLS needs cryptography in the Python process, an extra bundles leave out
        (source / "requirements.txt").write_text("cryptography>=42\n", encoding="utf-8")
    machine = {"x86_64": "amd64", "aarch64": "arm64"}[platform.machine()]
    python = f"{sys.version_info[0]}.{sys.version_info[1]}"
    bundle = build_bundle(source, work / f"{plugin_id}.tar.gz", platforms=[f"linux-{machine}"], pythons=[python])
    subprocess.run(["tar", "-xzf", str(bundle.path), "-C", str(plugins)], check=True)
    if mtls:  # the same bridge, built with go-plugin's AutoMTLS on
        bridge_source = ROOT / "mattermost_plugin" / "bridge"
        output = plugins / plugin_id / "server" / "dist" / f"plugin-linux-{machine}"
        subprocess.run(
            [go(), "build", "-trimpath", "-tags", "hook_MessageWillBePosted", "-ldflags", "-s -w -X main.autoMTLS=on", "-o", str(output), "."],
            cwd=bridge_source,
            check=True,
        )


def go_plugin(plugins: Path, plugin_id: str) -> None:
    folder = plugins / plugin_id
    machine = {"x86_64": "amd64", "aarch64": "arm64"}[platform.machine()]
    executable = f"server/dist/plugin-linux-{machine}"
    subprocess.run([go(), "build", "-o", str(folder / executable), "./goplugin"], cwd=RUNNER, check=True)
    manifest = {"id": plugin_id, "name": "Tidy (Go)", "version": "0.1.0", "server": {"executables": {f"linux-{machine}": executable}}}
    (folder / "plugin.json").write_text(json.dumps(manifest), encoding="utf-8")


def base_interpreter() -> str:
    candidate = Path(sys.base_prefix) / "bin" / f"python{sys.version_info[0]}.{sys.version_info[1]}"
    return str(candidate if candidate.exists() else Path(sys.base_prefix) / "bin" / "python3")


def descendants(pid: int) -> list[int]:
    """Every process started, directly or not, by ``pid`` (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            children.setdefault(int(fields[1]), []).append(int(entry.name))
    found, queue = [], [pid]
    while queue:
        for child in children.get(queue.pop(), []):
            found.append(child)
            queue.append(child)
    return found


def pin(pid: int, cpus: set[int]) -> None:
    """Move every thread of a process to ``cpus``."""
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            os.sched_setaffinity(int(task.name), cpus)
        except OSError:
            pass  # the thread ended


def run(calls: int, mtls: bool, pinned: bool) -> dict[str, Any]:
    work = Path(tempfile.mkdtemp(prefix="mmbench-bridge-"))
    plugins = work / "plugins"
    plugins.mkdir()
    sockets = private_dir("mmecho-")
    echo = None
    direct = None
    try:
        log("bridge: bundling the Python plugin and building the Go plugin ...")
        python_ids = ["bench.python-tidy"] + (["bench.python-tidy-mtls"] if mtls else [])
        for plugin_id in python_ids:
            python_plugin(plugins, work, plugin_id, mtls=plugin_id.endswith("mtls"))
        go_plugin(plugins, "bench.go-tidy")
        runner = work / "runner"
        subprocess.run([go(), "build", "-o", str(runner), "."], cwd=RUNNER, check=True)
        post = work / "post.json"
        post.write_text(json.dumps(POST_JSON), encoding="utf-8")
        socket = f"{sockets}/echo.sock"
        echo = start_server("echo", socket, 16, cpus=[1] if pinned else None)
        # The same plugin served on its own, called directly: the Python side without the bridge.
        direct = PluginProcess(str(HERE / "plugins" / "tidy.py"), cpus=[1] if pinned else None).start()
        process = subprocess.Popen(
            [str(runner), "-plugins", str(plugins), "-python", ",".join(python_ids), "-go", "bench.go-tidy",
             "-echo", socket, "-hook", direct.address, "-post", str(post), "-n", str(calls), "-wait"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
            env={**os.environ, "MATTERMOST_PLUGIN_PYTHON": base_interpreter()},
            preexec_fn=(lambda: os.sched_setaffinity(0, {0})) if pinned else None,
        )
        assert process.stdin is not None and process.stdout is not None
        if process.stdout.readline().strip() != "active":
            raise RuntimeError("the bridge benchmark's runner did not activate the plugins")
        if pinned:
            for pid in descendants(process.pid):
                pin(pid, {1})
        log(f"bridge: {calls} calls of each kind, alternating{' (pinned)' if pinned else ''} ...")
        output, _ = process.communicate("go\n")
        if process.returncode != 0:
            raise RuntimeError(f"the bridge benchmark's runner failed (exit {process.returncode})")
        figures: dict[str, Any] = json.loads(output)
        figures["pinned"] = pinned
    finally:
        if echo is not None:
            stop(echo)
        if direct is not None:
            direct.stop()
        shutil.rmtree(work, ignore_errors=True)
        shutil.rmtree(sockets, ignore_errors=True)
    python_p50 = figures["bench.python-tidy"]["p50_us"]
    floor = figures["go_plugin"]["p50_us"] + figures["grpc_echo"]["p50_us"]
    figures["ratio"] = round(python_p50 / floor, 3)
    figures["target_ratio"] = TARGET_RATIO
    figures["met"] = figures["ratio"] <= TARGET_RATIO
    go_p50, echo_p50, json_p50 = (figures[name]["p50_us"] for name in ("go_plugin", "grpc_echo", "bridge_json"))
    hook_p50 = figures["python_hook_direct"]["p50_us"]
    figures["where_the_time_goes_us"] = {
        "net/rpc, gob and the edit (the Go plugin)": go_p50,
        "gRPC round trip to a grpcio process (the echo)": echo_p50,
        "the SDK in the Python process (the hook called directly, less the echo)": round(hook_p50 - echo_p50, 1),
        "the bridge's JSON (post out, replacement back)": json_p50,
        "the rest: the bridge's other work, and a third process in the chain": round(python_p50 - go_p50 - hook_p50 - json_p50, 1),
    }
    if mtls:
        figures["automtls_cost_ratio"] = round(figures["bench.python-tidy-mtls"]["p50_us"] / python_p50, 3)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=3000, help="timed calls of each kind (default 3000)")
    parser.add_argument("--mtls", action="store_true", help="also time a bridge built with go-plugin's AutoMTLS")
    parser.add_argument("--pin", action="store_true", help="the server side on CPU 0, the plugin side on CPU 1")
    args = parser.parse_args()
    print(json.dumps(run(args.calls, args.mtls, args.pin), indent=2))


if __name__ == "__main__":
    main()
