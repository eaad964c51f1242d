"""pack.json against its published JSON Schema (``pack_schema.json``, draft 2020-12).

The schema is the format's contract for authors and other tools; the reader checks it before the
field-by-field reading so that both always agree on what a pack.json may hold. A schema failure
becomes a PackError with a sentence a teacher can act on and the field's path, e.g.
``pack.json: items[12].hints``. The schema carries two annotations of its own (other validators
ignore them): ``x-sabil-messages`` (keyword → sentence) and ``x-sabil-code`` / ``x-sabil-codes``
(the PackError code, so the codes are the same as the field reader's: ``missing_field``,
``unknown_field``, ``bad_id``, ``bad_item``, ``too_large``, ``unsupported_format``, else ``schema``).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

from .errors import PackError
from .model import FORMAT_VERSION

try:  # a compiled validator: ~100x faster on a 20,000-item pack.json than the pure-Python one
    import jsonschema_rs
except ImportError:  # pragma: no cover - the pure-Python validator gives the same answers, slowly
    jsonschema_rs = None

log = logging.getLogger(__name__)

SCHEMA_RESOURCE = "pack_schema.json"
_MAX_VALUE_SHOWN = 40  # characters of an offending value quoted in a message
_KINDS = {"string": "text", "integer": "a whole number", "number": "a number", "array": "a list",
          "object": "a table of fields", "boolean": "true or false", "null": "nothing"}
_DEFAULT_CODES = {"required": "missing_field", "additionalProperties": "unknown_field"}


@dataclass(frozen=True)
class SchemaFailure:
    """One schema violation, in the same terms whichever validator found it.

    ``instance_path`` leads from the document to the failing value (for ``propertyNames``, to the
    object; ``key`` is then the offending key); ``schema_path`` leads from the schema's root to
    the failing ``keyword``; ``schema`` is the subschema holding that keyword.
    """

    instance_path: tuple[str | int, ...]
    schema_path: tuple[str | int, ...]
    keyword: str
    schema: Mapping[str, Any]
    instance: Any
    key: str | None = None


def schema_text() -> str:
    """The published schema, exactly as shipped (docs/pack.schema.json is a copy of it)."""
    return resources.files(__package__).joinpath(SCHEMA_RESOURCE).read_text(encoding="utf-8")


@cache
def pack_schema() -> Mapping[str, Any]:
    """The parsed schema (read once per process)."""
    schema: Mapping[str, Any] = json.loads(schema_text())
    return schema


@cache
def python_validator() -> Draft202012Validator:
    """The pure-Python validator of the schema (built once: building compiles the schema)."""
    # Imported here: the reference validator is only needed for the rare errors the compiled one
    # can't word, and importing it costs every start of the app a tenth of a second.
    from jsonschema import Draft202012Validator

    return Draft202012Validator(pack_schema())


@cache
def _compiled_validator() -> Any:
    return jsonschema_rs.validator_for(pack_schema()) if jsonschema_rs is not None else None


def check_pack_json(document: Any) -> None:
    """Raise PackError for the first way ``document`` (parsed pack.json) breaks the schema."""
    _check_format_version(document)
    try:
        failure = first_failure(document)
    except (KeyError, IndexError, TypeError, StopIteration):
        # The compiled validator described an error in a shape this module does not map: ask the reference one.
        log.warning("could not map a jsonschema_rs error; using the pure-Python validator", exc_info=True)
        failure = first_failure(document, engine="python")
    if failure is None:
        return
    try:
        error = failure_to_error(failure)
    except (KeyError, IndexError, TypeError, StopIteration, ValueError):
        log.warning("could not word a schema error at %s", failure.instance_path, exc_info=True)
        error = PackError("schema", "this part of pack.json does not follow the pack format", _location(
            list(failure.instance_path)))
    raise error


def first_failure(document: Any, *, engine: str = "fastest") -> SchemaFailure | None:
    """The first schema violation in ``document``, or None; ``engine`` is "fastest", "compiled" or "python"."""
    compiled = _compiled_validator() if engine in ("fastest", "compiled") else None
    if engine == "compiled" and compiled is None:
        raise RuntimeError("jsonschema_rs is not installed")
    if compiled is not None:
        error = next(iter(compiled.iter_errors(document)), None)
        return None if error is None else _from_compiled(error, document)
    python_error = next(python_validator().iter_errors(document), None)
    return None if python_error is None else _from_python(python_error, document)


def _from_python(error: ValidationError, document: Any) -> SchemaFailure:
    schema = error.schema if isinstance(error.schema, Mapping) else {}
    instance_path = tuple(error.absolute_path)
    if "propertyNames" in error.relative_schema_path:
        # jsonschema checks a key as an instance of its own; report the object and name the key
        return SchemaFailure(instance_path, tuple(error.absolute_schema_path), str(error.validator), schema,
                             _value_at(document, instance_path), str(error.instance))
    return SchemaFailure(instance_path, tuple(error.absolute_schema_path), str(error.validator), schema,
                         error.instance)


def _from_compiled(error: Any, document: Any) -> SchemaFailure:
    schema_path = tuple(error.schema_path)
    instance_path = tuple(error.instance_path)
    instance = _value_at(document, instance_path)
    if "propertyNames" in schema_path:
        names_at = schema_path.index("propertyNames")
        names_schema = _resolve_path(schema_path[: names_at + 1])
        from jsonschema import Draft202012Validator

        key = next(str(name) for name in instance if not Draft202012Validator(names_schema).is_valid(name))
        return SchemaFailure(instance_path, schema_path, str(schema_path[-1]), _resolve_path(schema_path[:-1]),
                             instance, key)
    return SchemaFailure(instance_path, schema_path, str(schema_path[-1]), _resolve_path(schema_path[:-1]), instance)


def _value_at(document: Any, path: Iterable[str | int]) -> Any:
    value = document
    for part in path:
        value = value[part]
    return value


def _check_format_version(document: Any) -> None:
    # A pack of another format version may differ anywhere; saying "newer Sabil needed" beats the first mismatch.
    if not isinstance(document, dict):
        return
    version = document.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version != FORMAT_VERSION:
        raise PackError("unsupported_format", f"this version of Sabil reads packs of format {FORMAT_VERSION}, "
                                              f"not {version}; a newer Sabil may be needed", "pack.json: format_version")


def failure_to_error(failure: SchemaFailure) -> PackError:
    """The PackError (code, sentence, location) for one schema violation."""
    path = list(failure.instance_path)
    keyword = failure.keyword
    schema = failure.schema
    value = failure.key if failure.key is not None else failure.instance
    field = _field_name(path)
    if keyword == "required":
        missing = next(name for name in schema["required"] if name not in failure.instance)
        path.append(missing)
        field = _field_name(path)
        value = None
    elif keyword == "additionalProperties":
        known = schema.get("properties", {})
        value = next(str(name) for name in failure.instance if name not in known)
        path.append(value)
    elif failure.key is not None:
        path.append(failure.key)
    code = _code(failure, keyword, schema)
    template = schema.get("x-sabil-messages", {}).get(keyword)
    if template is not None:
        message = template.format(field=field, value=_shown(value), missing=field)
    else:
        message = _default_message(keyword, field, value, schema)
    return PackError(code, message, _location(path))


def _code(failure: SchemaFailure, keyword: str, schema: Mapping[str, Any]) -> str:
    specific = schema.get("x-sabil-codes", {}).get(keyword)
    if specific:
        return str(specific)
    inherited = _inherited_code(failure.schema_path)
    if inherited:
        return inherited
    if keyword == "type" and failure.instance is None and failure.instance_path \
            and isinstance(failure.instance_path[-1], str):
        return "missing_field"  # the reader treats null as absent, and this field is required
    return _DEFAULT_CODES.get(keyword, "schema")


def _inherited_code(schema_path: Iterable[str | int]) -> str | None:
    """The innermost ``x-sabil-code`` on the way from the schema's root to the failing keyword."""
    code = None
    for node in _walk(schema_path):
        if isinstance(node, Mapping):
            code = node.get("x-sabil-code", code)
    return code


def _resolve_path(schema_path: Iterable[str | int]) -> Any:
    """The subschema at ``schema_path`` from the root."""
    *_, last = _walk(schema_path)
    return last


def _walk(schema_path: Iterable[str | int]) -> Iterable[Any]:
    root = pack_schema()
    node: Any = root
    yield node
    for key in schema_path:
        if isinstance(node, Mapping) and key not in node and "$ref" in node:
            node = _resolve_ref(node["$ref"])  # the Python validator leaves "$ref" out of its schema paths
        if isinstance(node, Mapping) and key in node:
            node = node[key]
        elif isinstance(node, list) and isinstance(key, int) and 0 <= key < len(node):
            node = node[key]
        else:
            raise KeyError(f"the schema has no {key!r} here")
        yield node


def _resolve_ref(ref: str) -> Any:
    node: Any = pack_schema()
    for part in ref.removeprefix("#/").split("/"):
        node = node[part]
    return node


def _default_message(keyword: str, field: str, value: Any, schema: Mapping[str, Any]) -> str:
    expected = schema.get(keyword)
    if keyword == "type":
        kinds = [expected] if isinstance(expected, str) else list(expected or ())
        wanted = " or ".join(_KINDS.get(kind, kind) for kind in kinds if kind != "null")
        if value is None:
            return f"{field} is missing"
        return f"{field} must be {wanted}, found {_kind(value)}"
    if keyword == "required":
        return f"{field} is missing"
    if keyword == "additionalProperties":
        known = ", ".join(sorted(schema.get("properties", {})))
        return f'"{value}" is not a known field (known: {known})'
    if keyword == "maxLength":
        return f"{field} is longer than {expected} characters"
    if keyword == "minLength":
        return f"{field} is shorter than {expected} characters"
    if keyword == "pattern":
        return f'{field} "{_shown(value)}" is not in the expected form'
    if keyword in ("maxItems", "maxProperties"):
        return f"{field} has more than {expected} entries"
    if keyword in ("minItems", "minProperties"):
        return f"{field} needs at least {expected} entries"
    if keyword == "uniqueItems":
        return f"{field} lists the same value twice"
    if keyword == "enum":
        allowed = ", ".join(str(option) for option in expected if option is not None)
        return f'{field} cannot be "{_shown(value)}" (use {allowed})'
    if keyword == "const":
        return f"{field} must be {expected}"
    if keyword in ("minimum", "maximum"):
        return f"{field} must be between {_number(schema.get('minimum'))} and {_number(schema.get('maximum'))}"
    return f"{field} is not allowed here"


def _field_name(path: Sequence[Any]) -> str:
    """The last named field with any indices after it: ``hints``, ``hints[1]``, ``items[12]``."""
    if not path:
        return "pack.json"
    name = ""
    for part in reversed(path):
        if isinstance(part, int):
            name = f"[{part}]{name}"
        else:
            return f"{part}{name}"
    return name


def _location(path: Sequence[Any]) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return f"pack.json: {text}" if text else "pack.json"


def _shown(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= _MAX_VALUE_SHOWN else text[: _MAX_VALUE_SHOWN - 1] + "…"


def _number(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table of fields"
    return "nothing"
