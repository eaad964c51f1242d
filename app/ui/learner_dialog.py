"""Create or edit a learner: name, picture, optional 4-digit PIN, language and text size."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.digits import to_latin_digits
from app.ui.images import avatar_icon, icon_size
from app.ui.signals import emit
from app.ui.validation_messages import validation_message
from app.ui.worker import ServiceWorker

AVATAR_SIZE = 52
AVATAR_COLUMNS = 6
# Language names are written in their own language, so a parent can find theirs whatever the UI shows.
LANGUAGE_NAMES = (("en", "English"), ("ar", "العربية"), ("fr", "Français"), ("es", "Español"))
TEXT_SIZE_CODES = ("normal", "large", "extra_large")


class LearnerDialog(QDialog):
    """A modal form; saving runs on the database worker and the dialog closes only when the service accepts.

    ``saved(LearnerProfile)`` is emitted with the created or updated learner.
    """

    saved = Signal(object)

    def __init__(
        self,
        worker: ServiceWorker,
        learner_service: object,
        avatars: Sequence[str],
        learner: object | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._service = learner_service
        self._learner = learner
        self.saved_profile: object | None = None
        self.setModal(True)

        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(60)
        self.avatar_group = QButtonGroup(self)
        self.avatar_group.setExclusive(True)
        self.avatar_buttons: dict[str, QToolButton] = {}
        avatar_grid = QGridLayout()
        avatar_grid.setSpacing(6)
        for index, avatar in enumerate(avatars):
            button = QToolButton()
            button.setObjectName("avatarChoice")
            button.setCheckable(True)
            button.setIcon(avatar_icon(avatar, AVATAR_SIZE, avatar))
            button.setIconSize(icon_size(AVATAR_SIZE))
            button.setAccessibleName(avatar.replace("-", " ").replace("_", " "))
            button.setToolTip(button.accessibleName())
            button.setProperty("avatar", avatar)
            self.avatar_group.addButton(button, index)
            self.avatar_buttons[avatar] = button
            avatar_grid.addWidget(button, index // AVATAR_COLUMNS, index % AVATAR_COLUMNS)

        pin_validator = QRegularExpressionValidator(QRegularExpression("[0-9٠-٩۰-۹]{0,4}"), self)
        self.pin_edit = QLineEdit()
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setValidator(pin_validator)
        self.pin_confirm_edit = QLineEdit()
        self.pin_confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_confirm_edit.setValidator(pin_validator)
        self.language_combo = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language_combo.addItem(name, code)
        self.text_size_combo = QComboBox()
        for code in TEXT_SIZE_CODES:
            self.text_size_combo.addItem("", code)

        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        self.save_button = QPushButton()
        self.save_button.setObjectName("primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton()
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)

        self.form = QFormLayout()
        self.name_label = QLabel()
        self.avatar_label = QLabel()
        self.pin_label = QLabel()
        self.pin_confirm_label = QLabel()
        self.language_label = QLabel()
        self.text_size_label = QLabel()
        for label, field in (
            (self.name_label, self.name_edit),
            (self.avatar_label, avatar_grid),
            (self.pin_label, self.pin_edit),
            (self.pin_confirm_label, self.pin_confirm_edit),
            (self.language_label, self.language_combo),
            (self.text_size_label, self.text_size_combo),
        ):
            if isinstance(field, QWidget):
                label.setBuddy(field)
            self.form.addRow(label, field)
        self.remove_pin_check = QCheckBox()
        self.remove_pin_check.setVisible(learner is not None and bool(getattr(learner, "has_pin", False)))
        self.pin_note = QLabel()
        self.pin_note.setObjectName("note")
        self.pin_note.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.pin_note)
        layout.addWidget(self.remove_pin_check)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

        self._fill_from(learner)
        self.retranslate()
        self.name_edit.setFocus()

    def retranslate(self) -> None:
        """Set every visible string in the current UI language."""
        editing = self._learner is not None
        self.setWindowTitle(self.tr("Edit learner") if editing else self.tr("New learner"))
        self.name_label.setText(self.tr("&Name"))
        self.avatar_label.setText(self.tr("Picture"))
        self.pin_label.setText(self.tr("&PIN (optional)"))
        self.pin_confirm_label.setText(self.tr("PIN &again"))
        self.language_label.setText(self.tr("&Language"))
        self.text_size_label.setText(self.tr("&Text size"))
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.pin_edit.setAccessibleName(self.tr("PIN, 4 digits, optional"))
        self.pin_confirm_edit.setAccessibleName(self.tr("PIN again"))
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.text_size_combo.setAccessibleName(self.tr("Text size"))
        sizes = (self.tr("Normal"), self.tr("Large"), self.tr("Extra large"))
        for index, text in enumerate(sizes):
            self.text_size_combo.setItemText(index, text)
        if editing and getattr(self._learner, "has_pin", False):
            self.pin_note.setText(self.tr("Leave the PIN empty to keep the current one."))
        else:
            self.pin_note.setText(self.tr("A PIN keeps brothers and sisters out of each other's work."))
        self.remove_pin_check.setText(self.tr("Remove the PIN"))
        self.remove_pin_check.setAccessibleName(self.tr("Remove the PIN"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save learner"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_from(self, learner: object | None) -> None:
        if learner is None:
            first = next(iter(self.avatar_buttons.values()), None)
            if first is not None:
                first.setChecked(True)
            self.text_size_combo.setCurrentIndex(TEXT_SIZE_CODES.index("large"))
            return
        self.name_edit.setText(learner.display_name)
        button = self.avatar_buttons.get(learner.avatar)
        if button is not None:
            button.setChecked(True)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(learner.language)))
        self.text_size_combo.setCurrentIndex(max(0, self.text_size_combo.findData(learner.text_size)))

    def selected_avatar(self) -> str:
        """The avatar name of the checked picture ('' if none)."""
        button = self.avatar_group.checkedButton()
        return str(button.property("avatar")) if button is not None else ""

    def select_avatar(self, avatar: str) -> None:
        """Check the picture for ``avatar``."""
        self.avatar_buttons[avatar].setChecked(True)

    def show_error(self, code: str) -> None:
        """Show the translated message for a validation code."""
        self.error_label.setText(validation_message(code))
        self.error_label.setVisible(True)

    def save(self) -> None:
        """Validate what the service cannot see (PIN typed twice), then create or update on the worker."""
        pin = to_latin_digits(self.pin_edit.text())
        if pin != to_latin_digits(self.pin_confirm_edit.text()):
            self.show_error("pin_mismatch")
            return
        if pin and len(pin) != 4:
            self.show_error("bad_pin")
            return
        fields = {
            "display_name": self.name_edit.text().strip(),
            "avatar": self.selected_avatar(),
            "language": self.language_combo.currentData(),
            "text_size": self.text_size_combo.currentData(),
        }
        service = self._service
        if self._learner is None:
            def call() -> object:
                return service.create(pin=pin or None, **fields)
        else:
            learner_id = self._learner.id
            if pin:
                fields["pin"] = pin
            elif self.remove_pin_check.isChecked():
                fields["pin"] = None

            def call() -> object:
                return service.update(learner_id, **fields)
        self.save_button.setEnabled(False)
        self.error_label.setVisible(False)
        self._worker.run(call, self._on_saved, self._on_failed)

    def _on_saved(self, profile: object) -> None:
        self.saved_profile = profile
        self.save_button.setEnabled(True)
        emit(self.saved, profile)
        self.accept()

    def _on_failed(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        self.show_error(str(getattr(error, "code", "")))
