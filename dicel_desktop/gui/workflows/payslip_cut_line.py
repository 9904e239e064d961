"""The amber line of Terminate employment… and Suspend… naming the approved payslip the
step will cut to the days worked (migration 0120, ``services.leaving.payslips_cut``):
"The approved payslip of November 2026 will be cut to the days worked: 10 of 30 days,
basic 166,667 RWF instead of 500,000 RWF; …". The database does it in the step's own
transaction and the step is not refused for it, so this is a fact said before the press,
not a refusal: hidden while there is nothing to say, or when it could not be read. A
pending payslip holds the step instead (DW492: ``services.leaving.pending_payslip_stops``,
said under the record window's step buttons). A payslip already *paid* is past cutting:
when it paid days after the day pay stops, the line says so and what to recover
("The payslip of December 2026 was already paid in full: 25 days after the day pay
stops, about 209,677 RWF basic. Ask Finance to recover it.",
``services.leaving.payslips_overpaid``). A termination after the leaving month's run was
approved leaves the annual leave not taken to the next run's final settlement (migration
0159): the line says so ("The annual leave not taken (6 working days) will be paid with
the next payroll run, as a final settlement.", ``services.leaving.untaken_leave_settled_later``).
"""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QWidget

from dicel_desktop.gui.numbers import write_counted
from dicel_desktop.gui.translations import fill_in, put_in
from dicel_desktop.gui.workflows.fact_line import FactLine
from dicel_desktop.gui.workflows.form_step_dialog import money_text, month_text
from dicel_desktop.services import leaving
from dicel_desktop.services.leaving import CutPayslip, OverpaidPayslip, PayAfterLeaving

if TYPE_CHECKING:
    from dicel_desktop.gui.worker import DbWorker

__all__ = [
    "CUTTING_STEPS",
    "PayslipCutLine",
    "payslip_cut_text",
    "payslip_overpaid_text",
    "settled_later_text",
]

#: The employee steps whose database trigger cuts an approved payslip.
CUTTING_STEPS = frozenset({("employees", "terminate"), ("employees", "suspend")})


class CaseSteps(QObject):
    """The payslip sentences that agree with a count of days: lupdate reads a plural form
    only from ``self.tr``'s count, not ``QCoreApplication.translate``'s (it dropped them
    from the catalogues, scripts/ts_kept.py); named for the context they have."""

    def cut(self, n: int) -> str:
        return self.tr(
            "The approved payslip of %1 will be cut to the days worked: %n of %3 days,"
            " basic %4 instead of %5; its allowances in proportion, its deductions and"
            " net computed again.",
            "",
            n,
        )

    def settled(self, n: int) -> str:
        return self.tr(
            "The annual leave not taken (%n working days) will be paid with the next"
            " payroll run, as a final settlement.",
            "",
            n,
        )

    def overpaid(self, n: int) -> str:
        return self.tr(
            "The payslip of %1 was already paid in full: %n day(s) after the day pay"
            " stops, about %3 basic paid for them. Ask Finance to recover it.",
            "",
            n,
        )


_COUNTED = CaseSteps()


def payslip_cut_text(cut: list[CutPayslip]) -> str:
    """One sentence per payslip the step cuts ("" for none), in the person's words."""
    said = [
        fill_in(
            # The month elided where the language does ("d'octobre", "rw'Ukwakira").
            # The days kept as a count (%n): French says « 0 jour », « 1 jour » (eye34 #8).
            put_in(
                _COUNTED.cut(slip.kept),
                month_text(slip.start),
            ),
            {
                "3": str(slip.days),
                "4": money_text(slip.cut_basic, slip.currency),
                "5": money_text(slip.basic, slip.currency),
            },
        )
        for slip in cut
    ]
    return " ".join(said)


def payslip_overpaid_text(overpaid: list[OverpaidPayslip]) -> str:
    """One sentence per paid payslip that paid past the day pay stops ("" for none)."""
    said = [
        fill_in(
            put_in(
                # No English translator: the source's "(s)" said as English does.
                _COUNTED.overpaid(slip.days_over).replace(
                    "day(s)", "day" if slip.days_over == 1 else "days"
                ),
                month_text(slip.start),
            ),
            {"3": money_text(slip.basic_over, slip.currency)},
        )
        for slip in overpaid
    ]
    return " ".join(said)


class PayslipCutLine(FactLine):
    """See the module docstring; ``asking`` while the read is under way (tests wait)."""

    def __init__(
        self, worker: DbWorker, action: str, employee_id: uuid.UUID, parent: QWidget
    ) -> None:
        super().__init__(worker, leaving.pay_after_leaving, (employee_id, action), _said, parent)


def settled_later_text(days: Decimal) -> str:
    """A termination after the leaving month's run was approved: its payslip pays no
    untaken leave, the next run does (migration 0159); "" when nothing is left."""
    if days <= 0:
        return ""
    return write_counted(_COUNTED.settled, days, QLocale())


def _said(pay: PayAfterLeaving) -> str:
    """What the line says of the payslips a leaving cuts, of those it paid past, and of
    the untaken leave the next run settles."""
    return " ".join(
        said
        for said in (
            payslip_cut_text(pay.cut),
            payslip_overpaid_text(pay.overpaid),
            settled_later_text(pay.settled_later),
        )
        if said
    )
