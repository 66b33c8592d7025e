"""The server process for the round-trip benchmark: ``echo`` (the floor) or ``hook``.

    python benchmarks/server.py echo|hook --socket /tmp/x.sock [--workers 16]

Both build their server with the SDK's ``create_server`` (a sync ``grpc.server``
with the SDK's thread pool and options), listen on the unix socket and print
``ready`` on stdout once serving; ``--workers`` is the hook's worker slots. ``echo`` registers one unary method with
no (de)serializers, so grpcio hands the request bytes back untouched: nothing in
Python but the call itself. ``hook`` serves the PluginHooks service for a plugin
whose ``message_will_be_posted`` returns the post modified.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading

import grpc

from mattermost_plugin._grpcserver import create_server


def echo_handler(burn_us: float = 0.0) -> grpc.GenericRpcHandler:
    def echo(request: bytes, context: grpc.ServicerContext) -> bytes:
        return request

    if burn_us:
        import time

        def echo(request: bytes, context: grpc.ServicerContext) -> bytes:  # noqa: F811
            end = time.perf_counter() + burn_us / 1e6
            while time.perf_counter() < end:  # Python work under the GIL, like a handler's
                pass
            return request

    return grpc.method_handlers_generic_handler(
        "bench.v1.Echo", {"Echo": grpc.unary_unary_rpc_method_handler(echo)}
    )


def hook_handler(workers: int) -> grpc.GenericRpcHandler:
    from mattermost_plugin import Plugin, Post
    from mattermost_plugin._servicer import HookServicer

    class Tidy(Plugin):
        def message_will_be_posted(self, context, post: Post):
            post.message = post.message.replace("#changelog", "#release-notes")
            return post

    return HookServicer(Tidy(), max_workers=workers).handler()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("kind", choices=("echo", "hook"))
    parser.add_argument("--socket", required=True)
    parser.add_argument("--workers", type=int, default=16)
    parser.add_argument("--burn-us", type=float, default=0.0, help="echo: spend this long in Python per call")
    args = parser.parse_args()
    handler = echo_handler(args.burn_us) if args.kind == "echo" else hook_handler(args.workers)
    server = create_server([handler])
    server.add_insecure_port(f"unix://{args.socket}")
    server.start()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    print("ready", flush=True)
    try:
        stop.wait()
    except KeyboardInterrupt:
        pass
    server.stop(grace=None)
    sys.exit(0)


if __name__ == "__main__":
    main()
