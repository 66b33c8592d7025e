"""The platforms and CPython versions a bundle carries packages and a bridge for.

A *target* is one CPython version on one platform, and has its own folder of
installed packages in the bundle (``server/site/cp312-linux-amd64``). The
platform also decides which bridge binaries are compiled (one per platform).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from mattermost_plugin._exceptions import BundleError

GLIBC_CEILING = 28
"""Linux wheels may need glibc 2.28 at most (RHEL 8, Debian 10, Ubuntu 20.04 and newer have it)."""

MINIMUM_PYTHON = (3, 10)
"""The oldest CPython the SDK runs on (the bridge checks the same on the server)."""


def _manylinux(machine: str, oldest: int) -> tuple[str, ...]:
    """Every manylinux tag a wheel for ``machine`` may carry, newest glibc first.

    pip takes each ``--platform`` literally (older pips do not widen a manylinux
    tag to the older glibc versions it covers), so the list is spelled out.
    """
    tags = [f"manylinux_2_{minor}_{machine}" for minor in range(GLIBC_CEILING, oldest - 1, -1)]
    legacy = {17: "manylinux2014", 12: "manylinux2010", 5: "manylinux1"}
    tags += [f"{name}_{machine}" for minor, name in legacy.items() if minor >= oldest]
    return tuple(tags)


def _macos(machine: str, versions: Sequence[str]) -> tuple[str, ...]:
    """macOS wheel tags for ``machine`` (and universal2), newest macOS first."""
    return tuple(f"macosx_{version}_{arch}" for version in versions for arch in (machine, "universal2"))


@dataclass(frozen=True)
class Platform:
    """A GOOS-GOARCH pair, as the bridge and ``server.executables`` name it, and how Python sees it."""

    name: str  # "linux-amd64"
    wheel_tags: tuple[str, ...]  # pip --platform values, most preferred first
    sys_platform: str
    platform_system: str
    platform_machine: str
    os_name: str

    @property
    def goos(self) -> str:
        return self.name.split("-")[0]

    @property
    def goarch(self) -> str:
        return self.name.split("-")[1]

    @property
    def executable(self) -> str:
        """The bridge's path in the bundle, relative to the plugin's folder."""
        suffix = ".exe" if self.goos == "windows" else ""
        return f"server/dist/plugin-{self.name}{suffix}"


PLATFORMS: dict[str, Platform] = {
    p.name: p
    for p in (
        Platform("linux-amd64", _manylinux("x86_64", 5), "linux", "Linux", "x86_64", "posix"),
        Platform("linux-arm64", _manylinux("aarch64", 17), "linux", "Linux", "aarch64", "posix"),
        Platform(
            "darwin-amd64",
            _macos("x86_64", ["11_0", "10_15", "10_14", "10_13", "10_12", "10_11", "10_10", "10_9"]),
            "darwin", "Darwin", "x86_64", "posix",
        ),
        Platform("darwin-arm64", _macos("arm64", ["11_0"]), "darwin", "Darwin", "arm64", "posix"),
        Platform("windows-amd64", ("win_amd64",), "win32", "Windows", "AMD64", "nt"),
    )
}
"""Every platform a bundle can be built for."""

DEFAULT_PLATFORMS = ("linux-amd64", "linux-arm64")
"""Mattermost servers run on Linux, on x86-64 or ARM64."""

DEFAULT_PYTHONS = ("3.10", "3.11", "3.12", "3.13")
"""The CPython versions of the Linux distributions Mattermost supports (Ubuntu 22.04 and 24.04,
Debian 12 and 13, RHEL 8 and 9 with their python3.11/3.12 packages)."""


@dataclass(frozen=True, order=True)
class Target:
    """One CPython version on one platform: one folder of installed packages in the bundle."""

    python: str  # "3.12"
    platform: str  # "linux-amd64"

    @property
    def site(self) -> str:
        """The folder name under server/site, as the bridge looks it up: ``cp312-linux-amd64``."""
        return f"cp{self.python.replace('.', '')}-{self.platform}"

    def describe(self) -> str:
        return f"CPython {self.python} on {self.platform}"

    def pip_options(self) -> list[str]:
        """pip's options that pick wheels for this target."""
        abi = "cp" + self.python.replace(".", "")
        options = ["--python-version", self.python, "--implementation", "cp", "--abi", abi]
        for tag in PLATFORMS[self.platform].wheel_tags:
            options += ["--platform", tag]
        return options

    def marker_environment(self) -> dict[str, str]:
        """PEP 508 marker values on this target, for ``python_version < "3.11"`` and the like.

        pip evaluates markers against the Python running it, whatever ``--python-version``
        says; the bundle makes it use these instead. Values a server cannot be known by
        (its kernel release) are left empty.
        """
        platform = PLATFORMS[self.platform]
        full = f"{self.python}.0"
        return {
            "implementation_name": "cpython",
            "implementation_version": full,
            "os_name": platform.os_name,
            "platform_machine": platform.platform_machine,
            "platform_python_implementation": "CPython",
            "platform_release": "",
            "platform_system": platform.platform_system,
            "platform_version": "",
            "python_full_version": full,
            "python_version": self.python,
            "sys_platform": platform.sys_platform,
        }


def parse_platforms(values: Sequence[str]) -> tuple[str, ...]:
    """The platforms named in ``values`` (each may hold several, comma-separated), in a stable order."""
    names = _split(values)
    unknown = [name for name in names if name not in PLATFORMS]
    if unknown:
        raise BundleError(
            f"unknown platform {unknown[0]!r}: choose from {', '.join(PLATFORMS)} (for example --platform linux-amd64)"
        )
    if not names:
        raise BundleError(f"no platform given: choose from {', '.join(PLATFORMS)}")
    return tuple(name for name in PLATFORMS if name in names)


def parse_pythons(values: Sequence[str]) -> tuple[str, ...]:
    """The CPython versions named in ``values`` ("3.12", comma-separated allowed), oldest first."""
    versions: set[tuple[int, int]] = set()
    for text in _split(values):
        match = re.fullmatch(r"(\d+)\.(\d+)", text)
        if match is None:
            raise BundleError(f"{text!r} is not a Python version: write it as major.minor, for example --python 3.12")
        version = (int(match.group(1)), int(match.group(2)))
        if version < MINIMUM_PYTHON or version[0] != 3:
            raise BundleError(f"Python {text} is not supported: the SDK needs CPython {'.'.join(map(str, MINIMUM_PYTHON))} or newer")
        versions.add(version)
    if not versions:
        raise BundleError("no Python version given (for example --python 3.12)")
    return tuple(f"{major}.{minor}" for major, minor in sorted(versions))


def _split(values: Sequence[str]) -> list[str]:
    names: list[str] = []
    for value in values:
        names += [part.strip() for part in value.split(",") if part.strip()]
    return names


def targets(platforms: Sequence[str], pythons: Sequence[str]) -> list[Target]:
    """Every (Python, platform) pair, in the order their folders sort."""
    return sorted((Target(python, platform) for platform in platforms for python in pythons), key=lambda t: t.site)
