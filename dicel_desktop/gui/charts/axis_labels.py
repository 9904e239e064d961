"""Words and steps on a chart's axes: dates as the person writes them, a label only where
it fits, counts on whole numbers.

The server labels a trend's points with ISO dates ("2026-11-21", "2026-11"), which sort
and which any language can read back; here they become the locale's own ("21 Nov",
"Nov 2026"; "21 nov.", "nov. 2026" in French). Fourteen days or twelve months under a
half-width chart do not all fit: every n-th is written, the rest keep their tick.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QFontMetrics

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
#: Room between two labels, in pixels.
GAP_PX = 12


def date_words(label: str, locale: QLocale) -> str | None:
    """An ISO day or month in the locale's short words; None for any other label."""
    day = _DAY.match(label)
    if day:
        date = QDate(int(day[1]), int(day[2]), int(day[3]))
        return locale.toString(date, "d MMM") if date.isValid() else None
    month = _MONTH.match(label)
    if month:
        date = QDate(int(month[1]), int(month[2]), 1)
        return locale.toString(date, "MMM yyyy") if date.isValid() else None
    return None


def label_every(labels: Sequence[str], metrics: QFontMetrics, width: float) -> int:
    """Write every n-th of ``labels`` side by side in ``width`` pixels without overlap:
    n (1 when all fit, or when the width is not known yet)."""
    if not labels or width <= 0:
        return 1
    widest = max(metrics.horizontalAdvance(label) for label in labels) + GAP_PX
    fit = max(1, int(width // widest))
    return max(1, math.ceil(len(labels) / fit))


def count_step(top: float) -> float:
    """A tick step in whole numbers for an axis of counts up to ``top``: 1, 2, 5, 10, 20,
    50... with at most eight steps (pyqtgraph's own choice puts 0.2 between 0 and 1)."""
    step = 1.0
    while top / step > 8:
        for factor in (2.0, 2.5, 2.0):  # 1 -> 2 -> 5 -> 10
            step *= factor
            if top / step <= 8:
                break
    return step
