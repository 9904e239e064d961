"""What a currency's amounts look like, wherever they are written (screen, print, files)."""

from __future__ import annotations

#: Currencies without a minor unit in use (ISO 4217 exponent 0, or cents long gone from
#: everyday money): their amounts read in whole units, 106,200 RWF.
ZERO_DECIMAL_CURRENCIES = frozenset({"RWF", "BIF", "UGX", "JPY", "KRW", "XAF", "XOF", "CLP"})
#: The currency of an amount whose row names none (the company's books are in RWF).
HOME_CURRENCY = "RWF"


def currency_places(currency: str | None) -> int:
    """The usual decimals of ``currency``'s amounts (None: the home currency)."""
    return 0 if (currency or HOME_CURRENCY) in ZERO_DECIMAL_CURRENCIES else 2
