"""The FastAPI app through the harness: requests as Mattermost hands them to serve_http."""

from __future__ import annotations

import pytest


@pytest.fixture
def harness(plugin_harness):
    return plugin_harness("plugin.py")


def test_each_user_has_their_own_notes(harness):
    added = harness.request("POST", "/api/notes", json={"text": "buy milk"}, user_id="alice").assert_status(201).json()
    assert added["text"] == "buy milk"
    harness.request("POST", "/api/notes", json={"text": "call bob"}, user_id="alice").assert_status(201)
    assert [note["text"] for note in harness.request("GET", "/api/notes", user_id="alice").json()] == ["buy milk", "call bob"]
    assert harness.request("GET", "/api/notes", user_id="bob").json() == []
    harness.request("DELETE", f"/api/notes/{added['id']}", user_id="alice").assert_status(204)
    assert [note["text"] for note in harness.request("GET", "/api/notes", user_id="alice").json()] == ["call bob"]


def test_a_request_without_a_session_is_401(harness):
    answer = harness.request("GET", "/api/notes")
    assert answer.status == 401 and answer.json() == {"detail": "log in to Mattermost first"}


def test_fastapi_validates_the_body_and_the_path(harness):
    assert harness.request("POST", "/api/notes", json={"text": ""}, user_id="alice").status == 422
    assert harness.request("POST", "/api/notes", json={}, user_id="alice").status == 422
    assert harness.request("DELETE", "/api/notes/not-a-number", user_id="alice").status == 422
    assert harness.request("DELETE", "/api/notes/999999", user_id="alice").json() == {"detail": "you have no note 999999"}
    assert harness.request("GET", "/nowhere", user_id="alice").status == 404


def test_adding_a_note_is_logged(harness):
    harness.request("POST", "/api/notes", json={"text": "x"}, user_id="carol").assert_status(201)
    assert any(entry.message == "note added" for entry in harness.logs)
