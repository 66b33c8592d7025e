"""The ``path/to/plugin.py[:ClassName]`` argument that names the plugin to serve."""

from __future__ import annotations

from typing import Optional


def parse_target(text: str) -> tuple[str, Optional[str]]:
    """Split ``path/to/plugin.py[:ClassName]`` into the path and the class name (or None).

    Raises ValueError for a target that names no file or has an empty class name.
    A colon followed by something that is not a Python name (as in ``C:\\plugin.py``)
    belongs to the path.
    """
    path, colon, name = text.rpartition(":")
    if colon and name.isidentifier() and path:
        return path, name
    if colon and not name:
        raise ValueError(f"{text!r}: the class name after ':' is missing (write path/to/plugin.py:ClassName)")
    if not text:
        raise ValueError("the plugin file is missing (write path/to/plugin.py[:ClassName])")
    return text, None


def format_target(path: object, class_name: Optional[str] = None) -> str:
    """The target text for a plugin file and, optionally, the class in it: ``path/to/plugin.py:ClassName``."""
    return f"{path}:{class_name}" if class_name else str(path)


__all__ = ["format_target", "parse_target"]
