"""A record printed as the person's own login: its form with its lines, amounts with
their currency, and none of what the window says about the screen."""

from __future__ import annotations

from decimal import Decimal

import pytest
from finance_data import client, invoice
from helpers import WAIT_MS
from PySide6.QtCore import QLocale
from PySide6.QtPdf import QPdfDocument

from dicel_desktop.gui.cell_format import LocaleFormats, ValueFormatter
from dicel_desktop.gui.records.actions import load_steps
from dicel_desktop.gui.records.editor_factory import make_editor_factory
from dicel_desktop.gui.records.record_window import DOCUMENT_PRINTS, RecordWindow
from dicel_desktop.gui.worker import DbWorker


@pytest.fixture(autouse=True)
def form_print(monkeypatch):
    """The form's print, as every record without a document of its own prints. An
    invoice prints as the invoice (tests/gui/test_invoice_print.py); its form is what
    these take, as the one form whose lines carry a currency of their record's."""
    load_steps()  # the workflows' prints, registered before the invoice's is taken out
    monkeypatch.delitem(DOCUMENT_PRINTS, "invoices")


def money(amount: str, currency: str) -> str:
    """An amount as this machine's locale writes it, with its currency (the print's)."""
    return ValueFormatter(LocaleFormats.from_qlocale(QLocale())).money(Decimal(amount), currency)


def _printed(qtbot, person, table, record_id, target) -> tuple[RecordWindow, str]:
    worker = DbWorker(person.session_factory)
    window = RecordWindow(
        worker, table, person.role.value, make_editor_factory(worker), record_id=record_id
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.record is not None and not window.is_busy, timeout=WAIT_MS)
    window.save_form_pdf()
    job = window.print_job
    qtbot.waitUntil(lambda: job.file_dialog is not None, timeout=WAIT_MS)
    outcome: list[tuple[str, bool]] = []
    job.finished.connect(lambda sentence, problem: outcome.append((sentence, problem)))
    job.save_pdf_to(str(target))
    qtbot.waitUntil(lambda: bool(outcome), timeout=WAIT_MS)
    assert outcome == [(f"Saved as {target}.", False)]
    document = QPdfDocument()
    document.load(str(target))
    text = "\n".join(document.getAllText(n).text() for n in range(document.pageCount()))
    document.close()
    window.discard_and_close()
    worker.shutdown()
    return window, text


def test_a_printed_invoice_lists_its_lines_with_amounts_in_its_currency(qtbot, logins, tmp_path):
    finance = logins.person("finance")
    customer = client(logins.person("client"), "Akagera Logistics Ltd")
    invoice_id = invoice(
        finance,
        customer,
        ("Cement bags, 50 kg", Decimal("12"), Decimal("12500")),
        ("Delivery to Musanze", Decimal("1"), Decimal("40000")),
        currency="USD",
    )
    window, text = _printed(qtbot, finance, "invoices", invoice_id, tmp_path / "invoice.pdf")
    flat = " ".join(text.split())
    # The lines, as the panel under the form lists them.
    assert "Cement bags, 50 kg" in flat and "Delivery to Musanze" in flat
    # Each amount in the invoice's currency.
    assert money("12500", "USD") in flat and money("40000", "USD") in flat
    # The form's amounts carry the currency shown beside them.
    total = window.form.editors["total_amount"].focusProxy().text()
    assert f"{total} USD" in flat


def test_a_read_only_record_prints_without_the_screens_note(qtbot, logins, tmp_path):
    finance = logins.person("finance")
    customer = client(logins.person("client"), "Nyungwe Traders")
    invoice_id = invoice(finance, customer, ("Tea, 20 boxes", Decimal("20"), Decimal("5000")))
    reader = logins.person("recovery")
    window, text = _printed(qtbot, reader, "invoices", invoice_id, tmp_path / "read.pdf")
    note = window.subtitle.text()
    assert "cannot change" in note  # the window says it, for the screen
    flat = " ".join(text.split())
    assert "cannot change" not in flat and "Nyungwe Traders" in flat
    assert "Tea, 20 boxes" in flat and money("100000", "RWF") in flat
