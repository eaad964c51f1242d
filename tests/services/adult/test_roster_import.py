"""Roster import: preview with per-row errors, all-or-nothing import, re-import adds nobody."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services.app_services import AppServices
from app.services.errors import ValidationError
from app.services.roster_import import RosterRejected


def write(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "roster.csv"
    path.write_bytes(text.encode(encoding))
    return path


def test_preview_then_import_creates_learners_classes_and_pins(adult: AppServices, tmp_path: Path) -> None:
    path = write(tmp_path, "Name,Class,PIN\nAmira Haddad,Grade 4,1234\nZaid,Grade 4,\nLina,Grade 5,٥٦٧٨\n")
    preview = adult.roster.preview_file(path)
    assert preview.ok and preview.new_learners == 3
    assert [(r.line, r.name, r.class_name, r.has_pin, r.status) for r in preview.rows] == [
        (2, "Amira Haddad", "Grade 4", True, "new"),
        (3, "Zaid", "Grade 4", False, "new"),
        (4, "Lina", "Grade 5", True, "new"),
    ]
    assert preview.new_classes == ("Grade 4", "Grade 5")
    assert adult.learners.list() == []  # a preview writes nothing

    result = adult.roster.import_file(path)
    assert len(result.learner_ids) == 3 and result.classes_created == ("Grade 4", "Grade 5")
    by_name = {p.display_name: p for p in adult.learners.list()}
    assert by_name["Amira Haddad"].has_pin and not by_name["Zaid"].has_pin
    assert adult.learners.verify_pin(by_name["Lina"].id, "5678").ok  # Arabic-Indic digits in the file
    grade4 = adult.classes.find("Grade 4")
    assert set(grade4.learner_ids) == {by_name["Amira Haddad"].id, by_name["Zaid"].id}
    assert len({p.avatar for p in by_name.values()}) == 3  # different avatars


def test_importing_the_same_file_again_adds_nobody(adult: AppServices, tmp_path: Path) -> None:
    path = write(tmp_path, "name,class\nAmira,Grade 4\nZaid,Grade 4\n")
    adult.roster.import_file(path)
    again = adult.roster.preview_file(path)
    assert [r.status for r in again.rows] == ["exists", "exists"] and again.ok
    result = adult.roster.import_file(path)
    assert result.learner_ids == () and result.skipped == 2
    assert len(adult.learners.list()) == 2


def test_row_errors_are_listed_and_nothing_is_imported(adult: AppServices, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "name,class,pin\nAmira,Grade 4,12\n,Grade 4,\nZaid,,\nLina,Grade 4,\nlina,grade 4,\nOmar,Grade 4,abcd\nSara,Grade 4,\n",
    )
    preview = adult.roster.preview_file(path)
    assert not preview.ok and preview.error_count == 5
    errors = {r.line: [(e.code, e.column) for e in r.errors] for r in preview.rows if r.errors}
    assert errors == {
        2: [("bad_pin", "pin")],
        3: [("empty_name", "name")],
        4: [("missing_class", "class")],
        6: [("duplicate_row", "name")],
        7: [("bad_pin", "pin")],
    }
    with pytest.raises(RosterRejected) as err:
        adult.roster.import_file(path)
    assert err.value.code == "roster_errors" and err.value.preview.error_count == 5
    assert adult.learners.list() == [] and adult.classes.list() == []


def test_semicolons_bom_headers_in_other_languages_and_any_column_order(adult: AppServices, tmp_path: Path) -> None:
    path = write(tmp_path, "\ufeffClasse;Nom;Code PIN\nCE2;Élodie;4321\nCE2;Noé;\n")
    preview = adult.roster.preview_file(path)
    assert preview.ok
    assert [(r.name, r.class_name, r.has_pin) for r in preview.rows] == [("Élodie", "CE2", True), ("Noé", "CE2", False)]
    arabic = write(tmp_path, "الاسم,الصف\nأمل,الرابع\n")
    assert [(r.name, r.class_name) for r in adult.roster.preview_file(arabic).rows] == [("أمل", "الرابع")]


def test_no_header_means_name_class_pin(adult: AppServices, tmp_path: Path) -> None:
    path = write(tmp_path, "Amira,Grade 4,1234\nZaid,Grade 4,,extra\n")
    preview = adult.roster.preview_file(path)
    assert [r.status for r in preview.rows] == ["new", "error"]
    assert preview.rows[1].errors[0].code == "too_many_columns"


def test_utf16_from_a_spreadsheet_is_read(adult: AppServices, tmp_path: Path) -> None:
    path = write(tmp_path, "\ufeffname\tclass\nYara\tGrade 4\n", encoding="utf-16-le")
    preview = adult.roster.preview_file(path)
    assert preview.ok and preview.rows[0].name == "Yara"


def test_files_that_cannot_be_read(adult: AppServices, tmp_path: Path) -> None:
    latin1 = write(tmp_path, "name,class\nNoé,CE2\n", encoding="latin-1")
    assert adult.roster.preview_file(latin1).file_error.code == "not_utf8"
    empty = write(tmp_path, "name,class\n\n")
    assert adult.roster.preview_file(empty).file_error.code == "empty"
    missing = adult.roster.preview_file(tmp_path / "nope.csv")
    assert missing.file_error.code == "unreadable" and not missing.ok
    huge = write(tmp_path, "name,class\n" + "Amira,Grade 4\n" * 80_000)
    assert adult.roster.preview_file(huge).file_error.code == "too_large"
    many = write(tmp_path, "name,class\n" + "".join(f"L{i},G\n" for i in range(2001)))
    assert adult.roster.preview_file(many).file_error.code == "too_many_rows"
    with pytest.raises(RosterRejected):
        adult.roster.import_file(latin1)


def test_existing_class_is_reused(adult: AppServices, tmp_path: Path) -> None:
    grade = adult.classes.create("Grade 4")
    path = write(tmp_path, "name,class\nAmira,GRADE 4\n")
    preview = adult.roster.preview_file(path)
    assert preview.new_classes == ()
    result = adult.roster.import_file(path)
    assert result.classes_created == ()
    assert adult.classes.get(grade.id).learner_ids == result.learner_ids


def test_learners_get_the_language_asked_for(adult: AppServices, tmp_path: Path) -> None:
    path = write(tmp_path, "الاسم,الصف\nأمل,الرابع\n")
    with pytest.raises(ValidationError) as err:
        adult.roster.import_file(path, language="de")
    assert err.value.code == "unknown_language" and adult.learners.list() == []
    adult.roster.import_file(path, language="ar")
    assert [p.language for p in adult.learners.list()] == ["ar"]
