"""Every leave refusal's dates, and DW353's run month, in the reader's words: services
write months in English ("1-31 December 2026"), the window says « 1-31 décembre 2026 »
in French (eye40b, 3: « La paie du 1-31 December 2026 a été calculée »)."""

from __future__ import annotations

import datetime as dt

import pytest

from dicel_desktop.domain.errors import Conflict
from dicel_desktop.gui import translations
from dicel_desktop.gui.error_sentences import describe_error
from dicel_desktop.services.leave_words import refusal_params, span

ENGLISH = ("December", "January", "March")


def _said(code: str, **params: str) -> str:
    return describe_error(Conflict(code, **params))


@pytest.mark.parametrize("language", ["fr", "rw"])
def test_the_run_month_of_dw353_is_in_the_readers_words(restore_language, language):
    translations.install_translators(language)
    period = span(dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    said = _said("unpaid_leave_waits_for_run", period=period, name="Rosine Gasana")
    assert not any(month in said for month in ENGLISH), said
    if language == "fr":
        assert "1\N{EN DASH}31 décembre 2026" in said, said


@pytest.mark.parametrize(
    ("code", "detail"),
    [
        ("leave_before_hire", {"start_date": "2026-12-07", "hired": "2027-01-04"}),
        ("leave_after_leaving", {"end_date": "2027-03-12", "left": "2026-12-31"}),
        ("leave_of_a_leaver", {"left": "2026-12-31"}),
        ("leave_end_early_no_working_day", {"start_date": "2026-12-05", "new_end": "2026-12-06"}),
    ],
)
def test_every_date_of_a_leave_refusal_is_in_french(restore_language, code, detail):
    translations.install_translators("fr")
    said = _said(code, **refusal_params({"name": "Rosine Gasana", **detail}))
    assert not any(month in said for month in ENGLISH), said
    assert "décembre" in said, said
