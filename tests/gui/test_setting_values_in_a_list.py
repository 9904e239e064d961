"""The system settings list shows each value as its type says, in the reader's words:
"5 000 000" and « Oui » in French, a date in their format; an administrator read
"5000000", "true" and "2026-01-01" (eye29, eye33 #10). The row carries the type whether
or not its column is shown."""

from __future__ import annotations

import psycopg
import pytest
from helpers import listed_rows
from PySide6.QtCore import QDate, QLocale

from dicel_desktop.gui import translations
from dicel_desktop.gui.cell_format import CellFormatter, LocaleFormats
from dicel_desktop.services.listing import Listing, ListQuery

FRENCH = QLocale(QLocale.Language.French, QLocale.Country.Rwanda)
NBSP = "\u202f\u00a0"


def stored_value(demo_dsn, key):
    with psycopg.connect(demo_dsn) as conn:
        return conn.execute(
            "SELECT setting_value FROM system_settings WHERE setting_key = %s", (key,)
        ).fetchone()[0]


def _shown(demo_dsn, columns, locale):
    listing = Listing(ListQuery("system_settings", columns))
    rows = listed_rows(demo_dsn, listing)
    cells = CellFormatter(listing, LocaleFormats.from_qlocale(locale))
    key, value = columns.index("setting_key"), columns.index("setting_value")
    return {row[2 + key]: cells.format_row(row)[value] for row in rows}


@pytest.mark.parametrize(
    "columns",
    [("setting_key", "setting_value"), ("setting_type", "setting_key", "setting_value")],
)
def test_a_setting_reads_as_its_type_says_whether_or_not_the_type_is_shown(
    demo_dsn, qapp, restore_language, columns
):
    translations.install_translators("fr")
    shown = _shown(demo_dsn, columns, FRENCH)
    threshold = shown["po.approval_threshold_rwf"]
    assert threshold.translate({ord(c): " " for c in NBSP}) == "5 000 000", threshold
    assert shown["payroll.cbhi_rate_percent"] == "0,5"
    assert shown["demo.enabled"] == "Oui"
    stored = stored_value(demo_dsn, "fiscal_year.start")
    day = QDate.fromString(stored, "yyyy-MM-dd")
    assert shown["fiscal_year.start"] == FRENCH.toString(
        day, LocaleFormats.from_qlocale(FRENCH).date_pattern
    )
    assert shown["fiscal_year.start"] != stored
    # Text stays as typed, digits and all: a TIN is no amount.
    assert shown["company.tin"] == "102345678"
    assert shown["attendance.work_end"] == "17:00"


def _described(demo_dsn, columns, locale):
    listing = Listing(ListQuery("system_settings", columns))
    rows = listed_rows(demo_dsn, listing)
    cells = CellFormatter(listing, LocaleFormats.from_qlocale(locale))
    key, description = columns.index("setting_key"), columns.index("description")
    return {
        row[2 + key]: (row[2 + description], cells.format_row(row)[description]) for row in rows
    }


def test_a_setting_dicel_reads_is_described_by_its_purpose_in_the_readers_words(
    demo_dsn, qapp, restore_language
):
    """The French list kept each setting's stored English description (« Annual leave a
    year, in working days »), while its form says what DICEL does with it in French
    (eye34 #8). A setting DICEL does not read keeps its own description."""
    translations.install_translators("fr")
    shown = _described(demo_dsn, ("setting_key", "description"), FRENCH)
    stored, said = shown["tax.vat_rate_percent"]
    assert said.startswith("Le taux de TVA, en pour cent"), said
    stored, said = shown["leave.allowance.annual"]
    # What differs between the six leave allowances comes first (review35b F3).
    assert said != stored and said.startswith("Congé annuel : les jours ouvrés par an"), said
    assert shown["leave.allowance.sick"][1].startswith("Congé de maladie : "), shown
    unread = [key for key in shown if translations.setting_purpose(key) is None]
    assert unread, shown
    assert all(shown[key][1] == (shown[key][0] or "") for key in unread)


def _found(demo_dsn, words: str) -> set[str]:
    from dicel_desktop.services.columns import table_spec

    columns = ("setting_key", "setting_value", "description")
    spec = table_spec("system_settings")
    said = translations.said_words("system_settings", [spec.column(c) for c in columns])
    listing = Listing(ListQuery("system_settings", columns, search=words, said=said))
    rows = listed_rows(demo_dsn, listing)
    return {row[2] for row in rows}


@pytest.mark.parametrize(
    ("language", "words", "keys"),
    [
        ("en", "printed", {"company.phone", "company.email", "company.name"}),
        ("en", "sick leave", {"leave.allowance.sick"}),
        ("fr", "salaires", {"payroll.pay_day"}),
        ("fr", "téléphone imprimés", {"company.phone"}),
        ("rw", "telefoni", {"company.phone"}),
        # The other number finds a word too (eye35b #4): « salaires » found only the pay
        # day, "umushahara" missed it and the PAYE bands (« imishahara »).
        (
            "fr",
            "salaires",
            {
                "payroll.pay_day",
                "payroll.paye_bands",
                "payroll.pension_rate_percent",
                "payroll.maternity_rate_percent",
                "payroll.allowance_rate_percent",
            },
        ),
        ("rw", "umushahara", {"payroll.pay_day", "payroll.paye_bands"}),
        ("rw", "imishahara", {"payroll.pension_rate_percent", "payroll.allowance_rate_percent"}),
        ("en", "salary", {"payroll.pay_day", "payroll.allowance_rate_percent"}),
    ],
)
def test_the_quick_search_finds_a_setting_by_the_purpose_shown(
    demo_dsn, qapp, restore_language, language, words, keys
):
    """The list shows a setting DICEL reads by its purpose in the reader's words, and the
    search looked in the stored English description only: "printed" missed the company's
    phone, « salaires » found nothing (review35b F3)."""
    translations.install_translators(language)
    found = _found(demo_dsn, words)
    assert keys <= found, found
