"""The filter of one grid column: text contains, a range, or a list of values.

The editor follows the column's kind: a "contains" box for text and references, from/to
boxes for numbers and money (typed in the user's locale and read strictly by
gui/numbers.py: a number that could mean something else here is refused, and the popup
says why in words), from/to dates for dates and times (whole days), and a check list for
states, yes/no columns and the coded columns whose codes are known
(``code_words.CLOSED_CODES``: the audit log's action, in the reader's words).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.locale_writing import date_pattern
from dicel_desktop.gui.numbers import NumberInputError, explain, format_decimal, parse_decimal
from dicel_desktop.gui.theme import error_style
from dicel_desktop.gui.translations import tr_choice, tr_code
from dicel_desktop.gui.widgets.roomy_rows import give_rows_room
from dicel_desktop.services.code_words import CLOSED_CODES
from dicel_desktop.services.columns import ColumnSpec, Kind
from dicel_desktop.services.listing import Between, Contains, Filter, OneOf

_NUMERIC = (Kind.MONEY, Kind.NUMBER, Kind.INT)
_DATES = (Kind.DATE, Kind.DATETIME)


class FilterPopup(QDialog):
    """Edit the filter of one column; ``chosen_filter()`` is the answer (None: no filter)."""

    def __init__(
        self,
        column: ColumnSpec,
        current: Filter | None = None,
        *,
        locale: QLocale | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.column = column
        #: How numbers and dates are read and written (not ``locale``: QWidget.locale()).
        self._locale = locale or QLocale()
        self.cleared = False
        self.setWindowTitle(self.tr("Filter: {column}").format(column=column.label))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.contains: QLineEdit | None = None
        self.low: QLineEdit | None = None
        self.high: QLineEdit | None = None
        self.from_check: QCheckBox | None = None
        self.to_check: QCheckBox | None = None
        self.from_date: QDateEdit | None = None
        self.to_date: QDateEdit | None = None
        self.values: QListWidget | None = None
        self.error = QLabel()
        self.error.setStyleSheet(error_style(self.palette()))
        self.error.setWordWrap(True)  # a sentence, not a one-line code: the popup keeps its width
        self.error.hide()
        # Made before the editors: filling them in from ``current`` validates them.
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Reset
            | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Apply"))
        self.buttons.button(QDialogButtonBox.StandardButton.Reset).setText(self.tr("Clear filter"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Reset).clicked.connect(
            self._on_clear_clicked
        )

        kind = column.kind
        codes = CLOSED_CODES.get((column.table, column.name)) if column.coded else None
        if kind in _NUMERIC:
            self.low, self.high = QLineEdit(), QLineEdit()
            for box, name in ((self.low, "from"), (self.high, "to")):
                box.setObjectName(name)
                box.setAlignment(Qt.AlignmentFlag.AlignRight)
                box.textChanged.connect(self._on_number_changed)
            form.addRow(self.tr("From"), self.low)
            form.addRow(self.tr("To"), self.high)
            if isinstance(current, Between):
                self.low.setText(self._number_text(current.low))
                self.high.setText(self._number_text(current.high))
        elif kind in _DATES:
            today = QDate.currentDate()
            self.from_check, self.to_check = QCheckBox(self.tr("From")), QCheckBox(self.tr("To"))
            self.from_date, self.to_date = QDateEdit(today.addMonths(-1)), QDateEdit(today)
            for check, edit in ((self.from_check, self.from_date), (self.to_check, self.to_date)):
                edit.setCalendarPopup(True)
                edit.setDisplayFormat(date_pattern(self._locale))
                edit.setEnabled(False)
                check.toggled.connect(edit.setEnabled)
                form.addRow(check, edit)
            if isinstance(current, Between):
                self._set_date(self.from_check, self.from_date, current.low)
                self._set_date(self.to_check, self.to_date, current.high)
        elif kind in (Kind.STATE, Kind.BOOL) or codes is not None:
            self.values = QListWidget()
            give_rows_room(self.values)  # « Études » whole, its accent included
            choices: list[tuple[object, str]]
            if kind is Kind.BOOL:
                choices = [(True, self.tr("Yes")), (False, self.tr("No"))]
            elif codes is not None:
                choices = [(code, tr_code(column.table, column.name, code)) for code in codes]
            else:
                assert column.choices is not None
                choices = [(c.value, tr_choice(column.table, c.label)) for c in column.choices]
            if column.nullable:
                choices.append((None, self.tr("(blank)")))  # matches rows with no value
            chosen = set(current.values) if isinstance(current, OneOf) else set()
            for value, label in choices:
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, value)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if value in chosen else Qt.CheckState.Unchecked
                )
                self.values.addItem(item)
            # As tall as its entries (state lists are short): no empty box, no scrolling.
            rows = self.values.sizeHintForRow(0) * self.values.count()
            self.values.setFixedHeight(rows + 2 * self.values.frameWidth() + 4)
            form.addRow(self.tr("Show only"), self.values)
        else:
            self.contains = QLineEdit()
            self.contains.setPlaceholderText(self.tr("Text the value contains"))
            if isinstance(current, Contains):
                self.contains.setText(current.text)
            form.addRow(self.tr("Contains"), self.contains)

        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        # Room for a sentence about a typed number on a few lines, not one long one.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)

    @classmethod
    def ask(
        cls,
        column: ColumnSpec,
        current: Filter | None,
        *,
        locale: QLocale | None = None,
        parent: QWidget | None = None,
    ) -> tuple[bool, Filter | None]:
        """Open the popup; (changed, filter). ``filter`` None means "no filter"."""
        popup = cls(column, current, locale=locale, parent=parent)
        if popup.exec() != QDialog.DialogCode.Accepted:
            return False, current
        return True, None if popup.cleared else popup.chosen_filter()

    def chosen_filter(self) -> Filter | None:
        """The filter the editors describe; None if they describe none."""
        name = self.column.name
        if self.contains is not None:
            text = self.contains.text().strip()
            return Contains(name, text) if text else None
        if self.low is not None and self.high is not None:
            low, high = self._bound(self.low), self._bound(self.high)
            return Between(name, low, high) if low is not None or high is not None else None
        if self.from_date is not None and self.to_date is not None:
            assert self.from_check is not None and self.to_check is not None
            low_date = self.from_date.date().toPython() if self.from_check.isChecked() else None
            high_date = self.to_date.date().toPython() if self.to_check.isChecked() else None
            if low_date is None and high_date is None:
                return None
            return Between(name, low_date, high_date)
        if self.values is not None:
            values = tuple(
                self.values.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.values.count())
                if self.values.item(i).checkState() == Qt.CheckState.Checked
            )
            return OneOf(name, values) if values else None
        return None

    # ----------------------------------------------------------------- slots

    @slot_while_whole(keeps="column")
    def _on_clear_clicked(self) -> None:
        self.cleared = True
        self.accept()

    @slot_while_whole(keeps="column")
    def _on_number_changed(self) -> None:
        assert self.low is not None and self.high is not None
        problems = []
        for box, label in ((self.low, self.tr("From")), (self.high, self.tr("To"))):
            problem = self._number_problem(box.text())
            if problem:
                problems.append(self.tr("{box}: {problem}").format(box=label, problem=problem))
        self.error.setText("\n".join(problems))
        self.error.setVisible(bool(problems))
        self.adjustSize()  # taller for a wrapped sentence, back again when it goes
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)

    # ----------------------------------------------------------------- helpers

    def _number_problem(self, text: str) -> str:
        """What is wrong with a typed bound, in words ("" if nothing is)."""
        if not text.strip():
            return ""  # no bound: the range is open on that side
        try:
            value = parse_decimal(text, self._locale)
        except NumberInputError as error:
            return explain(error)
        if self.column.kind is Kind.INT and value != value.to_integral_value():
            return self.tr("“{text}”: this column holds whole numbers only.").format(text=text)
        return ""

    def _bound(self, box: QLineEdit) -> Decimal | int | None:
        """The bound typed in ``box`` (None: open); ValueError if it is wrong (Apply is
        disabled then)."""
        text = box.text()
        if not text.strip():
            return None
        problem = self._number_problem(text)
        if problem:
            raise ValueError(problem)
        value = parse_decimal(text, self._locale)
        return int(value) if self.column.kind is Kind.INT else value

    def _number_text(self, value: object) -> str:
        if not isinstance(value, Decimal | int):
            return ""
        return format_decimal(value, self._locale, places=None)  # as typed: 1,500.50

    @staticmethod
    def _set_date(check: QCheckBox, edit: QDateEdit, value: object) -> None:
        if isinstance(value, dt.date):
            check.setChecked(True)
            edit.setDate(QDate(value.year, value.month, value.day))
