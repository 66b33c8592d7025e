"""Models and the compiled codec against JSON written by Go's encoding/json.

The fixtures in tests/fixtures/models/ were produced by ``json.Marshal`` of populated
(``<Type>.json``) and zero-value (``<Type>.zero.json``) structs of
github.com/mattermost/mattermost/server/public v0.4.4 and github.com/mattermost/gosaml2
v0.10.0, so they are exactly what the server sends.
"""

from __future__ import annotations

import base64
import dataclasses
import typing
from pathlib import Path
from typing import Any, Optional, Union

import orjson
import pytest

from mattermost_plugin import models as m
from mattermost_plugin.models import (
    AssertionInfo,
    Channel,
    ChannelMember,
    CommandArgs,
    CommandResponse,
    DecodeError,
    EmailNotification,
    EmailNotificationContent,
    FileData,
    FileInfo,
    OnInstallEvent,
    PluginClusterEvent,
    Post,
    PostMetadata,
    ProductLimits,
    RemoteCluster,
    ScheduledPost,
    SyncMsg,
    SyncResponse,
    User,
    decode,
    decode_list,
    encode,
    from_dict,
    to_dict,
)
from mattermost_plugin.models._base import Model, go, go_meta, model

FIXTURES = Path(__file__).parent / "fixtures" / "models"
BY_NAME: dict[str, type] = {c.__name__: c for c in m.MODELS}

# Where our output differs from Go's for the same document, and why:
# - ChannelMember.sanitized: Go's MarshalJSON leaves out last_viewed_at/last_update_at
#   when they hold -1; a missing key decodes to Go's zero value 0 (as Go does), which
#   is then written.
# - FileData.zero / PluginClusterEvent.zero: a nil []byte is written by Go as null; the
#   Python attribute is plain ``bytes`` (b""), written as "".
KNOWN_DIFFERENCES = {
    "ChannelMember.sanitized": {"last_viewed_at": 0, "last_update_at": 0},
    "FileData.zero": {"Body": ""},
    "PluginClusterEvent.zero": {"Data": ""},
}


def fixture_files() -> list[Path]:
    return sorted(p for p in FIXTURES.glob("*.json") if not p.name.startswith("Config"))


def model_for(path: Path) -> type:
    return BY_NAME[path.name.split(".")[0]]


def raw(path: Path) -> bytes:
    return path.read_bytes().rstrip(b"\n")


def test_every_model_has_fixtures() -> None:
    names = {p.name.split(".")[0] for p in fixture_files()}
    assert names == set(BY_NAME)
    for name in BY_NAME:
        assert (FIXTURES / f"{name}.json").exists()
        assert (FIXTURES / f"{name}.zero.json").exists()


@pytest.mark.parametrize("path", fixture_files(), ids=lambda p: p.name[:-5])
def test_go_document_round_trips(path: Path) -> None:
    cls = model_for(path)
    data = raw(path)
    obj = decode(cls, data)
    assert isinstance(obj, cls)
    expected = orjson.loads(data)
    out = encode(obj)
    name = path.name[:-5]
    if name in KNOWN_DIFFERENCES:
        expected.update(KNOWN_DIFFERENCES[name])
        assert orjson.loads(out) == expected
        return
    # Same value, same keys, same key order...
    assert orjson.loads(out) == expected
    assert list(orjson.loads(out)) == list(expected)
    # ...and with Go's HTML-safe escaping, the very same bytes.
    assert encode(obj, html_escape=True) == data
    # The dict form is the same document.
    assert to_dict(obj) == expected
    # Everything Go wrote is a known field (the models are complete for v0.4.4).
    assert obj.extra == {}


@pytest.mark.parametrize("cls", m.MODELS, ids=lambda c: c.__name__)
def test_populated_fixture_covers_every_field(cls: type) -> None:
    """Every JSON key of the model appears in Go's output for a populated struct, and
    Go writes no key the model lacks: the model has exactly Go's fields."""
    doc = orjson.loads(raw(FIXTURES / f"{cls.__name__}.json"))
    keys = {go_meta(f)["json"] or f.name for f in dataclasses.fields(cls) if f.name != "extra" and not go_meta(f)["hidden"]}
    assert keys == set(doc)


# ---------------------------------------------------------------- field by field


def _check_value(tp: Any, value: Any, jv: Any, where: str) -> None:
    """``value`` (decoded attribute) is the Python form of JSON value ``jv`` for type ``tp``."""
    origin = typing.get_origin(tp)
    if origin is Union:
        if jv is None:
            assert value is None, where
            return
        (tp,) = [a for a in typing.get_args(tp) if a is not type(None)]
        origin = typing.get_origin(tp)
    if tp is bytes:
        assert type(value) is bytes, where
        assert value == (base64.b64decode(jv) if jv is not None else b""), where
    elif tp in (str, int, bool, float):
        assert type(value) is tp, where
        assert value == jv, where
    elif tp is Any:
        assert value == jv, where
    elif isinstance(tp, type) and dataclasses.is_dataclass(tp):
        assert isinstance(value, tp), where
        _check_object(value, jv, where)
    elif origin is list:
        (et,) = typing.get_args(tp)
        assert type(value) is list, where
        assert len(value) == len(jv or []), where
        for i, (v, j) in enumerate(zip(value, jv or [])):
            _check_value(et, v, j, f"{where}[{i}]")
    elif origin is dict:
        _, vt = typing.get_args(tp)
        assert type(value) is dict, where
        assert list(value) == list(jv or {}), where
        for k in value:
            _check_value(vt, value[k], jv[k], f"{where}[{k!r}]")
    else:  # pragma: no cover
        raise AssertionError(f"{where}: unexpected type {tp!r}")


def _check_object(obj: Any, doc: dict[str, Any], where: str) -> None:
    hints = typing.get_type_hints(type(obj))
    for f in dataclasses.fields(obj):
        if f.name == "extra":
            continue
        meta = go_meta(f)
        value = getattr(obj, f.name)
        if meta["hidden"]:
            assert value == f.default
            continue
        key = meta["json"] or f.name
        if key not in doc:
            default = f.default_factory() if f.default is dataclasses.MISSING else f.default  # type: ignore[misc]
            assert value == default, f"{where}.{f.name}"
            continue
        _check_value(hints[f.name], value, doc[key], f"{where}.{f.name}")


@pytest.mark.parametrize("path", fixture_files(), ids=lambda p: p.name[:-5])
def test_every_field_arrives_with_the_right_value_and_type(path: Path) -> None:
    cls = model_for(path)
    obj = decode(cls, raw(path))
    _check_object(obj, orjson.loads(raw(path)), cls.__name__)


def test_post_fields() -> None:
    post = decode(Post, raw(FIXTURES / "Post.json"))
    assert post is not None
    assert post.id == "p1abcdefghijklmnopqrstuvwx"
    assert post.create_at == 1718000000000
    assert post.message.startswith("Hello <b>world</b> & \"friends\" — café ☕ \u2028")
    assert post.message_source == "Hello world"
    assert post.is_pinned is True
    assert post.remote_id == "remote123"
    assert post.is_following is True
    assert post.props is not None and post.props["count"] == 42 and post.props["big"] == 1e21
    assert post.file_ids == ["f1abcdefghijklmnopqrstuvwx"]
    assert post.participants is not None and post.participants[0].is_bot is True
    assert isinstance(post.metadata, PostMetadata)
    f = post.metadata.files[0]
    assert isinstance(f, FileInfo) and f.mini_preview == b"\xff\xd8\xff\xe0\x00\x10JFIF"
    assert f.width == 640 and f.remote_id == ""
    assert post.metadata.reactions[0].emoji_name == "+1"
    assert post.metadata.acknowledgements[0].remote_id == "r9"
    assert post.metadata.priority == {"priority": "urgent", "requested_ack": True, "persistent_notifications": False}
    assert post.metadata.images["https://example.com/img.png"]["width"] == 100


def test_zero_post_is_all_defaults() -> None:
    post = decode(Post, raw(FIXTURES / "Post.zero.json"))
    assert post == Post()
    assert encode(Post()) == raw(FIXTURES / "Post.zero.json")


def test_user_fields() -> None:
    user = decode(User, raw(FIXTURES / "User.json"))
    assert user is not None
    assert user.timezone == {"automaticTimezone": "Europe/Paris", "manualTimezone": "", "useAutomaticTimezone": "true"}
    assert user.auth_data == "ldap-uid-7" and user.failed_attempts == 2
    assert user.mfa_used_timestamps == ["1718000000"]
    assert user.position == "Engineer <lead>"


def test_channel_member_hidden_timestamps() -> None:
    cm = decode(ChannelMember, raw(FIXTURES / "ChannelMember.json"))
    assert cm is not None and cm.last_viewed_at == 1718000000007
    cm.last_viewed_at = -1  # what Go's SanitizeForCurrentUser sets
    cm.last_update_at = -1
    assert encode(cm, html_escape=True) == raw(FIXTURES / "ChannelMember.sanitized.json")


def test_non_json_tagged_structs_use_go_field_names() -> None:
    ev = decode(PluginClusterEvent, raw(FIXTURES / "PluginClusterEvent.json"))
    assert ev == PluginClusterEvent(id="cache-invalidate", data=b'{"key":"k1"}\x00\xff')
    assert orjson.loads(encode(ev)) == {"Id": "cache-invalidate", "Data": base64.b64encode(b'{"key":"k1"}\x00\xff').decode()}
    assert decode(OnInstallEvent, b'{"UserId":"u1"}') == OnInstallEvent(user_id="u1")
    fd = decode(FileData, raw(FIXTURES / "FileData.json"))
    assert fd is not None and fd.filename == "diagnostics.yaml" and fd.body.endswith(b"\x00\x01\xfe")
    ai = decode(AssertionInfo, raw(FIXTURES / "AssertionInfo.json"))
    assert ai is not None
    assert ai.name_id == "alice@example.com"
    assert ai.authn_instant == "2024-06-10T12:30:45.123456789Z"
    assert ai.warning_info is not None and ai.warning_info.proxy_restriction is not None
    assert ai.warning_info.proxy_restriction.audience == ["https://sp.example.com"]
    assert ai.values is not None and ai.values["email"]["Values"][0]["Value"] == "alice@example.com"


def test_empty_mini_preview_is_not_nil() -> None:
    fi = decode(FileInfo, raw(FIXTURES / "FileInfo.empty_preview.json"))
    assert fi is not None and fi.mini_preview == b""
    assert decode(FileInfo, raw(FIXTURES / "FileInfo.zero.json")).mini_preview is None  # type: ignore[union-attr]


def test_command_args_site_url_is_never_json() -> None:
    args = decode(CommandArgs, raw(FIXTURES / "CommandArgs.json"))
    assert args is not None and args.site_url == "" and args.command == "/echo hello & <goodbye>"
    args.site_url = "https://chat.example.com"
    assert "site_url" not in orjson.loads(encode(args))
    assert "site_url" not in args.to_dict()
    # A "site_url" key in the JSON is not the hidden field: it is an unknown key, kept.
    other = decode(CommandArgs, b'{"command":"/x","site_url":"https://evil"}')
    assert other is not None and other.site_url == "" and other.extra == {"site_url": "https://evil"}


def test_recursive_command_response() -> None:
    cr = decode(CommandResponse, raw(FIXTURES / "CommandResponse.json"))
    assert cr is not None and cr.extra_responses is not None
    assert cr.extra_responses[0] == CommandResponse(response_type="in_channel", text="extra 1")
    assert cr.attachments is not None and cr.attachments[0]["fields"][0]["title"] == "f"


def test_email_notification_content_view() -> None:
    en = decode(EmailNotification, raw(FIXTURES / "EmailNotification.json"))
    assert en is not None
    content = en.content
    assert isinstance(content, EmailNotificationContent)
    assert content.subject == "[Team A] New message"
    content.subject = "changed"
    assert en.subject == "[Team A] New message"  # a copy
    en.content = content
    assert en.subject == "changed"


def test_scheduled_post_embeds_draft() -> None:
    sp = decode(ScheduledPost, raw(FIXTURES / "ScheduledPost.json"))
    assert sp is not None and isinstance(sp, m.Draft)
    assert sp.message == "draft <msg>" and sp.id == "sp1" and sp.repeat_type == "daily"
    assert sp.metadata is not None and sp.metadata.files[0].name == "cat.png"


def test_sync_msg_holds_models() -> None:
    msg = decode(SyncMsg, raw(FIXTURES / "SyncMsg.json"))
    assert msg is not None
    assert all(isinstance(u, User) for u in msg.users.values())
    assert isinstance(msg.posts[0], Post)
    assert msg.statuses[0].status == "dnd" and msg.membership_changes[0].is_add is True
    assert msg.mention_transforms == {"alice": "alice:remote"}
    resp = decode(SyncResponse, raw(FIXTURES / "SyncResponse.json"))
    assert resp is not None and resp.post_errors == [] and resp.reaction_errors is None


def test_uint32_bitmask() -> None:
    rc = decode(RemoteCluster, raw(FIXTURES / "RemoteCluster.json"))
    assert rc is not None and rc.options == (1 << 31) | 0b1100000  # 1<<31 | AutoShareDMs | AutoInvited
    with pytest.raises(DecodeError, match=r"options: expected an integer in \[0, 4294967295\], got -1"):
        decode(RemoteCluster, b'{"options":-1}')


def test_product_limits_pointers() -> None:
    pl = decode(ProductLimits, raw(FIXTURES / "ProductLimits.partial.json"))
    assert pl is not None and pl.files is not None and pl.files.total_storage is None
    assert pl.messages is not None and pl.messages.history == 0
    assert pl.teams is None
    assert encode(pl) == raw(FIXTURES / "ProductLimits.partial.json")


# ------------------------------------------------------------------ API behaviour


def test_nil_and_partial_documents() -> None:
    assert decode(Post, b"") is None
    assert decode(Post, b"null") is None
    assert decode(Post, "null") is None
    assert encode(None) == b""
    assert decode(Post, b"{}") == Post()
    p = decode(Post, '{"message":"hi"}')
    assert p == Post(message="hi")
    # JSON null for a non-pointer field leaves Go's zero value, as encoding/json does.
    assert decode(Post, b'{"message":null,"create_at":null,"is_pinned":null}') == Post()


def test_unknown_keys_are_kept_in_order_at_every_level() -> None:
    doc = orjson.loads(raw(FIXTURES / "Post.json"))
    doc["new_top"] = {"x": [1, None]}
    doc["metadata"]["new_meta"] = 1
    doc["metadata"]["files"][0]["new_file_field"] = "v"
    doc["participants"][0]["new_user_field"] = False
    post = decode(Post, orjson.dumps(doc))
    assert post is not None and post.extra == {"new_top": {"x": [1, None]}}
    assert post.metadata is not None and post.metadata.extra == {"new_meta": 1}
    assert post.metadata.files[0].extra == {"new_file_field": "v"}
    assert orjson.loads(encode(post)) == doc
    assert list(orjson.loads(encode(post)))[-1] == "new_top"


def test_modify_and_encode() -> None:
    post = decode(Post, raw(FIXTURES / "Post.simple.json"))
    assert post is not None
    post.message = "edited"
    post.props = {"x": 1}
    out = orjson.loads(encode(post))
    assert out["message"] == "edited" and out["props"] == {"x": 1}


def test_decode_list() -> None:
    items = [raw(FIXTURES / "Post.simple.json"), b"", b"null", b'{"id":"z"}']
    posts = decode_list(Post, items)
    assert [p.id if p else None for p in posts] == ["p2abcdefghijklmnopqrstuvwx", None, None, "z"]
    with pytest.raises(DecodeError) as ei:
        decode_list(Post, [b"{}", b'{"id":1}'])
    assert ei.value.path == "[1].id"


def test_from_dict_to_dict() -> None:
    d = orjson.loads(raw(FIXTURES / "Channel.json"))
    ch = from_dict(Channel, d)
    assert ch.banner_info is not None and ch.banner_info.text == "Maintenance tonight"
    assert to_dict(ch) == d


def test_dataclasses_json_api() -> None:
    data = raw(FIXTURES / "Post.json")
    post = Post.from_json(data)
    assert post == decode(Post, data)
    assert orjson.loads(post.to_json()) == orjson.loads(data)
    assert Post.from_dict(post.to_dict()) == post


def test_models_are_mutable_keyword_dataclasses() -> None:
    p = Post(message="x", channel_id="c")
    p.message = "y"
    assert p.message == "y"
    with pytest.raises(TypeError):
        Post("positional")  # type: ignore[misc]
    # Mutable defaults are not shared.
    a, b = User(), User()
    a.props["k"] = "v"
    assert b.props == {} and a.extra is not b.extra


# --------------------------------------------------------------------- errors


def test_invalid_json() -> None:
    with pytest.raises(DecodeError) as ei:
        decode(Post, b'{"id": ')
    assert ei.value.path == "" and "invalid JSON" in ei.value.message


@pytest.mark.parametrize("doc", [b"[1,2]", b'"post"', b"3", b"true"])
def test_not_an_object(doc: bytes) -> None:
    with pytest.raises(DecodeError) as ei:
        decode(Post, doc)
    assert ei.value.path == ""
    assert ei.value.message == "expected a JSON object"
    assert ei.value.received == doc.decode()
    assert str(ei.value) == f"expected a JSON object, got {doc.decode()}"
    assert ei.value.without_value == "expected a JSON object"
    assert isinstance(ei.value, ValueError)


@pytest.mark.parametrize(
    "doc, path, message",
    [
        (b'{"create_at":"yesterday"}', "create_at", 'expected an integer, got "yesterday"'),
        (b'{"create_at":1.5}', "create_at", "expected an integer, got 1.5"),
        (b'{"create_at":2.0}', "create_at", "expected an integer, got 2.0"),
        (b'{"create_at":true}', "create_at", "expected an integer, got true"),
        (b'{"create_at":9223372036854775808}', "create_at", "expected an integer in [-9223372036854775808, 9223372036854775807], got 9223372036854775808"),
        (b'{"message":5}', "message", "expected a string, got 5"),
        (b'{"is_pinned":1}', "is_pinned", "expected a boolean, got 1"),
        (b'{"is_pinned":"true"}', "is_pinned", 'expected a boolean, got "true"'),
        (b'{"remote_id":7}', "remote_id", "expected a string, got 7"),
        (b'{"props":[]}', "props", "expected an object, got []"),
        (b'{"file_ids":"f1"}', "file_ids", 'expected an array, got "f1"'),
        (b'{"file_ids":["a",2]}', "file_ids[1]", "expected a string, got 2"),
        (b'{"metadata":"none"}', "metadata", 'expected an object, got "none"'),
        (b'{"metadata":{"files":[{"id":"ok"},{"id":12}]}}', "metadata.files[1].id", "expected a string, got 12"),
        (b'{"metadata":{"files":[5]}}', "metadata.files[0]", "expected a JSON object, got 5"),
        (b'{"participants":[{"timezone":{"a":1}}]}', "participants[0].timezone[\"a\"]", "expected a string, got 1"),
        (b'{"metadata":{"reactions":[{"create_at":"x"}]}}', "metadata.reactions[0].create_at", 'expected an integer, got "x"'),
    ],
)
def test_wrong_types_are_reported_with_their_path(doc: bytes, path: str, message: str) -> None:
    with pytest.raises(DecodeError) as ei:
        decode(Post, doc)
    assert ei.value.path == path
    assert f"{ei.value.message}, got {ei.value.received}" == message
    assert str(ei.value) == f"{path}: {message}"
    assert ei.value.without_value == f"{path}: {message.split(', got ')[0]}"


def test_nested_model_paths_in_other_models() -> None:
    with pytest.raises(DecodeError) as ei:
        decode(SyncMsg, b'{"users":{"u1":{"id":"u1"},"u2":{"is_bot":"yes"}}}')
    assert ei.value.path == 'users["u2"].is_bot'
    with pytest.raises(DecodeError) as ei:
        decode(Channel, b'{"banner_info":{"enabled":"on"}}')
    assert ei.value.path == "banner_info.enabled"
    with pytest.raises(DecodeError) as ei:
        decode(AssertionInfo, b'{"WarningInfo":{"ProxyRestriction":{"Count":"2"}}}')
    assert ei.value.path == "WarningInfo.ProxyRestriction.Count"
    with pytest.raises(DecodeError) as ei:
        decode(CommandResponse, b'{"extra_responses":[{"extra_responses":[{"text":false}]}]}')
    assert ei.value.path == "extra_responses[0].extra_responses[0].text"


@pytest.mark.parametrize("value", ['"not base64!"', '"YQ"', '"YQ=="x', "12", '"Y=Q="'])
def test_bad_base64(value: str) -> None:
    with pytest.raises(DecodeError) as ei:
        decode(PluginClusterEvent, f'{{"Data":{value}}}')
    if value.endswith('x'):
        assert ei.value.path == ""  # invalid JSON
    else:
        assert ei.value.path == "Data"
        assert ei.value.message.startswith("expected a base64 string")
        assert ei.value.received == value


def test_base64_is_standard_with_padding() -> None:
    ev = decode(PluginClusterEvent, b'{"Data":"+/+/"}')
    assert ev is not None and ev.data == b"\xfb\xff\xbf"
    with pytest.raises(DecodeError):
        decode(PluginClusterEvent, b'{"Data":"-_-_"}')  # URL-safe alphabet is not Go's StdEncoding
    # Like Go's decoder, line breaks inside the base64 text are skipped.
    fi = decode(FileInfo, b'{"mini_preview":"YWJj\\nZA=="}')
    assert fi is not None and fi.mini_preview == b"abcd"


def test_from_dict_checks_too() -> None:
    with pytest.raises(DecodeError) as ei:
        from_dict(Post, {"create_at": 1 << 70})
    assert ei.value.path == "create_at"
    with pytest.raises(DecodeError) as ei:
        from_dict(Post, ["not", "a", "dict"])
    assert ei.value.path == ""


def test_decode_error_pickles() -> None:
    import pickle

    err = DecodeError("a.b", "expected a string, got 1")
    again = pickle.loads(pickle.dumps(err))
    assert (again.path, again.message, str(again)) == (err.path, err.message, str(err))


# ------------------------------------------------------------ codec compilation


def test_only_models_compile() -> None:
    with pytest.raises(TypeError):
        decode(dict, b"{}")  # type: ignore[type-var]
    with pytest.raises(TypeError):
        encode(object())


def test_subclasses_of_models_get_their_own_codec() -> None:
    @dataclasses.dataclass(kw_only=True)
    class TaggedPost(Post):
        def shout(self) -> str:
            return self.message.upper()

    p = decode(TaggedPost, b'{"message":"hi","extra_key":1}')
    assert isinstance(p, TaggedPost) and p.shout() == "HI" and p.extra == {"extra_key": 1}
    assert orjson.loads(encode(p))["extra_key"] == 1


def test_first_use_from_many_threads() -> None:
    import threading

    @dataclasses.dataclass(kw_only=True)
    class FreshUser(User):
        pass

    data = raw(FIXTURES / "User.json")
    results: list[Any] = []
    barrier = threading.Barrier(8)

    def work() -> None:
        barrier.wait()
        results.append(encode(decode(FreshUser, data), html_escape=True))

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [data] * 8


def test_generated_source_is_available_for_debugging() -> None:
    from mattermost_plugin.models._codec import generated_source

    src = generated_source(Post)
    assert "def _d" in src and "def _e" in src and "'message'" in src


def test_null_elements_follow_go() -> None:
    # null into a string element leaves "" (Go's zero value); into a *T element, nil.
    post = decode(Post, b'{"file_ids":["a",null],"metadata":{"files":[null,{"id":"f"}]},"participants":[null]}')
    assert post is not None and post.file_ids == ["a", ""]
    assert post.metadata is not None and post.metadata.files[0] is None and post.metadata.files[1].id == "f"  # type: ignore[union-attr]
    out = orjson.loads(encode(post))
    assert out["metadata"]["files"][0] is None and out["participants"] == [None]
    user = decode(User, b'{"timezone":{"useAutomaticTimezone":null}}')
    assert user is not None and user.timezone == {"useAutomaticTimezone": ""}


@model
class Inner(Model):
    n: int = go(0, json="N")


@model
class Odd(Model):
    a: bytes = b""
    b: Optional[Inner] = None
    c: Optional[bytes] = None
    d: list[Inner] = go(default_factory=list, omitempty=True)
    e: dict[str, Inner] = go(default_factory=dict, omitempty=True)
    f: Optional[dict[str, bytes]] = None
    g: float = 0.0
    h: str = go("", omitempty=True)


def test_codec_handles_any_field_layout() -> None:
    """Several converted fields before the first omitempty one, a renamed key, bytes,
    a nested model, omitempty lists and maps, Optional everything: a synthetic model
    exercises generator paths the Mattermost models may not."""
    doc = {
        "a": "YQ==",
        "b": {"N": 1},
        "c": "Yg==",
        "d": [{"N": 2}, None],
        "e": {"k": {"N": 3}},
        "f": {"x": "Yw=="},
        "g": 1.5,
        "h": "z",
        "zz": 0,
    }
    obj = from_dict(Odd, dict(doc))
    assert obj == Odd(a=b"a", b=Inner(n=1), c=b"b", d=[Inner(n=2), None], e={"k": Inner(n=3)}, f={"x": b"c"}, g=1.5, h="z", extra={"zz": 0})  # type: ignore[list-item]
    assert to_dict(obj) == doc and list(to_dict(obj)) == list(doc)
    # (dataclasses-json cannot decode bytes inside a map, so "f" is left out here)
    no_f = {k: v for k, v in doc.items() if k != "f"}
    assert Odd.from_dict(dict(no_f)) == from_dict(Odd, dict(no_f))
    assert Odd.from_dict(dict(no_f)).to_dict() == {**no_f, "f": None}
    assert to_dict(Odd()) == {"a": "", "b": None, "c": None, "f": None, "g": 0.0}
    assert from_dict(Odd, {"g": 2}).g == 2
    with pytest.raises(DecodeError, match=r'^f\["x"\]: expected a base64 string'):
        from_dict(Odd, {"f": {"x": "!"}})
    with pytest.raises(DecodeError, match=r'^e\["k"\]\.N: expected an integer'):
        from_dict(Odd, {"e": {"k": {"N": "1"}}})
