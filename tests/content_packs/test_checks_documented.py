"""docs/pack-format.md tells authors every limit and every media rule the app enforces."""

from __future__ import annotations

from pathlib import Path

from app.content_packs import limits

DOC = Path(__file__).resolve().parents[2] / "docs" / "pack-format.md"


def checks_section() -> str:
    text = DOC.read_text(encoding="utf-8")
    start = text.index("## What the app checks")
    following = text.find("\n## ", start + 1)
    return text[start:] if following == -1 else text[start:following]


def test_every_limit_is_listed_by_name() -> None:
    section = checks_section()
    names = [name for name in vars(limits) if name.isupper()]
    assert len(names) > 30
    missing = [name for name in names if f"`{name}`" not in section]
    assert not missing, f"limits not documented in 'What the app checks': {missing}"


def test_limits_are_listed_with_their_values() -> None:
    section = checks_section()
    rows = {line.split("|")[-2].strip(): line for line in section.splitlines() if line.startswith("| ")}
    for name, shown in (("MAX_ZIP_ENTRIES", f"{limits.MAX_ZIP_ENTRIES:,}"),
                        ("MAX_SKILLS` / `MAX_ITEMS", f"{limits.MAX_SKILLS:,} / {limits.MAX_ITEMS:,}"),
                        ("MAX_TEXT_LENGTH", f"{limits.MAX_TEXT_LENGTH:,}"),
                        ("MAX_IMAGE_SIDE` / `MAX_IMAGE_PIXELS", f"{limits.MAX_IMAGE_SIDE:,} pixels"),
                        ("MAX_SVG_ELEMENTS` / `MAX_SVG_DEPTH", f"{limits.MAX_SVG_ELEMENTS:,} / {limits.MAX_SVG_DEPTH}"),
                        ("MAX_PACK_JSON_BYTES", f"{limits.MAX_PACK_JSON_BYTES // 2**20} MiB"),
                        ("MAX_MEDIA_FILE_BYTES", f"{limits.MAX_MEDIA_FILE_BYTES // 2**20} MiB")):
        assert shown in rows[f"`{name}`"], (name, rows[f"`{name}`"])


def test_the_codes_of_the_hostile_corpus_are_all_explained() -> None:
    from .hostile_corpus import CASES

    section = checks_section()
    missing = sorted({case.code for case in CASES if f"`{case.code}`" not in section})
    assert not missing, f"codes the corpus produces but the doc does not explain: {missing}"
