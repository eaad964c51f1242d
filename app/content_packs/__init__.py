"""content_packs layer: the pack format — source folder → .sabilpack zip → validated manifest;
item templates and answer checking. Import the names below from here or from their modules."""

from .answer_check import CheckResult, check_answer
from .builder import build_pack
from .errors import PackError
from .media import iter_media, write_media
from .model import ItemDef, MediaEntry, PackManifest, SkillDef, manifest_from_dict, manifest_to_dict
from .reader import read_pack
from .rendered import AnswerKey, RenderedItem
from .source import load_source
from .templates import render_item

__all__ = [
    "AnswerKey", "CheckResult", "ItemDef", "MediaEntry", "PackError", "PackManifest", "RenderedItem", "SkillDef",
    "build_pack", "check_answer", "iter_media", "load_source", "manifest_from_dict", "manifest_to_dict",
    "read_pack", "render_item", "write_media",
]
