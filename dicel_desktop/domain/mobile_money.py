"""Which network a Rwandan mobile-money number is on, so which method pays it (code
review 31, F2). No Qt, no database.

One rule, read the same way everywhere: the database gives a payslip its person's method
from their MoMo number (``dicel_payslip_method``, migration 0108, which froze
``AIRTEL_PREFIXES``; tests/db/test_payroll_flow.py holds the two equal), a payment's How
follows a wallet's number (``gui.workflows.money_fields.method_of_account``), and the
demo writes its payslips by it (``demo.payroll``).
"""

from __future__ import annotations

import re

from dicel_desktop.domain.states import PaymentMethod

__all__ = ["AIRTEL_PREFIXES", "mobile_money_method", "national_number"]

#: Airtel Rwanda's mobile prefixes (after +250): a MoMo number of theirs is paid by
#: Airtel Money, any other (MTN's 78, 79) by MTN MoMo.
AIRTEL_PREFIXES = ("72", "73")

_NOT_A_DIGIT = re.compile(r"\D")
#: What a number may start with before its prefix: the country code or the trunk 0,
#: once ("+250 788 ...", "0788 ...").
_LEADING = re.compile(r"^(250|0)")


def national_number(number: str) -> str:
    """The digits of ``number`` after the country code or trunk 0 ("+250 733 500 100",
    "AIRTEL-0733500100" -> "733500100"), as migration 0108 reads them."""
    return _LEADING.sub("", _NOT_A_DIGIT.sub("", number), count=1)


def mobile_money_method(number: str) -> str:
    """How a MoMo ``number`` is paid: ``airtel_money`` on Airtel's prefixes, ``mtn_momo``
    otherwise (MTN's own, and a number that says no prefix), as 0108's trigger does."""
    if national_number(number)[:2] in AIRTEL_PREFIXES:
        return PaymentMethod.AIRTEL_MONEY.value
    return PaymentMethod.MTN_MOMO.value
