"""What a plugin process's failure report shows: what the plugin said, not gRPC's own chatter."""

from __future__ import annotations

import sys

import pytest

from mattermost_plugin._exceptions import PluginStartError
from mattermost_plugin.testing.host import PluginHost

CORE_LINE = "I0000 00:00:1732790000.123456   4242 chttp2_transport.cc:1210] ipv4:127.0.0.1:5000: Got goaway [2] err=UNAVAILABLE"


def test_grpc_core_information_lines_stay_out_of_the_report() -> None:
    script = f"import sys; sys.stderr.write({CORE_LINE!r} + '\\n' + 'the plugin is broken\\n'); sys.exit(3)"
    host = PluginHost(command=[sys.executable, "-c", script], start_timeout=10)
    with pytest.raises(PluginStartError) as failure:
        host.start()
    host.close()
    text = str(failure.value)
    assert "exited with code 3 before its handshake" in text and "the plugin is broken" in text
    assert "chttp2_transport" not in text
    assert not any("chttp2_transport" in entry.message for entry in host.logs)


def test_the_plugin_process_logs_only_grpc_errors_unless_told_otherwise(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GRPC_VERBOSITY", raising=False)
    script = "import os, sys; sys.stderr.write('verbosity ' + os.environ.get('GRPC_VERBOSITY', 'unset') + '\\n'); sys.exit(3)"
    host = PluginHost(command=[sys.executable, "-c", script], start_timeout=10)
    with pytest.raises(PluginStartError, match="verbosity ERROR"):
        host.start()
    host.close()
