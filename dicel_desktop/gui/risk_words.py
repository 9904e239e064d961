"""A risk's scales in the risk heatmap's words, wherever a person reads them: the
heatmap's axes and legend, a risk assessment's form and the list ("5 - Almost certain",
"25 - Critical", with an en dash), so a bare 5 or 25 is never left to decode."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dicel_desktop.gui.translations import tr_label
from dicel_desktop.services import charts

__all__ = ["band_word", "impact_word", "likelihood_word", "scale_word", "with_word"]


def band_word(band: str) -> str:
    # The heatmap's context: its legend says these first.
    words = {
        "low": QCoreApplication.translate("RiskHeatmap", "Low"),
        "medium": QCoreApplication.translate("RiskHeatmap", "Medium"),
        "high": QCoreApplication.translate("RiskHeatmap", "High"),
        "critical": QCoreApplication.translate("RiskHeatmap", "Critical"),
    }
    return words[band]


def likelihood_word(level: int) -> str:
    """A likelihood (1-5) in the person's words: "Rare" ... "Almost certain"."""
    return tr_label(charts.LIKELIHOOD_WORDS[level - 1])


def impact_word(level: int) -> str:
    """An impact (1-5) in the person's words: "Insignificant" ... "Severe"."""
    return tr_label(charts.IMPACT_WORDS[level - 1])


def scale_word(table: str, column: str, value: object) -> str:
    """The word for ``value`` of a scaled column (``charts.SCALED_COLUMNS``); "" for any
    other column, or a value off the scale."""
    if (table, column) not in charts.SCALED_COLUMNS or not isinstance(value, int):
        return ""
    if column == "risk_score":
        band = charts.band_of_score(value)
        return band_word(band) if band else ""
    if not 1 <= value <= 5:
        return ""
    return likelihood_word(value) if column == "likelihood" else impact_word(value)


def with_word(number_text: str, word: str) -> str:
    """A number and its word, apart by an en dash: "5 - Almost certain"; the number
    alone without one."""
    return f"{number_text} – {word}" if word else number_text  # noqa: RUF001 (an en dash)
