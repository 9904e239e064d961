"""An invoice's window says what was paid and what is still owed, as its list does, and
lists its payments (eye30s, 6: "Reverse payment…" was offered with no payment in
sight). Against real PostgreSQL, as finance."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from finance_data import account, client, invoice
from helpers import WAIT_MS

from dicel_desktop.services import invoicing

pytestmark = pytest.mark.usefixtures("rwanda")


def test_a_partly_paid_invoice_says_paid_owed_and_lists_the_payment(qtbot, logins, desk):
    finance = logins.person("finance")
    bank = account(finance, "Operating account", opening=Decimal("100"))
    today = dt.date.today()
    bill = invoice(
        finance,
        client(logins.person("client")),
        ("Guarding", Decimal("1"), Decimal("100000")),
        invoice_date=today - dt.timedelta(days=1),
        due_date=today + dt.timedelta(days=30),
    )
    other = invoice(
        finance,
        client(logins.person("client")),
        ("Patrol", Decimal("1"), Decimal("5000")),
        invoice_date=today - dt.timedelta(days=1),
        due_date=today + dt.timedelta(days=30),
    )
    with finance.session() as session:
        invoicing.issue_invoice(session, bill)
    with finance.session() as session:
        invoicing.issue_invoice(session, other)
    with finance.session() as session:
        payment = invoicing.record_payment(
            session, bill, bank, Decimal("18000"), today, "cheque", "CHQ 004512"
        )
    with finance.session() as session:
        invoicing.record_payment(session, other, bank, Decimal("5000"), today, "cash", "R1")

    window = desk(finance).open("invoices", bill)
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
    form = window.form
    paid, owed = form.fact_values["amount_paid"], form.fact_values["balance_due"]
    assert paid.isVisible() and owed.isVisible()
    assert "18,000" in paid.text() and "RWF" in paid.text()
    assert "100,000" in owed.text()  # 118,000 with VAT, less 18,000
    assert form.fact_labels["amount_paid"].text() == "Amount paid"

    qtbot.waitUntil(lambda: window.panels.count() > 0, timeout=WAIT_MS)
    titles = [window.panels.tabText(i).replace("&", "") for i in range(window.panels.count())]
    window.panels.setCurrentIndex(titles.index("Payments"))
    panel = window.panels.currentWidget()
    model = panel.grid.model
    qtbot.waitUntil(lambda: not model.is_loading and model.rowCount() > 0, timeout=WAIT_MS)
    # This invoice's payment only, not the other invoice's; nothing added from here.
    assert [model.record_id(r) for r in range(model.rowCount())] == [payment]
    assert not panel.add_button.isVisible()
