"""The sentences of :mod:`services.db_errors`: which code and params a broken constraint,
a denied right or a refused value gets, with the field to show it beside. Labels are the
forms' (``services.columns.column_label``); tables are named as the registry names them
(``domain.tables``); range and order CHECKs are read by ``services.forms`` (the same
rules its checks before saving apply). No Qt here. The sentences themselves are
``domain.errors.MESSAGES``, written by family in ``domain/messages/`` (these codes mostly
in ``refusals.py``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from decimal import Decimal
from functools import cache
from typing import Any, Literal

import sqlalchemy as sa

from dicel_desktop.db.models import Base
from dicel_desktop.domain.errors import (
    Conflict,
    DicelError,
    InvalidInput,
    NotAllowed,
    NotFound,
    OneOf,
)
from dicel_desktop.domain.tables import TABLES
from dicel_desktop.services.columns import column_label, state_enums

Action = Literal["insert", "update", "delete", "read"]


def lower_first(text: str) -> str:
    """ "Due date" -> "due date", but "PO number" and "IT tickets" keep their capitals."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def moment_as_read(value: str | dt.date) -> str:
    """A day or moment as a sentence's param: a day as ISO ("2999-01-01"), a moment as
    the reader's day and time in their zone ("2999-01-01 10:00" in Kigali for the
    database's "2999-01-01 08:00:00+00"), which ``gui.error_sentences`` writes in their
    words; what is neither ("infinity", a year past 9999) as it came (code review 31, F5:
    the raw ISO text with its "T" and UTC offset reached the sentence)."""
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, dt.date):
        return value.isoformat()
    elif _ISO_DAY.fullmatch(value):
        return value
    else:
        try:
            moment = dt.datetime.fromisoformat(value)
        except ValueError:
            return value
    try:
        moment = moment.astimezone()
    except (ValueError, OverflowError):  # a moment the reader's zone cannot hold
        return value if isinstance(value, str) else value.isoformat()
    return f"{moment.year:04d}-{moment:%m-%d %H:%M}"


def table_words(table: str | None) -> dict[str, str]:
    if table is None:
        return {"record": "record", "records": "records"}
    info = TABLES.get(table)
    if info is None:
        words = table.replace("_", " ")
        return {"record": words.removesuffix("s"), "records": words}
    return {"record": lower_first(info.record_title), "records": lower_first(info.title)}


def field_words(table: str | None, column: str) -> dict[str, str]:
    label = column_label(table, column) if table else column.replace("_", " ").capitalize()
    return {"field": column, "label": label, "name": lower_first(label)}


def fields_one_of(table: str | None, columns: tuple[str, ...]) -> OneOf:
    """``columns`` of ``table`` as a sentence names them, any one of which will do
    ("overall rating, goals achieved or recommendations")."""
    return OneOf(tuple(field_words(table, column)["name"] for column in columns))


# --------------------------------------------------------------------------- constraints


@cache
def constraints() -> dict[str, tuple[str, sa.Constraint]]:
    """Every named constraint of the models: name -> (table, constraint)."""
    found: dict[str, tuple[str, sa.Constraint]] = {}
    for table in Base.metadata.tables.values():
        for constraint in table.constraints:
            if isinstance(constraint.name, str):
                found[constraint.name] = (table.name, constraint)
        for index in table.indexes:
            if index.unique and isinstance(index.name, str):
                found[index.name] = (table.name, sa.UniqueConstraint(*index.columns))
    return found


#: CHECKs that state a rule of the business rather than a range or a list.
_NAMED_CHECKS: Mapping[str, tuple[str, str]] = {
    "ck_users_email_lower_case": ("email_not_lower_case", "email"),
    "ck_employees_not_own_supervisor": ("own_supervisor", "supervisor_id"),
    "ck_purchase_orders_not_self_approved": ("self_approval", "approved_by"),
    "ck_expenses_not_self_approved": ("self_approval", "approved_by"),
    "ck_purchase_order_lines_says_what": ("line_says_what", "item_id"),
    "ck_documents_file_name_not_empty": ("document_name_missing", "file_name"),
    "ck_holidays_name_not_empty": ("field_required", "name"),
    "ck_documents_media_type_shape": ("document_bad_media_type", "media_type"),
    "ck_system_settings_setting_value_matches_type": ("setting_value_wrong_type", "setting_value"),
    # Migration 0096: a rate in percent, a leave allowance, an approval threshold.
    "ck_system_settings_setting_value_in_bounds": (
        "setting_value_out_of_bounds",
        "setting_value",
    ),
    # Migration 0096: attendance is someone's, clocked around its own day.
    "ck_attendance_records_employee_given": ("field_required", "employee_id"),
    # Migration 0115: an invoice's line is an invoice's.
    "ck_invoice_items_invoice_given": ("field_required", "invoice_id"),
    "ck_attendance_records_times_near_its_day": ("attendance_times_off_their_day", "check_in"),
    # Migration 0100: an incident says when it happened.
    "ck_security_incidents_incident_date_given": ("field_required", "incident_date"),
    "ck_risk_incidents_incident_date_given": ("field_required", "incident_date"),
    # Registers and the sales pipeline (0050)
    "ck_opportunities_stage_closes_with_status": ("stage_closed_by_step", "stage"),
}
_IN_LIST = re.compile(r"^\s*(\w+)\s+IN\s*\(", re.IGNORECASE)


def check_error(table: str, constraint: sa.CheckConstraint) -> DicelError:
    """The sentence for a broken CHECK of ``table`` (a test words every CHECK of the models
    this way and refuses the generic one)."""
    from dicel_desktop.services.forms import check_rule_error

    words = table_words(table)
    name = str(constraint.name)
    if name in _NAMED_CHECKS:
        code, column = _NAMED_CHECKS[name]
        return InvalidInput(code, **words, **field_words(table, column))
    match = _IN_LIST.match(str(constraint.sqltext))
    if match:
        column = match.group(1)
        choices = state_enums(Base.metadata.tables[table]).get(column)
        if choices is not None:
            listed = ", ".join(getattr(c, "label", c.value) for c in choices)
            return InvalidInput(
                "field_one_of", choices=listed, **words, **field_words(table, column)
            )
    if name.endswith("_iso4217"):
        column = name.removeprefix(f"ck_{table}_").removesuffix("_iso4217")
        return InvalidInput("field_not_a_currency", **words, **field_words(table, column))
    rule = check_rule_error(table, constraint)
    if rule is not None:
        rule.params.update(words, name=lower_first(rule.params["label"]))
        return rule
    return InvalidInput("check_failed", **words)


def unique_error(
    table: str | None, columns: list[str], values: Mapping[str, Any], holder: str | None
) -> DicelError:
    words = table_words(table)
    column = columns[0]
    field = field_words(table, column)
    value = values.get(column)
    if value is None or value == "":
        return Conflict("field_already_used", **words, **field)
    if (table, column) == ("system_settings", "setting_key"):
        return Conflict("setting_key_exists", value=str(value), **words, **field)
    # A record named by the value itself ("Setting key X is already used by “X”") says
    # the value once.
    if holder and holder.strip() != str(value).strip():
        return Conflict("field_taken_by", value=str(value), holder=holder, **words, **field)
    return Conflict("field_taken", value=str(value), **words, **field)


# --------------------------------------------------------------------------- rights and values


def foreign_key_error(
    owner: str, constraint: sa.ForeignKeyConstraint, table: str | None, action: Action | None
) -> DicelError:
    column = constraint.columns[0].name if constraint.columns else None
    target = constraint.referred_table.name
    if action == "delete" or (action is None and table is not None and table != owner):
        words = table_words(target)
        return Conflict("still_referenced", referencing=table_words(owner)["records"], **words)
    params = table_words(owner)
    if column:
        return NotFound("reference_missing", **params, **field_words(owner, column))
    return NotFound("reference_missing", name=table_words(target)["record"], **params)


_DENIED_TABLE = {
    "insert": "denied_add",
    "update": "denied_change",
    "delete": "denied_delete",
    "read": "denied_read",
}
_DENIED_FIELD = {
    "insert": "denied_fill_field",
    "update": "denied_change_field",
    "read": "denied_read_field",
}


#: A table whose rows outside its policies have a rule of their own to say: leave is
#: filed by the employee for herself or by HR (0003's ``leave_requests_file_own``).
_ROW_DENIED_ADD = {"leave_requests": "leave_row_denied_add"}


def denied_error(
    table: str | None, values: Mapping[str, Any], action: Action | None, denial: Any
) -> DicelError:
    """42501: a table or column privilege, or (inserting or updating a table with row
    security) a row outside what the policies let this person write."""
    if table is None or action is None:
        return NotAllowed("denied")
    words = table_words(table)
    if denial is not None:
        if denial.row_security and action in ("insert", "update"):
            code = "row_denied_add" if action == "insert" else "row_denied_change"
            if action == "insert":
                code = _ROW_DENIED_ADD.get(table, code)
            return NotAllowed(code, **words)
        if denial.granted:
            return NotAllowed("denied")  # not a right on this table: say no more
        if denial.column and action in _DENIED_FIELD:
            return NotAllowed(_DENIED_FIELD[action], **words, **field_words(table, denial.column))
        return NotAllowed(_DENIED_TABLE[action], **words)
    if action in ("insert", "update"):
        # Without asking the server, a missing right and a row outside the policies look
        # the same (one SQLSTATE, told apart only by the server's English words).
        return NotAllowed("denied_save", **words)
    return NotAllowed(_DENIED_TABLE[action], **words)


def data_error(state: str, table: str | None, values: Mapping[str, Any]) -> DicelError:
    """22001 (text too long), 22003 (number out of range): find the field among the values
    tried; the server does not say which it was."""
    model = Base.metadata.tables.get(table) if table else None
    if model is not None:
        for column, value in values.items():
            if column not in model.c:
                continue
            type_ = model.c[column].type
            length = getattr(type_, "length", None)
            if state == "22001" and isinstance(value, str) and length and len(value) > length:
                return InvalidInput(
                    "field_too_long",
                    limit=length,
                    length=len(value),
                    **field_words(table, column),
                )
            if state == "22003" and _out_of_range(type_, value):
                digits = _integer_digits(type_)
                return InvalidInput("field_too_big", digits=digits, **field_words(table, column))
    return InvalidInput("value_not_acceptable")


def _integer_digits(type_: sa.types.TypeEngine) -> int:
    precision, scale = getattr(type_, "precision", None), getattr(type_, "scale", None)
    if isinstance(type_, sa.Numeric) and precision is not None:
        return precision - (scale or 0)
    return 10  # a 32-bit integer: ten digits


def _out_of_range(type_: sa.types.TypeEngine, value: Any) -> bool:
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return False
    if isinstance(type_, sa.Integer):
        return not (-(2**31) <= value < 2**31)
    if isinstance(type_, sa.Numeric) and type_.precision is not None:
        return abs(value) >= 10 ** (type_.precision - (type_.scale or 0))
    return False
