"""Render ``docs/hooks.md`` and the RPC table in ``docs/protocol.md`` from the hook classes."""

from __future__ import annotations

from typing import Any, get_args, get_origin

from mattermost_plugin._hook import SCALARS, Hook, type_name
from mattermost_plugin._reference import render_reference
from mattermost_plugin.hooks import ALL_HOOKS

from . import ROOT, Outputs

REFERENCE = ROOT / "docs" / "hooks.md"
PROTOCOL = ROOT / "docs" / "protocol.md"

RPC_TABLE_BEGIN = "<!-- BEGIN RPC TABLE (generated from the hook classes by python -m mattermost_plugin._generate) -->"
RPC_TABLE_END = "<!-- END RPC TABLE -->"


def _field(number: int, kind: str, name: str, models: dict[str, str]) -> str:
    """``bytes post = 2`` (Post JSON) for one field."""
    text = f"`{kind} {name} = {number}`"
    if name in models:
        text += f" ({models[name]} JSON{' each' if kind.startswith('repeated') else ''})"
    return text


def _model_name(annotation: Any) -> str:
    return type_name(get_args(annotation)[0] if get_origin(annotation) is list else annotation)


def render_rpc_table() -> str:
    """The table of every PluginHooks RPC with its request and response fields."""
    out = [RPC_TABLE_BEGIN, "", "| RPC | kind | request fields | response fields |", "|---|---|---|---|"]
    for hook in ALL_HOOKS:
        request_models = {param.name: type_name(param.model) for param in hook.params if param.model is not None}
        if hook.streams:  # a stream's parameters are not JSON models, except the upload's FileInfo
            request_models = {name: model for name, model in request_models.items() if name == "file_info"}
        response_models = _response_models(hook)
        request = ", ".join(
            _field(number, kind, name, request_models) for number, (kind, name, _) in enumerate(hook.request_fields_proto(), 1)
        )
        response = ", ".join(
            _field(number, kind, name, response_models) for number, (kind, name) in enumerate(hook.response_fields_proto(), 1)
        )
        if hook.streams:
            request, response = f"stream of frames: {request}", f"stream of frames: {response}"
        out.append(f"| `{hook.go_name}` | {hook.semantics.value} | {request or 'none'} | {response or 'none'} |")
    out.extend(["", RPC_TABLE_END])
    return "\n".join(out)


def _response_models(hook: type[Hook]) -> dict[str, str]:
    if hook.result_field and hook.returns is not None and hook.returns not in SCALARS:
        return {hook.result_field: _model_name(hook.returns)}
    return {}


def refresh_protocol(text: str) -> str:
    """``text`` (docs/protocol.md) with its RPC table replaced by the current one."""
    start = text.index(RPC_TABLE_BEGIN.split(" (")[0])
    end = text.index(RPC_TABLE_END) + len(RPC_TABLE_END)
    return text[:start] + render_rpc_table() + text[end:]


def render(done: Outputs) -> Outputs:
    """``docs/hooks.md`` and ``docs/protocol.md``."""
    return {
        REFERENCE: render_reference().encode("utf-8"),
        PROTOCOL: refresh_protocol(PROTOCOL.read_text(encoding="utf-8")).encode("utf-8"),
    }


__all__ = ["render", "render_rpc_table"]
