"""How a word typed to find something is compared with the texts searched: case and a
letter's accents aside, "arsene" finds "Arsène" and « cloture » finds « Clôturé »
(migration 0123). French clerks type without accents; Rwandan names carry them.

Both sides are folded the same way: the words typed and the words the product owns
(its states' labels) here, the data in SQL by ``dicel_search_folded`` (the grid's quick
search documents, the pickers' names and numbers, the trigram indexes on them). One
definition for the two: NFD (an accented letter as its letter and its accents), the
combining marks ``MARKS`` removed, then lower case; a text all ASCII is only lowered
(nothing to decompose: the fast path the SQL function takes too, so the searches over
the big tables, mostly ASCII, cost what they cost before).

Lower case comes last: PostgreSQL under the plain C locale lowers ASCII letters only,
and "É" decomposed first is an "E" it lowers. Nothing else of ``text_rules.folded`` is
done (look-alike letters, invisible characters): a search reads what was stored, and
folding there costs per row of a big table.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["MARKS", "search_folded"]

#: The combining diacritical marks (U+0300-U+036F: acute, grave, circumflex, tilde,
#: diaeresis, cedilla...): removed once a text is decomposed. Bracket contents read by
#: both ``re`` and PostgreSQL's regular expressions; migration 0123 wrote them into
#: ``dicel_search_folded`` (a change is a later migration's).
MARKS = r"\u0300-\u036f"

_MARKS = re.compile(f"[{MARKS}]+")


def search_folded(text: str) -> str:
    """``text`` as a search compares it (module docstring): ``dicel_search_folded``."""
    if text.isascii():
        return text.lower()
    return _MARKS.sub("", unicodedata.normalize("NFD", text)).lower()
