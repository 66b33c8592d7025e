"""`mattermost-plugin invoke`: one hook, JSON or field=value arguments, the outcome in words or JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from mattermost_plugin.cli import main

REPO = Path(__file__).resolve().parent.parent
WORD_FILTER = str(REPO / "examples" / "word_filter")
DICE = str(REPO / "examples" / "slash_command")
GUARD = str(REPO / "examples" / "guard")
EVERY_HOOK = str(REPO / "examples" / "every_hook")
STANDUP = str(REPO / "examples" / "standup")
WEBHOOK = str(REPO / "examples" / "webhook")


def invoke(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["invoke", *args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_field_value_arguments_and_a_replacement(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = invoke(capsys, WORD_FILTER, "message_will_be_posted", "--post", "message=oh heck", "--post", "user_id=u1")
    assert status == 0
    assert out.splitlines() == [
        "MessageWillBePosted -> replaced with (fields left at their defaults not shown; --output json shows all):",
        "  {",
        '    "user_id": "u1",',
        '    "message": "oh h***"',
        "  }",
    ]


def test_json_arguments_and_a_rejection(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = invoke(capsys, WORD_FILTER, "MessageWillBePosted", "--post", '{"message": "a scam", "user_id": "u1"}')
    assert status == 0
    assert out == "MessageWillBePosted -> rejected: Your message was not posted: scam is not allowed here.\n"
    assert "plugin log: [info] plugin.WordFilter: rejected a post" in err


def test_scalar_flags_and_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = invoke(
        capsys, GUARD, "file_will_be_downloaded", "--file-info", "name=setup.exe", "--file-info", "extension=exe",
        "--user-id", "u1", "--download-type", "file", "--output", "json",
    )
    assert status == 0
    data = json.loads(out)
    assert data["hook"] == "FileWillBeDownloaded"
    assert data["outcome"] == "rejected"
    assert data["reason"] == "Downloading .exe files is blocked by company policy."


def test_all_arguments_in_one_json_object(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = invoke(capsys, GUARD, "user_will_log_in", "--json", '{"user": {"email": "a@example.com"}}')
    assert (status, out) == (0, "UserWillLogIn -> allowed: it goes through unchanged\n")


def test_an_app_error_is_printed_as_an_outcome(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = invoke(capsys, DICE, "execute_command", "--args", "command=/roll 500d6")
    assert status == 0
    assert out.splitlines() == [
        "ExecuteCommand -> failed: 500d6 is too much dice: roll 1 to 100 dice with 2 to 1000 sides.",
        "  AppError id=dice.roll.out_of_range status_code=400 where=DiceRoller.execute_command",
    ]


def test_a_real_plugin_process_with_process(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = invoke(capsys, DICE, "execute_command", "--args", "command=/roll help", "--process", "--output", "json")
    assert status == 0
    data = json.loads(out)
    assert data["outcome"] == "value"
    assert data["value"]["response_type"] == "ephemeral"
    assert data["value"]["text"].startswith("Usage: /roll")


def test_a_hook_the_plugin_does_not_define_is_an_error_that_says_what_to_add(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = invoke(capsys, DICE, "user_will_log_in")
    assert status == 1
    assert "DiceRoller does not define user_will_log_in, so Mattermost would never call UserWillLogIn" in err
    assert "def user_will_log_in(self, context: Context, user: User) -> str | None:" in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nonsense_hook"], "'nonsense_hook' is not a Mattermost hook"),
        (["message_will_be_postd"], "did you mean message_will_be_posted?"),
        (["message_will_be_posted", "--post", "{not json"], "--post: not valid JSON"),
        (["message_will_be_posted", "--post", "message"], "--post 'message': give a JSON object or field=value"),
        (["message_will_be_posted", "--json", '{"pots": {}}'], "--json has pots, which message_will_be_posted does not take"),
        (["message_will_be_posted", "--context", "nobody=1"], "--context 'nobody=1': write FIELD=VALUE"),
        (["serve_http"], "WordFilter does not define serve_http"),
        (["message_will_be_posted", "--setting", "BannedWords"], "--setting 'BannedWords': give KEY=VALUE"),
    ],
)
def test_mistakes_are_one_line_errors(capsys: pytest.CaptureFixture[str], args: list[str], message: str) -> None:
    status, _, err = invoke(capsys, WORD_FILTER, *args)
    assert status == 1
    assert err.startswith("mattermost-plugin: error: ")
    assert message in err
    assert "Traceback" not in err


def test_settings_reach_the_plugin_and_its_api_is_the_in_memory_mattermost(capsys: pytest.CaptureFixture[str]) -> None:
    # standup's on_activate makes its bot and registers /standup through the plugin API.
    status, out, _ = invoke(capsys, STANDUP, "execute_command", "--setting", "KeepHours=2", "--args", "command=/standup shipped it")
    assert status == 0
    assert '"text": "Thanks! Your update is kept for 2 hours."' in out
    status, out, _ = invoke(capsys, STANDUP, "execute_command", "--setting", 'KeepHours="a day"', "--args", "command=/standup x")
    assert "StandupSettings.keep_hours: plugin setting 'keephours' must be a whole number, got 'a day' (str)" in out
    status, out, _ = invoke(
        capsys, WEBHOOK, "serve_http", "--setting", "ChannelId=town", "--setting", "Token=s3cret",
        "--method", "POST", "--path", "/webhook", "--header", "X-Webhook-Token: wrong", "--data", '{"text": "hi"}',
    )
    assert out.startswith("ServeHTTP -> HTTP 401")


def test_an_http_request_and_its_response(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = invoke(
        capsys, EVERY_HOOK, "serve_http", "--method", "POST", "--path", "/echo?tag=a", "--header", "X-Every-Hook: cli",
        "--data", "hello", "--user-id", "user-1",
    )
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "ServeHTTP -> HTTP 200 (245 bytes)" or lines[0].startswith("ServeHTTP -> HTTP 200 (")
    assert "  X-Every-Hook: echo" in lines
    answer = json.loads(lines[-1])
    assert answer["method"] == "POST" and answer["user_id"] == "user-1" and answer["header"] == "cli" and answer["length"] == 5
    assert answer["query"] == {"tag": ["a"]}


def test_an_http_response_as_json_and_a_body_from_a_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    body = tmp_path / "body.bin"
    body.write_bytes(b"x" * 100_000)
    status, out, _ = invoke(capsys, EVERY_HOOK, "serve_http", "--method", "PUT", "--path", "/echo", "--data", f"@{body}", "--output", "json")
    assert status == 0
    data = json.loads(out)
    assert data["outcome"] == "httpresult" and data["status"] == 200
    assert json.loads(data["body"])["length"] == 100_000


def test_an_upload_replaced_and_one_rejected(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, out, _ = invoke(capsys, EVERY_HOOK, "file_will_be_uploaded", "--file-info", "name=upper.txt", "--file", "quiet")
    assert status == 0
    assert out.splitlines() == ["FileWillBeUploaded -> replaced:", "  contents (5 bytes): QUIET"]
    status, out, _ = invoke(capsys, EVERY_HOOK, "file_will_be_uploaded", "--file-info", "name=setup.exe", "--file", "MZ")
    assert out.strip() == "FileWillBeUploaded -> rejected: executables are not allowed"


def test_hook_help_lists_the_hooks_parameters() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mattermost_plugin", "invoke", GUARD, "file_will_be_downloaded", "--help"],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0
    assert "--file-info JSON|FIELD=VALUE" in result.stdout
    assert "--download-type STR" in result.stdout
    assert "def file_will_be_downloaded(self, context: Context, file_info: FileInfo, user_id: str, download_type: str)" in result.stdout


def test_a_plugin_bug_shows_the_plugins_traceback_not_the_clis(tmp_path: Path) -> None:
    (tmp_path / "plugin.py").write_text(
        "from mattermost_plugin import Plugin\n\nclass Bug(Plugin):\n"
        "    def message_has_been_posted(self, context, post):\n        return 1 / 0\n"
    )
    result = subprocess.run(
        [sys.executable, "-m", "mattermost_plugin", "invoke", str(tmp_path), "message_has_been_posted"],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 1
    assert "Bug.message_has_been_posted raised ZeroDivisionError: division by zero" in result.stderr
    assert "The plugin's traceback:" in result.stderr
    assert "return 1 / 0" in result.stderr
    assert "mattermost_plugin/cli" not in result.stderr


def test_a_timeout_names_the_option_that_allows_longer(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "plugin.py").write_text(
        "import time\nfrom mattermost_plugin import Plugin\n\n"
        "class Slow(Plugin):\n    def message_will_be_posted(self, context, post):\n        time.sleep(2)\n"
    )
    status, out, err = invoke(capsys, str(tmp_path), "message_will_be_posted", "--post", "message=hi", "--timeout", "0.3")
    assert status == 1
    assert "did not finish within the deadline" in err and "Pass --timeout SECONDS to allow longer." in err
    assert "timeout=" not in err
