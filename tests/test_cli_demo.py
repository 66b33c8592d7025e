"""`mattermost-plugin demo`: a plugin's whole life through the real process protocol, no server."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def demo(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mattermost_plugin", "demo", *args], capture_output=True, text=True, timeout=120
    )


def test_the_demo_runs_the_moderator_end_to_end() -> None:
    result = demo()
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "Starting the plugin the way the Mattermost server does (hashicorp/go-plugin):" in out
    assert "1|1|unix|" in out
    assert "Implemented: OnActivate, OnDeactivate, OnConfigurationChange, ExecuteCommand, MessageWillBePosted, MessageHasBeenPosted" in out
    lines = [" ".join(line.split()) for line in out.splitlines()]
    for expected in [
        "OnConfigurationChange -> ok",
        "OnActivate -> ok",
        "alice: 'Hello, team! The release is ready.' -> allowed",
        "bob: 'This darn build is broken again' -> rejected: 'Please keep it friendly (no darn).'",
        "carol: ' ship it :) ' -> replaced: 'ship it :slightly_smiling_face:'",
        "carol: 'ship it :)' -> dismissed silently",
        "alice: /stats -> reply to everyone in the channel: 'Posts so far: alice 1, carol 1, bob 1'",
        "bob: /stats me -> reply to only the caller: 'You have posted 1 message(s).'",
        "bob: /stats reset -> AppError 403: 'Only a system admin can reset the statistics.'",
        "OnDeactivate -> ok",
        "plugin log [info] plugin.Moderator: moderator deactivated after 3 posts",
        "the process exited with status 0",
        "- dismissed 1 post(s) silently",
        "- failed 1 slash command(s) with an AppError",
    ]:
        assert expected in lines, f"{expected!r} not in the demo's output:\n{out}"
    assert result.stderr == ""


def test_the_demo_with_auto_mtls() -> None:
    result = demo("--mtls", "--quiet-logs")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "AutoMTLS: the plugin answered with its own certificate" in result.stdout
    assert "plugin log" not in result.stdout


def test_the_demo_script_against_another_plugin_skips_what_it_does_not_implement() -> None:
    result = demo("--plugin", str(REPO / "examples" / "word_filter" / "plugin.py"))
    assert result.returncode == 0, result.stdout + result.stderr
    lines = [" ".join(line.split()) for line in result.stdout.splitlines()]
    assert "bob: 'This darn build is broken again' -> replaced: 'This d*** build is broken again'" in lines
    assert "alice: /stats -> ExecuteCommand not implemented, not called" in lines


def test_a_plugin_that_does_not_start_is_a_one_line_error(tmp_path: Path) -> None:
    broken = tmp_path / "broken.py"
    broken.write_text("raise ImportError('missing dependency: requests')\n")
    result = demo("--plugin", str(broken))
    assert result.returncode == 1
    assert "mattermost_plugin: error: the plugin did not start: cannot import" in result.stderr
    assert "missing dependency: requests" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_demos_last_line_works_in_a_fresh_shell(tmp_path: Path) -> None:
    # A fresh shell: the virtualenv is not activated, so its scripts are not on PATH.
    fresh = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    if "PYTHONDONTWRITEBYTECODE" in os.environ:  # as the suite runs: no bytecode written into the checkout
        fresh["PYTHONDONTWRITEBYTECODE"] = os.environ["PYTHONDONTWRITEBYTECODE"]
    result = subprocess.run(
        [sys.executable, "-m", "mattermost_plugin", "demo", "--quiet-logs"],
        cwd=tmp_path, env=fresh, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    last = result.stdout.rstrip().splitlines()[-1]
    assert last.startswith("Write your own: ") and "mattermost-plugin new my-plugin && cd my-plugin && pytest" in last
    command = last[len("Write your own: "):]
    ran = subprocess.run(["bash", "-c", command], cwd=tmp_path, env=fresh, capture_output=True, text=True, timeout=300)
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert "6 passed" in ran.stdout
