"""Editors of a choice: yes or no (BOOL), one of an enum's values (CHOICE), a currency
code (CURRENCY)."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.editors.common import (
    SwitchingEditor,
    chars_width,
    hold_wheel,
    may_be_empty,
    yes_no,
)
from dicel_desktop.gui.translations import tr_choice
from dicel_desktop.services.forms import FieldSpec

__all__ = ["CURRENCIES", "BoolEditor", "ChoiceEditor", "CurrencyEditor"]

#: Offered first: the company's currency, then those it deals in most (the region's,
#: the big international ones), then other ISO 4217 codes seen in trade with Rwanda.
#: Any other three-letter code may still be typed.
CURRENCIES = (
    "RWF", "USD", "EUR", "KES", "UGX", "TZS", "GBP",
    "BIF", "CDF", "ZAR", "ETB", "SSP", "ZMW", "MWK", "NGN", "GHS", "XAF", "XOF",
    "AED", "CNY", "INR", "JPY", "CHF", "CAD", "SEK", "AUD",
)  # fmt: skip


class BoolEditor(SwitchingEditor):
    """A check box; a column that may be NULL and has no default gets a third state,
    "not set", and then says in words which state it is in."""

    def __init__(self, field: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.check = QCheckBox()
        self.check.setTristate(may_be_empty(field))
        self.check.clicked.connect(self._on_check_clicked)
        self.set_input(self.check)
        self._label_state()

    def value(self) -> bool | None:
        state = self.check.checkState()
        if state == Qt.CheckState.PartiallyChecked:
            return None
        return state == Qt.CheckState.Checked

    def set_value(self, value: Any) -> None:
        if value is None:
            state = Qt.CheckState.PartiallyChecked if self.check.isTristate() else None
            state = state or Qt.CheckState.Unchecked
        else:
            state = Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        self.check.setCheckState(state)
        self._label_state()
        self.refresh_display()

    def display_text(self) -> str:
        return yes_no(self.value())

    @slot_while_whole(keeps="check")
    def _on_check_clicked(self) -> None:
        self._label_state()
        self.edited.emit()

    def _label_state(self) -> None:
        if not self.check.isTristate():
            return  # a plain check box speaks for itself
        value = self.value()
        self.check.setText(self.tr("Not set") if value is None else yes_no(value))


class ChoiceEditor(SwitchingEditor):
    """A combo of the enum's labels; the value is the enum's value. A field that may be
    empty offers an empty entry; a required one without default starts on "Choose…" so
    nothing is chosen for the person. Read-only (a state only a workflow moves) it shows
    the label."""

    def __init__(self, field: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.combo = QComboBox()
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setMaximumWidth(self.fontMetrics().horizontalAdvance("n" * 40))
        if may_be_empty(field):
            self.combo.addItem("", None)
        else:
            self.combo.setPlaceholderText(self.tr("Choose…"))
        for choice in field.choices or ():
            if choice.value in field.step_only:
                continue  # a step writes it (Mark won…): shown when held, never offered
            self.combo.addItem(self._label(choice), choice.value)
        self.combo.setCurrentIndex(0 if may_be_empty(field) else -1)
        self.combo.activated.connect(self._on_combo_activated)
        hold_wheel(self.combo)
        self.set_input(self.combo)

    def value(self) -> str | None:
        if self.combo.currentIndex() < 0:
            return None
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value) if value is not None else self.combo.findData(None)
        if index < 0 and value is not None:
            # A value a step wrote, in its words; or one the enum no longer knows (older
            # data): shown as it is, kept as it is.
            known = {c.value: c for c in self.field.choices or ()}
            self.combo.addItem(self._label(known[value]) if value in known else str(value), value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)
        self.refresh_display()

    def display_text(self) -> str:
        return self.combo.currentText() if self.combo.currentIndex() >= 0 else ""

    def _label(self, choice: Any) -> str:
        return tr_choice(self.field.table, getattr(choice, "label", str(choice.value)))

    @slot_while_whole(int, keeps="combo")
    def _on_combo_activated(self, _index: int) -> None:
        self.edited.emit()


class _CurrencyValidator(QValidator):
    """Letters only, at most three, upper-cased as they are typed."""

    def validate(self, text: str, pos: int) -> Any:  # Qt override
        upper = text.upper()
        if re.fullmatch(r"[A-Z]{0,3}", upper):
            state = QValidator.State.Acceptable if len(upper) == 3 else None
            return (state or QValidator.State.Intermediate, upper, pos)
        return (QValidator.State.Invalid, text, pos)


class CurrencyEditor(SwitchingEditor):
    """An ISO 4217 code: the usual ones to pick from (RWF first), any other typed."""

    def __init__(self, field: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.addItems(CURRENCIES)
        self.combo.lineEdit().setValidator(_CurrencyValidator(self.combo))
        self.combo.lineEdit().textEdited.connect(self._on_text_edited)
        self.combo.activated.connect(self._on_combo_activated)
        self.combo.setCurrentIndex(-1)
        self.combo.setEditText("")
        self.combo.setFixedWidth(chars_width(self.combo, "WWW", 28))
        hold_wheel(self.combo)
        self.set_input(self.combo)

    def value(self) -> str | None:
        text = self.combo.currentText().strip().upper()
        return text or None

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value).strip().upper()
        index = self.combo.findText(text) if text else -1
        self.combo.setCurrentIndex(index)
        self.combo.setEditText(text)
        self.refresh_display()

    @slot_while_whole(str, keeps="combo")
    def _on_text_edited(self, _text: str) -> None:
        self.edited.emit()

    @slot_while_whole(int, keeps="combo")
    def _on_combo_activated(self, _index: int) -> None:
        self.edited.emit()
