"""``python -m mattermost_plugin._generate [--check]``: regenerate everything derived from the hook classes."""

from __future__ import annotations

import argparse
import sys

from . import ROOT, orphans, render_all, stale


def main(argv: list[str] | None = None) -> int:
    """Rewrite the stale generated files (or, with ``--check``, list them and fail)."""
    parser = argparse.ArgumentParser(prog="python -m mattermost_plugin._generate", description=__doc__)
    parser.add_argument("--check", action="store_true", help="only list stale files; exit 1 if any")
    args = parser.parse_args(argv)
    outputs = render_all()
    changed, removed = stale(outputs), orphans(outputs)
    for path in changed:
        print(f"{'stale' if args.check else 'wrote'}: {path.relative_to(ROOT)}")
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(outputs[path])
    for path in removed:
        print(f"{'orphan' if args.check else 'removed'}: {path.relative_to(ROOT)}")
        if not args.check:
            path.unlink()
    if not changed and not removed:
        print(f"all {len(outputs)} generated files are up to date")
    return 1 if args.check and (changed or removed) else 0


if __name__ == "__main__":
    sys.exit(main())
