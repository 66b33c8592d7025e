"""Render ``hooks.proto`` from the hook classes.

One RPC per hook, named exactly like the Go method, with its request and
response messages: request field 1 is the ``PluginContext`` when the Go hook
takes one, then the Go parameters in order (each with the fields the request
carries beside its model); the response fields are the semantics' own
(:meth:`~mattermost_plugin._hook.Hook.response_fields_proto`). A streaming
hook's RPC is a bidirectional stream of its request and response messages, each
one frame; the messages its frames hold (``Header``, ``HTTPRequestHead`` ...)
are declared by its semantics class and rendered once, before the hooks'.
"""

from __future__ import annotations

from mattermost_plugin._hook import Hook, Message
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
// - Streaming hooks (ServeHTTP, ServeMetrics, FileWillBeUploaded) are
//   bidirectional streams: each <Hook>Request and <Hook>Response is one frame.
//   The first request frame carries the arguments; bodies travel in chunks of
//   at most 64 KiB, and gRPC's flow control holds back whichever side is faster.
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
"""


def _message(name: str, fields: list[tuple[str, str, str]], doc: str = "") -> str:
    lines = [f"// {doc}"] if doc else []
    lines.append(f"message {name} {{")
    for number, (kind, field, comment) in enumerate(fields, start=1):
        if comment:
            lines.append(f"  // {comment}")
        lines.append(f"  {kind} {field} = {number};")
    lines.append("}")
    return "\n".join(lines)


def _summary(hook: type[Hook]) -> str:
    first = (hook.__doc__ or "").strip().splitlines()[0]
    return f"{hook.go_name} (ID {hook.id}, since {hook.since}, {hook.semantics.value}): {first}"


def _shared_messages() -> list[Message]:
    """The messages streaming hooks' frames hold, each once, in the order the hooks declare them."""
    seen: dict[str, Message] = {}
    for hook in ALL_HOOKS:
        for message in getattr(hook, "messages", ()):
            seen.setdefault(message.name, message)
    return list(seen.values())


def render_text() -> str:
    """The whole of ``hooks.proto``."""
    blocks = [HEADER]
    blocks.extend(_message(message.name, list(message.fields), message.doc) for message in _shared_messages())
    for hook in ALL_HOOKS:
        frame = "One frame of the stream: " if hook.streams else ""
        blocks.append(_message(f"{hook.go_name}Request", hook.request_fields_proto(), f"{frame}{hook.go_name}'s request." if frame else ""))
        comments = hook.response_field_comments()
        response = [(kind, name, comments.get(name, "")) for kind, name in hook.response_fields_proto()]
        blocks.append(_message(f"{hook.go_name}Response", response, f"{frame}{hook.go_name}'s answer." if frame else ""))
    service = ["service PluginHooks {", "  // The Go names of the hooks this plugin implements.", "  rpc Implemented(ImplementedRequest) returns (ImplementedResponse);"]
    for hook in ALL_HOOKS:
        service.append(f"  // {_summary(hook)}")
        name = hook.go_name
        stream = "stream " if hook.streams else ""
        service.append(f"  rpc {name}({stream}{name}Request) returns ({stream}{name}Response);")
    service.append("}")
    blocks.append("\n".join(service))
    return "\n\n".join(block.rstrip("\n") for block in blocks) + "\n"


def render(done: Outputs) -> Outputs:
    """``hooks.proto``."""
    return {PATH: render_text().encode("utf-8")}


__all__ = ["PATH", "render", "render_text"]
