"""List every Mattermost hook with the method to write for it.

Without a name: every hook, grouped by area, with the Mattermost version that
first calls it, its kind (void, error, reject, modify, value, stream) and the
Python signature to write. With a name (method or Go name): that hook's full
entry, including what each return form means.

    mattermost-plugin hooks
    mattermost-plugin hooks message_will_be_posted
    mattermost-plugin hooks --server 9.5 --kind modify
"""

from __future__ import annotations

import argparse
from typing import Any

HELP = "list every hook with its server version, kind and Python signature"

KINDS = ("void", "error", "reject", "modify", "value", "stream")


def configure(parser: argparse.ArgumentParser) -> None:
    """Add ``hooks``' arguments."""
    parser.add_argument("name", nargs="?", help="show one hook in full (method name like execute_command, or Go name)")
    parser.add_argument("--kind", choices=KINDS, help="only hooks of this kind")
    parser.add_argument("--server", metavar="VERSION", help="only hooks a Mattermost server of this version calls (e.g. 9.5)")
    parser.add_argument("--short", action="store_true", help="one line per hook, without signatures")
    parser.add_argument("--json", action="store_true", help="print the list as JSON")
    parser.add_argument("--markdown", action="store_true", help="print the full Markdown reference (docs/hooks.md)")


def describe(hook: Any) -> dict[str, object]:
    """A hook as plain data (for ``--json``)."""
    from mattermost_plugin._hook import type_name

    return {
        "method": hook.method,
        "go_name": hook.go_name,
        "id": hook.id,
        "since": hook.since,
        "kind": hook.semantics.value,
        "context": hook.context,
        "params": [{"name": param.name, "type": type_name(param.type)} for param in hook.params],
        "signature": hook.typed_signature(),
        "returns": [{"form": form.replace("`", ""), "meaning": meaning.replace("`", "")} for form, meaning in hook.return_forms()],
        "errors": hook.errors_text().replace("`", ""),
        "doc": (hook.__doc__ or "").strip(),
    }


def run(args: argparse.Namespace) -> int:
    """Print the list, one hook, or the Markdown reference."""
    import os
    import sys

    try:
        return _run(args)
    except BrokenPipeError:  # the reader (e.g. `| head`) stopped reading: not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def _run(args: argparse.Namespace) -> int:
    import json

    from mattermost_plugin._exceptions import CommandError, HarnessError
    from mattermost_plugin._hook import version_tuple
    from mattermost_plugin._reference import area_title, hook_text, render_reference
    from mattermost_plugin.hooks import AREAS, hook_classes

    if args.markdown:
        print(render_reference(), end="")
        return 0
    if args.name:
        from mattermost_plugin.testing._harness import resolve_hook

        try:
            hook = resolve_hook(args.name)
        except HarnessError as error:
            raise CommandError(str(error)) from None
        if args.json:
            print(json.dumps(describe(hook), indent=2))
        else:
            print(hook_text(hook))
        return 0
    if args.server and not version_tuple(args.server):
        raise CommandError(f"--server takes a version like 9.5 or 10.11.2, not {args.server!r}")
    groups = []
    for area in AREAS:
        hooks = [
            hook
            for hook in sorted(hook_classes(area), key=lambda h: h.id)
            if (args.kind is None or hook.semantics.value == args.kind) and not hook.newer_than(args.server)
        ]
        if hooks:
            groups.append((area_title(area), hooks))
    if args.json:
        print(json.dumps([describe(hook) for _, hooks in groups for hook in hooks], indent=2))
        return 0
    if not groups:
        print("No hook matches.")
        return 0
    width = max(len(hook.method) for _, hooks in groups for hook in hooks)
    go_width = max(len(hook.go_name) for _, hooks in groups for hook in hooks)
    count = 0
    for title, hooks in groups:
        print(title)
        for hook in hooks:
            count += 1
            print(f"  {hook.method:<{width}}  {hook.go_name:<{go_width}}  {hook.since + '+':<6} {hook.semantics.value}")
            if not args.short:
                print(f"      {hook.typed_signature()}")
        print()
    server = f" called by Mattermost {args.server}" if args.server else ""
    print(f"{count} hooks{server}. `mattermost-plugin hooks NAME` shows one in full; docs/hooks.md has them all.")
    return 0
