"""Deciding expenses (``dicel_decide_expense``, migration 0014), as real logins.

A finance login other than the expense's creator approves or rejects it, once; an
approval charges the department's active budget line for its category and year in the
same transaction, or does not happen. The database refuses the rest, whatever the path.
"""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal

import psycopg
import pytest
from finance_data import audit_count, budget, spent, sql_value, superuser_value
from logins import new_expense
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.services import expenses, inbox, records


@pytest.fixture
def office(logins):
    """A finance clerk who files expenses, and a finance manager who decides them."""
    clerk = logins.person("finance", first_name="Aline", last_name="Uwase", department="FIN")
    manager = logins.person("finance", first_name="Jean", last_name="Mugabo", department="FIN")
    return clerk, manager, logins.department("FIN")


def _expense(clerk, department, **values):
    return new_expense(clerk, department_id=department, **values).id


def _state(person, expense_id):
    with person.engine.begin() as conn:
        return conn.execute(
            text("SELECT status, approved_by, decision_note FROM expenses WHERE id = :e"),
            {"e": expense_id},
        ).one()


def _waiting_ids(person):
    """What the approvals inbox lists for ``person`` ("Waiting for me")."""
    with person.session() as session:
        return [item.id for item in inbox.waiting_for_me(session)]


def _decide(person, expense_id, approve=True, note=""):
    with person.session() as session:
        expenses.decide_expense(session, expense_id, approve, note)


def test_an_approval_charges_the_budget_line_in_the_same_transaction(office, db_dsn):
    clerk, manager, fin = office
    line = budget(manager, fin, "Fuel", allocated=Decimal("100000"))
    expense = _expense(clerk, fin, amount=Decimal("25000.00"))

    _decide(manager, expense, note="Generator ran all week")

    status, approved_by, note = _state(manager, expense)
    assert (status, approved_by, note) == ("approved", manager.user_id, "Generator ran all week")
    assert spent(manager, line) == Decimal("25000.00")
    # One decision, one audit entry for it (and one for the budget line it charged).
    assert audit_count(db_dsn, "expenses", expense) == 1
    assert audit_count(db_dsn, "budgets", line) == 1


def test_a_rejection_charges_nothing_and_keeps_the_reason(office):
    clerk, manager, fin = office
    line = budget(manager, fin, "Fuel")
    expense = _expense(clerk, fin)
    _decide(manager, expense, approve=False, note="No receipt attached")
    assert _state(manager, expense)[::2] == ("rejected", "No receipt attached")
    assert spent(manager, line) == Decimal("0.00")


def test_an_expense_filed_by_mistake_is_withdrawn_before_anyone_decides_it(logins, office):
    clerk, manager, fin = office
    line = budget(manager, fin, "Fuel")
    expense = _expense(clerk, fin)
    with clerk.session() as session:
        expenses.cancel_expense(session, expense, "Filed twice")
    assert _state(manager, expense)[::2] == ("cancelled", "Filed twice")
    # Withdrawn, it is no longer decided, nor waits for anyone; the decider is told who
    # withdrew it (migration 0121: the state alone before).
    with pytest.raises(DicelError) as late:
        _decide(manager, expense)
    assert late.value.code == "already_decided"
    assert late.value.message.startswith("Already cancelled by Aline Uwase at ")
    assert spent(manager, line) == Decimal("0.00")

    decided = _expense(clerk, fin)
    _decide(manager, decided, approve=False, note="No receipt")
    with pytest.raises(DicelError) as refused, clerk.session() as session:
        expenses.cancel_expense(session, decided)
    assert refused.value.message.startswith("Already rejected by Jean Mugabo at ")
    with logins.person("compliance").engine.begin() as conn, pytest.raises(DBAPIError) as psql:
        conn.execute(text("SELECT dicel_cancel_expense(:e, NULL)"), {"e": decided})
    assert psql.value.orig.sqlstate == "42501"


def test_no_one_decides_their_own_expense_not_even_with_psql(office):
    clerk, manager, fin = office
    budget(manager, fin, "Fuel")
    expense = _expense(clerk, fin)
    with pytest.raises(DicelError) as refused:
        _decide(clerk, expense)
    assert refused.value.message == "You cannot decide your own expense; someone else must."
    with clerk.engine.begin() as conn, pytest.raises(DBAPIError) as raw:
        conn.execute(text("SELECT dicel_decide_expense(:e, true, '')"), {"e": expense})
    assert raw.value.orig.sqlstate == "DW003"
    assert _state(manager, expense).status == "pending"


def test_no_one_approves_an_expense_they_changed_not_even_with_psql(logins, office):
    # Found with psql: a finance clerk raised a colleague's expense, named a vendor of
    # their own, approved it and paid it alone (migration 0027).
    clerk, manager, fin = office
    budget(manager, fin, "Fuel", allocated=Decimal("10000000"))
    expense = _expense(clerk, fin, amount=Decimal("310500.00"))
    with manager.engine.begin() as conn:
        conn.execute(
            text("UPDATE expenses SET amount = 9000000, vendor = 'Mugabo Ltd' WHERE id = :e"),
            {"e": expense},
        )
    # It waits for somebody else: the inbox does not offer it to the one who changed it.
    assert expense not in _waiting_ids(manager)
    with pytest.raises(DicelError) as refused:
        _decide(manager, expense)
    assert refused.value.message == "You changed this expense: someone else must approve it."
    with manager.engine.begin() as conn, pytest.raises(DBAPIError) as raw:
        conn.execute(text("SELECT dicel_decide_expense(:e, true, '')"), {"e": expense})
    assert raw.value.orig.sqlstate == "DW005"
    assert _state(manager, expense).status == "pending"
    # Someone who only reads it decides it; the one who changed it may still reject one.
    other = logins.person("finance", first_name="Eric", department="FIN")
    assert expense in _waiting_ids(other)
    _decide(other, expense)
    assert _state(other, expense)[:2] == ("approved", other.user_id)
    another = _expense(clerk, fin)
    with manager.engine.begin() as conn:
        conn.execute(text("UPDATE expenses SET vendor = 'X' WHERE id = :e"), {"e": another})
    _decide(manager, another, approve=False, note="Not ours")
    assert _state(manager, another).status == "rejected"


@pytest.mark.parametrize("role", ["admin", "hr", "employee"])
def test_only_finance_may_decide_and_editing_the_state_is_refused(logins, office, role):
    clerk, manager, fin = office
    expense = _expense(clerk, fin)
    other = logins.person(role)
    with other.engine.begin() as conn, pytest.raises(DBAPIError) as refused:
        conn.execute(text("SELECT dicel_decide_expense(:e, true, '')"), {"e": expense})
    assert refused.value.orig.sqlstate == "42501"
    for person in (other, manager):
        with person.engine.begin() as conn, pytest.raises(DBAPIError) as edited:
            conn.execute(
                text("UPDATE expenses SET status = 'approved' WHERE id = :e"), {"e": expense}
            )
        assert edited.value.orig.sqlstate == "42501"
        with person.engine.begin() as conn, pytest.raises(DBAPIError) as charged:
            conn.execute(text("UPDATE budgets SET spent_amount = 0"))
        assert charged.value.orig.sqlstate == "42501"


def test_a_second_decision_is_told_who_decided_and_when(office):
    clerk, manager, fin = office
    budget(manager, fin, "Fuel")
    expense = _expense(clerk, fin)
    _decide(manager, expense, approve=False)
    decided_at = sql_value(manager, "SELECT approved_date FROM expenses WHERE id = :e", e=expense)
    with pytest.raises(DicelError) as again:
        _decide(manager, expense, approve=True)
    at = decided_at.astimezone().strftime("%H:%M")
    assert again.value.message == f"Already rejected by Jean Mugabo at {at}."


def test_without_an_active_budget_line_nothing_is_approved(office, db_dsn):
    clerk, manager, fin = office
    expense = _expense(clerk, fin, expense_category="Travel")
    with pytest.raises(DicelError) as refused:
        _decide(manager, expense)
    assert refused.value.message == (
        "There is no 2026 budget for Travel in Department FIN, so this expense cannot be "
        "approved: create that budget line first (Finance, Budgets), then approve it."
    )
    assert _state(manager, expense).status == "pending"  # the refusal undid the decision

    line = budget(manager, fin, "Travel")
    # A frozen line carries nothing more (its state changes only by workflow: superuser).
    superuser_value(
        db_dsn, "UPDATE budgets SET status = 'frozen' WHERE id = %s RETURNING id", (line,)
    )
    with pytest.raises(DicelError) as frozen:
        _decide(manager, expense)
    assert frozen.value.code == "expense_budget_not_active"
    # What to do about it, in the steps a line has (migration 0049): no "reopen" here.
    assert frozen.value.message.endswith(
        "is frozen: no expense is approved against it. A draft line is activated and a"
        " frozen one unfrozen in Finance, Budgets; against a closed line, reject the expense."
    )
    assert spent(manager, line) == Decimal("0.00")


def test_an_expense_in_dollars_or_without_department_is_not_charged(office):
    clerk, manager, fin = office
    budget(manager, fin, "Fuel")
    dollars = _expense(clerk, fin, currency="USD")
    with pytest.raises(DicelError) as refused:
        _decide(manager, dollars)
    assert refused.value.code == "expense_not_in_budget_currency"
    nowhere = new_expense(clerk).id
    with pytest.raises(DicelError) as homeless:
        _decide(manager, nowhere)
    assert homeless.value.code == "expense_without_department"


def test_the_budget_of_an_expense_warns_of_an_overspend(office):
    clerk, manager, fin = office
    budget(manager, fin, "Fuel", allocated=Decimal("30000"))
    first = _expense(clerk, fin, amount=Decimal("20000"))
    _decide(manager, first)
    second = _expense(clerk, fin, amount=Decimal("15000"), expense_date=dt.date(2026, 5, 4))
    with manager.session() as session:
        found = expenses.expense_budget(session, second)
    assert found is not None and found.chargeable
    assert (found.allocated, found.spent, found.remaining) == (
        Decimal("30000.00"),
        Decimal("20000.00"),
        Decimal("10000.00"),
    )
    assert found.remaining_after == Decimal("-5000.00") and found.overspends
    # Overspending is the decider's call, warned of, not refused.
    _decide(manager, second)
    with manager.session() as session:
        assert expenses.expense_budget(session, first).spent == Decimal("35000.00")


def test_the_budget_of_an_expense_counts_the_others_waiting_on_its_line(logins, office):
    """Eye30s: three expenses pending on one line each read "left after approval" as if
    it were alone; the decider is told what else waits on the same line (department,
    category, year, currency), and what would be left if all were approved."""
    clerk, manager, fin = office
    budget(manager, fin, "Fuel", allocated=Decimal("30000"))
    budget(manager, fin, "Travel", allocated=Decimal("30000"))
    this = _expense(clerk, fin, amount=Decimal("20000"))
    _expense(clerk, fin, amount=Decimal("5000"), expense_date=dt.date(2026, 6, 1))
    _expense(clerk, fin, amount=Decimal("8000"), expense_date=dt.date(2026, 9, 1))
    # Not on its line: another category, another year, dollars, decided already.
    _expense(clerk, fin, amount=Decimal("7000"), expense_category="Travel")
    _expense(clerk, fin, amount=Decimal("7000"), expense_date=dt.date(2025, 3, 2))
    _expense(clerk, fin, amount=Decimal("7000"), currency="USD")
    decided = _expense(clerk, fin, amount=Decimal("1000"))
    _decide(manager, decided, approve=False, note="Duplicate")
    with manager.session() as session:
        found = expenses.expense_budget(session, this)
    assert found is not None
    assert (found.others_waiting, found.others_amount) == (2, Decimal("13000.00"))
    assert found.remaining_after == Decimal("10000.00") and not found.overspends
    assert found.left_if_all_approved == Decimal("-3000.00")
    with manager.session() as session:
        alone = expenses.expense_budget(session, _expense(clerk, fin, expense_category="Travel"))
    assert (alone.others_waiting, alone.left_if_all_approved) == (1, Decimal("-2000.00"))


def _budget_row(person, line):
    with person.engine.begin() as conn:
        return conn.execute(
            text(
                "SELECT department_id, budget_category, fiscal_year, allocated_amount,"
                " spent_amount FROM budgets WHERE id = :b"
            ),
            {"b": line},
        ).one()


def test_a_budget_line_with_spending_keeps_its_department_category_and_year(logins, office):
    """Found with psql (migration 0047): finance moved a budget line expenses had been
    charged to, and the spending moved with it to another department and year."""
    clerk, manager, fin = office
    hr = logins.department("HR")
    line = budget(manager, fin, "Fuel", allocated=Decimal("100000"))
    empty = budget(manager, fin, "Training")
    _decide(manager, _expense(clerk, fin, amount=Decimal("25000")))
    before = _budget_row(manager, line)

    # With psql, as finance or an administrator: each of the three, refused.
    admin = logins.person("admin")
    for person, column, value in (
        (manager, "department_id", hr),
        (manager, "fiscal_year", 2027),
        (admin, "budget_category", "Travel"),
    ):
        with person.engine.begin() as conn, pytest.raises(DBAPIError) as refused:
            conn.execute(
                text(f"UPDATE budgets SET {column} = :v WHERE id = :b"), {"v": value, "b": line}
            )
        assert refused.value.orig.sqlstate == "DW333"
        assert refused.value.orig.diag.column_name == column
    assert _budget_row(manager, line) == before

    # Through the form: a sentence, and nothing changed.
    with manager.session() as session:
        shown = records.load_record(session, "budgets", manager.role, line)
    with manager.session() as session, pytest.raises(DicelError) as said:
        records.save_record(
            session, "budgets", manager.role, line, shown.version, {"department_id": hr}
        )
    assert said.value.code == "budget_spending_stays"
    assert said.value.message == (
        "Expenses of 25,000 RWF are already charged to this budget, so its department, "
        "category and fiscal year can no longer change; its allocated amount can still be "
        "revised. For another department, category or year, add a budget."
    )
    # A revision of the allocation is normal; a line nothing was charged to may be moved.
    with manager.session() as session:
        revised = records.save_record(
            session,
            "budgets",
            manager.role,
            line,
            shown.version,
            {"allocated_amount": Decimal("150000"), "department_id": fin},
        )
    assert revised.values["allocated_amount"] == Decimal("150000.00")
    sql_value(
        manager, "UPDATE budgets SET department_id = :d WHERE id = :b RETURNING id", d=hr, b=empty
    )
    assert _budget_row(manager, empty).department_id == hr


def test_what_waits_for_a_decision_is_someone_elses_pending_expense(logins, office):
    clerk, manager, fin = office
    mine = _expense(manager, fin, amount=Decimal("1000"))
    theirs = _expense(clerk, fin, amount=Decimal("2000"), vendor="Total Kigali")
    query = "SELECT id, title, detail, amount, submitted_by FROM dicel_expenses_to_decide()"
    with manager.engine.begin() as conn:
        rows = conn.execute(text(query)).all()
    assert [r.id for r in rows] == [theirs]
    assert rows[0].title.startswith("EXP-") and rows[0].title.endswith("— Fuel")
    assert rows[0].detail == "Department FIN · Total Kigali"
    assert (rows[0].amount, rows[0].submitted_by) == (Decimal("2000.00"), "Aline Uwase")
    with clerk.engine.begin() as conn:
        assert [r.id for r in conn.execute(text(query))] == [mine]
    hr = logins.person("hr")
    with hr.engine.begin() as conn:
        assert conn.execute(text(query)).all() == []


def test_twenty_finance_logins_approving_at_once_leave_one_decision(logins, office, db_dsn):
    clerk, manager, fin = office
    line = budget(manager, fin, "Fuel")
    expense = _expense(clerk, fin, amount=Decimal("40000.00"))
    deciders = [
        logins.person("finance", first_name=f"Decider{n:02d}", department="FIN") for n in range(20)
    ]
    names = {p.user_id: f"Decider{n:02d} Tester" for n, p in enumerate(deciders)}
    start = threading.Barrier(len(deciders))
    outcomes: dict[object, object] = {}

    def decide(person) -> None:
        with person.session() as session:
            session.execute(text("SELECT 1"))  # logged in before the start
            session.rollback()
            start.wait()
            try:
                expenses.decide_expense(session, expense, True, "")
                outcomes[person.user_id] = "approved"
            except DicelError as error:
                outcomes[person.user_id] = error

    threads = [threading.Thread(target=decide, args=(p,)) for p in deciders]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    winners = [who for who, outcome in outcomes.items() if outcome == "approved"]
    assert len(outcomes) == 20 and len(winners) == 1
    assert _state(manager, expense).approved_by == winners[0]
    assert spent(manager, line) == Decimal("40000.00")  # the budget moved once
    assert audit_count(db_dsn, "expenses", expense) == 1
    assert audit_count(db_dsn, "budgets", line) == 1
    for who, outcome in outcomes.items():
        if who != winners[0]:
            assert isinstance(outcome, DicelError) and outcome.code == "already_decided"
            assert outcome.params["who"] == names[winners[0]]
            assert outcome.message.startswith(f"Already approved by {names[winners[0]]} at ")


def _wait_until_it_waits(db_dsn: str, for_what: str) -> None:
    """Until the approval's session waits on a lock (the other transaction holds it)."""
    waiting = "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
    for _ in range(600):  # a deadline for a failing test, not a measurement
        if superuser_value(db_dsn, waiting) == 1:
            return
        threading.Event().wait(0.05)
    raise AssertionError(f"the approval never waited for {for_what}")


def test_an_approval_waiting_on_a_line_moved_meanwhile_does_not_charge_it(logins, office, db_dsn):
    """A line with nothing spent may still move to another department (migration 0047).
    An approval that chose it, then waited for it while it moved, charged it in its new
    department (it charged the line it chose by id); it now checks the line as committed
    and is refused, in its transaction (migration 0048)."""
    clerk, manager, fin = office
    mover = logins.person("finance", first_name="Mover", department="FIN")
    other = logins.department("OPS")
    line = budget(manager, fin, "Fuel")
    expense = _expense(clerk, fin, amount=Decimal("40000.00"))
    outcome: list[object] = []

    def approve() -> None:
        try:
            _decide(manager, expense)
            outcome.append("approved")
        except DicelError as error:
            outcome.append(error)

    with mover.engine.connect() as conn:
        moving = conn.begin()
        conn.execute(
            text("UPDATE budgets SET department_id = :d WHERE id = :b"), {"d": other, "b": line}
        )
        approval = threading.Thread(target=approve)
        approval.start()
        _wait_until_it_waits(db_dsn, "the line being moved")
        moving.commit()
    approval.join(timeout=60)
    (refused,) = outcome
    assert isinstance(refused, DicelError), refused
    assert refused.message.startswith("There is no 2026 budget for Fuel in Department FIN")
    assert spent(manager, line) == Decimal("0.00")
    assert _state(manager, expense).status == "pending"


def test_an_approval_whose_line_was_frozen_while_it_waited_is_run_again(office, db_dsn):
    """Code review 32, F7: an approval waiting for its line while finance froze that line
    and activated an older one found no active line to charge, then read the rule again
    and refused with DW302, saying the line is "active". That is a change made meanwhile:
    40001, which the client runs again (``with_retry``), and the second run charges the
    line now active."""
    clerk, manager, fin = office
    older = budget(manager, fin, "Fuel")
    newer = budget(manager, fin, "Fuel")
    superuser_value(
        db_dsn, "UPDATE budgets SET status = 'frozen' WHERE id = %s RETURNING id", (older,)
    )
    expense = _expense(clerk, fin, amount=Decimal("40000.00"))
    outcome: list[object] = []

    def approve() -> None:
        try:
            with manager.engine.begin() as conn:
                conn.execute(text("SELECT dicel_decide_expense(:e, true, '')"), {"e": expense})
            outcome.append("approved")
        except DBAPIError as error:
            outcome.append(error.orig.sqlstate)

    with psycopg.connect(db_dsn) as finance:
        finance.execute("UPDATE budgets SET status = 'frozen' WHERE id = %s", (newer,))
        finance.execute("UPDATE budgets SET status = 'active' WHERE id = %s", (older,))
        approval = threading.Thread(target=approve)
        approval.start()
        _wait_until_it_waits(db_dsn, "the line being frozen")
        finance.commit()
    approval.join(timeout=60)
    assert outcome == ["40001"]
    assert _state(manager, expense).status == "pending"
    assert (spent(manager, older), spent(manager, newer)) == (0, 0)
    _decide(manager, expense)
    assert (spent(manager, older), spent(manager, newer)) == (Decimal("40000.00"), 0)


def _lines_read(person, expense_id, fin):
    """The line the decision dialog names for ``expense_id`` and the one the form's note
    names for its values as typed, as ``person``."""
    with person.session() as session:
        shown = expenses.expense_budget(session, expense_id)
        typed = expenses.budget_as_typed(
            session, fin, "Fuel", dt.date(2026, 4, 2), Decimal("10000"), "RWF", expense_id
        )
    return shown.budget_id, typed.budget_id


def test_the_approval_the_dialog_and_the_note_charge_and_name_one_line(office, db_dsn):
    """Code review 31, F4: the line an expense is charged to was worked out three times
    (the approval, the dialog's "others waiting", the form's note). With two active lines
    of one department, category and year, all three take the oldest; and they take it by
    one rule, ``dicel_expense_budget_for`` (migration 0111): with that rule changed (here
    to the newest, as the superuser), the dialog, the note and the approval all follow."""
    clerk, manager, fin = office
    oldest = budget(manager, fin, "Fuel", allocated=Decimal("50000"))
    newest = budget(manager, fin, "Fuel", allocated=Decimal("90000"))
    first = _expense(clerk, fin, amount=Decimal("10000"), expense_date=dt.date(2026, 4, 2))
    assert _lines_read(manager, first, fin) == (oldest, oldest)
    _decide(manager, first)
    assert (spent(manager, oldest), spent(manager, newest)) == (Decimal("10000.00"), 0)

    definition = superuser_value(
        db_dsn,
        "SELECT pg_get_functiondef('public.dicel_expense_budget_for(uuid, text, date,"
        " numeric, text, uuid)'::regprocedure)",
    )
    newest_first = definition.replace("l.created_at, l.id", "l.created_at DESC, l.id DESC")
    assert newest_first != definition
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        conn.execute(newest_first)
    second = _expense(clerk, fin, amount=Decimal("20000"), expense_date=dt.date(2026, 4, 2))
    assert _lines_read(manager, second, fin) == (newest, newest)
    _decide(manager, second)
    assert (spent(manager, oldest), spent(manager, newest)) == (
        Decimal("10000.00"),
        Decimal("20000.00"),
    )


def test_the_budget_rule_shows_a_login_no_more_than_it_reads(logins, office, db_dsn):
    """``dicel_expense_budget_for`` runs with the caller's rights (SECURITY INVOKER), as
    the client SQL it replaced: HR, which reads neither budgets nor expenses, gets
    nothing through it; compliance, which reads both, reads what finance reads."""
    clerk, manager, fin = office
    line = budget(manager, fin, "Fuel", allocated=Decimal("50000"))
    _expense(clerk, fin, amount=Decimal("10000"))
    call = (
        "SELECT budget_id, department, remaining, remaining_after, others_waiting,"
        " others_amount FROM dicel_expense_budget_for(:d, 'Fuel', DATE '2026-07-01',"
        " 2500, 'RWF')"
    )
    assert (
        superuser_value(
            db_dsn,
            "SELECT prosecdef FROM pg_proc WHERE proname = 'dicel_expense_budget_for'",
        )
        is False
    )
    hr = logins.person("hr", department="HR")
    with hr.engine.begin() as conn, pytest.raises(DBAPIError) as refused:
        conn.execute(text(call), {"d": fin})
    assert refused.value.orig.sqlstate == "42501"
    for person in (manager, logins.person("compliance")):
        with person.engine.begin() as conn:
            assert tuple(conn.execute(text(call), {"d": fin}).one()) == (
                line,
                "Department FIN",
                Decimal("50000.00"),
                Decimal("47500.00"),
                1,
                Decimal("10000.00"),
            )
