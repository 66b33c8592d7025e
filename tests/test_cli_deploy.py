"""`mattermost-plugin deploy`: against a real HTTP server on a real socket that answers like Mattermost.

The server records every request and answers as Mattermost's api4 does
(server/channels/api4/plugin.go): 201 with the manifest read from the uploaded
bundle, 200 ``{"status": "OK"}`` for enable, and Mattermost's AppError JSON for
a bad token (401), a user who may not manage plugins (403), an upload over
FileSettings.MaxFileSize (413) and uploads turned off (501).
"""

from __future__ import annotations

import email.parser
import email.policy
import io
import json
import socket
import tarfile
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Iterator, Optional

import pytest

from bundling import HERE
from mattermost_plugin._bundle import Bundle, build_bundle
from mattermost_plugin.cli import main

REPO = Path(__file__).resolve().parent.parent
TOKEN = "s3cr3t-admin-token"


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    fields: dict[str, str] = field(default_factory=dict)
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # field -> (file name, content)


@dataclass
class Settings:
    enable_uploads: bool = True
    max_file_size: int = 100 * 1024 * 1024
    admin: bool = True


class FakeMattermost(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.received: list[Received] = []
        self.settings = Settings()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


def app_error(status: int, error_id: str, message: str) -> tuple[int, dict[str, Any]]:
    return status, {"id": error_id, "message": message, "detailed_error": "", "request_id": "r1", "status_code": status}


class Handler(BaseHTTPRequestHandler):
    server: FakeMattermost

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def answer(self, status: int, body: Any, close: bool = False) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        if close:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self) -> None:
        settings = self.server.settings
        record = Received("POST", self.path, {name.lower(): value for name, value in self.headers.items()})
        self.server.received.append(record)
        length = int(self.headers.get("Content-Length", "0"))
        if self.headers.get("Authorization") != f"Bearer {TOKEN}":
            self.rfile.read(length)
            return self.answer(*app_error(401, "api.context.session_expired.app_error", "Invalid or expired session, please login again."))
        if self.path == "/api/v4/plugins":
            if not settings.enable_uploads:
                self.rfile.read(length)
                return self.answer(*app_error(501, "app.plugin.upload_disabled.app_error", "Plugins and/or plugin uploads have been disabled."))
            if not settings.admin:
                self.rfile.read(length)
                return self.answer(*app_error(403, "api.context.permissions.app_error", "You do not have the appropriate permissions."))
            if length > settings.max_file_size + 512:
                # Mattermost reads no further than its limit, answers, and closes the connection.
                self.rfile.read(settings.max_file_size + 512)
                return self.answer(*app_error(413, "api.plugin.upload.file_too_large.app_error", "Unable to upload file. File is too large."), close=True)
            body = self.rfile.read(length)
            message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
                f"Content-Type: {self.headers['Content-Type']}\r\n\r\n".encode() + body
            )
            for part in message.iter_parts():  # type: ignore[attr-defined]
                name = part.get_param("name", header="content-disposition")
                if part.get_filename():
                    record.files[name] = (part.get_filename(), part.get_payload(decode=True))
                else:
                    record.fields[name] = part.get_payload(decode=True).decode()
            upload = record.files["plugin"][1]
            with tarfile.open(fileobj=io.BytesIO(upload)) as archive:
                manifest_name = next(name for name in archive.getnames() if name.count("/") == 1 and name.endswith("/plugin.json"))
                manifest = json.load(archive.extractfile(manifest_name))  # type: ignore[arg-type]
            return self.answer(201, manifest)
        if self.path.startswith("/api/v4/plugins/") and self.path.endswith("/enable"):
            self.rfile.read(length)
            return self.answer(200, {"status": "OK"})
        self.rfile.read(length)
        self.answer(*app_error(404, "api.context.404.app_error", "Sorry, we could not find the page."))


@pytest.fixture
def mattermost() -> Iterator[FakeMattermost]:
    server = FakeMattermost()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def guard(bundle_cache: Path, tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    out = tmp_path_factory.mktemp("deploy") / "guard.tar.gz"
    return build_bundle(REPO / "examples" / "guard", out, platforms=["linux-amd64"], pythons=[HERE], cache_dir=bundle_cache)


def deploy(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["deploy", *args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_a_bundle_is_uploaded_with_force_and_enabled(mattermost: FakeMattermost, guard: Bundle, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = deploy(capsys, str(guard.path), "--url", mattermost.url + "/", "--token", TOKEN)
    assert status == 0, err
    upload, enable = mattermost.received
    assert (upload.method, upload.path) == ("POST", "/api/v4/plugins")
    assert upload.headers["authorization"] == f"Bearer {TOKEN}"
    assert upload.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert upload.fields == {"force": "true"}
    assert upload.files["plugin"] == (guard.path.name, guard.path.read_bytes())
    assert (enable.method, enable.path) == ("POST", "/api/v4/plugins/com.example.guard/enable")
    assert enable.headers["authorization"] == f"Bearer {TOKEN}"
    assert f"Uploaded com.example.guard 0.1.0 to {mattermost.url} and enabled it." in out
    assert "plugin_id=com.example.guard" in out


def test_the_address_and_token_come_from_the_environment(
    mattermost: FakeMattermost, guard: Bundle, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MM_SERVICESETTINGS_SITEURL", mattermost.url)
    monkeypatch.setenv("MM_ADMIN_TOKEN", TOKEN)
    status, out, err = deploy(capsys, str(guard.path))
    assert status == 0, err
    assert [r.path for r in mattermost.received] == ["/api/v4/plugins", "/api/v4/plugins/com.example.guard/enable"]


def test_a_folder_is_bundled_first(
    mattermost: FakeMattermost, bundle_cache: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MATTERMOST_PLUGIN_CACHE", str(bundle_cache))
    plugin = tmp_path / "word_filter"
    import shutil

    shutil.copytree(REPO / "examples" / "word_filter", plugin)
    status, out, err = deploy(
        capsys, str(plugin), "--url", mattermost.url, "--token", TOKEN, "--platform", "linux-amd64", "--python", HERE
    )
    assert status == 0, err
    uploaded = plugin / "dist" / "com.example.word-filter-0.1.0.tar.gz"
    assert mattermost.received[0].files["plugin"] == (uploaded.name, uploaded.read_bytes())
    assert mattermost.received[1].path == "/api/v4/plugins/com.example.word-filter/enable"


@pytest.mark.parametrize(
    ("setting", "expected"),
    [
        ("token", "uploading guard.tar.gz (19.6 MiB) failed: the server answered 401: Invalid or expired session, please login again.; check the token"),
        ("admin", "the server answered 403: You do not have the appropriate permissions.; the token's user may not manage plugins"),
        ("uploads", "the server answered 501: Plugins and/or plugin uploads have been disabled.; the server does not accept plugin uploads: set PluginSettings.EnableUploads to true"),
        ("size", "raise FileSettings.MaxFileSize"),
    ],
)
def test_refusals_are_one_line_with_the_servers_message_and_the_fix(
    mattermost: FakeMattermost, guard: Bundle, capsys: pytest.CaptureFixture[str], setting: str, expected: str
) -> None:
    token = TOKEN
    if setting == "token":
        token = "wrong"
    elif setting == "admin":
        mattermost.settings.admin = False
    elif setting == "uploads":
        mattermost.settings.enable_uploads = False
    else:
        mattermost.settings.max_file_size = 1024 * 1024
    status, out, err = deploy(capsys, str(guard.path), "--url", mattermost.url, "--token", token)
    assert status == 1
    assert len(err.splitlines()) == 1 and err.startswith("mattermost-plugin: error: "), err
    assert expected.replace("19.6 MiB", f"{guard.size / (1024 * 1024):.1f} MiB") in err, err
    assert [r.path for r in mattermost.received] == ["/api/v4/plugins"]  # nothing enabled


def test_an_unreachable_server_and_missing_settings(guard: Bundle, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MM_SERVICESETTINGS_SITEURL", raising=False)
    monkeypatch.delenv("MM_ADMIN_TOKEN", raising=False)
    status, out, err = deploy(capsys, str(guard.path), "--token", TOKEN)
    assert status == 1 and "no server address: pass --url or set MM_SERVICESETTINGS_SITEURL" in err
    status, out, err = deploy(capsys, str(guard.path), "--url", "http://127.0.0.1:1")
    assert status == 1 and "no access token: pass --token or set MM_ADMIN_TOKEN" in err
    status, out, err = deploy(capsys, str(guard.path), "--url", "chat.example.com", "--token", TOKEN)
    assert status == 1 and "must start with http:// or https://" in err
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    status, out, err = deploy(capsys, str(guard.path), "--url", f"http://127.0.0.1:{port}", "--token", TOKEN)
    assert status == 1 and len(err.splitlines()) == 1
    assert f"cannot reach http://127.0.0.1:{port}/api/v4/plugins" in err and "check --url" in err
    status, out, err = deploy(capsys, "no-such-thing.tar.gz", "--url", "http://127.0.0.1:1", "--token", TOKEN)
    assert status == 1 and "no-such-thing.tar.gz does not exist" in err
