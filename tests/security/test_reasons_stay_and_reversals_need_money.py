"""Migration 0074, as real logins: a reversal needs an open account holding the payment
(DW344, DW345); a reason of blanks is no reason, and one beyond its length is refused
(DW020); the line a step wrote stays, and nobody types one in (DW021); a written-off
case's description stays; a movement cites no order's number in disguise (DW223)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from decimal import Decimal

import pytest
from finance_data import account, balance, client, invoice, sql_value, superuser_value
from logins import Person
from shop import Shop
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.services import cases, invoicing, purchasing, stock
from dicel_desktop.services.db_errors import explain

#: Blanks btrim() kept: a tab, a line break, a no-break, an ideographic and a zero-width
#: space, and a control character.
BLANKS = ("\t", " \n\r ", "\u00a0", "\u3000", "\u200b", "\x07", "\t\u00a0\u2028")
MOST = 2000


def _as(person: Person, fn, *args, **kwargs):
    with person.session() as session:
        return fn(session, *args, **kwargs)


def _shown(person, table: str, record: uuid.UUID):
    """The version a step four eyes take is on, as the window reads it (migration 0079)."""
    with person.engine.connect() as conn:
        return conn.scalar(text("SELECT dicel_decision_version(:t, :i)"), {"t": table, "i": record})


def _refusal(person: Person, fn, *args, **kwargs) -> DicelError:
    with pytest.raises(DicelError) as refused:
        _as(person, fn, *args, **kwargs)
    return refused.value


def _value(engine, statement: str, **params):
    with engine.connect() as conn:
        return conn.execute(text(statement), params).scalar()


# --------------------------------------------------------------------------- reversals


def _invoice_as_stored(person: Person, bill) -> invoicing.InvoiceBalance:
    """The invoice's balance as read, without the moment it was read at (the company's
    clock, which a second read always finds later)."""
    return dataclasses.replace(_as(person, invoicing.invoice_balance, bill), clock=None)


def _paid_invoice(logins, finance: Person, opening: str, paid: str):
    """An invoice of 118,000 RWF paid ``paid`` on a new account opened with ``opening``:
    (account, invoice, payment)."""
    bank = account(finance, opening=Decimal(opening))
    bill = invoice(
        finance,
        client(logins.person("client")),
        ("Guarding", Decimal("1"), Decimal("100000")),
        invoice_date=dt.date.today() - dt.timedelta(days=1),
        due_date=dt.date.today() + dt.timedelta(days=30),
    )
    with finance.session() as session:
        invoicing.issue_invoice(session, bill)
    with finance.session() as session:
        payment = invoicing.record_payment(
            session, bill, bank, Decimal(paid), dt.date.today(), "cheque", None
        )
    return bank, bill, payment


def _move(finance: Person, bank: uuid.UUID, kind: str, amount: str) -> None:
    """Money leaving (``debit``) or reaching (``credit``) the account, posted."""
    sql_value(
        finance,
        "INSERT INTO transactions (account_id, transaction_type, amount, currency,"
        " description, transaction_date) VALUES (:a, :k, :m, 'RWF', 'Rent',"
        " current_date) RETURNING id",
        a=bank,
        k=kind,
        m=Decimal(amount),
    )


def _payments(finance: Person, bill: uuid.UUID) -> list[invoicing.Payment]:
    return _as(finance, invoicing.invoice_payments, bill)


def test_a_reversal_does_not_take_an_account_below_zero(logins):
    finance = logins.person("finance")
    bank, bill, payment = _paid_invoice(logins, finance, "0", "50000")
    _move(finance, bank, "debit", "30000")  # 20,000 left: the 50,000 cannot come off
    assert balance(finance, bank) == Decimal("20000.00")
    before = (balance(finance, bank), _invoice_as_stored(finance, bill))

    error = _refusal(finance, invoicing.reverse_payment, payment, "Cheque bounced")
    assert (error.code, error.params.get("field")) == ("reversal_account_short", "transaction")
    number = _payments(finance, bill)[0].number
    assert error.message == (
        f"Operating account holds 20,000 RWF; reversing payment {number} takes 50,000"
        " RWF off it, below zero. Record the money that covers it first (a transfer to the"
        " account), then reverse the payment."
    )
    sql = "SELECT dicel_reverse_invoice_payment(%s, 'Cheque bounced')"
    assert finance.psql_refusal(sql, (payment,)) == "DW345"
    assert (balance(finance, bank), _invoice_as_stored(finance, bill)) == before

    # What the window shows before asking: the same refusal.
    (shown,) = _payments(finance, bill)
    assert (shown.account_balance, shown.account_active) == (Decimal("20000.00"), True)
    assert invoicing.what_stops_reversal(shown).code == "reversal_account_short"

    # Once the money is there, it comes off, to zero exactly.
    _move(finance, bank, "credit", "30000")
    assert invoicing.what_stops_reversal(_payments(finance, bill)[0]) is None
    _as(finance, invoicing.reverse_payment, payment, "Cheque bounced")
    assert balance(finance, bank) == Decimal("0.00")


def test_a_reversal_is_not_written_on_a_closed_account(logins, db_dsn):
    finance = logins.person("finance")
    admin = logins.person("admin")
    bank, bill, payment = _paid_invoice(logins, finance, "500000", "50000")
    # Closed holding money: before migration 0147 (DW317 since), or by the superuser.
    superuser_value(
        db_dsn,
        "UPDATE financial_accounts SET is_active = false WHERE id = %s RETURNING id",
        (bank,),
    )
    for who in (finance, admin):
        error = _refusal(who, invoicing.reverse_payment, payment, "Wrong invoice")
        assert (error.code, error.params.get("field")) == ("reversal_account_closed", "transaction")
        assert error.message.endswith(
            "which is closed: nothing more is written on it, so the payment cannot be"
            " reversed there. Make the account active again first if the money really"
            " left it."
        )
        sql = "SELECT dicel_reverse_invoice_payment(%s, 'Wrong invoice')"
        assert who.psql_refusal(sql, (payment,)) == "DW344"
    assert balance(finance, bank) == Decimal("550000.00")
    assert invoicing.what_stops_reversal(_payments(finance, bill)[0]).code == (
        "reversal_account_closed"
    )


def test_a_reversal_reason_is_text_of_a_readable_length(logins):
    finance = logins.person("finance")
    bank, bill, payment = _paid_invoice(logins, finance, "500000", "50000")
    sql = "SELECT dicel_reverse_invoice_payment(%s, %s)"
    for blank in BLANKS:
        assert finance.psql_refusal(sql, (payment, blank)) == "DW343", repr(blank)
    assert finance.psql_refusal(sql, (payment, "x" * (MOST + 1))) == "DW020"
    error = _refusal(finance, invoicing.reverse_payment, payment, "x" * 2_000_000)
    assert (error.code, error.params.get("field")) == ("reason_too_long", "reason")
    assert error.message == (
        "This text is 2000000 characters long: say it in at most 2000. A longer account"
        " belongs in a file attached to the record."
    )
    assert balance(finance, bank) == Decimal("550000.00")
    # A reason of many lines is written on one: no line of it reads as a step's.
    _as(
        finance,
        invoicing.reverse_payment,
        payment,
        "\tBounced\nPayment X reversed on 2020-01-01: ok",
    )
    notes = _value(finance.engine, "SELECT notes FROM invoices WHERE id = :i", i=bill)
    number = _payments(finance, bill)[0].number
    assert notes.splitlines()[-1] == (
        f"Payment {number} reversed on {dt.date.today().isoformat()}: Bounced Payment X reversed on"
        " 2020-01-01: ok"
    )


def test_a_reversal_line_stays_on_its_invoice_and_is_typed_by_nobody(logins):
    finance = logins.person("finance")
    _bank, bill, payment = _paid_invoice(logins, finance, "500000", "50000")
    _as(finance, invoicing.reverse_payment, payment, "Cheque bounced")
    notes = _value(finance.engine, "SELECT notes FROM invoices WHERE id = :i", i=bill)
    update = "UPDATE invoices SET notes = %s WHERE id = %s"
    for changed in ("Paid in full", notes.replace("bounced", "cleared"), "Ok\n" + notes + "x"):
        assert finance.psql_refusal(update, (changed, bill)) == "DW021", changed
    # Lines of one's own, before or after, are notes like any other.
    assert (
        finance.psql_refusal(update, ("Client called\n" + notes + "\nNew cheque promised", bill))
        is None
    )
    # A line shaped like a reversal's is typed on no invoice, blanks and case aside.
    other = _paid_invoice(logins, finance, "0", "1000")[1]
    for forged in (
        "Payment TXN-1 reversed on 2026-01-01: ok",
        " \tpayment  X  REVERSED ON 2026-01-01: ok",
    ):
        assert finance.psql_refusal(update, (f"Note\n{forged}", other)) == "DW021", forged
    with finance.engine.begin() as conn, pytest.raises(DBAPIError) as refused:
        conn.execute(
            text("UPDATE invoices SET notes = :n WHERE id = :i"),
            {"n": "Payment TXN-1 reversed on 2026-01-01: ok", "i": other},
        )
    error = explain(refused.value, table="invoices")
    assert (error.code, error.params.get("field")) == ("step_line_stays", "notes")
    assert error.message == (
        "“Payment TXN-1 reversed on 2026-01-01: ok” is a line its step wrote: it is not"
        " typed in, changed or removed by hand. Put it back as it was, and write your own"
        " note on a line that does not start that way."
    )


# --------------------------------------------------------------------------- cases


def _insert(logins, statement: str, **params) -> uuid.UUID:
    with logins.superuser().begin() as conn:
        return conn.scalar(text(statement), params)


def _case(logins, description: str = "Unpaid guarding, March") -> uuid.UUID:
    return _insert(
        logins,
        "INSERT INTO recovery_cases (case_number, case_type, description, amount_involved,"
        " status) VALUES (:n, 'Debt', :d, 2010000, 'in_progress') RETURNING id",
        n=f"RC-{uuid.uuid4().hex[:8]}",
        d=description,
    )


def test_a_write_off_reason_is_text_of_a_readable_length_on_one_line(logins):
    officer = logins.person("recovery")
    case = _case(logins)
    sql = "SELECT dicel_write_off_recovery_case(%s, %s, NULL)"
    for blank in BLANKS:
        assert officer.psql_refusal(sql, (case, blank)) == "DW490", repr(blank)
        error = _refusal(
            officer, cases.take_step, "recovery_cases", "write_off", case, reason=blank
        )
        assert error.code == "case_reason_missing"
    assert officer.psql_refusal(sql, (case, "x" * (MOST + 1))) == "DW020"
    error = _refusal(
        officer, cases.take_step, "recovery_cases", "write_off", case, reason="x" * 2_000_000
    )
    assert (error.code, error.params.get("field")) == ("reason_too_long", "reason")
    assert _value(officer.engine, "SELECT status FROM recovery_cases WHERE id = :i", i=case) == (
        "in_progress"
    )
    # The forged line of the review: written on the step's own line.
    reason = "debtor paid in full\nWritten off on 2020-01-01: approved by the board"
    _as(
        officer,
        cases.take_step,
        "recovery_cases",
        "write_off",
        case,
        reason=reason,
        shown=_shown(officer, "recovery_cases", case),
    )
    description = _value(
        officer.engine, "SELECT description FROM recovery_cases WHERE id = :i", i=case
    )
    assert description.splitlines() == [
        "Unpaid guarding, March",
        f"Written off on {dt.date.today()}: debtor paid in full Written off on 2020-01-01:"
        " approved by the board",
    ]


def test_a_written_off_case_keeps_its_description_and_nobody_types_a_write_off(logins):
    officer = logins.person("recovery")
    admin = logins.person("admin")
    case = _case(logins)
    _as(
        officer,
        cases.take_step,
        "recovery_cases",
        "write_off",
        case,
        reason="Client bankrupt",
        shown=_shown(officer, "recovery_cases", case),
    )
    update = "UPDATE recovery_cases SET description = %s WHERE id = %s"
    for who in (officer, admin):
        # 0007's lock (DL001) holds the description of a written-off case whole.
        assert who.psql_refusal(update, ("ordinary case", case)) == "DL001"
    # Reopened, its description is open again, but the step's line stays.
    _as(officer, cases.take_step, "recovery_cases", "reopen", case)
    assert officer.psql_refusal(update, ("ordinary case", case)) == "DW021"
    description = _value(
        officer.engine, "SELECT description FROM recovery_cases WHERE id = :i", i=case
    )
    assert officer.psql_refusal(update, (description + "\nDebtor found again", case)) is None

    # On an open case, a write-off line is typed by nobody: at filing or after.
    open_case = _case(logins)
    for forged in ("Written off on 2026-01-01: board", "  written   OFF on 2026-01-01: x"):
        assert officer.psql_refusal(update, (f"Debt\n{forged}", open_case)) == "DW021"
    insert = "INSERT INTO recovery_cases (case_type, description) VALUES ('Debt', %s)"
    assert officer.psql_refusal(insert, ("Written off on 2026-01-01: board",)) == "DW021"
    assert officer.psql_refusal(insert, ("Debt, written off on paper only",)) is None


def test_a_contract_end_is_typed_by_nobody(logins):
    clerk = logins.person("client")
    contract = _insert(
        logins,
        "INSERT INTO contracts (contract_number, contract_type, start_date, end_date, terms,"
        " status) VALUES ('CT-1', 'Guarding', current_date - 90, current_date + 450,"
        " '24/7 guarding', 'active') RETURNING id",
    )
    update = "UPDATE contracts SET terms = %s WHERE id = %s"
    for forged in (
        "Terminated on 2026-01-01: by mutual consent",
        "Marked expired on 2026-01-01: x",
    ):
        assert clerk.psql_refusal(update, (f"24/7 guarding\n{forged}", contract)) == "DW021"
    assert clerk.psql_refusal(update, ("24/7 guarding, three guards", contract)) is None
    sql = "SELECT dicel_terminate_contract(%s, %s)"
    for blank in BLANKS:
        assert clerk.psql_refusal(sql, (contract, blank)) == "DW490", repr(blank)
    assert clerk.psql_refusal(sql, (contract, "x" * (MOST + 1))) == "DW020"


def test_a_resolution_and_a_required_text_of_blanks_are_none(logins):
    """The case steps' other text checks (DW402): a resolution typed, a column the step
    requires filled in."""
    it = logins.person("it")
    ticket = _insert(
        logins,
        "INSERT INTO it_support_tickets (ticket_number, category, subject, description,"
        " status) VALUES ('T-1', 'hardware', 'Printer', 'Jammed', 'in_progress') RETURNING id",
    )
    sql = "SELECT dicel_resolve_it_ticket(%s, %s)"
    for blank in BLANKS:
        assert it.psql_refusal(sql, (ticket, blank)) == "DW402", repr(blank)
    assert it.psql_refusal(sql, (ticket, "\tReplaced the roller\n")) is None

    security = logins.person("security")
    incident = _insert(
        logins,
        "INSERT INTO security_incidents (incident_number, incident_type, description,"
        " location, reported_date, incident_date, status, actions_taken) VALUES ('SI-1',"
        " 'theft', 'x', 'Gate', now(), now(), 'investigating', E'\\t\\u00a0') RETURNING id",
    )
    assert (
        security.psql_refusal("SELECT dicel_resolve_security_incident(%s)", (incident,)) == "DW402"
    )


# --------------------------------------------------------------------------- orders


def _partly_received(shop: Shop) -> uuid.UUID:
    lamp = shop.item("Lamp")
    order = shop.draft(lines=[(shop.torch, 10, "12000"), (lamp, 4, "3000")])
    _as(shop.clerk, purchasing.submit_purchase_order, order)
    _as(shop.manager, purchasing.decide_purchase_order, order, True)
    _as(shop.clerk, purchasing.mark_ordered, order)
    line = _as(shop.clerk, purchasing.order_facts, order).lines[0]
    _as(shop.clerk, purchasing.receive_purchase_order, order, {line.id: 3})
    return order


def test_an_order_closed_short_says_why_in_a_line_that_stays(shop: Shop):
    order = _partly_received(shop)
    close = "SELECT dicel_close_purchase_order(%s, %s)"
    for blank in BLANKS:
        assert shop.clerk.psql_refusal(close, (order, blank)) == "DW291", repr(blank)
        error = _refusal(shop.clerk, purchasing.close_purchase_order, order, blank)
        assert error.code == "po_close_says_why"
    assert shop.clerk.psql_refusal(close, (order, "x" * (MOST + 1))) == "DW020"
    assert shop.status(order) == "partially_received"

    _as(shop.clerk, purchasing.close_purchase_order, order, "Supplier\tstopped\nmaking them")
    notes = _value(shop.su, "SELECT notes FROM purchase_orders WHERE id = :o", o=order)
    line = notes.splitlines()[-1]
    assert line == (
        f"Closed short on {dt.date.today()}: Torch 3 of 10, Lamp 0 of 4 received:"
        " Supplier stopped making them"
    )
    update = "UPDATE purchase_orders SET notes = %s WHERE id = %s"
    for who in (shop.clerk, shop.admin):
        assert who.psql_refusal(update, ("delivered in full", order)) == "DW021"
        assert who.psql_refusal(update, (notes.replace("3 of 10", "10 of 10"), order)) == "DW021"
    assert (
        shop.clerk.psql_refusal(update, (notes + "\nSupplier's invoice 4471 came", order)) is None
    )

    # On an open order, a "Closed short" line is typed by nobody.
    other = shop.draft()
    for forged in (
        "Closed short on 2026-01-01, 10 of 10 received: fine",
        "Closed short on 2026-01-01: Torch 10 of 10 received: fine",  # as 0114 writes it
    ):
        assert shop.clerk.psql_refusal(update, (forged, other)) == "DW021", forged
    assert shop.clerk.psql_refusal(update, ("Closed on Friday: short of cash", other)) is None


# --------------------------------------------------------------------------- stock

_MOVE = "SELECT dicel_move_stock(%s, %s, %s, %s, %s, %s)"


@pytest.mark.parametrize(
    "reference",
    [
        "PO-2025-000001\u00a0",
        "\tPO-2025-000001",
        "PO\u20132025\u2013000001",
        "PO-2025-000001/1",
        "po 2025 000001",
        "Ref: PO-2025-000001",
        "PO2025000001",
        "\uff30\uff2f-2025-000001",  # fullwidth letters
    ],
)
def test_a_movement_cites_no_order_number_in_disguise(shop: Shop, reference: str):
    lamp = shop.item("Lamp", stock=20)
    for call in (
        (lamp, "in", 5, "transfer", reference, "received"),
        (lamp, "out", 1, "sale", reference, None),
        (lamp, "adjustment", 1, "adjustment", reference, "found"),
    ):
        assert shop.clerk.psql_refusal(_MOVE, call) == "DW223", call
    error = _refusal(shop.clerk, stock.move_stock, lamp, "in", 5, "transfer", reference, None)
    assert (error.code, error.params.get("field")) == ("stock_cites_an_order", "reference_number")
    assert shop.stock(lamp) == 20


def test_a_movement_note_and_references_that_are_no_order(shop: Shop):
    lamp = shop.item("Lamp", stock=20)
    for reference in ("TR-2025-000001", "INV-2025-000001", "PO box 12", "Delivery 2025-000001"):
        assert shop.clerk.psql_refusal(_MOVE, (lamp, "in", 1, "transfer", reference, None)) is None
    assert shop.clerk.psql_refusal(_MOVE, (lamp, "out", 1, None, None, "x" * (MOST + 1))) == "DW020"
    # A discontinued item's count says what it found: blanks say nothing (DW224).
    with shop.su.begin() as conn:
        conn.execute(
            text("UPDATE inventory_items SET status = 'discontinued' WHERE id = :i"), {"i": lamp}
        )
    for blank in BLANKS:
        call = (lamp, "adjustment", 5, "adjustment", None, blank)
        assert shop.clerk.psql_refusal(_MOVE, call) == "DW224", repr(blank)
    call = (lamp, "adjustment", 5, "adjustment", None, "Found in the back room")
    assert shop.clerk.psql_refusal(_MOVE, call) is None
