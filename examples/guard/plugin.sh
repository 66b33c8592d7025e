#!/bin/sh
# Mattermost starts this file (plugin.json: server.executable) with its go-plugin
# environment; it serves plugin.py over gRPC. The Python it uses: $MATTERMOST_PLUGIN_PYTHON
# if set, else the virtualenv next to this file if there is one
# (python3 -m venv .venv && .venv/bin/pip install -r requirements.txt), else python3.
here="$(cd "$(dirname "$0")" && pwd)"
python="${MATTERMOST_PLUGIN_PYTHON:-$here/.venv/bin/python}"
[ -x "$python" ] || python=python3
exec "$python" -m mattermost_plugin serve "$here/plugin.py"
