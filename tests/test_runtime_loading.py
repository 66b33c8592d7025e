"""A plugin process whose module is slow to import: calls that come before it is loaded wait for it."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import grpc
import pytest

from mattermost_plugin.protocol import hooks_pb2
from mattermost_plugin.protocol.hooks_pb2_grpc import PluginHooksStub

SLOW_PLUGIN = """
import time
time.sleep(1.5)  # a module that takes a while to import

from mattermost_plugin import Plugin


class Slow(Plugin):
    def user_will_log_in(self, context, user):
        return "loaded"

    async def message_will_be_posted(self, context, post):
        return "loaded, async"
"""


@pytest.fixture
def slow_plugin(tmp_path: Path) -> Iterator[PluginHooksStub]:
    source = tmp_path / "slow.py"
    source.write_text(SLOW_PLUGIN)
    env = dict(os.environ, MATTERMOST_PLUGIN="Securely message teams, anywhere.", PLUGIN_PROTOCOL_VERSIONS="1")
    process = subprocess.Popen(
        [sys.executable, "-m", "mattermost_plugin", "serve", str(source)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        fields = process.stdout.readline().strip().split("|")
        channel = grpc.insecure_channel(f"unix:{fields[3]}")
        yield PluginHooksStub(channel)
        channel.close()
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_early_calls_wait_for_the_plugin_within_their_deadline(slow_plugin: PluginHooksStub) -> None:
    started = time.monotonic()
    with pytest.raises(grpc.RpcError) as raised:
        slow_plugin.UserWillLogIn(hooks_pb2.UserWillLogInRequest(user=b'{"id": "u1"}'), timeout=0.2)
    assert raised.value.code() is grpc.StatusCode.DEADLINE_EXCEEDED

    implemented = slow_plugin.Implemented.future(hooks_pb2.ImplementedRequest(), timeout=20)
    early_async = slow_plugin.MessageWillBePosted.future(hooks_pb2.MessageWillBePostedRequest(post=b"{}"), timeout=20)
    answer = slow_plugin.UserWillLogIn(hooks_pb2.UserWillLogInRequest(user=b'{"id": "u1"}'), timeout=20)
    assert answer.rejection == "loaded"
    assert early_async.result().rejection == "loaded, async"
    assert list(implemented.result().hooks) == ["MessageWillBePosted", "UserWillLogIn"]
    print(f"first answer {time.monotonic() - started:.2f}s after the handshake")
