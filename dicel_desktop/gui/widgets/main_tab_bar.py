"""The main window's tab bar: My work and one tab per module, fitting the window.

Thirteen tabs with their icons fit a 1280-pixel window in English (4bee881f), not in
French or Kinyarwanda at 1366: scroll arrows came, « Mon travail » was cut and
"Akazi kanjye (4)" scrolled out of view whenever a tab on the right was current, and
with it the count of what waits for the person (eye40 #5). Here the modules' titles are
shortened first (elided, the whole title said in the tooltip, as the side list of pages
does); My work keeps its whole title and count. Arrows come only if even the shortened
tabs do not fit.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QTabBar, QToolTip, QWidget

__all__ = ["MainTabBar"]

#: The tab never shortened: My work, with the count of what waits.
WHOLE_TAB = 0


class MainTabBar(QTabBar):
    """Tabs elided to fit, but the first (:data:`WHOLE_TAB`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setElideMode(Qt.TextElideMode.ElideRight)

    def minimumTabSizeHint(self, index: int) -> QSize:
        """Where the tabs do not fit, the bar gives each its minimum: My work its whole
        width, the others a common cap (:meth:`_cap`), so a short title ("IT", "Imari")
        stays whole and the long ones give the room (Qt's own shares cut "Imari" to "I…"
        while « Ventes et marketi… » kept most of its words)."""
        whole = self.tabSizeHint(index)
        if index == WHOLE_TAB:
            return whole
        least = super().minimumTabSizeHint(index)
        return QSize(min(whole.width(), max(self._cap(), least.width())), whole.height())

    def _cap(self) -> int:
        """The widest a shortened tab may be for all to fit the bar's width."""
        room = self.width() - self.tabSizeHint(WHOLE_TAB).width()
        wanted = sorted(self.tabSizeHint(i).width() for i in range(self.count()) if i != WHOLE_TAB)
        # Water-filling: the narrow tabs whole, the rest share what is left equally.
        for taken, width in enumerate(wanted):
            share = room // (len(wanted) - taken)
            if width > share:
                return share
            room -= width
        return max(wanted, default=0)

    def is_shortened(self, index: int) -> bool:
        """Whether tab ``index`` shows less than its whole title."""
        return self.tabRect(index).width() < self.tabSizeHint(index).width()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            index = self.tabAt(event.pos())
            if index >= 0 and not self.tabToolTip(index) and self.is_shortened(index):
                # The title as given (the main window keeps it in the tab's data), not
                # the tab's text, where "&" is written "&&" (no mnemonic).
                title = self.tabData(index)
                if not isinstance(title, str):
                    title = self.tabText(index).replace("&&", "&")
                QToolTip.showText(event.globalPos(), title, self, self.tabRect(index))
                return True
        return super().event(event)
