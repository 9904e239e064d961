"""The columns each list opens with, in the order a clerk of that department reads them.

What the row is comes first (a person's or a company's name, a subject, a description,
or the document number a clerk searches by and quotes; a list sorted by its number shows
it first, so the sort arrow is in view); a record named otherwise shows its own number
or code next (``TableInfo.number``: an employee's, an item's, a client's), so that at
1024 pixels, in every language, rows of one name or of a description cut short still
tell which record each is (eye33 #8: last, it was past the right edge); then the facts
the department works with (states, amounts, dates); other codes, numbers (a TIN, a
reference), e-mails and phone numbers last. Columns empty in
almost every row (a termination date, a last maintenance) are left to the column chooser,
as are bookkeeping stamps and long free text, except where the free text is what says
what the row is about (a risk's description, an audit's scope).

An entry is a column name, or (name, width) where the list needs more room than the
column's kind gives it: ``width`` is in average characters of the list's font. The grid
widens name columns further to fit the names of the first rows it shows.

``services.columns`` builds each table's ``TableSpec`` from this: the default columns in
this order, then the others in the models' order (what the column chooser adds).
"""

from __future__ import annotations

Entry = str | tuple[str, int]

#: Free text that says what a row is about: room for most of a sentence.
_ABOUT = 36

LIST_COLUMNS: dict[str, tuple[Entry, ...]] = {
    # --- HR ----------------------------------------------------------------------------
    # The number beside the name (eye33 #8: last, it was past the edge at 1024 pixels);
    # the place of work last, past the edge on a small screen but shown: the quick
    # search uses its index only while every text of it is (QUICK_SEARCH).
    "employees": (
        "user_id", "employee_number", "position", "department_id", "status", "salary",
        "employment_type", "supervisor_id", "hire_date", "work_location",
    ),
    "attendance_records": (
        "employee_id", "date", "status", "check_in", "check_out", "total_hours",
    ),
    # What the requester has left of that type that year beside the days asked (worked
    # out, not stored: ``services.columns.COMPUTED``), as the decision dialog says it.
    "leave_requests": (
        "employee_id", "leave_type", "start_date", "end_date", "days_requested", "days_left",
        "status", "approved_by",
    ),
    "payroll_periods": (
        "period_start", "period_end", "status", "created_by", "approved_by", "paid_date",
    ),
    # Its state beside whose and which month it is; the period's last day is its month's
    # (still in the column chooser): on a laptop the net pay and the state were past the
    # right edge (eye31 3).
    "payroll_records": (
        "employee_id", "pay_period_start", "status", "basic_salary", "allowances",
        "deductions", "net_salary", "payment_date", "payment_method",
    ),
    # The rating and its state beside whose review it is: in French at 1024 pixels the
    # state was cut behind the period's two days (which the window shows too).
    "performance_reviews": (
        "employee_id", "reviewer_id", "review_date", "overall_rating", "status",
        "review_period_start", "review_period_end",
    ),
    "job_postings": (
        "title", "department_id", "location", "employment_type", "status", "posted_date",
        "closing_date", "salary_range_min", "salary_range_max",
    ),
    "candidates": (
        "first_name", "last_name", "job_posting_id", "status", "interview_date",
        "experience_years", "education_level", "phone", "email",
    ),
    "training_programs": (
        "title", "instructor", "start_date", "end_date", "duration_hours", "location",
        "status", "max_participants", "cost",
    ),
    "training_enrollments": (
        "employee_id", "training_program_id", "enrollment_date", "status",
        "completion_date", "grade",
    ),
    "holidays": ("name", "holiday_date"),
    # --- Finance -----------------------------------------------------------------------
    # The amount and the state are in view at 1024 pixels; the numbers, the posting day and
    # who entered it after them, off the right edge on a laptop (the ledger's clerks look
    # them up by number).
    "transactions": (
        ("description", _ABOUT), "transaction_number", "account_id", "transaction_type",
        "amount", "transaction_date", "status", "reference_number", "posted_date",
        "created_by",
    ),
    "financial_accounts": ("account_name", "account_type", "balance", "is_active",
                           "account_number"),
    "budgets": (
        "department_id", "budget_category", "fiscal_year", "allocated_amount",
        "spent_amount", "remaining_amount", "status",
    ),
    # What finance checks (amount, state) before where it goes: in view on a laptop.
    # Who decided is in the window and the chooser.
    "expenses": (
        "expense_number", ("description", _ABOUT), "amount", "status", "department_id",
        "expense_category", "expense_date", "vendor",
    ),
    # What was paid and what is still due beside the total (worked out, not stored:
    # ``services.columns.COMPUTED``): a list of them adds up to what is owed (eye29b).
    # Its state beside the client and the day it is due first: in view at 1024 pixels
    # ("Partially paid" was cut at 1280); how it was paid is in the window.
    "invoices": (
        "invoice_number", "client_id", "status", "due_date", "total_amount", "amount_paid",
        "balance_due", "invoice_date", "paid_date",
    ),
    "invoice_items": (("description", _ABOUT), "quantity", "unit_price", "total_price",
                      "invoice_id"),
    # --- IT ----------------------------------------------------------------------------
    # Six radios of one model are told apart by their tags; the maker is in the name.
    "it_assets": (
        "asset_tag", "asset_name", "asset_type", "assigned_to", "location", "status",
        "warranty_expiry", "model", "serial_number",
    ),
    # What, who and when first: the list opens newest first by the day it was filed.
    # Fits a 1280-pixel window whole, Assignee included (eye30s: it was cut): the subject
    # starts narrower and takes what the others leave (FILL_COLUMNS); the day a ticket
    # was resolved is in its window, and in the column chooser.
    "it_support_tickets": (
        "ticket_number", ("subject", 24), "requester_id", "created_date", "category", "priority",
        "status", "assigned_to",
    ),
    "system_monitoring": (
        "system_name", "metric_name", "metric_value", "metric_unit", "status",
        "recorded_at", "threshold_warning", "threshold_critical",
    ),
    # The value beside its key: an admin reads that VAT is 18 without opening it.
    "system_settings": ("setting_key", ("setting_value", 20), ("description", _ABOUT),
                        "setting_type", "is_public"),
    # Who, then when: the log is read by time, and at 1024 px "When" was past the edge.
    "audit_logs": (
        "user_id", "created_at", "action", "table_name", ("record_id", _ABOUT), "ip_address",
    ),
    "documents": (
        "file_name", "owner_table", "media_type", "size_bytes", "uploaded_by", "created_at",
    ),
    # --- Security ----------------------------------------------------------------------
    "security_guards": (
        "user_id", "guard_number", "assigned_location", "shift_preference", "status",
        "license_number", "license_expiry",
    ),
    "security_assignments": (
        "guard_id", "location", "shift_start", "shift_end", "assignment_type", "status",
    ),
    "security_incidents": (
        "incident_number", ("description", _ABOUT), "incident_type", "location", "severity",
        "status", "incident_date", "reported_by",
    ),
    "patrol_routes": ("route_name", "frequency", "estimated_duration", "is_active",
                      ("description", _ABOUT)),
    "patrol_logs": ("guard_id", "route_id", "start_time", "end_time", "status"),
    # --- Inventory ---------------------------------------------------------------------
    # Its state beside its stock, in view at 1024 pixels (eye31: past the right edge at
    # 1280); who supplies it is in its window and its orders.
    "inventory_items": (
        "item_name", "item_code", "current_stock", "minimum_stock", "unit_of_measure",
        "status", "unit_cost", "category", "location",
    ),
    # The change in stock and in value with their signs (+7, -20, -1), worked out
    # (``services.columns.COMPUTED``): the stored quantity and cost, whose signs follow
    # the movement's type, are left to the column chooser (eye30r).
    "inventory_transactions": (
        "item_id", "transaction_type", "stock_change", "unit_cost", "value_change",
        "created_at", "reference_type", "reference_number", "created_by",
    ),
    "suppliers": (
        "supplier_name", "supplier_code", "contact_person", "payment_terms", "status",
        "phone", "email", "tax_number",
    ),
    "purchase_orders": (
        "po_number", "supplier_id", "order_date", "expected_delivery", "total_amount",
        "status", "approved_by", "created_by",
    ),
    "purchase_order_lines": (
        "item_id", "quantity", "unit_price", "total_price", "quantity_received", "order_id",
    ),
    "purchase_order_approvals": ("order_id", "level", "decision", "approver_id",
                                 "decided_at"),
    # --- Clients, sales, customer experience -------------------------------------------
    "clients": (
        "company_name", "client_code", "contact_person", "client_type", "industry",
        "status", "phone", "email", "tax_number",
    ),
    "contracts": (
        "contract_number", "client_id", "contract_type", "total_value", "start_date",
        "end_date", "status",
    ),
    "client_support_tickets": (
        "ticket_number", ("subject", 36), "client_id", "created_date", "category", "priority",
        "status", "assigned_to", "resolved_date",
    ),
    # The phone number is the lead's contact on the list; the e-mail is in its window.
    "leads": (
        "lead_number", "company_name", "contact_person", "source", "status",
        "estimated_value", "assigned_to", "phone",
    ),
    # Open, won or lost beside the stage: in view at 1024 pixels (it was the last column).
    "opportunities": (
        "opportunity_number", "title", "lead_id", "stage", "status", "probability",
        "estimated_value", "expected_close_date", "assigned_to",
    ),
    "marketing_campaigns": (
        "campaign_name", "campaign_type", "status", "start_date", "end_date", "budget",
        "created_by",
    ),
    "customer_feedback": (
        "client_id", "feedback_type", "rating", ("comment", 36), "feedback_date", "status",
    ),
    "customer_surveys": ("survey_name", "status", "start_date", "end_date", "created_by"),
    # --- Risk, recovery, compliance ----------------------------------------------------
    # What the risk is, then its number: assessments of one risk repeat its description
    # (a risk assessed again), and at 1024 pixels the number, last, was past the edge and
    # such rows alike (eye33 #8).
    "risk_assessments": (
        ("risk_description", _ABOUT), "assessment_number", "risk_category", "likelihood",
        "impact", "risk_score", "status", "assigned_to", "assessment_date",
    ),
    "risk_incidents": (
        "incident_number", ("description", _ABOUT), "incident_type", "severity", "status",
        "incident_date", "reported_date", "risk_assessment_id",
    ),
    # Whose debt, how much, how far: the amounts and the state fit 1024 pixels. What
    # happened (the description) and the dates are in the case's window and the chooser
    # (eye31: the state was past the right edge at 1280).
    "recovery_cases": (
        "case_number", "client_id", "case_type", "amount_involved", "amount_recovered",
        "status", "priority", "assigned_to",
    ),
    "recovery_documents": ("document_name", "document_type", "case_id", "upload_date",
                           "uploaded_by"),
    "compliance_policies": (
        "policy_name", "policy_number", "policy_category", "version", "status",
        "effective_date", "review_date",
    ),
    "compliance_audits": (
        ("audit_scope", 36), "audit_number", "audit_type", "auditor", "audit_date", "status",
    ),
    # --- Administration ----------------------------------------------------------------
    "departments": (
        "name", "manager_id", "location", "phone", "email", "code", "budget", "is_active",
    ),
    "users": (
        "first_name", "last_name", "employee_id", "position", "department_id", "role",
        "is_active", "phone", "email",
    ),
}  # fmt: skip


#: A list's column that takes the width the others leave free, beyond its own: what an
#: audit entry is about was 60 characters wide whatever the others needed, and cut the
#: address after it in Kinyarwanda ("127.0.").
FILL_COLUMNS: dict[str, str] = {"audit_logs": "record_id", "it_support_tickets": "subject"}


def list_entries(table: str) -> tuple[tuple[str, int | None], ...] | None:
    """(column, width in characters or None) of ``table``'s list, in order; None for a
    table without a declared list."""
    entries = LIST_COLUMNS.get(table)
    if entries is None:
        return None
    return tuple((e, None) if isinstance(e, str) else (e[0], e[1]) for e in entries)
