"""A pack from a GIFT file, the plain-text question format of Moodle.

What is read (see docs/authoring.md for examples):
- ``$CATEGORY: path/Name`` starts a skill named by the last part of the path;
- ``::title::`` gives a question's id (made from the title: ``::Add 1::`` → ``add-1``);
- ``{=right ~wrong}`` single choice, ``{~%50%a ~%50%b ~%-100%c}`` multiple answers (positive weight = right),
  ``{=a =b}`` short answer, ``{#5:0.1}`` / ``{#1..2}`` / ``{#=5:0 =%50%6}`` numeric, ``{T}`` / ``{F}`` true or false,
  text after the braces ("missing word": the blank is shown as ____);
- ``#feedback`` after an answer becomes a hint, ``####general feedback`` the solution (without one, the
  solution says the right answer);
- ``// comment`` lines are skipped; ``\\~ \\= \\# \\{ \\} \\:`` and ``\\\\`` are literal, ``\\n`` a new line;
- ``[markdown]`` and ``[plain]`` texts are kept as written; ``[html]`` is turned into plain text (tags
  dropped, never rendered); ``[moodle]`` is read as plain.
Essay (``{}``) and matching (``->``) questions can't be checked by Sabil and are refused with their line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from .errors import PackError
from .fields import FieldReader
from .limits import MAX_ITEMS, MAX_PACK_JSON_BYTES, VALIDATION_SEEDS
from .manifest_schema import read_item
from .model import ItemDef, PackManifest
from .single_file_source import SkillNamer, build_skills, collect_media, load_side_metadata, slug
from .validate import validate_manifest

_ESCAPABLE = "~=#{}:\\"
_BLANK = "____"
_TRUE_FALSE = {"t": True, "true": True, "f": False, "false": False}
_FORMAT_MARKER = re.compile(r"\s*\[(html|markdown|plain|moodle)\]", re.IGNORECASE)
_CATEGORY_PREFIXES = re.compile(r"^(\$(course|system|module|cat\d*)\$/)?(top/)?", re.IGNORECASE)
_WEIGHT = re.compile(r"%(-?\d+(?:\.\d+)?)%")
_NUMBER = r"-?\d+(?:\.\d+)?"
_TRUE_FALSE_LABELS = {
    "en": ("True", "False"), "ar": ("صحيح", "خطأ"), "fr": ("Vrai", "Faux"), "es": ("Verdadero", "Falso"),
}
_ANSWER_IS = {"en": "The answer is: {}", "ar": "الإجابة: {}", "fr": "La réponse est : {}", "es": "La respuesta es: {}"}


@dataclass(frozen=True)
class _Char:
    """One character of question text: escaped characters never act as GIFT syntax."""

    text: str
    escaped: bool
    line: int


@dataclass(frozen=True)
class _Answer:
    marker: str  # "=" or "~"
    right: bool
    weight: float | None
    text: str
    feedback: str
    line: int


def load_gift_source(path: Path, *, seeds: int = VALIDATION_SEEDS) -> tuple[PackManifest, Path | None]:
    """Read the GIFT file at ``path`` and its metadata file into a validated manifest and media folder."""
    path = Path(path)
    metadata = load_side_metadata(path)
    language = metadata.language
    namer = SkillNamer()
    items: list[ItemDef] = []
    item_lines: dict[str, int] = {}
    per_skill: dict[str, int] = {}
    for category, start, lines in _questions(_read_text(path), path.stem):
        where = f"{path.name}: line {start}"
        skill_id = namer.id_for(category, where)
        per_skill[skill_id] = per_skill.get(skill_id, 0) + 1
        data = _read_question(_chars(lines, start), where, language)
        data["skill"] = skill_id
        data.setdefault("id", f"{skill_id}-{per_skill[skill_id]:02d}")
        if data["id"] in item_lines:
            raise PackError("duplicate_id", f'the question id "{data["id"]}" is already used on line '
                                            f'{item_lines[data["id"]]}', where)
        tolerance = data.pop("tolerance", 0.0)
        items.append(read_item(FieldReader(data, where), {}, tolerance))
        item_lines[data["id"]] = start
        if len(items) > MAX_ITEMS:
            raise PackError("too_large", f"has more than {MAX_ITEMS} questions", path.name)
    if not items:
        raise PackError("schema", "has no questions", path.name)
    skills = build_skills(namer, metadata)
    media = collect_media(path.parent / "media", ())
    manifest = PackManifest(**metadata.fields, skills=skills, items=tuple(items), media=media)
    validate_manifest(
        manifest,
        item_location=lambda item_id: f'{path.name}: line {item_lines[item_id]}: question "{item_id}"',
        skill_location=lambda skill_id: namer.first_seen.get(skill_id, path.name),
        seeds=seeds,
    )
    return manifest, None


def _read_text(path: Path) -> str:
    if path.stat().st_size > MAX_PACK_JSON_BYTES:
        raise PackError("too_large", f"is larger than {MAX_PACK_JSON_BYTES // (1024 * 1024)} MB", path.name)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PackError("bad_gift", "is not UTF-8 text (save it with the UTF-8 encoding)", path.name) from exc
    if "\x00" in text:
        raise PackError("bad_gift", "is not a text file", path.name)
    return text


def _questions(text: str, default_category: str) -> list[tuple[str, int, list[str]]]:
    """(category, first line number, lines) of each question; blank lines separate questions."""
    questions: list[tuple[str, int, list[str]]] = []
    category = default_category
    current: list[str] = []
    start = 0

    def flush() -> None:
        nonlocal current
        if current:
            questions.append((category, start, current))
        current = []

    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("//"):
            continue
        if stripped.upper().startswith("$CATEGORY:"):
            flush()
            path = _CATEGORY_PREFIXES.sub("", stripped[len("$CATEGORY:"):].strip())
            category = [part for part in path.split("/") if part.strip()][-1:] or [default_category]
            category = category[0].strip()
            continue
        if not stripped:
            flush()
            continue
        if not current:
            start = number
        current.append(line)
    flush()
    return questions


def _chars(lines: list[str], first_line: int) -> list[_Char]:
    chars: list[_Char] = []
    for offset, line in enumerate(lines):
        number = first_line + offset
        index = 0
        while index < len(line):
            char = line[index]
            if char == "\\" and index + 1 < len(line) and (line[index + 1] in _ESCAPABLE or line[index + 1] == "n"):
                following = line[index + 1]
                chars.append(_Char("\n" if following == "n" else following, True, number))
                index += 2
                continue
            chars.append(_Char(char, False, number))
            index += 1
        chars.append(_Char("\n", True, number))
    return chars[:-1]


def _text(chars: list[_Char]) -> str:
    return "".join(c.text for c in chars)


def _find(chars: list[_Char], target: str, start: int = 0) -> int:
    """Index of the first unescaped ``target`` (one or more characters) at or after ``start``, or -1."""
    for index in range(start, len(chars) - len(target) + 1):
        if all(not chars[index + k].escaped and chars[index + k].text == target[k] for k in range(len(target))):
            return index
    return -1


def _read_question(chars: list[_Char], where: str, language: str) -> dict[str, Any]:
    data: dict[str, Any] = {}
    text_start = 0
    while text_start < len(chars) and chars[text_start].text.isspace():
        text_start += 1
    if _find(chars, "::", text_start) == text_start:
        title_end = _find(chars, "::", text_start + 2)
        if title_end < 0:
            raise PackError("bad_gift", "the ::title:: is not closed", where)
        title = _text(chars[text_start + 2:title_end]).strip()
        if slug(title):
            data["id"] = slug(title)
        text_start = title_end + 2
    rest = chars[text_start:]
    marker = _FORMAT_MARKER.match(_text(rest))
    text_format = "plain"
    if marker:
        text_format = marker.group(1).lower()
        rest = rest[marker.end():]
    open_at = _find(rest, "{")
    if open_at < 0:
        raise PackError("bad_gift", "has no answer in { }: Sabil can only use questions it can check", where)
    close_at = _find(rest, "}", open_at)
    if close_at < 0:
        raise PackError("bad_gift", "the { of the answers is never closed with }", _line_of(where, rest[open_at]))
    if _find(rest, "{", close_at) >= 0:
        raise PackError("bad_gift", "has two answer blocks { }; Sabil reads one per question",
                        _line_of(where, rest[close_at]))

    def plain(text: str) -> str:
        return html_to_text(text) if text_format == "html" else text.strip()

    before, after = plain(_text(rest[:open_at])), plain(_text(rest[close_at + 1:]))
    # Text after the braces makes a "missing word" question: the answer goes in the blank.
    gap = "" if after[:1] in tuple(".,;:!?؟،") else " "
    data["prompt"] = f"{before} {_BLANK}{gap}{after}".strip() if after else before
    block = rest[open_at + 1:close_at]
    block_where = _line_of(where, rest[open_at])
    general_at = _find(block, "####")
    solution = ""
    if general_at >= 0:
        solution = plain(_text(block[general_at + 4:]))
        block = block[:general_at]
    data.update(_read_answers(block, block_where, language, plain))
    display = data.pop("_display")
    data["solution"] = solution or _ANSWER_IS.get(language.split("-")[0], _ANSWER_IS["en"]).format(display)
    if not data["hints"]:
        raise PackError("bad_item", "needs at least one hint: write feedback after an answer with # "
                                    "(for example {=4 #Count on from 2.}); Sabil shows feedback as hints", block_where)
    return data


def _line_of(where: str, char: _Char) -> str:
    return f"{where.rsplit(': line', 1)[0]}: line {char.line}"


def _read_answers(block: list[_Char], where: str, language: str, plain: Any) -> dict[str, Any]:
    text = _text(block).strip()
    if not text:
        raise PackError("unsupported_question", "is an essay question ({} with nothing inside), which Sabil can't "
                                                "check", where)
    if _find(block, "->") >= 0:
        raise PackError("unsupported_question", "is a matching question (->), which Sabil does not support", where)
    first = next(c for c in block if not c.text.isspace())
    if first.text == "#" and not first.escaped:
        return _numeric(block[block.index(first) + 1:], where, plain)
    head, *feedback = _split_unescaped(block, "#")
    if _text(head).strip().lower() in _TRUE_FALSE:
        right = _TRUE_FALSE[_text(head).strip().lower()]
        labels = _TRUE_FALSE_LABELS.get(language.split("-")[0], _TRUE_FALSE_LABELS["en"])
        return {"type": "single_choice", "choices": list(labels), "correct": [0 if right else 1], "shuffle": False,
                "hints": _unique(plain(_text(f)) for f in feedback), "_display": labels[0 if right else 1]}
    answers = [_answer(part, where, plain) for part in _answer_parts(block, where)]
    hints = _unique(a.feedback for a in answers)
    if any(a.marker == "~" for a in answers):
        return _choice(answers, hints, where)
    accepted = [a.text for a in answers if a.weight is None or a.weight >= 100]
    if not accepted:
        raise PackError("bad_item", "has no fully right answer (=answer without a lower %weight%)", where)
    return {"type": "short_text", "answer": accepted[0], "accept": accepted[1:], "hints": hints,
            "_display": accepted[0]}


def _choice(answers: list[_Answer], hints: list[str], where: str) -> dict[str, Any]:
    correct = [index for index, a in enumerate(answers) if a.right]
    if not correct:
        raise PackError("bad_item", "no answer is marked right (= or a positive %weight%)", where)
    item_type = "multiple_choice" if len(correct) > 1 else "single_choice"
    return {"type": item_type, "choices": [a.text for a in answers], "correct": correct, "hints": hints,
            "_display": ", ".join(answers[i].text for i in correct)}


def _numeric(block: list[_Char], where: str, plain: Any) -> dict[str, Any]:
    text = _text(block).strip()
    if text.startswith("="):
        candidates = [_answer(part, where, str.strip) for part in _answer_parts(block, where)]
        full = [a for a in candidates if a.right and (a.weight is None or a.weight >= 100)]
        if not full:
            raise PackError("bad_item", "has no fully right numeric answer", where)
        value_text, hints = full[0].text, _unique(plain(a.feedback) for a in candidates)
    else:
        value_part, *feedback = _split_unescaped(block, "#")
        value_text, hints = _text(value_part).strip(), _unique(plain(_text(f)) for f in feedback)
    answer, tolerance = _numeric_value(value_text, where)
    display = answer if tolerance == 0 else f"{answer} ± {_decimal_text(tolerance)}"
    return {"type": "numeric", "answer": answer, "tolerance": float(tolerance), "hints": hints, "_display": display}


def _numeric_value(text: str, where: str) -> tuple[str, Fraction]:
    """``5``, ``5:0.1`` (answer and tolerance) or ``1..2`` (a range) → (answer expression, tolerance)."""
    text = text.replace(" ", "")
    if match := re.fullmatch(rf"({_NUMBER})\.\.({_NUMBER})", text):
        low, high = Fraction(match.group(1)), Fraction(match.group(2))
        if low > high:
            raise PackError("bad_item", f'the range "{text}" must be written smallest first', where)
        return _number_text((low + high) / 2), (high - low) / 2
    if match := re.fullmatch(rf"({_NUMBER})(?::({_NUMBER}))?", text):
        tolerance = Fraction(match.group(2) or "0")
        if tolerance < 0:
            raise PackError("bad_item", "a tolerance can't be negative", where)
        return match.group(1), tolerance
    raise PackError("bad_item", f'"{text}" is not a number, number:tolerance or low..high range', where)


def _number_text(value: Fraction) -> str:
    """A decimal when the value has one (the middle of 1..2 is 1.5), else a fraction (an exact expression)."""
    if value.denominator == 1:
        return str(value.numerator)
    denominator = value.denominator
    for factor in (2, 5):
        while denominator % factor == 0:
            denominator //= factor
    if denominator == 1:
        return format(value.numerator / value.denominator, "f").rstrip("0")
    return f"{value.numerator}/{value.denominator}"


def _decimal_text(value: Fraction) -> str:
    return format(float(value), "g")


def _split_unescaped(chars: list[_Char], separator: str) -> list[list[_Char]]:
    parts: list[list[_Char]] = [[]]
    for char in chars:
        if char.text == separator and not char.escaped:
            parts.append([])
        else:
            parts[-1].append(char)
    return parts


def _answer_parts(block: list[_Char], where: str) -> list[list[_Char]]:
    """Each answer from its ``=`` or ``~`` marker up to the next one."""
    parts: list[list[_Char]] = []
    for char in block:
        if not char.escaped and char.text in "=~":
            parts.append([char])
        elif parts:
            parts[-1].append(char)
        elif not char.text.isspace():
            raise PackError("bad_gift", f'"{char.text}": each answer starts with = (right) or ~ (wrong)',
                            _line_of(where, char))
    return parts


def _answer(part: list[_Char], where: str, plain: Any) -> _Answer:
    marker, body = part[0], part[1:]
    text_part, *feedback = _split_unescaped(body, "#")
    text = _text(text_part).strip()
    weight: float | None = None
    if match := _WEIGHT.match(text):
        weight = float(match.group(1))
        text = text[match.end():].strip()
    if not text:
        raise PackError("bad_item", f'an answer after "{marker.text}" is empty', _line_of(where, marker))
    right = marker.text == "=" or (weight is not None and weight > 0)
    return _Answer(marker=marker.text, right=right, weight=weight, text=plain(text), feedback=plain(_text(feedback[0])) if feedback else "",
                   line=marker.line)


def _unique(texts: Any) -> list[str]:
    return list(dict.fromkeys(t for t in texts if t))


class _TextExtractor(HTMLParser):
    """Keeps the text of HTML and nothing else; scripts and styles are dropped whole."""

    _BREAKS = {"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skipping += 1
        elif tag in self._BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skipping = max(0, self._skipping - 1)
        elif tag in self._BREAKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Plain text of an HTML fragment: tags removed, entities decoded, one blank line at most between paragraphs."""
    extractor = _TextExtractor()
    extractor.feed(markup)
    extractor.close()
    lines = [" ".join(line.split()) for line in "".join(extractor.parts).split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
