"""The docs: the generated parts are current, links resolve, code blocks compile, and the walkthrough works."""

from __future__ import annotations

import re
import textwrap
import subprocess
import sys
from pathlib import Path

import pytest

from mattermost_plugin.hooks import ALL_HOOKS

REPO = Path(__file__).resolve().parent.parent
DOCS = REPO / "docs"
PAGES = sorted(DOCS.glob("*.md")) + [REPO / "examples" / "README.md"] + sorted((REPO / "examples").glob("*/README.md"))

FENCE = re.compile(r"```(\w*)\n(.*?)```", re.DOTALL)
LINK = re.compile(r"\]\(([^)#\s]+)(#[^)\s]*)?\)")


def test_every_hook_has_an_entry_with_its_signature_and_version() -> None:
    text = (DOCS / "hooks.md").read_text(encoding="utf-8")
    for hook in ALL_HOOKS:
        entry = text.split(f"### `{hook.method}`\n", 1)[1].split("\n### ", 1)[0]
        assert f"Go: `{hook.go_name}` · since Mattermost **{hook.since}**" in entry
        assert hook.typed_signature() in entry
        assert "| return | meaning |" in entry


@pytest.mark.parametrize("page", PAGES, ids=lambda path: str(path.relative_to(REPO)))
def test_relative_links_resolve(page: Path) -> None:
    for target, _ in LINK.findall(page.read_text(encoding="utf-8")):
        if "://" in target or target.startswith("mailto:"):
            continue
        assert (page.parent / target).exists(), f"{page.relative_to(REPO)} links to {target}, which does not exist"


@pytest.mark.parametrize("page", PAGES, ids=lambda path: str(path.relative_to(REPO)))
def test_python_blocks_compile(page: Path) -> None:
    for language, code in FENCE.findall(page.read_text(encoding="utf-8")):
        if language == "python":
            compile(textwrap.dedent(code), str(page), "exec")


def test_the_getting_started_plugin_and_test_pass_as_written(tmp_path: Path) -> None:
    text = (DOCS / "getting-started.md").read_text(encoding="utf-8")
    blocks = re.findall(r"<!-- docs-test: (\S+) -->\n```python\n(.*?)```", text, re.DOTALL)
    assert [name for name, _ in blocks] == ["plugin.py", "test_plugin.py"]
    for name, code in blocks:
        (tmp_path / name).write_text(code, encoding="utf-8")
    for mode in ("inprocess", "process"):
        result = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--plugin-mode={mode}", "test_plugin.py"],
            cwd=tmp_path, capture_output=True, text=True, timeout=120,
        )
        assert result.returncode == 0, result.stdout + result.stderr


def test_the_commands_in_the_docs_index_exist() -> None:
    from mattermost_plugin.cli import COMMANDS

    text = (DOCS / "README.md").read_text(encoding="utf-8")
    listed = re.findall(r"`mattermost-plugin (\w+)", text)
    assert set(listed) - {"COMMAND"} == set(COMMANDS) - {"--help"}
