"""TLS for AutoMTLS, done by Python's ``ssl`` module and relayed to and from gRPC in plain text.

gRPC's own TLS (BoringSSL) cannot talk to go-plugin's AutoMTLS: go-plugin's
certificates use ECDSA P-521 keys, and BoringSSL does not offer P-521
signatures. The Go client therefore refuses to present its certificate to a
gRPC Python server, and a gRPC Python client cannot verify a Go server. So with
AutoMTLS on:

- the host connects to a socket served here, where Python's ``ssl`` (OpenSSL)
  does the mutual TLS handshake (client certificate required, ALPN ``h2``, as
  gRPC-Go insists on) and relays the decrypted bytes to the gRPC server, which
  listens in plain text on a unix socket inside the process's private (0700)
  directory;
- to dial a service the host offers through the broker, gRPC connects in plain
  text to a unix socket in that directory, and each connection is relayed over
  TLS (with this process's certificate) to the host.

All relaying runs on one asyncio event loop in a daemon thread.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import ssl
import threading
from typing import Any, Awaitable, Callable, Optional

from mattermost_plugin.runtime.mtls import SERVER_NAME, AutoMTLS

log = logging.getLogger("mattermost_plugin.runtime")

HANDSHAKE_TIMEOUT = 10.0
"""Seconds a TLS handshake may take before the connection is dropped."""

_CHUNK = 256 * 1024

_Streams = tuple[asyncio.StreamReader, asyncio.StreamWriter]


class TLSRelay:
    """Relays between TLS connections with the host and plain gRPC connections inside the process."""

    def __init__(self, tls: AutoMTLS, directory: str) -> None:
        self._directory = directory
        self._server_context = _context(ssl.PROTOCOL_TLS_SERVER, tls, directory)
        self._client_context = _context(ssl.PROTOCOL_TLS_CLIENT, tls, directory)
        self._forwards: dict[tuple[str, str], str] = {}
        self._lock = threading.Lock()
        self._servers: list[asyncio.AbstractServer] = []
        self._loop = asyncio.new_event_loop()
        self._loop.set_exception_handler(_report)
        self._thread = threading.Thread(target=self._loop.run_forever, name="mattermost-plugin-tls", daemon=True)
        self._thread.start()

    def serve(self, listening: socket.socket, plain_path: str) -> None:
        """Accept the host's TLS connections on ``listening``; relay each to the unix socket ``plain_path``."""

        async def relay(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            await _relay(reader, writer, lambda: asyncio.open_unix_connection(plain_path), "the gRPC server")

        self._start(listening, relay, self._server_context)

    def forward(self, network: str, address: str) -> str:
        """A unix socket path whose connections are relayed over TLS to the host's ``network``/``address``."""
        with self._lock:
            path = self._forwards.get((network, address))
            if path is not None:
                return path
            path = os.path.join(self._directory, f"broker{len(self._forwards) + 1}.sock")
            listening = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            listening.bind(path)
            listening.listen(16)
            self._forwards[(network, address)] = path

        async def relay(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            await _relay(reader, writer, lambda: self._open_host(network, address), f"the host at {address}")

        self._start(listening, relay, None)
        return path

    def close(self) -> None:
        """Stop relaying and close every connection."""

        async def stop() -> None:
            for server in self._servers:
                server.close()
            for task in asyncio.all_tasks():
                if task is not asyncio.current_task():
                    task.cancel()

        asyncio.run_coroutine_threadsafe(stop(), self._loop).result(timeout=5)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)

    def _start(
        self,
        listening: socket.socket,
        relay: Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]],
        context: Optional[ssl.SSLContext],
    ) -> None:
        async def start() -> None:
            tls: dict[str, Any] = {"ssl": context, "ssl_handshake_timeout": HANDSHAKE_TIMEOUT} if context else {}
            if listening.family == socket.AF_UNIX:
                server = await asyncio.start_unix_server(relay, sock=listening, **tls)
            else:
                server = await asyncio.start_server(relay, sock=listening, **tls)
            self._servers.append(server)

        asyncio.run_coroutine_threadsafe(start(), self._loop).result(timeout=10)

    async def _open_host(self, network: str, address: str) -> _Streams:
        tls: dict[str, Any] = {
            "ssl": self._client_context,
            "server_hostname": SERVER_NAME,
            "ssl_handshake_timeout": HANDSHAKE_TIMEOUT,
        }
        if network == "unix":
            return await asyncio.open_unix_connection(address, **tls)
        host, _, port = address.rpartition(":")
        return await asyncio.open_connection(host.strip("[]"), int(port), **tls)


def _context(protocol: int, tls: AutoMTLS, directory: str) -> ssl.SSLContext:
    """A mutual-TLS context: this process's certificate, trusting only the host's, ALPN h2."""
    context = ssl.SSLContext(protocol)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.verify_mode = ssl.CERT_REQUIRED
    context.load_verify_locations(cadata=tls.host_certificate.decode("ascii"))
    context.set_alpn_protocols(["h2"])
    # ssl only loads a key from a file: write it to the private directory for the moment it takes.
    identity = os.path.join(directory, "identity.pem")
    fd = os.open(identity, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(tls.private_key + tls.certificate)
        context.load_cert_chain(identity)
    finally:
        os.unlink(identity)
    return context


async def _relay(
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    open_peer: Callable[[], Awaitable[_Streams]],
    peer: str,
) -> None:
    try:
        peer_reader, peer_writer = await open_peer()
    except (OSError, ssl.SSLError, asyncio.TimeoutError) as error:
        log.warning("cannot relay a connection to %s: %s", peer, error)
        writer.close()
        return
    try:
        await asyncio.gather(_pipe(reader, peer_writer), _pipe(peer_reader, writer))
    except asyncio.CancelledError:  # close() ends every connection; the handler finishes quietly
        writer.close()
        peer_writer.close()


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(_CHUNK):
            writer.write(data)
            await writer.drain()
    except (OSError, ssl.SSLError):
        pass
    finally:
        writer.close()


def _report(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
    """Failed TLS handshakes are rejected clients (a warning); anything else is an error."""
    error = context.get("exception")
    if isinstance(error, (ssl.SSLError, ConnectionError, asyncio.TimeoutError)):
        log.warning("rejected a connection: %s: %s", context.get("message", "TLS error"), error)
    else:
        log.error("TLS relay: %s", context.get("message"), exc_info=error)


__all__ = ["HANDSHAKE_TIMEOUT", "TLSRelay"]
