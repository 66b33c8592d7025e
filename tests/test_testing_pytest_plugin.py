"""The pytest plugin (pytest11 entry point): the plugin_harness fixture, --plugin-mode, logs in failure reports.

Each test runs pytest in a subprocess on a small project, as a plugin author would.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

PLUGIN = """
from mattermost_plugin import Plugin


class Greeter(Plugin):
    def message_will_be_posted(self, context, post):
        self.logger.info("checking %r", post.message)
        return "no shouting" if post.message.isupper() else None
"""

TESTS = """
from mattermost_plugin import Post
from mattermost_plugin.testing import Allowed, Rejected

STARTED = []


def test_by_path_relative_to_this_file(plugin_harness):
    harness = plugin_harness("plugin.py")
    STARTED.append(harness)
    assert harness.message_will_be_posted(Post(message="HEY")) == Rejected("no shouting")


def test_the_previous_harness_was_closed(plugin_harness):
    previous = STARTED[0]
    if previous.mode == "process":
        assert previous.process is None  # closed: the process was shut down
    assert previous._channel is None


def test_several_harnesses_in_one_test(plugin_harness):
    first, second = plugin_harness("plugin.py"), plugin_harness("plugin.py", timeout=5)
    assert first.message_will_be_posted(Post(message="hi")) == Allowed()
    assert second.timeout == 5


def test_mode_option(plugin_harness, request):
    harness = plugin_harness("plugin.py")
    assert harness.mode == (request.config.getoption("--plugin-mode") or "inprocess")


def test_failing_shows_the_plugin_log(plugin_harness):
    harness = plugin_harness("plugin.py")
    harness.message_will_be_posted(Post(message="whisper"))
    assert harness.message_will_be_posted(Post(message="LOUD")) == Allowed()
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "plugin.py").write_text(PLUGIN, encoding="utf-8")
    (tmp_path / "test_greeter.py").write_text(textwrap.dedent(TESTS), encoding="utf-8")
    return tmp_path


def run_pytest(directory: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rN", *options],
        cwd=directory,
        capture_output=True,
        text=True,
        timeout=180,
        env={key: value for key, value in os.environ.items() if key != "GRPC_VERBOSITY"},  # as in an author's shell
    )


@pytest.mark.parametrize("mode", ["inprocess", "process"])
def test_the_fixture_serves_closes_and_reports_logs(project: Path, mode: str) -> None:
    result = run_pytest(project, f"--plugin-mode={mode}")
    output = result.stdout + result.stderr
    assert "1 failed, 4 passed" in output, output
    assert "test_failing_shows_the_plugin_log" in output
    # The failure report carries what the plugin logged during the test.
    assert "plugin log" in output
    assert "[info] plugin.Greeter: checking 'whisper'" in output
    assert "[info] plugin.Greeter: checking 'LOUD'" in output
    # ... and the assertion says what happened instead, in words.
    assert "Rejected('no shouting')" in output


def test_the_option_is_listed_in_pytest_help(tmp_path: Path) -> None:
    result = run_pytest(tmp_path, "--help")
    assert "--plugin-mode={inprocess,process}" in result.stdout


API_PLUGIN = """
from mattermost_plugin import Plugin


class Poster(Plugin):
    def on_activate(self):
        self.api.get_server_version()

    def serve_http(self, context, request):
        raise RuntimeError("boom")
"""

API_TESTS = """
import pytest

from mattermost_plugin.testing import Ok


@pytest.mark.parametrize("attempt", range(12))
def test_a_failure_while_the_plugin_holds_its_api(plugin_harness, attempt):
    harness = plugin_harness("plugin.py")
    assert harness.activate() == Ok()
    assert harness.request("GET", "/").status == 200
"""


def test_grpc_core_lines_stay_out_of_failure_reports(tmp_path: Path) -> None:
    # Closing the harness closes the FakeAPI's server while the plugin is connected to it,
    # which gRPC's C core may report at info level ("Got goaway") unless told not to; it
    # does so in some runs only, hence the twelve tries.
    (tmp_path / "plugin.py").write_text(API_PLUGIN, encoding="utf-8")
    (tmp_path / "test_poster.py").write_text(API_TESTS, encoding="utf-8")
    result = run_pytest(tmp_path)
    output = result.stdout + result.stderr
    assert "12 failed" in output and "RuntimeError: boom" in output, output
    assert "chttp2" not in output and "goaway" not in output.lower(), output
