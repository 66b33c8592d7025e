"""Render ``hooks.proto`` from the hook classes.

One RPC per hook, named exactly like the Go method, with its request and
response messages: request field 1 is the ``PluginContext`` when the Go hook
takes one, then the Go parameters in order (each with the fields the request
carries beside its model); the response fields are the semantics' own
(:meth:`~mattermost_plugin._hook.Hook.response_fields_proto`). Streaming hooks
are declared with placeholder frames.
"""

from __future__ import annotations

from mattermost_plugin._hook import Hook, Semantics
from mattermost_plugin.hooks import ALL_HOOKS

from . import ROOT, Outputs

PATH = ROOT / "mattermost_plugin" / "protocol" / "hooks.proto"

HEADER = """\
// The hooks a Python plugin serves to its Mattermost host.
//
// Generated from the hook classes in hooks/ by `python -m mattermost_plugin._generate`;
// do not edit.
//
// One RPC per Mattermost hook, named exactly like the Go method of plugin.Hooks,
// plus Implemented. Conventions (docs/protocol.md has the full text):
// - A model travels as bytes holding the JSON Go's encoding/json writes for it;
//   a nil pointer is empty bytes; a list of models is repeated bytes.
// - Request field 1 is the PluginContext when the Go hook takes *plugin.Context,
//   then the Go parameters in order.
// - Business outcomes (rejections, replacements, AppErrors) travel in response
//   fields with status OK. INTERNAL means a plugin bug, DEADLINE_EXCEEDED a
//   timeout, INVALID_ARGUMENT an undecodable request, UNIMPLEMENTED a hook the
//   plugin does not implement.
// - Streaming hooks (ServeHTTP, ServeMetrics, FileWillBeUploaded) are declared
//   with placeholder stream messages; they answer UNIMPLEMENTED for now.
syntax = "proto3";

package mattermost.plugin.v1;


// Go's *plugin.Context: request metadata.
message PluginContext {
  string session_id = 1;
  string connection_id = 2;
  string request_id = 3;
  string ip_address = 4;
  string accept_language = 5;
  string user_agent = 6;
}

// Mattermost's *model.AppError, or a plain Go error (then only message is set).
message AppError {
  string id = 1;
  string message = 2;
  string detailed_error = 3;
  int32 status_code = 4;
  string where = 5;
  string request_id = 6;
}

message ImplementedRequest {}

message ImplementedResponse {
  // Go names of the hooks the plugin implements.
  repeated string hooks = 1;
}

// Placeholder frame for the streaming hooks until they are implemented.
message StreamFrame {
  bytes data = 1;
}
"""


def _message(name: str, fields: list[tuple[str, str, str]]) -> str:
    lines = [f"message {name} {{"]
    for number, (kind, field, comment) in enumerate(fields, start=1):
        if comment:
            lines.append(f"  // {comment}")
        lines.append(f"  {kind} {field} = {number};")
    lines.append("}")
    return "\n".join(lines)


def _summary(hook: type[Hook]) -> str:
    first = (hook.__doc__ or "").strip().splitlines()[0]
    kind = "" if hook.semantics is Semantics.STREAM else f", {hook.semantics.value}"
    return f"{hook.go_name} (ID {hook.id}, since {hook.since}{kind}): {first}"


def render_text() -> str:
    """The whole of ``hooks.proto``."""
    blocks = [HEADER]
    for hook in ALL_HOOKS:
        if hook.semantics is Semantics.STREAM:
            continue
        blocks.append(_message(f"{hook.go_name}Request", hook.request_fields_proto()))
        response = [(kind, name, "") for kind, name in hook.response_fields_proto()]
        blocks.append(_message(f"{hook.go_name}Response", response))
    service = ["service PluginHooks {", "  // The Go names of the hooks this plugin implements.", "  rpc Implemented(ImplementedRequest) returns (ImplementedResponse);"]
    for hook in ALL_HOOKS:
        service.append(f"  // {_summary(hook)}")
        if hook.semantics is Semantics.STREAM:
            service.append(f"  rpc {hook.go_name}(stream StreamFrame) returns (stream StreamFrame);")
        else:
            name = hook.go_name
            service.append(f"  rpc {name}({name}Request) returns ({name}Response);")
    service.append("}")
    blocks.append("\n".join(service))
    return "\n\n".join(block.rstrip("\n") for block in blocks) + "\n"


def render(done: Outputs) -> Outputs:
    """``hooks.proto``."""
    return {PATH: render_text().encode("utf-8")}


__all__ = ["PATH", "render", "render_text"]
