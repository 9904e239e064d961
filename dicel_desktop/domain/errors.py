"""Errors raised below the GUI: a stable ``code``, its ``params``, and English words.

The GUI translates by ``code`` (filling in ``params``); the CLI and the logs use
``message``, the default English sentence. A code never changes meaning once released:
add a new one instead. Every code has a sentence in :data:`MESSAGES` (a unit test checks
it), written for the person who reads it, saying what happened and what to do.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

#: Default English sentence for every code; ``{name}`` is filled from the error's params.
MESSAGES: Mapping[str, str] = {
    # --- the families' defaults, for errors raised without a more precise code
    "error": "Something went wrong.",
    "invalid_input": "A value is not acceptable.",
    "not_found": "What you asked for does not exist (any more).",
    "conflict": "This clashes with what is already in the database.",
    # --- logging in
    "invalid_credentials": "The e-mail or password is incorrect.",
    "server_unreachable": (
        "Cannot reach the database server {host}:{port}. Check the network connection and "
        "the server name; if it persists, tell IT."
    ),
    "database_missing": (
        "The server {host} has no database named {dbname}. Check the site profile, or tell IT."
    ),
    "connection_rejected": (
        "The database server {host} refused the connection. Tell IT; the server said: {detail}"
    ),
    "insecure_authentication": (
        "The server {host} asked for the password in a way that would expose it "
        "(not SCRAM-SHA-256), so DICEL did not send it. Tell IT."
    ),
    "not_a_dicel_user": (
        "The account {email} is a database account but not a DICEL user. Log in with your "
        "own DICEL account."
    ),
    "schema_too_old": (
        "The company database is at version {database_revision}, older than this DICEL "
        "Desktop ({client_revision}). Ask IT to upgrade the database (dicel-admin migrate)."
    ),
    "client_too_old": (
        "The company database is at version {database_revision}, newer than this DICEL "
        "Desktop ({client_revision}). Install the current DICEL Desktop."
    ),
    # --- user accounts
    "not_allowed": "You are not allowed to do this: {action}.",
    "invalid_email": "“{email}” is not a valid e-mail address.",
    "email_too_long": (
        "The e-mail address {email} is {length} bytes long; DICEL logins allow at most "
        "{limit}. Use a shorter address."
    ),
    "missing_name": "The {field} must not be empty.",
    "unknown_role": "“{role}” is not a DICEL role. Choose one of: {allowed}.",
    "unknown_department": "There is no department with the code “{code}”.",
    "department_codes": "The department codes are: {codes}.",
    "no_departments": "The database has no departments yet: add them in DICEL Desktop first.",
    "password_too_short": "The password must be at least {min_length} characters long.",
    "password_invalid": "The password cannot contain a NUL character.",
    "password_not_hashed": (
        "The password reached the database unprotected and was refused. This is a "
        "programming error: passwords must be sent as SCRAM-SHA-256 verifiers."
    ),
    "user_exists": "A DICEL user or database account named {email} already exists.",
    "login_name_taken": (
        "A database account named {email} already exists but is not a DICEL user; ask IT "
        "to rename or remove it."
    ),
    "user_not_found": "There is no DICEL user with the e-mail {email}.",
    "employee_taken": "Employee number {employee_number} already belongs to another user.",
    "cannot_change_self": (
        "You cannot {action} your own account while logged in with it; ask another administrator."
    ),
    "not_a_managed_login": (
        "The database account {email} is not a DICEL login, so DICEL will not change it."
    ),
    "passwords_differ": "The two passwords are not the same.",
    "no_password_given": "No password was given.",
    "role_granted_outside_dicel": (
        "The database account {email} was given its role outside DICEL, so DICEL cannot "
        "move it to another role. Ask IT to correct the account's roles, then try again."
    ),
    "current_password_wrong": (
        "Your current password is not the one typed. Type the password you logged in with."
    ),
    # --- system settings (migration 0010)
    "setting_value_wrong_type": (
        "{label} does not fit the setting's type: a number is written like 18 or 0.3, a "
        "yes/no setting true or false, a date like 2026-01-31, JSON as valid JSON."
    ),
    # --- records (services.records)
    "record_changed": (
        "{record} was changed by someone else while you were editing it. Compare the "
        "changes, then keep yours or take theirs."
    ),
    "record_changed_by": (
        "{record} was changed by {who} at {when} while you were editing it. Compare the "
        "changes, then keep yours or take theirs."
    ),
    "record_gone": (
        "This {record} no longer exists: someone deleted it, or it is no longer yours to see."
    ),
    "record_not_found": "There is no {record} “{key}”.",
    # --- workflow steps (the dicel_* functions of the database)
    "already_decided": "Already {state} by {who} at {when}.",
    "not_yours_to_decide": "Only {deciders} may decide this {record}.",
    "own_record_decision": "You cannot decide your own {record}; someone else must.",
    "wrong_state": "This {record} is {state}: it can no longer be {action}.",
    "record_locked": (
        "This {record} has been decided, sent or posted, so its {name} can no longer be "
        "changed here; only its workflow moves it on now. Your other values are kept."
    ),
    "lines_locked": (
        "These {records} can no longer be added, changed or removed: what they belong to "
        "has been decided or sent."
    ),
    # --- tickets and cases (domain/case_flows.py; services.cases words the common codes)
    "case_step_not_yours": "This {record} can be {action} only by {deciders}.",
    "case_already_moved": "This {record} was already {state} at {when}. Reload to see it.",
    "case_assignee_missing": "Choose whom to assign this {record} to.",
    "case_assignee_not_eligible": (
        "The person chosen cannot take this {record}: choose someone from {roles}."
    ),
    "case_text_missing": "Write the {name} before resolving this {record}.",
    # --- leave (migration 0012: dicel_request_leave, dicel_decide_leave, dicel_cancel_leave)
    "leave_no_employee_record": (
        "You have no employee record, so you cannot request leave. Ask HR to link your "
        "employee record to your login."
    ),
    "leave_no_working_day": (
        "From {start} to {end} there is no working day (weekends and public holidays do "
        "not count). Choose other dates."
    ),
    "leave_overlaps": (
        "These dates overlap the {other_type} leave of {other_dates}, which is "
        "{other_state}. Choose other dates, or cancel that request first."
    ),
    "leave_over_balance": (
        "This request needs {days_words}, but only {remaining_words} of {leave_type} leave "
        "are left for {year} ({allowance} a year: {taken} taken, {pending} waiting for a "
        "decision). Ask for fewer days."
    ),
    "leave_approval_over_balance": (
        "Approving this request would bring the {leave_type} leave taken in {year} to "
        "{total} working days, over the allowance of {allowance} ({taken} already taken). "
        "Reject it, or ask for a shorter request."
    ),
    "leave_too_far_in_past": (
        "Leave may start at most {max_days} days before today, so on {earliest} at the "
        "earliest. Choose a later start date."
    ),
    "leave_already_started": ("This leave started on {start}, so only HR can cancel it now."),
    "leave_cancel_not_yours": "Only the employee themselves or HR can cancel this leave request.",
    "leave_balance_not_yours": (
        "You can see the leave balance of yourself and of the people you supervise only."
    ),
    "leave_type_unknown": "“{leave_type}” is not a type of leave. Choose one of: {choices}.",
    "leave_needs_read_committed": (
        "Leave is checked against the latest data, which a REPEATABLE READ transaction "
        "cannot see. Run this at READ COMMITTED (the default) or SERIALIZABLE."
    ),
    # --- purchasing and stock (migration 0013; DETAIL data of SQLSTATEs DW201-DW217)
    "po_without_lines": "This purchase order has no lines: add what it buys, then submit it.",
    "po_without_supplier": (
        "This purchase order has no supplier: choose one and save the order, then submit it."
    ),
    "po_not_yours_to_submit": (
        "Only {creator}, who drew up this purchase order, or the stores may submit it."
    ),
    "po_waits_for_manager_first": (
        "This purchase order first waits for its department manager's approval; finance "
        "decides it after that."
    ),
    "po_one_level_each": (
        "You approved this purchase order as its department's manager; someone else must "
        "approve it for finance."
    ),
    "po_waits_for_manager": (
        "This purchase order waits for the approval of {manager}, the manager of {department}."
    ),
    "po_waits_for_finance": (
        "This purchase order now waits for the approval of finance (a finance officer or an "
        "administrator)."
    ),
    "po_waits_for_an_administrator": (
        "The department of whoever drew up this purchase order has no other manager to "
        "approve it, so an administrator approves it."
    ),
    "receipt_too_much": (
        "{line}: {quantity} cannot be received: {ordered} were ordered and {received} have "
        "arrived already."
    ),
    "receipt_line_unknown": (
        "One of the lines received is not a line of this purchase order. Reload the order, "
        "then try again."
    ),
    "receipt_empty": "Nothing was received: enter the quantity that arrived for at least one line.",
    "stock_too_low": "{item}: only {stock} left in stock, so {quantity} cannot be issued.",
    "stock_quantity_wrong": (
        "A stock movement in or out needs a quantity of more than 0; an adjustment corrects "
        "the stock up or down (such as 3 or -3), never by 0."
    ),
    "stock_movement_type_unknown": "A stock movement is in, out or an adjustment.",
    "stock_item_gone": "This stock item no longer exists: someone deleted it.",
    "stores_only": (
        "Only the stores (inventory) and administrators move stock, and order, receive or "
        "cancel purchase orders."
    ),
    "line_says_what": "A line needs an item or a description of what it buys.",
    # --- a field of a record form, before it is saved (services.forms.validate)
    "field_required": "{label} is required.",
    "field_too_long": "{label} can be at most {limit} characters long; it is {length}.",
    "field_not_a_currency": "{label} must be a three-letter currency code such as RWF.",
    "field_not_a_choice": "{label} must be one of the values offered.",
    "field_between": "{label} must be between {minimum} and {maximum}.",
    "field_at_least": "{label} must be at least {minimum}.",
    "field_above": "{label} must be more than {minimum}.",
    "field_at_most": "{label} must be at most {maximum}.",
    "field_below": "{label} must be less than {maximum}.",
    "field_too_precise": "{label} can have at most {scale} decimal places.",
    "field_too_big": "{label} is too large: at most {digits} digits before the decimal point.",
    "field_on_or_after": "{label} must be on or after the {other}.",
    "field_after": "{label} must be after the {other}.",
    "field_at_least_field": "{label} must be at least {other}.",
    "field_above_field": "{label} must be more than {other}.",
    # --- text typed into a field that cannot be read as its kind (gui/editors)
    "field_not_a_number": "{label}: “{text}” is not a number.",
    "field_not_a_whole_number": "{label}: “{text}” is not a whole number.",
    "field_not_a_date": "{label}: “{text}” is not a date.",
    "field_not_json": "{label} is not valid JSON: {detail}.",
    # --- logging in: refusals the server gives by SQLSTATE (services.auth)
    "host_not_allowed": (
        "The database server {host} does not accept logins from this computer. Tell IT "
        "(the server's pg_hba.conf)."
    ),
    "server_busy": (
        "The database server {host} has too many connections right now. Try again in a "
        "minute; if it persists, tell IT."
    ),
    "server_starting": (
        "The database server {host} is starting up or shutting down. Try again in a minute."
    ),
    # --- what the database refused, in a person's words (services.db_errors.explain).
    # Params: label (a field's name as a heading: "Due date"), name (the same within a
    # sentence: "due date"), record / records (the table's: "invoice" / "invoices").
    "field_one_of": "{label} must be one of: {choices}.",
    "field_taken_by": "{label} {value} is already used by “{holder}”.",
    "field_taken": "{label} {value} is already used by another {record}.",
    "field_already_used": "This {name} is already used by another {record}.",
    "reference_missing": (
        "The {name} chosen no longer exists (someone may have deleted it). Choose another one."
    ),
    "still_referenced": "This {record} cannot be deleted: {referencing} still refer to it.",
    "email_not_lower_case": "The e-mail address must be written in lower case.",
    "own_supervisor": "An employee cannot be their own supervisor.",
    "self_approval": ("The person who created this {record} cannot approve it; someone else must."),
    "check_failed": (
        "The {record} was not saved: one of its values breaks a rule of the database. "
        "Check the values and try again."
    ),
    "value_not_acceptable": (
        "A value is not acceptable to the database (too long, too large or in the wrong "
        "form). Check the values and try again."
    ),
    "denied_add": "Your role cannot add {records}. Ask an administrator if you need to.",
    "denied_change": "Your role cannot change {records}. Ask an administrator if you need to.",
    "denied_delete": "Your role cannot delete {records}. Ask an administrator if you need to.",
    "denied_read": "Your role cannot see {records}. Ask an administrator if you need to.",
    "denied_fill_field": (
        "Your role cannot fill in the {name} of {records}. Leave it empty, or ask someone who may."
    ),
    "denied_change_field": (
        "Your role cannot change the {name} of {records}. Undo that change, or ask someone who may."
    ),
    "denied_read_field": "Your role cannot see the {name} of {records}.",
    "denied_save": (
        "Your role may not save this {record} as it is: either it may not change some of "
        "these fields, or the {record} is outside what your role manages."
    ),
    "denied": "Your role is not allowed to do this. Ask an administrator if you need to.",
    "row_denied_add": (
        "You cannot add this {record}: your role adds {records} only for the people it "
        "manages (often only yourself) and only in their first state. Check who it is for."
    ),
    "row_denied_change": (
        "You cannot save this {record} like this: after the change it would be one your "
        "role does not manage (someone else's, or in another state). Undo that change."
    ),
    "busy_retry": (
        "Someone else was changing the same records at the same moment, and trying again "
        "did not help. Wait a moment, then try again."
    ),
    "record_busy": "Someone else is changing this record right now. Try again in a moment.",
    "timeout": (
        "The database took too long to answer. Try a narrower search or filter, or try again later."
    ),
    "connection_lost": (
        "The connection to the database was lost. What you typed is still here: try again."
    ),
    "database_unreachable": (
        "The database server could not be reached. Check the network connection, then try again."
    ),
    "database_busy": (
        "The database server has too many connections right now. Try again in a minute; if "
        "it persists, tell IT."
    ),
    "database_trouble": (
        "The database server ran out of resources (disk space or memory). Try again later, "
        "and tell IT."
    ),
    "client_read_only": (
        "This DICEL Desktop is older than the company database, so it can show records "
        "but not change them. Ask IT for the current DICEL Desktop and install it."
    ),
    "client_read_only_from": (
        "This DICEL Desktop is older than the company database, so it can show records "
        "but not change them. Install the current DICEL Desktop from {installer}."
    ),
    "client_version_invalid": ("“{version}” is not a version number: give one like 1.2.0."),
    "read_only_server": (
        "This database server only allows reading (it is a copy of the main one). Log in "
        "to the main server to make changes."
    ),
    "unexpected_error": (
        "Something unexpected went wrong, and it was not done. Try again; if it happens "
        "again, tell IT (the details are in the program's log)."
    ),
    # --- files attached to records (services.documents)
    "document_too_big": (
        "“{file_name}” is {size}; a file attached to a record can be at most {limit}. "
        "Make it smaller (scan at a lower resolution, or compress it) and try again."
    ),
    "document_empty": "“{file_name}” is empty: there is nothing to attach.",
    "document_name_missing": "The file has no name. Give it a name and try again.",
    "document_bad_media_type": (
        "The type of this file was given in a form the database does not accept (such as "
        "application/pdf). Attach the file again."
    ),
    "document_already_attached": (
        "This file is already attached as “{existing}” by {uploader} on {date}."
    ),
    "document_already_attached_unseen": "This file is already attached to this record.",
    "document_not_allowed": (
        "You may not change the files of this {record}: only people who may change the "
        "{record} can attach, replace or remove its files."
    ),
    "document_not_found": (
        "This file is no longer there: someone removed it, or you can no longer see its "
        "record. Reload to see the current files."
    ),
    "document_changed": (
        "“{file_name}” was replaced by {uploader} at {time} after you opened it. Reload to "
        "see the new version, then try again."
    ),
    "document_owner_unknown": "Files cannot be attached to records of “{table}”.",
    "document_not_a_link": "The field “{column}” of “{table}” cannot hold a file.",
    "document_not_of_record": (
        "That file is not attached to this record (or you can no longer see it). Attach "
        "it to the record first."
    ),
    "document_link_filed": (
        "This {record} already has its file, and a saved {record} cannot be changed. Add "
        "a new {record} for another file."
    ),
    # --- choosing a record to point to (services.lookup)
    "lookup_not_allowed": (
        "You are not allowed to see the {records}, so you cannot choose one here. Ask an "
        "administrator if your work needs it."
    ),
    # --- expenses, invoices and payroll (migration 0014; params from the DETAIL data)
    "expense_no_budget": (
        "There is no {year} budget for {category} in {department}, so this expense cannot "
        "be approved: create that budget line first (Finance, Budgets), then approve it."
    ),
    "expense_budget_not_active": (
        "The {year} budget for {category} in {department} is {state}: no expense is "
        "approved against it. Reopen the budget line, or reject the expense."
    ),
    "expense_not_in_budget_currency": (
        "This expense is in {currency}, and budgets are kept in RWF: record it in RWF "
        "before approving it."
    ),
    "expense_without_department": (
        "This expense names no department, so no budget can carry it: set its department, "
        "then approve it."
    ),
    "invoice_without_client": "Invoice {invoice} names no client: choose one before issuing it.",
    "invoice_without_lines": (
        "Invoice {invoice} has no lines: add what is billed before issuing it."
    ),
    "invoice_not_issued": (
        "Invoice {invoice} is still a draft: issue it before recording a payment on it."
    ),
    "payment_not_positive": "A payment must be more than zero.",
    "date_in_future": "{date} is in the future: give the day the money actually moved.",
    "account_not_usable": "That account is closed or no longer exists: choose an active one.",
    "account_other_currency": (
        "{account} holds {account_currency}, not {currency}: choose an account in {currency}."
    ),
    "payment_over_outstanding": (
        "Only {outstanding} {currency} is still owed on this invoice: a payment cannot be more."
    ),
    "transaction_type_unknown": (
        "“{type}” is not a kind of transaction: a transaction is a credit (money in) or a "
        "debit (money out)."
    ),
    "invoice_payment_by_hand": (
        "{invoice} is an invoice: record its payments with Record payment… on the invoice, "
        "so that the invoice follows them."
    ),
    "payroll_not_a_month": "A pay period is one calendar month, from its first day to its last.",
    "payroll_already_run": (
        "Payroll for {start} to {end} was already run by {who} on {day}, and is {state}: a "
        "period runs only once."
    ),
    "payroll_payslips_exist": (
        "There are payslips for {start} to {end} already: a period runs only once."
    ),
    "payroll_unpayable": (
        "These employees have no salary in RWF, so the payroll cannot pay them: {employees}. "
        "Complete their HR records, then run the payroll."
    ),
    "payroll_nobody": "No one was employed from {start} to {end}: there is nobody to pay.",
    "payroll_not_approved": (
        "This pay period is not approved yet: someone other than whoever ran it approves "
        "it, then it can be paid."
    ),
    "account_short": (
        "{account} holds {balance} {currency}; the salaries need {needed} {currency}. Move "
        "money to it first, or pay from another account."
    ),
    "payment_account_short": (
        "{account} holds {balance} {currency}; this payment needs {needed} {currency}. Move "
        "money to it first, or pay from another account."
    ),
    "own_expense_payment": (
        "You filed this expense yourself: another finance officer must pay it."
    ),
    # --- exporting a list (services.export)
    "export_write_failed": (
        "The list could not be saved as {path}: {detail}. Choose a folder you can write "
        "to (and with free space), then export again."
    ),
}


#: Who may decide, as a workflow's ``DW002`` refusal names them in its DETAIL
#: (``'deciders': 'supervisor_or_hr'``), in the words of ``not_yours_to_decide``.
DECIDERS: Mapping[str, str] = {
    "supervisor_or_hr": "the employee's supervisor, HR or an administrator",
    "finance": "finance",
    "hr, finance": "HR or finance",
    "finance, admin": "finance or an administrator",
}


class DicelError(Exception):
    """A failure a person can act on, identified by ``code`` with ``params``.

    ``DicelError("user_not_found", email="a@b.rw")``; subclasses give the family (so
    callers can catch "any bad input") and a default code.
    """

    default_code: ClassVar[str] = "error"

    def __init__(self, code: str | None = None, /, **params: Any) -> None:
        self.code = code or self.default_code
        self.params: dict[str, Any] = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The default English sentence, with the params filled in."""
        template = MESSAGES.get(self.code)
        if template is None:
            return f"{self.code}: {self.params}" if self.params else self.code
        try:
            return template.format_map(self.params)
        except (KeyError, IndexError, ValueError):
            # A missing param must not turn an error report into a crash.
            return template

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.code!r}, **{self.params!r})"

    def __reduce__(self):  # keep code and params through pickling (worker processes)
        return (_rebuild, (type(self), self.code, self.params))


def _rebuild(cls: type[DicelError], code: str, params: dict[str, Any]) -> DicelError:
    return cls(code, **params)


class InvalidCredentials(DicelError):
    """Wrong password, unknown e-mail or deactivated user: one answer for all three,
    so nobody can find out which e-mails have accounts."""

    default_code = "invalid_credentials"


class ServerUnreachable(DicelError):
    """The database server cannot be reached (network, name, port, timeout)."""

    default_code = "server_unreachable"


class ConnectionRejected(DicelError):
    """The server was reached but refused the connection for a reason other than the
    person's credentials (missing database, pg_hba.conf, TLS, insecure authentication)."""

    default_code = "connection_rejected"


class SchemaMismatch(DicelError):
    """The database schema and this client are at different revisions."""

    default_code = "schema_too_old"


class NotAllowed(DicelError):
    """The database refused the action for this person's role."""

    default_code = "not_allowed"


class InvalidInput(DicelError):
    """A value a person typed is not acceptable; ``params`` say which."""

    default_code = "invalid_input"


class NotFound(DicelError):
    default_code = "not_found"


class Conflict(DicelError):
    """The change clashes with what is already in the database."""

    default_code = "conflict"
