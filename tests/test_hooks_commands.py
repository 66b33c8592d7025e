"""ExecuteCommand: full responses, the str shorthand, the site URL and AppErrors."""

from __future__ import annotations

from typing import Any

from hookcalls import build_request, call, plugin_for, sample
from mattermost_plugin import CommandArgs, CommandResponse, PluginError
from mattermost_plugin.hooks import ExecuteCommand
from mattermost_plugin.models import decode


def run(serve: Any, function: Any, **extra: Any) -> Any:
    stub = serve(plugin_for(ExecuteCommand, function))
    return call(stub, ExecuteCommand, build_request(ExecuteCommand, {"args": sample(CommandArgs)}, **extra))


def test_a_command_response_is_returned_whole(serve: Any) -> None:
    reply = CommandResponse(response_type="in_channel", text="Hello, channel", username="bot")
    response = run(serve, lambda self, context, args: reply)
    assert decode(CommandResponse, response.response) == reply
    assert not response.HasField("error")


def test_a_string_is_an_ephemeral_reply(serve: Any) -> None:
    response = run(serve, lambda self, context, args: f"you typed {args.command}")
    assert decode(CommandResponse, response.response) == CommandResponse(response_type="ephemeral", text="you typed /hello world")


def test_none_is_an_empty_response(serve: Any) -> None:
    assert decode(CommandResponse, run(serve, lambda self, context, args: None).response) == CommandResponse()


def test_the_site_url_arrives_on_the_args(serve: Any) -> None:
    response = run(serve, lambda self, context, args: args.site_url, site_url="https://chat.example.com")
    assert decode(CommandResponse, response.response).text == "https://chat.example.com"


def test_plugin_error_sets_the_app_error(serve: Any) -> None:
    def refuse(self: Any, context: Any, args: Any) -> Any:
        raise PluginError("Unknown subcommand", id="plugin.demo.unknown", status_code=400)

    response = run(serve, refuse)
    assert response.response == b""
    assert (response.error.id, response.error.message, response.error.status_code) == ("plugin.demo.unknown", "Unknown subcommand", 400)
