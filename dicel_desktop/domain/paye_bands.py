"""The shape of the PAYE bands setting (migration 0124, eye34 #2). No Qt, no database.

``payroll.paye_bands`` was raw JSON nothing checked: ``[]`` took no PAYE from anyone, a
300 % band three times the gross, ``"60 000"`` stopped the next payroll run on a raw
cast error. The bands are a non-empty JSON array of ``{"upto": …, "rate": …}``: ``rate``
a number from 0 to 100 (percent), ``upto`` a whole number of RWF above the band before
it's, and ``null`` on the last band only, which is open. The database refuses any other
(``dicel_paye_bands_fault``, DW030, DETAIL ``action`` one of :data:`FAULTS` and ``band``);
tests/db/test_setting_keys.py holds this mirror equal to it.
"""

from __future__ import annotations

import json
from decimal import Decimal

__all__ = ["FAULTS", "KEY", "falling", "fault", "faults"]

#: The setting that holds the bands.
KEY = "payroll.paye_bands"

#: What may be wrong, as DW030's ``action`` names it: not a list of bands (or an empty
#: one), a band that is no {upto, rate}, a rate outside 0..100, an upper limit that is
#: not a whole number above the band before, an open band before the last, a last band
#: with a limit.
FAULTS = ("list", "band", "rate", "upto", "open", "last")


def _number(value: object) -> Decimal | None:
    """A JSON number as a Decimal; None for anything else (true is no number)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return Decimal(str(value))


def _no_constant(name: str) -> object:
    raise ValueError(name)  # NaN, Infinity: no JSON to PostgreSQL either


def fault(value: str | None) -> tuple[str, int] | None:
    """What is wrong with the bands ``value`` (a fault of :data:`FAULTS`, the band's
    position from 1, 0 for the whole list), or None when nothing is, or when it is no
    JSON at all (the type's check says that). The first of :func:`faults`: what the
    database names."""
    found = faults(value)
    return found[0] if found else None


def faults(value: str | None) -> list[tuple[str, int]]:
    """Every band's fault in ``value``, in band order, one at most per band (the bands
    editor says each beside its table, paye35); the first is the database's. After a
    band whose upper limit is wrong, the next is measured from the last right one."""
    if value is None:
        return []
    try:
        bands = json.loads(value, parse_float=Decimal, parse_constant=_no_constant)
    except ValueError:
        return []
    if not isinstance(bands, list) or not bands:
        return [("list", 0)]
    found: list[tuple[str, int]] = []
    previous = Decimal(0)
    for at, band in enumerate(bands, start=1):
        if not isinstance(band, dict) or "upto" not in band or "rate" not in band:
            found.append(("band", at))
            continue
        rate = _number(band["rate"]) if not isinstance(band["rate"], Decimal) else band["rate"]
        if rate is None or not Decimal(0) <= rate <= Decimal(100):
            found.append(("rate", at))
            continue
        upto = band["upto"]
        if upto is None:
            if at < len(bands):
                found.append(("open", at))
            continue
        if at == len(bands):
            found.append(("last", at))
            continue
        upto = _number(upto) if not isinstance(upto, Decimal) else upto
        if upto is None or upto != upto.to_integral_value() or upto <= previous:
            found.append(("upto", at))
            continue
        previous = upto
    return found


def falling(rates: list[Decimal | None]) -> tuple[tuple[int, Decimal, int, Decimal], ...]:
    """Every band whose rate is lower than the band before it's, in order: (its position
    from 1, its rate, the position and rate of the band it is lower than); none when the
    rates rise. Not a fault: Rwanda's PAYE rates rise band by band, so a lower one is
    most likely a slip (0.5 typed for 15, eye35 §7), and the form asks before saving,
    naming each (it named the first only); the database takes them (a site may have its
    reasons). A band without a rate is passed over: that is a fault of its own."""
    found: list[tuple[int, Decimal, int, Decimal]] = []
    before: tuple[int, Decimal] | None = None
    for at, rate in enumerate(rates, start=1):
        if rate is None:
            continue
        if before is not None and rate < before[1]:
            found.append((at, rate, before[0], before[1]))
        before = (at, rate)
    return tuple(found)
