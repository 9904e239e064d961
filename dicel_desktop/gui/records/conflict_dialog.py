"""Someone saved the record while you were editing it: their values and yours, field by
field, and a choice: take theirs, keep yours, or go back to the form.

Only the fields that differ are listed. Keeping yours saves your values over theirs
(the database still decides: a record that has meanwhile been approved refuses it);
taking theirs reloads the form with their version; cancelling leaves the form as it is.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dicel_desktop.domain.tables import in_sentence
from dicel_desktop.gui.records.values import FieldDisplay
from dicel_desktop.services.forms import FormSpec
from dicel_desktop.services.records import Record


class Choice(Enum):
    THEIRS = "theirs"
    MINE = "mine"
    CANCEL = "cancel"


class ConflictDialog(QDialog):
    #: The person chose (a ``Choice``); the dialog then closes.
    chosen = Signal(object)

    def __init__(
        self,
        spec: FormSpec,
        theirs: Record,
        mine: Mapping[str, Any],
        mine_names: Mapping[str, str | None],
        *,
        can_keep_mine: bool,
        said: str = "",
        parent: QWidget | None = None,
    ) -> None:
        """``said``: the refusal's sentence (who saved it, and when, where the reader may
        see the record's history)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.choice = Choice.CANCEL
        #: The record as saved by the other person, and what this person typed.
        self.theirs, self.mine = theirs, mine
        display = FieldDisplay()
        self.differences = [
            name
            for name, value in mine.items()
            if name in spec.fields and theirs.values.get(name) != value
        ]
        text = said or self.tr("Someone else saved this %1 while you were editing it.").replace(
            "%1", in_sentence(spec.record_title)
        )
        intro = self.intro = QLabel(text + " " + self.tr("Nothing has been overwritten."))
        intro.setWordWrap(True)

        self.table = QTableWidget(len(self.differences), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Theirs"), self.tr("Yours")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, name in enumerate(self.differences):
            field = spec.fields[name]
            cells = (
                field.label,
                display.text(field, theirs.values.get(name), name=theirs.names.get(name)),
                display.text(field, mine.get(name), name=mine_names.get(name)),
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, column, item)

        buttons = QDialogButtonBox()
        self.take_theirs = buttons.addButton(
            self.tr("Take &theirs"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.keep_mine = buttons.addButton(
            self.tr("&Keep mine"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel = buttons.addButton(
            self.tr("Back to the form"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.keep_mine.setEnabled(can_keep_mine)
        if not can_keep_mine:
            self.keep_mine.setToolTip(self.tr("Your role may not change these fields now."))
        self.take_theirs.clicked.connect(lambda: self._choose(Choice.THEIRS))
        self.keep_mine.clicked.connect(lambda: self._choose(Choice.MINE))
        self.cancel.clicked.connect(lambda: self._choose(Choice.CANCEL))
        self.cancel.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, min(480, 160 + 30 * len(self.differences)))
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.chosen.emit(choice)
        self.done(0)

    def reject(self) -> None:  # Esc, the window's close button: back to the form
        self._choose(Choice.CANCEL)

    @classmethod
    def open_for(
        cls,
        parent: QWidget,
        spec: FormSpec,
        theirs: Record,
        mine: Mapping[str, Any],
        mine_names: Mapping[str, str | None],
        *,
        can_keep_mine: bool,
        said: str = "",
    ) -> ConflictDialog:
        """Show the dialog over ``parent`` without blocking; the answer comes by ``chosen``."""
        dialog = cls(
            spec, theirs, mine, mine_names, can_keep_mine=can_keep_mine, said=said, parent=parent
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
