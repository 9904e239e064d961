"""Leave (migration 0012 on): the words of its error codes.

Part of :data:`dicel_desktop.domain.errors.MESSAGES` (see :mod:`dicel_desktop.domain.messages`).
"""

from __future__ import annotations

from collections.abc import Mapping

from dicel_desktop.domain.translatable import QT_TRANSLATE_NOOP

MESSAGES: Mapping[str, str] = {
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
    # "has only … left", not "only … are left": one day agrees too ("1 day are left").
    "leave_over_balance": QT_TRANSLATE_NOOP(
        "errors",
        "This request needs {days_words}, but {leave_type} leave has only {remaining_words} "
        "left for {year} ({allowance} a year: {taken} taken, {pending} waiting for a "
        "decision). Ask for fewer days.",
    ),
    # None left (an allowance of 0, or lowered below what is taken and waiting): "has only
    # 0 days left", « il ne reste que 0 jour », said what a person would not (plural38).
    "leave_over_balance_none_left": QT_TRANSLATE_NOOP(
        "errors",
        "This request needs {days_words}, but no day of {leave_type} leave is left for "
        "{year} ({allowance} a year: {taken} taken, {pending} waiting for a decision). "
        "Request another type of leave, or ask HR.",
    ),
    # Migration 0156: a leave across the year end counts each day in its own year; the
    # year it would take over its allowance is said with the request's days in it and
    # its whole count ("whole"), rather than "needs 4" of a request of 9. No verb agrees
    # with a count ("1 working day fall").
    "leave_over_balance_in_year": QT_TRANSLATE_NOOP(
        "errors",
        "This request needs {days_words} in {year} (of its {whole_words}), but "
        "{leave_type} leave has only {remaining_words} left for {year} ({allowance} a "
        "year: {taken} taken, {pending} waiting for a decision). Ask for fewer days in "
        "{year}.",
    ),
    "leave_over_balance_in_year_none_left": QT_TRANSLATE_NOOP(
        "errors",
        "This request needs {days_words} in {year} (of its {whole_words}), but no day of "
        "{leave_type} leave is left for {year} ({allowance} a year: {taken} taken, "
        "{pending} waiting for a decision). Request another type of leave for those days, "
        "or ask HR.",
    ),
    # The total counted in words: "1 working day", « 1 jour ouvré » (plural38; the bare
    # "{total} working days" read « à 1 jours ouvrés »).
    "leave_approval_over_balance": QT_TRANSLATE_NOOP(
        "errors",
        "Approving this request would bring the {leave_type} leave taken in {year} to "
        "{total_words}, over the allowance of {allowance} ({taken} already taken). "
        "Reject it, or ask for a shorter request.",
    ),
    # Migration 0146: leave keeps to the dates of employment (DW120), as attendance's
    # DW606; no leave is filed for a leaver (DW121; migration 0149:
    # their pending requests of days before leaving are still decided).
    "leave_before_hire": QT_TRANSLATE_NOOP(
        "errors",
        "{name} was not employed yet on {start}: they were hired on {hired}. Leave starts "
        "on the hire date at the earliest.",
    ),
    "leave_after_leaving": QT_TRANSLATE_NOOP(
        "errors",
        "{name} leaves the company on {left}: leave ends on that day at the latest, not on {end}.",
    ),
    "leave_of_a_leaver": QT_TRANSLATE_NOOP(
        "errors",
        "{name} left the company on {left}: no leave is filed for them any more.",
    ),
    # Migration 0092: a request covers a year at most (DW119).
    "leave_longer_than_a_year": QT_TRANSLATE_NOOP(
        "errors",
        "A leave request covers a year at most: one starting on {start} ends on {latest} at "
        "the latest. File the rest of the absence as another request.",
    ),
    "leave_too_far_in_past": QT_TRANSLATE_NOOP(
        "errors",
        "Leave may start at most {max_days} days before today, so on {earliest} at the "
        "earliest. Choose a later start date.",
    ),
    "leave_already_started": QT_TRANSLATE_NOOP(
        "errors", "This leave started on {start}, so only HR can cancel it now."
    ),
    # Migration 0112: an HR officer's own leave, once started, is another officer's to
    # cancel, as another person approved it (DW460).
    "own_leave_started": QT_TRANSLATE_NOOP(
        "errors",
        "Your own leave started on {start}: another HR officer cancels it.",
    ),
    # Migration 0150: HR ends an approved leave early (dicel_end_leave_early): DW122 not
    # HR, or one's own; DW123 a new last day that does not shorten it (by ``why``);
    # DW124 no note; DW125 a request still pending.
    "leave_end_early_not_hr": QT_TRANSLATE_NOOP(
        "errors", "Only HR can end an approved leave early."
    ),
    "own_leave_end_early": QT_TRANSLATE_NOOP(
        "errors", "This is your own leave: another HR officer ends it early."
    ),
    "leave_end_early_no_day": QT_TRANSLATE_NOOP("errors", "Choose the new last day of the leave."),
    "leave_end_early_before_start": QT_TRANSLATE_NOOP(
        "errors",
        "This leave starts on {start}: its new last day is that day at the earliest.",
    ),
    "leave_end_early_past": QT_TRANSLATE_NOOP(
        "errors",
        "The days before today ({today}) were taken: the new last day is today at the earliest.",
    ),
    "leave_end_early_not_shorter": QT_TRANSLATE_NOOP(
        "errors",
        "This leave ends on {end}: choose an earlier last day. A longer leave is a new request.",
    ),
    "leave_end_early_no_working_day": QT_TRANSLATE_NOOP(
        "errors",
        "From {start} to {new_end} there is no working day: cancel the leave instead.",
    ),
    "leave_end_early_no_note": QT_TRANSLATE_NOOP(
        "errors", "Write why the leave ends early: the note stays with the request."
    ),
    "leave_end_early_pending": QT_TRANSLATE_NOOP(
        "errors",
        "This request is still waiting for a decision: change its dates, or reject or cancel it.",
    ),
    "leave_cancel_not_yours": QT_TRANSLATE_NOOP(
        "errors", "Only the employee themselves or HR can cancel this leave request."
    ),
    "leave_balance_not_yours": QT_TRANSLATE_NOOP(
        "errors",
        "You can see the leave balance of yourself and of the people you supervise only.",
    ),
    # Migration 0112: a balance asked for a year outside the calendar's (DW461).
    "leave_year_outside": QT_TRANSLATE_NOOP(
        "errors",
        "There is no leave balance for the year {year}: choose a year from {first} to {last}.",
    ),
    "leave_type_unknown": QT_TRANSLATE_NOOP(
        "errors", "“{leave_type}” is not a type of leave. Choose one of: {choices}."
    ),
    "leave_needs_read_committed": QT_TRANSLATE_NOOP(
        "errors",
        "Leave is checked against the latest data, which a REPEATABLE READ transaction "
        "cannot see. Run this at READ COMMITTED (the default) or SERIALIZABLE.",
    ),
    # Migration 0076: holidays recount the leave they fall in (DW114, DW115, DW116);
    # since 0156 DW115's figures are those of one year the leave touches, named.
    "holiday_past": QT_TRANSLATE_NOOP(
        "errors",
        "Holidays already past cannot be changed: approved leave was counted with them.",
    ),
    # What a past holiday's window says: its name still changes (DW114 holds the day).
    "holiday_past_date_held": QT_TRANSLATE_NOOP(
        "errors",
        "This holiday is past: its date can no longer change, as approved leave was "
        "counted with it; its name can.",
    ),
    "holiday_past_kept": QT_TRANSLATE_NOOP(
        "errors",
        "This holiday is past: it cannot be deleted, as approved leave was counted with it.",
    ),
    "holiday_takes_leave_over_allowance": QT_TRANSLATE_NOOP(
        "errors",
        "Without this holiday, the approved {leave_type} leave of {name} from {start} to "
        "{end} would bring their {leave_type} leave in {year} to {total_words}, over that "
        "year's allowance of {allowance}. Cancel or shorten that leave first.",
    ),
    # Migration 0148: a holiday in a month whose pending payroll run counted unpaid leave
    # (DW126), DW353's way out.
    "holiday_waits_for_run": QT_TRANSLATE_NOOP(
        "errors",
        "The payroll from {start} to {end} has been run and waits for approval: {name}'s "
        "payslip there counts unpaid leave by the working days of that month as they were. "
        "Cancel that payroll run first, then change the holiday, then run the month again. "
        "Nothing was changed.",
    ),
    "holiday_leaves_no_working_day": QT_TRANSLATE_NOOP(
        "errors",
        "With this holiday, the {leave_type} leave of {name} from {start} to {end} would "
        "have no working day left. A holiday decides nobody's leave: reject that leave "
        "first if it is pending, or cancel it if it was approved, with a note saying why, "
        "then add the holiday.",
    ),
    # Migration 0082: a holiday's name is one line (DW117).
    "holiday_name_one_line": QT_TRANSLATE_NOOP(
        "errors",
        "A holiday's name is one line of words: it may not hold a line break or another "
        "control or invisible character (this one has {character} at character "
        "{position}). Type the name again on one line.",
    ),
    # Migration 0088: a holiday change does not wait for leave being counted (DW118).
    "holiday_waits_for_leave_counting": QT_TRANSLATE_NOOP(
        "errors",
        "Leave counting is open in {who}'s session since {when}: the holiday was not "
        "changed. Try again in a moment; if it stays, IT can end that session.",
    ),
    # Migration 0090: the same, where the server does not say since when (DW118).
    "holiday_waits_for_leave_counting_now": QT_TRANSLATE_NOOP(
        "errors",
        "Leave counting is open in {who}'s session: the holiday was not changed. Try "
        "again in a moment; if it stays, IT can end that session.",
    ),
}
