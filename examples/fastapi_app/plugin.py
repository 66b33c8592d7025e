"""Notes: a FastAPI application mounted as the plugin's HTTP handler in one line.

``serve_http = asgi(app)`` hands every request for ``/plugins/com.example.fastapi-notes/...``
to the app, which sees the path below that prefix (``/api/notes``) and builds
URLs with the prefix in front (its ``root_path``). The logged-in Mattermost user
and the plugin are on ``request.state.mattermost``: the ``current_user``
dependency below turns a request without a session into a 401.

- ``GET /api/notes``: the user's notes;
- ``POST /api/notes`` ``{"text": "..."}``: add one (FastAPI validates the body: 422 otherwise);
- ``DELETE /api/notes/{id}``: remove one (404 if the user has no such note).

The notes live in memory, per plugin process; a real plugin would keep them in
the plugin's key-value store (``self.api.kv_set``), reachable here as
``request.state.mattermost.plugin.api``.
"""

from __future__ import annotations

import itertools
import threading

from fastapi import Depends, FastAPI, HTTPException, Request
from pydantic import BaseModel, Field

from mattermost_plugin import Plugin
from mattermost_plugin.http import asgi


class NewNote(BaseModel):
    text: str = Field(min_length=1, max_length=1000)


class Note(NewNote):
    id: int


app = FastAPI(title="Notes")
_notes: dict[str, dict[int, Note]] = {}
_ids = itertools.count(1)
_lock = threading.Lock()


def current_user(request: Request) -> str:
    """The Mattermost user who sent the request; 401 without a session."""
    user_id: str = request.state.mattermost.user_id
    if not user_id:
        raise HTTPException(status_code=401, detail="log in to Mattermost first")
    return user_id


@app.get("/api/notes")
def list_notes(user_id: str = Depends(current_user)) -> list[Note]:
    with _lock:
        return list(_notes.get(user_id, {}).values())


@app.post("/api/notes", status_code=201)
def add_note(note: NewNote, request: Request, user_id: str = Depends(current_user)) -> Note:
    with _lock:
        added = Note(id=next(_ids), text=note.text)
        _notes.setdefault(user_id, {})[added.id] = added
    request.state.mattermost.plugin.logger.info("note added", extra={"user_id": user_id, "note": added.id})
    return added


@app.delete("/api/notes/{note_id}", status_code=204)
def delete_note(note_id: int, user_id: str = Depends(current_user)) -> None:
    with _lock:
        if _notes.get(user_id, {}).pop(note_id, None) is None:
            raise HTTPException(status_code=404, detail=f"you have no note {note_id}")


class Notes(Plugin):
    serve_http = asgi(app)
