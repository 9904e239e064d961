"""The amber line of a dialog saying a fact the step does not refuse, read on the DB
worker when the dialog opens: what a step leaves open (``open_parts_line``), the approved
payslip a leaving cuts (``payslip_cut_line``), the IT assets a login being deactivated
still holds (``admin.deactivate_dialog``). Hidden while there is nothing to say, or when
it could not be read: a help, not a rule (the database decides, and refuses in words
what it refuses). One class, so the three look and behave alike (review34 F12)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from dicel_desktop.gui.operations import Op
from dicel_desktop.gui.workflows.form_step_dialog import WARNING_COLOUR, coloured

if TYPE_CHECKING:
    from dicel_desktop.gui.worker import DbWorker

__all__ = ["FactLine"]

log = logging.getLogger(__name__)


class FactLine(QLabel):
    """``call(session, *args)`` run on ``worker``; what it returns said by ``text_of`` ("" for
    nothing to say). ``asking`` while the read is under way (tests wait); ``on_shown``
    runs once the line shows its text (a dialog grows to fit it)."""

    def __init__(
        self,
        worker: DbWorker,
        call: Callable[..., Any],
        args: tuple[Any, ...],
        text_of: Callable[[Any], str],
        parent: QWidget,
        *,
        on_shown: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        coloured(self, WARNING_COLOUR)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()
        self._text_of = text_of
        self._on_shown = on_shown
        self._what = getattr(call, "__name__", "a fact")
        #: Whether the fact is still being read.
        self.asking = True
        Op(worker, call, *args).for_widget(self).on_success(self._show).on_failure(
            self._failed
        ).run()

    def _show(self, found: Any) -> None:
        self.asking = False
        text = self._text_of(found)
        self.setText(text)
        self.setVisible(bool(text))
        if text and self._on_shown is not None:
            self._on_shown()

    def _failed(self, error: BaseException) -> None:
        self.asking = False
        log.info("%s not read: %s", self._what, error)
