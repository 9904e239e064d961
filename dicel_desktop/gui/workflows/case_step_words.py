"""What a ticket's or case's step says (domain/case_flows.py), apart from its dialog
(case_step_dialog.py): the question its dialog asks, the button that takes it, the labels
of the note and the day it asks, and what the record lacks for it, as the database's
refusal says it (DW402). All in the translation context "CaseSteps".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from dicel_desktop.domain.case_flows import Asks, CaseFlow, Step, missing_text
from dicel_desktop.domain.errors import InvalidInput
from dicel_desktop.gui.error_sentences import sentence
from dicel_desktop.services.db_error_words import field_words, table_words

#: What each step asks, with %1 the record's name.
_QUESTIONS = {
    "assign": QT_TRANSLATE_NOOP("CaseSteps", "Whom should %1 be assigned to?"),
    "hold": QT_TRANSLATE_NOOP("CaseSteps", "Put %1 on hold?"),
    "resume": QT_TRANSLATE_NOOP("CaseSteps", "Resume the work on %1?"),
    "resolve": QT_TRANSLATE_NOOP("CaseSteps", "How was %1 resolved?"),
    # An incident's resolution is what its actions taken say (written in its form).
    "resolve_as_written": QT_TRANSLATE_NOOP(
        "CaseSteps", "Mark %1 as resolved, with the actions taken written on it?"
    ),
    "close": QT_TRANSLATE_NOOP("CaseSteps", "Close %1? It can no longer be reopened."),
    "reopen": QT_TRANSLATE_NOOP("CaseSteps", "Reopen %1?"),
    "cancel": QT_TRANSLATE_NOOP("CaseSteps", "Cancel %1? Nobody will work on it."),
    "investigate": QT_TRANSLATE_NOOP("CaseSteps", "Start investigating %1?"),
    "recover": QT_TRANSLATE_NOOP("CaseSteps", "Mark %1 as recovered?"),
    "write_off": QT_TRANSLATE_NOOP("CaseSteps", "Write off %1? Its amount is no longer pursued."),
    # A resolution that asks for nothing (a client's feedback).
    "resolve_plainly": QT_TRANSLATE_NOOP("CaseSteps", "Mark %1 as resolved?"),
    # IT assets
    "send_to_repair": QT_TRANSLATE_NOOP("CaseSteps", "Send %1 for repair?"),
    "return_to_service": QT_TRANSLATE_NOOP("CaseSteps", "Put %1 back in service?"),
    "store": QT_TRANSLATE_NOOP("CaseSteps", "Put %1 in storage?"),
    "retire": QT_TRANSLATE_NOOP(
        "CaseSteps", "Retire %1? It is no longer used, and can then only be disposed of."
    ),
    "report_lost": QT_TRANSLATE_NOOP("CaseSteps", "Report %1 as lost?"),
    "mark_found": QT_TRANSLATE_NOOP(
        "CaseSteps", "Mark %1 as found? It goes into storage until it is checked."
    ),
    "dispose": QT_TRANSLATE_NOOP("CaseSteps", "Dispose of %1? It leaves the register for good."),
    # Risk assessments (a closed risk may come back: it can be reopened)
    "mitigate": QT_TRANSLATE_NOOP("CaseSteps", "Start mitigating %1?"),
    "monitor": QT_TRANSLATE_NOOP("CaseSteps", "Move %1 to monitoring?"),
    "close_reopenable": QT_TRANSLATE_NOOP("CaseSteps", "Close %1? It can be reopened later."),
    # Customer feedback
    "review": QT_TRANSLATE_NOOP("CaseSteps", "Start reviewing %1?"),
    "respond": QT_TRANSLATE_NOOP("CaseSteps", "Mark %1 as responded to?"),
    # Leads
    "contact": QT_TRANSLATE_NOOP("CaseSteps", "Mark %1 as contacted?"),
    "qualify": QT_TRANSLATE_NOOP("CaseSteps", "Qualify %1? It is worth pursuing."),
    "disqualify": QT_TRANSLATE_NOOP(
        "CaseSteps", "Mark %1 as unqualified? It is not pursued any further."
    ),
    "convert": QT_TRANSLATE_NOOP("CaseSteps", "Mark %1 as converted? It became business."),
    "lose": QT_TRANSLATE_NOOP("CaseSteps", "Mark %1 as lost?"),
    # Compliance audits, marketing campaigns
    "start": QT_TRANSLATE_NOOP("CaseSteps", "Start %1?"),
    "complete": QT_TRANSLATE_NOOP("CaseSteps", "Mark %1 as completed?"),
    "launch": QT_TRANSLATE_NOOP("CaseSteps", "Launch %1?"),
    "pause": QT_TRANSLATE_NOOP("CaseSteps", "Pause %1?"),
    # Candidates
    "screen": QT_TRANSLATE_NOOP("CaseSteps", "Start screening %1?"),
    "interview": QT_TRANSLATE_NOOP("CaseSteps", "Call %1 to an interview?"),
    "offer": QT_TRANSLATE_NOOP("CaseSteps", "Offer %1 the job?"),
    "hire": QT_TRANSLATE_NOOP("CaseSteps", "Mark %1 as hired?"),
    "reject": QT_TRANSLATE_NOOP("CaseSteps", "Reject %1?"),
    "withdraw": QT_TRANSLATE_NOOP("CaseSteps", "Mark %1 as withdrawn?"),
    # Job postings
    "publish": QT_TRANSLATE_NOOP("CaseSteps", "Publish %1? It is published today."),
    "fill": QT_TRANSLATE_NOOP(
        "CaseSteps",
        "Mark %1 as filled? Its applications close, and it can no longer be changed.",
    ),
    # Contracts
    "activate": QT_TRANSLATE_NOOP(
        "CaseSteps", "Activate %1? It is signed, and in force from its start date."
    ),
    "renew": QT_TRANSLATE_NOOP(
        "CaseSteps",
        "Mark %1 as renewed? It ends on its end date and can no longer be changed;"
        " the new term is a new contract.",
    ),
    "terminate": QT_TRANSLATE_NOOP(
        "CaseSteps",
        "Terminate %1? It ends today unless its end date has passed, and can no longer be changed.",
    ),
    "expire": QT_TRANSLATE_NOOP(
        "CaseSteps",
        "Mark %1 as expired? It ends today unless its end date has passed,"
        " and can no longer be changed.",
    ),
    # Performance reviews
    "share": QT_TRANSLATE_NOOP(
        "CaseSteps",
        "Share %1 with the employee? They can read it from now on, and what it says can no"
        " longer change unless it is taken back to draft.",
    ),
    "recall": QT_TRANSLATE_NOOP(
        "CaseSteps",
        "Take %1 back to draft to correct it? The employee no longer sees it until it is"
        " shared again.",
    ),
    # Taken by the employee it is about, or by HR for them.
    "acknowledge": QT_TRANSLATE_NOOP(
        "CaseSteps",
        "Mark %1 as acknowledged? This records that the employee it is about has read it.",
    ),
    # People and operations (0049)
    "start_leave": QT_TRANSLATE_NOOP("CaseSteps", "Mark %1 as on leave?"),
    "end_leave": QT_TRANSLATE_NOOP("CaseSteps", "Mark %1 as back from leave?"),
    "suspend": QT_TRANSLATE_NOOP("CaseSteps", "Suspend %1?"),
    "reinstate": QT_TRANSLATE_NOOP("CaseSteps", "Reinstate %1? They are active again."),
    "deactivate": QT_TRANSLATE_NOOP(
        "CaseSteps", "Mark %1 as inactive? It can be reactivated later."
    ),
    "fail": QT_TRANSLATE_NOOP("CaseSteps", "Mark %1 as failed? It can no longer be changed."),
    "drop": QT_TRANSLATE_NOOP(
        "CaseSteps",
        "Mark %1 as dropped? The employee no longer takes this training, and it can no"
        " longer be changed.",
    ),
    "freeze": QT_TRANSLATE_NOOP(
        "CaseSteps", "Freeze %1? No expense is approved against it until it is unfrozen."
    ),
    "unfreeze": QT_TRANSLATE_NOOP(
        "CaseSteps", "Unfreeze %1? Approved expenses are charged to it again."
    ),
    "miss": QT_TRANSLATE_NOOP(
        "CaseSteps", "Mark %1 as missed? The guard did not come, and it can no longer be changed."
    ),
    "abort": QT_TRANSLATE_NOOP(
        "CaseSteps",
        "Abort %1? It is recorded as not finished, and can no longer be changed.",
    ),
    # Registers and the sales pipeline (0050)
    "reactivate": QT_TRANSLATE_NOOP("CaseSteps", "Make %1 active again?"),
    "block": QT_TRANSLATE_NOOP(
        "CaseSteps", "Block %1? It is marked as a supplier not to order from until it is unblocked."
    ),
    "unblock": QT_TRANSLATE_NOOP("CaseSteps", "Unblock %1? It is an active supplier again."),
    "discontinue": QT_TRANSLATE_NOOP(
        "CaseSteps", "Discontinue %1? It is no longer stocked, and can no longer be changed."
    ),
    "submit": QT_TRANSLATE_NOOP("CaseSteps", "Submit %1 for review?"),
    "approve": QT_TRANSLATE_NOOP(
        "CaseSteps", "Approve %1? What it says can then no longer be changed."
    ),
    "archive": QT_TRANSLATE_NOOP("CaseSteps", "Archive %1? It can no longer be changed."),
    "win": QT_TRANSLATE_NOOP(
        "CaseSteps",
        "Mark %1 as won? Its stage becomes Closed won, and it can no longer be changed.",
    ),
    # Policies (0072): a policy in force reviewed again.
    "start_review": QT_TRANSLATE_NOOP(
        "CaseSteps",
        "Put %1 under review? It is reviewed again, and what it says can be corrected;"
        " it is approved again with its next review date.",
    ),
}

#: A step's question where the record is not a ticket or case and says it its own way.
_TABLE_QUESTIONS = {
    ("job_postings", "resume"): QT_TRANSLATE_NOOP("CaseSteps", "Open %1 to applications again?"),
    ("job_postings", "close"): QT_TRANSLATE_NOOP(
        "CaseSteps",
        "Close the applications to %1? Its closing date becomes today unless it has"
        " passed; it can be reopened later.",
    ),
    ("job_postings", "reopen"): QT_TRANSLATE_NOOP(
        "CaseSteps",
        "Open %1 to applications again? Its closing date is cleared: write the new one"
        " in the form.",
    ),
    ("job_postings", "cancel"): QT_TRANSLATE_NOOP(
        "CaseSteps", "Cancel %1? Nobody is hired for it, and it can no longer be changed."
    ),
    ("performance_reviews", "complete"): QT_TRANSLATE_NOOP(
        "CaseSteps", "Complete %1? It is filed as it is, and can no longer be changed."
    ),
    # People and operations (0049)
    # Migration 0122: a suspension turns the login off; a reinstatement leaves it to the
    # administrator (Reactivate…).
    ("employees", "suspend"): QT_TRANSLATE_NOOP(
        "CaseSteps",
        "Suspend %1? They are not paid while suspended. Their DICEL login is turned off"
        " now; an administrator turns it back on after they are reinstated.",
    ),
    ("employees", "reinstate"): QT_TRANSLATE_NOOP(
        "CaseSteps",
        "Reinstate %1? They are active again. Their login stays off until an administrator"
        " turns it back on.",
    ),
    ("employees", "terminate"): QT_TRANSLATE_NOOP(
        "CaseSteps",
        "Terminate %1? Their termination date becomes today unless an earlier one is"
        " written; their pay stops on that day, their DICEL login (if any) is deactivated, and"
        " the record can no longer be changed.",
    ),
    ("training_programs", "start"): QT_TRANSLATE_NOOP(
        "CaseSteps", "Start %1? Its start date becomes today unless it has passed."
    ),
    ("training_programs", "complete"): QT_TRANSLATE_NOOP(
        "CaseSteps",
        "Mark %1 as completed? Its end date becomes today unless it has passed, and it can"
        " no longer be changed.",
    ),
    ("training_programs", "cancel"): QT_TRANSLATE_NOOP(
        "CaseSteps", "Cancel %1? It does not take place, and can no longer be changed."
    ),
    ("training_enrollments", "complete"): QT_TRANSLATE_NOOP(
        "CaseSteps",
        "Mark %1 as completed? Its completion date becomes today unless an earlier one is"
        " written, and it can no longer be changed.",
    ),
    ("budgets", "recall"): QT_TRANSLATE_NOOP(
        "CaseSteps",
        "Take %1 back to draft? No expense is approved against it until it is activated again.",
    ),
    ("budgets", "activate"): QT_TRANSLATE_NOOP(
        "CaseSteps", "Activate %1? Approved expenses are charged to it from now on."
    ),
    ("budgets", "close"): QT_TRANSLATE_NOOP(
        "CaseSteps",
        "Close %1? No expense is approved against it any more, and it can no longer be changed.",
    ),
    ("security_assignments", "complete"): QT_TRANSLATE_NOOP(
        "CaseSteps", "Mark %1 as completed? It can no longer be changed."
    ),
    ("security_assignments", "cancel"): QT_TRANSLATE_NOOP(
        "CaseSteps", "Cancel %1? The shift is not worked, and it can no longer be changed."
    ),
    # Migration 0056: a patrol ends now, or at the earlier end time written in it.
    ("patrol_logs", "complete"): QT_TRANSLATE_NOOP(
        "CaseSteps",
        "Mark %1 as completed? Its end time becomes now unless an earlier one is written,"
        " and it can no longer be changed.",
    ),
    ("patrol_logs", "abort"): QT_TRANSLATE_NOOP(
        "CaseSteps",
        "Abort %1? It is recorded as not finished, its end time becomes now unless an earlier"
        " one is written, and it can no longer be changed.",
    ),
    ("security_guards", "deactivate"): QT_TRANSLATE_NOOP(
        "CaseSteps", "Mark %1 as inactive? They no longer work as a guard; they can be reinstated."
    ),
    # Registers and the sales pipeline (0050)
    ("clients", "suspend"): QT_TRANSLATE_NOOP(
        "CaseSteps", "Suspend %1? It is not served until it is reactivated."
    ),
    ("clients", "activate"): QT_TRANSLATE_NOOP(
        "CaseSteps", "Activate %1? It becomes a client DICEL serves."
    ),
    ("compliance_policies", "approve"): QT_TRANSLATE_NOOP(
        "CaseSteps",
        "Approve %1? What it says can then no longer be changed. When is it next reviewed?",
    ),
    ("compliance_policies", "recall"): QT_TRANSLATE_NOOP(
        "CaseSteps", "Take %1 back to draft to correct it?"
    ),
    ("compliance_policies", "activate"): QT_TRANSLATE_NOOP(
        "CaseSteps",
        "Bring %1 into force? Its effective date becomes today unless an earlier one is"
        " written in it.",
    ),
    ("compliance_policies", "retire"): QT_TRANSLATE_NOOP(
        "CaseSteps", "Retire %1? It is no longer in force, and can no longer be changed."
    ),
    ("customer_surveys", "launch"): QT_TRANSLATE_NOOP(
        "CaseSteps", "Launch %1? Its start date becomes today."
    ),
    ("customer_surveys", "close"): QT_TRANSLATE_NOOP(
        "CaseSteps",
        "Close %1 to answers? Its end date becomes today unless it has passed; it can be"
        " reopened later.",
    ),
    ("customer_surveys", "reopen"): QT_TRANSLATE_NOOP(
        "CaseSteps",
        "Open %1 to answers again? Its end date is cleared: write the new one in the form.",
    ),
    ("opportunities", "lose"): QT_TRANSLATE_NOOP(
        "CaseSteps",
        "Mark %1 as lost? Its stage becomes Closed lost, and it can no longer be changed.",
    ),
}

#: The button that takes the step.
_BUTTONS = {
    "assign": QT_TRANSLATE_NOOP("CaseSteps", "&Assign"),
    "hold": QT_TRANSLATE_NOOP("CaseSteps", "Put on &hold"),
    "resume": QT_TRANSLATE_NOOP("CaseSteps", "Res&ume"),
    "resolve": QT_TRANSLATE_NOOP("CaseSteps", "&Resolve"),
    "close": QT_TRANSLATE_NOOP("CaseSteps", "C&lose it"),
    "reopen": QT_TRANSLATE_NOOP("CaseSteps", "Re&open"),
    "investigate": QT_TRANSLATE_NOOP("CaseSteps", "&Investigate"),
    "recover": QT_TRANSLATE_NOOP("CaseSteps", "Mark reco&vered"),
    "write_off": QT_TRANSLATE_NOOP("CaseSteps", "&Write off"),
    "send_to_repair": QT_TRANSLATE_NOOP("CaseSteps", "Send to &repair"),
    "return_to_service": QT_TRANSLATE_NOOP("CaseSteps", "Back in ser&vice"),
    "store": QT_TRANSLATE_NOOP("CaseSteps", "Put in s&torage"),
    "retire": QT_TRANSLATE_NOOP("CaseSteps", "Ret&ire"),
    "report_lost": QT_TRANSLATE_NOOP("CaseSteps", "Report &lost"),
    "mark_found": QT_TRANSLATE_NOOP("CaseSteps", "Mark &found"),
    "dispose": QT_TRANSLATE_NOOP("CaseSteps", "Dispose &of"),
    "mitigate": QT_TRANSLATE_NOOP("CaseSteps", "Start &mitigating"),
    "monitor": QT_TRANSLATE_NOOP("CaseSteps", "Moni&tor"),
    "review": QT_TRANSLATE_NOOP("CaseSteps", "Start re&view"),
    "respond": QT_TRANSLATE_NOOP("CaseSteps", "Mark res&ponded"),
    "contact": QT_TRANSLATE_NOOP("CaseSteps", "Mark &contacted"),
    "qualify": QT_TRANSLATE_NOOP("CaseSteps", "&Qualify"),
    "disqualify": QT_TRANSLATE_NOOP("CaseSteps", "Mark &unqualified"),
    "convert": QT_TRANSLATE_NOOP("CaseSteps", "Mark con&verted"),
    "lose": QT_TRANSLATE_NOOP("CaseSteps", "Mark &lost"),
    "start": QT_TRANSLATE_NOOP("CaseSteps", "Star&t"),
    "complete": QT_TRANSLATE_NOOP("CaseSteps", "Mark co&mpleted"),
    "launch": QT_TRANSLATE_NOOP("CaseSteps", "&Launch"),
    "pause": QT_TRANSLATE_NOOP("CaseSteps", "&Pause"),
    "screen": QT_TRANSLATE_NOOP("CaseSteps", "Scr&een"),
    "interview": QT_TRANSLATE_NOOP("CaseSteps", "Call to &interview"),
    "offer": QT_TRANSLATE_NOOP("CaseSteps", "O&ffer the job"),
    "hire": QT_TRANSLATE_NOOP("CaseSteps", "&Hire"),
    "reject": QT_TRANSLATE_NOOP("CaseSteps", "Re&ject"),
    "withdraw": QT_TRANSLATE_NOOP("CaseSteps", "Mark &withdrawn"),
    "publish": QT_TRANSLATE_NOOP("CaseSteps", "&Publish"),
    "fill": QT_TRANSLATE_NOOP("CaseSteps", "Mark &filled"),
    "activate": QT_TRANSLATE_NOOP("CaseSteps", "&Activate"),
    "renew": QT_TRANSLATE_NOOP("CaseSteps", "Mark &renewed"),
    "terminate": QT_TRANSLATE_NOOP("CaseSteps", "&Terminate"),
    "expire": QT_TRANSLATE_NOOP("CaseSteps", "Mark &expired"),
    "share": QT_TRANSLATE_NOOP("CaseSteps", "S&hare"),
    # Not Alt+B: the dialog's Back.
    "recall": QT_TRANSLATE_NOOP("CaseSteps", "Back to &draft"),
    "acknowledge": QT_TRANSLATE_NOOP("CaseSteps", "Mark ac&knowledged"),
    # People and operations (0049)
    "start_leave": QT_TRANSLATE_NOOP("CaseSteps", "Mark on &leave"),
    "end_leave": QT_TRANSLATE_NOOP("CaseSteps", "Back from lea&ve"),
    "suspend": QT_TRANSLATE_NOOP("CaseSteps", "S&uspend"),
    "reinstate": QT_TRANSLATE_NOOP("CaseSteps", "Re&instate"),
    "deactivate": QT_TRANSLATE_NOOP("CaseSteps", "Mark inac&tive"),
    "fail": QT_TRANSLATE_NOOP("CaseSteps", "Mark f&ailed"),
    "drop": QT_TRANSLATE_NOOP("CaseSteps", "Mark dr&opped"),
    "freeze": QT_TRANSLATE_NOOP("CaseSteps", "&Freeze"),
    "unfreeze": QT_TRANSLATE_NOOP("CaseSteps", "&Unfreeze"),
    "miss": QT_TRANSLATE_NOOP("CaseSteps", "Mark m&issed"),
    "abort": QT_TRANSLATE_NOOP("CaseSteps", "&Abort"),
    # Registers and the sales pipeline (0050)
    "reactivate": QT_TRANSLATE_NOOP("CaseSteps", "Reac&tivate"),
    # Not Alt+B: the dialog's Back.
    "block": QT_TRANSLATE_NOOP("CaseSteps", "Bl&ock"),
    "unblock": QT_TRANSLATE_NOOP("CaseSteps", "&Unblock"),
    "discontinue": QT_TRANSLATE_NOOP("CaseSteps", "Dis&continue"),
    "submit": QT_TRANSLATE_NOOP("CaseSteps", "&Submit"),
    "approve": QT_TRANSLATE_NOOP("CaseSteps", "A&pprove"),
    "archive": QT_TRANSLATE_NOOP("CaseSteps", "Arc&hive"),
    "win": QT_TRANSLATE_NOOP("CaseSteps", "Mark &won"),
    "start_review": QT_TRANSLATE_NOOP("CaseSteps", "Start re&view"),
}

#: The label of the note a step asks (``Asks.NOTE``, migration 0101): what was said or
#: done, by table and step.
NOTE_LABELS = {
    ("customer_feedback", "respond"): QT_TRANSLATE_NOOP("CaseSteps", "What the client was &told:"),
    ("customer_feedback", "resolve"): QT_TRANSLATE_NOOP("CaseSteps", "What was &done:"),
    ("recovery_cases", "recover"): QT_TRANSLATE_NOOP("CaseSteps", "What was &recovered:"),
    # Migration 0105: a risk is closed because it was dealt with, or because it no longer
    # applies (the activity stopped): either is what the next reader needs.
    ("risk_assessments", "close"): QT_TRANSLATE_NOOP(
        "CaseSteps", "What was &done, or why it is closed:"
    ),
}

#: The note of a step the table above does not name.
DONE_NOTE = ("customer_feedback", "resolve")

#: The label of a day a step asks (``Stamp.ASKED``), where the column's own label would
#: not say it.
DAY_LABELS = {
    ("compliance_policies", "review_date"): QT_TRANSLATE_NOOP("CaseSteps", "&Next review due:"),
}


def step_question(step: Step, flow: CaseFlow | None = None) -> str:
    """What the dialog of ``step`` (of ``flow``) asks, translated; %1 for the record's
    name."""
    key = step.action
    own = _TABLE_QUESTIONS.get((flow.table, key)) if flow is not None else None
    if own is not None:
        return QCoreApplication.translate("CaseSteps", own)
    if key == "resolve" and step.requires:
        key = "resolve_as_written"
    elif key == "resolve" and step.asks is not Asks.RESOLUTION:
        key = "resolve_plainly"
    elif key == "close" and flow is not None and _reopenable(flow, step.target):
        key = "close_reopenable"
    return QCoreApplication.translate("CaseSteps", _QUESTIONS[key])


def missing_sentence(flow: CaseFlow, step: Step, values: Mapping[str, Any]) -> str:
    """What must be written on the record before ``step`` ("Write the findings before
    this audit is completed."), as the database's refusal says it (DW402); "" when
    nothing is missing from ``values`` (the record as saved: a step acts on that)."""
    missing = [c for c in missing_text(step, values) if not asked_for(flow, step, c)]
    if not missing:
        return ""
    words = {**table_words(flow.table), **field_words(flow.table, missing[0])}
    return sentence(
        InvalidInput("case_text_missing", **words, state=step.done, flow_table=flow.table)
    )


def asked_for(flow: CaseFlow, step: Step, column: str) -> bool:
    """The step's own dialog asks for this column (a resolution typed in it)."""
    return (step.asks is Asks.RESOLUTION and column == flow.resolution) or (
        column in step.asked_dates
    )


def _reopenable(flow: CaseFlow, state: str) -> bool:
    return any(state in other.sources for other in flow.steps)


#: Steps whose dialog button says what it acts on, as the window's button does ("Cancel
#: audit", « Annuler l'audit »): a bare « Annuler » / "Reka" is every other dialog's way
#: out, and here it would take a step that cannot be undone (eye33 #2).
_SAID_AS_THE_WINDOW = frozenset({"cancel"})
#: The same for one table's step, where its own words differ from the bare verb's: a
#: contract's "Terminate" is « Résilier » / "Sesa", which is not what "Sezerera
#: umukozi…" / « Mettre fin à l'emploi… » asked (eye34 #8).
_SAID_AS_THE_WINDOW_HERE = frozenset({("employees", "terminate")})

#: Steps that withdraw the record for good: Enter alone goes back, as Cancel leave's
#: "Keep it" does; the step is taken by its button only.
BACK_BY_DEFAULT = frozenset({"cancel"})


def step_button_text(action: str, table: str | None = None) -> str:
    """The text of the button that takes step ``action`` (of ``table``), translated."""
    if action in _SAID_AS_THE_WINDOW or (table, action) in _SAID_AS_THE_WINDOW_HERE:
        from dicel_desktop.gui.workflows.cases import step_label

        return step_label(action, table).removesuffix("…")
    return QCoreApplication.translate("CaseSteps", _BUTTONS[action])
