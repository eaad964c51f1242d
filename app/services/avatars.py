"""The bundled learner avatars: SVG files in resources/avatars, identified by file stem."""

from __future__ import annotations

from pathlib import Path

from app.config import resources_dir


def avatars_dir() -> Path:
    """The folder holding the avatar SVGs."""
    return resources_dir() / "avatars"


def avatar_ids() -> list[str]:
    """Every avatar id, sorted, so pickers show them in the same order every time."""
    folder = avatars_dir()
    if not folder.is_dir():
        return []
    return sorted(p.stem for p in folder.glob("*.svg"))


def avatar_path(avatar_id: str) -> Path:
    """The SVG file of an avatar id (which must be one of avatar_ids())."""
    return avatars_dir() / f"{avatar_id}.svg"
