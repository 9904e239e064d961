"""The editor of a JSONB value: a form for the known shapes (json_shapes), and a "raw"
view of the JSON itself, pretty-printed, checked when the person leaves it. Beside a
form, the raw view is offered only where asked (``raw_offered``: the record windows
offer it to an admin), and only where it says more than the form (``ShapeView.says_all``:
not beside an emergency contact the form shows whole); a clerk keeps to the form.

A value that does not have its field's usual shape (an older program wrote something
else) opens in the raw view and says so, rather than being squeezed into the form and
losing what does not fit. A field with no known shape is raw only.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFocusEvent, QFontDatabase, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from dicel_desktop.domain.errors import InvalidInput
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.editors.base import FieldEditor
from dicel_desktop.gui.editors.common import show_read_only
from dicel_desktop.gui.editors.json_deductions import DeductionsView
from dicel_desktop.gui.editors.json_lists import CheckpointsView, SurveyQuestionsView
from dicel_desktop.gui.editors.json_records import (
    bank_details_view,
    contact_view,
    tax_info_view,
)
from dicel_desktop.gui.editors.json_shapes import ShapeView
from dicel_desktop.gui.editors.json_texts import incident_numbers_view
from dicel_desktop.gui.editors.text import GrowingText
from dicel_desktop.gui.error_sentences import sentence
from dicel_desktop.services.forms import FieldSpec

__all__ = ["JsonEditor", "json_fault_place", "pretty_json"]

_log = logging.getLogger(__name__)

#: The form of each known shape (services.forms.JSON_SHAPES), made with the field's label.
SHAPE_VIEWS: dict[str, Callable[[str], ShapeView]] = {
    "contact": contact_view,
    "bank_details": bank_details_view,
    "tax_info": tax_info_view,
    "checkpoints": CheckpointsView,
    "survey_questions": SurveyQuestionsView,
    "deductions": DeductionsView,
    "incident_numbers": incident_numbers_view,
}


class _RawText(GrowingText):
    """The JSON text; checked as the person leaves it."""

    MIN_LINES = 4
    MAX_LINES = 16

    def __init__(self, on_left) -> None:
        super().__init__()
        self._on_left = on_left
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setLineWrapMode(GrowingText.LineWrapMode.NoWrap)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._on_left()


def json_fault_place(exc: json.JSONDecodeError) -> str:
    """Where JSON text that cannot be read goes wrong, in the reader's words: "at line 1,
    column 1". Not Python's own English for the fault ("Expecting value"), which stood
    in the French and Kinyarwanda sentences (eye39 #1)."""
    return (
        QCoreApplication.translate("JsonEditor", "at line {line}, column {column}")
        .replace("{line}", str(exc.lineno))
        .replace("{column}", str(exc.colno))
    )


def pretty_json(value: Any) -> str:
    if value is None:
        return ""
    # default=str: a value read from the database is JSON already; this only guards
    # against a caller handing in a Decimal or a date.
    return json.dumps(value, indent=2, ensure_ascii=False, default=str)


class JsonEditor(FieldEditor):
    """``value()`` is the dict or list (None when empty); unknown keys are kept."""

    def __init__(
        self,
        field: FieldSpec,
        parent: QWidget | None = None,
        *,
        locale: QLocale | None = None,
        raw_offered: bool = True,
    ) -> None:
        super().__init__(field, parent)
        # JSON is written the same in every language; a form's amounts (a payslip's
        # deductions) are not: its views take the field's locale (QWidget's, inherited).
        if locale is not None:
            self.setLocale(locale)
        self._value: Any = None
        self._dirty = False
        self._setting = False
        #: The message shown says the raw text is not JSON (leaving valid text hides it).
        self._json_error = False
        make_view = SHAPE_VIEWS.get(field.shape or "")
        self.view: ShapeView | None = make_view(field.label) if make_view else None
        self.raw = _RawText(self._on_raw_left)
        self.raw.setAccessibleName(self.tr("{label} (JSON)").format(label=field.label))
        self.raw.textChanged.connect(self._on_raw_changed)
        # The form and the raw text take turns in one place; the hidden one takes no
        # room (a QStackedWidget would be as tall as the taller of the two).
        pages = QVBoxLayout()
        pages.setContentsMargins(0, 0, 0, 0)
        if self.view is not None:
            self.view.edited.connect(self._on_view_edited)
            pages.addWidget(self.view)
        pages.addWidget(self.raw)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        palette = self.message.palette()
        palette.setColor(QPalette.ColorRole.WindowText, Qt.GlobalColor.darkRed)
        self.message.setPalette(palette)
        self.message.hide()
        self.toggle = QToolButton()
        self.toggle.setText(self.tr("Raw JSON"))
        self.toggle.setCheckable(True)
        self.toggle.setToolTip(self.tr("Show or edit this value as JSON text"))
        self.toggle.toggled.connect(self._on_toggle_toggled)
        # Without a form the raw text is the editor; with one, switching to it is for
        # whoever is offered it. A value the form cannot take opens raw either way.
        self._raw_offered = raw_offered
        self.toggle.setVisible(self.view is not None and raw_offered)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addLayout(pages, 1)
        top.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addStretch(1)  # a short read-only table stays at the top of its cell
        self.setAccessibleName(field.label)
        self._show(raw=self.view is None)

    # ----------------------------------------------------------------- FieldEditor

    def value(self) -> Any:
        if not self._dirty:
            return self._value  # untouched: exactly what was set
        if self.is_raw():
            return self._parse_raw()
        assert self.view is not None
        return self.view.value()

    def set_value(self, value: Any) -> None:
        self._value = value
        self._dirty = False
        self._hide_message()
        self._set_raw_text(pretty_json(value))
        if self.view is not None and self.view.load(value):
            self._show(raw=False)
            # Offered only where the text says more than the form (a record's part the
            # form has no line for; a list's).
            self.toggle.setVisible(self._raw_offered and not self.view.says_all())
        elif self.view is not None:
            self._show(raw=True)
            self._say(
                self.tr(
                    "This value does not have the usual form of {label}; it is shown as JSON."
                ).format(label=self.field.label)
            )

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.raw.setReadOnly(read_only)
        if read_only:  # selectable and copyable from the keyboard too
            self.raw.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
        show_read_only(self.raw, read_only)
        if self.view is not None:
            self.view.set_read_only(read_only)

    def shown_text(self) -> str:
        """What the form shows, whole: its JSON text, or the form's every part."""
        if self.is_raw() or self.view is None:
            return self.raw.toPlainText()
        return self.view.shown_text()

    def part_widget(self, part: str) -> QWidget | None:
        """The control of ``part`` in the form shown (an emergency contact's phone line),
        or None (the raw text, or no such part)."""
        if self.is_raw() or self.view is None:
            return None
        return self.view.part_widget(part)

    def is_raw(self) -> bool:
        return not self.raw.isHidden()

    def says_own_faults(self) -> bool:
        """Raw text that is not JSON is said under the box, by the editor (as the person
        leaves it, or now): the form does not say it a second time under the field
        (eye39 #1, the same red line twice on a patrol log)."""
        if not self.is_raw() or self.is_read_only():
            return False
        try:
            self._parse_raw()
        except InvalidInput as problem:
            self._say(sentence(problem), json_error=True)
            return True
        return False

    # ----------------------------------------------------------------- switching views

    def _show(self, *, raw: bool) -> None:
        raw = raw or self.view is None
        if self.view is not None:
            self.view.setVisible(not raw)
        self.raw.setVisible(raw)
        self.setFocusProxy(self.raw if raw else self.view)
        if self.toggle.isChecked() != raw:
            self.toggle.blockSignals(True)
            self.toggle.setChecked(raw)
            self.toggle.blockSignals(False)

    @slot_while_whole(bool, keeps="_value")
    def _on_toggle_toggled(self, raw: bool) -> None:
        if raw:
            try:
                current = self.value()
            except InvalidInput as problem:  # a bad number in the form: fix it there
                self._say(sentence(problem))
                self._show(raw=False)
                return
            self._set_raw_text(pretty_json(current))
            self._hide_message()
            self._show(raw=True)
            return
        try:
            current = self._parse_raw()
        except InvalidInput as problem:
            self._say(sentence(problem), json_error=True)
            self._show(raw=True)
            return
        assert self.view is not None
        if not self.view.load(current):
            self._say(
                self.tr(
                    "This JSON does not have the form of {label}; keep editing it here."
                ).format(label=self.field.label)
            )
            self._show(raw=True)
            return
        self._hide_message()
        self._show(raw=False)

    # ----------------------------------------------------------------- raw text

    def _parse_raw(self) -> Any:
        text = self.raw.toPlainText().strip()
        if not text:
            return None
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            _log.debug("raw JSON of %s refused: %s", self.field.name, exc)
            raise InvalidInput(
                "field_not_json", label=self.field.label, detail=json_fault_place(exc)
            ) from None

    def _set_raw_text(self, text: str) -> None:
        self._setting = True
        try:
            self.raw.setPlainText(text)
        finally:
            self._setting = False

    @slot_while_whole(keeps="_value")
    def _on_raw_changed(self) -> None:
        if self._setting:
            return
        self._dirty = True
        self.edited.emit()

    def _on_raw_left(self) -> None:
        if self.is_read_only() or not self.is_raw():
            return
        try:
            self._parse_raw()
        except InvalidInput as problem:
            self._say(sentence(problem), json_error=True)
            return
        if self._json_error:
            self._hide_message()

    @slot_while_whole(keeps="_value")
    def _on_view_edited(self) -> None:
        self._dirty = True
        self.edited.emit()

    # ----------------------------------------------------------------- the message

    def _say(self, text: str, *, json_error: bool = False) -> None:
        self._json_error = json_error
        self.message.setText(text)
        self.message.show()

    def _hide_message(self) -> None:
        self._json_error = False
        self.message.clear()
        self.message.hide()
