"""`mattermost-plugin check`: every mistake reported with where it is and what to write instead."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from mattermost_plugin.cli import main

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = ["word_filter", "slash_command", "standup", "guard", "async_plugin"]

MISTAKES = '''\
from mattermost_plugin import Plugin


class Sloppy(Plugin):
    def on_activte(self):
        pass

    def message_will_be_posted(self, post):
        return None

    def execute_command(self, context, args, extra, *, flag):
        return "hi"

    def _helper_is_fine(self):
        pass
'''


def write_plugin(directory: Path, source: str, manifest: dict | None = None) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "plugin.py").write_text(source, encoding="utf-8")
    if manifest is None:
        manifest = {"id": "com.example.probe", "name": "Probe", "version": "0.1.0", "min_server_version": "5.2.0"}
    (directory / "plugin.json").write_text(json.dumps(manifest), encoding="utf-8")
    return directory


def run_check(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str]]:
    status = main(["check", *args])
    captured = capsys.readouterr()
    return status, captured.out.splitlines() + captured.err.splitlines()


def test_a_misspelt_hook_and_wrong_arities_are_all_reported_with_lines_and_fixes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    directory = write_plugin(tmp_path / "sloppy", MISTAKES)
    status, lines = run_check(capsys, str(directory))
    assert status == 1
    file = directory / "plugin.py"
    assert f"{file}:5: error: Sloppy.on_activte is not a Mattermost hook; did you mean on_activate? Rename it to on_activate, or start its name with an underscore if it is a helper." in lines
    assert (
        f"{file}:8: error: Sloppy.message_will_be_posted(self, post) does not fit the MessageWillBePosted hook, which passes "
        "2 arguments (context, post) after self. Write it as: def message_will_be_posted(self, context: Context, "
        "post: Post) -> Post | str | tuple[Post | None, str] | None"
    ) in lines
    assert (
        f"{file}:11: error: Sloppy.execute_command(self, context, args, extra, *, flag) does not fit the ExecuteCommand hook, "
        "which passes 2 arguments (context, args) after self. Write it as: def execute_command(self, context: Context, "
        "args: CommandArgs) -> CommandResponse | str | None"
    ) in lines
    assert lines[-1] == "FAILED: 3 errors."
    assert not any("Traceback" in line for line in lines)


def test_the_cli_exits_non_zero_without_a_traceback(tmp_path: Path) -> None:
    directory = write_plugin(tmp_path / "sloppy", MISTAKES)
    result = subprocess.run(
        [sys.executable, "-m", "mattermost_plugin", "check", str(directory)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1
    assert "did you mean on_activate?" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_an_import_error_names_the_file_and_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = "from mattermost_plugin import Plugin\n\nimport json\njson.laods('{}')\n"
    directory = write_plugin(tmp_path / "broken", source)
    status, lines = run_check(capsys, str(directory))
    assert status == 1
    assert any("AttributeError: module 'json' has no attribute 'laods'" in line and "line 4" in line for line in lines), lines


def test_manifest_problems_are_reported_like_mattermost_would(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = "from mattermost_plugin import Plugin\n\nclass Fine(Plugin):\n    def channel_will_be_archived(self, context, channel):\n        return None\n"
    manifest = {"id": "x y", "version": "1.0", "min_server_version": "9.0.0", "server": {"executable": "plugin.sh"}}
    directory = write_plugin(tmp_path / "manifest", source, manifest)
    status, lines = run_check(capsys, str(directory))
    where = f"{directory / 'plugin.json'}"
    assert status == 1
    assert f'{where}: error: "id" \'x y\' is not valid: Mattermost wants 3 to 190 letters, digits, "-", "_" or "."' in lines
    assert f'{where}: error: "version" \'1.0\' is not a semantic version; write it like "1.2.0"' in lines
    assert (
        f"{where}: warning: server.executable ('plugin.sh') is not used: `mattermost-plugin bundle` names the Go bridge "
        "that starts the plugin in server.executables; remove it (and plugin.sh)"
    ) in lines
    assert f'{where}: warning: has no "name"; the System Console shows the id instead' in lines
    assert (
        f"{where}: warning: channel_will_be_archived (ChannelWillBeArchived) is called only by Mattermost 11.7 and later, "
        'but min_server_version is 9.0.0: raise it to "11.7.0", or expect the hook never to run on older servers'
    ) in lines


def test_a_manifest_without_a_version_cannot_be_bundled(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = "from mattermost_plugin import Plugin\n\nclass Fine(Plugin):\n    def on_activate(self):\n        pass\n"
    directory = write_plugin(tmp_path / "noversion", source, {"id": "com.example.fine", "name": "Fine"})
    status, lines = run_check(capsys, str(directory), "--no-start")
    assert status == 1
    assert any('has no "version"; add one like "0.1.0" (the bundle is named <id>-<version>.tar.gz)' in line for line in lines)


def test_warnings_fail_only_with_strict(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = "from mattermost_plugin import Plugin\n\nclass Idle(Plugin):\n    pass\n"
    directory = write_plugin(tmp_path / "idle", source)
    status, lines = run_check(capsys, str(directory), "--no-start")
    assert status == 0
    assert any("Idle implements no hooks, so Mattermost will never call it" in line for line in lines)
    assert lines[-1] == "OK, with 1 warning."
    status, lines = run_check(capsys, str(directory), "--no-start", "--strict")
    assert status == 1
    assert lines[-1] == "FAILED: 1 warning."


def test_a_missing_manifest_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "solo.py"
    file.write_text("from mattermost_plugin import Plugin\n\nclass Solo(Plugin):\n    def on_activate(self):\n        pass\n")
    status, lines = run_check(capsys, f"{file}:Solo")
    assert status == 1
    assert f"{tmp_path / 'plugin.json'}: error: missing: a plugin needs a plugin.json manifest next to its code to be bundled (`mattermost-plugin new` writes one)" in lines
    assert lines[-1] == "FAILED: 1 error."


def test_a_plugin_that_creates_badly_is_caught(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = (
        "from mattermost_plugin import Plugin\n\nclass Needy(Plugin):\n"
        "    def __init__(self):\n        raise RuntimeError('no config')\n"
        "    def on_activate(self):\n        pass\n"
    )
    directory = write_plugin(tmp_path / "needy", source)
    status, lines = run_check(capsys, str(directory))
    assert status == 1
    assert any("Needy() raised RuntimeError: no config. Mattermost creates the plugin with no arguments" in line for line in lines)


def test_a_missing_plugin_is_a_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, lines = run_check(capsys, str(tmp_path / "nothing.py"))
    assert status == 1
    assert lines == [f"mattermost-plugin: error: {tmp_path / 'nothing.py'} does not exist"]
    status, lines = run_check(capsys, str(tmp_path))
    assert lines == [f"mattermost-plugin: error: {tmp_path} has no plugin.py"]


@pytest.mark.parametrize("example", EXAMPLES)
def test_every_example_checks_clean_and_starts(example: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, lines = run_check(capsys, str(REPO / "examples" / example))
    assert status == 0, "\n".join(lines)
    assert lines[-1] == "OK: no problems found."
    assert any(line.startswith("started with python -m mattermost_plugin serve") for line in lines)
