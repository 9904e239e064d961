"""What a form for a JSONB value of a known shape (services.forms.JSON_SHAPES) offers
the JSON editor; the shapes themselves are in json_records (objects of a few texts),
json_lists (ordered lists of small objects) and json_deductions, as the demo company and
the workflows write them:

* ``contact`` (an emergency contact): ``{"name", "relationship", "phone"}``, maybe
  ``"email"``;
* ``bank_details``: ``{"bank", "account_number"}`` or ``{"momo": phone}`` (mobile money);
* ``tax_info``: ``{"tin", "rssb_number"}``;
* ``checkpoints`` (a patrol route's, or those a patrol passed): an ordered list of
  ``{"seq", "name", "tag"}``, ``seq`` counting from 1 in the list's order;
* ``survey_questions``: an ordered list of ``{"id", "text", "type", "max"}``, ``type``
  one of rating, yes_no, text, and ``max`` the top of a rating's scale.
* ``deductions`` (a payslip's, json_deductions): a list of ``{"code", "amount"}`` in
  payslip order, each with its ``rate`` (PAYE its ``bands``) since migration 0115,
  written by the payroll run and only shown.
* ``incident_numbers`` (the incidents a patrol log reports, json_texts): a list of
  incident numbers, ``["SEC-2026-000024"]``, ``[]`` for none.

Keys the form does not know (another program's, a later version's) are kept as they
were, in records and in each entry of a list; a known key emptied is removed.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTableWidget, QWidget

__all__ = ["ShapeView", "table_text"]


class ShapeView(QWidget):
    """A form for one shape. Each offers ``load(value) -> bool`` (show a value; False if
    it does not have the shape, and then nothing changed), ``value()`` (read it back,
    None when empty; InvalidInput for text that cannot be read), ``set_read_only(bool)``,
    and emits ``edited`` when the person changes something."""

    edited = Signal()

    def __init__(self, label: str) -> None:
        super().__init__()
        self.label = label
        self.setAccessibleName(label)

    def says_all(self) -> bool:
        """Whether the form shows every part of the value it holds, so that its JSON
        text would say nothing more: not for a list, whose rows carry parts its table
        does not show."""
        return False

    def part_widget(self, part: str) -> QWidget | None:
        """The control that edits ``part`` of the value (an emergency contact's
        ``phone``), for the focus a fault of that part is given; None: the form's own."""
        return None

    def shown_text(self) -> str:
        """The whole value as the form shows it, as text (what a print of the form
        says): every part, not only the first box's."""
        table = getattr(self, "table", None)
        if table is None:
            return ""
        return table_text(table)


def table_text(table: QTableWidget) -> str:
    """A table's rows as lines, each its cells as they read, parted by commas."""
    lines = []
    for row in range(table.rowCount()):
        cells = [table.item(row, column) for column in range(table.columnCount())]
        texts = [item.text().strip() for item in cells if item is not None]
        line = ", ".join(t for t in texts if t)
        if line:
            lines.append(line)
    return "\n".join(lines)
