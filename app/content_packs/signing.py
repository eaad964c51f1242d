"""Ed25519 signatures over ``pack.json``: publisher keys, signing and verification.

Every cryptographic operation is done by the ``cryptography`` package; this module only decides
the file formats:

- public key file: one line ``sabil-ed25519 <base64 raw 32-byte key> <publisher name>``;
- private key file: PEM (PKCS8, unencrypted) — the caller writes it with mode 0600;
- ``pack.json.sig``: a small JSON object ``{"algorithm": "ed25519", "key_id", "publisher", "signature"}``
  whose signature covers the exact ``pack.json`` bytes inside the zip.

A key id is the first 16 hex digits of the sha256 of the raw public key: short enough to read
aloud to a colleague, long enough that two publishers never share one by accident.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from .errors import PackError

ALGORITHM = "ed25519"
PUBLIC_KEY_PREFIX = "sabil-ed25519"
MAX_PUBLISHER_LENGTH = 200
MAX_PUBLIC_KEY_FILE_BYTES = 1024

SignatureStatus = Literal["trusted", "unknown_key", "unsigned"]


@dataclass(frozen=True)
class PublicKey:
    """A publisher's public key as read from a ``.pub`` file."""

    raw: bytes
    publisher: str

    @property
    def key_id(self) -> str:
        """The short id that signatures name (see ``key_id``)."""
        return key_id(self.raw)

    def to_file_bytes(self) -> bytes:
        """The one-line public key file for this key."""
        encoded = base64.b64encode(self.raw).decode("ascii")
        return f"{PUBLIC_KEY_PREFIX} {encoded} {self.publisher}\n".encode()


@dataclass(frozen=True)
class SignatureCheck:
    """What a signature says about a pack.json: trusted, signed by an unknown key, or not signed.

    ``publisher`` is the name the trusted key file gives (for ``trusted``), or the name the
    signature itself claims (for ``unknown_key``: a claim nobody vouches for), or None.
    """

    status: SignatureStatus
    publisher: str | None
    key_id: str | None


def key_id(public_key_raw: bytes) -> str:
    """First 16 hex characters of sha256 of the raw 32-byte public key."""
    return hashlib.sha256(public_key_raw).hexdigest()[:16]


def _clean_publisher(publisher: str) -> str:
    name = " ".join(publisher.split())
    if not name:
        raise PackError("bad_key", "the publisher name is empty")
    if len(name) > MAX_PUBLISHER_LENGTH:
        raise PackError("bad_key", f"the publisher name is longer than {MAX_PUBLISHER_LENGTH} characters")
    return name


def generate_keypair(publisher: str) -> tuple[bytes, bytes]:
    """A new publisher key pair: (private key PEM bytes, public key file bytes)."""
    name = _clean_publisher(publisher)
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.NoEncryption(),
    )
    return pem, PublicKey(_raw_public(private.public_key()), name).to_file_bytes()


def _raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(encoding=serialization.Encoding.Raw, format=serialization.PublicFormat.Raw)


def load_private_key(private_key_pem: bytes) -> Ed25519PrivateKey:
    """The Ed25519 private key in a PEM file; PackError ``bad_key`` for anything else."""
    try:
        key = serialization.load_pem_private_key(private_key_pem, password=None)
    except (ValueError, TypeError) as exc:
        raise PackError("bad_key", "the key file is not an unencrypted Sabil private key (PEM)") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise PackError("bad_key", "the key file holds a key of another kind than Ed25519")
    return key


def public_key_of(private_key_pem: bytes, publisher: str) -> PublicKey:
    """The public half of a private key, named ``publisher``."""
    return PublicKey(_raw_public(load_private_key(private_key_pem).public_key()), _clean_publisher(publisher))


def parse_public_key(data: bytes) -> PublicKey:
    """Read a public key file (``sabil-ed25519 <base64> <publisher>``); PackError ``bad_key`` if it is not one."""
    if len(data) > MAX_PUBLIC_KEY_FILE_BYTES:
        raise PackError("bad_key", "the file is too large to be a Sabil public key")
    try:
        text = data.decode("utf-8").strip()
    except UnicodeDecodeError as exc:
        raise PackError("bad_key", "the file is not a Sabil public key (not text)") from exc
    parts = text.split(maxsplit=2)
    if len(parts) != 3 or parts[0] != PUBLIC_KEY_PREFIX or "\n" in text:
        raise PackError("bad_key", f"the file is not a Sabil public key (expected '{PUBLIC_KEY_PREFIX} KEY NAME')")
    try:
        raw = base64.b64decode(parts[1], validate=True)
    except (binascii.Error, ValueError) as exc:
        raise PackError("bad_key", "the public key is not valid base64") from exc
    if len(raw) != 32:
        raise PackError("bad_key", "the public key does not have the 32 bytes of an Ed25519 key")
    return PublicKey(raw, _clean_publisher(parts[2]))


def sign_pack_json(private_key_pem: bytes, pack_json: bytes, publisher: str) -> bytes:
    """The ``pack.json.sig`` bytes: an Ed25519 signature over exactly ``pack_json``."""
    private = load_private_key(private_key_pem)
    signature = private.sign(pack_json)
    document = {
        "algorithm": ALGORITHM,
        "key_id": key_id(_raw_public(private.public_key())),
        "publisher": _clean_publisher(publisher),
        "signature": base64.b64encode(signature).decode("ascii"),
    }
    return (json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def _parse_signature(sig_bytes: bytes) -> tuple[str, str, bytes]:
    """(key id, claimed publisher, signature) from ``pack.json.sig``; PackError ``bad_signature`` if malformed."""
    try:
        document = json.loads(sig_bytes.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise PackError("bad_signature", "the signature file is damaged (not JSON)", "pack.json.sig") from exc
    if not isinstance(document, dict) or document.get("algorithm") != ALGORITHM:
        raise PackError("bad_signature", "the signature is not an Ed25519 signature Sabil reads", "pack.json.sig")
    kid, publisher, encoded = document.get("key_id"), document.get("publisher"), document.get("signature")
    if not isinstance(kid, str) or not isinstance(publisher, str) or not isinstance(encoded, str):
        raise PackError("bad_signature", "the signature file is missing its key id, publisher or signature",
                        "pack.json.sig")
    try:
        signature = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise PackError("bad_signature", "the signature is not valid base64", "pack.json.sig") from exc
    if len(signature) != 64:
        raise PackError("bad_signature", "the signature does not have the 64 bytes of Ed25519", "pack.json.sig")
    return kid, publisher[:MAX_PUBLISHER_LENGTH], signature


def verify_signature(
    sig_bytes: bytes | None, pack_json: bytes, trusted: Mapping[str, PublicKey]
) -> SignatureCheck:
    """Check ``pack.json.sig`` against ``pack_json`` with the trusted keys (by key id).

    No signature gives ``unsigned``; a well-formed signature by a key not in ``trusted`` gives
    ``unknown_key`` (it cannot be checked, so it proves nothing); a signature by a trusted key that
    does not verify — pack.json altered after signing — raises PackError ``bad_signature``.
    """
    if sig_bytes is None:
        return SignatureCheck("unsigned", None, None)
    kid, claimed, signature = _parse_signature(sig_bytes)
    key = trusted.get(kid)
    if key is None:
        return SignatureCheck("unknown_key", claimed or None, kid)
    try:
        Ed25519PublicKey.from_public_bytes(key.raw).verify(signature, pack_json)
    except InvalidSignature as exc:
        raise PackError(
            "bad_signature",
            f"the signature by {key.publisher} (key {kid}) does not match pack.json: the pack was altered "
            "after it was signed",
            "pack.json.sig",
        ) from exc
    return SignatureCheck("trusted", key.publisher, kid)


MAX_PRIVATE_KEY_FILE_BYTES = 4096


def read_private_key_file(path: Path, *, fallback_publisher: str) -> tuple[bytes, str]:
    """(PEM bytes, publisher name) of a key written by ``sabil pack keygen``.

    The publisher name is the one in ``<path>.pub`` beside the key when that file holds this key's
    public half; otherwise ``fallback_publisher`` (a signature's publisher is only a claim: the name
    people see for a trusted key is the one in *their* copy of the public key file).
    """
    try:
        with open(path, "rb") as handle:
            pem = handle.read(MAX_PRIVATE_KEY_FILE_BYTES + 1)
    except OSError as exc:
        raise PackError("bad_key", f"the key file cannot be read ({exc.strerror or exc})", str(path)) from exc
    if len(pem) > MAX_PRIVATE_KEY_FILE_BYTES:
        raise PackError("bad_key", "the file is too large to be a Sabil private key", str(path))
    try:
        private = load_private_key(pem)
    except PackError as exc:
        raise exc.at(str(path)) from exc
    public_file = path.with_name(path.name + ".pub")
    try:
        public = parse_public_key(public_file.read_bytes()[: MAX_PUBLIC_KEY_FILE_BYTES + 1])
    except (OSError, PackError):
        return pem, _clean_publisher(fallback_publisher)
    if public.raw != _raw_public(private.public_key()):
        return pem, _clean_publisher(fallback_publisher)
    return pem, public.publisher
