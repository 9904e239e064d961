"""A payslip as a printed page: the company, the period, the person, what they earn,
what is deducted and what they are paid. One QTextDocument, printed on a QPrinter or
written as a PDF by a QPdfWriter (both paged paint devices)."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from dicel_desktop.gui.editors.json_deductions import deduction_label
from dicel_desktop.gui.workflows.form_step_dialog import (
    date_text,
    money_text,
    month_text,
    state_text,
)
from dicel_desktop.gui.workflows.money_fields import method_label
from dicel_desktop.services.payroll import Payslip

_CONTEXT = "Payslip"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _row(label: str, amount: str, *, strong: bool = False) -> str:
    label, amount = html.escape(label), html.escape(amount)
    if strong:
        label, amount = f"<b>{label}</b>", f"<b>{amount}</b>"
    return f"<tr><td>{label}</td><td align='right'>{amount}</td></tr>"


def payslip_html(slip: Payslip) -> str:
    """The payslip as HTML a QTextDocument lays out (Qt's rich-text subset)."""
    money = lambda amount: money_text(amount, slip.currency)  # noqa: E731
    company = html.escape(slip.company_name or "")
    details = " · ".join(
        html.escape(part)
        for part in (
            slip.company_address or "",
            _tr("TIN %1").replace("%1", slip.company_tin) if slip.company_tin else "",
        )
        if part
    )
    title = _tr("Payslip for %1").replace("%1", month_text(slip.period_start))
    if slip.status == "paid":
        paid = _tr("Paid on %1 by %2").replace("%1", date_text(slip.payment_date))
        paid = paid.replace("%2", method_label(slip.payment_method or "bank_transfer"))
    else:
        paid = _tr("Not paid yet (%1)").replace("%1", state_text(slip.status).lower())
    person = [
        (_tr("Employee"), slip.employee_name),
        (_tr("Employee number"), slip.employee_number),
        (_tr("Department"), slip.department or "—"),
        (_tr("Position"), slip.position or "—"),
        (
            _tr("Period"),
            _tr("%1 to %2")
            .replace("%1", date_text(slip.period_start))
            .replace("%2", date_text(slip.period_end)),
        ),
    ]
    earnings = [
        _row(_tr("Basic salary"), money(slip.basic_salary)),
        _row(_tr("Allowances"), money(slip.allowances)),
        _row(_tr("Gross pay"), money(slip.gross), strong=True),
    ]
    deductions = [_row(deduction_label(d.code), money(d.amount)) for d in slip.deduction_lines]
    deductions.append(_row(_tr("Total deductions"), money(slip.deductions), strong=True))
    people = "".join(
        f"<tr><td>{html.escape(k)}</td><td>{html.escape(v)}</td></tr>" for k, v in person
    )
    return f"""
<html><body style="font-family: sans-serif; font-size: 10pt;">
<h2 style="margin-bottom: 0;">{company}</h2>
<p style="margin-top: 2px; color: #555;">{details}</p>
<h3>{html.escape(title)}</h3>
<table cellspacing="0" cellpadding="3">{people}</table>
<h4>{html.escape(_tr("Earnings"))}</h4>
<table width="100%" cellspacing="0" cellpadding="3">{"".join(earnings)}</table>
<h4>{html.escape(_tr("Deductions"))}</h4>
<table width="100%" cellspacing="0" cellpadding="3">{"".join(deductions)}</table>
<table width="100%" cellspacing="0" cellpadding="6" style="margin-top: 12px;">
{_row(_tr("Net pay"), money(slip.net_salary), strong=True)}</table>
<p>{html.escape(paid)}</p>
</body></html>"""


def payslip_document(slip: Payslip) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(payslip_html(slip))
    return document


def write_pdf(slip: Payslip, path: str | Path) -> None:
    """The payslip as an A4 PDF at ``path``."""
    writer = QPdfWriter(str(path))
    writer.setTitle(_tr("Payslip for %1").replace("%1", month_text(slip.period_start)))
    writer.setCreator("DICEL Desktop")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    payslip_document(slip).print_(writer)
