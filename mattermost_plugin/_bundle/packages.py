"""The Python packages a bundle carries, installed ahead of time for each target.

For every target (a CPython version on a platform) pip installs the SDK's
run-time dependencies and the plugin's ``requirements.txt`` into a folder of
its own, from wheels built for that target. The SDK itself is pure Python and
copied from this installation. A top-level package whose files are the same
for every target is then kept once, in ``server/site/common``.
"""

from __future__ import annotations

import csv
import hashlib
import importlib.metadata
import importlib.util
import io
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

from mattermost_plugin._bundle.cache import Cache, key, remove
from mattermost_plugin._bundle.targets import Target
from mattermost_plugin._exceptions import BundleError

SDK_DISTRIBUTION = "mattermost-plugin"
SDK_PACKAGE = "mattermost_plugin"
SDK_LEFT_OUT = ("_generate", "bridge")
"""Parts of the SDK the server never runs: the regeneration tool and the bridge's Go source."""

PIP_INDEX_SETTINGS = ("PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL", "PIP_FIND_LINKS", "PIP_NO_INDEX")
"""pip settings that change which packages an install finds (part of the cache key)."""

_PIP_FOR_TARGET = r"""
import json, runpy, sys
target = json.loads(sys.argv.pop(1))
from pip._vendor.packaging import markers
host = markers.default_environment
def default_environment():
    values = host()
    values.update(target)
    return values
markers.default_environment = default_environment
sys.argv[0] = "pip"
runpy.run_module("pip", run_name="__main__", alter_sys=True)
"""
"""Runs pip with environment markers evaluated for the target, not for the Python running pip.

pip's ``--python-version`` and ``--platform`` choose wheels only: markers such as
``typing_extensions; python_version < "3.11"`` are still decided by the running
interpreter (pypa/pip#11664). Marker evaluation reads ``default_environment()``
from pip's vendored ``packaging.markers`` on every call, so replacing that one
function makes every marker, in requirements and in dependencies' metadata,
see the target.
"""

_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


def normalize(name: str) -> str:
    """A distribution name as PyPI compares them (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def sdk_requirements() -> list[str]:
    """The SDK's own run-time dependencies, from its installed metadata (extras left out)."""
    try:
        requires = importlib.metadata.requires(SDK_DISTRIBUTION) or []
    except importlib.metadata.PackageNotFoundError:
        raise BundleError(
            f"{SDK_DISTRIBUTION} is not installed as a package in {sys.executable}, so its dependencies "
            "are unknown: install it (pip install mattermost-plugin, or pip install -e . in its checkout)"
        ) from None
    return [line for line in requires if not re.search(r"\bextra\s*==", line.partition(";")[2])]


def plugin_requirements(file: Path) -> list[str]:
    """The lines of the plugin's requirements file for pip, ready to be written to another file.

    ``-r`` and ``-c`` files are read in (constraints become ``--constraint`` lines
    of their own file, see :func:`_pip_install`); the SDK itself is dropped (the
    bundle copies the installed one); editable and local-path requirements are
    refused, since their code belongs next to plugin.py.
    """
    lines: list[str] = []
    _read_requirements(file, lines, seen=set(), constraint=False)
    return lines


CONSTRAINT = "# constraint: "
"""Marks a line read from a ``-c`` file among the requirement lines."""


def _read_requirements(file: Path, lines: list[str], seen: set[Path], constraint: bool) -> None:
    resolved = file.resolve()
    if resolved in seen:
        return
    seen.add(resolved)
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as error:
        raise BundleError(f"cannot read {file}: {error.strerror}") from None
    for number, raw in enumerate(text.splitlines(), 1):
        line = re.sub(r"(^|\s)#.*$", "", raw).strip()
        if not line:
            continue
        where = f"{file}, line {number}"
        option, value = _option(line)
        if option in ("-r", "--requirement", "-c", "--constraint"):
            _read_requirements(file.parent / value, lines, seen, constraint or option in ("-c", "--constraint"))
        elif option in ("-e", "--editable"):
            raise BundleError(
                f"{where}: an editable requirement ({line}) cannot be bundled; list it as a normal "
                "requirement, or put its code next to plugin.py"
            )
        elif option:
            lines.append(line)  # an option for pip, such as --extra-index-url
        elif line.startswith((".", "/", "~")) or "file:" in line:
            raise BundleError(
                f"{where}: {line} is a local path; the bundle installs wheels from the package index, "
                "so put that code next to plugin.py (it is bundled with the plugin) or publish it"
            )
        else:
            match = _NAME.match(line)
            if match is not None and normalize(match.group(1)) == SDK_DISTRIBUTION:
                continue  # the bundle carries the SDK this command runs from
            lines.append(CONSTRAINT + line if constraint else line)


def _option(line: str) -> tuple[str, str]:
    """A requirements-file option and its value (``-r x``, ``--requirement=x``), or ("", "")."""
    if not line.startswith("-"):
        return "", ""
    name, _, value = line.partition("=") if line.startswith("--") and "=" in line.split()[0] else line.partition(" ")
    return name.strip(), value.strip()


@dataclass
class SiteSet:
    """The packages installed for one target: where they are, and a hash of every file."""

    target: Target
    folder: Path
    files: dict[str, tuple[str, bool]]  # relative path -> (sha256, executable)
    reused: bool


def pip_version() -> str:
    """The version of the pip that will install the packages."""
    try:
        return importlib.metadata.version("pip")
    except importlib.metadata.PackageNotFoundError:
        raise BundleError(
            f"pip is not installed for {sys.executable}; add it with: {sys.executable} -m ensurepip"
        ) from None


def install(target: Target, requirements: list[str], cache: Cache, directory: Path, announce: Callable[[], None]) -> SiteSet:
    """The target's packages, from the cache or installed now with pip (``announce`` is called first)."""
    facts = {
        "requirements": requirements,
        "target": target.site,
        "pip": pip_version(),
        "index": {name: os.environ.get(name, "") for name in PIP_INDEX_SETTINGS},
    }
    name = key(facts)
    found = cache.lookup("site", name)
    if found is not None:
        files = json.loads((found / "files.json").read_text(encoding="utf-8"))
        return SiteSet(target, found / "packages", {path: (digest, bool(x)) for path, (digest, x) in files.items()}, True)
    announce()
    work = cache.scratch("site")
    try:
        packages = work / "packages"
        _pip_install(target, requirements, packages, directory)
        files = _tidy_and_hash(packages)
        (work / "files.json").write_text(json.dumps(files, sort_keys=True), encoding="utf-8")
        stored = cache.store("site", name, work)
    except BaseException:
        remove(work)
        raise
    return SiteSet(target, stored / "packages", files, False)


def _pip_install(target: Target, requirements: list[str], into: Path, directory: Path) -> None:
    listing, constraints = into.parent / "requirements.txt", into.parent / "constraints.txt"
    wanted = [line for line in requirements if not line.startswith(CONSTRAINT)]
    limits = [line[len(CONSTRAINT):] for line in requirements if line.startswith(CONSTRAINT)]
    listing.write_text("\n".join(wanted + ([f"--constraint {constraints}"] if limits else [])) + "\n", encoding="utf-8")
    constraints.write_text("\n".join(limits) + "\n", encoding="utf-8")
    command = [
        sys.executable, "-c", _PIP_FOR_TARGET, json.dumps(target.marker_environment()),
        "install", "--target", str(into), "--only-binary=:all:", "--no-compile", "--no-warn-script-location",
        "--disable-pip-version-check", "--quiet", *target.pip_options(), "-r", str(listing),
    ]
    result = subprocess.run(command, cwd=directory, capture_output=True, text=True)
    if result.returncode != 0:
        raise BundleError(f"pip could not install the packages for {target.describe()}: {_pip_reason(result.stderr)}")


def _pip_reason(stderr: str) -> str:
    """pip's own explanation, in one line, with what to do about a missing wheel."""
    errors = [line[len("ERROR:"):].strip() for line in stderr.splitlines() if line.startswith("ERROR:")]
    text = "; ".join(errors) or (stderr.strip().splitlines() or ["pip failed without saying why"])[-1]
    if "No matching distribution" in text or "Could not find a version" in text:
        text += (
            " (the bundle installs only wheels built for the target: choose a version that has one, "
            "or build the target with --python/--platform; on a machine without the index, see docs/deploy.md)"
        )
    return text


def _tidy_and_hash(packages: Path) -> dict[str, tuple[str, bool]]:
    """Leave out what the server cannot use or what records this machine, and hash the rest.

    ``bin/`` holds console scripts whose first line names this machine's Python;
    ``direct_url.json`` records where a package was installed from, ``REQUESTED``
    whether it was asked for or came as a dependency (which differs by target
    when a requirement has a marker, and would keep a package out of ``common``).
    """
    packages.mkdir(parents=True, exist_ok=True)
    remove(packages / "bin")
    for pattern in ("__pycache__", "*.pyc", "direct_url.json", "REQUESTED"):
        for path in list(packages.rglob(pattern)):
            remove(path)
    return {
        path.relative_to(packages).as_posix(): (file_hash(path), os.access(path, os.X_OK))
        for path in sorted(packages.rglob("*"))
        if path.is_file()
    }


def file_hash(path: Path) -> str:
    """The SHA-256 of a file's bytes."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def sdk_files() -> dict[str, Path]:
    """The SDK's files as the server needs them: ``mattermost_plugin/...`` -> the file here.

    Works for an installed wheel and for an editable checkout, where
    ``mattermost_plugin.hooks`` comes from the repository's top-level ``hooks/``.
    """
    package = package_folder(SDK_PACKAGE)
    hooks = package_folder(f"{SDK_PACKAGE}.hooks")
    files: dict[str, Path] = {}
    for base, prefix, skip in ((package, SDK_PACKAGE, SDK_LEFT_OUT + ("hooks",)), (hooks, f"{SDK_PACKAGE}/hooks", ())):
        for path in sorted(base.rglob("*")):
            parts = path.relative_to(base).parts
            if parts[0] in skip or "__pycache__" in parts or path.suffix == ".pyc" or not path.is_file():
                continue
            if any(part.startswith(".") for part in parts):
                continue
            files[f"{prefix}/{'/'.join(parts)}"] = path
    return files


def package_folder(name: str) -> Path:
    """The folder of an importable package of this installation."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise BundleError(f"cannot find the {name} package in {sys.executable}; reinstall mattermost-plugin")
    return Path(list(spec.submodule_search_locations)[0])


def top_level_groups(sets: list[SiteSet]) -> list[set[str]]:
    """Top-level names that belong together: a distribution's packages with its ``.dist-info``.

    Read from each ``RECORD``; names two distributions share (a namespace such as
    ``google``) join their groups, so a namespace is never split between folders.
    """
    parent: dict[str, str] = {}

    def find(name: str) -> str:
        while parent.setdefault(name, name) != name:
            name = parent[name]
        return name

    def union(a: str, b: str) -> None:
        parent[find(a)] = find(b)

    for site in sets:
        for relative in site.files:
            find(relative.split("/")[0])
        for relative in site.files:
            top, _, rest = relative.partition("/")
            if top.endswith(".dist-info") and rest == "RECORD":
                for owned in _record_tops(site.folder / relative):
                    union(top, owned)
    groups: dict[str, set[str]] = {}
    for name in parent:
        groups.setdefault(find(name), set()).add(name)
    return sorted(groups.values(), key=lambda group: sorted(group))


def _record_tops(record: Path) -> set[str]:
    tops = set()
    for row in csv.reader(io.StringIO(record.read_text(encoding="utf-8"))):
        if row and not row[0].startswith(".."):
            tops.add(row[0].split("/")[0])
    return tops


def split_common(sets: list[SiteSet]) -> set[str]:
    """The top-level names that go to ``common``: pure Python, and byte-identical in every target.

    A package built for one platform stays in its target's folder even when the
    bundle has a single target, so that ``common`` always means "runs anywhere".
    """
    common: set[str] = set()
    for group in top_level_groups(sets):
        views = [_view(site, group) for site in sets]
        if views[0] and all(view == views[0] for view in views[1:]) and _pure(sets[0], group):
            common |= group
    return common


def _pure(site: SiteSet, group: set[str]) -> bool:
    """Whether every wheel that installed the group was tagged for any Python and platform (``none-any``)."""
    for name in group:
        wheel = site.folder / name / "WHEEL"
        if name.endswith(".dist-info") and wheel.is_file():
            tags = [line.partition(":")[2].strip() for line in wheel.read_text(encoding="utf-8").splitlines() if line.startswith("Tag:")]
            if not tags or not all(tag.endswith("-none-any") for tag in tags):
                return False
    return True


def _view(site: SiteSet, group: set[str]) -> Optional[list[tuple[str, tuple[str, bool]]]]:
    view = sorted((path, facts) for path, facts in site.files.items() if path.split("/")[0] in group)
    present = {path.split("/")[0] for path, _ in view}
    return view if present == group else None
