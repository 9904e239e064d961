"""What a person calls a table and its columns ("Account", "PO number", "Due date"):
the column's name spelled in words, where it does not say it well by itself. The grid's
headers, the forms' labels and the sentences that name a field read them here. No Qt
here.
"""

from __future__ import annotations

__all__ = ["column_label"]

#: Labels the column name does not spell well.
_LABELS = {
    "po_number": "PO number",
    "employee_id": "Employee",
    "user_id": "User",
    "is_active": "Active",
    "is_public": "Public",
    "ip_address": "IP address",
    "url": "URL",
    # As the login window, My profile and an emergency contact write it.
    "email": "E-mail",
    # British, as the product writes it ("Guard licences expiring"); the column keeps
    # the schema's American spelling.
    "license": "licence",
}
_TABLE_LABELS = {
    "it_assets": "IT assets",
    "it_support_tickets": "IT support tickets",
}
_COLUMN_LABELS = {
    ("users", "employee_id"): "Employee number",
    # The person an HR record or a guard's record is about: a list reads them by name.
    ("employees", "user_id"): "Name",
    ("security_guards", "user_id"): "Guard",
    ("transactions", "account_id"): "Account",
    # A file of DICEL's, not an address any more (migration 0008): its name is shown.
    ("expenses", "receipt_url"): "Receipt",
    ("candidates", "resume_url"): "CV",
    ("training_enrollments", "certificate_url"): "Certificate",
    ("recovery_documents", "file_url"): "File",
    ("performance_reviews", "areas_improvement"): "Areas for improvement",
    # Published, not booked: "Posted date" is a transaction's (French: comptabilisation).
    ("job_postings", "posted_date"): "Published on",
    # The audit trail: who changed which list, when.
    ("audit_logs", "user_id"): "Who",
    ("audit_logs", "table_name"): "List",
    ("audit_logs", "created_at"): "When",
    ("documents", "owner_table"): "Attached to",
    # Credit or debit: in a list of transactions, "Type" says it (a narrower column).
    ("transactions", "transaction_type"): "Type",
    # Pay periods and what decided them (migration 0014).
    ("payroll_periods", "created_by"): "Run by",
    ("payroll_periods", "account_id"): "Paid from",
    ("payroll_periods", "transaction_id"): "Payment",
    # A reversal of an invoice's payment names the payment (migration 0066).
    ("transactions", "reverses_transaction_id"): "Reverses",
    ("payroll_records", "deductions_detail"): "Deductions in detail",
    # When the policy is next to be reviewed (a performance review's is when it was held).
    ("compliance_policies", "review_date"): "Review due",
    ("expenses", "approved_by"): "Decided by",
    ("expenses", "approved_date"): "Decided on",
    # Whoever rejected a leave request or an order is in the same columns: "Approved by"
    # named them beside the state Rejected.
    ("leave_requests", "approved_by"): "Decided by",
    ("leave_requests", "approved_date"): "Decided on",
    ("purchase_orders", "approved_by"): "Decided by",
    ("purchase_orders", "approved_date"): "Decided on",
    ("expenses", "decision_note"): "Reason given",
    ("expenses", "paid_date"): "Paid on",
    ("patrol_logs", "route_id"): "Route",
    ("security_assignments", "guard_id"): "Guard",
    ("patrol_logs", "guard_id"): "Guard",
    ("recovery_documents", "case_id"): "Case",
    ("inventory_transactions", "item_id"): "Item",
    ("holidays", "holiday_date"): "Date",
    # When the problem was reported (the record's own "Created at" is when it was typed).
    ("it_support_tickets", "created_date"): "Reported on",
    ("client_support_tickets", "created_date"): "Reported on",
    # Expected while the deal is open, the day it was won or lost once closed (its step
    # writes it, migration 0161): "Expected close date" read wrong on a deal won
    # (stop 45). The word a job posting's closing date has, in every language.
    ("opportunities", "expected_close_date"): "Closing date",
    # A chance out of 100 (the weighted pipeline reads it so): "50" alone said nothing.
    ("opportunities", "probability"): "Probability (%)",
    # A patrol's length in minutes (the model's unit): "20" alone said nothing (eye44).
    ("patrol_routes", "estimated_duration"): "Estimated duration (min)",
    # The unit in brackets, as French already wrote them ("Durée (heures)").
    ("training_programs", "duration_hours"): "Duration (hours)",
    ("candidates", "experience_years"): "Years of experience",
}


def _humanize(name: str) -> str:
    if name in _LABELS:
        return _LABELS[name]
    words = name.removesuffix("_id").split("_")
    words = [_LABELS.get(w, w) for w in words]
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def column_label(table: str, column: str) -> str:
    """What a person calls ``table.column`` ("Account", "PO number", "Due date")."""
    return _COLUMN_LABELS.get((table, column), _humanize(column))
