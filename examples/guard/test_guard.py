"""The guard's three reject hooks, through the harness."""

from __future__ import annotations

import pytest

from mattermost_plugin import Channel, FileInfo, User
from mattermost_plugin.testing import Allowed, Rejected


@pytest.fixture
def harness(plugin_harness):
    return plugin_harness("plugin.py")


# -- logins -------------------------------------------------------------------


def test_a_company_account_may_log_in(harness):
    assert harness.user_will_log_in(User(id="u1", username="alice", email="alice@example.com")) == Allowed()


def test_an_outside_account_is_turned_away(harness):
    outcome = harness.user_will_log_in(User(id="u2", username="mallory", email="mallory@evil.test"))
    outcome.assert_rejected("Only example.com and corp.example.com accounts")
    entry = harness.logs.assert_logged("outside the company", level="warn")
    assert entry.fields == {"user_id": "u2", "domain": "evil.test"}


def test_bots_are_exempt_from_the_domain_rule(harness):
    assert harness.user_will_log_in(User(id="b1", username="ci-bot", email="", is_bot=True)) == Allowed()


def test_a_locked_account_is_blocked_whatever_its_domain(harness):
    user = User(id="u3", username="bob", email="bob@example.com", props={"locked": "true"})
    assert harness.user_will_log_in(user) == Rejected("This account is locked. Ask an administrator to unlock it.")


# -- channels -----------------------------------------------------------------


@pytest.mark.parametrize("name", ["town-square", "announcements", "incidents"])
def test_protected_channels_cannot_be_archived(harness, name):
    harness.channel_will_be_archived(Channel(id="c1", name=name)).assert_rejected("is protected")


def test_other_channels_can_be_archived(harness):
    harness.channel_will_be_archived(Channel(id="c2", name="old-project")).assert_allowed()


# -- files --------------------------------------------------------------------


def file(name: str) -> FileInfo:
    return FileInfo(id="f1", name=name, extension=name.rpartition(".")[2])


def test_executables_cannot_be_downloaded(harness):
    outcome = harness.file_will_be_downloaded(file("setup.EXE"), "u1", "file")
    assert outcome == Rejected("Downloading .EXE files is blocked by company policy.")


def test_a_thumbnail_of_anything_is_fine(harness):
    assert harness.file_will_be_downloaded(file("setup.exe"), "u1", "thumbnail") == Allowed()


def test_confidential_files_stay_off_public_links(harness):
    harness.file_will_be_downloaded(file("Q3-confidential.pdf"), "", "public").assert_rejected("public links")
    harness.file_will_be_downloaded(file("Q3-confidential.pdf"), "u1", "file").assert_allowed()
