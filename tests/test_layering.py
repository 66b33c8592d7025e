"""The package's modules import each other in layers, without cycles.

Read from the source (module-level imports, ``TYPE_CHECKING`` blocks left out):
the runtime path (everything a plugin process imports to serve hooks) never
imports the test harness, the CLI, the reference renderer or the generators,
and no two modules import each other, directly or in a ring.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "mattermost_plugin"
HOOKS = ROOT / "hooks"

# Layers a module may not import from, by the module's own package.
FORBIDDEN = {
    "mattermost_plugin._hook": ("mattermost_plugin.testing", "mattermost_plugin.cli", "mattermost_plugin._generate", "mattermost_plugin._reference", "mattermost_plugin._servicer", "mattermost_plugin.runtime"),
    "mattermost_plugin._servicer": ("mattermost_plugin.testing", "mattermost_plugin.cli", "mattermost_plugin._generate", "mattermost_plugin._reference"),
    "mattermost_plugin.runtime": ("mattermost_plugin.testing", "mattermost_plugin.cli", "mattermost_plugin._generate", "mattermost_plugin._reference"),
    "mattermost_plugin.api": ("mattermost_plugin.testing", "mattermost_plugin.cli", "mattermost_plugin._generate", "mattermost_plugin._reference"),
    "mattermost_plugin.models": ("mattermost_plugin.testing", "mattermost_plugin.cli", "mattermost_plugin._generate", "mattermost_plugin._hook", "mattermost_plugin.hooks", "mattermost_plugin._servicer"),
    "mattermost_plugin.hooks": ("mattermost_plugin.testing", "mattermost_plugin.cli", "mattermost_plugin._generate", "mattermost_plugin._servicer", "mattermost_plugin.runtime"),
    "mattermost_plugin.testing": ("mattermost_plugin.cli", "mattermost_plugin._generate"),
}


def module_name(path: Path) -> str:
    if path.is_relative_to(HOOKS):
        parts = ["mattermost_plugin", "hooks", *path.relative_to(HOOKS).with_suffix("").parts]
    else:
        parts = ["mattermost_plugin", *path.relative_to(PACKAGE).with_suffix("").parts]
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    found = {}
    for path in list(PACKAGE.rglob("*.py")) + list(HOOKS.rglob("*.py")):
        if "_pb2" in path.name:
            continue
        found[module_name(path)] = path
    return found


def imports(name: str, path: Path, known: set[str]) -> set[str]:
    """The package's modules that ``name`` imports at module level (not under TYPE_CHECKING)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue
        for child in ast.walk(node) if isinstance(node, (ast.If, ast.Try)) else [node]:
            if isinstance(child, ast.Import):
                targets = [alias.name for alias in child.names]
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    anchor = package.split(".")[: len(package.split(".")) - child.level + 1]
                    base = ".".join(anchor + ([base] if base else []))
                targets = [base] + [f"{base}.{alias.name}" for alias in child.names]
            else:
                continue
            for target in targets:
                while target and target not in known:
                    target = target.rpartition(".")[0]
                if target and target != name:
                    found.add(target)
    return found


def graph() -> dict[str, set[str]]:
    found = modules()
    known = set(found)
    return {name: imports(name, path, known) for name, path in found.items()}


def test_the_graph_sees_imports() -> None:
    edges = graph()
    assert "mattermost_plugin._hook" in edges["mattermost_plugin.hooks.posts"]
    assert "mattermost_plugin.models" in edges["mattermost_plugin.hooks.posts"]
    assert "mattermost_plugin._exceptions" in edges["mattermost_plugin.runtime.broker"]


def test_no_module_imports_itself_through_others() -> None:
    edges = graph()
    # A package's __init__ importing its own submodules is how packages work; a submodule
    # importing its package back (for a name the package defines) is the cycle to catch.
    def own(parent: str, child: str) -> bool:
        return child.startswith(parent + ".")

    cycles = []
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for target in sorted(edges.get(node, ())):
            if own(node, target):
                continue
            if state.get(target) == 1:
                cycles.append(stack[stack.index(target):] + [target])
            elif target not in state:
                visit(target)
        stack.pop()
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node)
    assert not cycles, "import cycles: " + "; ".join(" -> ".join(cycle) for cycle in cycles)


def test_the_runtime_path_does_not_import_tools() -> None:
    edges = graph()
    broken = []
    for name, targets in edges.items():
        for layer, forbidden in FORBIDDEN.items():
            if name == layer or name.startswith(layer + "."):
                broken.extend(f"{name} imports {target}" for target in targets if target.startswith(forbidden))
    assert not broken, "\n".join(broken)


def test_serving_a_plugin_loads_no_tools() -> None:
    """What a plugin process imports, checked in a fresh interpreter."""
    code = (
        "import sys, mattermost_plugin._servicer, mattermost_plugin.runtime.process;"
        "print(sorted(m for m in sys.modules if m.startswith(('mattermost_plugin.testing', 'mattermost_plugin.cli', "
        "'mattermost_plugin._generate', 'mattermost_plugin._reference', 'typeguard', 'dataclasses_json'))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd="/")
    assert result.stdout.strip() == "[]"


def test_the_top_level_exports_every_model_and_no_codec_function() -> None:
    import mattermost_plugin
    from mattermost_plugin import models

    codec = {"DecodeError", "decode", "decode_list", "encode", "from_dict", "to_dict", "MODELS", "GENERATED_MODELS"}
    assert set(models.__all__) - codec <= set(mattermost_plugin.__all__)
    assert not codec & set(mattermost_plugin.__all__)
    for name in mattermost_plugin.__all__:
        assert getattr(mattermost_plugin, name) is not None
