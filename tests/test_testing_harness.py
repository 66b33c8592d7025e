"""The test harness in-process: a real gRPC server on a unix socket, every hook, every outcome, every failure."""

from __future__ import annotations

import inspect
import logging
import time
from typing import Any

import pytest

from hookcalls import sample, sample_arguments
from mattermost_plugin import (
    DISMISS_POST,
    CommandArgs,
    CommandResponse,
    Context,
    FileData,
    Plugin,
    PluginError,
    Post,
    User,
)
from mattermost_plugin._hook import ModifyHook, ReplaceListHook, Semantics
from mattermost_plugin.hooks import BY_GO_NAME, UNARY_HOOKS
from mattermost_plugin.testing import (
    Allowed,
    AppError,
    BadArguments,
    Dismissed,
    Failed,
    HarnessError,
    HookNotImplemented,
    HookTimedOut,
    Ok,
    PluginBug,
    PluginHarness,
    PluginStartError,
    Rejected,
    Replaced,
    Value,
)

HOOK_IDS = {"ids": lambda hook: hook.go_name}


def plugin_class(hook: Any, function: Any, name: str = "Probe") -> type[Plugin]:
    return type(name, (Plugin,), {hook.method: function})


def call_typed(harness: PluginHarness, hook: Any, arguments: dict[str, Any], **options: Any) -> Any:
    return getattr(harness, hook.method)(*(arguments[param.name] for param in hook.params), **options)


# -- the typed surface -------------------------------------------------------


@pytest.mark.parametrize("hook", UNARY_HOOKS, **HOOK_IDS)
def test_every_served_hook_has_a_typed_method_with_its_parameters(hook: Any) -> None:
    method = getattr(PluginHarness, hook.method)
    parameters = inspect.signature(method).parameters
    positional = [name for name, p in parameters.items() if p.kind is p.POSITIONAL_OR_KEYWORD][1:]
    assert positional == [param.name for param in hook.params]
    assert ("context" in parameters) == hook.context
    assert "timeout" in parameters
    assert hook.go_name in (method.__doc__ or "")


# -- every hook, each outcome its semantics allow ----------------------------


@pytest.mark.parametrize("hook", UNARY_HOOKS, **HOOK_IDS)
def test_every_hook_receives_its_arguments_and_context(hook: Any) -> None:
    seen: list[tuple[Any, ...]] = []

    def record(self: Any, *args: Any) -> Any:
        seen.append(args)
        return None if hook.semantics is not Semantics.VALUE or hook.returns_error or hook.returns is not bool else True

    arguments = sample_arguments(hook)
    context = Context(session_id="s-9", request_id="r-9", user_agent="tests")
    options = {"context": context} if hook.context else {}
    with PluginHarness(plugin_class(hook, record)) as harness:
        call_typed(harness, hook, arguments, **options)
    expected = ((context,) if hook.context else ()) + tuple(arguments[param.name] for param in hook.params)
    assert seen == [expected]


@pytest.mark.parametrize("hook", [h for h in UNARY_HOOKS if h.semantics in (Semantics.VOID, Semantics.ERROR)], **HOOK_IDS)
def test_void_and_error_hooks_come_to_ok(hook: Any) -> None:
    with PluginHarness(plugin_class(hook, lambda self, *args: None)) as harness:
        assert call_typed(harness, hook, sample_arguments(hook)) == Ok()


@pytest.mark.parametrize("hook", [h for h in UNARY_HOOKS if h.returns_error], **HOOK_IDS)
def test_an_exception_in_a_hook_that_returns_errors_is_failed_with_the_app_error(hook: Any) -> None:
    def fail(self: Any, *args: Any) -> Any:
        raise PluginError("no way", id="probe.refused", status_code=403, detailed_error="details")

    with PluginHarness(plugin_class(hook, fail)) as harness:
        outcome = call_typed(harness, hook, sample_arguments(hook))
    assert outcome == Failed(AppError("no way", id="probe.refused", status_code=403, detailed_error="details", where=f"Probe.{hook.method}"))
    assert outcome.assert_failed("no way", status_code=403).id == "probe.refused"


@pytest.mark.parametrize("hook", [h for h in UNARY_HOOKS if h.semantics is Semantics.REJECT], **HOOK_IDS)
def test_reject_hooks_come_to_allowed_or_rejected(hook: Any) -> None:
    with PluginHarness(plugin_class(hook, lambda self, *args: "")) as harness:
        assert call_typed(harness, hook, sample_arguments(hook)) == Allowed()
    with PluginHarness(plugin_class(hook, lambda self, *args: "not today")) as harness:
        assert call_typed(harness, hook, sample_arguments(hook)) == Rejected("not today")


MODIFY = [h for h in UNARY_HOOKS if issubclass(h, ModifyHook) and not issubclass(h, ReplaceListHook)]


@pytest.mark.parametrize("hook", MODIFY, **HOOK_IDS)
def test_modify_hooks_come_to_allowed_replaced_or_rejected(hook: Any) -> None:
    replacement = sample(hook.returns)
    with PluginHarness(plugin_class(hook, lambda self, *args: None)) as harness:
        assert call_typed(harness, hook, sample_arguments(hook)) == Allowed()
    with PluginHarness(plugin_class(hook, lambda self, *args: replacement)) as harness:
        assert call_typed(harness, hook, sample_arguments(hook)) == Replaced(replacement)
    if "str" in str(hook.result_type()):
        with PluginHarness(plugin_class(hook, lambda self, *args: (None, "nope"))) as harness:
            assert call_typed(harness, hook, sample_arguments(hook)) == Rejected("nope")


def test_dismiss_post_comes_to_dismissed() -> None:
    hook = BY_GO_NAME["MessageWillBePosted"]
    with PluginHarness(plugin_class(hook, lambda self, context, post: DISMISS_POST)) as harness:
        outcome = harness.message_will_be_posted(Post(message="x"))
    assert outcome == Dismissed()
    outcome.assert_dismissed()


@pytest.mark.parametrize("hook", [h for h in UNARY_HOOKS if issubclass(h, ReplaceListHook)], **HOOK_IDS)
def test_consumed_posts_come_to_allowed_or_the_replacement_list(hook: Any) -> None:
    arguments = sample_arguments(hook)
    with PluginHarness(plugin_class(hook, lambda self, *args: None)) as harness:
        assert call_typed(harness, hook, arguments) == Allowed()
    with PluginHarness(plugin_class(hook, lambda self, *args: args[-1][:1])) as harness:
        assert call_typed(harness, hook, arguments) == Replaced(arguments["posts"][:1])


def test_value_hooks_come_to_their_value() -> None:
    class Values(Plugin):
        def execute_command(self, context: Any, args: CommandArgs) -> Any:
            return "psst"

        def run_data_retention(self, now_time: int, batch_size: int) -> int:
            return batch_size * 2

        def on_shared_channels_ping(self, remote_cluster: Any) -> bool:
            return True

        def generate_support_data(self, context: Any) -> Any:
            return FileData(filename="a.txt", body=b"hi")

    with PluginHarness(Values) as harness:
        assert harness.execute_command(CommandArgs(command="/x")) == Value(CommandResponse(response_type="ephemeral", text="psst"))
        assert harness.run_data_retention(1, 21) == Value(42)
        assert harness.on_shared_channels_ping(None).assert_value(True) is True
        assert harness.generate_support_data() == Value([FileData(filename="a.txt", body=b"hi")])


def test_command_args_site_url_reaches_the_plugin() -> None:
    class Echo(Plugin):
        def execute_command(self, context: Any, args: CommandArgs) -> str:
            return args.site_url

    with PluginHarness(Echo) as harness:
        outcome = harness.execute_command(CommandArgs(command="/x", site_url="https://chat.example.com"))
    assert outcome.assert_value().text == "https://chat.example.com"


def test_actor_defaults_to_none_and_models_may_be_given_as_dicts() -> None:
    seen: list[Any] = []

    class Joins(Plugin):
        def user_has_joined_channel(self, context: Any, channel_member: Any, actor: Any) -> None:
            seen.append((channel_member.user_id, actor))

    with PluginHarness(Joins) as harness:
        harness.user_has_joined_channel({"user_id": "u1", "channel_id": "c1"})
        harness.call("UserHasJoinedChannel", channel_member='{"user_id": "u2"}', actor=User(username="admin"))
    assert seen == [("u1", None), ("u2", User(username="admin"))]


# -- failures that are the plugin's fault ------------------------------------


def test_an_exception_is_a_plugin_bug_with_the_plugins_own_traceback() -> None:
    class Buggy(Plugin):
        def message_will_be_posted(self, context: Any, post: Post) -> Any:
            return {"a": 1}[post.message]

    with PluginHarness(Buggy) as harness:
        with pytest.raises(PluginBug) as caught:
            harness.message_will_be_posted(Post(message="b"))
    error = caught.value
    assert error.details == "Buggy.message_will_be_posted raised KeyError: 'b'"
    assert error.plugin_traceback is not None
    assert "test_testing_harness.py" in error.plugin_traceback
    assert 'return {"a": 1}[post.message]' in error.plugin_traceback
    assert "_servicer.py" not in error.plugin_traceback  # the SDK's frames are left out
    assert "The plugin's traceback" in str(error)


def test_a_wrong_return_type_says_what_came_back_and_what_was_expected() -> None:
    class Wrong(Plugin):
        def user_will_log_in(self, context: Any, user: User) -> Any:
            return False

    with PluginHarness(Wrong) as harness:
        with pytest.raises(PluginBug, match=r"Wrong.user_will_log_in returned a bool, but UserWillLogIn expects str \| None") as caught:
            harness.user_will_log_in(User())
    assert str(caught.value).splitlines()[1:] == [
        "user_will_log_in may return:",
        '  None or "": allow it',
        "  a non-empty str: reject it; the text is the reason",
    ]


def test_calling_a_hook_the_plugin_does_not_define_says_what_to_add() -> None:
    class Quiet(Plugin):
        def on_activate(self) -> None:
            pass

    with PluginHarness(Quiet) as harness:
        with pytest.raises(HookNotImplemented) as caught:
            harness.user_will_log_in(User())
    assert str(caught.value) == (
        "Quiet does not define user_will_log_in, so Mattermost would never call UserWillLogIn. "
        "To handle it, add this method to the class:\n"
        "    def user_will_log_in(self, context: Context, user: User) -> str | None:"
    )


def test_a_slow_hook_times_out_and_the_plugin_keeps_serving() -> None:
    class Slow(Plugin):
        def message_has_been_posted(self, context: Any, post: Post) -> None:
            if post.message == "slow":
                time.sleep(1.0)

    with PluginHarness(Slow) as harness:
        with pytest.raises(HookTimedOut, match="Slow.message_has_been_posted did not finish"):
            harness.message_has_been_posted(Post(message="slow"), timeout=0.2)
        assert harness.message_has_been_posted(Post(message="fast")) == Ok()


def test_wrong_arguments_are_reported_before_anything_is_sent() -> None:
    class Any_(Plugin):
        def file_will_be_downloaded(self, context: Any, file_info: Any, user_id: str, download_type: str) -> None:
            return None

    with PluginHarness(Any_) as harness:
        with pytest.raises(BadArguments, match="user_id must be str, got int"):
            harness.file_will_be_downloaded(None, 7, "file")  # type: ignore[arg-type]
        with pytest.raises(BadArguments, match="file_info must be a FileInfo"):
            harness.file_will_be_downloaded(Post(), "u", "file")  # type: ignore[arg-type]
        with pytest.raises(BadArguments, match="has no parameter 'username'"):
            harness.call("file_will_be_downloaded", username="x")
        with pytest.raises(BadArguments, match="takes no context"):
            harness.call("OnActivate", context=Context())
        with pytest.raises(HarnessError, match="did you mean file_will_be_downloaded"):
            harness.call("file_will_be_downlaoded")


def test_a_plugin_that_cannot_be_created_fails_to_start_with_the_reason() -> None:
    class NeedsArguments(Plugin):
        def __init__(self, token: str) -> None:
            self.token = token

    with pytest.raises(PluginStartError, match=r"NeedsArguments\(\) raised TypeError"):
        PluginHarness(NeedsArguments).start()


def test_a_missing_plugin_file_fails_to_start(tmp_path: Any) -> None:
    with pytest.raises(PluginStartError, match="does not exist"):
        PluginHarness(tmp_path / "nope.py").start()


# -- lifecycle, instance and logs --------------------------------------------


def test_activate_calls_configuration_change_then_activate_and_deactivate_follows() -> None:
    calls: list[str] = []

    class Life(Plugin):
        def on_configuration_change(self) -> None:
            calls.append("configuration")

        def on_activate(self) -> None:
            calls.append("activate")

        def on_deactivate(self) -> None:
            calls.append("deactivate")

    with PluginHarness(Life) as harness:
        assert harness.implemented() == ["OnActivate", "OnDeactivate", "OnConfigurationChange"]
        assert harness.activate() == Ok()
        assert harness.deactivate() == Ok()
    assert calls == ["configuration", "activate", "deactivate"]


def test_a_failed_activation_is_an_outcome() -> None:
    class Refuses(Plugin):
        def on_activate(self) -> None:
            raise RuntimeError("missing API key")

    with PluginHarness(Refuses) as harness:
        outcome = harness.activate()
    assert outcome.assert_failed("missing API key").detailed_error == "RuntimeError: missing API key"


def test_the_served_instance_is_reachable_for_white_box_checks() -> None:
    class Counter(Plugin):
        def __init__(self) -> None:
            self.count = 0

        def message_has_been_posted(self, context: Any, post: Post) -> None:
            self.count += 1

    with PluginHarness(Counter) as harness:
        harness.message_has_been_posted(Post())
        harness.message_has_been_posted(Post())
        assert harness.plugin.count == 2
    instance = Counter()
    with PluginHarness(instance) as harness:
        harness.message_has_been_posted(Post())
    assert instance.count == 1


def test_logs_capture_levels_fields_and_tracebacks() -> None:
    class Chatty(Plugin):
        def message_has_been_posted(self, context: Any, post: Post) -> None:
            self.logger.debug("debugging")
            self.logger.info("saw a post", extra={"post_id": post.id})
            self.logger.warning("careful")
            try:
                raise ValueError("inner")
            except ValueError:
                self.logger.exception("handled")

    with PluginHarness(Chatty) as harness:
        harness.message_has_been_posted(Post(id="p7"))
        logs = harness.logs
        assert logs.messages() == ["debugging", "saw a post", "careful", "handled"]
        assert logs.messages("warn") == ["careful"]
        assert logs.find("saw a post").fields == {"post_id": "p7"}
        assert logs.find("saw a post").logger == "plugin.Chatty"
        assert "ValueError: inner" in logs.errors[0].traceback
        logs.assert_logged("careful", level="warning")
        with pytest.raises(AssertionError, match="logged nothing containing 'absent'"):
            logs.assert_logged("absent")
        logs.clear()
        assert len(logs) == 0


def test_log_capture_ends_with_the_last_harness_whatever_the_order() -> None:
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    first = PluginHarness(plugin_class(BY_GO_NAME["OnActivate"], lambda self: None)).start()
    second = PluginHarness(plugin_class(BY_GO_NAME["OnActivate"], lambda self: None)).start()
    assert root.level == logging.DEBUG
    first.close()
    assert root.level == logging.DEBUG
    second.close()
    assert (root.level, root.handlers) == (level, handlers)


def test_async_hooks_left_running_tasks_are_cancelled_on_close() -> None:
    import asyncio

    cancelled: list[bool] = []

    class Background(Plugin):
        async def on_activate(self) -> None:
            async def forever() -> None:
                try:
                    await asyncio.sleep(3600)
                except asyncio.CancelledError:
                    cancelled.append(True)
                    raise

            self.task = asyncio.create_task(forever())

    with PluginHarness(Background) as harness:
        assert harness.activate() == Ok()
    assert cancelled == [True]


# -- outcomes ----------------------------------------------------------------


def test_outcomes_read_well_and_explain_surprises() -> None:
    replaced = Replaced(Post(message="hi", user_id="u1"), call="WordFilter.message_will_be_posted")
    assert repr(replaced) == "Replaced(Post(user_id='u1', message='hi'))"
    assert repr(Rejected("no")) == "Rejected('no')"
    assert repr(Failed(AppError("boom", status_code=400))) == "Failed('boom', id='plugin.error', status_code=400)"
    assert replaced == Replaced(Post(message="hi", user_id="u1"))  # the call label is not compared
    with pytest.raises(AssertionError) as caught:
        replaced.assert_rejected()
    assert str(caught.value) == (
        "expected WordFilter.message_will_be_posted to reject it, but it replaced it with Post(user_id='u1', message='hi')"
    )
    with pytest.raises(AssertionError, match=r"rejected it with 'too long', expected 'spam'"):
        Rejected("too long", call="X.y").assert_rejected("spam")
    assert Rejected("Watch your language").assert_rejected(r"language$") == "Watch your language"
    with pytest.raises(AssertionError, match="expected the hook to return a value, but it allowed it unchanged"):
        Allowed().assert_value()
    with pytest.raises(AssertionError, match="returned 3, expected 4"):
        Value(3).assert_value(4)
