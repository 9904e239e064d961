"""The rules a form's values must follow before they are sent, read from the same CHECK
constraints the database enforces, and the generated columns recomputed as their inputs
change. No Qt here.

:func:`parse_checks` reads a table's CHECKs into bounds per column and comparisons
between columns; :func:`validate` applies them (and lengths, NUMERIC precision, required
fields, currency codes and value lists) and says what is wrong in a person's words, field
by field; :func:`check_rule_error` words one CHECK the same way for a refusal of the
database (services.db_errors); :func:`compute` is a generated column's value.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from dicel_desktop.db.models import Base
from dicel_desktop.domain import paye_bands, setting_keys
from dicel_desktop.domain.contact_rules import (
    CONTACT_COLUMNS,
    EMAIL_COLUMNS,
    PHONE_COLUMNS,
    SETTING_EMAILS,
    SETTING_PHONES,
    contact_fault,
    contact_gap,
    contact_lacks_both,
    email_cause,
    email_fits,
    phone_cause,
    phone_fits,
)
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
from dicel_desktop.domain.errors import MESSAGES, InvalidInput, Phrase
from dicel_desktop.domain.setting_bounds import out_of_bounds
from dicel_desktop.domain.text_rules import TYPED_IDENTIFIERS, turns_direction
from dicel_desktop.services.columns import column_label
from dicel_desktop.services.db_error_words import field_words, moment_as_read, table_words
from dicel_desktop.services.form_types import Comparison, FieldKind, FieldSpec, FormSpec

__all__ = [
    "Rules",
    "check_rule_error",
    "compute",
    "lasts_too_long",
    "parse_checks",
    "span_fields",
    "validate",
]


# --------------------------------------------------------------------------- reading CHECKs

_IS_NULL = re.compile(r"^\(?\s*(\w+)\s+IS\s+NULL\s*\)?$", re.IGNORECASE)
_ATOM = re.compile(r"^\(?\s*(\w+)\s*(>=|<=|<>|>|<|=)\s*([\w.'-]+)\s*\)?$")
_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
_MIRROR = {">=": "<=", "<=": ">=", ">": "<", "<": ">"}


@dataclass
class Rules:
    bounds: dict[str, dict[str, Any]] = field(default_factory=dict)
    comparisons: list[Comparison] = field(default_factory=list)


def parse_checks(table: sa.Table) -> Rules:
    """Bounds and field comparisons from the table's CHECK constraints.

    Understands what the schema writes: ``a IS NULL OR ... OR <conditions>`` where the
    conditions are ``col op number`` or ``col op col`` joined by AND. Anything else (value
    lists, patterns, ``<>``) is left to the database and its error mapping.
    """
    rules = Rules()
    for constraint in table.constraints:
        if isinstance(constraint, sa.CheckConstraint):
            _parse_check(table, constraint, rules)
    return rules


def _parse_check(table: sa.Table, constraint: sa.CheckConstraint, rules: Rules) -> None:
    text = " ".join(str(constraint.sqltext).split())
    terms = [t for t in re.split(r"\s+OR\s+", text) if not _IS_NULL.match(t.strip())]
    if len(terms) != 1:
        return
    for atom in re.split(r"\s+AND\s+", terms[0]):
        match = _ATOM.match(atom.strip())
        if not match:
            continue
        left, op, right = match.groups()
        if op in ("<>", "=") or left not in table.c:
            continue
        if _NUMBER.match(right):
            _add_bound(rules.bounds.setdefault(left, {}), op, Decimal(right))
        elif right in table.c and right != "id":
            # The rule is reported on the field that comes later in a person's eyes:
            # the end date, the maximum.
            if op in ("<=", "<"):
                left, op, right = right, _MIRROR[op], left
            rules.comparisons.append(Comparison(left, op, right))


def _add_bound(bounds: dict[str, Any], op: str, value: Decimal) -> None:
    if op in (">=", ">"):
        bounds["minimum"] = value
        bounds["minimum_exclusive"] = op == ">"
    else:
        bounds["maximum"] = value
        bounds["maximum_exclusive"] = op == "<"


# --------------------------------------------------------------------------- checking


def _number_text(value: Decimal) -> str:
    return format(value.normalize(), "f") if value == value.to_integral() else str(value)


def _check_value(spec: FieldSpec, value: Any) -> InvalidInput | None:
    label = spec.label
    if value is None or value == "" or value == []:
        return InvalidInput("field_required", label=label) if spec.required else None
    if spec.max_length is not None and isinstance(value, str) and len(value) > spec.max_length:
        return InvalidInput("field_too_long", label=label, limit=spec.max_length, length=len(value))
    if spec.kind is FieldKind.CURRENCY and not re.fullmatch(r"[A-Z]{3}", str(value)):
        return InvalidInput("field_not_a_currency", label=label)
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


_ORDER_CODES = {
    (">=", True): "field_on_or_after",
    (">", True): "field_after",
    (">=", False): "field_at_least_field",
    (">", False): "field_above_field",
}


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


def _order_error(label: str, other: str, rule: Comparison, is_time: bool) -> InvalidInput:
    # ``other`` as said mid-sentence in English ("the start date"); ``other_label`` as the
    # form shows it, for a language that quotes labels ("« Date d'effet »", eye30r 10).
    return InvalidInput(
        _ORDER_CODES[(rule.op, is_time)],
        label=label,
        other=other.lower() if is_time else other,
        other_label=other,
    )


def check_rule_error(table: str, constraint: sa.CheckConstraint) -> InvalidInput | None:
    """What a CHECK constraint of ``table`` asks, in the words :func:`validate` uses when it
    is broken: a bound ("Rating must be between 1 and 5") or the order of two fields ("Due
    date must be on or after the invoice date"). ``params["field"]`` names the field to
    show it beside. None for CHECKs of another kind (value lists, patterns, named rules):
    services.db_errors words those."""
    model = Base.metadata.tables[table]
    rules = Rules()
    _parse_check(model, constraint, rules)
    if rules.comparisons:
        rule = rules.comparisons[0]
        is_time = isinstance(model.c[rule.left].type, sa.Date | sa.DateTime)
        error = _order_error(
            column_label(table, rule.left), column_label(table, rule.right), rule, is_time
        )
        error.params["field"] = rule.left
        return error
    for name, bounds in rules.bounds.items():
        error = _bounds_error(column_label(table, name), bounds)
        error.params["field"] = name
        return error
    return None


def _bounds_error(label: str, bounds: Mapping[str, Any]) -> InvalidInput:
    low, high = bounds.get("minimum"), bounds.get("maximum")
    if low is not None and high is not None:
        return InvalidInput(
            "field_between", label=label, minimum=_number_text(low), maximum=_number_text(high)
        )
    if low is not None:
        code = "field_above" if bounds.get("minimum_exclusive") else "field_at_least"
        return InvalidInput(code, label=label, minimum=_number_text(low))
    code = "field_below" if bounds.get("maximum_exclusive") else "field_at_most"
    return InvalidInput(code, label=label, maximum=_number_text(high))


def setting_bound_error(key: Any, value: Any) -> InvalidInput | None:
    """The bound of the setting ``key`` that ``value`` breaks, in words (migration 0096),
    naming the setting by what it is where its form says its purpose (eye35 §8)."""
    error = _setting_bound_by_key(key, value)
    subject = setting_keys.subject(key if isinstance(key, str) else None)
    if error is None or subject is None:
        return error
    params = {name: v for name, v in error.params.items() if name != "key"}
    code = error.code.replace("setting_value_", "setting_subject_", 1)
    return InvalidInput(code, subject=Phrase(subject), **params)


def _setting_bound_by_key(key: Any, value: Any) -> InvalidInput | None:
    bound = out_of_bounds(key if isinstance(key, str) else None, value)
    if bound is None:
        return None
    least = _number_text(bound.least)
    if bound.days and bound.most is not None:
        # Migration 0126: leave is counted in whole days, at most a year's.
        return InvalidInput(
            "setting_value_whole_days_between",
            key=key,
            least=least,
            most=_number_text(bound.most),
            field="setting_value",
        )
    if bound.whole and bound.most is not None:
        # Migration 0107: a day of the month (24.5 was read as the 25th).
        return InvalidInput(
            "setting_value_whole_between",
            key=key,
            least=least,
            most=_number_text(bound.most),
            field="setting_value",
        )
    if bound.most is None:
        return InvalidInput("setting_value_at_least", key=key, least=least, field="setting_value")
    return InvalidInput(
        "setting_value_between",
        key=key,
        least=least,
        most=_number_text(bound.most),
        field="setting_value",
    )


def _paye_bands_error(key: Any, value: Any) -> InvalidInput | None:
    """The PAYE bands' first fault (DW030's, migration 0124), in the words of the bands'
    table the form edits them with (paye35): its band and column, not the JSON."""
    if key != paye_bands.KEY or not isinstance(value, str):
        return None
    found = paye_bands.fault(value)
    if found is None:
        return None
    fault, band = found
    return InvalidInput(f"paye_band_row_{fault}", band=band, field="setting_value")


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


_PHONES = frozenset(PHONE_COLUMNS)
_EMAILS = frozenset(EMAIL_COLUMNS)
_CONTACTS = frozenset(CONTACT_COLUMNS)
#: No record loaded (a new one, or a caller that gives none): every part is asked.
_UNLOADED: Any = object()
#: Causes said before a length: two numbers or two addresses in one box.
_TWO = frozenset({"two_numbers", "two_addresses"})


#: A phone's and an e-mail's rule, refusal and why (DW035, DW036; migration 0125, 0132):
#: one table, so the two sentences cannot drift apart (review35c F8).
_SHAPES: dict[str, tuple[Callable[[str], bool], Callable[[str], str | None], str]] = {
    "phone": (phone_fits, phone_cause, "phone_not_a_number"),
    "email": (email_fits, email_cause, "email_not_an_address"),
}


def _as_text(contact: Any, part: str) -> str | None:
    """``contact``'s ``part`` as the trigger reads it (``->>``): text, or None."""
    found = contact.get(part) if isinstance(contact, Mapping) else None
    return None if found is None else str(found)


def _contact_error(
    table: str, spec: FieldSpec, value: Any, before: Any = _UNLOADED
) -> InvalidInput | None:
    """A phone or an e-mail of another shape (DW035, DW036, migration 0125), with why
    (``cause``, migration 0132), an emergency contact without its phone or its name
    (DW031, migration 0132), or one that is not one person written as texts (DW032,
    migration 0135): said beside the field before sending, in the database's
    sentence; the typed text stays.

    ``before``, a saved record's contact as loaded: as ``dicel_contact_shapes`` asks
    (migration 0130), a contact's phone and e-mail are asked only where they changed, and
    the name-and-phone rule only when the contact did (review35c F2: a name corrected
    while a phone stored before 0130 stays is accepted)."""
    key = (table, spec.name)
    if key in _PHONES and isinstance(value, str):
        return shape_error("phone", spec, value)
    if key in _EMAILS and isinstance(value, str):
        return shape_error("email", spec, value)
    if key not in _CONTACTS or value is None:
        return None
    if before is not _UNLOADED and before == value:
        return None  # a contact that stays is not asked (0130, 0132, 0135)
    contact = dict(value) if isinstance(value, Mapping) else value
    if contact_fault(contact) is not None:
        # Migration 0135 (DW032, psql36 #1): a list or a bare text typed in the raw JSON,
        # or a part that is not text; the form's own lines write neither.
        return InvalidInput("contact_not_one_person", field=spec.name)
    for part, (fits, cause, code) in _SHAPES.items():  # its phone, then its e-mail
        text = _as_text(contact, part)
        if before is not _UNLOADED and text == _as_text(before, part):
            continue
        if text is not None and not fits(text):
            return InvalidInput(
                f"contact_{code}",
                value=text,
                field=spec.name,
                part=part,
                cause=cause(text) or "",
            )
    gap = contact_gap(contact)
    if contact_lacks_both(contact):
        # The name line, the contact's first: where the typing starts.
        return InvalidInput("contact_without_name_or_phone", field=spec.name, part="name")
    if gap is not None:
        code = "contact_without_phone" if gap == "phone" else "contact_without_name"
        return InvalidInput(code, field=spec.name, part=gap)
    return None


def shape_error(kind: str, spec: FieldSpec, value: str, label: Any = None) -> InvalidInput | None:
    """DW035's (``kind`` "phone") or DW036's ("email") sentence for ``value`` typed in
    ``spec``'s box (named ``label``, else by its own label), with why; None when it is
    of its shape."""
    fits, cause, code = _SHAPES[kind]
    if fits(value):
        return None
    return InvalidInput(
        code,
        label=spec.label if label is None else label,
        value=value,
        field=spec.name,
        cause=cause(value) or "",
    )


def _setting_contact_error(form: FormSpec, key: Any, value: Any) -> InvalidInput | None:
    """The company's phone or e-mail setting of another shape (DW035, DW036 from the
    trigger system_settings_contact_shapes, migration 0131; 0129's CHECK until then): the
    sentence a phone or an e-mail column gets, beside the value. Empty is none, as NULL:
    the company may clear them."""
    spec = form.fields.get("setting_value")
    if spec is None or not isinstance(value, str) or value == "":
        return None
    # The company's phone, not "the setting's value" (eye35 §8).
    subject = setting_keys.subject(key if isinstance(key, str) else None)
    label = Phrase(subject) if subject is not None else spec.label
    if key in SETTING_PHONES:
        return shape_error("phone", spec, value, label=label)
    if key in SETTING_EMAILS:
        return shape_error("email", spec, value, label=label)
    return None


_CALENDAR: dict[str, frozenset[str]] = {}
for _table, _column in CALENDAR_DATES:
    _CALENDAR[_table] = _CALENDAR.get(_table, frozenset()) | {_column}


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
