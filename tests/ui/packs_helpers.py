"""Helpers for the teacher-mode UI tests: small real packs built from the mini fixture, sticks as folders."""

from __future__ import annotations

import shutil
from pathlib import Path

from app.content_packs.builder import build_pack
from app.services.drives import Drive

MINI_SOURCE = Path(__file__).resolve().parent.parent / "fixtures" / "packs" / "mini"
MINI_ID = "org.sabil.test.mini"
TEACHER_PASSWORD = "olive tree 7"

EXTRA_ITEM = '''
[[item]]
id = "count-after-09"
skill = "count-to-10"
type = "single_choice"
prompt = "Which number comes just after 9?"
choices = ["8", "10", "11"]
correct = [1]
hints = ["Count on from 9: nine, …"]
solution = "After 9 comes 10."
'''


def build_mini(
    tmp_path: Path,
    out: Path,
    *,
    version: str = "1.0.0",
    pack_id: str = MINI_ID,
    title: str = "Mini test pack",
    extra_item: bool = False,
    key_file: Path | None = None,
) -> Path:
    """The mini fixture pack with another version/id/title (and optionally one more item), built to ``out``."""
    folder = tmp_path / "sources" / f"{pack_id}-{version}"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(MINI_SOURCE, folder)
    meta = folder / "pack.toml"
    text = meta.read_text(encoding="utf-8")
    text = text.replace('version = "1.0.0"', f'version = "{version}"').replace(f'id = "{MINI_ID}"', f'id = "{pack_id}"')
    text = text.replace('en = "Mini test pack"', f'en = "{title}"')
    meta.write_text(text, encoding="utf-8")
    if extra_item:
        counting = folder / "items" / "01-counting.toml"
        counting.write_text(counting.read_text(encoding="utf-8") + EXTRA_ITEM, encoding="utf-8")
    return build_pack(folder, out, seeds=2, key_file=key_file)


class Sticks:
    """Folders standing for USB sticks; ``plug``/``unplug`` change what the drive provider reports."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.plugged: list[Drive] = []

    def folder(self, name: str) -> Path:
        path = self.root / name
        path.mkdir(parents=True, exist_ok=True)
        return path

    def plug(self, name: str) -> Path:
        path = self.folder(name)
        self.plugged.append(Drive(root=path, name=name))
        return path

    def unplug(self, name: str) -> None:
        self.plugged = [d for d in self.plugged if d.name != name]

    def __call__(self) -> list[Drive]:
        return list(self.plugged)


def media_snapshot(media_root: Path) -> dict[str, int]:
    """Every file under the media folder (temporary ones too) with its size."""
    return {str(p.relative_to(media_root)): p.stat().st_size for p in sorted(media_root.rglob("*")) if p.is_file()}


def open_teacher_mode(ui: object, sticks: Sticks | None = None) -> object:
    """Press "For teachers and parents", set (or type) the password, and return the Packs page."""
    window = ui.window
    if sticks is not None:
        window.teacher.packs.set_drive_provider(sticks)
    window.picker.teacher_button.click()
    ui.settle()
    gate = window.teacher_gate
    gate.password.setText(TEACHER_PASSWORD)
    if gate.setting_password:
        gate.repeat.setText(TEACHER_PASSWORD)
    gate.open_button.click()
    ui.settle()
    assert window.stack.currentWidget() is window.teacher
    ui.settle()
    return window.teacher.packs
