"""How a record form is laid out (``lay_out``): each section a group box holding a grid
of label, editor, label, editor; a row of one field spans the width. Labels are
right-aligned beside their editors, required fields are marked, and under every editor
a line is kept for the sentence that says what is wrong with it, another for its grey
hint said whole, another for a workflow's note. Tab goes top to bottom, left to right.
A section's facts (an invoice's amount paid) follow its fields (``show_facts``).

Its words keep the form's translation context (``RecordForm``).
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from dicel_desktop.gui.editors.base import FieldEditor
from dicel_desktop.gui.records.field_tips import field_tip
from dicel_desktop.gui.theme import error_colour
from dicel_desktop.gui.translations import tr_label
from dicel_desktop.services.columns import DEFAULT_CURRENCY

if TYPE_CHECKING:
    from dicel_desktop.gui.records.record_form import EditorFactory, RecordForm
    from dicel_desktop.services.records import Record

#: Grid rows per line of fields: the editors, their errors, their hints, their notes.
_ROWS = 4


def lay_out(form: RecordForm, make_editor: EditorFactory) -> None:
    """Build ``form``'s sections, fields and facts, and its Tab order, as a ``setupUi``
    would: the attributes it sets are the form's (``editors``, ``labels``, ``boxes``…)."""
    outer = QVBoxLayout(form)
    outer.setContentsMargins(0, 0, 0, 0)
    order: list[QWidget] = []
    for section in form.spec.sections:
        box = QGroupBox(section.title)
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        # Rows close to the box's frame above and below: the style's margins took
        # some 20 pixels a section, which an IT ticket's five sections needed to
        # show whole above its Documents tab.
        margins = grid.contentsMargins()
        grid.setContentsMargins(margins.left(), 4, margins.right(), 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        # A section of one field named as the section (Checkpoints) needs no label
        # beside it: the field takes the whole width.
        alone = len(section.rows) == 1 and len(section.rows[0]) == 1
        for index, row in enumerate(section.rows):
            for position, name in enumerate(row):
                editor = _make_field(form, name, make_editor)
                column = position * 2
                span = 3 if len(row) == 1 else 1
                if alone and form.spec.fields[name].label == section.title:
                    column, span = -1, 4
                    form.labels[name].hide()
                    form.section_of_alone[name] = box
                    form._mark_required(name)
                else:
                    grid.addWidget(form.labels[name], index * _ROWS, column)
                grid.addWidget(editor, index * _ROWS, column + 1, 1, span)
                grid.addLayout(
                    _said_below(form, editor, name), index * _ROWS + 1, column + 1, 1, span
                )
                grid.addWidget(form.hint_labels[name], index * _ROWS + 2, column + 1, 1, span)
                # A note may take the rest of the line (its neighbour's room, under it).
                rest = 4 - (column + 1)
                form._note_places[name] = (grid, index * _ROWS + 3, column + 1, rest)
                order.append(editor)
        _add_facts(form, section.facts, grid, len(section.rows) * _ROWS)
        outer.addWidget(box)
        form.boxes.append(box)
    outer.addStretch(1)
    # Top to bottom, then left to right within a row: the order a paper form is read.
    for first, second in itertools.pairwise(order):
        QWidget.setTabOrder(first, second)


#: An editor's own sentences said under its box in a form: its length sentence and a
#: setting key's purpose (``SettingKeyEditor.purpose``, eye40 #3).
_EDITOR_SENTENCES = ("too_long", "purpose")


def _said_below(form: RecordForm, editor: QWidget, name: str) -> QVBoxLayout:
    """Field ``name``'s sentences under its box: the form's (:attr:`error_labels`)
    and the editor's own (:data:`_EDITOR_SENTENCES`), taken out of the editor.
    Inside it, a wrapped sentence made the editor tall: its box rode up, its label
    and the field beside it dropped to the sentence's middle (eye35b #2). An empty
    layout (all hidden) takes no room in the grid."""
    below = QVBoxLayout()
    below.setContentsMargins(0, 0, 0, 0)
    below.setSpacing(2)
    below.addWidget(form.error_labels[name])
    for attribute in _EDITOR_SENTENCES:
        own = getattr(editor, attribute, None)
        # In the editor's layout or in a box of it (the setting key's combo and purpose).
        holder = own.parentWidget() if isinstance(own, QLabel) else None
        inside = holder.layout() if holder is not None else None
        if inside is not None and editor.isAncestorOf(own) and inside.indexOf(own) >= 0:
            inside.removeWidget(own)
            below.addWidget(own)
    return below


def _add_facts(
    form: RecordForm, facts: tuple[tuple[str, str], ...], grid: QGridLayout, first_row: int
) -> None:
    """The section's facts after its fields, two a row, label and value."""
    for index, (name, words) in enumerate(facts):
        label = QLabel(tr_label(words))
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        value = QLabel()
        value.setObjectName(f"fact_{name}")
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        value.setAccessibleName(label.text())
        row, column = first_row + index // 2, (index % 2) * 2
        grid.addWidget(label, row, column)
        grid.addWidget(value, row, column + 1)
        label.hide()
        value.hide()
        form.fact_labels[name] = label
        form.fact_values[name] = value


def show_facts(form: RecordForm, record: Record | None) -> None:
    """The facts ``record`` carries (a role that may not read them, a new record or
    a draft's balance: none, and the row is hidden)."""
    facts = record.facts if record is not None else {}
    currency = record.values.get("currency") if record is not None else None
    for name, value_label in form.fact_values.items():
        value = facts.get(name)
        shown = value is not None
        if shown:
            value_label.setText(form._format.money(value, currency or DEFAULT_CURRENCY))
        value_label.setVisible(shown)
        form.fact_labels[name].setVisible(shown)


def _make_field(form: RecordForm, name: str, make_editor: EditorFactory) -> FieldEditor:
    field = form.spec.fields[name]
    editor = make_editor(field)
    editor.setObjectName(f"field_{name}")
    editor.setAccessibleName(field.label)
    # The control that takes the focus for the editor is what a screen reader names.
    proxy = editor.focusProxy()
    if proxy is not None and not proxy.accessibleName():
        proxy.setAccessibleName(field.label)
    editor.edited.connect(form._on_editor_edited)
    required = field.required and (form.spec.can_insert or form.spec.can_update)
    label = QLabel(f"{field.label} *" if required else field.label)
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    label.setBuddy(editor.focusProxy() or editor)
    # What the field is, where its label alone reads wrong on some records (a deal's
    # closing date): said by the pointer over its label and its box, and to a screen
    # reader on it (the form's _mark_required and _say_field keep it said).
    tip = field_tip(field.table, name)
    required_tip = QCoreApplication.translate("RecordForm", "Required") if required else ""
    label.setToolTip("\n".join(t for t in (required_tip, tip) if t))
    editor.setToolTip(tip)
    (proxy or editor).setAccessibleDescription(tip)
    error = QLabel()
    error.setWordWrap(True)
    error.setObjectName(f"error_{name}")
    palette = error.palette()
    palette.setColor(QPalette.ColorRole.WindowText, error_colour(palette))
    error.setPalette(palette)
    # As tall as its sentence wraps to in the field's width: capped at its size hint
    # (Maximum), a long one (Kinyarwanda's DW446) was cut at the top and the bottom.
    error.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    error.hide()
    hint = QLabel()
    hint.setWordWrap(True)
    hint.setObjectName(f"hint_{name}")
    palette = hint.palette()
    palette.setColor(
        QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
    )
    hint.setPalette(palette)
    # Never what widens the form: it wraps in the width its line has.
    hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Maximum)
    hint.hide()
    line = editor.findChild(QLineEdit)
    if line is not None:
        form.hints.lines[name] = line
        line.installEventFilter(form)
        line.textChanged.connect(lambda _text, name=name: form.hints.show_below(name))
    form.editors[name] = editor
    form.labels[name] = label
    form.error_labels[name] = error
    form.hint_labels[name] = hint
    return editor
