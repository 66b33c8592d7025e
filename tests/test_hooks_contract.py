"""The contract every served hook keeps, checked over gRPC for each one.

Arguments arrive as the right models (a nil pointer as None), a hook the plugin
does not define answers UNIMPLEMENTED and is not advertised, each result form
of the hook's semantics reaches the wire as DESIGN says, failures map to AppError
or INTERNAL, and undecodable JSON in any model field is INVALID_ARGUMENT naming
the hook and the field. Hook-specific forms live in the per-area test files.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import grpc
import pytest

from hookcalls import build_request, call, plugin_for, sample, sample_arguments
from mattermost_plugin import Context, PluginError
from mattermost_plugin._hook import ModifyHook, ReplaceListHook, Semantics
from mattermost_plugin.hooks import UNARY_HOOKS, STREAMING_HOOKS
from mattermost_plugin.models import decode
from mattermost_plugin.protocol import hooks_pb2

HOOK_IDS = {"ids": lambda hook: hook.go_name}

NO_ERROR_RESULT = [hook for hook in UNARY_HOOKS if not hook.returns_error]
ERROR_RESULT = [hook for hook in UNARY_HOOKS if hook.returns_error]
MODEL_PARAMS = [
    pytest.param(hook, param, id=f"{hook.go_name}.{param.name}")
    for hook in UNARY_HOOKS
    for param in hook.params
    if param.model is not None
]
NULLABLE_PARAMS = [
    pytest.param(hook, param, id=f"{hook.go_name}.{param.name}")
    for hook in UNARY_HOOKS
    for param in hook.params
    if param.model is not None and not param.is_list
]
PLAIN_MODIFY = [
    hook for hook in UNARY_HOOKS if issubclass(hook, ModifyHook) and not issubclass(hook, ReplaceListHook) and not hook.returns_error
]


def harmless_result(hook: Any) -> Any:
    """A result every hook accepts: None where allowed, else the Go zero value."""
    try:
        from typeguard import check_type

        check_type(None, hook.result_type())
        return None
    except Exception:  # noqa: BLE001 - typeguard says None is not allowed
        return hook.default()


def expected_context() -> Context:
    return Context(session_id="sess-1", request_id="req-1", user_agent="pytest")


def altered(model: Any) -> Any:
    """A copy of a model with one string field changed, to use as a replacement."""
    if dataclasses.is_dataclass(model):
        for field in dataclasses.fields(model):
            if isinstance(getattr(model, field.name), str):
                return dataclasses.replace(model, **{field.name: "replaced ✓"})
    raise AssertionError(f"no string field to alter on {type(model).__name__}")


@pytest.mark.parametrize("hook", UNARY_HOOKS, **HOOK_IDS)
def test_arguments_arrive_as_models(serve: Any, hook: Any) -> None:
    seen: list[tuple[Any, ...]] = []

    def record(self: Any, *args: Any) -> Any:
        seen.append(args)
        return harmless_result(hook)

    stub = serve(plugin_for(hook, record))
    arguments = sample_arguments(hook)
    call(stub, hook, build_request(hook, arguments))

    expected = ([expected_context()] if hook.context else []) + list(arguments.values())
    (received,) = seen
    assert list(received) == expected
    for value, param in zip(received[1:] if hook.context else received, hook.params):
        if param.is_list:
            assert all(type(item) is param.model for item in value)
        elif param.model is not None:
            assert type(value) is param.model
        else:
            assert type(value) is param.type


@pytest.mark.parametrize("hook, param", NULLABLE_PARAMS)
def test_empty_model_arrives_as_none_or_zero_value(serve: Any, hook: Any, param: Any) -> None:
    seen: list[Any] = []

    def record(self: Any, *args: Any) -> Any:
        seen.append(dict(zip(hook.argument_names(), args))[param.name])
        return harmless_result(hook)

    stub = serve(plugin_for(hook, record))
    arguments = sample_arguments(hook)
    arguments[param.name] = None
    call(stub, hook, build_request(hook, arguments))

    assert seen == [None if param.nullable else param.model()]


@pytest.mark.parametrize("hook", UNARY_HOOKS, **HOOK_IDS)
def test_not_implemented_is_unimplemented_and_not_advertised(serve: Any, hook: Any) -> None:
    other = next(h for h in UNARY_HOOKS if h is not hook)
    stub = serve(plugin_for(other, lambda self, *args: harmless_result(other)))

    if hook.hands_over_api:  # answered anyway (with success): a host calls it to hand the plugin API over
        assert call(stub, hook, build_request(hook, sample_arguments(hook))) == getattr(hooks_pb2, f"{hook.go_name}Response")()
    else:
        with pytest.raises(grpc.RpcError) as raised:
            call(stub, hook, build_request(hook, sample_arguments(hook)))
        assert raised.value.code() is grpc.StatusCode.UNIMPLEMENTED
        assert hook.method in raised.value.details()
    assert list(stub.Implemented(hooks_pb2.ImplementedRequest()).hooks) == [other.go_name]


@pytest.mark.parametrize("hook", STREAMING_HOOKS, **HOOK_IDS)
def test_a_streaming_hook_not_implemented_is_unimplemented_and_not_advertised(serve: Any, hook: Any) -> None:
    stub = serve(plugin_for(UNARY_HOOKS[0], lambda self: None))
    frame = getattr(hooks_pb2, f"{hook.go_name}Request")(context=hooks_pb2.PluginContext(request_id="r"))
    with pytest.raises(grpc.RpcError) as raised:
        list(getattr(stub, hook.go_name)(iter([frame]), timeout=5))
    assert raised.value.code() is grpc.StatusCode.UNIMPLEMENTED
    assert f"define {hook.method}" in raised.value.details()
    assert hook.go_name not in stub.Implemented(hooks_pb2.ImplementedRequest()).hooks


@pytest.mark.parametrize("hook", [h for h in UNARY_HOOKS if h.semantics is Semantics.VOID], **HOOK_IDS)
def test_void_hook_answers_empty(serve: Any, hook: Any) -> None:
    stub = serve(plugin_for(hook, lambda self, *args: None))
    response = call(stub, hook, build_request(hook, sample_arguments(hook)))
    assert response == getattr(hooks_pb2, f"{hook.go_name}Response")()


@pytest.mark.parametrize("hook", ERROR_RESULT, **HOOK_IDS)
def test_error_result_forms(serve: Any, hook: Any) -> None:
    outcomes = iter([harmless_result(hook), ValueError("disk full"), PluginError("not allowed", id="my.plugin.denied", status_code=403, detailed_error="policy 7")])

    def respond(self: Any, *args: Any) -> Any:
        outcome = next(outcomes)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    stub = serve(plugin_for(hook, respond))
    request = build_request(hook, sample_arguments(hook))

    assert not call(stub, hook, request).HasField("error")

    error = call(stub, hook, request).error
    assert (error.id, error.message, error.status_code) == ("plugin.error", "disk full", 500)
    assert error.detailed_error == "ValueError: disk full"
    assert error.where == f"TestPlugin.{hook.method}"

    error = call(stub, hook, request).error
    assert (error.id, error.message, error.status_code, error.detailed_error) == (
        "my.plugin.denied",
        "not allowed",
        403,
        "policy 7",
    )


@pytest.mark.parametrize("hook", [h for h in UNARY_HOOKS if h.semantics is Semantics.REJECT], **HOOK_IDS)
@pytest.mark.parametrize("returned, rejection", [(None, ""), ("", ""), ("blocked: ünïcode reason", "blocked: ünïcode reason")])
def test_reject_result_forms(serve: Any, hook: Any, returned: Any, rejection: str) -> None:
    stub = serve(plugin_for(hook, lambda self, *args: returned))
    assert call(stub, hook, build_request(hook, sample_arguments(hook))).rejection == rejection


@pytest.mark.parametrize("hook", PLAIN_MODIFY, **HOOK_IDS)
def test_modify_result_forms(serve: Any, hook: Any) -> None:
    replacement = altered(sample(hook.returns))
    forms = [
        (None, b"", ""),
        (replacement, replacement, ""),
        ("rejected here", b"", "rejected here"),
        ((replacement, ""), replacement, ""),
        ((None, "rejected as a tuple"), b"", "rejected as a tuple"),
    ]
    results = iter(form[0] for form in forms)
    stub = serve(plugin_for(hook, lambda self, *args: next(results)))
    request = build_request(hook, sample_arguments(hook))

    for _, expected_model, expected_rejection in forms:
        response = call(stub, hook, request)
        carried = getattr(response, hook.result_field)
        if expected_model == b"":
            assert carried == b""
        else:
            assert decode(hook.returns, carried) == expected_model
        assert response.rejection == expected_rejection


@pytest.mark.parametrize("hook", NO_ERROR_RESULT, **HOOK_IDS)
def test_exception_without_error_result_is_internal_and_next_call_succeeds(serve: Any, hook: Any) -> None:
    calls = iter([RuntimeError("boom\nsecond line"), None])

    def flaky(self: Any, *args: Any) -> Any:
        failure = next(calls)
        if failure is not None:
            raise failure
        return harmless_result(hook)

    stub = serve(plugin_for(hook, flaky, name="Flaky"))
    request = build_request(hook, sample_arguments(hook))

    with pytest.raises(grpc.RpcError) as raised:
        call(stub, hook, request)
    assert raised.value.code() is grpc.StatusCode.INTERNAL
    assert raised.value.details() == f"Flaky.{hook.method} raised RuntimeError: boom"
    call(stub, hook, request)


@pytest.mark.parametrize("hook", UNARY_HOOKS, **HOOK_IDS)
def test_wrong_return_type_is_reported(serve: Any, hook: Any) -> None:
    stub = serve(plugin_for(hook, lambda self, *args: 3.5, name="Sloppy"))
    request = build_request(hook, sample_arguments(hook))

    if hook.returns_error:
        message = call(stub, hook, request).error.message
    else:
        with pytest.raises(grpc.RpcError) as raised:
            call(stub, hook, request)
        assert raised.value.code() is grpc.StatusCode.INTERNAL
        message = raised.value.details()
    assert message.startswith(f"Sloppy.{hook.method} returned a float, but {hook.go_name} expects ")
    assert "3.5" not in message  # values may hold secrets or user content: never shown


@pytest.mark.parametrize("hook, param", MODEL_PARAMS)
def test_undecodable_json_is_invalid_argument(serve: Any, hook: Any, param: Any) -> None:
    called: list[Any] = []
    stub = serve(plugin_for(hook, lambda self, *args: called.append(args)))
    request = build_request(hook, sample_arguments(hook))
    if param.is_list:
        getattr(request, param.name)[1] = b'{"id": 12'
    else:
        setattr(request, param.name, b'{"id": 12')

    with pytest.raises(grpc.RpcError) as raised:
        call(stub, hook, request)
    assert raised.value.code() is grpc.StatusCode.INVALID_ARGUMENT
    assert raised.value.details().startswith(f"{hook.go_name}: field '{param.name}': ")
    assert called == []
