"""Forms for JSONB lists of small objects, in order: a patrol route's checkpoints, a
survey's questions (json_shapes says what each holds)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dicel_desktop.domain.errors import InvalidInput
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.editors.common import show_read_only
from dicel_desktop.gui.editors.json_shapes import ShapeView
from dicel_desktop.gui.translations import shortcut_text

__all__ = ["CheckpointsView", "ListView", "SurveyQuestionsView"]


def _text(value: Any) -> str:
    return "" if value is None else str(value)


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

    def empty_text(self) -> str:
        """What the empty table says, where it may still be changed."""
        return QCoreApplication.translate("JsonLists", "Nothing here yet: use Add to start.")

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
            (QCoreApplication.translate("JsonLists", "Add"), "Ins", self.add_row),
            (QCoreApplication.translate("JsonLists", "Remove"), "Ctrl+Del", self.remove_row),
            (
                QCoreApplication.translate("JsonLists", "Move up"),
                "Ctrl+Up",
                lambda: self.move_row(-1),
            ),
            (
                QCoreApplication.translate("JsonLists", "Move down"),
                "Ctrl+Down",
                lambda: self.move_row(1),
            ),
        ):
            self._button(bar, text, keys, action)
        self.add_button, self.remove_button, self.up_button, self.down_button = self.buttons
        #: What each button does, said in its tooltip while it is enabled.
        self._tips = {b: b.toolTip() for b in self.buttons}
        # Said over the empty table (a new survey has no question yet).
        self.empty_note = QLabel(self.table.viewport())
        self.empty_note.setWordWrap(True)
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_note.setEnabled(False)  # greyed, as a placeholder
        self.table.currentCellChanged.connect(self._update_buttons)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(bar)
        layout.addStretch(1)  # read-only (no buttons), the table stays at the top
        self.setFocusProxy(self.table)
        self._fit_height()
        self._update_buttons()

    def _button(self, bar: QHBoxLayout, text: str, keys: str, action: Callable[[], None]):
        button = QPushButton(text)
        sequence = QKeySequence(keys)
        # "Ctrl+↓" in Kinyarwanda, « Ctrl+Bas » in French (eye38, 1).
        button.setToolTip(f"{text} ({shortcut_text(keys)})")
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
        self._update_buttons()
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
        self._update_buttons()

    # ----------------------------------------------------------------- what shapes say

    def _ordered(self, entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The entries in the order to show (as stored, unless a shape says otherwise)."""
        return entries

    def _finish(self, entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Numbering and the like, once the rows are read."""
        return entries

    # ----------------------------------------------------------------- rows

    @slot_while_whole(keeps="columns")
    def add_row(self) -> None:
        if self._read_only:
            return
        row = self.table.currentRow() + 1 if self.table.currentRow() >= 0 else None
        self._append({}, at=row)
        self._fit_height()
        target = self.table.rowCount() - 1 if row is None else row
        self.table.setCurrentCell(target, 0)
        self.table.setFocus()
        self._update_buttons()
        self.edited.emit()

    @slot_while_whole(keeps="columns")
    def remove_row(self) -> None:
        row = self.table.currentRow()
        if self._read_only or row < 0:
            return
        self.table.removeRow(row)
        self._fit_height()
        self._update_buttons()
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
        self._update_buttons()
        self.edited.emit()

    def _append(self, entry: dict[str, Any], at: int | None = None) -> None:
        row = self.table.rowCount() if at is None else at
        self.table.insertRow(row)
        loading, self._loading = self._loading, True
        try:
            for column, (key, _title, kind) in enumerate(self.columns):
                raw = entry.get(key)
                item = QTableWidgetItem(_text(raw))
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
                if key in original and text == _text(original[key]):
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

    @slot_while_whole(int, int, int, int, keeps="columns")
    def _update_buttons(self, *_cells: int) -> None:
        """Remove and the moves only where they would do something, saying why not;
        the empty table says how to begin."""
        count = self.table.rowCount()
        row = self.table.currentRow() if count else -1
        if count == 0:
            stop = QCoreApplication.translate("JsonLists", "There is nothing in the list yet")
            stops = {self.remove_button: stop, self.up_button: stop, self.down_button: stop}
        elif row < 0:
            stop = QCoreApplication.translate("JsonLists", "Select a row in the list first")
            stops = {self.remove_button: stop, self.up_button: stop, self.down_button: stop}
        else:
            stops = {
                self.remove_button: "",
                self.up_button: QCoreApplication.translate("JsonLists", "It is already first")
                if row == 0
                else "",
                self.down_button: QCoreApplication.translate("JsonLists", "It is already last")
                if row == count - 1
                else "",
            }
        for button, stop in stops.items():
            button.setEnabled(not stop)
            button.setToolTip(stop or self._tips[button])
        self.empty_note.setText(self.empty_text() if count == 0 and not self._read_only else "")
        self.empty_note.setVisible(count == 0 and not self._read_only)
        self.empty_note.resize(self.table.viewport().size())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.empty_note.resize(self.table.viewport().size())

    def _fit_height(self) -> None:
        """As tall as its rows, three at least, eight at most (then it scrolls)."""
        rows = max(3, min(8, self.table.rowCount()))
        height = (
            self.table.horizontalHeader().sizeHint().height()
            + rows * self.table.verticalHeader().defaultSectionSize()
            + 2 * self.table.frameWidth()
        )
        self.table.setFixedHeight(height)

    @slot_while_whole(QTableWidgetItem, keeps="columns")
    def _on_item_changed(self, _item: QTableWidgetItem) -> None:
        if not self._loading:
            self.edited.emit()


class CheckpointsView(ListView):
    """Checkpoints in the order walked. A route stores ``{"seq", "name", "tag"}`` with
    ``seq`` that order; a patrol's log (``checkpoints_completed``, as the demo writes
    it) stores only the names passed, and stays a list of names (no tag column)."""

    def __init__(self, label: str) -> None:
        super().__init__(
            label,
            [
                ("name", QCoreApplication.translate("JsonLists", "Checkpoint"), "text"),
                ("tag", QCoreApplication.translate("JsonLists", "Tag"), "text"),
            ],
        )
        self._names_only = False

    def empty_text(self) -> str:
        return QCoreApplication.translate(
            "JsonLists", "No checkpoints yet: use Add to write the first one."
        )

    def load(self, value: Any) -> bool:
        names = (
            isinstance(value, list)
            and bool(value)
            and all(isinstance(entry, str) for entry in value)
        )
        self._names_only = names
        self.table.setColumnHidden(1, names)
        return super().load([{"name": name} for name in value] if names else value)

    def _ordered(self, entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
        def seq(pair: tuple[int, dict[str, Any]]) -> tuple[int, int]:
            index, entry = pair
            number = entry.get("seq")
            return (number if isinstance(number, int) else index + 1, index)

        return [entry for _index, entry in sorted(enumerate(entries), key=seq)]

    def _finish(self, entries: list[dict[str, Any]]) -> list[Any]:
        if self._names_only:
            return [entry["name"] for entry in entries if entry.get("name")]
        return [{**entry, "seq": n} for n, entry in enumerate(entries, start=1)]


class SurveyQuestionsView(ListView):
    """A survey's questions, in the order asked; a new question gets the next id."""

    def __init__(self, label: str) -> None:
        types = [
            ("rating", QCoreApplication.translate("JsonLists", "Rating")),
            ("yes_no", QCoreApplication.translate("JsonLists", "Yes or no")),
            ("text", QCoreApplication.translate("JsonLists", "Text")),
        ]
        super().__init__(
            label,
            [
                ("text", QCoreApplication.translate("JsonLists", "Question"), "text"),
                ("type", QCoreApplication.translate("JsonLists", "Type"), types),
                ("max", QCoreApplication.translate("JsonLists", "Scale up to"), "int"),
            ],
        )

    def empty_text(self) -> str:
        return QCoreApplication.translate(
            "JsonLists", "No questions yet: use Add to write the first one."
        )

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
