"""The windows of steps a colleague may take at the same moment (migration 0143, conc40):
Record payment…, Receive… and Assign… are open, a colleague's payment, receipt or hold
is booked meanwhile, and the press is refused in words naming who, when and what; the
dialog (or the window) then shows what is there now, and what was typed stays."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest
import shiboken6
from finance_data import account, client, invoice
from helpers import WAIT_MS, record_ready, shown_dialog, step_button
from logins import Person
from shop import Shop, open_shop
from sqlalchemy import text

from dicel_desktop.gui import translations
from dicel_desktop.gui.workflows.case_step_dialog import CaseStepDialog
from dicel_desktop.gui.workflows.invoice_payment_dialog import InvoicePaymentDialog
from dicel_desktop.gui.workflows.receive_purchase_order_dialog import ReceivePurchaseOrderDialog
from dicel_desktop.services import cases, invoicing, purchasing

pytestmark = pytest.mark.usefixtures("rwanda")


@pytest.fixture
def shop(db_dsn):
    yield from open_shop(db_dsn)


#: The refusal's opening and end, as each language says it.
PAID_SINCE = {
    "en": (
        "A payment of 2,000,000 RWF was recorded on this invoice by Divine Keza",
        "nothing was recorded.",
    ),
    "fr": (
        "Un paiement de 2\u202f000\u202f000 RWF a été enregistré sur cette facture par Divine Keza",
        "rien n\u2019a été enregistré.",
    ),
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_payment_booked_since_the_dialog_opened_is_named_and_the_dialog_reads_again(
    qtbot, logins, desk, restore_language, language
):
    translations.install_translators(language)
    clerk = logins.person("finance", first_name="Robert", last_name="Habiyaremye")
    colleague = logins.person("finance", first_name="Divine", last_name="Keza")
    bank = account(clerk)
    bill = invoice(
        clerk, client(logins.person("client")), ("Guarding", Decimal(1), Decimal(4000000))
    )
    with clerk.session() as session:
        invoicing.issue_invoice(session, bill)
    window = record_ready(qtbot, desk(clerk).open("invoices", bill))
    InvoicePaymentDialog.open_for(window)
    dialog = shown_dialog(qtbot, window, InvoicePaymentDialog)
    qtbot.waitUntil(dialog.record_button.isEnabled, timeout=WAIT_MS)
    assert dialog.paid.text().startswith("0")
    dialog.amount.set_value(Decimal(2000000))
    dialog.reference.setText("BK-778")
    # Meanwhile the colleague books the same bank credit.
    with colleague.session() as session:
        invoicing.record_payment(
            session, bill, bank, Decimal(2000000), dt.date.today(), "bank_transfer", "BK-778"
        )
    dialog.record_button.click()
    qtbot.waitUntil(lambda: dialog.paid.text().startswith("2"), timeout=WAIT_MS)
    said = dialog.message.text()
    opening, end = PAID_SINCE[language]
    assert said.startswith(opening) and said.endswith(end), said
    assert dialog.isVisible()
    # What was typed stays.
    assert dialog.amount.value() == Decimal(2000000) and dialog.reference.text() == "BK-778"
    with logins.superuser().connect() as su:
        assert su.scalar(text("SELECT dicel_invoice_paid(:i)"), {"i": bill}) == 2000000
    dialog.grab().save(f"/tmp/race40/payment-refused-{language}.png")
    dialog.close()


def test_the_amount_the_dialog_proposed_follows_the_new_balance(qtbot, logins, desk):
    """eye40b, 9: the amount the dialog filled in itself (all that was owed) follows what
    is owed after a colleague's payment; it was kept, and refused again as too much."""
    clerk = logins.person("finance", first_name="Eric", last_name="Niyonzima")
    colleague = logins.person("finance", first_name="Divine", last_name="Keza")
    bank = account(clerk)
    bill = invoice(
        clerk, client(logins.person("client")), ("Guarding", Decimal(1), Decimal(1333400))
    )
    with clerk.session() as session:
        invoicing.issue_invoice(session, bill)
    window = record_ready(qtbot, desk(clerk).open("invoices", bill))
    InvoicePaymentDialog.open_for(window)
    dialog = shown_dialog(qtbot, window, InvoicePaymentDialog)
    qtbot.waitUntil(dialog.record_button.isEnabled, timeout=WAIT_MS)
    owed = dialog.amount.value()  # proposed (with VAT), not typed
    assert owed > Decimal(333400)
    with colleague.session() as session:
        invoicing.record_payment(
            session, bill, bank, Decimal(333400), dt.date.today(), "bank_transfer", "BK-9"
        )
    dialog.record_button.click()
    qtbot.waitUntil(lambda: dialog.paid.text().startswith("333"), timeout=WAIT_MS)
    assert dialog.message.text().startswith("A payment of 333,400 RWF"), dialog.message.text()
    assert dialog.amount.value() == owed - Decimal(333400)
    dialog.close()


def test_a_receipt_refused_reads_the_order_again_keeping_the_numbers_typed(qtbot, shop, desk):
    order = shop.draft(lines=[(shop.torch, 25, "11500")])
    with shop.clerk.session() as session:
        purchasing.submit_purchase_order(session, order)
    with shop.manager.session() as session:
        purchasing.decide_purchase_order(session, order, True)
    window = record_ready(qtbot, desk(shop.clerk2).open("purchase_orders", order))
    ReceivePurchaseOrderDialog.open_for(window, window.worker, order)
    dialog = shown_dialog(qtbot, window, ReceivePurchaseOrderDialog)
    qtbot.waitUntil(lambda: dialog.facts is not None and not dialog.is_busy, timeout=WAIT_MS)
    (line,) = dialog.facts.lines
    dialog.quantities[line.id].setValue(10)
    # Meanwhile the other clerk receives the same 10.
    with shop.clerk.session() as session:
        purchasing.receive_purchase_order(session, order, {line.id: 10})
    dialog.receive_button.click()
    qtbot.waitUntil(
        lambda: dialog.facts is not None and dialog.facts.lines[0].received == 10,
        timeout=WAIT_MS,
    )
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=WAIT_MS)
    assert dialog.message.isVisible()
    assert dialog.message.text() == (
        f"10 of Torch were received by Eric Tester at {_minute_of_last_receipt(shop, order)},"
        " after you opened this. Check the delivery note: nothing was received."
    )
    box = dialog.quantities[line.id]
    assert box.value() == 10  # as typed
    assert box.suffix() == " of 15"  # awaited now
    dialog.all_button.click()
    assert box.value() == 15
    assert shop.stock(shop.torch) == 10
    dialog.close()


def _minute_of_last_receipt(shop: Shop, order: uuid.UUID) -> str:
    with shop.su.connect() as conn:
        moment = conn.scalar(
            text(
                "SELECT max(a.created_at) FROM audit_logs a JOIN purchase_order_lines l"
                " ON a.record_id = l.id WHERE l.order_id = :o"
            ),
            {"o": order},
        )
    return moment.astimezone().strftime("%H:%M")


def _file_ticket(person: Person) -> uuid.UUID:
    with person.engine.begin() as conn:
        return conn.scalar(
            text(
                "INSERT INTO it_support_tickets (category, subject, description)"
                " VALUES ('Hardware', 'Printer jams', 'Paper jams on every page.') RETURNING id"
            )
        )


def test_assign_over_a_hold_put_since_is_refused_and_the_window_shows_the_hold(qtbot, logins, desk):
    holder = logins.person("it", first_name="Claudine", last_name="Mukamana")
    assigner = logins.person("it", first_name="Kevin", last_name="Tuyishime")
    ticket = _file_ticket(logins.person("employee"))
    with holder.session() as session:
        cases.take_step(session, "it_support_tickets", "assign", ticket, assignee=holder.user_id)
    window = record_ready(qtbot, desk(assigner).open("it_support_tickets", ticket))
    step_button(window, "assign", "it_support_tickets").click()
    dialog = shown_dialog(qtbot, window, CaseStepDialog)
    qtbot.waitUntil(lambda: dialog.assignee.count() > 0, timeout=WAIT_MS)
    (me,) = [
        i for i in range(dialog.assignee.count()) if dialog.assignee.itemData(i) == assigner.user_id
    ]
    dialog.assignee.setCurrentIndex(me)
    with holder.session() as session:
        cases.take_step(session, "it_support_tickets", "hold", ticket)
    dialog.take_button.click()
    qtbot.waitUntil(lambda: "after you opened it" in dialog.message.text(), timeout=WAIT_MS)
    assert dialog.message.text().startswith("Claudine Mukamana changed this IT ticket at ")
    assert "it is now on hold" in dialog.message.text()
    assert dialog.assignee.currentData() == assigner.user_id  # as chosen
    qtbot.waitUntil(
        lambda: not window.is_busy and window.record.values.get("status") == "on_hold",
        timeout=WAIT_MS,
    )
    with logins.superuser().connect() as su:
        assert (
            su.scalar(text("SELECT status FROM it_support_tickets WHERE id = :t"), {"t": ticket})
            == "on_hold"
        )
    # Seen on hold, the same press goes through.
    qtbot.waitUntil(lambda: dialog.take_button.isEnabled(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: dialog.fields.record.values.get("status") == "on_hold", timeout=WAIT_MS)
    dialog.take_button.click()
    qtbot.waitUntil(
        lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), timeout=WAIT_MS
    )
    qtbot.waitUntil(
        lambda: not window.is_busy and window.record.values.get("status") == "in_progress",
        timeout=WAIT_MS,
    )
