"""The Packs screen in teacher mode, driven like a teacher would, on real packs and folders standing for sticks."""

from __future__ import annotations

import threading
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from app.content_packs.answer_oracle import right_response
from app.content_packs.signing import generate_keypair
from app.services.errors import NotFoundError
from app.storage.models import AttemptEvent, Item, Media, Pack, PackMedia, Skill
from tests.ui.packs_helpers import MINI_ID, Sticks, build_mini, media_snapshot, open_teacher_mode


def plain(text: str) -> str:
    """Text without the Unicode isolates that keep titles' direction inside translated sentences."""
    return text.replace("\u2068", "").replace("\u2069", "")


def _card(cards: list, pack_id: str) -> object:
    found = [c for c in cards if (getattr(c, "pack", None) or c.info).id == pack_id]
    assert found, f"no card for {pack_id}"
    return found[0]


def _db_snapshot(services: object) -> dict[str, object]:
    with services.db.session() as session:
        return {
            "packs": sorted(tuple(row) for row in session.execute(select(Pack.id, Pack.version, Pack.manifest_sha256))),
            "skills": session.scalar(select(func.count()).select_from(Skill)),
            "items": session.scalar(select(func.count()).select_from(Item)),
            "media": session.scalar(select(func.count()).select_from(Media)),
            "pack_media": session.scalar(select(func.count()).select_from(PackMedia)),
        }


@pytest.fixture
def sticks(tmp_path: Path) -> Sticks:
    return Sticks(tmp_path / "drives")


def test_a_stick_with_packs_appears_when_plugged_in_and_goes_when_pulled(ui, qtbot, sticks, tmp_path):
    page = open_teacher_mode(ui, sticks)
    qtbot.waitUntil(lambda: page.drives_scanned, timeout=5000)
    assert page.drive_cards == []
    assert "No USB drive found" in page.drive_column.body.findChildren(type(page.status))[0].text()
    bundled = [card.pack.id for card in page.installed_cards]
    assert bundled, "the bundled packs are listed as installed"

    stick = sticks.folder("TEACHER USB")
    build_mini(tmp_path, stick / "mini-1.0.0.sabilpack")
    build_mini(tmp_path, stick / "packs" / "stars.sabilpack", pack_id="org.sabil.test.stars", title="Stars")
    (stick / "broken.sabilpack").write_bytes(b"this is not a zip")
    sticks.plug("TEACHER USB")
    # Nothing pokes the page: the watcher's own polling must notice the new drive.
    qtbot.waitUntil(lambda: len(page.drive_cards) == 3, timeout=6000)

    mini = _card(page.drive_cards, MINI_ID)
    assert mini.title_label.text() == "Mini test pack"
    assert "Version 1.0.0" in mini.details_label.text() and "English" in mini.details_label.text()
    assert "kB" in mini.details_label.text() or "bytes" in mini.details_label.text()
    assert mini.trust_label.text() == "⚠ Unverified: not signed"
    assert mini.status_label.text() == "New: not on this computer yet"
    assert mini.import_button is not None and mini.import_button.text() == "Import"
    broken = next(c for c in page.drive_cards if c.info.path.name == "broken.sabilpack")
    assert broken.import_button is None and broken.status_label.text()  # says why, offers no import

    # A pack copied onto the stick while it is in shows up too (the drive's folder is watched).
    build_mini(tmp_path, stick / "moon.sabilpack", pack_id="org.sabil.test.moon", title="Moon")
    qtbot.waitUntil(lambda: len(page.drive_cards) == 4, timeout=6000)

    sticks.unplug("TEACHER USB")
    qtbot.waitUntil(lambda: page.drive_cards == [], timeout=6000)


def test_import_shows_progress_and_ends_installed(ui, qtbot, sticks, tmp_path, monkeypatch):
    stick = sticks.plug("USB")
    build_mini(tmp_path, stick / "mini.sabilpack")
    page = open_teacher_mode(ui, sticks)
    qtbot.waitUntil(lambda: len(page.drive_cards) == 1, timeout=5000)
    asked: list[str] = []
    monkeypatch.setattr(page, "confirm_unsigned", lambda title, info: asked.append(title) or True)
    shown: list[tuple[int, int]] = []
    page.progress.valueChanged.connect(lambda value: shown.append((value, page.progress.maximum())))

    page.drive_cards[0].import_button.click()
    assert page.progress.isVisible() and page.cancel_button.isVisible()
    assert page.drive_cards[0].import_button.isEnabled() is False  # one import at a time
    ui.settle()

    assert asked == ["Mini test pack"]  # unsigned: the teacher was asked first
    assert shown and shown[-1][0] == shown[-1][1] > 1
    assert [value for value, _ in shown] == sorted(value for value, _ in shown)
    assert not page.progress.isVisible() and not page.cancel_button.isVisible()
    assert plain(page.status.text()) == "“Mini test pack” version 1.0.0 is installed."
    summary = ui.services.packs.get(MINI_ID)
    assert summary.version == "1.0.0" and summary.items == 10 and summary.verified is False
    qtbot.waitUntil(lambda: page.drive_cards and page.drive_cards[0].state == "installed", timeout=5000)
    installed = _card(page.installed_cards, MINI_ID)
    assert installed.trust_label.text() == "⚠ Unverified: not signed"


def test_cancel_mid_way_leaves_nothing_installed(ui, qtbot, sticks, tmp_path, monkeypatch):
    stick = sticks.plug("USB")
    build_mini(tmp_path, stick / "mini.sabilpack")
    page = open_teacher_mode(ui, sticks)
    qtbot.waitUntil(lambda: len(page.drive_cards) == 1, timeout=5000)
    monkeypatch.setattr(page, "confirm_unsigned", lambda title, info: True)
    before_db = _db_snapshot(ui.services)
    before_media = media_snapshot(ui.services.paths.media)

    # Hold the worker inside the import, just after its first real progress step, until Cancel is pressed
    # on the GUI thread: the cancel then lands mid-way every time, however fast this machine is.
    pressed = threading.Event()
    held: list[int] = []

    def hold(done: int, total: int) -> None:
        if 0 < done < total and not held:
            held.append(done)
            pressed.wait(10)

    page.drive_cards[0].import_button.click()
    page._relay.advanced.connect(hold, Qt.ConnectionType.DirectConnection)
    qtbot.waitUntil(lambda: page.progress.value() > 0, timeout=5000)
    page.cancel_button.click()
    assert plain(page.status.text()) == "Cancelling…" and not page.cancel_button.isEnabled()
    pressed.set()
    ui.settle()

    assert held, "the import never reported progress"
    assert plain(page.status.text()) == "Cancelled. Nothing was changed."
    assert _db_snapshot(ui.services) == before_db
    assert media_snapshot(ui.services.paths.media) == before_media
    with pytest.raises(NotFoundError):
        ui.services.packs.get(MINI_ID)
    qtbot.waitUntil(lambda: page.drive_cards and page.drive_cards[0].state == "new", timeout=5000)
    # And it can simply be retried.
    page.drive_cards[0].import_button.click()
    ui.settle()
    assert ui.services.packs.get(MINI_ID).version == "1.0.0"


def test_an_update_keeps_a_learners_progress(ui, qtbot, sticks, tmp_path, monkeypatch):
    old = build_mini(tmp_path, tmp_path / "old.sabilpack")
    ui.services.packs.install_file(old, allow_unsigned=True)
    learner = ui.services.learners.create("Amira", ui.services.learners.avatars()[0])
    practice = ui.services.practice
    session_id = practice.start_session(learner.id, focus_skill="count-to-10", pack_id=MINI_ID)
    for _ in range(4):
        practice.next_item(session_id)
        practice.submit(session_id, right_response(practice.shown_rendering(session_id)), 4000)
    before = {s.skill_id: (s.attempts, round(s.p_known, 9)) for s in practice.skill_map(learner.id, MINI_ID)}
    assert before["count-to-10"][0] == 4

    stick = sticks.plug("USB")
    build_mini(tmp_path, stick / "mini-1.1.0.sabilpack", version="1.1.0", extra_item=True)
    page = open_teacher_mode(ui, sticks)
    qtbot.waitUntil(lambda: len(page.drive_cards) == 1, timeout=5000)
    card = page.drive_cards[0]
    assert card.state == "update"
    assert card.status_label.text() == "Update available: version 1.0.0 is installed"
    assert card.import_button.text() == "Update"
    monkeypatch.setattr(page, "confirm_unsigned", lambda title, info: True)
    card.import_button.click()
    ui.settle()

    summary = ui.services.packs.get(MINI_ID)
    assert (summary.version, summary.items) == ("1.1.0", 11)
    after = {s.skill_id: (s.attempts, round(s.p_known, 9)) for s in practice.skill_map(learner.id, MINI_ID)}
    assert after == before
    with ui.services.db.session() as session:
        assert session.scalar(select(func.count()).select_from(AttemptEvent)) == 4


def test_an_unsigned_pack_is_imported_only_after_confirmation(ui, qtbot, sticks, tmp_path):
    stick = sticks.plug("USB")
    build_mini(tmp_path, stick / "mini.sabilpack")
    page = open_teacher_mode(ui, sticks)
    qtbot.waitUntil(lambda: len(page.drive_cards) == 1, timeout=5000)
    texts: list[str] = []

    def answer(button_text: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        texts.append(plain(box.text()))
        next(b for b in box.buttons() if b.text() == button_text).click()

    QTimer.singleShot(0, lambda: answer("Cancel"))
    page.drive_cards[0].import_button.click()
    ui.settle()
    assert "not signed by a publisher Sabil knows" in texts[0] and "Import “Mini test pack” anyway?" in texts[0]
    assert plain(page.status.text()) == "Nothing was imported."
    with pytest.raises(NotFoundError):
        ui.services.packs.get(MINI_ID)

    QTimer.singleShot(0, lambda: answer("Import anyway"))
    page.drive_cards[0].import_button.click()
    ui.settle()
    assert len(texts) == 2
    assert ui.services.packs.get(MINI_ID).verified is False


def test_a_pack_signed_by_a_trusted_key_imports_without_asking(ui, qtbot, sticks, tmp_path, monkeypatch):
    private, public = generate_keypair("Green Valley School")
    key = tmp_path / "keys" / "school.key"
    key.parent.mkdir()
    key.write_bytes(private)
    key.with_name("school.key.pub").write_bytes(public)
    stick = sticks.plug("USB")
    build_mini(tmp_path, stick / "mini.sabilpack", key_file=key)
    (stick / "school.key.pub").write_bytes(public)
    page = open_teacher_mode(ui, sticks)
    qtbot.waitUntil(lambda: len(page.drive_cards) == 1, timeout=5000)
    card = page.drive_cards[0]
    assert card.info.trust == "unknown_key"
    assert card.trust_label.text() == "⚠ Unverified: signed by a publisher Sabil does not know"
    assert "Publisher: Green Valley School" in card.details_label.text()

    page.trust_key_file(stick / "school.key.pub")
    ui.settle()
    assert plain(page.status.text()).startswith("Sabil now trusts packs signed by “Green Valley School”")
    qtbot.waitUntil(lambda: page.drive_cards and page.drive_cards[0].info.trust == "trusted", timeout=5000)
    assert page.drive_cards[0].trust_label.text() == "✓ Verified publisher"

    monkeypatch.setattr(page, "confirm_unsigned", lambda *args: pytest.fail("a trusted pack needs no confirmation"))
    page.drive_cards[0].import_button.click()
    ui.settle()
    assert ui.services.packs.get(MINI_ID).verified is True
    assert _card(page.installed_cards, MINI_ID).trust_label.text() == "✓ Verified publisher"


def test_a_tampered_pack_is_refused_with_its_reason_and_changes_nothing(ui, qtbot, sticks, tmp_path, monkeypatch):
    good = build_mini(tmp_path, tmp_path / "good.sabilpack")
    stick = sticks.plug("USB")
    tampered = stick / "mini.sabilpack"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(tampered, "w") as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.startswith("media/"):
                data = data.replace(b"circle", b"CIRCLE", 1)  # same size, different bytes: the hash no longer matches
            out.writestr(info, data)
    page = open_teacher_mode(ui, sticks)
    qtbot.waitUntil(lambda: len(page.drive_cards) == 1, timeout=5000)
    monkeypatch.setattr(page, "confirm_unsigned", lambda title, info: True)
    before_db = _db_snapshot(ui.services)
    before_media = media_snapshot(ui.services.paths.media)

    page.drive_cards[0].import_button.click()
    ui.settle()
    assert plain(page.status.text()).startswith("This pack cannot be imported: ")
    assert "Traceback" not in plain(page.status.text()) and len(plain(page.status.text())) > 40
    assert _db_snapshot(ui.services) == before_db
    assert media_snapshot(ui.services.paths.media) == before_media


def test_export_to_a_stick_then_remove_keeping_history(ui, qtbot, sticks, tmp_path):
    ui.services.packs.install_file(build_mini(tmp_path, tmp_path / "mini.sabilpack"), allow_unsigned=True)
    stick = sticks.plug("USB")
    page = open_teacher_mode(ui, sticks)
    qtbot.waitUntil(lambda: page.drives_scanned, timeout=5000)
    pack = _card(page.installed_cards, MINI_ID).pack

    page.export_pack(pack, stick)
    ui.settle()
    written = stick / f"{MINI_ID}-1.0.0.sabilpack"
    assert written.is_file()
    assert plain(page.status.text()) == f"“Mini test pack” was saved as {written}."
    qtbot.waitUntil(lambda: len(page.drive_cards) == 1, timeout=5000)
    assert page.drive_cards[0].state == "installed"
    assert ui.services.packs.inspect_file(written).version == "1.0.0"

    texts: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        texts.append(plain(box.text()))
        next(b for b in box.buttons() if b.text() == "Remove").click()

    QTimer.singleShot(0, answer)
    _card(page.installed_cards, MINI_ID).remove_button.click()
    ui.settle()
    assert "Remove “Mini test pack” from this computer?" in texts[0] and "answers so far are kept" in texts[0]
    assert plain(page.status.text()) == "“Mini test pack” was removed."
    with pytest.raises(NotFoundError):
        ui.services.packs.get(MINI_ID)
    assert all(card.pack.id != MINI_ID for card in page.installed_cards)
    qtbot.waitUntil(lambda: page.drive_cards and page.drive_cards[0].state == "new", timeout=5000)


def test_export_signed_with_a_teacher_key(ui, qtbot, sticks, tmp_path):
    ui.services.packs.install_file(build_mini(tmp_path, tmp_path / "mini.sabilpack"), allow_unsigned=True)
    private, public = generate_keypair("Ms Haddad")
    key = tmp_path / "haddad.key"
    key.write_bytes(private)
    key.with_name("haddad.key.pub").write_bytes(public)
    stick = sticks.plug("USB")
    page = open_teacher_mode(ui, sticks)
    qtbot.waitUntil(lambda: page.drives_scanned, timeout=5000)
    pack = _card(page.installed_cards, MINI_ID).pack

    page.export_pack(pack, stick, key_file=key)
    ui.settle()
    info = ui.services.packs.inspect_file(stick / f"{MINI_ID}-1.0.0.sabilpack")
    assert (info.trust, info.publisher) == ("unknown_key", "Ms Haddad")
    ui.services.packs.trust_key(key.with_name("haddad.key.pub"))
    assert ui.services.packs.inspect_file(stick / f"{MINI_ID}-1.0.0.sabilpack").trust == "trusted"


def test_an_older_version_on_a_stick_asks_before_replacing(ui, qtbot, sticks, tmp_path, monkeypatch):
    ui.services.packs.install_file(build_mini(tmp_path, tmp_path / "new.sabilpack", version="1.2.0"), allow_unsigned=True)
    stick = sticks.plug("USB")
    build_mini(tmp_path, stick / "old.sabilpack", version="1.0.0")
    page = open_teacher_mode(ui, sticks)
    qtbot.waitUntil(lambda: len(page.drive_cards) == 1, timeout=5000)
    card = page.drive_cards[0]
    assert card.state == "older"
    assert card.status_label.text() == "Older than the installed version 1.2.0"
    monkeypatch.setattr(page, "confirm_unsigned", lambda title, info: True)
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(page, "confirm_older", lambda title, version, installed: asked.append((version, installed)) or False)
    card.import_button.click()
    ui.settle()
    assert asked == [("1.0.0", "1.2.0")]
    assert plain(page.status.text()) == "Nothing was imported."
    assert ui.services.packs.get(MINI_ID).version == "1.2.0"


def test_the_export_dialog_offers_the_drives_and_exports_to_the_chosen_one(ui, qtbot, sticks, tmp_path):
    ui.services.packs.install_file(build_mini(tmp_path, tmp_path / "mini.sabilpack"), allow_unsigned=True)
    sticks.plug("FIRST")
    second = sticks.plug("SECOND")
    page = open_teacher_mode(ui, sticks)
    qtbot.waitUntil(lambda: page.drives_scanned, timeout=5000)
    seen: list[list[str]] = []

    def fill_in() -> None:
        dialog = page.export_dialog
        box = dialog.destination_box
        seen.append([box.itemText(i) for i in range(box.count())])
        box.setCurrentIndex(box.findData(str(second)))
        assert dialog.export_button.isEnabled()
        dialog.sign_box.setChecked(True)
        assert not dialog.export_button.isEnabled(), "signing needs a key file first"
        dialog.sign_box.setChecked(False)
        dialog.export_button.click()

    QTimer.singleShot(0, fill_in)
    _card(page.installed_cards, MINI_ID).export_button.click()
    ui.settle()
    assert seen and seen[0][0].startswith("FIRST") and seen[0][1].startswith("SECOND") and seen[0][2] == "Another folder…"
    assert (second / f"{MINI_ID}-1.0.0.sabilpack").is_file()
    assert not list((sticks.root / "FIRST").iterdir())
