"""The plugin process, started the way a go-plugin host (Mattermost) starts it.

Every test here runs a real subprocess with the host's environment (see
``hosted.py``), reads the handshake line from its stdout and talks gRPC to the
address it printed. No assertion here depends on how long something took.
"""

from __future__ import annotations

import base64
import datetime
import json
import os
import re
import signal
import stat
import subprocess
import sys
import threading
import time
from concurrent import futures
from pathlib import Path
from typing import Any, Callable, Iterator, Optional

import grpc
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from google.protobuf import empty_pb2
from grpc_health.v1 import health, health_pb2, health_pb2_grpc

from hosted import BASIC, PLUGINS, WAIT, HostedPlugin, offer, serve_command
from mattermost_plugin.protocol import grpc_broker_pb2, grpc_stdio_pb2, grpc_stdio_pb2_grpc, hooks_pb2

HCLOG_TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}(Z|[+-]\d\d:\d\d)$")


@pytest.fixture(scope="module")
def basic() -> Iterator[HostedPlugin]:
    """One basic plugin process shared by the tests that only make calls."""
    hosted = HostedPlugin(serve_command(str(BASIC)))
    print(f"\nhandshake after {hosted.seconds * 1000:.0f} ms (spawn to first stdout line): {hosted.handshake}")
    yield hosted
    hosted.kill()


# -- handshake and process setup -------------------------------------------


def test_handshake_line_names_a_unix_socket(basic: HostedPlugin) -> None:
    assert basic.network == "unix"
    assert stat.S_ISSOCK(os.stat(basic.address).st_mode)
    assert not basic.handshake.endswith("|")


def test_socket_directory_is_private(basic: HostedPlugin) -> None:
    directory = os.path.dirname(basic.address)
    assert stat.S_IMODE(os.stat(directory).st_mode) == 0o700
    assert os.stat(directory).st_uid == os.getuid()


def test_socket_directory_follows_plugin_unix_socket_dir(
    launch: Callable[..., HostedPlugin], short_dir: Path
) -> None:
    hosted = launch(env={"PLUGIN_UNIX_SOCKET_DIR": str(short_dir)})
    assert Path(hosted.address).parent.parent == short_dir
    assert hosted.health() == health_pb2.HealthCheckResponse.SERVING
    hosted.shutdown()
    assert hosted.wait() == 0
    assert list(short_dir.iterdir()) == []  # the socket and its directory are removed at exit


def test_tcp_when_asked(launch: Callable[..., HostedPlugin]) -> None:
    hosted = launch(env={"MATTERMOST_PLUGIN_NETWORK": "tcp", "PLUGIN_MIN_PORT": "20000", "PLUGIN_MAX_PORT": "29999"})
    assert hosted.network == "tcp"
    host, port = hosted.address.rsplit(":", 1)
    assert host == "127.0.0.1" and 20000 <= int(port) <= 29999
    assert hosted.health() == health_pb2.HealthCheckResponse.SERVING
    assert hosted.command("/echo over tcp") == "over tcp"


def test_run_entry_point(launch: Callable[..., HostedPlugin]) -> None:
    hosted = launch([sys.executable, str(PLUGINS / "run_directly.py")])
    print(f"\nrun(): handshake after {hosted.seconds * 1000:.0f} ms")
    assert hosted.hooks.Implemented(hooks_pb2.ImplementedRequest(), timeout=WAIT).hooks == ["OnActivate"]
    assert not hosted.hooks.OnActivate(hooks_pb2.OnActivateRequest(), timeout=WAIT).HasField("error")
    hosted.shutdown()
    assert hosted.wait() == 0


@pytest.mark.parametrize(
    "command",
    [serve_command(str(BASIC)), [sys.executable, str(PLUGINS / "run_directly.py")]],
    ids=["serve", "run"],
)
def test_without_cookie_explains_and_exits_1(launch: Callable[..., HostedPlugin], command: list[str]) -> None:
    hosted = launch(command, env={"MATTERMOST_PLUGIN": None}, expect_handshake=False)
    assert hosted.wait() == 1
    assert hosted.rest_of_stdout() == b""
    text = hosted.stderr_text()
    assert "This is a Mattermost plugin" in text and "not meant to be run by hand" in text
    assert "mattermost_plugin.testing" in text and "Traceback" not in text


def test_unsupported_protocol_versions(launch: Callable[..., HostedPlugin]) -> None:
    hosted = launch(env={"PLUGIN_PROTOCOL_VERSIONS": "2,3"}, expect_handshake=False)
    assert hosted.wait() == 1
    assert hosted.rest_of_stdout() == b""
    [entry] = [line for line in hosted.log_lines() if line["@level"] == "error"]
    assert "version(s) 2, 3" in entry["@message"] and "only version 1" in entry["@message"]


def test_broken_client_certificate(launch: Callable[..., HostedPlugin]) -> None:
    hosted = launch(env={"PLUGIN_CLIENT_CERT": "not a certificate"}, expect_handshake=False)
    assert hosted.wait() == 1
    assert hosted.rest_of_stdout() == b""
    [entry] = [line for line in hosted.log_lines() if line["@level"] == "error"]
    assert "PLUGIN_CLIENT_CERT is set but does not hold a PEM certificate" in entry["@message"]


def test_auto_mtls_without_cryptography_says_what_to_install(launch: Callable[..., HostedPlugin], tmp_path: Path) -> None:
    """cryptography is an extra (bundles leave it out); a host asking for AutoMTLS without it gets one clear line."""
    shadow = tmp_path / "shadow" / "cryptography"
    shadow.mkdir(parents=True)
    (shadow / "__init__.py").write_text("raise ImportError('cryptography is not installed here')\n", encoding="utf-8")
    path = os.pathsep.join(filter(None, [str(shadow.parent), os.environ.get("PYTHONPATH", "")]))
    hosted = launch(env={"PLUGIN_CLIENT_CERT": "-----BEGIN CERTIFICATE-----", "PYTHONPATH": path}, expect_handshake=False)
    assert hosted.wait() == 1
    assert hosted.rest_of_stdout() == b""
    [entry] = [line for line in hosted.log_lines() if line["@level"] == "error"]
    assert "needs the cryptography package" in entry["@message"] and "mattermost-plugin[mtls]" in entry["@message"]


# -- go-plugin's services --------------------------------------------------


def test_health(basic: HostedPlugin) -> None:
    assert basic.health("plugin") == health_pb2.HealthCheckResponse.SERVING
    assert basic.health("") == health_pb2.HealthCheckResponse.SERVING


def test_implemented_and_hook_calls(basic: HostedPlugin) -> None:
    hooks = basic.hooks
    implemented = hooks.Implemented(hooks_pb2.ImplementedRequest(), timeout=WAIT).hooks
    assert list(implemented) == ["OnActivate", "ExecuteCommand", "MessageWillBePosted"]
    assert not hooks.OnActivate(hooks_pb2.OnActivateRequest(), timeout=WAIT).HasField("error")
    assert basic.command("/echo hello") == "hello"
    rejected = hooks.MessageWillBePosted(
        hooks_pb2.MessageWillBePostedRequest(post=b'{"message": "darn it"}'), timeout=WAIT
    )
    assert rejected.rejection == "Watch your language"
    allowed = hooks.MessageWillBePosted(hooks_pb2.MessageWillBePostedRequest(post=b'{"message": "hi"}'), timeout=WAIT)
    assert allowed.rejection == "" and allowed.post == b""


def test_sigint_is_ignored(basic: HostedPlugin) -> None:
    basic.process.send_signal(signal.SIGINT)
    assert basic.health() == health_pb2.HealthCheckResponse.SERVING
    assert basic.command("/echo still here") == "still here"
    assert basic.process.poll() is None


def test_stderr_lines_are_hclog_json(basic: HostedPlugin) -> None:
    assert basic.command("/log the warning text", user_id="user-1") == "logged"
    warning = basic.wait_for_log(lambda entry: entry.get("@message") == "the warning text")
    assert warning["@level"] == "warn"
    assert warning["@module"] == "plugin.BasicPlugin"
    assert HCLOG_TIMESTAMP.match(warning["@timestamp"]), warning["@timestamp"]
    assert warning["user_id"] == "user-1" and warning["count"] == 3
    assert warning["error"] == "ValueError: the example failure"
    assert "Traceback" in warning["stacktrace"] and "raise ValueError" in warning["stacktrace"]
    debug = basic.wait_for_log(lambda entry: entry.get("@message") == "a debug line")
    error = basic.wait_for_log(lambda entry: entry.get("@message") == "an error line")
    assert (debug["@level"], error["@level"]) == ("debug", "error")
    for entry in basic.log_lines():  # every line is JSON with the keys go-plugin's client reads
        assert {"@level", "@message", "@timestamp", "@module"} <= entry.keys()
        assert entry["@level"] in {"trace", "debug", "info", "warn", "error"}
        assert isinstance(entry["@message"], str)


def test_plugin_output_never_reaches_the_protocol_stream(launch: Callable[..., HostedPlugin]) -> None:
    hosted = launch()
    stdio = grpc_stdio_pb2_grpc.GRPCStdioStub(hosted.main)
    stream = stdio.StreamStdio(empty_pb2.Empty(), timeout=WAIT)
    received: list[grpc_stdio_pb2.StdioData] = []
    reader = threading.Thread(target=lambda: received.extend(stream), daemon=True)
    reader.start()
    assert hosted.command("/print text from a hook") == "printed"
    hosted.shutdown()
    assert hosted.wait() == 0
    reader.join(WAIT)
    assert hosted.rest_of_stdout() == b""  # nothing after the handshake line
    streamed = {(chunk.channel, chunk.data) for chunk in received}
    logged = {entry["@message"] for entry in hosted.log_lines() if entry["@module"] == "stdout"}
    for text in ("basic plugin module imported", "text from a hook"):  # printed at import, and in a hook
        assert (grpc_stdio_pb2.StdioData.STDOUT, f"{text}\n".encode()) in streamed or text in logged


# -- stopping --------------------------------------------------------------


@pytest.mark.parametrize("stop", ["Shutdown", "SIGTERM"])
def test_stop_lets_calls_in_flight_finish(launch: Callable[..., HostedPlugin], stop: str) -> None:
    hosted = launch()
    slow = hosted.hooks.ExecuteCommand.future(
        hooks_pb2.ExecuteCommandRequest(args=b'{"command": "/sleep 0.8"}'), timeout=WAIT
    )
    hosted.wait_for_log(lambda entry: entry.get("@message") == "sleeping 0.8")
    if stop == "Shutdown":
        hosted.shutdown()
    else:
        hosted.process.send_signal(signal.SIGTERM)
    assert json.loads(slow.result(timeout=WAIT).response)["text"] == "slept 0.8"
    assert hosted.wait() == 0


def test_process_exits_although_a_plugin_thread_keeps_running(launch: Callable[..., HostedPlugin]) -> None:
    hosted = launch()
    assert hosted.command("/linger") == "lingering"
    hosted.shutdown()
    assert hosted.wait() == 0


# -- failures to load the plugin -------------------------------------------


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        (str(PLUGINS / "broken_import.py"), "No module named 'mattermost_plugin_test_missing_dependency'"),
        (str(PLUGINS / "misspelled_hook.py"), "did you mean on_activate?"),
        (f"{BASIC}:NoSuchPlugin", "has no class NoSuchPlugin (Plugin subclasses found: BasicPlugin)"),
        (str(PLUGINS / "no_such_file.py"), "does not exist"),
    ],
    ids=["import-error", "definition-error", "missing-class", "missing-file"],
)
def test_load_failure_is_reported_by_on_activate(
    launch: Callable[..., HostedPlugin], target: str, expected: str
) -> None:
    hosted = launch(serve_command(target))
    assert list(hosted.hooks.Implemented(hooks_pb2.ImplementedRequest(), timeout=WAIT).hooks) == ["OnActivate"]
    reply = hosted.hooks.OnActivate(hooks_pb2.OnActivateRequest(), timeout=WAIT)
    assert expected in reply.error.message
    logged = hosted.wait_for_log(lambda entry: entry["@level"] == "error")
    assert expected in logged["@message"]
    assert hosted.health() == health_pb2.HealthCheckResponse.SERVING  # the process stays up
    hosted.shutdown()
    assert hosted.wait() == 0


# -- the broker ------------------------------------------------------------


class StandIn:
    """A gRPC server standing in for a service the host offers through the broker."""

    def __init__(self, address: str, credentials: Optional[grpc.ServerCredentials] = None) -> None:
        self.server = grpc.server(futures.ThreadPoolExecutor(max_workers=2))
        servicer = health.HealthServicer()
        servicer.set("brokered", health_pb2.HealthCheckResponse.SERVING)
        health_pb2_grpc.add_HealthServicer_to_server(servicer, self.server)
        if credentials is None:
            self.server.add_insecure_port(address)
        else:
            self.server.add_secure_port(address, credentials)
        self.server.start()

    def stop(self) -> None:
        self.server.stop(None)


def test_broker_dials_the_hosts_service(launch: Callable[..., HostedPlugin], short_dir: Path) -> None:
    hosted = launch()
    socket_path = str(short_dir / "brokered.sock")
    stand_in = StandIn(f"unix:{socket_path}")
    close = offer(hosted.main, grpc_broker_pb2.ConnInfo(service_id=7, network="unix", address=socket_path))
    try:
        assert hosted.command("/broker 7") == "SERVING"
    finally:
        close()
        stand_in.stop()


# -- AutoMTLS --------------------------------------------------------------


def host_certificate() -> tuple[bytes, bytes]:
    """A certificate like go-plugin's client makes for AutoMTLS (P-256 here, so BoringSSL can sign with it)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "HashiCorp"), x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.timezone.utc)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(seconds=30))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
        .add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CLIENT_AUTH, ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return certificate.public_bytes(serialization.Encoding.PEM), key_pem


@pytest.fixture(scope="module")
def auto_mtls() -> Iterator[tuple[HostedPlugin, bytes, bytes, bytes]]:
    """A plugin process with AutoMTLS on: (process, host cert PEM, host key PEM, plugin cert PEM)."""
    certificate, key = host_certificate()
    hosted = HostedPlugin(serve_command(str(BASIC)), env={"PLUGIN_CLIENT_CERT": certificate.decode()})
    print(f"\nAutoMTLS handshake after {hosted.seconds * 1000:.0f} ms")
    field = hosted.handshake.split("|")[5]
    der = base64.b64decode(field + "=" * (-len(field) % 4))
    plugin_certificate = x509.load_der_x509_certificate(der).public_bytes(serialization.Encoding.PEM)
    hosted.channel = hosted.connect(grpc.ssl_channel_credentials(plugin_certificate, key, certificate))
    yield hosted, certificate, key, plugin_certificate
    hosted.kill()


def test_auto_mtls_handshake_carries_the_plugin_certificate(auto_mtls: Any) -> None:
    hosted, _, _, plugin_certificate = auto_mtls
    field = hosted.handshake.split("|")[5]
    assert len(field) > 50 and "=" not in field  # base64.RawStdEncoding, as go-plugin's client decodes it
    certificate = x509.load_pem_x509_certificate(plugin_certificate)
    names = certificate.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert names.get_values_for_type(x509.DNSName) == ["localhost"]
    usages = certificate.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert {ExtendedKeyUsageOID.SERVER_AUTH, ExtendedKeyUsageOID.CLIENT_AUTH} <= set(usages)


def test_auto_mtls_accepts_the_host_certificate(auto_mtls: Any) -> None:
    hosted = auto_mtls[0]
    assert hosted.health() == health_pb2.HealthCheckResponse.SERVING
    assert hosted.command("/echo over mTLS") == "over mTLS"


@pytest.mark.parametrize("client", ["other-certificate", "no-certificate"])
def test_auto_mtls_rejects_other_clients(auto_mtls: Any, client: str) -> None:
    hosted, _, _, plugin_certificate = auto_mtls
    if client == "other-certificate":
        other, other_key = host_certificate()
        credentials = grpc.ssl_channel_credentials(plugin_certificate, other_key, other)
    else:
        credentials = grpc.ssl_channel_credentials(plugin_certificate)
    channel = hosted.connect(credentials)
    try:
        with pytest.raises(grpc.RpcError) as raised:
            health_pb2_grpc.HealthStub(channel).Check(health_pb2.HealthCheckRequest(service="plugin"), timeout=WAIT)
        assert raised.value.code() == grpc.StatusCode.UNAVAILABLE
    finally:
        channel.close()


def test_auto_mtls_broker_dials_under_tls(auto_mtls: Any, short_dir: Path) -> None:
    hosted, certificate, key, plugin_certificate = auto_mtls
    socket_path = str(short_dir / "brokered.sock")
    stand_in = StandIn(
        f"unix:{socket_path}",
        grpc.ssl_server_credentials([(key, certificate)], root_certificates=plugin_certificate, require_client_auth=True),
    )
    close = offer(hosted.main, grpc_broker_pb2.ConnInfo(service_id=9, network="unix", address=socket_path))
    try:
        assert hosted.command("/broker 9") == "SERVING"
    finally:
        close()
        stand_in.stop()


def test_auto_mtls_process_stops_cleanly(launch: Callable[..., HostedPlugin]) -> None:
    certificate, key = host_certificate()
    hosted = launch(env={"PLUGIN_CLIENT_CERT": certificate.decode()})
    field = hosted.handshake.split("|")[5]
    der = base64.b64decode(field + "=" * (-len(field) % 4))
    plugin_certificate = x509.load_der_x509_certificate(der).public_bytes(serialization.Encoding.PEM)
    hosted.channel = hosted.connect(grpc.ssl_channel_credentials(plugin_certificate, key, certificate))
    assert hosted.command("/echo before stopping") == "before stopping"
    hosted.shutdown()  # with the host's TLS connection still open
    assert hosted.wait() == 0
    assert [line for line in hosted.log_lines() if line["@level"] in ("warn", "error")] == []


# -- in-process checks ------------------------------------------------------


def test_the_deferred_hooks_service_is_the_servicers() -> None:
    from mattermost_plugin._servicer import SERVICE_NAME
    from mattermost_plugin.runtime.process import HOOKS_SERVICE

    assert HOOKS_SERVICE == SERVICE_NAME


def test_run_rejects_what_is_not_a_plugin_class() -> None:
    from mattermost_plugin.runtime import run

    with pytest.raises(TypeError, match="subclass of mattermost_plugin.Plugin"):
        run(object)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plugin.py", ("plugin.py", None)),
        ("dir/plugin.py:MyPlugin", ("dir/plugin.py", "MyPlugin")),
        ("C:\\plugins\\plugin.py", ("C:\\plugins\\plugin.py", None)),
        ("C:\\plugins\\plugin.py:MyPlugin", ("C:\\plugins\\plugin.py", "MyPlugin")),
    ],
)
def test_parse_target(text: str, expected: tuple[str, Optional[str]]) -> None:
    from mattermost_plugin.runtime.target import parse_target

    assert parse_target(text) == expected


@pytest.mark.parametrize(
    ("offered", "warnings"),
    [("", 0), ("1", 0), ("2,1", 0), ("x,1", 1)],
)
def test_protocol_version_negotiation(offered: str, warnings: int) -> None:
    from mattermost_plugin.runtime.handshake import negotiate_version

    version, found = negotiate_version({"PLUGIN_PROTOCOL_VERSIONS": offered} if offered else {})
    assert version == 1 and len(found) == warnings


def test_handshake_line_fields() -> None:
    from mattermost_plugin.runtime.handshake import handshake_line

    assert handshake_line(1, "unix", "/p/plugin.sock", environ={}) == "1|1|unix|/p/plugin.sock|grpc"
    assert handshake_line(1, "tcp", "127.0.0.1:1", "CERT", environ={}) == "1|1|tcp|127.0.0.1:1|grpc|CERT"
    # A host asking for broker multiplexing is told plainly that this process does not multiplex.
    multiplex = {"PLUGIN_MULTIPLEX_GRPC": "true"}
    assert handshake_line(1, "unix", "/p", environ=multiplex) == "1|1|unix|/p|grpc||false"


def test_hclog_levels_and_timestamp() -> None:
    from mattermost_plugin.runtime import hclog

    levels = [hclog.hclog_level(level) for level in (5, 10, 20, 30, 40, 50)]
    assert levels == ["trace", "debug", "info", "warn", "error", "error"]
    assert HCLOG_TIMESTAMP.match(hclog.timestamp(time.time()))
    line = json.loads(hclog.render("info", "hé\nthere", "plugin.X", 0.0, {"n": 1, "@level": "ignored"}))
    assert line["@level"] == "info" and line["@message"] == "hé\nthere" and line["n"] == 1


# -- the command line ------------------------------------------------------


def test_cli_help_and_usage_errors() -> None:
    help_run = subprocess.run(
        [sys.executable, "-m", "mattermost_plugin", "serve", "--help"], capture_output=True, text=True, timeout=WAIT
    )
    assert help_run.returncode == 0 and "path/to/plugin.py[:ClassName]" in help_run.stdout
    bad = subprocess.run(
        [sys.executable, "-m", "mattermost_plugin", "serve", "plugin.py:"], capture_output=True, text=True, timeout=WAIT
    )
    assert bad.returncode == 1
    assert bad.stderr.startswith("python -m mattermost_plugin: error:") and "Traceback" not in bad.stderr
