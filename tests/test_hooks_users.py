"""User hooks: SAML logins."""

from __future__ import annotations

from typing import Any

from hookcalls import build_request, call, plugin_for, sample
from mattermost_plugin import AssertionInfo, User
from mattermost_plugin.hooks import OnSAMLLogin


def test_saml_login_can_fail_the_login(serve: Any) -> None:
    def check(self: Any, context: Any, user: User, assertion: AssertionInfo) -> None:
        if assertion.name_id != user.email:
            raise PermissionError(f"assertion for {assertion.name_id} does not match {user.email}")

    stub = serve(plugin_for(OnSAMLLogin, check))
    other = sample(AssertionInfo)
    other.name_id = "mallory@example.com"
    assert not call(stub, OnSAMLLogin, build_request(OnSAMLLogin, {"user": sample(User), "assertion": sample(AssertionInfo)})).HasField("error")
    error = call(stub, OnSAMLLogin, build_request(OnSAMLLogin, {"user": sample(User), "assertion": other})).error
    assert error.message == "assertion for mallory@example.com does not match alice@example.com"
