"""Migration 0071, as real logins: a movement by hand refers to what fits its type
(DW290); a partly received purchase order is closed short with a reason (DW291), once
even by two sessions at once, and since migration 0114 says so in its state and counts
each of its lines apart; a recovery case is written off, and a contract terminated
or marked expired, only with a reason (DW490), which stays with the record."""

from __future__ import annotations

import datetime as dt
import threading
import uuid

import pytest
from logins import Person
from shop import Shop
from sqlalchemy import text

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.domain.states import STOCK_REFERENCES_OF_MOVEMENT, reference_fits
from dicel_desktop.services import cases, purchasing, stock


def _as(person, fn, *args, **kwargs):
    with person.session() as session:
        return fn(session, *args, **kwargs)


def _shown(person, table: str, record: uuid.UUID):
    """The version a step four eyes take is on, as the window reads it (migration 0079)."""
    with person.engine.connect() as conn:
        return conn.scalar(text("SELECT dicel_decision_version(:t, :i)"), {"t": table, "i": record})


def _refusal(person, fn, *args, **kwargs) -> DicelError:
    with pytest.raises(DicelError) as refused:
        _as(person, fn, *args, **kwargs)
    return refused.value


#: What psql as a person gets: the refusal's SQLSTATE, None when accepted.
_psql = Person.psql_refusal


def _ledger(shop: Shop, item: uuid.UUID) -> list[tuple]:
    return shop.ledger(item)


_MOVE = "SELECT dicel_move_stock(%s, %s, %s, %s, %s, %s)"
_QUANTITY = {"in": 2, "out": 1, "adjustment": -1}

# --------------------------------------------------------------------------- DW290


def test_a_movement_refers_only_to_what_fits_its_type(shop: Shop):
    lamp = shop.item("Lamp", stock=20)
    for who in (shop.clerk, shop.admin):
        error = _refusal(who, stock.move_stock, lamp, "in", 5, "sale", "INV-9", "Received")
        assert (error.code, error.params.get("field")) == (
            "stock_reference_unfit",
            "reference_type",
        )
        assert error.message == (
            "A movement “In” cannot refer to “Sale”. Stock in refers to a transfer, stock out"
            " to a sale or a transfer, an adjustment to a stock count; any of them may refer"
            " to nothing. Choose what this movement refers to."
        )
        for kind, reference in (
            ("in", "adjustment"),
            ("out", "adjustment"),
            ("adjustment", "sale"),
            ("adjustment", "transfer"),
        ):
            call = (lamp, kind, _QUANTITY[kind], reference, None, None)
            assert _psql(who, _MOVE, call) == "DW290", (kind, reference)
    assert shop.stock(lamp) == 20 and _ledger(shop, lamp) == []

    # What fits is moved, and nothing fits every type; an unknown type is still 0013's.
    fitting = [
        (kind, reference)
        for kind, references in STOCK_REFERENCES_OF_MOVEMENT.items()
        for reference in (*sorted(references), None)
    ]
    assert set(fitting) == {
        ("in", "transfer"),
        ("in", None),
        ("out", "sale"),
        ("out", "transfer"),
        ("out", None),
        ("adjustment", "adjustment"),
        ("adjustment", None),
    }
    for kind, reference in fitting:
        assert reference_fits(kind, reference)
        # An adjustment says what the count found (migration 0086), an issue who took it
        # (migration 0088).
        notes = {"adjustment": "Counted", "out": "To the night shift"}.get(kind)
        _as(shop.clerk, stock.move_stock, lamp, kind, _QUANTITY[kind], reference, None, notes)
    assert _ledger(shop, lamp) == [(k, _QUANTITY[k], r) for k, r in fitting]
    assert _psql(shop.clerk, _MOVE, (lamp, "gift", 1, "sale", None, None)) == "DW208"
    # "purchase" keeps its own sentence (receiving's, DW221).
    assert _psql(shop.clerk, _MOVE, (lamp, "out", 1, "purchase", None, None)) == "DW221"


# --------------------------------------------------------------------------- close


def _partly_received(shop: Shop) -> tuple[uuid.UUID, purchasing.OrderFacts]:
    lamp = shop.item("Lamp")
    order = shop.draft(lines=[(shop.torch, 10, "12000"), (lamp, 4, "3000")])
    _as(shop.clerk, purchasing.submit_purchase_order, order)
    _as(shop.manager, purchasing.decide_purchase_order, order, True)
    _as(shop.clerk, purchasing.mark_ordered, order)
    facts = _as(shop.clerk, purchasing.order_facts, order)
    torch_line = facts.lines[0]
    assert _as(shop.clerk, purchasing.receive_purchase_order, order, {torch_line.id: 3}) == (
        "partially_received"
    )
    return order, facts


def _order(shop: Shop, order: uuid.UUID) -> tuple:
    with shop.su.connect() as conn:
        head = conn.execute(
            text("SELECT status, notes, total_amount FROM purchase_orders WHERE id = :o"),
            {"o": order},
        ).one()
        lines = conn.execute(
            text(
                "SELECT quantity, quantity_received FROM purchase_order_lines"
                " WHERE order_id = :o ORDER BY created_at, id"
            ),
            {"o": order},
        ).all()
    return (*head, [tuple(line) for line in lines])


def test_a_partly_received_order_is_closed_short_with_a_reason(shop: Shop):
    order, facts = _partly_received(shop)
    before = _order(shop, order)

    # Without a reason, outside the stores, or by psql: refused, nothing changes.
    for reason in ("", "   "):
        error = _refusal(shop.clerk, purchasing.close_purchase_order, order, reason)
        assert (error.code, error.params.get("field")) == ("po_close_says_why", "reason")
        assert error.message == (
            f"Say why {facts.number} is closed with part of it not received: the reason is"
            " kept in its notes."
        )
    for who in (shop.finance, shop.employee):
        error = _refusal(who, purchasing.close_purchase_order, order, "Supplier out of stock")
        assert error.code in ("stores_only", "denied_change")  # no EXECUTE: 42501
    close = "SELECT dicel_close_purchase_order(%s, %s)"
    assert _psql(shop.employee, close, (order, "x")) in ("DW213", "42501")
    # Only the close makes an order closed short: nobody's UPDATE, the stores' included.
    for who in (shop.clerk, shop.admin):
        for state in ("received", "closed_short"):
            update = "UPDATE purchase_orders SET status = %s WHERE id = %s"
            assert _psql(who, update, (state, order)) == "42501"
    assert _order(shop, order) == before and shop.stock(shop.torch) == 3

    _as(shop.clerk, purchasing.close_purchase_order, order, "  Supplier stopped making them ")
    status, notes, total, lines = _order(shop, order)
    # Its own state, not "received": ten lamps never came (migration 0114).
    assert status == "closed_short" and total == before[2]
    # Each line apart: units of a torch and of a lamp are not added up.
    assert notes.splitlines()[-1] == (
        f"Closed short on {dt.date.today()}: Torch 3 of 10, Lamp 0 of 4 received:"
        " Supplier stopped making them"
    )
    # What was received stays received and in stock; nothing more is received.
    assert lines == [(10, 3), (4, 0)] and shop.stock(shop.torch) == 3
    error = _refusal(shop.clerk, purchasing.receive_purchase_order, order, {facts.lines[0].id: 1})
    assert error.code == "wrong_state"
    assert error.message == "This purchase order is closed short: it can no longer be received."
    # A second close says who closed it, and that it is closed short.
    error = _refusal(shop.admin, purchasing.close_purchase_order, order, "Again")
    with shop.su.connect() as conn:
        clerk = conn.scalar(
            text("SELECT concat_ws(' ', first_name, last_name) FROM users WHERE id = :u"),
            {"u": shop.clerk.user_id},
        )
    assert error.code == "already_decided" and error.params["who"] == clerk
    assert error.params["state"] == "closed short"
    assert _order(shop, order)[1] == notes

    # Only a partly received order closes short: one not yet received is cancelled.
    fresh = shop.draft()
    for who in (shop.clerk, shop.admin):
        error = _refusal(who, purchasing.close_purchase_order, fresh, "Not needed")
        assert error.code == "wrong_state"
        assert error.message == "This purchase order is draft: it can no longer be closed."
    error = _refusal(shop.clerk, purchasing.close_purchase_order, uuid.uuid4(), "Gone")
    assert error.code == "record_gone"


def test_two_sessions_closing_one_order_close_it_once(shop: Shop):
    order, _facts = _partly_received(shop)
    start = threading.Barrier(2)
    outcomes: dict[str, object] = {}

    def close(person) -> None:
        with person.session() as session:
            start.wait()
            try:
                purchasing.close_purchase_order(session, order, f"By {person.email}")
                outcomes[person.email] = None
            except DicelError as refusal:
                outcomes[person.email] = refusal

    threads = [threading.Thread(target=close, args=(p,)) for p in (shop.clerk, shop.clerk2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    refusals = [o for o in outcomes.values() if isinstance(o, DicelError)]
    assert [r.code for r in refusals] == ["already_decided"], outcomes
    notes = _order(shop, order)[1]
    assert sum("Closed short on" in line for line in notes.splitlines()) == 1


# --------------------------------------------------------------------------- DW490


def _insert(logins, statement: str, **params) -> uuid.UUID:
    with logins.superuser().begin() as conn:
        return conn.scalar(text(statement), params)


def _row(logins, table: str, record: uuid.UUID, columns: str) -> tuple:
    with logins.superuser().connect() as conn:
        return tuple(
            conn.execute(text(f"SELECT {columns} FROM {table} WHERE id = :i"), {"i": record}).one()
        )


def test_a_write_off_says_why_and_keeps_it_with_the_case(logins):
    officer = logins.person("recovery")
    case = _insert(
        logins,
        "INSERT INTO recovery_cases (case_number, case_type, description, amount_involved,"
        " status) VALUES ('RC-1', 'Debt', 'Unpaid guarding, March', 2010000, 'in_progress')"
        " RETURNING id",
    )
    for reason in (None, "", "  "):
        error = _refusal(
            officer, cases.take_step, "recovery_cases", "write_off", case, reason=reason
        )
        assert (error.code, error.params.get("field")) == ("case_reason_missing", "reason")
        assert error.message == (
            "Say why this recovery case is written off: the reason is kept with it."
        )
    assert _row(logins, "recovery_cases", case, "status, description") == (
        "in_progress",
        "Unpaid guarding, March",
    )
    # The one-argument step is gone: psql cannot take it without a reason either.
    sql = "SELECT dicel_write_off_recovery_case(%s)"
    assert _psql(officer, sql, (case,)) == "42883"

    _as(
        officer,
        cases.take_step,
        "recovery_cases",
        "write_off",
        case,
        reason=" Client bankrupt ",
        shown=_shown(officer, "recovery_cases", case),
    )
    status, description, completed = _row(
        logins, "recovery_cases", case, "status, description, actual_completion_date"
    )
    assert status == "written_off" and completed is not None
    today = dt.date.today()
    assert description == f"Unpaid guarding, March\nWritten off on {today}: Client bankrupt"


@pytest.mark.parametrize(
    ("action", "state", "done"),
    [("expire", "expired", "Marked expired"), ("terminate", "terminated", "Terminated")],
)
def test_a_contract_ends_with_a_reason_kept_in_its_terms(logins, action, state, done):
    clerk = logins.person("client")
    contract = _insert(
        logins,
        "INSERT INTO contracts (contract_number, contract_type, start_date, end_date, terms,"
        " status) VALUES ('CT-1', 'Guarding', current_date - 90, current_date + 450,"
        " '24/7 guarding, two guards', 'active') RETURNING id",
    )
    error = _refusal(clerk, cases.take_step, "contracts", action, contract, reason=" ")
    assert error.code == "case_reason_missing"
    word = "marked expired" if action == "expire" else "terminated"
    assert error.message == f"Say why this contract is {word}: the reason is kept with it."
    assert _row(logins, "contracts", contract, "status") == ("active",)
    assert _psql(clerk, f"SELECT dicel_{action}_contract(%s)", (contract,)) == "42883"

    _as(clerk, cases.take_step, "contracts", action, contract, reason="Client moved to Huye")
    status, terms, end = _row(logins, "contracts", contract, "status, terms, end_date")
    assert status == state and end == dt.date.today()
    assert terms == f"24/7 guarding, two guards\n{done} on {dt.date.today()}: Client moved to Huye"
