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
# Go modules come from the Go module proxy at the versions pinned in go.mod/go.sum.
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
if ! (cd / && "$PYTHON" -c 'import mattermost_plugin') 2>/dev/null; then
    echo "conformance: $PYTHON cannot import mattermost_plugin;" >&2
    echo "install the package with its dev extras first: $PYTHON -m pip install -e '$repo[dev]'" >&2
    exit 2
fi

# The Go code for hooks.proto is the bridge's package pb (mattermost_plugin/bridge/pb),
# generated with everything else by `python -m mattermost_plugin._generate`.
go vet ./...
go test -count=1 -timeout 5m "$@" ./...
