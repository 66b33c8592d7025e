"""Shared helpers: finding (or installing) ghz, starting server processes, statistics."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Optional, Sequence

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CACHE = HERE / ".cache"
GHZ_VERSION = "v0.93.0"
GHZ_MODULE = "github.com/bojand/ghz/cmd/ghz"


def log(message: str) -> None:
    """Progress goes to stderr; stdout ends with the JSON summary only."""
    print(message, file=sys.stderr, flush=True)


def find_ghz(explicit: Optional[str] = None) -> str:
    """The ghz binary: --ghz, $GHZ, benchmarks/.cache/bin/ghz, ghz on PATH, or else
    ``go install`` it (pinned version, from the Go module proxy) into benchmarks/.cache/bin."""
    for candidate in (explicit, os.environ.get("GHZ"), str(CACHE / "bin" / "ghz")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    on_path = shutil.which("ghz")
    if on_path:
        return on_path
    go = shutil.which("go") or ("/usr/local/go/bin/go" if os.access("/usr/local/go/bin/go", os.X_OK) else None)
    if go is None:
        raise SystemExit(
            "ghz is needed for the round-trip benchmark and Go is not installed to build it: "
            f"install Go, or put ghz on PATH (go install {GHZ_MODULE}@{GHZ_VERSION}), or pass --ghz PATH"
        )
    (CACHE / "bin").mkdir(parents=True, exist_ok=True)
    log(f"installing ghz {GHZ_VERSION} into {CACHE / 'bin'} (go install, once) ...")
    env = dict(os.environ, GOBIN=str(CACHE / "bin"), CGO_ENABLED="0")
    subprocess.run([go, "install", f"{GHZ_MODULE}@{GHZ_VERSION}"], check=True, env=env)
    return str(CACHE / "bin" / "ghz")


def _child_setup(cpus: Optional[Sequence[int]]) -> Any:
    """preexec_fn for server processes: die with this process (so an interrupted run leaves
    no server behind), and optionally run on the given CPUs."""

    def setup() -> None:
        try:
            import ctypes

            ctypes.CDLL(None).prctl(1, 15)  # PR_SET_PDEATHSIG, SIGTERM
        except (OSError, AttributeError):
            pass
        if cpus:
            os.sched_setaffinity(0, cpus)

    return setup


def private_dir(prefix: str) -> str:
    """A fresh 0700 directory for sockets (short path: unix socket paths are limited)."""
    return tempfile.mkdtemp(prefix=prefix, dir="/tmp" if os.path.isdir("/tmp") else None)


def python_env() -> dict[str, str]:
    """The environment for child Python processes: the repo importable, no stray buffering."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    env["PYTHONUNBUFFERED"] = "1"
    return env


def start_server(kind: str, socket: str, workers: int, cpus: Optional[Sequence[int]] = None) -> subprocess.Popen[str]:
    """Start benchmarks/server.py in its own process and wait for its ``ready`` line."""
    command = [sys.executable, str(HERE / "server.py"), kind, "--socket", socket, "--workers", str(workers)]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, text=True, env=python_env(), preexec_fn=_child_setup(cpus),
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    if line.strip() != "ready":
        process.kill()
        raise RuntimeError(f"{kind} server did not start (said {line!r})")
    return process


HANDSHAKE_ENV = {
    "MATTERMOST_PLUGIN": "Securely message teams, anywhere.",
    "PLUGIN_PROTOCOL_VERSIONS": "1",
}


class PluginProcess:
    """A plugin started the way Mattermost starts it: ``python -m mattermost_plugin serve TARGET``
    with go-plugin's environment; :meth:`start` returns once the handshake line is read.

    ``python``: another interpreter, whose environment has its own mattermost_plugin installed
    (another version, to compare with this checkout's); it runs outside this checkout, without
    the checkout on its path."""

    def __init__(self, target: str, *, workers: int = 16, cpus: Optional[Sequence[int]] = None,
                 extra_env: Optional[dict[str, str]] = None, python: Optional[str] = None) -> None:
        self.target = target
        self.python = python or sys.executable
        if python is None:
            self.env = python_env()
            self.cwd = str(ROOT)
        else:
            self.env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
            self.env["PYTHONUNBUFFERED"] = "1"
            self.cwd = str(Path(target).resolve().parent)
        self.env.update(HANDSHAKE_ENV)
        self.env["MATTERMOST_PLUGIN_MAX_WORKERS"] = str(workers)
        self.env.update(extra_env or {})
        self.cpus = cpus
        self.process: Optional[subprocess.Popen[str]] = None
        self.address = ""
        self.spawned_at = 0.0
        self.handshake_at = 0.0

    def start(self) -> "PluginProcess":
        command = [self.python, "-m", "mattermost_plugin", "serve", self.target]
        self.spawned_at = time.perf_counter()
        self.process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=self.env,
            cwd=self.cwd, preexec_fn=_child_setup(self.cpus),
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        self.handshake_at = time.perf_counter()
        fields = line.strip().split("|")
        if len(fields) < 5 or fields[2] != "unix":
            self.stop()
            raise RuntimeError(f"unexpected handshake from {self.target}: {line!r}")
        self.address = fields[3]
        return self

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def stop(self) -> None:
        if self.process is not None:
            stop(self.process)


def stop(process: subprocess.Popen[Any]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def rss_kib(pid: int) -> int:
    """Resident set size of a process, in KiB (Linux /proc)."""
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError(f"no VmRSS for pid {pid}")


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def now() -> float:
    return time.perf_counter()


def message_will_be_posted(channel: Any) -> Any:
    """A callable for the MessageWillBePosted RPC on ``channel`` (the SDK ships no generated stubs)."""
    from mattermost_plugin.protocol import hooks_pb2

    return channel.unary_unary(
        "/mattermost.plugin.v1.PluginHooks/MessageWillBePosted",
        request_serializer=hooks_pb2.MessageWillBePostedRequest.SerializeToString,
        response_deserializer=hooks_pb2.MessageWillBePostedResponse.FromString,
    )
