"""Mnemonics that do not clash across a window's parts.

A record window's own buttons and its workflow's steps (gui/workflows) come first: their
letters are chosen with care, per language, and the test of the translations keeps them
apart. The buttons of the panels under the form (the Documents tab's Upload…, Replace…;
a list's Add…) are the same on every kind of record, beside steps that differ on each:
no fixed letter suits them all ("&Replace…" beside "&Resolve…", "&Envoyer…" beside
"&Enregistrer"). Their mnemonic yields: it moves to a letter of the same text still free
in the window ("Re&place…"), the first letter of a word first, or goes when none is."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtWidgets import QAbstractButton

#: The button's text as it was made, before a mnemonic moved (kept on the button).
_OWN_TEXT = "dicelOwnText"


def mnemonic(text: str) -> str | None:
    """The letter Alt presses in ``text`` ("&&" is a plain "&"), in lower case."""
    found = re.search(r"&(.)", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def yielded(text: str, taken: set[str]) -> str:
    """``text`` with its mnemonic on a letter not in ``taken`` (lower case): its own
    letter when free, else the first free one starting a word, else any free letter,
    else none."""
    own = mnemonic(text)
    if own is None or own not in taken:
        return text
    plain = re.sub(r"&(?!&)", "", text.replace("&&", "\0")).replace("\0", "&&")
    letters = [(i, c) for i, c in enumerate(plain) if c.isalpha() and c.casefold() not in taken]
    starts = [(i, c) for i, c in letters if i == 0 or not plain[i - 1].isalpha()]
    for i, _c in starts or letters:
        return plain[:i] + "&" + plain[i:]
    return plain


def yielded_texts(texts: Iterable[str], taken: Iterable[str | None]) -> list[str]:
    """``texts`` (in order) with their mnemonics off the letters ``taken`` and off each
    other's."""
    used = {letter for letter in taken if letter}
    found = []
    for own in texts:
        text = yielded(own, used)
        found.append(text)
        letter = mnemonic(text)
        if letter:
            used.add(letter)
    return found


def yield_mnemonics(buttons: Iterable[QAbstractButton], taken: Iterable[str | None]) -> None:
    """:func:`yielded_texts` on ``buttons``: each starts again from its own text, so this
    is called again when what is taken changes (the steps follow the record's state)."""
    buttons = list(buttons)
    own = []
    for button in buttons:
        if button.property(_OWN_TEXT) is None:
            button.setProperty(_OWN_TEXT, button.text())
        own.append(button.property(_OWN_TEXT))
    for button, text in zip(buttons, yielded_texts(own, taken), strict=True):
        if text != button.text():
            button.setText(text)
