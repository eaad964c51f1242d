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


def test_first_start_shows_a_note_in_the_learners_language(qapp):
    from app.ui.first_start import show_first_start_splash
    from app.ui.language import LanguageSwitcher

    languages = LanguageSwitcher(qapp)
    try:
        languages.apply("fr")
        splash = show_first_start_splash()
        assert splash.isVisible()
        assert splash.message().startswith("Sabil se prépare pour la première fois")
        splash.close()
    finally:
        languages.apply("en")


def test_a_first_start_shows_the_note_and_a_later_start_does_not(qapp, tmp_path, monkeypatch):
    from app.services.app_services import AppServices
    from app.ui import first_start

    shown: list[bool] = []
    real = first_start.show_first_start_splash
    monkeypatch.setattr(main_window, "show_first_start_splash", lambda: shown.append(True) or real())
    monkeypatch.setattr(main_window.QApplication, "exec", lambda _self: 0)
    data_dir = tmp_path / "Sabil"
    assert main_window.run_gui(data_dir) == 0
    assert shown == [True]
    AppServices.open(data_dir).close()
    assert main_window.run_gui(data_dir) == 0
    assert shown == [True], "the note is for the first start only"
