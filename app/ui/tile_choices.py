"""Choice items shown as big tiles in one row: pictures ("Which picture is the cat?") or letters.

In a pack, a choice whose text is exactly the name of a picture in the item's ``media`` list is
that picture (docs/pack-format.md, "Pictures and sound"); the shuffle and the answer check work on
the choice texts as for any other choice. Very short choices (a letter, a short word such as "b" or
"ق") become large tiles too: a small letter at the start of a wide button is hard for a young reader
to see, and a row leaves room for the feedback on a 600-pixel screen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from app.ui.answer_inputs import AnswerInput, ChoiceButton, ChoiceInput, make_answer_input
from app.ui.item_media import describe, is_picture, item_media, picture_label
from app.ui.signals import emit

# Choices up to this many characters (and without maths) are shown as letter tiles.
SHORT_CHOICE = 3
MAX_TILES = 4


def picture_choice_paths(item: object) -> list[str] | None:
    """The stored picture of each choice, in the shown order, or None unless every choice is a picture."""
    media = item_media(item)
    choices = getattr(item, "choices", ())
    if not choices or len(choices) > MAX_TILES or not all(is_picture(c) and c in media for c in choices):
        return None
    return [media[c] for c in choices]


def are_short_choices(choices: Sequence[str]) -> bool:
    """True when every choice is a few letters of plain text ("b", "ق", "ox").

    Numbers keep the usual buttons: maths items line their answers up the same way everywhere.
    """
    return 0 < len(choices) <= MAX_TILES and all(
        0 < len(c.strip()) <= SHORT_CHOICE and all(ch.isalpha() for ch in c.strip()) for c in choices
    )


class TileButton(ChoiceButton):
    """A choice button whose face is one big centred widget; the number keeps its corner for 1–9."""

    def __init__(self, number: int, face: QWidget, spoken: str, parent: QWidget | None = None) -> None:
        super().__init__(number, "", 12, parent)
        layout = self.layout()
        layout.removeWidget(self.text_view)
        self.text_view.setVisible(False)
        self.face = face
        face.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout.addStretch(1)
        layout.addWidget(face)
        layout.addStretch(1)
        layout.addSpacing(self.number_label.minimumWidth())
        self._accessible = f"{number}: {spoken}"
        self.setAccessibleName(self._accessible)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = self.layout().sizeHint()
        return QSize(hint.width(), max(64, hint.height()))


def letter_label(text: str, point_size: int) -> QLabel:
    """A short choice as large plain text (never rich text: pack text is inert)."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text.strip())
    # The size goes in the label's own style sheet: the app's style sheet would override a QFont.
    label.setStyleSheet(f"font-size: {point_size * 2}pt; font-weight: bold; background: transparent; border: none;")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class TileChoiceInput(ChoiceInput):
    """single_choice / multiple_choice over tiles, all in one row so they fit a 600-pixel screen."""

    def __init__(self, tiles: Sequence[tuple[QWidget, str]], multiple: bool, parent: QWidget | None = None) -> None:
        super().__init__([], multiple, 12, parent)
        grid: QGridLayout = self.layout()
        grid.setSpacing(16)
        for index, (face, spoken) in enumerate(tiles):
            button = TileButton(index + 1, face, spoken)
            self.group.addButton(button, index)
            button.toggled.connect(lambda _on: emit(self.changed))
            grid.addWidget(button, 0, index)
            self.buttons.append(button)


def make_item_input(item: object, point_size: int, picture_size: int) -> AnswerInput:
    """The answer input for a presented item: tiles for picture or very short choices, else the usual."""
    if item.type not in ("single_choice", "multiple_choice"):
        return make_answer_input(item.type, item.choices, point_size)
    multiple = item.type == "multiple_choice"
    paths = picture_choice_paths(item)
    if paths is not None:
        tiles = [(picture_label(p, picture_size, describe(c)), describe(c)) for c, p in zip(item.choices, paths,
                                                                                             strict=True)]
        return TileChoiceInput(tiles, multiple)
    if are_short_choices(item.choices):
        return TileChoiceInput([(letter_label(c, point_size), c) for c in item.choices], multiple)
    return make_answer_input(item.type, item.choices, point_size)
