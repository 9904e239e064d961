"""Numbers as a person types and reads them in their locale: strict parsing into Decimal,
formatting with the locale's marks.

MERGE NOTE: ``parse_decimal`` here is the editors' own strict parser, written while the
shared one (``gui/cell_format.py::parse_decimal``, same signature, grid-hygiene branch)
was being built. At merge, delete it and import that one; the editors call it only
through this module's name ``parse_decimal``.

Strict means: a text that could mean something else in this locale is refused, not
guessed at. "1.5" in German (where "." groups thousands) is neither 1.5 nor 15; "1e5",
"NaN", "Infinity", two decimal points, or thousands groups of the wrong size are not
numbers. Grouping is optional ("1500000" and "1,500,000" are both read), and where the
locale groups with a kind of space a plain space is accepted too (nobody types U+202F).
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext

from PySide6.QtCore import QLocale

__all__ = ["format_decimal", "group_marks", "parse_decimal"]

#: Separators that look like a space: a person types an ordinary space for any of them.
_SPACES = frozenset({" ", "\u00a0", "\u202f", "\u2009"})
#: Minus signs a person may type whatever the locale says (hyphen, the real minus).
_MINUSES = ("-", "\u2212")
#: Apostrophes that group thousands in Switzerland: the straight one and the typographic.
_APOSTROPHES = frozenset({"'", "\u2019"})

_INTEGER_GROUPED = re.compile(r"[0-9]{1,3}(?:G[0-9]{3})+")
_INTEGER_PLAIN = re.compile(r"[0-9]+")
_FRACTION = re.compile(r"[0-9]+")


def group_marks(locale: QLocale) -> frozenset[str]:
    """Every character read as the locale's thousands separator."""
    group = locale.groupSeparator()
    if group in _SPACES:
        return _SPACES
    if group in _APOSTROPHES:
        return _APOSTROPHES
    return frozenset({group})


def _ascii_digits(text: str, locale: QLocale) -> str:
    """The locale's own digits (Arabic-Indic ...) as 0-9; ASCII digits stay."""
    zero = locale.zeroDigit()
    if zero == "0" or len(zero) != 1:
        return text
    base = ord(zero)
    return text.translate({base + d: str(d) for d in range(10)})


def _strip_sign(text: str, locale: QLocale) -> tuple[bool, str]:
    """(negative, the rest); the locale's signs (which may carry direction marks, as in
    Arabic) or the ones on every keyboard."""
    for minus in (locale.negativeSign(), *_MINUSES):
        if minus and text.startswith(minus):
            return True, text[len(minus) :]
    for plus in (locale.positiveSign(), "+"):
        if plus and text.startswith(plus):
            return False, text[len(plus) :]
    return False, text


def parse_decimal(text: str, locale: QLocale) -> Decimal:
    """``text`` as the exact Decimal it means in ``locale``; ValueError if it is not a
    plain number there (empty text included)."""
    text = _ascii_digits(text.strip(), locale)
    negative, body = _strip_sign(text, locale)
    body = body.strip()
    point = locale.decimalPoint()
    if not body or body.count(point) > 1:
        raise ValueError(f"not a number: {text!r}")
    integer, _, fraction = body.partition(point)
    marks = group_marks(locale)
    if point in marks:  # no known locale does this; refuse rather than guess
        raise ValueError("the locale's decimal point is also its group separator")
    grouped = "".join("G" if ch in marks else ch for ch in integer)
    if "G" in grouped:
        if not _INTEGER_GROUPED.fullmatch(grouped):
            raise ValueError(f"misplaced thousands separator: {text!r}")
    elif integer and not _INTEGER_PLAIN.fullmatch(integer):
        raise ValueError(f"not a number: {text!r}")
    if fraction and not _FRACTION.fullmatch(fraction):
        raise ValueError(f"not a number: {text!r}")
    digits = grouped.replace("G", "")
    if not digits and not fraction:
        raise ValueError(f"not a number: {text!r}")
    try:
        number = Decimal(f"{digits or '0'}.{fraction}" if fraction else digits)
    except InvalidOperation as exc:  # pragma: no cover - the patterns above rule it out
        raise ValueError(f"not a number: {text!r}") from exc
    # copy_negate, not "-": unary minus rounds to the context's 28 digits.
    return number.copy_negate() if negative else number


def format_decimal(
    value: Decimal | int, locale: QLocale, *, places: int | None = None, grouped: bool = True
) -> str:
    """``value`` in ``locale``'s marks, with ``places`` decimals (None: as many as the
    value has), grouped in thousands unless told not to. Exact: no float on the way."""
    number = Decimal(value)
    if places is None:
        exponent = number.as_tuple().exponent
        places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    else:
        with localcontext() as context:  # room for every digit: quantize must not fail
            context.prec = max(context.prec, len(number.as_tuple().digits) + places + 2)
            number = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    size = number.copy_abs()  # abs() would round to the context's 28 digits
    text = f"{size:,.{places}f}" if grouped else f"{size:.{places}f}"
    marks = {ord(","): locale.groupSeparator(), ord("."): locale.decimalPoint()}
    text = text.translate(marks)
    zero = locale.zeroDigit()
    if zero != "0" and len(zero) == 1:
        text = text.translate({ord(str(d)): chr(ord(zero) + d) for d in range(10)})
    # "-0" is not a number anybody writes.
    return locale.negativeSign() + text if number < 0 else text
