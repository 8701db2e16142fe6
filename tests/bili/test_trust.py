"""Certificates: the system's own store is used (a company proxy's root certificate installed
there is trusted), and one that is not trusted is said as such, not as "no network"."""

from __future__ import annotations

import datetime
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import truststore
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from gui.bili.client import BiliClient
from gui.bili.errors import Transport, TransportError
from gui.bili.origins import ServiceOrigins
from gui.bili.proxy import Proxy, ProxyMode


@pytest.fixture
def untrusted_tls_server(tmp_path: Path) -> Iterator[str]:
    """An https server on loopback with a certificate nobody signed."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    (tmp_path / "cert.pem").write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "key.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tmp_path / "cert.pem", tmp_path / "key.pem")
    import socket

    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def serve() -> None:
        try:
            connection, _ = listener.accept()
            with context.wrap_socket(connection, server_side=True):
                pass
        except (OSError, ssl.SSLError):
            pass  # the client refused the handshake: that is the point

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{port}"
    listener.close()


def test_an_untrusted_certificate_is_said_as_such(untrusted_tls_server: str) -> None:
    with BiliClient(None, ServiceOrigins.single(untrusted_tls_server)) as client:
        with pytest.raises(TransportError) as raised:
            client.heartbeat()
    assert raised.value.what is Transport.CERTIFICATE
    assert not raised.value.retryable
    assert "certificate" in raised.value.message


@pytest.mark.parametrize("mode", [ProxyMode.SYSTEM, ProxyMode.NONE, ProxyMode.MANUAL])
def test_connections_to_the_service_trust_the_systems_certificate_store(mode) -> None:
    proxy = Proxy.manual("http://proxy.example:3128") if mode is ProxyMode.MANUAL else Proxy(mode)
    verify = proxy.client_options(loopback=False)["verify"]
    assert isinstance(verify, truststore.SSLContext)
