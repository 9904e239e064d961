"""The rules a form's days and moments follow that the database counts from its clock or
from another field: a report not after now, a day received not after today, a posting's
closing day not before it, a date within the years DICEL takes, a shift or a patrol no
longer than its table's most hours. Each is said beside its field before sending, in the
words of the database's refusal. ``form_rules.validate`` asks them. No Qt here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from dicel_desktop.domain.entry_rules import (
    CALENDAR_DATES,
    CLOSES_AHEAD,
    FIRST_YEAR,
    LAST_YEAR,
    LONGEST_SPANS,
    RECEIVED_BY_TODAY,
    RECEIVED_SENTENCES,
    REPORTED_BY_NOW,
)
from dicel_desktop.domain.errors import MESSAGES, InvalidInput
from dicel_desktop.services.db_error_words import field_words, moment_as_read, table_words
from dicel_desktop.services.form_types import FieldSpec, FormSpec

__all__ = ["lasts_too_long", "span_error", "span_fields"]


_REPORTED = dict(REPORTED_BY_NOW)


def _reported_after_now(
    column: str, moment: Any, now: dt.datetime | None = None
) -> InvalidInput | None:
    """A report dated after now (DW425, migration 0100): said beside the field before
    sending. ``now``: the server's (``record_facts.SERVER_NOW``), the clock the database
    compares with; the desktop's only where none was read. Said in the reader's zone."""
    if not isinstance(moment, dt.datetime):
        return None
    now = (now or dt.datetime.now()).astimezone()
    if moment.tzinfo is None:
        moment = moment.astimezone()  # a naive moment is taken as local time
    if moment <= now:
        return None
    return InvalidInput(
        "reported_after_now",
        field=column,
        at=moment.astimezone().strftime("%Y-%m-%d %H:%M"),
        now=now.strftime("%Y-%m-%d %H:%M"),
    )


_RECEIVED = dict(RECEIVED_BY_TODAY)


def _received_after_today(
    table: str, column: str, day: Any, today: dt.date | None = None
) -> InvalidInput | None:
    """A day received or enrolled after today (DW426, migration 0103): said beside the
    field before sending. ``today``: the company's day (``record_facts.COMPANY_DAY``),
    the day the database counts; the desktop's only where none was read."""
    if isinstance(day, dt.datetime):
        day = day.date()
    if not isinstance(day, dt.date):
        return None
    today = today or dt.date.today()
    if day <= today:
        return None
    return InvalidInput(
        RECEIVED_SENTENCES[table], field=column, date=day.isoformat(), today=today.isoformat()
    )


_CLOSES_AHEAD = {table: (column, states) for table, column, states in CLOSES_AHEAD}


def _closes_before_today(
    table: str,
    values: Mapping[str, Any],
    loaded: Mapping[str, Any] | None,
    today: dt.date | None = None,
) -> tuple[str, InvalidInput] | None:
    """A closing day before today typed on an open or on-hold posting (DW502, migration
    0128): (field, error), said beside the field before sending. The day stored stays
    (asked only when it changed). ``today``: the company's day, read with the record
    (``record_facts.COMPANY_DAY``), the day the database counts; the desktop's only
    where none was read."""
    column, states = _CLOSES_AHEAD[table]
    day = values.get(column)
    if values.get("status") not in states or not isinstance(day, dt.date):
        return None
    if loaded is not None and loaded.get(column) == day:
        return None
    today = today or dt.date.today()
    if day >= today:
        return None
    # Said in the posting's own state (eye35 §10), without the refusal's "Nothing was
    # changed": the form's banner says nothing was saved.
    # A state with no sentence of its own (one added to CLOSES_AHEAD later) gets the
    # database's, "open or on hold", rather than a raw code (review35c F5).
    code = f"posting_closing_date_past_{values.get('status')}"
    return column, InvalidInput(
        code if code in MESSAGES else "posting_closing_date_past",
        field=column,
        date=day.isoformat(),
        today=today.isoformat(),
    )


def _outside_years(spec: FieldSpec, value: Any) -> InvalidInput | None:
    """A date or moment outside the years DICEL takes (DW445, migration 0107): said
    beside the field before sending (the editors may take a year like 2999)."""
    if not isinstance(value, dt.date) or FIRST_YEAR <= value.year <= LAST_YEAR:
        return None
    return InvalidInput(
        "date_outside_years",
        field=spec.name,
        label=spec.label,
        first=str(FIRST_YEAR),
        last=str(LAST_YEAR),
        at=moment_as_read(value),
    )


_SPANS = {table: (end, start, most) for (table, end), (start, most) in LONGEST_SPANS.items()}


def span_fields(table: str) -> tuple[str, str] | None:
    """(end, start) of a table whose rows last at most some hours (DW446), else None: a
    rule between two fields, asked when either changes."""
    span = _SPANS.get(table)
    return None if span is None else (span[0], span[1])


def _moved(values: Mapping[str, Any], loaded: Mapping[str, Any], columns: tuple[str, ...]) -> bool:
    """Whether any of ``columns`` differs from the value the record was loaded with."""
    return any(values.get(c) != loaded.get(c) for c in columns)


def _lasts_too_long(form: FormSpec, values: Mapping[str, Any]) -> InvalidInput | None:
    """A shift or a patrol longer than its table's most hours (DW446, migration 0111):
    said beside its end before sending."""
    end, start, most = _SPANS[form.table]
    since, at = values.get(start), values.get(end)
    if not isinstance(since, dt.datetime) or not isinstance(at, dt.datetime):
        return None
    try:
        if at - since <= dt.timedelta(hours=most):
            return None
    except TypeError:
        return None  # a naive and an aware moment: the database decides
    return lasts_too_long(form.table, since, at)


def span_error(
    form: FormSpec,
    values: Mapping[str, Any],
    *,
    new: bool,
    loaded: Mapping[str, Any] | None = None,
) -> tuple[str, InvalidInput] | None:
    """(the end's field, DW446's sentence) where ``values`` make a shift or a patrol last
    longer than its table's most hours, else None: asked, as the database asks it, of a
    new row or when either moment changed since ``loaded`` (None: asked always). The
    form asks it on Save (``validate``) and as the person leaves either moment."""
    span = _SPANS.get(form.table)
    if span is None or not (new or loaded is None or _moved(values, loaded, span[:2])):
        return None
    problem = _lasts_too_long(form, values)
    return None if problem is None else (span[0], problem)


def lasts_too_long(table: str, since: dt.datetime, at: dt.datetime) -> InvalidInput:
    """DW446's sentence for a row of ``table`` that would last from ``since`` to ``at``,
    in the words the database's refusal gets (``db_errors.case_steps._span_params``)."""
    end, start, most = _SPANS[table]
    other = field_words(table, start)
    return InvalidInput(
        "lasts_too_long",
        **table_words(table),
        **field_words(table, end),
        other=other["name"],
        other_label=other["label"],
        most=str(most),
        since=moment_as_read(since),
        at=moment_as_read(at),
    )


_CALENDAR: dict[str, frozenset[str]] = {}
for _table, _column in CALENDAR_DATES:
    _CALENDAR[_table] = _CALENDAR.get(_table, frozenset()) | {_column}
