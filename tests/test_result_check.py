"""The servicer's quick result checks never accept what typeguard would refuse."""

from __future__ import annotations

from typing import Any

import pytest
from typeguard import CollectionCheckStrategy, TypeCheckError, check_type

from mattermost_plugin import models as m
from mattermost_plugin._servicer import _ROUTES, _acceptor


class Sub(m.Post):
    pass


VALUES: list[Any] = [
    None, "", "reason", 0, 1, True, False, 1.5, b"x", [], (), {},
    m.Post(), Sub(), m.User(), m.Channel(), m.ChannelMember(), m.CommandResponse(), m.FileData(),
    m.Config(), m.SyncResponse(), m.TeamMember(), m.Draft(), m.ScheduledPost(),
    m.PushNotification(), m.EmailNotificationContent(),
    (m.Post(), ""), (None, "no"), (m.Post(), 1), (m.Post(),), (m.Post(), "", ""), ("x", "y"),
    [m.Post(), m.Post()], [m.Post(), None], [m.FileData()], [m.FileData(), "x"], ["x"],
    (m.Channel(), "r"), (m.ChannelMember(), ""), (m.Draft(), ""),
]


def typeguard_accepts(value: Any, annotation: Any) -> bool:
    try:
        check_type(value, annotation, collection_check_strategy=CollectionCheckStrategy.ALL_ITEMS)
    except TypeCheckError:
        return False
    return True


@pytest.mark.parametrize("name", sorted(_ROUTES))
def test_quick_check_is_never_looser_than_typeguard(name: str) -> None:
    route = _ROUTES[name]
    accepts = route.accepts
    for value in VALUES:
        quick = type(value) in route.fast_types or (accepts is not None and accepts(value))
        if quick:
            assert typeguard_accepts(value, route.result_type), (name, value)


def test_quick_check_covers_the_result_shapes_of_every_hook() -> None:
    assert all(route.accepts is not None for route in _ROUTES.values())


def test_quick_check_accepts_go_style_tuples_and_lists() -> None:
    assert _ROUTES["MessageWillBePosted"].accepts((m.Post(), ""))
    assert _ROUTES["MessageWillBePosted"].accepts((None, "reason"))
    assert not _ROUTES["MessageWillBePosted"].accepts((m.Post(), 1))
    assert _acceptor(list[m.Post])([m.Post(), Sub()])
    assert not _acceptor(list[m.Post])([m.Post(), None])
