"""The hook reference, rendered from the hook classes.

``docs/hooks.md`` and ``mattermost-plugin hooks`` both come from here, so they
cannot drift from what the SDK serves. Every fact is the hook class's own
(its docstring, signature, return forms, failure default); this module only
lays them out.
"""

from __future__ import annotations

from typing import Any

from mattermost_plugin._hook import KINDS, Hook
from mattermost_plugin.hooks import ALL_HOOKS, AREAS, hook_classes


def area_title(module: Any) -> str:
    """A heading for a hook module (``shared_channels`` -> "Shared channels")."""
    name = module.__name__.rsplit(".", 1)[-1]
    return {"http": "HTTP", "websocket": "WebSocket"}.get(name, name.replace("_", " ").capitalize())


def harness_call(hook: type[Hook]) -> str:
    """How a test calls the hook through the harness."""
    args = ", ".join(param.name for param in hook.params)
    return f"harness.{hook.method}({args}) -> {hook.outcome_words()}"


def _docstring(hook: type[Hook]) -> str:
    lines = (hook.__doc__ or "").strip().splitlines()
    return "\n".join(line.strip() for line in lines)


def hook_entry(hook: type[Hook]) -> str:
    """The Markdown entry for one hook."""
    out = [f"### `{hook.method}`", ""]
    out.append(_docstring(hook))
    out.append("")
    facts = [f"Go: `{hook.go_name}`", f"since Mattermost **{hook.since}**", f"kind: **{hook.semantics.value}**"]
    out.append(" · ".join(facts))
    out.append("")
    out.extend(["```python", hook.typed_signature() + ": ...", "```", ""])
    out.append("| return | meaning |")
    out.append("|---|---|")
    for form, meaning in hook.return_forms():
        out.append(f"| {form.replace('|', '&#124;')} | {meaning.replace('|', '&#124;')} |")
    out.append("")
    out.append(hook.errors_text())
    out.append("")
    out.append(f"Test it: `{harness_call(hook)}`")
    out.append("")
    return "\n".join(out)


def render_reference() -> str:
    """The whole of ``docs/hooks.md``."""
    out = [
        "# Hook reference",
        "",
        "<!-- Generated from the hook classes in hooks/; do not edit. -->",
        "<!-- Regenerate with: python -m mattermost_plugin._generate -->",
        "",
        "Every Mattermost server hook, and the method you write to handle it. Define the method on your",
        "`Plugin` subclass (plain `def` or `async def`) and Mattermost calls it; leave it out and Mattermost",
        "never does. Each entry gives the Python signature (the parameter names are free, their number is",
        "not), what each return form means, what an exception does, and the server version that first calls",
        "the hook: a hook newer than your users' server is simply never called there.",
        "",
        "Kinds of hook:",
        "",
    ]
    for kind in KINDS:
        out.append(f"- **{kind.semantics.value}**: {kind.kind_words}")
    out.extend(["", "`mattermost-plugin hooks` prints the same list in the terminal.", ""])
    out.append("| method | Go hook | since | kind |")
    out.append("|---|---|---|---|")
    for hook in sorted(ALL_HOOKS, key=lambda h: h.method):
        out.append(f"| [`{hook.method}`](#{hook.method}) | `{hook.go_name}` | {hook.since} | {hook.semantics.value} |")
    out.append("")
    for area in AREAS:
        hooks = sorted(hook_classes(area), key=lambda h: h.id)
        if not hooks:
            continue
        out.append(f"## {area_title(area)}")
        out.append("")
        intro = (area.__doc__ or "").strip().splitlines()
        if intro:
            out.extend([intro[0], ""])
        for hook in hooks:
            out.append(hook_entry(hook))
    return "\n".join(out).rstrip("\n") + "\n"


def hook_text(hook: type[Hook]) -> str:
    """One hook's entry as plain text for the terminal."""
    out = [f"{hook.method}  ({hook.go_name}, Mattermost {hook.since}+, {hook.semantics.value})", ""]
    out.extend(f"  {line}" for line in _docstring(hook).splitlines())
    out.append("")
    out.append(f"  {hook.typed_signature()}:")
    out.append("")
    out.append("  Return:")
    forms = hook.return_forms()
    width = max(len(form) for form, _ in forms)
    for form, meaning in forms:
        out.append(f"    {form.replace('`', ''):<{width}}  {meaning.replace('`', '')}")
    out.append("")
    out.append(f"  Errors: {hook.errors_text().replace('`', '')}")
    out.append(f"  Test:   {harness_call(hook)}")
    return "\n".join(out)


__all__ = ["area_title", "harness_call", "hook_entry", "hook_text", "render_reference"]
