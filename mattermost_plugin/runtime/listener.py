"""Where the plugin's gRPC server listens: a unix socket in a private directory, or TCP on 127.0.0.1.

By default the server listens on ``plugin.sock`` inside a fresh directory that
only this user can enter (mode 0700): anyone else on the machine can neither
call the plugin's hooks nor ask it to shut down. The directory is made in
``PLUGIN_UNIX_SOCKET_DIR`` if the host set it, as go-plugin does, else in the
system temporary directory (``TMPDIR``). A socket's path is limited (107 bytes
on Linux, 103 on macOS): when ``TMPDIR`` is too long for it, ``/tmp`` is used
instead; when the host's ``PLUGIN_UNIX_SOCKET_DIR`` is too long, or no private
directory can be made, the process fails with a message saying so. It never
falls back to TCP by itself.

TCP on 127.0.0.1, on the first free port between ``PLUGIN_MIN_PORT`` and
``PLUGIN_MAX_PORT`` (both 0, or unset, means any free port), is used only when
``MATTERMOST_PLUGIN_NETWORK=tcp`` is set (``mattermost-plugin serve --network
tcp``) or on Windows. Without AutoMTLS any local user can then connect, and
the process says so in a warning.

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

# The longest path below the parent directory a socket gets: the private directory
# (mkdtemp's "plugin" and 8 characters) and a socket name (plugin.sock, grpc.sock,
# or the TLS relay's broker<N>.sock), with room for N up to 5 digits.
_LONGEST_ENTRY = os.path.join("plugin" + "x" * 8, "broker99999.sock")

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


def listen(server: grpc.Server, tls: Optional[AutoMTLS], environ: Mapping[str, str]) -> Listener:
    """Bind ``server`` (not yet started) as described in this module's documentation."""
    default = "tcp" if sys.platform == "win32" else "unix"
    network = environ.get(NETWORK_ENV, "").strip().lower() or default
    if network not in ("unix", "tcp"):
        raise HandshakeError(f"{NETWORK_ENV} must be 'unix' or 'tcp', got {network!r}")
    if tls is not None:
        return _listen_tls(server, tls, network, environ)
    if network == "unix":
        directory = _private_directory(environ)
        try:
            path = _bind_unix(server, directory, SOCKET_NAME)
        except HandshakeError:
            shutil.rmtree(directory, ignore_errors=True)
            raise
        return Listener("unix", path, directory)
    low, high = _port_range(environ)
    for port in range(low, high + 1):
        if port and not _port_is_free(port):
            continue
        try:
            bound = server.add_insecure_port(f"127.0.0.1:{port}")
        except RuntimeError:
            continue
        log.warning(
            "listening on TCP 127.0.0.1:%d without AutoMTLS: any local user can call this plugin's hooks "
            "and shut it down (the default, a unix socket in a private directory, or AutoMTLS prevents that)",
            bound,
        )
        return Listener("tcp", f"127.0.0.1:{bound}")
    raise _no_port(low, high)


def _listen_tls(server: grpc.Server, tls: AutoMTLS, network: str, environ: Mapping[str, str]) -> Listener:
    from mattermost_plugin.runtime.tlsrelay import TLSRelay

    directory = _private_directory(environ)
    try:
        plain = _bind_unix(server, directory, PLAIN_SOCKET_NAME)
        relay = TLSRelay(tls, directory)
        if network == "unix":
            address = os.path.join(directory, SOCKET_NAME)
            listening = _unix_socket(address)
        else:
            listening = _tcp_socket(environ)
            address = "127.0.0.1:%d" % listening.getsockname()[1]
    except HandshakeError:
        shutil.rmtree(directory, ignore_errors=True)
        raise
    relay.serve(listening, plain)
    return Listener(network, address, directory, relay)


def _private_directory(environ: Mapping[str, str]) -> str:
    """A new directory only this user can enter, short enough for the sockets it will hold.

    In PLUGIN_UNIX_SOCKET_DIR if the host set it, else in TMPDIR, or in /tmp
    when TMPDIR is too long.
    """
    chosen = environ.get(SOCKET_DIR_ENV)
    if chosen:
        parents = [(chosen, f"{SOCKET_DIR_ENV}={chosen}")]
    else:
        parents = [(tempfile.gettempdir(), "the temporary directory"), ("/tmp", "/tmp")]
    problems = []
    for parent, name in parents:
        if len(os.fsencode(os.path.join(parent, _LONGEST_ENTRY))) > _MAX_SOCKET_PATH:
            problems.append(f"{name} is too long for a unix socket (its path would exceed {_MAX_SOCKET_PATH} bytes)")
            continue
        try:
            directory = tempfile.mkdtemp(prefix="plugin", dir=parent)
            os.chmod(directory, 0o700)
        except OSError as error:
            problems.append(f"cannot create a private directory in {name}: {error}")
            continue
        return directory
    raise HandshakeError(
        "cannot listen on a unix socket in a private directory: " + "; ".join(problems)
        + (f" (set {SOCKET_DIR_ENV} to a shorter directory)" if chosen else " (set TMPDIR to a shorter directory)")
    )


def _bind_unix(server: grpc.Server, directory: str, name: str) -> str:
    path = os.path.join(directory, name)
    try:
        server.add_insecure_port(f"unix:{path}")
    except RuntimeError as error:
        raise HandshakeError(f"cannot listen on the unix socket {path}: {error}") from None
    return path


def _unix_socket(path: str) -> socket.socket:
    listening = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        listening.bind(path)
        listening.listen(64)
    except OSError as error:
        listening.close()
        raise HandshakeError(f"cannot listen on the unix socket {path}: {error}") from None
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
