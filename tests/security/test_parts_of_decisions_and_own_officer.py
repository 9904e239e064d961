"""Migration 0087, as real logins with the ninth review's psql statements (/tmp/psql27w
t2, t2b) and the user-eye review: a file on a part of a pending record (an order's line,
a payslip of the pending pay period) is refused while it waits (DW416); one written past
that (the server's own loading) moves the record's version and stops a decision on the
older one; a part's file locks the record; a case's own officer does not write it off
(DW415), and the window's Write off… says why.
"""

from __future__ import annotations

import uuid

import psycopg
import pytest
from helpers import last_march
from logins import Person, open_logins
from shop import Shop
from sqlalchemy import text

from dicel_desktop.domain.roles import Role
from dicel_desktop.services import cases, db_errors, inbox, payroll, purchasing, records

ATTACH = (
    "INSERT INTO documents (owner_table, owner_id, file_name, media_type, content)"
    " VALUES (%s, %s, %s, 'application/pdf', %s)"
)
MARCH = last_march()


def _as(person: Person, fn, *args):
    with person.session() as session:
        found = fn(session, *args)
        session.commit()
        return found


def _version(person: Person, record: uuid.UUID):
    (item,) = [i for i in _as(person, inbox.waiting_for_me) if i.id == record]
    return item.version


def _loaded(dsn: str, table: str, owner: uuid.UUID) -> None:
    """A file the server itself loads (no login's rules apply): it still counts."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(ATTACH, (table, owner, "Loaded.pdf", b"%PDF-1.4 loaded"))


# --------------------------------------------------------------------------- orders


def _pending_order(shop: Shop) -> tuple[uuid.UUID, uuid.UUID]:
    order = shop.draft()
    _as(shop.clerk, purchasing.submit_purchase_order, order)
    with shop.su.connect() as conn:
        line = conn.scalar(
            text("SELECT id FROM purchase_order_lines WHERE order_id = :o"), {"o": order}
        )
    return order, line


def test_a_line_of_a_pending_order_takes_no_file(shop: Shop):
    """t2: the order's writer attaches a "revised x3 price" quote to a line of her pending
    order: refused in her words (the order waits for its decision); the line's hold says
    so; the manager approves on what was shown."""
    order, line = _pending_order(shop)
    shown = _version(shop.manager, order)
    refused = shop.clerk.refusal(
        ATTACH, "purchase_order_lines", line, "Supplier quote - revised x3 price.pdf", b"x3"
    )
    assert refused is not None and refused.sqlstate == "DW416"
    error = db_errors.explain(refused)
    assert error.code == "files_waiting_for_decision"
    assert "waiting for its decision" in error.message and "purchase order" in error.message
    with shop.clerk.session() as session:
        from dicel_desktop.services import documents

        hold = documents.record_hold(session, "purchase_order_lines", line)
    assert hold is not None and (hold.kind, hold.table, hold.adds) == (
        "waiting",
        "purchase_orders",
        False,
    )
    assert _version(shop.manager, order) == shown
    assert (
        shop.manager.refusal("SELECT dicel_decide_purchase_order(%s, true, 'ok', %s)", order, shown)
        is None
    )
    assert shop.status(order) == "approved"


def test_a_file_loaded_on_a_line_moves_the_orders_version(shop: Shop, db_dsn):
    """A line's file written past the refusal still moves the order's version (the inbox's,
    the window's) and stops the decision on the older one."""
    order, line = _pending_order(shop)
    shown = _version(shop.manager, order)
    with shop.manager.session() as session:
        assert (
            records.load_record(session, "purchase_orders", shop.manager.role, order).shown == shown
        )
    _loaded(db_dsn, "purchase_order_lines", line)
    assert _version(shop.manager, order) > shown
    refused = shop.manager.refusal(
        "SELECT dicel_decide_purchase_order(%s, true, 'ok', %s)", order, shown
    )
    assert refused is not None and refused.sqlstate in ("DW007", "DW008")
    assert shop.status(order) == "pending"
    now = _version(shop.manager, order)
    assert (
        shop.manager.refusal("SELECT dicel_decide_purchase_order(%s, true, 'ok', %s)", order, now)
        is None
    )


def test_a_lines_file_locks_the_order(shop: Shop, db_dsn):
    """A file of a line being written holds the order: the decision waits for it (here
    refused at once by its lock timeout) instead of deciding on what it does not see."""
    order, line = _pending_order(shop)
    shown = _version(shop.manager, order)
    with psycopg.connect(db_dsn) as writer:
        writer.execute(ATTACH, ("purchase_order_lines", line, "Late.pdf", b"%PDF-1.4 late"))
        with shop.manager.engine.connect() as conn:
            conn.exec_driver_sql("SET lock_timeout = '200ms'")
            with pytest.raises(Exception) as waited:
                conn.exec_driver_sql(
                    "SELECT dicel_decide_purchase_order(%s, true, 'ok', %s)", (order, shown)
                )
            assert getattr(waited.value, "orig", None) is not None
            assert waited.value.orig.sqlstate == "55P03"
        writer.rollback()
    assert shop.status(order) == "pending"


# --------------------------------------------------------------------------- pay


@pytest.fixture
def pay(db_dsn):
    """Grace (HR) runs March; Jean (finance) approves it; Eric is paid."""
    for logins in open_logins(db_dsn):
        officer = logins.person("hr", first_name="Grace", last_name="Mukamana")
        manager = logins.person("finance", first_name="Jean", last_name="Mugabo")
        logins.person("employee", first_name="Eric", last_name="Habimana")
        period = _as(officer, payroll.run_payroll, *MARCH)
        with logins.superuser().connect() as conn:
            slip = conn.scalar(
                text(
                    "SELECT r.id FROM payroll_records r JOIN payroll_periods p"
                    " ON r.pay_period_start = p.period_start"
                    " AND r.pay_period_end = p.period_end WHERE p.id = :p LIMIT 1"
                ),
                {"p": period},
            )
        yield officer, manager, period, slip


def test_a_payslip_of_the_pending_period_takes_no_file(pay):
    """t2b: HR attaches a "Bonus agreement" to a payslip of the pending period: refused
    (DW416); finance approves on what was shown."""
    officer, manager, period, slip = pay
    shown = _version(manager, period)
    refused = officer.refusal(ATTACH, "payroll_records", slip, "Bonus agreement.pdf", b"bonus")
    assert refused is not None and refused.sqlstate == "DW416"
    assert db_errors.explain(refused).code == "files_waiting_for_decision"
    assert _version(manager, period) == shown
    assert manager.refusal("SELECT dicel_decide_payroll(%s, true, 'ok', %s)", period, shown) is None


def test_a_file_loaded_on_a_payslip_moves_the_periods_version(pay, db_dsn):
    _officer, manager, period, slip = pay
    shown = _version(manager, period)
    _loaded(db_dsn, "payroll_records", slip)
    assert _version(manager, period) > shown
    refused = manager.refusal("SELECT dicel_decide_payroll(%s, true, 'ok', %s)", period, shown)
    assert refused is not None and refused.sqlstate in ("DW007", "DW008")
    now = _version(manager, period)
    assert manager.refusal("SELECT dicel_decide_payroll(%s, true, 'ok', %s)", period, now) is None


# --------------------------------------------------------------------------- the officer

WRITE_OFF = "SELECT dicel_write_off_recovery_case(%s, %s, %s)"


def _shown(person: Person, case: uuid.UUID):
    with person.session() as session:
        return records.load_record(session, "recovery_cases", person.role, case).decision_version


def test_the_officer_working_a_case_does_not_write_it_off(logins):
    """CASE-2026-000043: a colleague opens the case and assigns it to Innocent, who writes
    it off at once with no one else asked: refused in his words (DW415), the window's
    Write off… says why; Celestin writes it off."""
    opener = logins.person(Role.RECOVERY, first_name="Serge", last_name="Niyomugabo")
    innocent = logins.person(Role.RECOVERY, first_name="Innocent", last_name="Bizimana")
    celestin = logins.person(Role.RECOVERY, first_name="Celestin", last_name="Gasana")
    with opener.engine.begin() as conn:
        case = conn.scalar(
            text(
                "INSERT INTO recovery_cases (case_type, description, amount_involved)"
                " VALUES ('Debt', 'Unpaid guarding, March', 2010000) RETURNING id"
            )
        )
    assert (
        opener.refusal("SELECT dicel_assign_recovery_case(%s, %s)", case, innocent.user_id) is None
    )
    refused = innocent.refusal(WRITE_OFF, case, "uncollectable", _shown(innocent, case))
    assert refused is not None and refused.sqlstate == "DW415"
    error = db_errors.explain(refused)
    assert error.message == (
        "You are the officer working this case: another recovery officer or an "
        "administrator writes it off."
    )
    with innocent.session() as session:
        stops = cases.what_stops_step(session, "recovery_cases", "write_off", case)
        assert stops is not None and stops.code == "case_assignee_decision"
        # Marking it recovered stays his.
        assert cases.what_stops_step(session, "recovery_cases", "recover", case) is None
    with celestin.session() as session:
        assert cases.what_stops_step(session, "recovery_cases", "write_off", case) is None
    with opener.engine.connect() as conn:
        state = conn.scalar(text("SELECT status FROM recovery_cases WHERE id = :c"), {"c": case})
    assert state == "in_progress"
    assert celestin.refusal(WRITE_OFF, case, "uncollectable", _shown(celestin, case)) is None
