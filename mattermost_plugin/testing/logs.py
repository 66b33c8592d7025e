"""The plugin's log records, as the harness captured them.

In-process, the harness listens on the root logger while it runs (so
``self.logger``, ``logging.getLogger(__name__)`` and the SDK's own reports of
plugin bugs are all captured, as they are logged). With a real subprocess it
reads the hclog JSON lines the process writes on stderr, exactly what the
Mattermost server would put in its log, and what the plugin prints through
go-plugin's stdio stream; every read of the logs first catches up with the
stderr lines already written, and :meth:`Logs.assert_logged` waits a few
seconds for a line still on its way. Both end up as :class:`LogEntry` objects
in a :class:`Logs` list.
"""

from __future__ import annotations

import json
import logging
import threading
import traceback
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator, Optional, overload

from mattermost_plugin.runtime.hclog import RECORD_ATTRIBUTES

LEVELS = ("trace", "debug", "info", "warn", "error")
"""hclog level names, lowest first (Python's WARNING is ``warn``, CRITICAL is ``error``)."""

_ALIASES = {"warning": "warn", "critical": "error", "fatal": "error", "exception": "error"}


def level_name(level: str | int) -> str:
    """The hclog name for a Python level number or a level name (``"WARNING"`` -> ``"warn"``)."""
    if isinstance(level, int):
        if level >= logging.ERROR:
            return "error"
        if level >= logging.WARNING:
            return "warn"
        if level >= logging.INFO:
            return "info"
        return "debug" if level >= logging.DEBUG else "trace"
    name = level.lower()
    name = _ALIASES.get(name, name)
    if name not in LEVELS:
        raise ValueError(f"unknown log level {level!r}; use one of {', '.join(LEVELS)}")
    return name


@dataclass(frozen=True)
class LogEntry:
    """One log record from the plugin."""

    level: str
    """``trace``, ``debug``, ``info``, ``warn`` or ``error``."""
    message: str
    logger: str = ""
    """The logger name (hclog's ``@module``), e.g. ``plugin.WordFilter``."""
    fields: dict[str, Any] = field(default_factory=dict, compare=False)
    """Extra key/value pairs (``extra=`` in Python, other JSON keys in hclog)."""
    traceback: Optional[str] = field(default=None, compare=False)
    """The formatted traceback, when the record carried an exception."""

    def __str__(self) -> str:
        return f"[{self.level}] {self.logger}: {self.message}" if self.logger else f"[{self.level}] {self.message}"

    @classmethod
    def from_record(cls, record: logging.LogRecord) -> "LogEntry":
        """Convert a Python logging record."""
        fields = {key: value for key, value in record.__dict__.items() if key not in RECORD_ATTRIBUTES}
        text = None
        if record.exc_info and record.exc_info[1] is not None:
            text = "".join(traceback.format_exception(*record.exc_info))
        elif record.exc_text:
            text = record.exc_text
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a bad format string must not break the test
            message = str(record.msg)
        return cls(level_name(record.levelno), message, record.name, fields, text)

    @classmethod
    def from_hclog(cls, line: str) -> "LogEntry":
        """Parse one hclog JSON line from a plugin process's stderr (other text becomes a debug entry)."""
        try:
            data = json.loads(line)
        except ValueError:
            data = None
        if not isinstance(data, dict) or "@message" not in data:
            return cls("debug", line.rstrip("\n"), "stderr")
        fields = {key: value for key, value in data.items() if not key.startswith("@")}
        stack = fields.pop("stacktrace", None)
        level = str(data.get("@level", "info"))
        try:
            level = level_name(level)
        except ValueError:
            level = "info"
        return cls(level, str(data["@message"]), str(data.get("@module", "")), fields, stack)


class Logs:
    """The captured entries, oldest first; thread-safe, list-like, with search helpers."""

    def __init__(self) -> None:
        self._entries: list[LogEntry] = []
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._catch_up: Optional[Callable[[], bool]] = None
        self.wait = 0.0
        """Seconds :meth:`assert_logged` waits for a line that is not there yet (0: in-process)."""

    def follow(self, catch_up: Callable[[], bool], wait: float) -> None:
        """Fill from a process: call ``catch_up`` before every read, and let assertions wait ``wait`` seconds."""
        self._catch_up = catch_up
        self.wait = wait

    def append(self, entry: LogEntry) -> None:
        """Add an entry (gRPC's own log records are not the plugin's, and are dropped)."""
        if entry.logger == "grpc" or entry.logger.startswith("grpc."):
            return
        with self._changed:
            self._entries.append(entry)
            self._changed.notify_all()

    def clear(self) -> None:
        """Forget everything captured so far."""
        if self._catch_up is not None:
            self._catch_up()
        with self._lock:
            self._entries.clear()

    def snapshot(self) -> list[LogEntry]:
        """The entries so far (in a process: every line it has written to stderr so far)."""
        if self._catch_up is not None:
            self._catch_up()
        with self._lock:
            return list(self._entries)

    def __len__(self) -> int:
        return len(self.snapshot())

    def __iter__(self) -> Iterator[LogEntry]:
        return iter(self.snapshot())

    @overload
    def __getitem__(self, index: int) -> LogEntry: ...

    @overload
    def __getitem__(self, index: slice) -> list[LogEntry]: ...

    def __getitem__(self, index: Any) -> Any:
        return self.snapshot()[index]

    def __repr__(self) -> str:
        return f"Logs({self.snapshot()!r})"

    def filter(self, level: Optional[str] = None, logger: Optional[str] = None, *, at_least: Optional[str] = None) -> list[LogEntry]:
        """Entries at exactly ``level`` (or at least ``at_least``) whose logger starts with ``logger``."""
        exact = level_name(level) if level is not None else None
        floor = LEVELS.index(level_name(at_least)) if at_least is not None else None
        found = []
        for entry in self:
            if exact is not None and entry.level != exact:
                continue
            if floor is not None and LEVELS.index(entry.level) < floor:
                continue
            if logger is not None and not (entry.logger == logger or entry.logger.startswith(logger + ".")):
                continue
            found.append(entry)
        return found

    def messages(self, level: Optional[str] = None, logger: Optional[str] = None) -> list[str]:
        """The message texts, optionally of one level and logger."""
        return [entry.message for entry in self.filter(level, logger)]

    @property
    def errors(self) -> list[LogEntry]:
        """Entries at error level."""
        return self.filter("error")

    @property
    def warnings(self) -> list[LogEntry]:
        """Entries at warn level."""
        return self.filter("warn")

    def find(self, text: str, level: Optional[str] = None) -> Optional[LogEntry]:
        """The first entry whose message contains ``text`` (at ``level``, if given), or None."""
        return _first(self.snapshot(), text, level)

    def assert_logged(self, text: str, level: Optional[str] = None, *, timeout: Optional[float] = None) -> LogEntry:
        """Assert some entry's message contains ``text`` (at ``level``, if given); return it.

        Waits up to ``timeout`` seconds for it (default :attr:`wait`: a few
        seconds for a plugin process, whose printed lines arrive through a
        stream of their own; none in-process, where records are captured as
        they are logged).
        """
        entry = self.find(text, level)
        wait = self.wait if timeout is None else timeout
        if entry is None and wait > 0:
            self.wait_for(lambda entries: _first(entries, text, level) is not None, wait)
            entry = self.find(text, level)
        if entry is None:
            at = f" at {level_name(level)} level" if level is not None else ""
            waited = f" (waited {wait:g}s)" if wait > 0 else ""
            seen = "\n".join(f"  {item}" for item in self) or "  (nothing was logged)"
            raise AssertionError(f"the plugin logged nothing containing {text!r}{at}{waited}; it logged:\n{seen}")
        return entry

    def assert_not_logged(self, text: str, level: Optional[str] = None) -> None:
        """Assert no entry's message contains ``text`` (at ``level``, if given); it does not wait."""
        entry = self.find(text, level)
        if entry is not None:
            raise AssertionError(f"the plugin logged {str(entry)!r}")

    def wait_for(self, predicate: Callable[[list[LogEntry]], Any], timeout: float) -> bool:
        """Wait until ``predicate(entries)`` is true or ``timeout`` passes; return whether it became true."""
        if self._catch_up is not None:
            self._catch_up()
        with self._changed:
            return self._changed.wait_for(lambda: predicate(self._entries), timeout=timeout)


def _first(entries: list[LogEntry], text: str, level: Optional[str]) -> Optional[LogEntry]:
    exact = level_name(level) if level is not None else None
    return next((e for e in entries if text in e.message and (exact is None or e.level == exact)), None)


class CaptureHandler(logging.Handler):
    """Appends every record it sees to a :class:`Logs`."""

    def __init__(self, logs: Logs) -> None:
        super().__init__(logging.NOTSET)
        self.logs = logs

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.logs.append(LogEntry.from_record(record))
        except Exception:  # noqa: BLE001 - logging must never raise into the plugin
            self.handleError(record)


__all__ = ["LEVELS", "CaptureHandler", "LogEntry", "Logs", "level_name"]
