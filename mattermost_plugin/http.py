"""HTTP for plugins: the request ``serve_http`` receives, the response it returns, and mounting a web app.

Mattermost sends every request for ``/plugins/<plugin id>/...`` to the plugin's
``serve_http`` (and ``/plugins/<plugin id>/metrics`` on its metrics listener to
``serve_metrics``)::

    from mattermost_plugin import Plugin
    from mattermost_plugin.http import Request, Response

    class Hello(Plugin):
        def serve_http(self, context, request: Request) -> Response:
            if not request.user_id:
                return Response.text("log in first", status=401)
            return Response.json({"hello": request.user_id, "path": request.path})

A whole web application serves the plugin's URLs in one line::

    from fastapi import FastAPI
    from mattermost_plugin.http import asgi

    app = FastAPI()

    class MyPlugin(Plugin):
        serve_http = asgi(app)            # wsgi(app) for Flask and other WSGI apps

Bodies are streams both ways: the request's body arrives in chunks of at most
:data:`CHUNK_SIZE` bytes as the handler reads it, and a response whose body is
an iterator (or async iterator, or a file) is sent chunk by chunk, each chunk
flushed to the client as it is produced (server-sent events and long polls
work). Neither side ever holds a whole body unless the handler asks for it
(:meth:`Request.read`).
"""

from __future__ import annotations

import asyncio
import io
import json as _json
import threading
from concurrent.futures import Executor
from http.cookies import SimpleCookie
from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterable,
    AsyncIterator,
    BinaryIO,
    Callable,
    Iterable,
    Iterator,
    Mapping,
    MutableMapping,
    Optional,
    Union,
)
from urllib.parse import parse_qs

from mattermost_plugin._context import Context
from mattermost_plugin._exceptions import BodyTooLarge, ClientDisconnected

if TYPE_CHECKING:
    from mattermost_plugin._plugin import Plugin

CHUNK_SIZE = 64 * 1024
"""The most bytes of a body one message of the protocol carries (64 KiB)."""

MAX_REQUEST_BODY = 100 * 1024 * 1024
"""The default limit of a request body a plugin reads (``Plugin.max_request_body``): 100 MiB,
Mattermost's default for the largest file a user may upload (``FileSettings.MaxFileSize``)."""

MAX_UPLOAD_SIZE = 100 * 1024 * 1024
"""The default limit of an upload ``file_will_be_uploaded`` reads (``Plugin.max_upload_size``): 100 MiB,
Mattermost's default ``FileSettings.MaxFileSize``."""

USER_ID_HEADER = "Mattermost-User-Id"
"""The header Mattermost sets to the id of the logged-in user who sent a request (and removes otherwise)."""

PLUGIN_ID_HEADER = "Mattermost-Plugin-ID"
"""The header Mattermost sets on a request another plugin (or the server itself) sends through the plugin API."""

HeadersInput = Union["Headers", Mapping[str, str], Iterable[tuple[str, str]], None]
"""What a response's headers may be given as: a mapping, (name, value) pairs, or :class:`Headers`."""

ResponseBody = Union[bytes, bytearray, memoryview, str, Iterable[Union[bytes, str]], AsyncIterable[Union[bytes, str]], BinaryIO]
"""What a response's body may be: the bytes (or text, sent as UTF-8), an iterable or async iterable of
chunks (sent as they come, each flushed), or a binary file (read in chunks, then closed)."""

_FORBIDDEN_IN_HEADERS = ("\r", "\n", "\0")


class Headers(MutableMapping[str, str]):
    """HTTP headers: names compare without regard to case, and a name may have several values.

    As a mapping, ``headers["content-type"]`` is the first value of a name (and
    setting it replaces every value); :meth:`get_all` has every value and
    :meth:`add` adds one. :meth:`multi_items` lists every (name, value) pair in
    order, as they travel.
    """

    __slots__ = ("_items",)

    def __init__(self, items: HeadersInput = None) -> None:
        self._items: list[tuple[str, str]] = []
        if items is None:
            return
        pairs: Iterable[tuple[str, str]]
        if isinstance(items, Headers):
            pairs = items.multi_items()
        elif isinstance(items, Mapping):
            pairs = items.items()
        else:
            pairs = items
        for name, value in pairs:
            self.add(name, value)

    def __getitem__(self, name: str) -> str:
        wanted = name.lower()
        for key, value in self._items:
            if key.lower() == wanted:
                return value
        raise KeyError(name)

    def __setitem__(self, name: str, value: str) -> None:
        _check_header(name, value)
        wanted = name.lower()
        self._items = [(key, old) for key, old in self._items if key.lower() != wanted]
        self._items.append((name, value))

    def __delitem__(self, name: str) -> None:
        wanted = name.lower()
        kept = [(key, value) for key, value in self._items if key.lower() != wanted]
        if len(kept) == len(self._items):
            raise KeyError(name)
        self._items = kept

    def __iter__(self) -> Iterator[str]:
        seen: set[str] = set()
        for key, _ in self._items:
            if key.lower() not in seen:
                seen.add(key.lower())
                yield key

    def __len__(self) -> int:
        return len({key.lower() for key, _ in self._items})

    def __contains__(self, name: object) -> bool:
        if not isinstance(name, str):
            return False
        wanted = name.lower()
        return any(key.lower() == wanted for key, _ in self._items)

    def get_all(self, name: str) -> list[str]:
        """Every value of ``name``, in order (an empty list when there is none)."""
        wanted = name.lower()
        return [value for key, value in self._items if key.lower() == wanted]

    def add(self, name: str, value: str) -> None:
        """Add a value of ``name``, keeping those it already has."""
        _check_header(name, value)
        self._items.append((name, value))

    def multi_items(self) -> list[tuple[str, str]]:
        """Every (name, value) pair, in order, a name that repeats once per value."""
        return list(self._items)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Headers):
            return [(k.lower(), v) for k, v in self._items] == [(k.lower(), v) for k, v in other._items]
        if isinstance(other, Mapping):
            return dict(self.items()) == {key: other[key] for key in other} and len(self) == len(other)
        return NotImplemented

    def __repr__(self) -> str:
        return f"Headers({self._items!r})"


def _check_header(name: str, value: str) -> None:
    if not isinstance(name, str) or not isinstance(value, str):
        raise TypeError(f"a header's name and value must be str, got {type(name).__name__} and {type(value).__name__}")
    if not name or any(char in name for char in _FORBIDDEN_IN_HEADERS + (":", " ")):
        raise ValueError(f"{name!r} is not a valid header name")
    if any(char in value for char in _FORBIDDEN_IN_HEADERS):
        raise ValueError(f"the value of header {name!r} holds a line break or NUL, which would split the response")


class _Ending:
    """Whether a call has ended (the client went away, or the call finished), for threads and coroutines."""

    __slots__ = ("_event", "_lock", "_waiters", "_callbacks")

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._waiters: list[tuple[asyncio.AbstractEventLoop, asyncio.Future[None]]] = []
        self._callbacks: list[Callable[[], None]] = []

    def is_set(self) -> bool:
        return self._event.is_set()

    def set(self) -> None:
        with self._lock:
            if self._event.is_set():
                return
            self._event.set()
            waiters, self._waiters = self._waiters, []
            callbacks, self._callbacks = self._callbacks, []
        for loop, future in waiters:
            try:
                loop.call_soon_threadsafe(_resolve, future)
            except RuntimeError:  # the loop is closed: nobody waits any more
                pass
        for callback in callbacks:
            callback()

    def on_set(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` when the call ends (at once if it has)."""
        with self._lock:
            if not self._event.is_set():
                self._callbacks.append(callback)
                return
        callback()

    def wait(self, timeout: Optional[float] = None) -> bool:
        return self._event.wait(timeout)

    async def wait_async(self) -> None:
        loop = asyncio.get_running_loop()
        future: asyncio.Future[None] = loop.create_future()
        entry = (loop, future)
        with self._lock:
            if self._event.is_set():
                return
            self._waiters.append(entry)
        try:
            await future
        finally:
            with self._lock:
                if entry in self._waiters:
                    self._waiters.remove(entry)


def _resolve(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


class Body(io.BufferedIOBase):
    """The bytes of a request or an upload, read as they arrive.

    A binary file object: ``read(size)``, ``readline()``, iteration over lines,
    ``shutil.copyfileobj`` and friends work. :meth:`chunks` gives the chunks as
    they arrive; :meth:`aread` and :meth:`achunks` are for ``async def``
    methods (they wait in a thread, never blocking the event loop). Reading past
    the plugin's limit raises :class:`~mattermost_plugin.BodyTooLarge`; reading
    after the client went away raises :class:`~mattermost_plugin.ClientDisconnected`.

    ``Body(b"...")`` (or an iterable of chunks, or a binary file) makes one to
    pass to a handler in a test.
    """

    def __init__(
        self,
        data: Union[bytes, bytearray, memoryview, Iterable[bytes], BinaryIO] = b"",
        *,
        length: Optional[int] = None,
        limit: Optional[int] = None,
        what: str = "request body",
    ) -> None:
        super().__init__()
        if isinstance(data, (bytes, bytearray, memoryview)):
            whole = bytes(data)
            self._source: Callable[[], bytes] = iter([whole, b""]).__next__
            if length is None:
                length = len(whole)
            self._local = True
        elif hasattr(data, "read"):
            reader: Any = data
            self._source = lambda: reader.read(CHUNK_SIZE) or b""
            self._local = False
        else:
            chunks = (bytes(chunk) for chunk in data if chunk)  # type: ignore[union-attr]
            self._source = lambda: next(chunks, b"")
            self._local = False
        self._setup(length, limit, what, None)

    @classmethod
    def _streamed(
        cls,
        source: Callable[[], bytes],
        ready: Callable[[], bool],
        *,
        length: Optional[int],
        limit: Optional[int],
        what: str,
        executor: Optional[Executor],
    ) -> Body:
        """A body whose chunks ``source`` returns one at a time (``b""`` at the end), waiting for each;
        ``ready()`` says when the next call will not wait."""
        body = cls.__new__(cls)
        io.BufferedIOBase.__init__(body)
        body._source = source
        body._local = False
        body._setup(length, limit, what, executor)
        body._ready = ready
        return body

    def _setup(self, length: Optional[int], limit: Optional[int], what: str, executor: Optional[Executor]) -> None:
        self.length: Optional[int] = length if length is not None and length >= 0 else None
        """The body's size when the sender said it (Content-Length), else None."""
        self.limit = limit
        """The most bytes that may be read (None: no limit)."""
        self._what = what
        self._executor = executor
        self._buffer = b""
        self._offset = 0
        self._received = 0
        self._done = False
        self._too_large = False
        self._lock = threading.Lock()
        self._ready: Callable[[], bool] = lambda: self._local

    # -- io.BufferedIOBase ---------------------------------------------------

    def readable(self) -> bool:
        return True

    def _fill(self) -> bool:
        """Take the next chunk into the buffer; False at the end of the body."""
        if self._too_large:
            raise BodyTooLarge(self._what, self.limit or 0)
        if self._done:
            return False
        limit = self.limit
        if limit is not None and self.length is not None and self.length > limit:
            self._too_large = True
            raise BodyTooLarge(self._what, limit)
        chunk = self._source()
        if not chunk:
            self._done = True
            return False
        self._received += len(chunk)
        if limit is not None and self._received > limit:
            self._too_large = True
            raise BodyTooLarge(self._what, limit)
        self._buffer, self._offset = chunk, 0
        return True

    def _available(self) -> int:
        return len(self._buffer) - self._offset

    def _take(self, size: int) -> bytes:
        end = min(len(self._buffer), self._offset + size)
        if self._offset == 0 and end == len(self._buffer):
            piece = self._buffer
        else:
            piece = self._buffer[self._offset : end]
        self._offset = end
        if self._offset == len(self._buffer):
            self._buffer, self._offset = b"", 0
        return piece

    def read(self, size: Optional[int] = -1) -> bytes:
        """Up to ``size`` bytes (all that is left when ``size`` is negative or None), fewer only at the end."""
        self._check_closed()
        with self._lock:
            if size is None or size < 0:
                parts = [self._take(self._available())] if self._available() else []
                while self._fill():
                    parts.append(self._take(self._available()))
                return b"".join(parts)
            parts = []
            wanted = size
            while wanted > 0:
                if not self._available() and not self._fill():
                    break
                piece = self._take(wanted)
                parts.append(piece)
                wanted -= len(piece)
            return parts[0] if len(parts) == 1 else b"".join(parts)

    def read1(self, size: int = -1) -> bytes:
        """Up to ``size`` bytes from what has arrived, waiting only when nothing has."""
        self._check_closed()
        with self._lock:
            if not self._available() and not self._fill():
                return b""
            return self._take(self._available() if size is None or size < 0 else size)

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        data = self.read(len(view))
        view[: len(data)] = data
        return len(data)

    def peek(self, size: int = 0) -> bytes:
        """What has arrived and not been read, without consuming it (waits for the next chunk if none)."""
        self._check_closed()
        with self._lock:
            if not self._available():
                self._fill()
            return self._buffer[self._offset :]

    def _check_closed(self) -> None:
        if self.closed:
            raise ValueError("the body is closed")

    # -- chunks ---------------------------------------------------------------

    def _next_chunk(self) -> bytes:
        with self._lock:
            if not self._available() and not self._fill():
                return b""
            return self._take(self._available())

    def chunks(self) -> Iterator[bytes]:
        """The body's chunks as they arrive (what has not been read yet)."""
        self._check_closed()
        while True:
            chunk = self._next_chunk()
            if not chunk:
                return
            yield chunk

    def _waits(self) -> bool:
        """Whether the next read may have to wait for bytes to arrive."""
        return not (self._available() or self._done or self._too_large or self._ready())

    def _exhausted(self) -> bool:
        """True when nothing is left to read, and that is known without waiting."""
        with self._lock:
            if self._available():
                return False
            if self._done:
                return True
            return self._ready() and not self._fill()

    async def aread(self, size: int = -1) -> bytes:
        """:meth:`read` for ``async def`` methods: waits for the bytes in a thread, not on the event loop."""
        self._check_closed()
        if size is None or size < 0:
            parts: list[bytes] = []
            while True:
                chunk = await self._anext_chunk()
                if not chunk:
                    return b"".join(parts)
                parts.append(chunk)
        if self._local or self._done or self._available() >= size:
            return self.read(size)
        return await asyncio.get_running_loop().run_in_executor(self._executor, self.read, size)

    async def _anext_chunk(self) -> bytes:
        if self._waits():
            return await asyncio.get_running_loop().run_in_executor(self._executor, self._next_chunk)
        return self._next_chunk()

    async def achunks(self) -> AsyncIterator[bytes]:
        """:meth:`chunks` for ``async def`` methods."""
        self._check_closed()
        while True:
            chunk = await self._anext_chunk()
            if not chunk:
                return
            yield chunk

    @property
    def received(self) -> int:
        """How many bytes have arrived so far."""
        return self._received

    def __repr__(self) -> str:
        size = f"{self.length} bytes" if self.length is not None else "size unknown"
        return f"<Body {self._what}, {size}, {self._received} received>"


class Request:
    """An HTTP request Mattermost passed to the plugin.

    ``path`` is below the plugin's own prefix: a request for
    ``https://chat.example.com/plugins/com.example.hello/api/v1/items?limit=5``
    has path ``/api/v1/items``, query ``limit=5`` and root path
    ``/plugins/com.example.hello``. ``user_id`` is the logged-in Mattermost user
    who sent it, as the server vouches for it (its ``Mattermost-User-Id``
    header), or ``""`` for a request without a valid session. ``body`` is the
    body as a stream (:class:`Body`); :meth:`read`, :meth:`json`, :meth:`text`
    and :meth:`form` read it whole.

    Build one in a test to call a handler directly:
    ``Request("POST", "/hook", body=b'{"text": "hi"}', user_id="u1")``.
    """

    def __init__(
        self,
        method: str = "GET",
        path: str = "/",
        *,
        query: str = "",
        headers: HeadersInput = None,
        body: Union[bytes, str, Body, Iterable[bytes], BinaryIO] = b"",
        user_id: str = "",
        context: Optional[Context] = None,
        remote_addr: str = "",
        host: str = "",
        proto: str = "HTTP/1.1",
        root_path: str = "",
        raw_path: str = "",
        plugin: Optional["Plugin"] = None,
    ) -> None:
        if "?" in path and not query:
            path, _, query = path.partition("?")
        self.method = method.upper()
        """The HTTP method, upper case."""
        self.path = path or "/"
        """The path below the plugin's prefix (``/api/v1/items``), percent-decoded."""
        self.raw_path = raw_path or self.path
        """The same path as it was sent, still percent-encoded."""
        self.query = query
        """The query string, without the ``?`` (Mattermost has removed any ``access_token``)."""
        self.headers = Headers(headers)
        """The request's headers (Mattermost has removed its own session cookie and token)."""
        if isinstance(body, str):
            body = body.encode("utf-8")
        self.body = body if isinstance(body, Body) else Body(body)
        """The body, as a stream."""
        self.user_id = user_id
        """The id of the logged-in user who sent the request, or ``""`` when there is none."""
        self.context = context if context is not None else Context()
        """The plugin context of the request (the same one the hook method receives)."""
        self.remote_addr = remote_addr
        """The client's address as the server saw it (``ip:port``)."""
        self.host = host
        """The Host the client asked for."""
        self.proto = proto
        """The protocol, ``HTTP/1.1`` or ``HTTP/2.0``."""
        self.root_path = root_path
        """The prefix the server took off the path (``/plugins/<plugin id>``, after any site subpath)."""
        self.plugin = plugin
        """The plugin instance serving the request (so a mounted web app can reach ``plugin.api``)."""
        self._ending = _Ending()

    # -- who and where --------------------------------------------------------

    @property
    def url(self) -> str:
        """The path and query, as the plugin sees them: ``/api/v1/items?limit=5``."""
        return self.raw_path + (f"?{self.query}" if self.query else "")

    @property
    def source_plugin_id(self) -> str:
        """The id of the plugin that sent this request through the plugin API, ``""`` for a client's request."""
        return self.headers.get(PLUGIN_ID_HEADER, "")

    @property
    def scheme(self) -> str:
        """``https`` when a proxy in front of Mattermost says so (X-Forwarded-Proto), else ``http``."""
        forwarded = self.headers.get("X-Forwarded-Proto", "").split(",")[0].strip().lower()
        return forwarded if forwarded in ("http", "https") else "http"

    @property
    def content_type(self) -> str:
        """The Content-Type header (``""`` without one)."""
        return self.headers.get("Content-Type", "")

    @property
    def content_length(self) -> Optional[int]:
        """The body's size as the client announced it, or None."""
        return self.body.length

    @property
    def query_params(self) -> dict[str, list[str]]:
        """The query's parameters, each with all its values: ``{"limit": ["5"]}``."""
        return parse_qs(self.query, keep_blank_values=True)

    def query_param(self, name: str, default: str = "") -> str:
        """The first value of one query parameter, or ``default``."""
        values = self.query_params.get(name)
        return values[0] if values else default

    @property
    def cookies(self) -> dict[str, str]:
        """The request's cookies by name."""
        jar: SimpleCookie = SimpleCookie()
        for header in self.headers.get_all("Cookie"):
            try:
                jar.load(header)
            except Exception:  # noqa: BLE001 - a malformed Cookie header gives no cookies, as browsers treat it
                continue
        return {name: morsel.value for name, morsel in jar.items()}

    # -- the body, whole ------------------------------------------------------

    def read(self) -> bytes:
        """The whole body (raises BodyTooLarge past the plugin's limit)."""
        return self.body.read()

    def text(self) -> str:
        """The whole body as text, in the charset of its Content-Type (UTF-8 by default)."""
        return self.read().decode(self._charset(), errors="replace")

    def json(self) -> Any:
        """The whole body parsed as JSON (a ``json.JSONDecodeError``, a ValueError, when it is not)."""
        return _json.loads(self.read())

    def form(self) -> dict[str, list[str]]:
        """The whole body parsed as an ``application/x-www-form-urlencoded`` form."""
        return parse_qs(self.read().decode(self._charset(), errors="replace"), keep_blank_values=True)

    async def aread(self) -> bytes:
        """:meth:`read` for ``async def`` methods."""
        return await self.body.aread()

    async def atext(self) -> str:
        """:meth:`text` for ``async def`` methods."""
        return (await self.aread()).decode(self._charset(), errors="replace")

    async def ajson(self) -> Any:
        """:meth:`json` for ``async def`` methods."""
        return _json.loads(await self.aread())

    async def aform(self) -> dict[str, list[str]]:
        """:meth:`form` for ``async def`` methods."""
        return parse_qs((await self.aread()).decode(self._charset(), errors="replace"), keep_blank_values=True)

    def _charset(self) -> str:
        for part in self.content_type.split(";")[1:]:
            key, _, value = part.strip().partition("=")
            if key.lower() == "charset" and value:
                return value.strip('"')
        return "utf-8"

    # -- the client going away -------------------------------------------------

    @property
    def disconnected(self) -> bool:
        """True once the client has gone away (or the call has ended): stop working on the answer."""
        return self._ending.is_set()

    def wait_disconnected(self, timeout: Optional[float] = None) -> bool:
        """Wait up to ``timeout`` seconds (forever when None) for the client to go away; True if it has."""
        return self._ending.wait(timeout)

    async def until_disconnected(self) -> None:
        """Return once the client has gone away (an ``async def`` long poll awaits it beside its work)."""
        await self._ending.wait_async()

    def __repr__(self) -> str:
        return f"<Request {self.method} {self.url}{' user ' + self.user_id if self.user_id else ''}>"


class Response:
    """What ``serve_http`` returns: a status, headers and a body.

    The body may be bytes (or a str, sent as UTF-8), an iterable or async
    iterable of chunks (each sent and flushed as it comes: a generator makes a
    stream of server-sent events), or a binary file (read in chunks and closed
    at the end). Small helpers build the usual ones: :meth:`json`, :meth:`text`,
    :meth:`redirect`.
    """

    def __init__(
        self,
        body: ResponseBody = b"",
        status: int = 200,
        headers: HeadersInput = None,
        *,
        content_type: Optional[str] = None,
    ) -> None:
        self.status = status
        """The status code."""
        self.headers = Headers(headers)
        """The response's headers."""
        if content_type is not None:
            self.headers["Content-Type"] = content_type
        if isinstance(body, str):
            body = body.encode("utf-8")
            if "Content-Type" not in self.headers:
                self.headers["Content-Type"] = "text/plain; charset=utf-8"
        self.body: ResponseBody = body
        """The body: bytes, an iterable or async iterable of chunks, or a binary file."""

    @classmethod
    def json(cls, value: Any, status: int = 200, headers: HeadersInput = None) -> Response:
        """``value`` as JSON (``application/json``); Mattermost models are written as their JSON."""
        data = _json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=_model_json).encode("utf-8")
        return cls(data, status, headers, content_type="application/json")

    @classmethod
    def text(
        cls, text: str, status: int = 200, headers: HeadersInput = None, content_type: str = "text/plain; charset=utf-8"
    ) -> Response:
        """``text`` as UTF-8 (``text/plain`` unless ``content_type`` says otherwise)."""
        return cls(text.encode("utf-8"), status, headers, content_type=content_type)

    @classmethod
    def redirect(cls, location: str, status: int = 302) -> Response:
        """A redirect to ``location``."""
        return cls(b"", status, {"Location": location})

    @property
    def streamed(self) -> bool:
        """True when the body is sent chunk by chunk as it is produced (an iterable, or a file)."""
        return not isinstance(self.body, (bytes, bytearray, memoryview))

    def __repr__(self) -> str:
        size = f"{len(self.body)} bytes" if isinstance(self.body, (bytes, bytearray, memoryview)) else "streamed"
        return f"<Response {self.status}, {size}>"


def _model_json(value: Any) -> Any:
    """``json.dumps``'s fallback: a Mattermost model as its JSON object."""
    from mattermost_plugin.models import Model, to_dict

    if isinstance(value, Model):
        return to_dict(value)
    raise TypeError(f"{type(value).__name__} is not JSON data")


def asgi(app: Any) -> Callable[..., Any]:
    """A ``serve_http`` (or ``serve_metrics``) method that serves the ASGI application ``app``.

    ``serve_http = asgi(app)`` in the class body mounts a FastAPI, Starlette
    (or any ASGI 3) application on the plugin's URLs. The app sees the path below
    the plugin's prefix as its route path, with ``root_path`` set to the prefix
    so the URLs it builds are right. The Mattermost user id and the plugin
    context are in the request's state (``request.state.mattermost`` is the
    :class:`Request`: ``.user_id``, ``.context``, ``.plugin``), also under
    ``scope["mattermost"]``.
    """
    from mattermost_plugin._asgi import serve_asgi

    async def serve_http(self: Any, context: Context, request: Request) -> Response:
        return await serve_asgi(app, request)

    serve_http.__doc__ = f"Serves the ASGI application {_name(app)}."
    return serve_http


def wsgi(app: Any) -> Callable[..., Any]:
    """A ``serve_http`` (or ``serve_metrics``) method that serves the WSGI application ``app``.

    ``serve_http = wsgi(app)`` mounts a Flask (or any WSGI) application on the
    plugin's URLs: ``PATH_INFO`` is the path below the plugin's prefix and
    ``SCRIPT_NAME`` the prefix. ``environ["mattermost"]`` is the
    :class:`Request` (``.user_id``, ``.context``, ``.plugin``); Flask reaches it
    as ``flask.request.environ["mattermost"]``. The app runs on a thread of its
    own per request, like any threaded WSGI server.
    """
    from mattermost_plugin._wsgi import serve_wsgi

    def serve_http(self: Any, context: Context, request: Request) -> Response:
        return serve_wsgi(app, request)

    serve_http.__doc__ = f"Serves the WSGI application {_name(app)}."
    return serve_http


def _name(app: Any) -> str:
    return getattr(app, "__qualname__", None) or type(app).__name__


def serve_asgi(app: Any, request: Request) -> Any:
    """Serve ``request`` with the ASGI application ``app`` (await it in an ``async def serve_http``)."""
    from mattermost_plugin._asgi import serve_asgi as serve

    return serve(app, request)


def serve_wsgi(app: Any, request: Request) -> Response:
    """Serve ``request`` with the WSGI application ``app`` (from a plain ``def serve_http``)."""
    from mattermost_plugin._wsgi import serve_wsgi as serve

    return serve(app, request)


__all__ = [
    "CHUNK_SIZE",
    "MAX_REQUEST_BODY",
    "MAX_UPLOAD_SIZE",
    "PLUGIN_ID_HEADER",
    "USER_ID_HEADER",
    "Body",
    "BodyTooLarge",
    "ClientDisconnected",
    "Headers",
    "HeadersInput",
    "Request",
    "Response",
    "ResponseBody",
    "asgi",
    "serve_asgi",
    "serve_wsgi",
    "wsgi",
]
