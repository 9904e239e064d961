"""Payroll (migration 0014), as real logins: a month runs once for everyone employed in
it, with the amounts the database computes; someone other than whoever ran it approves
it; finance pays it from one account; each person reads their own payslips."""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal

import psycopg
import pytest
from finance_data import account, audit_count, balance, setting, sql_value, superuser_value
from helpers import last_march, months_before_this
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from dicel_desktop.db.migrate import earlier_revision
from dicel_desktop.domain.errors import DicelError
from dicel_desktop.domain.mobile_money import AIRTEL_PREFIXES, mobile_money_method
from dicel_desktop.services import payroll

#: The last March that is over: payroll runs at most 12 months back, so a fixed one ages
#: out (March 2026 from April 2027).
MARCH = last_march()
#: Its April, begun at least on any day (run in two tests).
APRIL = (MARCH[0].replace(month=4), MARCH[1].replace(month=4, day=30))


@pytest.fixture
def people(logins, db_dsn):
    """HR's payroll officer, a finance manager, and a staff member on 500,000 a month."""
    setting(db_dsn, "payroll.allowance_rate_percent", "10")
    officer = logins.person(
        "hr", first_name="Grace", last_name="Mukamana", salary=Decimal("800000")
    )
    manager = logins.person(
        "finance", first_name="Jean", last_name="Mugabo", salary=Decimal("900000")
    )
    staff = logins.person("employee", first_name="Eric", last_name="Habimana")
    return officer, manager, staff


def _run(person, period=MARCH):
    with person.session() as session:
        return payroll.run_payroll(session, *period)


def _approve(person, period_id, note=""):
    with person.session() as session:
        payroll.approve_payroll(session, period_id, note)


def _pay(person, period_id, account_id, paid_on=None):
    with person.session() as session:
        return payroll.pay_payroll(
            session, period_id, account_id, paid_on or dt.date.today(), "bank_transfer"
        )


def _payslip_of(person, employee_id, period=MARCH):
    with person.engine.begin() as conn:
        return conn.execute(
            text(
                "SELECT id, basic_salary, allowances, deductions, net_salary, status,"
                " deductions_detail, payment_date FROM payroll_records"
                " WHERE employee_id = :e AND pay_period_start = :s"
            ),
            {"e": employee_id, "s": period[0]},
        ).one()


def test_a_run_pays_everyone_employed_with_rwandas_deductions(people, logins, db_dsn):
    officer, manager, staff = people
    # Hired on 16 March: half of the month (16 of its 31 days).
    newcomer = logins.person("employee", salary=Decimal("310000"))
    superuser_value(
        db_dsn,
        "UPDATE employees SET hire_date = %s WHERE id = %s RETURNING id",
        (MARCH[0].replace(day=16), newcomer.employee_id),
    )
    # Not paid: suspended, hired after the month, gone before it.
    long_ago = MARCH[0].replace(year=MARCH[0].year - 2, month=1, day=15)
    for hired, left, status in (
        (long_ago, None, "suspended"),
        (APRIL[0], None, "active"),
        (long_ago, MARCH[0] - dt.timedelta(days=1), "terminated"),
    ):
        someone = logins.person("employee")
        superuser_value(
            db_dsn,
            "UPDATE employees SET hire_date = %s, termination_date = %s, status = %s"
            " WHERE id = %s RETURNING id",
            (hired, left, status, someone.employee_id),
        )

    period = _run(officer)

    with officer.engine.begin() as conn:
        paid = (
            conn.execute(
                text("SELECT employee_id FROM payroll_records WHERE pay_period_start = :s"),
                {"s": MARCH[0]},
            )
            .scalars()
            .all()
        )
        run_by = conn.execute(
            text("SELECT created_by, status FROM payroll_periods WHERE id = :p"), {"p": period}
        ).one()
    assert set(paid) == {
        officer.employee_id,
        manager.employee_id,
        staff.employee_id,
        newcomer.employee_id,
    }
    assert tuple(run_by) == (officer.user_id, "pending")

    slip = _payslip_of(officer, staff.employee_id)
    # 500,000 basic + 10 % allowances = 550,000 gross. PAYE: 0 to 60,000, 10 % to
    # 100,000 (4,000), 20 % to 200,000 (20,000), 30 % of the 350,000 above (105,000);
    # RSSB pension 6 % (33,000) and maternity 0.3 % (1,650); CBHI 0.5 % of what is
    # left (386,350): 1,931.
    assert (slip.basic_salary, slip.allowances) == (Decimal("500000.00"), Decimal("50000.00"))
    # Each line keeps its rate (migration 0115): an edit computes again with these.
    bands = [
        {"upto": 60000, "rate": 0},
        {"upto": 100000, "rate": 10},
        {"upto": 200000, "rate": 20},
        {"upto": None, "rate": 30},
    ]
    assert slip.deductions_detail == [
        {"code": "paye", "amount": 129000, "bands": bands},
        {"code": "pension", "amount": 33000, "rate": 6},
        {"code": "maternity", "amount": 1650, "rate": 0.3},
        {"code": "cbhi", "amount": 1931, "rate": 0.5},
    ]
    assert (slip.deductions, slip.net_salary) == (Decimal("165581.00"), Decimal("384419.00"))
    assert _payslip_of(officer, newcomer.employee_id).basic_salary == Decimal("160000.00")
    assert audit_count(db_dsn, "payroll_periods", period, "INSERT") == 1


def test_a_month_runs_once(people):
    officer, manager, _staff = people
    _run(officer)
    with pytest.raises(DicelError) as again:
        _run(manager)
    assert again.value.code == "payroll_already_run"
    assert again.value.message.startswith(
        f"Payroll for {MARCH[0]:%Y-%m-%d} to {MARCH[1]:%Y-%m-%d} was already run by Grace"
        " Mukamana on "
    )
    with pytest.raises(DicelError) as odd:
        _run(officer, (MARCH[0].replace(day=15), APRIL[0].replace(day=14)))
    assert odd.value.code == "payroll_not_a_month"


def test_someone_paid_in_another_currency_stops_the_run_and_is_named(people, logins, db_dsn):
    officer, _manager, _staff = people
    unpaid = logins.person("employee")
    number = superuser_value(
        db_dsn,
        "UPDATE employees SET salary_currency = 'USD' WHERE id = %s RETURNING employee_number",
        (unpaid.employee_id,),
    )
    with pytest.raises(DicelError) as refused:
        _run(officer)
    assert refused.value.params["employees"] == number
    assert sql_value(officer, "SELECT count(*) FROM payroll_periods") == 0


def test_the_one_who_ran_it_does_not_approve_it_and_a_second_approval_is_told(people):
    officer, manager, staff = people
    period = _run(officer)
    with pytest.raises(DicelError) as own:
        _approve(officer, period)
    assert own.value.code == "own_record_decision"
    _approve(manager, period, "Checked against the HR list")
    assert _payslip_of(staff, staff.employee_id).status == "approved"
    with pytest.raises(DicelError) as again:
        _approve(manager, period)
    assert again.value.message.startswith("Already approved by Jean Mugabo at ")


def test_hr_reviews_allowances_while_pending_and_the_amounts_follow(people):
    officer, manager, staff = people
    period = _run(officer)
    slip = _payslip_of(officer, staff.employee_id)
    sql_value(
        officer,
        "UPDATE payroll_records SET allowances = 100000 WHERE id = :p RETURNING id",
        p=slip.id,
    )
    after = _payslip_of(officer, staff.employee_id)
    # Gross 600,000: PAYE 144,000, pension 36,000, maternity 1,800, CBHI 2,091.
    assert (after.deductions, after.net_salary) == (Decimal("183891.00"), Decimal("416109.00"))
    for column in ("net_salary", "deductions", "basic_salary", "status", "employee_id"):
        with officer.engine.begin() as conn, pytest.raises(DBAPIError) as refused:
            conn.execute(
                text(f"UPDATE payroll_records SET {column} = NULL WHERE id = :p"), {"p": slip.id}
            )
        assert refused.value.orig.sqlstate == "42501", column
    _approve(manager, period)
    with officer.engine.begin() as conn, pytest.raises(DBAPIError) as locked:
        conn.execute(
            text("UPDATE payroll_records SET allowances = 0 WHERE id = :p"), {"p": slip.id}
        )
    assert locked.value.orig.sqlstate == "DL001"


@pytest.mark.parametrize("role", ["hr", "finance", "admin"])
def test_no_one_files_a_payslip_or_a_period_by_hand(logins, role):
    person = logins.person(role)
    for statement in (
        "INSERT INTO payroll_periods (period_start, period_end)"
        " VALUES ('2026-05-01', '2026-05-31')",
        "INSERT INTO payroll_records (employee_id, pay_period_start, pay_period_end,"
        " basic_salary, net_salary) VALUES (NULL, '2026-05-01', '2026-05-31', 1, 1)",
    ):
        with person.engine.begin() as conn, pytest.raises(DBAPIError) as refused:
            conn.execute(text(statement))
        assert refused.value.orig.sqlstate == "42501"


def test_finance_pays_an_approved_period_from_an_account_that_holds_it(people, db_dsn):
    officer, manager, staff = people
    period = _run(officer)
    with manager.session() as session:
        net = payroll.period_totals(session, period).net
    bank = account(manager, "Payroll account", opening=net + 1000)
    with pytest.raises(DicelError) as early:
        _pay(manager, period, bank)
    assert early.value.code == "payroll_not_approved"
    _approve(manager, period)
    with pytest.raises(DicelError) as hr_pays, officer.session() as session:
        payroll.pay_payroll(session, period, bank, dt.date.today(), None)
    assert hr_pays.value.message == (
        "Your role cannot change pay periods. Ask an administrator if you need to."
    )

    transaction = _pay(manager, period, bank)

    assert balance(manager, bank) == Decimal("1000.00")
    slip = _payslip_of(staff, staff.employee_id)
    assert (slip.status, slip.payment_date) == ("paid", dt.date.today())
    with manager.engine.begin() as conn:
        row = conn.execute(
            text(
                "SELECT p.status, p.account_id, t.amount, t.transaction_type, t.description"
                " FROM payroll_periods p JOIN transactions t ON t.id = p.transaction_id"
                " WHERE p.id = :p"
            ),
            {"p": period},
        ).one()
    # The debit says how the money left the account (migration 0108).
    assert tuple(row) == (
        "paid",
        bank,
        net,
        "debit",
        f"Salaries March {MARCH[0].year} (bank transfer)",
    )
    assert transaction is not None
    with pytest.raises(DicelError) as twice:
        _pay(manager, period, bank)
    assert twice.value.message.startswith("Already paid by Jean Mugabo at ")


def _methods(person, period=MARCH) -> dict:
    """Each payslip's method, by employee."""
    with person.engine.begin() as conn:
        rows = conn.execute(
            text(
                "SELECT employee_id, payment_method FROM payroll_records"
                " WHERE pay_period_start = :s AND status <> 'cancelled'"
            ),
            {"s": period[0]},
        ).all()
    return dict(rows)


def _paid_by_momo(db_dsn, employee_id, period=MARCH) -> None:
    """The payslip says MTN MoMo before it is paid, as a run from the person's bank
    details does (here the people have none: the run leaves the method empty)."""
    superuser_value(
        db_dsn,
        "UPDATE payroll_records SET payment_method = 'mtn_momo'"
        " WHERE employee_id = %s AND pay_period_start = %s RETURNING id",
        (employee_id, period[0]),
    )


@pytest.mark.parametrize("by", ["service", "psql"])
def test_paying_keeps_each_payslips_own_method(people, db_dsn, by):
    """eye31 #1: Mark paid wrote the one method chosen on every payslip, so a MoMo-paid
    person's payslip read "Bank transfer" (migration 0108)."""
    officer, manager, staff = people
    period = _run(officer)
    _paid_by_momo(db_dsn, staff.employee_id)
    _approve(manager, period)
    with manager.session() as session:
        net = payroll.period_totals(session, period).net
    bank = account(manager, "Payroll account", opening=net)

    if by == "service":
        _pay(manager, period, bank)
    else:
        sql_value(
            manager,
            "SELECT dicel_pay_payroll(:p, :a, current_date, 'bank_transfer')",
            p=period,
            a=bank,
        )

    methods = _methods(manager)
    # The one with a method keeps it; the two without take the transfer's.
    assert methods == {
        staff.employee_id: "mtn_momo",
        officer.employee_id: "bank_transfer",
        manager.employee_id: "bank_transfer",
    }
    description = sql_value(
        manager,
        "SELECT t.description FROM payroll_periods p JOIN transactions t"
        " ON t.id = p.transaction_id WHERE p.id = :p",
        p=period,
    )
    assert description == f"Salaries March {MARCH[0].year} (bank transfer)"


def test_a_run_gives_each_payslip_its_persons_method(people, logins, db_dsn):
    """A run left every payslip's method empty outside the demo, so Mark paid's method
    was still written on all of them: a payslip is made with its person's (migration
    0108): a bank account, a MoMo number on MTN's or on Airtel's prefixes."""
    officer, manager, staff = people
    airtel = logins.person("employee", first_name="Alice", last_name="Uwera")
    for person, details in (
        (officer, '{"bank": "Inkingi Bank", "account_number": "100200300"}'),
        (staff, '{"momo": "+250 788 123 456"}'),
        (airtel, '{"momo": "0731 234 567"}'),
    ):
        superuser_value(
            db_dsn,
            "UPDATE employees SET bank_details = %s::jsonb WHERE id = %s RETURNING id",
            (details, person.employee_id),
        )
    _run(officer)
    assert _methods(manager) == {
        officer.employee_id: "bank_transfer",
        staff.employee_id: "mtn_momo",
        airtel.employee_id: "airtel_money",
        manager.employee_id: None,  # no details: paid as Mark paid says
    }


#: MoMo numbers as people and wallets write them: MTN's, Airtel's, with and without the
#: country code or trunk 0, a wallet's letters, and one saying no prefix at all.
MOMO_NUMBERS = (
    "+250 788 123 456",
    "0791 234 567",
    "0722000000",
    "+250 731 234 567",
    "250732000111",
    "AIRTEL-0733500100",
    "MOMO-0788500100",
    "72 123 4567",
    "0250 722 000 000",
    "12",
)


def test_the_database_the_window_and_the_demo_read_a_momo_number_alike(people, db_dsn):
    """Which method pays a MoMo number is one rule (code review 31, F2: the window and
    the demo said MTN for Airtel's 072 and 073): the domain's, which migration 0108 froze
    into the payslips' trigger. The prefixes are the frozen ones, and the trigger gives
    each number the domain's method."""
    frozen = earlier_revision("0108_a_payslip_keeps_its_method_and_a_receipt_its_file")
    assert frozen.AIRTEL_PREFIXES == AIRTEL_PREFIXES
    _officer, _manager, staff = people
    read = {}
    with psycopg.connect(db_dsn) as conn:  # rolled back on leaving: nothing is kept
        for number in MOMO_NUMBERS:
            conn.execute(
                "UPDATE employees SET bank_details = jsonb_build_object('momo', %s::text)"
                " WHERE id = %s",
                (number, staff.employee_id),
            )
            read[number] = conn.execute(
                "INSERT INTO payroll_records (employee_id, pay_period_start, pay_period_end,"
                " basic_salary, net_salary) VALUES (%s, %s, %s, 1, 1)"
                " RETURNING payment_method",
                (staff.employee_id, *MARCH),
            ).fetchone()[0]
            conn.execute("DELETE FROM payroll_records WHERE employee_id = %s", (staff.employee_id,))
        conn.rollback()
    assert read == {number: mobile_money_method(number) for number in MOMO_NUMBERS}
    assert read["0722000000"] == "airtel_money"
    assert read["MOMO-0788500100"] == "mtn_momo"


def test_paying_by_a_method_that_is_none_pays_nothing(people, db_dsn):
    """The method is written on the debit and on payslips without one: one of the five
    (DW451), said before anything is paid."""
    officer, manager, _staff = people
    period = _run(officer)
    _approve(manager, period)
    with manager.session() as session:
        net = payroll.period_totals(session, period).net
    bank = account(manager, "Payroll account", opening=net)
    with pytest.raises(DicelError) as refused, manager.session() as session:
        payroll.pay_payroll(session, period, bank, dt.date.today(), "bitcoin")
    assert refused.value.code == "payment_method_unknown"
    assert refused.value.message == (
        "“bitcoin” is not a way of paying: choose bank transfer, MTN MoMo, Airtel Money,"
        " cheque or cash."
    )
    assert balance(manager, bank) == net
    assert set(_methods(manager).values()) == {None}


def test_an_account_too_short_or_in_dollars_pays_nothing(people):
    officer, manager, _staff = people
    period = _run(officer)
    _approve(manager, period)
    short = account(manager, "Petty cash", opening=Decimal("1000"))
    with pytest.raises(DicelError) as refused:
        _pay(manager, period, short)
    assert refused.value.code == "account_short"
    assert refused.value.message.startswith("Petty cash holds 1,000 RWF; the salaries need ")
    dollars = account(manager, "USD account", currency="USD", opening=Decimal("1000000"))
    with pytest.raises(DicelError) as foreign:
        _pay(manager, period, dollars)
    assert foreign.value.code == "account_other_currency"
    assert balance(manager, short) == Decimal("1000.00")


def test_a_cancelled_run_may_run_again(people):
    officer, manager, staff = people
    first = _run(officer)
    with officer.session() as session:
        payroll.cancel_payroll(session, first, "Salaries of March were wrong")
    assert _payslip_of(officer, staff.employee_id).status == "cancelled"
    second = _run(manager)
    assert second != first
    with officer.engine.begin() as conn:
        states = conn.execute(
            text(
                "SELECT status, count(*) FROM payroll_records WHERE employee_id = :e"
                " GROUP BY status ORDER BY status"
            ),
            {"e": staff.employee_id},
        ).all()
    assert [tuple(s) for s in states] == [("cancelled", 1), ("pending", 1)]


def test_each_person_prints_their_own_payslip_and_no_one_elses(people, db_dsn):
    officer, manager, staff = people
    setting(db_dsn, "company.name", "DICEL Ltd", "string")
    _run(officer)
    mine = _payslip_of(officer, staff.employee_id).id
    theirs = _payslip_of(officer, manager.employee_id).id
    with staff.session() as session:
        slip = payroll.payslip(session, mine)
        assert payroll.payslip(session, theirs) is None
    assert slip is not None
    assert (slip.company_name, slip.employee_name) == ("DICEL Ltd", "Eric Habimana")
    assert (slip.period_start, slip.period_end, slip.net_salary) == (*MARCH, Decimal("384419.00"))
    assert [d.code for d in slip.deduction_lines] == list(payroll.DEDUCTION_CODES)
    assert sum(d.amount for d in slip.deduction_lines) == slip.deductions
    # With the rates it was computed at (migration 0115), as the payslip prints them.
    paye, *rated = slip.deduction_lines
    assert [d.rate for d in rated] == [Decimal(6), Decimal("0.3"), Decimal("0.5")]
    assert (paye.rate, paye.bands[0], paye.bands[-1]) == (
        None,
        payroll.Band(Decimal(60000), Decimal(0)),
        payroll.Band(None, Decimal(30)),
    )
    with officer.session() as session:
        assert payroll.payslip(session, theirs).employee_name == "Jean Mugabo"


RUNNERS = 8


def test_eight_runs_of_one_month_at_once_leave_one(logins, people):
    """Three or more at once used to deadlock on the periods' exclusion constraint now and
    then (migration 0024): every loser is told who ran it, none to try again."""
    officer, _manager, _staff = people
    runners = [logins.person("hr", first_name=f"Runner{n}") for n in range(RUNNERS)]
    start = threading.Barrier(len(runners))
    outcomes = {}

    def run(person) -> None:
        with person.session() as session:
            session.execute(text("SELECT 1"))
            session.rollback()
            start.wait()
            try:
                outcomes[person.user_id] = payroll.run_payroll(session, *MARCH)
            except DicelError as error:
                outcomes[person.user_id] = error

    threads = [threading.Thread(target=run, args=(p,)) for p in runners]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    refused = [o for o in outcomes.values() if isinstance(o, DicelError)]
    assert len(outcomes) == RUNNERS and len(refused) == RUNNERS - 1
    assert {r.code for r in refused} == {"payroll_already_run"}
    winner = next(
        n for n, p in enumerate(runners) if not isinstance(outcomes[p.user_id], DicelError)
    )
    # The others are told who ran it first.
    assert {r.params["who"] for r in refused} == {f"Runner{winner} Tester"}
    with officer.engine.begin() as conn:
        assert conn.execute(text("SELECT count(*) FROM payroll_periods")).scalar() == 1
        once_each = conn.execute(
            text("SELECT count(DISTINCT employee_id) = count(*) FROM payroll_records")
        ).scalar()
    assert once_each


def test_the_demo_company_computes_deductions_as_the_database_does(db_dsn):
    """The demo writes its history of payslips itself (triggers off): its arithmetic
    must be the database's, or a payslip HR adjusts would change for no reason."""
    from dicel_desktop.demo import payroll as demo_payroll
    from dicel_desktop.demo.people import SETTINGS

    for key, value, kind, *_rest in SETTINGS:
        if key.startswith("payroll."):
            setting(db_dsn, key, value, kind)
    grosses = [Decimal(g) for g in (0, 59_999, 60_000, 60_001, 99_999, 150_500, 550_000)]
    grosses += [Decimal(1_000 + 7_919 * n) for n in range(0, 600, 7)]
    for gross in grosses:
        database = superuser_value(db_dsn, "SELECT dicel_payroll_deductions(%s)", (gross,))
        assert [(d["code"], Decimal(d["amount"])) for d in database] == (
            demo_payroll.deductions(gross)
        ), gross


def test_no_one_sets_their_own_pay_or_approves_payslips_they_changed(people, logins):
    # Found with psql: an HR officer tripled their own salary, raised their own payslip
    # and approved the period someone else had run (migrations 0027, 0028).
    officer, manager, staff = people
    reviewer = logins.person("hr", first_name="Aline", last_name="Uwase")
    for sql in (
        "UPDATE employees SET salary = salary * 3 WHERE id = :me RETURNING id",
        "INSERT INTO performance_reviews (employee_id, overall_rating) VALUES (:me, 5)"
        " RETURNING id",
    ):
        with reviewer.engine.begin() as conn, pytest.raises(DBAPIError) as own:
            conn.execute(text(sql), {"me": reviewer.employee_id})
        assert own.value.orig.sqlstate == "DW006", sql
    period = _run(officer)
    mine = _payslip_of(reviewer, reviewer.employee_id)
    with reviewer.engine.begin() as conn, pytest.raises(DBAPIError) as own:
        conn.execute(
            text("UPDATE payroll_records SET allowances = 5000000 WHERE id = :p"), {"p": mine.id}
        )
    assert own.value.orig.sqlstate == "DW006"
    from dicel_desktop.services.db_errors import explain

    said = explain(own.value, table="payroll_records")  # as the window would say it
    assert said.message == "You cannot set your own pay or review yourself; someone else must."

    # Reviewing someone else's payslip is HR's work; approving the period after it is not.
    slip = _payslip_of(reviewer, staff.employee_id)
    sql_value(
        reviewer,
        "UPDATE payroll_records SET allowances = 100000 WHERE id = :p RETURNING id",
        p=slip.id,
    )
    with pytest.raises(DicelError) as changed:
        _approve(reviewer, period)
    assert changed.value.message == "You changed this pay period: someone else must approve it."
    _approve(manager, period)
    assert _payslip_of(staff, staff.employee_id).status == "approved"


def test_whoever_changed_someones_pay_does_not_approve_the_run_that_pays_it(people, logins):
    # Found with psql (migration 0046): an HR officer raised a colleague's salary from
    # 655,000 to 9,000,000 RWF, another officer ran the month, and the first approved it.
    # 0028 refused only whoever changed a payslip's allowances.
    officer, manager, staff = people
    reviewer = logins.person("hr", first_name="Aline", last_name="Uwase")
    # Four months in a row that are over (a fixed March to June aged out in 2027).
    march, april, may, june = months_before_this(4)
    number = sql_value(
        reviewer,
        "UPDATE employees SET salary = 9000000 WHERE id = :e RETURNING employee_number",
        e=staff.employee_id,
    )
    period = _run(officer, march)
    assert _payslip_of(staff, staff.employee_id, march).basic_salary == Decimal("9000000")
    with pytest.raises(DicelError) as changed:
        _approve(reviewer, period)
    assert changed.value.message == (
        f"You changed the pay of employee {number} (salary, employment status or dates, or"
        " bank details) since their last approved payslip: someone else must approve this"
        " pay period."
    )
    assert changed.value.code == "payroll_pay_changed_by_approver"
    _approve(manager, period)  # the raise is now approved by someone else

    # A change someone else has approved in an earlier payslip is no reason to refuse.
    _approve(reviewer, _run(officer, april))

    # Where the pay goes is the pay too.
    sql_value(
        reviewer,
        'UPDATE employees SET bank_details = \'{"account": "mine"}\' WHERE id = :e RETURNING id',
        e=staff.employee_id,
    )
    period = _run(officer, may)
    with pytest.raises(DicelError) as changed:
        _approve(reviewer, period)
    assert changed.value.params["employee"] == number
    _approve(manager, period)

    # So is someone added to the payroll: no one hires a person and approves their pay.
    hired = sql_value(
        reviewer,
        "INSERT INTO employees (position, hire_date, salary) VALUES ('Clerk', '2024-02-01',"
        " 700000) RETURNING employee_number",
    )
    period = _run(officer, june)
    with pytest.raises(DicelError) as changed:
        _approve(reviewer, period)
    assert changed.value.params["employee"] == hired
    _approve(manager, period)


def test_no_one_approves_the_run_that_pays_their_own_raise(people, logins):
    # Found with psql (migration 0046): an HR officer tripled a colleague's salary and
    # the colleague approved the run that paid it.
    officer, manager, _staff = people
    colleague = logins.person("hr", first_name="Aline", last_name="Uwase")
    auditor = logins.person("finance", first_name="Diane", last_name="Mutoni")
    march, april = MARCH, APRIL
    sql_value(
        colleague,
        "UPDATE employees SET salary = salary * 3 WHERE id = :e RETURNING id",
        e=manager.employee_id,
    )
    period = _run(officer, march)
    with pytest.raises(DicelError) as own:
        _approve(manager, period)
    assert own.value.message == (
        "Your own pay in this period was changed since your last approved payslip: someone"
        " else must approve this pay period."
    )
    _approve(auditor, period)

    # The raise is approved: next month it is no reason. A payslip raised in review is.
    period = _run(officer, april)
    sql_value(
        colleague,
        "UPDATE payroll_records SET allowances = allowances + 100000 WHERE id = :p RETURNING id",
        p=_payslip_of(manager, manager.employee_id, april).id,
    )
    with pytest.raises(DicelError) as own:
        _approve(manager, period)
    assert own.value.code == "payroll_own_pay_changed"
    _approve(auditor, period)
    assert _payslip_of(manager, manager.employee_id, april).status == "approved"
