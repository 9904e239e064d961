"""The rules a form's values must follow before they are sent, read from the same CHECK
constraints the database enforces, and the generated columns recomputed as their inputs
change. No Qt here.

:func:`validate` applies them (and lengths, NUMERIC precision, required fields, currency
codes and value lists) and says what is wrong in a person's words, field by field;
:func:`compute` is a generated column's value. The rules it asks live by idea beside it:
``form_checks`` reads a table's CHECKs (:func:`parse_checks`, :func:`check_rule_error`),
``form_day_rules`` the days and moments counted from the clock and spans,
``form_contact_rules`` phones, e-mails and contacts, ``form_setting_rules`` a setting's
value; their public names are importable from here as before.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from dicel_desktop.domain.errors import InvalidInput
from dicel_desktop.domain.text_rules import TYPED_IDENTIFIERS, turns_direction
from dicel_desktop.services.form_checks import (
    Rules,
    _number_text,
    _order_error,
    check_rule_error,
    parse_checks,
)
from dicel_desktop.services.form_contact_rules import _TWO, _UNLOADED, _contact_error, shape_error
from dicel_desktop.services.form_day_rules import (
    _CALENDAR,
    _CLOSES_AHEAD,
    _RECEIVED,
    _REPORTED,
    _SPANS,
    _closes_before_today,
    _outside_years,
    _received_after_today,
    _reported_after_now,
    lasts_too_long,
    span_error,
    span_fields,
)
from dicel_desktop.services.form_setting_rules import (
    _paye_bands_error,
    _setting_contact_error,
    setting_bound_error,
)
from dicel_desktop.services.form_types import Comparison, FieldKind, FieldSpec, FormSpec

__all__ = [
    "Rules",
    "check_rule_error",
    "compute",
    "lasts_too_long",
    "parse_checks",
    "setting_bound_error",
    "shape_error",
    "span_error",
    "span_fields",
    "validate",
]


# --------------------------------------------------------------------------- checking


def _check_value(spec: FieldSpec, value: Any) -> InvalidInput | None:
    label = spec.label
    if value is None or value == "" or value == []:
        return InvalidInput("field_required", label=label) if spec.required else None
    if spec.max_length is not None and isinstance(value, str) and len(value) > spec.max_length:
        return InvalidInput("field_too_long", label=label, limit=spec.max_length, length=len(value))
    if spec.kind is FieldKind.CURRENCY and not re.fullmatch(r"[A-Z]{3}", str(value)):
        return InvalidInput("field_not_a_currency", label=label)
    if isinstance(value, Decimal) and not value.is_finite():
        # NaN or Infinity from anywhere but a number box (which refuses them as typed):
        # comparing it below raised InvalidOperation on the GUI thread (wait40b). The
        # database's sentence for it (DW043, nan40).
        return InvalidInput("field_not_a_number", label=label, text=str(value), field=spec.name)
    if isinstance(value, int | Decimal) and not isinstance(value, bool):
        return _check_number(spec, Decimal(value))
    if spec.choices is not None and value not in {c.value for c in spec.choices}:
        return InvalidInput("field_not_a_choice", label=label)
    return None


def _check_number(spec: FieldSpec, number: Decimal) -> InvalidInput | None:
    label = spec.label
    low, high = spec.minimum, spec.maximum
    if low is not None and high is not None and not (low <= number <= high):
        return InvalidInput(
            "field_between", label=label, minimum=_number_text(low), maximum=_number_text(high)
        )
    if low is not None and (number <= low if spec.minimum_exclusive else number < low):
        code = "field_above" if spec.minimum_exclusive else "field_at_least"
        return InvalidInput(code, label=label, minimum=_number_text(low))
    if high is not None and (number >= high if spec.maximum_exclusive else number > high):
        code = "field_below" if spec.maximum_exclusive else "field_at_most"
        return InvalidInput(code, label=label, maximum=_number_text(high))
    if spec.scale is not None:
        exponent = number.as_tuple().exponent
        if isinstance(exponent, int) and -exponent > spec.scale:
            return InvalidInput("field_too_precise", label=label, scale=spec.scale)
    if spec.precision is not None and spec.scale is not None:
        digits = spec.precision - spec.scale
        if abs(number) >= Decimal(10) ** digits:
            return InvalidInput("field_too_big", label=label, digits=digits)
    if spec.kind is FieldKind.INT and not (-(2**31) <= number < 2**31):
        return InvalidInput("field_too_big", label=label, digits=10)
    return None


def _check_comparison(form: FormSpec, rule: Comparison, values: Mapping[str, Any]):
    left, right = values.get(rule.left), values.get(rule.right)
    if left is None or right is None or left == "" or right == "":
        return None
    try:
        ok = left >= right if rule.op == ">=" else left > right
    except TypeError:
        return None  # mixed types: the database decides
    if ok:
        return None
    is_time = isinstance(left, dt.date)
    return _order_error(form.fields[rule.left].label, form.fields[rule.right].label, rule, is_time)


def validate(
    form: FormSpec,
    values: Mapping[str, Any],
    *,
    new: bool,
    loaded: Mapping[str, Any] | None = None,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
) -> dict[str, InvalidInput]:
    """What is wrong with ``values`` (field -> error), before anything is sent.

    ``values`` holds the form's fields as Python values (None for empty); only fields the
    role may write (for ``new`` records, may insert) are checked one by one; comparisons
    look at every field given. ``loaded``, for a saved record, the values it was loaded
    with: a shift's or a patrol's span (DW446) is asked, as the database asks it, of a
    new row or when either moment changed, not of a stored span that stays (None: asked
    always). ``today``, the company's day (``dicel_company_day()``): read with a saved
    record (``record_facts.COMPANY_DAY``), or as a new record's window opens
    (``record_facts.company_clock``); every rule the database counts from today (a
    posting's closing date, a day received or enrolled, a new deal's close date) is
    asked on it, the desktop's day only where none was given. ``now``, the server's
    ``now()`` (an aware moment), read the same two ways (``record_facts.SERVER_NOW``):
    a report's moment (DW425) is asked against it, the desktop's clock only where none
    was given.
    An empty result means the database should accept them, as far as the constraints
    the client can see go.
    """
    errors: dict[str, InvalidInput] = {}
    for name, value in values.items():
        spec = form.fields.get(name)
        if spec is None or not form.editable(name, new=new):
            continue
        problem = _check_value(spec, value)
        before = _UNLOADED if new or loaded is None else loaded.get(name)
        contact = _contact_error(form.table, spec, value, before)
        if problem is None or (contact is not None and contact.params.get("cause") in _TWO):
            # Two numbers in a box too short for them: said as two rather than only as
            # too long (eye35 §4), which the clerk shortened to meet the phone sentence.
            problem = contact or problem
        if problem is not None:
            errors[name] = problem
    if new:
        for name in form.insertable:
            spec = form.fields[name]
            if spec.required and name not in values and name not in errors:
                errors[name] = InvalidInput("field_required", label=spec.label)
    for name in TYPED_IDENTIFIERS.get(form.table, ()):
        # Migration 0116 (DW022): a reference or number reads one way; the typed value
        # stays in the field for the person to correct.
        value = values.get(name)
        if name in errors or not form.editable(name, new=new) or not isinstance(value, str):
            continue
        if turns_direction(value):
            errors[name] = InvalidInput("direction_control", field=name)
    if new and form.table == "opportunities":
        # Migration 0089 (DW347): a new deal is not expected to close on a day past; an
        # existing one may be (the overdue flag says so). Asked on the company's day,
        # as the database counts it (the desktop's only where none was read).
        close = values.get("expected_close_date")
        if (
            isinstance(close, dt.date)
            and close < (today or dt.date.today())
            and "expected_close_date" not in errors
        ):
            errors["expected_close_date"] = InvalidInput(
                "close_date_passed", field="expected_close_date"
            )
    for name in sorted(_CALENDAR.get(form.table, frozenset()) & values.keys()):
        spec = form.fields.get(name)
        if spec is None or name in errors or not form.editable(name, new=new):
            continue
        problem = _outside_years(spec, values.get(name))
        if problem is not None:
            errors[name] = problem
    span = _SPANS.get(form.table)
    if span is not None and span[0] not in errors and span[1] not in errors:
        found = span_error(form, values, new=new, loaded=loaded)
        if found is not None:
            errors[found[0]] = found[1]
    reported = _REPORTED.get(form.table)
    if reported is not None and reported not in errors:
        problem = _reported_after_now(reported, values.get(reported), now)
        if problem is not None:
            errors[reported] = problem
    received = _RECEIVED.get(form.table)
    if received is not None and received not in errors:
        problem = _received_after_today(form.table, received, values.get(received), today)
        if problem is not None:
            errors[received] = problem
    if not new and form.table in _CLOSES_AHEAD and _CLOSES_AHEAD[form.table][0] not in errors:
        found = _closes_before_today(form.table, values, loaded, today)
        if found is not None:
            errors[found[0]] = found[1]
    if form.table == "system_settings" and "setting_value" not in errors:
        # Migration 0096: a rate in percent, a leave allowance, an approval threshold take
        # the values that can mean them (the CHECK ..._setting_value_in_bounds), said with
        # the setting's own bound before sending.
        problem = setting_bound_error(values.get("setting_key"), values.get("setting_value"))
        if problem is None:
            problem = _paye_bands_error(values.get("setting_key"), values.get("setting_value"))
        if problem is None:
            # Migrations 0129, 0131: the company's phone and e-mail, printed on every invoice.
            problem = _setting_contact_error(
                form, values.get("setting_key"), values.get("setting_value")
            )
        if problem is not None:
            errors["setting_value"] = problem
    for rule in form.comparisons:
        if rule.left in errors:
            continue
        problem = _check_comparison(form, rule, values)
        if problem is not None:
            errors[rule.left] = problem
    return errors


# --------------------------------------------------------------------------- generated

_PRODUCT = re.compile(r"^\(?\s*(\w+)\s*([-+*])\s*(\w+)\s*\)?$")


def compute(spec: FieldSpec, values: Mapping[str, Any]) -> Decimal | int | None:
    """A generated column's value from its inputs, as the server will compute it
    (``quantity * unit_price``); None while an input is empty."""
    if spec.computed is None:
        return None
    match = _PRODUCT.match(spec.computed)
    if not match:
        return None
    a, op, b = match.groups()
    x, y = values.get(a), values.get(b)
    if x is None or y is None:
        return None
    result = x * y if op == "*" else x + y if op == "+" else x - y
    if isinstance(result, Decimal) and spec.scale is not None:
        result = result.quantize(Decimal(1).scaleb(-spec.scale))
    return result
