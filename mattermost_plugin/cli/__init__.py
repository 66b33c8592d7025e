"""The ``mattermost-plugin`` command line.

Each subcommand is one module in this package, named in :data:`COMMANDS`,
that defines:

- ``HELP``: one line for the list of commands,
- ``configure(parser)``: add the command's arguments to its ``argparse`` parser,
- ``run(args) -> int``: do the work and return the exit status; raise
  :class:`CommandError` for a failure the user can fix.

Errors are printed as one line, without a traceback unless ``--debug`` is given.
Command modules must stay cheap to import: ``serve`` runs under the host's
3-second start-up limit.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from typing import Optional, Sequence

from mattermost_plugin._exceptions import CommandError

COMMANDS = ("serve", "new", "check", "invoke", "hooks", "demo", "bundle", "deploy")
"""The subcommands, each a module of this package."""


def build_parser(prog: str = "mattermost-plugin") -> argparse.ArgumentParser:
    """The argument parser with every subcommand registered."""
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Write Mattermost server plugins in Python.",
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks for errors")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks for errors")
    commands = parser.add_subparsers(title="commands", dest="command", metavar="COMMAND")
    for name in COMMANDS:
        module = importlib.import_module(f"{__name__}.{name}")
        command = commands.add_parser(
            name,
            help=module.HELP,
            description=module.__doc__,
            parents=[common],
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        module.configure(command)
        command.set_defaults(run=module.run)
    return parser


def main(argv: Optional[Sequence[str]] = None, prog: str = "mattermost-plugin") -> int:
    """Run the command line; return the exit status."""
    parser = build_parser(prog)
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.run(args))
    except CommandError as error:
        print(f"{prog}: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader of our output went away (``... | head``): not an error of ours.
        # Point stdout at /dev/null so the interpreter's final flush does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as error:
        if args.debug:
            raise
        print(
            f"{prog}: error: {type(error).__name__}: {error} (run with --debug to see the traceback)",
            file=sys.stderr,
        )
        return 1


__all__ = ["COMMANDS", "CommandError", "build_parser", "main"]
