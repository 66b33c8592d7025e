"""Upload a plugin to a Mattermost server and enable it.

PLUGIN is a bundle (.tar.gz) or a plugin's folder, which is bundled first
(with --platform and --python as for `mattermost-plugin bundle`). The bundle is
uploaded with the REST API (POST /api/v4/plugins, replacing an installed
version), then enabled (POST /api/v4/plugins/{id}/enable), as a system admin:

    export MM_SERVICESETTINGS_SITEURL=https://chat.example.com
    export MM_ADMIN_TOKEN=...        # a personal access token of a system admin
    mattermost-plugin deploy .

The server must accept uploads: PluginSettings.EnableUploads = true (and
RequirePluginSignature = false). docs/deploy.md has the other ways to install
a bundle.
"""

from __future__ import annotations

import argparse
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Optional

from mattermost_plugin._exceptions import BundleError

HELP = "upload a plugin (or bundle it first) to a Mattermost server and enable it"

URL_ENV = "MM_SERVICESETTINGS_SITEURL"
TOKEN_ENV = "MM_ADMIN_TOKEN"
TIMEOUT = 300.0
"""Seconds any one read or write of the upload may take."""


def configure(parser: argparse.ArgumentParser) -> None:
    """Add ``deploy``'s arguments."""
    parser.add_argument("plugin", nargs="?", default=".", metavar="PLUGIN", help="a bundle (.tar.gz) or a plugin's folder (default: .)")
    parser.add_argument("--url", help=f"the server's address, like https://chat.example.com (default: ${URL_ENV})")
    parser.add_argument("--token", help=f"a system admin's personal access token (default: ${TOKEN_ENV})")
    parser.add_argument("--platform", action="append", metavar="OS-ARCH", help="when bundling: a server platform (as for `bundle`)")
    parser.add_argument("--python", action="append", metavar="X.Y", help="when bundling: a CPython version (as for `bundle`)")


@dataclass
class Deployed:
    """What the server installed and enabled."""

    plugin_id: str
    version: str
    bundle: Path


def deploy(bundle: Path, url: str, token: str) -> Deployed:
    """Upload ``bundle`` to the server at ``url`` (replacing any installed version) and enable it."""
    import secrets
    import urllib.parse
    base = _base_url(url)
    if not token:
        raise BundleError(f"no access token: pass --token or set {TOKEN_ENV} (a personal access token of a system admin)")
    boundary = "mattermost-plugin-" + secrets.token_hex(12)
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="force"\r\n\r\ntrue\r\n'
        f'--{boundary}\r\nContent-Disposition: form-data; name="plugin"; filename="{bundle.name}"\r\n'
        "Content-Type: application/gzip\r\n\r\n"
    ).encode()
    tail = f"\r\n--{boundary}--\r\n".encode()
    size = bundle.stat().st_size
    answer = _request(
        "POST",
        f"{base}/api/v4/plugins",
        token,
        body=_stream(head, bundle, tail),
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}", "Content-Length": str(len(head) + size + len(tail))},
        what=f"uploading {bundle.name} ({size / (1024 * 1024):.1f} MiB)",
    )
    manifest = answer if isinstance(answer, dict) else {}
    plugin_id = str(manifest.get("id") or "")
    if not plugin_id:
        raise BundleError(f"the server accepted {bundle.name} but did not answer with its manifest; is {base} a Mattermost server?")
    _request("POST", f"{base}/api/v4/plugins/{urllib.parse.quote(plugin_id)}/enable", token, what=f"enabling {plugin_id}")
    return Deployed(plugin_id, str(manifest.get("version") or ""), bundle)


def _base_url(url: str) -> str:
    url = url.strip().rstrip("/")
    if not url:
        raise BundleError(f"no server address: pass --url or set {URL_ENV} (like https://chat.example.com)")
    if not re.match(r"^https?://[^/]", url):
        raise BundleError(f"--url {url!r} must start with http:// or https://")
    return url


def _stream(head: bytes, bundle: Path, tail: bytes) -> Iterator[bytes]:
    yield head
    with bundle.open("rb") as source:
        while block := source.read(1 << 20):
            yield block
    yield tail


def _request(
    method: str,
    url: str,
    token: str,
    what: str,
    body: Optional[Iterator[bytes]] = None,
    headers: Optional[dict[str, str]] = None,
) -> Any:
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, data=body, method=method)  # type: ignore[arg-type]
    request.add_header("Authorization", f"Bearer {token}")
    request.add_header("X-Requested-With", "XMLHttpRequest")
    request.add_header("Accept", "application/json")
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            text = response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        raise BundleError(_refusal(what, error.code, error.read().decode("utf-8", "replace"))) from None
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        if isinstance(reason, (BrokenPipeError, ConnectionResetError)) and body is not None:
            raise BundleError(
                f"{what} failed: the server closed the connection before taking the whole bundle, as it does with "
                "an upload larger than it accepts: raise FileSettings.MaxFileSize (System Console > Environment > "
                "File Storage > Maximum File Size) and any proxy's limit (nginx: client_max_body_size), or bundle "
                "only what the server needs (--python, --platform)"
            ) from None
        raise BundleError(f"{what} failed: cannot reach {url}: {reason}; check --url or ${URL_ENV}") from None
    try:
        return json.loads(text) if text.strip() else None
    except ValueError:
        return None


def _refusal(what: str, status: int, body: str) -> str:
    """One line for an answer that is not a success: what the server said, and what to do."""
    error_id, message = _server_error(body)
    said = f"{status}: {message}" if message else str(status)
    if status == 401:
        advice = f"check the token (--token or ${TOKEN_ENV}): a personal access token of a system admin"
    elif status == 403:
        advice = "the token's user may not manage plugins: use a system admin's token"
    elif status == 413:
        advice = (
            "the bundle is larger than the server accepts: raise FileSettings.MaxFileSize (System Console > "
            "Environment > File Storage > Maximum File Size) and any proxy's limit (nginx: client_max_body_size), "
            "or bundle only what the server needs (--python, --platform)"
        )
    elif error_id == "app.plugin.upload_disabled.app_error" or (status == 501 and "upload" in message.lower()):
        advice = (
            "the server does not accept plugin uploads: set PluginSettings.EnableUploads to true (config.json, or "
            "MM_PLUGINSETTINGS_ENABLEUPLOADS=true) with plugins enabled and RequirePluginSignature false, then restart it"
        )
    elif status == 404:
        advice = "is the address a Mattermost server (--url)?"
    else:
        advice = "see the server's log for more"
    return f"{what} failed: the server answered {said}; {advice}"


def _server_error(body: str) -> tuple[str, str]:
    """The AppError id and message of an error answer (or the text of a plain one)."""
    try:
        data = json.loads(body)
    except ValueError:
        title = re.search(r"<title>(.*?)</title>", body, re.IGNORECASE | re.DOTALL)
        text = title.group(1) if title else re.sub(r"<[^>]+>", " ", body)
        return "", " ".join(text.split())[:300]
    if isinstance(data, dict):
        message = str(data.get("message") or "")
        detail = str(data.get("detailed_error") or "")
        return str(data.get("id") or ""), message + (f" ({detail})" if detail else "")
    return "", ""


def run(args: argparse.Namespace) -> int:
    """Bundle if needed, upload, enable, and say where to look next."""
    from mattermost_plugin._bundle import DEFAULT_PLATFORMS, DEFAULT_PYTHONS, build_bundle

    url = args.url if args.url is not None else os.environ.get(URL_ENV, "")
    token = args.token if args.token is not None else os.environ.get(TOKEN_ENV, "")
    _base_url(url)
    if not token:
        raise BundleError(f"no access token: pass --token or set {TOKEN_ENV} (a personal access token of a system admin)")
    path = Path(args.plugin)
    if path.is_file():
        bundle = path
    elif path.is_dir():
        bundle = build_bundle(
            path,
            platforms=args.platform or DEFAULT_PLATFORMS,
            pythons=args.python or DEFAULT_PYTHONS,
            progress=lambda line: print(f"  {line}", flush=True),
        ).path
        print(f"Bundled {bundle}")
    else:
        raise BundleError(f"{path} does not exist: name a bundle (.tar.gz) or a plugin's folder")
    deployed = deploy(bundle, url, token)
    name = f"{deployed.plugin_id} {deployed.version}".strip()
    print(f"Uploaded {name} to {_base_url(url)} and enabled it.")
    print(f"  System Console > Plugins > Plugin Management shows its state; its log lines carry plugin_id={deployed.plugin_id}.")
    return 0
