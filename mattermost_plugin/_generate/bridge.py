"""Render the Go bridge's per-hook files, ``mattermost_plugin/bridge/hook_*.go``.

Each hook but those in :data:`HAND_WRITTEN` gets one file holding the Go method Mattermost calls on the
bridge: it marshals the Go arguments into the hook's request (models as the
JSON ``encoding/json`` writes), calls the Python process, and turns the
response into the Go results. Each file is compiled only under its build tag
(``hook_MessageWillBePosted``), so a bundle's bridge has exactly the methods of
the hooks its Python class defines, and Mattermost, which finds a plugin's hooks
by reflection on the Go type, calls nothing else. The tag ``allhooks`` compiles
every file (the bridge's own tests use it).

The Go code follows only the Go types of each hook (from
:meth:`~mattermost_plugin._hook.Hook.go_results` and
:attr:`~mattermost_plugin._hook.Param.go_type`) and its proto fields; a Go test
checks every method against ``plugin.Hooks`` by reflection.
"""

from __future__ import annotations

from pathlib import Path

from mattermost_plugin._hook import API_BROKER_FIELD, Hook, Param
from mattermost_plugin.hooks import ALL_HOOKS

from . import ROOT, Outputs

DIRECTORY = ROOT / "mattermost_plugin" / "bridge"
PREFIX = "hook_"
HAND_WRITTEN = frozenset({"OnActivate", "ServeHTTP", "ServeMetrics", "FileWillBeUploaded"})
"""Hooks whose bridge method is written by hand: OnActivate in ``bridge.go`` (it also reports a failed
start), and the streaming hooks, which read and write Go's http.ResponseWriter, *http.Request and the
upload's io.Reader and io.Writer (``hook_serve_http.go``, ``hook_serve_metrics.go``,
``hook_file_will_be_uploaded.go``, under the same build tags, with ``streams.go``)."""
HEADER = "// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT."

_INITIALISMS = {"id", "url", "ip", "http", "api", "json", "uri", "ssl", "tls", "saml", "html"}


def go_field(name: str) -> str:
    """A proto field's name in the Go code protoc-gen-go writes: ``new_post`` -> ``NewPost``."""
    return "".join(part[:1].upper() + part[1:] for part in name.split("_"))


def go_struct_field(name: str) -> str:
    """A model attribute's Go struct field, with Go's initialisms: ``site_url`` -> ``SiteURL``."""
    return "".join(part.upper() if part in _INITIALISMS else part[:1].upper() + part[1:] for part in name.split("_"))


def go_variable(name: str) -> str:
    """A Go parameter name for a hook parameter: ``new_post`` -> ``newPost``."""
    field = go_field(name)
    return field[:1].lower() + field[1:]


def _argument(param: Param) -> str:
    """The request field's value for a Go argument."""
    variable = go_variable(param.name)
    go_type = param.go_type
    if param.model is None:
        return variable if go_type in ("string", "int64", "bool") else f"string({variable})"
    if param.is_list:
        return f"marshalList({variable})"
    return f"marshal({variable})" if go_type.startswith("*") else f"marshal(&{variable})"


def _zero(go_type: str) -> str:
    if go_type == "string":
        return '""'
    if go_type in ("int64", "int"):
        return "0"
    if go_type == "bool":
        return "false"
    if go_type.startswith(("*", "[]")) or go_type in ("error",):
        return "nil"
    return f"{go_type}{{}}"


def _results(hook: type[Hook]) -> tuple[list[str], list[str]]:
    """Go statements that decode the response (setting ``err`` on failure) and the result expressions."""
    fields = {name: kind for kind, name in hook.response_fields_proto()}
    statements: list[str] = []
    values: list[str] = []
    for index, go_type in enumerate(hook.go_results()):
        if go_type == "error":
            values.append("errorOf(out.Error)")
        elif go_type == "*model.AppError":
            values.append("appErrorOf(out.Error)")
        elif go_type == "string":
            values.append("out.Rejection")
        elif fields.get(hook.result_field, "").startswith(("int", "bool")):
            values.append(f"out.{go_field(hook.result_field)}")
        else:
            variable = f"r{index}"
            raw = f"out.{go_field(hook.result_field)}"
            if go_type.startswith("[]*"):
                sent = hook.params[-1] if hook.params and hook.params[-1].is_list else None
                if sent is not None and sent.go_type == go_type:
                    decode = f"decodeReplacement(in.{go_field(sent.name)}, {go_variable(sent.name)}, {raw}, &{variable})"
                else:
                    decode = f"decodeList({raw}, &{variable})"
                statements.append(f"\tvar {variable} {go_type}")
            elif go_type.startswith("*"):
                decode = f"decodePointer({raw}, &{variable})"
                statements.append(f"\tvar {variable} {go_type}")
            else:
                decode = f"decodeValue({raw}, &{variable})"
                statements.append(f"\tvar {variable} {go_type}")
            statements.append(f"\tif err == nil {{\n\t\terr = {decode}\n\t}}")
            values.append(variable)
    return statements, values


def render_hook(hook: type[Hook]) -> str:
    """The Go file for one hook."""
    params = (["c *plugin.Context"] if hook.context else []) + [f"{go_variable(p.name)} {p.go_type}" for p in hook.params]
    results = list(hook.go_results())
    result_text = "" if not results else f" {results[0]}" if len(results) == 1 else f" ({', '.join(results)})"
    fields = (["Context: pluginContext(c)"] if hook.context else []) + [
        f"{go_field(p.name)}: {_argument(p)}" for p in hook.params
    ]
    fill_lines: list[str] = []
    for param in hook.params:
        for name in param.fill:
            variable, holder = go_variable(name), go_variable(param.name)
            fill_lines.append(f'\t{variable} := ""\n\tif {holder} != nil {{\n\t\t{variable} = string({holder}.{go_struct_field(name)})\n\t}}')
            fields.append(f"{go_field(name)}: {variable}")
    if hook.hands_over_api:
        fields.append(f"{go_field(API_BROKER_FIELD)}: b.apiBrokerID")
    uses_model = any("model." in text for text in params + results)
    uses_saml = any("saml2." in text for text in params + results)
    imports = []
    if uses_saml:
        imports.append('\tsaml2 "github.com/mattermost/gosaml2"')
    if uses_model:
        imports.append('\t"github.com/mattermost/mattermost/server/public/model"')
    if hook.context:
        imports.append('\t"github.com/mattermost/mattermost/server/public/plugin"')
    imports.extend(["", '\t"mattermost-plugin/bridge/pb"'])
    statements, values = _results(hook)
    first = (hook.__doc__ or "").strip().splitlines()[0].replace("``", "`")
    request = f"&pb.{hook.go_name}Request{{" + ", ".join(fields) + "}" if fields else f"&pb.{hook.go_name}Request{{}}"
    lines = [
        HEADER,
        "",
        f"//go:build hook_{hook.go_name} || allhooks",
        "",
        "package main",
        "",
        "import (",
        *([line for line in imports if line] if imports[0] == "" else imports),
        ")",
        "",
        f"// {hook.go_name} forwards the hook to the Python plugin (ID {hook.id}, since {hook.since}, {hook.semantics.value}):",
        f"// {first}",
        f"func (b *Bridge) {hook.go_name}({', '.join(params)}){result_text} {{",
        *fill_lines,
        f"\tin := {request}",
        f"\tout, err := b.hooks.{hook.go_name}(b.callContext(), in)",
        *statements,
        "\tif err != nil {",
        f'\t\tb.callFailed("{hook.go_name}", err)',
    ]
    if results:
        zeros = [_zero(kind) for kind in results]
        if hook.go_unchanged:  # in Go, nil rejects: keeping the object returns it
            zeros[0] = go_variable(hook.go_unchanged)
        lines.append(f"\t\treturn {', '.join(zeros)}")
        lines.append("\t}")
        for param in hook.params:
            if param.fill and param.model is hook.returns:  # Go hides these from JSON: the replacement keeps the argument's
                lines.append(f"\tif {values[0]} != nil && {go_variable(param.name)} != nil {{")
                lines.extend(
                    f"\t\t{values[0]}.{go_struct_field(name)} = {go_variable(param.name)}.{go_struct_field(name)}" for name in param.fill
                )
                lines.append("\t}")
        if hook.go_unchanged:
            lines.append(f"\tif {values[0]} == nil && {values[1]} == \"\" {{")
            lines.append(f"\t\t{values[0]} = {zeros[0]}")
            lines.append("\t}")
        lines.append(f"\treturn {', '.join(values)}")
    else:
        lines.append("\t}")
    lines.append("}")
    text = "\n".join(line for line in lines if line is not None) + "\n"
    if "out." not in text:
        text = text.replace("\tout, err :=", "\t_, err :=")
    return text


def path_for(hook: type[Hook]) -> Path:
    """Where the hook's Go file lives."""
    return DIRECTORY / f"{PREFIX}{hook.method}.go"


def generated_files() -> list[Path]:
    """The generated per-hook Go files on disk (the hand-written ones do not start with the header)."""
    return sorted(path for path in DIRECTORY.glob(f"{PREFIX}*.go") if path.read_text(encoding="utf-8").startswith(HEADER))


def render(done: Outputs) -> Outputs:
    """One Go file per hook, but those written by hand."""
    return {path_for(hook): render_hook(hook).encode("utf-8") for hook in ALL_HOOKS if hook.go_name not in HAND_WRITTEN}


__all__ = ["DIRECTORY", "HAND_WRITTEN", "generated_files", "go_field", "render", "render_hook"]
