"""The fields of one record, laid out from its ``FormSpec``: one generic form for every
table (no per-table form code; a table's arrangement is its layout declaration in
services/form_layouts.py).

Its parts: ``form_layout.lay_out`` builds its sections and fields (a group box each, a
grid of label, editor, label, editor, a line under every editor for the sentence that
says what is wrong with it; Tab top to bottom, left to right); ``form_hints.FormHints``
fits it in its scroll area with its grey hints readable; ``form_links.FormLinks`` keeps
fields that follow others in step. What stays here is the form's state.

The form knows the values it was loaded with, so it can tell what the person changed
(``changes``), whether anything is unsaved (``dirty_changed``), and refill itself
(``load``) without losing track. Reading the editors never raises: unreadable text comes
back as a per-field error beside the values.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from dicel_desktop.domain.case_flows import is_final
from dicel_desktop.domain.errors import InvalidInput
from dicel_desktop.domain.tables import table_info
from dicel_desktop.gui.cell_format import LocaleFormats, ValueFormatter
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.editors.base import OWN_FOCUS, FieldEditor
from dicel_desktop.gui.records.empty_notes import needed_before_note, set_by_note
from dicel_desktop.gui.records.field_tips import field_tip
from dicel_desktop.gui.records.form_hints import FormHints
from dicel_desktop.gui.records.form_layout import lay_out, show_facts
from dicel_desktop.gui.records.form_links import FormLinks
from dicel_desktop.services.forms import FieldKind, FieldSpec, FormSpec
from dicel_desktop.services.record_facts import clock_reading
from dicel_desktop.services.records import Record, closed_to_role

EditorFactory = Callable[[FieldSpec], FieldEditor]


def _same(a: Any, b: Any) -> bool:
    """Whether two field values are the same for "did the person change it"."""
    empty = (None, "", [], {})
    if a in empty and b in empty:
        return True
    return a == b


#: A space between two digits in a sentence: an example number's ("+254 712 345 678"),
#: which a narrow box's sentence broke across lines ("+254" / "712 345 678"). Shown as a
#: no-break space, in every language, the same sentence otherwise.
_DIGIT_SPACE = re.compile(r"(?<=[0-9]) (?=[0-9])")
_DIGIT_NO_BREAK = re.compile(r"(?<=[0-9])\u00a0(?=[0-9])")


def _numbers_whole(sentence: str) -> str:
    """``sentence`` as shown under a field: its numbers kept on one line."""
    return _DIGIT_SPACE.sub("\u00a0", sentence)


#: Why a line may lose the focus while the person is still in its field.
_STILL_IN_FIELD = frozenset(
    {Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason}
)


def _spoken(editor: QWidget) -> QWidget:
    """The control a screen reader speaks for an editor: the one that takes its focus."""
    return editor.focusProxy() or editor


class RecordForm(QWidget):
    """See the module docstring. ``make_editor`` builds the editor of each field."""

    #: Whether the form holds changes not saved yet.
    dirty_changed = Signal(bool)
    #: A record (or a new one) was shown, as saved.
    loaded = Signal()
    #: The person left a field's line (Tab, a click elsewhere): its name. Not when a
    #: popup (a calendar) or another window takes the focus.
    field_left = Signal(str)

    def __init__(
        self, spec: FormSpec, make_editor: EditorFactory, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.editors: dict[str, FieldEditor] = {}
        self.labels: dict[str, QLabel] = {}
        self.error_labels: dict[str, QLabel] = {}
        #: Fields ``show_errors`` marked (tooltip, spoken description), its label shown or
        #: not (a field saying its own length already): ``clear_errors`` unmarks them.
        self._marked: set[str] = set()
        #: A field's grey hint said whole below its line, where the line cuts it short.
        self.hint_labels: dict[str, QLabel] = {}
        #: Where a note under each field goes (``add_note``): its grid, row, column, span.
        self._note_places: dict[str, tuple[QGridLayout, int, int, int]] = {}
        self.boxes: list[QGroupBox] = []
        #: A section's facts (``Section.facts``: an invoice's amount paid), by name: its
        #: label and its value, read-only, shown once the record's facts say it.
        self.fact_labels: dict[str, QLabel] = {}
        self.fact_values: dict[str, QLabel] = {}
        self._format = ValueFormatter(LocaleFormats.from_qlocale())
        #: The section of a field shown without its label (a section of one field named
        #: as the field): its title carries the field's * instead.
        self.section_of_alone: dict[str, QGroupBox] = {}
        self.record: Record | None = None
        #: What each field held when the form was (re)loaded.
        self._loaded: dict[str, Any] = {}
        self._dirty = False
        self._read_only = False
        #: Fields given by whoever opened the form (an invoice line's invoice): shown,
        #: sent, but not changed here.
        self._fixed: set[str] = set()
        #: Fields the database refuses this person on this record (an administrator's
        #: pay, for HR: migration 0073), asked of it after the record shows (``hold``).
        self._held: frozenset[str] = frozenset()
        #: Fitting the form in its scroll area, hints said whole below cut lines.
        self.hints = FormHints(self)
        lay_out(self, make_editor)
        #: Fields that follow others as the person types.
        self.links = FormLinks(self)

    def add_note(self, name: str, note: QWidget) -> bool:
        """Show ``note`` under field ``name``, below its error and its hint (what a
        workflow says of the value typed: an expense's budget line under its amount).
        False when the form has no such field (the role does not read it)."""
        place = self._note_places.get(name)
        if place is None:
            return False
        grid, row, column, span = place
        grid.addWidget(note, row, column, 1, span)
        return True

    # ----------------------------------------------------------------- fitting

    def fit_width(self, width: int) -> None:
        """Fit the form in ``width`` pixels (its scroll area's). A line keeps the room to
        show its grey hint whole (``editors.base.widen_for_hint``) while the form fits;
        where it does not (Kinyarwanda's hints at 820 pixels: a horizontal scroll bar and
        cut fields), the lines that take most give it back first, and a hint cut short in
        its line is said whole below it."""
        self.hints.fit_width(width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QLineEdit):
            for name, line in self.hints.lines.items():
                if line is watched:
                    self.hints.show_below(name)
                    break
        elif (
            event.type() == QEvent.Type.FocusOut
            and isinstance(event, QFocusEvent)
            # Its calendar opening, or the person switching windows, is not leaving it.
            and event.reason() not in _STILL_IN_FIELD
        ):
            for name, line in self.hints.lines.items():
                if line is watched:
                    self.field_left.emit(name)
                    break
        return False

    # ----------------------------------------------------------------- state

    @property
    def is_new(self) -> bool:
        return self.record is None

    def editable(self, name: str) -> bool:
        return (
            not self._read_only
            and self.spec.editable(name, new=self.is_new)
            and name not in self.frozen_fields()
            and not self.is_final()
            and not self.is_closed_to_role()
        )

    def is_closed_to_role(self) -> bool:
        """This role changes the record only in other states, or only its own (an
        employee's leave request once decided, a report's read by their supervisor): the
        database refuses any change (row security, migration 0003), so no field is
        offered."""
        return self.record is not None and closed_to_role(self.spec, self.record)

    def is_final(self) -> bool:
        """The record is in a state no step leads out of (a closed ticket): nobody changes
        it any more, and the database refuses to (migration 0035)."""
        return self.record is not None and is_final(self.spec.table, self.record.values)

    def may_change_anything(self) -> bool:
        """Some field can still be changed here: a submitted review whose lock freezes
        every field it shows has nothing left to save."""
        return any(not self._locked(name) for name in self.editors)

    def frozen_fields(self) -> frozenset[str]:
        """Fields the record's state has frozen (an approved expense's amount), or what
        was charged to it (a budget line with spending: its department, category and
        year): the database refuses to change them (migrations 0007, 0047), so the form
        does not offer to."""
        info = table_info(self.spec.table)
        if self.record is None:
            return frozenset()
        frozen: set[str] = set(self._held)
        lock, charged = info.lock, info.charged
        if lock is not None and self.record.values.get(lock.column) not in lock.open_states:
            frozen.update(lock.columns)
        if charged is not None and self.record.values.get(charged.amount):
            frozen.update(charged.columns)
        return frozenset(frozen)

    def _locked(self, name: str) -> bool:
        return not self.editable(name) or name in self._fixed

    def _lock(self, name: str, editor: FieldEditor) -> None:
        """Read-only or not, as the field is; a locked empty field says who fills it."""
        locked = self._locked(name)
        editor.set_read_only(locked)
        if locked:
            editor.set_empty_note(self._empty_note(self.spec.fields[name]))
        self.hints.refit_later()
        self._mark_required(name)

    def _set_tab_stops(self) -> None:
        """Where the person writes, Tab goes from field to field they may change: a
        read-only one (a number given when saved, a state set when decided) is left out
        of the Tab chain, still clickable to select and copy its value. A record with
        nothing to change keeps every field a Tab stop: walking its values is how a
        keyboard reads it."""
        writing = self.may_change_anything()
        for name, editor in self.editors.items():
            skipped = writing and self._locked(name)
            for widget in (editor, *editor.findChildren(QWidget)):
                _skip_in_tab(widget, skipped)

    def _mark_required(self, name: str) -> None:
        """The * of a required field, only where the person fills it in: a field the
        record's state has frozen (an approved expense's amount) asks nothing of them.
        Not taken off while a save makes the whole form read-only for a moment."""
        field = self.spec.fields[name]
        asked = (
            self.spec.editable(name, new=self.is_new)
            and name not in self.frozen_fields()
            and not self.is_final()
            and not self.is_closed_to_role()
            and name not in self._fixed
        )
        required = asked and (
            field.required
            or field.needed_to_submit
            or field.needed_to_approve
            or bool(field.needed_for_steps)
        )
        if not required:
            tip = ""
        elif field.required:
            tip = self.tr("Required")
        elif field.needed_for_steps:
            # A review's period before Share, a shift's guard before Start (DW443): a
            # draft is saved without it, the step's button named.
            tip = needed_before_note(field.table, field.needed_for_steps)
        elif field.needed_to_submit:  # an order's supplier: a draft is saved without it
            tip = self.tr("Needed to submit it; it may be saved without it until then")
        else:  # an expense's department: filed without it, nobody may approve it
            tip = self.tr("Needed to approve it: without it, no budget can carry it")
        label = self.labels[name]
        label.setText(f"{field.label} *" if required else field.label)
        label.setToolTip("\n".join(t for t in (tip, field_tip(field.table, name)) if t))
        box = self.section_of_alone.get(name)
        if box is not None:  # its label is hidden: the section's title says it
            box.setTitle(label.text())
            box.setToolTip(label.toolTip())

    def _empty_note(self, field: FieldSpec) -> str:
        if (field.table, field.name) == ("employees", "user_id"):
            # An employee's name is their login's: IT links it when making the login.
            return self.tr("Filled in when IT makes this employee's login")
        if self.record is None and field.filled_on_save:
            return self.tr("Given when saved")
        if field.server_set and not self.is_final():
            # A step, a decision or the lines set it (a ticket's assignee: Assign…).
            decided = self.record is not None and self.record.values.get("status") not in (
                "draft",
                "pending",
            )
            state = self.record.values.get("status") if self.record is not None else None
            return set_by_note(
                field.table, field.name, decided=decided, state=state if state else None
            )
        return ""

    def load(
        self,
        record: Record | None,
        *,
        presets: Mapping[str, Any] | None = None,
        context_currency: str | None = None,
    ) -> None:
        """Show ``record`` (None: a new one, with defaults and ``presets``), as saved.

        ``context_currency``: the currency of money fields whose currency lives in
        another record (an invoice line's amounts are in its invoice's currency).
        """
        self.record = record
        #: When the record was shown (``record_facts.clock_reading``): the company's
        #: clock read with it moves on from then (``record_facts.company_day_now``).
        self.loaded_at = clock_reading()
        presets = dict(presets or {})
        self._fixed = {n for n in presets if n in self.editors}
        self._held = frozenset()
        names = dict(record.names) if record is not None else {}
        names.update(presets.pop("_names", {}))
        values: dict[str, Any] = {}
        for name in self.editors:
            field = self.spec.fields[name]
            if record is not None:
                values[name] = record.values.get(name)
            elif name in presets:
                values[name] = presets[name]
            else:
                values[name] = self._default(field)
        self.links.tell_followers(values)
        for name, editor in self.editors.items():
            field = self.spec.fields[name]
            value = values[name]
            set_record = getattr(editor, "set_record", None)
            if set_record is not None:  # an editor that works on the record (a file link)
                set_record(record.id if record is not None else None)
            if field.kind is FieldKind.REFERENCE:
                editor.set_value(value, names.get(name))  # type: ignore[call-arg]
            else:
                editor.set_value(value)
            self._lock(name, editor)
        self._set_tab_stops()
        self._context_currency = context_currency
        self.links.shown(context_currency)
        show_facts(self, record)
        self.clear_errors()
        self._loaded = self._snapshot()
        self._set_dirty(False)
        self.loaded.emit()

    def _default(self, field: FieldSpec) -> Any:
        if field.kind is FieldKind.CHOICE and field.server_set:
            # The state a new record starts in ("Pending"), shown, read-only, never sent.
            return field.state_default
        if field.server_set or field.computed:
            return None
        # The factory imports every editor; a form has made its editors by now.
        from dicel_desktop.gui.editors.factory import initial_value

        return initial_value(field)

    def follow_default(self, name: str, value: Any) -> None:
        """Show ``value`` in a new record's ``name`` in place of the default it opened
        with, unless the person changed it, it opened empty or was given (a preset): a
        report's moment once the server's now is read, a day once the company's is (the
        desktop's clock and date may be off them)."""
        editor = self.editors.get(name)
        if editor is None or self.record is not None or name in self._fixed:
            return
        if self._loaded.get(name) is None:
            return
        try:
            if not _same(editor.value(), self._loaded[name]):
                return
        except InvalidInput:  # a text being typed
            return
        editor.set_value(value)
        self._loaded[name] = editor.value()

    def keep_as_new(self) -> None:
        """The record is gone: what the person typed stays, as a new record to save.
        Fields the server fills (number, creator, state) are left for it to fill again."""
        self.record = None
        for name, editor in self.editors.items():
            if self.spec.fields[name].server_set:
                editor.set_value(None)
            self._lock(name, editor)
        self._set_tab_stops()
        self._loaded = {}
        self._set_dirty(True)

    def hold(self, names: frozenset[str]) -> None:
        """Show ``names`` read-only on this record, as its state's lock does: the
        database refuses this person a change of them here (an administrator's pay and
        placement for HR, migration 0073). Until the next record loads."""
        self._held = frozenset(n for n in names if n in self.editors)
        for name, editor in self.editors.items():
            self._lock(name, editor)
        self._set_tab_stops()

    def set_read_only(self, read_only: bool, *, until_load: bool = False) -> None:
        """Show everything read-only (a role that may only read; a record being saved).

        ``until_load``: only take note, a ``load`` following at once, in the same turn of
        the event loop (the answer of a read): it locks each field as it fills it, and
        locking every editor here too doubled that work on each record opened."""
        self._read_only = read_only
        if until_load:
            return
        for name, editor in self.editors.items():
            self._lock(name, editor)
        if not read_only:  # a save's moment read-only leaves the Tab stops as they were
            self._set_tab_stops()

    def _snapshot(self) -> dict[str, Any]:
        values, _errors = self.read()
        return values

    def read(self) -> tuple[dict[str, Any], dict[str, InvalidInput]]:
        """Every field's current value, and the fields whose text cannot be read."""
        values: dict[str, Any] = {}
        errors: dict[str, InvalidInput] = {}
        for name, editor in self.editors.items():
            try:
                values[name] = editor.value()
            except InvalidInput as error:
                errors[name] = error
        return values, errors

    def writable_values(self) -> tuple[dict[str, Any], dict[str, InvalidInput]]:
        """For a new record: every field the person may fill in (empty ones included)."""
        values, errors = self.read()
        return {n: v for n, v in values.items() if self.editable(n)}, errors

    def changes(self) -> tuple[dict[str, Any], dict[str, InvalidInput]]:
        """For a saved record: the fields changed since it was loaded (writable ones)."""
        values, errors = self.read()
        changed = {
            n: v
            for n, v in values.items()
            if self.editable(n) and not _same(v, self._loaded.get(n))
        }
        return changed, errors

    def loaded_values(self) -> dict[str, Any]:
        """What the form showed when the record was loaded (empty for a new one): the
        checks asked only of a change compare with it."""
        return dict(self._loaded)

    def current_values(self) -> dict[str, Any]:
        """What the form shows now (unreadable fields left out), for the checks that
        compare fields (dates in order) and for keeping typed values."""
        return self.read()[0]

    def is_dirty(self) -> bool:
        return self._dirty

    def first_field(self) -> QWidget | None:
        """Where typing starts: the first field (in layout order) the person may change;
        the first field of all when they may change none. Not a generated number."""
        first: QWidget | None = None
        for editor in self.editors.values():
            if not editor.isVisibleTo(self):
                continue
            if not editor.is_read_only():
                return editor
            first = first or editor
        return first

    # ----------------------------------------------------------------- errors

    def show_errors(
        self, errors: Mapping[str, str], parts: Mapping[str, str] | None = None
    ) -> None:
        """Put each sentence beside its field and move the focus to the first one: to its
        part at fault when ``parts`` names one (an emergency contact's ``phone``; the
        Name line, the contact's first, was not what was wrong)."""
        self.clear_errors()
        first: QWidget | None = None
        first_said: QWidget | None = None
        for name, editor in self.editors.items():  # in layout order
            message = errors.get(name)
            if message is None:
                continue
            label = self.error_labels[name]
            too_long = getattr(editor, "too_long", None)
            # An editor that says its own faults beside itself (the PAYE bands' table).
            says_own = getattr(editor, "says_own_faults", None)
            if (too_long is None or too_long.isHidden()) and not (says_own and says_own()):
                label.setText(_numbers_whole(message))
                label.show()
            # Else the sentence under the box already says how long it is and may be (a
            # user-eye review read the same thing twice, in two number styles).
            editor.setToolTip(message)
            _spoken(editor).setAccessibleDescription(message)  # read when the focus comes
            self._marked.add(name)
            if first is None:
                part_widget = getattr(editor, "part_widget", None)
                part = (parts or {}).get(name)
                first = (part_widget(part) if part and part_widget else None) or editor
                first_said = label if not label.isHidden() else None
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            self._scroll_to(first, first_said)

    def _scroll_to(self, editor: QWidget, said: QWidget | None = None) -> None:
        """Bring ``editor`` into view in the scroll area the form sits in, and then the
        sentence ``said`` under it: the focus given by code does not scroll it (only Tab
        does), and "correct the field marked below" pointed at an emergency contact past
        the bottom of an employee's form; brought to the box alone, the view cut the
        sentence's second line at its edge (eye35 §4)."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is None:
            return

        def bring() -> None:
            parent.ensureWidgetVisible(editor)
            if said is not None and not said.isHidden():
                # Its whole height: ensureWidgetVisible's margin of 50 is less than two
                # lines of a wrapped sentence, and the box stays in view above it when
                # both fit.
                parent.ensureWidgetVisible(said, 0, 0)

        # After the sentences just shown have taken their room (the scroll area resizes
        # the form on its next layout pass).
        QTimer.singleShot(0, editor, bring)

    def show_error(self, name: str, message: str) -> None:
        """Put ``message`` beside field ``name`` alone, leaving the other fields' and the
        focus where they are (a rule said as the person leaves a field)."""
        editor = self.editors.get(name)
        if editor is None:
            return
        label = self.error_labels[name]
        label.setText(_numbers_whole(message))
        label.show()
        editor.setToolTip(message)
        _spoken(editor).setAccessibleDescription(message)
        self._marked.add(name)

    def clear_error(self, name: str) -> None:
        """Take the sentence beside field ``name`` away (it was corrected)."""
        editor = self.editors.get(name)
        if editor is None or name not in self._marked:
            return
        label = self.error_labels[name]
        label.clear()
        label.hide()
        self._say_field(name)
        self._marked.discard(name)

    def clear_errors(self) -> None:
        for name, label in self.error_labels.items():
            if label.isVisible() or label.text() or name in self._marked:
                label.clear()
                label.hide()
                self._say_field(name)
        self._marked.clear()

    def _say_field(self, name: str) -> None:
        """Field ``name``'s tip and description without a fault: what the field is, where
        its label alone would read wrong (``field_tips``), else nothing."""
        tip = field_tip(self.spec.fields[name].table, name)
        self.editors[name].setToolTip(tip)
        _spoken(self.editors[name]).setAccessibleDescription(tip)

    def error_text(self, name: str) -> str:
        """The sentence beside field ``name`` as said ("" when none), its numbers' spaces
        plain (shown unbreakable)."""
        return _DIGIT_NO_BREAK.sub(" ", self.error_labels[name].text())

    # ----------------------------------------------------------------- slots

    @slot_while_whole(keeps="spec")
    def _on_editor_edited(self) -> None:
        values = self._snapshot()
        dirty = any(not _same(values.get(n), self._loaded.get(n)) for n in values)
        self._set_dirty(dirty)

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)


def _skip_in_tab(widget: QWidget, skipped: bool) -> None:
    """Take ``widget`` out of the Tab chain (a click still focuses it) or give it back
    the focus policy it had."""
    own = widget.property(OWN_FOCUS)
    if skipped:
        policy = widget.focusPolicy()
        if own is None and policy.value & Qt.FocusPolicy.TabFocus.value:
            widget.setProperty(OWN_FOCUS, int(policy.value))
            widget.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    elif own is not None:
        widget.setFocusPolicy(Qt.FocusPolicy(int(own)))
        widget.setProperty(OWN_FOCUS, None)
