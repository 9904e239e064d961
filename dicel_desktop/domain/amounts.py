"""Numbers a sentence names (an amount still owed, a balance, a quantity in stock), kept as
numbers until someone reads them.

A refusal's DETAIL gives its numbers as data; the sentence is written where the reader's
locale is known. :class:`Amount` carries the exact Decimal (and, for money, its currency)
through ``DicelError.params``: the GUI writes it in the person's locale (grouping, decimal
sign, a currency's decimals: gui/error_sentences.py), and ``str()`` writes it in plain
English for the CLI and the logs ("3,787,800", "75.50"). Neither rounds anything away.

Which currencies have no minor unit in use (ISO 4217: 0 decimals) is said here, once, for
the GUI's money formatter, its editors and this module alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

#: Currencies shown without decimals (ISO 4217 minor unit 0) unless an amount has cents;
#: the rest get two.
ZERO_DECIMAL_CURRENCIES = frozenset({"RWF", "BIF", "UGX", "JPY", "KRW", "XAF", "XOF", "CLP"})


#: The currency of an amount whose row names none (the company's books are in RWF).
HOME_CURRENCY = "RWF"


#: Every money column a person types whose amounts are in whole units of a currency
#: without a minor unit (RWF): (table, amount column) -> its currency column, None where
#: the row names none (the home currency's, RWF). The database refuses a fraction typed
#: anew in one (migration 0039's expenses and salaries: DW330; the rest, migration 0089:
#: DW346 in francs) and the form's amount box before. Not here, as decided (docs/
#: decisions.md, "Francs are whole"): money the server computes or books as owed
#: (transactions, invoices and their VAT, payslips, budgets' spending, order totals,
#: an account's balance) and prices or costs per unit (a fraction of a franc per unit
#: is a price; the total is paid).
WHOLE_AMOUNTS: dict[tuple[str, str], str | None] = {
    ("expenses", "amount"): "currency",
    ("employees", "salary"): "salary_currency",
    ("contracts", "total_value"): "currency",
    ("budgets", "allocated_amount"): None,
    ("departments", "budget"): None,
    ("leads", "estimated_value"): None,
    ("opportunities", "estimated_value"): None,
    ("marketing_campaigns", "budget"): None,
    ("job_postings", "salary_range_min"): None,
    ("job_postings", "salary_range_max"): None,
    ("training_programs", "cost"): None,
    ("it_assets", "purchase_cost"): None,
    ("recovery_cases", "amount_involved"): None,
}


def minor_digits(currency: str | None) -> int:
    """Decimals a currency's amounts are paid in: 0 for RWF, 2 for USD or EUR (None:
    the home currency's)."""
    return 0 if (currency or HOME_CURRENCY) in ZERO_DECIMAL_CURRENCIES else 2


def fraction_places(value: Decimal) -> int:
    """Digits after the decimal sign that are not trailing zeros (1.50 -> 1, 2.00 -> 0)."""
    _sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int) or exponent >= 0:
        return 0
    places, index = -exponent, len(digits)
    while places and index and digits[index - 1] == 0:
        places -= 1
        index -= 1
    return places if index else 0


def most_of(precision: int, scale: int) -> Decimal:
    """The largest amount a ``numeric(precision, scale)`` column holds: 9,999,999,999.99
    for an invoice line's or a document's numeric(12,2) total (DW901-DW903, migration
    0144, which freezes it). Read from the column, so a form asks what the database
    keeps."""
    return Decimal(10) ** (precision - scale) - Decimal(1).scaleb(-scale)


def money_places(value: Decimal, currency: str) -> int:
    """Decimals to show: the currency's usual ones; two for a zero-decimal currency
    (RWF) only when the amount has cents, which are then never hidden; more only for
    digits a NUMERIC(15,2) cannot hold, never rounded away."""
    minor = minor_digits(currency)
    exponent = value.as_tuple().exponent
    if not isinstance(exponent, int) or exponent >= -minor:
        return minor
    if minor == 0 and exponent >= -2:  # the stored cents of an RWF amount
        return 0 if value == value.to_integral_value() else 2
    significant = fraction_places(value)
    return max(minor, significant) if minor or significant == 0 else max(2, significant)


@dataclass(frozen=True, slots=True)
class Amount:
    """A number in a sentence: money when ``currency`` is given (the sentence names the
    currency itself), otherwise a quantity written with the decimals it has."""

    value: Decimal
    currency: str | None = None

    @classmethod
    def parse(cls, text: object, currency: str | None = None) -> Amount | None:
        """The number a DETAIL gave as text or JSON number; None when it is not one."""
        try:
            value = Decimal(str(text))
        except (InvalidOperation, ValueError):
            return None
        return cls(value, currency) if value.is_finite() else None

    @property
    def places(self) -> int:
        """Decimals to write: the currency's (money), or the value's own that are not 0."""
        if self.currency:
            return money_places(self.value, self.currency)
        return fraction_places(self.value)

    def __str__(self) -> str:
        # English marks: for the CLI and the logs (the GUI writes the reader's own).
        return f"{self.value:,.{self.places}f}"
