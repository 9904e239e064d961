"""A payslip as a printed page: the company, the period, the person, what they earn,
what is deducted and what they are paid. One QTextDocument, printed on a QPrinter or
written as a PDF by a QPdfWriter (both paged paint devices), with the page furniture
every DICEL document carries (gui/printing/page.py: the company and the title on top,
the date, "Page 1 of 1")."""

from __future__ import annotations

import datetime as dt
import html
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtGui import QPagedPaintDevice, QTextDocument

from dicel_desktop.gui.editors.json_deductions import bands_text, deduction_text
from dicel_desktop.gui.numbers import write_count, write_counted
from dicel_desktop.gui.printing.page import Furniture, amount_row, print_document
from dicel_desktop.gui.translations import put_in, tr_department
from dicel_desktop.gui.workflows.document_output import DocumentKind
from dicel_desktop.gui.workflows.form_step_dialog import (
    date_text,
    money_text,
    month_text,
    state_text,
)
from dicel_desktop.gui.workflows.money_fields import method_in_sentence
from dicel_desktop.services import payroll
from dicel_desktop.services.payroll import Payslip


def payslip_html(slip: Payslip) -> str:
    """The payslip as HTML a QTextDocument lays out (Qt's rich-text subset)."""
    money = lambda amount: money_text(amount, slip.currency)  # noqa: E731
    details = " · ".join(
        html.escape(part)
        for part in (
            slip.company_address or "",
            QCoreApplication.translate("Payslip", "TIN %1").replace("%1", slip.company_tin)
            if slip.company_tin
            else "",
        )
        if part
    )
    if slip.status == "paid":
        paid = QCoreApplication.translate("Payslip", "Paid on %1 by %2").replace(
            "%1", date_text(slip.payment_date)
        )
        paid = paid.replace("%2", method_in_sentence(slip.payment_method or "bank_transfer"))
    else:
        paid = QCoreApplication.translate("Payslip", "Not paid yet (%1)").replace(
            "%1", state_text(slip.status).lower()
        )
    person = [
        (QCoreApplication.translate("Payslip", "Employee"), slip.employee_name),
        (QCoreApplication.translate("Payslip", "Employee number"), slip.employee_number),
        (
            QCoreApplication.translate("Payslip", "Department"),
            tr_department(slip.department) or "—",
        ),
        (QCoreApplication.translate("Payslip", "Position"), slip.position or "—"),
        (
            QCoreApplication.translate("Payslip", "Period"),
            QCoreApplication.translate("Payslip", "%1 to %2")
            .replace("%1", date_text(slip.period_start))
            .replace("%2", date_text(slip.period_end)),
        ),
    ]
    earnings = [
        *salary_rows(slip),
        *untaken_leave_rows(slip),
        *paid_back_rows(slip),
        amount_row(
            QCoreApplication.translate("Payslip", "Gross pay"), money(slip.gross), strong=True
        ),
    ]
    deductions = []
    for line in slip.deduction_lines:
        deductions.append(amount_row(deduction_text(line), money(line.amount)))
        # PAYE's bands under its line, small: what an employee checks the tax against.
        bands = bands_text(line.bands, slip.currency) if line.code == "paye" else ""
        if bands:
            deductions.append(
                f'<tr><td colspan="2" style="color: #555; font-size: 8pt;">'
                f"{html.escape(bands)}</td></tr>"
            )
    deductions.append(
        amount_row(
            QCoreApplication.translate("Payslip", "Total deductions"),
            money(slip.deductions),
            strong=True,
        )
    )
    people = "".join(
        f"<tr><td>{html.escape(k)}</td><td>{html.escape(v)}</td></tr>" for k, v in person
    )
    net_pay = QCoreApplication.translate("Payslip", "Net pay")
    # Outside the f-string: lupdate does not read inside one.
    earnings_title = html.escape(QCoreApplication.translate("Payslip", "Earnings"))
    deductions_title = html.escape(QCoreApplication.translate("Payslip", "Deductions"))
    draft = draft_mark(slip).replace("\n", " — ")
    banner = (
        f'<p style="color: #b00000; font-size: 14pt; font-weight: bold;">{html.escape(draft)}</p>'
        if draft
        else ""
    )
    return f"""
<html><body style="font-family: sans-serif; font-size: 10pt;">
{banner}
<p style="margin-top: 2px; color: #555;">{details}</p>
<table cellspacing="0" cellpadding="3">{people}</table>
<h4>{earnings_title}</h4>
<table width="100%" cellspacing="0" cellpadding="3">{"".join(earnings)}</table>
<h4>{deductions_title}</h4>
<table width="100%" cellspacing="0" cellpadding="3">{"".join(deductions)}</table>
<table width="100%" cellspacing="0" cellpadding="6" style="margin-top: 12px;">
{amount_row(net_pay, money(slip.net_salary), strong=True)}</table>
<p>{html.escape(paid)}</p>
</body></html>"""


class PayslipCounts(QObject):
    """The payslip's sentences that agree with a count of days (« 1 jour ouvré sur 22 »):
    lupdate reads a plural form only from ``self.tr``'s count (scripts/ts_kept.py)."""

    def unpaid(self, n: int) -> str:
        return self.tr("Unpaid leave: %n of %2 working days, %3 less on basic salary", "", n)

    def untaken(self, n: int) -> str:
        return self.tr("Untaken leave paid: %n working days", "", n)

    def paid_back(self, n: int) -> str:
        # English has no translator: its "(s)" is said here (as the export's rows).
        said = self.tr("Unpaid leave paid back: %n working day(s) of %2", "", n)
        return said.replace("(s)", "" if n == 1 else "s")


def salary_rows(slip: Payslip) -> list[str]:
    """The basic salary (with its unpaid leave under it) and the allowances; for a final
    settlement (migration 0159: a later month's run pays only a leaver's untaken leave),
    a line saying so instead of a basic and allowances of 0 that would read as a
    mistake."""
    money = lambda amount: money_text(amount, slip.currency)  # noqa: E731
    rest = slip.allowances - untaken_leave_amount(slip) - paid_back_amount(slip)
    untaken = slip.untaken_leave
    if untaken is not None and untaken.settles is not None and not slip.basic_salary and not rest:
        said = QCoreApplication.translate(
            "Payslip", "Final settlement of a termination on %1: no salary for this period."
        ).replace("%1", date_text(untaken.settles))
        return [f'<tr><td colspan="2">{html.escape(said)}</td></tr>']
    if slip.paid_back and not slip.basic_salary and not rest:
        # A leaver's settlement of unpaid leave paid back only (migration 0160).
        said = QCoreApplication.translate("Payslip", "No salary for this period.")
        return [f'<tr><td colspan="2">{html.escape(said)}</td></tr>']
    return [
        amount_row(QCoreApplication.translate("Payslip", "Basic salary"), money(slip.basic_salary)),
        *unpaid_leave_rows(slip),
        amount_row(QCoreApplication.translate("Payslip", "Allowances"), money(rest)),
    ]


def unpaid_leave_text(slip: Payslip) -> str:
    """The payslip's line for approved unpaid leave the run did not pay (migration 0145):
    "Unpaid leave: 5 of 22 working days, 59,091 RWF less on basic salary"; empty
    without any."""
    unpaid = slip.unpaid_leave
    if unpaid is None:
        return ""
    locale = QLocale()
    # The count first, as the person writes numbers, before %2 may say the same digits.
    said = write_count(PayslipCounts().unpaid(unpaid.days), unpaid.days, locale)
    return said.replace("%2", locale.toString(unpaid.working_days)).replace(
        "%3", money_text(unpaid.amount, slip.currency)
    )


def unpaid_leave_rows(slip: Payslip) -> list[str]:
    """The unpaid-leave line under the basic salary, small, as PAYE's bands are."""
    text = unpaid_leave_text(slip)
    if not text:
        return []
    return [
        f'<tr><td colspan="2" style="color: #555; font-size: 8pt;">{html.escape(text)}</td></tr>'
    ]


def untaken_leave_amount(slip: Payslip) -> Decimal:
    """What the run paid within the allowances for a leaver's annual leave left."""
    return slip.untaken_leave.amount if slip.untaken_leave is not None else Decimal(0)


def untaken_leave_text(slip: Payslip) -> str:
    """The payslip's line for a leaver's annual leave left, paid (migration 0157):
    "Untaken leave paid: 6 working days", « Congé non pris payé : 1,5 jour ouvré »;
    empty without any."""
    untaken = slip.untaken_leave
    if untaken is None:
        return ""
    return write_counted(PayslipCounts().untaken, untaken.days, QLocale())


def untaken_leave_rows(slip: Payslip) -> list[str]:
    """The untaken-leave line with its amount, after the other allowances (which the
    Allowances line then says without it: the lines add up to the gross)."""
    text = untaken_leave_text(slip)
    if not text:
        return []
    return [amount_row(text, money_text(untaken_leave_amount(slip), slip.currency))]


def paid_back_amount(slip: Payslip) -> Decimal:
    """What the run paid back within the allowances for unpaid leave worked after all."""
    return sum((back.amount for back in slip.paid_back), Decimal(0))


def paid_back_text(back: payroll.PaidBack) -> str:
    """The payslip's line for unpaid leave an earlier payslip took off and that was
    worked after all, paid back (migration 0160): "Unpaid leave paid back: 3 working days
    of December 2026"."""
    said = write_count(PayslipCounts().paid_back(back.days), back.days, QLocale())
    # The word before the month elided where French does (before avril, août, octobre).
    return put_in(said, month_text(back.period_start), "%2")


def paid_back_rows(slip: Payslip) -> list[str]:
    """A line with its amount for each month paid back, after the other allowances
    (which the Allowances line then says without them: the lines add up to the gross)."""
    return [
        amount_row(paid_back_text(back), money_text(back.amount, slip.currency))
        for back in slip.paid_back
    ]


def payslip_document(slip: Payslip) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(payslip_html(slip))
    return document


def payslip_title(slip: Payslip) -> str:
    return put_in(
        QCoreApplication.translate("Payslip", "Payslip for %1"), month_text(slip.period_start)
    )


def is_draft(slip: Payslip) -> bool:
    """A payslip of a period nobody has approved yet: its amounts may still change and it
    proves no pay (approved and paid ones are final; cancelled ones never will be)."""
    return slip.status not in ("approved", "paid")


def draft_mark(slip: Payslip) -> str:
    """What a draft payslip carries across every page; "" for a final one."""
    if not is_draft(slip):
        return ""
    if slip.status == "cancelled":
        return QCoreApplication.translate("Payslip", "CANCELLED\nnot a proof of pay")
    return QCoreApplication.translate("Payslip", "DRAFT\nawaiting approval, not a proof of pay")


def print_payslip(slip: Payslip, device: QPagedPaintDevice) -> bool:
    """The payslip on ``device`` (a QPrinter or a QPdfWriter) with the page furniture;
    False when the device could not be painted on. One not approved yet prints all the
    same, marked DRAFT across every page (docs/decisions.md)."""
    furniture = Furniture(
        slip.company_name or "",
        payslip_title(slip),
        "",
        date_text(dt.date.today()),
        watermark=draft_mark(slip),
    )
    return print_document(payslip_document(slip), device, furniture)


def _file_stem(slip: Payslip) -> str:
    """The PDF's proposed name, its first word in the reader's language (eye33 #9: a
    French clerk was offered "payslip-EMP-000136-2026-11")."""
    # The start of a file name: lower case, no spaces.
    word = QCoreApplication.translate("Payslip", "payslip")
    return f"{word}-{slip.employee_number}-{slip.period_start:%Y-%m}"


#: A payslip as My payslips and its window print it (``DocumentOutput``).
PAYSLIP: DocumentKind[Payslip] = DocumentKind(
    read=payroll.payslip,
    title=payslip_title,
    file_stem=_file_stem,
    render=print_payslip,
    gone=lambda: QCoreApplication.translate(
        "PayslipOutput", "This payslip is no longer there to see."
    ),
)
