"""An invoice as the page a client is sent: from the company (its name, address, TIN,
phone and e-mail) to the client (as its reader may read them), the invoice's number and
dates, its lines, the subtotal, VAT and total, and what was paid and is still due. None
of what the record keeps for the office (its notes, who created it, the payment's
account). One QTextDocument on a QPrinter or a QPdfWriter, with the page furniture every
DICEL document carries (gui/printing/page.py); a draft marked DRAFT on every page, a
cancelled one CANCELLED, as a payslip of a period not approved."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QPagedPaintDevice, QTextDocument

from dicel_desktop.gui.numbers import format_decimal
from dicel_desktop.gui.printing.page import Furniture, amount_row, print_document
from dicel_desktop.gui.workflows.document_output import DocumentKind
from dicel_desktop.gui.workflows.form_step_dialog import date_text, money_text
from dicel_desktop.services import invoicing
from dicel_desktop.services.invoicing import InvoiceDocument


def _party(title: str, name: str | None, details: Iterable[str | None]) -> str:
    """One side of the head (From, Bill to): its title, the name in bold, then each
    detail given on a line of its own (an address typed on several lines keeps them)."""
    lines = [f'<span style="color: #555;">{html.escape(title)}</span>']
    if name:
        lines.append(f"<b>{html.escape(name)}</b>")
    lines += [
        html.escape(part.strip()).replace("\n", "<br>") for part in details if part and part.strip()
    ]
    return "<br>".join(lines)


def _tin(number: str | None) -> str | None:
    return QCoreApplication.translate("Invoice", "TIN %1").replace("%1", number) if number else None


def invoice_html(invoice: InvoiceDocument) -> str:
    """The invoice as HTML a QTextDocument lays out (Qt's rich-text subset)."""
    money = lambda amount: money_text(amount, invoice.currency)  # noqa: E731
    locale = QLocale()
    company, client = invoice.company, invoice.client
    sender = _party(
        QCoreApplication.translate("Invoice", "From"),
        company.name,
        [company.address, _tin(company.tin), company.phone, company.email],
    )
    receiver = _party(
        QCoreApplication.translate("Invoice", "Bill to"),
        client.name,
        [
            QCoreApplication.translate("Invoice", "Attention: %1").replace("%1", client.contact)
            if client.contact
            else None,
            client.address,
            _tin(client.tax_number),
            client.phone,
            client.email,
        ],
    )
    facts = "".join(
        f"<tr><td>{html.escape(label)}</td><td><b>{html.escape(value)}</b></td></tr>"
        for label, value in (
            (QCoreApplication.translate("Invoice", "Invoice number"), invoice.number),
            (
                QCoreApplication.translate("Invoice", "Invoice date"),
                date_text(invoice.invoice_date),
            ),
            (QCoreApplication.translate("Invoice", "Due date"), date_text(invoice.due_date)),
        )
    )
    head = "".join(
        f"<th align='{align}' style='border-bottom: 1px solid #888;'>{html.escape(text)}</th>"
        for text, align in (
            (QCoreApplication.translate("Invoice", "Description"), "left"),
            (QCoreApplication.translate("Invoice", "Quantity"), "right"),
            (QCoreApplication.translate("Invoice", "Unit price"), "right"),
            (QCoreApplication.translate("Invoice", "Amount"), "right"),
        )
    )
    none = html.escape(QCoreApplication.translate("Invoice", "No lines yet."))
    body = (
        "".join(
            "<tr>"
            f"<td>{html.escape(line.description)}</td>"
            f"<td align='right'>{html.escape(format_decimal(line.quantity, locale))}</td>"
            f"<td align='right'>{html.escape(money(line.unit_price))}</td>"
            f"<td align='right'>{html.escape(money(line.total))}</td>"
            "</tr>"
            for line in invoice.lines
        )
        or f"<tr><td colspan='4'><i>{none}</i></td></tr>"
    )
    totals = [
        amount_row(QCoreApplication.translate("Invoice", "Subtotal"), money(invoice.subtotal)),
        amount_row(QCoreApplication.translate("Invoice", "VAT"), money(invoice.tax)),
        amount_row(
            QCoreApplication.translate("Invoice", "Total"), money(invoice.total), strong=True
        ),
    ]
    if invoice.paid:  # something was received (and this reader may count it)
        totals.append(
            amount_row(QCoreApplication.translate("Invoice", "Amount paid"), money(invoice.paid))
        )
        totals.append(
            amount_row(
                QCoreApplication.translate("Invoice", "Balance due"),
                money(invoice.balance),
                strong=True,
            )
        )
    paid = ""
    if invoice.status == "paid" and invoice.paid_date:
        paid = QCoreApplication.translate("Invoice", "Paid on %1").replace(
            "%1", date_text(invoice.paid_date)
        )
        paid = f"<p>{html.escape(paid)}</p>"
    mark = draft_mark(invoice).replace("\n", " — ")
    banner = (
        f'<p style="color: #b00000; font-size: 14pt; font-weight: bold;">{html.escape(mark)}</p>'
        if mark
        else ""
    )
    return f"""
<html><body style="font-family: sans-serif; font-size: 10pt;">
{banner}
<table width="100%" cellspacing="0" cellpadding="3"><tr>
<td width="50%" valign="top">{sender}</td>
<td width="50%" valign="top">{receiver}</td>
</tr></table>
<table cellspacing="0" cellpadding="3" style="margin-top: 12px;">{facts}</table>
<table width="100%" cellspacing="0" cellpadding="4" style="margin-top: 12px;">
<thead><tr>{head}</tr></thead>{body}</table>
<table width="50%" align="right" cellspacing="0" cellpadding="4" style="margin-top: 12px;">
{"".join(totals)}</table>
{paid}
</body></html>"""


def invoice_document(invoice: InvoiceDocument) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(invoice_html(invoice))
    return document


def invoice_title(invoice: InvoiceDocument) -> str:
    return QCoreApplication.translate("Invoice", "Invoice %1").replace("%1", invoice.number)


def draft_mark(invoice: InvoiceDocument) -> str:
    """What an invoice that is not owed as printed carries across every page: a draft
    (not issued: its lines and amounts may still change) or a cancelled one; "" for an
    issued one."""
    if invoice.status == "draft":
        return QCoreApplication.translate("Invoice", "DRAFT\nnot issued")
    if invoice.status == "cancelled":
        return QCoreApplication.translate("Invoice", "CANCELLED\nnothing is owed on it")
    return ""


def print_invoice(invoice: InvoiceDocument, device: QPagedPaintDevice) -> bool:
    """The invoice on ``device`` (a QPrinter or a QPdfWriter) with the page furniture;
    False when the device could not be painted on."""
    furniture = Furniture(
        invoice.company.name or "",
        invoice_title(invoice),
        "",
        # Said what it is: beside the number, a bare date read as the invoice's own.
        QCoreApplication.translate("Invoice", "Printed on %1").replace(
            "%1", date_text(dt.date.today())
        ),
        watermark=draft_mark(invoice),
    )
    return print_document(invoice_document(invoice), device, furniture)


#: An invoice as its window prints it (``DocumentOutput``).
INVOICE: DocumentKind[InvoiceDocument] = DocumentKind(
    read=invoicing.invoice_document,
    title=invoice_title,
    file_stem=lambda invoice: invoice.number,
    render=print_invoice,
    gone=lambda: QCoreApplication.translate("Invoice", "This invoice is no longer there to see."),
)
