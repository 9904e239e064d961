"""Step lines (``domain.step_lines``) in the person's language: each form translated
(context ``step_lines``), the day as their sentences write it ("6 décembre 2026", as a
refusal's day), a quantity in their digits. The record's box, the list's cell (and so
its tooltip and its print) and the form's print show a record's text through it; what
is stored is never changed by it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from dicel_desktop.domain.step_lines import FORMS, WORDS, ShownText, StepLine, sayer, show_lines
from dicel_desktop.gui.numbers import NumberMarks, write_decimal
from dicel_desktop.gui.translations import day_in_words

__all__ = ["DAY_PATTERN", "forms_in_words", "has_step_lines", "say_in_words", "shown_text"]

#: A step line's day, as ``day_in_words`` writes it (a Qt pattern, for the list's
#: formatter, which writes dates without Qt).
DAY_PATTERN = "d MMMM yyyy"


def forms_in_words() -> dict[str, str]:
    """Each step line's form (its English) -> the form in the person's language."""
    return {form: QCoreApplication.translate("step_lines", form) for form in WORDS}


def has_step_lines(table: str, column: str) -> bool:
    """Whether steps write dated lines into ``table``'s ``column``."""
    return (table, column) in FORMS


def say_in_words(
    day: Callable[[dt.date], str] | None = None, marks: NumberMarks | None = None
) -> Callable[[StepLine], str]:
    """What says a step line as the person reads it (the default locale); ``day`` writes
    its day (by default as a sentence of the window does), ``marks`` its quantities' digits
    (by default the locale's): a list's formatter gives its own."""
    locale = QLocale()
    marks = marks or NumberMarks.from_qlocale(locale)
    return sayer(
        forms_in_words(),
        day or (lambda value: day_in_words(value, locale)),
        lambda number: write_decimal(Decimal(number), marks, places=None),
    )


def shown_text(table: str, column: str, stored: str) -> ShownText | None:
    """``stored``, the text of ``table``'s ``column``, as the person is shown it; None
    where no step writes lines."""
    forms = FORMS.get((table, column))
    if not forms:
        return None
    return show_lines(stored, forms, say_in_words())
