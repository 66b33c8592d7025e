"""The request metadata Mattermost passes to most hooks (Go's ``*plugin.Context``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Context:
    """Who and what triggered a hook call: Go's ``plugin.Context``.

    Every field is an empty string when the server did not know it (for example
    a hook fired by a background job has no session).
    """

    session_id: str = ""
    connection_id: str = ""
    request_id: str = ""
    ip_address: str = ""
    accept_language: str = ""
    user_agent: str = ""
