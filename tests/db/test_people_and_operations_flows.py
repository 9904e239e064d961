"""Employees and training (HR), budget lines (finance), guards, assignments and patrols
(security) move by their department's steps (migration 0049), as real logins.

The department's clerk (or an administrator) takes the steps, which write the days a
person left, a training ran and an enrolment was completed; anyone else is refused by
the database even calling the function with SQL; what a state means elsewhere follows
(the payroll run pays nobody suspended and a terminated person only up to their
termination date, an approval charges an active line only, the Security dashboard
counts completed patrols); final states are frozen (DW405)."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest
from finance_data import budget, spent
from flow_steps import insert_row as _insert
from flow_steps import refusal as _refusal
from flow_steps import row_of as _row
from flow_steps import server_today as _today
from flow_steps import take as _step
from helpers import last_march
from leavers import connects
from logins import Person, new_expense
from sqlalchemy import exc, text

from dicel_desktop.domain.case_flows import FLOWS
from dicel_desktop.domain.errors import DicelError
from dicel_desktop.domain.roles import Role
from dicel_desktop.services import expenses, payroll, users
from dicel_desktop.services.dashboards import load_dashboard

#: The last March that is over and its April (begun at least): payroll runs at most 12
#: months back, so fixed months age out (March 2026 from April 2027).
MARCH = last_march()
APRIL = (MARCH[0].replace(month=4), MARCH[1].replace(month=4, day=30))


def _employee(hr: Person, hired: dt.date = dt.date(2024, 1, 15), **values) -> uuid.UUID:
    return _insert(
        hr,
        "employees",
        position="Guard",
        hire_date=hired,
        salary=Decimal("310000"),
        **values,
    )


# --------------------------------------------------------------------------- employees


def test_hr_puts_an_employee_on_leave_suspends_reinstates_and_terminates_them(logins):
    hr = logins.person(Role.HR)
    today = _today(hr)
    person = _employee(hr)
    for action, state in (
        ("start_leave", "on_leave"),
        ("end_leave", "active"),
        ("suspend", "suspended"),
        ("reinstate", "active"),
    ):
        _step(hr, "employees", action, person)
        assert _row(logins, "employees", person, "status", "termination_date") == (state, None)
    _step(hr, "employees", "terminate", person)
    assert _row(logins, "employees", person, "status", "termination_date") == (
        "terminated",
        today,
    )
    # Gone: nothing of the record changes any more, and no step takes them back.
    with hr.engine.connect() as conn, pytest.raises(exc.DBAPIError) as frozen:
        conn.execute(
            text("UPDATE employees SET work_location = 'Huye' WHERE id = :id"), {"id": person}
        )
    assert frozen.value.orig.sqlstate == "DW405"
    refused = _refusal(hr, "employees", "reinstate", person)
    assert refused.message == "This employee is terminated: it can no longer be reinstated."


def test_a_termination_keeps_an_earlier_date_written_and_never_falls_before_the_hire(logins):
    hr = logins.person(Role.HR)
    today = _today(hr)
    # Left last month, recorded now: the date HR wrote stays.
    left = today - dt.timedelta(days=30)
    earlier = _employee(hr, termination_date=left)
    _step(hr, "employees", "terminate", earlier)
    assert _row(logins, "employees", earlier, "termination_date") == (left,)
    # A notice period written in the form ends today, when HR says they left.
    notice = _employee(hr, termination_date=today + dt.timedelta(days=30))
    _step(hr, "employees", "suspend", notice)
    _step(hr, "employees", "terminate", notice)
    assert _row(logins, "employees", notice, "termination_date") == (today,)
    # Hired for next month and let go before starting: they left on their first day.
    starts = today + dt.timedelta(days=12)
    never_came = _employee(hr, hired=starts)
    _step(hr, "employees", "terminate", never_came)
    assert _row(logins, "employees", never_came, "termination_date") == (starts,)


def test_nobody_changes_their_own_employment_someone_else_in_hr_does(logins):
    # Found as the demo's logins: an HR officer put themselves on leave, suspended and
    # reinstated themselves, and wrote their own termination date (migration 0052).
    hr = logins.person(Role.HR)
    colleague = logins.person(Role.HR)
    admin = logins.person(Role.ADMIN)
    said = "You cannot change your own employment; someone else in HR must."
    for me in (hr, admin):  # an administrator with an employee record too
        mine = me.employee_id
        for action in ("start_leave", "suspend", "terminate"):
            refused = _refusal(me, "employees", action, mine)
            assert (refused.code, refused.message) == ("own_employment", said), action
        with me.engine.connect() as conn, pytest.raises(exc.DBAPIError) as written:
            conn.execute(
                text("UPDATE employees SET termination_date = current_date + 30 WHERE id = :id"),
                {"id": mine},
            )
        assert written.value.orig.sqlstate == "DW009"
        assert written.value.orig.diag.column_name == "termination_date"
        with me.engine.connect() as conn, pytest.raises(exc.DBAPIError) as called:
            conn.execute(text("SELECT dicel_suspend_employee(:id)"), {"id": mine})
        assert called.value.orig.sqlstate == "DW009"
        assert _row(logins, "employees", mine, "status", "termination_date") == ("active", None)
    # Someone else in HR does it. Suspended, the person no longer logs in (migration
    # 0122), so they cannot undo it themselves; reinstated, their login stays off until
    # the administrator turns it back on.
    _step(colleague, "employees", "suspend", hr.employee_id)
    assert not connects(hr)
    _step(admin, "employees", "reinstate", hr.employee_id)
    assert not connects(hr)
    with admin.engine.begin() as conn:
        assert users.reactivate_user(conn, email=hr.email)
    hr.engine.dispose()  # its pooled connections were ended with the login
    # (An administrator's employment is an administrator's to change: migration 0067.)
    _step(hr, "employees", "start_leave", colleague.employee_id)
    assert _row(logins, "employees", hr.employee_id, "status") == ("active",)
    assert _row(logins, "employees", colleague.employee_id, "status") == ("on_leave",)
    # The rest of one's own record is not employment: HR still corrects it.
    with hr.engine.begin() as conn:
        conn.execute(
            text("UPDATE employees SET work_location = 'Huye' WHERE id = :id"),
            {"id": hr.employee_id},
        )


def test_payroll_pays_no_one_suspended_and_a_terminated_person_to_their_last_day(logins):
    hr = logins.person(Role.HR, salary=Decimal("800000"))
    finance = logins.person(Role.FINANCE, salary=Decimal("900000"))
    on_leave, suspended, terminated = (_employee(hr) for _ in range(3))
    with hr.engine.begin() as conn:
        # Written in the form: the day they left, in March.
        conn.execute(
            text("UPDATE employees SET termination_date = :day WHERE id = :id"),
            {"day": MARCH[0].replace(day=10), "id": terminated},
        )
    _step(hr, "employees", "start_leave", on_leave)
    _step(hr, "employees", "suspend", suspended)
    _step(hr, "employees", "terminate", terminated)

    def basics(period) -> dict[uuid.UUID, Decimal]:
        with finance.session() as session:
            payroll.run_payroll(session, *period)
        with logins.superuser().connect() as conn:
            return dict(
                conn.execute(
                    text(
                        "SELECT employee_id, basic_salary FROM payroll_records"
                        " WHERE pay_period_start = :s"
                    ),
                    {"s": period[0]},
                ).all()
            )

    march = basics(MARCH)
    assert march[on_leave] == Decimal("310000")
    assert suspended not in march
    # Ten days of March: 310,000 x 10 / 31.
    assert march[terminated] == Decimal("100000")
    april = basics(APRIL)
    assert on_leave in april and hr.employee_id in april
    assert suspended not in april and terminated not in april


# --------------------------------------------------------------------------- training


def test_a_training_starts_and_ends_today_unless_its_dates_passed(logins):
    hr = logins.person(Role.HR)
    today = _today(hr)
    planned = _insert(
        hr,
        "training_programs",
        title="First aid",
        start_date=today + dt.timedelta(days=5),
        end_date=today + dt.timedelta(days=9),
    )
    _step(hr, "training_programs", "start", planned)
    assert _row(logins, "training_programs", planned, "status", "start_date") == (
        "in_progress",
        today,
    )
    _step(hr, "training_programs", "complete", planned)
    assert _row(logins, "training_programs", planned, "status", "end_date") == (
        "completed",
        today,
    )
    # Recorded after it ran: the dates written stay.
    began, ended = today - dt.timedelta(days=10), today - dt.timedelta(days=8)
    late = _insert(hr, "training_programs", title="Fire drill", start_date=began, end_date=ended)
    _step(hr, "training_programs", "start", late)
    _step(hr, "training_programs", "complete", late)
    assert _row(logins, "training_programs", late, "start_date", "end_date") == (began, ended)
    cancelled = _insert(hr, "training_programs", title="Driving")
    _step(hr, "training_programs", "cancel", cancelled)
    assert _row(logins, "training_programs", cancelled, "status", "start_date") == (
        "cancelled",
        None,
    )


def test_an_enrolment_is_completed_today_or_on_the_day_written_never_before_it_began(logins):
    hr = logins.person(Role.HR)
    today = _today(hr)
    program = _insert(hr, "training_programs", title="First aid")
    # An enrolment is taken once its programme has started (migration 0095, DW419).
    _step(hr, "training_programs", "start", program)
    employee = _employee(hr)

    def enrolled(**values) -> uuid.UUID:
        return _insert(
            hr,
            "training_enrollments",
            training_program_id=program,
            employee_id=employee,
            **values,
        )

    taking = enrolled()
    _step(hr, "training_enrollments", "start", taking)
    _step(hr, "training_enrollments", "complete", taking)
    assert _row(logins, "training_enrollments", taking, "status", "completion_date") == (
        "completed",
        today,
    )
    # From the paper: completed on a day written, straight from enrolled.
    day = today - dt.timedelta(days=20)
    paper = enrolled(enrollment_date=today - dt.timedelta(days=30), completion_date=day)
    _step(hr, "training_enrollments", "complete", paper)
    assert _row(logins, "training_enrollments", paper, "completion_date") == (day,)
    # A completion day written before the enrolment is not kept.
    wrong = enrolled(enrollment_date=today - dt.timedelta(days=3), completion_date=day)
    _step(hr, "training_enrollments", "complete", wrong)
    assert _row(logins, "training_enrollments", wrong, "completion_date") == (
        today - dt.timedelta(days=3),
    )
    for action, state in (("fail", "failed"), ("drop", "dropped")):
        ended = enrolled()
        _step(hr, "training_enrollments", action, ended)
        assert _row(logins, "training_enrollments", ended, "status", "completion_date") == (
            state,
            None,
        )
        refused = _refusal(hr, "training_enrollments", "complete", ended)
        assert refused.code == "wrong_state"


# --------------------------------------------------------------------------- budgets


def test_only_an_active_line_carries_an_approved_expense(logins):
    clerk = logins.person(Role.FINANCE, first_name="Aline", department="FIN")
    manager = logins.person(Role.FINANCE, first_name="Jean", department="FIN")
    fin = logins.department("FIN")
    line = budget(manager, fin, "Fuel", allocated=Decimal("100000"))
    assert _row(logins, "budgets", line, "status") == ("active",)

    def approve() -> None:
        expense = new_expense(clerk, department_id=fin, amount=Decimal("25000.00")).id
        with manager.session() as session:
            expenses.decide_expense(session, expense, True, "")

    charged = Decimal("0.00")
    # Back to draft while nothing is charged (migration 0056), frozen once it is.
    for away, back, state in (("recall", "activate", "draft"), ("freeze", "unfreeze", "frozen")):
        _step(manager, "budgets", away, line)
        with pytest.raises(DicelError) as refused:
            approve()
        assert refused.value.message.startswith(
            f"The 2026 budget for Fuel in Department FIN is {state}: no expense is approved"
        )
        assert spent(manager, line) == charged
        _step(manager, "budgets", back, line)
        approve()
        charged += Decimal("25000.00")
        assert spent(manager, line) == charged
    assert charged == Decimal("50000.00")
    _step(manager, "budgets", "close", line)
    with pytest.raises(DicelError):
        approve()
    with manager.engine.connect() as conn, pytest.raises(exc.DBAPIError) as frozen:
        conn.execute(
            text("UPDATE budgets SET allocated_amount = 900000 WHERE id = :id"), {"id": line}
        )
    assert frozen.value.orig.sqlstate == "DW405"
    assert _row(logins, "budgets", line, "status", "spent_amount") == (
        "closed",
        Decimal("50000.00"),
    )


def test_a_line_with_spending_does_not_go_back_to_draft_by_any_path(logins):
    """Migration 0056: a draft line is one nobody has charged. Finance is refused taking
    a line with spending back to draft (DW334, said with the amount), by the window's
    service and by the function called with SQL; no role writes the state by UPDATE;
    freezing still stops further expenses."""
    clerk = logins.person(Role.FINANCE, first_name="Aline", department="FIN")
    manager = logins.person(Role.FINANCE, first_name="Jean", department="FIN")
    fin = logins.department("FIN")
    line = budget(manager, fin, "Fuel", allocated=Decimal("100000"))
    expense = new_expense(clerk, department_id=fin, amount=Decimal("25000.00")).id
    with manager.session() as session:
        expenses.decide_expense(session, expense, True, "")

    refused = _refusal(manager, "budgets", "recall", line)
    assert refused.code == "budget_draft_uncharged"
    assert refused.message == (
        "Expenses of 25,000 RWF are already charged to this budget, so it cannot go back to "
        "draft: a draft budget has nothing charged to it. Freeze it to stop further expenses."
    )
    with manager.engine.connect() as conn, pytest.raises(exc.DBAPIError) as called:
        conn.execute(text("SELECT public.dicel_recall_budget(:id)"), {"id": line})
    assert called.value.orig.sqlstate == "DW334"
    assert called.value.orig.diag.message_detail is not None
    for role in Role:
        person = manager if role is Role.FINANCE else logins.person(role)
        with person.engine.connect() as conn, pytest.raises(exc.DBAPIError) as written:
            conn.execute(text("UPDATE budgets SET status = 'draft' WHERE id = :id"), {"id": line})
        assert written.value.orig.sqlstate == "42501", role
    assert _row(logins, "budgets", line, "status", "spent_amount") == (
        "active",
        Decimal("25000.00"),
    )
    _step(manager, "budgets", "freeze", line)
    assert _row(logins, "budgets", line, "status") == ("frozen",)


# --------------------------------------------------------------------------- security


def test_a_guard_who_left_is_reinstated_on_the_same_record(logins):
    security = logins.person(Role.SECURITY)
    guard = _insert(security, "security_guards", assigned_location="Huye")
    for action, state in (
        ("start_leave", "on_leave"),
        ("suspend", "suspended"),
        ("deactivate", "inactive"),
        ("reinstate", "active"),
    ):
        _step(security, "security_guards", action, guard)
        assert _row(logins, "security_guards", guard, "status") == (state,)
    # Never final: still corrected.
    with security.engine.begin() as conn:
        conn.execute(
            text("UPDATE security_guards SET assigned_location = 'Kigali HQ' WHERE id = :id"),
            {"id": guard},
        )


def test_assignments_are_worked_missed_or_cancelled_and_then_stay(logins):
    security = logins.person(Role.SECURITY)
    start = dt.datetime(2026, 3, 2, 6, tzinfo=dt.UTC)
    # A shift is started or completed with its guard (migration 0107).
    guard = _insert(security, "security_guards", user_id=logins.person(Role.EMPLOYEE).user_id)

    def shift(begins: dt.datetime = start) -> uuid.UUID:
        return _insert(
            security,
            "security_assignments",
            guard_id=guard,
            location="Kigali HQ gate",
            shift_start=begins,
            shift_end=begins + dt.timedelta(hours=12),
        )

    worked, after, missed = shift(), shift(), shift()
    # Withdrawn while it is still to come (once ended it was worked or missed: 0105).
    cancelled = shift(dt.datetime.now(dt.UTC) + dt.timedelta(days=3))
    _step(security, "security_assignments", "start", worked)
    _step(security, "security_assignments", "complete", worked)
    # Marked complete after the shift, its start never marked.
    _step(security, "security_assignments", "complete", after)
    _step(security, "security_assignments", "miss", missed)
    _step(security, "security_assignments", "cancel", cancelled)
    states = [_row(logins, "security_assignments", r, "status")[0] for r in (worked, after)]
    assert states == ["completed", "completed"]
    assert _row(logins, "security_assignments", missed, "status") == ("missed",)
    refused = _refusal(security, "security_assignments", "start", cancelled)
    assert refused.message == "This assignment is cancelled: it can no longer be started."
    with security.engine.connect() as conn, pytest.raises(exc.DBAPIError) as frozen:
        conn.execute(
            text("UPDATE security_assignments SET notes = 'Late' WHERE id = :id"), {"id": missed}
        )
    assert frozen.value.orig.sqlstate == "DW405"


def test_the_security_dashboard_counts_the_patrols_completed(logins):
    security = logins.person(Role.SECURITY)

    def patrols_done() -> float:
        with security.session() as session:
            data = load_dashboard(session, "security")
        (value,) = [f.value for f in data.figures if f.figure.key == "patrols_done"]
        return float(value)

    with security.engine.connect() as conn:
        now = conn.scalar(text("SELECT now()"))
    done, aborted, walking = (_insert(security, "patrol_logs", start_time=now) for _ in range(3))
    assert patrols_done() == 0.0
    _step(security, "patrol_logs", "complete", done)
    _step(security, "patrol_logs", "abort", aborted)
    assert _row(logins, "patrol_logs", aborted, "status") == ("aborted",)
    # One of three started this month.
    assert patrols_done() == pytest.approx(100 / 3)
    assert _row(logins, "patrol_logs", walking, "status") == ("in_progress",)


def test_attendance_is_of_the_days_people_were_expected_at_work(logins):
    """A day of approved leave or a public holiday is not an absence: counted among the
    days, it lowered HR's attendance rate (eye44): 3 of 7 days read 42.9 %."""
    hr = logins.person(Role.HR)
    with hr.engine.connect() as conn:
        today = conn.scalar(text("SELECT dicel_company_day()"))
    statuses = ("present", "late", "remote", "absent", "on_leave", "on_leave", "holiday")
    for status in statuses:
        _insert(hr, "attendance_records", employee_id=_employee(hr), date=today, status=status)
    with hr.session() as session:
        data = load_dashboard(session, "hr")
    (rate,) = [f.value for f in data.figures if f.figure.key == "attendance"]
    assert float(rate) == pytest.approx(100 * 3 / 4)  # the absent one of four expected


def _step_at(person, table: str, action: str, record: uuid.UUID) -> dt.datetime:
    """``person`` takes ``action`` on ``record`` with SQL: the moment of the step (its
    transaction's ``now()``)."""
    function = FLOWS[table].function(action)
    with person.engine.begin() as conn:
        conn.execute(text(f"SELECT public.{function}(:id)"), {"id": record})
        return conn.scalar(text("SELECT now()"))


def test_a_patrol_ends_when_it_is_completed_or_aborted_never_before_it_started(logins):
    """Migration 0056: completing or aborting a patrol writes its end time, the moment of
    the step, or the earlier end time written in its form; one whose start is still ahead
    is refused (DW407), and stays as it was."""
    security = logins.person(Role.SECURITY)
    with security.engine.connect() as conn:
        now = conn.scalar(text("SELECT now()"))
    hour = dt.timedelta(hours=1)
    walked, cut_short, written, ahead, typed_ahead = (
        _insert(security, "patrol_logs", start_time=now - 3 * hour) for _ in range(5)
    )
    at = _step_at(security, "patrol_logs", "complete", walked)
    assert _row(logins, "patrol_logs", walked, "status", "end_time") == ("completed", at)
    at = _step_at(security, "patrol_logs", "abort", cut_short)
    assert _row(logins, "patrol_logs", cut_short, "status", "end_time") == ("aborted", at)

    # Ended an hour ago, written in the form from the guard's sheet: kept. An end time
    # still ahead is not kept: it ended now.
    with security.engine.begin() as conn:
        conn.execute(
            text("UPDATE patrol_logs SET end_time = :t WHERE id = :id"),
            {"t": now - hour, "id": written},
        )
        conn.execute(
            text("UPDATE patrol_logs SET end_time = :t WHERE id = :id"),
            {"t": now + 5 * hour, "id": typed_ahead},
        )
    _step(security, "patrol_logs", "complete", written)
    assert _row(logins, "patrol_logs", written, "end_time") == (now - hour,)
    at = _step_at(security, "patrol_logs", "complete", typed_ahead)
    assert _row(logins, "patrol_logs", typed_ahead, "end_time") == (at,)

    # Starts in years: neither completed nor aborted before then.
    start = dt.datetime(2031, 5, 4, 22, 30, tzinfo=dt.UTC)
    with security.engine.begin() as conn:
        conn.execute(
            text("UPDATE patrol_logs SET start_time = :t WHERE id = :id"),
            {"t": start, "id": ahead},
        )
    for action, done in (("complete", "completed"), ("abort", "aborted")):
        refused = _refusal(security, "patrol_logs", action, ahead)
        assert refused.code == "case_too_early"
        local = start.astimezone().strftime("%Y-%m-%d %H:%M")
        assert refused.message == (
            f"This patrol log cannot be {done} before its start time, {local}. If that is "
            "wrong, correct the start time first."
        )
        with security.engine.connect() as conn, pytest.raises(exc.DBAPIError) as called:
            conn.execute(
                text(f"SELECT public.{FLOWS['patrol_logs'].function(action)}(:id)"), {"id": ahead}
            )
        assert called.value.orig.sqlstate == "DW407"
        assert called.value.orig.diag.column_name == "start_time"
    assert _row(logins, "patrol_logs", ahead, "status", "end_time") == ("in_progress", None)


# --------------------------------------------------------------------------- who


_NEW = {
    "employees": lambda p: _employee(p),
    "training_programs": lambda p: _insert(p, "training_programs", title="First aid"),
    "budgets": lambda p: budget(p, None, "Fuel"),
    # Begun an hour ago: completed now, it lasts less than a day (DW446, migration 0111).
    "patrol_logs": lambda p: _insert(
        p, "patrol_logs", start_time=dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
    ),
}


@pytest.mark.parametrize("table", list(_NEW))
def test_only_the_department_and_admin_take_the_steps_even_with_sql(logins, table):
    flow = FLOWS[table]
    clerk = logins.person(flow.workers[0])
    record = _NEW[table](clerk)
    first = _row(logins, table, record, "status")
    for other in set(Role) - set(flow.workers):
        person = logins.person(other)
        for step in flow.steps:
            with person.engine.connect() as conn, pytest.raises(exc.ProgrammingError) as refused:
                conn.execute(text(f"SELECT public.{flow.function(step)}(:id)"), {"id": record})
            assert refused.value.orig.sqlstate == "42501", (other, step.action)
        with person.engine.connect() as conn, pytest.raises(exc.ProgrammingError) as written:
            conn.execute(
                text(f"UPDATE {table} SET status = :s WHERE id = :id"),
                {"s": flow.steps[0].target, "id": record},
            )
        assert written.value.orig.sqlstate == "42501", other
    assert _row(logins, table, record, "status") == first
    _step(logins.person(Role.ADMIN), table, flow.steps[0].action, record)
    assert _row(logins, table, record, "status") == (flow.steps[0].target,)
