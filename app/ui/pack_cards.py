"""One content pack as a card on the Packs screen: an installed pack, or a pack file found on a drive.

Every card says the same things the same way: the title in the UI language, then version, language,
size and publisher, then whether the pack is verified (signed by a publisher Sabil trusts) — in
words and a symbol, never colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.locale_text import isolate, parts_joined
from app.ui.signals import emit
from app.ui.titles import localized
from app.ui.wrapped_text import wrap_inside

# Cards are not translated by their own class name: both kinds share the "PackCard" context.
_CTX = "PackCard"


def size_text(size_bytes: int, language: str) -> str:
    """A file size as a person reads it ("2.4 MB"), in the UI language's digits and units."""
    return QLocale(language).formattedDataSize(max(0, int(size_bytes)), 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def language_name(code: str) -> str:
    """A pack language's name in the UI language; other languages by their own name ("Türkçe")."""
    known = {
        "en": QCoreApplication.translate(_CTX, "English"),
        "ar": QCoreApplication.translate(_CTX, "Arabic"),
        "fr": QCoreApplication.translate(_CTX, "French"),
        "es": QCoreApplication.translate(_CTX, "Spanish"),
    }
    base = code.split("-")[0].split("_")[0].lower()
    if base in known:
        return known[base]
    locale = QLocale(code)
    if not code or locale.language() == QLocale.Language.C:
        return code or "?"
    # Isolated, so a right-to-left name does not reorder the rest of a left-to-right line (or vice versa).
    return isolate(locale.nativeLanguageName() or code)


def sentence(text: str) -> str:
    """A service's message as a sentence: first letter capitalised (messages are written to follow "file: ")."""
    return text[:1].upper() + text[1:] if text else text


def details_text(version: str, language_code: str, size_bytes: int, publisher: str | None, ui_language: str) -> str:
    """"Version 1.2.0 · English · 2.4 MB · Publisher: Sabil" in the UI language.

    The parts are joined as a status line's are (``parts_joined``): in Arabic by the Arabic comma, since a
    middle dot beside the size's Arabic-Indic digits reads as a zero ("٣٩٥٫٠ · ..." looks like ٣٩٥٫٠٠).
    """
    parts = [
        QCoreApplication.translate(_CTX, "Version %1").replace("%1", version),
        language_name(language_code),
        size_text(size_bytes, ui_language),
        QCoreApplication.translate(_CTX, "Publisher: %1").replace("%1", publisher) if publisher else QCoreApplication.translate(_CTX, "No publisher"),
    ]
    return parts_joined(parts, ui_language)


def trust_text(trust: str) -> str:
    """The badge for a pack's trust: ✓ verified, or what is missing."""
    return {
        "trusted": QCoreApplication.translate(_CTX, "✓ Verified publisher"),
        "unknown_key": QCoreApplication.translate(_CTX, "⚠ Unverified: signed by a publisher Sabil does not know"),
        "unsigned": QCoreApplication.translate(_CTX, "⚠ Unverified: not signed"),
        "bad_signature": QCoreApplication.translate(_CTX, "✗ Damaged or changed: the signature does not match"),
        "invalid": QCoreApplication.translate(_CTX, "✗ Not a pack Sabil can use"),
    }.get(trust, trust)


class _Card(QFrame):
    """The shared frame: title, a details line, a trust line, a status line and action buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        # Lines stay inside the card right to left too (wrap_inside): Arabic details once lost an edge.
        self.title_label = wrap_inside(QLabel())
        # Fonts, not per-widget stylesheets: 50 cards with their own stylesheets take a quarter of a
        # second more to show on an old PC.
        bold = self.title_label.font()
        bold.setBold(True)
        self.title_label.setFont(bold)
        self.details_label = self._note()
        self.trust_label = self._note()
        self.status_label = self._note()
        self.status_label.setVisible(False)
        # The trust badge shares its row with the buttons: two cards more fit on a 600-pixel screen.
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.trust_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        for label in (self.title_label, self.details_label, self.status_label):
            layout.addWidget(label)
        layout.addLayout(self.buttons)

    @staticmethod
    def _note() -> QLabel:
        label = wrap_inside(QLabel())  # plain text: pack text is untrusted, never rich text
        label.setObjectName("note")
        return label

    def _button(self, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible)
        button.setAutoDefault(True)
        self.buttons.addWidget(button)
        return button


class InstalledPackCard(_Card):
    """An installed pack (a PackSummary) with Export and Remove."""

    export_requested = Signal(object)
    remove_requested = Signal(object)

    def __init__(self, pack: object, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pack = pack
        title = localized(pack.title, language) or pack.id
        self.title_label.setText(title)
        self.details_label.setText(details_text(pack.version, pack.language, pack.size_bytes, pack.publisher, language))
        if getattr(pack, "source", "file") == "bundled":
            self.trust_label.setText(QCoreApplication.translate(_CTX, "✓ Comes with Sabil"))
        else:
            self.trust_label.setText(trust_text("trusted" if pack.verified else "unsigned"))
        self.export_button = self._button(QCoreApplication.translate(_CTX, "Export…"), QCoreApplication.translate(_CTX, "Export %1 to a drive").replace("%1", title))
        self.remove_button = self._button(QCoreApplication.translate(_CTX, "Remove"), QCoreApplication.translate(_CTX, "Remove %1 from this computer").replace("%1", title))
        self.export_button.clicked.connect(lambda: emit(self.export_requested, self.pack))
        self.remove_button.clicked.connect(lambda: emit(self.remove_requested, self.pack))
        self.setAccessibleName(f"{title}: {self.details_label.text()}")


class DrivePackCard(_Card):
    """A pack file on a drive (a PackFileInfo): its state against what is installed, and Import."""

    import_requested = Signal(object)

    def __init__(self, info: object, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = info
        usable = info.trust not in ("bad_signature", "invalid")
        title = localized(info.title, language) or info.id or info.path.name
        self.title_label.setText(title)
        if usable:
            self.details_label.setText(
                details_text(info.version, info.language, info.size_bytes, info.publisher, language)
            )
        elif title != info.path.name:
            self.details_label.setText(info.path.name)
        else:
            self.details_label.setVisible(False)
        self.trust_label.setText(trust_text(info.trust))
        self.state = self._state(info) if usable else "unusable"
        status = {
            "new": QCoreApplication.translate(_CTX, "New: not on this computer yet"),
            "installed": QCoreApplication.translate(_CTX, "Installed"),
            "update": QCoreApplication.translate(_CTX, "Update available: version %1 is installed").replace("%1", info.installed_version or ""),
            "older": QCoreApplication.translate(_CTX, "Older than the installed version %1").replace("%1", info.installed_version or ""),
            "unusable": sentence(info.problem or ""),
        }[self.state]
        self.status_label.setText(status)
        self.status_label.setVisible(bool(status))
        if not usable:
            self.status_label.setObjectName("error")
        self.import_button: QPushButton | None = None
        if self.state in ("new", "update", "older"):
            text = QCoreApplication.translate(_CTX, "Update") if self.state == "update" else QCoreApplication.translate(_CTX, "Import")
            self.import_button = self._button(text, QCoreApplication.translate(_CTX, "Import %1 from the drive").replace("%1", title))
            self.import_button.clicked.connect(lambda: emit(self.import_requested, self.info))
        self.setAccessibleName(f"{title}: {status}")

    @staticmethod
    def _state(info: object) -> str:
        if info.installed_version is None:
            return "new"
        if info.installed_version == info.version:
            return "installed"
        return "update" if info.update_available else "older"
