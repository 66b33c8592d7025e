"""Bundles, loaded into Mattermost's own plugin environment.

``mattermost_plugin._bundle.build_bundle`` (what ``mattermost-plugin bundle``
runs) builds each bundle for this machine's platform and Python; the Go
package ``tests/conformance/server`` then installs it into a plugins folder and
drives it through ``plugin.NewEnvironment`` from Mattermost's server/public
module: the code a Mattermost server runs to load plugins, start them through
its supervisor over net/rpc and call their hooks.
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mattermost_plugin._bundle import build_bundle

ROOT = Path(__file__).resolve().parent.parent
MODULE = ROOT / "tests" / "conformance"
PLATFORM = {"x86_64": "linux-amd64", "aarch64": "linux-arm64"}.get(platform.machine(), "")
PYTHON = f"{sys.version_info[0]}.{sys.version_info[1]}"


def base_interpreter() -> str:
    """This Python outside the virtualenv: the bundle must bring everything it imports."""
    candidate = Path(sys.base_prefix) / "bin" / f"python{PYTHON}"
    return str(candidate if candidate.exists() else Path(sys.base_prefix) / "bin" / "python3")


def run_server_test(bundle: Path, pattern: str) -> str:
    if shutil.which("go") is None:
        if os.environ.get("CI"):
            pytest.fail("Go is not installed; CI must load bundles into Mattermost's plugin environment (install Go 1.26+)")
        pytest.skip("Go is not installed (install Go 1.26+ to load bundles into Mattermost's plugin environment)")
    env = {**os.environ, "SERVER_BUNDLE": str(bundle), "MATTERMOST_PLUGIN_PYTHON": base_interpreter()}
    result = subprocess.run(
        ["go", "test", "-count=1", "-v", "-run", pattern, "./server/"],
        cwd=MODULE,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    output = result.stdout + result.stderr
    summary = "\n".join(line for line in output.splitlines() if not line.lstrip().startswith("{"))
    print(summary[-20000:])
    assert result.returncode == 0, f"the server test failed:\n{summary[-8000:]}"
    return summary


@pytest.fixture(scope="module")
def platform_name() -> str:
    if not PLATFORM or sys.platform != "linux":
        pytest.skip(f"Mattermost's plugin environment is tested on linux-amd64 and linux-arm64, not {sys.platform}/{platform.machine()}")
    return PLATFORM


def test_every_hook_runs_through_mattermosts_plugin_environment(tmp_path: Path, platform_name: str) -> None:
    bundle = build_bundle(ROOT / "examples" / "every_hook", tmp_path / "every-hook.tar.gz", platforms=[platform_name], pythons=[PYTHON])
    output = run_server_test(bundle.path, "TestEveryHookHasACase|TestActivates|TestServer|TestActivationFailuresSayWhatToDo")
    for name in ("TestEveryHookHasACase", "TestActivates", "TestServer", "TestActivationFailuresSayWhatToDo"):
        assert f"--- PASS: {name} " in output
    assert "--- SKIP" not in output


def test_a_new_project_bundles_into_a_plugin_mattermost_activates(tmp_path: Path, platform_name: str) -> None:
    from mattermost_plugin.cli import main

    assert main(["new", "demo", "--directory", str(tmp_path / "demo")]) == 0
    bundle = build_bundle(tmp_path / "demo", tmp_path / "demo.tar.gz", platforms=[platform_name], pythons=[PYTHON])
    output = run_server_test(bundle.path, "TestActivates")
    assert "--- PASS: TestActivates " in output
