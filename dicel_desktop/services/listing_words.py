"""What a search's words name among the states and coded texts a list shows, for
``services.listing``: a word that begins a word of a state's label, as the reader sees
it or in English ("pend", « annul »), searches the stored values of those states too.
No Qt here.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from dicel_desktop.db.models.search import SEARCHED_CODES
from dicel_desktop.domain.search_words import search_folded as folded_here
from dicel_desktop.services.audit_words import SHOWN_AMONG
from dicel_desktop.services.code_words import CLOSED_CODES, code_words
from dicel_desktop.services.columns import Kind
from dicel_desktop.services.list_statement import SEARCH_INDEXED

if TYPE_CHECKING:
    from dicel_desktop.services.listing import Listing

StateHits = tuple[tuple[str, tuple[Any, ...]], ...]


def state_hits(listing: Listing, folded: list[str]) -> tuple[StateHits, ...]:
    """Per word of the search (folded as the texts searched are), the stored values of
    the shown states whose label holds it, as (column, values)."""
    hits = [_states_named(listing, w) for w in folded]
    for i, word in enumerate(folded):
        if len(word) < _SAID_AT_LEAST:
            # A short word names nothing alone; beside a longer one, before it or
            # after, it may be a word of the same label ("Logged in": "in" found no
            # sign-in, eye34 #5; « en attente »). It then names what the others name,
            # and only that: no arm the search had not.
            named = {(c, v) for j, h in enumerate(hits) if j != i for c, vs in h for v in vs}
            if named:
                hits[i] = _states_named(listing, word, among=frozenset(named))
    return tuple(hits)


def _states_named(
    listing: Listing, word: str, among: frozenset[tuple[str, Any]] | None = None
) -> tuple[tuple[str, tuple[Any, ...]], ...]:
    """The stored values of the shown states whose label holds ``word``, as the
    reader sees it (``ListQuery.said``) or in English; and, on a table without the
    search index, of the shown coded texts whose words hold it (their codes are
    searched as text already: "protection" finds "data_protection", « données »
    only through its words); on an indexed table, of those its index lets be
    searched so (``SEARCHED_CODES``: a client's type, « entreprise »). ``word`` is
    folded (``search_words``). With ``among``, only those (column, value) pairs, each
    by a whole word of its words (a short word beside a longer one)."""
    said = dict(listing.query.said)
    hits = []

    def begins(column: str, value: Any, *labels: str) -> bool:
        if among is None:
            return any(_begins_a_word(word, label) for label in labels)
        return (column, value) in among and any(
            word in _WORDS.findall(folded_here(label)) for label in labels
        )

    for column in listing.columns:
        # A state worked out in SQL (an order line's order's state) is not searched,
        # as no derived column is (``ColumnSpec.searchable``).
        if column.derived:
            continue
        words = dict(said.get(column.name, ()))
        closed = None
        if (listing.table.name, column.name) in SHOWN_AMONG:
            closed = CLOSED_CODES[(listing.table.name, column.name)]
        if closed is not None:
            # A closed code searched as shown (an audit entry's action, by the words
            # the list shows or in English: "Logged in", « Modifié », eye34 #5),
            # through the index (``audit_words.SHOWN_AMONG``, which also writes the
            # rows' condition): a closed code without it gets no arm of its own here.
            values = tuple(
                code
                for code in closed
                if begins(
                    column.name,
                    code,
                    code_words(listing.table.name, column.name, code),
                    words.get(code, ""),
                )
            )
        elif column.kind is Kind.STATE and column.choices is not None:
            values = tuple(
                c.value
                for c in column.choices
                if begins(column.name, c.value, c.label, words.get(c.value, ""))
            )
        elif words and (
            listing.table.name not in SEARCH_INDEXED
            or (column.coded and (listing.table.name, column.name) in SEARCHED_CODES)
        ):
            # On an indexed table only with an index of its own: an arm on a column
            # no index covers would turn its search into a scan of the whole table.
            # On another, any column the reader's words are passed for: a coded
            # text, a setting's key by the purpose shown for it (review35b F3).
            values = tuple(v for v, w in words.items() if begins(column.name, v, w))
        else:
            continue
        if values:
            hits.append((column.name, values))
    return tuple(hits)


# ----------------------------------------------------------------- statements

#: The fewest letters of a state's words (English or the reader's) that name it: a state
#: arm on a big table has no index, and "a", "en" (« En attente », or inside "Pending"),
#: "by" or "mu" (Kinyarwanda) typed while the list filters as one types would each turn
#: the search into a scan of the whole table (code review 33b, F2).
_SAID_AT_LEAST = 3
_WORDS = re.compile(r"[^\W_]+")


def _begins_a_word(word: str, said: str) -> bool:
    """Whether ``word`` (folded: ``search_words``) begins a word of the reader's ``said``
    label, folded alike, and is long enough to mean it: « annul » names « Annulée »,
    « cloture » « Clôturé », « a » names nothing."""
    if len(word) < _SAID_AT_LEAST:
        return False
    return any(w.startswith(word) for w in _WORDS.findall(folded_here(said)))
