"""The test harness with mode="process": a real plugin process started like the Mattermost server starts it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from mattermost_plugin import CommandArgs, Post, User
from mattermost_plugin.testing import (
    Allowed,
    Dismissed,
    HookNotImplemented,
    Ok,
    PluginBug,
    PluginHarness,
    PluginHost,
    PluginStartError,
    Rejected,
    Replaced,
)

PLUGIN = '''
import sys

from mattermost_plugin import DISMISS_POST, Plugin, PluginError

print("hello from import")  # after the handshake, stdout goes to the host through GRPCStdio


class Filter(Plugin):
    def on_activate(self):
        self.logger.info("activated", extra={"answer": 42})

    def message_will_be_posted(self, context, post):
        if post.message == "boom":
            return {}[post.message]
        if post.message == "shh":
            return DISMISS_POST
        if "darn" in post.message:
            return "Watch your language"
        if post.message != post.message.strip():
            post.message = post.message.strip()
            return post
        print("allowed", post.message, file=sys.stderr)
        return None

    def execute_command(self, context, args):
        raise PluginError("denied", status_code=403)
'''


@pytest.fixture
def plugin_file(tmp_path: Path) -> Path:
    path = tmp_path / "filter_plugin.py"
    path.write_text(PLUGIN, encoding="utf-8")
    return path


def test_a_plugin_process_answers_every_outcome(plugin_file: Path) -> None:
    with PluginHarness(plugin_file, mode="process") as harness:
        process = harness.process
        assert process is not None and process.handshake is not None
        assert process.handshake.network == "unix"
        assert process.handshake.line.startswith("1|1|unix|")
        assert harness.implemented() == ["OnActivate", "ExecuteCommand", "MessageWillBePosted"]
        assert harness.activate() == Ok()
        assert harness.message_will_be_posted(Post(message="fine")) == Allowed()
        assert harness.message_will_be_posted(Post(message="darn")) == Rejected("Watch your language")
        assert harness.message_will_be_posted(Post(message="shh")) == Dismissed()
        assert harness.message_will_be_posted(Post(message=" x ")) == Replaced(Post(message="x"))
        harness.execute_command(CommandArgs(command="/x")).assert_failed("denied", status_code=403)
    assert process.returncode == 0


def test_a_plugin_process_reports_bugs_with_the_plugins_traceback(plugin_file: Path) -> None:
    with PluginHarness(f"{plugin_file}:Filter", mode="process") as harness:
        with pytest.raises(PluginBug) as caught:
            harness.message_will_be_posted(Post(message="boom"))
        assert caught.value.details == "Filter.message_will_be_posted raised KeyError: 'boom'"
        assert caught.value.plugin_traceback is not None
        assert "filter_plugin.py" in caught.value.plugin_traceback
        assert "return {}[post.message]" in caught.value.plugin_traceback
        with pytest.raises(HookNotImplemented, match="Filter does not define user_will_log_in"):
            harness.user_will_log_in(User())


def test_the_process_logs_become_log_entries(plugin_file: Path) -> None:
    with PluginHarness(plugin_file, mode="process") as harness:
        harness.activate()
        harness.message_will_be_posted(Post(message="fine"))
    logs = harness.logs
    entry = logs.assert_logged("activated", level="info")
    assert entry.logger == "plugin.Filter"
    assert entry.fields["answer"] == 42
    assert logs.find("hello from import").logger == "stdout"
    assert logs.find("allowed fine").logger == "stderr"


def test_a_plugin_that_fails_to_import_fails_to_start_with_the_reason(tmp_path: Path) -> None:
    path = tmp_path / "broken.py"
    path.write_text("import not_a_module_anywhere\n", encoding="utf-8")
    with pytest.raises(PluginStartError, match="ModuleNotFoundError: No module named 'not_a_module_anywhere'"):
        PluginHarness(path, mode="process").start()


def test_a_class_defined_in_a_test_cannot_be_served_as_a_process() -> None:
    from mattermost_plugin import Plugin

    class Local(Plugin):
        def on_activate(self) -> None:
            pass

    with pytest.raises(PluginStartError, match="defined inside a function"):
        PluginHarness(Local, mode="process").start()


def test_a_class_at_the_top_of_a_file_is_served_as_a_process(plugin_file: Path) -> None:
    from mattermost_plugin.testing import load_plugin

    plugin_class = load_plugin(plugin_file)
    with PluginHarness(plugin_class, mode="process") as harness:
        assert harness.message_will_be_posted(Post(message="darn")) == Rejected("Watch your language")


def test_auto_mtls_between_harness_and_process(plugin_file: Path) -> None:
    with PluginHarness(plugin_file, mode="process", mtls=True) as harness:
        assert harness.process is not None and harness.process.handshake is not None
        assert harness.process.handshake.certificate
        assert harness.message_will_be_posted(Post(message="darn")) == Rejected("Watch your language")


def test_the_host_reports_a_process_that_exits_before_its_handshake(tmp_path: Path) -> None:
    script = tmp_path / "exit.sh"
    script.write_text("#!/bin/sh\necho 'cannot start: no database' >&2\nexit 3\n", encoding="utf-8")
    script.chmod(0o755)
    with pytest.raises(PluginStartError) as caught:
        PluginHost(command=[str(script)]).start()
    assert "exited with code 3 before its handshake" in str(caught.value)
    assert "cannot start: no database" in str(caught.value)


def test_the_host_rejects_a_plugin_that_prints_before_its_handshake(tmp_path: Path) -> None:
    script = tmp_path / "chatty.sh"
    script.write_text("#!/bin/sh\necho 'Starting up...'\nsleep 5\n", encoding="utf-8")
    script.chmod(0o755)
    with pytest.raises(PluginStartError, match="must not write to stdout before"):
        PluginHost(command=[str(script)]).start()


def test_the_mode_can_come_from_the_environment(plugin_file: Path, tmp_path: Path) -> None:
    test_file = tmp_path / "test_env_mode.py"
    test_file.write_text(
        textwrap.dedent(
            f"""
            from mattermost_plugin import Post

            def test_mode(plugin_harness):
                harness = plugin_harness({str(plugin_file)!r})
                assert harness.mode == "process"
                assert harness.process is not None
                harness.message_will_be_posted(Post(message="darn")).assert_rejected()
            """
        ),
        encoding="utf-8",
    )
    env = dict(os.environ, MATTERMOST_PLUGIN_HARNESS_MODE="process")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(test_file)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def outcome_of(harness: Any, message: str) -> Any:
    return harness.message_will_be_posted(Post(message=message))
