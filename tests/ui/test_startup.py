"""Starting the app on a folder that cannot be written shows a readable message, not a traceback."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from app.ui import main_window


def test_unwritable_data_dir_gives_a_friendly_message(qapp, tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    data_dir = blocker / "Sabil"
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, title, text: shown.append((title, text)))
    assert main_window.run_gui(data_dir) == 1
    ((title, text),) = shown
    assert title == "Sabil cannot start"
    assert str(data_dir) in text
    assert "Traceback" not in text
