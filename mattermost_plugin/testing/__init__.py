"""Test a plugin the way Mattermost calls it, with no Mattermost server.

:class:`PluginHarness` serves your plugin behind a real gRPC server, in this
process or as a real plugin process started like the Mattermost server starts
it, and gives you one typed method per hook::

    from mattermost_plugin import Post
    from mattermost_plugin.testing import PluginHarness, Rejected

    def test_rejects_bad_words():
        with PluginHarness(WordFilter) as harness:
            outcome = harness.message_will_be_posted(Post(message="darn"))
            assert outcome == Rejected("Watch your language")

With pytest, the ``plugin_harness`` fixture (installed with this package)
starts harnesses and closes them after the test::

    def test_rejects_bad_words(plugin_harness):
        harness = plugin_harness(WordFilter)          # or plugin_harness("plugin.py")
        harness.message_will_be_posted(Post(message="darn")).assert_rejected("language")

Each call returns an outcome (:class:`Ok`, :class:`Allowed`, :class:`Replaced`,
:class:`Rejected`, :class:`Dismissed`, :class:`Value`, :class:`Failed`, and
:class:`HTTPResult` for ``serve_http``: ``harness.request("POST", "/hook",
json={...}, user_id="u1")`` sends a request and returns the response). A bug
in the plugin raises :class:`PluginBug` (with the plugin's traceback), a hook
the plugin does not define raises :class:`HookNotImplemented`, a slow one
:class:`HookTimedOut`. ``harness.logs`` holds what the plugin logged.

``harness.activate()`` hands the plugin its API as Mattermost does:
``harness.api``, a :class:`FakeAPI` (an in-memory Mattermost served over real
gRPC), which records every call the plugin makes::

    harness.activate()
    harness.execute_command(CommandArgs(command="/roll 2d6", user_id=alice.id))
    assert harness.api.commands[0].trigger == "roll"
"""

import os

# Before anything here loads gRPC: no C-core info lines ("Got goaway") in test output and reports.
os.environ.setdefault("GRPC_VERBOSITY", "ERROR")

from mattermost_plugin.testing._harness import (  # noqa: E402 - after the environment is set
    IN_PROCESS,
    MODE_ENV,
    PROCESS,
    PluginHarness,
    load_plugin,
    resolve_hook,
)
from mattermost_plugin._exceptions import (
    BadArguments,
    HarnessError,
    HookNotImplemented,
    HookTimedOut,
    NotModelled,
    PluginBug,
    PluginStartError,
)
from mattermost_plugin.testing.fake_api import ApiCall, EphemeralPost, FakeAPI, WebsocketEvent
from mattermost_plugin.testing.host import PluginHost
from mattermost_plugin.testing.logs import LogEntry, Logs
from mattermost_plugin._outcomes import (
    Allowed,
    AppError,
    Dismissed,
    ErrorOutcome,
    Failed,
    HTTPResult,
    ModifyOutcome,
    Ok,
    Outcome,
    RejectOutcome,
    Rejected,
    Replaced,
    ReplacedFile,
    UploadOutcome,
    Value,
    ValueOutcome,
)

__all__ = [
    "IN_PROCESS",
    "MODE_ENV",
    "PROCESS",
    "Allowed",
    "ApiCall",
    "AppError",
    "BadArguments",
    "Dismissed",
    "EphemeralPost",
    "ErrorOutcome",
    "Failed",
    "FakeAPI",
    "HarnessError",
    "HookNotImplemented",
    "HTTPResult",
    "HookTimedOut",
    "LogEntry",
    "Logs",
    "ModifyOutcome",
    "NotModelled",
    "Ok",
    "Outcome",
    "PluginBug",
    "PluginHarness",
    "PluginHost",
    "PluginStartError",
    "RejectOutcome",
    "Rejected",
    "Replaced",
    "ReplacedFile",
    "UploadOutcome",
    "Value",
    "ValueOutcome",
    "WebsocketEvent",
    "load_plugin",
    "resolve_hook",
]
