"""This device's Ed25519 key: it signs the sync bundles the device writes to a USB stick.

The private key is a PEM file (PKCS8, unencrypted, mode 0600) in the data directory, made on first
need. Its public half travels to the server at enrolment, so a hub can tell a bundle carried in by
hand really came from that device and was not altered on the way.
"""

from __future__ import annotations

import base64
import binascii
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

KEY_FILE_NAME = "device-key.pem"


class DeviceKeyError(Exception):
    """The device key file exists but cannot be read as an Ed25519 private key."""


def load_or_create_device_key(path: Path) -> Ed25519PrivateKey:
    """The key stored at ``path``, creating it (mode 0600, never overwriting) when missing."""
    path = Path(path)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        key = Ed25519PrivateKey.generate()
        pem = key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        # O_EXCL with 0600 from the start: the private key is never readable by others, not even briefly.
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(pem)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            # link() fails if another process made the key meanwhile: keep theirs, so the key never changes.
            os.link(temp, path)
        except FileExistsError:
            pass
        finally:
            temp.unlink()
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (ValueError, TypeError, OSError) as exc:
        raise DeviceKeyError(f"The device key {path} cannot be read: {exc}") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise DeviceKeyError(f"The device key {path} is not an Ed25519 key.")
    return key


def public_key_text(key: Ed25519PrivateKey | Ed25519PublicKey) -> str:
    """The raw 32-byte public key as standard base64 (the form sent at enrolment)."""
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def parse_public_key(text: str) -> Ed25519PublicKey:
    """The public key from its base64 text (standard or urlsafe); raises ValueError when malformed."""
    cleaned = text.strip()
    try:
        raw = base64.b64decode(cleaned.replace("-", "+").replace("_", "/"), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ValueError("the public key is not base64") from exc
    if len(raw) != 32:
        raise ValueError("an Ed25519 public key has 32 bytes")
    return Ed25519PublicKey.from_public_bytes(raw)
