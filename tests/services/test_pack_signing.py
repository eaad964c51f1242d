"""Pack signatures: key files, signing, verification, and that no private key is ever in the repository."""

from __future__ import annotations

import base64
import json
import subprocess
from pathlib import Path

import pytest

from app.content_packs.errors import PackError
from app.content_packs.signing import (
    generate_keypair,
    key_id,
    parse_public_key,
    public_key_of,
    read_private_key_file,
    sign_pack_json,
    verify_signature,
)
from tests.services.test_pack_fixtures import make_key

REPO = Path(__file__).resolve().parents[2]
PACK_JSON = b'{"id": "org.example.pack", "version": "1.0.0"}\n'


def test_key_files_have_the_documented_format() -> None:
    private, public = generate_keypair("  Ecole   Al Amal ")
    assert private.startswith(b"-----BEGIN " b"PRIVATE KEY-----\n")
    line = public.decode("utf-8")
    assert line.endswith("\n") and line.count("\n") == 1
    prefix, encoded, publisher = line.strip().split(" ", 2)
    assert prefix == "sabil-ed25519" and publisher == "Ecole Al Amal"
    raw = base64.b64decode(encoded)
    assert len(raw) == 32
    key = parse_public_key(public)
    assert key.raw == raw and key.key_id == key_id(raw) and len(key.key_id) == 16
    assert public_key_of(private, "Ecole Al Amal") == key


def test_a_signature_by_a_trusted_key_verifies() -> None:
    private, public = generate_keypair("Publisher A")
    key = parse_public_key(public)
    sig = sign_pack_json(private, PACK_JSON, "Publisher A")
    document = json.loads(sig)
    assert document["algorithm"] == "ed25519" and document["key_id"] == key.key_id
    check = verify_signature(sig, PACK_JSON, {key.key_id: key})
    assert (check.status, check.publisher, check.key_id) == ("trusted", "Publisher A", key.key_id)


def test_the_trusted_key_file_names_the_publisher_not_the_signature() -> None:
    private, public = generate_keypair("Real Name")
    key = parse_public_key(public)
    sig = sign_pack_json(private, PACK_JSON, "Ministry of Education")
    assert verify_signature(sig, PACK_JSON, {key.key_id: key}).publisher == "Real Name"


def test_unknown_key_and_unsigned() -> None:
    private, _ = generate_keypair("Stranger")
    _, other_public = generate_keypair("Someone else")
    other = parse_public_key(other_public)
    sig = sign_pack_json(private, PACK_JSON, "Stranger")
    check = verify_signature(sig, PACK_JSON, {other.key_id: other})
    assert check.status == "unknown_key" and check.publisher == "Stranger"
    assert verify_signature(None, PACK_JSON, {other.key_id: other}).status == "unsigned"


@pytest.mark.parametrize("change", ["one byte of pack.json", "signature of other bytes", "bit flip in signature"])
def test_a_signature_that_does_not_match_is_refused(change: str) -> None:
    private, public = generate_keypair("Publisher A")
    key = parse_public_key(public)
    data, sig = PACK_JSON, sign_pack_json(private, PACK_JSON, "Publisher A")
    if change == "one byte of pack.json":
        data = PACK_JSON.replace(b"1.0.0", b"1.0.1")
    elif change == "signature of other bytes":
        sig = sign_pack_json(private, b"{}", "Publisher A")
    else:
        document = json.loads(sig)
        raw = bytearray(base64.b64decode(document["signature"]))
        raw[10] ^= 0x01
        document["signature"] = base64.b64encode(bytes(raw)).decode()
        sig = json.dumps(document).encode()
    with pytest.raises(PackError) as caught:
        verify_signature(sig, data, {key.key_id: key})
    assert caught.value.code == "bad_signature"
    assert "altered after it was signed" in caught.value.message


@pytest.mark.parametrize(
    "sig",
    [b"not json", b"[]", b'{"algorithm": "rsa", "key_id": "a", "publisher": "b", "signature": ""}',
     b'{"algorithm": "ed25519", "key_id": "a", "publisher": "b", "signature": "***"}',
     b'{"algorithm": "ed25519", "key_id": "a", "publisher": "b", "signature": "AAAA"}'],
)
def test_a_malformed_signature_file_is_a_bad_signature(sig: bytes) -> None:
    with pytest.raises(PackError) as caught:
        verify_signature(sig, PACK_JSON, {})
    assert caught.value.code == "bad_signature"


@pytest.mark.parametrize(
    "text",
    [b"", b"ssh-ed25519 AAAA me", b"sabil-ed25519 !!!! me", b"sabil-ed25519 AAAA me",
     b"sabil-ed25519 " + base64.b64encode(b"x" * 32) + b"   ", b"\xff\xfe", b"x" * 5000],
)
def test_bad_public_key_files_are_refused(text: bytes) -> None:
    with pytest.raises(PackError) as caught:
        parse_public_key(text)
    assert caught.value.code == "bad_key"


def test_a_private_key_file_takes_its_publisher_from_the_pub_beside_it(tmp_path: Path) -> None:
    key = make_key(tmp_path, "Madrasa Nour")
    pem, publisher = read_private_key_file(key, fallback_publisher="fallback")
    assert publisher == "Madrasa Nour" and pem == key.read_bytes()
    key.with_name(key.name + ".pub").unlink()
    assert read_private_key_file(key, fallback_publisher="The authors")[1] == "The authors"
    not_a_key = tmp_path / "notes.txt"
    not_a_key.write_text("hello")
    with pytest.raises(PackError) as caught:
        read_private_key_file(not_a_key, fallback_publisher="x")
    assert caught.value.code == "bad_key"


def test_the_shipped_keys_are_public_keys() -> None:
    shipped = sorted((REPO / "resources" / "keys").glob("*.pub"))
    assert shipped, "the app ships at least the Sabil project key"
    keys = [parse_public_key(p.read_bytes()) for p in shipped]
    assert "Sabil project" in {k.publisher for k in keys}


def test_no_file_in_the_repository_looks_like_a_private_key() -> None:
    tracked = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=REPO, capture_output=True, check=True,
    ).stdout.split(b"\0")
    markers = (b"PRIVATE KEY-----", b"OPENSSH PRIVATE KEY")
    offenders = []
    for name in filter(None, tracked):
        path = REPO / name.decode("utf-8", "surrogateescape")
        if not path.is_file() or path.stat().st_size > 5_000_000:
            continue
        data = path.read_bytes()
        # The marker is assembled here so this very file does not match itself.
        if any(b"-----BEGIN " + m in data for m in markers) or path.suffix in (".key", ".pem"):
            offenders.append(name.decode())
    assert offenders == []
