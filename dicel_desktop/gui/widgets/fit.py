"""A dialog that grows to show every line of what it says."""

from __future__ import annotations

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
