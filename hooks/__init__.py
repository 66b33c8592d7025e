"""Every Mattermost server hook, one class each, grouped by area.

Import as ``mattermost_plugin.hooks``. Each module below holds the hooks of one
area; adding a hook means adding its class to one of them and running
``python -m mattermost_plugin._generate`` (docs/contributing.md walks through
it). This namespace is built from the classes: every hook class is an
attribute (``hooks.MessageWillBePosted``), and the tables below list them.
"""

from mattermost_plugin._hook import Hook, hook_classes

from . import (
    channels,
    cluster,
    commands,
    files,
    http,
    lifecycle,
    notifications,
    posts,
    reactions,
    shared_channels,
    system,
    teams,
    users,
    websocket,
)

AREAS = (
    lifecycle,
    commands,
    posts,
    reactions,
    channels,
    teams,
    users,
    files,
    websocket,
    cluster,
    shared_channels,
    notifications,
    system,
    http,
)
"""The hook modules, in the order the docs present them."""

ALL_HOOKS: tuple[type[Hook], ...] = tuple(
    sorted((hook for area in AREAS for hook in hook_classes(area)), key=lambda hook: hook.id)
)
"""Every hook Mattermost has, in hook ID order."""

UNARY_HOOKS: tuple[type[Hook], ...] = tuple(h for h in ALL_HOOKS if not h.streams)
"""The hooks served as unary gRPC calls: one request, one response."""

STREAMING_HOOKS: tuple[type[Hook], ...] = tuple(h for h in ALL_HOOKS if h.streams)
"""The hooks served as bidirectional streams (ServeHTTP, ServeMetrics, FileWillBeUploaded)."""

BY_GO_NAME: dict[str, type[Hook]] = {hook.go_name: hook for hook in ALL_HOOKS}
"""Every hook by its Go name (``"MessageWillBePosted"``)."""

BY_METHOD: dict[str, type[Hook]] = {hook.method: hook for hook in ALL_HOOKS}
"""Every hook by the Python method that implements it (``"message_will_be_posted"``)."""

globals().update(BY_GO_NAME)

__all__ = [hook.go_name for hook in ALL_HOOKS] + [
    "ALL_HOOKS",
    "AREAS",
    "BY_GO_NAME",
    "BY_METHOD",
    "STREAMING_HOOKS",
    "UNARY_HOOKS",
]


def __getattr__(name: str) -> type[Hook]:
    """Explain a hook name that does not exist (``hooks.MessageWillBePostd``)."""
    import difflib

    close = difflib.get_close_matches(name, BY_GO_NAME, n=1, cutoff=0.8)
    hint = f"; did you mean {close[0]}?" if close else " (mattermost-plugin hooks lists them all)"
    raise AttributeError(f"module 'mattermost_plugin.hooks' has no hook {name!r}{hint}")
