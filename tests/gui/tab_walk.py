"""Walking a window by Tab alone, as a person without a mouse does, and what a screen
reader would say at each stop (Qt's accessibility interface: the accessible name, or
the text of the label whose buddy the control is)."""

from __future__ import annotations

from helpers import WAIT_MS
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

#: More stops than any window here has: a walk that has not come round by then is stuck.
MAX_STOPS = 400


def walk(qtbot, first: QWidget) -> list[QWidget]:
    """Focus ``first``, then press Tab until the focus comes back to a control already
    visited (the cycle closed), or stays put (a control kept the Tab for itself);
    the controls visited, in order."""
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first, timeout=WAIT_MS)
    seen = [first]
    for _ in range(MAX_STOPS):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is None or now in seen:
            break
        seen.append(now)
    return seen


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def tab_stops(root: QWidget) -> list[QWidget]:
    """Every control under ``root`` that Tab should reach: shown, enabled, taking the
    focus by Tab, in ``root``'s window (not a popup), and not standing in for another
    (a focus proxy's owner is reached through the proxy)."""
    stops = []
    for widget in root.findChildren(QWidget):
        if widget.window() is not root.window() or widget.focusProxy() is not None:
            continue
        if not (widget.isVisible() and widget.isEnabled()):
            continue
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus != Qt.FocusPolicy.TabFocus:
            continue
        stops.append(widget)
    return stops


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName()!r} under {_path(widget)}"


def _path(widget: QWidget) -> str:
    names = []
    parent = widget.parentWidget()
    while parent is not None and len(names) < 4:
        names.append(parent.objectName() or type(parent).__name__)
        parent = parent.parentWidget()
    return " < ".join(names)


def check_walk(qtbot, root: QWidget, first: QWidget) -> list[QWidget]:
    """Walk ``root``'s window from ``first``: every control under ``root`` is reached,
    and every control reached has a name to say. Returns the stops."""
    stops = walk(qtbot, first)
    unnamed = [describe(w) for w in stops if not spoken_name(w)]
    assert not unnamed, f"reached without a name: {unnamed}"
    missed = [describe(w) for w in tab_stops(root) if w not in stops]
    assert not missed, f"never reached by Tab: {missed}"
    return stops
