"""What a payslip deducts (``payroll_records.deductions_detail``, json_shapes says its
shape): each deduction by its name, its rate and its amount, as the printed payslip says
them ("RSSB pension (6 %)"), and PAYE's bands under the list. The database computes the
list with the amounts (migration 0014), each line keeping its rate since 0115 (PAYE its
bands); a line of an older payslip keeps none and reads by its name alone, as before.
The form only shows it."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from dicel_desktop.domain.translatable import QT_TRANSLATE_NOOP
from dicel_desktop.gui.editors.common import show_read_only
from dicel_desktop.gui.editors.json_shapes import ShapeView
from dicel_desktop.gui.numbers import format_money, format_percent
from dicel_desktop.services.columns import DEFAULT_CURRENCY
from dicel_desktop.services.payroll import Band, Deduction, read_deductions

__all__ = ["DeductionsView", "bands_text", "deduction_label", "deduction_text"]


def deduction_label(code: str) -> str:
    """A deduction's code as the payslip names it ("paye" -> "PAYE (income tax)")."""
    words = {
        "paye": QCoreApplication.translate("Payslip", "PAYE (income tax)"),
        "pension": QCoreApplication.translate("Payslip", "RSSB pension"),
        "maternity": QCoreApplication.translate("Payslip", "RSSB maternity leave"),
        "cbhi": QCoreApplication.translate("Payslip", "CBHI (community health insurance)"),
    }
    return words.get(code, code)


#: A deduction with the rate it was computed at (%1: "6 %"), where its name has brackets
#: of its own (CBHI's) the rate goes inside them.
_RATED = {
    "pension": QT_TRANSLATE_NOOP("Payslip", "RSSB pension (%1)"),
    "maternity": QT_TRANSLATE_NOOP("Payslip", "RSSB maternity leave (%1)"),
    "cbhi": QT_TRANSLATE_NOOP("Payslip", "CBHI (community health insurance, %1)"),
}


def deduction_text(line: Deduction, locale: QLocale | None = None) -> str:
    """A deduction as the payslip names it, with the rate it keeps in the reader's
    numbers ("RSSB pension (6 %)", « Pension RSSB (0,3 %) »), PAYE "by bands" (the bands
    are said apart, ``bands_text``); a line keeping no rate, by its name alone."""
    if line.code == "paye" and line.bands:
        return QCoreApplication.translate("Payslip", "PAYE (income tax, by bands)")
    if line.rate is None:
        return deduction_label(line.code)
    rate = format_percent(line.rate, locale or QLocale())
    own = _RATED.get(line.code)
    if own is None:  # a deduction a later run adds: its code, as the name says it
        said = QCoreApplication.translate("Payslip", "%1 (%2)").replace(
            "%1", deduction_label(line.code)
        )
        return said.replace("%2", rate)
    return QCoreApplication.translate("Payslip", own).replace("%1", rate)


def _unbroken(money: str) -> str:
    """An amount kept on one line where the bands wrap: Qt's layout breaks at French's
    narrow no-break group space (a printed "200" then "000 RWF" on the next line)."""
    return money.replace("\u202f", "\u00a0").replace(" ", "\u00a0")


def bands_text(bands: tuple[Band, ...], currency: str, locale: QLocale | None = None) -> str:
    """PAYE's bands as a sentence: "PAYE bands: 0 % up to 60,000 RWF, 10 % up to 100,000
    RWF, 20 % up to 200,000 RWF, 30 % above 200,000 RWF" ("" without bands)."""
    if not bands:
        return ""
    locale = locale or QLocale()
    said, lower = [], Decimal(0)
    for band in bands:
        rate = format_percent(band.rate, locale)
        if band.upto is not None:
            part = QCoreApplication.translate("Payslip", "%1 up to %2").replace(
                "%2", _unbroken(format_money(band.upto, currency, locale))
            )
            lower = band.upto
        elif lower:
            part = QCoreApplication.translate("Payslip", "%1 above %2").replace(
                "%2", _unbroken(format_money(lower, currency, locale))
            )
        else:  # one band over all the pay
            part = "%1"
        said.append(part.replace("%1", rate))
    return QCoreApplication.translate("Payslip", "PAYE bands: %1").replace("%1", ", ".join(said))


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
    """A list of ``{"code", "amount"}`` (and since 0115 ``rate``, PAYE's ``bands``) in
    payslip order: a row per deduction, its name with its rate and its amount in the
    payslip's currency (payslips are in RWF: the payroll run refuses a salary in another,
    services.columns), PAYE's bands in a line under it. Never edited here."""

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
        #: PAYE's bands, as the payslip keeps them (hidden when it keeps none).
        self.bands = QLabel()
        self.bands.setWordWrap(True)
        self.bands.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.bands.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.bands)
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
        bands = ""
        for entry, line in zip(value or [], read_deductions(value), strict=True):
            self._append(line, _amount(entry["amount"]))
            if line.code == "paye":
                bands = bands_text(line.bands, DEFAULT_CURRENCY, self.locale())
        self.bands.setText(bands)
        self.bands.setVisible(bool(bands))
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

    def shown_text(self) -> str:
        """The rows, and PAYE's bands when they show."""
        rows = super().shown_text()
        return f"{rows}\n{self.bands.text()}" if self.bands.text() else rows

    def _append(self, line: Deduction, amount: Decimal) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(deduction_text(line, self.locale())))
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
