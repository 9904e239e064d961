"""The line under a record window's title that adds up what the record stands for, where
its form alone does not say it: a pay period's payslips, their gross and net pay
(``services.payroll.period_totals``, one statement on the DB worker, each time the
record is shown). Hidden for any other table, and until the figures are read."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget

from dicel_desktop.gui.numbers import format_money, write_count
from dicel_desktop.gui.operations import Op
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.services import payroll
from dicel_desktop.services.columns import DEFAULT_CURRENCY
from dicel_desktop.services.records import Record

__all__ = ["SummaryLine", "period_summary"]


class RecordSummary(QObject):
    """The summary's words that agree with a count: lupdate reads a plural form only from
    ``self.tr``'s count; the class is named for the context the line's words have."""

    def payslips(self, n: int) -> str:
        return self.tr("%n payslip(s) · gross pay %2 · net pay %3", "", n)


_COUNTED = RecordSummary()


def period_summary(totals: payroll.PeriodTotals | None) -> str:
    """ "12 payslips · gross pay 8,400,000 RWF · net pay 6,900,000 RWF" (payroll is paid
    in the company's currency)."""
    if totals is None:
        return ""
    count = totals.employees
    # "1 payslip", « 0 bulletin » (plural38); no English translator: its "(s)" said here.
    said = _COUNTED.payslips(count).replace("(s)", "" if count == 1 else "s")
    return (
        write_count(said, count, QLocale())
        .replace("%2", format_money(totals.gross, DEFAULT_CURRENCY, QLocale()))
        .replace("%3", format_money(totals.net, DEFAULT_CURRENCY, QLocale()))
    )


#: Table -> (the service read of a record's id, its figures in words).
_SUMMARIES: dict[str, tuple[Callable[..., Any], Callable[[Any], str]]] = {
    "payroll_periods": (payroll.period_totals, period_summary),
}


class SummaryLine(QLabel):
    """See the module docstring."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._shown_for: object = None
        self.hide()

    def show_for(self, worker: DbWorker, table: str, record: Record | None) -> None:
        summary = _SUMMARIES.get(table)
        if summary is None or record is None:
            self._shown_for = None
            self.hide()
            return
        read, words = summary
        self._shown_for = record.id

        def answered(result: Any, asked: object = record.id) -> None:
            if asked != self._shown_for:
                return  # another record is shown since
            said = words(result)
            self.setText(said)
            self.setVisible(bool(said))

        Op(worker, read, record.id).for_widget(self).on_success(answered).on_failure(
            lambda _error: self.hide()
        ).run()
