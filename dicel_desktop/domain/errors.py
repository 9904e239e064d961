"""Errors raised below the GUI: a stable ``code``, its ``params``, and English words.

The GUI translates by ``code`` (filling in ``params``); the CLI and the logs use
``message``, the default English sentence. A code never changes meaning once released:
add a new one instead. Every code has a sentence in :data:`MESSAGES` (a unit test checks
it), written for the person who reads it, saying what happened and what to do.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from dicel_desktop.domain.translatable import QT_TRANSLATE_NOOP

#: Default English sentence for every code; ``{name}`` is filled from the error's params.
MESSAGES: Mapping[str, str] = {
    # --- the families' defaults, for errors raised without a more precise code
    "error": QT_TRANSLATE_NOOP("errors", "Something went wrong."),
    "invalid_input": QT_TRANSLATE_NOOP("errors", "A value is not acceptable."),
    "not_found": QT_TRANSLATE_NOOP("errors", "What you asked for does not exist (any more)."),
    "conflict": QT_TRANSLATE_NOOP("errors", "This clashes with what is already in the database."),
    # --- logging in
    "invalid_credentials": QT_TRANSLATE_NOOP("errors", "The e-mail or password is incorrect."),
    "server_unreachable": QT_TRANSLATE_NOOP(
        "errors",
        "Cannot reach the database server {host}:{port}. Check the network connection and "
        "the server name; if it persists, tell IT.",
    ),
    "database_missing": QT_TRANSLATE_NOOP(
        "errors",
        "The server {host} has no database named {dbname}. Check the site profile, or tell IT.",
    ),
    "connection_rejected": QT_TRANSLATE_NOOP(
        "errors",
        "The database server {host} refused the connection. Tell IT; the server said: {detail}",
    ),
    "insecure_authentication": QT_TRANSLATE_NOOP(
        "errors",
        "The server {host} asked for the password in a way that would expose it "
        "(not SCRAM-SHA-256), so DICEL did not send it. Tell IT.",
    ),
    "not_a_dicel_user": QT_TRANSLATE_NOOP(
        "errors",
        "The account {email} is a database account but not a DICEL user. Log in with your "
        "own DICEL account.",
    ),
    "schema_too_old": QT_TRANSLATE_NOOP(
        "errors",
        "The company database is at version {database_revision}, older than this DICEL "
        "Desktop ({client_revision}). Ask IT to upgrade the database (dicel-admin migrate).",
    ),
    "client_too_old": QT_TRANSLATE_NOOP(
        "errors",
        "The company database is at version {database_revision}, newer than this DICEL "
        "Desktop ({client_revision}). Install the current DICEL Desktop.",
    ),
    # --- user accounts
    "not_allowed": QT_TRANSLATE_NOOP("errors", "You are not allowed to do this: {action}."),
    "invalid_email": QT_TRANSLATE_NOOP("errors", "“{email}” is not a valid e-mail address."),
    "email_too_long": QT_TRANSLATE_NOOP(
        "errors",
        "The e-mail address {email} is {length} bytes long; DICEL logins allow at most "
        "{limit}. Use a shorter address.",
    ),
    "missing_name": QT_TRANSLATE_NOOP("errors", "The {field} must not be empty."),
    "unknown_role": QT_TRANSLATE_NOOP(
        "errors", "“{role}” is not a DICEL role. Choose one of: {allowed}."
    ),
    "unknown_department": QT_TRANSLATE_NOOP(
        "errors", "There is no department with the code “{code}”."
    ),
    "department_codes": QT_TRANSLATE_NOOP("errors", "The department codes are: {codes}."),
    "no_departments": QT_TRANSLATE_NOOP(
        "errors", "The database has no departments yet: add them in DICEL Desktop first."
    ),
    "password_too_short": QT_TRANSLATE_NOOP(
        "errors", "The password must be at least {min_length} characters long."
    ),
    "password_invalid": QT_TRANSLATE_NOOP("errors", "The password cannot contain a NUL character."),
    "password_not_hashed": QT_TRANSLATE_NOOP(
        "errors",
        "The password reached the database unprotected and was refused. This is a "
        "programming error: passwords must be sent as SCRAM-SHA-256 verifiers.",
    ),
    "user_exists": QT_TRANSLATE_NOOP(
        "errors", "A DICEL user or database account named {email} already exists."
    ),
    "login_name_taken": QT_TRANSLATE_NOOP(
        "errors",
        "A database account named {email} already exists but is not a DICEL user; ask IT "
        "to rename or remove it.",
    ),
    "user_not_found": QT_TRANSLATE_NOOP(
        "errors", "There is no DICEL user with the e-mail {email}."
    ),
    "employee_taken": QT_TRANSLATE_NOOP(
        "errors", "Employee number {employee_number} already belongs to another user."
    ),
    "cannot_change_self": QT_TRANSLATE_NOOP(
        "errors",
        "You cannot {action} your own account while logged in with it; ask another administrator.",
    ),
    "not_a_managed_login": QT_TRANSLATE_NOOP(
        "errors",
        "The database account {email} is not a DICEL login, so DICEL will not change it.",
    ),
    "passwords_differ": QT_TRANSLATE_NOOP("errors", "The two passwords are not the same."),
    "no_password_given": QT_TRANSLATE_NOOP("errors", "No password was given."),
    "role_granted_outside_dicel": QT_TRANSLATE_NOOP(
        "errors",
        "The database account {email} was given its role outside DICEL, so DICEL cannot "
        "move it to another role. Ask IT to correct the account's roles, then try again.",
    ),
    "last_administrator": QT_TRANSLATE_NOOP(
        "errors",
        "{email} is the company's last active administrator, so they keep that role and "
        "stay active. Make someone else an administrator first.",
    ),
    # Migration 0057: an administrator's employment (DW602).
    "administrator_employment": QT_TRANSLATE_NOOP(
        "errors",
        "Only an administrator may end the employment of {name}, who administers DICEL.",
    ),
    # Migration 0067: any other change of an administrator's employment (DW603).
    "administrator_employment_changed": QT_TRANSLATE_NOOP(
        "errors",
        "Only an administrator may change the employment status or termination date of "
        "{name}, who administers DICEL.",
    ),
    # Migration 0073: an administrator's pay or placement (salary, department ...), DW604.
    "administrator_pay_changed": QT_TRANSLATE_NOOP(
        "errors",
        "Only an administrator may change the pay or placement of {name}, who administers DICEL.",
    ),
    "login_of_a_leaver": QT_TRANSLATE_NOOP(
        "errors",
        "{email} is the login of employee {employee}, who has left the company: it stays "
        "inactive. Someone who comes back is hired again as a new employee.",
    ),
    "current_password_wrong": QT_TRANSLATE_NOOP(
        "errors",
        "Your current password is not the one typed. Type the password you logged in with.",
    ),
    # --- system settings (migration 0010)
    "setting_value_wrong_type": QT_TRANSLATE_NOOP(
        "errors",
        "{label} does not fit the setting's type: a number is written like 18 or 0.3, a "
        "yes/no setting true or false, a date like 2026-01-31, JSON as valid JSON.",
    ),
    # --- records (services.records)
    "record_changed": QT_TRANSLATE_NOOP(
        "errors",
        "{record} was changed by someone else while you were editing it. Compare the "
        "changes, then keep yours or take theirs.",
    ),
    "record_changed_by": QT_TRANSLATE_NOOP(
        "errors",
        "{record} was changed by {who} at {when} while you were editing it. Compare the "
        "changes, then keep yours or take theirs.",
    ),
    "record_gone": QT_TRANSLATE_NOOP(
        "errors",
        "This {record} no longer exists: someone deleted it, or it is no longer yours to see.",
    ),
    "record_not_found": QT_TRANSLATE_NOOP("errors", "There is no {record} “{key}”."),
    # --- workflow steps (the dicel_* functions of the database)
    "already_decided": QT_TRANSLATE_NOOP("errors", "Already {state} by {who} at {when}."),
    "not_yours_to_decide": QT_TRANSLATE_NOOP("errors", "Only {deciders} may decide this {record}."),
    "own_record_decision": QT_TRANSLATE_NOOP(
        "errors", "You cannot decide your own {record}; someone else must."
    ),
    "changed_record_approval": QT_TRANSLATE_NOOP(
        "errors",
        "You changed this {record}: someone else must approve it.",
    ),
    "changed_since_shown_by": QT_TRANSLATE_NOOP(
        "errors",
        "{who} changed this {record} at {when}, after you opened it. Look at it again "
        "before deciding.",
    ),
    "changed_since_shown": QT_TRANSLATE_NOOP(
        "errors",
        "This {record} was changed at {when}, after you opened it. Look at it again before "
        "deciding.",
    ),
    "own_pay_or_review": QT_TRANSLATE_NOOP(
        "errors", "You cannot set your own pay or review yourself; someone else must."
    ),
    # Migration 0068: one's own supervisor, department or position (employees, DW010).
    "own_placement": QT_TRANSLATE_NOOP(
        "errors",
        "You cannot change your own supervisor, department or position: they decide who "
        "approves your requests. Someone else in HR must.",
    ),
    # Migration 0074: a reason a step writes is of a readable length (DW020); the lines
    # steps write stay theirs (DW021).
    "reason_too_long": QT_TRANSLATE_NOOP(
        "errors",
        "This text is {length} characters long: say it in at most {most}. A longer "
        "account belongs in a file attached to the record.",
    ),
    "step_line_stays": QT_TRANSLATE_NOOP(
        "errors",
        "“{line}” is a line its step wrote: it is not typed in, changed or removed by "
        "hand. Put it back as it was, and write your own note on a line that does not "
        "start that way.",
    ),
    # Migration 0068: a filed leave request's employee (DW113).
    "leave_employee_stays": QT_TRANSLATE_NOOP(
        "errors",
        "A leave request stays with the employee it was filed for. Cancel or reject it, "
        "and file a new one for the right person.",
    ),
    # Migration 0052: one's own state or termination date (employees).
    "own_employment": QT_TRANSLATE_NOOP(
        "errors", "You cannot change your own employment; someone else in HR must."
    ),
    "wrong_state": QT_TRANSLATE_NOOP(
        "errors", "This {record} is {state}: it can no longer be {action}."
    ),
    "record_locked": QT_TRANSLATE_NOOP(
        "errors",
        "This {record} has been decided, sent or posted, so its {name} can no longer be "
        "changed here; only its workflow moves it on now. Your other values are kept.",
    ),
    "lines_locked": QT_TRANSLATE_NOOP(
        "errors",
        "These {records} can no longer be added, changed or removed: what they belong to "
        "has been decided or sent.",
    ),
    # --- tickets and cases (domain/case_flows.py; services.cases words the common codes)
    "case_step_not_yours": QT_TRANSLATE_NOOP(
        "errors", "This {record} can be {action} only by {deciders}."
    ),
    "case_already_moved": QT_TRANSLATE_NOOP(
        "errors", "This {record} was already {state} at {when}. Reload to see it."
    ),
    "case_assignee_missing": QT_TRANSLATE_NOOP("errors", "Choose whom to assign this {record} to."),
    "case_assignee_not_eligible": QT_TRANSLATE_NOOP(
        "errors", "The person chosen cannot take this {record}: choose someone from {roles}."
    ),
    "case_text_missing": QT_TRANSLATE_NOOP(
        "errors", "Write the {name} before this {record} is {state}."
    ),
    # Migration 0071: a write-off, a contract's end, say why (DW490).
    "case_reason_missing": QT_TRANSLATE_NOOP(
        "errors", "Say why this {record} is {action}: the reason is kept with it."
    ),
    # Migration 0072: a day a step asks (a policy's next review date), DW408 and DW409.
    "case_date_missing": QT_TRANSLATE_NOOP(
        "errors", "Give the {name} date before this {record} is {action}: a day after today."
    ),
    "case_date_not_ahead": QT_TRANSLATE_NOOP(
        "errors", "The {name} date must be after today, {day}, for this {record} to be {action}."
    ),
    # Migration 0073: a policy's next review more than five years ahead (or infinity).
    "date_too_far_ahead": QT_TRANSLATE_NOOP(
        "errors",
        "The {name} date must be no later than {latest}, {years} years from today.",
    ),
    # Migration 0056: a step before a moment of the record (a patrol before its start).
    "case_too_early": QT_TRANSLATE_NOOP(
        "errors",
        "This {record} cannot be {action} before its {name}, {at}. If that is wrong, "
        "correct the {name} first.",
    ),
    "case_final": QT_TRANSLATE_NOOP(
        "errors", "This {record} is {state}: it can no longer be changed or deleted."
    ),
    "files_final": QT_TRANSLATE_NOOP(
        "errors",
        "This {record} is {state}: its files can no longer be added, replaced or removed.",
    ),
    "files_locked": QT_TRANSLATE_NOOP(
        "errors",
        "This {record} is {state}: its files can no longer be replaced or removed. You can "
        "still add a new file.",
    ),
    # --- leave (migration 0012: dicel_request_leave, dicel_decide_leave, dicel_cancel_leave)
    "leave_no_employee_record": QT_TRANSLATE_NOOP(
        "errors",
        "You have no employee record, so you cannot request leave. Ask HR to link your "
        "employee record to your login.",
    ),
    "leave_no_working_day": QT_TRANSLATE_NOOP(
        "errors",
        "From {start} to {end} there is no working day (weekends and public holidays do "
        "not count). Choose other dates.",
    ),
    "leave_overlaps": QT_TRANSLATE_NOOP(
        "errors",
        "These dates overlap the {other_type} leave of {other_dates}, which is "
        "{other_state}. Choose other dates, or cancel that request first.",
    ),
    "leave_over_balance": QT_TRANSLATE_NOOP(
        "errors",
        "This request needs {days_words}, but only {remaining_words} of {leave_type} leave "
        "are left for {year} ({allowance} a year: {taken} taken, {pending} waiting for a "
        "decision). Ask for fewer days.",
    ),
    "leave_approval_over_balance": QT_TRANSLATE_NOOP(
        "errors",
        "Approving this request would bring the {leave_type} leave taken in {year} to "
        "{total} working days, over the allowance of {allowance} ({taken} already taken). "
        "Reject it, or ask for a shorter request.",
    ),
    "leave_too_far_in_past": QT_TRANSLATE_NOOP(
        "errors",
        "Leave may start at most {max_days} days before today, so on {earliest} at the "
        "earliest. Choose a later start date.",
    ),
    "leave_already_started": QT_TRANSLATE_NOOP(
        "errors", "This leave started on {start}, so only HR can cancel it now."
    ),
    "leave_cancel_not_yours": QT_TRANSLATE_NOOP(
        "errors", "Only the employee themselves or HR can cancel this leave request."
    ),
    "leave_balance_not_yours": QT_TRANSLATE_NOOP(
        "errors",
        "You can see the leave balance of yourself and of the people you supervise only.",
    ),
    "leave_type_unknown": QT_TRANSLATE_NOOP(
        "errors", "“{leave_type}” is not a type of leave. Choose one of: {choices}."
    ),
    "leave_needs_read_committed": QT_TRANSLATE_NOOP(
        "errors",
        "Leave is checked against the latest data, which a REPEATABLE READ transaction "
        "cannot see. Run this at READ COMMITTED (the default) or SERIALIZABLE.",
    ),
    # --- purchasing and stock (migration 0013; DETAIL data of SQLSTATEs DW201-DW217)
    "po_without_lines": QT_TRANSLATE_NOOP(
        "errors", "This purchase order has no lines: add what it buys, then submit it."
    ),
    "po_without_supplier": QT_TRANSLATE_NOOP(
        "errors",
        "This purchase order has no supplier: choose one and save the order, then submit it.",
    ),
    "po_not_yours_to_submit": QT_TRANSLATE_NOOP(
        "errors",
        "Only {creator}, who drew up this purchase order, or the stores may submit it.",
    ),
    # Migration 0052: an order is placed (submitted, marked ordered) only with an active
    # supplier, and a discontinued item is not ordered again.
    "po_supplier_blocked": QT_TRANSLATE_NOOP(
        "errors",
        "{supplier} is blocked: no order may be placed with it until the stores unblock it.",
    ),
    "po_supplier_inactive": QT_TRANSLATE_NOOP(
        "errors",
        "{supplier} is marked inactive: no order may be placed with it until the stores "
        "reactivate it.",
    ),
    "po_item_discontinued": QT_TRANSLATE_NOOP(
        "errors",
        "{item} is discontinued and is no longer ordered: choose another item, or remove its "
        "line from this purchase order.",
    ),
    "po_waits_for_manager_first": QT_TRANSLATE_NOOP(
        "errors",
        "This purchase order first waits for its department manager's approval; finance "
        "decides it after that.",
    ),
    "po_one_level_each": QT_TRANSLATE_NOOP(
        "errors",
        "You approved this purchase order as its department's manager; someone else must "
        "approve it for finance.",
    ),
    "po_waits_for_manager": QT_TRANSLATE_NOOP(
        "errors",
        "This purchase order waits for the approval of {manager}, the manager of {department}.",
    ),
    "po_waits_for_finance": QT_TRANSLATE_NOOP(
        "errors",
        "This purchase order now waits for the approval of finance (a finance officer or an "
        "administrator).",
    ),
    "po_waits_for_an_administrator": QT_TRANSLATE_NOOP(
        "errors",
        "The department of whoever drew up this purchase order has no other manager to "
        "approve it, so an administrator approves it.",
    ),
    "receipt_too_much": QT_TRANSLATE_NOOP(
        "errors",
        "{line}: {quantity} cannot be received: {ordered} were ordered and {received} have "
        "arrived already.",
    ),
    "receipt_line_unknown": QT_TRANSLATE_NOOP(
        "errors",
        "One of the lines received is not a line of this purchase order. Reload the order, "
        "then try again.",
    ),
    "receipt_empty": QT_TRANSLATE_NOOP(
        "errors", "Nothing was received: enter the quantity that arrived for at least one line."
    ),
    "stock_too_low": QT_TRANSLATE_NOOP(
        "errors", "{item}: only {stock} left in stock, so {quantity} cannot be issued."
    ),
    "stock_quantity_wrong": QT_TRANSLATE_NOOP(
        "errors",
        "A stock movement in or out needs a quantity of more than 0; an adjustment corrects "
        "the stock up or down (such as 3 or -3), never by 0.",
    ),
    "stock_movement_type_unknown": QT_TRANSLATE_NOOP(
        "errors", "A stock movement is in, out or an adjustment."
    ),
    "stock_item_gone": QT_TRANSLATE_NOOP(
        "errors", "This stock item no longer exists: someone deleted it."
    ),
    # Migration 0059: a receipt is the order's (DW221); a discontinued item only goes
    # down (DW222).
    "stock_received_on_an_order": QT_TRANSLATE_NOOP(
        "errors",
        "Stock received on a purchase order is recorded by Receive… on the order, so that "
        "the order follows it. Choose what else this movement refers to.",
    ),
    "stock_item_discontinued": QT_TRANSLATE_NOOP(
        "errors",
        "{item} is discontinued: what is left may still be issued or counted down, but no "
        "stock is added to it.",
    ),
    # Migration 0066: a movement by hand does not cite an order (DW223); a count's surplus
    # of a discontinued item says what was found (DW224).
    "stock_cites_an_order": QT_TRANSLATE_NOOP(
        "errors",
        "{reference} is a purchase order's number: what arrives on an order is recorded by "
        "Receive… on the order. Give the number of a delivery note or a transfer slip "
        "instead.",
    ),
    "stock_count_says_what": QT_TRANSLATE_NOOP(
        "errors",
        "{item} is discontinued: a count that found more than the books is recorded with a "
        "note saying what was found. Write it in Notes.",
    ),
    # Migration 0071: what a movement refers to fits its type (DW290); a partly received
    # order is closed with a reason (DW291).
    "stock_reference_unfit": QT_TRANSLATE_NOOP(
        "errors",
        "A movement “{movement}” cannot refer to “{reference_type}”. Stock in refers to a "
        "transfer, stock out to a sale or a transfer, an adjustment to a stock count; any of "
        "them may refer to nothing. Choose what this movement refers to.",
    ),
    "po_close_says_why": QT_TRANSLATE_NOOP(
        "errors",
        "Say why {order} is closed with part of it not received: the reason is kept in its notes.",
    ),
    "stores_only": QT_TRANSLATE_NOOP(
        "errors",
        "Only the stores (inventory) and administrators move stock, and order, receive or "
        "cancel purchase orders.",
    ),
    "line_says_what": QT_TRANSLATE_NOOP(
        "errors", "A line needs an item or a description of what it buys."
    ),
    # --- a field of a record form, before it is saved (services.forms.validate)
    "field_required": QT_TRANSLATE_NOOP("errors", "{label} is required."),
    "field_too_long": QT_TRANSLATE_NOOP(
        "errors", "{label} can be at most {limit} characters long; it is {length}."
    ),
    "field_not_a_currency": QT_TRANSLATE_NOOP(
        "errors", "{label} must be a three-letter currency code such as RWF."
    ),
    "field_not_a_choice": QT_TRANSLATE_NOOP("errors", "{label} must be one of the values offered."),
    "field_between": QT_TRANSLATE_NOOP(
        "errors", "{label} must be between {minimum} and {maximum}."
    ),
    "field_at_least": QT_TRANSLATE_NOOP("errors", "{label} must be at least {minimum}."),
    "field_above": QT_TRANSLATE_NOOP("errors", "{label} must be more than {minimum}."),
    "field_at_most": QT_TRANSLATE_NOOP("errors", "{label} must be at most {maximum}."),
    "field_below": QT_TRANSLATE_NOOP("errors", "{label} must be less than {maximum}."),
    "field_too_precise": QT_TRANSLATE_NOOP(
        "errors", "{label} can have at most {scale} decimal places."
    ),
    "field_too_big": QT_TRANSLATE_NOOP(
        "errors", "{label} is too large: at most {digits} digits before the decimal point."
    ),
    "field_on_or_after": QT_TRANSLATE_NOOP("errors", "{label} must be on or after the {other}."),
    "field_after": QT_TRANSLATE_NOOP("errors", "{label} must be after the {other}."),
    "field_at_least_field": QT_TRANSLATE_NOOP("errors", "{label} must be at least {other}."),
    "field_above_field": QT_TRANSLATE_NOOP("errors", "{label} must be more than {other}."),
    # --- text typed into a field that cannot be read as its kind (gui/editors)
    "field_not_a_number": QT_TRANSLATE_NOOP("errors", "{label}: “{text}” is not a number."),
    "field_not_a_whole_number": QT_TRANSLATE_NOOP(
        "errors", "{label}: “{text}” is not a whole number."
    ),
    "field_not_a_date": QT_TRANSLATE_NOOP("errors", "{label}: “{text}” is not a date."),
    "field_not_json": QT_TRANSLATE_NOOP("errors", "{label} is not valid JSON: {detail}."),
    # --- logging in: refusals the server gives by SQLSTATE (services.auth)
    "host_not_allowed": QT_TRANSLATE_NOOP(
        "errors",
        "The database server {host} does not accept logins from this computer. Tell IT "
        "(the server's pg_hba.conf).",
    ),
    "server_busy": QT_TRANSLATE_NOOP(
        "errors",
        "The database server {host} has too many connections right now. Try again in a "
        "minute; if it persists, tell IT.",
    ),
    "server_starting": QT_TRANSLATE_NOOP(
        "errors",
        "The database server {host} is starting up or shutting down. Try again in a minute.",
    ),
    # --- what the database refused, in a person's words (services.db_errors.explain).
    # Params: label (a field's name as a heading: "Due date"), name (the same within a
    # sentence: "due date"), record / records (the table's: "invoice" / "invoices").
    "field_one_of": QT_TRANSLATE_NOOP("errors", "{label} must be one of: {choices}."),
    "field_taken_by": QT_TRANSLATE_NOOP("errors", "{label} {value} is already used by “{holder}”."),
    "field_taken": QT_TRANSLATE_NOOP(
        "errors", "{label} {value} is already used by another {record}."
    ),
    "field_already_used": QT_TRANSLATE_NOOP(
        "errors", "This {name} is already used by another {record}."
    ),
    "reference_missing": QT_TRANSLATE_NOOP(
        "errors",
        "The {name} chosen no longer exists (someone may have deleted it). Choose another one.",
    ),
    "still_referenced": QT_TRANSLATE_NOOP(
        "errors", "This {record} cannot be deleted: {referencing} still refer to it."
    ),
    "email_not_lower_case": QT_TRANSLATE_NOOP(
        "errors", "The e-mail address must be written in lower case."
    ),
    "own_supervisor": QT_TRANSLATE_NOOP("errors", "An employee cannot be their own supervisor."),
    # Registers and the sales pipeline (0050)
    "stage_closed_by_step": QT_TRANSLATE_NOOP(
        "errors",
        "An opportunity is closed won or lost with its Mark won… or Mark lost… step, "
        "not by choosing that stage.",
    ),
    "self_approval": QT_TRANSLATE_NOOP(
        "errors", "The person who created this {record} cannot approve it; someone else must."
    ),
    "check_failed": QT_TRANSLATE_NOOP(
        "errors",
        "The {record} was not saved: one of its values breaks a rule of the database. "
        "Check the values and try again.",
    ),
    "value_not_acceptable": QT_TRANSLATE_NOOP(
        "errors",
        "A value is not acceptable to the database (too long, too large or in the wrong "
        "form). Check the values and try again.",
    ),
    "denied_add": QT_TRANSLATE_NOOP(
        "errors", "Your role cannot add {records}. Ask an administrator if you need to."
    ),
    "denied_change": QT_TRANSLATE_NOOP(
        "errors", "Your role cannot change {records}. Ask an administrator if you need to."
    ),
    "denied_delete": QT_TRANSLATE_NOOP(
        "errors", "Your role cannot delete {records}. Ask an administrator if you need to."
    ),
    "denied_read": QT_TRANSLATE_NOOP(
        "errors", "Your role cannot see {records}. Ask an administrator if you need to."
    ),
    "denied_fill_field": QT_TRANSLATE_NOOP(
        "errors",
        "Your role cannot fill in the {name} of {records}. Leave it empty, or ask someone who may.",
    ),
    "denied_change_field": QT_TRANSLATE_NOOP(
        "errors",
        "Your role cannot change the {name} of {records}. Undo that change, or ask someone "
        "who may.",
    ),
    "denied_read_field": QT_TRANSLATE_NOOP(
        "errors", "Your role cannot see the {name} of {records}."
    ),
    "denied_save": QT_TRANSLATE_NOOP(
        "errors",
        "Your role may not save this {record} as it is: either it may not change some of "
        "these fields, or the {record} is outside what your role manages.",
    ),
    "denied": QT_TRANSLATE_NOOP(
        "errors", "Your role is not allowed to do this. Ask an administrator if you need to."
    ),
    "row_denied_add": QT_TRANSLATE_NOOP(
        "errors",
        "You cannot add this {record}: your role adds {records} only for the people it "
        "manages (often only yourself) and only in their first state. Check who it is for.",
    ),
    "row_denied_change": QT_TRANSLATE_NOOP(
        "errors",
        "You cannot save this {record} like this: after the change it would be one your "
        "role does not manage (someone else's, or in another state). Undo that change.",
    ),
    "busy_retry": QT_TRANSLATE_NOOP(
        "errors",
        "Someone else was changing the same records at the same moment, and trying again "
        "did not help. Wait a moment, then try again.",
    ),
    "record_busy": QT_TRANSLATE_NOOP(
        "errors", "Someone else is changing this record right now. Try again in a moment."
    ),
    "timeout": QT_TRANSLATE_NOOP(
        "errors",
        "The database took too long to answer. Try a narrower search or filter, or try again "
        "later.",
    ),
    "connection_lost": QT_TRANSLATE_NOOP(
        "errors",
        "The connection to the database was lost. What you typed is still here: try again.",
    ),
    "login_refused": QT_TRANSLATE_NOOP(
        "errors",
        "The database no longer accepts your login: IT may have turned it off or changed its "
        "password. Log out and sign in again; if you cannot, ask IT.",
    ),
    "database_unreachable": QT_TRANSLATE_NOOP(
        "errors",
        "The database server could not be reached. Check the network connection, then try again.",
    ),
    "database_busy": QT_TRANSLATE_NOOP(
        "errors",
        "The database server has too many connections right now. Try again in a minute; if "
        "it persists, tell IT.",
    ),
    # 53300 for one login at its CONNECTION LIMIT (migration 0068).
    "login_connection_limit": QT_TRANSLATE_NOOP(
        "errors",
        "Your login has too many connections open to the database ({limit}): close DICEL "
        "on another computer, or ask IT.",
    ),
    # 54000: a session that listens and never reads holds PostgreSQL's notification queue.
    "notify_queue_full": QT_TRANSLATE_NOOP(
        "errors",
        "The database cannot take changes right now: its notification queue is full. Tell IT.",
    ),
    "database_trouble": QT_TRANSLATE_NOOP(
        "errors",
        "The database server ran out of resources (disk space or memory). Try again later, "
        "and tell IT.",
    ),
    "client_read_only": QT_TRANSLATE_NOOP(
        "errors",
        "This DICEL Desktop is older than the company database, so it can show records "
        "but not change them. Ask IT for the current DICEL Desktop and install it.",
    ),
    "client_read_only_from": QT_TRANSLATE_NOOP(
        "errors",
        "This DICEL Desktop is older than the company database, so it can show records "
        "but not change them. Install the current DICEL Desktop from {installer}.",
    ),
    "client_version_invalid": QT_TRANSLATE_NOOP(
        "errors", "“{version}” is not a version number: give one like 1.2.0."
    ),
    "read_only_server": QT_TRANSLATE_NOOP(
        "errors",
        "This database server only allows reading (it is a copy of the main one). Log in "
        "to the main server to make changes.",
    ),
    "unexpected_error": QT_TRANSLATE_NOOP(
        "errors",
        "Something unexpected went wrong, and it was not done. Try again; if it happens "
        "again, tell IT (the details are in the program's log).",
    ),
    # --- files attached to records (services.documents)
    "document_too_big": QT_TRANSLATE_NOOP(
        "errors",
        "“{file_name}” is {size}; a file attached to a record can be at most {limit}. "
        "Make it smaller (scan at a lower resolution, or compress it) and try again.",
    ),
    "document_empty": QT_TRANSLATE_NOOP(
        "errors", "“{file_name}” is empty: there is nothing to attach."
    ),
    "document_name_missing": QT_TRANSLATE_NOOP(
        "errors", "The file has no name. Give it a name and try again."
    ),
    "file_name_hidden_character": QT_TRANSLATE_NOOP(
        "errors",
        "A file name may not hold invisible or control characters (this one has {character} "
        "at character {position}): such a character can make a name look like another, a "
        "program like a PDF. Rename the file and attach it again.",
    ),
    # Download… is the documents panel's button (and the refusal dialog's) that saves a copy.
    "document_not_opened_program": QT_TRANSLATE_NOOP(
        "errors",
        "DICEL does not open “{name}”: a file of this kind ({extension}) would run as a "
        "program on this computer. Use Download… to save a copy instead, and ask IT if you "
        "expected a document.",
    ),
    "document_not_opened_content": QT_TRANSLATE_NOOP(
        "errors",
        "DICEL does not open “{name}”: it holds a program, not a document. Use Download… to "
        "save a copy instead, and ask IT if you expected a document.",
    ),
    "document_not_opened_mismatch": QT_TRANSLATE_NOOP(
        "errors",
        "DICEL does not open “{name}”: its name ends in {named}, but it was stored as "
        "another kind of file ({stored}), so this computer might open it with the wrong "
        "program. Use Download… to save a copy, and open it where you know what it is.",
    ),
    "document_bad_media_type": QT_TRANSLATE_NOOP(
        "errors",
        "The type of this file was given in a form the database does not accept (such as "
        "application/pdf). Attach the file again.",
    ),
    "document_already_attached": QT_TRANSLATE_NOOP(
        "errors", "This file is already attached as “{existing}” by {uploader} on {date}."
    ),
    "document_already_attached_unseen": QT_TRANSLATE_NOOP(
        "errors", "This file is already attached to this record."
    ),
    "document_not_allowed": QT_TRANSLATE_NOOP(
        "errors",
        "You may not change the files of this {record}: only people who may change the "
        "{record} can attach, replace or remove its files.",
    ),
    "document_not_found": QT_TRANSLATE_NOOP(
        "errors",
        "This file is no longer there: someone removed it, or you can no longer see its "
        "record. Reload to see the current files.",
    ),
    "document_changed": QT_TRANSLATE_NOOP(
        "errors",
        "“{file_name}” was replaced by {uploader} at {time} after you opened it. Reload to "
        "see the new version, then try again.",
    ),
    "document_owner_unknown": QT_TRANSLATE_NOOP(
        "errors", "Files cannot be attached to records of “{table}”."
    ),
    "document_not_a_link": QT_TRANSLATE_NOOP(
        "errors", "The field “{column}” of “{table}” cannot hold a file."
    ),
    "document_not_of_record": QT_TRANSLATE_NOOP(
        "errors",
        "That file is not attached to this record (or you can no longer see it). Attach "
        "it to the record first.",
    ),
    "document_link_filed": QT_TRANSLATE_NOOP(
        "errors",
        "This {record} already has its file, and a saved {record} cannot be changed. Add "
        "a new {record} for another file.",
    ),
    # --- choosing a record to point to (services.lookup)
    "lookup_not_allowed": QT_TRANSLATE_NOOP(
        "errors",
        "You are not allowed to see the {records}, so you cannot choose one here. Ask an "
        "administrator if your work needs it.",
    ),
    # --- expenses, invoices and payroll (migration 0014; params from the DETAIL data)
    "expense_no_budget": QT_TRANSLATE_NOOP(
        "errors",
        "There is no {year} budget for {category} in {department}, so this expense cannot "
        "be approved: create that budget line first (Finance, Budgets), then approve it.",
    ),
    "expense_budget_not_active": QT_TRANSLATE_NOOP(
        "errors",
        "The {year} budget for {category} in {department} is {state}: no expense is "
        "approved against it. A draft line is activated and a frozen one unfrozen in "
        "Finance, Budgets; against a closed line, reject the expense.",
    ),
    "expense_not_in_budget_currency": QT_TRANSLATE_NOOP(
        "errors",
        "This expense is in {currency}, and budgets are kept in RWF: record it in RWF "
        "before approving it.",
    ),
    "expense_without_department": QT_TRANSLATE_NOOP(
        "errors",
        "This expense names no department, so no budget can carry it: set its department, "
        "then approve it.",
    ),
    "invoice_without_client": QT_TRANSLATE_NOOP(
        "errors", "Invoice {invoice} names no client: choose one before issuing it."
    ),
    "invoice_without_lines": QT_TRANSLATE_NOOP(
        "errors", "Invoice {invoice} has no lines: add what is billed before issuing it."
    ),
    "invoice_not_issued": QT_TRANSLATE_NOOP(
        "errors",
        "Invoice {invoice} is still a draft: issue it before recording a payment on it.",
    ),
    "payment_not_positive": QT_TRANSLATE_NOOP("errors", "A payment must be more than zero."),
    "date_in_future": QT_TRANSLATE_NOOP(
        "errors", "{date} is in the future: give the day the money actually moved."
    ),
    # Migration 0063: money is paid on or after its approval (DW338).
    "paid_before_approval": QT_TRANSLATE_NOOP(
        "errors",
        "{date} is before the payment was approved, on {approved}: give the day the money "
        "actually moved, on or after its approval.",
    ),
    "account_not_usable": QT_TRANSLATE_NOOP(
        "errors", "That account is closed or no longer exists: choose an active one."
    ),
    "account_other_currency": QT_TRANSLATE_NOOP(
        "errors",
        "{account} holds {account_currency}, not {currency}: choose an account in {currency}.",
    ),
    "account_currency_fixed": QT_TRANSLATE_NOOP(
        "errors",
        "{account} has transactions in {account_currency}: its currency cannot become "
        "{currency}. Open an account in {currency} instead.",
    ),
    "budget_spending_stays": QT_TRANSLATE_NOOP(
        "errors",
        "Expenses of {amount} {currency} are already charged to this budget, so its "
        "department, category and fiscal year can no longer change; its allocated amount "
        "can still be revised. For another department, category or year, add a budget.",
    ),
    # Migration 0056: a line with spending is no draft.
    "budget_draft_uncharged": QT_TRANSLATE_NOOP(
        "errors",
        "Expenses of {amount} {currency} are already charged to this budget, so it cannot "
        "go back to draft: a draft budget has nothing charged to it. Freeze it to stop "
        "further expenses.",
    ),
    "payment_over_outstanding": QT_TRANSLATE_NOOP(
        "errors",
        "Only {outstanding} {currency} is still owed on this invoice: a payment cannot be more.",
    ),
    "amount_not_whole": QT_TRANSLATE_NOOP(
        "errors",
        "Amounts in {currency} are whole, without decimals: {amount} {currency} cannot be "
        "paid. Type a whole amount.",
    ),
    # Migration 0060: a payment in cents with a third decimal (DW336).
    "amount_too_precise": QT_TRANSLATE_NOOP(
        "errors",
        "Amounts in {currency} have at most {places} decimals: {amount} {currency} cannot be "
        "paid. Type the amount to the cent.",
    ),
    # Migration 0060: money on an invoice stays with it (DW335).
    "invoice_money_received": QT_TRANSLATE_NOOP(
        "errors",
        "{amount} {currency} has already been received on invoice {invoice}, so it cannot be "
        "cancelled.",
    ),
    # Migration 0066: taking a payment off its invoice (DW339-DW343).
    "not_an_invoice_payment": QT_TRANSLATE_NOOP(
        "errors",
        "{transaction} is not a payment of an invoice, so it cannot be reversed on one.",
    ),
    "reversal_not_reversed": QT_TRANSLATE_NOOP(
        "errors",
        "{transaction} is itself the reversal of {reversed}: it is not reversed in turn. If "
        "the money did arrive, record it again with Record payment… on the invoice.",
    ),
    "payment_already_reversed": QT_TRANSLATE_NOOP(
        "errors",
        "Payment {transaction} was already reversed by {reversal} on {date}: nothing more "
        "was taken off the invoice.",
    ),
    "invoice_cancelled_payment": QT_TRANSLATE_NOOP(
        "errors",
        "Invoice {invoice} is cancelled: its payments are no longer reversed on it.",
    ),
    "reversal_reason_required": QT_TRANSLATE_NOOP(
        "errors",
        "Say why the payment is reversed (a bounced cheque, recorded on the wrong invoice): "
        "the reason stays with the invoice.",
    ),
    # Migration 0074: a reversal is written on an open account that holds the money
    # (DW344, DW345).
    "reversal_account_closed": QT_TRANSLATE_NOOP(
        "errors",
        "Payment {transaction} arrived on {account}, which is closed: nothing more is "
        "written on it, so the payment cannot be reversed there. Make the account active "
        "again first if the money really left it.",
    ),
    "reversal_account_short": QT_TRANSLATE_NOOP(
        "errors",
        "{account} holds {balance} {currency}; reversing payment {transaction} takes "
        "{needed} {currency} off it, below zero. Record the money that covers it first "
        "(a transfer to the account), then reverse the payment.",
    ),
    "invoice_nothing_to_reverse": QT_TRANSLATE_NOOP(
        "errors", "No payment of invoice {invoice} is left to reverse."
    ),
    "transaction_type_unknown": QT_TRANSLATE_NOOP(
        "errors",
        "“{type}” is not a kind of transaction: a transaction is a credit (money in) or a "
        "debit (money out).",
    ),
    "invoice_payment_by_hand": QT_TRANSLATE_NOOP(
        "errors",
        "{invoice} is an invoice: record its payments with Record payment… on the invoice, "
        "so that the invoice follows them.",
    ),
    "payroll_not_a_month": QT_TRANSLATE_NOOP(
        "errors", "A pay period is one calendar month, from its first day to its last."
    ),
    # Migration 0063: a month runs from its first day on (DW337).
    "payroll_month_not_started": QT_TRANSLATE_NOOP(
        "errors",
        "The month from {start} to {end} has not started yet: its payroll can be run from "
        "its first day on.",
    ),
    "payroll_already_run": QT_TRANSLATE_NOOP(
        "errors",
        "Payroll for {start} to {end} was already run by {who} on {day}, and is {state}: a "
        "period runs only once.",
    ),
    "payroll_payslips_exist": QT_TRANSLATE_NOOP(
        "errors", "There are payslips for {start} to {end} already: a period runs only once."
    ),
    "payroll_unpayable": QT_TRANSLATE_NOOP(
        "errors",
        "These employees have no salary in RWF, so the payroll cannot pay them: {employees}. "
        "Complete their HR records, then run the payroll.",
    ),
    "payroll_nobody": QT_TRANSLATE_NOOP(
        "errors", "No one was employed from {start} to {end}: there is nobody to pay."
    ),
    "payroll_pay_changed_by_approver": QT_TRANSLATE_NOOP(
        "errors",
        "You changed the pay of employee {employee} (salary, employment status or dates, or "
        "bank details) since their last approved payslip: someone else must approve this "
        "pay period.",
    ),
    "payroll_own_pay_changed": QT_TRANSLATE_NOOP(
        "errors",
        "Your own pay in this period was changed since your last approved payslip: "
        "someone else must approve this pay period.",
    ),
    "payroll_not_approved": QT_TRANSLATE_NOOP(
        "errors",
        "This pay period is not approved yet: someone other than whoever ran it approves "
        "it, then it can be paid.",
    ),
    "account_short": QT_TRANSLATE_NOOP(
        "errors",
        "{account} holds {balance} {currency}; the salaries need {needed} {currency}. Move "
        "money to it first, or pay from another account.",
    ),
    "payment_account_short": QT_TRANSLATE_NOOP(
        "errors",
        "{account} holds {balance} {currency}; this payment needs {needed} {currency}. Move "
        "money to it first, or pay from another account.",
    ),
    "own_expense_payment": QT_TRANSLATE_NOOP(
        "errors", "You filed this expense yourself: another finance officer must pay it."
    ),
    # --- exporting a list (services.export)
    "export_write_failed": QT_TRANSLATE_NOOP(
        "errors",
        "The list could not be saved as {path}: {detail}. Choose a folder you can write "
        "to (and with free space), then export again.",
    ),
    "export_file_in_use": QT_TRANSLATE_NOOP(
        "errors",
        "{name} is open in another program (Excel keeps the workbooks it shows), or may "
        "not be replaced: close it there and export again, or choose another name.",
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
