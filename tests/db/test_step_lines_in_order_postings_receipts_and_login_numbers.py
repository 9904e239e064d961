"""What psql review 35 found (/work/reports/psql35.md, migration 0128), as the demo's
people over psql: a payslip's step lines reordered (F1) or hidden by a lone CR (F2); an
open posting given a closing date already past (F3); one line named three times in a
receipt (F4); retired IT assets with a holder in the demo (F5); a login given an employee
number no employee has (F6).

Real logins on the demo company, each attempt in a transaction rolled back: the shared
demo stays as loaded.
"""

from __future__ import annotations

import json

import psycopg
import pytest
from helpers import one_row as _one
from helpers import refused_here as _refused
from test_approved_leavers_asset_holders_and_receipt_sizes import (
    FINANCE,
    HR,
    INVENTORY,
    _payslip,
    as_each,  # noqa: F401 (a fixture)
)
from test_pay_stops_one_rule import _this_months

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.services import users
from dicel_desktop.services.db_errors import explain

ADMIN = "jean.mugabo@dicel.rw"


@pytest.fixture
def login(psql_login):
    return psql_login


# --------------------------------------------------------------------------- F1, F2

_NOTES = "UPDATE payroll_records SET notes = %s WHERE id = %s"


def test_a_payslips_step_lines_keep_their_order(su, as_each):  # noqa: F811
    """Suspended, then reinstated: the payslip says "Prorated on …" then "Restored on
    …". Swapped, a later termination read the "Prorated" line as the last and paid the
    days suspended; now the swap is refused as any change of a step's line (DW021), by
    HR and by finance alike. Before 0128: UPDATE 1."""
    found, (slip, *_amounts) = _this_months(su, as_each)
    aline = as_each(HR)
    aline.execute("SELECT dicel_suspend_employee(%s)", (found.id,))
    aline.execute("SELECT dicel_reinstate_employee(%s)", (found.id,))
    notes = _payslip(aline, slip)[-1]
    prorated, restored = notes.split("\n")
    assert prorated.startswith("Prorated on ") and restored.startswith("Restored on ")
    for who in (HR, FINANCE):
        error = _refused(as_each(who), _NOTES, (f"{restored}\n{prorated}", slip))
        assert error.sqlstate == "DW021", who
        # Said as moved (migration 0130, review35 F5): "typed in, changed or removed"
        # said nothing of the order.
        assert json.loads(error.diag.message_detail) == {"line": restored, "action": "moved"}
        assert explain(error, table="payroll_records").message == (
            f"“{restored}” is a line its step wrote, moved among the others: lines a step"
            " wrote stay in the order they were written. Put it back where it was, or close"
            " without saving."
        )
    # A line changed is still said as changed.
    error = _refused(as_each(FINANCE), _NOTES, (f"{prorated}\n{restored} (checked)", slip))
    assert json.loads(error.diag.message_detail) == {"line": restored, "action": None}
    assert explain(error).code == "step_line_stays"
    # A note of one's own, between or after them, is still the clerk's.
    as_each(FINANCE).execute(_NOTES, (f"{prorated}\nChecked with HR\n{restored}", slip))


@pytest.mark.parametrize("spliced", ["{notes}\r", "\r{notes}", "{notes}\r\rChecked"])
def test_a_carriage_return_does_not_hide_a_suspension_from_reinstate(su, as_each, spliced):  # noqa: F811
    """Finance puts a lone CR beside the suspension's line (the guard reads CR as a line's
    end, so nothing changed for it): Reinstate… still reads the line and gives the days
    back. Before 0128 the reader saw no line: nothing given back, the person paid 5 of
    31 days for a day's suspension."""
    found, (slip, basic, allowances, net) = _this_months(su, as_each)
    aline = as_each(HR)
    aline.execute("SELECT dicel_suspend_employee(%s)", (found.id,))
    notes = _payslip(aline, slip)[-1]
    as_each(FINANCE).execute(_NOTES, (spliced.format(notes=notes), slip))
    cut = (
        as_each(HR)
        .execute("SELECT new_basic FROM dicel_payslips_cut(%s, 'reinstate')", (found.id,))
        .fetchall()
    )
    assert cut == [(basic,)]
    as_each(HR).execute("SELECT dicel_reinstate_employee(%s)", (found.id,))
    assert _payslip(aline, slip)[1:4] == (basic, allowances, net)


# --------------------------------------------------------------------------- F3


def _posting(conn, state: str):
    return conn.execute(
        "SELECT id FROM job_postings WHERE status = %s ORDER BY id LIMIT 1", (state,)
    ).fetchone()[0]


def test_an_open_posting_is_given_no_closing_date_already_past(login):
    """The review's way round DW502: the posting on hold's past closing date cleared, the
    posting resumed, the date put back: an open posting that had closed. The date put
    back is refused now (DW502, in words of its own), on an open or on-hold posting; a
    date from today, or none, is still HR's. Before 0128: UPDATE 1, open and closed."""
    aline = login(HR)
    posting = _posting(aline, "on_hold")
    (closed_on,) = aline.execute(
        "SELECT closing_date FROM job_postings WHERE id = %s", (posting,)
    ).fetchone()
    set_date = "UPDATE job_postings SET closing_date = %s WHERE id = %s"
    aline.execute(set_date, (None, posting))
    aline.execute("SELECT dicel_resume_job_posting(%s)", (posting,))
    error = _refused(aline, set_date, (closed_on, posting))
    assert error.sqlstate == "DW502"
    assert (error.diag.table_name, error.diag.column_name) == ("job_postings", "closing_date")
    detail = json.loads(error.diag.message_detail)
    assert detail["action"] == "closing_date" and detail["date"] == closed_on.isoformat()
    assert explain(error).message.startswith("This job posting is open or on hold: its closing")
    aline.execute("SELECT dicel_hold_job_posting(%s)", (posting,))
    assert _refused(aline, set_date, (closed_on, posting)).sqlstate == "DW502"
    aline.execute(
        "UPDATE job_postings SET closing_date = dicel_company_day() WHERE id = %s", (posting,)
    )
    # A draft's date is still free: publishing is where DW502 asks it.
    draft = _posting(aline, "draft")
    aline.execute(set_date, (closed_on, draft))


# --------------------------------------------------------------------------- F4


def test_a_receipt_names_each_line_once(su, login):
    """One line named twice in one receipt, each entry within 100,000 (DW498 was asked
    per entry, so one line named three times took 250,000): refused, naming the line,
    nothing received. Before 0128: received, two movements."""
    line = _one(
        su,
        "SELECT o.id AS order_id, l.id AS line_id, i.item_name, l.quantity_received"
        " FROM purchase_orders o JOIN purchase_order_lines l ON l.order_id = o.id"
        " JOIN inventory_items i ON i.id = l.item_id"
        " WHERE o.status IN ('approved', 'ordered') AND l.quantity - l.quantity_received >= 2"
        " ORDER BY o.po_number, l.created_at LIMIT 1",
    )
    divine = login(INVENTORY)
    twice = json.dumps(
        [
            {"line_id": str(line.line_id), "quantity": "1"},
            {"line_id": str(line.line_id).upper(), "quantity": "1"},
        ]
    )
    receive = "SELECT dicel_receive_purchase_order(%s, %s)"
    error = _refused(divine, receive, (line.order_id, twice))
    assert error.sqlstate == "DW503"
    assert json.loads(error.diag.message_detail) == {"line": line.item_name, "times": 2}
    assert explain(error).message.startswith(f"{line.item_name} is named 2 times in this receipt")
    (received,) = divine.execute(
        "SELECT quantity_received FROM purchase_order_lines WHERE id = %s", (line.line_id,)
    ).fetchone()
    assert received == line.quantity_received
    once = json.dumps([{"line_id": str(line.line_id), "quantity": "2"}])
    divine.execute(receive, (line.order_id, once))


# --------------------------------------------------------------------------- F5


def test_the_demo_stores_no_retired_asset_with_a_holder(pristine_demo_dsn):
    """0124: an asset put in storage or retired has no holder; the demo (loaded after the
    migrations, as the superuser) kept 17 retired ones with theirs. A lost or disposed
    asset keeps its holder (who lost it)."""
    with psycopg.connect(pristine_demo_dsn) as conn:
        held = conn.execute(
            "SELECT status, count(*) FROM it_assets WHERE assigned_to IS NOT NULL"
            " AND status IN ('retired', 'in_storage') GROUP BY status"
        ).fetchall()
        (retired,) = conn.execute(
            "SELECT count(*) FROM it_assets WHERE status = 'retired'"
        ).fetchone()
    assert held == []
    assert retired > 0  # the rule is shown, not avoided


# --------------------------------------------------------------------------- F6

_VERIFIER = "SCRAM-SHA-256$4096:c2FsdA==$c3RvcmVk:c2VydmVy"
_CREATE = "SELECT dicel_create_user(%s, %s, 'New', 'Clerk', 'employee', NULL, %s, NULL)"


def test_a_login_is_given_only_an_employees_number(su, login):
    """Create login… with a number no employee has stored it on an active login
    ("EMP-999999"): refused (DU019), naming the number as read, nothing created. Before
    0128: a new user carrying that number."""
    jean = login(ADMIN)
    for typed in ("EMP-999999", " emp-999999 "):
        error = _refused(jean, _CREATE, ("new.clerk@dicel.rw", _VERIFIER, typed))
        assert error.sqlstate == "DU019", typed
        assert json.loads(error.diag.message_detail) == {"employee": "EMP-999999"}
        assert explain(error).message.startswith("No employee has the number EMP-999999")
    (made,) = jean.execute(
        "SELECT count(*) FROM users WHERE email = 'new.clerk@dicel.rw'"
    ).fetchone()
    assert made == 0


def test_a_number_typed_in_lower_case_links_its_employee(su, as_each):  # noqa: F811
    """HR files a new employee; the administrator's Create login… types the number in
    lower case with blanks: the login is linked to that employee and carries the number
    as the employee record writes it. Before 0128: an active login linked to nobody,
    saying " emp-… "; and a suspended employee's number spaced so went past DU018."""
    department = _one(su, "SELECT id FROM departments ORDER BY code LIMIT 1").id
    aline = as_each(HR)
    employee, number = aline.execute(
        "INSERT INTO employees (department_id, position, hire_date, salary)"
        " VALUES (%s, 'Clerk', dicel_company_day() - 30, 300000)"
        " RETURNING id, employee_number",
        (department,),
    ).fetchone()
    jean = as_each(ADMIN)
    jean.execute(_CREATE, ("new.clerk@dicel.rw", _VERIFIER, f"  {number.lower()} "))
    jean.execute("RESET SESSION AUTHORIZATION")
    stored, linked = jean.execute(
        "SELECT u.employee_id, e.user_id = u.id FROM users u, employees e"
        " WHERE u.email = 'new.clerk@dicel.rw' AND e.id = %s",
        (employee,),
    ).fetchone()
    assert (stored, linked) == (number, True)


def test_the_new_user_dialogs_operation_says_the_unknown_number(su, demo_dsn):
    """What the window's Create login… calls (services.users.create_user) words DU019 in
    the administrator's language, with the number as read."""
    from urllib.parse import quote, urlsplit

    from dicel_desktop.db.engine import make_engine
    from dicel_desktop.demo import DEMO_PASSWORD

    parts = urlsplit(demo_dsn)
    netloc = f"{quote(ADMIN, safe='')}:{DEMO_PASSWORD}@{parts.hostname}:{parts.port}"
    engine = make_engine(parts._replace(netloc=netloc).geturl())
    try:
        with engine.connect() as conn, pytest.raises(DicelError) as refused:
            users.create_user(
                conn,
                email="new.clerk@dicel.rw",
                first_name="New",
                last_name="Clerk",
                role="employee",
                password="a long enough password",
                employee_number="emp-999999",
            )
    finally:
        engine.dispose()
    assert refused.value.code == "employee_number_unknown"
    assert "EMP-999999" in refused.value.message


def test_each_refusal_is_registered_and_its_sentence_needs_only_its_data():
    import string

    from dicel_desktop.db.migrate import earlier_revision
    from dicel_desktop.domain.errors import MESSAGES
    from dicel_desktop.services import db_errors

    revision = earlier_revision(
        "0128_step_lines_keep_their_order_a_posting_open_closes_ahead_a_receipt_names_a_line"
        "_once_and_a_login_an_employee"
    )
    for state, (_what, keys) in revision.REFUSALS.items():
        entry = db_errors.registry.REGISTERED[state]
        for code in (entry.code, *(code for _key, code in entry.by_action)):
            wanted = {n for _t, n, _s, _c in string.Formatter().parse(MESSAGES[code]) if n}
            assert wanted <= set(keys), (state, code)
