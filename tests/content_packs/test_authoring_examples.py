"""The examples in docs/authoring.md build with `sabil pack build`, and the page shows them as they are."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.content_packs.answer_check import check_answer
from app.content_packs.reader import read_pack
from app.content_packs.source_formats import load_any_source
from app.content_packs.templates import render_item

DOCS = Path(__file__).resolve().parents[2] / "docs"
EXAMPLES = DOCS / "examples"
SOURCES = {
    "folder": (EXAMPLES / "folder", {"numeric", "single_choice", "expression"}),
    "csv": (EXAMPLES / "csv" / "lesson.csv", {"numeric", "single_choice", "short_text", "expression"}),
    "gift": (EXAMPLES / "gift" / "quiz.gift", {"numeric", "single_choice", "multiple_choice", "short_text"}),
}


@pytest.mark.parametrize("kind", sorted(SOURCES))
def test_example_builds_with_the_cli_and_reads_back(kind: str, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    source, types = SOURCES[kind]
    out = tmp_path / f"{kind}.sabilpack"
    assert main(["pack", "build", str(source), "-o", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    built = read_pack(out)
    expected, _media = load_any_source(source, seeds=1)
    assert built == expected
    assert {item.type for item in built.items} == types
    for item in built.items:
        rendered = render_item(item, seed=1)
        if item.type == "expression":
            a = int(dict(rendered.params).get("a", 3))
            b = int(dict(rendered.params).get("b", 2))
            assert check_answer(rendered, f"{a}x + {a * b}").correct


def test_every_example_file_is_shown_verbatim_in_authoring_md() -> None:
    page = (DOCS / "authoring.md").read_text(encoding="utf-8")
    files = [p for p in sorted(EXAMPLES.rglob("*")) if p.is_file() and p.suffix != ".svg"]
    assert len(files) == 8
    for path in files:
        relative = path.relative_to(DOCS).as_posix()
        assert f"`docs/{relative}`:" in page or relative.split("/", 2)[2] in page, relative
        assert path.read_text(encoding="utf-8") in page, f"{relative} differs from its copy in docs/authoring.md"


def test_authoring_page_is_linked_from_the_pack_format() -> None:
    assert "(authoring.md)" in (DOCS / "pack-format.md").read_text(encoding="utf-8")
