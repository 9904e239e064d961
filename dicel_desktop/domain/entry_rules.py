"""What a record's own fields must say of each other, beyond what the schema plan wrote
(migrations 0089, 0098): dates that come in an order, and links a form asks for though the
plan lets the column be empty. The database's CHECKs and the forms' rules are made
from these lists. No Qt, no database here."""

from __future__ import annotations

from dicel_desktop.domain.roles import Role

__all__ = [
    "ASKED_DAY_ONCE_BEGUN",
    "CALENDAR_DATES",
    "CLOSES_AHEAD",
    "FIRST_YEAR",
    "FORM_REQUIRED",
    "INVOICE_DAYS_AFTER_ISSUE",
    "INVOICE_DAYS_BEFORE_ISSUE",
    "LAST_YEAR",
    "LONGEST_SPANS",
    "OFFERED_STATES",
    "ORDERED_DATES",
    "POSTING_MOVES_ON",
    "RECEIVED_BY_TODAY",
    "RECEIVED_SENTENCES",
    "REPORTED_BY_NOW",
    "SETTLED_ONCE_BEGUN",
    "STEP_NEEDS",
    "STEP_NEEDS_ONE_OF",
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
        # An enrolment is in a programme: without one it was completed, with a grade, in
        # nothing (DW440, migration 0107).
        ("training_enrollments", "training_program_id"),
        # An invoice's line is an invoice's: the CHECK ck_invoice_items_invoice_given too
        # (migration 0115; the lines panel fills it from the invoice shown).
        ("invoice_items", "invoice_id"),
        # A review is of someone: one of nobody was shared and waited for good for "the
        # employee it is about" to acknowledge it (DW443 at Share, migration 0118).
        ("performance_reviews", "employee_id"),
    }
)


#: (table, link column) -> (state column, states): a link is offered only to records in
#: these states, as the database takes no other (the picker lists no more). An enrolment
#: is made in a programme still to take place or taking place (DW441, migration 0107):
#: a cancelled one never took place, a completed one is over.
OFFERED_STATES: dict[tuple[str, str], tuple[str, tuple[str, ...]]] = {
    ("training_enrollments", "training_program_id"): ("status", ("scheduled", "in_progress")),
    # A shift or patrol is written for no guard suspended or inactive (DW417, DW418,
    # migration 0095: ``guard_duty.GUARD_OFF_DUTY``); the picker offered them all.
    ("security_assignments", "guard_id"): ("status", ("active", "on_leave")),
    ("patrol_logs", "guard_id"): ("status", ("active", "on_leave")),
    # A candidate is filed on a posting that takes candidates (DW463, migration 0115): a
    # draft was never published, a closed one takes no new candidate, a filled or
    # cancelled one is final.
    ("candidates", "job_posting_id"): ("status", ("open", "on_hold")),
    # A lead, a deal or a risk is given to someone who may work it (DW401, migration
    # 0116, as a case's assign step): a login of these roles, and an active one (a login
    # is offered by its role only while active: ``services.lookup``).
    ("leads", "assigned_to"): ("role", ("sales", "admin")),
    ("opportunities", "assigned_to"): ("role", ("sales", "admin")),
    ("risk_assessments", "assigned_to"): ("role", ("risk", "admin")),
    # An IT asset is held by anyone who still works here (DW499, migration 0120): every
    # role (a fourteenth among them, once added), an active login only (as above).
    ("it_assets", "assigned_to"): ("role", tuple(role.value for role in Role)),
    # A transaction is written on an active account (DW316, migration 0147): a closed
    # one takes no posting. A flag rather than states: ("true",) keeps the active ones,
    # NULL among them (the plan's default). An existing entry still names its closed
    # account, marked closed (``gui/editors/reference_picker``).
    ("transactions", "account_id"): ("is_active", ("true",)),
    # An order line is for an item still stocked (DW220, migration 0052): a discontinued
    # one is final; an inactive one may still be ordered (a pause, not a decision).
    ("purchase_order_lines", "item_id"): ("status", ("active", "inactive")),
}

#: The posting states its candidates are moved on in (screened, interviewed, offered the
#: post, hired; DW463, migration 0115, which freezes this): a closed posting's own
#: candidates still move on (applications close before the shortlist is interviewed),
#: a draft's, a filled or a cancelled one's no longer. Rejecting and withdrawing stay open.
POSTING_MOVES_ON: tuple[str, ...] = ("open", "on_hold", "closed")


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


#: (table, column, states): while the record is in one of ``states``, ``column`` is not
#: given a day before today (DW502 with ``action`` ``closing_date``, migration 0128: an
#: open posting's closing date already past closed it without Close applications…). A
#: day already stored stays; the sentence is ``posting_closing_date_past``.
CLOSES_AHEAD: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("job_postings", "closing_date", ("open", "on_hold")),
)


#: (table, column) -> the states no step moves the record into while ``column`` is empty
#: (DW443, migration 0107, which freezes this; 0109 the amount involved): a shift with no
#: guard was started and completed, for nobody; a case without a start date was marked
#: recovered on -infinity, its settled day having no floor; one without an amount
#: involved was marked recovered for trillions, its amount recovered having no ceiling.
#: The window disables the step, saying so.
STEP_NEEDS: dict[tuple[str, str], tuple[str, ...]] = {
    ("security_assignments", "guard_id"): ("in_progress", "completed"),
    ("recovery_cases", "start_date"): ("recovered", "written_off"),
    ("recovery_cases", "amount_involved"): ("recovered",),
    # A review shared is someone's, of a period (migration 0118): one of nobody was
    # shared and stayed "submitted" for good, no one being the employee to acknowledge it.
    ("performance_reviews", "employee_id"): ("submitted",),
    ("performance_reviews", "review_period_start"): ("submitted",),
    ("performance_reviews", "review_period_end"): ("submitted",),
}

#: (table, state) -> columns of which at least one is filled in (a text not blank only)
#: before a step moves the record into that state (DW493, migration 0118, which freezes
#: this): an empty review was shared, and its employee asked to acknowledge a blank page.
#: The window disables the step, saying so. DW493's sentence (``case_says_nothing``)
#: names the entry's fields, found by its first, the trigger's COLUMN (code review 33b,
#: F5): two entries of one table need first columns of their own.
STEP_NEEDS_ONE_OF: dict[tuple[str, str], tuple[str, ...]] = {
    ("performance_reviews", "submitted"): (
        "overall_rating",
        "goals_achieved",
        "areas_improvement",
        "next_goals",
        "recommendations",
    ),
}


#: How far an invoice's date may lie from the day it is issued, in days (DW495,
#: migration 0118, which freezes these). Back: a quarter, Rwanda's longest VAT return
#: period, so that an invoice issued late still falls in a return not long filed
#: (a month's work invoiced at the end of the next is common; one dated 1900 was issued
#: as INV-2026-... and overdue at once). Ahead: a month, an invoice sent before the
#: month it bills (README: "one dated ahead is paid early").
INVOICE_DAYS_BEFORE_ISSUE = 90
INVOICE_DAYS_AFTER_ISSUE = 31


#: (table, state) -> (the day a step into that state writes today, the day of the record
#: it never comes before): a recovery case written off is settled today (its actual
#: completion date, ``CaseFlow.resolved_at``), so one whose start date is still ahead is
#: not written off (DW444, migration 0111, which freezes this): the table's CHECK
#: (``ORDERED_DATES``) refused it in the database's bare words (psql31b). Marked
#: recovered asks its day and says that floor itself (DW431). The window disables the
#: step, saying so.
SETTLED_ONCE_BEGUN: dict[tuple[str, str], tuple[str, str]] = {
    ("recovery_cases", "written_off"): ("actual_completion_date", "start_date"),
}

#: (table, state) -> the record's earlier day, for a step into that state that asks the
#: day it was settled: today at the latest (DW430) and not before the earlier day
#: (DW431). While the earlier day is still ahead no day passes both, and the clerk met one
#: refusal, then the other: the window disables the step with DW444's sentence instead
#: (the database refuses it already, by those two).
ASKED_DAY_ONCE_BEGUN: dict[tuple[str, str], str] = {
    ("recovery_cases", "recovered"): "start_date",
}


#: (table, end column) -> (start column, most hours): a shift or a patrol lasts at most a
#: day (DW446, migration 0111, which freezes this). Each moment was bounded to the years
#: 1900 to 2200 (DW445), not the span: a patrol ran from 1900 to today, and a shift in
#: progress was moved to end in 2200, so Mark completed waited until then and the list's
#: "over" flag never showed (psql31b). The demo's shifts are 12 hours and its patrols
#: under two; a double shift is 24.
LONGEST_SPANS: dict[tuple[str, str], tuple[str, int]] = {
    ("security_assignments", "shift_end"): ("shift_start", 24),
    ("patrol_logs", "end_time"): ("start_time", 24),
}


#: The years a date a person types falls in (DW445, migration 0107): a shift in 294000 or
#: in 4713 BC was taken, and the 4713 BC one was started and completed. Wide enough for
#: a birth date and a contract's end; a floor closer to today is the lead's to choose.
FIRST_YEAR = 1900
LAST_YEAR = 2200

#: (table, column): every date and moment a person types, in a form or a step's dialog
#: (a case's settled day), is a date of the calendar in those years (DW427 for
#: ``infinity``/``-infinity``, DW445 outside them; migration 0107, which freezes this
#: list). 0103 made six of them finite; ``-infinity`` sorted last, counted in no month,
#: and kept a licence from ever expiring or a contract from ending.
#: tests/security/test_training_shifts_cases_and_calendar_dates.py holds it to the
#: schema's typed date and timestamp columns.
CALENDAR_DATES: tuple[tuple[str, str], ...] = (
    ("attendance_records", "date"),
    ("attendance_records", "check_in"),
    ("attendance_records", "check_out"),
    ("candidates", "interview_date"),
    ("client_support_tickets", "created_date"),
    ("compliance_audits", "audit_date"),
    ("compliance_policies", "effective_date"),
    ("compliance_policies", "review_date"),
    ("contracts", "start_date"),
    ("contracts", "end_date"),
    ("customer_feedback", "feedback_date"),
    ("customer_surveys", "start_date"),
    ("customer_surveys", "end_date"),
    ("employees", "hire_date"),
    ("employees", "termination_date"),
    ("expenses", "expense_date"),
    ("holidays", "holiday_date"),
    ("invoices", "invoice_date"),
    ("invoices", "due_date"),
    ("it_assets", "purchase_date"),
    ("it_assets", "warranty_expiry"),
    ("it_assets", "last_maintenance"),
    ("it_assets", "next_maintenance"),
    ("it_support_tickets", "created_date"),
    ("job_postings", "closing_date"),
    ("leave_requests", "start_date"),
    ("leave_requests", "end_date"),
    ("marketing_campaigns", "start_date"),
    ("marketing_campaigns", "end_date"),
    ("opportunities", "expected_close_date"),
    ("patrol_logs", "start_time"),
    ("patrol_logs", "end_time"),
    ("performance_reviews", "review_period_start"),
    ("performance_reviews", "review_period_end"),
    ("performance_reviews", "review_date"),
    ("purchase_order_approvals", "decided_at"),
    ("purchase_orders", "order_date"),
    ("purchase_orders", "expected_delivery"),
    ("recovery_cases", "start_date"),
    ("recovery_cases", "target_completion_date"),
    # Asked by Mark recovered… (``Stamp.SETTLED``): -infinity passed as the day settled.
    ("recovery_cases", "actual_completion_date"),
    ("risk_assessments", "assessment_date"),
    ("risk_incidents", "incident_date"),
    ("risk_incidents", "reported_date"),
    ("security_assignments", "shift_start"),
    ("security_assignments", "shift_end"),
    ("security_guards", "license_expiry"),
    ("security_incidents", "incident_date"),
    ("security_incidents", "reported_date"),
    ("system_monitoring", "recorded_at"),
    ("training_enrollments", "enrollment_date"),
    ("training_enrollments", "completion_date"),
    ("training_programs", "start_date"),
    ("training_programs", "end_date"),
    ("transactions", "transaction_date"),
    ("users", "date_of_birth"),
)
