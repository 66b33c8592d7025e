"""The message classes generated from ``hooks.proto`` and ``api.proto``: Python for the SDK, Go for the bridge.

``hooks_pb2.py``/``.pyi`` and ``api_pb2.py``/``.pyi`` come from
``grpc_tools.protoc`` (the ``dev`` extras); ``bridge/pb/hooks.pb.go``,
``hooks_grpc.pb.go``, ``api.pb.go`` and ``api_grpc.pb.go`` from protoc with
``protoc-gen-go`` and ``protoc-gen-go-grpc``, built at the versions
``tests/conformance/go.mod`` pins. They are rendered from the proto texts that
:mod:`.proto` and :mod:`.api` render, so a check needs nothing written first.

The Python service stubs (``hooks_pb2_grpc.py``) are not part of the package:
the SDK serves the hooks without them. Tests and benchmarks that want them call
:func:`service_stubs`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from . import ROOT, Outputs
from .api import PROTO_PATH as API_PROTO_PATH
from .proto import PATH as PROTO_PATH

PROTOCOL = ROOT / "mattermost_plugin" / "protocol"
BRIDGE = ROOT / "mattermost_plugin" / "bridge"
TOOLS_MODULE = ROOT / "tests" / "conformance"
GO_PACKAGE = "mattermost-plugin/bridge/pb"
RELATIVE = "mattermost_plugin/protocol/hooks.proto"
API_RELATIVE = "mattermost_plugin/protocol/api.proto"


def _protoc(arguments: list[str], cwd: Path, files: tuple[str, ...] = (RELATIVE,)) -> None:
    command = [sys.executable, "-m", "grpc_tools.protoc", f"-I{cwd}", *arguments, *files]
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"protoc failed ({' '.join(command)}):\n{result.stderr}")


def _proto_tree(directory: Path, proto_text: bytes, api_text: bytes = b"") -> None:
    """Lay out ``mattermost_plugin/protocol/hooks.proto`` (and ``api.proto``) under ``directory``, as protoc's import path sees them."""
    target = directory / RELATIVE
    target.parent.mkdir(parents=True)
    target.write_bytes(proto_text)
    if api_text:
        (directory / API_RELATIVE).write_bytes(api_text)


def _go_plugins(directory: Path) -> list[str]:
    """Build protoc-gen-go and protoc-gen-go-grpc at the pinned versions; the protoc flags that use them."""
    go = shutil.which("go")
    if go is None:
        raise RuntimeError("Go is needed to generate the bridge's Go code (install Go 1.26+)")
    directory.mkdir(parents=True, exist_ok=True)
    command = [go, "build", "-o", str(directory) + os.sep, "google.golang.org/protobuf/cmd/protoc-gen-go", "google.golang.org/grpc/cmd/protoc-gen-go-grpc"]
    result = subprocess.run(command, cwd=TOOLS_MODULE, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"building the protoc plugins failed ({' '.join(command)}):\n{result.stderr}")
    return [f"--plugin=protoc-gen-go={directory / 'protoc-gen-go'}", f"--plugin=protoc-gen-go-grpc={directory / 'protoc-gen-go-grpc'}"]


def render(done: Outputs) -> Outputs:
    """``hooks_pb2.py``/``.pyi``, ``api_pb2.py``/``.pyi`` and the bridge's Go package ``pb``."""
    files = (RELATIVE, API_RELATIVE)
    outputs: Outputs = {}
    with tempfile.TemporaryDirectory(prefix="mmplugin-stubs-") as temporary:
        work = Path(temporary)
        _proto_tree(work / "src", done[PROTO_PATH], done[API_PROTO_PATH])
        python_out = work / "python"
        python_out.mkdir()
        _protoc([f"--python_out={python_out}", f"--pyi_out={python_out}"], work / "src", files)
        for name in ("hooks_pb2.py", "hooks_pb2.pyi", "api_pb2.py", "api_pb2.pyi"):
            outputs[PROTOCOL / name] = (python_out / "mattermost_plugin" / "protocol" / name).read_bytes()
        go_out = work / "go"
        go_out.mkdir()
        options = []
        for relative in files:
            mapping = f"M{relative}={GO_PACKAGE}"
            options += [f"--go_opt={mapping}", f"--go-grpc_opt={mapping}"]
        _protoc(
            _go_plugins(work / "bin")
            + [f"--go_out={go_out}", "--go_opt=paths=source_relative"]
            + [f"--go-grpc_out={go_out}", "--go-grpc_opt=paths=source_relative"]
            + options,
            work / "src",
            files,
        )
        for name in ("hooks.pb.go", "hooks_grpc.pb.go", "api.pb.go", "api_grpc.pb.go"):
            outputs[BRIDGE / "pb" / name] = (go_out / "mattermost_plugin" / "protocol" / name).read_bytes()
    return outputs


def service_stubs(directory: Path) -> None:
    """Write ``hooks_pb2_grpc.py`` into ``directory`` and make it importable as
    ``mattermost_plugin.protocol.hooks_pb2_grpc`` (for tests and benchmarks)."""
    import mattermost_plugin.protocol as protocol

    with tempfile.TemporaryDirectory(prefix="mmplugin-stubs-") as temporary:
        work = Path(temporary)
        _proto_tree(work / "src", PROTO_PATH.read_bytes())
        _protoc([f"--grpc_python_out={work}"], work / "src")
        directory.mkdir(parents=True, exist_ok=True)
        shutil.copy(work / "mattermost_plugin" / "protocol" / "hooks_pb2_grpc.py", directory / "hooks_pb2_grpc.py")
    if str(directory) not in protocol.__path__:
        protocol.__path__.append(str(directory))


__all__ = ["render", "service_stubs"]
