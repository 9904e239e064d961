"""The figures of the budget chart and the risk heatmap, as finance, a department's
manager and a risk officer see them on the demo data, against SQL of their own run as the
superuser; and that nobody sees more than their rights."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from decimal import Decimal

import pytest
from helpers import scalar
from logins import _dsn_as
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from dicel_desktop.db.engine import make_engine
from dicel_desktop.demo import DEMO_PASSWORD
from dicel_desktop.services import charts
from dicel_desktop.services.listing import Listing, ListQuery, listing_columns


def _email(su: Engine, sql: str) -> str:
    return scalar(su, sql)


@pytest.fixture(scope="module")
def as_login(demo_dsn: str) -> Iterator:
    engines: list[Engine] = []

    def session(email: str) -> Session:
        engine = make_engine(_dsn_as(demo_dsn, email, DEMO_PASSWORD))
        engines.append(engine)
        return Session(engine)

    yield session
    for engine in engines:
        engine.dispose()


@pytest.fixture(scope="module")
def finance_email(su) -> str:
    return _of_role(su, "finance")


@pytest.fixture(scope="module")
def manager(su) -> tuple[str, uuid.UUID]:
    """A department head whose role reads neither budgets nor expenses, and the department."""
    with su.connect() as conn:
        email, department = conn.execute(
            text(
                "SELECT u.email, d.id FROM departments d JOIN users u ON u.id = d.manager_id"
                " WHERE u.role NOT IN ('finance', 'admin', 'compliance') AND u.is_active"
                " AND EXISTS (SELECT FROM budgets b WHERE b.department_id = d.id)"
                " ORDER BY u.email LIMIT 1"
            )
        ).one()
    return email, department


def _of_role(su: Engine, role: str) -> str:
    """A demo login of that role."""
    return _email(
        su,
        f"SELECT email FROM users WHERE role = '{role}' AND is_active ORDER BY email LIMIT 1",
    )


def _latest_year(su: Engine) -> int:
    with su.connect() as conn:
        return conn.execute(
            text(
                "SELECT coalesce(max(fiscal_year) FILTER"
                " (WHERE fiscal_year = extract(year FROM current_date)), max(fiscal_year))"
                " FROM budgets"
            )
        ).scalar_one()


def _spending_year(su: Engine) -> int:
    """The latest year the demo company spent in: its budgets run a year past it from
    October (DEMO_TODAY is 2026-11-02), so from the company's 1 January 2027 the current
    year's lines hold no expense."""
    with su.connect() as conn:
        return conn.execute(
            text("SELECT max(fiscal_year) FROM budgets WHERE spent_amount > 0")
        ).scalar_one()


def _expected_departments(su: Engine, year: int, department: uuid.UUID | None = None):
    with su.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT department_id, sum(allocated_amount), sum(spent_amount),"
                " sum(remaining_amount) FROM budgets WHERE fiscal_year = :y"
                " AND (CAST(:d AS uuid) IS NULL OR department_id = :d) GROUP BY 1"
            ),
            {"y": year, "d": department},
        ).all()
    return {r[0]: tuple(r[1:]) for r in rows}


def _expected_categories(su: Engine, year: int, department: uuid.UUID | None = None):
    with su.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT budget_category, sum(allocated_amount), sum(spent_amount),"
                " sum(remaining_amount) FROM budgets WHERE fiscal_year = :y"
                " AND (CAST(:d AS uuid) IS NULL OR department_id = :d) GROUP BY 1"
            ),
            {"y": year, "d": department},
        ).all()
    return {r[0]: tuple(r[1:]) for r in rows}


def _expected_months(su: Engine, year: int, department: uuid.UUID | None = None):
    with su.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT date_part('month', expense_date)::int, sum(amount) FROM expenses"
                " WHERE date_part('year', expense_date) = :y AND status IN ('approved', 'paid')"
                " AND currency = 'RWF' AND (CAST(:d AS uuid) IS NULL OR department_id = :d)"
                " GROUP BY 1"
            ),
            {"y": year, "d": department},
        ).all()
    found = dict(rows)
    return tuple(found.get(m, Decimal(0)) for m in range(1, 13))


def _figures(figures):
    return {f.key: (f.allocated, f.spent, f.remaining) for f in figures}


def test_finance_sees_every_department_and_category_of_the_year(su, as_login, finance_email):
    year = _latest_year(su)
    with as_login(finance_email) as session:
        chart = charts.budget_chart(session)
    assert chart.source == "tables"
    assert chart.year == year
    assert len(chart.by_department) > 1
    assert _figures(chart.by_department) == _expected_departments(su, year)
    assert _figures(chart.by_category) == _expected_categories(su, year)
    assert chart.monthly_spent == _expected_months(su, year)
    assert chart.straight_line()[-1] == chart.allocated


def test_a_manager_sees_only_their_own_department(su, as_login, manager):
    email, department = manager
    year = _spending_year(su)
    with as_login(email) as session:
        chart = charts.budget_chart(session, year)
        # Their role reads neither table: the figures come through migration 0017.
        denied = session.execute(text("SELECT has_table_privilege('public.budgets', 'SELECT')"))
        assert denied.scalar_one() is False
    assert chart.source == "managed"
    assert [f.key for f in chart.by_department] == [department]
    assert _figures(chart.by_department) == _expected_departments(su, year, department)
    assert _figures(chart.by_category) == _expected_categories(su, year, department)
    assert chart.monthly_spent == _expected_months(su, year, department)
    assert any(m > 0 for m in chart.monthly_spent)


def test_someone_who_manages_nothing_sees_no_budget(su, as_login):
    email = _email(
        su,
        "SELECT email FROM users u WHERE role = 'employee' AND is_active"
        " AND NOT EXISTS (SELECT FROM departments d WHERE d.manager_id = u.id)"
        " ORDER BY email LIMIT 1",
    )
    with as_login(email) as session:
        chart = charts.budget_chart(session)
        assert (
            session.execute(
                text("SELECT count(*) FROM dicel_managed_monthly_spending(:y)"),
                {"y": _latest_year(su)},
            ).scalar_one()
            == 0
        )
    assert chart.year is None and chart.by_department == () and chart.by_category == ()
    assert chart.monthly_spent == (Decimal(0),) * 12


def test_an_over_budget_line_is_marked(logins):
    finance = logins.person("finance")
    it = logins.department("IT")
    with logins.superuser().begin() as conn:
        conn.execute(
            text(
                "INSERT INTO budgets (department_id, fiscal_year, budget_category,"
                " allocated_amount, spent_amount) VALUES"
                " (:d, 2026, 'Hardware', 1000000.00, 1250000.50),"
                " (:d, 2026, 'Training', 500000.00, 100000.00)"
            ),
            {"d": it},
        )
    with finance.session() as session:
        chart = charts.budget_chart(session, 2026)
    over = {f.key: f.over_budget for f in chart.by_category}
    assert over == {"Hardware": True, "Training": False}
    (department,) = chart.by_department
    assert (department.allocated, department.spent) == (
        Decimal("1500000.00"),
        Decimal("1350000.50"),
    )
    assert not department.over_budget and department.remaining == Decimal("149999.50")
    # Within its total, the department still holds a line over: counted, and named.
    assert department.lines_over == 1
    assert chart.over_lines == (charts.OverLine("Department IT", "Hardware", Decimal("250000.50")),)


def test_a_bars_filters_list_the_expenses_it_adds_up(su, as_login, finance_email, manager):
    department = manager[1]
    year = _spending_year(su)
    filters = charts.expense_filters(year, department_id=department, month=3)
    listing = Listing(ListQuery("expenses", ("expense_number", "amount"), filters=tuple(filters)))
    with as_login(finance_email) as session:
        rows = listing.first(session.connection(), 10_000)
    with su.connect() as conn:
        expected = conn.execute(
            text(
                "SELECT count(*), coalesce(sum(amount), 0) FROM expenses WHERE department_id = :d"
                " AND expense_date BETWEEN make_date(:y, 3, 1) AND make_date(:y, 3, 31)"
                " AND status IN ('approved', 'paid')"
            ),
            {"d": department, "y": year},
        ).one()
    assert len(rows) == expected[0] > 0
    # A row is (id, sort key, the columns...).
    assert sum(r[3] for r in rows) == expected[1]


# --------------------------------------------------------------------------- risk


def _expected_cells(su: Engine, statuses, category=None):
    with su.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT likelihood, impact, count(*) FROM risk_assessments"
                " WHERE status = ANY(:s) AND (CAST(:c AS text) IS NULL OR risk_category = :c)"
                " GROUP BY 1, 2"
            ),
            {"s": list(statuses), "c": category},
        ).all()
    return {(r[0], r[1]): r[2] for r in rows}


def test_the_heatmap_counts_open_assessments_per_cell(su, as_login):
    email = _of_role(su, "risk")
    with as_login(email) as session:
        heatmap = charts.risk_heatmap(session)
        assert set(heatmap.statuses) == {"open", "mitigating", "monitoring"}
        assert heatmap.counts == _expected_cells(su, charts.OPEN_RISK_STATES)
        assert heatmap.total > 0
        category = heatmap.categories[0]
        closed = charts.risk_heatmap(session, ("closed",), category)
    assert closed.counts == _expected_cells(su, ("closed",), category)
    assert closed.category == category


@pytest.mark.parametrize("role", ["compliance", "admin"])
def test_compliance_and_admin_see_the_same_heatmap(su, as_login, role):
    email = _of_role(su, role)
    with as_login(email) as session:
        assert charts.risk_heatmap(session).counts == _expected_cells(su, charts.OPEN_RISK_STATES)


def test_a_role_without_the_register_gets_a_refusal_not_figures(su, as_login):
    email = _of_role(su, "sales")
    from sqlalchemy.exc import ProgrammingError

    with as_login(email) as session, pytest.raises(ProgrammingError, match="permission denied"):
        charts.risk_heatmap(session)


def test_score_bands():
    assert [charts.score_band(1, s) for s in (1, 4)] == ["low", "low"]
    assert charts.score_band(1, 5) == "medium" and charts.score_band(3, 3) == "medium"
    assert charts.score_band(2, 5) == "high" and charts.score_band(4, 4) == "high"
    assert charts.score_band(4, 5) == "critical" and charts.score_band(5, 5) == "critical"


def test_a_cells_filters_list_its_assessments(su, as_login):
    email = _of_role(su, "risk")
    expected = _expected_cells(su, charts.OPEN_RISK_STATES)
    (lik, imp), count = max(expected.items(), key=lambda item: item[1])
    filters = charts.assessment_filters(lik, imp)
    listing = Listing(
        ListQuery("risk_assessments", listing_columns("risk_assessments"), filters=tuple(filters))
    )
    with as_login(email) as session:
        rows = listing.first(session.connection(), 1000)
    assert len(rows) == count


def test_the_months_so_far_are_counted_to_the_companys_day(logins):
    """The spending line stopped at the desktop's month (and the year shown first was
    the desktop's): the server's spending is now counted to the company's day, read in
    the statement that reads the years (date38)."""
    from helpers import company_a_day_off

    company_today = company_a_day_off(logins)
    finance = logins.person("finance")
    with finance.session() as session:
        chart = charts.budget_chart(session)
    assert chart.today == company_today
    with finance.session() as session:  # a year with budgets: its months by that day
        assert charts.budget_chart(session, company_today.year).today == company_today
