"""How leave reads in a sentence: dates and spans of dates ("3-7 March 2026", with an en
dash), a number of working days, and the params of the leave functions' refusals (their
DETAIL is data: ISO dates and numbers). No Qt, no database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from dicel_desktop.domain.states import LeaveType

__all__ = ["day", "days_words", "refusal_params", "span"]

_DASH = "\N{EN DASH}"

#: Keys of a refusal's DETAIL that hold a date (ISO).
_DATES = (
    "start_date",
    "end_date",
    "earliest",
    "latest",
    "other_start",
    "other_end",
    # Migration 0150: a leave ended early (DW123): the company's day, the new last day.
    "today",
    "new_end",
    "hired",
    "left",
)


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def day(value: dt.date) -> str:
    """ "3 March 2026"."""
    return f"{value.day} {value:%B %Y}"


def span(start: dt.date, end: dt.date) -> str:
    """ "3 March 2026", "3-7 March 2026", "28 February - 4 March 2026" (en dashes), or
    with both years when the span crosses a new year."""
    if start == end:
        return day(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}{_DASH}{day(end)}"
    if start.year == end.year:
        return f"{start.day} {start:%B} {_DASH} {day(end)}"
    return f"{day(start)} {_DASH} {day(end)}"


def days_words(count: Any, *, working: bool = True) -> str:
    """ "1 working day", "5 working days" ("1 day" without ``working``)."""
    unit = "working day" if working else "day"
    try:
        number = int(count)
    except (TypeError, ValueError):
        return f"{count} {unit}s"
    return f"{number} {unit}" if number == 1 else f"{number} {unit}s"


def refusal_params(found: Mapping[str, str]) -> dict[str, str]:
    """The params of a leave refusal's sentence from its DETAIL's values (as strings):
    dates written out, the other request's span, days and totals in words."""
    params = dict(found)
    dates = {key: _date(found[key]) for key in _DATES if found.get(key)}
    for key, value in dates.items():
        if value is not None:
            params[key] = day(value)
    if dates.get("start_date") is not None:
        params["start"] = params["start_date"]
    if dates.get("end_date") is not None:
        params["end"] = params["end_date"]
    other_start, other_end = dates.get("other_start"), dates.get("other_end")
    if other_start is not None and other_end is not None:
        params["other_dates"] = span(other_start, other_end)
    if "days" in found:
        params["days_words"] = days_words(found["days"])
    if "remaining" in found:
        params["remaining_words"] = days_words(_left(found["remaining"]), working=False)
        if _left(found["remaining"]) == "0":
            # None left: its own sentence (``leave_over_balance_none_left``), not "only 0".
            params["left"] = "none"
    if found.get("whole"):
        # A leave across the year end refused by one of its years (migration 0156): the
        # request's whole count beside its days in that year, in a sentence of its own.
        params["whole_words"] = days_words(found["whole"])
        params["over"] = "year_none" if params.get("left") == "none" else "year"
    elif params.get("left") == "none":
        params["over"] = "none"
    if "days" in found and "taken" in found:
        total = _sum(found["days"], found["taken"])
        params["total"] = total
        # "1 working day", not "1 working days" (an allowance of 0 lowered under a request).
        params["total_words"] = days_words(total)
    for key in ("allowance", "remaining"):
        if key in found:
            params[key] = _number(found[key])
    # The type as a whole noun ("annual leave"), the words the Request leave dialog uses:
    # a language whose words agree with the noun says "ikiruhuko cy'umwaka", where the
    # type's word alone ("Ibya buri mwaka") took a sentence's agreement (eye30r, 10).
    for key, kind in (("leave_type", "leave_kind"), ("other_type", "other_kind")):
        if found.get(key):
            params[kind] = f"{_type_word(found[key])} leave"
    return params


def _type_word(value: str) -> str:
    """ "annual" for the schema's value, as the leave type's label writes it in a sentence."""
    try:
        label = LeaveType(value).label
    except ValueError:
        return value
    return label[:1].lower() + label[1:]


def _left(text: str) -> str:
    """What is left to request, in words: none below zero (an allowance lowered below what
    is taken and waiting left "-0.5"; the figures in brackets say by how much)."""
    number = _number(text)
    return "0" if number.startswith("-") else number


def _sum(days: str, taken: str) -> str:
    """The days a decision would bring a year to, as written in the settings ("18", "18.5")."""
    try:
        return format((Decimal(days) + Decimal(taken)).normalize(), "f")
    except InvalidOperation:
        return f"{days} + {taken}"


def _number(text: str) -> str:
    """An allowance as written in the settings: "18", "18.5" (never "18.000")."""
    try:
        value = Decimal(text)
    except InvalidOperation:
        return text
    return format(value.normalize(), "f")
