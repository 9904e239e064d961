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

__all__ = ["MARKS", "either_number", "search_folded"]

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


_WORD = re.compile(r"[^\W_]+")

#: Kinyarwanda noun-class prefixes of one noun's singular and plural, with the bare form
#: a word takes after a locative or a possessive ("ku mushahara", "y'imishahara"): the
#: salary is « umushahara », the salaries « imishahara » (eye35b #4).
_CLASS_FORMS = (("umu", "imi", "mu", "mi"), ("iki", "ibi", "ki", "bi"), ("aka", "utu", "ka", "tu"))

#: The fewest letters of a stem a prefix or an ending is changed on: "bus" keeps its s.
_STEM_AT_LEAST = 3


def _other_forms(word: str) -> set[str]:
    forms: set[str] = set()
    for pattern, other in (("ies", "y"), ("aux", "al"), ("s", "")):
        stem = word[: -len(pattern)]
        if word.endswith(pattern) and len(stem) >= _STEM_AT_LEAST and not stem.endswith("s"):
            forms.add(stem + other)
    if len(word) >= _STEM_AT_LEAST and not word.endswith(("s", "x")):
        forms.add(word + "s")
        if word.endswith("y") and word[-2:-1] not in "aeiou":
            forms.add(word[:-1] + "ies")
        if word.endswith("al"):
            forms.add(word[:-2] + "aux")
    for prefixes in _CLASS_FORMS:
        for prefix in prefixes:
            stem = word[len(prefix) :]
            if word.startswith(prefix) and len(stem) >= _STEM_AT_LEAST:
                forms.update(p + stem for p in prefixes)
                break
    forms.discard(word)
    return forms


def either_number(text: str) -> str:
    """``text`` folded (:func:`search_folded`) with the other number's form of each of its
    words beside it, as a word typed to find it may take: « salaires » for « salaire »,
    "salary" for "salaries", « umushahara » for « imishahara » (eye35b #4: the French
    administrator typing « salaires » found only the setting whose purpose says it).

    Said words only, never data: a list that is tens of rows (the settings' purposes)
    matches them in Python; the big tables' search in SQL is left as it is. The forms
    are those of any of the three languages for any word: a form that is no word of the
    reader's ("umultiple") is one no one types, so it finds nothing more."""
    folded = search_folded(text)
    extra = sorted({form for word in _WORD.findall(folded) for form in _other_forms(word)})
    return " ".join([folded, *extra])
