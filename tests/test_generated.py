"""Everything derived from the hook classes is current, and the declarations are checked when written.

``python -m mattermost_plugin._generate`` regenerates the proto, the Python and
Go message code, the hook reference, the harness methods and the Go bridge's
per-hook files from the classes in ``hooks/``; these tests fail when any of
them is stale, and show what a wrong declaration says.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mattermost_plugin import _generate
from mattermost_plugin._exceptions import PluginDefinitionError
from mattermost_plugin._hook import ModifyHook, Param, RejectHook, ValueHook, VoidHook
from mattermost_plugin.hooks import ALL_HOOKS, BY_GO_NAME, posts
from mattermost_plugin.models import Post

ROOT = Path(__file__).resolve().parent.parent


def need_go() -> None:
    if shutil.which("go") is None:
        if os.environ.get("CI"):
            pytest.fail("Go is not installed; CI must check the generated Go code (install Go 1.26+)")
        pytest.skip("Go is not installed (the generated Go code needs it)")


def test_every_generated_file_is_current() -> None:
    need_go()
    outputs = _generate.render_all()
    stale = [str(path.relative_to(ROOT)) for path in _generate.stale(outputs)]
    orphans = [str(path.relative_to(ROOT)) for path in _generate.orphans(outputs)]
    assert not stale and not orphans, f"stale {stale}, orphaned {orphans}; run: python -m mattermost_plugin._generate"


def test_the_go_code_is_formatted() -> None:
    need_go()
    gofmt = shutil.which("gofmt") or str(Path(shutil.which("go") or "go").with_name("gofmt"))
    directories = [ROOT / "mattermost_plugin" / "bridge", ROOT / "mattermost_plugin" / "_generate" / "apispec", ROOT / "tests" / "conformance", ROOT / "benchmarks" / "bridge"]
    result = subprocess.run([gofmt, "-l", *map(str, directories)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and result.stdout == "", f"run gofmt -w on: {result.stdout}{result.stderr}"


def test_the_check_command_reports_nothing_stale() -> None:
    need_go()
    result = subprocess.run([sys.executable, "-m", "mattermost_plugin._generate", "--check"], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "up to date" in result.stdout


def test_the_hooks_namespace_holds_every_class() -> None:
    import mattermost_plugin.hooks as hooks

    for hook in ALL_HOOKS:
        assert getattr(hooks, hook.go_name) is hook
        assert hook.go_name in hooks.__all__
    with pytest.raises(AttributeError, match="did you mean MessageWillBePosted"):
        hooks.MessageWillBePostd  # noqa: B018


def test_ids_are_unique() -> None:
    assert len({hook.id for hook in ALL_HOOKS}) == len(ALL_HOOKS)


def test_a_hook_without_since_is_refused() -> None:
    with pytest.raises(PluginDefinitionError, match="since must be the first Mattermost version"):

        class PostHasBeenPinned(VoidHook):
            """After a post is pinned."""

            id = 900


def test_a_hook_whose_id_is_taken_is_refused() -> None:
    with pytest.raises(PluginDefinitionError, match="id 5 is already mattermost_plugin.hooks.posts.MessageWillBePosted's"):

        class PostHasBeenPinned(VoidHook):
            """After a post is pinned."""

            id = 5
            since = "12.0"


def test_a_modify_hook_without_its_result_is_refused() -> None:
    with pytest.raises(PluginDefinitionError, match="a modify hook must set returns and result_field"):

        class PostWillBePinned(ModifyHook):
            """Before a post is pinned."""

            id = 901
            since = "12.0"
            params = (Param("post", Post),)


def test_a_void_hook_with_a_result_is_refused() -> None:
    with pytest.raises(PluginDefinitionError, match="a void hook carries no result"):

        class PostHasBeenPinned(VoidHook):
            """After a post is pinned."""

            id = 902
            since = "12.0"
            returns = Post
            result_field = "post"


def test_a_hook_without_a_docstring_is_refused() -> None:
    with pytest.raises(PluginDefinitionError, match="docstring"):

        class PostHasBeenPinned(RejectHook):
            id = 903
            since = "12.0"


def test_a_value_hook_states_its_go_result_types() -> None:
    assert BY_GO_NAME["ExecuteCommand"].go_results() == ("*model.CommandResponse", "*model.AppError")
    assert BY_GO_NAME["RunDataRetention"].go_results() == ("int64", "error")
    assert BY_GO_NAME["MessagesWillBeConsumed"].go_results() == ("[]*model.Post",)
    assert BY_GO_NAME["PreferencesHaveChanged"].params[0].go_type == "[]model.Preference"
    assert issubclass(posts.MessagesWillBeConsumed, ModifyHook)
    assert not issubclass(BY_GO_NAME["OnSharedChannelsPing"], ModifyHook) and issubclass(BY_GO_NAME["OnSharedChannelsPing"], ValueHook)


def test_a_new_hook_of_a_known_kind_is_rendered_everywhere_from_its_class() -> None:
    """A class is all it takes: the proto, the reference, the harness method and the bridge follow."""
    from mattermost_plugin._generate import bridge, harness, proto
    from mattermost_plugin._reference import hook_entry

    class PostHasBeenPinned(VoidHook):
        """After a post is pinned to its channel."""

        id = 904
        since = "12.0"
        params = (Param("post", Post), Param("actor", Post, optional=True))

    try:
        assert PostHasBeenPinned.method == "post_has_been_pinned"
        assert PostHasBeenPinned.request_fields_proto() == [("PluginContext", "context", ""), ("bytes", "post", ""), ("bytes", "actor", "")]
        assert "def post_has_been_pinned(self, context: Context, post: Post, actor: Post | None) -> None" in hook_entry(PostHasBeenPinned)
        go = bridge.render_hook(PostHasBeenPinned)
        assert "//go:build hook_PostHasBeenPinned || allhooks" in go
        assert "func (b *Bridge) PostHasBeenPinned(c *plugin.Context, post *model.Post, actor *model.Post) {" in go
        assert "message PostHasBeenPinnedRequest" in proto._message("PostHasBeenPinnedRequest", PostHasBeenPinned.request_fields_proto())
        assert "        actor: Optional[Post] = None,\n" in harness._method(PostHasBeenPinned)
    finally:
        from mattermost_plugin import _hook

        _hook._DECLARED.pop(904, None)
