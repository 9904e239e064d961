"""The filter of one grid column: text contains, a range, or a list of values.

The editor follows the column's kind: a "contains" box for text and references, from/to
boxes for numbers and money (typed in the user's locale), from/to dates for dates and
times (whole days), and a check list for states and yes/no columns.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

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

from dicel_desktop.gui.cell_format import four_digit_year
from dicel_desktop.services.columns import ColumnSpec, Kind
from dicel_desktop.services.listing import Between, Contains, Filter, OneOf

_NUMERIC = (Kind.MONEY, Kind.NUMBER, Kind.INT)
_DATES = (Kind.DATE, Kind.DATETIME)
#: The list entry that matches rows with no value.
BLANK_LABEL = "(blank)"


def parse_number(text: str, locale: QLocale) -> Decimal | None:
    """A number typed in the user's locale ("1,250,000.50" / "1 250 000,50"); None if empty.

    Raises ValueError for something that is not a number.
    """
    cleaned = text.strip().replace(locale.groupSeparator(), "").replace(" ", "")
    cleaned = cleaned.replace("\u00a0", "").replace("\u202f", "")
    if not cleaned:
        return None
    cleaned = cleaned.replace(locale.decimalPoint(), ".").replace(locale.negativeSign(), "-")
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(text) from None


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
        self.locale = locale or QLocale()
        self.cleared = False
        self.setWindowTitle(f"Filter: {column.label}")
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
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        # Made before the editors: filling them in from ``current`` validates them.
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Reset
            | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Apply")
        self.buttons.button(QDialogButtonBox.StandardButton.Reset).setText("Clear filter")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Reset).clicked.connect(
            self._on_clear_clicked
        )

        kind = column.kind
        if kind in _NUMERIC:
            self.low, self.high = QLineEdit(), QLineEdit()
            for box, name in ((self.low, "from"), (self.high, "to")):
                box.setObjectName(name)
                box.setAlignment(Qt.AlignmentFlag.AlignRight)
                box.textChanged.connect(self._on_number_changed)
            form.addRow("From", self.low)
            form.addRow("To", self.high)
            if isinstance(current, Between):
                self.low.setText(self._number_text(current.low))
                self.high.setText(self._number_text(current.high))
        elif kind in _DATES:
            today = QDate.currentDate()
            self.from_check, self.to_check = QCheckBox("From"), QCheckBox("To")
            self.from_date, self.to_date = QDateEdit(today.addMonths(-1)), QDateEdit(today)
            for check, edit in ((self.from_check, self.from_date), (self.to_check, self.to_date)):
                edit.setCalendarPopup(True)
                edit.setDisplayFormat(
                    four_digit_year(self.locale.dateFormat(QLocale.FormatType.ShortFormat))
                )
                edit.setEnabled(False)
                check.toggled.connect(edit.setEnabled)
                form.addRow(check, edit)
            if isinstance(current, Between):
                self._set_date(self.from_check, self.from_date, current.low)
                self._set_date(self.to_check, self.to_date, current.high)
        elif kind in (Kind.STATE, Kind.BOOL):
            self.values = QListWidget()
            choices: list[tuple[object, str]]
            if kind is Kind.BOOL:
                choices = [(True, "Yes"), (False, "No")]
            else:
                assert column.choices is not None
                choices = [(c.value, c.label) for c in column.choices]
            if column.nullable:
                choices.append((None, BLANK_LABEL))
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
            form.addRow("Show only", self.values)
        else:
            self.contains = QLineEdit()
            self.contains.setPlaceholderText("Text the value contains")
            if isinstance(current, Contains):
                self.contains.setText(current.text)
            form.addRow("Contains", self.contains)

        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

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
            low = parse_number(self.low.text(), self.locale)
            high = parse_number(self.high.text(), self.locale)
            if self.column.kind is Kind.INT:
                low = None if low is None else int(low)
                high = None if high is None else int(high)
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

    def _on_clear_clicked(self) -> None:
        self.cleared = True
        self.accept()

    def _on_number_changed(self) -> None:
        assert self.low is not None and self.high is not None
        bad = []
        for box in (self.low, self.high):
            try:
                parse_number(box.text(), self.locale)
            except ValueError:
                bad.append(box.text())
        self.error.setText(f"Not a number: {bad[0]}" if bad else "")
        self.error.setVisible(bool(bad))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not bad)

    # ----------------------------------------------------------------- helpers

    def _number_text(self, value: object) -> str:
        if value is None:
            return ""
        text = str(value)
        return text.replace(".", self.locale.decimalPoint())

    @staticmethod
    def _set_date(check: QCheckBox, edit: QDateEdit, value: object) -> None:
        if isinstance(value, dt.date):
            check.setChecked(True)
            edit.setDate(QDate(value.year, value.month, value.day))
