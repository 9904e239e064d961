"""How a record window shares its height between the record's form and what belongs to
it (Documents, History, an order's lines) below: the form first.

The form gets the height it needs, as long as the tabs below keep their smallest useful
height; what is left goes to the tabs. A fixed share (two thirds) cut an IT ticket's
Record section in half at 820 pixels and gave a short form empty space its tabs
lacked. The share follows the window as it is resized, until the person drags the
handle themselves. On opening, the window grows (within the screen) to hold its form
and the tabs' smallest height.

A record with nothing under it (no files, no list of its own: History aside) keeps the
tabs to their tab bar and gives the form the room, when the form needs it (eye30s, 10:
on a 1024x640 screen an empty Documents panel took some 230 pixels, leaving 6 to 8
fields in sight); a tab pressed opens them again. Where the whole form fits above the
open tabs, they stay open under it: folded, a short form (a contract's, at the opening
820x720) sat above some 450 pixels of nothing, its tab bar at the window's foot. The
choice is made again as the window is resized.

A record with lists of its own (an order's lines, a pay period's payslips) keeps them a
fair share: FAIR_EXTRA_ROWS rows more than the tabs' smallest height, up to half the
height (eye31, 8: at 1000x600 a period's 146 payslips showed through 3 1/2 rows under a
form given all the rest). A form that needs less than its share leaves the rest to the
tabs, with no empty band between them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, QTimer
from PySide6.QtWidgets import QScrollArea, QSplitter, QStackedWidget, QTabWidget, QWidget

from dicel_desktop.gui.collected import slot_while_whole

__all__ = ["FAIR_EXTRA_ROWS", "OPENING_SIZE", "FormFirstSplit", "opening_size"]

#: Kept free of the screen's height for the window's title bar (the platform's frame
#: is not known before the window is shown).
_TITLE_BAR = 40
#: A record window's size when it opens, on a screen with room for it.
OPENING_SIZE = QSize(820, 720)
#: Pixels to spare when growing: the form's height is asked before the window's new
#: size is laid out (a pixel short showed a scrollbar).
_SLACK = 4
#: Qt's QWIDGETSIZE_MAX: no largest height.
_ANY_HEIGHT = 16777215
#: Rows of a record's own list kept in sight beyond the tabs' smallest height (which
#: shows three or four), where the window has the height: half a screen of payslips on a
#: laptop, the form scrolling.
FAIR_EXTRA_ROWS = 5
#: A list row's room beside its text's line: the grid's rows (``DataGrid``).
_ROW_ROOM = 8


def opening_size(available: QRect | None) -> QSize:
    """A record window's size as it opens on a screen of ``available`` room (None: not
    known): ``OPENING_SIZE``, or as much as fits with the title bar (a user-eye review:
    on a 1024x640 laptop, and a 1366x768 one, Save, Close and the steps were below the
    screen's edge; the form scrolls instead, and the tabs keep their share)."""
    if available is None or available.isEmpty():
        return QSize(OPENING_SIZE)
    return QSize(
        min(OPENING_SIZE.width(), available.width()),
        min(OPENING_SIZE.height(), available.height() - _TITLE_BAR),
    )


class FormFirstSplit(QObject):
    """Keeps ``splitter`` (the form's ``scroll`` above, ``panels`` below) shared form
    first in ``window``; see the module docstring."""

    def __init__(
        self, window: QWidget, splitter: QSplitter, scroll: QScrollArea, panels: QWidget
    ) -> None:
        super().__init__(window)
        self._window = window
        self._splitter = splitter
        self._scroll = scroll
        self._panels = panels
        #: The person placed the handle: their choice stays.
        self.moved_by_person = False
        #: The record has nothing under it: its tabs keep to their tab bar where the
        #: form needs the room (``fold``).
        self.fold_wanted = False
        #: The tabs are kept to their tab bar now.
        self.folded = False
        #: The record has lists of its own (its details): they keep a fair share.
        self.has_lists = False
        if isinstance(panels, QTabWidget):
            panels.tabBarClicked.connect(self._on_tab_bar_clicked)
        splitter.splitterMoved.connect(self._on_splitter_moved)
        splitter.installEventFilter(self)
        # The form's height changes without a resize too (a record loaded, a field's text
        # wrapping anew): it is shared again once its layout has settled.
        form = scroll.widget()
        if form is not None:
            form.installEventFilter(self)
        # The tabs' smallest height changes without a resize too (an employee's leave
        # card filled in, a list built as its tab first shows): shared again likewise.
        panels.installEventFilter(self)

    @slot_while_whole(int, int, keeps="_window")
    def _on_splitter_moved(self, _position: int, _index: int) -> None:
        self.moved_by_person = True

    def _pages(self) -> QStackedWidget | None:
        return self._panels.findChild(QStackedWidget)

    def fold(self) -> None:
        """The record has nothing under it to show: keep the tabs to their tab bar and
        give the form the rest, whenever the form needs the room."""
        if self._pages() is None or self.moved_by_person:
            return
        self.fold_wanted = True
        self.fit()

    def unfold(self) -> None:
        """Show the tabs' pages again, with their share, for good (files came, or the
        person pressed a tab)."""
        self.fold_wanted = False
        if not self.folded:
            return
        self._open_pages()
        self.moved_by_person = False
        self.fit()

    def _close_pages(self) -> None:
        pages = self._pages()
        if pages is None:
            return
        self.folded = True
        pages.hide()
        # The tab widget's smallest height counts its pages, shown or not: held to its
        # tab bar's, which the splitter then gives it.
        bar = self._panels.tabBar() if isinstance(self._panels, QTabWidget) else None
        height = bar.sizeHint().height() if bar is not None else 0
        self._panels.setFixedHeight(height)

    def _open_pages(self) -> None:
        pages = self._pages()
        if pages is None:
            return
        self.folded = False
        self._panels.setMinimumHeight(0)
        self._panels.setMaximumHeight(_ANY_HEIGHT)
        pages.show()

    def _fold_as_needed(self, total: int) -> None:
        """Fold the tabs where the form and the open tabs do not both fit in ``total``,
        open them where they do."""
        if not self.fold_wanted or self.moved_by_person:
            return
        # The tab widget's smallest height with its pages, folded or not (it counts them
        # hidden too).
        crowded = self.form_needs() + self._panels.minimumSizeHint().height() > total
        if crowded and not self.folded:
            self._close_pages()
        elif not crowded and self.folded:
            self._open_pages()

    @slot_while_whole(int, keeps="_window")
    def _on_tab_bar_clicked(self, _index: int) -> None:
        self.unfold()

    def form_needs(self) -> int:
        """The height showing the whole form without a scrollbar."""
        form = self._scroll.widget()
        frame = 2 * self._scroll.frameWidth()
        return (form.sizeHint().height() if form is not None else 0) + frame

    def panels_need(self) -> int:
        if self.folded:
            return self._panels.minimumHeight()
        return self._panels.minimumSizeHint().height()

    def panels_share(self, total: int) -> int:
        """The height the tabs keep of ``total``: their smallest, and where the record
        has lists of its own, FAIR_EXTRA_ROWS rows more, up to half."""
        least = self.panels_need()
        if self.folded or not self.has_lists:
            return least
        row = self._panels.fontMetrics().height() + _ROW_ROOM
        return max(least, min(least + FAIR_EXTRA_ROWS * row, total // 2))

    def fit(self) -> None:
        """Share the splitter's height now, form first."""
        if not self._panels.isVisibleTo(self._window):
            return
        # The splitter's own height, not its children's: during a resize they still
        # have their old sizes.
        total = self._splitter.contentsRect().height() - self._splitter.handleWidth()
        if total <= 0:
            return
        self._fold_as_needed(total)
        if self.folded:  # the tab bar only: everything else is the form's
            form = total - self.panels_need()
        else:
            # What the form needs, leaving the tabs their share; up to half when the tabs
            # need more (on a small screen the record still comes first). No more than it
            # needs: a band of nothing sat between a short form and its tabs.
            room = max(total - self.panels_share(total), total // 2)
            form = min(self.form_needs(), room)
        self._splitter.setSizes([form, total - form])

    def grow_to_fit(self) -> None:
        """Make the window tall enough for its form and the tabs' smallest height, no
        taller than the screen; never shorter than it is."""
        if not self._panels.isVisibleTo(self._window):
            return
        window = self._window
        wanted = (
            window.height()
            - self._splitter.height()
            + self.form_needs()
            + self._splitter.handleWidth()
            + self.panels_share(_ANY_HEIGHT)
            + _SLACK
        )
        screen = window.screen()
        if screen is not None:
            wanted = min(wanted, screen.availableGeometry().height() - _TITLE_BAR)
        if wanted > window.height():
            window.resize(window.width(), wanted)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The form may outlive this filter's Python side as the window is torn down.
        if getattr(self, "moved_by_person", True):
            return False
        if watched is self._splitter and event.type() == QEvent.Type.Resize:
            self.fit()
        elif event.type() == QEvent.Type.LayoutRequest and (
            watched is self._scroll.widget() or watched is self._panels
        ):
            # The layout answers this very event: its new size hint is known a turn later.
            QTimer.singleShot(0, self, self.fit)
        return False
