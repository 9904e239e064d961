"""Forms for JSONB objects of a few texts: an emergency contact, bank details, tax
numbers (json_shapes says what each holds)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from dicel_desktop.domain.relationships import ALSO_READ, RELATIONSHIPS, stored_word
from dicel_desktop.gui.editors.common import hold_wheel, show_read_only
from dicel_desktop.gui.editors.json_shapes import ShapeView
from dicel_desktop.gui.translations import relationship_words

__all__ = [
    "ContactView",
    "RecordView",
    "all_record_labels",
    "bank_details_view",
    "contact_view",
    "tax_info_view",
]

_SCALARS = (str, int, float, bool, type(None))


class RecordView(ShapeView):
    """An object of a few texts: one labelled line each."""

    def __init__(self, label: str, keys: list[tuple[str, str]]) -> None:
        super().__init__(label)
        self._base: dict[str, Any] = {}
        self.lines: dict[str, QLineEdit] = {}
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # As wide as the widest label of any record form: they line up in one form.
        widest = max(self.fontMetrics().horizontalAdvance(t) for t in all_record_labels())
        for key, text in keys:
            field = self._field(key)
            line = field if isinstance(field, QLineEdit) else field.findChild(QLineEdit)
            assert line is not None
            line.setAccessibleName(f"{label}: {text}")
            line.textEdited.connect(self.edited)
            field.setMaximumWidth(self.fontMetrics().horizontalAdvance("n" * 40))
            name = QLabel(text)
            name.setMinimumWidth(widest)
            name.setBuddy(field)
            layout.addRow(name, field)
            self.lines[key] = line
        self.setFocusProxy(next(iter(self.lines.values())))

    def _field(self, key: str) -> QWidget:
        """The widget that edits part ``key``: a line (a subclass may offer choices)."""
        return QLineEdit()

    def _shown(self, key: str, value: Any) -> str:
        """Part ``key`` as its line shows it."""
        return self._text(value)

    def _stored(self, key: str, text: str) -> Any:
        """What a line's ``text`` (not empty, not as loaded) stores for part ``key``."""
        return text

    def load(self, value: Any) -> bool:
        if value is not None and not isinstance(value, dict):
            return False
        base = dict(value or {})
        if any(not isinstance(base.get(key), _SCALARS) for key in self.lines):
            return False
        self._base = base
        for key, line in self.lines.items():
            line.setText(self._shown(key, base.get(key)))
            line.setCursorPosition(0)
        return True

    def says_all(self) -> bool:
        """No part but those its lines show (an emergency contact's name, relationship
        and phone, as the demo and HR write it): its JSON text is not offered beside it
        (eye33 #10: « JSON brut » stood beside one on the user form, for an office
        admin). A part some other program wrote keeps it offered to an admin."""
        return self._base.keys() <= self.lines.keys()

    def value(self) -> dict[str, Any] | None:
        result = dict(self._base)
        for key, line in self.lines.items():
            text = line.text().strip()
            if key in self._base and text == self._shown(key, self._base[key]):
                continue  # untouched: as it was, number or text
            if text:
                result[key] = self._stored(key, text)
            else:
                result.pop(key, None)
        return result or None

    def part_widget(self, part: str) -> QWidget | None:
        return self.lines.get(part)

    def shown_text(self) -> str:
        """Its lines' texts in order, parted by commas: "Alice Niyitegeka, Spouse,
        +250 724 509 260"."""
        return ", ".join(t for t in (line.text().strip() for line in self.lines.values()) if t)

    def set_read_only(self, read_only: bool) -> None:
        for line in self.lines.values():
            line.setReadOnly(read_only)
            show_read_only(line, read_only)
            choices = line.parentWidget()
            if isinstance(choices, _Choices):
                choices.set_read_only(read_only)

    @staticmethod
    def _text(value: Any) -> str:
        return "" if value is None else str(value)


class _Choices(QComboBox):
    """An editable list of words: one is picked, or another typed. Read-only, its list
    does not open (a combo box has no read-only of its own)."""

    def __init__(self, words: list[str]) -> None:
        super().__init__()
        self.setEditable(True)
        # Typed words stay typed: Enter does not add them to the list.
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItems(words)
        self.setCurrentIndex(-1)
        self.read_only = False
        # A wheel passing over it scrolls the form; focused, it turns the choice.
        hold_wheel(self)

    def set_read_only(self, read_only: bool) -> None:
        """Read-only, it looks as its read-only neighbours do: the window's background and
        no arrow. White with an arrow among greyed boxes, the user form's relationship
        looked like the one thing to change there (eye35 §6)."""
        self.read_only = read_only
        show_read_only(self, read_only)
        self.setStyleSheet(_NO_ARROW if read_only else "")

    def showPopup(self) -> None:
        if not self.read_only:
            super().showPopup()

    def wheelEvent(self, event: QWheelEvent) -> None:
        # Read-only, nothing turns its choice (review35b F4: two notches made a Father a
        # Parent and told the window it was edited); the wheel goes on to the form.
        if self.read_only:
            event.ignore()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.read_only and event.key() in _CHOOSING_KEYS:
            event.ignore()
            return
        super().keyPressEvent(event)


#: The keys a combo box changes its choice with.
_CHOOSING_KEYS = frozenset({Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown})


#: A combo box drawn as a read-only line: without its arrow (a list that does not open
#: shows none), framed and filled as the read-only boxes beside it. The whole box is
#: styled: with its drop-down alone hidden, Fusion kept an empty button at its end.
_NO_ARROW = (
    "QComboBox { border: 1px solid palette(dark); border-radius: 2px; padding: 1px 2px;"
    " background: palette(window); }"
    " QComboBox::drop-down { width: 0px; border: none; }"
)


class ContactView(RecordView):
    """An emergency contact: its relationship picked from the reader's words ("Spouse",
    « Conjoint(e) », "Uwo bashakanye"), stored as the English word each language
    reads back (``domain.relationships``), or typed. A line edited shows its new text in
    the list's word when it is one (eye34 #7)."""

    def _field(self, key: str) -> QWidget:
        if key != "relationship":
            return super()._field(key)
        choices = _Choices([relationship_words(word) for word in RELATIONSHIPS])
        # The list's pick is an edit, as a typed word is.
        choices.activated.connect(lambda _index: self.edited.emit())
        return choices

    def _shown(self, key: str, value: Any) -> str:
        if key == "relationship" and value is not None:
            return relationship_words(value)
        return super()._shown(key, value)

    def _stored(self, key: str, text: str) -> Any:
        if key != "relationship":
            return text
        # A word of the list in the reader's language, or in English: its English word.
        for word in (*RELATIONSHIPS, *ALSO_READ):
            if text.casefold() == relationship_words(word).casefold():
                return word
        return stored_word(text) or text


def _contact_keys() -> list[tuple[str, str]]:
    return [
        ("name", QCoreApplication.translate("JsonRecords", "Name")),
        ("relationship", QCoreApplication.translate("JsonRecords", "Relationship")),
        ("phone", QCoreApplication.translate("JsonRecords", "Phone")),
        ("email", QCoreApplication.translate("JsonRecords", "E-mail")),
    ]


def _bank_keys() -> list[tuple[str, str]]:
    return [
        ("bank", QCoreApplication.translate("JsonRecords", "Bank")),
        ("account_number", QCoreApplication.translate("JsonRecords", "Account number")),
        ("momo", QCoreApplication.translate("JsonRecords", "Mobile money number")),
    ]


def _tax_keys() -> list[tuple[str, str]]:
    return [
        ("tin", QCoreApplication.translate("JsonRecords", "TIN")),
        ("rssb_number", QCoreApplication.translate("JsonRecords", "RSSB number")),
    ]


def all_record_labels() -> list[str]:
    """Every line's label of every record form: one column width for all of them, so
    that an employee's bank details, tax numbers and contact line up in their form."""
    return [text for keys in (_contact_keys(), _bank_keys(), _tax_keys()) for _key, text in keys]


def contact_view(label: str) -> ShapeView:
    return ContactView(label, _contact_keys())


def bank_details_view(label: str) -> ShapeView:
    return RecordView(label, _bank_keys())


def tax_info_view(label: str) -> ShapeView:
    return RecordView(label, _tax_keys())


# --------------------------------------------------------------------------- lists
