"""Every Mattermost server hook, one class each, grouped by area.

Import as ``mattermost_plugin.hooks``. Adding a hook means adding its class to
one of these modules (and its messages to the proto): the servicer, the
``Implemented`` list, the docs and the tests pick it up from ``ALL_HOOKS``.
"""

from mattermost_plugin._hook import Hook, Semantics, hook_classes

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
from .channels import *  # noqa: F403
from .cluster import *  # noqa: F403
from .commands import *  # noqa: F403
from .files import *  # noqa: F403
from .http import *  # noqa: F403
from .lifecycle import *  # noqa: F403
from .notifications import *  # noqa: F403
from .posts import *  # noqa: F403
from .reactions import *  # noqa: F403
from .shared_channels import *  # noqa: F403
from .system import *  # noqa: F403
from .teams import *  # noqa: F403
from .users import *  # noqa: F403
from .websocket import *  # noqa: F403

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

SERVED_HOOKS: tuple[type[Hook], ...] = tuple(h for h in ALL_HOOKS if h.semantics is not Semantics.STREAM)
"""The hooks served as unary gRPC calls today."""

STREAMING_HOOKS: tuple[type[Hook], ...] = tuple(h for h in ALL_HOOKS if h.semantics is Semantics.STREAM)
"""The streaming hooks: declared, answering UNIMPLEMENTED, never advertised."""

BY_GO_NAME: dict[str, type[Hook]] = {hook.go_name: hook for hook in ALL_HOOKS}
BY_METHOD: dict[str, type[Hook]] = {hook.method: hook for hook in ALL_HOOKS}

__all__ = [hook.__name__ for hook in ALL_HOOKS] + [
    "ALL_HOOKS",
    "AREAS",
    "BY_GO_NAME",
    "BY_METHOD",
    "SERVED_HOOKS",
    "STREAMING_HOOKS",
]
