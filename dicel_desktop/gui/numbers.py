"""Numbers and money as a person reads and types them in their locale: exact Decimals.

One formatter and one parser for the whole program: the grid's cells, "My profile",
the filter popup and the record forms all write amounts with ``write_decimal`` /
``format_money`` and read them back with ``parse_decimal``. No float on the way, in
either direction: an amount of NUMERIC(15,2) comes out to the cent and goes back in
to the cent.

``NumberMarks`` is what the locale says about numbers (decimal sign, group separator
and group sizes, signs), read once from a QLocale into plain Python, so the grid can
format without a Qt call per cell. Group sizes come from Qt's own writing of an
integer: 1,234,567 (en), 1 234 567 (fr, a narrow no-break space), 12,34,567 (hi_IN),
1234 but 12.345 (es_ES). Digits are written and read as ASCII digits.

Parsing is strict. Text is read only as what this locale would mean by it, and refused
when it could mean something else or nothing: "1.5" in French (where "." is not the
decimal sign) is refused rather than read as 15, "1,5" in English (where "," groups
thousands) is refused rather than read as 15, and exponents ("1e5"), "NaN" and
"Infinity" are refused. A refusal is a ``NumberInputError`` whose ``problem`` says why;
``explain`` turns it into a sentence for the person.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum

from PySide6.QtCore import QCoreApplication, QLocale

# The currencies' decimals are the domain's (a refusal's sentence needs them below Qt);
# re-exported: the editors and the grid ask this module.
from dicel_desktop.domain.amounts import (  # noqa: F401
    ZERO_DECIMAL_CURRENCIES,
    fraction_places,
    minor_digits,
    money_places,
)
from dicel_desktop.gui.locale_writing import writing_locale

#: Spaces people type for a space-like group separator (fr: U+202F, which no keyboard has).
_SPACES = frozenset(" \u00a0\u202f\u2009")
#: Apostrophes people type for an apostrophe group separator (de_CH, fr_CH).
_APOSTROPHES = frozenset("'\u2019")
_MINUSES = ("-", "\u2212")
_DIGITS = frozenset("0123456789")
_EXPONENT = re.compile(r"\d\s*[eE]\s*[-+\u2212]?\s*\d")
_NOT_FINITE = frozenset({"nan", "snan", "qnan", "inf", "infinity", "∞"})
#: Candidates for a decimal sign in some locale: met where this locale has none, they
#: are a person's habit from another locale, and the answer names this one's.
_OTHER_DECIMAL_SIGNS = frozenset(".,\u066b")


@dataclass(frozen=True, slots=True)
class NumberMarks:
    """What a locale writes in numbers, as plain Python (safe on any thread)."""

    point: str = "."
    #: "" when the locale groups no digits.
    group: str = ","
    minus: str = "-"
    plus: str = "+"
    #: Digits in the group next to the decimal sign, and in each group further left.
    first: int = 3
    higher: int = 3
    #: Groups only from ``first + least`` integer digits on (es_ES: 1234, 12.345).
    least: int = 1
    #: Python's "," grouping then a swap of marks writes this locale (the fast path).
    _translate: dict[int, str] | None = field(default=None, compare=False, repr=False)
    _western: bool = field(default=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        western = bool(self.group) and (self.first, self.higher, self.least) == (3, 3, 1)
        object.__setattr__(self, "_western", western)
        if (self.group, self.point) != (",", "."):
            object.__setattr__(self, "_translate", {ord(","): self.group, ord("."): self.point})

    @classmethod
    def from_qlocale(cls, locale: QLocale | None = None) -> NumberMarks:
        """Read ``locale`` (the default locale if None); call on the GUI thread."""
        locale = QLocale(locale) if locale is not None else QLocale()
        key = (locale.bcp47Name(), locale.name(), locale.numberOptions().value)
        marks = _MARKS.get(key)
        if marks is None:
            # Kinyarwanda's offices write 2,400,000.50, not CLDR's 2.400.000,50.
            locale = writing_locale(locale)
            marks = cls(
                point=locale.decimalPoint(),
                minus=locale.negativeSign(),
                plus=locale.positiveSign(),
                **_grouping(locale),
            )
            _MARKS[key] = marks
        return marks


#: Marks by locale: a few per session.
_MARKS: dict[tuple[str, str, int], NumberMarks] = {}


def _grouping(locale: QLocale) -> dict[str, object]:
    """The group separator and sizes, from Qt's writing of integers (exact for ints)."""
    group = locale.groupSeparator()
    sample = locale.toString(1234567890123)
    if not group or group not in sample:
        return {"group": ""}
    parts = sample.split(group)
    first = len(parts[-1])
    higher = len(parts[-2]) if len(parts) > 2 else first
    least = next((k for k in range(1, 4) if group in locale.toString(10 ** (first + k - 1))), 1)
    return {"group": group, "first": first, "higher": higher, "least": least}


# --------------------------------------------------------------------------- writing


def write_decimal(
    value: Decimal | int, marks: NumberMarks, *, places: int | None = 0, grouped: bool = True
) -> str:
    """``value`` in the locale's marks, exactly: at least ``places`` decimals (None: as
    many as the value stores, so 0.50 stays 0.50), and more when the value has more that
    are not zeros (nothing is ever rounded away)."""
    if value.__class__ is int:
        return _write(value, marks, 0, grouped)
    if not value.is_finite():
        return str(value)  # NUMERIC can hold NaN; say so rather than fail
    if places is None:
        exponent = value.as_tuple().exponent
        places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return _write(value, marks, max(places, fraction_places(value)), grouped)


def _write(value: Decimal | int, marks: NumberMarks, places: int, grouped: bool) -> str:
    """``value`` with exactly ``places`` decimals (the caller made sure none is lost)."""
    # copy_abs, not abs(): abs() rounds to the context's 28 digits.
    magnitude = value.copy_abs() if value.__class__ is Decimal else abs(value)
    if grouped and marks._western:
        text = f"{magnitude:,.{places}f}"
        if marks._translate is not None:
            text = text.translate(marks._translate)  # the locale's own marks, in one pass
    else:
        text = f"{magnitude:.{places}f}"
        integer, _, fraction = text.partition(".")
        if grouped:
            integer = _grouped(integer, marks)
        text = f"{integer}{marks.point}{fraction}" if fraction else integer
    return marks.minus + text if value < 0 else text


def _grouped(digits: str, marks: NumberMarks) -> str:
    if not marks.group or len(digits) < marks.first + marks.least:
        return digits
    head, parts = digits[: -marks.first], [digits[-marks.first :]]
    while len(head) > marks.higher:
        parts.append(head[-marks.higher :])
        head = head[: -marks.higher]
    if head:
        parts.append(head)
    return marks.group.join(reversed(parts))


def write_money(value: Decimal, currency: str, marks: NumberMarks) -> str:
    """``1,250,000 RWF``, ``1,250,000.50 RWF``, ``75.50 USD``: exact, never rounded."""
    if not value.is_finite():
        return f"{value} {currency}"
    return f"{_write(value, marks, money_places(value, currency), True)} {currency}"


def format_money(amount: Decimal, currency: str, locale: QLocale) -> str:
    """An amount as a person reads it in ``locale``, exact to the cent (no float)."""
    return write_money(amount, currency, NumberMarks.from_qlocale(locale))


def format_decimal(
    value: Decimal | int, locale: QLocale, *, places: int | None = 0, grouped: bool = True
) -> str:
    """A number as a person reads it in ``locale``; ``parse_decimal`` reads it back."""
    return write_decimal(value, NumberMarks.from_qlocale(locale), places=places, grouped=grouped)


def format_percent(value: Decimal | int, locale: QLocale) -> str:
    """A rate as a person reads it in ``locale``: "6 %", "0.3 %", French "0,3 %" (as many
    decimals as it has, none added; a no-break space keeps the sign with its number, as
    the dashboards write a share)."""
    return f"{format_decimal(value, locale)}\u00a0%"


def write_count(said: str, count: int, locale: QLocale, *, shown: Decimal | None = None) -> str:
    """A sentence ``tr("... %n ...", "", count)`` gave back, its count written as the
    person reads numbers ("1,048,575 rows", "1 048 575 lignes"): Qt writes ``%n`` bare
    ("1048575"), and ``%Ln`` in CLDR's marks (Kinyarwanda's 1.048.575, not its offices'
    1,048,575). Only the count is rewritten, not the "1" of a "%1" still to fill in.
    ``shown``: the number written in the count's place, a fraction whose form ``count``
    chose (:func:`plural_count`): "0,5 jour ouvré" from "1 jour ouvré"."""
    found = re.compile(rf"(?<![%\d]){count}(?!\d)")
    number = count if shown is None else shown
    return found.sub(lambda _m: format_decimal(number, locale, places=None), said, count=1)


def plural_count(value: Decimal | int, locale: QLocale) -> int:
    """The whole count whose plural form ``value`` takes in ``locale``'s language, for
    ``tr``'s ``%n`` (which takes only an integer): a whole value itself; a fraction, by
    the language's rule for fractions (CLDR's): French takes the singular below 2 (« 0,5
    jour », « 1,5 jour », « 2,5 jours »: its "one" is an integer part of 0 or 1); English
    and Kinyarwanda the plural ("0.5 days", "iminsi 0.5": their singular is exactly 1)."""
    whole = int(value)
    if value == whole:
        return whole
    if locale.language() == QLocale.Language.French and abs(value) < 2:
        return 1
    return 2


def write_counted(say: Callable[[int], str], value: Decimal | int, locale: QLocale) -> str:
    """The sentence ``say(n)`` gives for a whole count (a ``tr("... %n ...", "", n)``),
    in the form ``value`` takes in ``locale``'s language (:func:`plural_count`) and with
    ``value`` written in the count's place in the person's marks: "1 jour pris", "il
    restera 0,5 jour", "1.5 left to request". A sentence whose other words follow the
    count (French « encore disponible(s) ») agrees with it this way, not only a noun
    counted alone."""
    form = plural_count(value, locale)
    return write_count(say(form), form, locale, shown=None if value == form else value)


# --------------------------------------------------------------------------- reading


class Problem(Enum):
    """Why a text is not a number in the locale (``explain`` says it in words)."""

    EMPTY = "empty"
    NO_DIGITS = "no_digits"
    EXPONENT = "exponent"
    NOT_FINITE = "not_finite"
    FOREIGN_DECIMAL_SIGN = "foreign_decimal_sign"
    MISPLACED_GROUP = "misplaced_group"
    GROUP_IN_FRACTION = "group_in_fraction"
    SEVERAL_POINTS = "several_points"
    NO_FRACTION = "no_fraction"
    MISPLACED_SIGN = "misplaced_sign"
    STRAY = "stray"


class NumberInputError(ValueError):
    """``text`` is not a number in this locale; ``mark`` is the character at fault."""

    def __init__(self, text: str, problem: Problem, marks: NumberMarks, mark: str = "") -> None:
        super().__init__(f"{problem.value}: {text!r}")
        self.text = text
        self.problem = problem
        self.marks = marks
        self.mark = mark


def parse_decimal(text: str, locale: QLocale) -> Decimal:
    """The number ``text`` means in ``locale``, exactly; ``NumberInputError`` otherwise
    (empty text included: callers decide what empty means)."""
    return read_decimal(text, NumberMarks.from_qlocale(locale))


def read_decimal(text: str, marks: NumberMarks) -> Decimal:
    """``parse_decimal`` with marks already read from the locale."""

    def refuse(problem: Problem, mark: str = "") -> NumberInputError:
        return NumberInputError(text, problem, marks, mark)

    body = text.strip()
    if not body:
        raise refuse(Problem.EMPTY)
    if body.casefold().lstrip("+-\u2212") in _NOT_FINITE or "∞" in body:
        raise refuse(Problem.NOT_FINITE)
    if _EXPONENT.search(body):
        raise refuse(Problem.EXPONENT)
    negative = False
    for sign in sorted({marks.minus, *_MINUSES}, key=len, reverse=True):
        if body.startswith(sign):
            negative, body = True, body[len(sign) :]
            break
    else:
        for sign in sorted({marks.plus, "+"}, key=len, reverse=True):
            if body.startswith(sign):
                body = body[len(sign) :]
                break

    runs: list[str] = []  # the integer's digit runs, between group separators
    run = ""
    after_point = False
    for char in body:
        if char in _DIGITS:
            run += char
        elif char == marks.point:
            if after_point:
                raise refuse(Problem.SEVERAL_POINTS, char)
            runs.append(run)
            run, after_point = "", True
        elif is_group(char, marks):
            if after_point:
                raise refuse(Problem.GROUP_IN_FRACTION, char)
            runs.append(run)
            run = ""
        elif char in "+-\u2212" or char in marks.minus or char in marks.plus:
            raise refuse(Problem.MISPLACED_SIGN, char)
        elif char in _OTHER_DECIMAL_SIGNS:
            raise refuse(Problem.FOREIGN_DECIMAL_SIGN, char)
        else:
            raise refuse(Problem.STRAY, char)
    fraction = run if after_point else ""
    if not after_point:
        runs.append(run)
    integer = "".join(runs)
    if not integer and not fraction:
        raise refuse(Problem.NO_DIGITS)
    if after_point and not fraction:
        raise refuse(Problem.NO_FRACTION, marks.point)
    if len(runs) > 1 and not _well_grouped(runs, marks):
        raise refuse(Problem.MISPLACED_GROUP, marks.group)
    sign = "-" if negative else ""
    return Decimal(f"{sign}{integer or '0'}.{fraction}" if fraction else f"{sign}{integer}")


def is_group_mark(char: str, locale: QLocale) -> bool:
    """Whether ``char`` reads as ``locale``'s thousands separator (a typed space counts
    where the locale groups with a narrow one)."""
    return is_group(char, NumberMarks.from_qlocale(locale))


def is_group(char: str, marks: NumberMarks) -> bool:
    group = marks.group
    if not group:
        return False
    if char == group:
        return True
    return (group in _SPACES and char in _SPACES) or (
        group in _APOSTROPHES and char in _APOSTROPHES
    )


def _well_grouped(runs: list[str], marks: NumberMarks) -> bool:
    """Digit runs split by group separators, as the locale groups them. A head of zeros
    groups nothing: "0,500" in English is how French writes half, never 500 (gui40fix,
    review40c #2); "0,050", "00,500" and "0,500,000" neither."""
    head, *middle, last = runs
    return (
        1 <= len(head) <= marks.higher
        and not head.startswith("0")
        and all(len(run) == marks.higher for run in middle)
        and len(last) == marks.first
    )


# --------------------------------------------------------------------------- in words


def mark_name(mark: str) -> str:
    if mark in _SPACES:
        return QCoreApplication.translate("Numbers", "a space")
    return f"“{mark}”"


def grouped_elsewhere(text: str, mark: str) -> Decimal | None:
    """The whole number ``text`` is when ``mark`` (not this locale's group separator)
    groups its digits by three, as another convention writes it (French « 60.000 »,
    « 150,000 » copied from an English delivery note); None when it does not."""
    head, *groups = text.strip().split(mark)
    meant = head + "".join(groups)
    if groups and all(len(g) == 3 for g in groups) and meant and set(meant) <= set("0123456789"):
        return Decimal(meant)
    return None


def money_grouped_elsewhere(
    text: str,
    marks: NumberMarks,
    currency: str,
    *,
    whole_units: bool = True,
    scale: int | None = None,
) -> str:
    """What to say of an amount in ``currency`` whose digits are grouped by three with a
    mark that is not this locale's group separator (« 150,000 » in French, "150.000" in
    English or Kinyarwanda); "" when it is not one. Read as this locale reads it, that
    text is a thousand times smaller (150), since the trailing zeros of a fraction count
    for nothing (money40 #1). Where the box takes no fraction of a unit (RWF in a
    ``whole_units`` box: a payment, an expense, a salary), the digits are a thousands
    group: said as :func:`explain` says a whole amount grouped another way, "write
    150 000". Where it takes one, three digits after the decimal sign may be the fraction
    as much as a thousands group: both readings are offered, the person chooses, nothing
    is guessed. In a currency with cents (USD) "write 150 000 or 150,00"; in francs in a
    box that is not ``whole_units`` (a unit price or cost, ``scale`` decimals: « 2,500 »
    is 2.5 francs as much as 2 500, gui40fix), "write 2 500 or 2,5". A fraction the box
    cannot hold (more decimals than it takes), or two groups ("1.250.000"), can only be
    thousands: the whole amounts' sentence."""
    body = text.strip()
    minor = minor_digits(currency)
    zeros = _zero_headed(body, marks)
    if zeros is not None:
        # "0,500" in English: the half a French writer meant, or 500 written oddly;
        # neither is read, the sentence says how this language writes it.
        return explain(zeros, whole=whole_units and minor == 0)
    used = [mark for mark in ".," if mark in body and not is_group(mark, marks)]
    meant = grouped_elsewhere(body, used[0]) if len(used) == 1 else None
    head = body.split(used[0], 1)[0] if used else ""
    # "0,500" or ",500" is no thousands grouping: read as the locale reads it.
    if meant is None or not marks.group or not head or head.startswith("0") or len(head) > 3:
        return ""
    takes = minor if whole_units or scale is None else max(minor, scale)
    fraction = Decimal(body.replace(used[0], ".")) if body.count(used[0]) == 1 else None
    if (
        minor
        and fraction is not None
        and used[0] == marks.point
        and fraction_places(fraction) > minor
    ):
        # A currency with cents written with the locale's own decimal sign and a third
        # decimal ("117.996" USD in English): a payment to the tenth of a cent, refused as
        # too precise by the box's own check (DW336's words), not read as thousands.
        return ""
    if takes == 0 or fraction is None or fraction_places(fraction) > takes:
        error = NumberInputError(body, Problem.FOREIGN_DECIMAL_SIGN, marks, used[0])
        return explain(error, whole=True)
    if minor == 0:
        return QCoreApplication.translate(
            "Numbers", "“{text}” reads two ways here: write {thousands} or {fraction}."
        ).format(
            text=body,
            thousands=write_decimal(meant, marks),
            fraction=write_decimal(fraction, marks),
        )
    return QCoreApplication.translate(
        "Numbers",
        "“{text}”: amounts in {currency} have at most {places} decimals: write {thousands}"
        " or {fraction}.",
    ).format(
        text=body,
        currency=currency,
        places=minor,
        thousands=write_decimal(meant, marks),
        fraction=write_decimal(fraction, marks, places=minor),
    )


def _zero_headed(text: str, marks: NumberMarks) -> NumberInputError | None:
    """The refusal of ``text`` when it is this locale's group separator after a head of
    zeros or nothing ("0,500", ",500" in English), which :func:`read_decimal` refuses as
    a misplaced group; None otherwise."""
    try:
        read_decimal(text, marks)
    except NumberInputError as error:
        if error.problem is not Problem.MISPLACED_GROUP:
            return None
        body = text.strip().lstrip("+-\u2212" + marks.minus + marks.plus)
        head = next((body[:i] for i, char in enumerate(body) if is_group(char, marks)), None)
        return error if head is not None and set(head) <= {"0"} else None
    return None


def explain(error: NumberInputError, *, whole: bool = False) -> str:
    """What is wrong with the typed text, and what to type instead, in words. ``whole``:
    the box takes whole amounts only (a PAYE band's limit in RWF), so its example has no
    decimals, and a foreign decimal sign between groups of three digits (French «
    60.000 ») is taken for the grouping it was: "write 60 000" (eye35 §7)."""
    marks, text = error.marks, error.text
    point, mark = mark_name(marks.point), mark_name(error.mark)
    example = write_decimal(Decimal("1234567.89" if not whole else "1234567"), marks)
    problem = error.problem
    if whole and problem is Problem.FOREIGN_DECIMAL_SIGN and marks.group:
        meant = grouped_elsewhere(text, error.mark)
        if meant is not None:
            example = write_decimal(meant, marks)
        return QCoreApplication.translate(
            "Numbers",
            "“{text}”: here thousands are separated by {group}: write {example}.",
        ).format(text=text, group=mark_name(marks.group), example=example)
    if problem is Problem.EMPTY:
        return QCoreApplication.translate("Numbers", "Type a number.")
    if problem is Problem.NO_DIGITS:
        return QCoreApplication.translate("Numbers", "“{text}” has no digits.").format(text=text)
    if problem is Problem.EXPONENT:
        return QCoreApplication.translate(
            "Numbers", "“{text}” has an exponent: write the number in full, like {example}."
        ).format(text=text, example=example)
    if problem is Problem.NOT_FINITE:
        return QCoreApplication.translate(
            "Numbers", "“{text}” is not a number: type digits, like {example}."
        ).format(text=text, example=example)
    if problem is Problem.FOREIGN_DECIMAL_SIGN:
        return QCoreApplication.translate(
            "Numbers",
            "“{text}”: the decimal sign here is {point}, not {mark}; write it like {example}.",
        ).format(text=text, point=point, mark=mark, example=example)
    if problem is Problem.MISPLACED_GROUP:
        return QCoreApplication.translate(
            "Numbers",
            "“{text}”: {group} only separates groups of digits here, as in {example}; "
            "the decimal sign is {point}.",
        ).format(text=text, group=mark_name(marks.group), example=example, point=point)
    if problem is Problem.GROUP_IN_FRACTION:
        return QCoreApplication.translate(
            "Numbers", "“{text}”: digits after the decimal sign {point} are not grouped."
        ).format(text=text, point=point)
    if problem is Problem.SEVERAL_POINTS:
        return QCoreApplication.translate(
            "Numbers", "“{text}” has more than one decimal sign {point}."
        ).format(text=text, point=point)
    if problem is Problem.NO_FRACTION:
        return QCoreApplication.translate(
            "Numbers", "“{text}”: digits are missing after the decimal sign {point}."
        ).format(text=text, point=point)
    if problem is Problem.MISPLACED_SIGN:
        return QCoreApplication.translate(
            "Numbers", "“{text}”: a minus sign goes only in front of the number."
        ).format(text=text)
    return QCoreApplication.translate(
        "Numbers", "“{text}” is not a number: {mark} does not belong in one."
    ).format(text=text, mark=mark)
