"""The hub's self-signed TLS certificate, and its fingerprint for the enrolment code.

Devices do not trust it through a certificate authority (a class hub has none); they pin it by the
fingerprint carried in the enrolment code, so a look-alike hub on the same LAN is refused.
"""

from __future__ import annotations

import ipaddress
import os
import socket
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app.storage.types import utc_now
from app.sync.enrolment import certificate_fingerprint

CERT_NAME = "cert.pem"
KEY_NAME = "key.pem"
VALID_DAYS = 3650


@dataclass(frozen=True)
class TlsFiles:
    """Where the certificate and key are, and the certificate's pinning fingerprint."""

    cert: Path
    key: Path
    fingerprint: str


def fingerprint_of(cert_path: Path) -> str:
    """The pinning fingerprint of the PEM certificate at ``cert_path``."""
    cert = x509.load_pem_x509_certificate(cert_path.read_bytes())
    return certificate_fingerprint(cert.public_bytes(serialization.Encoding.DER))


def existing_certificate(folder: Path) -> TlsFiles | None:
    """The certificate already in ``folder``, or None."""
    cert, key = folder / CERT_NAME, folder / KEY_NAME
    if cert.is_file() and key.is_file():
        return TlsFiles(cert, key, fingerprint_of(cert))
    return None


def ensure_certificate(folder: Path) -> TlsFiles:
    """The certificate in ``folder``, made on first need (ECDSA P-256, ten years, key mode 0600)."""
    found = existing_certificate(folder)
    if found is not None:
        return found
    folder.mkdir(parents=True, exist_ok=True)
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Sabil class hub")])
    host = socket.gethostname() or "localhost"
    alt_names: list[x509.GeneralName] = [x509.DNSName("localhost"), x509.DNSName(host),
                                         x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
    now = utc_now()
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=VALID_DAYS))
        .add_extension(x509.SubjectAlternativeName(alt_names), critical=False)
        .sign(key, hashes.SHA256())
    )
    key_path, cert_path = folder / KEY_NAME, folder / CERT_NAME
    pem_key = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem_key)
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return TlsFiles(cert_path, key_path, fingerprint_of(cert_path))
