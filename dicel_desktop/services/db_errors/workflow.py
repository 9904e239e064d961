"""The refusals every workflow function gives the same way (README: "The database's
public interface"): a step taken first by someone else, not the caller's to take, in the
wrong state, on one's own record (DW001-DW014), text a step writes or a list keeps
(DW020-DW026), a contact's shape (DW035, DW036), its name and phone (DW031) and its kind
(DW032), a decision on a changed record (DW007, DW008). Their sentences are in
``domain/messages/workflow.py``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dicel_desktop.domain.errors import (
    Conflict,
    InvalidInput,
    NotAllowed,
)
from dicel_desktop.domain.step_lines import FORMS as STEP_LINE_FORMS
from dicel_desktop.services.db_errors.detail import detail_params
from dicel_desktop.services.db_errors.registry import register_sqlstate


def _taken_params(diag: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """DW001's params: who took the step first and when; with TABLE (the case steps,
    migration 0121's hand-written ones), its state in the table's own words ("Déjà
    annulée" of a leave request, a French "demande")."""
    params = detail_params(diag, values)
    if getattr(diag, "table_name", None):
        params.setdefault("flow_table", diag.table_name)
    return params


def _contact_gap_params(diag: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """DW031's params: the contact's phone and name as data, ``gap`` (what it lacks: its
    ``phone``, its ``name``, or ``both``, said at once: review35c F6) and ``part`` (the
    line of the contact the form marks: its phone, else its name, the first line when
    both)."""
    params = detail_params(diag, values)
    if params.get("phone"):
        params["gap"] = "name"
    else:
        params["gap"] = "phone" if params.get("contact") else "both"
    params["part"] = "phone" if params["gap"] == "phone" else "name"
    return params


#: Refusals every workflow function gives the same way (README: "The database's public
#: interface"); each workflow has codes of its own for its rules (DW1xx leave, DW2xx
#: purchasing and stock, DW3xx finance, DW4xx cases).
register_sqlstate("DW001", "already_decided", Conflict, _taken_params)
register_sqlstate("DW002", "not_yours_to_decide", NotAllowed, detail_params)
register_sqlstate("DW003", "own_record_decision", NotAllowed, detail_params)
register_sqlstate("DW004", "wrong_state", Conflict, detail_params)
register_sqlstate("DW005", "changed_record_approval", NotAllowed, detail_params)
register_sqlstate("DW006", "own_pay_or_review", NotAllowed, detail_params)
#: One's own employee record's state or termination date (migration 0052).
register_sqlstate("DW009", "own_employment", NotAllowed, detail_params)
#: One's own supervisor, department or position (migration 0068).
register_sqlstate("DW010", "own_placement", NotAllowed, detail_params)
#: One's own attendance, recorded or corrected (migration 0076).
register_sqlstate("DW011", "own_attendance", NotAllowed, detail_params)
#: One's own guard record, shifts or patrols (migration 0095): ``what``.
register_sqlstate("DW012", "own_guard_record", NotAllowed, detail_params)
#: One's own training enrolment (migration 0095).
register_sqlstate("DW013", "own_training", NotAllowed, detail_params)
#: A decision given as neither approval nor rejection (``approve`` NULL, migration 0121):
#: a script's slip decides nothing.
register_sqlstate("DW014", "decision_missing", InvalidInput, detail_params)

#: A reason a step writes beyond its length (``length``, ``most``); a line only a step
#: writes typed, changed or removed (``line``): migration 0074.
register_sqlstate("DW020", "reason_too_long", InvalidInput, detail_params)
#: Since migration 0130 step lines moved among themselves (``action`` ``moved``; 0128
#: refused them as changed) are said as moved.
register_sqlstate(
    "DW021",
    "step_line_stays",
    NotAllowed,
    detail_params,
    by_action={(table, "moved"): "step_line_moved" for table, _column in STEP_LINE_FORMS},
)
#: A character that changes the direction of the text in a reason or a text steps write
#: lines into (migration 0077).
register_sqlstate("DW022", "direction_control", InvalidInput, detail_params)
#: A text steps write lines into, typed or changed beyond its length (``length``,
#: ``most``; migration 0080).
register_sqlstate("DW023", "text_too_long", InvalidInput, detail_params)
#: A typed text beyond the characters its column or a workflow function's argument keeps
#: (``length``, ``most``; migration 0085: domain/text_limits.py).
register_sqlstate("DW024", "text_over_limit", InvalidInput, detail_params)
#: A list of texts of more items than it keeps (``items``, ``most``), or with a NULL item
#: (``position``): migration 0088.
register_sqlstate("DW025", "list_too_many_items", InvalidInput, detail_params)
register_sqlstate("DW026", "list_empty_item", InvalidInput, detail_params)
#: An amount that is not a number: NaN in a numeric column, or as a workflow function's
#: amount (migration 0142: db/number_checks.py); ``text`` ("NaN"), COLUMN the column or
#: the argument. The window's own sentence for the same typed in an amount box.
register_sqlstate("DW043", "field_not_a_number", InvalidInput, detail_params)
#: A phone or an e-mail of another shape (migration 0125, domain/contact_rules): a column
#: of its own (``part`` null), or inside an emergency contact (``part`` phone/email).
register_sqlstate(
    "DW035",
    "contact_phone_not_a_number",
    InvalidInput,
    detail_params,
    without=("part", "phone_not_a_number"),
)
register_sqlstate(
    "DW036",
    "contact_email_not_an_address",
    InvalidInput,
    detail_params,
    without=("part", "email_not_an_address"),
)
#: An emergency contact with something in it but no phone or no name (migration 0132):
#: DETAIL ``phone`` and ``contact`` (its name), empty where it has none; both absent said
#: in one sentence (review35c F6), as ``domain/contact_rules.contact_lacks_both`` asks it.
register_sqlstate(
    "DW031",
    "contact_without_name",
    InvalidInput,
    _contact_gap_params,
    by_param=(
        "gap",
        {"phone": "contact_without_phone", "both": "contact_without_name_or_phone"},
    ),
)
#: An emergency contact that is not one person written as texts (migration 0135,
#: psql36 #1): DETAIL ``kind`` (the JSON type found) and ``part`` (the part of that type,
#: null when the whole contact is); one sentence, as ``form_rules`` says it before saving.
register_sqlstate("DW032", "contact_not_one_person", InvalidInput, detail_params)
#: A decision on a record changed since the decider was shown it (migration 0032).
register_sqlstate("DW007", "changed_since_shown_by", Conflict, detail_params)
register_sqlstate("DW008", "changed_since_shown", Conflict, detail_params)
