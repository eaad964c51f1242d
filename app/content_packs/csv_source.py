"""A pack from a spreadsheet: one row per item, saved as CSV from Excel, LibreOffice or Google Sheets.

The first row names the columns (any order, any case): ``skill``, ``prompt`` and ``hints`` and
``solution`` are needed; ``type``, ``answer``, ``choices``, ``media``, ``id``, ``difficulty``,
``skill_title``, ``prerequisites``, ``accept``, ``tolerance``, ``answer_form`` and ``variables`` are
optional. Lists inside a cell are separated by ``|``; in ``choices`` the right ones start with ``*``
(``*4 | 5 | 6``). Rows are numbered as the spreadsheet numbers them (the header is row 1), so every
error reads ``lesson.csv: row 7: column "answer": …``. Metadata comes from the TOML file beside the
CSV (see ``single_file_source``). See docs/authoring.md.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import PackError
from .fields import FieldReader
from .limits import MAX_ITEMS, MAX_PACK_JSON_BYTES, VALIDATION_SEEDS
from .manifest_schema import read_item
from .model import ITEM_TYPES, ItemDef, PackManifest
from .single_file_source import SkillNamer, build_skills, collect_media, load_side_metadata
from .source import read_tolerance
from .validate import validate_manifest

COLUMNS = ("skill", "type", "prompt", "answer", "choices", "hints", "solution", "media", "id", "difficulty",
           "skill_title", "prerequisites", "accept", "tolerance", "answer_form", "variables")
REQUIRED_COLUMNS = ("skill", "prompt", "hints", "solution")
_DELIMITERS = (",", ";", "\t")
# "0,75" from a French or Spanish spreadsheet is the number 0.75.
_DECIMAL_COMMA = re.compile(r"-?\d+,\d+")
# Item fields whose errors belong to another column ("correct" comes from the stars in "choices").
_FIELD_COLUMNS = {"correct": "choices", "choice": "choices", "hint": "hints", "skill": "skill", "params": "answer",
                  "constraint": "answer"}


@dataclass(frozen=True)
class _Row:
    number: int  # as the spreadsheet shows it: the header is row 1
    cells: dict[str, str]

    def get(self, column: str) -> str:
        return self.cells.get(column, "").strip()


def load_csv_source(path: Path, *, seeds: int = VALIDATION_SEEDS) -> tuple[PackManifest, Path | None]:
    """Read the spreadsheet at ``path`` and its metadata file into a validated manifest and media folder."""
    path = Path(path)
    metadata = load_side_metadata(path)
    rows = list(_read_rows(path))
    if not rows:
        raise PackError("schema", "has no item rows under the header row", path.name)
    namer = SkillNamer()
    titles: dict[str, str] = {}
    prerequisite_names: dict[str, list[tuple[str, str]]] = {}
    items: list[ItemDef] = []
    item_rows: dict[str, int] = {}
    media_names: list[tuple[str, str]] = []
    per_skill: dict[str, int] = {}
    for row in rows:
        where = f"{path.name}: row {row.number}"
        if not row.get("skill"):
            raise PackError("missing_field", "is empty: every item needs a skill", f'{where}: column "skill"')
        skill_id = namer.id_for(row.get("skill"), where)
        if row.get("skill_title"):
            titles.setdefault(skill_id, row.get("skill_title"))
        for name in _split(row.get("prerequisites")):
            prerequisite_names.setdefault(skill_id, []).append((name, f'{where}: column "prerequisites"'))
        per_skill[skill_id] = per_skill.get(skill_id, 0) + 1
        item = _read_item(row, where, skill_id, per_skill[skill_id])
        if item.id in item_rows:
            raise PackError("duplicate_id", f'the id "{item.id}" is already used on row {item_rows[item.id]}',
                            f'{where}: column "id"')
        item_rows[item.id] = row.number
        items.append(item)
        media_names += [(name, f'{where}: column "media"') for name in item.media]
    by_title = {" ".join(title.split()): skill_id for skill_id, title in titles.items()}
    prerequisites = {skill_id: _resolve_prerequisites(namer, by_title, pairs)
                     for skill_id, pairs in prerequisite_names.items()}
    skills = build_skills(namer, metadata, titles=titles, prerequisites=prerequisites)
    media_folder = path.parent / "media"
    media = collect_media(media_folder, media_names)
    manifest = PackManifest(**metadata.fields, skills=skills, items=tuple(items), media=media)
    try:
        validate_manifest(
            manifest,
            item_location=lambda item_id: f"{path.name}: row {item_rows[item_id]}",
            skill_location=lambda skill_id: namer.first_seen.get(skill_id, path.name),
            seeds=seeds,
        )
    except PackError as exc:
        raise _in_column_terms(exc) from exc
    return manifest, media_folder if media else None


def _resolve_prerequisites(namer: SkillNamer, by_title: dict[str, str], pairs: list[tuple[str, str]]) -> list[str]:
    """Prerequisites may name a skill as the skill column writes it, by its id, or by its skill_title."""
    resolved: list[str] = []
    for name, where in pairs:
        skill_id = namer.lookup(name) or by_title.get(" ".join(name.split()))
        if skill_id is None:
            raise PackError("unknown_skill", f'"{name}" is not a skill of any row in this spreadsheet', where)
        if skill_id not in resolved:
            resolved.append(skill_id)
    return resolved


def _read_rows(path: Path) -> Iterator[_Row]:
    if path.stat().st_size > MAX_PACK_JSON_BYTES:
        raise PackError("too_large", f"is larger than {MAX_PACK_JSON_BYTES // (1024 * 1024)} MB", path.name)
    try:
        # utf-8-sig: Excel's "CSV UTF-8" starts the file with a byte order mark.
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PackError("bad_csv", 'is not UTF-8 text: save it as "CSV UTF-8" (Excel) or choose the UTF-8 '
                                   "character set (LibreOffice)", path.name) from exc
    if "\x00" in text:
        raise PackError("bad_csv", "is not a text file (save the spreadsheet as CSV)", path.name)
    delimiter = _sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader, None)
        if header is None:
            raise PackError("bad_csv", "is empty", path.name)
        columns = _columns(header, path.name)
        for number, cells in enumerate(reader, start=2):
            if not any(cell.strip() for cell in cells) or cells[0].lstrip().startswith("#"):
                continue  # blank rows and rows starting with # (notes for the author) are skipped
            if number > MAX_ITEMS + 1:
                raise PackError("too_large", f"has more than {MAX_ITEMS} rows", path.name)
            if len(cells) > len(columns) and any(cell.strip() for cell in cells[len(columns):]):
                raise PackError("bad_csv", f"has more cells than the header row has columns ({len(columns)})",
                                f"{path.name}: row {number}")
            yield _Row(number, {column: cell for column, cell in zip(columns, cells, strict=False) if column})
    except csv.Error as exc:
        raise PackError("bad_csv", f"cannot be read as CSV ({exc})", f"{path.name}: line {reader.line_num}") from exc


def _sniff_delimiter(text: str) -> str:
    """The separator that makes the most known column names out of the header row (comma, semicolon or tab).

    Spreadsheets in French, Spanish or Arabic locales save with semicolons; reading the header is
    more reliable than guessing from the data, where commas are common inside prompts.
    """
    first_line = text.split("\n", 1)[0]

    def known(delimiter: str) -> int:
        header = next(csv.reader([first_line], delimiter=delimiter), [])
        return sum(cell.strip().lower() in COLUMNS for cell in header)

    return max(_DELIMITERS, key=known)


def _columns(header: list[str], file_name: str) -> list[str]:
    columns = []
    for number, cell in enumerate(header, start=1):
        name = cell.strip().lower().replace(" ", "_")
        if not name:
            columns.append("")
            continue
        if name not in COLUMNS:
            raise PackError("unknown_field", f'"{cell.strip()}" is not a known column (known: {", ".join(COLUMNS)})',
                            f"{file_name}: row 1: column {number}")
        if name in columns:
            raise PackError("duplicate_entry", f'the column "{name}" appears twice', f"{file_name}: row 1")
        columns.append(name)
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        raise PackError("missing_field", f'needs a column named "{missing[0]}" (the columns are: '
                                         f'{", ".join(COLUMNS)})', f"{file_name}: row 1")
    if "answer" not in columns and "choices" not in columns:
        raise PackError("missing_field", 'needs an "answer" or a "choices" column', f"{file_name}: row 1")
    return columns


def _split(cell: str) -> list[str]:
    """A ``|``-separated list; ``\\|`` is a literal bar. Empty parts are dropped."""
    parts = re.split(r"(?<!\\)\|", cell)
    return [part.replace("\\|", "|").strip() for part in parts if part.strip()]


def _read_item(row: _Row, where: str, skill_id: str, number_in_skill: int) -> ItemDef:
    data: dict[str, Any] = {
        "id": row.get("id") or f"{skill_id}-{number_in_skill:02d}",
        "skill": skill_id,
        "prompt": row.get("prompt"),
        "hints": _split(row.get("hints")),
        "solution": row.get("solution"),
        "media": _split(row.get("media")),
    }
    choices, correct = _choices(row.get("choices"))
    if choices:
        data["choices"] = choices
        data["correct"] = correct
    answer = row.get("answer")
    item_type = row.get("type").lower().replace(" ", "_").replace("-", "_")
    if not item_type:
        if not answer and not choices:
            raise PackError("bad_item", "is empty: write the answer here, or fill in choices with the right ones "
                                        "marked *", f'{where}: column "answer"')
        item_type = _guess_type(answer, correct)
    elif item_type not in ITEM_TYPES:
        raise PackError("bad_item", f'"{row.get("type")}" is not an item type (use {", ".join(ITEM_TYPES)}, '
                                    "or leave it empty)", f'{where}: column "type"')
    data["type"] = item_type
    if answer:
        data["answer"] = answer.replace(",", ".") if item_type == "numeric" and _DECIMAL_COMMA.fullmatch(answer) \
            else answer
    if row.get("accept"):
        data["accept"] = _split(row.get("accept"))
    if row.get("answer_form"):
        data["answer_form"] = row.get("answer_form").lower()
    if row.get("variables"):
        data["variables"] = [v for v in re.split(r"[\s,|;]+", row.get("variables")) if v]
    if row.get("difficulty"):
        data["difficulty"] = _number(row.get("difficulty"), f'{where}: column "difficulty"')
    tolerance = 0.0
    if row.get("tolerance"):
        tolerance = read_tolerance(row.get("tolerance").replace(",", "."), f'{where}: column "tolerance"')
    try:
        return read_item(FieldReader(data, where), {}, tolerance)
    except PackError as exc:
        raise _in_column_terms(exc) from exc


def _choices(cell: str) -> tuple[list[str], list[int]]:
    choices, correct = [], []
    for index, part in enumerate(_split(cell)):
        if part.startswith("*"):
            correct.append(index)
            part = part[1:].strip()
        choices.append(part.replace("\\*", "*"))
    return choices, correct


def _guess_type(answer: str, correct: list[int]) -> str:
    """An empty type cell: stars in choices make a choice item, a number a numeric item, else short text."""
    if correct:
        return "single_choice" if len(correct) == 1 else "multiple_choice"
    candidate = answer.replace(",", ".") if _DECIMAL_COMMA.fullmatch(answer) else answer
    return "numeric" if re.fullmatch(r"-?\d+(\.\d+)?(/\d+)?", candidate) else "short_text"


def _number(cell: str, where: str) -> float:
    try:
        return float(cell.replace(",", "."))
    except ValueError as exc:
        raise PackError("schema", f'"{cell}" is not a number', where) from exc


def _in_column_terms(exc: PackError) -> PackError:
    """``lesson.csv: row 7: hint 2`` → ``lesson.csv: row 7: column "hints": hint 2``: teachers see columns."""
    match = re.match(r"(.*?: row \d+): (\w+)(\[\d+\]| \d+)?(?:: (.*))?$", exc.location)
    if not match:
        return exc
    prefix, field_name, index, rest = match.groups()
    column = _FIELD_COLUMNS.get(field_name, field_name)
    if column not in COLUMNS:
        return exc
    detail = ""
    if index:
        number = int(index.strip(" []")) + (1 if index.startswith("[") else 0)
        detail = f": {'choice' if column == 'choices' else column.rstrip('s')} {number}"
    location = f'{prefix}: column "{column}"{detail}' + (f": {rest}" if rest else "")
    return PackError(exc.code, exc.message, location)
