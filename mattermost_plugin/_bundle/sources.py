"""What a bundle takes from the plugin's folder: its code, Mattermost's own files, its manifest.

The plugin's Python code goes to ``server/python``: every file of the folder
except tests, caches, virtualenvs, version control, build output, requirement
files, hidden files and the old ``plugin.sh`` launcher, plus whatever a
``.mattermostignore`` file lists. ``assets/``, ``public/`` and the webapp
bundle named by the manifest stay where Mattermost expects them.
"""

from __future__ import annotations

import fnmatch
import json
from pathlib import Path
from typing import Any, Optional

from mattermost_plugin._exceptions import BundleError

IGNORE_FILE = ".mattermostignore"
"""Patterns of files to leave out, one a line, like .gitignore (``#`` comments, a trailing ``/`` for folders)."""

MATTERMOST_FOLDERS = ("assets", "public")
"""Folders Mattermost itself reads from a bundle, kept at the bundle's top level."""

LEFT_OUT_FOLDERS = {"tests", "__pycache__", "venv", "node_modules"}
"""Folders, at any depth, that are never the plugin's server code (any folder holding a
``pyvenv.cfg`` is a virtualenv and is left out too)."""

LEFT_OUT_TOP_FOLDERS = {"dist", "build", "webapp"}
"""Top-level folders that are build output, or the webapp's source (its built bundle is taken
from the manifest's ``webapp.bundle_path``)."""

LEFT_OUT_FILES = ("conftest.py", "test_*.py", "*_test.py", "*.pyc", "*.pyo", "*.tar.gz")
"""File name patterns, at any depth, that are never the plugin's server code."""

LEFT_OUT_TOP_FILES = ("plugin.json", "plugin.sh", "requirements*.txt")
"""Top-level files that are not code: the manifest (written separately), the old launcher, requirements."""


def read_manifest(directory: Path) -> dict[str, Any]:
    """The author's plugin.json, checked the way ``mattermost-plugin check`` does, or a one-line error."""
    from mattermost_plugin.cli.check import identity_problems

    path = directory / "plugin.json"
    if not path.is_file():
        raise BundleError(f"{path} is missing: a bundle needs a manifest (`mattermost-plugin new` writes one)")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as error:
        raise BundleError(f"{path} is not valid JSON: {error}") from None
    if not isinstance(manifest, dict):
        raise BundleError(f"{path} must hold a JSON object")
    problems = identity_problems(manifest)
    if problems:
        raise BundleError(f"{path}: {problems[0]}")
    return manifest


def bundle_manifest(manifest: dict[str, Any], executables: dict[str, str]) -> dict[str, Any]:
    """The plugin.json that goes into the bundle: the author's, with the bridge as its server executables."""
    server = {name: value for name, value in (manifest.get("server") or {}).items() if name not in ("executable", "executables")}
    server["executables"] = dict(executables)
    return {**manifest, "server": server}


def manifest_files(manifest: dict[str, Any], directory: Path) -> list[str]:
    """Files the manifest names, which Mattermost reads at those paths: the webapp bundle and the icon."""
    webapp = manifest.get("webapp")
    named = {
        "webapp.bundle_path": webapp.get("bundle_path") if isinstance(webapp, dict) else None,
        "icon_path": manifest.get("icon_path"),
    }
    files = []
    for key, relative in named.items():
        if not relative:
            continue
        if not (directory / str(relative)).is_file():
            hint = ": build the webapp first" if key.startswith("webapp") else ""
            raise BundleError(f"plugin.json's {key} is {relative}, which does not exist in {directory}{hint}")
        files.append(Path(str(relative)).as_posix())
    return files


def ignore_patterns(directory: Path) -> list[str]:
    """The patterns of the plugin's ``.mattermostignore``, if it has one."""
    path = directory / IGNORE_FILE
    if not path.is_file():
        return []
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def _ignored(relative: str, is_dir: bool, patterns: list[str]) -> bool:
    name = relative.rsplit("/", 1)[-1]
    for pattern in patterns:
        folder_only = pattern.endswith("/")
        pattern = pattern.strip("/")
        if folder_only and not is_dir:
            continue
        if fnmatch.fnmatch(relative, pattern) or ("/" not in pattern and fnmatch.fnmatch(name, pattern)):
            return True
    return False


def plugin_files(directory: Path, output: Optional[Path]) -> dict[str, Path]:
    """The plugin's own files: archive path (``server/python/...``, ``assets/...``) -> file here."""
    patterns = ignore_patterns(directory)
    found: dict[str, Path] = {}
    for top in sorted(directory.iterdir()):
        if top.name in MATTERMOST_FOLDERS and top.is_dir():
            for path in sorted(top.rglob("*")):
                relative = path.relative_to(directory).as_posix()
                if path.is_file() and not _hidden(relative) and not _ignored(relative, False, patterns):
                    found[relative] = path
    for path in _walk(directory, directory, patterns, output):
        found[f"server/python/{path.relative_to(directory).as_posix()}"] = path
    return found


def _hidden(relative: str) -> bool:
    return any(part.startswith(".") for part in relative.split("/"))


def _walk(directory: Path, folder: Path, patterns: list[str], output: Optional[Path]) -> list[Path]:
    """The code files under ``folder``, leaving out what never belongs on the server."""
    files: list[Path] = []
    for path in sorted(folder.iterdir()):
        relative = path.relative_to(directory).as_posix()
        if path.name.startswith(".") or _ignored(relative, path.is_dir(), patterns):
            continue
        top = folder == directory
        if path.is_dir():
            if top and path.name in MATTERMOST_FOLDERS + tuple(LEFT_OUT_TOP_FOLDERS):
                continue
            if path.name in LEFT_OUT_FOLDERS or path.name.endswith(".egg-info") or (path / "pyvenv.cfg").exists():
                continue
            files += _walk(directory, path, patterns, output)
        elif path.is_file():
            left_out = LEFT_OUT_FILES + (LEFT_OUT_TOP_FILES if top else ())
            if any(fnmatch.fnmatch(path.name, pattern) for pattern in left_out):
                continue
            if output is not None and path.resolve() == output.resolve():
                continue
            files.append(path)
    return files
