"""Two people at once on steps allowed again from the state the first one left (migration
0143, conc40): an invoice payment, a delivery received, a ticket's or case's Assign… and
hold. The second person's step carries what they were shown; one booked since by a
colleague, while the second waited for the first's lock, refuses it in words naming who,
when and what, and nothing of it is booked."""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from decimal import Decimal

import pytest
from finance_data import account, client, invoice
from logins import Person
from shop import Shop, open_shop
from sqlalchemy import text

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.services import cases, invoicing, purchasing


@pytest.fixture
def shop(db_dsn):
    yield from open_shop(db_dsn)


def _second_waits_for_the_first(logins, first_sql: str, params: dict, first: Person, second):
    """``first`` runs ``first_sql`` in an open transaction; ``second()`` starts meanwhile
    in a thread and is seen waiting for its lock (pg_stat_activity, read as the
    superuser); then the first commits. Returns what the second raised (or None)."""
    outcome: dict[str, object] = {}
    with first.engine.connect() as conn:
        conn.execute(text(first_sql), params)

        def run() -> None:
            try:
                second()
                outcome["error"] = None
            except DicelError as error:
                outcome["error"] = error
            except Exception as error:  # said by the assertion below, not lost in the thread
                outcome["unexpected"] = error

        thread = threading.Thread(target=run)
        thread.start()
        with logins.superuser().connect() as su:
            for _ in range(600):
                waiting = su.scalar(
                    text("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")
                )
                su.rollback()  # the server's activity is read once a transaction
                if waiting or not thread.is_alive():
                    break
                threading.Event().wait(0.05)
        assert waiting, f"the second step did not wait for the first's lock: {outcome}"
        conn.commit()
    thread.join(timeout=60)
    assert "error" in outcome
    return outcome["error"]


def _local_time(moment: dt.datetime) -> str:
    return moment.astimezone().strftime("%H:%M")


# --------------------------------------------------------------------------- 1. payment


def test_a_payment_recorded_since_the_second_officer_opened_the_invoice_is_not_booked_again(
    logins,
):
    first = logins.person("finance", first_name="Divine", last_name="Keza")
    second = logins.person("finance", first_name="Robert", last_name="Habiyaremye")
    bank = account(first)
    bill = invoice(first, client(logins.person("client")), ("Guarding", 1, 4000000))
    with first.session() as session:
        invoicing.issue_invoice(session, bill)
    shown = Decimal(0)  # both dialogs showed "Paid so far 0"

    def pay_again() -> None:
        with second.session() as session:
            invoicing.record_payment(
                session,
                bill,
                bank,
                Decimal(2000000),
                dt.date.today(),
                "bank_transfer",
                "BK-778",
                shown_paid=shown,
            )

    error = _second_waits_for_the_first(
        logins,
        "SELECT dicel_record_invoice_payment(:i, :a, 2000000, NULL, 'bank_transfer', 'BK-778', 0)",
        {"i": bill, "a": bank},
        first,
        pay_again,
    )
    assert error is not None and error.code == "paid_since_shown"
    said = str(error)
    assert "Divine Keza" in said and "2,000,000" in said
    with logins.superuser().connect() as su:
        booked = su.scalar(
            text(
                "SELECT t.created_at FROM transactions t JOIN invoices i"
                " ON t.reference_number = i.invoice_number WHERE i.id = :i"
            ),
            {"i": bill},
        )
        paid = su.scalar(text("SELECT dicel_invoice_paid(:i)"), {"i": bill})
    assert _local_time(booked) in said
    assert paid == Decimal(2000000)  # one payment, not two
    # On what is paid now, the same payment goes through (a second instalment).
    with second.session() as session:
        invoicing.record_payment(
            session,
            bill,
            bank,
            Decimal(2000000),
            dt.date.today(),
            "bank_transfer",
            "BK-779",
            shown_paid=Decimal(2000000),
        )
    # The six-argument form the README promises checks nothing, as before.
    with first.engine.begin() as conn:
        conn.execute(
            text("SELECT dicel_record_invoice_payment(:i, :a, 1, NULL, 'cash', 'A-1')"),
            {"i": bill, "a": bank},
        )


# --------------------------------------------------------------------------- 2. receipt


def test_a_delivery_received_since_the_second_clerk_opened_the_order_is_not_received_twice(
    logins, shop: Shop
):
    order = shop.draft(lines=[(shop.torch, 25, "11500")])
    with shop.clerk.session() as session:
        purchasing.submit_purchase_order(session, order)
    with shop.manager.session() as session:
        purchasing.decide_purchase_order(session, order, True)
    with shop.clerk2.session() as session:
        (line,) = purchasing.order_facts(session, order).lines
    assert line.received == 0

    def receive_again() -> None:
        with shop.clerk2.session() as session:
            purchasing.receive_purchase_order(
                session, order, {line.id: 10}, shown_received={line.id: line.received}
            )

    error = _second_waits_for_the_first(
        logins,
        "SELECT dicel_receive_purchase_order(:o, CAST(:l AS jsonb))",
        {"o": order, "l": f'[{{"line_id": "{line.id}", "quantity": 10}}]'},
        shop.clerk,
        receive_again,
    )
    assert error is not None and error.code == "received_since_shown"
    said = str(error)
    assert "10 of Torch" in said and "Eric Tester" in said
    assert shop.stock(shop.torch) == 10  # one delivery of 10, booked once
    # On what has arrived now, the next delivery goes through.
    with shop.clerk2.session() as session:
        purchasing.receive_purchase_order(
            session, order, {line.id: 5}, shown_received={line.id: 10}
        )
    assert shop.stock(shop.torch) == 15


# --------------------------------------------------------------------------- 3. steps


def _file_ticket(person: Person) -> uuid.UUID:
    with person.engine.begin() as conn:
        return conn.scalar(
            text(
                "INSERT INTO it_support_tickets (category, subject, description)"
                " VALUES ('Hardware', 'Printer jams', 'Paper jams on every page.') RETURNING id"
            )
        )


def _version(person: Person, table: str, record: uuid.UUID) -> dt.datetime:
    """The record's version as its window reads it (``Record.version``, its updated_at)."""
    with person.engine.connect() as conn:
        return conn.scalar(text(f"SELECT updated_at FROM {table} WHERE id = :i"), {"i": record})


def test_assign_does_not_take_a_ticket_out_of_a_hold_put_since_it_was_opened(logins):
    holder = logins.person("it", first_name="Claudine", last_name="Mukamana")
    assigner = logins.person("it", first_name="Kevin", last_name="Tuyishime")
    jeanne = logins.person("it", first_name="Jeanne", last_name="Kalisa")
    ticket = _file_ticket(logins.person("employee"))
    with holder.session() as session:
        cases.take_step(session, "it_support_tickets", "assign", ticket, assignee=holder.user_id)
    shown = _version(assigner, "it_support_tickets", ticket)

    def assign() -> None:
        with assigner.session() as session:
            cases.take_step(
                session,
                "it_support_tickets",
                "assign",
                ticket,
                assignee=jeanne.user_id,
                shown=shown,
            )

    error = _second_waits_for_the_first(
        logins, "SELECT dicel_hold_it_ticket(:t)", {"t": ticket}, holder, assign
    )
    assert error is not None and error.code == "step_since_shown"
    assert "Claudine Mukamana" in str(error) and "on hold" in str(error)
    with logins.superuser().connect() as su:
        state, assigned = su.execute(
            text("SELECT status, assigned_to FROM it_support_tickets WHERE id = :t"),
            {"t": ticket},
        ).one()
    assert (state, assigned) == ("on_hold", holder.user_id)
    # Shown the hold, the same Assign… goes through.
    with assigner.session() as session:
        cases.take_step(
            session,
            "it_support_tickets",
            "assign",
            ticket,
            assignee=jeanne.user_id,
            shown=_version(assigner, "it_support_tickets", ticket),
        )


def test_two_assigns_of_a_recovery_case_at_once_name_the_first_assignee_to_the_second(logins):
    first = logins.person("recovery", first_name="Ange", last_name="Rukundo")
    second = logins.person("recovery", first_name="Innocent", last_name="Bizimana")
    serge = logins.person("recovery", first_name="Serge", last_name="Niyomugabo")
    with first.engine.begin() as conn:
        case = conn.scalar(
            text(
                "INSERT INTO recovery_cases (case_type, description)"
                " VALUES ('invoice_debt', 'Unpaid guarding invoices') RETURNING id"
            ),
        )
    shown = _version(second, "recovery_cases", case)

    def assign_self() -> None:
        with second.session() as session:
            cases.take_step(
                session, "recovery_cases", "assign", case, assignee=second.user_id, shown=shown
            )

    error = _second_waits_for_the_first(
        logins,
        "SELECT dicel_assign_recovery_case(:c, :a)",
        {"c": case, "a": serge.user_id},
        first,
        assign_self,
    )
    assert error is not None and error.code == "step_since_shown_assigned"
    assert "Ange Rukundo" in str(error) and "Serge Niyomugabo" in str(error)
    with logins.superuser().connect() as su:
        assert (
            su.scalar(text("SELECT assigned_to FROM recovery_cases WHERE id = :c"), {"c": case})
            == serge.user_id
        )


def test_a_steps_shown_form_exists_for_every_step_allowed_from_several_states(logins):
    from dicel_desktop.domain.case_flows import FLOWS, takes_shown

    expected = {
        flow.function(step)
        for flow in FLOWS.values()
        for step in flow.steps
        if takes_shown(flow, step)
    }
    with logins.superuser().connect() as su:
        found = set(
            su.scalars(
                text(
                    "SELECT proname FROM pg_proc WHERE pronamespace = 'public'::regnamespace"
                    " AND proargnames[pronargs] = 'shown' AND proname = ANY (:names)"
                ),
                {"names": sorted(expected)},
            )
        )
    assert "dicel_assign_it_ticket" in expected and "dicel_hold_it_ticket" in expected
    assert found == expected
