"""The editor of a new setting's key: one of the keys DICEL reads, chosen from a list
with what DICEL does with it said under it (admin40; deploy39 #6). A free-text key one
letter off was saved and read as absent (eye33 #1): the database now refuses such a key
in DICEL's own families too (migration 0140, DW608). A setting saved before keeps its
key, shown as it is (the key is fixed once made: read-only there)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QSizePolicy, QVBoxLayout, QWidget

from dicel_desktop.domain import setting_keys
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.editors.common import SwitchingEditor, chars_width, hold_wheel
from dicel_desktop.gui.translations import setting_purpose
from dicel_desktop.services.forms import FieldSpec

__all__ = ["SettingKeyEditor"]


class SettingKeyEditor(SwitchingEditor):
    """A combo of ``setting_keys.OFFERED``, starting on "Choose…", and the chosen key's
    purpose under it."""

    def __init__(self, field: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.combo = QComboBox()
        self.combo.setObjectName("settingKeyCombo")
        self.combo.setPlaceholderText(self.tr("Choose the setting…"))
        for key in setting_keys.OFFERED:
            self.combo.addItem(key, key)
            said = setting_purpose(key)
            if said:
                self.combo.setItemData(self.combo.count() - 1, said, Qt.ItemDataRole.ToolTipRole)
        self.combo.setCurrentIndex(-1)
        self.combo.setMinimumWidth(chars_width(self.combo, "payroll.maternity_rate_percent", 40))
        self.combo.activated.connect(self._on_combo_activated)
        hold_wheel(self.combo)
        self.purpose = QLabel()
        self.purpose.setObjectName("settingKeyPurpose")
        self.purpose.setWordWrap(True)
        self.purpose.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # It wraps in the width the form gives it, never widening the form.
        self.purpose.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Maximum)
        self.purpose.hide()
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.combo, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.purpose)
        box.setFocusProxy(self.combo)
        self.set_input(box, stretch=False)

    def value(self) -> str | None:
        if self.combo.currentIndex() < 0:
            return None
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value) if value is not None else -1
        if index < 0 and value is not None:
            # A key saved before (an office's note, a key DICEL no longer reads): shown
            # as it is; it is read-only there, being fixed once made.
            self.combo.addItem(str(value), value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)
        self._say_purpose()
        self.refresh_display()

    def leave_out(self, held: frozenset[str]) -> None:
        """Take the keys already set out of the list (eye40 #2): a second row of a key is
        refused, and 20 of 24 offered led to "already used". The key chosen stays, if
        the answer comes after the choice: saving then says where its setting is."""
        chosen = self.value()
        for index in reversed(range(self.combo.count())):
            key = self.combo.itemData(index)
            if key in held and key != chosen:
                self.combo.removeItem(index)
        if chosen is None:
            self.combo.setCurrentIndex(-1)

    def display_text(self) -> str:
        value = self.value()
        return "" if value is None else str(value)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self._say_purpose()

    def _say_purpose(self) -> None:
        said = setting_purpose(self.value())
        self.purpose.setText(said or "")
        # Said while the key is chosen. A saved setting's key is fixed, and its window
        # says the purpose under its title: said again under the key, it read twice
        # (eye44). The sentence sits under the box, out of the hidden input (eye40 #3).
        self.purpose.setVisible(bool(said) and not self.is_read_only())
        self.combo.setToolTip(said or "")

    @slot_while_whole(int, keeps="combo")
    def _on_combo_activated(self, _index: int) -> None:
        self._say_purpose()
        self.edited.emit()
