"""Approvals: interactive message buttons served by the plugin's own HTTP handler.

- ``/approval <what>`` posts ``@alice asks for approval: <what>`` in the channel,
  with an **Approve** and a **Reject** button;
- a click makes Mattermost POST the action to the button's URL,
  ``/plugins/com.example.approvals/action``, with the clicking user in the
  ``Mattermost-User-Id`` header (``request.user_id``) and the button's context
  in the JSON body;
- ``serve_http`` answers with the post's new contents (the buttons replaced by
  who decided), or only an ephemeral message when the requester clicks their
  own request.

``on_activate`` registers the command (``self.api.register_command``).
Mattermost routes an action URL that starts with ``/plugins/`` to the plugin
itself, so no outside URL or secret is needed.
"""

from __future__ import annotations

from typing import Any

from mattermost_plugin import COMMAND_RESPONSE_IN_CHANNEL, Command, CommandArgs, CommandResponse, Context, Plugin
from mattermost_plugin.http import Request, Response

PLUGIN_ID = "com.example.approvals"
ACTION_URL = f"/plugins/{PLUGIN_ID}/action"
DECISIONS = {"approve": "approved", "reject": "rejected"}


def request_attachment(requester: str, what: str) -> dict[str, Any]:
    """The message attachment of a request: its text and the two buttons."""
    return {
        "text": what,
        "actions": [
            {
                "id": decision,
                "name": decision.capitalize(),
                "style": "primary" if decision == "approve" else "danger",
                "integration": {"url": ACTION_URL, "context": {"decision": decision, "requester": requester, "what": what}},
            }
            for decision in DECISIONS
        ],
    }


class Approvals(Plugin):
    def on_activate(self) -> None:
        """Register /approval: Mattermost sends a plugin only the commands it registered."""
        self.api.register_command(
            Command(
                trigger="approval",
                auto_complete=True,
                auto_complete_desc="Ask the channel to approve something",
                auto_complete_hint="<what needs approval>",
            )
        )

    def execute_command(self, context: Context, args: CommandArgs) -> CommandResponse:
        """``/approval <what>``: post the request with its buttons."""
        what = args.command.partition(" ")[2].strip()
        if not what:
            return CommandResponse(text="Write what needs approval: `/approval deploy 2.4 to production`")
        return CommandResponse(
            response_type=COMMAND_RESPONSE_IN_CHANNEL,
            text=f"@{args.user_id} asks for approval:",
            attachments=[request_attachment(args.user_id, what)],
        )

    def serve_http(self, context: Context, request: Request) -> Response:
        """``POST /action``: a button was clicked."""
        if request.path != "/action":
            return Response.text("not found", status=404)
        if request.method != "POST":
            return Response.text("use POST", status=405, headers={"Allow": "POST"})
        if not request.user_id:
            return Response.text("log in to Mattermost first", status=401)
        try:
            action = request.json()
            decision = action["context"]["decision"]
            requester = action["context"]["requester"]
            what = action["context"]["what"]
        except (ValueError, KeyError, TypeError):
            return Response.text("the body is not a button's action", status=400)
        if decision not in DECISIONS:
            return Response.text(f"unknown decision {decision!r}", status=400)
        if request.user_id == requester:
            return Response.json({"ephemeral_text": "You cannot decide on your own request."})
        verdict = DECISIONS[decision]
        return Response.json(
            {
                "update": {
                    "message": f"@{requester} asked for approval:",
                    "props": {"attachments": [{"text": f"{what}\n\n**{verdict.capitalize()}** by @{request.user_id}"}]},
                },
                "ephemeral_text": f"You {verdict} the request of @{requester}.",
            }
        )
