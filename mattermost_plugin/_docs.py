"""The hook reference, generated from the hook classes.

``docs/hooks.md`` and ``mattermost-plugin hooks`` both come from here, so they
cannot drift from what the SDK serves. A test fails when the committed
``docs/hooks.md`` differs from :func:`render_reference`, or the RPC table in
``docs/protocol.md`` from :func:`render_rpc_table`; to refresh them, run::

    python -m mattermost_plugin._docs
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Optional, Union, get_args, get_origin

from mattermost_plugin._hook import Hook, ReplaceListHook, Semantics, type_name
from mattermost_plugin.hooks import ALL_HOOKS, AREAS, hook_classes

REFERENCE_PATH = Path(__file__).resolve().parent.parent / "docs" / "hooks.md"
"""Where the generated reference lives in a source checkout."""

OPTIONAL_PARAMS = frozenset({"actor"})
"""Parameters that are often None in practice (Mattermost passes a nil pointer when nobody acted)."""

KIND_WORDS = {
    Semantics.VOID: "a notification; the result is ignored",
    Semantics.ERROR: "succeed by returning, fail by raising",
    Semantics.REJECT: "allow, or reject with a reason",
    Semantics.MODIFY: "allow, replace, or reject",
    Semantics.VALUE: "return data",
    Semantics.STREAM: "streams HTTP or file bodies (not served yet)",
}

# What a value hook's return forms mean: the hook classes say which types are allowed,
# these words say what each one does in Mattermost.
_VALUE_MEANINGS: dict[str, dict[str, str]] = {
    "ExecuteCommand": {
        "CommandResponse": 'the reply: `response_type="in_channel"` posts it for everyone in the channel, '
        '`"ephemeral"` shows it only to the user who ran the command',
        "str": "shorthand for an ephemeral reply with that text",
        "None": "an empty response (nothing is shown)",
    },
    "RunDataRetention": {"int": "how many items the plugin deleted"},
    "GenerateSupportData": {
        "list[FileData]": "the files to add to the Support Packet",
        "FileData": "one file to add",
        "None": "no files",
    },
    "OnSharedChannelsSyncMsg": {
        "SyncResponse": "how far the sync got; its cursors tell Shared Channels where to resume",
        "None": "an empty SyncResponse",
    },
    "OnSharedChannelsPing": {"bool": "True when the plugin and its upstream service are healthy, False when not"},
}

_FAILURE_DEFAULTS = {
    Semantics.VOID: "nothing else happens",
    Semantics.ERROR: "it counts as an error",
    Semantics.REJECT: "the action is allowed",
    Semantics.MODIFY: "the object goes through unchanged",
}


def area_title(module: Any) -> str:
    """A heading for a hook module (``shared_channels`` -> "Shared channels")."""
    name = module.__name__.rsplit(".", 1)[-1]
    return {"http": "HTTP", "websocket": "WebSocket"}.get(name, name.replace("_", " ").capitalize())


def param_annotation(param: Any) -> str:
    """How a parameter's type is written in a plugin method."""
    text = type_name(param.type)
    if param.name in OPTIONAL_PARAMS:
        text += " | None"
    return text


def typed_signature(hook: type[Hook]) -> str:
    """The method an author writes, with types: ``def message_will_be_posted(self, context: Context, post: Post) -> ...``."""
    args = ["self"]
    if hook.context:
        args.append("context: Context")
    args.extend(f"{param.name}: {param_annotation(param)}" for param in hook.params)
    result = hook.result_type()
    return f"def {hook.method}({', '.join(args)}) -> {type_name(result)}"


def _a(name: str) -> str:
    """``a `Post```, ``an `int```."""
    return f"{'an' if name[0].lower() in 'aeiou' else 'a'} `{name}`"


def _union_members(annotation: Any) -> list[Any]:
    if get_origin(annotation) is Union:
        members: list[Any] = []
        for arg in get_args(annotation):
            members.extend(_union_members(arg))
        return members
    return [annotation]


def return_forms(hook: type[Hook]) -> list[tuple[str, str]]:
    """What the author may return, and what each form means: ``[(form, meaning), ...]``."""
    semantics = hook.semantics
    if semantics is Semantics.VOID:
        return [("None", "nothing to return; Mattermost ignores the result")]
    if semantics is Semantics.ERROR:
        return [("None", "success")]
    if semantics is Semantics.REJECT:
        return [("None or \"\"", "allow it"), ("a non-empty `str`", "reject it; the text is the reason")]
    if semantics is Semantics.STREAM:
        return []
    if semantics is Semantics.MODIFY:
        model = type_name(hook.returns)
        if issubclass(hook, ReplaceListHook):
            return [
                ("None", "send the posts as they came"),
                (_a(model), "send this list instead (leave a post out to hide it, edit one to change it)"),
            ]
        forms = [("None", "allow it unchanged"), (_a(model), "replace it with this one")]
        members = [type_name(member) for member in _union_members(hook.result_type())]
        if "str" in members:
            forms.append(("a non-empty `str`", "reject it; the text is the reason"))
        if any(member.startswith("tuple[") for member in members):
            forms.append((f"`({model} | None, str)`", "Go's pair: a replacement (or None) and a rejection reason"))
        if hook.go_name == "MessageWillBePosted":
            forms.append(("`DISMISS_POST`", "drop the post silently: the client removes it without an error"))
        return forms
    meanings = _VALUE_MEANINGS.get(hook.go_name, {})
    forms = []
    for member in _union_members(hook.result_type()):
        name = type_name(member)
        shown = "None" if name == "None" else _a(name)
        forms.append((shown, meanings.get(name, "the result")))
    return forms


def failure_default(hook: type[Hook]) -> str:
    """What Mattermost does when the hook fails (a plugin bug or a timeout)."""
    if issubclass(hook, ReplaceListHook):
        return "the posts go out unchanged"
    if hook.semantics is Semantics.VALUE:
        default = hook.default()
        if default is None:
            return "it gets no result"
        return f"it gets `{default!r}`"
    return _FAILURE_DEFAULTS.get(hook.semantics, "")


def errors_text(hook: type[Hook]) -> str:
    """What an exception in the author's method means for this hook."""
    if hook.semantics is Semantics.STREAM:
        return ""
    if hook.returns_error:
        return (
            "An exception becomes the error Mattermost receives (an AppError with your message, id "
            "`plugin.error`, status 500); raise `PluginError(message, id=..., status_code=...)` to choose them."
        )
    return (
        "An exception is a plugin bug: the call fails (gRPC status INTERNAL), the traceback goes to the "
        f"server log, {failure_default(hook)}, and the plugin keeps running."
    )


def harness_call(hook: type[Hook]) -> str:
    """How a test calls the hook through the harness."""
    from mattermost_plugin.testing._generate import outcomes_in_words

    args = ", ".join(param.name for param in hook.params)
    return f"harness.{hook.method}({args}) -> {outcomes_in_words(hook)}"


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
    if hook.semantics is Semantics.STREAM:
        out.append(
            "Declared but not served by this version of mattermost-plugin: defining this method is an error, "
            "and the RPC answers UNIMPLEMENTED."
        )
        out.append("")
        return "\n".join(out)
    out.extend(["```python", typed_signature(hook) + ": ...", "```", ""])
    out.append("| return | meaning |")
    out.append("|---|---|")
    for form, meaning in return_forms(hook):
        out.append(f"| {form.replace('|', '&#124;')} | {meaning.replace('|', '&#124;')} |")
    out.append("")
    out.append(errors_text(hook))
    out.append("")
    out.append(f"Test it: `{harness_call(hook)}`")
    out.append("")
    return "\n".join(out)


def render_reference() -> str:
    """The whole of ``docs/hooks.md``."""
    out = [
        "# Hook reference",
        "",
        "<!-- Generated by mattermost_plugin._docs from the hook classes; do not edit. -->",
        "<!-- Regenerate with: python -m mattermost_plugin._docs -->",
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
    for semantics in Semantics:
        out.append(f"- **{semantics.value}**: {KIND_WORDS[semantics]}")
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
    if hook.semantics is Semantics.STREAM:
        out.append("  Not served by this version of mattermost-plugin yet.")
        return "\n".join(out)
    out.append(f"  {typed_signature(hook)}:")
    out.append("")
    out.append("  Return:")
    width = max(len(form) for form, _ in return_forms(hook))
    for form, meaning in return_forms(hook):
        out.append(f"    {form.replace('`', ''):<{width}}  {meaning.replace('`', '')}")
    out.append("")
    out.append(f"  Errors: {errors_text(hook).replace('`', '')}")
    out.append(f"  Test:   {harness_call(hook)}")
    return "\n".join(out)


_PROTO_TYPES = {
    "TYPE_BYTES": "bytes",
    "TYPE_STRING": "string",
    "TYPE_INT64": "int64",
    "TYPE_INT32": "int32",
    "TYPE_BOOL": "bool",
}

RPC_TABLE_BEGIN = "<!-- BEGIN RPC TABLE (generated by mattermost_plugin._docs from hooks.proto and the hook classes) -->"
RPC_TABLE_END = "<!-- END RPC TABLE -->"


def _proto_field(field: Any, models: dict[str, str]) -> str:
    """``bytes post = 2`` (Post JSON) for one field descriptor."""
    if field.message_type is not None:
        kind = field.message_type.name
    else:
        names = {getattr(field, name): name for name in _PROTO_TYPES}
        kind = _PROTO_TYPES.get(names.get(field.type, ""), str(field.type))
    repeated = "repeated " if field.is_repeated else ""
    text = f"`{repeated}{kind} {field.name} = {field.number}`"
    if field.name in models:
        text += f" ({models[field.name]} JSON{' each' if repeated else ''})"
    return text


def render_rpc_table() -> str:
    """The table of every PluginHooks RPC with its request and response fields (for docs/protocol.md)."""
    from mattermost_plugin.protocol import hooks_pb2

    service = hooks_pb2.DESCRIPTOR.services_by_name["PluginHooks"]
    out = [RPC_TABLE_BEGIN, "", "| RPC | kind | request fields | response fields |", "|---|---|---|---|"]
    for hook in ALL_HOOKS:
        method = service.methods_by_name[hook.go_name]
        if method.client_streaming or method.server_streaming:
            out.append(f"| `{hook.go_name}` | stream | stream of `StreamFrame` | stream of `StreamFrame` (answers UNIMPLEMENTED) |")
            continue
        request_models = {param.name: type_name(param.model) for param in hook.params if param.model is not None}
        response_models: dict[str, str] = {}
        if hook.result_field and hook.returns is not None and hook.returns not in (int, bool, str):
            inner = get_args(hook.returns)[0] if get_origin(hook.returns) is list else hook.returns
            response_models[hook.result_field] = type_name(inner)
        request = ", ".join(_proto_field(f, request_models) for f in method.input_type.fields) or "none"
        response = ", ".join(_proto_field(f, response_models) for f in method.output_type.fields) or "none"
        out.append(f"| `{hook.go_name}` | {hook.semantics.value} | {request} | {response} |")
    out.extend(["", RPC_TABLE_END])
    return "\n".join(out)


PROTOCOL_PATH = REFERENCE_PATH.with_name("protocol.md")


def refresh_protocol(text: str) -> str:
    """``text`` (docs/protocol.md) with its RPC table replaced by the current one."""
    start, end = text.index(RPC_TABLE_BEGIN), text.index(RPC_TABLE_END) + len(RPC_TABLE_END)
    return text[:start] + render_rpc_table() + text[end:]


def version_tuple(version: str) -> tuple[int, ...]:
    """``"9.5"`` -> ``(9, 5)``; ``"11.00"`` -> ``(11, 0)``; ignores anything after the numbers."""
    parts = []
    for part in version.strip().lstrip("v").split("."):
        digits = ""
        for char in part:
            if not char.isdigit():
                break
            digits += char
        if not digits:
            break
        parts.append(int(digits))
    return tuple(parts)


def newer_than(hook: type[Hook], version: Optional[str]) -> bool:
    """True when ``hook`` first appeared after server ``version``."""
    if not version:
        return False
    wanted = version_tuple(version)
    since = version_tuple(hook.since)
    width = max(len(wanted), len(since))
    return since + (0,) * (width - len(since)) > wanted + (0,) * (width - len(wanted))


def main() -> int:
    """Rewrite docs/hooks.md and the RPC table in docs/protocol.md when they are stale."""
    outputs = [(REFERENCE_PATH, render_reference())]
    if PROTOCOL_PATH.exists():
        outputs.append((PROTOCOL_PATH, refresh_protocol(PROTOCOL_PATH.read_text(encoding="utf-8"))))
    for path, text in outputs:
        if path.exists() and path.read_text(encoding="utf-8") == text:
            print(f"{path} is up to date")
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
