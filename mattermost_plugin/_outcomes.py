"""What a hook call came to, as the Mattermost server would read it (re-exported by ``mattermost_plugin.testing``).

Every harness call returns one of a small set of outcome objects:

=============  ==============================================================
``Ok``         a void or error hook finished (no error)
``Allowed``    a reject or modify hook let the object through unchanged
``Replaced``   a modify hook replaced the object (``.value`` is the new one)
``Rejected``   a reject or modify hook refused it (``.reason`` is the text)
``Dismissed``  ``message_will_be_posted`` dropped the post silently (DISMISS_POST)
``Value``      a value hook returned data (``.value``)
``Failed``     a hook whose Go signature returns an error returned one
               (``.error`` holds the AppError fields)
``HTTPResult`` ``serve_http`` or ``serve_metrics`` answered: ``.status``,
               ``.headers``, ``.body`` as the client receives them
=============  ==============================================================

An upload that ``file_will_be_uploaded`` replaces comes back as
``Replaced(ReplacedFile(...))``: the new contents, the new FileInfo, or both.

They are frozen dataclasses, so tests can compare them directly
(``assert outcome == Rejected("Watch your language")``) or use ``match``,
and each has assertion helpers that explain a surprise in words
(``outcome.assert_rejected("language")`` fails with "expected WordFilter to
reject the post, but it replaced it with Post(...)").

A plugin *bug* (an exception where the Go hook has no error result, a return
value of the wrong type, a timeout) is not an outcome: the harness raises
:class:`~mattermost_plugin.testing.PluginBug` and friends instead.
"""

from __future__ import annotations

import dataclasses
import re
import reprlib
from dataclasses import dataclass, field
from typing import Any, Generic, NamedTuple, Optional, TypeVar, Union

T = TypeVar("T")

_UNSET: Any = object()


@dataclass(frozen=True)
class AppError:
    """Mattermost's ``*model.AppError`` as the plugin returned it."""

    message: str
    id: str = "plugin.error"
    status_code: int = 500
    detailed_error: str = ""
    where: str = ""
    request_id: str = ""

    def __str__(self) -> str:
        return f"{self.message} (id {self.id}, status {self.status_code})"


def compact(value: Any) -> str:
    """A model's repr showing only the fields that differ from their defaults: ``Post(message='hi')``."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        shown = []
        for item in dataclasses.fields(value):
            if not item.repr:
                continue
            current = getattr(value, item.name)
            if item.default is not dataclasses.MISSING:
                default = item.default
            elif item.default_factory is not dataclasses.MISSING:
                default = item.default_factory()
            else:
                default = dataclasses.MISSING
            if current != default:
                shown.append(f"{item.name}={compact(current)}")
        return f"{type(value).__name__}({', '.join(shown)})"
    if isinstance(value, list):
        return "[" + ", ".join(compact(item) for item in value) + "]"
    try:
        return repr(value)
    except RecursionError:  # a free-form value nested deeper than repr goes
        return reprlib.repr(value)


def _short(value: Any, limit: int = 300) -> str:
    text = compact(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _matches(expected: Optional[str], actual: str) -> bool:
    """True when ``expected`` is None, equal to ``actual``, or found in it (plain text or regex)."""
    if expected is None or expected == actual or expected in actual:
        return True
    try:
        return re.search(expected, actual) is not None
    except re.error:
        return False


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """Base class of every outcome; its ``assert_*`` helpers raise AssertionError in plain words.

    ``T`` is the type of the hook's replacement or value (``Post``, ``CommandResponse``, ``int`` ...),
    so that ``outcome.assert_replaced()`` and ``outcome.assert_value()`` are typed.
    """

    #: Which call produced this outcome (``"WordFilter.message_will_be_posted"``); not compared.
    call: str = field(default="", compare=False, repr=False, kw_only=True)

    # -- what the outcome is, in words -------------------------------------

    def describe(self) -> str:
        """What happened, as a phrase ("rejected it: 'Watch your language'")."""
        raise NotImplementedError

    def _fail(self, expected: str) -> AssertionError:
        who = self.call or "the hook"
        return AssertionError(f"expected {who} to {expected}, but it {self.describe()}")

    # -- assertion helpers -------------------------------------------------

    def assert_ok(self) -> None:
        """Assert a void or error hook finished without returning an error."""
        if not isinstance(self, Ok):
            raise self._fail("finish without an error")

    def assert_allowed(self) -> None:
        """Assert the object was let through unchanged."""
        if not isinstance(self, Allowed):
            raise self._fail("allow it unchanged")

    def assert_replaced(self, expected: Any = _UNSET) -> T:
        """Assert the object was replaced (by ``expected``, when given); return the replacement."""
        if not isinstance(self, Replaced):
            raise self._fail("replace it")
        if expected is not _UNSET and self.value != expected:
            raise AssertionError(
                f"{self.call or 'the hook'} replaced it with {_short(self.value)}, expected {_short(expected)}"
            )
        return self.value

    def assert_rejected(self, reason: Optional[str] = None) -> str:
        """Assert a rejection; ``reason`` must equal, occur in, or (as a regex) match its text. Returns the reason."""
        if not isinstance(self, Rejected):
            raise self._fail("reject it" + (f" with {reason!r}" if reason is not None else ""))
        if not _matches(reason, self.reason):
            raise AssertionError(f"{self.call or 'the hook'} rejected it with {self.reason!r}, expected {reason!r}")
        return self.reason

    def assert_dismissed(self) -> None:
        """Assert ``message_will_be_posted`` dismissed the post silently (returned DISMISS_POST)."""
        if not isinstance(self, Dismissed):
            raise self._fail("dismiss the post")

    def assert_value(self, expected: Any = _UNSET) -> T:
        """Assert the hook returned a value (equal to ``expected``, when given); return it."""
        if not isinstance(self, Value):
            raise self._fail("return a value")
        if expected is not _UNSET and self.value != expected:
            raise AssertionError(
                f"{self.call or 'the hook'} returned {_short(self.value)}, expected {_short(expected)}"
            )
        return self.value

    def assert_failed(self, message: Optional[str] = None, *, status_code: Optional[int] = None) -> AppError:
        """Assert the hook returned an AppError (whose message contains or matches ``message``); return it."""
        if not isinstance(self, Failed):
            raise self._fail("return an error" + (f" saying {message!r}" if message is not None else ""))
        if not _matches(message, self.error.message):
            raise AssertionError(
                f"{self.call or 'the hook'} failed with {self.error.message!r}, expected {message!r}"
            )
        if status_code is not None and self.error.status_code != status_code:
            raise AssertionError(
                f"{self.call or 'the hook'} failed with status {self.error.status_code}, expected {status_code}"
            )
        return self.error


@dataclass(frozen=True)
class Ok(Outcome[None]):
    """A void or error hook finished without an error."""

    def describe(self) -> str:
        return "finished without an error"

    def __repr__(self) -> str:
        return "Ok()"


@dataclass(frozen=True)
class Allowed(Outcome[T]):
    """A reject or modify hook let the object through unchanged."""

    def describe(self) -> str:
        return "allowed it unchanged"

    def __repr__(self) -> str:
        return "Allowed()"


@dataclass(frozen=True)
class Replaced(Outcome[T]):
    """A modify hook replaced the object; ``value`` is what the server continues with."""

    value: T

    def describe(self) -> str:
        return f"replaced it with {_short(self.value)}"

    def __repr__(self) -> str:
        return f"Replaced({compact(self.value)})"


@dataclass(frozen=True)
class Rejected(Outcome[T]):
    """A reject or modify hook refused the object; ``reason`` is shown to the user."""

    reason: str

    def describe(self) -> str:
        return f"rejected it: {self.reason!r}"

    def __repr__(self) -> str:
        return f"Rejected({self.reason!r})"


@dataclass(frozen=True)
class Dismissed(Outcome[T]):
    """``message_will_be_posted`` dropped the post silently (it returned DISMISS_POST)."""

    def describe(self) -> str:
        return "dismissed the post"

    def __repr__(self) -> str:
        return "Dismissed()"


@dataclass(frozen=True)
class Value(Outcome[T]):
    """A value hook returned data (a command response, a count, a health flag, files ...)."""

    value: T

    def describe(self) -> str:
        return f"returned {_short(self.value)}"

    def __repr__(self) -> str:
        return f"Value({compact(self.value)})"


@dataclass(frozen=True)
class Failed(Outcome[T]):
    """A hook whose Go signature returns an error returned one (raised, in Python)."""

    error: AppError

    @property
    def message(self) -> str:
        """The AppError's message (what Mattermost shows)."""
        return self.error.message

    def describe(self) -> str:
        return f"failed: {self.error.message!r} (status {self.error.status_code})"

    def __repr__(self) -> str:
        return f"Failed({self.error.message!r}, id={self.error.id!r}, status_code={self.error.status_code})"


@dataclass(frozen=True)
class HTTPResult(Outcome[None]):
    """What the client of ``serve_http`` (or ``serve_metrics``) receives: status, headers and the whole body."""

    status: int
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes = b""

    def header(self, name: str, default: str = "") -> str:
        """The first value of a header (names compare without regard to case), or ``default``."""
        wanted = name.lower()
        return next((value for key, value in self.headers if key.lower() == wanted), default)

    @property
    def text(self) -> str:
        """The body as UTF-8 text."""
        return self.body.decode("utf-8", errors="replace")

    def json(self) -> Any:
        """The body parsed as JSON."""
        import json

        return json.loads(self.body)

    def assert_status(self, status: int) -> HTTPResult:
        """Assert the response's status code; return the result."""
        if self.status != status:
            raise AssertionError(f"{self.call or 'the handler'} answered {self.describe()}, expected status {status}")
        return self

    def describe(self) -> str:
        body = self.text if len(self.body) <= 200 else self.text[:197] + "..."
        return f"{self.status} with {len(self.body)} bytes" + (f": {body!r}" if self.body else "")

    def __repr__(self) -> str:
        return f"HTTPResult({self.status}, {len(self.body)} bytes)"


class ReplacedFile(NamedTuple):
    """What ``file_will_be_uploaded`` replaced: the new contents and/or the new FileInfo (None: kept)."""

    file_info: Any = None
    data: Optional[bytes] = None

    def __repr__(self) -> str:
        parts = []
        if self.file_info is not None:
            parts.append(f"file_info={compact(self.file_info)}")
        if self.data is not None:
            parts.append(f"data=<{len(self.data)} bytes>")
        return f"ReplacedFile({', '.join(parts)})"


UploadOutcome = Union[Allowed[ReplacedFile], Replaced[ReplacedFile], Rejected[ReplacedFile]]
"""What ``file_will_be_uploaded`` comes to: the upload goes through, is replaced, or is rejected."""

VoidOutcome = Ok
"""What a void hook (a notification) comes to: it finished."""

ErrorOutcome = Union[Ok, Failed[None]]
"""What a hook that returns only an error comes to."""

RejectOutcome = Union[Allowed[None], Rejected[None]]
"""What a reject hook (UserWillLogIn, ChannelWillBeArchived, ...) comes to."""

ModifyOutcome = Union[Allowed[T], Replaced[T], Rejected[T], Dismissed[T], Failed[T]]
"""What a modify hook comes to (Dismissed only from message_will_be_posted; Failed only from hooks that return errors)."""

ValueOutcome = Union[Value[T], Failed[T]]
"""What a value hook comes to (Failed only from hooks that return errors)."""

__all__ = [
    "Allowed",
    "AppError",
    "Dismissed",
    "ErrorOutcome",
    "Failed",
    "HTTPResult",
    "ModifyOutcome",
    "Ok",
    "Outcome",
    "RejectOutcome",
    "Rejected",
    "Replaced",
    "ReplacedFile",
    "UploadOutcome",
    "Value",
    "ValueOutcome",
    "VoidOutcome",
    "compact",
]
