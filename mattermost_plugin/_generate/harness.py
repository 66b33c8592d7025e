"""Render ``testing/_methods.py``: one typed harness method per hook.

The methods are generated (rather than built at run time) so that editors and
type checkers see every hook's parameters and outcome type.
"""

from __future__ import annotations

from typing import Any, get_args, get_origin

from mattermost_plugin._hook import SCALARS, Hook
from mattermost_plugin.hooks import ALL_HOOKS

from . import ROOT, Outputs

PATH = ROOT / "mattermost_plugin" / "testing" / "_methods.py"


def _type_text(annotation: Any) -> str:
    if get_origin(annotation) is list:
        return f"list[{_type_text(get_args(annotation)[0])}]"
    return annotation.__name__


def _models(hook: type[Hook]) -> set[str]:
    """The models the hook's method names (other classes come from :func:`_others`)."""
    names: set[str] = set()
    for param in hook.params:
        if param.model is not None and param.model.__module__.startswith("mattermost_plugin.models"):
            names.add(param.model.__name__)
    returns = hook.returns
    if returns is not None and returns not in SCALARS:
        inner = get_args(returns)[0] if get_origin(returns) is list else returns
        names.add(inner.__name__)
    return names


def _others(hook: type[Hook]) -> set[tuple[str, str]]:
    """``(module, name)`` of the other classes a hook's parameters are (a streaming hook's Request)."""
    return {
        (param.model.__module__, param.model.__name__)
        for param in hook.params
        if param.model is not None and not param.model.__module__.startswith("mattermost_plugin.models")
    }


def _method(hook: type[Hook]) -> str:
    params = ["self"]
    call_args = []
    for param in hook.params:
        text = param.host or _type_text(param.type)
        if param.model is not None and not param.is_list and param.nullable and not hook.streams:
            text = f"Optional[{text}]"
        default = " = None" if param.optional else ""
        params.append(f"{param.name}: {text}{default}")
        call_args.append(param.name)
    params.append("*")
    if hook.context:
        params.append("context: Optional[Context] = None")
    params.append("timeout: Optional[float] = None")
    args_tuple = "(" + ", ".join(call_args) + ("," if len(call_args) == 1 else "") + ")"
    doc = (hook.__doc__ or "").strip().splitlines()[0]
    context_arg = "context" if hook.context else "None"
    head = f"    def {hook.method}({', '.join(params)}) -> {hook.outcome_annotation()}:"
    if len(head) > 110:
        head = "\n".join(
            [f"    def {hook.method}(", *(f"        {param}," for param in params), f"    ) -> {hook.outcome_annotation()}:"]
        )
    lines = [
        head,
        f'        """{doc}',
        "",
        f"        Calls {hook.go_name} (Mattermost {hook.since}+) as the server would; returns",
        f"        {hook.outcome_words()}.",
        '        """',
        f"        return self._call(hooks.{hook.go_name}, {args_tuple}, {context_arg}, timeout)  # type: ignore[return-value]",
    ]
    return "\n".join(lines)


def render_text() -> str:
    """The source of ``_methods.py``."""
    models = sorted(set().union(*(_models(hook) for hook in ALL_HOOKS)))
    others = sorted(set().union(*(_others(hook) for hook in ALL_HOOKS)))
    header = [
        '"""One typed method per served hook (generated from the hook classes; do not edit)."""',
        "",
        "# This file is generated from the hook classes in mattermost_plugin.hooks.",
        "# Regenerate with: python -m mattermost_plugin._generate",
        "",
        "from __future__ import annotations",
        "",
        "from typing import Any, BinaryIO, Iterable, Optional, Sequence, Union",
        "",
        "from mattermost_plugin import hooks",
        "from mattermost_plugin._context import Context",
        "from mattermost_plugin._hook import Hook",
        "from mattermost_plugin.models import (",
        *[f"    {name}," for name in models],
        ")",
        *[f"from {module} import {name}" for module, name in others],
        "from mattermost_plugin._outcomes import (",
        "    ErrorOutcome,",
        "    HTTPResult,",
        "    ModifyOutcome,",
        "    Ok,",
        "    Outcome,",
        "    RejectOutcome,",
        "    UploadOutcome,",
        "    Value,",
        "    ValueOutcome,",
        ")",
        "",
        "",
        "class HookMethods:",
        '    """Typed methods for every hook Mattermost calls; see PluginHarness."""',
        "",
        "    def _call(",
        "        self, hook: type[Hook], arguments: Sequence[Any], context: Optional[Context], timeout: Optional[float]",
        "    ) -> Outcome:",
        "        raise NotImplementedError",
    ]
    body = [_method(hook) for hook in ALL_HOOKS]
    return "\n".join(header) + "\n\n" + "\n\n".join(body) + "\n"


def render(done: Outputs) -> Outputs:
    """``testing/_methods.py``."""
    return {PATH: render_text().encode("utf-8")}


__all__ = ["render", "render_text"]
