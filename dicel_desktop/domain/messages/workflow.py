"""Workflow steps (the database's ``dicel_*`` functions: the common refusals and the
steps' own) and tickets and cases: the words of their error codes.

Part of :data:`dicel_desktop.domain.errors.MESSAGES` (see :mod:`dicel_desktop.domain.messages`).
"""

from __future__ import annotations

from collections.abc import Mapping

from dicel_desktop.domain.translatable import QT_TRANSLATE_NOOP

MESSAGES: Mapping[str, str] = {
    # --- workflow steps (the dicel_* functions of the database)
    "already_decided": QT_TRANSLATE_NOOP("errors", "Already {state} by {who} at {when}."),
    # Migration 0121: approve NULL (a script's slip) decides nothing (DW014).
    "decision_missing": QT_TRANSLATE_NOOP(
        "errors",
        "No decision was given: approve or reject. Nothing was changed.",
    ),
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
    # Migration 0130: step lines moved among themselves (DW021, ``action`` moved).
    "step_line_moved": QT_TRANSLATE_NOOP(
        "errors",
        "“{line}” is a line its step wrote, moved among the others: lines a step wrote stay "
        "in the order they were written. Put it back where it was, or close without saving.",
    ),
    # The same refusal in the record's window, the line quoted as its box showed it (the
    # reader's words, its day written out, its accents): what to do there.
    "step_line_shown": QT_TRANSLATE_NOOP(
        "errors",
        "“{line}” is a line its step wrote: it is not changed or removed by hand. Put the "
        "line back as it was shown, or close without saving. Your own note goes on a line "
        "of its own.",
    ),
    # Migration 0080: a text steps write lines into, of a readable length (DW023).
    "text_too_long": QT_TRANSLATE_NOOP(
        "errors",
        "This text is {length} characters long: it may hold at most {most}. A longer "
        "account belongs in a file attached to the record.",
    ),
    # Migration 0085: any typed text beyond what its column or a workflow function keeps
    # (DW024; domain/text_limits.py).
    "text_over_limit": QT_TRANSLATE_NOOP(
        "errors",
        "This text is {length} characters long: it may hold at most {most}. Shorten it; "
        "nothing was saved.",
    ),
    # Migration 0088: a list of texts keeps at most so many items (DW025), none of them
    # empty (NULL: DW026).
    "list_too_many_items": QT_TRANSLATE_NOOP(
        "errors",
        "This list has {items} items: it may hold at most {most}. Remove some; nothing was saved.",
    ),
    "list_empty_item": QT_TRANSLATE_NOOP(
        "errors",
        "Item {position} of this list is empty: remove it; nothing was saved.",
    ),
    # Migration 0077: a character that turns the text round (DW022).
    "direction_control": QT_TRANSLATE_NOOP(
        "errors",
        "This text contains a character that changes the direction of the text, which "
        "makes it read differently from how it was typed: type it again without it.",
    ),
    # Migration 0068: a filed leave request's employee (DW113).
    "leave_employee_stays": QT_TRANSLATE_NOOP(
        "errors",
        "A leave request stays with the employee it was filed for. Cancel or reject it, "
        "and file a new one for the right person.",
    ),
    # Migration 0076: one's own attendance (attendance_records, DW011).
    "own_attendance": QT_TRANSLATE_NOOP(
        "errors",
        "You cannot record or correct your own attendance: someone else in HR must.",
    ),
    # Migration 0095: one's own guard record, shifts and patrols (DW012), one's own
    # training enrolment (DW013).
    "own_guard_record": QT_TRANSLATE_NOOP(
        "errors",
        "You cannot change your own guard record, shifts or patrols: someone else in "
        "security must.",
    ),
    "own_training": QT_TRANSLATE_NOOP(
        "errors",
        "You cannot enrol yourself or record your own training: someone else in HR must.",
    ),
    # Migration 0052: one's own state or termination date (employees).
    "own_employment": QT_TRANSLATE_NOOP(
        "errors", "You cannot change your own employment; someone else in HR must."
    ),
    "wrong_state": QT_TRANSLATE_NOOP(
        "errors", "This {record} is {state}: it can no longer be {action}."
    ),
    # Migration 0100: the state that holds the record, as its window's note says it.
    "record_locked_in_state": QT_TRANSLATE_NOOP(
        "errors",
        "This {record} is {state}, so its {name} can no longer be changed. Your other "
        "values are kept.",
    ),
    # Without its state (a file's link column, migration 0040).
    "record_locked": QT_TRANSLATE_NOOP(
        "errors",
        "This {record} has moved on, so its {name} can no longer be changed. Your other "
        "values are kept.",
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
    # Migration 0120: an IT asset is given to an active login (DW499).
    "asset_holder_inactive": QT_TRANSLATE_NOOP(
        "errors",
        "{name}'s login is deactivated: an asset is given only to someone who still works "
        "here. Choose another holder, or leave Assigned to empty. Your other values are "
        "kept.",
    ),
    # Migration 0124: nor goes back into service with one (sent to repair while held).
    "asset_back_to_inactive_holder": QT_TRANSLATE_NOOP(
        "errors",
        "{name}'s login is deactivated: the asset does not go back into service with them. "
        "Put it in storage, or choose another holder in Assigned to first.",
    ),
    "case_text_missing": QT_TRANSLATE_NOOP(
        "errors", "Write the {name} before this {record} is {state}."
    ),
    # Migration 0071: a write-off, a contract's end, say why (DW490).
    "case_reason_missing": QT_TRANSLATE_NOOP(
        "errors", "Say why this {record} is {action}: the reason is kept with it."
    ),
    # Migration 0101: a complaint answered or resolved, a case marked recovered, say what
    # was said or done (DW491).
    "case_note_missing": QT_TRANSLATE_NOOP(
        "errors",
        "Write what was said or done before this {record} is {action}: the note is kept with it.",
    ),
    # Migration 0105: a risk closed without what was done about it, or why (DW491).
    "risk_close_note_missing": QT_TRANSLATE_NOOP(
        "errors",
        "Write what was done, or why this {record} is {action}: the note is kept with it.",
    ),
    # Migration 0101: the day something happened (a case settled), DW429, DW430, DW431.
    "case_day_missing": QT_TRANSLATE_NOOP(
        "errors",
        "Give the {name} before this {record} is {action}: the day it happened, today at "
        "the latest.",
    ),
    "case_day_ahead": QT_TRANSLATE_NOOP(
        "errors", "The {name} cannot be after today, {day}: give the day it happened."
    ),
    "case_day_before": QT_TRANSLATE_NOOP(
        "errors", "The {name} cannot be before the {floor_name}, {date}."
    ),
    # Migration 0106: how much of a case came back, DW435 and DW436.
    "case_amount_missing": QT_TRANSLATE_NOOP(
        "errors",
        "Give the {name} before this {record} is {action}: an amount above zero. If "
        "nothing came back, it is written off instead.",
    ),
    "case_amount_above": QT_TRANSLATE_NOOP(
        "errors",
        "The {name} cannot be more than the {ceiling_name}, {most} {currency}: give what "
        "came back, at most that.",
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
    # Migration 0078: a decision four eyes take (a policy's approval): not by whoever
    # changed the record (DW411) or brought it to the decision (DW412), and on the version
    # the person was shown (DW413).
    "case_own_change_decision": QT_TRANSLATE_NOOP(
        "errors",
        "You changed this {record} on {at}: someone else must decide whether it is {action}.",
    ),
    "case_own_move_decision": QT_TRANSLATE_NOOP(
        "errors",
        "You made this {record} {state} on {at}: someone else must decide whether it is {action}.",
    ),
    "case_unshown_decision": QT_TRANSLATE_NOOP(
        "errors",
        "This {record} is {action} only as it was shown to you: open it again and take "
        "the step from its window.",
    ),
    # Migration 0095: a shift or patrol for a guard who is suspended (DW417) or
    # inactive (DW418).
    "guard_suspended": QT_TRANSLATE_NOOP(
        "errors",
        "{guard} is suspended: no shift or patrol may be given to them until security "
        "reinstates them.",
    ),
    "guard_inactive": QT_TRANSLATE_NOOP(
        "errors",
        "{guard} is marked inactive: no shift or patrol may be given to them until "
        "security reinstates them.",
    ),
    # Migration 0095: an enrolment started or completed before its programme starts
    # (DW419): on a day ahead, or not started yet.
    "training_starts_later": QT_TRANSLATE_NOOP(
        "errors",
        "The training “{program}” starts on {day}: no enrolment in it is started or "
        "completed before then.",
    ),
    "training_not_started": QT_TRANSLATE_NOOP(
        "errors",
        "The training “{program}” has not been started yet: start the training first, "
        "then its enrolments.",
    ),
    # Migration 0107: an enrolment in a programme cancelled or over (DW441), of someone
    # not employed while it runs (DW442: hired after its end, or left before its start).
    "training_closed": QT_TRANSLATE_NOOP(
        "errors",
        "The training “{program}” is {state}: nobody is enrolled in it any more, and no "
        "enrolment in it is started or completed.",
    ),
    # Migration 0110: a programme completed still has its enrolments recorded (DW441 for
    # one made, moved or started there).
    "training_over": QT_TRANSLATE_NOOP(
        "errors",
        "The training “{program}” is completed: nobody is enrolled in it or starts it any "
        "more. Its enrolments still open are marked completed, failed or dropped.",
    ),
    # Migration 0115: a candidate filed on, or moved on on, a posting that takes none
    # (DW463), by the posting's state.
    "posting_not_taking": QT_TRANSLATE_NOOP(
        "errors",
        "The job posting “{posting}” is {state}: no candidate is filed on it or moved on "
        "any more. Its candidates can still be rejected or withdrawn.",
    ),
    "posting_draft": QT_TRANSLATE_NOOP(
        "errors",
        "The job posting “{posting}” is not published yet: publish it first, then file "
        "its candidates.",
    ),
    "posting_closed": QT_TRANSLATE_NOOP(
        "errors",
        "The job posting “{posting}” is closed: it takes no new candidate. Its own "
        "candidates still move on; reopen the posting to file another.",
    ),
    # Migration 0119: a posting published or resumed after its closing date (DW502).
    "posting_opened_after_closing": QT_TRANSLATE_NOOP(
        "errors",
        "Applications to this job posting closed on {date}, before today ({today}): set "
        "a later closing date, or clear it, and save; then publish or resume it.",
    ),
    # Migration 0128: a closing date already past, on an open or on-hold posting (DW502).
    "posting_closing_date_past": QT_TRANSLATE_NOOP(
        "errors",
        "This job posting is open or on hold: its closing date cannot be {date}, before "
        "today ({today}). Set today or a later date, or clear it; to stop applications "
        "now, use Close applications… instead. Nothing was changed.",
    ),
    # eye35 §10: the same, said by the posting's form before saving, which knows the
    # posting's state (not "open or on hold"); the form's banner already says nothing was
    # saved.
    "posting_closing_date_past_open": QT_TRANSLATE_NOOP(
        "errors",
        "This job posting is open: its closing date cannot be {date}, before today "
        "({today}). Set today or a later date, or clear it; to stop applications now, use "
        "Close applications… instead.",
    ),
    "posting_closing_date_past_on_hold": QT_TRANSLATE_NOOP(
        "errors",
        "This job posting is on hold: its closing date cannot be {date}, before today "
        "({today}). Set today or a later date, or clear it; to stop applications for good, "
        "use Close applications… instead.",
    ),
    "training_hired_after": QT_TRANSLATE_NOOP(
        "errors",
        "{name} was hired on {date}, after the training “{program}” ended on {end}: they "
        "cannot be enrolled in it.",
    ),
    "training_left_before": QT_TRANSLATE_NOOP(
        "errors",
        "{name} left on {date}, before the training “{program}” started on {start}: they "
        "cannot be enrolled in it.",
    ),
    # Migration 0056: a step before a moment of the record (a patrol before its start).
    "case_too_early": QT_TRANSLATE_NOOP(
        "errors",
        "This {record} cannot be {action} before its {name}, {at}. If that is wrong, "
        "correct the {name} first.",
    ),
    # The same, said once in the window for the steps it holds (``steps``). Of the
    # moment as saved: the clerk may have typed another meanwhile (eye33 #6), and a step
    # acts on the record as saved.
    "case_too_early_steps": QT_TRANSLATE_NOOP(
        "errors",
        "{steps} wait until this {record}'s {name} as saved, {at}. If that is wrong, "
        "correct the {name} and save it first.",
    ),
    # Migration 0105: a step once a moment of the record has passed (DW432), as DW407;
    # a shift cancelled after its end in its own words (it was worked, or missed).
    "case_too_late": QT_TRANSLATE_NOOP(
        "errors",
        "This {record} cannot be {action} after its {name}, {at}. If that is wrong, "
        "correct the {name} first.",
    ),
    # Of a shift still scheduled, and of one in progress (the window asks its state:
    # missed is no longer offered once it started).
    "shift_ended": QT_TRANSLATE_NOOP(
        "errors",
        "This shift ended on {at}, so it can no longer be cancelled: mark it completed, or "
        "missed if it never started.",
    ),
    # Migration 0109: an ended shift's end moved past now made it cancellable again.
    "shift_end_stays_past": QT_TRANSLATE_NOOP(
        "errors",
        "This shift ended on {at}: its end can be corrected, but not to a moment after now"
        " ({now}).",
    ),
    "shift_ended_in_progress": QT_TRANSLATE_NOOP(
        "errors",
        "This shift ended on {at}, so it can no longer be cancelled: mark it completed.",
    ),
    # Migrations 0098, 0100: a ticket or incident reported at a moment still to come.
    "reported_after_now": QT_TRANSLATE_NOOP(
        "errors",
        "{at} is later than now ({now}): give the moment it was reported, now at the latest.",
    ),
    # Migration 0136: a change in a transaction begun too long before it (DW040).
    "transaction_too_old": QT_TRANSLATE_NOOP(
        "errors",
        "This change was made in a transaction begun at {began}, too long ago, and would "
        "be dated then: roll it back and make it again.",
    ),
    # Migration 0137: a change in a transaction begun before the company's midnight (DW041).
    "transaction_across_midnight": QT_TRANSLATE_NOOP(
        "errors",
        "This change was made in a transaction begun at {began}, before midnight, and would "
        "count as made the day before: roll it back and make it again.",
    ),
    # Migration 0137: a record made after the change's transaction began (DW042).
    "transaction_before_record": QT_TRANSLATE_NOOP(
        "errors",
        "This record was made after this change's transaction began (at {began}), so the "
        "change would be dated before it: roll it back and make it again.",
    ),
    # Migration 0103: a client's feedback or an enrolment dated after the company's today.
    "received_after_today": QT_TRANSLATE_NOOP(
        "errors",
        "{date} is later than today ({today}): give the day the feedback was received, "
        "today at the latest.",
    ),
    "enrolled_after_today": QT_TRANSLATE_NOOP(
        "errors",
        "{date} is later than today ({today}): give the day the person was enrolled, today "
        "at the latest. When the training takes place is the programme's start date.",
    ),
    # Migration 0103: a report's or a received day's date no calendar holds (-infinity).
    "not_a_calendar_date": QT_TRANSLATE_NOOP(
        "errors", "{label} must be a date of the calendar, not {at}."
    ),
    # Migration 0111: a shift or a patrol longer than a day (DW446).
    "lasts_too_long": QT_TRANSLATE_NOOP(
        "errors",
        "This {record} would last from {since} to {at}, longer than the {most} hours it may "
        "last. Give its {name} within {most} hours of its {other}, or correct the {other} "
        "first.",
    ),
    # Migration 0141: a patrol log reports a number of no incident (DW470).
    "incident_not_found": QT_TRANSLATE_NOOP(
        "errors",
        "There is no incident {number}: give the number of an incident already reported, "
        "as the list of security incidents shows it.",
    ),
    # Migration 0107: a typed date outside the years DICEL takes (DW445).
    "date_outside_years": QT_TRANSLATE_NOOP(
        "errors", "{label} must fall in the years {first} to {last}, not {at}."
    ),
    # A step refused because the record lacks what its form asks (an incident stored
    # without its date before migration 0100): the step's dialog has no such field.
    "case_field_missing": QT_TRANSLATE_NOOP(
        "errors",
        "This {record} has no {name}: fill in its {name} and save it first, then it can be "
        "{action}.",
    ),
    # Migration 0118: a record moved into a state that needs one of some fields said
    # (DW493, ``entry_rules.STEP_NEEDS_ONE_OF``: a review shared with no rating and no
    # text). ``fields``: ``errors.OneOf``, the fields' names.
    "case_says_nothing": QT_TRANSLATE_NOOP(
        "errors",
        "This {record} says nothing yet: fill in at least one of its {fields}, and save it "
        "first; then it can be {action}.",
    ),
    # Migration 0111: a case written off before it begins (DW444).
    "case_not_begun": QT_TRANSLATE_NOOP(
        "errors",
        "This {record} begins on {date}, after today ({today}): it can be {action} once it "
        "has begun. If its {name} is a mistake, correct it and save it first.",
    ),
    # The same, naming the step's verb (services.db_errors.NOT_BEGUN_STEPS).
    "case_not_begun_written_off": QT_TRANSLATE_NOOP(
        "errors",
        "This {record} begins on {date}, after today ({today}): it can be written off only "
        "once it has begun. If its {name} is a mistake, correct it and save it first.",
    ),
    "case_not_begun_recovered": QT_TRANSLATE_NOOP(
        "errors",
        "This {record} begins on {date}, after today ({today}): it can be marked recovered "
        "only once it has begun. If its {name} is a mistake, correct it and save it first.",
    ),
    # The same, said once in the window for the steps it holds (``steps``: their
    # buttons' names, services.db_errors.SAID_TOGETHER).
    "case_not_begun_steps": QT_TRANSLATE_NOOP(
        "errors",
        "This {record} begins on {date}, after today ({today}): {steps} wait until it has "
        "begun. If its {name} is a mistake, correct it and save it first.",
    ),
    "case_final": QT_TRANSLATE_NOOP(
        "errors", "This {record} is {state}: it can no longer be changed or deleted."
    ),
    "files_final": QT_TRANSLATE_NOOP(
        "errors",
        "This {record} is {state}: its files can no longer be added, replaced or removed.",
    ),
    # Migration 0079: a policy in force (approved or active) takes no file change (DW414).
    "files_under_review_only": QT_TRANSLATE_NOOP(
        "errors",
        "A policy in force changes only through a review: start a review, then change its files.",
    ),
    # Migration 0087: a part's files (an order's line, a payslip) while the record it is
    # part of waits for its decision (DW416).
    "files_waiting_for_decision": QT_TRANSLATE_NOOP(
        "errors",
        "The {record} this belongs to is {state}, waiting for its decision: the files of "
        "its parts stay as they are until it is decided. Attach the file to the {record} "
        "itself, where the one deciding sees it.",
    ),
    # Migration 0087: a recovery case's write-off is not its own officer's (DW415).
    "case_assignee_decision": QT_TRANSLATE_NOOP(
        "errors",
        "You are the officer working this case: another recovery officer or an "
        "administrator writes it off.",
    ),
    # Migration 0096: an IT asset is not reported lost or disposed of by the person it is
    # assigned to (DW415).
    "asset_holder_decision": QT_TRANSLATE_NOOP(
        "errors",
        "This asset is assigned to you: another IT officer or an administrator decides "
        "whether it is {action}.",
    ),
    "files_locked": QT_TRANSLATE_NOOP(
        "errors",
        "This {record} is {state}: its files can no longer be replaced or removed. You can "
        "still add a new file.",
    ),
    # Migration 0143: a step allowed from several states, taken since by another (DW447).
    "step_since_shown": QT_TRANSLATE_NOOP(
        "errors",
        "{who} changed this {record} at {when}, after you opened it: it is now {state}. Look "
        "at it again: nothing was changed.",
    ),
    "step_since_shown_assigned": QT_TRANSLATE_NOOP(
        "errors",
        "{who} assigned this {record} to {assignee} at {when}, after you opened it. Look "
        "at it again: nothing was changed.",
    ),
    "step_since_shown_changed": QT_TRANSLATE_NOOP(
        "errors",
        "{who} changed this {record} at {when}, after you opened it. Look at it again: "
        "nothing was changed.",
    ),
    "step_since_shown_nobody": QT_TRANSLATE_NOOP(
        "errors",
        "This {record} was changed at {when}, after you opened it. Look at it again: "
        "nothing was changed.",
    ),
}
