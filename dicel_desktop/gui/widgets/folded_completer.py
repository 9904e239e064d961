"""Suggestions under a text box that read past accents and case, as the quick search does
(``domain.search_words.search_folded``, migration 0123): « Helene » suggests « Hélène »,
"cloture" « Clôturé », and « hélène » typed with its accents still finds it.

QCompleter compares what is typed with one role of its model, exactly or case aside:
with the words themselves there, "Helene" never met "Hélène". Each word is folded once,
when the list is given (:meth:`FoldedCompleter.set_words`), into a role of its own that
the completer compares (``FOLDED_ROLE``); what is typed is folded as it is compared
(``splitPath``). The comparing itself stays Qt's, in C++, row by row over a model that
holds both strings: no Python call per row per keystroke, however long the list. The
list shows the words, and a word taken puts the word in the box (``pathFromIndex``),
never its folded form.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter

from dicel_desktop.domain.search_words import search_folded
from dicel_desktop.gui.widgets.roomy_rows import give_rows_room

__all__ = ["FOLDED_ROLE", "FoldedCompleter"]

#: A word as a search compares it (lower case, accents aside): the role the completer
#: matches against.
FOLDED_ROLE = Qt.ItemDataRole.UserRole + 1


class FoldedCompleter(QCompleter):
    """A popup of ``words`` in which any part of a word matches what is typed, case and
    accents aside."""

    def __init__(self, words: Iterable[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words = QStandardItemModel(self)
        self.setModel(self._words)
        self.setCompletionRole(FOLDED_ROLE)
        # Folded words are lower case already; a typed capital is folded as well.
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        # Its popup's rows were the font's height: « Évaluation » offered as "Evaluation".
        # (Qt's own delegate there only rings the current row, which is selected too.)
        give_rows_room(self.popup())
        self.set_words(words)

    def set_words(self, words: Iterable[str]) -> None:
        """Offer ``words`` (in this order) instead of those offered before."""
        items = []
        for word in words:
            item = QStandardItem(word)
            item.setData(search_folded(word), FOLDED_ROLE)
            item.setEditable(False)
            items.append(item)
        self._words.clear()
        # One column appended at once: one insertion the completer hears, not one a row.
        self._words.appendColumn(items)

    def words(self) -> list[str]:
        """The words offered, in their order."""
        model = self._words
        return [model.index(row, 0).data() for row in range(model.rowCount())]

    def splitPath(self, path: str) -> list[str]:
        return [search_folded(path)]

    def pathFromIndex(self, index: QModelIndex) -> str:
        return index.data(Qt.ItemDataRole.DisplayRole) or ""
