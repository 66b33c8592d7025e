"""Serve a plugin file to the host that started this process.

On a Mattermost server the host is the Go bridge of the plugin's bundle
(`mattermost-plugin bundle`), which runs, with the bundle's packages on its path:

    python3 -s -m mattermost_plugin serve plugin.py:ClassName

The file must define one subclass of mattermost_plugin.Plugin; name it with
plugin.py:ClassName when there are several. Started by hand (without the
server's MATTERMOST_PLUGIN cookie in the environment), it explains how to try
the plugin locally and exits with status 1.
"""

from __future__ import annotations

import argparse
import os

from mattermost_plugin.cli import CommandError

HELP = "serve a plugin to the Mattermost server that started this process"


def configure(parser: argparse.ArgumentParser) -> None:
    """Add ``serve``'s arguments."""
    parser.add_argument(
        "target",
        metavar="path/to/plugin.py[:ClassName]",
        help="the plugin file, and the Plugin subclass to serve if it defines several",
    )
    parser.add_argument(
        "--network",
        choices=("unix", "tcp"),
        help="listen on a unix socket in a private directory (the default) or on TCP 127.0.0.1 within "
        "PLUGIN_MIN_PORT..PLUGIN_MAX_PORT, where without AutoMTLS any local user can call the plugin's hooks "
        "and Shutdown; the same as MATTERMOST_PLUGIN_NETWORK",
    )


def run(args: argparse.Namespace) -> int:
    """Check the target, then serve until the server stops the plugin."""
    os.environ.setdefault("GRPC_VERBOSITY", "ERROR")  # before gRPC loads: no C-core info lines in the server's log
    from mattermost_plugin.runtime.listener import NETWORK_ENV
    from mattermost_plugin.runtime.process import serve
    from mattermost_plugin.runtime.target import parse_target

    try:
        parse_target(args.target)
    except ValueError as error:
        raise CommandError(str(error)) from None
    if args.network:
        os.environ[NETWORK_ENV] = args.network
    return serve(args.target)
