"""A spreadsheet's dates read as the window writes them: Qt's patterns as Excel's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from dicel_desktop.gui.locale_writing import date_pattern, datetime_pattern, excel_format


@pytest.mark.parametrize("name", ["en_RW", "fr_RW", "fr_FR", "rw_RW"])
def test_rwandan_and_french_offices_read_day_month_year(name):
    locale = QLocale(name)
    assert excel_format(date_pattern(locale)) == "dd/mm/yyyy"
    assert excel_format(datetime_pattern(locale)) == "dd/mm/yyyy hh:mm"


@pytest.mark.parametrize(
    ("qt", "excel"),
    [
        ("M/d/yyyy h:mm Ap", "m/d/yyyy h:mm AM/PM"),
        ("dd.MM.yyyy HH:mm", "dd.mm.yyyy hh:mm"),
        ("yyyy-MM-dd", "yyyy-mm-dd"),
        ("d MMM yy", "d mmm yy"),
        ("dddd d 'de' MMMM", 'dddd d "de" mmmm'),
        ("HH:mm:ss.zzz t", "hh:mm:ss."),
    ],
)
def test_qt_patterns_become_excel_formats(qt, excel):
    assert excel_format(qt) == excel
