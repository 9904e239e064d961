"""A focus ring that shows on every control: a thick frame in the palette's highlight
colour around whichever widget has the keyboard focus (a button, a field, a list, a
dashboard tile, a chart), whatever the style draws or does not draw for focus.

The ring is a widget of its own laid over the focused one, not a style: a style written
in Python is called for every cell of every list painted (a benchmark measured a list's
paint at twice Fusion's time through one), while the ring costs a few calls per focus
change. It reaches ``MARGIN`` pixels outside the widget and ``INSIDE`` pixels into it,
so that a widget touching its parent's edge (a list filling its page) still shows one.
It is a child of the focused widget's window, not of its parent: a splitter takes every
child for a pane of its own.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QRegion
from PySide6.QtWidgets import QApplication, QTabBar, QWidget

#: Three pixels in all: found at a glance (WCAG 2.4.13 asks for at least two).
MARGIN = 2
INSIDE = 1

#: Events of the focused widget after which the ring follows it.
_FOLLOW = frozenset(
    {
        QEvent.Type.Move,
        QEvent.Type.Resize,
        QEvent.Type.Show,
        QEvent.Type.Hide,
        QEvent.Type.ParentChange,
        QEvent.Type.ZOrderChange,
    }
)


def band(rect: QRect, width: int) -> QRegion:
    """The edge of ``rect``, ``width`` pixels deep."""
    inner = rect.adjusted(width, width, -width, -width)
    return QRegion(rect).subtracted(QRegion(inner))


def _focused_part(target: QWidget) -> QRect:
    """What of ``target`` the ring goes around: the part that shows, and of a tab bar
    only its current tab (the bar spans the window: a ring round it all framed an empty
    strip and said nothing of which tab the arrow keys move from)."""
    shown = target.visibleRegion()
    if isinstance(target, QTabBar) and target.currentIndex() >= 0:
        shown = shown.intersected(QRegion(target.tabRect(target.currentIndex())))
    return shown.boundingRect()


class Ring(QWidget):
    """The frame itself: paints only its edge (a mask), lets the mouse through."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None

    def around(self, target: QWidget) -> None:
        """Lay the ring over what shows of ``target`` (a field half scrolled out of
        sight is ringed where it shows), above everything else in its window."""
        self.target = target
        window = target.window()
        if self.parentWidget() is not window:
            self.setParent(window)
        shown = _focused_part(target)
        if not target.isVisible() or shown.isEmpty():
            self.hide()
            return
        top_left = target.mapTo(window, shown.topLeft())
        geometry = QRect(top_left, shown.size()).adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        if self.isVisible() and geometry == self.geometry():
            return  # followed a paint of a tab bar whose tabs stayed where they were
        self.setGeometry(geometry)
        self.setMask(band(QRect(0, 0, geometry.width(), geometry.height()), MARGIN + INSIDE))
        self.raise_()
        self.show()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Highlight))


class FocusRing(QObject):
    """Moves one ring to whichever widget of the application has the keyboard focus."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self.ring: Ring | None = None
        #: The focused widget and its ancestors: when any moves, so does the ring.
        self._watched: list[QWidget] = []
        #: The focused tab bar, whose current tab the ring follows.
        self._tab_bar: QTabBar | None = None
        app.focusChanged.connect(self._on_app_focus_changed)

    @property
    def widget(self) -> QWidget | None:
        """The widget the ring is around, if it shows."""
        ring = self._alive()
        return ring.target if ring is not None and ring.isVisible() else None

    def stop(self) -> None:
        self._app.focusChanged.disconnect(self._on_app_focus_changed)
        self._leave()
        ring = self._alive()
        if ring is not None:
            ring.deleteLater()
        self.ring = None

    def _alive(self) -> Ring | None:
        # The ring is a child of the focused widget's parent, and goes with it.
        if self.ring is not None and not shiboken6.isValid(self.ring):
            self.ring = None
        return self.ring

    def _leave(self) -> None:
        for widget in self._watched:
            if shiboken6.isValid(widget):
                widget.removeEventFilter(self)
        self._watched = []
        if self._tab_bar is not None and shiboken6.isValid(self._tab_bar):
            self._tab_bar.currentChanged.disconnect(self._follow)
        self._tab_bar = None
        ring = self._alive()
        if ring is not None:
            ring.target = None
            ring.hide()

    def _on_app_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self._leave()
        if new is None or new.isWindow():
            return
        ring = self._alive()
        if ring is None:
            ring = self.ring = Ring(new.window())
        ring.around(new)
        if isinstance(new, QTabBar):  # the ring goes round the current tab: follow it
            new.currentChanged.connect(self._follow)
            self._tab_bar = new
        widget: QWidget | None = new
        while widget is not None and not widget.isWindow():
            widget.installEventFilter(self)
            self._watched.append(widget)
            widget = widget.parentWidget()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _FOLLOW:
            self._follow()
        elif event.type() == QEvent.Type.Paint and watched is self._tab_bar:
            # A tab's title may change ("My work (9)") and move the tabs after it
            # without any event of the bar's own but a repaint.
            self._follow()
        return False

    def _follow(self, *_args: object) -> None:
        ring = self._alive()
        target = ring.target if ring is not None else None
        if target is not None and shiboken6.isValid(target):
            ring.around(target)
