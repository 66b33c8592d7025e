#!/usr/bin/env bash
# Run the Go conformance suite: the real hashicorp/go-plugin client, with
# Mattermost's handshake, launches examples/every_hook/plugin.py and calls every
# hook with arguments built from Mattermost's Go model structs.
#
#   tests/conformance/run.sh [go test flags...]      e.g. -run 'TestConformance/AutoMTLS=on' -v
#
# Needs Go (>= the go directive in go.mod; Go downloads a newer toolchain itself
# if GOTOOLCHAIN allows) and a Python with mattermost-plugin and its dev extras
# installed (pip install -e '.[dev]'): $PYTHON, or python3 from PATH.
# Go modules and the protoc plugins come from the Go module proxy at the versions
# pinned in go.mod/go.sum; protoc is the one bundled in grpcio-tools.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
cd "$here"

PYTHON="${PYTHON:-python3}"
if ! command -v "$PYTHON" >/dev/null 2>&1; then
    echo "conformance: no Python interpreter '$PYTHON' (set PYTHON)" >&2
    exit 2
fi
PYTHON="$(command -v "$PYTHON")"
export PYTHON
if ! (cd / && "$PYTHON" -c 'import mattermost_plugin, grpc_tools.protoc') 2>/dev/null; then
    echo "conformance: $PYTHON cannot import mattermost_plugin and grpc_tools;" >&2
    echo "install the package with its dev extras first: $PYTHON -m pip install -e '$repo[dev]'" >&2
    exit 2
fi

# The protoc plugins, built at the versions go.mod pins (its `tool` block).
mkdir -p bin
go build -o bin/ google.golang.org/protobuf/cmd/protoc-gen-go google.golang.org/grpc/cmd/protoc-gen-go-grpc

# Go code for the plugin's protocol, generated fresh from the proto every run
# (never committed, so it cannot drift from hooks.proto).
proto_dir="$repo/mattermost_plugin/protocol"
go_pkg="mattermost-plugin.test/conformance/pb"
rm -rf pb && mkdir -p pb
"$PYTHON" -m grpc_tools.protoc \
    -I "$proto_dir" \
    --plugin=protoc-gen-go="$here/bin/protoc-gen-go" \
    --plugin=protoc-gen-go-grpc="$here/bin/protoc-gen-go-grpc" \
    --go_out=pb --go_opt=paths=source_relative --go_opt=Mhooks.proto="$go_pkg" \
    --go-grpc_out=pb --go-grpc_opt=paths=source_relative --go-grpc_opt=Mhooks.proto="$go_pkg" \
    hooks.proto

go vet ./...
go test -count=1 -timeout 5m "$@" ./...
