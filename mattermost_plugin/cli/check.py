"""Check a plugin before Mattermost runs it.

PLUGIN is a plugin directory (holding plugin.json and plugin.py) or a file,
path/to/plugin.py[:ClassName]. The check reads the source for hook methods that
are misspelt or take the wrong arguments (all of them, not just the first),
imports the plugin and creates it, lists the hooks it implements, validates
plugin.json for `mattermost-plugin bundle` (it must exist, with a valid id and
version; whether min_server_version is new enough for the hooks used), and
finally starts the plugin the way the bundle's bridge does on the server
(python -m mattermost_plugin serve) and asks it which hooks it implements.

It prints one line per problem, like a compiler (file:line: error: ...), and
exits with status 1 when there are errors (or warnings, with --strict).

    mattermost-plugin check .
    mattermost-plugin check examples/word_filter
    mattermost-plugin check plugin.py:WordFilter --no-start
"""

from __future__ import annotations

import argparse
import ast
import inspect
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

HELP = "validate a plugin: hook names and signatures, plugin.json, and a real start"

_ID_PATTERN = re.compile(r"^[a-zA-Z0-9-_.]+$")
_SEMVER = re.compile(
    r"^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$"
)


def configure(parser: argparse.ArgumentParser) -> None:
    """Add ``check``'s arguments."""
    parser.add_argument(
        "plugin",
        nargs="?",
        default=".",
        metavar="PLUGIN",
        help="a plugin directory (with plugin.json) or path/to/plugin.py[:ClassName] (default: .)",
    )
    parser.add_argument("--no-start", action="store_true", help="do not start the plugin process")
    parser.add_argument("--strict", action="store_true", help="treat warnings as errors")


@dataclass
class Finding:
    """One thing the check found."""

    severity: str  # "error", "warning" or "note"
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.severity}: {self.message}"


@dataclass
class Report:
    """Everything ``check`` found about one plugin."""

    findings: list[Finding] = field(default_factory=list)
    plugin_class: Any = None
    manifest: Optional[dict[str, Any]] = None

    def add(self, severity: str, where: str, message: str) -> None:
        self.findings.append(Finding(severity, where, message))

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "warning"]


@dataclass
class Located:
    """Where the plugin is: its file, optional class name, directory and manifest path."""

    file: Path
    class_name: Optional[str]
    directory: Path
    manifest: Optional[Path]


def locate(text: str) -> Located:
    """Resolve the PLUGIN argument (a directory or ``path/to/plugin.py[:ClassName]``)."""
    from mattermost_plugin.cli import CommandError
    from mattermost_plugin.runtime.target import parse_target

    candidate = Path(text)
    if candidate.is_dir():
        manifest = candidate / "plugin.json"
        file = candidate / "plugin.py"
        if not file.is_file():
            python_files = sorted(p.name for p in candidate.glob("*.py") if not p.name.startswith("test_"))
            hint = f" (Python files there: {', '.join(python_files)}; name one: PLUGIN/file.py)" if python_files else ""
            raise CommandError(f"{candidate} has no plugin.py{hint}")
        return Located(file, None, candidate, manifest if manifest.is_file() else None)
    try:
        path, class_name = parse_target(text)
    except ValueError as error:
        raise CommandError(str(error)) from None
    file = Path(path)
    if not file.is_file():
        raise CommandError(f"{path} does not exist" if not file.exists() else f"{path} is not a file")
    manifest = file.parent / "plugin.json"
    return Located(file, class_name, file.parent, manifest if manifest.is_file() else None)


# -- reading the source ------------------------------------------------------


def _base_names(node: ast.ClassDef) -> list[str]:
    names = []
    for base in node.bases:
        if isinstance(base, ast.Name):
            names.append(base.id)
        elif isinstance(base, ast.Attribute):
            names.append(base.attr)
    return names


def plugin_classes(tree: ast.Module) -> list[ast.ClassDef]:
    """Top-level classes that subclass Plugin (directly, or through another class in the file)."""
    found: list[ast.ClassDef] = []
    known = {"Plugin"}
    changed = True
    classes = [node for node in tree.body if isinstance(node, ast.ClassDef)]
    while changed:
        changed = False
        for node in classes:
            if node not in found and any(name in known for name in _base_names(node)):
                found.append(node)
                known.add(node.name)
                changed = True
    return found


def _decorator_names(node: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    names = set()
    for decorator in node.decorator_list:
        if isinstance(decorator, ast.Name):
            names.add(decorator.id)
        elif isinstance(decorator, ast.Attribute):
            names.add(decorator.attr)
    return names


def _signature(arguments: ast.arguments) -> inspect.Signature:
    """The signature a ``def`` line declares (names, kinds and which have defaults; no annotations)."""
    given = object()
    P = inspect.Parameter
    positional = [(arg, P.POSITIONAL_ONLY) for arg in arguments.posonlyargs] + [
        (arg, P.POSITIONAL_OR_KEYWORD) for arg in arguments.args
    ]
    first_default = len(positional) - len(arguments.defaults)
    parameters = [
        P(arg.arg, kind, default=given if index >= first_default else P.empty)
        for index, (arg, kind) in enumerate(positional)
    ]
    if arguments.vararg is not None:
        parameters.append(P(arguments.vararg.arg, P.VAR_POSITIONAL))
    for arg, default in zip(arguments.kwonlyargs, arguments.kw_defaults):
        parameters.append(P(arg.arg, P.KEYWORD_ONLY, default=P.empty if default is None else given))
    if arguments.kwarg is not None:
        parameters.append(P(arguments.kwarg.arg, P.VAR_KEYWORD))
    return inspect.Signature(parameters)


def source_findings(file: Path, source: str, report: Report) -> None:
    """Every misspelt hook method and wrong signature in the file, with line numbers.

    The rules are the ones applied when the class is created (``mattermost_plugin._plugin``);
    reading the source first reports every mistake at once, with its line.
    """
    from mattermost_plugin._plugin import hook_method_problem, misspelt_hook_problem
    from mattermost_plugin.hooks import BY_METHOD

    try:
        tree = ast.parse(source, str(file))
    except SyntaxError:
        return  # the import below reports it with its position
    for cls in plugin_classes(tree):
        for node in cls.body:
            if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) or node.name.startswith("_"):
                continue
            where = f"{file}:{node.lineno}"
            hook = BY_METHOD.get(node.name)
            if hook is None:
                problem = misspelt_hook_problem(cls.name, node.name)
            elif _decorator_names(node) & {"staticmethod", "classmethod", "property"}:
                problem = hook_method_problem(cls.name, hook, None)
            else:
                problem = hook_method_problem(cls.name, hook, _signature(node.args))
            if problem is not None:
                report.add("error", where, problem)


# -- importing ---------------------------------------------------------------


def load(located: Located, report: Report) -> Any:
    """Import the plugin class; on failure add an error (unless the source check already explained it)."""
    from mattermost_plugin._exceptions import PluginLoadError
    from mattermost_plugin.runtime.loader import load_plugin_class

    try:
        return load_plugin_class(str(located.file), located.class_name)
    except PluginLoadError as error:
        from mattermost_plugin._exceptions import PluginDefinitionError

        if isinstance(error.__cause__, PluginDefinitionError) and report.errors:
            return None  # the same mistake, already reported with its line number
        report.add("error", str(located.file), str(error))
        return None


def class_findings(plugin_class: Any, file: Path, report: Report) -> None:
    """Create the plugin once, as the process does."""
    try:
        plugin_class()
    except Exception as error:  # noqa: BLE001 - reported
        report.add(
            "error",
            str(file),
            f"{plugin_class.__name__}() raised {type(error).__name__}: {error}. Mattermost creates the plugin with "
            "no arguments; move set-up that can fail into on_activate.",
        )
    if not plugin_class.implemented():
        report.add(
            "warning",
            str(file),
            f"{plugin_class.__name__} implements no hooks, so Mattermost will never call it "
            "(`mattermost-plugin hooks` lists the methods you can define)",
        )


# -- plugin.json -------------------------------------------------------------


def manifest_findings(located: Located, plugin_class: Any, report: Report) -> None:
    """Validate plugin.json the way Mattermost does, plus what a Python plugin needs."""
    from mattermost_plugin.hooks import BY_GO_NAME

    if located.manifest is None:
        report.add(
            "error",
            str(located.directory / "plugin.json"),
            "missing: a plugin needs a plugin.json manifest next to its code to be bundled (`mattermost-plugin new` writes one)",
        )
        return
    where = str(located.manifest)
    try:
        manifest = json.loads(located.manifest.read_text(encoding="utf-8"))
    except ValueError as error:
        report.add("error", where, f"not valid JSON: {error}")
        return
    if not isinstance(manifest, dict):
        report.add("error", where, "must hold a JSON object")
        return
    report.manifest = manifest
    for problem in identity_problems(manifest):
        report.add("error", where, problem)
    if not manifest.get("name"):
        report.add("warning", where, 'has no "name"; the System Console shows the id instead')
    server = manifest.get("server")
    if server is not None and not isinstance(server, dict):
        report.add("error", where, '"server" must be an object; leave it out, `mattermost-plugin bundle` writes it')
    elif isinstance(server, dict):
        if "executable" in server:
            report.add(
                "warning",
                where,
                f"server.executable ({server['executable']!r}) is not used: `mattermost-plugin bundle` names the Go bridge "
                "that starts the plugin in server.executables; remove it (and plugin.sh)",
            )
        if "executables" in server:
            report.add(
                "warning",
                where,
                "server.executables is replaced by `mattermost-plugin bundle` with the bridge's binaries; remove it",
            )
    minimum = manifest.get("min_server_version")
    if plugin_class is not None and isinstance(minimum, str) and _SEMVER.match(minimum):
        for name in plugin_class.implemented():
            hook = BY_GO_NAME[name]
            if hook.newer_than(minimum.lstrip("v")):
                report.add(
                    "warning",
                    where,
                    f"{hook.method} ({name}) is called only by Mattermost {hook.since} and later, but "
                    f'min_server_version is {minimum}: raise it to "{_semver(hook.since)}", or expect the hook '
                    "never to run on older servers",
                )


def identity_problems(manifest: dict[str, Any]) -> list[str]:
    """What keeps a manifest from being bundled and installed: its id and versions, by Mattermost's rules."""
    problems = []
    plugin_id = manifest.get("id")
    if not isinstance(plugin_id, str) or not plugin_id:
        problems.append('has no "id"; add one like "com.example.my-plugin"')
    elif not (3 <= len(plugin_id) <= 190 and _ID_PATTERN.match(plugin_id)):
        problems.append(f'"id" {plugin_id!r} is not valid: Mattermost wants 3 to 190 letters, digits, "-", "_" or "."')
    if manifest.get("version") is None:
        problems.append('has no "version"; add one like "0.1.0" (the bundle is named <id>-<version>.tar.gz)')
    for key in ("version", "min_server_version"):
        value = manifest.get(key)
        if value is not None and (not isinstance(value, str) or not _SEMVER.match(value)):
            problems.append(f'"{key}" {value!r} is not a semantic version; write it like "1.2.0"')
    return problems


def _semver(version: str) -> str:
    from mattermost_plugin._hook import version_tuple

    parts = list(version_tuple(version)) + [0, 0, 0]
    return ".".join(str(part) for part in parts[:3])


# -- starting it -------------------------------------------------------------


def start_findings(located: Located, plugin_class: Any, report: Report) -> Optional[str]:
    """Start the plugin like Mattermost and compare what it reports; return a summary line."""
    from mattermost_plugin._exceptions import HarnessError
    from mattermost_plugin.runtime.target import format_target
    from mattermost_plugin.testing.host import HOST_START_TIMEOUT, PluginHost

    how = f"python -m mattermost_plugin serve {located.file}"
    target = format_target(located.file.resolve(), located.class_name)
    host = PluginHost(target, cwd=str(located.directory), start_timeout=10.0)
    try:
        host.start()
    except HarnessError as error:
        report.add("error", str(located.file), f"starting {how} failed: {error}")
        return None
    try:
        from mattermost_plugin.protocol import hooks_pb2

        rpc = host.channel.unary_unary(  # type: ignore[union-attr]
            "/mattermost.plugin.v1.PluginHooks/Implemented",
            request_serializer=hooks_pb2.ImplementedRequest.SerializeToString,
            response_deserializer=hooks_pb2.ImplementedResponse.FromString,
        )
        served = list(rpc(hooks_pb2.ImplementedRequest(), timeout=10).hooks)
    except Exception as error:  # noqa: BLE001 - reported
        host.close()
        report.add("error", str(located.file), f"{how} started but did not answer Implemented: {error}")
        return None
    host.close()
    seconds = host.startup_seconds or 0.0
    if seconds > HOST_START_TIMEOUT:
        report.add(
            "error",
            str(located.file),
            f"{how} took {seconds:.1f}s to print its handshake; Mattermost gives up after {HOST_START_TIMEOUT:g}s",
        )
    failures = [entry for entry in host.logs if entry.level == "error"]
    if plugin_class is not None and served != plugin_class.implemented():
        detail = f" ({failures[0].message})" if failures else ""
        report.add(
            "error",
            str(located.file),
            f"started with {how}, the plugin reports {', '.join(served) or 'no hooks'} instead of "
            f"{', '.join(plugin_class.implemented())}{detail}",
        )
    return f"started with {how}: handshake after {seconds:.2f}s, Implemented = {', '.join(served) or 'none'}"


def check(text: str, start: bool = True) -> tuple[Report, list[str]]:
    """Run every check on the PLUGIN argument; return the report and the summary lines."""
    located = locate(text)
    report = Report()
    summary: list[str] = []
    source = located.file.read_text(encoding="utf-8", errors="replace")
    source_findings(located.file, source, report)
    plugin_class = load(located, report)
    report.plugin_class = plugin_class
    if plugin_class is not None:
        class_findings(plugin_class, located.file, report)
        from mattermost_plugin.hooks import BY_GO_NAME

        names = plugin_class.implemented()
        summary.append(f"{located.file}: {plugin_class.__name__} implements {len(names)} hook{'s' if len(names) != 1 else ''}")
        for name in names:
            hook = BY_GO_NAME[name]
            summary.append(f"  {hook.method:<40} {name:<36} {hook.since}+  {hook.semantics.value}")
    manifest_findings(located, plugin_class, report)
    if report.manifest is not None:
        m = report.manifest
        summary.append(
            f"{located.manifest}: {m.get('id', '?')} {m.get('version', '')}".rstrip()
            + (f", min_server_version {m['min_server_version']}" if m.get("min_server_version") else "")
        )
    if start and plugin_class is not None and not report.errors:
        line = start_findings(located, plugin_class, report)
        if line:
            summary.append(line)
    return report, summary


def run(args: argparse.Namespace) -> int:
    """Print the findings; exit 1 when there are errors (or warnings with --strict)."""
    os.environ.setdefault("GRPC_VERBOSITY", "ERROR")  # before gRPC loads: no C-core info lines
    report, summary = check(args.plugin, start=not args.no_start)
    for line in summary:
        print(line)
    for finding in report.findings:
        print(finding)
    errors, warnings = len(report.errors), len(report.warnings)
    failed = errors > 0 or (args.strict and warnings > 0)
    if errors or warnings:
        parts = []
        if errors:
            parts.append(f"{errors} error{'s' if errors != 1 else ''}")
        if warnings:
            parts.append(f"{warnings} warning{'s' if warnings != 1 else ''}")
        print(("FAILED: " if failed else "OK, with ") + " and ".join(parts) + ".")
    else:
        print("OK: no problems found.")
    return 1 if failed else 0
