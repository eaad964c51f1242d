"""A corpus of broken and malicious ``.sabilpack`` files, each a real zip made from the good mini pack.

Each case names the exact PackError code the app must answer with. The reader tests
(``test_hostile_packs.py``) open every case with ``read_pack``; the service test
(``tests/services/test_hostile_import.py``) imports every case through ``PackService.install_file``
and checks that nothing changed. Cases marked ``service_only`` are about the signature, which
``read_pack`` does not judge (the service does, before reading).
"""

from __future__ import annotations

import json
import struct
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.content_packs import limits
from app.content_packs.builder import build_pack
from app.content_packs.errors import PackError
from app.content_packs.media import media_entry_for
from app.content_packs.signing import generate_keypair, sign_pack_json

from . import media_samples as samples

MINI_SOURCE = Path(__file__).resolve().parent.parent / "fixtures" / "packs" / "mini"
PUBLISHER = "Hostile Corpus Test Publisher"

Entry = tuple[zipfile.ZipInfo | str, bytes]


@dataclass(frozen=True)
class GoodPack:
    """The good pack every case starts from: its zip entries, parsed pack.json and a publisher key."""

    entries: dict[str, bytes]
    document: dict[str, Any]
    private_key: bytes
    public_key_file: Path

    def with_document(self, change: Callable[[dict[str, Any]], Any], *, stored: bool = False) -> list[Entry]:
        """The good entries with pack.json changed by ``change`` (which edits the document in place)."""
        document = json.loads(json.dumps(self.document))
        change(document)
        return self.with_pack_json(json.dumps(document).encode(), stored=stored)

    def with_pack_json(self, data: bytes, *, stored: bool = False) -> list[Entry]:
        """The good media with this pack.json; ``stored`` keeps a very repetitive one from looking like a bomb."""
        return [(stored_entry("pack.json") if stored else "pack.json", data), *self.media_entries()]

    def with_media(self, name: str, data: bytes, listed_data: bytes | None = None) -> list[Entry]:
        """The good pack plus one media file, listed in pack.json (with ``listed_data``'s hash if given)."""
        entry = media_entry_for(name, data if listed_data is None else listed_data)

        def add(document: dict[str, Any]) -> None:
            document["media"].append({"path": entry.path, "sha256": entry.sha256, "size": entry.size})

        return [*self.with_document(add), (f"media/{name}", data)]

    def media_entries(self) -> list[Entry]:
        return [(name, data) for name, data in self.entries.items() if name.startswith("media/")]

    def plus(self, *extra: Entry) -> list[Entry]:
        return [*self.entries.items(), *extra]


@dataclass(frozen=True)
class HostileCase:
    """One broken or malicious pack: how to make it and the PackError code it must be refused with."""

    name: str
    code: str
    make: Callable[[GoodPack], list[Entry] | bytes]
    service_only: bool = False


def good_pack(folder: Path) -> GoodPack:
    """Build the mini pack into ``folder`` and a publisher key pair beside it."""
    built = build_pack(MINI_SOURCE, folder / "good.sabilpack")
    with zipfile.ZipFile(built) as archive:
        entries = {info.filename: archive.read(info) for info in archive.infolist()}
    private_key, public_key = generate_keypair(PUBLISHER)
    public_key_file = folder / "publisher.pub"
    public_key_file.write_bytes(public_key)
    return GoodPack(entries, json.loads(entries["pack.json"]), private_key, public_key_file)


def write_case(case: HostileCase, good: GoodPack, folder: Path) -> Path:
    """Write the case's pack file into ``folder`` and return its path."""
    path = folder / f"{case.name.replace(' ', '-').replace('/', '-')}.sabilpack"
    made = case.make(good)
    if isinstance(made, bytes):
        path.write_bytes(made)
    else:
        path.write_bytes(zip_bytes(made))
    return path


def zip_bytes(entries: list[Entry], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A zip of ``entries`` (names or ZipInfo, with their bytes), in memory."""
    import io
    import warnings

    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names are written on purpose
        with zipfile.ZipFile(buffer, "w", compression) as archive:
            for info, data in entries:
                archive.writestr(info, data)
    return buffer.getvalue()


def assert_human_message(error: PackError) -> None:
    """A sentence a teacher can read: no traceback, no Python repr, no exception class names."""
    message = error.message
    assert message and len(message) < 400, message
    for noise in ("Traceback", "Error(", "Exception", "<class", "\\x", "0x", "b'", "b\"", "None", "[Errno",
                  "object at", "{'", "(?!"):
        assert noise not in message, f"{noise!r} in {message!r}"


# --- zip surgery -------------------------------------------------------------------------------------------------


def _central_records(data: bytes) -> list[tuple[int, str]]:
    """(offset, name) of each central directory record."""
    end = data.rindex(b"PK\x05\x06")
    count, _size, start = struct.unpack("<HII", data[end + 10:end + 20])
    records = []
    offset = start
    for _ in range(count):
        name_length, extra_length, comment_length = struct.unpack("<HHH", data[offset + 28:offset + 34])
        records.append((offset, data[offset + 46:offset + 46 + name_length].decode("utf-8")))
        offset += 46 + name_length + extra_length + comment_length
    return records


def with_flag(entries: list[Entry], name: str, bit: int) -> bytes:
    """The zip with a general-purpose flag bit set on one entry (zipfile will not write it for us)."""
    data = bytearray(zip_bytes(entries))
    for offset, record_name in _central_records(bytes(data)):
        if record_name == name:
            data[offset + 8] |= bit
            local = struct.unpack("<I", data[offset + 42:offset + 46])[0]
            data[local + 6] |= bit
    return bytes(data)


def with_damaged_data(entries: list[Entry], name: str) -> bytes:
    """The zip with bytes in the middle of one entry's compressed data flipped."""
    data = bytearray(zip_bytes(entries))
    for offset, record_name in _central_records(bytes(data)):
        if record_name == name:
            compressed = struct.unpack("<I", data[offset + 20:offset + 24])[0]
            local = struct.unpack("<I", data[offset + 42:offset + 46])[0]
            name_length, extra_length = struct.unpack("<HH", data[local + 26:local + 30])
            start = local + 30 + name_length + extra_length
            for position in range(start + compressed // 3, start + 2 * compressed // 3):
                data[position] ^= 0x5A
    return bytes(data)


def symlink(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = 0o120777 << 16
    return info


def stored_entry(name: str) -> zipfile.ZipInfo:
    return compressed_with(name, zipfile.ZIP_STORED)


def compressed_with(name: str, compress_type: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.compress_type = compress_type
    return info


def varied_svg(size: int) -> bytes:
    """A genuine drawing of about ``size`` bytes that compresses like real content (not a bomb)."""
    circles = "".join(f'<circle cx="{i % 97}" cy="{i * 7 % 89}" r="{i % 5 + 1}"/>' for i in range(size // 40))
    return samples.svg(circles)


# --- pack.json changes ---------------------------------------------------------------------------------------------


def _item(document: dict[str, Any], item_type: str) -> dict[str, Any]:
    return next(item for item in document["items"] if item["type"] == item_type)


def _never_satisfied(document: dict[str, Any]) -> None:
    _item(document, "numeric").update(params=[["a", "randint(1, 5)"]], constraints=["a > 10"])


def _gigantic_number(document: dict[str, Any]) -> None:
    _item(document, "numeric").update(params=[["a", "randint(2, 9)"], ["b", "a ** 64"], ["c", "b ** 64"]],
                                      answer="c")


def _escape_attempt(document: dict[str, Any]) -> None:
    _item(document, "numeric").update(params=[["a", "().__class__.__base__.__subclasses__()"]])


def _import_attempt(document: dict[str, Any]) -> None:
    _item(document, "numeric")["answer"] = "__import__('os').system('rm -rf ~')"


def _cycle(document: dict[str, Any]) -> None:
    skills = document["skills"]
    skills[0]["prerequisites"] = [skills[-1]["id"]]


def _one_bit_changed(data: bytes) -> bytes:
    return data[:-1] + bytes([data[-1] ^ 1])


def _signed(good: GoodPack, pack_json: bytes, signed_json: bytes) -> list[Entry]:
    signature = sign_pack_json(good.private_key, signed_json, PUBLISHER)
    return [("pack.json", pack_json), ("pack.json.sig", signature), *good.media_entries()]


def _altered_after_signing(good: GoodPack) -> list[Entry]:
    original = good.entries["pack.json"]
    altered = original.replace(b'"version": "1.0.0"', b'"version": "1.0.1"')
    assert altered != original
    return _signed(good, altered, original)


CASES: tuple[HostileCase, ...] = (
    # The zip container
    HostileCase("not a zip", "not_a_zip", lambda g: samples.WINDOWS_PROGRAM * 20),
    HostileCase("empty file", "not_a_zip", lambda g: b""),
    HostileCase("truncated zip", "not_a_zip", lambda g: zip_bytes(g.plus())[: len(zip_bytes(g.plus())) // 2]),
    HostileCase("no pack.json", "missing_pack_json", lambda g: g.media_entries()),
    HostileCase("path traversal", "path_traversal", lambda g: g.plus(("media/../../evil.svg", samples.svg()))),
    HostileCase("absolute path", "absolute_path", lambda g: g.plus(("/etc/cron.d/evil", b"* * * * * root x"))),
    HostileCase("windows drive path", "absolute_path", lambda g: g.plus(("C:/Windows/evil.svg", samples.svg()))),
    HostileCase("backslash", "unsafe_path", lambda g: g.plus(("media\\..\\evil.svg", samples.svg()))),
    HostileCase("symlink", "symlink", lambda g: g.plus((symlink("media/passwd.svg"), b"/etc/passwd"))),
    HostileCase("non-NFC name", "unsafe_name", lambda g: g.with_media("cafe\u0301.svg", samples.svg())),
    HostileCase("windows reserved name", "unsafe_name", lambda g: g.with_media("con.svg", samples.svg())),
    HostileCase("duplicate names", "duplicate_entry", lambda g: g.plus(("pack.json", g.entries["pack.json"]))),
    HostileCase("case-duplicate names", "duplicate_entry",
                lambda g: g.plus(("media/DOTS-5.svg", g.entries["media/dots-5.svg"]))),
    HostileCase("nested folder", "unexpected_entry", lambda g: g.plus(("media/sub/evil.svg", samples.svg()))),
    HostileCase("stray program", "unexpected_entry", lambda g: g.plus(("autorun.exe", samples.WINDOWS_PROGRAM))),
    HostileCase("zip bomb", "zip_bomb", lambda g: g.with_media("zeros.svg", b" " * 5_000_000)),
    HostileCase("too many entries", "too_many_entries",
                lambda g: g.plus(*((f"media/f{i}.svg", b"") for i in range(limits.MAX_ZIP_ENTRIES)))),
    HostileCase("oversized media file", "too_large",
                lambda g: g.with_media("huge.svg", b" " * (limits.MAX_MEDIA_FILE_BYTES + 1))),
    HostileCase("oversized pack.json", "too_large",
                lambda g: g.with_pack_json(b" " * (limits.MAX_PACK_JSON_BYTES + 1))),
    HostileCase("encrypted media", "encrypted_entry", lambda g: with_flag(g.plus(), "media/dots-5.svg", 0x1)),
    HostileCase("encrypted pack.json", "encrypted_entry", lambda g: with_flag(g.plus(), "pack.json", 0x1)),
    HostileCase("unsupported compression", "unsupported_compression",
                lambda g: g.plus((compressed_with("media/extra.svg", zipfile.ZIP_LZMA), samples.svg()))),
    HostileCase("corrupt deflate data in media", "corrupt_entry",
                lambda g: with_damaged_data(g.with_media("big.svg", varied_svg(40_000)), "media/big.svg")),
    HostileCase("corrupt deflate data in pack.json", "corrupt_entry",
                lambda g: with_damaged_data(g.plus(), "pack.json")),
    # pack.json as JSON
    HostileCase("bad JSON", "bad_json", lambda g: g.with_pack_json(b'{"format_version": 1, "id": ')),
    HostileCase("duplicate JSON keys", "bad_json",
                lambda g: g.with_pack_json(g.entries["pack.json"].replace(b"{", b'{"id": "x", ', 1))),
    HostileCase("NaN", "bad_json",
                lambda g: g.with_pack_json(g.entries["pack.json"].replace(b'"difficulty": 0.0', b'"difficulty": NaN',
                                                                          1))),
    HostileCase("Infinity", "bad_json",
                lambda g: g.with_pack_json(g.entries["pack.json"].replace(b'"tolerance": 0.0', b'"tolerance": Infinity',
                                                                          1))),
    HostileCase("number with thousands of digits", "bad_json",
                lambda g: g.with_pack_json(g.entries["pack.json"].replace(b'"difficulty": 0.0',
                                                                          b'"difficulty": ' + b"9" * 5000, 1))),
    HostileCase("not UTF-8", "bad_json", lambda g: g.with_pack_json(b"\xff\xfe" + "{}".encode("utf-16-le"))),
    HostileCase("nested too deep", "bad_json", lambda g: g.with_pack_json(b"[" * 100_000 + b"]" * 100_000)),
    HostileCase("not an object", "schema", lambda g: g.with_pack_json(b'["format_version", 1]')),
    # pack.json against the schema and the field reader
    HostileCase("schema violation", "schema", lambda g: g.with_document(lambda d: d["items"][2].update(hints="x"))),
    HostileCase("unknown field", "unknown_field",
                lambda g: g.with_document(lambda d: d["items"][0].update(onload="alert(1)"))),
    HostileCase("missing field", "missing_field", lambda g: g.with_document(lambda d: d.pop("licence"))),
    HostileCase("item id with a path", "bad_id",
                lambda g: g.with_document(lambda d: d["items"][0].update(id="../../etc/passwd"))),
    HostileCase("wrong format version", "unsupported_format",
                lambda g: g.with_document(lambda d: d.update(format_version=2))),
    HostileCase("too many skills", "too_large",
                lambda g: g.with_document(lambda d: d.update(skills=d["skills"][:1] * (limits.MAX_SKILLS + 1)))),
    # the pack as a whole
    HostileCase("cyclic prerequisites", "prerequisite_cycle", lambda g: g.with_document(_cycle)),
    HostileCase("unknown skill reference", "unknown_skill",
                lambda g: g.with_document(lambda d: d["items"][0].update(skill="ghost"))),
    HostileCase("unknown prerequisite", "unknown_skill",
                lambda g: g.with_document(lambda d: d["skills"][1].update(prerequisites=["ghost"]))),
    HostileCase("duplicate item id", "duplicate_id",
                lambda g: g.with_document(lambda d: d["items"][1].update(id=d["items"][0]["id"]))),
    HostileCase("item shows a missing picture", "missing_media",
                lambda g: g.with_document(lambda d: d["items"][0].update(media=["ghost.png"]))),
    HostileCase("template never satisfied", "template_unsatisfiable", lambda g: g.with_document(_never_satisfied)),
    HostileCase("gigantic number", "expr_too_large", lambda g: g.with_document(_gigantic_number)),
    HostileCase("template escape", "expr_forbidden", lambda g: g.with_document(_escape_attempt)),
    HostileCase("template import", "expr_forbidden", lambda g: g.with_document(_import_attempt)),
    # media against pack.json
    HostileCase("missing media", "missing_media", lambda g: [("pack.json", g.entries["pack.json"])]),
    HostileCase("unlisted media", "unlisted_media", lambda g: g.plus(("media/extra.svg", samples.svg()))),
    HostileCase("media hash mismatch", "media_hash_mismatch",
                lambda g: g.with_media("photo.png", samples.png(3, 3), listed_data=_one_bit_changed(samples.png(3, 3)))),
    HostileCase("media size mismatch", "media_hash_mismatch",
                lambda g: g.with_media("photo.png", samples.png(3, 3), listed_data=samples.png(3, 3) + b"\0")),
    # media content
    HostileCase("PNG that is really an EXE", "media_content",
                lambda g: g.with_media("photo.png", samples.WINDOWS_PROGRAM)),
    HostileCase("MP3 that is really a web page", "media_content",
                lambda g: g.with_media("word.mp3", b"<html><script>alert(1)</script></html>")),
    HostileCase("picture bomb", "media_content",
                lambda g: g.with_media("photo.png", samples.png_header_only(100_000, 100_000))),
    HostileCase("SVG with script", "media_content",
                lambda g: g.with_media("dots.svg", samples.svg("<script>alert(1)</script>"))),
    HostileCase("SVG with event handler", "media_content",
                lambda g: g.with_media("dots.svg", samples.svg('<rect width="5" height="5" onmouseover="x()"/>'))),
    HostileCase("SVG with external entity", "media_content",
                lambda g: g.with_media("dots.svg", samples.EXTERNAL_ENTITY)),
    HostileCase("SVG billion laughs", "media_content", lambda g: g.with_media("dots.svg", samples.BILLION_LAUGHS)),
    HostileCase("SVG linking a local file", "media_content",
                lambda g: g.with_media("dots.svg", samples.svg('<image href="file:///etc/shadow"/>'))),
    # the signature (the service checks it before reading the pack)
    HostileCase("garbage signature", "bad_signature", lambda g: g.plus(("pack.json.sig", b"\x01" * 64)),
                service_only=True),
    HostileCase("altered after signing", "bad_signature", _altered_after_signing, service_only=True),
)
