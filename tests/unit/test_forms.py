"""Form metadata (services.forms, services.form_layouts): fields, layout, checks."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from dicel_desktop.db.models import Base
from dicel_desktop.domain.roles import Role
from dicel_desktop.services.columns import table_spec
from dicel_desktop.services.form_layouts import LAYOUTS
from dicel_desktop.services.forms import FieldKind, compute, form_spec, validate

TABLES = sorted(Base.metadata.tables)


@pytest.mark.parametrize("table", sorted(LAYOUTS))
def test_declared_layouts_name_real_columns_once(table: str) -> None:
    named = [n for _title, rows in LAYOUTS[table] for row in rows for n in row.split()]
    assert len(named) == len(set(named)), "a column placed twice"
    assert set(named) <= set(Base.metadata.tables[table].c.keys()) - {"id"}


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("table", TABLES)
def test_sections_hold_exactly_the_readable_fields(table: str, role: Role) -> None:
    form = form_spec(table, role)
    placed = [n for s in form.sections for row in s.rows for n in row]
    assert sorted(placed) == sorted(form.fields)
    assert all(1 <= len(row) <= 2 for s in form.sections for row in s.rows)
    assert form.insertable <= set(form.fields) and form.updatable <= set(form.fields)


def test_columns_a_role_may_not_read_are_absent() -> None:
    assert "salary" not in form_spec("employees", Role.EMPLOYEE).fields
    assert "salary" in form_spec("employees", Role.HR).fields
    assert "password_hash" not in form_spec("users", Role.ADMIN).fields


def test_kinds_follow_the_columns() -> None:
    fields = form_spec("employees", Role.HR).fields
    assert fields["salary"].kind is FieldKind.MONEY
    assert fields["salary"].currency.column == "salary_currency"
    assert fields["salary_currency"].kind is FieldKind.CURRENCY
    assert fields["supervisor_id"].kind is FieldKind.REFERENCE
    assert fields["supervisor_id"].references == "employees"
    assert fields["bank_details"].kind is FieldKind.JSON
    assert fields["bank_details"].shape == "bank_details"
    assert fields["status"].kind is FieldKind.CHOICE and fields["status"].server_set
    assert fields["employee_number"].server_set
    assert fields["hire_date"].kind is FieldKind.DATE and fields["hire_date"].required
    users = form_spec("users", Role.ADMIN).fields
    assert users["skills"].kind is FieldKind.TAGS
    assert form_spec("customer_feedback", Role.CX).fields["comment"].kind is FieldKind.MULTILINE


def test_state_and_creator_are_read_only_for_their_department() -> None:
    form = form_spec("expenses", Role.FINANCE)
    for name in ("status", "approved_by", "expense_number", "created_by", "created_at"):
        assert not form.editable(name, new=True) and not form.editable(name, new=False)
    assert form.editable("amount", new=True) and form.editable("amount", new=False)


@pytest.mark.parametrize(
    ("table", "role"), [("it_support_tickets", Role.IT), ("client_support_tickets", Role.CLIENT)]
)
def test_a_ticket_says_when_it_was_reported_where_it_says_what_it_is(table, role) -> None:
    # A user-eye review found two creation dates on a ticket: "Created date" in its
    # Resolution section, "Created at" in Record. The first is when it was reported.
    form = form_spec(table, role)
    sections = {s.title: [n for row in s.rows for n in row] for s in form.sections}
    assert "created_date" in sections["Ticket"]
    assert "created_date" not in sections["Resolution"]
    assert form.fields["created_date"].label == "Reported on"
    assert form.fields["created_at"].label == "Created at"


def test_a_posting_s_salary_range_reads_lowest_then_highest_side_by_side() -> None:
    # A user-eye review: "Salary range min" was right of row 2, "max" left of row 3, so
    # a person read (and tabbed through) the highest before the lowest.
    form = form_spec("job_postings", Role.HR)
    rows = [row for section in form.sections for row in section.rows]
    assert ("salary_range_min", "salary_range_max") in rows
    assert ("posted_date", "closing_date") in rows


def test_labels_say_what_a_person_reads_there() -> None:
    # A review read "Receipt URL" over a file's name, and "Areas improvement".
    assert form_spec("expenses", Role.FINANCE).fields["receipt_url"].label == "Receipt"
    review = form_spec("performance_reviews", Role.HR)
    assert review.fields["areas_improvement"].label == "Areas for improvement"


@pytest.mark.parametrize(
    "table", ["clients", "suppliers", "users", "departments", "leads", "candidates"]
)
def test_an_address_is_an_e_mail_as_the_login_window_and_my_profile_write_it(table) -> None:
    # A lead's form read "Email *" where the login and My profile read "E-mail".
    assert form_spec(table, Role.ADMIN).fields["email"].label == "E-mail"
    assert table_spec(table).column("email").label == "E-mail"


@pytest.mark.parametrize(
    ("table", "role"),
    [("expenses", Role.FINANCE), ("leave_requests", Role.HR), ("purchase_orders", Role.INVENTORY)],
)
def test_who_rejected_is_not_called_the_approver(table, role) -> None:
    # A rejected order's list row read "Rejected" beside "Approved by: Divine Ingabire":
    # the columns hold whoever decided, either way.
    form = form_spec(table, role)
    assert form.fields["approved_by"].label == "Decided by"
    assert form.fields["approved_date"].label == "Decided on"
    assert table_spec(table).column("approved_by").label == "Decided by"


def test_a_percentage_says_so_where_its_number_stands_alone() -> None:
    # An opportunity's "Probability" read 50, 75, 100 in its list and its form: of what?
    form = form_spec("opportunities", Role.SALES)
    assert form.fields["probability"].label == "Probability (%)"
    assert table_spec("opportunities").column("probability").label == "Probability (%)"
    error = validate(form, {"probability": 120}, new=False)["probability"]
    assert error.message == "Probability (%) must be between 0 and 100."


def test_ranges_come_from_check_constraints() -> None:
    form = form_spec("risk_assessments", Role.RISK)
    errors = validate(form, {"likelihood": 6, "impact": 0}, new=False)
    assert errors["likelihood"].message == "Likelihood must be between 1 and 5."
    assert errors["impact"].message == "Impact must be between 1 and 5."
    assert validate(form, {"likelihood": 5, "impact": 1}, new=False) == {}
    lines = form_spec("invoice_items", Role.FINANCE)
    error = validate(lines, {"quantity": 0}, new=False)["quantity"]
    assert error.message == "Quantity must be more than 0."


def test_dates_in_order_and_the_message_on_the_later_field() -> None:
    form = form_spec("invoices", Role.FINANCE)
    values = {"invoice_date": dt.date(2026, 3, 10), "due_date": dt.date(2026, 3, 1)}
    errors = validate(form, values, new=False)
    assert errors["due_date"].message == "Due date must be on or after the invoice date."
    assert validate(form, {**values, "due_date": dt.date(2026, 3, 10)}, new=False) == {}


def test_required_lengths_decimals_and_currency() -> None:
    form = form_spec("invoices", Role.FINANCE)
    errors = validate(
        form, {"subtotal": Decimal("10.005"), "currency": "rwf", "notes": None}, new=True
    )
    # Totals follow the lines (migration 0014): no one types them, so none is checked.
    assert "subtotal" not in errors
    expenses = form_spec("expenses", Role.FINANCE)
    amount = validate(expenses, {"amount": Decimal("10.005")}, new=False)["amount"]
    assert amount.message == "Amount can have at most 2 decimal places."
    assert errors["currency"].code == "field_not_a_currency"
    assert errors["invoice_date"].message == "Invoice date is required."
    assert "notes" not in errors
    clients = form_spec("clients", Role.CLIENT)
    long_name = "x" * 300
    error = validate(clients, {"company_name": long_name}, new=False)["company_name"]
    assert error.message == "Company name can be at most 255 characters long; it is 300."


def test_fields_the_role_may_not_write_are_not_checked() -> None:
    form = form_spec("risk_assessments", Role.COMPLIANCE)  # reads only
    assert form.read_only
    assert validate(form, {"likelihood": 9}, new=False) == {}


def test_generated_columns_are_recomputed() -> None:
    fields = form_spec("invoice_items", Role.FINANCE).fields
    total = fields["total_price"]
    assert compute(total, {"quantity": Decimal("2.5"), "unit_price": Decimal("1000")}) == Decimal(
        "2500.00"
    )
    assert compute(total, {"quantity": None, "unit_price": Decimal("1")}) is None
    score = form_spec("risk_assessments", Role.RISK).fields["risk_score"]
    assert compute(score, {"likelihood": 4, "impact": 5}) == 20
    budget = form_spec("budgets", Role.FINANCE).fields["remaining_amount"]
    assert compute(
        budget, {"allocated_amount": Decimal("100"), "spent_amount": Decimal("30")}
    ) == Decimal("70.00")


def test_defaults_a_new_form_starts_with() -> None:
    fields = form_spec("expenses", Role.FINANCE).fields
    assert fields["currency"].default == "RWF"
    # A new posting is a draft: published (dated) by its step, not when typed in (0044).
    assert form_spec("job_postings", Role.HR).fields["posted_date"].default is None


def test_no_record_window_has_two_panels_of_one_title():
    """Under a form: the records that belong to it, then its Documents and History; a
    recovery case's papers once showed as a second "Documents" tab."""
    from dicel_desktop.services.form_layouts import DETAILS

    for table, details in DETAILS.items():
        titles = [detail.title for detail in details] + ["Documents", "History"]
        assert len(titles) == len(set(titles)), table


@pytest.mark.parametrize(
    ("table", "column", "stamped"),
    [
        # Written by no role, the moment by default: the save stamps it.
        ("recovery_documents", "upload_date", True),
        ("transactions", "posted_date", True),
        # Written by no role, but by a step or a payment later: not the save's.
        ("invoices", "paid_date", False),
        ("job_postings", "posted_date", False),
        # The moment by default, but typed by whoever writes it.
        ("customer_feedback", "feedback_date", False),
    ],
)
def test_given_when_saved_is_a_function_only_moment_the_server_stamps(table, column, stamped):
    """Review 30, F7: "given when saved" is worked out from FUNCTION_ONLY_COLUMNS and a
    now() default rather than listed a second time (a new transaction's posting moment
    read as nothing, though the save gives it)."""
    field = form_spec(table, Role.ADMIN).fields[column]
    assert field.filled_on_save is stamped
    assert field.server_set or not stamped


@pytest.mark.parametrize(
    ("table", "column", "label"),
    [
        ("patrol_routes", "estimated_duration", "Estimated duration (min)"),
        ("training_programs", "duration_hours", "Duration (hours)"),
        ("candidates", "experience_years", "Years of experience"),
    ],
)
def test_a_number_of_minutes_or_hours_says_its_unit(table, column, label) -> None:
    # eye44: a patrol route's "Estimated duration" read 20, 30, 35: minutes, hours?
    assert table_spec(table).column(column).label == label
