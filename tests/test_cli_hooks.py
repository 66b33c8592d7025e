"""`mattermost-plugin hooks`: every hook with its server version, kind and signature."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from mattermost_plugin.cli import main
from mattermost_plugin.hooks import ALL_HOOKS, BY_GO_NAME


def hooks(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["hooks", *args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_every_hook_is_listed_with_version_kind_and_signature(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = hooks(capsys)
    assert status == 0
    for hook in ALL_HOOKS:
        line = next(line for line in out.splitlines() if line.split()[:2] == [hook.method, hook.go_name])
        assert line.split()[2:] == [f"{hook.since}+", hook.semantics.value]
        assert f"      {hook.typed_signature()}" in out.splitlines()
    assert out.rstrip().splitlines()[-1].startswith(f"{len(ALL_HOOKS)} hooks.")


def test_filters_by_server_version_and_kind(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = hooks(capsys, "--server", "5.2", "--kind", "reject", "--short")
    assert status == 0
    assert [line.split()[0] for line in out.splitlines() if line.startswith("  ")] == ["user_will_log_in"]
    status, out, _ = hooks(capsys, "--server", "11.9", "--kind", "reject", "--json")
    assert {entry["method"] for entry in json.loads(out)} == {
        "user_will_log_in", "file_will_be_downloaded", "channel_will_be_archived", "channel_will_be_restored"
    }


def test_one_hook_in_full(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = hooks(capsys, "MessageWillBePosted")
    assert status == 0
    assert out.startswith("message_will_be_posted  (MessageWillBePosted, Mattermost 5.2+, modify)")
    assert "DISMISS_POST" in out
    assert "harness.message_will_be_posted(post) -> Allowed(), Replaced(Post), Rejected(reason) or Dismissed()" in out
    status, out, _ = hooks(capsys, "execute_command", "--json")
    data = json.loads(out)
    assert data["signature"] == BY_GO_NAME["ExecuteCommand"].typed_signature()
    assert [form["form"] for form in data["returns"]] == ["a CommandResponse", "a str", "None"]


def test_an_unknown_hook_suggests_the_right_one(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = hooks(capsys, "on_activte")
    assert status == 1
    assert err == "mattermost-plugin: error: 'on_activte' is not a Mattermost hook; did you mean on_activate?\n"


def test_markdown_is_the_reference(capsys: pytest.CaptureFixture[str]) -> None:
    from mattermost_plugin._reference import render_reference

    status, out, _ = hooks(capsys, "--markdown")
    assert (status, out) == (0, render_reference())


def test_piping_into_a_closed_reader_is_quiet() -> None:
    result = subprocess.run(
        f"{sys.executable} -m mattermost_plugin hooks | head -1", shell=True, capture_output=True, text=True, timeout=60
    )
    assert result.stdout == "Lifecycle\n"
    assert result.stderr == ""
