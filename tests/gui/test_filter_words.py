"""A printed list's filters in words (gui/printing/filter_words.py)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale

from dicel_desktop.gui.cell_format import LocaleFormats, ValueFormatter
from dicel_desktop.gui.printing.filter_words import filter_text
from dicel_desktop.gui.translations import translated_table
from dicel_desktop.services.columns import table_spec
from dicel_desktop.services.listing import Between


def test_a_range_that_lets_empty_values_through_says_so(qapp):
    """The contracts in force: ending today or later, or with no end date at all (a
    print that said only "from 6 December" would hide the open-ended ones)."""
    spec = translated_table(table_spec("contracts"))
    values = ValueFormatter(LocaleFormats.from_qlocale(QLocale(QLocale.Language.English)))
    day = dt.date(2026, 12, 6)
    shown = values.date(day)
    assert filter_text(spec, "", [Between("end_date", day, None)], values) == (
        f"End date: from {shown}"
    )
    assert filter_text(spec, "", [Between("end_date", day, None, or_empty=True)], values) == (
        f"End date: from {shown}, or empty"
    )


def test_a_ticked_audit_action_prints_as_the_list_shows_it(qapp):
    """eye34 #5: the action's filter is a check list of codes now; a print says the words
    ticked ("Logged in"), not the code ("LOGIN")."""
    from dicel_desktop.services.listing import OneOf

    spec = translated_table(table_spec("audit_logs"))
    values = ValueFormatter(LocaleFormats.from_qlocale(QLocale(QLocale.Language.English)))
    said = filter_text(spec, "", [OneOf("action", ("LOGIN", "UPDATE"))], values)
    assert said == "Action: Logged in or Changed"
