"""How each table's record form is arranged: sections, the order of fields, which span the
form's width, and the records listed under it. Declared per table, as Tryton declares
its form views; a table without a declaration gets :func:`default_sections`.

A row is a string of one or two column names: two share a line (label, field, label,
field), one spans it. Columns the viewer may not read drop out (and a row left with one
field spans). Every column a declaration leaves out is placed after it by the default
rule, so a new column is never invisible; tests/unit/test_forms.py checks that
declarations name only real columns and that each names every column of its table.
"""

from __future__ import annotations

from collections.abc import Mapping

from dicel_desktop.domain.states import PERIOD_PAYSLIPS
from dicel_desktop.domain.tables import in_sentence, table_info
from dicel_desktop.services.form_types import STAMP_COLUMNS, Detail, FieldKind, FieldSpec, Section
from dicel_desktop.services.list_query import Between, OneOf

__all__ = ["DETAILS", "LAYOUTS", "default_sections", "details_of", "sections_of"]

#: Fields that take a whole line of their own.
_WIDE = frozenset({FieldKind.MULTILINE, FieldKind.JSON, FieldKind.TAGS})

Layout = tuple[tuple[str, tuple[str, ...]], ...]


def _layout(*sections: tuple[str, list[str]]) -> Layout:
    return tuple((title, tuple(rows)) for title, rows in sections)


LAYOUTS: Mapping[str, Layout] = {
    "employees": _layout(
        ("Employee", ["employee_number status", "user_id", "department_id position"]),
        (
            "Employment",
            [
                "employment_type work_location",
                "supervisor_id",
                "hire_date termination_date",
            ],
        ),
        ("Pay", ["salary salary_currency", "bank_details", "tax_info"]),
        ("Emergency contact", ["emergency_contact"]),
    ),
    "leave_requests": _layout(
        ("Request", ["employee_id status", "leave_type days_requested", "start_date end_date"]),
        ("Reason", ["reason"]),
        ("Decision", ["approved_by approved_date", "notes"]),
    ),
    "payroll_records": _layout(
        ("Payslip", ["employee_id status", "pay_period_start pay_period_end"]),
        ("Amounts", ["basic_salary allowances", "deductions net_salary", "deductions_detail"]),
        ("Payment", ["payment_date payment_method", "notes"]),
    ),
    "payroll_periods": _layout(
        ("Pay period", ["period_start period_end", "status", "approved_by approved_date"]),
        ("Payment", ["paid_date account_id", "transaction_id", "notes"]),
    ),
    "performance_reviews": _layout(
        ("Review", ["employee_id status", "reviewer_id review_date"]),
        ("Period", ["review_period_start review_period_end", "overall_rating"]),
        (
            "Assessment",
            ["goals_achieved", "areas_improvement", "next_goals", "recommendations"],
        ),
    ),
    # The salary range side by side, lowest first (it read max before min, diagonally).
    "job_postings": _layout(
        (
            "Job posting",
            [
                "title status",
                "department_id location",
                "employment_type max_applications",
                "salary_range_min salary_range_max",
                "posted_date closing_date",
                "description",
                "requirements",
            ],
        ),
    ),
    "expenses": _layout(
        ("Expense", ["expense_number status", "department_id expense_category"]),
        ("Amount", ["amount currency", "expense_date vendor", "description"]),
        (
            "Receipt and approval",
            ["receipt_url", "approved_by approved_date", "decision_note", "paid_date"],
        ),
    ),
    "invoices": _layout(
        ("Invoice", ["invoice_number status", "client_id", "invoice_date due_date"]),
        ("Amounts", ["subtotal tax_amount", "total_amount currency"]),
        ("Payment", ["paid_date payment_method", "notes"]),
    ),
    "invoice_items": _layout(
        ("Line", ["invoice_id", "description", "quantity unit_price", "total_price"]),
    ),
    "transactions": _layout(
        ("Transaction", ["transaction_number status", "account_id transaction_type"]),
        ("Amount", ["amount currency", "transaction_date posted_date"]),
        ("Reference", ["reference_number", "reverses_transaction_id", "description"]),
    ),
    "purchase_orders": _layout(
        ("Order", ["po_number status", "supplier_id", "order_date expected_delivery"]),
        # The sum of its lines, kept by the database (migration 0013).
        ("Amount", ["total_amount"]),
        ("Approval", ["approved_by approved_date", "notes"]),
    ),
    "purchase_order_lines": _layout(
        ("Line", ["order_id", "item_id", "description", "quantity unit_price"]),
        ("Amount and delivery", ["total_price quantity_received"]),
    ),
    "purchase_order_approvals": _layout(
        ("Approval", ["order_id", "level decision", "approver_id decided_at", "note"]),
    ),
    "inventory_items": _layout(
        ("Item", ["item_code status", "item_name", "category unit_of_measure"]),
        ("Stock", ["current_stock minimum_stock", "maximum_stock unit_cost"]),
        ("Supply", ["supplier_id location", "description"]),
    ),
    "clients": _layout(
        ("Client", ["client_code status", "company_name", "client_type industry"]),
        ("Contact", ["contact_person email", "phone tax_number", "address"]),
    ),
    "it_support_tickets": _layout(
        ("Ticket", ["ticket_number status", "subject", "category priority", "created_date"]),
        ("People", ["requester_id assigned_to"]),
        ("Problem", ["description"]),
        ("Resolution", ["resolved_date", "resolution"]),
    ),
    "client_support_tickets": _layout(
        (
            "Ticket",
            ["ticket_number status", "client_id", "subject", "category priority", "created_date"],
        ),
        ("Problem", ["assigned_to", "description"]),
        ("Resolution", ["resolved_date", "resolution"]),
    ),
    "risk_assessments": _layout(
        ("Assessment", ["assessment_number status", "risk_category assessment_date"]),
        ("Score", ["likelihood impact", "risk_score"]),
        ("Risk", ["risk_description", "mitigation_measures", "assigned_to"]),
    ),
    "recovery_cases": _layout(
        ("Case", ["case_number status", "client_id", "case_type priority"]),
        # What came back beside what was involved (migration 0106).
        ("Amount", ["amount_involved amount_recovered", "assigned_to"]),
        ("Dates", ["start_date target_completion_date", "actual_completion_date"]),
        ("Description", ["description"]),
    ),
    "patrol_routes": _layout(
        ("Route", ["route_name is_active", "frequency estimated_duration", "description"]),
        ("Checkpoints", ["checkpoints"]),
    ),
    # A shift's and a patrol's start and end side by side, the start first (eye32 #7:
    # the model's order put the end under the location, before the start on the right).
    "security_assignments": _layout(
        (
            "Assignment",
            ["status guard_id", "location assignment_type", "shift_start shift_end", "notes"],
        ),
    ),
    "patrol_logs": _layout(
        (
            "Patrol log",
            [
                "status guard_id",
                "route_id",
                "start_time end_time",
                "checkpoints_completed",
                "incidents_reported",
                "notes",
            ],
        ),
    ),
    "security_incidents": _layout(
        ("Incident", ["incident_number status", "incident_type severity", "location"]),
        ("When", ["incident_date reported_date", "reported_by resolved_date"]),
        ("What happened", ["description", "actions_taken"]),
    ),
    "users": _layout(
        ("Person", ["first_name last_name", "email phone", "role is_active"]),
        ("Work", ["department_id position", "employee_id hire_date", "salary"]),
        ("Private", ["date_of_birth", "address", "emergency_contact"]),
        ("Skills", ["skills", "certifications"]),
        ("Login", ["last_login profile_image"]),
    ),
    "system_settings": _layout(
        ("Setting", ["setting_key setting_type", "setting_value", "description", "is_public"]),
    ),
    "departments": _layout(
        ("Department", ["name code", "manager_id", "budget location", "phone email"]),
        ("About", ["is_active", "description"]),
    ),
}

#: Records listed under a form: they belong to it (master and detail).
#: (table, section) -> the facts (``services.record_facts.FACTS``) said in it after its
#: fields, with their labels. What an invoice has been paid and still owes, as its list
#: says (eye30s, 6: "Reverse payment…" was offered with no sign of a payment).
SECTION_FACTS: Mapping[tuple[str, str], tuple[tuple[str, str], ...]] = {
    ("invoices", "Amounts"): (("amount_paid", "Amount paid"), ("balance_due", "Balance due")),
}


DETAILS: Mapping[str, tuple[Detail, ...]] = {
    # A person's leave, attendance, pay, training and reviews from their record (eye30s:
    # each was a list of its own, searched by name); each written elsewhere, by its own
    # workflow or form.
    "employees": (
        Detail("leave_requests", "employee_id", "Leave", adds=False),
        Detail("attendance_records", "employee_id", "Attendance", adds=False),
        Detail("payroll_records", "employee_id", "Payslips", adds=False),
        Detail("training_enrollments", "employee_id", "Training", adds=False),
        Detail("performance_reviews", "employee_id", "Reviews", adds=False),
    ),
    # Its payslips (eye30s: "146 payslips" and none listed, so none checked before
    # approving or paying). A payslip points to its period by the period's first and
    # last days, not by a reference; made by Run payroll, never added here. The ones
    # Mark paid… counts (``PERIOD_PAYSLIPS``: not the cancelled ones, code review 31).
    "payroll_periods": (
        Detail(
            "payroll_records",
            "pay_period_start",
            "Payslips",
            key="period_start",
            also=(("pay_period_end", "period_end"),),
            filters=(OneOf("status", PERIOD_PAYSLIPS),),
            adds=False,
        ),
    ),
    # What happened under a risk (eye30s: an assessment did not list its incidents).
    "risk_assessments": (Detail("risk_incidents", "risk_assessment_id", "Incidents", adds=False),),
    "invoices": (
        Detail("invoice_items", "invoice_id", "Lines"),
        # Its receipts and their reversals: a payment names the invoice by its number
        # (transactions.reference_number; no column points to the invoice), what
        # "Reverse payment…" chooses from (eye30s, 6). Written by Record payment….
        Detail("transactions", "reference_number", "Payments", key="invoice_number", adds=False),
    ),
    "purchase_orders": (
        Detail("purchase_order_lines", "order_id", "Lines"),
        Detail("purchase_order_approvals", "order_id", "Approvals"),
    ),
    "recovery_cases": (Detail("recovery_documents", "case_id", "Case documents"),),
    "patrol_routes": (Detail("patrol_logs", "route_id", "Patrol logs"),),
    # What is on its way and what came and went (eye30r: an item below its minimum said
    # "time to order more" with 5 on order, and its window showed neither). The lines
    # of open orders still awaiting some of it (``services.order_awaited``), and its
    # movements; each written elsewhere (on its order, by Move stock…).
    "inventory_items": (
        Detail(
            "purchase_order_lines",
            "item_id",
            "On order",
            filters=(Between("awaited", 1, None),),
            shows=("order_status", "order_expected", "awaited"),
            adds=False,
        ),
        Detail("inventory_transactions", "item_id", "Stock movements", adds=False),
    ),
}


def save_first_sentence(table: str, detail: Detail) -> str:
    """What a new record's details panel says before the record is saved: "Save the
    invoice first, then add its lines here." One sentence per table and detail (context
    ``DetailsPanel``, listed for lupdate by ``services.schema_words``), so a language
    with genders writes it whole ("Enregistrez d'abord la facture, puis ajoutez-en les
    lignes ici.")."""
    # The window's detail may carry its title already translated (translated_form): the
    # sentence is looked up by its English words, so those come from the English spec.
    title = next(
        (
            d.title
            for d in details_of(table)
            if (d.table, d.column) == (detail.table, detail.column)
        ),
        detail.title,
    )
    record = in_sentence(table_info(table).record_title)
    return "Save the " + record + " first, then add its " + in_sentence(title) + " here."


def details_of(table: str) -> tuple[Detail, ...]:
    return DETAILS.get(table, ())


def _title(fields: Mapping[str, FieldSpec]) -> str | None:
    """The title or name a record is known by (a deal's title, a survey's or a
    company's name): the first required text column called so."""
    return next(
        (
            n
            for n, f in fields.items()
            if f.kind is FieldKind.TEXT
            and f.required
            and (n in ("title", "name", "subject") or n.endswith("_name"))
            and n not in ("first_name", "last_name")  # a person's, side by side
        ),
        None,
    )


def _named_with_number(table: str | None) -> bool:
    """A record shown by a name and its number ("Rweru Hardware Ltd — LEAD-2026-000005"):
    a reference to it needs the width of both."""
    naming = table_info(table).naming if table else None
    return naming is not None and naming.number is not None and bool(naming.names)


def _wide(name: str, fields: Mapping[str, FieldSpec]) -> bool:
    """Fields on a line of their own: long text, lists and structures, the name a record
    is known by, and a reference shown by a name and a number. Half a line (some 290
    pixels in a window's opening width) cut "CCTV and alarm package for Rweru Hardware
    Ltd" and the number after a lead's name."""
    field = fields[name]
    if field.kind in _WIDE:
        return True
    if field.kind is FieldKind.REFERENCE:
        return _named_with_number(field.references)
    return name == _title(fields)


def _pairs(names: list[str], fields: Mapping[str, FieldSpec]) -> list[tuple[str, ...]]:
    """Short fields two by two in the given order; wide ones on a line of their own, where
    they come (long text, lists and structures last)."""
    rows: list[tuple[str, ...]] = []
    waiting: list[str] = []
    for name in names:
        if fields[name].kind in _WIDE:
            continue
        if _wide(name, fields):
            if waiting:
                rows.append(tuple(waiting))
                waiting = []
            rows.append((name,))
            continue
        waiting.append(name)
        if len(waiting) == 2:
            rows.append(tuple(waiting))
            waiting = []
    if waiting:
        rows.append(tuple(waiting))
    rows += [(name,) for name in names if fields[name].kind in _WIDE]
    return rows


def default_sections(table: str, fields: Mapping[str, FieldSpec]) -> tuple[Section, ...]:
    """The form of a table with no declaration: the document number and the state first,
    then the fields in the model's order, two to a line; who made it and when, last."""
    record = _record_columns(table, fields)
    first = [n for n in fields if n == table_info(table).number]
    state = next(
        (n for n, f in fields.items() if f.kind is FieldKind.CHOICE and f.server_set), None
    )
    if state:
        first.append(state)
    rest = [n for n in fields if n not in first and n not in record]
    sections = [Section(table_info(table).record_title, tuple(_pairs(first + rest, fields)))]
    if record:
        sections.append(Section("Record", tuple(_pairs(record, fields))))
    return tuple(s for s in sections if s.rows)


def _record_columns(table: str, fields: Mapping[str, FieldSpec]) -> list[str]:
    return [n for n in fields if n in STAMP_COLUMNS or n in table_info(table).provenance]


def sections_of(table: str, fields: Mapping[str, FieldSpec]) -> tuple[Section, ...]:
    """The sections of ``table``'s form holding exactly ``fields`` (what the viewer reads)."""
    declared = LAYOUTS.get(table)
    if declared is None:
        return default_sections(table, fields)
    sections: list[Section] = []
    placed: set[str] = set()
    for title, rows in declared:
        kept = []
        for row in rows:
            names = tuple(n for n in row.split() if n in fields)
            placed.update(row.split())
            if names:
                kept.append(names)
        if kept:
            sections.append(Section(title, tuple(kept), SECTION_FACTS.get((table, title), ())))
    left = [n for n in fields if n not in placed]
    record = [n for n in _record_columns(table, fields) if n in left]
    others = [n for n in left if n not in record]
    if others:
        sections.append(Section("More", tuple(_pairs(others, fields))))
    if record:
        sections.append(Section("Record", tuple(_pairs(record, fields))))
    return tuple(sections)
