"""Dashboard figures against independent SQL, under the viewer's own demo login."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from urllib.parse import quote, urlsplit

import pytest
from sqlalchemy import Engine, text

from dicel_desktop.db.engine import make_engine
from dicel_desktop.demo import DEMO_PASSWORD
from dicel_desktop.services.dashboards import DASHBOARDS, load_dashboard

FINANCE = "eric.niyonzima@dicel.rw"
HR = "aline.uwase@dicel.rw"
IT = "claudine.mukamana@dicel.rw"
RISK = "diane.mutoni@dicel.rw"


@pytest.fixture(scope="module")
def login(demo_dsn: str) -> Iterator:
    engines: dict[str, Engine] = {}

    def make(email: str) -> Engine:
        if email not in engines:
            parts = urlsplit(demo_dsn)
            netloc = f"{quote(email, safe='')}:{DEMO_PASSWORD}@{parts.hostname}:{parts.port}"
            engines[email] = make_engine(parts._replace(netloc=netloc).geturl())
        return engines[email]

    yield make
    for engine in engines.values():
        engine.dispose()


def _figures(engine: Engine, module: str) -> dict[str, object]:
    with engine.connect() as conn:
        data = load_dashboard(conn, module)
    return {v.figure.key: v.value for v in data.figures}


def _one(engine: Engine, sql: str) -> object:
    with engine.connect() as conn:
        return conn.execute(text(sql)).scalar_one()


def test_finance_figures_equal_independent_sql(login) -> None:
    eric = login(FINANCE)
    shown = _figures(eric, "finance")
    assert shown["past_due"] == _one(
        eric,
        "SELECT count(*) FROM invoices WHERE status IN ('sent','partially_paid','overdue')"
        " AND due_date < current_date",
    )
    # What is still owed: the totals less what was received on them (the database's own
    # sum of an invoice's payments).
    assert shown["receivables"] == _one(
        eric,
        "SELECT coalesce(sum(total_amount - dicel_invoice_paid(id)), 0) FROM invoices"
        " WHERE status IN ('sent','partially_paid','overdue') AND currency = 'RWF'",
    )
    assert shown["cash"] == _one(
        eric,
        "SELECT coalesce(sum(balance), 0) FROM financial_accounts"
        " WHERE is_active AND currency = 'RWF'",
    )
    expected = _one(
        eric,
        "SELECT 100.0 * sum(spent_amount) / nullif(sum(allocated_amount), 0) FROM budgets"
        " WHERE fiscal_year = extract(year FROM current_date)",
    )
    assert shown["budget_use"] == expected
    assert shown["receivables"] > Decimal(0)


def test_hr_figures_equal_independent_sql(login) -> None:
    aline = login(HR)
    shown = _figures(aline, "hr")
    assert shown["headcount"] == _one(
        aline, "SELECT count(*) FROM employees WHERE status IN ('active', 'on_leave')"
    )
    assert shown["pending_leave"] == _one(
        aline, "SELECT count(*) FROM leave_requests WHERE status = 'pending'"
    )
    assert shown["on_leave"] == _one(
        aline,
        "SELECT count(*) FROM leave_requests WHERE status = 'approved'"
        " AND current_date BETWEEN start_date AND end_date",
    )
    assert shown["headcount"] > 0


def test_it_manager_figures_and_chart_agree(login) -> None:
    claudine = login(IT)
    with claudine.connect() as conn:
        data = load_dashboard(conn, "it")
    shown = {v.figure.key: v.value for v in data.figures}
    assert shown["open_tickets"] == _one(
        claudine,
        "SELECT count(*) FROM it_support_tickets WHERE status IN ('open','in_progress','on_hold')",
    )
    by_priority = dict(data.charts[0].points)
    assert sum(by_priority.values()) == shown["open_tickets"]
    assert shown["urgent_tickets"] == by_priority.get("3 high", 0) + by_priority.get(
        "4 critical", 0
    )


def test_risk_bands_add_up_to_the_open_assessments(login) -> None:
    diane = login(RISK)
    with diane.connect() as conn:
        data = load_dashboard(conn, "risk")
    shown = {v.figure.key: v.value for v in data.figures}
    bands = dict(data.charts[0].points)
    assert shown["open_assessments"] > 0
    assert sum(bands.values()) == shown["open_assessments"]
    assert bands.get("4 Critical", 0) == shown["critical_assessments"]


@pytest.mark.parametrize(
    ("email", "module", "key", "column", "table", "where"),
    [
        (
            "patrick.habimana@dicel.rw",
            "security",
            "incidents_by_severity",
            "severity",
            "security_incidents",
            "incident_date BETWEEN date_trunc('month', current_date) AND current_date",
        ),
        (
            IT,
            "it",
            "tickets_by_priority",
            "priority",
            "it_support_tickets",
            "status IN ('open', 'in_progress', 'on_hold')",
        ),
    ],
)
def test_a_scale_is_charted_whole_with_its_empty_levels_at_zero(
    login, email, module, key, column, table, where
) -> None:
    """Low, medium, high, critical, whatever the month held: "no critical incident" is
    a bar at zero, not a bar missing."""
    viewer = login(email)
    with viewer.connect() as conn:
        data = load_dashboard(conn, module)
        counted = dict(
            conn.execute(
                text(f"SELECT {column}, count(*) FROM {table} WHERE {where} GROUP BY 1")
            ).all()
        )
    chart = next(c for c in data.charts if c.chart.key == key)
    levels = ("low", "medium", "high", "critical")
    assert chart.points == [(f"{i} {v}", counted.get(v, 0)) for i, v in enumerate(levels, 1)]


def test_a_figure_the_viewer_may_not_read_is_left_out_not_zero(login, demo_dsn) -> None:
    """The IT manager may not read invoices: the Finance dashboard leaves those out."""
    claudine = login(IT)
    assert not _one(claudine, "SELECT has_table_privilege('invoices', 'SELECT')")
    shown = _figures(claudine, "finance")
    assert "past_due" not in shown and "receivables" not in shown


@pytest.mark.parametrize("module", sorted(DASHBOARDS))
def test_every_dashboard_loads_for_finance_and_admin(login, module) -> None:
    for email in (FINANCE, "jean.mugabo@dicel.rw"):
        with login(email).connect() as conn:
            data = load_dashboard(conn, module)
        for value in data.figures:
            assert value.value is None or value.value >= 0


def _budget_manager(demo_dsn: str) -> tuple[str, str]:
    """A department head whose role reads no budgets, whose departments have a budget
    this year; and their module (the department's role's tab)."""
    su = make_engine(demo_dsn)
    try:
        with su.connect() as conn:
            return conn.execute(
                text(
                    "SELECT u.email, u.role FROM departments d JOIN users u ON u.id = d.manager_id"
                    " WHERE u.role NOT IN ('finance', 'admin', 'compliance') AND u.is_active"
                    " AND EXISTS (SELECT FROM budgets b WHERE b.department_id = d.id"
                    "             AND b.fiscal_year = extract(year FROM current_date))"
                    " ORDER BY u.email LIMIT 1"
                )
            ).one()
    finally:
        su.dispose()


def _managed_totals(demo_dsn: str, email: str) -> tuple[Decimal, Decimal]:
    su = make_engine(demo_dsn)
    try:
        with su.connect() as conn:
            return conn.execute(
                text(
                    "SELECT sum(b.allocated_amount), sum(coalesce(b.spent_amount, 0))"
                    " FROM budgets b JOIN departments d ON d.id = b.department_id"
                    " JOIN users u ON u.id = d.manager_id"
                    " WHERE u.email = :e AND b.fiscal_year = extract(year FROM current_date)"
                ),
                {"e": email},
            ).one()
    finally:
        su.dispose()


def test_a_manager_without_budgets_sees_their_departments_budget_on_their_dashboard(
    login, demo_dsn
) -> None:
    email, module = _budget_manager(demo_dsn)
    with login(email).connect() as conn:
        reads = conn.execute(text("SELECT has_table_privilege('budgets', 'SELECT')")).scalar()
        assert reads is False
        data = load_dashboard(conn, module)
    allocated, spent = _managed_totals(demo_dsn, email)
    shown = {v.figure.key: v.value for v in data.figures}
    assert shown["managed_budget_use"] == 100 * spent / allocated
    chart = next(c for c in data.charts if c.chart.key == "managed_budget")
    assert chart.points == [
        ("Allocated", allocated),
        ("Spent", spent),
        ("Remaining", allocated - spent),
    ]


def test_whoever_reads_budgets_or_manages_none_has_no_managed_budget_tile(login, demo_dsn) -> None:
    # Finance has the Finance dashboard's own budget figure.
    for module in ("finance", "hr"):
        assert "managed_budget_use" not in _figures(login(FINANCE), module)
    su = make_engine(demo_dsn)
    try:
        with su.connect() as conn:
            email, module = conn.execute(
                text(
                    "SELECT u.email, u.role FROM users u WHERE u.is_active"
                    " AND u.role IN ('it', 'hr', 'risk', 'security', 'inventory')"
                    " AND NOT EXISTS (SELECT FROM departments d WHERE d.manager_id = u.id)"
                    " ORDER BY u.email LIMIT 1"
                )
            ).one()
    finally:
        su.dispose()
    assert "managed_budget_use" not in _figures(login(email), module)


INVENTORY = "divine.ingabire@dicel.rw"


def test_the_low_stock_tile_opens_exactly_the_items_below_their_minimum(login, demo_dsn) -> None:
    from dicel_desktop.services.listing import Listing, ListQuery, listing_columns

    divine = login(INVENTORY)
    with divine.connect() as conn:
        data = load_dashboard(conn, "inventory")
        value = next(v for v in data.figures if v.figure.key == "below_minimum")
        listing = Listing(
            ListQuery("inventory_items", listing_columns("inventory_items"), filters=value.filters)
        )
        listed = {row[0] for row in listing.first(conn, 10_000)}
    su = make_engine(demo_dsn)
    try:
        with su.connect() as conn:
            expected = set(
                conn.execute(
                    text(
                        "SELECT id FROM inventory_items WHERE coalesce(current_stock, 0)"
                        " < minimum_stock AND coalesce(status, 'active') = 'active'"
                    )
                ).scalars()
            )
            items = conn.execute(text("SELECT count(*) FROM inventory_items")).scalar_one()
    finally:
        su.dispose()
    assert listed == expected
    assert value.value == len(expected)
    assert 0 < len(expected) < items  # filtered: not every item, not none


ADMIN = "jean.mugabo@dicel.rw"


def test_administrations_failed_checks_are_the_monitoring_checks_that_failed(login) -> None:
    jean = login(ADMIN)
    # The demo's readings end on the day it was made: count as of that day.
    day = _one(jean, "SELECT max(recorded_at)::date FROM system_monitoring")
    with jean.connect() as conn:
        data = load_dashboard(conn, "admin", today=day)
    shown = {v.figure.key: v.value for v in data.figures}
    expected = _one(
        jean,
        "SELECT count(*) FROM system_monitoring WHERE status IN ('critical', 'unknown')"
        f" AND recorded_at >= date '{day}' - 29 AND recorded_at < date '{day}' + 1",
    )
    assert shown["failed_checks"] == expected
    assert expected > 0


def test_states_and_stages_are_charted_in_their_workflows_order(login) -> None:
    """Draft before pending before approved (the alphabet put approved first), and the
    pipeline from prospecting to negotiation, as the people who move them read them."""
    from dicel_desktop.domain.states import OpportunityStage, PurchaseOrderStatus

    with login("jean.mugabo@dicel.rw").connect() as conn:
        orders = load_dashboard(conn, "inventory").charts[0]
        stages = load_dashboard(conn, "sales").charts[0]

    def words(chart) -> list[str]:
        return [label.split(" ", 1)[1] for label, _value in chart.points]

    assert orders.chart.key == "orders_by_state" and stages.chart.key == "weighted_by_stage"
    for chart, choice in ((orders, PurchaseOrderStatus), (stages, OpportunityStage)):
        order = [c.value for c in choice]
        shown = words(chart)
        assert len(shown) >= 3  # the demo company has orders and deals in several
        assert shown == sorted(shown, key=order.index)
        assert shown != sorted(shown)  # the alphabet would have said otherwise


def test_the_pipeline_is_the_four_open_stages_each_a_bar_even_when_empty(login) -> None:
    """A deal is closed won or lost with its step, which ends it (migration 0050): the
    pipeline is prospecting to negotiation, and a stage no active deal is at reads 0."""
    with login(ADMIN).connect() as conn:
        # (Rolled back: the connection closes without a commit.)
        conn.execute(
            text(
                "UPDATE opportunities SET stage = 'qualification'"
                " WHERE status = 'active' AND stage = 'proposal'"
            )
        )
        chart = load_dashboard(conn, "sales").charts[0]
    assert chart.chart.key == "weighted_by_stage"
    assert [label for label, _value in chart.points] == [
        "1 prospecting",
        "2 qualification",
        "3 proposal",
        "4 negotiation",
    ]
    assert dict(chart.points)["3 proposal"] == 0


def test_the_audit_trend_has_every_one_of_its_fourteen_days(login) -> None:
    """A day without entries is drawn at zero: a missing day shifted the line's dates."""
    import datetime as dt

    admin = login("jean.mugabo@dicel.rw")
    with admin.connect() as conn:
        data = load_dashboard(conn, "admin")
        today = conn.execute(text("SELECT current_date")).scalar_one()
        counted = dict(
            conn.execute(
                text(
                    "SELECT to_char(created_at, 'YYYY-MM-DD'), count(*) FROM audit_logs"
                    " WHERE created_at >= current_date - 13"
                    " AND created_at < current_date + 1 AND NOT " + SIGN_IN + " GROUP BY 1"
                )
            ).all()
        )
    chart = next(c for c in data.charts if c.chart.key == "audit_by_day")
    days = [(today - dt.timedelta(days=n)).isoformat() for n in range(13, -1, -1)]
    assert [label for label, _count in chart.points] == days
    assert dict(chart.points) == {day: counted.get(day, 0) for day in days}


RECOVERY = "innocent.bizimana@dicel.rw"
COMPLIANCE = "chantal.kayitesi@dicel.rw"


def _listed(conn, value) -> set:
    """The ids of the rows a figure's click-through list shows."""
    from dicel_desktop.services.listing import Listing, ListQuery, listing_columns

    table = value.figure.table
    listing = Listing(ListQuery(table, listing_columns(table), filters=value.filters))
    return {row[0] for row in listing.first(conn, 100_000)}


def _ids(engine: Engine, sql: str) -> set:
    with engine.connect() as conn:
        return set(conn.execute(text(sql)).scalars())


def _value(conn, module: str, key: str, **kw):
    return next(v for v in load_dashboard(conn, module, **kw).figures if v.figure.key == key)


def test_receivables_are_what_is_still_owed_on_the_invoices_they_open(login) -> None:
    """A partly paid invoice is owed its total less what was received, not its total;
    the tile opens exactly the RWF invoices something is still owed on."""
    eric = login(FINANCE)
    with eric.connect() as conn:
        value = _value(conn, "finance", "receivables")
        listed = _listed(conn, value)
    # Independently: every issued RWF invoice, less what its payments (the posted credits
    # referencing its number) brought in; those paid in full add nothing.
    owing = (
        "FROM invoices i WHERE i.currency = 'RWF' AND i.status NOT IN ('draft', 'cancelled')"
        " AND i.total_amount > (SELECT coalesce(sum(t.amount), 0) FROM transactions t"
        "  WHERE t.reference_number = i.invoice_number AND t.status = 'posted'"
        "  AND t.transaction_type = 'credit' AND t.currency = i.currency)"
    )
    assert value.value == _one(
        eric,
        "SELECT sum(total_amount - dicel_invoice_paid(id)) FROM invoices"
        " WHERE currency = 'RWF' AND status NOT IN ('draft', 'cancelled')",
    )
    assert listed == _ids(eric, f"SELECT i.id {owing}")
    received = _one(eric, f"SELECT sum(dicel_invoice_paid(i.id)) {owing}")
    assert received > 0  # the demo's partly paid invoices: part of them is in
    assert value.value == _one(eric, f"SELECT sum(i.total_amount) {owing}") - received


def test_who_may_not_read_payments_is_not_shown_invoice_totals_as_owed(login) -> None:
    """The recovery officer reads invoices but not the transactions paying them: what is
    still owed cannot be theirs, and the totals are not shown in its place."""
    innocent = login(RECOVERY)
    assert _one(innocent, "SELECT has_table_privilege('invoices', 'SELECT')")
    assert not _one(innocent, "SELECT has_table_privilege('transactions', 'SELECT')")
    shown = _figures(innocent, "finance")
    assert "receivables" not in shown
    assert shown["past_due"] > 0  # what they may read is still there


def test_invoices_past_due_are_all_the_late_money_and_named_for_no_state(login) -> None:
    """Partly paid invoices past their due date stay partially paid: the figure counts
    them with those marked overdue, and so its words name no state a clerk could filter
    on and find fewer."""
    from dicel_desktop.domain.states import InvoiceStatus

    eric = login(FINANCE)
    with eric.connect() as conn:
        value = _value(conn, "finance", "past_due")
        listed = _listed(conn, value)
    late = (
        "SELECT id FROM invoices WHERE due_date < current_date"
        " AND status NOT IN ('draft', 'paid', 'cancelled')"
    )
    assert value.value == len(_ids(eric, late))
    assert listed == _ids(eric, late)
    marked = _one(eric, "SELECT count(*) FROM invoices WHERE status = 'overdue'")
    assert value.value > marked  # the demo has partly paid invoices past due
    words = value.figure.title.lower().split()
    assert not any(state.label.lower() in words for state in InvoiceStatus)
    assert value.figure.attention


def test_policies_past_their_review_date_are_not_counted_as_due_in_30_days(login) -> None:
    """Two figures: policies in force past their review date (marked: late work), and
    those due within 30 days; each opens exactly its policies."""
    import datetime as dt

    chantal = login(COMPLIANCE)
    in_force = "FROM compliance_policies WHERE status IN ('approved', 'active')"
    # A day with policies on both sides: ten days before the last review date in force.
    # Overdue is the policies list's mark (services/row_flags.py): the database's today.
    day = _one(chantal, f"SELECT max(review_date) {in_force}") - dt.timedelta(days=10)
    with chantal.connect() as conn:
        overdue = _value(conn, "compliance", "review_overdue")
        due = _value(conn, "compliance", "review_due", today=day)
        listed_overdue, listed_due = _listed(conn, overdue), _listed(conn, due)
    late = _ids(chantal, f"SELECT id {in_force} AND review_date < current_date")
    coming = _ids(
        chantal,
        f"SELECT id {in_force} AND review_date BETWEEN date '{day}' AND date '{day}' + 30",
    )
    assert late and coming
    assert (overdue.value, listed_overdue) == (len(late), late)
    assert (due.value, listed_due) == (len(coming), coming)
    assert overdue.figure.attention and not due.figure.attention


def test_the_recovery_amount_says_it_adds_up_the_cases_marked_recovered(login) -> None:
    """No column says what a case recovered, and a recovered case once closed leaves the
    state: the figure is the amount involved in the cases marked recovered now, and says
    so; it opens those cases."""
    innocent = login(RECOVERY)
    with innocent.connect() as conn:
        value = _value(conn, "recovery", "amount_marked_recovered")
        listed = _listed(conn, value)
    assert value.value == _one(
        innocent,
        "SELECT sum(amount_involved) FROM recovery_cases WHERE status = 'recovered'",
    )
    assert listed == _ids(innocent, "SELECT id FROM recovery_cases WHERE status = 'recovered'")
    assert value.value > 0
    assert value.figure.title == "Amount involved in cases marked recovered"


@pytest.mark.parametrize("email", [RECOVERY, ADMIN])
def test_recovered_is_what_came_back_of_the_cases_marked_recovered(login, email) -> None:
    """Migration 0106: beside the amount involved, the figure "Amount recovered in cases
    marked recovered" adds up the amounts recovered of those cases (not the closed ones:
    the title says so, review31 F9), under the viewer's row security (recovery, admin);
    it opens those cases. The demo recovered some in part."""
    viewer = login(email)
    with viewer.connect() as conn:
        value = _value(conn, "recovery", "amount_recovered")
        listed = _listed(conn, value)
    recovered = "FROM recovery_cases WHERE status = 'recovered'"
    assert value.value == _one(viewer, f"SELECT sum(amount_recovered) {recovered}")
    assert listed == _ids(viewer, f"SELECT id {recovered}")
    assert 0 < value.value < _one(viewer, f"SELECT sum(amount_involved) {recovered}")
    assert value.figure.title == "Amount recovered in cases marked recovered"
    assert value.figure.format == "money"


def test_contracts_in_force_have_begun_and_not_ended(login) -> None:
    """A contract activated ahead of its start date is signed, not in force (eye30r: one
    starting in January counted among the active ones); one still active past its end
    date is the red tile's, not in force (review30); one with no end date runs on. The
    tile counts and opens the active contracts begun and not ended, by the database's
    day."""
    client = login("emmanuel.nshimiyimana@dicel.rw")
    with client.connect() as conn, conn.begin():
        drafts = (
            conn.execute(
                text("SELECT id FROM contracts WHERE status = 'draft' ORDER BY id LIMIT 3")
            )
            .scalars()
            .all()
        )
        ahead, ended, open_ended = drafts
        day = "public.dicel_company_day()"
        for contract, start, end in (
            (ahead, f"{day} + 30", f"{day} + 395"),  # signed for next month
            (ended, f"{day} - 400", f"{day} - 10"),  # its end passed, still active
            (open_ended, f"{day} - 30", "NULL"),  # no end date
        ):
            conn.execute(
                text(f"UPDATE contracts SET start_date = {start}, end_date = {end} WHERE id = :c"),
                {"c": contract},
            )
            conn.execute(text("SELECT public.dicel_activate_contract(:c)"), {"c": contract})
        value = _value(conn, "clients", "contracts_active")
        listed = _listed(conn, value)
        in_force = set(
            conn.execute(
                text(
                    "SELECT id FROM contracts WHERE status = 'active'"
                    f" AND start_date <= {day} AND (end_date IS NULL OR end_date >= {day})"
                )
            ).scalars()
        )
        conn.rollback()
    assert open_ended in listed
    assert ahead not in listed and ended not in listed
    assert (value.value, listed) == (len(in_force), in_force)


def test_the_value_of_open_orders_is_what_is_still_to_arrive_and_its_list_adds_up(login) -> None:
    """Eye30r: "Value of open orders" added up the open orders' whole totals, goods
    already received on the partly received ones (on the shelf) among them. It is now
    what is still to arrive: each open order's lines' quantity not yet received, at
    their prices; the list it opens shows that value per order, and adds up to it."""
    from dicel_desktop.services.listing import Listing, ListQuery, listing_columns

    divine = login(INVENTORY)
    opened = "status IN ('draft', 'pending', 'approved', 'ordered', 'partially_received')"
    still = (
        "SELECT coalesce(sum((l.quantity - l.quantity_received) * l.unit_price), 0)"
        " FROM purchase_order_lines l JOIN purchase_orders o ON o.id = l.order_id"
        f" WHERE o.{opened}"
    )
    with divine.connect() as conn:
        value = _value(conn, "inventory", "value_to_arrive")
        columns = (*listing_columns("purchase_orders"), *value.figure.shows)
        listing = Listing(ListQuery("purchase_orders", columns, filters=value.filters))
        slot = 2 + columns.index("value_awaited")
        rows = listing.first(conn, 100_000)
    assert value.value == _one(divine, still)
    assert {row[0] for row in rows} == _ids(
        divine, f"SELECT id FROM purchase_orders WHERE {opened}"
    )
    assert sum(row[slot] for row in rows) == value.value
    whole = _one(divine, f"SELECT sum(total_amount) FROM purchase_orders WHERE {opened}")
    assert 0 < value.value < whole  # the demo's partly received orders: part is in
    assert value.figure.title == "Value still to arrive on open orders"


CX = "olivier.hakizimana@dicel.rw"


def test_complaints_open_count_the_responded_ones_not_yet_resolved(login) -> None:
    """eye30r, 7: the tile counted only received and under review, leaving out the
    complaints answered and not resolved; it counts them, and opens exactly them."""
    olivier = login(CX)
    with olivier.connect() as conn:
        value = _value(conn, "cx", "open_complaints")
        listed = _listed(conn, value)
    open_sql = (
        "SELECT id FROM customer_feedback WHERE feedback_type = 'complaint'"
        " AND status IN ('received', 'under_review', 'responded')"
    )
    assert listed == _ids(olivier, open_sql)
    assert value.value == len(listed)
    responded = _ids(
        olivier,
        "SELECT id FROM customer_feedback WHERE feedback_type = 'complaint'"
        " AND status = 'responded'",
    )
    assert responded and responded <= listed  # the demo has some: they count


SALES = "grace.uwimana@dicel.rw"


def test_opportunities_open_count_and_open_every_deal_not_won_or_lost(login) -> None:
    """eye39 #6: « 38 Opportunités ouvertes » counted the active deals alone, leaving out
    the 6 on hold, which are not closed either. The tile counts every deal neither won nor
    lost, and opens exactly them; the pipeline's values stay the active deals'."""
    grace = login(SALES)
    with grace.connect() as conn:
        value = _value(conn, "sales", "opportunities_open")
        listed = _listed(conn, value)
        pipeline = _value(conn, "sales", "pipeline").value
    not_closed = _ids(grace, "SELECT id FROM opportunities WHERE status NOT IN ('won', 'lost')")
    assert listed == not_closed
    assert value.value == len(listed)
    on_hold = _ids(grace, "SELECT id FROM opportunities WHERE status = 'on_hold'")
    assert on_hold and on_hold <= listed  # the demo has some: they count
    assert pipeline == _one(
        grace,
        "SELECT coalesce(sum(estimated_value), 0) FROM opportunities WHERE status = 'active'",
    )


def test_what_was_approved_and_not_yet_paid_waits_on_the_finance_dashboard(login) -> None:
    """Once HR approves a pay period it leaves Finance's Waiting for me: the dashboard
    counts it (and approved expenses) until it is paid, and opens exactly those rows
    (eye30s #2). Approved here in a transaction that is rolled back."""
    eric = login(FINANCE)
    with eric.connect() as conn:
        period = conn.execute(
            text(
                "SELECT id FROM payroll_periods WHERE status = 'pending'"
                " ORDER BY period_start LIMIT 1"
            )
        ).scalar_one()
        conn.execute(text("SELECT public.dicel_approve_payroll(:p, 'test')"), {"p": period})
        for key, table in (("payroll_to_pay", "payroll_periods"), ("expenses_to_pay", "expenses")):
            value = _value(conn, "finance", key)
            expected = set(
                conn.execute(text(f"SELECT id FROM {table} WHERE status = 'approved'")).scalars()
            )
            assert expected  # the demo's approved expenses; the period just approved
            assert value.value == len(expected)
            assert _listed(conn, value) == expected
            assert value.figure.attention
            if table == "payroll_periods":
                assert period in expected
        conn.rollback()


def test_who_may_not_read_pay_periods_or_expenses_is_not_shown_what_waits_to_be_paid(
    login,
) -> None:
    claudine = login(IT)
    for table in ("payroll_periods", "expenses"):
        assert not _one(claudine, f"SELECT has_table_privilege('{table}', 'SELECT')")
    shown = _figures(claudine, "finance")
    assert "payroll_to_pay" not in shown and "expenses_to_pay" not in shown


#: A sign-in's entry: its last-login stamp alone (``audit_words.audit_action``).
SIGN_IN = (
    "(action = 'UPDATE' AND table_name = 'users' AND new_values ? 'last_login'"
    " AND new_values - 'last_login' = '{}'::jsonb)"
)


def test_administrations_changes_today_leave_the_sign_ins_to_their_own_figure(login) -> None:
    """The sign-ins are "People who logged in today"; the audit figure counted them
    again, and they were most of it (eye33 #10): it counts records created, changed or
    deleted, as the audit log filtered by those actions lists them."""
    admin = login(ADMIN)
    with admin.connect() as conn:  # rolled back: the connection closes without a commit
        conn.execute(text("SELECT * FROM public.dicel_record_login()")).all()
        day = conn.execute(text("SELECT current_date")).scalar_one()
        data = load_dashboard(conn, "admin", today=day)
        changes, sign_ins = conn.execute(
            text(
                "SELECT count(*) FILTER (WHERE NOT " + SIGN_IN + "),"
                " count(*) FILTER (WHERE " + SIGN_IN + ") FROM audit_logs"
                " WHERE created_at >= current_date AND created_at < current_date + 1"
            )
        ).one()
    shown = {v.figure.key: v.value for v in data.figures}
    assert sign_ins > 0
    assert shown["audit_today"] == changes


CX = "olivier.hakizimana@dicel.rw"


def _rating_trend(conn, today):
    data = load_dashboard(conn, "cx", today=today)
    return next(c for c in data.charts if c.chart.key == "rating_trend").points


def test_a_rating_trend_without_ratings_still_has_its_twelve_months_each_without_a_value(
    login,
) -> None:
    """A year with no rating (the demo's, a year on) is twelve months, each with no
    value (None: an average of nothing is not a rating of 0), not an empty chart."""
    import datetime as dt

    with login(CX).connect() as conn:
        last = conn.execute(text("SELECT max(feedback_date) FROM customer_feedback")).scalar()
        # A day more than a year after the last rating, in March (twelve months from
        # April: "335 days back" read thirteen on the 1st).
        day = dt.date((last or dt.date.today()).year + 2, 3, 1)
        points = _rating_trend(conn, day)
    months = [f"{day.year - 1}-{m:02d}" for m in range(4, 13)]
    months += [f"{day.year}-{m:02d}" for m in range(1, 4)]
    assert points == [(month, None) for month in months]


def test_a_rating_trend_is_its_twelve_months_averaged_with_none_where_nothing_was_rated(
    login,
) -> None:
    """Five months after the last rating: the months before it are their averages, as
    independent SQL has them, the five after are there without a value."""
    import datetime as dt

    with login(CX).connect() as conn:
        last = conn.execute(text("SELECT max(feedback_date) FROM customer_feedback")).scalar()
        assert last is not None, "the demo company has ratings"
        month = last.year * 12 + last.month - 1 + 5
        day = dt.date(month // 12, month % 12 + 1, 1)  # the 1st: "335 days back" gave 13
        points = _rating_trend(conn, day)
        averaged = dict(
            conn.execute(
                text(
                    "SELECT to_char(feedback_date, 'YYYY-MM'), round(avg(rating), 2)"
                    " FROM customer_feedback WHERE feedback_date"
                    " >= date_trunc('month', CAST(:d AS date)) - interval '11 months'"
                    " AND feedback_date <= :d GROUP BY 1"
                ),
                {"d": day},
            ).all()
        )
    labels = [label for label, _value in points]
    assert len(labels) == 12 and labels[-1] == day.strftime("%Y-%m")
    assert labels == sorted(labels) and len(set(labels)) == 12
    assert dict(points) == {label: averaged.get(label) for label in labels}
    assert [value for _label, value in points][-5:] == [None] * 5
    assert any(value is not None for _label, value in points)
