"""Context: the hook's request metadata, as authors build it and as the servicer hands it over."""

import pickle

import pytest

from mattermost_plugin import Context
from mattermost_plugin._context import FIELDS, context_of
from mattermost_plugin.protocol import hooks_pb2

VALUES = dict(
    session_id="s", connection_id="c", request_id="r", ip_address="10.0.0.1", accept_language="fr", user_agent="ua"
)


def test_fields_default_to_empty_strings() -> None:
    context = Context()
    assert [getattr(context, name) for name in FIELDS] == [""] * 6


def test_keyword_and_positional_construction_agree() -> None:
    assert Context(**VALUES) == Context(*VALUES.values())
    assert Context(**VALUES).ip_address == "10.0.0.1"


def test_a_context_over_a_request_message_reads_its_fields() -> None:
    message = hooks_pb2.PluginContext(**VALUES)
    context = context_of(message)
    assert context == Context(**VALUES)
    assert hash(context) == hash(Context(**VALUES))
    assert context.user_agent == "ua"
    assert context_of(hooks_pb2.PluginContext()) == Context()


def test_equality_and_hash_follow_the_fields() -> None:
    assert Context(session_id="a") != Context(session_id="b")
    assert len({Context(session_id="a"), Context(session_id="a"), Context()}) == 2
    assert Context() != ("",) * 6


def test_repr_names_every_field() -> None:
    assert repr(Context(session_id="s")) == (
        "Context(session_id='s', connection_id='', request_id='', ip_address='', accept_language='', user_agent='')"
    )


def test_a_context_is_read_only() -> None:
    context = context_of(hooks_pb2.PluginContext(session_id="s"))
    with pytest.raises(AttributeError, match="read-only.*session_id"):
        context.session_id = "other"  # type: ignore[misc]
    with pytest.raises(AttributeError, match="read-only"):
        del context.session_id  # type: ignore[misc]
    assert context.session_id == "s"


def test_replace_makes_a_changed_copy() -> None:
    context = context_of(hooks_pb2.PluginContext(**VALUES))
    changed = context.replace(user_agent="tests")
    assert changed == Context(**{**VALUES, "user_agent": "tests"})
    assert context.user_agent == "ua"
    with pytest.raises(TypeError, match="no field sesion_id"):
        context.replace(sesion_id="x")


def test_fields_must_be_strings() -> None:
    with pytest.raises(TypeError, match="Context request_id must be a str, got int: 7"):
        Context(request_id=7)  # type: ignore[arg-type]


def test_pickles_as_its_values() -> None:
    context = context_of(hooks_pb2.PluginContext(**VALUES))
    assert pickle.loads(pickle.dumps(context)) == Context(**VALUES)
