"""pytest plugin (installed with mattermost-plugin): the ``plugin_harness`` fixture.

::

    def test_word_filter(plugin_harness):
        harness = plugin_harness("plugin.py")          # a path (relative to this test file), or
        harness = plugin_harness(WordFilter)           # the class itself
        harness.message_will_be_posted(Post(message="darn")).assert_rejected()

The fixture is a factory: each call starts a :class:`PluginHarness` (keyword
arguments are passed on, e.g. ``mode="process"``), and every harness it started
is closed when the test ends. ``pytest --plugin-mode=process`` (or the
``MATTERMOST_PLUGIN_HARNESS_MODE`` environment variable) runs every harness
as a real plugin process started like the Mattermost server starts it.

When a test fails, the plugin's captured log lines are added to the report.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Iterator

import pytest

# Importing this module imports mattermost_plugin.testing first, which quiets gRPC's C core.
from mattermost_plugin.testing._harness import MODES, PluginHarness

_STARTED = pytest.StashKey[list]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("mattermost-plugin")
    group.addoption(
        "--plugin-mode",
        choices=MODES,
        default=None,
        help="how plugin_harness serves plugins: inprocess (default) or process (a real plugin process)",
    )


@pytest.fixture
def plugin_harness(request: pytest.FixtureRequest) -> Iterator[Callable[..., PluginHarness]]:
    """Start a PluginHarness for a plugin class or file; all are closed after the test."""
    started: list[PluginHarness] = []
    request.node.stash[_STARTED] = started
    base = Path(str(request.path)).parent
    option = request.config.getoption("--plugin-mode", default=None)

    def start(plugin: Any, **options: Any) -> PluginHarness:
        options.setdefault("base", base)
        if option is not None:
            options.setdefault("mode", option)
        harness = PluginHarness(plugin, **options)
        started.append(harness)
        return harness.start()

    yield start
    for harness in reversed(started):
        harness.close()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[Any]) -> Any:
    outcome: Any = yield
    report = outcome.get_result()
    started = item.stash.get(_STARTED, None)
    if not started or report.passed or report.when != "call":
        return
    for index, harness in enumerate(started):
        lines = [str(entry) for entry in harness.logs]
        if lines:
            name = "plugin log" if len(started) == 1 else f"plugin log ({index + 1})"
            report.sections.append((name, "\n".join(lines)))
