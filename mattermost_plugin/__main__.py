"""``python -m mattermost_plugin``: the same command line as ``mattermost-plugin``."""

from mattermost_plugin.cli import main

if __name__ == "__main__":
    raise SystemExit(main(prog="python -m mattermost_plugin"))
