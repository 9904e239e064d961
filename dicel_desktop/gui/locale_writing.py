"""How offices in the person's language write numbers and dates, where that is not how
CLDR (and so QLocale) writes them.

CLDR's Kinyarwanda writes 2.400.000,50 and 2027-01-26; Rwandan offices, the National
Bank's publications and invoices write 2,400,000.50 and 26/01/2027 (26/01/2027 14:30 for
a moment). A language listed in :data:`WRITTEN_AS` takes its number marks and its short
date patterns from the locale named there; its words (month and day names) stay its own.
Every place that writes or reads a number or a short date asks here (or ``NumberMarks``,
which does), never ``QLocale.dateFormat`` or ``QLocale.groupSeparator`` directly.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QLocale

#: A language whose offices write numbers and short dates as another locale does.
WRITTEN_AS: dict[QLocale.Language, str] = {QLocale.Language.Kinyarwanda: "en_RW"}

_SHORT = QLocale.FormatType.ShortFormat


def writing_locale(locale: QLocale | None = None) -> QLocale:
    """The locale whose number marks and date patterns ``locale`` (the default if None)
    writes with: itself, or the one its language's offices follow."""
    locale = QLocale(locale) if locale is not None else QLocale()
    other = WRITTEN_AS.get(locale.language())
    return QLocale(other) if other else locale


def four_digit_year(fmt: str) -> str:
    """A Qt date pattern with "yyyy" for "yy": in an ERP "3/4/25" is a question."""
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def date_pattern(locale: QLocale | None = None) -> str:
    """The short date pattern of ``locale``'s offices, with a four-digit year."""
    return four_digit_year(writing_locale(locale).dateFormat(_SHORT))


def datetime_pattern(locale: QLocale | None = None) -> str:
    """The short date-and-time pattern of ``locale``'s offices, with a four-digit year."""
    return four_digit_year(writing_locale(locale).dateTimeFormat(_SHORT))


def first_of_month(locale: QLocale | None = None) -> str:
    """The first day of a month as a sentence writes it beside the month's name: French
    « le 1er décembre » (the only day it writes as an ordinal), others "1"."""
    language = (locale or QLocale()).language()
    return "1er" if language == QLocale.Language.French else "1"


#: A pattern's day of the month, written alone ("d", not "dd" nor a day's name "ddd").
_LONE_DAY = re.compile(r"(?<![d'])d(?!d)")


def day_in_pattern(
    day: QDate, pattern: str, locale: QLocale | None = None, *, month_follows: bool = False
) -> str:
    """``day`` written with a Qt ``pattern`` that names its month ("d MMMM yyyy",
    "ddd d MMMM"), or that a month's name follows in the sentence (``month_follows``),
    its first day as the language says it there ("1er décembre"). Every day a sentence
    writes with its month's name goes through here (eye36, 5)."""
    locale = locale or QLocale()
    named = month_follows or "MMM" in pattern
    if day.day() == 1 and named and (first := first_of_month(locale)) != "1":
        pattern = _LONE_DAY.sub(f"'{first}'", pattern)
    return locale.toString(day, pattern)


#: Qt date-time pattern letters -> Excel's (a run of the same letter is one token).
_EXCEL_LETTERS = {"d": "d", "M": "m", "y": "y", "H": "h", "h": "h", "m": "m", "s": "s"}


def excel_format(pattern: str) -> str:
    """A Qt date or date-time pattern ("dd/MM/yyyy HH:mm") as an Excel number format
    ("dd/mm/yyyy hh:mm"): a spreadsheet's dates read as the window writes them. Day
    and month names stay (ddd, MMMM: Excel's mmm, mmmm); Qt's quoted text is Excel's
    quoted text; AP / ap is AM/PM (Excel then counts hours to 12)."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "'":  # quoted text; '' is an apostrophe
            end = pattern.find("'", i + 1)
            end = len(pattern) if end < 0 else end
            text = pattern[i + 1 : end] or "'"
            out.append('"' + text.replace('"', "") + '"')
            i = end + 1
            continue
        run = 1
        while i + run < len(pattern) and pattern[i + run] == ch:
            run += 1
        if ch in "Aa" and pattern[i + run : i + run + 1] in ("P", "p"):
            out.append("AM/PM")
            run += 1
        elif ch in _EXCEL_LETTERS:
            letter = _EXCEL_LETTERS[ch]
            if ch == "y":
                run = 4 if run >= 3 else 2
            elif ch == "d":
                run = min(run, 4)
            out.append(letter * run)
        elif ch in "zt":  # milliseconds, time zone: a cell has neither
            pass
        elif ch.isalpha():
            out.append("\\" + ch)
        else:
            out.append(ch)
        i += run
    return "".join(out).strip()
