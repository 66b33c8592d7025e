"""The message classes generated from ``hooks.proto``: Python for the SDK, Go for the bridge.

``hooks_pb2.py`` and ``hooks_pb2.pyi`` come from ``grpc_tools.protoc`` (the
``dev`` extras); ``bridge/pb/hooks.pb.go`` and ``hooks_grpc.pb.go`` from protoc
with ``protoc-gen-go`` and ``protoc-gen-go-grpc``, built at the versions
``tests/conformance/go.mod`` pins. Both are rendered from the proto text that
:mod:`.proto` renders, so a check needs nothing written first.

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
from .proto import PATH as PROTO_PATH

PROTOCOL = ROOT / "mattermost_plugin" / "protocol"
BRIDGE = ROOT / "mattermost_plugin" / "bridge"
TOOLS_MODULE = ROOT / "tests" / "conformance"
GO_PACKAGE = "mattermost-plugin/bridge/pb"
RELATIVE = "mattermost_plugin/protocol/hooks.proto"


def _protoc(arguments: list[str], cwd: Path) -> None:
    command = [sys.executable, "-m", "grpc_tools.protoc", f"-I{cwd}", *arguments, RELATIVE]
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"protoc failed ({' '.join(command)}):\n{result.stderr}")


def _proto_tree(directory: Path, proto_text: bytes) -> None:
    """Lay out ``mattermost_plugin/protocol/hooks.proto`` under ``directory``, as protoc's import path sees it."""
    target = directory / RELATIVE
    target.parent.mkdir(parents=True)
    target.write_bytes(proto_text)


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
    """``hooks_pb2.py``, ``hooks_pb2.pyi`` and the bridge's Go package ``pb``."""
    proto_text = done[PROTO_PATH]
    outputs: Outputs = {}
    with tempfile.TemporaryDirectory(prefix="mmplugin-stubs-") as temporary:
        work = Path(temporary)
        _proto_tree(work / "src", proto_text)
        python_out = work / "python"
        python_out.mkdir()
        _protoc([f"--python_out={python_out}", f"--pyi_out={python_out}"], work / "src")
        for name in ("hooks_pb2.py", "hooks_pb2.pyi"):
            outputs[PROTOCOL / name] = (python_out / "mattermost_plugin" / "protocol" / name).read_bytes()
        go_out = work / "go"
        go_out.mkdir()
        mapping = f"M{RELATIVE}={GO_PACKAGE}"
        _protoc(
            _go_plugins(work / "bin")
            + [f"--go_out={go_out}", "--go_opt=paths=source_relative", f"--go_opt={mapping}"]
            + [f"--go-grpc_out={go_out}", "--go-grpc_opt=paths=source_relative", f"--go-grpc_opt={mapping}"],
            work / "src",
        )
        for name in ("hooks.pb.go", "hooks_grpc.pb.go"):
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
