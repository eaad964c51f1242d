"""Field-by-field reading of skills, items and pack metadata, shared by pack.json and the TOML source.

Both inputs have the same shape except two fields: ``params`` (a TOML table, or a JSON list of
[name, expression] pairs that keeps its order) and ``tolerance`` (an expression in TOML, a number in
JSON); callers pass those in already read.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from .errors import PackError
from .fields import ID_PATTERN, LANGUAGE_PATTERN, NAME_PATTERN, PACK_ID_PATTERN, SEMVER_PATTERN, FieldReader
from .limits import (
    MAX_ACCEPT,
    MAX_CHOICES,
    MAX_CONSTRAINTS,
    MAX_EXPRESSION_LENGTH,
    MAX_HINTS,
    MAX_ID_LENGTH,
    MAX_ITEMS,
    MAX_LIST_LENGTH,
    MAX_PARAMS,
    MAX_SKILLS,
    MAX_TEXT_LENGTH,
    MAX_TITLE_LENGTH,
)
from .model import (
    ANSWER_FORMS,
    FORMAT_VERSION,
    ITEM_TYPES,
    MASTERY_KINDS,
    ItemDef,
    MediaEntry,
    PackManifest,
    SkillDef,
)

METADATA_FIELDS = ("format_version", "id", "version", "title", "description", "language", "licence", "authors",
                   "subjects", "age_range")
SKILL_FIELDS = ("id", "title", "description", "prerequisites", "mastery")
ITEM_FIELDS = ("id", "skill", "type", "prompt", "answer", "choices", "correct", "hints", "solution", "params",
               "constraints", "tolerance", "accept", "answer_form", "difficulty", "media", "shuffle", "variables")
MAX_VARIABLES = 10
FUNCTION_NAMES = ("randint", "choice", "gcd", "lcm", "abs", "min", "max", "floor", "ceil", "round", "frac", "dec",
                  "tex", "mixed", "digit", "str")


def read_metadata(fields: FieldReader) -> dict[str, Any]:
    """The pack-level fields, as keyword arguments for PackManifest."""
    version = fields.integer("format_version")
    if version != FORMAT_VERSION:
        raise fields.error("format_version", f"this version of Sabil reads packs of format {FORMAT_VERSION}, "
                                             f"not {version}; a newer Sabil may be needed", "unsupported_format")
    age_range = None
    if fields.has("age_range"):
        ages = fields.int_list("age_range", 2)
        if len(ages) != 2 or not 0 <= ages[0] <= ages[1] <= 120:
            raise fields.error("age_range", "must be two ages, youngest first, like [6, 12]")
        age_range = (ages[0], ages[1])
    return {
        "format_version": version,
        "id": fields.identifier("id", PACK_ID_PATTERN),
        "version": fields.text("version", 64, pattern=SEMVER_PATTERN, pattern_help="use a version like 1.0.0"),
        "title": fields.language_map("title", MAX_TITLE_LENGTH),
        "description": fields.language_map("description", MAX_TEXT_LENGTH, required=False),
        "language": fields.text("language", 35, pattern=LANGUAGE_PATTERN, pattern_help="use a code like en or ar"),
        "licence": fields.text("licence", 200),
        "authors": fields.text_list("authors", MAX_LIST_LENGTH, MAX_TITLE_LENGTH),
        "subjects": fields.text_list("subjects", MAX_LIST_LENGTH, MAX_TITLE_LENGTH),
        "age_range": age_range,
    }


def read_skill(fields: FieldReader) -> SkillDef:
    """One skill table; the mastery rule, when given, is checked against the engine's rule kinds."""
    fields.reject_unknown(SKILL_FIELDS)
    skill_id = fields.identifier("id")
    return SkillDef(
        id=skill_id,
        title=fields.language_map("title", MAX_TITLE_LENGTH),
        description=fields.language_map("description", MAX_TEXT_LENGTH, required=False),
        prerequisites=fields.text_list("prerequisites", MAX_LIST_LENGTH, 80),
        mastery=_read_mastery(fields),
    )


def _read_mastery(fields: FieldReader) -> dict[str, Any] | None:
    table = fields.table("mastery")
    if table is None:
        return None
    rule = FieldReader(table, f"{fields.where}: mastery", fields.code)
    rule.reject_unknown(("kind", "m", "n", "threshold", "min_attempts"))
    kind = rule.text("kind", 20)
    if kind not in MASTERY_KINDS:
        raise rule.error("kind", f'"{kind}" is not a mastery rule (use {", ".join(MASTERY_KINDS)})')
    result: dict[str, Any] = {"kind": kind}
    if kind == "n_in_a_row":
        result["n"] = rule.integer("n", low=1, high=50)
    elif kind == "m_of_n":
        result["n"] = rule.integer("n", low=1, high=50)
        result["m"] = rule.integer("m", low=1, high=result["n"])
    else:
        if rule.has("threshold"):
            result["threshold"] = rule.real("threshold", low=0.5, high=0.999)
    if rule.has("min_attempts"):
        result["min_attempts"] = rule.integer("min_attempts", low=0, high=100)
    return result


def read_item(fields: FieldReader, params: dict[str, str], tolerance: float) -> ItemDef:
    """One item table, with the per-type rules (choices and correct indices, answers, hints, solution)."""
    fields.reject_unknown(ITEM_FIELDS)
    item_type = fields.text("type", 30)
    if item_type not in ITEM_TYPES:
        raise fields.error("type", f'"{item_type}" is not an item type (use {", ".join(ITEM_TYPES)})', "bad_item")
    answer_form = fields.text("answer_form", 20, required=False, default="any")
    if answer_form not in ANSWER_FORMS:
        raise fields.error("answer_form", f'"{answer_form}" is not an answer form (use {", ".join(ANSWER_FORMS)})',
                           "bad_item")
    item = ItemDef(
        id=fields.identifier("id"),
        skill_id=fields.text("skill", 80),
        type=item_type,
        prompt=fields.text("prompt", MAX_TEXT_LENGTH),
        answer=fields.text("answer", MAX_TEXT_LENGTH, required=False),
        choices=fields.text_list("choices", MAX_CHOICES, MAX_TEXT_LENGTH),
        correct=fields.int_list("correct", MAX_CHOICES),
        hints=fields.text_list("hints", MAX_HINTS, MAX_TEXT_LENGTH),
        solution=fields.text("solution", MAX_TEXT_LENGTH, required=False),
        params=params,
        constraints=fields.text_list("constraints", MAX_CONSTRAINTS, MAX_EXPRESSION_LENGTH),
        tolerance=tolerance,
        accept=fields.text_list("accept", MAX_ACCEPT, MAX_TEXT_LENGTH),
        answer_form=answer_form,
        difficulty=fields.real("difficulty", low=-10.0, high=10.0),
        media=fields.text_list("media", MAX_LIST_LENGTH, 255),
        shuffle=fields.boolean("shuffle", True),
        variables=fields.text_list("variables", MAX_VARIABLES, 1),
    )
    _check_item_rules(item, fields)
    return item


def _check_item_rules(item: ItemDef, fields: FieldReader) -> None:
    def bad(key: str, message: str) -> PackError:
        return fields.error(key, message, "bad_item")

    if not item.prompt.strip():
        raise bad("prompt", "is empty")
    if not item.hints:
        raise bad("hints", "every item needs at least one hint")
    if not item.solution.strip():
        raise bad("solution", "every item needs a solution")
    if item.type in ("single_choice", "multiple_choice"):
        if len(item.choices) < 2:
            raise bad("choices", "a choice item needs at least two choices")
        if not item.correct:
            raise bad("correct", "says which choices are right and must not be empty")
        if len(set(item.correct)) != len(item.correct):
            raise bad("correct", "lists the same choice twice")
        for index in item.correct:
            if not 0 <= index < len(item.choices):
                raise bad("correct", f"{index} is not a choice number (choices are numbered from 0 to "
                                     f"{len(item.choices) - 1})")
        if item.type == "single_choice" and len(item.correct) != 1:
            raise bad("correct", "a single_choice item has exactly one correct choice")
        if item.answer or item.accept:
            raise bad("answer", f"is not used by {item.type} items (use choices and correct)")
    else:
        if not item.answer.strip():
            raise bad("answer", f"a {item.type} item needs an answer")
        if item.choices or item.correct:
            raise bad("choices", f"is not used by {item.type} items")
    if item.type != "numeric" and (item.answer_form != "any" or item.tolerance != 0):
        raise bad("answer_form", f"answer_form and tolerance are only used by numeric items, not {item.type}")
    if item.type != "short_text" and item.accept:
        raise bad("accept", "is only used by short_text items")
    if item.variables and item.type != "expression":
        raise bad("variables", "is only used by expression items")
    for index, name in enumerate(item.variables):
        if not name.isalpha():
            raise bad(f"variables[{index}]", f'"{name}" is not a variable: use single letters like x or y')
    if len(set(item.variables)) != len(item.variables):
        raise bad("variables", "lists the same letter twice")


def check_params(params: Mapping[str, Any], where: str) -> dict[str, str]:
    """Parameter names are simple identifiers (not function names); expressions are text."""
    if len(params) > MAX_PARAMS:
        raise PackError("bad_item", f"has more than {MAX_PARAMS} parameters", f"{where}: params")
    result: dict[str, str] = {}
    for name, expr in params.items():
        if not isinstance(name, str) or not NAME_PATTERN.fullmatch(name) or len(name) > 30:
            raise PackError("bad_item", f'"{name}" is not a parameter name (letters and digits, starting with a letter)',
                            f"{where}: params")
        if name in FUNCTION_NAMES:
            raise PackError("bad_item", f'"{name}" is the name of a function and cannot be a parameter',
                            f"{where}: params")
        if name in result:
            raise PackError("bad_item", f'"{name}" is defined twice', f"{where}: params")
        if not isinstance(expr, str):
            raise PackError("schema", "must be an expression in quotes, like \"randint(1, 9)\"",
                            f"{where}: params.{name}")
        result[name] = expr
    return result


def read_manifest(data: Any) -> PackManifest:
    """pack.json, parsed: every field present with the right type; see model.manifest_from_dict."""
    top = FieldReader(data, "pack.json")
    top.reject_unknown((*METADATA_FIELDS, "skills", "items", "media", "learner_model"))
    metadata = read_metadata(top)
    skills = tuple(read_skill(FieldReader(raw, f"pack.json: skills[{i}]"))
                   for i, raw in enumerate(_array(top, "skills", MAX_SKILLS)))
    items = tuple(_read_json_item(raw, i) for i, raw in enumerate(_array(top, "items", MAX_ITEMS)))
    media = tuple(_read_media_entry(raw, i) for i, raw in enumerate(_array(top, "media", 100_000, required=False)))
    learner_model = read_learner_model(data.get("learner_model"), "pack.json: learner_model")
    return PackManifest(**metadata, skills=skills, items=items, media=media, learner_model=learner_model)


def read_learner_model(raw: Any, where: str) -> dict[str, Any] | None:
    """Shipped learner-model parameters, checked by the engine's own parser; None when absent."""
    if raw is None:
        return None
    # Loaded only for a pack that ships parameters: the engine's model needs numpy.
    from app.engine.learner_model.params import LearnerModelParams

    try:
        LearnerModelParams.from_dict(raw)
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise PackError("bad_learner_model", f"the learner model parameters are not valid ({exc})", where) from exc
    return dict(raw)


def _array(fields: FieldReader, key: str, max_items: int, required: bool = True) -> list[Any]:
    if not fields.has(key):
        if required:
            raise fields.error(key, "is missing", "missing_field")
        return []
    value = fields.data[key]
    if not isinstance(value, list):
        raise fields.error(key, "must be a list")
    if len(value) > max_items:
        raise fields.error(key, f"has more than {max_items} entries", "too_large")
    return value


def read_pack_item(raw: Any, where: str) -> ItemDef:
    """One item object of pack.json read (and checked) as ``read_manifest`` reads it; PackError at ``where``."""
    plain = _plain_json_item(raw, where)
    return plain if plain is not None else _read_json_item_fields(raw, where)


def _read_json_item(raw: Any, index: int) -> ItemDef:
    where = f"pack.json: items[{index}]"
    plain = _plain_json_item(raw, where)
    return plain if plain is not None else _read_json_item_fields(raw, where)


def _read_json_item_fields(raw: Any, where: str) -> ItemDef:
    """One pack.json item read field by field, every problem worded with its field."""
    fields = FieldReader(raw, where)
    pairs = fields.data.get("params") or []
    params: dict[str, str] = {}
    if pairs:  # most items have no parameters
        if not isinstance(pairs, list) or not all(isinstance(p, list) and len(p) == 2 for p in pairs):
            raise fields.error("params", "must be a list of [name, expression] pairs")
        names = [p[0] for p in pairs]
        if not all(isinstance(name, str) for name in names):  # a list or table as a name would not be hashable
            raise fields.error("params", "parameter names must be text, like \"a\"", "bad_item")
        if len(set(names)) != len(names):
            raise fields.error("params", "defines a parameter twice", "bad_item")
        params = check_params(dict((p[0], p[1]) for p in pairs), where)
    tolerance = fields.real("tolerance", low=0.0, high=1e12)
    if math.isnan(tolerance):
        raise fields.error("tolerance", "must be a number")
    return read_item(fields, params, tolerance)


_ITEM_FIELD_SET = frozenset(ITEM_FIELDS)
_ITEM_TYPE_SET = frozenset(ITEM_TYPES)
_ANSWER_FORM_SET = frozenset(ANSWER_FORMS)


def _plain_json_item(raw: Any, where: str) -> ItemDef | None:
    """A pack.json item read without a FieldReader call per field, or None when anything is unusual.

    The common item (no parameters, every field of the right type and within its limits) costs a
    third of the field-by-field reading, which is a quarter of validating a 20,000-item pack. On
    anything else — a missing field, a wrong type, a NUL, a length over a limit, parameters — this
    gives up and the FieldReader reads the item and words the error, so both ways accept exactly
    the same items (tests/content_packs/test_plain_item_reader.py compares them).
    """
    if type(raw) is not dict or not raw.keys() <= _ITEM_FIELD_SET or raw.get("params"):
        return None
    get = raw.get
    item_id, item_type, answer_form = get("id"), get("type"), get("answer_form")
    if answer_form is None:
        answer_form = "any"
    if (type(item_id) is not str or len(item_id) > MAX_ID_LENGTH or ID_PATTERN.fullmatch(item_id) is None
            or type(item_type) is not str or item_type not in _ITEM_TYPE_SET
            or type(answer_form) is not str or answer_form not in _ANSWER_FORM_SET):
        return None
    skill, prompt = get("skill"), get("prompt")
    answer, solution = get("answer"), get("solution")
    answer = "" if answer is None else answer
    solution = "" if solution is None else solution
    if not (_plain_text(skill, 80) and _plain_text(prompt, MAX_TEXT_LENGTH) and _plain_text(answer, MAX_TEXT_LENGTH)
            and _plain_text(solution, MAX_TEXT_LENGTH)):
        return None
    choices = _plain_texts(get("choices"), MAX_CHOICES, MAX_TEXT_LENGTH)
    hints = _plain_texts(get("hints"), MAX_HINTS, MAX_TEXT_LENGTH)
    constraints = _plain_texts(get("constraints"), MAX_CONSTRAINTS, MAX_EXPRESSION_LENGTH)
    accept = _plain_texts(get("accept"), MAX_ACCEPT, MAX_TEXT_LENGTH)
    media = _plain_texts(get("media"), MAX_LIST_LENGTH, 255)
    variables = _plain_texts(get("variables"), MAX_VARIABLES, 1)
    correct = get("correct")
    correct = () if correct is None else correct
    if (choices is None or hints is None or constraints is None or accept is None or media is None
            or variables is None or type(correct) is not list and correct != ()
            or len(correct) > MAX_CHOICES or any(type(index) is not int for index in correct)):
        return None
    tolerance = _plain_number(get("tolerance"), 0.0, 1e12)
    difficulty = _plain_number(get("difficulty"), -10.0, 10.0)
    shuffle = get("shuffle")
    shuffle = True if shuffle is None else shuffle
    if tolerance is None or difficulty is None or type(shuffle) is not bool:
        return None
    item = ItemDef(
        id=item_id, skill_id=skill, type=item_type, prompt=prompt, answer=answer, choices=choices,
        correct=tuple(correct), hints=hints, solution=solution, params={}, constraints=constraints,
        tolerance=tolerance, accept=accept, answer_form=answer_form, difficulty=difficulty, media=media,
        shuffle=shuffle, variables=variables,
    )
    _check_item_rules(item, FieldReader(raw, where))
    return item


def _plain_text(value: Any, max_length: int) -> bool:
    return type(value) is str and len(value) <= max_length and "\x00" not in value


def _plain_texts(value: Any, max_items: int, max_length: int) -> tuple[str, ...] | None:
    if value is None:
        return ()
    if type(value) is not list or len(value) > max_items:
        return None
    for text in value:
        if type(text) is not str or len(text) > max_length:
            return None
    return tuple(value)


def _plain_number(value: Any, low: float, high: float) -> float | None:
    if value is None:
        return 0.0  # FieldReader.real's default
    if type(value) is not int and type(value) is not float or not low <= value <= high:
        return None
    return float(value)


def _read_media_entry(raw: Any, index: int) -> MediaEntry:
    fields = FieldReader(raw, f"pack.json: media[{index}]")
    fields.reject_unknown(("path", "sha256", "size"))
    sha = fields.text("sha256", 64)
    if len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
        raise fields.error("sha256", "must be 64 lower-case hexadecimal characters")
    return MediaEntry(path=fields.text("path", 255), sha256=sha, size=fields.integer("size", low=0, high=2**40))
