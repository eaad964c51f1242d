"""content_packs layer: the pack format — source folder → .sabilpack zip → validated manifest;
item templates and answer checking. Import the names below from here or from their modules.

The names are loaded on first use (PEP 562): importing one module of the layer, as
``sabil pack import`` does, must not pay for the builder, the source readers and the answer
checker it never calls.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .answer_check import CheckResult, check_answer
    from .builder import build_pack
    from .errors import PackError
    from .media import iter_media, write_media
    from .model import ItemDef, MediaEntry, PackManifest, SkillDef, manifest_from_dict, manifest_to_dict
    from .reader import read_pack
    from .rendered import AnswerKey, RenderedItem
    from .source import load_source
    from .templates import render_item

_WHERE = {
    "CheckResult": "answer_check", "check_answer": "answer_check", "build_pack": "builder", "PackError": "errors",
    "iter_media": "media", "write_media": "media", "ItemDef": "model", "MediaEntry": "model",
    "PackManifest": "model", "SkillDef": "model", "manifest_from_dict": "model", "manifest_to_dict": "model",
    "read_pack": "reader", "AnswerKey": "rendered", "RenderedItem": "rendered", "load_source": "source",
    "render_item": "templates",
}

__all__ = [
    "AnswerKey", "CheckResult", "ItemDef", "MediaEntry", "PackError", "PackManifest", "RenderedItem", "SkillDef",
    "build_pack", "check_answer", "iter_media", "load_source", "manifest_from_dict", "manifest_to_dict",
    "read_pack", "render_item", "write_media",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
