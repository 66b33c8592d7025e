"""`mattermost-plugin new`: the generated project's tests pass as generated, and it checks clean."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mattermost_plugin.cli import main
from mattermost_plugin.cli.new import names


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mattermost_plugin", *args], cwd=cwd, capture_output=True, text=True, timeout=180
    )


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("new")
    result = cli("new", "demo", cwd=root)
    assert result.returncode == 0, result.stderr
    assert "Created demo" in result.stdout
    return root / "demo"


def test_the_project_has_a_manifest_a_plugin_and_tests(project: Path) -> None:
    files = sorted(str(path.relative_to(project)) for path in project.rglob("*") if path.is_file())
    assert files == [
        ".gitignore",
        "README.md",
        "plugin.json",
        "plugin.py",
        "pyproject.toml",
        "requirements-dev.txt",
        "requirements.txt",
        "tests/test_plugin.py",
    ]
    manifest = json.loads((project / "plugin.json").read_text())
    assert manifest["id"] == "com.example.demo"
    assert "server" not in manifest  # `mattermost-plugin bundle` writes it
    assert "class DemoPlugin(Plugin)" in (project / "plugin.py").read_text()


@pytest.mark.parametrize("mode", ["inprocess", "process"])
def test_the_generated_tests_pass_with_a_plain_pytest(project: Path, mode: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--plugin-mode={mode}"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "6 passed" in result.stdout


def test_the_generated_project_checks_clean_and_starts(project: Path) -> None:
    result = cli("check", ".", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "started with python -m mattermost_plugin serve" in result.stdout
    assert result.stdout.rstrip().endswith("OK: no problems found.")


def test_running_the_plugin_file_by_hand_explains_itself(project: Path) -> None:
    # Not started by a Mattermost server (no magic cookie): it says how to try it, and exits 1.
    result = subprocess.run([sys.executable, "plugin.py"], cwd=project, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "This is a Mattermost plugin" in result.stderr


def test_the_generated_project_bundles_into_a_plugin_that_serves(
    project: Path, bundle_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bundling import HERE, extract, implemented_when_served

    from mattermost_plugin._bundle import build_bundle

    bundle = build_bundle(project, tmp_path / "demo.tar.gz", platforms=["linux-amd64"], pythons=[HERE], cache_dir=bundle_cache)
    root = extract(bundle.path, tmp_path / "unpacked")
    assert json.loads((root / "plugin.json").read_text())["server"] == {"executables": {"linux-amd64": "server/dist/plugin-linux-amd64"}}
    assert sorted(path.name for path in (root / "server" / "python").iterdir()) == ["README.md", "plugin.py", "pyproject.toml"]
    assert sorted(bundle.hooks) == ["ExecuteCommand", "MessageWillBePosted", "OnActivate"]
    assert implemented_when_served(root, monkeypatch) == list(bundle.hooks)


def test_new_refuses_a_non_empty_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "taken").mkdir()
    (tmp_path / "taken" / "file.txt").write_text("x")
    assert main(["new", "taken", "--directory", str(tmp_path / "taken")]) == 1
    assert "already exists and is not empty (use --force" in capsys.readouterr().err


def test_new_takes_an_id_and_rejects_a_bad_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", "Fancy Thing", "--directory", str(tmp_path / "a"), "--id", "org.acme.fancy"]) == 0
    assert json.loads((tmp_path / "a" / "plugin.json").read_text())["id"] == "org.acme.fancy"
    assert "class FancyThingPlugin(Plugin)" in (tmp_path / "a" / "plugin.py").read_text()
    assert main(["new", "x", "--directory", str(tmp_path / "b"), "--id", "no spaces"]) == 1
    assert "is not a valid plugin id" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("name", "class_name", "slug"),
    [("demo", "DemoPlugin", "demo"), ("word-guard", "WordGuardPlugin", "word-guard"), ("3d printer", "Plugin3dPrinterPlugin", "3d-printer"), ("MyPlugin", "MyPlugin", "myplugin")],
)
def test_names(name: str, class_name: str, slug: str) -> None:
    assert names(name)["class_name"] == class_name
    assert names(name)["slug"] == slug
