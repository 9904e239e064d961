"""The families' defaults (``error``, ``invalid_input`` ...), and what the database
refused in a person's words (services.db_errors): the words of their error codes.

Part of :data:`dicel_desktop.domain.errors.MESSAGES` (see :mod:`dicel_desktop.domain.messages`).
"""

from __future__ import annotations

from collections.abc import Mapping

from dicel_desktop.domain.translatable import QT_TRANSLATE_NOOP

MESSAGES: Mapping[str, str] = {
    # --- the families' defaults, for errors raised without a more precise code
    "error": QT_TRANSLATE_NOOP("errors", "Something went wrong."),
    "invalid_input": QT_TRANSLATE_NOOP("errors", "A value is not acceptable."),
    "not_found": QT_TRANSLATE_NOOP("errors", "What you asked for does not exist (any more)."),
    "conflict": QT_TRANSLATE_NOOP("errors", "This clashes with what is already in the database."),
    # --- what the database refused, in a person's words (services.db_errors.explain).
    # Params: label (a field's name as a heading: "Due date"), name (the same within a
    # sentence: "due date"), record / records (the table's: "invoice" / "invoices").
    "field_one_of": QT_TRANSLATE_NOOP("errors", "{label} must be one of: {choices}."),
    "field_taken_by": QT_TRANSLATE_NOOP("errors", "{label} {value} is already used by “{holder}”."),
    # A second setting of a key (eye40 #2): where to change the one there is.
    "setting_key_exists": QT_TRANSLATE_NOOP(
        "errors",
        "The setting {value} already exists: open it from the list of System settings to "
        "change its value.",
    ),
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
    # A leave request is filed by its employee (dicel_request_leave) or by HR: the rule
    # itself, not the general one, which sent a supervisor to check whom it was for
    # (she does manage them; eye36, 2).
    "leave_row_denied_add": QT_TRANSLATE_NOOP(
        "errors",
        "You can request leave only for yourself (My work › My leave › Request leave…); "  # noqa: RUF001 (a path)
        "HR files leave for others.",
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
    # A step sent as a transaction of its own whose answer the lost connection never
    # brought: the server may have done it (services/units.call_function).
    "step_may_be_done": QT_TRANSLATE_NOOP(
        "errors",
        "The connection to the database was lost while this was being saved: it may have "
        "been saved. Open the record again to see whether it was before you try again; what "
        "you typed is still here.",
    ),
    # A decision whose commit's answer the lost connection never brought (services/inbox).
    "decision_may_be_decided": QT_TRANSLATE_NOOP(
        "errors",
        "The connection to the database was lost while this decision was being saved: it "
        "may have been decided. Reload to see.",
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
}
