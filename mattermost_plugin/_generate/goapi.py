"""Mattermost's Go plugin API, read from the pinned server/public module.

``apispec/`` is a small Go program (its own module, requiring the same
server/public version as the bridge) that reads ``plugin/api.go`` with go/ast
and the compiled ``plugin.API`` by reflection, and prints every method (its
Go name, parameter names and exact types, doc comment, ``@tag`` lines and
minimum server version) and every struct those types reach (its fields as
encoding/json writes them). :func:`spec` runs it once per process and keeps
the result; :mod:`.api` and :mod:`.models` render from it.
"""

from __future__ import annotations

import functools
import json
import re
import shutil
import subprocess
from dataclasses import dataclass
from typing import Any

from . import ROOT

PROGRAM = ROOT / "mattermost_plugin" / "_generate" / "apispec"

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


@functools.lru_cache(maxsize=1)
def spec() -> dict[str, Any]:
    """The API description the Go program prints (run once per process)."""
    go = shutil.which("go")
    if go is None:
        raise RuntimeError("Go is needed to read Mattermost's plugin API (install Go 1.26+)")
    result = subprocess.run([go, "run", "."], cwd=PROGRAM, capture_output=True, text=True, timeout=600)
    if result.returncode != 0:
        raise RuntimeError(f"reading the Go plugin API failed (go run . in {PROGRAM}):\n{result.stderr}")
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def snake(go_name: str) -> str:
    """A Go identifier in snake_case: ``KVGet`` -> ``kv_get``, ``userIDs`` -> ``user_ids``,
    ``GetOAuthApp`` -> ``get_oauth_app``, ``PublishWebSocketEvent`` -> ``publish_websocket_event``."""
    text = go_name.replace("WebSocket", "Websocket").replace("OAuth", "Oauth").replace("IDs", "Ids")
    return _CAMEL.sub("_", text).lower()


@dataclass(frozen=True)
class GoType:
    """One Go type of the spec, with the questions the renderers ask of it."""

    raw: dict[str, Any]

    @property
    def kind(self) -> str:
        return str(self.raw["kind"])

    @property
    def go(self) -> str:
        """The type as Go source spells it."""
        return str(self.raw["go"])

    @property
    def name(self) -> str:
        """``model.Post`` for a named type, ``""`` otherwise."""
        return str(self.raw.get("name", ""))

    @property
    def elem(self) -> GoType:
        return GoType(self.raw["elem"])

    @property
    def key(self) -> GoType:
        return GoType(self.raw["key"])

    def deref(self) -> GoType:
        """The type a pointer points to (itself when it is not a pointer)."""
        return self.elem.deref() if self.kind == "pointer" else self


SCALAR_KINDS = frozenset(
    {"bool", "string", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "float32", "float64"}
)
"""Go kinds that travel as proto scalars."""

INT_KINDS = {
    "int": "int64",
    "int64": "int64",
    "int32": "int32",
    "int16": "int16",
    "int8": "int8",
    "uint": "uint64",
    "uint64": "uint64",
    "uint32": "uint32",
    "uint16": "uint16",
    "uint8": "uint8",
}
"""The integer range (``models._base`` INT kinds) of each Go integer kind (``int`` is 64-bit)."""


__all__ = ["GoType", "INT_KINDS", "PROGRAM", "SCALAR_KINDS", "snake", "spec"]
