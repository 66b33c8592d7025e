"""The SDK's own work per hook call, in process (no transport): a noise-resistant figure.

For each case, the method handler the SDK registers with grpc is looked up exactly
as grpc looks it up (``handler.service(call details)``) and timed over: request
bytes -> the handler (parsing the request, argument decoding, the author's method,
the result check, the response) -> ``response_serializer`` -> bytes. This is
everything the SDK adds to a call on top of grpcio's own per-call work, which the
round-trip benchmark's echo server measures. Figures are medians of ``repeats``
timing runs, in microseconds per call.
"""

from __future__ import annotations

from typing import Any, Callable

import payloads
from codec import per_call_us


class _Details:
    def __init__(self, method: str) -> None:
        self.method = method
        self.invocation_metadata = ()


class _Context:
    """Stands in for grpc.ServicerContext: the success path never touches it."""

    def time_remaining(self) -> float:
        return 10.0


def cases() -> dict[str, tuple[str, Any, bytes]]:
    """name -> (hook, plugin method, request bytes)."""
    from mattermost_plugin.models import CommandArgs, encode
    from mattermost_plugin.protocol import hooks_pb2

    def replace(self: Any, context: Any, post: Any) -> Any:
        post.message = post.message.replace("#changelog", "#release-notes")
        return post

    def allow(self: Any, context: Any, post: Any) -> Any:
        return None

    def go_style(self: Any, context: Any, post: Any) -> Any:
        post.message = post.message.upper()
        return post, ""

    def reject(self: Any, context: Any, post: Any) -> Any:
        return "not here"

    def command(self: Any, context: Any, args: Any) -> Any:
        return f"you said {args.command}"

    def has_been_posted(self: Any, context: Any, post: Any) -> None:
        return None

    post_request = payloads.hook_request_bytes()
    context = hooks_pb2.PluginContext(**payloads.CONTEXT_FIELDS)
    command_request = hooks_pb2.ExecuteCommandRequest(
        context=context,
        args=encode(CommandArgs(user_id="u1", channel_id="c1", team_id="t1", command="/echo hello")),
        site_url="https://chat.example.com",
    ).SerializeToString()
    posted = hooks_pb2.MessageHasBeenPostedRequest(context=context, post=payloads.POST_BYTES).SerializeToString()
    return {
        "MessageWillBePosted: returns the post modified": ("MessageWillBePosted", replace, post_request),
        "MessageWillBePosted: returns None (unchanged)": ("MessageWillBePosted", allow, post_request),
        "MessageWillBePosted: returns (post, '')": ("MessageWillBePosted", go_style, post_request),
        "MessageWillBePosted: returns a rejection": ("MessageWillBePosted", reject, post_request),
        "MessageHasBeenPosted (void)": ("MessageHasBeenPosted", has_been_posted, posted),
        "ExecuteCommand: returns a str": ("ExecuteCommand", command, command_request),
    }


def call_function(hook: str, method: Any, raw: bytes) -> Callable[[], bytes]:
    from mattermost_plugin import Plugin
    from mattermost_plugin._servicer import SERVICE_NAME, HookServicer
    from mattermost_plugin.hooks import BY_GO_NAME

    plugin = type("Bench", (Plugin,), {BY_GO_NAME[hook].method: method})()
    handler = HookServicer(plugin).handler().service(_Details(f"/{SERVICE_NAME}/{hook}"))
    assert handler is not None
    behaviour, serialize = handler.unary_unary, handler.response_serializer
    context = _Context()

    def one_call() -> bytes:
        return serialize(behaviour(raw, context))  # type: ignore[no-any-return]

    one_call()
    return one_call


def run(*, repeats: int = 7, budget: float = 0.1) -> dict[str, float]:
    return {
        name: round(per_call_us(call_function(hook, method, raw), repeats, budget), 2)
        for name, (hook, method, raw) in cases().items()
    }


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    for name, value in run(repeats=parser.parse_args().repeats).items():
        print(f"{value:7.2f} us  {name}")
