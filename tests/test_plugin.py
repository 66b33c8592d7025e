"""Checks run when a plugin class is created: hook discovery, signatures, near-miss names."""

from __future__ import annotations

import re
from typing import Any

import pytest

from mattermost_plugin import Plugin, PluginDefinitionError
from mattermost_plugin.hooks import BY_METHOD, UNARY_HOOKS


def test_implemented_is_exactly_the_defined_hooks_in_id_order() -> None:
    class Mixed(Plugin):
        def user_will_log_in(self, context: Any, user: Any) -> None:
            return None

        async def on_activate(self) -> None:
            return None

        def message_will_be_posted(self, context: Any, post: Any) -> None:
            return None

        def _helper(self) -> None:
            return None

        def unrelated_public_helper(self) -> int:
            return 1

    assert Mixed.implemented() == ["OnActivate", "MessageWillBePosted", "UserWillLogIn"]


def test_plugin_without_hooks_implements_nothing() -> None:
    class Empty(Plugin):
        pass

    assert Empty.implemented() == []


def test_hooks_are_inherited_from_intermediate_bases() -> None:
    class Base(Plugin):
        def on_activate(self) -> None:
            return None

    class Child(Base):
        def on_deactivate(self) -> None:
            return None

    assert Child.implemented() == ["OnActivate", "OnDeactivate"]
    assert Base.implemented() == ["OnActivate"]


@pytest.mark.parametrize("hook", UNARY_HOOKS, ids=lambda hook: hook.go_name)
def test_every_hook_accepts_its_own_signature(hook: Any) -> None:
    source = f"{hook.signature().split(' -> ')[0]}:\n    return None\n"
    namespace: dict[str, Any] = {}
    exec(source, namespace)  # noqa: S102 - the signature the docs tell authors to write
    plugin = type("Right", (Plugin,), {hook.method: namespace[hook.method]})
    assert plugin.implemented() == [hook.go_name]


def test_wrong_arity_names_the_hook_and_the_expected_parameters() -> None:
    with pytest.raises(PluginDefinitionError) as raised:

        class WordFilter(Plugin):
            def message_will_be_posted(self, post: Any) -> None:
                return None

    assert str(raised.value) == (
        "WordFilter.message_will_be_posted(self, post) does not fit the MessageWillBePosted hook, "
        "which passes 2 arguments (context, post) after self. Write it as: "
        "def message_will_be_posted(self, context: Context, post: Post) -> Post | str | tuple[Post | None, str] | None"
    )


def test_too_many_required_parameters_is_an_error() -> None:
    with pytest.raises(PluginDefinitionError, match=r"OnActivate hook, which passes 0 arguments after self\. Write it as: def on_activate\(self\) -> None"):

        class Extra(Plugin):
            def on_activate(self, config: Any) -> None:
                return None


def test_defaults_varargs_and_optional_keywords_are_accepted() -> None:
    class Flexible(Plugin):
        def on_activate(self, retries: int = 3) -> None:
            return None

        def user_will_log_in(self, *args: Any, **kwargs: Any) -> None:
            return None

        def message_has_been_posted(self, context: Any, post: Any, *, verbose: bool = False) -> None:
            return None

    assert Flexible.implemented() == ["OnActivate", "MessageHasBeenPosted", "UserWillLogIn"]


def test_required_keyword_only_parameter_is_an_error() -> None:
    with pytest.raises(PluginDefinitionError, match="does not fit the MessageHasBeenPosted hook"):

        class KeywordOnly(Plugin):
            def message_has_been_posted(self, context: Any, post: Any, *, extra: Any) -> None:
                return None


@pytest.mark.parametrize(
    "name, suggestion",
    [
        ("on_activte", "on_activate"),
        ("OnActivate", "on_activate"),
        ("messageWillBePosted", "message_will_be_posted"),
        ("message_will_be_post", "message_will_be_posted"),
        ("on_web_socket_connect", "on_websocket_connect"),
        ("user_will_login", "user_will_log_in"),
    ],
)
def test_near_miss_names_are_reported_with_the_right_spelling(name: str, suggestion: str) -> None:
    with pytest.raises(PluginDefinitionError) as raised:
        type("Typo", (Plugin,), {name: lambda self, *args: None})
    assert str(raised.value) == (
        f"Typo.{name} is not a Mattermost hook; did you mean {suggestion}? Rename it to {suggestion}, "
        "or start its name with an underscore if it is a helper."
    )


def test_names_far_from_any_hook_are_left_alone() -> None:
    class Helpers(Plugin):
        def user_has_logged_out(self) -> None:
            return None

        def format_message(self, text: str) -> str:
            return text

        activation_count = 0

    assert Helpers.implemented() == []


def test_static_and_class_methods_cannot_be_hooks() -> None:
    with pytest.raises(PluginDefinitionError, match=r"Static\.on_activate must be a plain method"):

        class Static(Plugin):
            @staticmethod
            def on_activate() -> None:
                return None


def test_a_streaming_hook_written_the_go_way_says_what_to_write() -> None:
    with pytest.raises(PluginDefinitionError, match=r"passes 2 arguments \(context, request\).*def serve_http\(self, context: Context, request: Request\)"):

        class Web(Plugin):
            def serve_http(self, context: Any, w: Any, r: Any) -> None:
                return None


def test_streaming_hooks_are_implemented_by_defining_them() -> None:
    from mattermost_plugin.http import asgi, wsgi

    class Web(Plugin):
        serve_http = wsgi(lambda environ, start_response: [])
        serve_metrics = asgi(lambda scope, receive, send: None)

        def file_will_be_uploaded(self, context: Any, file_info: Any, file: Any) -> None:
            return None

    assert Web.implemented() == ["ServeHTTP", "FileWillBeUploaded", "ServeMetrics"]


@pytest.mark.parametrize("value", [0, -1, "10MB", 1.5, True, None])
def test_a_body_limit_that_is_not_a_number_of_bytes_names_the_setting(value: Any) -> None:
    with pytest.raises(PluginDefinitionError, match=rf"Web\.max_request_body is {re.escape(repr(value))}; set it to a number of bytes, at least 1"):

        class Web(Plugin):
            max_request_body = value

    with pytest.raises(PluginDefinitionError, match=r"Uploads\.max_upload_size is"):

        class Uploads(Plugin):
            max_upload_size = value


def test_body_limits_default_to_mattermosts_max_file_size_and_are_set_in_the_class() -> None:
    class Small(Plugin):
        max_request_body = 1024

    assert (Plugin.max_request_body, Plugin.max_upload_size) == (100 * 1024 * 1024, 100 * 1024 * 1024)
    assert Small.max_request_body == 1024


def test_method_names_are_snake_case_of_go_names() -> None:
    assert BY_METHOD["on_saml_login"].go_name == "OnSAMLLogin"
    assert BY_METHOD["serve_http"].go_name == "ServeHTTP"
    assert BY_METHOD["websocket_message_has_been_posted"].go_name == "WebSocketMessageHasBeenPosted"
    assert BY_METHOD["user_will_log_in"].go_name == "UserWillLogIn"
    assert BY_METHOD["messages_will_be_consumed_with_context"].go_name == "MessagesWillBeConsumedWithContext"


def test_logger_is_named_after_the_class() -> None:
    class Named(Plugin):
        pass

    assert Named().logger.name == "plugin.Named"
