"""A locale's formats are read once, not by every record form and date editor that
asks (openfast44), and a change of language gives the new language's."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from dicel_desktop.gui.cell_format import LocaleFormats


def test_the_formats_of_a_locale_are_read_once_and_follow_the_language(qapp) -> None:
    before = QLocale()
    try:
        QLocale.setDefault(QLocale("fr_RW"))
        french = LocaleFormats.from_qlocale()
        assert LocaleFormats.from_qlocale() is french
        assert french.long_months[11] == "décembre"
        assert french.first_of_month == "1er"
        QLocale.setDefault(QLocale("en_RW"))
        english = LocaleFormats.from_qlocale()
        assert english.long_months[11] == "December"
        assert english.first_of_month == "1"
        assert LocaleFormats.from_qlocale(QLocale("fr_RW")) is french
        # A locale's number options are part of what it writes.
        plain = QLocale("en_RW")
        plain.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
        assert LocaleFormats.from_qlocale(plain) is not english
    finally:
        QLocale.setDefault(before)
