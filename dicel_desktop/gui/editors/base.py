"""What every field editor offers the record form (gui/records).

An editor edits one field (a ``services.forms.FieldSpec``) and speaks in Python values:
``set_value`` shows one (None: empty) without counting as an edit, ``value`` reads what
the person typed back as the value the database takes (str, int, Decimal, date,
datetime, bool, UUID, list[str], dict/list for JSON; None when empty), and ``edited`` is
emitted on every change the person makes (not on ``set_value``). Text that cannot be read
as the field's kind ("12,5x" in an amount) makes ``value`` raise ``InvalidInput`` with a
sentence naming the field: the form shows it beside the field and saves nothing.

Read-only editors still show their value and let it be selected and copied.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.services.forms import FieldSpec


class FieldEditor(QWidget):
    """Base of the editors. Every editor defines ``value()`` and ``set_value(value)`` (see
    the module docstring; tests/gui/test_editors_panel.py round-trips every kind), overrides
    ``set_read_only`` calling this one, and gives its input widget as focus proxy."""

    #: The person changed the value.
    edited = Signal()

    def __init__(self, field: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self._read_only = False

    def setAccessibleName(self, name: str) -> None:
        """The name given the editor (a dialog's "First day of leave", a form's label in
        the reader's language) is what its parts say too: the focus goes to its line,
        and a screen reader announced the model's English label there ("Start date" in
        French, keys38 #4). Parts named otherwise (the calendar button) keep theirs."""
        old = self.accessibleName()
        super().setAccessibleName(name)
        proxy = self.focusProxy()
        model_names = {old, self.field.label} - {""}
        for part in self.findChildren(QWidget):
            said = part.accessibleName()
            if said in model_names or (part is proxy and not said):
                part.setAccessibleName(name)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only

    def is_read_only(self) -> bool:
        return self._read_only

    def set_empty_note(self, note: str) -> None:
        """Say, in place of an empty read-only value, who fills it ("Given when saved").
        Called after ``set_read_only(True)``, which gives an editor its own placeholder:
        shown in the field's line, where it has one."""
        line = self.findChild(QLineEdit) or self.findChild(QPlainTextEdit)
        if line is not None and self._read_only:
            line.setPlaceholderText(note)
            if isinstance(line, QLineEdit) and note:
                # Read whole: a date's or an amount's box, as wide as its value, cut the
                # note short in French and Kinyarwanda ("Renseigné au pai…"). The frame,
                # margins and cursor as ``common.chars_width`` counts them.
                metrics = line.fontMetrics()
                needed = metrics.horizontalAdvance(note) + 2 * metrics.averageCharWidth() + 12
                least = hint_room(line)[0]
                widen_for_hint(line, least, max(least, needed))


#: The focus policy a widget the record form took out of the Tab chain had (and gets
#: back): an editor that changes its own Tab stops changes that one meanwhile.
OWN_FOCUS = "dicelOwnFocusPolicy"


def set_tab_stop(widget: QWidget, stop: bool) -> None:
    """Make ``widget`` a Tab stop or not (a click still focuses it), as its editor wants
    it; where the record form holds it out of the Tab chain, what the form gives back."""
    policy = Qt.FocusPolicy.StrongFocus if stop else Qt.FocusPolicy.ClickFocus
    if widget.property(OWN_FOCUS) is not None:
        widget.setProperty(OWN_FOCUS, int(policy.value))
    else:
        widget.setFocusPolicy(policy)


#: The dynamic properties of a line widened to show its grey hint whole.
_LEAST, _WHOLE = "dicel_least_width", "dicel_hint_width"


def widen_for_hint(line: QLineEdit, least: int, whole: int) -> None:
    """Make ``line`` at least ``whole`` pixels wide, so its grey hint (an empty read-only
    value's note, a date's format in words) reads whole; ``least`` is what its value
    needs. A form too narrow for every hint whole gives some of that room back
    (``keep_hint_whole``) and says the cut hints whole below their lines: Kinyarwanda's
    hints made forms wider than the record window, with a horizontal scroll bar."""
    line.setProperty(_LEAST, least)
    line.setProperty(_WHOLE, whole)
    line.setMaximumWidth(max(line.maximumWidth(), whole))
    line.setMinimumWidth(whole)


def hint_room(line: QLineEdit) -> tuple[int, int]:
    """The least width of ``line`` for its value, and for its hint whole (the same
    where its hint asked for no more)."""
    least = line.property(_LEAST)
    if least is None:
        return line.minimumWidth(), line.minimumWidth()
    return int(least), int(line.property(_WHOLE))


def keep_hint_whole(line: QLineEdit, whole: bool) -> None:
    """``line``'s least width for its hint whole, or only for its value."""
    least, wide = hint_room(line)
    line.setMinimumWidth(wide if whole else least)


class LineEditor(FieldEditor):
    """One line of text (VARCHAR). A text longer than its column keeps is not cut (a
    132-character contract type became 100 silently): it stays as typed or pasted, and
    the sentence under the box says how long it is and may be, as under several lines,
    until it is shortened (the form refuses to save it meanwhile: services/form_rules.py).
    Its box and the buttons beside it are in :attr:`row`."""

    def __init__(self, field: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        from dicel_desktop.gui.editors.common import error_label

        self.line = QLineEdit()
        self.line.textEdited.connect(self.edited)
        self.line.textChanged.connect(self._say_length)
        self.too_long = error_label()
        self.too_long.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(self.line)
        column.addLayout(self.row)
        column.addWidget(self.too_long)
        self.setFocusProxy(self.line)

    def length_over(self) -> int | None:
        """The length of the value as it would be saved, when over its column's limit."""
        most = self.field.max_length
        if most is None or len(self.line.text()) <= most:
            return None
        try:
            value = self.value()
        except DicelError:  # not readable as the field's kind: said on saving
            return None
        length = len(value) if isinstance(value, str) else 0
        return length if length > most else None

    @slot_while_whole(keeps="line")
    def _say_length(self) -> None:
        from dicel_desktop.gui.editors.common import say_too_long

        say_too_long(self.too_long, self.line, self.length_over(), self.field.max_length or 0)

    def value(self) -> str | None:
        text = self.line.text().strip()
        return text or None

    def set_value(self, value: Any) -> None:
        self.line.setText("" if value is None else str(value))
        self.line.setCursorPosition(0)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.line.setReadOnly(read_only)
