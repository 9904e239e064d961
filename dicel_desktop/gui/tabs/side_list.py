"""The layout both kinds of tab share: a narrow list of pages beside the current page.

The list is as wide as its longest title, but no wider than a share of the tab
(``SHARE``) and never narrower than ``LEAST_CHARS``: on a laptop, the page beside it
keeps the room its columns need (eye32, 5: at 1024 pixels the Kinyarwanda titles took
some 200 of them and pushed an invoice's balance due past the edge), and a title cut
short ends in "…" and says itself whole in its tooltip. A person who drags the
splitter's handle keeps that width, in every tab (those open already follow it) and the
next time (``WIDTH_KEY``)."""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QSplitter, QStackedWidget, QWidget

from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.widgets.roomy_rows import give_rows_room

#: Wide enough for the longest list title ("Performance reviews"), no wider.
LIST_WIDTH = 220
#: The most of the tab's width the list takes unless a person drags it wider: 143 of a
#: 1024-pixel window, 179 of 1280 (every English title whole), LIST_WIDTH from 1572.
SHARE = 0.14
#: The narrowest the list gets, in average characters: "Dashboard", "Incamake" whole,
#: and a start of each other title to tell them apart.
LEAST_CHARS = 12
#: Where the width a person dragged the list to is remembered (one for every tab).
WIDTH_KEY = "side_list/width"
#: Marks a tooltip _fit gave a row (its title whole), so a later title replaces it; a
#: tooltip a tab set itself is kept.
_TITLE_TIP_ROLE = Qt.ItemDataRole.UserRole + 0x5D1


def _fit(side: QListWidget) -> None:
    """Each title whole in its tooltip, for one cut short ("Dossiers de recouvr…" on a
    laptop); and the list never narrower than LEAST_CHARS. Run on each new row and on
    each new title: "Waiting for me (16)" gets its count after its row exists (eye36, 1)."""
    for row in range(side.count()):
        item = side.item(row)
        tip = item.toolTip()
        ours = not tip or tip == item.data(_TITLE_TIP_ROLE)
        if ours and tip != item.text():
            item.setData(_TITLE_TIP_ROLE, item.text())
            item.setToolTip(item.text())
    side.setMinimumWidth(min(least_width(side), widest_title(side)))


def widest_title(side: QListWidget) -> int:
    """The width that shows every title of ``side`` whole, up to LIST_WIDTH."""
    widest = side.sizeHintForColumn(0) if side.count() else 0
    return min(widest + 2 * side.frameWidth(), LIST_WIDTH)


def least_width(side: QListWidget) -> int:
    chars = side.fontMetrics().horizontalAdvance("n" * LEAST_CHARS)
    return chars + 2 * side.frameWidth()


class _Drags(QObject):
    #: A person dragged a side list to a width: (the settings it is remembered in, the
    #: width). The tabs of one window share their settings, so they follow each other.
    dragged = Signal(object, int)


@functools.cache
def _drags() -> _Drags:
    return _Drags()


class _SideSplitter(QSplitter):
    """The list beside the page: as wide as its titles up to SHARE of the tab, or as a
    person dragged it (remembered in ``settings``)."""

    def __init__(self, side: QListWidget, settings: QSettings | None) -> None:
        super().__init__()
        self._side = side
        self._settings = settings
        saved = settings.value(WIDTH_KEY) if settings is not None else None
        try:
            #: The width a person dragged the list to, or None.
            self.chosen: int | None = int(saved) if saved is not None else None
        except (TypeError, ValueError):
            self.chosen = None
        self.splitterMoved.connect(self._on_splitter_moved)
        # Qt drops the connection when this splitter goes.
        _drags().dragged.connect(self._on_side_dragged)

    def side_width(self) -> int:
        """The width the list takes in a tab as wide as this splitter."""
        if self.chosen is not None:
            return max(self._side.minimumWidth(), min(self.chosen, LIST_WIDTH))
        share = max(least_width(self._side), int(self.width() * SHARE))
        return max(self._side.minimumWidth(), min(widest_title(self._side), share))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_side()

    def fit_side(self) -> None:
        total = sum(self.sizes())
        if total <= 0:
            return
        width = self.side_width()
        if self.sizes()[0] != width:
            self.setSizes([width, max(0, total - width)])

    @slot_while_whole(int, int, keeps="_side")
    def _on_splitter_moved(self, _pos: int, _index: int) -> None:
        # Only a person's drag moves the handle (setSizes does not signal).
        self.chosen = self.sizes()[0]
        if self._settings is not None:
            self._settings.setValue(WIDTH_KEY, self.chosen)
            _drags().dragged.emit(self._settings, self.chosen)

    @slot_while_whole(object, int, keeps="_side")
    def _on_side_dragged(self, settings: QSettings, width: int) -> None:
        # Another tab of the same window: its width is this one's too (setSizes does not
        # signal, so the others are not told again).
        if settings is self._settings and width != self.chosen:
            self.chosen = width
            self.fit_side()


def _on_titles_changed(side: QListWidget, splitter: _SideSplitter, roles) -> None:
    # No roles means any of them. A tooltip or selection changing does not move a title.
    if roles and Qt.ItemDataRole.DisplayRole not in roles:
        return
    _fit(side)
    splitter.fit_side()


def lay_out_side_list(
    owner: QWidget,
    side: QListWidget,
    stack: QStackedWidget,
    title: str = "",
    settings: QSettings | None = None,
) -> QSplitter:
    """``title``: what the tab is about, for a screen reader ("Finance: pages");
    ``settings``: where a width a person drags the list to is remembered."""
    side.setMaximumWidth(LIST_WIDTH)
    # A title longer than the widest list allows ends in "…" (its tooltip says it
    # whole), rather than a scrollbar under a list of a dozen names.
    side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    side.setTextElideMode(Qt.TextElideMode.ElideRight)
    # A row exactly the font's height cuts the accent of a capital ("Écritures").
    give_rows_room(side)
    if title:
        side.setAccessibleName(
            QCoreApplication.translate("SideList", "%1: pages").replace("%1", title)
        )
    side.setAccessibleDescription(
        QCoreApplication.translate("SideList", "The arrow keys choose the page shown beside")
    )
    _fit(side)
    splitter = _SideSplitter(side, settings)
    # A page added later (a manager's budget chart) may be the longest, and so may a
    # title that changes (a count that arrives after its row: "Waiting for me (16)").
    side.model().rowsInserted.connect(lambda *_args: (_fit(side), splitter.fit_side()))
    side.model().dataChanged.connect(
        lambda _first, _last, roles=(): _on_titles_changed(side, splitter, roles)
    )
    splitter.addWidget(side)
    splitter.addWidget(stack)
    splitter.setCollapsible(0, False)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([widest_title(side), 900])
    layout = QHBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(splitter)
    return splitter
