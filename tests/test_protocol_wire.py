"""protocol.wire writes exactly the bytes protobuf writes for the responses it covers."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mattermost_plugin.hooks import UNARY_HOOKS
from mattermost_plugin.protocol import hooks_pb2
from mattermost_plugin.protocol.wire import bytes_field_writer, varint

LENGTHS = [0, 1, 127, 128, 129, 16383, 16384, 16385, 2_097_151, 2_097_152]


@pytest.mark.parametrize("n", [0, 1, 127, 128, 300, 16383, 16384, 2**21, 2**28, 2**35])
def test_varint_is_base_128_little_endian(n: int) -> None:
    encoded = varint(n)
    assert all(b & 0x80 for b in encoded[:-1]) and not encoded[-1] & 0x80
    assert sum((b & 0x7F) << (7 * i) for i, b in enumerate(encoded)) == n


# Every hook whose responder writes its replacement with the writer: the modify hooks.
MODIFY = [hook for hook in UNARY_HOOKS if hook.responder.__func__.__qualname__.startswith("ModifyHook")]


def test_the_modify_hooks_are_covered() -> None:
    assert {hook.go_name for hook in MODIFY} >= {"MessageWillBePosted", "MessageWillBeUpdated", "ChannelMemberWillBeAdded"}


@pytest.mark.parametrize("hook", MODIFY, ids=lambda hook: hook.go_name)
@pytest.mark.parametrize("length", LENGTHS)
def test_a_replacement_is_written_as_protobuf_writes_it(hook: type, length: int) -> None:
    response = getattr(hooks_pb2, f"{hook.go_name}Response")
    data = bytes(i % 251 for i in range(length))
    written = bytes_field_writer(response, hook.result_field)(data)
    assert written == response(**{hook.result_field: data}).SerializeToString()
    assert getattr(response.FromString(written), hook.result_field) == data


@given(st.binary(max_size=300))
def test_any_bytes_round_trip(data: bytes) -> None:
    written = bytes_field_writer(hooks_pb2.MessageWillBePostedResponse, "post")(data)
    assert written == hooks_pb2.MessageWillBePostedResponse(post=data).SerializeToString()


def test_only_singular_bytes_fields_are_accepted() -> None:
    with pytest.raises(ValueError, match="MessageWillBePostedResponse has no field 'pots'"):
        bytes_field_writer(hooks_pb2.MessageWillBePostedResponse, "pots")
    with pytest.raises(ValueError, match=r"MessageWillBePostedResponse\.rejection is not a singular bytes field"):
        bytes_field_writer(hooks_pb2.MessageWillBePostedResponse, "rejection")
