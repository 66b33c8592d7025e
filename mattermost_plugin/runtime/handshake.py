"""The go-plugin handshake: the magic cookie, the protocol version and the line printed on stdout.

Mattermost starts a plugin with hashicorp/go-plugin. It sets the magic cookie
``MATTERMOST_PLUGIN`` in the environment, lists the application protocol
versions it speaks in ``PLUGIN_PROTOCOL_VERSIONS``, and waits 3 seconds for one
line on the process's stdout::

    CORE-VERSION|APP-VERSION|NETWORK|ADDRESS|PROTOCOL[|SERVER-CERT]

for example ``1|1|unix|/tmp/plugin1234/plugin.sock|grpc``. The sixth field is
only present with AutoMTLS: the server certificate's DER bytes in base64
without padding (Go's ``base64.RawStdEncoding``).
"""

from __future__ import annotations

import os
import sys
from typing import Mapping, Optional

from mattermost_plugin._exceptions import HandshakeError, NotLaunchedByHost

MAGIC_COOKIE_KEY = "MATTERMOST_PLUGIN"
MAGIC_COOKIE_VALUE = "Securely message teams, anywhere."

CORE_PROTOCOL_VERSION = 1
"""go-plugin's own protocol version (the handshake's first field)."""

APP_PROTOCOL_VERSION = 1
"""The Mattermost plugin protocol version this SDK speaks (the handshake's second field)."""

PROTOCOL_VERSIONS_ENV = "PLUGIN_PROTOCOL_VERSIONS"
CLIENT_CERT_ENV = "PLUGIN_CLIENT_CERT"
"""Set by the host when it wants AutoMTLS: its certificate, as PEM."""
MULTIPLEX_ENV = "PLUGIN_MULTIPLEX_GRPC"


NOT_LAUNCHED_BY_HOST = f"""\
This is a Mattermost plugin. The Mattermost server starts it when the plugin
is enabled and talks to it over gRPC; it is not meant to be run by hand
(the server sets {MAGIC_COOKIE_KEY} in its environment, which is missing here).

To try the plugin locally, call its hooks from a test with the
mattermost_plugin.testing harness (pytest), or use `mattermost-plugin invoke`.
To run it in Mattermost, upload the plugin bundle to the server and enable it.
"""


def check_cookie(environ: Mapping[str, str]) -> None:
    """Raise :class:`NotLaunchedByHost` unless the environment carries Mattermost's magic cookie."""
    if environ.get(MAGIC_COOKIE_KEY) != MAGIC_COOKIE_VALUE:
        raise NotLaunchedByHost(NOT_LAUNCHED_BY_HOST)


def negotiate_version(environ: Mapping[str, str]) -> tuple[int, list[str]]:
    """The app protocol version to speak, and a warning for each entry that is not a number.

    A host that sends no list is an old go-plugin client: it gets version 1, as
    go-plugin serves its lowest version then. A list without version 1 is an
    error, naming the versions on both sides.
    """
    raw = environ.get(PROTOCOL_VERSIONS_ENV, "")
    if not raw:
        return APP_PROTOCOL_VERSION, []
    offered: list[int] = []
    warnings: list[str] = []
    for part in raw.split(","):
        try:
            offered.append(int(part))
        except ValueError:
            warnings.append(f"the host sent an invalid plugin protocol version {part!r} in {PROTOCOL_VERSIONS_ENV}")
    if APP_PROTOCOL_VERSION in offered:
        return APP_PROTOCOL_VERSION, warnings
    listed = ", ".join(str(version) for version in sorted(offered)) or "none"
    raise HandshakeError(
        f"the host speaks plugin protocol version(s) {listed} ({PROTOCOL_VERSIONS_ENV}={raw!r}), "
        f"but this version of mattermost-plugin speaks only version {APP_PROTOCOL_VERSION}; "
        "install a mattermost-plugin release that matches this Mattermost server"
    )


def handshake_line(
    version: int,
    network: str,
    address: str,
    certificate: Optional[str] = None,
    environ: Mapping[str, str] = os.environ,
) -> str:
    """The handshake line (without newline) for a gRPC server at ``network``/``address``.

    ``certificate`` is the AutoMTLS server certificate field, if any. When the
    host asks for gRPC broker multiplexing (``PLUGIN_MULTIPLEX_GRPC``), a seventh
    field ``false`` tells it plainly that this process does not multiplex,
    which go-plugin's client reports as such instead of failing to parse.
    """
    fields = [str(CORE_PROTOCOL_VERSION), str(version), network, address, "grpc"]
    if certificate or environ.get(MULTIPLEX_ENV):
        fields.append(certificate or "")
    if environ.get(MULTIPLEX_ENV):
        fields.append("false")
    return "|".join(fields)


def print_handshake(line: str) -> None:
    """Write the handshake line to the real stdout (file descriptor 1), bypassing any buffering."""
    if sys.stdout is not None:
        sys.stdout.flush()
    data = (line + "\n").encode("ascii")
    while data:
        data = data[os.write(1, data) :]


__all__ = [
    "APP_PROTOCOL_VERSION",
    "CLIENT_CERT_ENV",
    "CORE_PROTOCOL_VERSION",
    "MAGIC_COOKIE_KEY",
    "MAGIC_COOKIE_VALUE",
    "check_cookie",
    "handshake_line",
    "negotiate_version",
    "print_handshake",
]
