"""Create a new plugin project, ready to test and to bundle.

    mattermost-plugin new my-plugin
    cd my-plugin && pytest

NAME becomes the directory, the plugin's name and (unless --id is given) its id
com.example.NAME. The project holds:

  plugin.json        the manifest (`mattermost-plugin bundle` adds the server part)
  plugin.py          the plugin: a Plugin subclass with a few hooks
  tests/             tests that call the hooks through the test harness
  requirements.txt   what the plugin needs at run time (requirements-dev.txt adds pytest)
  pyproject.toml     pytest settings
  README.md          how to test, check, try and bundle it

The tests pass as generated; change the plugin and the tests together.
"""

from __future__ import annotations

import argparse
import json
import os
import re
from pathlib import Path

HELP = "create a new plugin project (manifest, plugin, tests)"


def configure(parser: argparse.ArgumentParser) -> None:
    """Add ``new``'s arguments."""
    parser.add_argument("name", metavar="NAME", help="the project directory and plugin name (e.g. word-guard)")
    parser.add_argument("--id", dest="plugin_id", help="the plugin id (default: com.example.NAME)")
    parser.add_argument("--directory", metavar="DIR", help="where to create it (default: ./NAME)")
    parser.add_argument("--force", action="store_true", help="write into an existing, non-empty directory")


def names(name: str) -> dict[str, str]:
    """The spellings of NAME the templates use."""
    words = [word for word in re.split(r"[^A-Za-z0-9]+", name) if word]
    if not words:
        raise ValueError(f"{name!r} has no letters or digits to name a plugin after")
    slug = "-".join(word.lower() for word in words)
    class_name = "".join(word[:1].upper() + word[1:] for word in words)
    if class_name[0].isdigit():
        class_name = "Plugin" + class_name
    if not class_name.endswith("Plugin"):
        class_name += "Plugin"
    return {
        "slug": slug,
        "class_name": class_name,
        "display": " ".join(word[:1].upper() + word[1:] for word in words),
        "trigger": slug,
    }


PLUGIN_PY = '''\
"""{display}: a Mattermost server plugin written in Python.

Mattermost calls the methods below, named after its hooks. `mattermost-plugin hooks`
lists every hook with the method to write; docs/hooks.md in mattermost-plugin has
the details.
"""

from mattermost_plugin import CommandArgs, CommandResponse, Context, Plugin, Post, run

BLOCKED_WORDS = ("darn",)


class {class_name}(Plugin):
    def on_activate(self) -> None:
        """Called when the plugin is enabled. Raise to refuse to start."""
        self.logger.info("{display} activated")

    def message_will_be_posted(self, context: Context, post: Post):
        """Before a post is saved: return None to allow it, a Post to replace it, a str to reject it."""
        if any(word in post.message.lower() for word in BLOCKED_WORDS):
            return "Please keep it friendly."
        if post.message != post.message.strip():
            post.message = post.message.strip()
            return post
        return None

    def execute_command(self, context: Context, args: CommandArgs):
        """Runs the /{trigger} slash command, once it is registered with the server."""
        text = args.command.partition(" ")[2].strip()
        if not text:
            return "Usage: /{trigger} <something to say>"  # a str is an ephemeral reply
        return CommandResponse(response_type="in_channel", text=f"{display} says: {{text}}")


if __name__ == "__main__":
    run({class_name})  # started by hand, this says how to try the plugin instead
'''

TEST_PY = '''\
"""Tests for {class_name}, through the mattermost-plugin harness.

The `plugin_harness` fixture serves the plugin behind a real gRPC server and calls
its hooks the way Mattermost does; `pytest --plugin-mode=process` runs the same
tests against a real plugin process.
"""

from mattermost_plugin import CommandArgs, Post
from mattermost_plugin.testing import Allowed, Rejected

from plugin import {class_name}


def test_activates(plugin_harness):
    harness = plugin_harness({class_name})
    harness.activate().assert_ok()
    harness.logs.assert_logged("activated", level="info")


def test_allows_friendly_posts(plugin_harness):
    harness = plugin_harness({class_name})
    assert harness.message_will_be_posted(Post(message="hello")) == Allowed()


def test_rejects_blocked_words(plugin_harness):
    harness = plugin_harness({class_name})
    outcome = harness.message_will_be_posted(Post(message="Darn it"))
    assert outcome == Rejected("Please keep it friendly.")


def test_trims_whitespace(plugin_harness):
    harness = plugin_harness({class_name})
    post = harness.message_will_be_posted(Post(message="  hi  ")).assert_replaced()
    assert post.message == "hi"


def test_command_replies_in_channel(plugin_harness):
    harness = plugin_harness({class_name})
    response = harness.execute_command(CommandArgs(command="/{trigger} hello")).assert_value()
    assert response.response_type == "in_channel"
    assert response.text == "{display} says: hello"


def test_command_without_text_explains_usage(plugin_harness):
    harness = plugin_harness({class_name})
    response = harness.execute_command(CommandArgs(command="/{trigger}")).assert_value()
    assert response.response_type == "ephemeral"
    assert "Usage" in response.text
'''

PYPROJECT = '''\
[tool.pytest.ini_options]
# tests import plugin.py from the project root
pythonpath = ["."]
testpaths = ["tests"]
'''

README = '''\
# {display}

A Mattermost server plugin written in Python with mattermost-plugin.

## Test it

```sh
pip install -r requirements-dev.txt   # mattermost-plugin and pytest
pytest                              # calls the hooks through a real gRPC server
pytest --plugin-mode=process        # the same tests against a real plugin process
mattermost-plugin check .           # hook names, signatures, plugin.json, a real start
```

## Try it by hand

```sh
mattermost-plugin invoke . message_will_be_posted --post message="darn it"
mattermost-plugin invoke . execute_command --args command="/{trigger} hi"
```

## Files

| file | what |
|---|---|
| `plugin.py` | the plugin: one method per Mattermost hook it handles |
| `plugin.json` | the manifest: id, name, version (`bundle` adds the server part) |
| `plugin.py` | the plugin: one method per Mattermost hook it handles |
| `tests/` | tests through the `plugin_harness` fixture |
| `requirements.txt` | run-time dependencies, installed into the bundle (`requirements-dev.txt` adds pytest) |

## Bundle it and deploy it

```sh
mattermost-plugin bundle            # writes dist/{plugin_id}-0.1.0.tar.gz
mattermost-plugin deploy --url https://chat.example.com --token <admin token>
```

The bundle holds the plugin, a small Go program Mattermost starts (the bridge), and every
package in `requirements.txt`, installed for Linux (x86-64 and ARM64) and CPython 3.10 to
3.13: the server needs only `python3`, and no network. Or upload the bundle in System Console >
Plugins > Plugin Management. See docs/deploy.md in mattermost-plugin.
'''

REQUIREMENTS = "mattermost-plugin>=0.1\n"

REQUIREMENTS_DEV = "-r requirements.txt\npytest>=8\n"

GITIGNORE = "__pycache__/\n*.pyc\n.venv/\n.pytest_cache/\ndist/\n*.tar.gz\n"


def manifest(plugin_id: str, display: str) -> str:
    """The plugin.json text."""
    return (
        json.dumps(
            {
                "id": plugin_id,
                "name": display,
                "description": f"{display}, a Mattermost plugin written in Python.",
                "version": "0.1.0",
                "min_server_version": "5.2.0",
            },
            indent=2,
        )
        + "\n"
    )


def scaffold(name: str, directory: Path, plugin_id: str | None = None, force: bool = False) -> list[Path]:
    """Write the project; return the files written."""
    from mattermost_plugin.cli import CommandError

    try:
        spelled = names(name)
    except ValueError as error:
        raise CommandError(str(error)) from None
    plugin_id = plugin_id or f"com.example.{spelled['slug']}"
    if not re.match(r"^[a-zA-Z0-9-_.]{3,190}$", plugin_id):
        raise CommandError(f'--id {plugin_id!r} is not a valid plugin id (3 to 190 letters, digits, "-", "_" or ".")')
    if directory.exists() and not directory.is_dir():
        raise CommandError(f"{directory} exists and is not a directory")
    if directory.is_dir() and any(directory.iterdir()) and not force:
        raise CommandError(f"{directory} already exists and is not empty (use --force to write into it)")
    files = {
        "plugin.json": manifest(plugin_id, spelled["display"]),
        "plugin.py": PLUGIN_PY.format(**spelled),
        "tests/test_plugin.py": TEST_PY.format(**spelled),
        "requirements.txt": REQUIREMENTS,
        "requirements-dev.txt": REQUIREMENTS_DEV,
        "pyproject.toml": PYPROJECT,
        "README.md": README.format(plugin_id=plugin_id, **spelled),
        ".gitignore": GITIGNORE,
    }
    written = []
    for relative, text in files.items():
        path = directory / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def run(args: argparse.Namespace) -> int:
    """Write the project and say what to do next."""
    directory = Path(args.directory) if args.directory else Path(args.name)
    written = scaffold(args.name, directory, args.plugin_id, args.force)
    print(f"Created {directory}{os.sep}")
    for path in written:
        print(f"  {path.relative_to(directory)}")
    print()
    print("Next:")
    print(f"  cd {directory}")
    print("  pytest                                   # run the generated tests")
    print("  mattermost-plugin check .                # validate hooks, plugin.json and a real start")
    print("  mattermost-plugin invoke . message_will_be_posted --post message=hello")
    print("  mattermost-plugin bundle                 # the .tar.gz a Mattermost server installs")
    return 0
