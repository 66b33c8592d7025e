"""Building the ``.tar.gz`` bundle that a stock Mattermost server installs and runs.

:func:`build_bundle` is what ``mattermost-plugin bundle`` runs. The bundle
holds, under a folder named after the plugin's id (the layout
``mattermost_plugin/bridge/README.md`` describes):

- ``plugin.json``: the author's manifest, with ``server.executables`` naming the bridge;
- ``server/dist/plugin-<GOOS>-<GOARCH>``: the Go bridge, compiled with the plugin's hooks;
- ``server/bundle.json``: what the bridge needs to start the Python process;
- ``server/python/``: the plugin's own code;
- ``server/site/common/`` and ``server/site/cp<XY>-<GOOS>-<GOARCH>/``: the SDK and every
  package the plugin needs, installed ahead of time, so the server needs only a CPython;
- ``assets/``, ``public/`` and the webapp bundle, where Mattermost reads them.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Optional, Sequence, TypeVar, Union

from mattermost_plugin._bundle.targets import DEFAULT_PLATFORMS, DEFAULT_PYTHONS
from mattermost_plugin._exceptions import BundleError, CommandError

if TYPE_CHECKING:  # the modules that do the work are imported when a bundle is built: `serve` imports this package
    from concurrent.futures import Future

    from mattermost_plugin._bundle import bridge, packages
    from mattermost_plugin._bundle.cache import Cache
    from mattermost_plugin._bundle.targets import Target

COMMON = "common"
"""The folder of server/site holding packages that run on every target."""

_T = TypeVar("_T")


@dataclass(frozen=True)
class Bundle:
    """A bundle that was written, and what went into it."""

    path: Path
    size: int  # bytes
    plugin_id: str
    version: str
    target: str  # "plugin.py:ClassName", relative to server/python
    hooks: tuple[str, ...]  # Go names of the hooks the bridge was compiled with
    platforms: tuple[str, ...]
    pythons: tuple[str, ...]
    folders: dict[str, tuple[str, ...]]  # server/site folder -> the top-level names installed there
    files: int  # files in the archive
    reused: tuple[str, ...]  # what came from the cache: "site cp312-linux-amd64", "bridge linux-amd64", ...


_INSPECT = """
import json, sys
from mattermost_plugin._exceptions import PluginLoadError
from mattermost_plugin.runtime.loader import load_plugin_class
try:
    plugin = load_plugin_class(sys.argv[1], sys.argv[2] or None)
except PluginLoadError as error:
    sys.exit(str(error))
print()
print(json.dumps({"class": plugin.__name__, "hooks": plugin.implemented()}))
"""


def inspect_plugin(file: Path, class_name: Optional[str]) -> tuple[str, list[str]]:
    """Import the plugin the way the server will, in a fresh process; return its class name and hooks."""
    import subprocess

    result = subprocess.run(
        [sys.executable, "-c", _INSPECT, str(file), class_name or ""],
        cwd=file.parent,
        env=dict(os.environ, GRPC_VERBOSITY="ERROR"),
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        reason = (result.stderr.strip().splitlines() or ["it exited with status %d" % result.returncode])[-1]
        hint = ""
        if "ModuleNotFoundError" in reason or "No module named" in reason:
            hint = "; install the plugin's requirements where you bundle (pip install -r requirements.txt)"
        raise BundleError(f"cannot import the plugin to learn its hooks: {reason}{hint}")
    found = json.loads(result.stdout.strip().splitlines()[-1])
    return str(found["class"]), [str(hook) for hook in found["hooks"]]


def build_bundle(
    directory: Union[str, Path] = ".",
    output: Union[str, Path, None] = None,
    platforms: Sequence[str] = DEFAULT_PLATFORMS,
    pythons: Sequence[str] = DEFAULT_PYTHONS,
    cache_dir: Union[str, Path, None] = None,
    refresh: bool = False,
    progress: Optional[Callable[[str], None]] = None,
) -> Bundle:
    """Build the plugin in ``directory`` into a bundle; return what was written.

    ``output`` defaults to ``DIRECTORY/dist/<id>-<version>.tar.gz``. ``platforms``
    (``linux-amd64`` ...) and ``pythons`` (``3.12`` ...) choose the targets.
    ``cache_dir`` defaults to :func:`default_cache_dir`; ``refresh`` rebuilds every
    cached part. ``progress`` receives a line before each slow step. Every failure
    raises :class:`BundleError` with one line saying what is wrong and what to do.
    """
    from concurrent.futures import ThreadPoolExecutor

    from mattermost_plugin import __version__
    from mattermost_plugin._bundle import archive, bridge, packages, sources
    from mattermost_plugin._bundle.archive import Entry, data_entry
    from mattermost_plugin._bundle.cache import Cache, default_cache_dir
    from mattermost_plugin._bundle.packages import file_hash
    from mattermost_plugin._bundle.targets import PLATFORMS, parse_platforms, parse_pythons, targets
    from mattermost_plugin.cli.check import locate

    say = progress or (lambda line: None)
    try:
        located = locate(str(directory))
    except CommandError as error:
        raise BundleError(str(error)) from None
    folder = located.directory.resolve()
    manifest = sources.read_manifest(folder)
    chosen_platforms = parse_platforms(platforms)
    chosen_pythons = parse_pythons(pythons)
    plugin_id, version = str(manifest["id"]), str(manifest["version"])
    path = Path(output) if output is not None else folder / "dist" / f"{plugin_id}-{version}.tar.gz"
    named = sources.manifest_files(manifest, folder)
    code = sources.plugin_files(folder, path)

    class_name, hooks = inspect_plugin(located.file.resolve(), located.class_name)
    requirements = packages.sdk_requirements()
    listed = folder / "requirements.txt"
    if listed.is_file():
        requirements += packages.plugin_requirements(listed)
    go = bridge.find_go()
    go_version = go.version()
    cache = Cache(Path(cache_dir) if cache_dir is not None else default_cache_dir(), refresh)

    wanted = targets(chosen_platforms, chosen_pythons)
    with ThreadPoolExecutor(max_workers=4) as pool:
        site_jobs = [pool.submit(_install, target, requirements, cache, folder, say) for target in wanted]
        bridge_jobs = [pool.submit(_compile, go, go_version, platform, hooks, cache, say) for platform in chosen_platforms]
        sets = _results(site_jobs)
        binaries = _results(bridge_jobs)

    common = packages.split_common(sets)
    files: dict[str, Entry] = {}
    for relative, source in code.items():
        files[relative] = Entry(source, file_hash(source), os.access(source, os.X_OK))
    for relative in named:
        files[relative] = Entry(folder / relative, file_hash(folder / relative))
    for relative, source in packages.sdk_files().items():
        files[f"server/site/{COMMON}/{relative}"] = Entry(source, file_hash(source))
    contents: dict[str, set[str]] = {COMMON: {packages.SDK_PACKAGE}}
    for site in sets:
        contents.setdefault(site.target.site, set())
        for relative, (digest, executable) in site.files.items():
            top = relative.split("/")[0]
            where = COMMON if top in common else site.target.site
            contents[where].add(top)
            files[f"server/site/{where}/{relative}"] = Entry(site.folder / relative, digest, executable)
    for binary in binaries:
        files[PLATFORMS[binary.platform].executable] = Entry(binary.path, file_hash(binary.path), True)
    target = f"{located.file.resolve().relative_to(folder).as_posix()}:{class_name}"
    metadata = {
        "target": target,
        "hooks": hooks,
        "pythons": list(chosen_pythons),
        "platforms": list(chosen_platforms),
        "sdk": __version__,
    }
    files["server/bundle.json"] = data_entry((json.dumps(metadata, indent=2) + "\n").encode())
    executables = {platform: PLATFORMS[platform].executable for platform in chosen_platforms}
    final_manifest = sources.bundle_manifest(manifest, executables)
    files["plugin.json"] = data_entry((json.dumps(final_manifest, indent=2, ensure_ascii=False) + "\n").encode())

    say(f"writing {path}")
    empty = {f"server/site/{site}" for site in contents}
    archived = archive.write(path, plugin_id, files, empty, cache)
    reused = [f"site {site.target.site}" for site in sets if site.reused]
    reused += [f"bridge {binary.platform}" for binary in binaries if binary.reused]
    reused += [f"archive {part}" for part in archived]
    return Bundle(
        path=path,
        size=path.stat().st_size,
        plugin_id=plugin_id,
        version=version,
        target=target,
        hooks=tuple(hooks),
        platforms=chosen_platforms,
        pythons=chosen_pythons,
        folders={name: tuple(sorted(tops)) for name, tops in sorted(contents.items())},
        files=len(files),
        reused=tuple(reused),
    )


def _install(
    target: Target, requirements: list[str], cache: Cache, folder: Path, say: Callable[[str], None]
) -> packages.SiteSet:
    return packages.install(target, requirements, cache, folder, lambda: say(f"installing packages for {target.describe()} (pip)"))


def _compile(
    go: bridge.GoToolchain, version: str, platform: str, hooks: list[str], cache: Cache, say: Callable[[str], None]
) -> bridge.Binary:
    return bridge.build(go, version, platform, hooks, cache, lambda: say(f"compiling the bridge for {platform} ({version})"))


def _results(jobs: list[Future[_T]]) -> list[_T]:
    """Every job's result, in order; the first failure is raised after all have finished."""
    failure: Optional[BaseException] = None
    results = []
    for job in jobs:
        try:
            results.append(job.result())
        except BaseException as error:  # noqa: BLE001 - re-raised below
            failure = failure or error
    if failure is not None:
        raise failure
    return results


__all__ = ["Bundle", "BundleError", "DEFAULT_PLATFORMS", "DEFAULT_PYTHONS", "build_bundle"]
