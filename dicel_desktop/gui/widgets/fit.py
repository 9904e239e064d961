"""A dialog that grows to show every line of what it says."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


def grow_to_fit(window: QWidget) -> None:
    """Grow ``window`` taller (never narrower, never shorter) to show its whole layout at
    its width: a top-level window does not follow its wrapped labels' height for its
    width by itself, and a refusal of two lines under a field showed one, the next row
    over the rest."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    width = window.width()
    needed = (
        layout.totalHeightForWidth(width)
        if layout.hasHeightForWidth()
        else layout.totalSizeHint().height()
    )
    if needed > window.height():
        window.resize(width, needed)


class _Fitter(QObject):
    """Re-fits its window each time the window's layout is asked to change (a message
    shown, changed or hidden; a field's error under it)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.LayoutRequest
            and isinstance(watched, QWidget)
            and watched.isVisible()
        ):
            grow_to_fit(watched)
        return False


def keep_fitted(window: QWidget) -> None:
    """Keep ``window`` tall enough for its whole content as it changes: a refusal shown
    in a step dialog cut the question at the top and showed half of its own line, or
    sat under the frame of the box above it (user-eye review). The window grows; it
    never shrinks, so a size the person gave it stays."""
    fitter = _Fitter(window)
    window.installEventFilter(fitter)
