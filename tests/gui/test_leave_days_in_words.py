"""The leave-balance refusal counts its days in the person's words (services write
"39 working days", English only), plural as each language writes it, in lower case
mid-sentence ("(iminsi 3 y'akazi)", not "(Iminsi 3 y'akazi)")."""

from __future__ import annotations

import pytest

from dicel_desktop.domain.errors import Conflict
from dicel_desktop.gui import translations
from dicel_desktop.gui.error_sentences import days_in_words, sentence
from dicel_desktop.gui.workflows.leave_texts import days_text
from dicel_desktop.services.leave_words import refusal_params


def _over_balance(days: str, remaining: str) -> Conflict:
    found = {"days": days, "remaining": remaining, "leave_type": "annual", "year": "2026"}
    found.update(allowance="18", taken="10", pending="0")
    return Conflict("leave_over_balance", **refusal_params(found))


def test_english_counts_as_before(restore_language):
    assert sentence(_over_balance("39", "8")).startswith(
        "This request needs 39 working days, but annual leave has only 8 days left"
    )
    assert days_in_words(1) == "1 working day" and days_in_words(1, working=False) == "1 day"


@pytest.mark.parametrize(
    ("language", "needs", "left"),
    [
        ("fr", "39 jours ouvrés", "8 jours"),
        ("rw", "iminsi 39 y\u2019akazi", "iminsi 8"),
    ],
)
def test_the_refusal_counts_in_the_persons_words(restore_language, language, needs, left):
    translations.install_translators(language)
    said = sentence(_over_balance("39", "8"))
    assert needs in said and left in said, said
    assert "working" not in said and " days" not in said, said
    one = sentence(_over_balance("1", "1"))
    assert ("1 jour ouvré" if language == "fr" else "umunsi 1 w\u2019akazi") in one, one


def test_kinyarwanda_days_are_lower_case_mid_sentence(restore_language):
    translations.install_translators("rw")
    assert days_text(3) == "iminsi 3 y\u2019akazi"
    assert days_text(1) == "umunsi 1 w\u2019akazi"


def test_half_a_day_beyond_the_balance_is_said_as_half_a_day(restore_language):
    """An allowance may hold half days (review30: 18.5 days, 8.5 left, 9 asked read
    "That is 0 working days beyond what is left")."""
    from decimal import Decimal

    from dicel_desktop.gui.workflows.leave_texts import beyond_text
    from dicel_desktop.services.leave import Balance, RequestPreview

    left = Balance("annual", 2027, Decimal("18.5"), 10, 0, Decimal("8.5"))
    assert beyond_text(RequestPreview(9, (), left)) == (
        "That is 0.5 working days beyond what is left: shorten the leave to the days left."
    )
    assert beyond_text(RequestPreview(10, (), left)) == (
        "That is 1.5 working days beyond what is left: shorten the leave to the days left."
    )
    assert beyond_text(RequestPreview(8, (), left)) == ""
    whole = Balance("annual", 2027, Decimal(18), 10, 0, Decimal(8))
    assert beyond_text(RequestPreview(9, (), whole)) == (
        "That is 1 working day beyond what is left: shorten the leave to the days left."
    )


@pytest.mark.parametrize(
    ("language", "none", "one", "two"),
    [
        ("en", "0 working days", "1 working day", "2 working days"),
        # French takes the singular for 0 too (Qt's rule for French: n < 2).
        ("fr", "0 jour ouvré", "1 jour ouvré", "2 jours ouvrés"),
        ("rw", "iminsi 0 y\u2019akazi", "umunsi 1 w\u2019akazi", "iminsi 2 y\u2019akazi"),
    ],
)
def test_counted_days_follow_each_languages_plural_rule(restore_language, language, none, one, two):
    """eye36, 4: Request leave over a weekend said « Jours ouvrés : 0 jours ouvrés »: only 1
    was singular. The inbox's details said it the same way."""
    from decimal import Decimal

    from dicel_desktop.gui.tabs.inbox_model import detail_words

    translations.install_translators(language)
    assert [days_text(0), days_text(1), days_text(2)] == [none, one, two]
    assert days_text(Decimal("0")) == none  # as a preview's count arrives
    assert detail_words("0 working days") == none[:1].upper() + none[1:]
    assert detail_words("1 working day") == one[:1].upper() + one[1:]
