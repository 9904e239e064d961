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
