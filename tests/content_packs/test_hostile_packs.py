"""read_pack treats every zip as hostile: each kind of attack or damage is refused with its own code."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.content_packs.builder import build_pack, pack_json_bytes
from app.content_packs.errors import PackError
from app.content_packs.reader import read_pack
from app.content_packs.source import load_source

from .hostile_corpus import (
    CASES,
    GoodPack,
    HostileCase,
    assert_human_message,
    good_pack,
    write_case,
    zip_bytes,
)


@pytest.fixture
def good_entries(mini_source: Path) -> dict[str, bytes]:
    manifest = load_source(mini_source)
    return {
        "pack.json": pack_json_bytes(manifest),
        "media/dots-5.svg": (mini_source / "media" / "dots-5.svg").read_bytes(),
    }


def write(path: Path, entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in entries:
            archive.writestr(info, data)
    return path


def with_json(entries: dict[str, bytes], change: Callable[[dict[str, Any]], None]) -> list[tuple[str, bytes]]:
    document = json.loads(entries["pack.json"])
    change(document)
    return [("pack.json", json.dumps(document).encode()), ("media/dots-5.svg", entries["media/dots-5.svg"])]


def symlink_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = 0o120777 << 16
    return info


def stored(name: str) -> zipfile.ZipInfo:
    """An uncompressed entry, so a very repetitive file is not mistaken for a zip bomb."""
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_STORED
    return info


def cycle(document: dict[str, Any]) -> None:
    document["skills"][0]["prerequisites"] = ["fractions-intro"]


def unknown_skill(document: dict[str, Any]) -> None:
    document["items"][0]["skill"] = "ghost-skill"


def wrong_type(document: dict[str, Any]) -> None:
    document["items"][2]["hints"] = "just one hint"


def wrong_hash(document: dict[str, Any]) -> None:
    document["media"][0]["sha256"] = "0" * 64


def bad_format(document: dict[str, Any]) -> None:
    document["format_version"] = 99


def evil_template(document: dict[str, Any]) -> None:
    document["items"][3]["params"][0][1] = "().__class__"


def duplicate_item(document: dict[str, Any]) -> None:
    document["items"][1]["id"] = document["items"][0]["id"]


HOSTILE: dict[str, tuple[str, Callable[[dict[str, bytes]], list[tuple[Any, bytes]]]]] = {
    "path traversal": ("path_traversal", lambda e: [*e.items(), ("media/../../evil.svg", b"x")]),
    "absolute path": ("absolute_path", lambda e: [*e.items(), ("/etc/evil.svg", b"x")]),
    "windows drive": ("absolute_path", lambda e: [*e.items(), ("C:/evil.svg", b"x")]),
    "backslash": ("unsafe_path", lambda e: [*e.items(), ("media\\evil.svg", b"x")]),
    "nested folder": ("unexpected_entry", lambda e: [*e.items(), ("media/sub/evil.svg", b"x")]),
    "stray file": ("unexpected_entry", lambda e: [*e.items(), ("run.exe", b"x")]),
    "not NFC": ("unsafe_name", lambda e: [*e.items(), ("media/cafe\u0301.svg", b"x")]),
    "symlink": ("symlink", lambda e: [*e.items(), (symlink_info("media/link.svg"), b"/etc/passwd")]),
    "duplicate names": ("duplicate_entry", lambda e: [*e.items(), ("pack.json", e["pack.json"])]),
    "duplicate by case": ("duplicate_entry", lambda e: [*e.items(), ("media/DOTS-5.svg", b"x")]),
    "zip bomb ratio": ("zip_bomb", lambda e: [*e.items(), ("media/zeros.png", b"\0" * 5_000_000)]),
    "no pack.json": ("missing_pack_json", lambda e: [("media/dots-5.svg", e["media/dots-5.svg"])]),
    "bad json": ("bad_json", lambda e: [("pack.json", b"{not json"), ("media/dots-5.svg", e["media/dots-5.svg"])]),
    "json NaN": ("bad_json", lambda e: [("pack.json", b'{"a": NaN}')]),
    "json duplicate key": ("bad_json", lambda e: [("pack.json", b'{"id": "a", "id": "b"}')]),
    "json not utf-8": ("bad_json", lambda e: [("pack.json", b"\xff\xfe{}")]),
    "json too deep": ("bad_json", lambda e: [(stored("pack.json"), b"[" * 100_000 + b"]" * 100_000)]),
    "json not an object": ("schema", lambda e: [("pack.json", b"[1, 2]")]),
    "schema violation": ("schema", lambda e: with_json(e, wrong_type)),
    "format version": ("unsupported_format", lambda e: with_json(e, bad_format)),
    "cycle": ("prerequisite_cycle", lambda e: with_json(e, cycle)),
    "unknown skill reference": ("unknown_skill", lambda e: with_json(e, unknown_skill)),
    "duplicate item id": ("duplicate_id", lambda e: with_json(e, duplicate_item)),
    "malicious template": ("expr_forbidden", lambda e: with_json(e, evil_template)),
    "media hash mismatch": ("media_hash_mismatch", lambda e: with_json(e, wrong_hash)),
    "media missing": ("missing_media", lambda e: [("pack.json", e["pack.json"])]),
    "media altered": ("media_hash_mismatch", lambda e: [("pack.json", e["pack.json"]),
                                                        ("media/dots-5.svg", b"<svg>evil</svg>")]),
    "media unlisted": ("unlisted_media", lambda e: [*e.items(), ("media/extra.svg", b"<svg/>")]),
}


@pytest.mark.filterwarnings("ignore:Duplicate name")  # the duplicate-entry case writes one on purpose
@pytest.mark.parametrize("case", sorted(HOSTILE), ids=str)
def test_hostile_pack_is_rejected_with_a_specific_code(case: str, good_entries: dict[str, bytes],
                                                       tmp_path: Path) -> None:
    code, make = HOSTILE[case]
    path = write(tmp_path / "hostile.sabilpack", make(good_entries))
    with pytest.raises(PackError) as info:
        read_pack(path)
    assert info.value.code == code, str(info.value)
    assert info.value.message  # a sentence a person can read


def test_too_many_entries(good_entries: dict[str, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import app.content_packs.reader as reader

    monkeypatch.setattr(reader, "MAX_ZIP_ENTRIES", 5)
    entries = [*good_entries.items()] + [(f"media/f{i}.svg", b"<svg/>") for i in range(5)]
    with pytest.raises(PackError) as info:
        read_pack(write(tmp_path / "many.sabilpack", entries))
    assert info.value.code == "too_many_entries"


def test_not_a_zip_and_truncated_zip(mini_source: Path, tmp_path: Path) -> None:
    text = tmp_path / "notes.sabilpack"
    text.write_text("hello")
    with pytest.raises(PackError) as info:
        read_pack(text)
    assert info.value.code == "not_a_zip"
    good = build_pack(mini_source, tmp_path / "good.sabilpack").read_bytes()
    truncated = tmp_path / "truncated.sabilpack"
    truncated.write_bytes(good[: len(good) // 2])
    with pytest.raises(PackError) as info:
        read_pack(truncated)
    assert info.value.code == "not_a_zip"


def test_corrupted_bytes_inside_an_entry(mini_source: Path, tmp_path: Path) -> None:
    path = build_pack(mini_source, tmp_path / "good.sabilpack")
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("pack.json")
    start = info.header_offset + 30 + len(info.filename)  # local header is 30 bytes + name
    for offset in range(start + 10, start + 40):
        data[offset] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(PackError) as info_error:
        read_pack(path)
    assert info_error.value.code in ("corrupt_entry", "bad_json")


def test_valid_pack_with_signature_entry_is_accepted(good_entries: dict[str, bytes], tmp_path: Path) -> None:
    path = write(tmp_path / "signed.sabilpack", [*good_entries.items(), ("pack.json.sig", b"\x01" * 64)])
    assert read_pack(path).id == "org.sabil.test.mini"


@pytest.fixture(scope="module")
def corpus_good_pack(tmp_path_factory: pytest.TempPathFactory) -> GoodPack:
    return good_pack(tmp_path_factory.mktemp("corpus"))


def test_the_corpus_is_large_and_every_case_distinct() -> None:
    names = [case.name for case in CASES]
    assert len(names) == len(set(names))
    assert len([case for case in CASES if not case.service_only]) >= 20


def test_the_corpus_starts_from_a_good_pack(corpus_good_pack: GoodPack, tmp_path: Path) -> None:
    path = tmp_path / "good.sabilpack"
    path.write_bytes(zip_bytes(corpus_good_pack.plus()))
    assert read_pack(path).id == "org.sabil.test.mini"


@pytest.mark.parametrize("case", [case for case in CASES if not case.service_only], ids=lambda case: case.name)
def test_every_corpus_pack_is_refused_by_the_reader(case: HostileCase, corpus_good_pack: GoodPack,
                                                    tmp_path: Path) -> None:
    path = write_case(case, corpus_good_pack, tmp_path)
    with pytest.raises(PackError) as info:
        read_pack(path)
    assert info.value.code == case.code, str(info.value)
    assert_human_message(info.value)
