"""The migrated schema holds everything the seed's own DDL creates.

The seed's statements (tests/db/seed_schema.sql, copied verbatim) run in a scratch
database; then both catalogs are compared column by column. The seed cannot run top to
bottom as written (users references departments before it exists, departments references
users, invoices and inventory_items reference later tables), so its inline REFERENCES
clauses are turned into ALTER TABLE ... ADD FOREIGN KEY statements run after all tables:
the same foreign keys, added in an order that works.
"""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import psycopg
import pytest
from catalog import Catalog, read_catalog
from helpers import admin_connect, create_database, drop_database, dsn_for

from dicel_desktop.domain.entry_rules import ORDERED_DATES, order_check_name
from dicel_desktop.domain.permissions import DOCUMENT_NUMBER_COLUMNS

SEED_SQL = Path(__file__).with_name("seed_schema.sql")
_REFERENCES = re.compile(r"\s+REFERENCES\s+(\w+)\((\w+)\)", re.IGNORECASE)

#: Decided differences (README, "Schema"): every seed TIMESTAMP is TIMESTAMPTZ.
_TYPE_MAP = {"timestamp without time zone": "timestamp with time zone"}

#: Decided addition: document numbers default to the next number of their own sequence.
_NUMBERED = set(DOCUMENT_NUMBER_COLUMNS.items())

#: Decided differences (docs/decisions.md, "Job postings and contracts start as drafts",
#: migrations 0038 and 0044): a new posting or contract is a draft, where its process
#: starts, not public or in force the moment it is typed in.
_DEFAULTS = {
    ("job_postings", "status"): "'draft'::character varying",
    ("contracts", "status"): "'draft'::character varying",
    # ... and a draft is not published: no publication date until its publish step
    # (migration 0044; the seed defaulted it to CURRENT_DATE).
    ("job_postings", "posted_date"): None,
    # Registers and the sales pipeline (0050): a new client is a prospect until there is
    # business to serve (docs/decisions.md, "Registers and the sales pipeline").
    ("clients", "status"): "'prospect'::character varying",
    # Lines added in one transaction keep the order they were added (migration 0144,
    # docs/decisions.md "money40fix"): the clock's now, as purchase_order_lines has it.
    ("invoice_items", "created_at"): "clock_timestamp()",
}

#: Decided additional CHECKs beyond the enum lists (``*_allowed``) and currency codes
#: (``*_iso4217``): each one refuses data no clerk could mean.
#: Checks made for every column of a kind, named by their column: a typed text's length
#: (``ck_<table>_<column>_fits``, migration 0085) and a list's items (``..._items``,
#: migration 0088), both from db/text_limits.py (docs/decisions.md); a phone's, an
#: e-mail's and an emergency contact's shape (``..._shape``, migration 0125,
#: domain/contact_rules.py); an amount that is a number, not NaN (``..._a_number``,
#: migration 0142, db/number_checks.py).
_EXTRA_CHECK_ENDINGS = ("_fits", "_items", "_shape", "_a_number")

#: Dates in order that the plan left unchecked (migration 0089, domain/entry_rules.py).
_ORDERED_DATE_CHECKS = {
    f"ck_{table}_{order_check_name(later)}" for table, later, _ in ORDERED_DATES
}

_EXTRA_CHECKS = {
    "ck_users_email_lower_case",
    "ck_employees_termination_after_hire",
    "ck_employees_not_own_supervisor",
    "ck_job_postings_salary_range_order",
    "ck_leave_requests_dates_order",
    "ck_leave_requests_days_positive",
    "ck_attendance_records_check_out_after_in",
    "ck_payroll_records_period_order",
    "ck_expenses_not_self_approved",
    "ck_invoices_due_after_invoice",
    "ck_security_assignments_shift_order",
    "ck_inventory_items_stock_not_negative",
    "ck_inventory_items_minimum_not_negative",
    "ck_purchase_orders_not_self_approved",
    "ck_purchase_orders_delivery_after_order",
    "ck_contracts_dates_order",
    "ck_marketing_campaigns_dates_order",
    "ck_customer_surveys_dates_order",
    "ck_system_settings_setting_value_matches_type",
    # A rate in percent from 0 to 100, a leave allowance or an approval threshold 0 or
    # more (migration 0096, domain/setting_bounds.py).
    "ck_system_settings_setting_value_in_bounds",
    # Attendance is someone's, of the hours a day holds, clocked around its own day
    # (migration 0096; the plan's employee_id stays nullable, the form asks for it).
    "ck_attendance_records_employee_given",
    "ck_attendance_records_total_hours_in_a_day",
    "ck_attendance_records_times_near_its_day",
    # An incident says when it happened (migration 0100; the plan's column stays
    # nullable, the form asks for it).
    "ck_security_incidents_incident_date_given",
    "ck_risk_incidents_incident_date_given",
    # An invoice's line is an invoice's (migration 0115, psql33: finance could leave a
    # draft's line on no invoice, in no list; the plan's column stays nullable).
    "ck_invoice_items_invoice_given",
    # What came back of a recovery case is above zero and at most the amount involved
    # (migration 0106: only Mark recovered… writes it).
    "ck_recovery_cases_amount_recovered_within_involved",
    # Registers and the sales pipeline (0050): a deal's stage is closed won (lost)
    # exactly when the deal is won (lost), which only its steps do.
    "ck_opportunities_stage_closes_with_status",
    # Amounts no one could mean (migration 0007): a salary, expense, transaction or
    # invoice line quantity of zero or less; a negative price, cost, total or budget.
    "ck_users_salary_positive",
    "ck_departments_budget_not_negative",
    "ck_employees_salary_positive",
    "ck_job_postings_salary_range_min_not_negative",
    "ck_job_postings_salary_range_max_not_negative",
    "ck_training_programs_cost_not_negative",
    "ck_payroll_records_basic_salary_not_negative",
    "ck_payroll_records_allowances_not_negative",
    "ck_payroll_records_deductions_not_negative",
    "ck_payroll_records_net_salary_not_negative",
    "ck_transactions_amount_positive",
    "ck_budgets_allocated_amount_not_negative",
    "ck_expenses_amount_positive",
    "ck_invoices_subtotal_not_negative",
    "ck_invoices_tax_amount_not_negative",
    "ck_invoices_total_amount_not_negative",
    "ck_invoice_items_quantity_positive",
    "ck_invoice_items_unit_price_not_negative",
    "ck_it_assets_purchase_cost_not_negative",
    "ck_inventory_items_unit_cost_not_negative",
    "ck_inventory_transactions_unit_cost_not_negative",
    "ck_inventory_transactions_total_cost_not_negative",
    "ck_purchase_orders_total_amount_not_negative",
    "ck_contracts_total_value_not_negative",
    "ck_leads_estimated_value_not_negative",
    "ck_opportunities_estimated_value_not_negative",
    "ck_marketing_campaigns_budget_not_negative",
    "ck_recovery_cases_amount_involved_not_negative",
}


def seed_statements() -> list[str]:
    """The seed's DDL with inline REFERENCES moved to ALTER TABLE statements at the end."""
    text = "\n".join(
        line.split("--", 1)[0] for line in SEED_SQL.read_text(encoding="utf-8").splitlines()
    )
    statements = [s.strip() for s in text.split(";") if s.strip()]
    creates, later, foreign_keys = [], [], []
    for statement in statements:
        match = re.match(r"CREATE TABLE (\w+)", statement)
        if not match:
            later.append(statement)
            continue
        table = match.group(1)
        body = []
        for line in statement.splitlines():
            ref = _REFERENCES.search(line)
            if ref:
                column = line.split()[0]
                foreign_keys.append(
                    f"ALTER TABLE {table} ADD FOREIGN KEY ({column})"
                    f" REFERENCES {ref.group(1)}({ref.group(2)})"
                )
                line = _REFERENCES.sub("", line)
            body.append(line)
        creates.append("\n".join(body))
    return creates + foreign_keys + later


@pytest.fixture(scope="module")
def seed_catalog(pg_superuser_dsn: str) -> Catalog:
    name = f"seed_{uuid.uuid4().hex[:8]}"
    with admin_connect(pg_superuser_dsn) as admin:
        create_database(admin, name)
    try:
        with psycopg.connect(dsn_for(pg_superuser_dsn, name)) as conn:
            for statement in seed_statements():
                conn.execute(statement)
        return read_catalog(dsn_for(pg_superuser_dsn, name))
    finally:
        with admin_connect(pg_superuser_dsn) as admin:
            drop_database(admin, name)


@pytest.fixture(scope="module")
def our_catalog(pg_superuser_dsn: str, template_db: str) -> Catalog:
    # The template itself takes no connections; read a clone of it.
    name = f"ours_{uuid.uuid4().hex[:8]}"
    with admin_connect(pg_superuser_dsn) as admin:
        create_database(admin, name, template=template_db)
    try:
        return read_catalog(dsn_for(pg_superuser_dsn, name))
    finally:
        with admin_connect(pg_superuser_dsn) as admin:
            drop_database(admin, name)


def test_the_seed_has_45_tables_and_we_have_them_all(seed_catalog, our_catalog):
    assert len(seed_catalog.tables) == 45
    assert seed_catalog.tables <= our_catalog.tables


def test_every_seed_column_has_its_type_size_and_not_null(seed_catalog, our_catalog):
    problems = []
    for key, seed in sorted(seed_catalog.columns.items()):
        ours = our_catalog.columns.get(key)
        if ours is None:
            problems.append(f"{key}: missing")
            continue
        if _TYPE_MAP.get(seed.type, seed.type) != ours.type:
            problems.append(f"{key}: type {ours.type}, seed {seed.type}")
        if seed.not_null != ours.not_null:
            problems.append(f"{key}: not null {ours.not_null}, seed {seed.not_null}")
    assert problems == []


def test_server_defaults_match_and_only_document_numbers_add_one(seed_catalog, our_catalog):
    problems = []
    for key, seed in sorted(seed_catalog.columns.items()):
        ours = our_catalog.columns[key]
        if key in _NUMBERED:
            assert seed.default is None, f"{key}: the seed gives a default after all"
            if not (ours.default or "").startswith("dicel_doc_number("):
                problems.append(f"{key}: no document-number default ({ours.default})")
        elif key in _DEFAULTS:
            if ours.default != _DEFAULTS[key]:
                problems.append(f"{key}: default {ours.default!r}, decided {_DEFAULTS[key]!r}")
        elif seed.default != ours.default:
            problems.append(f"{key}: default {ours.default!r}, seed {seed.default!r}")
    assert problems == []


def test_generated_columns_have_the_seeds_expressions(seed_catalog, our_catalog):
    seed_generated = {k: c.generated for k, c in seed_catalog.columns.items() if c.generated}
    # Tables beyond the seed (documents) have their own tests.
    ours_generated = {
        k: c.generated
        for k, c in our_catalog.columns.items()
        if c.generated and k[0] in seed_catalog.tables
    }
    assert set(seed_generated) == {
        ("budgets", "remaining_amount"),
        ("invoice_items", "total_price"),
        ("risk_assessments", "risk_score"),
    }
    assert ours_generated == seed_generated


def test_every_seed_check_is_there_and_every_extra_is_a_decided_one(seed_catalog, our_catalog):
    for table, checks in seed_catalog.checks.items():
        assert checks <= our_catalog.checks.get(table, set()), table
    undecided = {
        name
        for table, names in our_catalog.check_names.items()
        if table in seed_catalog.tables
        for name in names
        if not name.endswith(("_allowed", "_iso4217", *_EXTRA_CHECK_ENDINGS))
        and name not in _EXTRA_CHECKS | _ORDERED_DATE_CHECKS
    }
    seed_named = {
        f"ck_{t}_{c}"
        for t, c in [
            ("users", "role"),
            ("performance_reviews", "overall_rating"),
            ("opportunities", "probability"),
            ("customer_feedback", "rating"),
            ("risk_assessments", "likelihood"),
            ("risk_assessments", "impact"),
        ]
    }
    assert undecided == seed_named


#: Columns added to a seed table, each with its decision: a reversal of an invoice's
#: payment names the payment it reverses, once (migration 0066, docs/decisions.md).
_EXTRA_UNIQUES = {"transactions": {("reverses_transaction_id",)}}
_EXTRA_FOREIGN_KEYS = {"transactions": {(("reverses_transaction_id",), "transactions", ("id",))}}


def test_unique_constraints_match_exactly(seed_catalog, our_catalog):
    for table in seed_catalog.tables:
        assert our_catalog.uniques.get(table, set()) == seed_catalog.uniques.get(
            table, set()
        ) | _EXTRA_UNIQUES.get(table, set()), table


def test_foreign_keys_match_exactly(seed_catalog, our_catalog):
    for table in seed_catalog.tables:
        assert our_catalog.foreign_keys.get(table, set()) == seed_catalog.foreign_keys.get(
            table, set()
        ) | _EXTRA_FOREIGN_KEYS.get(table, set()), table


def test_every_seed_index_exists_under_its_own_name(seed_catalog, our_catalog):
    seed_indexes = {n: v for n, v in seed_catalog.indexes.items() if n.startswith("idx_")}
    assert len(seed_indexes) == 18
    for name, (table, columns, _unique) in seed_indexes.items():
        assert name in our_catalog.indexes, name
        our_table, our_columns, _ = our_catalog.indexes[name]
        assert (our_table, our_columns) == (table, columns), name
