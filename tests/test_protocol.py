"""The proto agrees with the hook classes, and the committed generated code is up to date."""

from __future__ import annotations

import filecmp
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from google.protobuf.descriptor import FieldDescriptor

from mattermost_plugin._hook import SCALARS, ModifyHook, RejectHook
from mattermost_plugin.hooks import ALL_HOOKS, UNARY_HOOKS, STREAMING_HOOKS
from mattermost_plugin.protocol import hooks_pb2

ROOT = Path(__file__).resolve().parent.parent
PROTOCOL = ROOT / "mattermost_plugin" / "protocol"
SERVICE = hooks_pb2.DESCRIPTOR.services_by_name["PluginHooks"]
SCALAR_TYPES = {str: FieldDescriptor.TYPE_STRING, int: FieldDescriptor.TYPE_INT64, bool: FieldDescriptor.TYPE_BOOL}


def shape(field: FieldDescriptor) -> tuple[str, int, bool, str]:
    """A field as (name, type, repeated, message type name) for comparisons."""
    message = field.message_type.name if field.message_type else ""
    return (field.name, field.type, field.is_repeated, message)


def value_shape(name: str, annotation: Any) -> tuple[str, int, bool, str]:
    if annotation in SCALARS:
        return (name, SCALAR_TYPES[annotation], False, "")
    repeated = getattr(annotation, "__origin__", None) is list
    return (name, FieldDescriptor.TYPE_BYTES, repeated, "")


def test_the_service_has_one_rpc_per_hook_plus_implemented() -> None:
    assert [method.name for method in SERVICE.methods] == ["Implemented"] + [
        hook.go_name for hook in sorted(ALL_HOOKS, key=lambda hook: hook.id)
    ]


@pytest.mark.parametrize("hook", UNARY_HOOKS, ids=lambda hook: hook.go_name)
def test_request_fields_follow_the_go_parameters(hook: Any) -> None:
    method = SERVICE.methods_by_name[hook.go_name]
    assert method.input_type.name == f"{hook.go_name}Request"
    expected = []
    if hook.context:
        expected.append(("context", FieldDescriptor.TYPE_MESSAGE, False, "PluginContext"))
    for param in hook.params:
        expected.append(value_shape(param.name, param.type))
        expected.extend((extra, FieldDescriptor.TYPE_STRING, False, "") for extra in param.fill)
    if hook.hands_over_api:
        expected.append(("api_broker_id", FieldDescriptor.TYPE_UINT32, False, ""))
    fields = sorted(method.input_type.fields, key=lambda field: field.number)
    assert [shape(field) for field in fields] == expected
    assert [field.number for field in fields] == list(range(1, len(expected) + 1))


_PROTO_KINDS = {
    "string": (FieldDescriptor.TYPE_STRING, False, ""),
    "int64": (FieldDescriptor.TYPE_INT64, False, ""),
    "bool": (FieldDescriptor.TYPE_BOOL, False, ""),
    "bytes": (FieldDescriptor.TYPE_BYTES, False, ""),
    "repeated bytes": (FieldDescriptor.TYPE_BYTES, True, ""),
    "AppError": (FieldDescriptor.TYPE_MESSAGE, False, "AppError"),
}


@pytest.mark.parametrize("hook", UNARY_HOOKS, ids=lambda hook: hook.go_name)
def test_response_fields_follow_the_semantics(hook: Any) -> None:
    method = SERVICE.methods_by_name[hook.go_name]
    assert method.output_type.name == f"{hook.go_name}Response"
    expected = [(name, *_PROTO_KINDS[kind]) for kind, name in hook.response_fields_proto()]
    fields = sorted(method.output_type.fields, key=lambda field: field.number)
    assert [shape(field) for field in fields] == expected
    if issubclass(hook, RejectHook) or (issubclass(hook, ModifyHook) and not hook.returns_error and hook.params[-1].is_list is False):
        assert ("rejection", FieldDescriptor.TYPE_STRING, False, "") in expected
    if hook.returns_error:
        assert ("error", FieldDescriptor.TYPE_MESSAGE, False, "AppError") in expected


@pytest.mark.parametrize("hook", STREAMING_HOOKS, ids=lambda hook: hook.go_name)
def test_streaming_hooks_are_bidirectional_streams_of_their_declared_frames(hook: Any) -> None:
    method = SERVICE.methods_by_name[hook.go_name]
    assert method.client_streaming and method.server_streaming
    assert method.input_type.name == f"{hook.go_name}Request"
    assert method.output_type.name == f"{hook.go_name}Response"
    incoming = sorted(method.input_type.fields, key=lambda field: field.number)
    assert [field.name for field in incoming] == [name for _, name, _ in hook.request_fields_proto()]
    assert incoming[0].name == "context" and incoming[0].message_type.name == "PluginContext"
    outgoing = sorted(method.output_type.fields, key=lambda field: field.number)
    assert [field.name for field in outgoing] == [name for _, name in hook.response_fields_proto()]
    body = method.input_type.fields_by_name[hook.body_field]
    end = method.input_type.fields_by_name[hook.end_field]
    assert body.type == FieldDescriptor.TYPE_BYTES and end.type == FieldDescriptor.TYPE_BOOL


def test_the_messages_streaming_frames_hold_are_declared_once() -> None:
    from mattermost_plugin._hook import HEADER, HTTP_REQUEST_HEAD, HTTP_RESPONSE_HEAD

    for message in (HEADER, HTTP_REQUEST_HEAD, HTTP_RESPONSE_HEAD):
        descriptor = hooks_pb2.DESCRIPTOR.message_types_by_name[message.name]
        assert [field.name for field in descriptor.fields] == [name for _, name, _ in message.fields]
    assert "StreamFrame" not in hooks_pb2.DESCRIPTOR.message_types_by_name


def test_generated_go_plugin_code_matches_its_protos(tmp_path: Path) -> None:
    """go-plugin's own services (broker, controller, stdio): their Python code is committed, generated."""
    protos = sorted(path.relative_to(ROOT) for path in PROTOCOL.rglob("grpc_*.proto"))
    assert protos, "no proto files found"
    command = [sys.executable, "-m", "grpc_tools.protoc", f"-I{ROOT}", f"--python_out={tmp_path}", f"--pyi_out={tmp_path}", f"--grpc_python_out={tmp_path}"]
    subprocess.run(command + [str(ROOT / proto) for proto in protos], check=True, capture_output=True, text=True)
    generated = sorted(path.relative_to(tmp_path) for path in tmp_path.rglob("*_pb2*.py*"))
    assert generated
    committed = sorted(path.relative_to(ROOT) for path in PROTOCOL.rglob("grpc_*_pb2*.py*"))
    assert generated == committed, "generated files differ from the committed ones"
    stale = [str(path) for path in generated if not filecmp.cmp(tmp_path / path, ROOT / path, shallow=False)]
    assert not stale, f"regenerate with grpc_tools.protoc; stale: {stale}"


def test_the_wheel_ships_no_service_stubs_for_the_hooks() -> None:
    """The SDK serves the hooks without generated stubs; tests generate their own."""
    assert not (PROTOCOL / "hooks_pb2_grpc.py").exists()
