"""Bundles, loaded into Mattermost's own plugin environment.

``mattermost_plugin._bundle.build_bundle`` (what ``mattermost-plugin bundle``
runs) builds each bundle for this machine's platform and Python; the Go
package ``tests/conformance/server`` then installs it into a plugins folder and
drives it through ``plugin.NewEnvironment`` from Mattermost's server/public
module: the code a Mattermost server runs to load plugins, start them through
its supervisor over net/rpc and call their hooks.
"""

from __future__ import annotations

import json
import os
import platform
import re
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


def need_go() -> None:
    if shutil.which("go") is None:
        if os.environ.get("CI"):
            pytest.fail("Go is not installed; CI must load bundles into Mattermost's plugin environment (install Go 1.26+)")
        pytest.skip("Go is not installed (install Go 1.26+ to load bundles into Mattermost's plugin environment)")


def run_server_test(bundle: Path, pattern: str, variable: str = "SERVER_BUNDLE") -> str:
    need_go()
    env = {**os.environ, variable: str(bundle), "MATTERMOST_PLUGIN_PYTHON": base_interpreter()}
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


@pytest.fixture(scope="module")
def api_bundle(tmp_path_factory: pytest.TempPathFactory, platform_name: str) -> Path:
    """The bundle of tests/api_plugin."""
    folder = tmp_path_factory.mktemp("api-bundle")
    return build_bundle(ROOT / "tests" / "api_plugin", folder / "api.tar.gz", platforms=[platform_name], pythons=[PYTHON]).path


def test_a_python_plugin_calls_the_plugin_api_as_a_go_plugin_does(api_bundle: Path) -> None:
    """tests/api_plugin calls the API from every kind of hook, its helpers (KV, bots, commands, cluster events,
    settings), and every one of its methods through both clients."""
    output = run_server_test(api_bundle, "TestAPI$|TestAPIHelpers|TestEveryAPIMethod", variable="API_BUNDLE")
    for name in ("TestAPI", "TestAPIHelpers", "TestEveryAPIMethod"):
        assert f"--- PASS: {name} " in output
    for client in ("sync", "async"):
        counted = re.search(rf"{client} client: (\d+) of (\d+) methods called and checked", output)
        assert counted is not None and counted.group(1) == counted.group(2), f"{client} client: not every method was checked"
    assert "--- SKIP" not in output


def test_the_plugin_api_reaches_python_through_automtls(api_bundle: Path, platform_name: str, tmp_path: Path) -> None:
    """With the bridge built with go-plugin's AutoMTLS, the API's broker connection is mutual TLS too."""
    need_go()
    subprocess.run(["tar", "-xzf", str(api_bundle), "-C", str(tmp_path)], check=True)
    (plugin,) = [folder for folder in tmp_path.iterdir() if folder.is_dir()]
    hooks = json.loads((plugin / "server" / "bundle.json").read_text())["hooks"]
    tags = ",".join(f"hook_{hook}" for hook in hooks if hook != "OnActivate")
    executable = plugin / "server" / "dist" / f"plugin-{platform_name}"
    subprocess.run(
        ["go", "build", "-trimpath", "-tags", tags, "-ldflags", "-s -w -X main.autoMTLS=on", "-o", str(executable), "."],
        cwd=ROOT / "mattermost_plugin" / "bridge",
        check=True,
        timeout=600,
    )
    output = run_server_test(plugin, "TestAPI$", variable="API_BUNDLE")
    assert "--- PASS: TestAPI " in output


def test_web_apps_and_large_bodies_stream_through_mattermosts_plugin_environment(tmp_path: Path, platform_name: str) -> None:
    """tests/web_plugin: a FastAPI and a Flask app serve requests; 100 MB each way with the process's memory flat."""
    bundle = build_bundle(ROOT / "tests" / "web_plugin", tmp_path / "web.tar.gz", platforms=[platform_name], pythons=[PYTHON])
    output = run_server_test(bundle.path, "TestWeb$", variable="WEB_BUNDLE")
    for name in ("TestWeb", "TestWeb/ASGIApp", "TestWeb/WSGIApp", "TestWeb/HundredMegabytesEachWayInFlatMemory"):
        assert f"--- PASS: {name} " in output
    assert "--- SKIP" not in output


def test_a_new_project_bundles_into_a_plugin_mattermost_activates(tmp_path: Path, platform_name: str) -> None:
    from mattermost_plugin.cli import main

    assert main(["new", "demo", "--directory", str(tmp_path / "demo")]) == 0
    bundle = build_bundle(tmp_path / "demo", tmp_path / "demo.tar.gz", platforms=[platform_name], pythons=[PYTHON])
    output = run_server_test(bundle.path, "TestActivates")
    assert "--- PASS: TestActivates " in output
