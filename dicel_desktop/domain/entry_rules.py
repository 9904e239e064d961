"""What a record's own fields must say of each other, beyond what the schema plan wrote
(migrations 0089, 0098): dates that come in an order, and links a form asks for though the
plan lets the column be empty. The database's CHECKs and the forms' rules are made
from these lists. No Qt, no database here."""

from __future__ import annotations

__all__ = [
    "FORM_REQUIRED",
    "ORDERED_DATES",
    "RECEIVED_BY_TODAY",
    "RECEIVED_SENTENCES",
    "REPORTED_BY_NOW",
    "order_check_name",
]

#: (table, later column, earlier column): a record whose both dates are given has the
#: later on or after the earlier. The plan's own (a contract's, a campaign's, a leave's
#: dates, an invoice's due date, a pay period) were CHECKed by migration 0001. Not
#: here: pairs a step writes one date of (a posting's posted date at Publish, an
#: enrolment's completion at Complete, which keeps a written day only when it is not
#: before the enrolment): the step decides those.
ORDERED_DATES: tuple[tuple[str, str, str], ...] = (
    ("compliance_policies", "review_date", "effective_date"),
    ("employees", "termination_date", "hire_date"),
    ("performance_reviews", "review_period_end", "review_period_start"),
    ("purchase_orders", "expected_delivery", "order_date"),
    ("recovery_cases", "target_completion_date", "start_date"),
    ("recovery_cases", "actual_completion_date", "start_date"),
    ("training_programs", "end_date", "start_date"),
    ("it_assets", "warranty_expiry", "purchase_date"),
    ("patrol_logs", "end_time", "start_time"),
    # An incident is reported once it has happened (migration 0098).
    ("security_incidents", "reported_date", "incident_date"),
    ("risk_incidents", "reported_date", "incident_date"),
)


def order_check_name(later: str) -> str:
    """The CHECK's name as the models give it (``ck_<table>_`` added by the naming
    convention)."""
    return f"{later}_order"


#: (table, column): a link the form asks for though the plan's column may be empty (a
#: contract is with a client; a client's ticket is a client's). The database keeps the
#: plan's NULL (docs/decisions.md, "Asked in the form, NULL in the plan").
FORM_REQUIRED: frozenset[tuple[str, str]] = frozenset(
    {
        ("contracts", "client_id"),
        ("client_support_tickets", "client_id"),
        # Attendance is someone's: the CHECK ck_attendance_records_employee_given too
        # (migration 0096).
        ("attendance_records", "employee_id"),
        # An incident says when it happened: without, it sorted first in its list
        # (newest first) and counted in no month; CHECKs ..._incident_date_given too
        # (migration 0100).
        ("security_incidents", "incident_date"),
        ("risk_incidents", "incident_date"),
    }
)


#: (table, column): when a record was reported, a moment typed for a report written
#: afterwards (empty: now, when saved); never after now (DW425: migration 0098 by the
#: company's day, migration 0100 by the moment, which freezes this list).
REPORTED_BY_NOW: tuple[tuple[str, str], ...] = (
    ("it_support_tickets", "created_date"),
    ("client_support_tickets", "created_date"),
    ("security_incidents", "reported_date"),
    ("risk_incidents", "reported_date"),
)


#: (table, column): the day something came in (a client's feedback received, a person
#: enrolled), a day typed for what came earlier (empty: today, when saved); never after
#: the company's today (DW426, migration 0103, which freezes this list). Both lists open
#: newest first, where a row dated 2999 sat on top for good and one without a date too (a
#: psql review, stop 30). Not a review's date: a review is planned ahead.
RECEIVED_BY_TODAY: tuple[tuple[str, str], ...] = (
    ("customer_feedback", "feedback_date"),
    ("training_enrollments", "enrollment_date"),
)

#: The sentence of a day of ``RECEIVED_BY_TODAY`` after today, per table (the person's
#: words: feedback is received, a person is enrolled).
RECEIVED_SENTENCES: dict[str, str] = {
    "customer_feedback": "received_after_today",
    "training_enrollments": "enrolled_after_today",
}
