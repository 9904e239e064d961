"""The editor of a list of short texts (TEXT[]: skills, certifications): one chip per
entry and a text box after them.

Keyboard: type and press Enter or a comma to add (a pasted "a, b, c" adds three);
Backspace in the empty box selects the last chip, and again removes it; Left and Right
move between chips, Delete removes the selected one, Esc or typing goes back to the
text. Click the cross on a chip to remove it. The same entry is never there twice (whatever
its capitals): adding it again selects the one already there. Text typed but not yet
added counts when the field is left or the value is read.

A list keeps at most ``FieldSpec.max_items`` entries (migration 0088's limit, DW025): once
it is full, what is typed stays in the box, nothing is added, and a line beside the list
says so until an entry is removed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStyle,
    QStyleOptionFrame,
    QToolButton,
    QWidget,
)

from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.editors.common import SwitchingEditor, error_label
from dicel_desktop.gui.editors.flow_layout import FlowLayout
from dicel_desktop.services.forms import FieldSpec

__all__ = ["TagsEditor"]

_CHIP_STYLE = """
QFrame#chip { border: 1px solid palette(mid); border-radius: 9px; background: palette(button); }
QFrame#chip[selected="true"] { background: palette(highlight); border-color: palette(highlight); }
QFrame#chip[selected="true"] QLabel, QFrame#chip[selected="true"] QToolButton {
    color: palette(highlighted-text);
}
QToolButton { border: none; padding: 0 2px; }
"""


class _Chip(QFrame):
    remove_requested = Signal(object)

    def __init__(self, text: str, *, removable: bool) -> None:
        super().__init__()
        self.text = text
        self.setObjectName("chip")
        self.setStyleSheet(_CHIP_STYLE)
        self.setProperty("selected", False)
        self.label = QLabel(text)
        self.remove = QToolButton()
        self.remove.setText("\u00d7")  # the multiplication sign: a cross
        # Chips are reached with the arrow keys from the text box, not one Tab stop each.
        self.remove.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.remove.setAccessibleName(self.tr("Remove {tag}").format(tag=text))
        self.remove.setToolTip(self.tr("Remove {tag}").format(tag=text))
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        self.remove.setVisible(removable)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 1, 2 if removable else 8, 1)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addWidget(self.remove)
        self.setAccessibleName(text)

    def set_selected(self, selected: bool) -> None:
        if self.property("selected") == selected:
            return
        self.setProperty("selected", selected)
        # A dynamic property in a style sheet takes effect once the widget is re-polished.
        for widget in (self, self.label, self.remove):
            widget.style().unpolish(widget)
            widget.style().polish(widget)


class _TagInput(QLineEdit):
    """The text box after the chips; the keys that act on chips go to the editor."""

    key_for_chips = Signal(QKeyEvent)
    left = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        at_start = self.cursorPosition() == 0 and not self.hasSelectedText()
        chip_keys = {Qt.Key.Key_Backspace, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Delete}
        if (key in chip_keys and at_start) or key == Qt.Key.Key_Escape:
            event.accept()
            self.key_for_chips.emit(event)
            if event.isAccepted():
                return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.text().strip():
            self.key_for_chips.emit(event)
            return  # Enter adds; it does not also press the form's default button
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.parentWidget().update()  # the box draws the focus frame

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()
        self.parentWidget().update()


class _ChipBox(QFrame):
    """Looks like one line edit (its frame shows focus when the text box has it); the
    chips and the text box wrap inside."""

    def __init__(self) -> None:
        super().__init__()
        self.flow = FlowLayout(self, spacing=3)
        self.flow.setContentsMargins(3, 3, 3, 3)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAutoFillBackground(False)

    def paintEvent(self, event: Any) -> None:
        option = QStyleOptionFrame()
        option.initFrom(self)
        option.lineWidth = self.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)
        option.frameShape = QFrame.Shape.StyledPanel
        focus = self.focusWidget()
        if focus is not None and self.isAncestorOf(focus) and focus.hasFocus():
            option.state |= QStyle.StateFlag.State_HasFocus
        painter = QPainter(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelLineEdit, option, painter, self)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)  # the proxy: the text box
        super().mousePressEvent(event)

    def sizeHint(self) -> QSize:
        width = max(240, super().sizeHint().width())
        return QSize(width, self.flow.heightForWidth(width))


class TagsEditor(SwitchingEditor):
    """A list of short texts; ``value()`` is ``list[str]`` (None when there is none)."""

    def __init__(self, field: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.chips: list[_Chip] = []
        self._selected: int | None = None
        self.box = _ChipBox()
        self.input = _TagInput()
        self.input.setFrame(False)
        self.input.setPlaceholderText(self.tr("Type, then Enter"))
        hint = self.input.placeholderText()
        self.input.setMinimumWidth(self.fontMetrics().horizontalAdvance(hint) + 8)
        self.input.setAccessibleName(field.label)
        self.input.textEdited.connect(self._on_input_edited)
        self.input.key_for_chips.connect(self._on_input_key)
        self.input.left.connect(self._on_input_left)
        self.box.flow.addWidget(self.input)
        self.box.setFocusProxy(self.input)
        self.set_input(self.box, stretch=False)
        #: Said when an entry is added to a full list.
        self.full = error_label()
        self.full.setWordWrap(True)
        self.full.hide()
        self.row.addWidget(self.full)
        self.setFocusProxy(self.input)
        self._describe()

    # ----------------------------------------------------------------- FieldEditor

    def value(self) -> list[str] | None:
        tags = self.tags()
        pending = self.input.text().strip()
        if pending and not self._find(pending) and not self.is_full():
            tags.append(pending)
        return tags or None

    def set_value(self, value: Any) -> None:
        for chip in self.chips:
            self._drop_chip(chip)
        self.chips = []
        self._selected = None
        self.input.clear()
        for text in value or ():
            if text is not None and not self._find(str(text)):
                self._add_chip(str(text))
        self._describe()
        self.refresh_display()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        if not read_only:
            self.setFocusProxy(self.input)

    def display_text(self) -> str:
        return ", ".join(self.tags())

    def shown_text(self) -> str:
        """Every chip, and what is typed after them, parted by commas."""
        return ", ".join(self.value() or ())

    def tags(self) -> list[str]:
        return [chip.text for chip in self.chips]

    def is_full(self) -> bool:
        """The list holds as many entries as it may (``FieldSpec.max_items``)."""
        most = self.field.max_items
        return most is not None and len(self.chips) >= most

    # ----------------------------------------------------------------- adding, removing

    def add(self, text: str) -> bool:
        """Add ``text`` as the person did; False if empty or already there."""
        text = text.strip()
        if not text:
            return False
        existing = self._find(text)
        if existing is not None:
            self._select(self.chips.index(existing))
            return False
        if self.is_full():
            self.full.setText(
                self.tr("This list holds at most %1 entries: remove one to add another.").replace(
                    "%1", self.locale().toString(self.field.max_items or 0)
                )
            )
            self.full.show()
            return False
        self._add_chip(text)
        self._describe()
        self.edited.emit()
        return True

    def remove(self, index: int) -> None:
        self._drop_chip(self.chips.pop(index))
        self.full.hide()
        self._selected = None
        self._describe()
        self.edited.emit()

    def _add_chip(self, text: str) -> None:
        chip = _Chip(text, removable=not self.is_read_only())
        chip.remove_requested.connect(self._on_chip_remove_requested)
        self.box.flow.insertWidget(len(self.chips), chip)
        # A widget added to a shown layout appears a moment later; show it now so that
        # what is on screen and what value() says never differ.
        chip.show()
        self.chips.append(chip)
        self.box.updateGeometry()

    def _drop_chip(self, chip: _Chip) -> None:
        chip.hide()
        self.box.flow.removeWidget(chip)
        chip.deleteLater()
        self.box.updateGeometry()

    def _find(self, text: str) -> _Chip | None:
        folded = text.strip().casefold()
        return next((c for c in self.chips if c.text.casefold() == folded), None)

    def _select(self, index: int | None) -> None:
        if self._selected is not None and self._selected < len(self.chips):
            self.chips[self._selected].set_selected(False)
        self._selected = index
        if index is not None:
            self.chips[index].set_selected(True)

    def _describe(self) -> None:
        """The tags for screen readers, which cannot see the chips beside the text box."""
        self.input.setAccessibleDescription(", ".join(self.tags()))

    # ----------------------------------------------------------------- slots

    @slot_while_whole(str, keeps="chips")
    def _on_input_edited(self, text: str) -> None:
        self._select(None)
        self.edited.emit()  # text typed is part of the value (see value())
        if "," not in text:
            return
        *done, rest = text.split(",")
        # Entries a full list did not take stay in the box, as typed.
        kept = [
            part.strip()
            for part in done
            if part.strip() and not self.add(part) and self.full.isVisible()
        ]
        self.input.setText(", ".join([*kept, rest.lstrip()]))

    @slot_while_whole(QKeyEvent, keeps="chips")
    def _on_input_key(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.add(self.input.text())
            if not self.full.isVisible():  # a full list keeps what was typed
                self.input.clear()
            return
        if key == Qt.Key.Key_Escape:
            if self._selected is None:
                event.ignore()  # nothing to cancel here: let the form have it
            self._select(None)
            return
        if not self.chips:
            event.ignore()
            return
        selected = self._selected
        if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete) and selected is not None:
            self.remove(selected)
            if key == Qt.Key.Key_Backspace and selected > 0:
                self._select(selected - 1)
        elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_Left):
            self._select(len(self.chips) - 1 if selected is None else max(selected - 1, 0))
        elif key == Qt.Key.Key_Right and selected is not None:
            self._select(selected + 1 if selected + 1 < len(self.chips) else None)
        else:
            event.ignore()

    @slot_while_whole(keeps="chips")
    def _on_input_left(self) -> None:
        self._select(None)
        if self.input.text().strip():
            self.add(self.input.text())
            if not self.full.isVisible():
                self.input.clear()

    def _on_chip_remove_requested(self, chip: _Chip) -> None:
        self.remove(self.chips.index(chip))
        self.input.setFocus(Qt.FocusReason.MouseFocusReason)
