"""A chart's axis words: ISO dates as the locale writes them, labels thinned to what
fits, counts on whole numbers."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont, QFontMetrics

from dicel_desktop.gui.charts.axis_labels import count_step, date_words, label_every

ENGLISH = QLocale("en_RW")
FRENCH = QLocale("fr_RW")


def test_iso_days_and_months_read_in_the_locales_words(qapp) -> None:
    assert date_words("2026-11-21", ENGLISH) == "21 Nov"
    assert date_words("2026-02", ENGLISH) == "Feb 2026"
    assert date_words("2026-02", FRENCH).startswith("févr")
    assert date_words("2026-11-21", FRENCH).startswith("21 nov")


def test_other_labels_are_not_dates(qapp) -> None:
    for label in ("Present", "3 high", "2026", "2026-13", "2026-02-30", "21-11-2026"):
        assert date_words(label, ENGLISH) is None


def test_labels_are_thinned_to_what_fits_the_width(qapp) -> None:
    metrics = QFontMetrics(QFont())
    days = [f"{day} Nov" for day in range(1, 15)]
    wide = sum(metrics.horizontalAdvance(d) for d in days) * 3
    assert label_every(days, metrics, wide) == 1
    every = label_every(days, metrics, 300)
    assert every > 1
    widest = max(metrics.horizontalAdvance(d) for d in days)
    shown = len(days[::every])
    assert shown * widest <= 300  # what is written fits side by side
    assert label_every(days, metrics, 0) == 1  # not laid out yet: all, thinned later


def test_counts_step_in_whole_numbers(qapp) -> None:
    assert count_step(1.1) == 1
    assert count_step(8) == 1
    assert count_step(9) == 2
    assert count_step(30) == 5
    assert count_step(100) == 20
    assert count_step(550) == 100
    for top in (1, 3, 7, 13, 42, 99, 1234):
        step = count_step(top)
        assert step == int(step) and top / step <= 8


def test_a_charts_numbers_are_written_as_the_person_writes_them(qapp) -> None:
    """pyqtgraph wrote "1000" and "0.5" under tiles saying "1 934 725 977 RWF" and "73,0 %"
    (a review in French); and "1e+06" for a million."""
    from PySide6.QtCore import QLocale

    from dicel_desktop.gui.charts.common import NumberAxis

    axis = NumberAxis("left")
    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
        french = axis.tickStrings([0.0, 1000.0, 1200.0], 1.0, 200.0)
        halves = axis.tickStrings([0.5, 1.0], 1.0, 0.5)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Rwanda))
        english = axis.tickStrings([1_000_000.0, 2_000_000.0], 1.0, 1_000_000.0)
    finally:
        QLocale.setDefault(before)
    assert french[0] == "0"
    assert french[1].replace("\u202f", " ").replace("\xa0", " ") == "1 000"
    assert halves == ["0,5", "1,0"]
    assert english == ["1,000,000", "2,000,000"]
