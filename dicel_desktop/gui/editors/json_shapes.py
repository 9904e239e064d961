"""Forms for the JSONB values whose shape is known (services.forms.JSON_SHAPES), as the
demo company and the workflows write them:

* ``contact`` (an emergency contact): ``{"name", "relationship", "phone"}``, maybe
  ``"email"``;
* ``bank_details``: ``{"bank", "account_number"}`` or ``{"momo": phone}`` (mobile money);
* ``tax_info``: ``{"tin", "rssb_number"}``;
* ``checkpoints`` (a patrol route's, or those a patrol passed): an ordered list of
  ``{"seq", "name", "tag"}``, ``seq`` counting from 1 in the list's order;
* ``survey_questions``: an ordered list of ``{"id", "text", "type", "max"}``, ``type``
  one of rating, yes_no, text, and ``max`` the top of a rating's scale.

Keys the form does not know (another program's, a later version's) are kept as they
were, in records and in each entry of a list; a known key emptied is removed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dicel_desktop.domain.errors import InvalidInput
from dicel_desktop.gui.editors.common import show_read_only

__all__ = ["ShapeView", "make_shape_view"]

_SCALARS = (str, int, float, bool, type(None))


def _tr(text: str) -> str:
    return QCoreApplication.translate("JsonShapes", text)


class ShapeView(QWidget):
    """A form for one shape: ``load`` shows a value (False if it does not have the
    shape), ``value`` reads it back, ``edited`` when the person changes something."""

    edited = Signal()

    def __init__(self, label: str) -> None:
        super().__init__()
        self.label = label
        self.setAccessibleName(label)

    def load(self, value: Any) -> bool:
        raise NotImplementedError  # pragma: no cover

    def value(self) -> Any:
        raise NotImplementedError  # pragma: no cover

    def set_read_only(self, read_only: bool) -> None:
        raise NotImplementedError  # pragma: no cover


# --------------------------------------------------------------------------- records


class RecordView(ShapeView):
    """An object of a few texts: one labelled line each."""

    def __init__(self, label: str, keys: list[tuple[str, str]]) -> None:
        super().__init__(label)
        self._base: dict[str, Any] = {}
        self.lines: dict[str, QLineEdit] = {}
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, text in keys:
            line = QLineEdit()
            line.setAccessibleName(f"{label}: {text}")
            line.textEdited.connect(self.edited)
            line.setMaximumWidth(self.fontMetrics().horizontalAdvance("n" * 40))
            layout.addRow(text, line)
            self.lines[key] = line
        self.setFocusProxy(next(iter(self.lines.values())))

    def load(self, value: Any) -> bool:
        if value is not None and not isinstance(value, dict):
            return False
        base = dict(value or {})
        if any(not isinstance(base.get(key), _SCALARS) for key in self.lines):
            return False
        self._base = base
        for key, line in self.lines.items():
            line.setText(self._text(base.get(key)))
            line.setCursorPosition(0)
        return True

    def value(self) -> dict[str, Any] | None:
        result = dict(self._base)
        for key, line in self.lines.items():
            text = line.text().strip()
            if key in self._base and text == self._text(self._base[key]):
                continue  # untouched: as it was, number or text
            if text:
                result[key] = text
            else:
                result.pop(key, None)
        return result or None

    def set_read_only(self, read_only: bool) -> None:
        for line in self.lines.values():
            line.setReadOnly(read_only)
            show_read_only(line, read_only)

    @staticmethod
    def _text(value: Any) -> str:
        return "" if value is None else str(value)


def _contact(label: str) -> ShapeView:
    return RecordView(
        label,
        [
            ("name", _tr("Name")),
            ("relationship", _tr("Relationship")),
            ("phone", _tr("Phone")),
            ("email", _tr("E-mail")),
        ],
    )


def _bank_details(label: str) -> ShapeView:
    return RecordView(
        label,
        [
            ("bank", _tr("Bank")),
            ("account_number", _tr("Account number")),
            ("momo", _tr("Mobile money number")),
        ],
    )


def _tax_info(label: str) -> ShapeView:
    return RecordView(label, [("tin", _tr("TIN")), ("rssb_number", _tr("RSSB number"))])


# --------------------------------------------------------------------------- lists

#: The data role of a row's first cell holding the entry as it was loaded (its unknown
#: keys go back with it), and of a choice cell holding the choice's value.
_ORIGINAL = Qt.ItemDataRole.UserRole
_CHOICE = Qt.ItemDataRole.UserRole + 1

#: Typing, F2, a double click or a click on the selected cell starts editing it.
_EDIT_TRIGGERS = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.SelectedClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.AnyKeyPressed
)


class _ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with a combo of (value, label) pairs."""

    def __init__(self, choices: list[tuple[str, str]], parent: QWidget) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for value, text in self.choices:
            combo.addItem(text, value)
        return combo

    def setEditorData(self, editor, index):
        found = editor.findData(index.data(_CHOICE))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), _CHOICE)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class ListView(ShapeView):
    """An ordered list of small objects: a table, a row per entry, with buttons (and
    keys: Insert adds, Ctrl+Delete removes, Ctrl+Up / Ctrl+Down move) to change it."""

    #: (key, column title, kind: "text" | "int" | a list of (value, label) choices)
    columns: list[tuple[str, str, Any]]

    def __init__(self, label: str, columns: list[tuple[str, str, Any]]) -> None:
        super().__init__(label)
        self.columns = columns
        self._loading = False
        self._read_only = False
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels([title for _key, title, _kind in columns])
        self.table.setAccessibleName(label)
        # Tab leaves the table for the next field; arrows move between cells.
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        for column, (_key, _title, kind) in enumerate(columns):
            if isinstance(kind, list):
                self.table.setItemDelegateForColumn(column, _ChoiceDelegate(kind, self.table))
            mode = QHeaderView.ResizeMode.Stretch if column == 0 else None
            header.setSectionResizeMode(column, mode or QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._on_item_changed)
        self.buttons: list[QPushButton] = []
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for text, keys, action in (
            (_tr("Add"), "Ins", self.add_row),
            (_tr("Remove"), "Ctrl+Del", self.remove_row),
            (_tr("Move up"), "Ctrl+Up", lambda: self.move_row(-1)),
            (_tr("Move down"), "Ctrl+Down", lambda: self.move_row(1)),
        ):
            self._button(bar, text, keys, action)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(bar)
        layout.addStretch(1)  # read-only (no buttons), the table stays at the top
        self.setFocusProxy(self.table)
        self._fit_height()

    def _button(self, bar: QHBoxLayout, text: str, keys: str, action: Callable[[], None]):
        button = QPushButton(text)
        sequence = QKeySequence(keys)
        button.setToolTip(f"{text} ({sequence.toString(QKeySequence.SequenceFormat.NativeText)})")
        button.clicked.connect(action)
        shortcut = QShortcut(sequence, self.table, context=Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(action)
        bar.addWidget(button)
        self.buttons.append(button)

    # ----------------------------------------------------------------- ShapeView

    def load(self, value: Any) -> bool:
        if value is not None and not (
            isinstance(value, list) and all(isinstance(entry, dict) for entry in value)
        ):
            return False
        self._loading = True
        try:
            self.table.setRowCount(0)
            for entry in self._ordered(value or []):
                self._append(entry)
        finally:
            self._loading = False
        self._fit_height()
        return True

    def value(self) -> list[dict[str, Any]] | None:
        entries = []
        for row in range(self.table.rowCount()):
            entry = self._entry(row)
            if entry is not None:
                entries.append(entry)
        return self._finish(entries) or None

    def set_read_only(self, read_only: bool) -> None:
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers if read_only else _EDIT_TRIGGERS
        )
        for button in self.buttons:
            button.setVisible(not read_only)
        self._read_only = read_only
        show_read_only(self.table, read_only)

    # ----------------------------------------------------------------- what shapes say

    def _ordered(self, entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The entries in the order to show (as stored, unless a shape says otherwise)."""
        return entries

    def _finish(self, entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Numbering and the like, once the rows are read."""
        return entries

    # ----------------------------------------------------------------- rows

    def add_row(self) -> None:
        if self._read_only:
            return
        row = self.table.currentRow() + 1 if self.table.currentRow() >= 0 else None
        self._append({}, at=row)
        self._fit_height()
        target = self.table.rowCount() - 1 if row is None else row
        self.table.setCurrentCell(target, 0)
        self.table.setFocus()
        self.edited.emit()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if self._read_only or row < 0:
            return
        self.table.removeRow(row)
        self._fit_height()
        self.edited.emit()

    def move_row(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if self._read_only or row < 0:
            return
        if not 0 <= target < self.table.rowCount():
            return
        self._loading = True
        try:
            items = [self.table.takeItem(row, c) for c in range(self.table.columnCount())]
            self.table.removeRow(row)
            self.table.insertRow(target)
            for column, item in enumerate(items):
                self.table.setItem(target, column, item)
        finally:
            self._loading = False
        self.table.setCurrentCell(target, self.table.currentColumn())
        self.edited.emit()

    def _append(self, entry: dict[str, Any], at: int | None = None) -> None:
        row = self.table.rowCount() if at is None else at
        self.table.insertRow(row)
        loading, self._loading = self._loading, True
        try:
            for column, (key, _title, kind) in enumerate(self.columns):
                raw = entry.get(key)
                item = QTableWidgetItem("" if raw is None else str(raw))
                if isinstance(kind, list):
                    labels = dict(kind)
                    item.setData(_CHOICE, raw)
                    item.setText(labels.get(raw, "" if raw is None else str(raw)))
                if kind == "int":
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if column == 0:
                    item.setData(_ORIGINAL, dict(entry))
                self.table.setItem(row, column, item)
        finally:
            self._loading = loading

    def _entry(self, row: int) -> dict[str, Any] | None:
        """Row ``row`` as an entry (None for a row left empty)."""
        first = self.table.item(row, 0)
        original: dict[str, Any] = dict(first.data(_ORIGINAL) or {}) if first else {}
        entry = dict(original)
        # A row is there once some text is in it: a new row's preset choices alone
        # (a rating out of 5) are not an entry.
        typed = False
        for column, (key, title, kind) in enumerate(self.columns):
            item = self.table.item(row, column)
            text = item.text().strip() if item is not None else ""
            if isinstance(kind, list):
                value = item.data(_CHOICE) if item is not None else None
            elif kind == "int" and text:
                value = self._whole_number(text, row, title, original.get(key))
            else:
                value = text or None
                if key in original and text == RecordView._text(original[key]):
                    value = original[key]
            if value is None or value == "":
                entry.pop(key, None)
            else:
                entry[key] = value
                typed = typed or kind == "text"
        return entry if typed or original else None

    def _whole_number(self, text: str, row: int, title: str, original: Any) -> int:
        if original is not None and text == str(original):
            return original
        try:
            return int(text)
        except ValueError:
            label = f"{self.label} ({row + 1}, {title})"
            raise InvalidInput("field_not_a_whole_number", label=label, text=text) from None

    def _fit_height(self) -> None:
        """As tall as its rows, three at least, eight at most (then it scrolls)."""
        rows = max(3, min(8, self.table.rowCount()))
        height = (
            self.table.horizontalHeader().sizeHint().height()
            + rows * self.table.verticalHeader().defaultSectionSize()
            + 2 * self.table.frameWidth()
        )
        self.table.setFixedHeight(height)

    def _on_item_changed(self, _item: QTableWidgetItem) -> None:
        if not self._loading:
            self.edited.emit()


class CheckpointsView(ListView):
    """A patrol route's checkpoints, in the order walked; ``seq`` is that order."""

    def __init__(self, label: str) -> None:
        super().__init__(label, [("name", _tr("Checkpoint"), "text"), ("tag", _tr("Tag"), "text")])

    def _ordered(self, entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
        def seq(pair: tuple[int, dict[str, Any]]) -> tuple[int, int]:
            index, entry = pair
            number = entry.get("seq")
            return (number if isinstance(number, int) else index + 1, index)

        return [entry for _index, entry in sorted(enumerate(entries), key=seq)]

    def _finish(self, entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [{**entry, "seq": n} for n, entry in enumerate(entries, start=1)]


class SurveyQuestionsView(ListView):
    """A survey's questions, in the order asked; a new question gets the next id."""

    def __init__(self, label: str) -> None:
        types = [("rating", _tr("Rating")), ("yes_no", _tr("Yes or no")), ("text", _tr("Text"))]
        super().__init__(
            label,
            [("text", _tr("Question"), "text"), ("type", _tr("Type"), types),
             ("max", _tr("Scale up to"), "int")],
        )  # fmt: skip

    def _append(self, entry: dict[str, Any], at: int | None = None) -> None:
        # A new question is a rating out of 5, the most common kind here.
        super()._append(entry or {"type": "rating", "max": 5}, at)
        if not entry:
            first = self.table.item(at if at is not None else self.table.rowCount() - 1, 0)
            first.setData(_ORIGINAL, {})

    def _finish(self, entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
        used = [e["id"] for e in entries if isinstance(e.get("id"), int)]
        next_id = max(used, default=0) + 1
        finished = []
        for entry in entries:
            if not isinstance(entry.get("id"), int):
                entry = {"id": next_id, **entry}
                next_id += 1
            if entry.get("type") != "rating":
                entry.pop("max", None)  # only a rating has a scale
            finished.append(entry)
        return finished


_SHAPES: dict[str, Callable[[str], ShapeView]] = {
    "contact": _contact,
    "bank_details": _bank_details,
    "tax_info": _tax_info,
    "checkpoints": CheckpointsView,
    "survey_questions": SurveyQuestionsView,
}


def make_shape_view(shape: str | None, label: str) -> ShapeView | None:
    """The form for ``shape`` (None: there is none; the value is edited as raw JSON)."""
    factory = _SHAPES.get(shape or "")
    return factory(label) if factory else None
