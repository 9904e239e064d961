"""The values a system setting DICEL computes with may take (migration 0096, psql29's
notes). No Qt, no database.

Migration 0010 checks that a setting's value reads as its type; any number passed. An
administrator could set ``payroll.pension_rate_percent`` to 150 or
``payroll.allowance_rate_percent`` to -50: the next payroll run then stopped on a bare
"net salary must be at least 0", a field HR never typed, far from the setting at fault.
Now a setting whose key names what it is takes only the values that can mean it (the
CHECK ``ck_system_settings_setting_value_in_bounds``, calling
``dicel_setting_value_in_bounds(key, value)``), and the settings form says so before
saving. Only a value that reads as a number is bounded (``dicel_setting_number`` reads
any other as absent, its fallback then). The migration freezes these bounds;
tests/security/test_assets_pay_months_and_attendance.py holds them equal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

__all__ = ["NUMBER", "SETTING_BOUNDS", "SettingBound", "bound_of", "out_of_bounds"]

#: A value ``dicel_setting_number`` reads as a number (migration 0014), blanks around.
NUMBER = r"^\s*-?[0-9]+(\.[0-9]+)?\s*$"


@dataclass(frozen=True)
class SettingBound:
    #: A regular expression on the key, read alike by Python and PostgreSQL (``~``).
    key: str
    least: Decimal
    #: None: no upper bound.
    most: Decimal | None = None
    #: Whole numbers only ("25.0" is one): a day of the month (24.5 was read as the 25th,
    #: migration 0107).
    whole: bool = False
    #: A count of days (leave): the form's sentence says "days" (wording only, not frozen).
    days: bool = False


#: The first bound whose key matches applies.
SETTING_BOUNDS: tuple[SettingBound, ...] = (
    # A rate in percent: VAT, the payroll's allowance, pension, maternity, CBHI.
    SettingBound(r"_rate_percent$", Decimal(0), Decimal(100)),
    # Leave a year, in working days, per type: whole days, at most a year's (migration
    # 0126; 1000 was taken, and 18.5 days a year of a leave taken in whole days).
    SettingBound(r"^leave\.allowance\.", Decimal(0), Decimal(366), whole=True, days=True),
    # An amount from which another level approves (orders, expenses).
    SettingBound(r"_threshold(_|$)", Decimal(0)),
    # A day of the month (salaries are paid on the 25th): 45 was taken (eye29b).
    SettingBound(r"^payroll\.pay_day$", Decimal(1), Decimal(31), whole=True),
    # How far back a leave request may start, in whole days, at most a year (migration
    # 0126): the database reads it as a whole count, and 99999999999 stopped every
    # request on a bare integer overflow.
    SettingBound(r"^leave\.max_days_in_past$", Decimal(0), Decimal(366), whole=True, days=True),
    # The largest file an upload takes, in MB (migration 0129, ``dicel_document_max_bytes``).
    # 0 refused every file and a negative one was read as absent (25 MB, without a word);
    # the least is 0.001 (1,049 bytes; a smaller fraction rounds toward none). At most 100:
    # the upload reads the whole file into memory and sends it in one statement, and the
    # server keeps it in one field (PostgreSQL's most is 1 GB); 99999999999999 stopped
    # every upload on a bare bigint overflow.
    SettingBound(r"^documents\.max_size_mb$", Decimal("0.001"), Decimal(100)),
    # A count of days or minutes nothing in DICEL reads: an invoice's payment terms,
    # when an arrival is late, a session's idle time (no ceiling that is clearly theirs).
    SettingBound(r"_(days|minutes)($|_)", Decimal(0)),
)


def bound_of(key: str | None) -> SettingBound | None:
    """The bound of the setting ``key``, or None."""
    for bound in SETTING_BOUNDS:
        if key and re.search(bound.key, key):
            return bound
    return None


def out_of_bounds(key: str | None, value: str | None) -> SettingBound | None:
    """The bound ``value`` breaks for the setting ``key``, or None when it keeps it (or
    is no number, or the key has none)."""
    bound = bound_of(key)
    if bound is None or value is None or not re.match(NUMBER, value):
        return None
    try:
        number = Decimal(value.strip())
    except InvalidOperation:
        return None
    if number < bound.least or (bound.most is not None and number > bound.most):
        return bound
    if bound.whole and number != number.to_integral_value():
        return bound
    return None
