"""How an emergency contact is related to the person (``{"relationship": …}`` in
``employees.emergency_contact``). No Qt, no database.

The relationship was free English text ("Cousin", "Father"), so the French and
Kinyarwanda profiles read « (Father) » (eye34 #7). The contact's form offers these words
in the reader's language, and stores the English word: one stable form that each
language reads back, in the JSON shape the contact always had. Anything else typed is
kept as typed (a site's own word), and shown as it is.
"""

from __future__ import annotations

from dicel_desktop.domain.translatable import QT_TRANSLATE_NOOP

__all__ = ["ALSO_READ", "RELATIONSHIPS", "stored_word"]

#: What the form offers, in this order (context ``JsonRecords``).
RELATIONSHIPS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("JsonRecords", "Spouse"),
    QT_TRANSLATE_NOOP("JsonRecords", "Parent"),
    QT_TRANSLATE_NOOP("JsonRecords", "Child"),
    QT_TRANSLATE_NOOP("JsonRecords", "Sibling"),
    QT_TRANSLATE_NOOP("JsonRecords", "Relative"),
    QT_TRANSLATE_NOOP("JsonRecords", "Friend"),
    QT_TRANSLATE_NOOP("JsonRecords", "Other"),
)

#: Words stored before the list (the demo wrote them), read in the reader's language
#: too, but not offered: the list says the same more plainly.
ALSO_READ: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("JsonRecords", "Father"),
    QT_TRANSLATE_NOOP("JsonRecords", "Mother"),
    QT_TRANSLATE_NOOP("JsonRecords", "Brother"),
    QT_TRANSLATE_NOOP("JsonRecords", "Sister"),
    QT_TRANSLATE_NOOP("JsonRecords", "Cousin"),
)

_KNOWN = {word.casefold(): word for word in (*RELATIONSHIPS, *ALSO_READ)}


def stored_word(text: object) -> str | None:
    """The English word ``text`` is, as stored ("sister" -> "Sister"); None for a word
    of neither list (kept and shown as typed)."""
    if not isinstance(text, str):
        return None
    return _KNOWN.get(text.strip().casefold())
