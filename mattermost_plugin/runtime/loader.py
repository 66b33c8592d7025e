"""Find the plugin class to serve: import the author's file and pick its ``Plugin`` subclass.

``mattermost-plugin serve path/to/plugin.py`` serves the one ``Plugin``
subclass the file defines; ``path/to/plugin.py:ClassName`` names it when there
are several. The file's directory is put first on ``sys.path``, as when Python
runs a script, so the plugin can import the modules next to it.

Every failure raises :class:`PluginLoadError` with a text meant for the
Mattermost administrator: the process reports it as OnActivate's error.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import traceback
from types import ModuleType
from typing import Optional

from mattermost_plugin._exceptions import PluginDefinitionError, PluginLoadError
from mattermost_plugin._plugin import Plugin


def load_plugin_class(path: str, class_name: Optional[str] = None) -> type[Plugin]:
    """Import the plugin file at ``path`` and return the Plugin subclass to serve."""
    module = _import_file(path)
    return find_plugin_class(module, class_name, path)


def find_plugin_class(module: ModuleType, class_name: Optional[str], path: str) -> type[Plugin]:
    """The class named ``class_name`` in ``module``, or its only Plugin subclass."""
    if class_name is not None:
        value = getattr(module, class_name, None)
        if value is None:
            found = ", ".join(sorted(cls.__name__ for cls in _candidates(module))) or "none"
            raise PluginLoadError(f"{path} has no class {class_name} (Plugin subclasses found: {found})")
        if not (isinstance(value, type) and issubclass(value, Plugin)):
            raise PluginLoadError(f"{path}:{class_name} is not a subclass of mattermost_plugin.Plugin")
        return value
    candidates = _candidates(module)
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        raise PluginLoadError(
            f"{path} defines no Plugin subclass; write one: "
            "`from mattermost_plugin import Plugin` and `class MyPlugin(Plugin): ...`"
        )
    names = sorted(cls.__name__ for cls in candidates)
    raise PluginLoadError(
        f"{path} defines several Plugin subclasses ({', '.join(names)}); "
        f"name the one to serve, for example {path}:{names[0]}"
    )


def _candidates(module: ModuleType) -> list[type[Plugin]]:
    """The Plugin subclasses in the module that no other one there extends.

    Classes defined in the module come first; imported ones count only when it defines none.
    """
    found = {
        id(value): value
        for value in vars(module).values()
        if isinstance(value, type) and issubclass(value, Plugin) and value is not Plugin
    }
    classes = list(found.values())
    own = [cls for cls in classes if cls.__module__ == module.__name__] or classes
    return [cls for cls in own if not any(other is not cls and issubclass(other, cls) for other in own)]


def _import_file(path: str) -> ModuleType:
    file = os.path.abspath(path)
    if not os.path.isfile(file):
        reason = "is a directory" if os.path.isdir(file) else "does not exist"
        raise PluginLoadError(f"the plugin file {path} {reason}")
    directory = os.path.dirname(file)
    if directory not in sys.path:
        sys.path.insert(0, directory)
    name = _module_name(file)
    spec = importlib.util.spec_from_file_location(name, file)
    if spec is None or spec.loader is None:
        raise PluginLoadError(f"{path} is not a Python file that can be imported")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException as error:  # noqa: BLE001 - whatever the import raised is reported
        sys.modules.pop(name, None)
        raise PluginLoadError(describe_import_error(path, error)) from error
    return module


def _module_name(file: str) -> str:
    """The plugin file's stem, so sibling modules can import it by name, unless that name is taken."""
    stem = os.path.splitext(os.path.basename(file))[0]
    if stem.isidentifier() and stem not in sys.modules:
        return stem
    return "mattermost_plugin_main"


def describe_import_error(path: str, error: BaseException) -> str:
    """One line saying why importing the plugin file failed, and where."""
    if isinstance(error, PluginDefinitionError):
        return f"{path}: {error}"
    if isinstance(error, SyntaxError):
        where = f"{error.filename or path}, line {error.lineno}"
        return f"cannot import {path}: {type(error).__name__} in {where}: {error.msg}"
    if isinstance(error, SystemExit):
        return f"cannot import {path}: it called sys.exit({error.code!r}) while being imported"
    text = str(error).strip().splitlines()
    message = f"{type(error).__name__}: {text[0]}" if text else type(error).__name__
    frames = [frame for frame in traceback.extract_tb(error.__traceback__) if not frame.filename.startswith("<")]
    where = f" (at {frames[-1].filename}, line {frames[-1].lineno})" if frames else ""
    return f"cannot import {path}: {message}{where}"


__all__ = ["describe_import_error", "find_plugin_class", "load_plugin_class"]
