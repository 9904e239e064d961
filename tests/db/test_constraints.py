"""The database refuses what the seed and our decisions forbid, and computes what it must.

Each case runs against a real PostgreSQL database migrated to head; every attempt is
inside a savepoint so one refusal does not spoil the next. The cases on ``conn`` share one
database for the module, each in a transaction rolled back as it ends (speed45: ~100
databases cloned and dropped fewer); those that commit, or move a sequence (which no
rollback moves back), have a database of their own.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
import uuid
from decimal import Decimal

import pytest
import sqlalchemy as sa
from minimal_rows import REFERENCES_WANTED_BY_A_CHECK, choices_of, minimal_row, table
from sqlalchemy.exc import IntegrityError

from dicel_desktop.db.models import Base
from dicel_desktop.services.columns import currency_source, is_whole_units


@pytest.fixture(scope="module")
def shared_engine(pg_superuser_dsn, template_db, _admin):
    """An engine on the module's database, a clone of the template: only ``conn`` uses
    it, whose transaction is rolled back at the end of each test."""
    from helpers import drop_database, dsn_for
    from revision_templates import clone

    from dicel_desktop.db.engine import make_engine

    name = f"constraints_{uuid.uuid4().hex[:8]}"
    clone(_admin, template_db, name)
    engine = make_engine(dsn_for(pg_superuser_dsn, name))
    try:
        yield engine
    finally:
        engine.dispose()
        drop_database(_admin, name)


@pytest.fixture
def conn(shared_engine):
    """A connection to the module's database in a transaction rolled back as it closes:
    nothing a test writes reaches another (sequences aside: no test on it asserts a
    number's digits beyond their count)."""
    with shared_engine.connect() as connection:
        yield connection
        connection.rollback()


@pytest.fixture
def own_conn(db_engine):
    """A connection to the test's own database: for a test that sets a sequence."""
    with db_engine.connect() as connection:
        yield connection
        connection.rollback()


def insert(conn, name: str, **values) -> sa.Row:
    row = {**minimal_row(name), **values}
    for column in table(name).columns:
        wanted = not column.nullable or (name, column.name) in REFERENCES_WANTED_BY_A_CHECK
        if wanted and column.foreign_keys and column.name not in values:
            # A required reference gets a row to point to (a line its purchase order; an
            # attendance row its employee).
            (fk,) = column.foreign_keys
            row[column.name] = insert(conn, fk.column.table.name).id
    with conn.begin_nested():
        return conn.execute(sa.insert(table(name)).values(row).returning(table(name))).one()


def refused(conn, name: str, **values) -> str | None:
    """The name of the constraint that refused the row (the column for NOT NULL), or None."""
    try:
        insert(conn, name, **values)
    except IntegrityError as exc:
        diag = exc.orig.diag
        return diag.constraint_name or diag.column_name
    return None


# --- The seed's own CHECKs: the bound is accepted, one step outside is refused ----------

SEED_RANGES = [
    ("performance_reviews", "overall_rating", 1, 5),
    ("opportunities", "probability", 0, 100),
    ("customer_feedback", "rating", 1, 5),
    ("risk_assessments", "likelihood", 1, 5),
    ("risk_assessments", "impact", 1, 5),
]


@pytest.mark.parametrize(("name", "column", "low", "high"), SEED_RANGES)
def test_seed_range_checks_accept_each_bound_and_refuse_one_step_outside(
    conn, name, column, low, high
):
    assert insert(conn, name, **{column: low})
    assert insert(conn, name, **{column: high})
    assert refused(conn, name, **{column: low - 1}) == f"ck_{name}_{column}"
    assert refused(conn, name, **{column: high + 1}) == f"ck_{name}_{column}"


def test_user_role_accepts_the_thirteen_roles_only(conn):
    for role in [
        "admin",
        "hr",
        "finance",
        "it",
        "security",
        "compliance",
        "inventory",
        "client",
        "sales",
        "cx",
        "risk",
        "recovery",
        "employee",
    ]:
        assert insert(conn, "users", role=role)
    assert refused(conn, "users", role="manager") == "ck_users_role"
    assert refused(conn, "users", role="Admin") == "ck_users_role"


# --- State columns: every value of the domain enum, and nothing else --------------------

# In a fixed order (choices_of's follows set order, which differs between processes):
# two runs collect the same list (pytest-xdist's workers refuse to run otherwise).
STATE_COLUMNS = [
    (t.name, column, values)
    for t in Base.metadata.sorted_tables
    for column, values in sorted(choices_of(t).items())
]


def test_every_status_column_has_a_state_check():
    with_status = {t.name for t in Base.metadata.sorted_tables if "status" in t.c}
    checked = {name for name, column, _ in STATE_COLUMNS if column == "status"}
    assert with_status == checked


def _apart(name: str, n: int) -> dict[str, object]:
    """Values that keep the n-th row of a table from clashing with the others: pay
    periods may not overlap (an exclusion constraint, migration 0014)."""
    if name != "payroll_periods":
        return {}
    day = dt.date(2026, 1, 5) + dt.timedelta(days=n)
    return {"period_start": day, "period_end": day}


#: A state that goes with another column's value (migration 0050): a deal won is at the
#: stage closed won, and the other way round.
_GOES_WITH = {
    ("opportunities", "status", "won"): {"stage": "closed_won"},
    ("opportunities", "status", "lost"): {"stage": "closed_lost"},
    ("opportunities", "stage", "closed_won"): {"status": "won"},
    ("opportunities", "stage", "closed_lost"): {"status": "lost"},
}


@pytest.mark.parametrize(("name", "column", "values"), STATE_COLUMNS, ids=lambda v: str(v)[:30])
def test_state_column_accepts_its_values_and_refuses_others(conn, name, column, values):
    for n, value in enumerate(values):
        goes_with = _GOES_WITH.get((name, column, value), {})
        assert insert(conn, name, **{column: value}, **goes_with, **_apart(name, n))
    expected = f"ck_{name}_{column}_allowed"
    assert refused(conn, name, **{column: "not_a_state"}) == expected
    assert refused(conn, name, **{column: values[0].upper()}) == expected


def test_a_deal_is_at_a_closed_stage_exactly_when_it_is_won_or_lost(conn):
    """Only its steps close a deal (migration 0050): no row has it won at an open stage,
    nor active at a closed one."""
    check = "ck_opportunities_stage_closes_with_status"
    for status, stage in [
        ("won", "negotiation"),
        ("lost", "closed_won"),
        ("active", "closed_won"),
        ("on_hold", "closed_lost"),
        ("won", None),
    ]:
        assert refused(conn, "opportunities", status=status, stage=stage) == check, status
    assert insert(conn, "opportunities", status="on_hold", stage="proposal")
    assert insert(conn, "opportunities", status="active", stage=None)


@pytest.mark.parametrize(
    ("name", "column"),
    [
        ("employees", "salary_currency"),
        ("financial_accounts", "currency"),
        ("transactions", "currency"),
        ("expenses", "currency"),
        ("invoices", "currency"),
        ("contracts", "currency"),
    ],
)
def test_currency_columns_hold_iso_codes(conn, name, column):
    assert insert(conn, name)._mapping[column] == "RWF"  # the default
    assert insert(conn, name, **{column: "USD"})
    for bad in ["rwf", "RW", "R1F", "Rw "]:
        assert refused(conn, name, **{column: bad}) == f"ck_{name}_{column}_iso4217"


def test_no_one_approves_their_own_purchase_order_or_expense(conn):
    user = insert(conn, "users").id
    other = insert(conn, "users").id
    for name in ("purchase_orders", "expenses"):
        assert insert(conn, name, created_by=user, approved_by=other)
        assert refused(conn, name, created_by=user, approved_by=user) == (
            f"ck_{name}_not_self_approved"
        )


def test_dates_must_run_forwards(conn):
    assert refused(conn, "leave_requests", start_date="2026-03-10", end_date="2026-03-09")
    assert insert(conn, "leave_requests", start_date="2026-03-10", end_date="2026-03-10")
    assert refused(conn, "leave_requests", days_requested=0)
    assert refused(
        conn, "payroll_records", pay_period_start="2026-02-01", pay_period_end="2026-01-31"
    )
    assert refused(conn, "invoices", invoice_date="2026-02-01", due_date="2026-01-31")
    assert refused(conn, "inventory_items", current_stock=-1)


# --- Amounts no one could mean (migration 0007) -------------------------------------------

AMOUNT_CHECKS = sorted(
    (t.name, c.name, str(c.sqltext))
    for t in Base.metadata.sorted_tables
    for c in t.constraints
    if isinstance(c, sa.CheckConstraint) and re.fullmatch(r"\w+ >=? 0", str(c.sqltext))
)


def test_the_amounts_the_brief_names_are_checked():
    checked = {(t, text.split()[0]) for t, _name, text in AMOUNT_CHECKS}
    assert {
        ("employees", "salary"),
        ("invoice_items", "quantity"),
        ("invoice_items", "unit_price"),
        ("expenses", "amount"),
        ("purchase_orders", "total_amount"),
        ("budgets", "allocated_amount"),
        ("transactions", "amount"),
    } <= checked
    # Signed on purpose: a stock adjustment (-3 found missing), an account's balance.
    assert not {("inventory_transactions", "quantity"), ("financial_accounts", "balance")} & (
        checked
    )


@pytest.mark.parametrize(("name", "constraint", "text"), AMOUNT_CHECKS, ids=lambda v: str(v))
def test_an_amount_check_takes_its_bound_and_refuses_below_it(conn, name, constraint, text):
    column, op, _zero = text.split()
    scale = getattr(table(name).c[column].type, "scale", None) or 0
    step = Decimal(1).scaleb(-scale)  # one cent for money, one for whole numbers
    lowest = step if op == ">" else Decimal(0)
    values = {}
    if is_whole_units(name, column):  # a cent is no amount in francs (migrations 0039, 0089)
        currency = currency_source(table(name), table(name).c[column]).column
        if currency:
            values[currency] = "USD"
        else:  # francs, the company's: one franc is the step
            step = Decimal(1)
            lowest = step if op == ">" else Decimal(0)
    assert insert(conn, name, **{column: lowest}, **values)
    assert refused(conn, name, **{column: lowest - step}, **values) == constraint
    assert refused(conn, name, **{column: -1000 * step}, **values) == constraint


# --- NOT NULL, UNIQUE, FOREIGN KEY ------------------------------------------------------


def test_not_null_refuses_a_missing_value(conn):
    assert refused(conn, "users", email=None) == "email"
    assert refused(conn, "transactions", amount=None) == "amount"


def test_emails_are_stored_lower_cased(conn):
    # The login role is the lower-cased e-mail; row security matches email = session_user.
    assert refused(conn, "users", email="Jean.Mugabo@dicel.rw") == "ck_users_email_lower_case"


def test_unique_refuses_a_second_email(conn):
    insert(conn, "users", email="jean.mugabo@dicel.rw")
    assert refused(conn, "users", email="jean.mugabo@dicel.rw") == "idx_users_email"


def test_foreign_key_refuses_an_unknown_department(conn):
    assert refused(conn, "employees", department_id=uuid.uuid4()) == (
        "fk_employees_department_id_departments"
    )
    department = insert(conn, "departments", code="FIN").id
    assert insert(conn, "employees", department_id=department)


# --- Generated columns -------------------------------------------------------------------


def test_generated_columns_compute_and_follow_updates(conn):
    budget = insert(
        conn, "budgets", allocated_amount=Decimal("5000000.00"), spent_amount=Decimal("1250000.50")
    )
    assert budget.remaining_amount == Decimal("3749999.50")
    budgets = table("budgets")
    remaining = conn.execute(
        sa.update(budgets)
        .where(budgets.c.id == budget.id)
        .values(spent_amount=Decimal("5000000.00"))
        .returning(budgets.c.remaining_amount)
    ).scalar_one()
    assert remaining == Decimal("0.00")

    item = insert(conn, "invoice_items", quantity=Decimal("2.50"), unit_price=Decimal("1200.00"))
    assert item.total_price == Decimal("3000.00")

    risk = insert(conn, "risk_assessments", likelihood=4, impact=5)
    assert risk.risk_score == 20

    with pytest.raises(sa.exc.DBAPIError, match="generated"), conn.begin_nested():
        conn.execute(sa.update(budgets).values(remaining_amount=Decimal("1")))


# --- updated_at is kept by the database --------------------------------------------------


def test_updated_at_moves_on_every_update(db_engine):
    clients = table("clients")

    def update(conn, phone):
        return conn.execute(
            sa.update(clients)
            .where(clients.c.id == row.id)
            .values(phone=phone)
            .returning(clients.c.updated_at)
        ).scalar_one()

    def server_clock(conn):
        return conn.execute(sa.text("SELECT clock_timestamp()")).scalar_one()

    with db_engine.begin() as conn:
        row = insert(conn, "clients", company_name="Inzozi Logistics Ltd")
    with db_engine.begin() as conn:
        # Each stamp is the server's clock when the row changed, so it follows every
        # reading of that clock taken before: the order of events, not a client's sleep.
        before = server_clock(conn)
        first = update(conn, "+250788000111")
        between = server_clock(conn)
        # Even inside one transaction, a second update gets a newer stamp (clock_timestamp,
        # not the transaction's start: now() would give both updates the same token).
        second = update(conn, "+250788000222")
        start = conn.execute(sa.text("SELECT now()")).scalar_one()
    assert row.updated_at < before <= first <= between <= second
    assert first < second and second > start
    assert row.created_at == row.updated_at


def test_every_table_with_updated_at_has_the_trigger(db_engine):
    with db_engine.connect() as conn:
        triggered = set(
            conn.execute(
                sa.text(
                    "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                    " WHERE t.tgname = c.relname || '_set_updated_at'"
                )
            ).scalars()
        )
    expected = {t.name for t in Base.metadata.sorted_tables if "updated_at" in t.c}
    assert len(expected) == 46  # the seed's 41 and five added since
    assert triggered == expected


# --- Document numbers --------------------------------------------------------------------


def test_document_numbers_follow_the_readable_pattern(conn):
    year = conn.execute(sa.text("SELECT extract(year FROM current_date)::int")).scalar_one()
    po = insert(conn, "purchase_orders").po_number
    assert re.fullmatch(rf"PO-{year}-\d{{6}}", po)
    assert re.fullmatch(r"EMP-\d{6}", insert(conn, "employees").employee_number)
    assert re.fullmatch(rf"TXN-{year}-\d{{6}}", insert(conn, "transactions").transaction_number)


def test_document_numbers_past_a_million_grow_instead_of_repeating(own_conn):
    # Its own database: setval is not rolled back.
    conn = own_conn
    conn.execute(sa.text("SELECT setval('purchase_orders_po_number_seq', 999999)"))
    first, second = (
        insert(conn, "purchase_orders").po_number,
        insert(conn, "purchase_orders").po_number,
    )
    assert first.endswith("-1000000") and second.endswith("-1000001")


def test_document_numbers_stay_unique_under_parallel_inserts(db_engine):
    orders = table("purchase_orders")
    numbers: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(4)

    def clerk() -> None:
        start.wait()
        for _ in range(100):
            with db_engine.begin() as conn:
                number = conn.execute(
                    sa.insert(orders)
                    .values(minimal_row("purchase_orders"))
                    .returning(orders.c.po_number)
                ).scalar_one()
            with lock:
                numbers.append(number)

    threads = [threading.Thread(target=clerk) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(numbers) == 400
    assert len(set(numbers)) == 400
