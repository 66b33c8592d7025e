"""Run a plugin's whole life through the real plugin protocol, with no Mattermost server.

This command plays the Mattermost server's part. It starts the example plugin
(a small channel moderator) as a separate process exactly like the server
starts plugins through hashicorp/go-plugin: magic cookie and protocol version
in the environment, the handshake line read from stdout, gRPC over a unix
socket. Then it activates the plugin, posts a few messages through it (each
one allowed, tidied, rejected or dismissed), runs a slash command, deactivates
it, shuts the process down, and prints what the plugin did and logged.

    mattermost-plugin demo
    mattermost-plugin demo --mtls          # with go-plugin's AutoMTLS, as a host may ask
    mattermost-plugin demo --plugin examples/word_filter/plugin.py

With --plugin, the same script runs against your plugin; hooks it does not
implement are skipped.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from typing import Any, Optional

HELP = "run an example plugin end to end like a Mattermost server would (no server needed)"

POSTS = (
    ("alice", "Hello, team! The release is ready."),
    ("bob", "This darn build is broken again"),
    ("carol", "  ship it :)  "),
    ("carol", "ship it :)"),
    ("bob", "Fixed the build, sorry!"),
)

COMMANDS = (
    ("alice", "/stats"),
    ("bob", "/stats me"),
    ("bob", "/stats reset"),
)


def configure(parser: argparse.ArgumentParser) -> None:
    """Add ``demo``'s arguments."""
    parser.add_argument("--plugin", metavar="path/to/plugin.py[:Class]", help="run the script against this plugin instead")
    parser.add_argument("--mtls", action="store_true", help="use go-plugin's AutoMTLS between host and plugin")
    parser.add_argument("--quiet-logs", action="store_true", help="do not print the plugin's log lines")


class _Printer:
    """Prints the script's steps, with the plugin's log lines under the step that caused them."""

    def __init__(self, logs: Any, show_logs: bool) -> None:
        self.logs = logs
        self.show_logs = show_logs
        self.seen = 0

    def step(self, label: str, result: str) -> None:
        print(f"  {label:<54} -> {result}")
        self.flush_logs()

    def flush_logs(self) -> None:
        # Log lines come from the process's stderr; give them a moment to arrive.
        self.logs.wait_for(lambda entries: len(entries) > self.seen, timeout=0.15)
        time.sleep(0.02)
        entries = self.logs.snapshot()
        fresh, self.seen = entries[self.seen :], len(entries)
        if not self.show_logs:
            return
        for entry in fresh:
            if entry.level in ("trace", "debug") and not entry.logger.startswith("plugin."):
                continue  # the SDK's and libraries' own debug lines
            fields = {k: v for k, v in entry.fields.items() if k not in ("@caller",)}
            extra = "  " + " ".join(f"{k}={v}" for k, v in fields.items()) if fields else ""
            print(f"      plugin log [{entry.level}] {entry.logger}: {entry.message}{extra}")


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _describe(outcome: Any) -> str:
    from mattermost_plugin.testing import Allowed, Dismissed, Failed, Ok, Rejected, Replaced, Value

    if isinstance(outcome, Ok):
        return "ok"
    if isinstance(outcome, Allowed):
        return "allowed"
    if isinstance(outcome, Dismissed):
        return "dismissed silently"
    if isinstance(outcome, Rejected):
        return f"rejected: {outcome.reason!r}"
    if isinstance(outcome, Replaced):
        value = outcome.value
        return f"replaced: {value.message!r}" if hasattr(value, "message") else f"replaced: {value!r}"
    if isinstance(outcome, Failed):
        return f"AppError {outcome.error.status_code}: {outcome.error.message!r}"
    if isinstance(outcome, Value):
        value = outcome.value
        if hasattr(value, "response_type"):
            who = "everyone in the channel" if value.response_type == "in_channel" else "only the caller"
            return f"reply to {who}: {value.text!r}"
        return f"returned {value!r}"
    return repr(outcome)


def run(args: argparse.Namespace) -> int:
    """Play the server's part for one plugin life and print it."""
    os.environ.setdefault("GRPC_VERBOSITY", "ERROR")  # before gRPC loads: no C-core info lines
    from pathlib import Path

    from mattermost_plugin import CommandArgs, Post
    from mattermost_plugin.cli import CommandError
    from mattermost_plugin.testing import Allowed, Failed, HarnessError, Outcome, PluginHarness, Replaced
    from mattermost_plugin.testing.host import HOST_START_TIMEOUT

    if args.plugin:
        target = args.plugin
    else:
        target = str(Path(__file__).with_name("_demo_plugin.py")) + ":Moderator"
    harness = PluginHarness(target, mode="process", mtls=args.mtls)
    print("Starting the plugin the way the Mattermost server does (hashicorp/go-plugin):")
    print(f"  $ {sys.executable} -m mattermost_plugin serve {target}")
    print("    with MATTERMOST_PLUGIN='Securely message teams, anywhere.' PLUGIN_PROTOCOL_VERSIONS=1"
          + (" PLUGIN_CLIENT_CERT=<host certificate>" if args.mtls else ""))
    try:
        harness.start()
    except HarnessError as error:
        raise CommandError(f"the plugin did not start: {error}") from None
    printer = _Printer(harness.logs, not args.quiet_logs)
    did: list[str] = []
    try:
        process = harness.process
        assert process is not None and process.handshake is not None
        seconds = process.startup_seconds or 0.0
        print(f"  handshake after {seconds:.2f}s (the server allows {HOST_START_TIMEOUT:g}s): {process.handshake.line.strip()}")
        if process.handshake.certificate:
            print("  AutoMTLS: the plugin answered with its own certificate; both sides now require each other's")
        implemented = harness.implemented()
        print(f"  Implemented: {', '.join(implemented) or 'nothing'}")
        printer.flush_logs()

        def has(name: str) -> bool:
            return name in implemented

        print()
        print("Activating (the server calls OnConfigurationChange, then OnActivate):")
        for name in ("OnConfigurationChange", "OnActivate"):
            if has(name):
                outcome = harness.call(name)
                printer.step(name, _describe(outcome))
                if name == "OnActivate" and isinstance(outcome, Failed):
                    raise CommandError(f"OnActivate failed, so the server would stop the plugin: {outcome.error.message}")
            else:
                printer.step(name, "not implemented, not called")

        print()
        print("Posting messages (MessageWillBePosted decides; MessageHasBeenPosted follows each saved post):")
        for number, (user, message) in enumerate(POSTS, start=1):
            post = Post(id=f"post{number}", user_id=user, channel_id="town-square", message=message, create_at=1_700_000_000_000 + number)
            label = f"{user}: {_short(repr(message))}"
            decided: Optional[Outcome[Post]] = None
            if not has("MessageWillBePosted"):
                printer.step(label, "saved (MessageWillBePosted not implemented)")
            else:
                decided = harness.message_will_be_posted(post)
                printer.step(label, _describe(decided))
                did.append(type(decided).__name__)
            saved: Optional[Post] = None
            if decided is None or isinstance(decided, Allowed):
                saved = post
            elif isinstance(decided, Replaced):
                saved = decided.value
            if saved is not None and has("MessageHasBeenPosted"):
                printer.step(f"  MessageHasBeenPosted post{number}", _describe(harness.message_has_been_posted(saved)))

        print()
        print("Running slash commands (ExecuteCommand):")
        for user, command in COMMANDS:
            if not has("ExecuteCommand"):
                printer.step(f"{user}: {command}", "ExecuteCommand not implemented, not called")
                continue
            outcome = harness.execute_command(CommandArgs(user_id=user, channel_id="town-square", team_id="team", command=command))
            printer.step(f"{user}: {command}", _describe(outcome))
            did.append("Failed command" if isinstance(outcome, Failed) else "Answered command")

        print()
        print("Deactivating (OnDeactivate), then stopping the process (plugin.GRPCController/Shutdown):")
        if has("OnDeactivate"):
            printer.step("OnDeactivate", _describe(harness.call("OnDeactivate")))
        else:
            printer.step("OnDeactivate", "not implemented, not called")
    except HarnessError as error:
        raise CommandError(f"the plugin failed: {error}") from None
    finally:
        code: Optional[int] = None
        if harness.process is not None:
            code = harness.process.close()
        harness.close()
    printer.flush_logs()
    print(f"  the process exited with status {code}")
    print()
    print("What the plugin did:")
    if did:
        words = {
            "Allowed": "allowed {} post(s) unchanged",
            "Replaced": "rewrote {} post(s)",
            "Rejected": "rejected {} post(s) with a reason",
            "Dismissed": "dismissed {} post(s) silently",
            "Answered command": "answered {} slash command(s)",
            "Failed command": "failed {} slash command(s) with an AppError",
        }
        for kind, text in words.items():
            if did.count(kind):
                print(f"  - {text.format(did.count(kind))}")
    else:
        print("  - nothing: it implements neither MessageWillBePosted nor ExecuteCommand")
    print()
    print(f"Write your own: {next_step()}")
    return 0 if code == 0 else 1


def next_step() -> str:
    """The command that starts one's own plugin, written so that it works in a fresh shell.

    When this installation's scripts are not on PATH (a virtualenv that was not
    activated), the command activates it first.
    """
    import shutil
    import sysconfig
    from pathlib import Path

    command = "mattermost-plugin new my-plugin && cd my-plugin && pytest"
    scripts = Path(sysconfig.get_path("scripts")).resolve()
    found = shutil.which("mattermost-plugin")
    if found is not None and Path(found).resolve().parent == scripts:
        return command
    activate = scripts / "activate"
    if activate.is_file():
        shown = os.path.relpath(activate)
        return f". {shown if not shown.startswith('..') else activate} && {command}"
    return f"{sys.executable} -m mattermost_plugin new my-plugin && cd my-plugin && {sys.executable} -m pytest"
