"""Render the plugin API from Mattermost's Go ``plugin.API``: the proto, the bridge's Go server, the Python clients.

The one source is the Go interface of the pinned server/public module, read by
:mod:`.goapi`. Each of its methods becomes:

- one RPC of the ``PluginAPI`` service in ``mattermost_plugin/protocol/api.proto``,
  with a ``<Method>Request`` holding its parameters and a ``<Method>Response``
  holding its results (and ``AppError error`` when Go returns an error);
- one Go method of the bridge's server, in ``mattermost_plugin/bridge/api_<tag>.go``
  (grouped by the method's first ``@tag``), that converts the request, calls
  ``plugin.API`` and converts the results;
- one method of :class:`mattermost_plugin.api.API` and one of
  :class:`~mattermost_plugin.api.AsyncAPI` (``mattermost_plugin/api/_sync.py``,
  ``_async.py``), snake_case, typed, documented from the Go comment.

How each Go type travels (:func:`wire_of`):

========================  ===========================  ==================================
Go                        proto field                  Python
========================  ===========================  ==================================
string, bool, ints,       the proto scalar             str, bool, int, float
floats (named ones too)
[]byte                    bytes (a result: optional)   bytes (None for Go's nil)
[]string                  repeated string              list[str]
map[string]string         map<string, string>          dict[str, str]
io.Reader                 bytes, streamed in chunks    bytes or a binary file
...any (Log*)             repeated bytes, JSON each    ``*key_value_pairs``
a bare ``any`` (dest)     a result, JSON               returned
\\*http.Request/Response   HTTPRequest/HTTPResponse     HTTPRequest/HTTPResponse
error, \\*model.AppError   AppError error               a raised ApiError
anything else             bytes: encoding/json's JSON  its model, list, dict or Any
========================  ===========================  ==================================
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from . import ROOT, Outputs
from .api_models import class_name, element_type
from .goapi import SCALAR_KINDS, GoType, snake, spec

PROTO_PATH = ROOT / "mattermost_plugin" / "protocol" / "api.proto"
BRIDGE = ROOT / "mattermost_plugin" / "bridge"
CLIENTS = ROOT / "mattermost_plugin" / "api"
GO_PREFIX = "api_"
SERVICE = "mattermost.plugin.v1.PluginAPI"

GO_HEADER = "// Code generated from Mattermost's plugin.API by python -m mattermost_plugin._generate; DO NOT EDIT."

PROTO_SCALARS = {
    "string": "string",
    "bool": "bool",
    "int": "int64",
    "int64": "int64",
    "int32": "int32",
    "int16": "int32",
    "int8": "int32",
    "uint": "uint64",
    "uint64": "uint64",
    "uint32": "uint32",
    "uint16": "uint32",
    "uint8": "uint32",
    "float64": "double",
    "float32": "float",
}
"""The proto type of each Go scalar kind."""

GO_OF_PROTO = {"string": "string", "bool": "bool", "int64": "int64", "int32": "int32", "uint64": "uint64", "uint32": "uint32", "double": "float64", "float": "float32"}
"""The Go type protoc-gen-go uses for each proto scalar."""

PY_SCALARS = {"string": "str", "bool": "bool", "double": "float", "float": "float"}


def go_field(name: str) -> str:
    """A proto field's name in the Go code protoc-gen-go writes: ``new_post`` -> ``NewPost``."""
    return "".join(part[:1].upper() + part[1:] for part in name.split("_"))


def wire_of(t: GoType, *, variadic: bool = False, result: bool = False) -> str:
    """How a Go parameter or result of type ``t`` travels (the table in the module docstring)."""
    if variadic:
        return "values"
    kind = t.kind
    if kind == "error":
        return "error"
    if t.go == "*model.AppError":
        return "app_error"
    if kind in SCALAR_KINDS:
        return "scalar"
    if kind == "bytes":
        return "bytes"
    if kind == "reader":
        return "reader"
    if t.go == "*http.Request":
        return "http_request"
    if t.go == "*http.Response":
        return "http_response"
    if kind == "slice" and t.elem.kind == "string" and not t.elem.name:
        return "strings"
    if kind == "map" and t.key.kind == "string" and t.elem.kind == "string" and not t.elem.name:
        return "string_map"
    if kind == "any" and not result:
        return "out"
    return "json"


@dataclass
class Slot:
    """One parameter or result of a method, as it travels."""

    go_name: str  # the Go parameter (or named result) name; "" for an unnamed result
    name: str  # proto field and Python name
    type: GoType
    wire: str

    @property
    def go_var(self) -> str:
        """The Go variable holding the value in the server method."""
        return self.go_name or self.name

    @property
    def proto(self) -> str:
        """The proto field type."""
        wire = self.wire
        if wire == "scalar":
            return PROTO_SCALARS[self.type.kind]
        if wire == "strings":
            return "repeated string"
        if wire == "string_map":
            return "map<string, string>"
        if wire == "values":
            return "repeated bytes"
        if wire == "http_request":
            return "HTTPRequest"
        if wire == "http_response":
            return "HTTPResponse"
        return "bytes"


@dataclass
class Method:
    """One method of plugin.API, planned for every output."""

    name: str  # Go
    python: str
    doc: str
    tags: list[str]
    since: str
    params: list[Slot] = field(default_factory=list)  # request fields, in Go order (readers and outs too)
    results: list[Slot] = field(default_factory=list)  # response fields (outs first), errors excluded
    error: str = ""  # "error", "app_error" or ""
    go_results: list[str] = field(default_factory=list)  # the Go result variables in order

    @property
    def stream(self) -> Slot | None:
        """The io.Reader parameter, when the method takes one (the RPC is then client-streaming)."""
        return next((p for p in self.params if p.wire == "reader"), None)

    @property
    def request_fields(self) -> list[Slot]:
        """The parameters the request carries, which are also the Python method's (an out-parameter is neither)."""
        return [p for p in self.params if p.wire != "out"]

    @property
    def area(self) -> str:
        """The file the Go method goes in: its first tag, snake_case (``key_value_store``)."""
        return snake(self.tags[0]) if self.tags else "other"


def _python_name(go_name: str) -> str:
    name = snake(go_name)
    return name + "_" if name in ("self", "from", "in", "is", "not", "and", "or", "lambda", "class", "def", "global") else name


@functools.lru_cache(maxsize=1)
def methods() -> tuple[Method, ...]:
    """Every method of plugin.API, in api.go's order, planned."""
    planned = []
    for raw in spec()["methods"]:
        m = Method(name=raw["name"], python=snake(raw["name"]), doc=raw["doc"], tags=raw["tags"], since=raw["since"])
        count = len(raw["params"])
        for index, value in enumerate(raw["params"]):
            t = GoType(value["type"])
            variadic = raw["variadic"] and index == count - 1
            wire = wire_of(t, variadic=variadic)
            slot = Slot(value["name"], _python_name(value["name"]), t, wire)
            m.params.append(slot)
            if wire == "out":
                m.results.append(slot)
        unnamed = 0
        for value in raw["results"]:
            t = GoType(value["type"])
            wire = wire_of(t, result=True)
            if wire in ("error", "app_error"):
                m.error = wire
                m.go_results.append("err" + str(len(m.go_results)))
                continue
            if value["name"]:
                name = _python_name(value["name"])
            else:
                unnamed += 1
                name = "value" if unnamed == 1 else f"value{unnamed}"
            slot = Slot("", name, t, wire)
            m.results.append(slot)
            m.go_results.append(f"r{len(m.go_results)}")
        names = [p.name for p in m.request_fields]
        if len(set(names)) != len(names):
            raise RuntimeError(f"{m.name}: parameter names {names} are not unique")
        planned.append(m)
    names = [m.python for m in planned]
    if len(set(names)) != len(names):
        raise RuntimeError("two API methods have the same Python name")
    return tuple(planned)


# --------------------------------------------------------------------------- proto

PROTO_HEADER = """\
// The plugin API a Python plugin calls: Mattermost's plugin.API, served by the
// bridge to the Python process through go-plugin's broker.
//
// Generated from plugin.API of {module} by
// `python -m mattermost_plugin._generate`; do not edit.
//
// One RPC per Go method, named exactly like it, with <Method>Request (the Go
// parameters, in order, snake_case) and <Method>Response (the Go results, then
// `AppError error` when the Go method returns an error). Conventions
// (docs/protocol.md has the full text):
// - A Go value that is not a scalar, []byte, []string or map[string]string
//   travels as bytes holding the JSON encoding/json writes for it; a nil
//   pointer, slice or map is empty bytes.
// - A []byte result is `optional bytes`: unset for Go's nil.
// - A Go method taking an io.Reader is a client-streaming RPC: the first
//   message carries every field, later ones only the next chunk of the reader.
// - A method's own errors travel in `error` with status OK. UNAVAILABLE means
//   the bridge has no plugin API (yet, or any more), INVALID_ARGUMENT a
//   request field that does not decode, INTERNAL a panic in the bridge.
syntax = "proto3";

package mattermost.plugin.v1;

import "mattermost_plugin/protocol/hooks.proto";

// One HTTP header and its values.
message HTTPHeader {
  string name = 1;
  repeated string values = 2;
}

// An *http.Request, as PluginHTTP sends it to another plugin.
message HTTPRequest {
  string method = 1;
  string url = 2;
  repeated HTTPHeader header = 3;
  bytes body = 4;
}

// An *http.Response, as PluginHTTP returns it (its body read whole).
message HTTPResponse {
  int32 status_code = 1;
  repeated HTTPHeader header = 2;
  bytes body = 3;
}
"""


def _proto_message(name: str, fields: list[tuple[str, str]]) -> str:
    lines = [f"message {name} {{"]
    for number, (kind, field_name) in enumerate(fields, start=1):
        lines.append(f"  {kind} {field_name} = {number};")
    lines.append("}")
    return "\n".join(lines)


def _first_line(doc: str) -> str:
    return " ".join(doc.split("\n\n")[0].split())


def render_proto() -> str:
    """The whole of ``api.proto``."""
    blocks = [PROTO_HEADER.replace("{module}", spec()["module"])]
    for m in methods():
        blocks.append(_proto_message(f"{m.name}Request", [(p.proto, p.name) for p in m.request_fields]))
        fields = [("optional bytes" if r.wire == "bytes" else r.proto, r.name) for r in m.results]
        if m.error:
            fields.append(("AppError", "error"))
        blocks.append(_proto_message(f"{m.name}Response", fields))
    service = ["service PluginAPI {"]
    for m in methods():
        service.append(f"  // {m.name} (since {m.since}): {_first_line(m.doc)}")
        stream = "stream " if m.stream else ""
        service.append(f"  rpc {m.name}({stream}{m.name}Request) returns ({m.name}Response);")
    service.append("}")
    blocks.append("\n".join(service))
    return "\n\n".join(block.rstrip("\n") for block in blocks) + "\n"


# --------------------------------------------------------------------------- Go


def _go_param(m: Method, p: Slot) -> tuple[list[str], str]:
    """Go statements that read parameter ``p`` from ``in``, and the argument expression."""
    field_expr = f"in.{go_field(p.name)}"
    wire, t = p.wire, p.type
    if wire == "scalar":
        native = GO_OF_PROTO[PROTO_SCALARS[t.kind]]
        return [], field_expr if t.go == native else f"{t.go}({field_expr})"
    if wire == "bytes":
        return [], field_expr
    if wire in ("strings", "string_map"):
        return [], field_expr if not t.name else f"{t.go}({field_expr})"
    if wire == "out":
        return [f"\tvar {p.go_var} {t.go}"], f"&{p.go_var}"
    if wire == "values":
        return [
            f'\t{p.go_var}, err := decodeValues({field_expr}, "{p.name}")',
            "\tif err != nil {",
            "\t\treturn nil, err",
            "\t}",
        ], f"{p.go_var}..."
    if wire == "http_request":
        return [
            f"\t{p.go_var}, err := httpRequestOf({field_expr})",
            "\tif err != nil {",
            "\t\treturn nil, err",
            "\t}",
        ], p.go_var
    if wire == "reader":
        getter = f"(*pb.{m.name}Request).Get{go_field(p.name)}"
        return [f"\t{p.go_var} := newChunkReader(stream, {field_expr}, {getter})"], p.go_var
    return [
        f"\tvar {p.go_var} {t.go}",
        f'\tif err := decodeArg({field_expr}, "{p.name}", &{p.go_var}); err != nil {{',
        "\t\treturn nil, err",
        "\t}",
    ], p.go_var


def _go_result(r: Slot, variable: str) -> tuple[list[str], str]:
    """Go statements and the response field value for a result held in ``variable``."""
    wire, t = r.wire, r.type
    if wire == "scalar":
        native = GO_OF_PROTO[PROTO_SCALARS[t.kind]]
        return [], variable if t.go == native else f"{native}({variable})"
    if wire in ("bytes",):
        return [], variable
    if wire == "strings":
        return [], variable if not t.name else f"[]string({variable})"
    if wire == "string_map":
        return [], variable if not t.name else f"map[string]string({variable})"
    if wire == "http_response":
        converted = variable + "Message"
        return [
            f"\t{converted}, err := httpResponseOf({variable})",
            "\tif err != nil {",
            "\t\treturn nil, err",
            "\t}",
        ], converted
    return [], f"encodeResult({variable})"


def render_go_method(m: Method) -> str:
    """The bridge's Go method for one API method."""
    stream = m.stream
    statements: list[str] = []
    arguments: list[str] = []
    for p in m.params:
        lines, argument = _go_param(m, p)
        statements.extend(lines)
        arguments.append(argument)
    call = f"api.{m.name}({', '.join(arguments)})"
    if m.go_results:
        statements.append(f"\t{', '.join(m.go_results)} := {call}")
    else:
        statements.append(f"\t{call}")
    values = iter(v for v in m.go_results if v.startswith("r"))
    fields = []
    for r in m.results:
        variable = r.go_var if r.wire == "out" else next(values)
        lines, value = _go_result(r, variable)
        statements.extend(lines)
        fields.append(f"{go_field(r.name)}: {value}")
    if m.error:
        convert = "appErrorMessage" if m.error == "app_error" else "errorMessage"
        error_var = next(v for v in m.go_results if v.startswith("err"))
        fields.append(f"Error: {convert}({error_var})")
    response = f"&pb.{m.name}Response{{{', '.join(fields)}}}"
    summary = f"// {m.name} calls the plugin API's {m.name} (Mattermost {m.since}+)."
    if stream is None:
        head = [
            summary,
            f"func (s *apiServer) {m.name}(_ context.Context, in *pb.{m.name}Request) (*pb.{m.name}Response, error) {{",
            "\tapi, err := s.api()",
            "\tif err != nil {",
            "\t\treturn nil, err",
            "\t}",
        ]
        tail = [f"\treturn {response}, nil", "}"]
    else:
        head = [
            summary,
            f"func (s *apiServer) {m.name}(stream pb.PluginAPI_{m.name}Server) error {{",
            "\tapi, err := s.api()",
            "\tif err != nil {",
            "\t\treturn err",
            "\t}",
            "\tin, err := stream.Recv()",
            "\tif err != nil {",
            "\t\treturn firstMessage(err)",
            "\t}",
        ]
        statements = [line.replace("return nil, err", "return err") for line in statements]
        tail = [f"\treturn stream.SendAndClose({response})", "}"]
    return "\n".join(head + statements + tail)


def render_go_file(area: str, members: list[Method]) -> str:
    """One ``api_<area>.go`` file."""
    body = "\n\n".join(render_go_method(m) for m in members)
    imports = []
    if "context." in body:
        imports.append('\t"context"')
    packages = []
    if "model." in body:
        packages.append('\t"github.com/mattermost/mattermost/server/public/model"')
    if "mlog." in body:
        packages.append('\t"github.com/mattermost/mattermost/server/public/shared/mlog"')
    lines = [GO_HEADER, "", "package main", "", "import ("]
    lines.extend(imports)
    if packages:
        lines.append("")
        lines.extend(packages)
    lines.extend(["", '\t"mattermost-plugin/bridge/pb"', ")", "", body, ""])
    return "\n".join(lines)


def go_files() -> dict[Path, str]:
    """Every generated Go file of the bridge's API server, by path."""
    areas: dict[str, list[Method]] = {}
    for m in methods():
        areas.setdefault(m.area, []).append(m)
    return {BRIDGE / f"{GO_PREFIX}{area}.go": render_go_file(area, members) for area, members in sorted(areas.items())}


def generated_go_files() -> list[Path]:
    """The generated API Go files on disk."""
    return sorted(BRIDGE.glob(f"{GO_PREFIX}*.go"))


# --------------------------------------------------------------------------- Python


def py_param_type(p: Slot) -> str:
    """The annotation of a Python parameter."""
    wire, t = p.wire, p.type
    if wire == "scalar":
        return PY_SCALARS.get(PROTO_SCALARS[t.kind], "int")
    if wire == "bytes":
        return "Optional[bytes]"
    if wire == "strings":
        return "list[str]"
    if wire == "string_map":
        return "dict[str, str]"
    if wire == "values":
        return "Any"
    if wire == "reader":
        return "Union[bytes, BinaryIO]"
    if wire == "http_request":
        return "HTTPRequest"
    text = element_type(t)
    return f"Optional[{text}]" if t.kind == "pointer" and text != "Any" else text


def py_result_type(m: Method, r: Slot) -> str:
    """The annotation of a Python result: a pointer paired with an error is not Optional
    (Mattermost returns one or the other), a lone pointer is."""
    wire, t = r.wire, r.type
    if wire == "scalar":
        return PY_SCALARS.get(PROTO_SCALARS[t.kind], "int")
    if wire == "bytes":
        return "Optional[bytes]"
    if wire == "strings":
        return "list[str]"
    if wire == "string_map":
        return "dict[str, str]"
    if wire == "http_response":
        return "Optional[HTTPResponse]"
    if wire == "out":
        return "Any"
    text = element_type(t)
    if t.kind == "pointer" and not m.error and text != "Any":
        return f"Optional[{text}]"
    return text


def _struct_class(t: GoType) -> str:
    t = t.deref()
    return class_name(t.name) if t.kind == "struct" else ""


def py_encode(m: Method, p: Slot) -> str:
    """The expression that turns a Python argument into its request field."""
    where = f'"{m.python}({p.name})"'
    wire, t = p.wire, p.type
    if wire in ("scalar", "bytes", "string_map"):
        return p.name
    if wire == "strings":
        return f"_strings({p.name}, {where})"
    if wire == "values":
        return f"_json_each({p.name}, {where})"
    if wire == "http_request":
        return f"_http_request({p.name}, {where})"
    cls = _struct_class(t)
    if cls:
        return f"_model({p.name}, {cls}, {where})"
    if t.kind == "slice" and _struct_class(t.elem):
        return f"_models({p.name}, {_struct_class(t.elem)}, {where})"
    return f"_json({p.name}, {where})"


def py_decode(r: Slot) -> str:
    """The expression that reads a result from the response ``out``."""
    wire, t = r.wire, r.type
    value = f"out.{r.name}"
    if wire == "scalar":
        return value
    if wire == "bytes":
        return f'({value} if out.HasField("{r.name}") else None)'
    if wire == "strings":
        return f"list({value})"
    if wire == "string_map":
        return f"dict({value})"
    if wire == "http_response":
        return f'(_http_response({value}) if out.HasField("{r.name}") else None)'
    cls = _struct_class(t)
    if cls:
        return f"_decode({cls}, {value})" if t.kind == "pointer" else f"_decode_value({cls}, {value})"
    if t.kind == "slice":
        if _struct_class(t.elem):
            return f"_decode_list({_struct_class(t.elem)}, {value})"
        return f"_decode_json({value}, [])"
    if t.kind == "map":
        return f"_decode_json({value}, {{}})"
    return f"_decode_json({value}, None)"


_NIL = re.compile(r"\bnil\b")


def py_doc(m: Method, names: dict[str, str]) -> list[str]:
    """The method's docstring lines, from the Go comment."""
    text = m.doc
    for p in m.params:
        if p.wire == "out":  # the parameter is gone: drop what the comment says about it
            text = " ".join(sentence for sentence in re.split(r"(?<=\.)\s+", text) if not re.search(rf"\b{p.go_name}\b", sentence))
    if text.startswith(m.name + " "):
        text = text[len(m.name) + 1 :]
        text = text[:1].upper() + text[1:]
    text = _NIL.sub("None", text)
    text = re.sub(r"\b([A-Z][A-Za-z0-9]+)\b", lambda match: f"``{names[match.group(1)]}``" if match.group(1) in names else match.group(0), text)
    for p in m.params:
        if p.go_name and p.go_name != p.name:
            text = re.sub(rf"\b{re.escape(p.go_name)}\b", f"``{p.name}``", text)
    lines = [line.rstrip() for line in text.splitlines()]
    notes = []
    for p in m.params:
        if p.wire == "reader":
            notes.append(f"``{p.name}`` is bytes or a binary file object; it is streamed to the server in chunks.")
        if p.wire == "out":
            notes.append(f"Returns what Go would write into ``{p.go_name}``, as a JSON value (a dict for an object).")
        if p.wire == "values":
            notes.append(f"``{p.name}`` are key, value, key, value...; each value must be JSON-serialisable.")
    notes.append(f"Go: ``API.{m.name}`` (Mattermost {m.since}+).")
    return lines + [""] + notes


def _signature(m: Method, prefix: str) -> str:
    params = ["self"]
    for p in m.request_fields:
        annotation = py_param_type(p)
        params.append(f"*{p.name}: {annotation}" if p.wire == "values" else f"{p.name}: {annotation}")
    results = [py_result_type(m, r) for r in m.results]
    returns = "None" if not results else results[0] if len(results) == 1 else f"tuple[{', '.join(results)}]"
    head = f"    {prefix}def {m.python}({', '.join(params)}) -> {returns}:"
    if len(head) <= 120:
        return head
    return "\n".join([f"    {prefix}def {m.python}(", *(f"        {p}," for p in params), f"    ) -> {returns}:"])


def render_py_method(m: Method, names: dict[str, str], asynchronous: bool) -> str:
    """One client method (``async def`` in AsyncAPI)."""
    doc = [line.replace("\\", "\\\\").replace('"""', '\\"\\"\\"') for line in py_doc(m, names)]
    lines = [_signature(m, "async " if asynchronous else "")]
    lines.append(f'        """{doc[0]}')
    lines.extend(f"        {line}" if line else "" for line in doc[1:])
    lines.append('        """')
    awaiting = "await " if asynchronous else ""
    stream = m.stream
    fields = [f'"{p.name}": {py_encode(m, p)}' for p in m.request_fields if p.wire != "reader"]
    has_error = "True" if m.error else "False"
    if stream is not None:
        call = f'self._stream("{m.name}", _pb.{m.name}Request, {{{", ".join(fields)}}}, "{stream.name}", {stream.name}, {has_error})'
    else:
        call = f'self._call("{m.name}", _pb.{m.name}Request, {{{", ".join(fields)}}}, {has_error})'
    if not m.results:
        lines.append(f"        {awaiting}{call}")
    else:
        lines.append(f"        out = {awaiting}{call}")
        values = [py_decode(r) for r in m.results]
        lines.append(f"        return {values[0] if len(values) == 1 else '(' + ', '.join(values) + ')'}")
    return "\n".join(lines)


PY_HEADER = '''"""{title} (generated from Mattermost's plugin.API; do not edit).

{body}
"""

# This file is generated from plugin.API of {module}.
# Regenerate with: python -m mattermost_plugin._generate

from __future__ import annotations

from typing import Any, BinaryIO, ClassVar, Optional, Union

from mattermost_plugin.api._convert import (
    _decode,
    _decode_json,
    _decode_list,
    _decode_value,
    _http_request,
    _http_response,
    _json,
    _json_each,
    _model,
    _models,
    _strings,
)
from mattermost_plugin.api._http import HTTPRequest, HTTPResponse
from mattermost_plugin.api._transport import {base}
from mattermost_plugin.models import (
{models}
)
from mattermost_plugin.protocol import api_pb2 as _pb

__all__ = ["{cls}"]


class {cls}({base}):
    """{class_doc}"""

'''

SYNC_DOC = """Mattermost's plugin API: one method per method of Go's ``plugin.API``.

    Reach it as ``self.api`` in any hook (from the first ``on_configuration_change``
    or ``on_activate`` on). Every call is one round trip to the server; it is
    safe from many threads at once. A Go ``*model.AppError`` or ``error`` is
    raised as :class:`~mattermost_plugin.ApiError` (id, message, detailed error,
    status code kept); a nil result without an error is None. ``with_timeout``
    gives a view whose calls have a deadline; inside a hook with a deadline,
    calls never outlive it."""

ASYNC_DOC = """Mattermost's plugin API for ``async def`` hooks: :class:`API`'s methods, awaitable.

    Reach it as ``self.async_api``. A call never blocks the event loop: it is
    sent at once and the coroutine resumes when the answer arrives. Errors,
    results and deadlines are as in :class:`API`."""


def _used_models(text: str) -> list[str]:
    from mattermost_plugin import models

    return sorted(name for name in models.__all__ if name[:1].isupper() and name != "MODELS" and re.search(rf"\b{name}\b", text))


def render_client(asynchronous: bool) -> str:
    """``_async.py`` or ``_sync.py``."""
    names = {m.name: m.python for m in methods()}
    go_names = ["    GO_NAMES: ClassVar[dict[str, str]] = {", *(f'        "{m.python}": "{m.name}",' for m in methods()), "    }", '    """The Go name of each method (``{"kv_get": "KVGet", ...}``)."""']
    body = "\n".join(go_names) + "\n\n" + "\n\n".join(render_py_method(m, names, asynchronous) for m in methods())
    cls = "AsyncAPI" if asynchronous else "API"
    models = _used_models(body)
    head = PY_HEADER.format(
        title="The asynchronous plugin API client" if asynchronous else "The plugin API client",
        body=(
            "One ``async def`` method per method of Go's ``plugin.API``, for ``async def`` hooks."
            if asynchronous
            else "One method per method of Go's ``plugin.API``, snake_case, typed and documented from the Go comments."
        ),
        module=spec()["module"],
        base="AsyncClient" if asynchronous else "Client",
        models="\n".join(f"    {name}," for name in models),
        cls=cls,
        class_doc=ASYNC_DOC if asynchronous else SYNC_DOC,
    )
    return head + body + "\n"


# --------------------------------------------------------------------------- the server test's recorder

RECORDER_PATH = ROOT / "tests" / "conformance" / "server" / "api_recorder_methods_test.go"


def render_go_recorder() -> str:
    """Every method of plugin.API on the server test's ``apiRecorder``: each hands its
    name and arguments to ``call`` and returns the answers, typed."""
    imports = spec()["imports"]
    methods_text = []
    for raw in spec()["methods"]:
        params = []
        names = []
        for value in raw["params"]:
            params.append(f"{value['name']} {value['type']['go']}")
            names.append(value["name"])
        results = [value["type"]["go"] for value in raw["results"]]
        result_text = "" if not results else f" {results[0]}" if len(results) == 1 else f" ({', '.join(results)})"
        call = f'recorder.call("{raw["name"]}"{"".join(", " + name for name in names)})'
        lines = [f"func (recorder *apiRecorder) {raw['name']}({', '.join(params)}){result_text} {{"]
        if results:
            lines.append(f"	answers := {call}")
            values = [f"answer[{kind}](answers, {index})" for index, kind in enumerate(results)]
            lines.append(f"	return {', '.join(values)}")
        else:
            lines.append(f"	{call}")
        lines.append("}")
        methods_text.append("\n".join(lines))
    body = "\n\n".join(methods_text)
    used = sorted((imports[name] for name in imports if re.search(rf"\b{name}\.", body)))
    lines = [
        GO_HEADER,
        "",
        "package server",
        "",
        "// Every method of plugin.API on apiRecorder (api_recorder_test.go): each hands its",
        "// name and arguments to call and returns what the recorder answers, typed.",
        "",
        "import (",
        *(f'\t"{path}"' for path in used if "." not in path),
        "",
        *(f'\t"{path}"' for path in used if "." in path),
        ")",
        "",
        body,
        "",
    ]
    return "\n".join(lines).replace("import (\n\n", "import (\n")


# --------------------------------------------------------------------------- the reference

REFERENCE_PATH = ROOT / "docs" / "api.md"


def render_reference() -> str:
    """``docs/api.md``: every method, by area, with its Python signature, Go name, version and comment."""
    names = {m.name: m.python for m in methods()}
    areas: dict[str, list[Method]] = {}
    for m in methods():
        areas.setdefault(m.tags[0] if m.tags else "Other", []).append(m)
    lines = [
        "# Plugin API reference",
        "",
        "<!-- Generated from Mattermost's plugin.API by python -m mattermost_plugin._generate; do not edit. -->",
        "",
        f"Every method of Go's `plugin.API` ({spec()['module'].split()[-1]} of server/public), as a plugin calls it:",
        "`self.api.<method>(...)` in any hook from the first `on_configuration_change` or `on_activate` on, and",
        "`await self.async_api.<method>(...)` in `async def` hooks. A Go error is raised as `ApiError`; a nil",
        "result without an error is None, a nil list or map an empty one. How values travel:",
        "[protocol.md](protocol.md#9-the-plugin-api-service). Models not written by hand are in",
        "`mattermost_plugin.models.generated` (importable from `mattermost_plugin.models`).",
        "",
        "| area | methods |",
        "|---|---|",
    ]
    for area, members in sorted(areas.items()):
        anchor = area.lower()
        lines.append(f"| [{area}](#{anchor}) | {', '.join(f'`{m.python}`' for m in members)} |")
    for area, members in sorted(areas.items()):
        lines.extend(["", f"## {area}"])
        for m in members:
            signature = " ".join(_signature(m, "").replace("    def ", "", 1).rstrip(":").split())
            signature = signature.replace("( self, ", "(").replace("(self, ", "(").replace("(self)", "()").replace(", )", ")")
            doc = [line.strip() for line in py_doc(m, names)]
            lines.extend(["", f"### `{m.python}`", "", f"`{signature}`", "", f"Go: `{m.name}` · since Mattermost **{m.since}**", ""])
            text = " ".join(line for line in doc[: doc.index("")] if line) if "" in doc else " ".join(doc)
            lines.append(text)
            notes = [line for line in doc[doc.index("") + 1 :] if line and not line.startswith("Go: ")] if "" in doc else []
            if notes:
                lines.extend(["", *notes])
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- outputs


def render(done: Outputs) -> Outputs:
    """``api.proto``, the bridge's ``api_*.go`` files, the two Python clients, the server test's recorder and ``docs/api.md``."""
    outputs: Outputs = {PROTO_PATH: render_proto().encode("utf-8")}
    for path, text in go_files().items():
        outputs[path] = text.encode("utf-8")
    outputs[CLIENTS / "_sync.py"] = render_client(False).encode("utf-8")
    outputs[CLIENTS / "_async.py"] = render_client(True).encode("utf-8")
    outputs[RECORDER_PATH] = render_go_recorder().encode("utf-8")
    outputs[REFERENCE_PATH] = render_reference().encode("utf-8")
    return outputs


__all__ = ["GO_PREFIX", "PROTO_PATH", "SERVICE", "Method", "Slot", "generated_go_files", "methods", "render", "wire_of"]
