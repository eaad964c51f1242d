"""Packs from spreadsheets: what Excel and LibreOffice save reads right, and every mistake names its row and column."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.content_packs.csv_source import load_csv_source
from app.content_packs.errors import PackError
from app.content_packs.source_formats import load_any_source
from app.content_packs.templates import render_item

MEDIA = Path(__file__).resolve().parent.parent / "fixtures" / "packs" / "mini" / "media" / "dots-5.svg"
HEADER = "skill,type,prompt,answer,choices,hints,solution,media"
ROWS = [
    "Counting,,How many dots?,5,,Count them one by one.,There are 5 dots.,dots-5.svg",
    'Adding fractions,,What is 1/4 + 1/4?,1/2,,"Add the tops, keep the bottom.|Then simplify.",2/4 = 1/2,',
    'Adding fractions,,Which is bigger?,,*1/2|1/3,Think of a pizza cut in 2 or in 3.,1/2 is bigger.,',
    'Adding fractions,multiple_choice,Which equal 1/2?,,*2/4|*3/6|2/3,Double top and bottom.,"2/4 and 3/6.",',
    'Algebra,expression,"Expand 2(x + 3).\nWrite it without brackets.",2x+6,,Multiply each term by 2.,2x + 6,',
    "Words,short_text,What colour is the sky?,blue,,Look up.,Blue.,",
]


def write_source(folder: Path, rows: list[str] | None = None, *, header: str = HEADER, delimiter: str = ",",
                 metadata: str | None = 'id = "org.example.fractions"\ntitle = "Fractions"\n',
                 encoding: str = "utf-8", name: str = "lesson") -> Path:
    """A spreadsheet as a teacher's program saves it, with its metadata file and media folder."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = [header, *(ROWS if rows is None else rows)]
    text = "\r\n".join(lines) + "\r\n"
    if delimiter != ",":
        text = _resave(text, delimiter)
    path = folder / f"{name}.csv"
    path.write_bytes(text.encode(encoding))
    if metadata is not None:
        (folder / f"{name}.toml").write_text(metadata, encoding="utf-8")
    (folder / "media").mkdir(exist_ok=True)
    shutil.copy(MEDIA, folder / "media" / "dots-5.svg")
    return path


def _resave(text: str, delimiter: str) -> str:
    """The same table with another separator, quoting cells that hold it (as LibreOffice does)."""
    import csv
    import io

    rows = list(csv.reader(io.StringIO(text, newline="")))
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def test_spreadsheet_becomes_a_pack(tmp_path: Path) -> None:
    path = write_source(tmp_path)
    manifest, media_folder = load_any_source(path, seeds=3)
    assert media_folder == tmp_path / "media"
    assert (manifest.id, manifest.title, manifest.version, manifest.language) == (
        "org.example.fractions", {"en": "Fractions"}, "1.0.0", "en")
    assert [(s.id, s.title["en"]) for s in manifest.skills] == [
        ("counting", "Counting"), ("adding-fractions", "Adding fractions"), ("algebra", "Algebra"), ("words", "Words")]
    assert [i.id for i in manifest.items] == ["counting-01", "adding-fractions-01", "adding-fractions-02",
                                              "adding-fractions-03", "algebra-01", "words-01"]
    counting, add, bigger, halves, expand, sky = manifest.items
    assert (counting.type, counting.answer, counting.media) == ("numeric", "5", ("dots-5.svg",))
    assert add.hints == ("Add the tops, keep the bottom.", "Then simplify.")
    assert (bigger.type, bigger.choices, bigger.correct) == ("single_choice", ("1/2", "1/3"), (0,))
    assert (halves.type, halves.correct) == ("multiple_choice", (0, 1))
    assert expand.prompt == "Expand 2(x + 3).\nWrite it without brackets."
    assert render_item(expand, 0).answer.type == "expression"
    assert sky.type == "short_text"
    assert [m.path for m in manifest.media] == ["dots-5.svg"]


@pytest.mark.parametrize(("delimiter", "encoding"), [(";", "utf-8-sig"), (",", "utf-8-sig"), ("\t", "utf-8"),
                                                     (";", "utf-8")])
def test_separators_and_byte_order_mark_of_common_spreadsheet_programs(tmp_path: Path, delimiter: str,
                                                                       encoding: str) -> None:
    reference, _ = load_csv_source(write_source(tmp_path / "comma"), seeds=1)
    manifest, _ = load_csv_source(write_source(tmp_path / "other", delimiter=delimiter, encoding=encoding), seeds=1)
    assert manifest.items == reference.items
    assert manifest.skills == reference.skills


def test_optional_columns_ids_titles_prerequisites_and_decimal_commas(tmp_path: Path) -> None:
    header = "id;skill;skill_title;prerequisites;prompt;answer;tolerance;difficulty;hints;solution;accept"
    rows = [
        "count-5;count;Counting;;How many?;5;;-1,5;Count.;Five.;",
        "half;fractions;Fractions;count;Half of 1?;0,5;0,01;0,5;Halve it.;One half.;",
        "word;fractions;;Counting;Say 2 in words;two;;;Spell it.;Two.;deux|dos",  # a prerequisite by its title
    ]
    manifest, media = load_csv_source(write_source(tmp_path, rows, header=header), seeds=1)
    assert media is None
    assert [(s.id, s.title["en"], s.prerequisites) for s in manifest.skills] == [
        ("count", "Counting", ()), ("fractions", "Fractions", ("count",))]
    half = manifest.item("half")
    assert (half.answer, half.tolerance, half.difficulty) == ("0.5", 0.01, 0.5)
    assert manifest.item("count-5").difficulty == -1.5
    assert manifest.item("word").accept == ("deux", "dos")


def test_metadata_file_adds_languages_and_skill_details(tmp_path: Path) -> None:
    metadata = """id = "org.example.fractions"
version = "2.1.0"
language = "ar"
licence = "CC-BY-4.0"
authors = ["Ms Haddad"]
[title]
ar = "الكسور"
en = "Fractions"

[[skill]]
id = "counting"
title = { en = "Counting" }
mastery = { kind = "n_in_a_row", n = 3 }
"""
    rows = ["العد,,How many dots?,5,,Count them.,Five.,", "counting,,Count to 3,3,,Count.,Three.,"]
    path = write_source(tmp_path, rows, metadata=metadata)
    manifest, _ = load_csv_source(path, seeds=1)
    assert (manifest.version, manifest.language, manifest.authors) == ("2.1.0", "ar", ("Ms Haddad",))
    assert manifest.skills[0].id == "skill-1"  # an Arabic name has no Latin letters to make an id from
    assert manifest.skills[0].title == {"ar": "العد"}
    assert manifest.skill("counting").title == {"ar": "counting", "en": "Counting"}
    assert manifest.skill("counting").mastery == {"kind": "n_in_a_row", "n": 3}


def test_pack_toml_beside_the_csv_is_used_when_there_is_no_same_name_file(tmp_path: Path) -> None:
    path = write_source(tmp_path, metadata=None)
    (tmp_path / "pack.toml").write_text('id = "org.example.shared"\ntitle = { en = "Shared" }\n', encoding="utf-8")
    manifest, _ = load_csv_source(path, seeds=1)
    assert manifest.id == "org.example.shared"


def test_blank_rows_and_note_rows_are_skipped_and_rows_keep_spreadsheet_numbers(tmp_path: Path) -> None:
    rows = ["# notes for the teacher,,,,,,,", ",,,,,,,", ROWS[0], "Counting,,How many?,,,Count.,Five.,"]
    with pytest.raises(PackError) as caught:
        load_csv_source(write_source(tmp_path, rows), seeds=1)
    assert str(caught.value).startswith('lesson.csv: row 5: column "answer": ')


@pytest.mark.parametrize(
    ("row", "code", "where"),
    [
        ("Counting,numeric,How many?,,,Count.,Five.,", "bad_item", 'lesson.csv: row 3: column "answer"'),
        ("Counting,,How many?,,,Count.,Five.,", "bad_item", 'lesson.csv: row 3: column "answer"'),
        ("Counting,numeric,How many?,five,,Count.,Five.,", "expr_unknown_name", 'lesson.csv: row 3: column "answer"'),
        ("Counting,,How many?,5,,,Five.,", "bad_item", 'lesson.csv: row 3: column "hints"'),
        ("Counting,,How many?,5,,Count.,,", "bad_item", 'lesson.csv: row 3: column "solution"'),
        (",,How many?,5,,Count.,Five.,", "missing_field", 'lesson.csv: row 3: column "skill"'),
        ("Counting,choice,Pick,,*a|b,Hint.,A.,", "bad_item", 'lesson.csv: row 3: column "type"'),
        ("Counting,single_choice,Pick,,*a|*b,Hint.,A.,", "bad_item", 'lesson.csv: row 3: column "choices"'),
        ("Counting,single_choice,Pick,,a|b,Hint.,A.,", "bad_item", 'lesson.csv: row 3: column "choices"'),
        ("Counting,single_choice,Pick,,*a|a,Hint.,A.,", "duplicate_choices", 'lesson.csv: row 3: column "choices"'),
        ("Counting,,Pick,5,,Hint {{c}}.,A.,", "expr_unknown_name", 'lesson.csv: row 3: column "hints": hint 1'),
        ("Counting,,How many?,5,,Count.,Five.,cat.png", "missing_media", 'lesson.csv: row 3: column "media"'),
        ("Counting,,How many?,5,,Count.,Five.,../secret.png", "unsafe_name", 'lesson.csv: row 3: column "media"'),
        ("Counting,expression,Expand,2(x+,,Hint.,2x.,", "bad_item", 'lesson.csv: row 3: column "answer"'),
        ("Counting,,How many?,5,,Count.,Five.,,extra", "bad_csv", "lesson.csv: row 3"),
    ],
)
def test_each_mistake_names_its_row_and_column(tmp_path: Path, row: str, code: str, where: str) -> None:
    with pytest.raises(PackError) as caught:
        load_csv_source(write_source(tmp_path, [ROWS[0], row]), seeds=1)
    assert caught.value.code == code
    assert caught.value.location.startswith(where), caught.value.location


def test_duplicate_id_names_both_rows(tmp_path: Path) -> None:
    header = "id,skill,prompt,answer,hints,solution"
    rows = ["a,count,One?,1,Count.,One.", "b,count,Two?,2,Count.,Two.", "a,count,Three?,3,Count.,Three."]
    with pytest.raises(PackError) as caught:
        load_csv_source(write_source(tmp_path, rows, header=header), seeds=1)
    assert caught.value.code == "duplicate_id"
    assert str(caught.value) == 'lesson.csv: row 4: column "id": the id "a" is already used on row 2'


def test_prerequisite_that_no_row_uses_and_prerequisite_cycles(tmp_path: Path) -> None:
    header = "skill,prerequisites,prompt,answer,hints,solution"
    with pytest.raises(PackError) as caught:
        load_csv_source(write_source(tmp_path / "a", ["count,reading,One?,1,Count.,One."], header=header), seeds=1)
    assert (caught.value.code, caught.value.location) == ("unknown_skill", 'lesson.csv: row 2: column "prerequisites"')
    rows = ["count,add,One?,1,Count.,One.", "add,count,Two?,2,Count.,Two."]
    with pytest.raises(PackError) as caught:
        load_csv_source(write_source(tmp_path / "b", rows, header=header), seeds=1)
    assert caught.value.code == "prerequisite_cycle"


@pytest.mark.parametrize(
    ("header", "fragment"),
    [
        ("skill,prompt,answer,hint,solution", '"hint" is not a known column'),
        ("skill,prompt,answer,solution", 'needs a column named "hints"'),
        ("skill,prompt,hints,solution", 'needs an "answer" or a "choices" column'),
        ("skill,prompt,answer,answer,hints,solution", 'the column "answer" appears twice'),
    ],
)
def test_header_mistakes(tmp_path: Path, header: str, fragment: str) -> None:
    with pytest.raises(PackError) as caught:
        load_csv_source(write_source(tmp_path, ["count,One?,1,Count.,One."], header=header), seeds=1)
    assert fragment in str(caught.value)
    assert str(caught.value).startswith("lesson.csv: row 1")


def test_missing_metadata_or_required_metadata_fields(tmp_path: Path) -> None:
    with pytest.raises(PackError) as caught:
        load_csv_source(write_source(tmp_path / "none", metadata=None), seeds=1)
    assert caught.value.code == "source_missing"
    assert '"lesson.toml" or "pack.toml"' in str(caught.value)
    with pytest.raises(PackError) as caught:
        load_csv_source(write_source(tmp_path / "no-title", metadata='id = "org.example.x"\n'), seeds=1)
    assert str(caught.value) == 'lesson.toml: "title" is missing: every pack needs an id and a title'
    with pytest.raises(PackError) as caught:
        load_csv_source(write_source(tmp_path / "bad-id", metadata='id = "Bad Id"\ntitle = "X"\n'), seeds=1)
    assert caught.value.code == "bad_id"


def test_text_that_is_not_utf8_gets_advice_on_saving(tmp_path: Path) -> None:
    rows = ["Zählen,,Wie viele?,5,,Zähle.,Fünf.,"]
    with pytest.raises(PackError) as caught:
        load_csv_source(write_source(tmp_path, rows, encoding="cp1252"), seeds=1)
    assert caught.value.code == "bad_csv"
    assert "CSV UTF-8" in caught.value.message


def test_unknown_source_kinds_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "lesson.xlsx"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(PackError) as caught:
        load_any_source(path, seeds=1)
    assert caught.value.code == "unknown_source"
    assert ".csv" in caught.value.message and ".gift" in caught.value.message
