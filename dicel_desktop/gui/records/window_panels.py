"""What a record window shows under its form, in tabs (``RecordWindow.panels``): built
from the window's panel factory (gui/records/panels.py) once the record is known, after
the form's first paint, so that the record shows first; each list's rows, the files and
the history load when their tab is first shown. The buttons in the tabs (Upload…, a
list's Add…) leave the window's own Alt letters to it; the split gives the form the
height it needs and the tabs the rest.

A record window's helper (``RecordWindow.under``), a child QObject of the window: it
watches the form's first paint.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractButton, QWidget

from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.mnemonics import mnemonic, yield_mnemonics

if TYPE_CHECKING:
    from dicel_desktop.gui.records.record_window import RecordWindow

#: The panels under a loaded form are built after its first paint, or after this long.
PANELS_AT_LATEST_MS = 150

#: What builds the widgets under the form (documents, history, lines): called with the
#: window once its record is known; returns (tab title, widget) pairs.
PanelFactory = Callable[["RecordWindow"], list[tuple[str, QWidget]]]
#: The property of a panel holding its tab's tooltip (what the tab holds).
TAB_TIP = "dicel_tab_tip"


class WindowPanels(QObject):
    """The tabs under one record window's form; see the module docstring."""

    def __init__(self, window: RecordWindow, factory: PanelFactory | None) -> None:
        super().__init__(window)
        self._window = window
        self._factory = factory
        #: The panels wait for the form's first paint (``build_after_paint``).
        self._pending = False
        #: The window grew once for its tabs (it does not grow again at each build).
        self._grown = False

    @property
    def ready(self) -> bool:
        """The panels under the form match the record shown."""
        return not self._pending

    def build_after_paint(self) -> None:
        """The record shows first; the lists, files and history under it are built once
        the form has painted (or a moment later, if it is not on screen)."""
        self._pending = True
        self._window.form.installEventFilter(self)
        QTimer.singleShot(PANELS_AT_LATEST_MS, self._build_pending)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Events may still come while the window is torn down, its attributes gone.
        window = vars(self).get("_window")
        if window is None or not shiboken6.isValid(window):
            return False
        form = vars(window).get("form")
        if watched is form and event.type() == QEvent.Type.Paint and self._pending:
            # After this paint has been flushed, in the next turn of the event loop.
            QTimer.singleShot(0, self._build_pending)
        return False

    @slot_while_whole(keeps="_window")
    def _build_pending(self) -> None:
        # A turn late: the window (and its worker) may have closed meanwhile.
        window = self._window
        if self._pending and shiboken6.isValid(window) and not window.worker.is_shut_down:
            self._pending = False
            window.form.removeEventFilter(self)
            self.build()

    def build(self) -> None:
        """The tabs for the record shown now, in place of those of the last one."""
        window = self._window
        tabs = window.panels
        self.close_lists()
        while tabs.count():
            widget = tabs.widget(0)
            tabs.removeTab(0)
            widget.deleteLater()
        for title, widget in self._factory(window) if self._factory else []:
            index = tabs.addTab(widget, title)
            tabs.setTabToolTip(index, widget.property(TAB_TIP) or "")
        tabs.setVisible(tabs.count() > 0)
        # Its lines, payslips or contracts keep a fair share of the height below the form.
        window.split.has_lists = bool(window.spec.details) and window.record is not None
        self.yield_mnemonics()
        # The record first: its form gets the height it needs, what belongs to it the
        # rest (the person drags the handle for more); the window grows for them once.
        if not self._grown and tabs.count():
            self._grown = True
            window.split.grow_to_fit()
        else:
            window.split.fit()

    def yield_mnemonics(self) -> None:
        """The buttons under the form (Upload…, a list's Add…) leave the letters of the
        window's own buttons and steps to them (gui/mnemonics): one tab shows at a time."""
        window = self._window
        own = [
            b
            for b in (window.new_button, window.save_button, window.delete_button)
            if b.isVisibleTo(window)
        ]
        taken = [mnemonic(b.text()) for b in [*own, *window.steps.buttons()]]
        tabs = window.panels
        for i in range(tabs.count()):
            yield_mnemonics(tabs.widget(i).findChildren(QAbstractButton), taken)

    def close_lists(self) -> None:
        """Lists under the form stop loading (their queries are cancelled)."""
        tabs = self._window.panels
        for index in range(tabs.count()):
            close_list = getattr(tabs.widget(index), "close_list", None)
            if close_list is not None:
                close_list()
