"""A word of the reader's language names a state only when it begins a word of the state's
label and is at least three letters long (code review 33b, F2): "a", "en" or "by" typed
while a big list filters as one types would each add an arm no index covers and turn its
search into a scan of the whole table."""

from __future__ import annotations

import pytest

from dicel_desktop.domain.search_words import search_folded
from dicel_desktop.services.listing_words import _begins_a_word


@pytest.mark.parametrize(
    ("word", "said", "names"),
    [
        ("annul", "Annulée", True),
        ("clôturé", "Clôturé incomplet", True),
        ("incomplet", "Clôturé incomplet", True),
        ("cloture", "Clôturé incomplet", True),  # without its accent (migration 0123)
        ("CLÔTURÉ", "Clôturé incomplet", True),
        ("bituzuye", "Byafunzwe bituzuye", True),
        ("attente", "En attente", True),
        ("en", "En attente", False),  # too short to mean it
        ("a", "Annulée", False),
        ("by", "Byanditswe mu bitabo", False),
        ("mu", "Byanditswe mu bitabo", False),
        ("ulée", "Annulée", False),  # inside a word, not its beginning
        ("tente", "En attente", False),
    ],
)
def test_a_word_names_a_state_by_the_beginning_of_a_word_of_its_label(word, said, names):
    # The listing folds the word typed before asking (case and accents aside).
    assert _begins_a_word(search_folded(word), said) is names
