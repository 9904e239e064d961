"""A record form's grey hints kept readable (``FormHints``, the form's ``hints``): a line
keeps the room to show its hint whole while the form fits its scroll area; where it does
not, the lines that take most give it back first, and a hint cut short in its line is
said whole below it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame

from dicel_desktop.gui.editors.base import hint_room, keep_hint_whole

if TYPE_CHECKING:
    from dicel_desktop.gui.records.record_form import RecordForm


class FormHints:
    """The form's part that fits it in a width and says cut hints below their lines."""

    def __init__(self, form: RecordForm) -> None:
        self._form = form
        #: Each field's line, where it has one: the line its hint shows in.
        self.lines: dict[str, QLineEdit] = {}
        #: The width the form fits in (its scroll area's), once known: ``fit_width``.
        self._fit_width: int | None = None
        self._refit_due = False

    def fit_width(self, width: int) -> None:
        """See ``RecordForm.fit_width``."""
        self._fit_width = width
        self.refit()

    def refit_later(self) -> None:
        """Fit again once the fields' notes are set (several at a load), in one go."""
        if not self._refit_due:
            self._refit_due = True
            QTimer.singleShot(0, self.refit)

    def refit(self) -> None:
        self._refit_due = False
        if not shiboken6.isValid(self._form):
            return
        if self._fit_width is not None:
            widened = [
                line for line in self.lines.values() if hint_room(line)[1] > hint_room(line)[0]
            ]
            for line in widened:
                self._keep_hint_whole(line, True)
            widened.sort(key=lambda line: hint_room(line)[1] - hint_room(line)[0], reverse=True)
            for line in widened:
                if self._form.minimumSizeHint().width() <= self._fit_width:
                    break
                self._keep_hint_whole(line, False)
        for name in self.lines:
            self.show_below(name)

    def _keep_hint_whole(self, line: QLineEdit, whole: bool) -> None:
        before = line.minimumWidth()
        keep_hint_whole(line, whole)
        if line.minimumWidth() == before:
            return
        # The layouts from the line up to the form, now: the next line given back
        # is chosen on the form's least width with this one's change.
        widget = line.parentWidget()
        while widget is not None:
            layout = widget.layout()
            if layout is not None:
                layout.activate()
            if widget is self._form:
                break
            widget = widget.parentWidget()

    def show_below(self, name: str) -> None:
        """Say field ``name``'s hint whole below its line when the line cuts it short."""
        line = self.lines.get(name)
        label = self._form.hint_labels[name]
        if line is None or not shiboken6.isValid(label):
            return
        hint = line.placeholderText()
        cut = (
            bool(hint)
            and not line.text()
            and _room_for_text(line) < (line.fontMetrics().horizontalAdvance(hint))
        )
        label.setText(hint if cut else "")
        label.setVisible(cut and line.isVisibleTo(self._form))
        # Said whole below, the hint is not also shown cut in its line ("Bishyirwaho
        # iyo byafashweho ic…"): its grey goes clear there, its text stays (a screen
        # reader's, and what is measured here).
        _clear_placeholder(line, cut and line.isVisibleTo(self._form))


def _clear_placeholder(line: QLineEdit, clear: bool) -> None:
    """Draw ``line``'s grey hint, or not (``clear``: it is said whole below the line)."""
    palette = line.palette()
    shown = palette.color(QPalette.ColorRole.PlaceholderText)
    if clear == (shown.alpha() == 0):
        return
    palette, usual = QPalette(palette), QPalette()  # the application's own grey
    role = QPalette.ColorRole.PlaceholderText
    for group in (
        QPalette.ColorGroup.Active,
        QPalette.ColorGroup.Inactive,
        QPalette.ColorGroup.Disabled,
    ):
        colour = QColor(usual.color(group, role))
        if clear:
            colour.setAlpha(0)
        palette.setColor(group, role, colour)
    line.setPalette(palette)


def _room_for_text(line: QLineEdit) -> int:
    """The pixels ``line`` shows its text (or grey hint) in: inside its frame, less its
    text margins and the two pixels Qt keeps on either side."""
    option = QStyleOptionFrame()
    line.initStyleOption(option)
    inside = line.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, line)
    margins = line.textMargins()
    return inside.width() - margins.left() - margins.right() - 4
