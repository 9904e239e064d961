# ruff: noqa: RUF001, RUF002 (the en dash between a number and its word)
"""A risk assessment's likelihood, impact and score read in the heatmap's words, in its
form and in the list ("5 – Almost certain", "25 – Critical"): bare numbers were left to
decode."""

from __future__ import annotations

from offline_form import new_form
from PySide6.QtCore import QLocale

from dicel_desktop.domain.roles import Role
from dicel_desktop.gui.cell_format import CellFormatter, LocaleFormats
from dicel_desktop.services.listing import Listing, ListQuery

RWANDA = QLocale(QLocale.Language.English, QLocale.Country.Rwanda)


def test_an_assessments_form_says_its_scales_in_words(qtbot):
    form = new_form(qtbot, "risk_assessments", Role.RISK, locale=RWANDA)
    form.editors["likelihood"].set_value(5)
    form.editors["impact"].set_value(5)
    form.editors["likelihood"].edited.emit()  # the score follows, as typing does it
    assert form.editors["likelihood"].line.text() == "5 – Almost certain"
    assert form.editors["impact"].line.text() == "5 – Severe"
    assert form.editors["risk_score"].line.text() == "25 – Critical"
    # The words are shown, not read: the values stay numbers.
    values, errors = form.read()
    assert errors == {}
    assert (values["likelihood"], values["impact"]) == (5, 5)
    # The whole word shows: the box is wide enough for the longest.
    line = form.editors["likelihood"].line
    assert line.minimumWidth() >= line.fontMetrics().horizontalAdvance("5 – Almost certain")
    form.editors["likelihood"].set_value(2)
    form.editors["likelihood"].edited.emit()
    assert form.editors["risk_score"].line.text() == "10 – High"


def test_an_empty_scale_says_what_its_steps_mean(qtbot):
    """A user-eye review: a new assessment's likelihood and impact were bare "1–5" boxes.
    The empty box names both ends, its tooltip every step; the score, computed, not."""
    form = new_form(qtbot, "risk_assessments", Role.RISK, locale=RWANDA)
    likelihood, impact = form.editors["likelihood"].line, form.editors["impact"].line
    assert likelihood.placeholderText() == "1 – Rare … 5 – Almost certain"
    assert impact.placeholderText() == "1 – Insignificant … 5 – Severe"
    assert likelihood.toolTip().splitlines() == [
        "1 – Rare",
        "2 – Unlikely",
        "3 – Possible",
        "4 – Likely",
        "5 – Almost certain",
    ]
    assert "…" not in form.editors["risk_score"].line.placeholderText()


def test_the_list_of_assessments_says_its_scales_in_words():
    columns = ("likelihood", "impact", "risk_score")
    cells = CellFormatter(
        Listing(ListQuery("risk_assessments", columns)), LocaleFormats.from_qlocale(RWANDA)
    )
    assert cells.format_row((None, None, 1, 3, 3)) == ("1 – Rare", "3 – Moderate", "3 – Low")
    assert cells.format_row((None, None, 4, 4, 16)) == ("4 – Likely", "4 – Major", "16 – High")
    assert cells.format_row((None, None, None, None, None)) == ("", "", "")
