"""Where the plugin's gRPC server listens: a unix socket in a private directory, or TCP on 127.0.0.1.

By default the server listens on ``plugin.sock`` inside a fresh directory that
only this user can enter (mode 0700), created in ``PLUGIN_UNIX_SOCKET_DIR`` if
the host set it, else in the system temporary directory (``TMPDIR``), as
go-plugin does.

TCP on 127.0.0.1 is used instead, on the first free port between
``PLUGIN_MIN_PORT`` and ``PLUGIN_MAX_PORT`` (both 0, or unset, means any free
port), when:

- ``MATTERMOST_PLUGIN_NETWORK=tcp`` is set (``mattermost-plugin serve --network tcp``),
- the platform is Windows, or
- a unix socket cannot be created (for example, the socket path would be
  longer than the operating system allows); a warning says why.

With AutoMTLS, the gRPC server listens in plain text on ``grpc.sock`` in the
private directory, and :class:`~mattermost_plugin.runtime.tlsrelay.TLSRelay`
serves the announced socket (unix or TCP, chosen as above) with TLS.
"""

from __future__ import annotations

import logging
import os
import shutil
import socket
import sys
import tempfile
from dataclasses import dataclass
from typing import TYPE_CHECKING, Mapping, Optional

import grpc

from mattermost_plugin._exceptions import HandshakeError

if TYPE_CHECKING:
    from mattermost_plugin.runtime.mtls import AutoMTLS
    from mattermost_plugin.runtime.tlsrelay import TLSRelay

NETWORK_ENV = "MATTERMOST_PLUGIN_NETWORK"
SOCKET_DIR_ENV = "PLUGIN_UNIX_SOCKET_DIR"
MIN_PORT_ENV = "PLUGIN_MIN_PORT"
MAX_PORT_ENV = "PLUGIN_MAX_PORT"
SOCKET_NAME = "plugin.sock"
PLAIN_SOCKET_NAME = "grpc.sock"

# sun_path holds 108 bytes on Linux and 104 on macOS, including the final NUL.
_MAX_SOCKET_PATH = 103 if sys.platform == "darwin" else 107

log = logging.getLogger("mattermost_plugin.runtime")


@dataclass
class Listener:
    """The address the host connects to, as the handshake line announces it."""

    network: str
    """``unix`` or ``tcp``."""
    address: str
    """The socket path, or ``127.0.0.1:PORT``."""
    directory: Optional[str] = None
    """The private directory holding the sockets, removed by :meth:`close`."""
    relay: Optional[TLSRelay] = None
    """The TLS relay in front of the gRPC server, with AutoMTLS."""

    def close(self) -> None:
        """Stop the relay and remove the sockets' directory (after the server has stopped)."""
        if self.relay is not None:
            self.relay.close()
        if self.directory is not None:
            shutil.rmtree(self.directory, ignore_errors=True)


class _Unavailable(Exception):
    """A unix socket cannot be used here; the text says why."""


def listen(server: grpc.Server, tls: Optional[AutoMTLS], environ: Mapping[str, str]) -> Listener:
    """Bind ``server`` (not yet started) as described in this module's documentation."""
    default = "tcp" if sys.platform == "win32" else "unix"
    network = environ.get(NETWORK_ENV, "").strip().lower() or default
    if network not in ("unix", "tcp"):
        raise HandshakeError(f"{NETWORK_ENV} must be 'unix' or 'tcp', got {network!r}")
    if tls is not None:
        return _listen_tls(server, tls, network, environ)
    if network == "unix":
        try:
            directory = _private_directory(environ)
            try:
                path = _bind_unix(server, directory, SOCKET_NAME)
            except _Unavailable:
                shutil.rmtree(directory, ignore_errors=True)
                raise
            return Listener("unix", path, directory)
        except _Unavailable as reason:
            log.warning("cannot listen on a unix socket (%s); listening on TCP instead", reason)
    low, high = _port_range(environ)
    for port in range(low, high + 1):
        if port and not _port_is_free(port):
            continue
        try:
            bound = server.add_insecure_port(f"127.0.0.1:{port}")
        except RuntimeError:
            continue
        return Listener("tcp", f"127.0.0.1:{bound}")
    raise _no_port(low, high)


def _listen_tls(server: grpc.Server, tls: AutoMTLS, network: str, environ: Mapping[str, str]) -> Listener:
    from mattermost_plugin.runtime.tlsrelay import TLSRelay

    try:
        directory = _private_directory(environ)
    except _Unavailable as reason:
        raise HandshakeError(f"AutoMTLS needs a private directory for its sockets, but {reason}") from None
    try:
        plain = _bind_unix(server, directory, PLAIN_SOCKET_NAME)
    except _Unavailable as reason:
        shutil.rmtree(directory, ignore_errors=True)
        raise HandshakeError(f"AutoMTLS needs a unix socket for the gRPC server behind TLS, but {reason}") from None
    relay = TLSRelay(tls, directory)
    listening: Optional[socket.socket] = None
    if network == "unix":
        path = os.path.join(directory, SOCKET_NAME)
        try:
            listening = _unix_socket(path)
            address = path
        except _Unavailable as reason:
            log.warning("cannot listen on a unix socket (%s); listening on TCP instead", reason)
            network = "tcp"
    if listening is None:
        listening = _tcp_socket(environ)
        address = "127.0.0.1:%d" % listening.getsockname()[1]
    relay.serve(listening, plain)
    return Listener(network, address, directory, relay)


def _private_directory(environ: Mapping[str, str]) -> str:
    """A new directory only this user can enter, in PLUGIN_UNIX_SOCKET_DIR or TMPDIR."""
    parent = environ.get(SOCKET_DIR_ENV) or None
    try:
        directory = tempfile.mkdtemp(prefix="plugin", dir=parent)
        os.chmod(directory, 0o700)
    except OSError as error:
        raise _Unavailable(f"cannot create a private directory in {parent or tempfile.gettempdir()}: {error}")
    return directory


def _check_length(path: str) -> None:
    if len(os.fsencode(path)) > _MAX_SOCKET_PATH:
        raise _Unavailable(f"the socket path {path} is longer than {_MAX_SOCKET_PATH} bytes")


def _bind_unix(server: grpc.Server, directory: str, name: str) -> str:
    path = os.path.join(directory, name)
    _check_length(path)
    try:
        server.add_insecure_port(f"unix:{path}")
    except RuntimeError as error:
        raise _Unavailable(f"binding {path} failed: {error}") from None
    return path


def _unix_socket(path: str) -> socket.socket:
    _check_length(path)
    listening = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        listening.bind(path)
        listening.listen(64)
    except OSError as error:
        listening.close()
        raise _Unavailable(f"binding {path} failed: {error}") from None
    return listening


def _tcp_socket(environ: Mapping[str, str]) -> socket.socket:
    low, high = _port_range(environ)
    for port in range(low, high + 1):
        listening = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            listening.bind(("127.0.0.1", port))
            listening.listen(64)
        except OSError:
            listening.close()
            continue
        return listening
    raise _no_port(low, high)


def _port_range(environ: Mapping[str, str]) -> tuple[int, int]:
    low, high = _port(environ, MIN_PORT_ENV), _port(environ, MAX_PORT_ENV)
    if low > high:
        raise HandshakeError(f"{MIN_PORT_ENV} value of {low} is greater than {MAX_PORT_ENV} value of {high}")
    return low, high


def _no_port(low: int, high: int) -> HandshakeError:
    return HandshakeError(f"could not bind a TCP port on 127.0.0.1 between {low} and {high} (all in use)")


def _port(environ: Mapping[str, str], name: str) -> int:
    raw = environ.get(name, "").strip()
    if not raw:
        return 0
    try:
        value = int(raw)
    except ValueError:
        raise HandshakeError(f"couldn't get value from {name}: {raw!r} is not a number") from None
    if not 0 <= value <= 65535:
        raise HandshakeError(f"{name} must be a port number between 0 and 65535, got {value}")
    return value


def _port_is_free(port: int) -> bool:
    """Probe a port first so gRPC does not log a bind error for every busy port in the range."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        probe.bind(("127.0.0.1", port))
    except OSError:
        return False
    finally:
        probe.close()
    return True


__all__ = ["NETWORK_ENV", "SOCKET_DIR_ENV", "Listener", "listen"]
