"""The leave a year of joining or leaving earns (migration 0146): annual leave is earned
by the month of service, Rwanda's 1.5 working days a month for its 18 a year.

A month counts when the person is employed on its 15th (hired by the 15th, left on or
after it), so a month is never counted twice, at either end. The year's allowance is the
setting ``leave.allowance.<type>`` times the months over 12, rounded down to the half
day: 18's 1.5 a month is never rounded; another allowance (a company's 21) loses at most
half a day to the rounding, never gains one. The database holds the same rule
(``dicel_leave_service_months``, ``dicel_leave_allowance``, frozen in the migration);
the demo generator reads this one. Other types (sick, maternity ...) are a right of
their own, not earned by the month: not pro-rated.

Pure Python: no SQLAlchemy, no Qt.
"""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal

__all__ = ["COUNTED_DAY", "PRORATED_TYPES", "allowance", "service_months"]

#: The leave types earned by the month of service.
PRORATED_TYPES = ("annual",)
#: A month counts when the person is employed on this day of it.
COUNTED_DAY = 15


def service_months(year: int, hired: dt.date | None, left: dt.date | None) -> int:
    """The months of ``year`` whose 15th the person was employed on (0 to 12)."""
    return sum(
        1
        for month in range(1, 13)
        if (hired is None or dt.date(year, month, COUNTED_DAY) >= hired)
        and (left is None or dt.date(year, month, COUNTED_DAY) <= left)
    )


def allowance(yearly: Decimal | int | None, leave_type: str, months: int) -> Decimal | int | None:
    """The year's allowance of ``leave_type`` for ``months`` of service: ``yearly`` for a
    whole year or a type not pro-rated, else rounded down to the half day."""
    if yearly is None or leave_type not in PRORATED_TYPES or months >= 12:
        return yearly
    return Decimal(math.floor(Decimal(yearly) * months / 6)) / 2
