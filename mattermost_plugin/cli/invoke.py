"""Fire one hook at a plugin and print what came of it.

The plugin is served behind a real gRPC server (or, with --process, started as
a real plugin process the way Mattermost starts it), activated like Mattermost
does (OnConfigurationChange and OnActivate, when implemented; --no-activate
skips that), and the hook is called once. Its plugin API is the test harness's
in-memory Mattermost (FakeAPI); --setting KEY=VALUE gives it the plugin's
settings, as an admin saves them. The outcome is printed (allowed,
replaced with ..., rejected with a reason, dismissed, a value, or an AppError),
and so is what the plugin logged.

Give each hook parameter as an option named after it, holding JSON or
field=value pairs (repeat the option for several fields); scalars take plain
values. Parameters left out are empty models. `mattermost-plugin hooks HOOK`
shows a hook's parameters; `... invoke PLUGIN HOOK --help` too.

    mattermost-plugin invoke . message_will_be_posted --post message="darn it" --post user_id=u1
    mattermost-plugin invoke plugin.py execute_command --args '{"command": "/roll 2d6"}'
    mattermost-plugin invoke plugin.py file_will_be_downloaded --file-info name=a.pdf --user-id u1 --download-type file
    mattermost-plugin invoke plugin.py user_will_log_in --json '{"user": {"username": "eve"}}' --process

An HTTP request (serve_http, serve_metrics) is given with --method, --path,
--header, --data and --user-id, and its response is printed; an upload
(file_will_be_uploaded) takes --file TEXT or --file @path:

    mattermost-plugin invoke . serve_http --method POST --path /hook --header 'Content-Type: application/json' --data '{"text": "hi"}' --user-id u1
    mattermost-plugin invoke . file_will_be_uploaded --file-info name=report.pdf --file @report.pdf
    mattermost-plugin invoke examples/standup execute_command --setting KeepHours=2 --args command="/standup shipped it"
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any, Optional

HELP = "fire one hook at a plugin (JSON or field=value arguments) and print the outcome"


def configure(parser: argparse.ArgumentParser) -> None:
    """Add ``invoke``'s arguments (the hook's own parameters are parsed once the hook is known)."""
    parser.add_argument("plugin", metavar="PLUGIN", help="a plugin directory (with plugin.py) or path/to/plugin.py[:ClassName]")
    parser.add_argument("hook", metavar="HOOK", help="the hook: method name (message_will_be_posted) or Go name")
    parser.add_argument(
        "arguments",
        nargs=argparse.REMAINDER,
        metavar="...",
        help="the hook's parameters as --NAME VALUE, and the options below (HOOK --help lists them)",
    )
    _add_common(parser)


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", metavar="JSON", help="all parameters as one JSON object (or @file.json, or - for stdin)")
    parser.add_argument("--context", action="append", default=[], metavar="FIELD=VALUE", help="a plugin.Context field (session_id, request_id, user_agent, ...)")
    parser.add_argument(
        "--setting",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a plugin setting, as an admin saves it in the System Console (VALUE: JSON, or else text; repeatable)",
    )
    parser.add_argument("--process", action="store_true", help="start a real plugin process, as Mattermost does")
    parser.add_argument("--no-activate", action="store_true", help="do not call OnConfigurationChange/OnActivate first")
    parser.add_argument("--timeout", type=float, default=10.0, metavar="SECONDS", help="the call's deadline (default 10)")
    parser.add_argument("--output", choices=("text", "json"), default="text", help="how to print the outcome")


def parse_settings(pairs: list[str]) -> Optional[dict[str, Any]]:
    """``--setting KEY=VALUE`` options as the plugin's settings (None when there are none)."""
    import json

    from mattermost_plugin.cli import CommandError

    settings: dict[str, Any] = {}
    for pair in pairs:
        key, equals, text = pair.partition("=")
        if not equals or not key.strip():
            raise CommandError(f"--setting {pair!r}: give KEY=VALUE, for example --setting MaxLinks=3")
        try:
            settings[key.strip()] = json.loads(text)
        except ValueError:
            settings[key.strip()] = text  # not JSON: text, as the System Console saves a text field
    return settings or None


def _hook_parser(hook: Any) -> argparse.ArgumentParser:
    from mattermost_plugin._hook import type_name

    parser = argparse.ArgumentParser(
        prog=f"mattermost-plugin invoke PLUGIN {hook.method}",
        description=f"{(hook.__doc__ or '').strip().splitlines()[0]}\n\nThe plugin's method: {hook.typed_signature()}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    from mattermost_plugin.http import Body, Request

    group = parser.add_argument_group(f"{hook.go_name}'s parameters")
    for param in hook.params:
        flags = sorted({f"--{param.name.replace('_', '-')}", f"--{param.name}"}, key=len, reverse=True)
        if param.type is Request:
            group.add_argument("--method", default="GET", help="the HTTP method (default GET)")
            group.add_argument("--path", default="/", help="the path below the plugin's prefix, with any query: /api/items?limit=5")
            group.add_argument("--header", action="append", default=[], metavar="'NAME: VALUE'", help="a request header (repeatable)")
            group.add_argument("--data", metavar="TEXT|@FILE", help="the request body: text, or @path to send a file's bytes")
            group.add_argument("--user-id", default="", help="the logged-in user Mattermost vouches for (empty: no session)")
        elif param.type is Body:
            group.add_argument(*flags, dest=f"param_{param.name}", metavar="TEXT|@FILE", help=f"{param.name}: text, or @path to send a file's bytes")
        elif param.model is None:
            group.add_argument(*flags, dest=f"param_{param.name}", metavar=type_name(param.type).upper(), help=f"{param.name} ({type_name(param.type)})")
        else:
            shown = type_name(param.type)
            group.add_argument(
                *flags,
                dest=f"param_{param.name}",
                action="append",
                metavar="JSON|FIELD=VALUE",
                help=f"{param.name} ({shown}): a JSON {'array' if param.is_list else 'object'}, or field=value (repeatable)",
            )
    _add_common(parser)
    parser.add_argument("--debug", action="store_true", help="show tracebacks for errors")
    return parser


def _field_value(model: Any, name: str, raw: str) -> Any:
    """A field=value string converted to the model field's type (strings stay strings)."""
    import dataclasses
    import json

    kind: Any = None
    if dataclasses.is_dataclass(model):
        for item in dataclasses.fields(model):
            if item.name == name:
                kind = item.type
                break
    if kind in (str, "str"):
        return raw
    try:
        return json.loads(raw)
    except ValueError:
        return raw


def _model_value(param: Any, pieces: list[str]) -> Any:
    """Build a model (or list) parameter from JSON and field=value pieces."""
    import json

    from mattermost_plugin.cli import CommandError

    if param.is_list:
        if len(pieces) != 1:
            raise CommandError(f"--{param.name} takes one JSON array")
        try:
            value = json.loads(pieces[0])
        except ValueError as error:
            raise CommandError(f"--{param.name}: not valid JSON: {error}") from None
        if not isinstance(value, list):
            raise CommandError(f"--{param.name} must be a JSON array of {param.model.__name__} objects")
        return value
    data: dict[str, Any] = {}
    for piece in pieces:
        text = piece.strip()
        if text.startswith("{"):
            try:
                value = json.loads(text)
            except ValueError as error:
                raise CommandError(f"--{param.name}: not valid JSON: {error}") from None
            data.update(value)
        elif "=" in piece:
            key, _, raw = piece.partition("=")
            data[key.strip()] = _field_value(param.model, key.strip(), raw)
        elif text == "null":
            return None
        else:
            raise CommandError(f"--{param.name} {piece!r}: give a JSON object or field=value")
    return data


def _scalar_value(param: Any, raw: Any) -> Any:
    from mattermost_plugin.cli import CommandError

    if param.type is int:
        try:
            return int(raw)
        except (TypeError, ValueError):
            raise CommandError(f"--{param.name.replace('_', '-')} takes a whole number, not {raw!r}") from None
    if param.type is bool:
        if isinstance(raw, bool):
            return raw
        if str(raw).lower() in ("true", "1", "yes"):
            return True
        if str(raw).lower() in ("false", "0", "no"):
            return False
        raise CommandError(f"--{param.name.replace('_', '-')} takes true or false, not {raw!r}")
    return str(raw)


def _read_json(text: str) -> Any:
    import json
    from pathlib import Path

    from mattermost_plugin.cli import CommandError

    if text == "-":
        text = sys.stdin.read()
    elif text.startswith("@"):
        try:
            text = Path(text[1:]).read_text(encoding="utf-8")
        except OSError as error:
            raise CommandError(f"--json {text}: {error}") from None
    try:
        value = json.loads(text)
    except ValueError as error:
        raise CommandError(f"--json: not valid JSON: {error}") from None
    if not isinstance(value, dict):
        raise CommandError("--json must be an object with one key per parameter")
    return value


def _bytes_option(option: str, raw: str) -> bytes:
    """TEXT as UTF-8, or @path as the file's bytes."""
    from pathlib import Path

    from mattermost_plugin.cli import CommandError

    if raw.startswith("@"):
        try:
            return Path(raw[1:]).read_bytes()
        except OSError as error:
            raise CommandError(f"{option} {raw}: {error.strerror}") from None
    return raw.encode("utf-8")


def _request(options: argparse.Namespace) -> Any:
    """The HTTP request --method, --path, --header, --data and --user-id describe."""
    from mattermost_plugin.cli import CommandError
    from mattermost_plugin.http import Request

    headers = []
    for line in options.header:
        name, colon, value = line.partition(":")
        if not colon or not name.strip():
            raise CommandError(f"--header {line!r}: write 'Name: value'")
        headers.append((name.strip(), value.strip()))
    body = _bytes_option("--data", options.data) if options.data is not None else b""
    try:
        return Request(
            options.method,
            options.path if options.path.startswith("/") else "/" + options.path,
            headers=headers,
            body=body,
            user_id=options.user_id,
            host="localhost:8065",
            remote_addr="127.0.0.1:50000",
            root_path="/plugins/invoke",
        )
    except (TypeError, ValueError) as error:
        raise CommandError(f"the request is not valid: {error}") from None


def build_arguments(hook: Any, options: argparse.Namespace) -> dict[str, Any]:
    """The hook's arguments from --json and the per-parameter options."""
    from mattermost_plugin.cli import CommandError
    from mattermost_plugin.http import Body, Request

    values: dict[str, Any] = {}
    for param in hook.params:
        if param.type is Request:
            values[param.name] = _request(options)
        elif param.type is Body:
            raw = getattr(options, f"param_{param.name}", None)
            values[param.name] = _bytes_option(f"--{param.name}", raw) if raw is not None else b""
    if options.json:
        given = _read_json(options.json)
        names = {param.name for param in hook.params}
        unknown = sorted(set(given) - names)
        if unknown:
            raise CommandError(
                f"--json has {', '.join(unknown)}, which {hook.method} does not take; its parameters are "
                f"{', '.join(sorted(names)) or 'none'}"
            )
        values.update(given)
    for param in hook.params:
        raw = getattr(options, f"param_{param.name}", None)
        if raw is None or param.type in (Request, Body):
            continue
        if param.model is None:
            values[param.name] = _scalar_value(param, raw)
        else:
            built = _model_value(param, raw)
            if isinstance(built, dict) and isinstance(values.get(param.name), dict):
                values[param.name] = {**values[param.name], **built}
            else:
                values[param.name] = built
    for param in hook.params:
        if param.name in values:
            if param.model is None and param.type is not Body:
                values[param.name] = _scalar_value(param, values[param.name])
            continue
        if param.model is None:
            values[param.name] = param.type()
        elif param.is_list:
            values[param.name] = []
        elif param.optional:
            values[param.name] = None
        else:
            values[param.name] = param.model() if isinstance(param.model, type) else {}
    return values


def build_context(hook: Any, pairs: list[str]) -> Any:
    from mattermost_plugin import Context
    from mattermost_plugin._context import FIELDS
    from mattermost_plugin.cli import CommandError

    if not pairs:
        return None
    if not hook.context:
        raise CommandError(f"{hook.go_name} takes no context")
    fields = {}
    for pair in pairs:
        key, equals, value = pair.partition("=")
        if not equals or key not in FIELDS:
            raise CommandError(
                f"--context {pair!r}: write FIELD=VALUE with FIELD one of {', '.join(FIELDS)}"
            )
        fields[key] = value
    return Context(**fields)


def outcome_json(outcome: Any) -> dict[str, Any]:
    """An outcome as plain JSON data."""
    import dataclasses

    from mattermost_plugin.models import to_dict
    from mattermost_plugin.testing import Failed, HTTPResult, Rejected, Replaced, ReplacedFile, Value

    data: dict[str, Any] = {"outcome": type(outcome).__name__.lower()}
    if isinstance(outcome, Rejected):
        data["reason"] = outcome.reason
    if isinstance(outcome, HTTPResult):
        data.update(status=outcome.status, headers=[list(pair) for pair in outcome.headers], **_body_json(outcome.body))
    elif isinstance(outcome, Replaced) and isinstance(outcome.value, ReplacedFile):
        replaced = outcome.value
        data["value"] = {"file_info": None if replaced.file_info is None else to_dict(replaced.file_info)}
        if replaced.data is not None:
            data["value"].update(_body_json(replaced.data))
    elif isinstance(outcome, (Replaced, Value)):
        data["value"] = _plain(outcome.value, to_dict)
    if isinstance(outcome, Failed):
        data["error"] = dataclasses.asdict(outcome.error)
    return data


def _body_json(data: bytes) -> dict[str, str]:
    """A body as JSON: ``{"body": text}`` when it is UTF-8, else ``{"body_base64": ...}``."""
    import base64

    try:
        return {"body": data.decode("utf-8")}
    except UnicodeDecodeError:
        return {"body_base64": base64.b64encode(data).decode("ascii")}


def _raw_json(value: Any) -> Any:
    """``json.dumps``'s fallback: a value nested too deeply for Python data prints as its JSON text."""
    from mattermost_plugin.models import RawJSON

    if isinstance(value, RawJSON):
        return value.text
    raise TypeError(f"{type(value).__name__} is not JSON data")


def _plain(value: Any, to_dict: Any) -> Any:
    if isinstance(value, list):
        return [_plain(item, to_dict) for item in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return to_dict(value)


def _without_defaults(value: Any, plain: Any) -> Any:
    """A model's JSON without the fields that hold their default value."""
    from mattermost_plugin.models import to_dict

    if isinstance(value, list):
        return [_without_defaults(item, item_plain) for item, item_plain in zip(value, plain)]
    if not isinstance(plain, dict) or not hasattr(type(value), "__dataclass_fields__"):
        return plain
    try:
        empty = to_dict(type(value)())
    except Exception:  # noqa: BLE001 - fall back to everything
        return plain
    return {key: item for key, item in plain.items() if key not in empty or empty[key] != item}


def describe_outcome(outcome: Any) -> list[str]:
    """Lines that say what the outcome was, in words, with the value as JSON."""
    import json

    from mattermost_plugin.testing import Allowed, Dismissed, Failed, HTTPResult, Ok, Rejected, Replaced, ReplacedFile, Value

    data = outcome_json(outcome)
    if isinstance(outcome, HTTPResult):
        lines = [f"HTTP {outcome.status} ({len(outcome.body)} bytes)"]
        lines.extend(f"  {name}: {value}" for name, value in outcome.headers)
        if outcome.body:
            lines.append("")
            lines.extend(data["body"].splitlines() if "body" in data else [f"(binary body, base64) {data['body_base64']}"])
        return lines
    if isinstance(outcome, Replaced) and isinstance(outcome.value, ReplacedFile):
        replaced, value = outcome.value, data["value"]
        lines = ["replaced:"]
        if replaced.file_info is not None:
            info = json.dumps(_without_defaults(replaced.file_info, value["file_info"]), indent=2, ensure_ascii=False)
            lines.append("  file_info (fields left at their defaults not shown):")
            lines.extend("    " + line for line in info.splitlines())
        if replaced.data is not None:
            shown = value.get("body", "(binary)")
            lines.append(f"  contents ({len(replaced.data)} bytes): {shown if len(shown) <= 500 else shown[:497] + '...'}")
        return lines
    if isinstance(outcome, Ok):
        return ["ok: the hook finished without an error"]
    if isinstance(outcome, Allowed):
        return ["allowed: it goes through unchanged"]
    if isinstance(outcome, Dismissed):
        return ["dismissed: the post is dropped silently"]
    if isinstance(outcome, Rejected):
        return [f"rejected: {outcome.reason}"]
    if isinstance(outcome, Failed):
        error = outcome.error
        return [f"failed: {error.message}", f"  AppError id={error.id} status_code={error.status_code} where={error.where}"]
    label = "replaced with" if isinstance(outcome, Replaced) else "returned"
    assert isinstance(outcome, (Replaced, Value))
    text = json.dumps(_without_defaults(outcome.value, data["value"]), indent=2, ensure_ascii=False, default=_raw_json)
    if isinstance(data["value"], dict) and len(data["value"]) > 1:
        label += " (fields left at their defaults not shown; --output json shows all)"
    return [f"{label}:", *("  " + line for line in text.splitlines())]


def run(args: argparse.Namespace) -> int:
    """Serve the plugin, call the hook once, print the outcome and the plugin's log."""
    os.environ.setdefault("GRPC_VERBOSITY", "ERROR")  # before gRPC loads: no C-core info lines
    import json

    from mattermost_plugin.cli import CommandError
    from mattermost_plugin.cli.check import locate
    from mattermost_plugin.testing import PROCESS, PluginHarness
    from mattermost_plugin._exceptions import HarnessError, HookTimedOut
    from mattermost_plugin.testing._harness import TIMEOUT_ADVICE

    try:
        from mattermost_plugin.testing import resolve_hook

        hook = resolve_hook(args.hook)
    except HarnessError as error:
        raise CommandError(str(error)) from None
    options = _hook_parser(hook).parse_args(args.arguments)
    if getattr(options, "debug", False):
        args.debug = True  # given after HOOK: the command line's error handler reads it from args
    for name in ("json", "process", "no_activate", "output"):
        if getattr(args, name, None) and not getattr(options, name, None):
            setattr(options, name, getattr(args, name))
    options.context = list(args.context) + list(options.context)
    settings = parse_settings(list(args.setting) + list(options.setting))
    if options.timeout == 10.0 and args.timeout != 10.0:
        options.timeout = args.timeout
    from mattermost_plugin.runtime.target import format_target

    located = locate(args.plugin)
    target = format_target(located.file, located.class_name)
    arguments = build_arguments(hook, options)
    context = build_context(hook, options.context)
    harness = PluginHarness(target, mode=PROCESS if options.process else "inprocess", timeout=options.timeout, settings=settings)
    outcome: Optional[Any] = None
    activation: Optional[Any] = None
    error_text: Optional[str] = None
    try:
        harness.start()
        if not options.no_activate and hook.go_name not in ("OnActivate", "OnConfigurationChange"):
            activation = harness.activate()
        if activation is not None and type(activation).__name__ == "Failed":
            error_text = f"activation failed, so Mattermost would not call {hook.go_name}: {activation.error.message}"
        else:
            outcome = harness.call(hook, **arguments, context=context)
            if activation is not None:
                harness.deactivate()  # the end of the plugin's life, as when Mattermost disables it
    except HarnessError as error:
        error_text = str(error)
        if isinstance(error, HookTimedOut):  # the harness's advice names its argument; here it is an option
            error_text = error_text.replace(TIMEOUT_ADVICE, "Pass --timeout SECONDS to allow longer.")
    finally:
        harness.close()
    logs = list(harness.logs)
    if options.output == "json":
        data: dict[str, Any] = {"hook": hook.go_name}
        if outcome is not None:
            data.update(outcome_json(outcome))
        if error_text is not None:
            data["error_text"] = error_text
        data["logs"] = [{"level": e.level, "logger": e.logger, "message": e.message} for e in logs]
        print(json.dumps(data, indent=2, ensure_ascii=False, default=_raw_json))
        return 0 if error_text is None else 1
    shown = [entry for entry in logs if not entry.logger.startswith("mattermost_plugin.runtime") or entry.level in ("warn", "error")]
    for entry in shown:
        print(f"plugin log: {entry}", file=sys.stderr)
    if error_text is not None:
        raise CommandError(error_text)
    assert outcome is not None
    lines = describe_outcome(outcome)
    print(f"{hook.go_name} -> {lines[0]}")
    for line in lines[1:]:
        print(line)
    return 0
