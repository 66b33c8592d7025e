"""Render ``mattermost_plugin/models/generated.py``: the models the plugin API carries.

The hand-written models (``mattermost_plugin.models``: Post, User, Channel,
Config, ...) stay as they are. Every other struct a method of ``plugin.API``
takes or returns, and every struct those reach, gets a dataclass here, with
the same conventions and ``go()`` facts as the hand-written ones, read from the
Go struct by :mod:`.goapi`: attribute names are the JSON keys (the snake_case
Go field name, with ``json=`` the key, where the key is not a lowercase
identifier), every field has Go's zero value as its default, a Go pointer is
``Optional``, a map or slice without ``omitempty`` is ``Optional`` too (Go
writes ``null`` for a nil one), ``[]byte`` is ``bytes``, ``time.Time`` an
RFC 3339 string, and interfaces and ``any`` stay plain JSON values.

A few structs write JSON their fields do not describe (their own
``MarshalJSON``); :data:`JSON_ONLY` adds the keys they write beyond their
fields, so that the models read and write exactly that JSON.
"""

from __future__ import annotations

import functools
import json
import keyword
import re
from dataclasses import dataclass
from typing import Any

from . import ROOT, Outputs
from .goapi import INT_KINDS, SCALAR_KINDS, GoType, snake, spec

PATH = ROOT / "mattermost_plugin" / "models" / "generated.py"
NAMES_PATH = ROOT / "mattermost_plugin" / "_model_names.py"

JSON_ONLY: dict[str, list[str]] = {
    # Bot.MarshalJSON adds whether the bot is one of the server's own (computed, never read back).
    "model.Bot": ["system_owned"],
    # GroupSyncable.MarshalJSON writes the synced team or channel under these keys (its
    # SyncableId and Type are json:"-"); its UnmarshalJSON reads team_id and channel_id.
    "model.GroupSyncable": ["team_id", "team_display_name", "team_type", "channel_id", "channel_display_name", "channel_type", "type"],
}
"""Keys a struct's own ``MarshalJSON`` writes beyond its fields: ``system_owned`` is a
bool, the others strings left out when empty."""

ZERO_TIME = "0001-01-01T00:00:00Z"
"""What encoding/json writes for a zero ``time.Time``."""

_IDENTIFIER = re.compile(r"[a-z_][a-z0-9_]*")
_RESERVED = frozenset({"extra", "to_dict", "to_json", "from_dict", "from_json", "schema", "dataclass_json_config"})
"""Names a model attribute may not take (``Model``'s own)."""

HEADER = '''"""Models of the plugin API: every struct it carries that has no hand-written model.

Generated from the Go structs of github.com/mattermost/mattermost/server/public
({version}) by ``python -m mattermost_plugin._generate``; do not edit. The
conventions are those of the hand-written models (see ``mattermost_plugin.models``).
"""

# This file is generated from Mattermost's Go structs. Regenerate with: python -m mattermost_plugin._generate

from __future__ import annotations

from typing import Any, Optional

from ._base import {kinds}Model, go, model
{imports}'''


@functools.lru_cache(maxsize=1)
def hand_written() -> dict[str, str]:
    """Go struct name -> hand-written Python class (``model.Post`` -> ``Post``)."""
    from mattermost_plugin import models

    names = {f"model.{cls.__name__}": cls.__name__ for cls in models.MODELS}
    names["model.Config"] = "Config"
    return names


def api_types() -> list[GoType]:
    """Every parameter and result type of every API method."""
    return [GoType(value["type"]) for method in spec()["methods"] for value in method["params"] + method["results"]]


@functools.lru_cache(maxsize=1)
def generated_structs() -> dict[str, dict[str, Any]]:
    """The structs to generate, by Go name: those the API reaches without passing a hand-written model."""
    structs = spec()["structs"]
    known = hand_written()
    found: dict[str, dict[str, Any]] = {}

    def visit(t: GoType) -> None:
        if t.kind == "struct":
            name = t.name
            if name in known or name in found or name not in structs:
                return
            found[name] = structs[name]
            for f in structs[name]["fields"]:
                visit(GoType(f["type"]))
        for part in ("elem", "key"):
            if part in t.raw:
                visit(GoType(t.raw[part]))

    for t in api_types():
        visit(t)
    return dict(sorted(found.items()))


def class_name(struct: str) -> str:
    """The Python class of a Go struct (``model.Team`` -> ``Team``), or ``""`` when it has none."""
    known = hand_written()
    if struct in known:
        return known[struct]
    if struct in generated_structs():
        return struct.rpartition(".")[2]
    return ""


def element_type(t: GoType, *, inside: bool = False) -> str:
    """The Python type of a value, or of a value inside a list or map (``inside``); a
    pointer's None is not spelled out. A list or map inside another holds plain JSON
    values (``list[Any]``), as the models' codec reads containers one level deep."""
    t = t.deref()
    kind = t.kind
    if kind in SCALAR_KINDS:
        return _SCALARS[kind]
    if kind in ("bytes",):
        return "bytes"
    if kind == "time":
        return "str"
    if kind in ("slice", "array"):
        return "list[Any]" if inside else f"list[{element_type(t.elem, inside=True)}]"
    if kind == "map":
        return "dict[str, Any]" if inside else f"dict[str, {element_type(t.elem, inside=True)}]"
    if kind == "struct":
        return class_name(t.name) or "Any"
    return "Any"


_SCALARS = {kind: "int" for kind in INT_KINDS} | {"bool": "bool", "string": "str", "float32": "float", "float64": "float"}


@dataclass
class FieldText:
    """One generated field: its attribute, annotation, default and ``go()`` facts."""

    name: str
    annotation: str
    default: str  # a default= or default_factory= argument
    facts: list[str]
    doc: str

    def line(self) -> str:
        if not self.facts and not self.default.startswith("default_factory="):
            return f"    {self.name}: {self.annotation} = {self.default.removeprefix('default=')}"
        return f"    {self.name}: {self.annotation} = go({', '.join([self.default, *self.facts])})"


def quoted(text: str) -> str:
    """``text`` as a double-quoted Python string literal."""
    return json.dumps(text)


def attribute(key: str, go_name: str) -> str:
    """The Python attribute for a JSON key: the key itself when it is a lowercase identifier."""
    name = key if _IDENTIFIER.fullmatch(key) else snake(go_name)
    if keyword.iskeyword(name) or name in _RESERVED:
        name += "_"
    return name


def field_text(owner: str, f: dict[str, Any]) -> FieldText:
    """The generated field for one key of a struct's JSON."""
    t = GoType(f["type"])
    key = f["key"]
    name = attribute(key, f["go_name"])
    omitempty = bool(f["omitempty"])
    if f.get("quoted"):
        raise RuntimeError(f"{owner}.{f['go_name']} uses the ,string JSON option, which the models do not support")
    facts = [f"json={quoted(key)}"] if name != key else []
    kind = t.kind
    nullable = False
    if kind == "pointer":
        inner, nullable, default = t.elem.deref(), True, "default=None"
        annotation = element_type(inner)
    elif kind in SCALAR_KINDS:
        annotation = _SCALARS[kind]
        default = "default=" + {"str": '""', "int": "0", "bool": "False", "float": "0.0"}[annotation]
    elif kind == "time":
        annotation, default = "str", f"default={quoted(ZERO_TIME)}"
    elif kind == "bytes":
        annotation, default = "bytes", 'default=b""'
    elif kind in ("slice", "array", "map"):
        annotation = element_type(t)
        if omitempty:
            default = "default_factory=" + ("dict" if kind == "map" else "list")
        else:
            nullable, default = True, "default=None"
    elif kind == "struct":
        cls = class_name(t.name)
        if cls:
            annotation, default = cls, f"default_factory={cls}"
            omitempty = False  # encoding/json always writes a struct value
        else:
            annotation, default = "Any", "default=None"
    else:  # any, error: a plain JSON value
        annotation, default = "Any", "default=None"
    if nullable and annotation != "Any":
        annotation = f"Optional[{annotation}]"
    if omitempty:
        facts.append("omitempty=True")
    int_kind = INT_KINDS.get(t.deref().kind)
    if int_kind is None and t.deref().kind in ("slice", "array", "map"):
        int_kind = INT_KINDS.get(t.deref().elem.deref().kind)
    if int_kind and int_kind != "int64":
        facts.append(f"int_kind={int_kind.upper()}")
    return FieldText(name, annotation, default, facts, _first_sentence(f.get("doc", "")))


def _first_sentence(doc: str) -> str:
    """A doc comment's first paragraph on one line."""
    text = " ".join(doc.strip().split("\n\n")[0].split())
    return text


def _class_doc(struct: dict[str, Any]) -> str:
    doc = struct.get("doc", "").strip()
    paragraph = " ".join(doc.split("\n\n")[0].split()) if doc else ""
    name = struct["name"]
    text = f"{paragraph.rstrip('.')} (``{name}``)." if paragraph else f"Mattermost's ``{name}``."
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


def _order(structs: dict[str, dict[str, Any]]) -> list[str]:
    """Struct names, each after the structs it holds by value (their class is its field's default)."""
    done: list[str] = []
    seen: set[str] = set()

    def visit(name: str) -> None:
        if name in seen:
            return
        seen.add(name)
        for f in structs[name]["fields"]:
            t = GoType(f["type"])
            if t.kind == "struct" and t.name in structs:
                visit(t.name)
        done.append(name)

    for name in structs:
        visit(name)
    return done


def _imports(text: str) -> str:
    """The import lines for the hand-written models ``text`` uses."""
    from mattermost_plugin import models

    classes: dict[str, type] = {cls.__name__: cls for cls in models.MODELS}
    classes["Config"] = models.Config
    used = sorted(name for name in classes if re.search(rf"\b{name}\b", text))
    by_module: dict[str, list[str]] = {}
    for name in used:
        by_module.setdefault(classes[name].__module__.rpartition(".")[2], []).append(name)
    return "".join(f"from .{module} import {', '.join(names)}\n" for module, names in sorted(by_module.items()))


def render_class(struct: dict[str, Any]) -> str:
    """The dataclass of one struct."""
    name = struct["name"]
    fields = [field_text(name, f) for f in struct["fields"]]
    for key in JSON_ONLY.get(name, []):
        annotation, default = ("bool", "default=False") if key == "system_owned" else ("str", 'default=""')
        facts = ["omitempty=True"] if annotation == "str" else []
        fields.append(FieldText(attribute(key, key), annotation, default, facts, "Written by Go's MarshalJSON, not a struct field."))
    names = [f.name for f in fields]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise RuntimeError(f"{name}: fields {duplicates} map to the same Python attribute")
    lines = ["", "", "@model", f"class {name.rpartition('.')[2]}(Model):", f'    """{_class_doc(struct)}"""', ""]
    for f in fields:
        if f.doc:
            lines.append(f"    #: {f.doc}")
        lines.append(f.line())
    if not fields:
        lines.append("    pass")
    return "\n".join(lines)


def render_text() -> str:
    """The source of ``models/generated.py``."""
    structs = generated_structs()
    names = [name.rpartition(".")[2] for name in structs]
    clashes = sorted({n for n in names if names.count(n) > 1} | (set(names) & set(hand_written().values())))
    if clashes:
        raise RuntimeError(f"generated model names clash: {clashes}")
    body = [render_class(structs[name]) for name in _order(structs)]
    text = "\n".join(body)
    kinds = sorted({m.group(0) for m in re.finditer(r"\b(?:U?INT(?:8|16|32|64))\b", text)})
    header = HEADER.format(version=spec()["module"].split()[-1], kinds="".join(f"{k}, " for k in kinds), imports=_imports(text))
    exports = ["", "", "__all__ = ["] + [f'    "{n}",' for n in sorted(names)] + ["]", ""]
    return header + text + "\n".join(exports)


def render_names() -> str:
    """The source of ``_model_names.py``: the generated models' names, cheap to import."""
    names = sorted(name.rpartition(".")[2] for name in generated_structs())
    lines = [
        '"""The names of the generated models (models/generated.py), known without importing them."""',
        "",
        "# This file is generated from Mattermost's Go structs. Regenerate with: python -m mattermost_plugin._generate",
        "",
        "NAMES = (",
        *(f'    "{name}",' for name in names),
        ")",
        "",
    ]
    return "\n".join(lines)


def render(done: Outputs) -> Outputs:
    """``models/generated.py`` and ``_model_names.py``."""
    return {PATH: render_text().encode("utf-8"), NAMES_PATH: render_names().encode("utf-8")}


__all__ = ["JSON_ONLY", "PATH", "class_name", "element_type", "generated_structs", "hand_written", "render", "render_text"]
