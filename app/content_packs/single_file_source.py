"""What a one-file pack source (a CSV spreadsheet, a GIFT file) needs from beside it.

A spreadsheet can't hold a pack's metadata, so it comes from a small TOML file next to the source:
``<stem>.toml`` (``lesson.toml`` for ``lesson.csv``) or else ``pack.toml``. Only ``id`` and
``title`` are required there; the rest has defaults (see ``METADATA_DEFAULTS``). The same file may
hold ``[[skill]]`` tables that give skills named in the source their titles in other languages,
descriptions, prerequisites and mastery rules. Media files are looked up in ``media/`` beside the
source, and only the ones items name are put in the pack.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import PackError
from .fields import ID_PATTERN, FieldReader
from .limits import MAX_ID_LENGTH, MAX_MEDIA_FILE_BYTES, MAX_PACK_JSON_BYTES
from .manifest_schema import METADATA_FIELDS, read_metadata, read_skill
from .media import media_entry_for, media_name_problem
from .model import FORMAT_VERSION, MediaEntry, SkillDef

# Everything except id and title may be left out of the metadata file of a CSV or GIFT source.
METADATA_DEFAULTS: dict[str, Any] = {
    "format_version": FORMAT_VERSION,
    "version": "1.0.0",
    "language": "en",
    "licence": "All rights reserved",
    "authors": [],
    "subjects": [],
}
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass
class SideMetadata:
    """The metadata file beside a one-file source: pack fields plus optional skill details by id."""

    fields: dict[str, Any]
    file_name: str
    skills: dict[str, Mapping[str, Any]] = field(default_factory=dict)

    @property
    def language(self) -> str:
        return str(self.fields["language"])


def metadata_file_for(source: Path) -> Path | None:
    """``<stem>.toml`` beside the source, else ``pack.toml`` beside it, else None."""
    for candidate in (source.with_suffix(".toml"), source.parent / "pack.toml"):
        if candidate.is_file():
            return candidate
    return None


def load_side_metadata(source: Path) -> SideMetadata:
    """Read and check the metadata file of ``source``; a missing file or id/title is a PackError."""
    path = metadata_file_for(source)
    if path is None:
        raise PackError(
            "source_missing",
            f'needs a metadata file beside it, "{source.stem}.toml" or "pack.toml", with at least an id and a title '
            '(for example: id = "org.myschool.fractions" and title = "Fractions")',
            source.name,
        )
    if path.stat().st_size > MAX_PACK_JSON_BYTES:
        raise PackError("too_large", "is too large", path.name)
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except tomllib.TOMLDecodeError as exc:
        raise PackError("bad_toml", f"is not valid TOML: {exc}", path.name) from exc
    except UnicodeDecodeError as exc:
        raise PackError("bad_toml", "is not UTF-8 text", path.name) from exc
    raw_skills = document.pop("skill", [])
    data = {**METADATA_DEFAULTS, **document}
    for key in ("id", "title"):
        if key not in document:
            raise PackError("missing_field", f'"{key}" is missing: every pack needs an id and a title', path.name)
    language = data.get("language")
    for key in ("title", "description"):
        # A plain text title is in the pack's language: title = "Fractions" means { en = "Fractions" }.
        if isinstance(data.get(key), str) and isinstance(language, str):
            data[key] = {language: data[key]}
    reader = FieldReader(data, path.name)
    reader.reject_unknown((*METADATA_FIELDS, "skill"))
    metadata = read_metadata(reader)
    return SideMetadata(fields=metadata, file_name=path.name, skills=_skill_tables(raw_skills, path.name))


def _skill_tables(raw: Any, file_name: str) -> dict[str, Mapping[str, Any]]:
    if not isinstance(raw, list):
        raise PackError("schema", "write each skill as a [[skill]] table", file_name)
    tables: dict[str, Mapping[str, Any]] = {}
    for number, table in enumerate(raw, start=1):
        if not isinstance(table, Mapping) or not isinstance(table.get("id"), str):
            raise PackError("schema", "every [[skill]] table needs an id", f"{file_name}: skill {number}")
        if table["id"] in tables:
            raise PackError("duplicate_id", "this skill is described twice", f'{file_name}: skill "{table["id"]}"')
        tables[table["id"]] = table
    return tables


def slug(text: str) -> str:
    """An id made from a title: ``"Adding fractions"`` → ``adding-fractions`` ("" when no Latin letters)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return _NOT_SLUG.sub("-", ascii_text).strip("-")[:MAX_ID_LENGTH].strip("-")


class SkillNamer:
    """Turns the skill names written in a source into skill ids, in order of first appearance.

    A name that is already a valid id is used as is; otherwise the id is made from it
    (``"Adding fractions"`` → ``adding-fractions``), or ``skill-3`` for a name with no Latin letters.
    The name itself becomes the skill's title in the pack's language.
    """

    def __init__(self) -> None:
        self.ids: dict[str, str] = {}  # name as written → id
        self.titles: dict[str, str] = {}  # id → title
        self.first_seen: dict[str, str] = {}  # id → where it first appeared

    def id_for(self, name: str, where: str) -> str:
        name = " ".join(name.split())
        if name in self.ids:
            return self.ids[name]
        skill_id = name if ID_PATTERN.fullmatch(name) and len(name) <= MAX_ID_LENGTH else slug(name)
        if not skill_id or skill_id in self.titles:
            skill_id = f"{skill_id or 'skill'}-{len(self.ids) + 1}"
        self.ids[name] = skill_id
        self.titles[skill_id] = name
        self.first_seen[skill_id] = where
        return skill_id

    def lookup(self, name: str) -> str | None:
        """The id of a skill named ``name`` (as written, or by its id), or None."""
        name = " ".join(name.split())
        if name in self.ids:
            return self.ids[name]
        return name if name in self.titles else None


def build_skills(
    namer: SkillNamer,
    metadata: SideMetadata,
    *,
    titles: Mapping[str, str] | None = None,
    prerequisites: Mapping[str, Iterable[str]] | None = None,
) -> tuple[SkillDef, ...]:
    """The pack's skills in order of first appearance, merged with the metadata file's [[skill]] tables.

    ``titles`` and ``prerequisites`` (by skill id) come from the source itself (CSV columns); a
    ``[[skill]]`` table in the metadata file adds to them, its own fields winning.
    """
    unknown = sorted(set(metadata.skills) - set(namer.titles))
    if unknown:
        raise PackError("unknown_skill", f'describes the skill "{unknown[0]}", which no item uses',
                        f"{metadata.file_name}: skill")
    skills = []
    for skill_id, name in namer.titles.items():
        title = (titles or {}).get(skill_id) or name
        data: dict[str, Any] = {
            "id": skill_id,
            "title": {metadata.language: title},
            "prerequisites": list((prerequisites or {}).get(skill_id, ())),
        }
        table = metadata.skills.get(skill_id, {})
        for key, value in table.items():
            if key == "title" and isinstance(value, Mapping):
                data["title"] = {**data["title"], **value}
            elif key == "title" and isinstance(value, str):
                data["title"] = {metadata.language: value}
            else:
                data[key] = value
        where = f'{metadata.file_name}: skill "{skill_id}"' if table else namer.first_seen[skill_id]
        skills.append(read_skill(FieldReader(data, where)))
    return tuple(skills)


def collect_media(folder: Path, names: Iterable[tuple[str, str]]) -> tuple[MediaEntry, ...]:
    """Manifest entries for the media files items name, read from ``folder`` (``media/`` beside the source).

    ``names`` holds (file name, where it was named) pairs; a bad or missing file is reported there.
    """
    entries: dict[str, MediaEntry] = {}
    for name, where in names:
        if name in entries:
            continue
        problem = media_name_problem(name)
        if problem:
            raise PackError("unsafe_name", f'the media file name "{name}" {problem}', where)
        path = folder / name
        if path.is_symlink() or not path.is_file():
            raise PackError("missing_media", f'the media file "{name}" is not in the folder {folder}', where)
        if path.stat().st_size > MAX_MEDIA_FILE_BYTES:
            raise PackError("too_large", f'the media file "{name}" is larger than '
                                         f"{MAX_MEDIA_FILE_BYTES // (1024 * 1024)} MB", where)
        entries[name] = media_entry_for(name, path.read_bytes())
    return tuple(entries[name] for name in sorted(entries))
