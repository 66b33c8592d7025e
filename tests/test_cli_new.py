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


def test_the_project_has_a_manifest_a_launcher_a_plugin_and_tests(project: Path) -> None:
    files = sorted(str(path.relative_to(project)) for path in project.rglob("*") if path.is_file())
    assert files == [
        ".gitignore",
        "README.md",
        "plugin.json",
        "plugin.py",
        "plugin.sh",
        "pyproject.toml",
        "requirements-dev.txt",
        "requirements.txt",
        "tests/test_plugin.py",
    ]
    manifest = json.loads((project / "plugin.json").read_text())
    assert manifest["id"] == "com.example.demo"
    assert manifest["server"] == {"executable": "plugin.sh"}
    assert os.access(project / "plugin.sh", os.X_OK)
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


def test_the_generated_project_checks_clean_and_starts_through_its_launcher(project: Path) -> None:
    result = cli("check", ".", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "started with plugin.sh (server.executable)" in result.stdout
    assert result.stdout.rstrip().endswith("OK: no problems found.")


def test_the_launcher_is_what_mattermost_starts(project: Path) -> None:
    # Started by hand (no magic cookie), the runtime explains itself and exits 1.
    result = subprocess.run(
        [str(project / "plugin.sh")],
        env=dict(os.environ, MATTERMOST_PLUGIN_PYTHON=sys.executable),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "This is a Mattermost plugin" in result.stderr


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
