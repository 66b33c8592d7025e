"""The plugin side of go-plugin's ``plugin.GRPCBroker``: reach services the host offers, by id.

A go-plugin host serves extra gRPC services to the plugin (Mattermost's Plugin
API, later) on connections of their own: it listens on a new socket, sends a
``ConnInfo`` (service id, network, address) down the ``GRPCBroker/StartStream``
stream the host opens right after connecting, and tells the plugin the service
id some other way (for example in a hook request). :meth:`Broker.dial` waits
for that ``ConnInfo`` and returns a gRPC channel to it. With AutoMTLS on, the
channel goes through the process's TLS relay, which connects to the host with
the same certificates as the main connection.

Offers are kept for the life of the process, so a service id can be dialled
any time after the host announced it, and more than once.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Iterator, Optional

import grpc

from mattermost_plugin._exceptions import BrokerError
from mattermost_plugin._grpcserver import stream_pool, stream_stream
from mattermost_plugin.protocol import grpc_broker_pb2

if TYPE_CHECKING:
    from mattermost_plugin.runtime.tlsrelay import TLSRelay

log = logging.getLogger("mattermost_plugin.runtime")

DEFAULT_DIAL_TIMEOUT = 5.0
"""Seconds :meth:`Broker.dial` waits for the host's offer, as go-plugin's broker does."""

_MAX_MESSAGE = 2**31 - 1  # go-plugin dials with MaxCallRecvMsgSize/MaxCallSendMsgSize = math.MaxInt32

CHANNEL_OPTIONS = (
    ("grpc.max_send_message_length", _MAX_MESSAGE),
    ("grpc.max_receive_message_length", _MAX_MESSAGE),
)
"""The options of a channel to a broker service: messages as large as go-plugin's."""


class Broker:
    """Services the host offers through the broker, by service id, and channels to them."""

    def __init__(self, relay: Optional[TLSRelay] = None) -> None:
        self._relay = relay
        self._offers: dict[int, grpc_broker_pb2.ConnInfo] = {}
        self._changed = threading.Condition()
        self._streams: set[grpc.ServicerContext] = set()
        self._closed = False

    def dial(self, service_id: int, timeout: float = DEFAULT_DIAL_TIMEOUT) -> grpc.Channel:
        """A channel to the host's service ``service_id``, waiting up to ``timeout`` seconds for its offer.

        The channel connects lazily, like any gRPC channel; close it when done.
        Raises :class:`BrokerError` if the host has not offered the service in
        time or the broker has shut down.
        """
        return grpc.insecure_channel(self.target(service_id, timeout), options=CHANNEL_OPTIONS)

    def target(self, service_id: int, timeout: float = DEFAULT_DIAL_TIMEOUT) -> str:
        """The gRPC target (``unix:/path`` or ``host:port``) of the host's service ``service_id``,
        for a channel of one's own (a ``grpc.aio`` one, say, with :data:`CHANNEL_OPTIONS`);
        waits and fails as :meth:`dial` does."""
        with self._changed:
            self._changed.wait_for(lambda: service_id in self._offers or self._closed, timeout)
            info = self._offers.get(service_id)
            if info is None:
                if self._closed:
                    raise BrokerError(f"cannot dial broker service {service_id}: the plugin is shutting down")
                raise BrokerError(
                    f"timeout waiting for connection info: the host did not offer broker service "
                    f"{service_id} within {timeout:g}s"
                )
        if info.network not in ("unix", "tcp"):
            raise BrokerError(
                f"cannot dial broker service {service_id}: unknown address type {info.network!r} "
                f"(address {info.address!r})"
            )
        if self._relay is not None:
            return f"unix:{self._relay.forward(info.network, info.address)}"
        if info.network == "unix":
            return f"unix:{info.address}"
        return str(info.address)

    def close(self) -> None:
        """End the host's broker streams and fail pending and later dials (at shutdown)."""
        with self._changed:
            self._closed = True
            streams = list(self._streams)
            self._changed.notify_all()
        for context in streams:
            context.cancel()

    # -- the plugin.GRPCBroker service ------------------------------------

    def handler(self) -> grpc.GenericRpcHandler:
        """``plugin.GRPCBroker``, on threads no hook call ever takes."""
        return grpc.method_handlers_generic_handler(
            "plugin.GRPCBroker",
            {"StartStream": stream_stream("StartStream", self.StartStream, grpc_broker_pb2.ConnInfo, stream_pool())},
        )

    def StartStream(  # noqa: N802 - gRPC method name
        self, request_iterator: Iterator[grpc_broker_pb2.ConnInfo], context: grpc.ServicerContext
    ) -> Iterator[grpc_broker_pb2.ConnInfo]:
        """Record every ``ConnInfo`` the host sends until it closes the stream or the plugin shuts down."""
        with self._changed:
            if self._closed:
                context.abort(grpc.StatusCode.UNAVAILABLE, "the plugin is shutting down")
            self._streams.add(context)
        try:
            for info in request_iterator:
                self._receive(info)
        except grpc.RpcError:
            pass  # the stream was cancelled (by the host, or by close())
        finally:
            with self._changed:
                self._streams.discard(context)
        return iter(())

    def _receive(self, info: grpc_broker_pb2.ConnInfo) -> None:
        if info.HasField("knock"):
            log.warning(
                "ignoring a gRPC broker multiplexing knock for service %d: this plugin process "
                "does not multiplex (it said so in its handshake)",
                info.service_id,
            )
            return
        log.debug(
            "host offers broker service %d at %s %s",
            info.service_id,
            info.network,
            info.address,
            extra={"service_id": info.service_id},
        )
        with self._changed:
            self._offers[info.service_id] = info
            self._changed.notify_all()


__all__ = ["CHANNEL_OPTIONS", "DEFAULT_DIAL_TIMEOUT", "Broker"]
