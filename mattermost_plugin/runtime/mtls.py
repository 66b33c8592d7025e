"""AutoMTLS: the certificates go-plugin's client and the plugin exchange when the host asks for TLS.

With ``AutoMTLS`` on, go-plugin's client generates a certificate, passes it to
the plugin as PEM in ``PLUGIN_CLIENT_CERT`` and keeps the key. The plugin
answers with a fresh certificate of its own in the handshake line; from then on
both sides require the other's certificate (mutual TLS, server name
``localhost``). The certificate is built like go-plugin's ``generateCert``: a
self-signed CA certificate for ``localhost`` usable for both server and client
authentication, valid from 30 seconds ago for 30 years, except that the key is
ECDSA P-384 rather than P-521, so that clients whose TLS is BoringSSL (gRPC in
Python, C++, ...) can verify it too; Go accepts either. The same certificates
secure connections dialled through the broker. The TLS itself is done by
:mod:`mattermost_plugin.runtime.tlsrelay`.
"""

from __future__ import annotations

import base64
import datetime
import secrets
from dataclasses import dataclass
from typing import Mapping, Optional

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from mattermost_plugin._exceptions import HandshakeError
from mattermost_plugin.runtime.handshake import CLIENT_CERT_ENV

SERVER_NAME = "localhost"
"""The name both sides' certificates carry and both sides verify."""

_VALIDITY = datetime.timedelta(hours=262980)


@dataclass(frozen=True)
class AutoMTLS:
    """The host's certificate and this process's own key and certificate."""

    host_certificate: bytes
    """PEM of the certificate the host presents (from ``PLUGIN_CLIENT_CERT``)."""
    certificate: bytes
    """PEM of this process's certificate."""
    private_key: bytes
    """PEM of this process's private key."""
    certificate_der: bytes

    @property
    def handshake_field(self) -> str:
        """The handshake's sixth field: the DER certificate in base64 without padding."""
        return base64.b64encode(self.certificate_der).decode("ascii").rstrip("=")


def from_environ(environ: Mapping[str, str]) -> Optional[AutoMTLS]:
    """AutoMTLS material when the host set ``PLUGIN_CLIENT_CERT``, else None (plain connections)."""
    pem = environ.get(CLIENT_CERT_ENV, "")
    if not pem:
        return None
    try:
        x509.load_pem_x509_certificates(pem.encode())
    except ValueError as error:
        raise HandshakeError(
            f"{CLIENT_CERT_ENV} is set but does not hold a PEM certificate ({error}); "
            "the host's AutoMTLS setup is broken"
        ) from None
    certificate, private_key, der = generate_certificate()
    return AutoMTLS(pem.encode(), certificate, private_key, der)


def generate_certificate() -> tuple[bytes, bytes, bytes]:
    """A fresh key and self-signed certificate like go-plugin's: (certificate PEM, key PEM, certificate DER)."""
    key = ec.generate_private_key(ec.SECP384R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "HashiCorp"),
            x509.NameAttribute(NameOID.COMMON_NAME, SERVER_NAME),
        ]
    )
    now = datetime.datetime.now(datetime.timezone.utc)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(secrets.randbits(128) or 1)
        .not_valid_before(now - datetime.timedelta(seconds=30))
        .not_valid_after(now + _VALIDITY)
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(SERVER_NAME)]), critical=False)
        .add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CLIENT_AUTH, ExtendedKeyUsageOID.SERVER_AUTH]),
            critical=False,
        )
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=True,
                data_encipherment=False,
                key_agreement=True,
                key_cert_sign=True,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA384())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    )
    return (
        certificate.public_bytes(serialization.Encoding.PEM),
        key_pem,
        certificate.public_bytes(serialization.Encoding.DER),
    )


__all__ = ["SERVER_NAME", "AutoMTLS", "from_environ", "generate_certificate"]
