"""How a harness hands its plugin the plugin API, in either mode, as the bridge does.

The harness owns a :class:`~mattermost_plugin.testing.FakeAPI` (or shares one
with other harnesses: the nodes of one cluster) and serves it
(:class:`~mattermost_plugin.testing._api_server.ApiServer`) when the plugin
is first handed its API, that is when ``OnConfigurationChange`` or
``OnActivate`` is called:

- a plugin process is offered the service through go-plugin's broker
  (``PluginHost.offer``) and dials it by the id the request carries, exactly
  as it dials the bridge's;
- an in-process servicer is given the service's address for that id (its
  ``api_target``), as the process runtime's broker would give it.

Either way the plugin's ``self.api`` is the real client over gRPC, and the
fake sees the same calls.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

from mattermost_plugin._exceptions import BrokerError, HarnessError
from mattermost_plugin.models import DecodeError, Manifest, decode
from mattermost_plugin.testing._api_server import API_SERVICE_ID, ApiServer
from mattermost_plugin.testing.fake_api import FakeAPI, Node

if TYPE_CHECKING:
    from mattermost_plugin.testing._harness import PluginHarness

__all__ = ["ApiHost", "read_manifest"]


def read_manifest(folder: Optional[Path]) -> Optional[Manifest]:
    """The plugin.json in ``folder``, if there is one; a HarnessError when it does not decode."""
    if folder is None or not (folder / "plugin.json").is_file():
        return None
    try:
        return decode(Manifest, (folder / "plugin.json").read_bytes())
    except DecodeError as error:
        raise HarnessError(f"{folder / 'plugin.json'} is not a valid plugin manifest: {error.without_value}") from None


class ApiHost:
    """One harness's plugin API: its fake, its node in the fake's cluster, and the service once started."""

    def __init__(self, harness: PluginHarness, fake: Optional[FakeAPI], folder: Optional[Path]) -> None:
        if fake is not None and not isinstance(fake, FakeAPI):
            raise HarnessError(f"api= takes a mattermost_plugin.testing.FakeAPI, got {type(fake).__name__}")
        self._harness = harness
        self.fake = fake if fake is not None else FakeAPI(manifest=read_manifest(folder), bundle_path=str(folder or ""))
        self.node = Node("", self._call_hook, harness.logs)
        self.fake.attach(self.node)
        self._server: Optional[ApiServer] = None
        self._offered = False

    def target(self, broker_id: int) -> str:
        """The address of the service ``broker_id`` (an in-process servicer's ``api_target``)."""
        if broker_id != API_SERVICE_ID:
            raise BrokerError(f"the harness offers the plugin API as broker service {API_SERVICE_ID}, not {broker_id}")
        return self._serve().target

    def offer(self) -> int:
        """Serve the plugin API (once), offer it to a plugin process (once), and return its broker id."""
        server = self._serve()
        process = self._harness.process
        if process is not None and not self._offered:
            process.offer(API_SERVICE_ID, "unix", server.address)
            self._offered = True
        return API_SERVICE_ID

    def close(self) -> None:
        """Stop serving and leave the fake's cluster."""
        self.fake.detach(self.node)
        if self._server is not None:
            self._server.close()
            self._server = None
        self._offered = False

    def _serve(self) -> ApiServer:
        if self._server is None:
            process = self._harness.process
            tls = None
            if process is not None and process.client_certificate is not None and process.handshake is not None:
                certificate, key = process.client_certificate
                tls = (certificate, key, process.handshake.certificate_pem())
            self._server = ApiServer(self.fake, self.node, tls)
        return self._server

    def _call_hook(self, hook: str, *arguments: Any) -> None:
        """Deliver an event the fake raised (a cluster event, a configuration change) to this
        harness's plugin, if it is running and implements the hook. A hook that fails is the
        plugin's bug, already in its logs; the caller that raised the event is not told."""
        harness = self._harness
        if not harness.started or hook not in harness.implemented():
            return
        try:
            harness.call(hook, *arguments)
        except HarnessError:
            pass
