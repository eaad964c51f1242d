"""Fixtures for the bundled "Numbers and operations" pack: its manifest and every template rendered.

Rendering 200 seeds of every template takes about a minute on a slow machine, so it is done once
per test session and shared by all the checks that read it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.config import resources_dir
from app.content_packs.model import ItemDef, PackManifest
from app.content_packs.rendered import RenderedItem
from app.content_packs.source import load_source
from app.content_packs.templates import render_item

PACK_DIR = resources_dir() / "packs" / "numbers-and-operations"
SEEDS = 200


@pytest.fixture(scope="session")
def pack_dir() -> Path:
    return PACK_DIR


@pytest.fixture(scope="session")
def manifest() -> PackManifest:
    return load_source(PACK_DIR)


@pytest.fixture(scope="session")
def items_by_id(manifest: PackManifest) -> dict[str, ItemDef]:
    return {item.id: item for item in manifest.items}


@pytest.fixture(scope="session")
def rendered(manifest: PackManifest) -> dict[str, list[RenderedItem]]:
    """Every item rendered: templates for seeds 0..199, fixed items once."""
    return {
        item.id: [render_item(item, seed) for seed in range(SEEDS if item.params else 1)]
        for item in manifest.items
    }
