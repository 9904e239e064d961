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

from PySide6.QtCore import QLocale

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
