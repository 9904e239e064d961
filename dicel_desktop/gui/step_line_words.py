"""Step lines (``domain.step_lines``) in the person's language: each form translated
(context ``step_lines``), the day as their sentences write it ("6 décembre 2026", as a
refusal's day), a quantity in their digits. The record's box, the list's cell (and so
its tooltip and its print) and the form's print show a record's text through it; what
is stored is never changed by it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from dicel_desktop.domain.step_lines import (
    COUNTED,
    FORMS,
    WORDS,
    ShownText,
    StepLine,
    sayer,
    show_lines,
)
from dicel_desktop.gui.numbers import NumberMarks, plural_count, write_decimal
from dicel_desktop.gui.translations import day_in_words

__all__ = [
    "DAY_PATTERN",
    "StepLineCounts",
    "forms_in_words",
    "has_step_lines",
    "say_in_words",
    "shown_text",
]

#: A step line's day, as ``day_in_words`` writes it (a Qt pattern, for the list's
#: formatter, which writes dates without Qt).
DAY_PATTERN = "d MMMM yyyy"


def forms_in_words() -> dict[str, str]:
    """Each step line's form (its English) -> the form in the person's language."""
    return {form: QCoreApplication.translate("step_lines", form) for form in WORDS}


class StepLineCounts(QObject):
    """The step lines whose words agree with a count (``COUNTED``: a payslip's days paid,
    its unpaid working days, a leaver's untaken days, days paid back), each in the plural
    form of that count: « payé 1 jour sur les 30 du mois », « 1 jour ouvré sur 22 non
    payé ». lupdate reads plural forms only from ``self.tr``'s count
    (scripts/ts_kept.py), so each form is said here, word for word as
    ``domain.step_lines`` writes it (a test holds them equal)."""

    def said(self, form: str, count: int) -> str:
        """``form`` in the person's language for ``count``; the form itself (English)
        for a form not counted or not translated."""
        return dict(zip(COUNTED, self.words(count), strict=True)).get(form, form)

    def words(self, count: int) -> tuple[str, ...]:
        """The forms of ``COUNTED``, in its order, for ``count``."""
        return (
            self.tr(
                "Prorated on {day}: terminated on {ended}, paid {kept} of the month's"
                " {days} days (basic {basic}, allowances {allowances}, net {net} before).",
                "",
                count,
            ),
            self.tr(
                "Prorated on {day}: suspended, paid {kept} of the month's {days} days"
                " (basic {basic}, allowances {allowances}, net {net} before).",
                "",
                count,
            ),
            self.tr(
                "Restored on {day}: reinstated, paid {kept} of the month's {days} days"
                " (basic {basic}, allowances {allowances}, net {net} before).",
                "",
                count,
            ),
            self.tr(
                "Unpaid leave counted on {day}: {unpaid} of {working} working days not"
                " paid ({less} RWF off basic).",
                "",
                count,
            ),
            self.tr(
                "Untaken leave paid on {day}: {untaken} working days of annual leave"
                " ({worth} RWF in allowances).",
                "",
                count,
            ),
            self.tr(
                "Untaken leave paid on {day}: {untaken} working days of annual leave, final"
                " settlement of a termination on {ended} ({worth} RWF in allowances).",
                "",
                count,
            ),
            self.tr(
                "Unpaid leave paid back on {day}: {back} working days of {first} to {last}"
                " worked after all ({worth} RWF in allowances).",
                "",
                count,
            ),
        )


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
    counts = StepLineCounts()
    return sayer(
        forms_in_words(),
        day or (lambda value: day_in_words(value, locale)),
        lambda number: write_decimal(Decimal(number), marks, places=None),
        # A half day takes the form its language gives a fraction (« 1,5 jour »).
        lambda form, count: counts.said(form, plural_count(count, locale)),
    )


def shown_text(table: str, column: str, stored: str) -> ShownText | None:
    """``stored``, the text of ``table``'s ``column``, as the person is shown it; None
    where no step writes lines."""
    forms = FORMS.get((table, column))
    if not forms:
        return None
    return show_lines(stored, forms, say_in_words())
