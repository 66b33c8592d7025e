"""Write log records as hclog JSON lines on stderr, the format go-plugin hosts read.

The host (go-plugin's client, inside the Mattermost server) parses every stderr
line as JSON. It takes ``@level`` (trace, debug, info, warn, error) to choose the
level it logs at, ``@message`` as the text and ``@timestamp`` in hclog's format
(``2006-01-02T15:04:05.000000Z07:00``); every other key (``@module``, fields
passed with ``extra=``, ``error``, ``stacktrace``) is shown as a key/value pair.
A line that is not JSON, or whose timestamp does not parse, is logged at debug
level only, so every line written here keeps that format exactly.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
import traceback
from datetime import datetime
from typing import Any, Mapping, Optional

TRACE = 5
"""Python level number used for hclog's ``trace`` (below ``logging.DEBUG``)."""

LEVEL_ENV = "MATTERMOST_PLUGIN_LOG_LEVEL"
"""Environment variable with the lowest level the plugin process writes (default: debug)."""

_LEVEL_NAMES = {
    "trace": TRACE,
    "debug": logging.DEBUG,
    "info": logging.INFO,
    "warn": logging.WARNING,
    "warning": logging.WARNING,
    "error": logging.ERROR,
    "critical": logging.CRITICAL,
}

# Attributes every LogRecord has; anything else on a record came from ``extra=``.
RECORD_ATTRIBUTES = frozenset(logging.LogRecord("", 0, "", 0, "", None, None).__dict__) | {
    "message",
    "asctime",
    "taskName",
}


def hclog_level(levelno: int) -> str:
    """The hclog level name for a Python level number (CRITICAL is hclog's ``error``)."""
    if levelno >= logging.ERROR:
        return "error"
    if levelno >= logging.WARNING:
        return "warn"
    if levelno >= logging.INFO:
        return "info"
    if levelno >= logging.DEBUG:
        return "debug"
    return "trace"


def level_from_env(environ: Mapping[str, str]) -> int:
    """The Python level named by ``MATTERMOST_PLUGIN_LOG_LEVEL`` (a name or a number), or DEBUG."""
    raw = environ.get(LEVEL_ENV, "").strip().lower()
    if not raw:
        return logging.DEBUG
    if raw in _LEVEL_NAMES:
        return _LEVEL_NAMES[raw]
    if raw.isdigit():
        return int(raw)
    names = ", ".join(name for name in _LEVEL_NAMES if name != "warning")
    raise ValueError(f"{LEVEL_ENV} must be one of {names} or a number, got {raw!r}")


def timestamp(created: float) -> str:
    """A Unix time in hclog's JSON format: local time, microseconds, ``Z`` or ``+hh:mm``."""
    text = datetime.fromtimestamp(created).astimezone().isoformat(timespec="microseconds")
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def render(
    level: str, message: str, module: str, created: float, fields: Optional[Mapping[str, Any]] = None
) -> bytes:
    """One hclog JSON line (with its newline), UTF-8 encoded."""
    entry: dict[str, Any] = {
        "@level": level,
        "@message": message,
        "@module": module,
        "@timestamp": timestamp(created),
    }
    for key, value in (fields or {}).items():
        entry.setdefault(key, value)
    line = json.dumps(entry, ensure_ascii=False, default=str)
    return (line + "\n").encode("utf-8", "backslashreplace")


class LineWriter:
    """Writes whole lines to a file descriptor, one writer at a time (so lines never interleave)."""

    def __init__(self, fd: int) -> None:
        self._fd = fd
        self._lock = threading.Lock()

    def redirect(self, fd: int) -> None:
        """Write to ``fd`` from now on (a copy of the same stderr that child processes do not inherit)."""
        with self._lock:
            self._fd = fd

    def write(self, data: bytes) -> None:
        """Write all of ``data``; a closed or broken descriptor drops it silently."""
        with self._lock:
            view = memoryview(data)
            try:
                while view:
                    written = os.write(self._fd, view)
                    view = view[written:]
            except OSError:
                pass

    def log(self, level: str, message: str, module: str, fields: Optional[Mapping[str, Any]] = None) -> None:
        """Write one hclog line stamped now."""
        self.write(render(level, message, module, time.time(), fields))


class HclogHandler(logging.Handler):
    """A logging handler that writes each record as one hclog JSON line."""

    def __init__(self, writer: LineWriter, level: int = logging.NOTSET) -> None:
        super().__init__(level)
        self._writer = writer

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self._writer.write(self.render(record))
        except Exception:  # noqa: BLE001 - logging must never raise into the caller
            self.handleError(record)

    def render(self, record: logging.LogRecord) -> bytes:
        """The hclog line for a record: level, message, logger name, time, extra fields, exception."""
        fields = {key: value for key, value in record.__dict__.items() if key not in RECORD_ATTRIBUTES}
        stack = []
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]
            fields.setdefault("error", f"{type(error).__name__}: {error}")
            stack.append("".join(traceback.format_exception(*record.exc_info)).rstrip("\n"))
        elif record.exc_text:
            stack.append(record.exc_text)
        if record.stack_info:
            stack.append(record.stack_info)
        if stack:
            fields.setdefault("stacktrace", "\n".join(stack))
        return render(hclog_level(record.levelno), record.getMessage(), record.name, record.created, fields)


def install(writer: LineWriter, level: int) -> HclogHandler:
    """Send the root logger (so every logger, ``Plugin.logger`` included) and warnings to ``writer``."""
    handler = HclogHandler(writer)
    root = logging.getLogger()
    for existing in list(root.handlers):
        root.removeHandler(existing)
    root.addHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(True)
    return handler


def log_uncaught(logger: logging.Logger, exc: BaseException, where: Optional[str] = None) -> None:
    """Log an exception nobody caught (from ``sys.excepthook`` or ``threading.excepthook``)."""
    suffix = f" in {where}" if where else ""
    logger.error("uncaught %s%s: %s", type(exc).__name__, suffix, exc, exc_info=(type(exc), exc, exc.__traceback__))


__all__ = [
    "LEVEL_ENV",
    "TRACE",
    "HclogHandler",
    "LineWriter",
    "hclog_level",
    "install",
    "level_from_env",
    "log_uncaught",
    "render",
    "timestamp",
]
