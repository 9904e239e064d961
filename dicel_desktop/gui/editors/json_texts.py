"""A form for a JSONB list of short texts: the incident numbers a patrol log reports
(json_shapes says what it holds). One chip per entry, as a list of skills is edited
(``TagsEditor``): the person types a number and presses Enter, never JSON (eye39 #1:
« Incidents signalés n'est pas du JSON valide » for a typed SEC-2026-000024)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from dicel_desktop.gui.editors.json_shapes import ShapeView
from dicel_desktop.gui.editors.tags import TagsEditor
from dicel_desktop.services.forms import FieldKind, FieldSpec

__all__ = ["TextListView", "incident_numbers_view"]


class TextListView(ShapeView):
    """A list of texts, stored as the JSON list it was (``["SEC-2026-000024"]``); a list
    emptied stays an empty list where one was loaded (the demo's ``[]`` for a patrol
    without incidents), and is no value (NULL) where none was."""

    def __init__(self, label: str) -> None:
        super().__init__(label)
        self.tags = TagsEditor(FieldSpec(name="entries", label=label, kind=FieldKind.TAGS))
        self.tags.edited.connect(self.edited)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tags)
        self.setFocusProxy(self.tags)
        self._was_list = False

    def load(self, value: Any) -> bool:
        if value is None:
            entries: list[str] = []
        elif isinstance(value, list) and all(isinstance(entry, str) for entry in value):
            entries = value
        else:
            return False  # numbers, objects: not texts the chips would give back as they are
        folded = [entry.strip().casefold() for entry in entries]
        if len(set(folded)) != len(folded) or "" in folded:
            return False  # the chips keep each entry once, none empty: shown raw, kept whole
        self._was_list = value is not None
        self.tags.set_value(entries)
        return True

    def value(self) -> list[str] | None:
        entries = self.tags.value()
        if entries:
            return entries
        return [] if self._was_list else None

    def says_all(self) -> bool:
        return True  # every entry is a chip: its JSON text says nothing more

    def shown_text(self) -> str:
        return self.tags.shown_text()

    def set_read_only(self, read_only: bool) -> None:
        self.tags.set_read_only(read_only)

    def part_widget(self, part: str) -> QWidget | None:
        return None


def incident_numbers_view(label: str) -> TextListView:
    """A patrol log's incidents: the numbers of the incidents met on the round."""
    return TextListView(label)
