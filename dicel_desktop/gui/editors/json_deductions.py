"""What a payslip deducts (``payroll_records.deductions_detail``, json_shapes says its
shape): each deduction by its name and amount, as the printed payslip says them. The
database computes the list with the amounts (migration 0014), so the form only shows it."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from dicel_desktop.gui.editors.common import show_read_only
from dicel_desktop.gui.editors.json_shapes import ShapeView
from dicel_desktop.gui.numbers import format_money
from dicel_desktop.services.columns import DEFAULT_CURRENCY

__all__ = ["DeductionsView", "deduction_label"]


def deduction_label(code: str) -> str:
    """A deduction's code as the payslip names it ("paye" -> "PAYE (income tax)")."""
    words = {
        "paye": QCoreApplication.translate("Payslip", "PAYE (income tax)"),
        "pension": QCoreApplication.translate("Payslip", "RSSB pension"),
        "maternity": QCoreApplication.translate("Payslip", "RSSB maternity leave"),
        "cbhi": QCoreApplication.translate("Payslip", "CBHI (community health insurance)"),
    }
    return words.get(code, code)


def _amount(value: Any) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return None
    try:
        # Through str: 12345.6 as the JSON number it was, not the float's binary digits.
        amount = Decimal(str(value))
    except InvalidOperation:
        return None
    return amount if amount.is_finite() else None


class DeductionsView(ShapeView):
    """A list of ``{"code", "amount"}`` in payslip order: a row per deduction, its name
    and its amount in the payslip's currency (payslips are in RWF: the payroll run
    refuses a salary in another, services.columns). Never edited here."""

    def __init__(self, label: str) -> None:
        super().__init__(label)
        self._value: list[dict[str, Any]] | None = None
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("JsonDeductions", "Deduction"),
                QCoreApplication.translate("JsonDeductions", "Amount"),
            ]
        )
        self.table.setAccessibleName(label)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab leaves the list for the next field; the arrows move along it.
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        show_read_only(self.table, True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        self.setFocusProxy(self.table)
        self._fit_height()

    def load(self, value: Any) -> bool:
        if value is not None and not (
            isinstance(value, list)
            and all(
                isinstance(entry, dict)
                and isinstance(entry.get("code"), str)
                and _amount(entry.get("amount")) is not None
                for entry in value
            )
        ):
            return False
        self._value = value
        self.table.setRowCount(0)
        for entry in value or []:
            self._append(entry["code"], _amount(entry["amount"]))
        self._fit_height()
        return True

    def value(self) -> list[dict[str, Any]] | None:
        return self._value

    def set_read_only(self, read_only: bool) -> None:
        """Always read-only: the payroll run writes it (the raw view says the same)."""

    def rows(self) -> list[tuple[str, str]]:
        """The list as it reads: (deduction, amount) per row."""
        return [
            (self.table.item(row, 0).text(), self.table.item(row, 1).text())
            for row in range(self.table.rowCount())
        ]

    def _append(self, code: str, amount: Decimal) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(deduction_label(code)))
        # The widget's locale: the field's, or the program's (gui/editors/json_editor).
        money = QTableWidgetItem(format_money(amount, DEFAULT_CURRENCY, self.locale()))
        money.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, 1, money)

    def _fit_height(self) -> None:
        """As tall as its rows (four on a payslip), one at least, eight at most."""
        rows = max(1, min(8, self.table.rowCount()))
        height = (
            self.table.horizontalHeader().sizeHint().height()
            + rows * self.table.verticalHeader().defaultSectionSize()
            + 2 * self.table.frameWidth()
        )
        self.table.setFixedHeight(height)
