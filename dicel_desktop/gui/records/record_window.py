"""The window of one record: its form, what belongs to it, and New / Save / Delete / Close.

Opened from a list (Enter or a double click on a row) or empty (New, Ctrl+N). Every
database call runs on the DB worker as a named service operation (services.records);
the window never waits: while a record loads or saves, the form is read-only and the
buttons are off.

Nothing typed is lost: a refused save keeps the form as it was and puts each sentence
beside its field; a save over someone else's change opens the conflict dialog; a record
deleted meanwhile can be kept as a new one; closing with unsaved changes asks first.

Its parts, each in a module of its own: the widgets (window_layout), the save path
(record_saving), the server's day and now (window_clock), what the database holds from the
person here (held_fields), printing (window_print) and the workflows' registries
(window_registries, whose names are imported back here).
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable, Mapping
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dicel_desktop.domain.roles import Role
from dicel_desktop.domain.tables import in_sentence
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.editors.dates import DateEditor, DateTimeEditor
from dicel_desktop.gui.error_sentences import describe_error
from dicel_desktop.gui.mnemonics import mnemonic, yield_mnemonics
from dicel_desktop.gui.operations import Op
from dicel_desktop.gui.printing.pages import PageJob
from dicel_desktop.gui.questions import ask, cancel_label, discard_label, save_label
from dicel_desktop.gui.records.actions import actions_for, load_steps
from dicel_desktop.gui.records.conflict_dialog import ConflictDialog
from dicel_desktop.gui.records.form_split import opening_size
from dicel_desktop.gui.records.held_fields import HeldFields
from dicel_desktop.gui.records.record_form import EditorFactory, RecordForm
from dicel_desktop.gui.records.record_saving import RecordSaving
from dicel_desktop.gui.records.shaping_notice import warn_before_shaping
from dicel_desktop.gui.records.titles import header_texts, in_question
from dicel_desktop.gui.records.typed_before import offer_typed_before
from dicel_desktop.gui.records.window_clock import WindowClock
from dicel_desktop.gui.records.window_layout import lay_out
from dicel_desktop.gui.records.window_print import print_record, save_record_pdf

# Public names of the window's registries, imported from here by the workflows and tests.
from dicel_desktop.gui.records.window_registries import (  # noqa: F401
    DOCUMENT_PRINTS,
    FORM_COMPANIONS,
    OWN_NEW_RECORDS,
    DocumentPrint,
    OwnNewRecord,
    own_new_record,
)
from dicel_desktop.gui.translations import translated_form
from dicel_desktop.gui.unanswered import Unanswered
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.services import records
from dicel_desktop.services.forms import (
    FieldKind,
    FormSpec,
    form_spec,
)
from dicel_desktop.services.records import Record

#: The panels under a loaded form are built after its first paint, or after this long.
PANELS_AT_LATEST_MS = 150

#: What builds the widgets under the form (documents, history, lines): called with the
#: window once its record is known; returns (tab title, widget) pairs.
PanelFactory = Callable[["RecordWindow"], list[tuple[str, QWidget]]]
#: The property of a panel holding its tab's tooltip (what the tab holds).
TAB_TIP = "dicel_tab_tip"


class RecordWindow(QDialog):
    """One record's window; see the module docstring."""

    #: The record was saved (created or changed), or read again after a workflow step
    #: moved it on: the Record as it is now.
    saved = Signal(object)
    #: The record was deleted: its id.
    deleted = Signal(object)
    #: A new record of this table was filed through its own dialog (OWN_NEW_RECORDS),
    #: not this window's form: its id.
    filed_apart = Signal(object)

    # Set by lay_out (gui/records/window_layout.py), among the widgets:
    #: The dialog New opened instead of an empty form (OWN_NEW_RECORDS), if any.
    own_new_dialog: QDialog | None
    #: The print or save under way (tests drive its dialogs).
    print_job: PageJob | None

    def __init__(
        self,
        worker: DbWorker,
        table: str,
        role: Role | str,
        make_editor: EditorFactory,
        *,
        record_id: uuid.UUID | None = None,
        presets: Mapping[str, Any] | None = None,
        context_currency: str | None = None,
        panels: PanelFactory | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # The workflows' document prints, companions and steps, registered on first use.
        load_steps()
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.worker = worker
        #: Says in the message line that the server has not answered this window's
        #: operation yet, when the status bar says so (watch39, wait40).
        self.unanswered = Unanswered(worker, self, self._unanswered_busy, self._say_waiting)
        self.table = table
        self.role = Role(role)
        self.spec: FormSpec = translated_form(form_spec(table, self.role))
        self.presets = dict(presets or {})
        self.context_currency = context_currency
        self._panels = panels
        self._pending: int | None = None
        self._busy = False
        self._busy_text = ""
        self._panels_pending = False
        self._close_confirmed = False
        #: Open dialogs (conflict, questions), kept for tests and to close with the window.
        self.conflict_dialog: ConflictDialog | None = None
        self.question: QMessageBox | None = None
        #: Said once the record is read again after a step ("Approved.").
        self._after_reload_note = ""
        #: The server's day and now (gui/records/window_clock.py).
        self.clock = WindowClock(self)
        #: What the database holds from this person here (gui/records/held_fields.py).
        self.held = HeldFields(self)
        #: The save path (gui/records/record_saving.py).
        self.saving = RecordSaving(self)

        self.form = RecordForm(self.spec, make_editor)
        for name, editor in self.form.editors.items():
            if isinstance(editor, DateTimeEditor):  # its Now: the server's, once read
                editor.count_now_by(lambda: self.server_now)
            elif isinstance(editor, DateEditor) and self.spec.fields[name].kind is FieldKind.DATE:
                # Its Today, the day its calendar opens on: the company's, once read.
                editor.count_today_by(lambda: self.company_today)
        self.form.dirty_changed.connect(self._on_form_dirty_changed)
        self.form.field_left.connect(self.saving.on_field_left)
        lay_out(self)  # its widgets: gui/records/window_layout.py
        screen = self.screen()
        self.resize(opening_size(screen.availableGeometry() if screen is not None else None))
        if record_id is None:
            self._show_new()
        else:
            self._load(record_id)
        offer_typed_before(self)
        #: Says that saving a change of what the record asks for loses its approval.
        self.shaping_notice = warn_before_shaping(self)
        companion = FORM_COMPANIONS.get(table)
        #: What a workflow adds to this table's form (FORM_COMPANIONS), or None.
        self.companion = companion(self) if companion is not None else None
        if table == "system_settings":
            self.held.say_what_public_means()
            if record_id is None:
                self.held.offer_keys_not_set()

    # ----------------------------------------------------------------- printing

    @slot_while_whole(keeps="worker")
    def print_form(self) -> None:
        """The form as it shows now, on the printer (or the record's own document)."""
        print_record(self)  # gui/records/window_print.py

    @slot_while_whole(keeps="worker")
    def save_form_pdf(self) -> None:
        save_record_pdf(self)

    def _what(self) -> str:
        return in_sentence(self.spec.record_title)

    # ----------------------------------------------------------------- public API

    @property
    def record(self) -> Record | None:
        return self.form.record

    @property
    def is_busy(self) -> bool:
        return self._busy

    @property
    def step_buttons(self) -> list[QPushButton]:
        """The buttons of the workflow steps offered now."""
        return self.steps.offered()

    @property
    def step_dialog(self) -> QDialog | None:
        """The dialog of the workflow step being taken, while it is open."""
        return self.steps.dialog

    @slot_while_whole(keeps="worker")
    def save(self) -> None:
        """Check the form, then create or save the record on the worker."""
        self.saving.save()

    # ----------------------------------------------------------------- loading

    def _load(self, record_id: uuid.UUID) -> None:
        self.title.setText(self.spec.record_title)
        self.subtitle.setText(self.tr("Loading…"))
        task = functools.partial(
            records.load_record, table=self.table, role=self.role, record_id=record_id
        )
        self._run(
            task,
            self._on_loaded,
            self._on_load_failed,
            busy_text=self.tr("Loading…"),
            fills_form=True,
        )

    def _show_new(self) -> None:
        self.form.load(None, presets=self.presets, context_currency=self.context_currency)
        self._show_header()
        self._build_panels()
        self._focus_first_field()
        self.clock.read()

    @property
    def company_today(self) -> Any:
        """The company's day, as the database counts it (``WindowClock.today``)."""
        return self.clock.today

    @property
    def server_now(self) -> Any:
        """The server's now, a report's moment (DW425; ``WindowClock.now``)."""
        return self.clock.now

    def _on_loaded(self, record: Record) -> None:
        reloaded = self.form.record is not None
        self.form.load(record, presets=self.presets, context_currency=self.context_currency)
        self._show_header()
        self._build_panels_after_paint()
        if reloaded:
            self.saved.emit(record)
        else:
            self._focus_first_field()
        note, self._after_reload_note = self._after_reload_note, ""
        if note:
            self._show_message(note, error=False)

    def _focus_first_field(self) -> None:
        """Typing starts in the first field the person may change, not in whichever
        widget comes first (a generated number, read-only): unless they are already in
        one (a reload leaves the focus where it is)."""
        focus = self.focusWidget()
        for editor in self.form.editors.values():
            if focus is not None and (focus is editor or editor.isAncestorOf(focus)):
                if not editor.is_read_only():
                    return
                break
        first = self.form.first_field()
        value = self.form.editors.get("setting_value")
        if self.table == "system_settings" and self.form.record is not None and value is not None:
            # A saved setting changes by its value: typing starts there, not in its type.
            first = value if not value.is_read_only() else first
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _build_panels_after_paint(self) -> None:
        """The record shows first; the lists, files and history under it are built once
        the form has painted (or a moment later, if it is not on screen)."""
        self._panels_pending = True
        self.form.installEventFilter(self)
        QTimer.singleShot(PANELS_AT_LATEST_MS, self._build_pending_panels)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Events still come while the window is torn down, its attributes already gone:
        # then ``self.scroll`` would be QWidget's own scroll() (an AttributeError seen in
        # the suite under load, printing a form to PDF).
        scroll, form = vars(self).get("scroll"), vars(self).get("form")
        if scroll is None or form is None or not shiboken6.isValid(scroll):
            return False
        if watched is scroll.viewport() and event.type() == QEvent.Type.Resize:
            form.fit_width(scroll.viewport().width())
            return False
        if watched is form and event.type() == QEvent.Type.Paint and self._panels_pending:
            # After this paint has been flushed, in the next turn of the event loop.
            QTimer.singleShot(0, self._build_pending_panels)
        return False

    @slot_while_whole(keeps="worker")
    def _build_pending_panels(self) -> None:
        # A turn late: the window (and its worker) may have closed meanwhile.
        if self._panels_pending and shiboken6.isValid(self) and not self.worker.is_shut_down:
            self._panels_pending = False
            self.form.removeEventFilter(self)
            self._build_panels()

    @property
    def panels_ready(self) -> bool:
        """The panels under the form match the record shown."""
        return not self._panels_pending

    def _on_load_failed(self, error: BaseException) -> None:
        self.subtitle.setText("")
        self.flag_line.show_for(None)
        self._show_message(describe_error(error))
        self.save_button.setEnabled(False)
        self.delete_button.setEnabled(False)

    def add_header_line(self, line: QWidget) -> None:
        """Show ``line`` under the title's own lines (a companion's words)."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.summary_line) + 1, line)

    def _show_header(self) -> None:
        title, note = header_texts(self.spec, self.form.record, self.form.frozen_fields())
        self.title.setText(title)
        self.setWindowTitle(f"{title} — DICEL")
        self.subtitle.setText(note)
        self.flag_line.show_for(self.form.record)
        self.summary_line.show_for(self.worker, self.table, self.form.record)
        self._enable_writing()
        self._show_steps()

    def add_note(self, text: str) -> None:
        """Add ``text`` to the line under the title (why a step is not offered here), until
        the header is shown again."""
        said = self.subtitle.text()
        self.subtitle.setText(f"{said}\n{text}" if said else text)

    def _show_steps(self) -> None:
        self.steps.show_for(actions_for(self.table, self.role, self.form.record))
        self.held.ask()
        self._yield_panel_mnemonics()

    def _yield_panel_mnemonics(self) -> None:
        """The buttons under the form (Upload…, a list's Add…) leave the letters of the
        window's own buttons and steps to them (gui/mnemonics): one tab shows at a time."""
        own = [
            b
            for b in (self.new_button, self.save_button, self.delete_button)
            if b.isVisibleTo(self)
        ]
        taken = [mnemonic(b.text()) for b in [*own, *self.steps.buttons()]]
        for i in range(self.panels.count()):
            yield_mnemonics(self.panels.widget(i).findChildren(QAbstractButton), taken)

    def reload(self, note: str = "") -> None:
        """Read the record again (after a workflow step moved it on), then say ``note``
        ("Approved."); the lists showing it follow (``saved``)."""
        record = self.form.record
        if record is not None and not self._busy:
            self._after_reload_note = note
            self._load(record.id)

    @slot_while_whole(keeps="worker")
    def refresh(self) -> None:
        """Read the record's fields again, leaving what is under it as it is, unless the
        person is changing it: a record that belongs to it changed what the database keeps
        here (an order's total follows its lines)."""
        record = self.form.record
        if record is None or self._busy or self.form.is_dirty():
            return
        task = functools.partial(
            records.load_record, table=self.table, role=self.role, record_id=record.id
        )
        self._run(
            task,
            self._on_refreshed,
            self._on_load_failed,
            busy_text=self.tr("Loading…"),
            fills_form=True,
        )

    def _on_refreshed(self, record: Record) -> None:
        self.form.load(record, presets=self.presets, context_currency=self.context_currency)
        self._show_header()

    def _build_panels(self) -> None:
        self._close_panels()
        while self.panels.count():
            widget = self.panels.widget(0)
            self.panels.removeTab(0)
            widget.deleteLater()
        for title, widget in self._panels(self) if self._panels else []:
            index = self.panels.addTab(widget, title)
            self.panels.setTabToolTip(index, widget.property(TAB_TIP) or "")
        self.panels.setVisible(self.panels.count() > 0)
        # Its lines, payslips or contracts keep a fair share of the height below the form.
        self.split.has_lists = bool(self.spec.details) and self.record is not None
        self._yield_panel_mnemonics()
        # The record first: its form gets the height it needs, what belongs to it the
        # rest (the person drags the handle for more); the window grows for them once.
        if not self._grown and self.panels.count():
            self._grown = True
            self.split.grow_to_fit()
        else:
            self.split.fit()

    # ----------------------------------------------------------------- new, delete, close

    @slot_while_whole(keeps="worker")
    def _on_new_clicked(self) -> None:
        if not self.new_button.isVisible() or self._busy:
            return
        own = own_new_record(self.table, self.role)
        if own is not None:  # this window's record stays as it is
            self.own_new_dialog = own.open(self, self.worker, self.filed_apart.emit)
            return
        if self.form.is_dirty():
            self._ask_unsaved(self._start_new)
        else:
            self._start_new()

    def _start_new(self) -> None:
        self._hide_message()
        self._show_new()

    def _on_deleted(self, record_id: uuid.UUID) -> None:
        self.deleted.emit(record_id)
        self._close_confirmed = True
        self.reject()

    def reject(self) -> None:
        """Esc, Close, the window's close button (QDialog routes it here): close, after
        asking what to do with unsaved changes."""
        if self.form.is_dirty() and not self._close_confirmed:
            self._ask_unsaved(self._close_now)
            return
        if self._pending is not None:
            self.worker.cancel(self._pending)
            self._pending = None
        self._close_panels()
        super().reject()

    def _close_panels(self) -> None:
        """Lists under the form stop loading (their queries are cancelled)."""
        for index in range(self.panels.count()):
            close_list = getattr(self.panels.widget(index), "close_list", None)
            if close_list is not None:
                close_list()

    def discard_and_close(self) -> None:
        """Close without asking (the person already chose to discard)."""
        self._close_confirmed = True
        self.reject()

    def _close_now(self) -> None:
        self._close_confirmed = True
        self.reject()

    def _ask_unsaved(self, then: Callable[[], None]) -> None:
        """Save, discard or keep editing; ``then`` runs after a save or a discard."""
        record = self.form.record
        if record is not None:
            name = in_question(record)  # "this performance review", not "Performance review"
        else:
            name = self.tr("the new %1").replace("%1", self._what())
        text = self.tr("Save the changes to %1?").replace("%1", name)

        def save_then() -> None:
            self.saving.after_save = then
            self.save()

        self._ask(
            text,
            {
                QMessageBox.StandardButton.Save: save_then,
                QMessageBox.StandardButton.Discard: then,
                QMessageBox.StandardButton.Cancel: None,
            },
            default=QMessageBox.StandardButton.Save,
            # Each with its Alt letter: Discard had none (keys38 #5).
            labels={
                QMessageBox.StandardButton.Save: save_label(),
                QMessageBox.StandardButton.Discard: discard_label(),
                QMessageBox.StandardButton.Cancel: cancel_label(),
            },
        )

    def _ask(
        self,
        text: str,
        actions: Mapping[QMessageBox.StandardButton, Callable[[], None] | None],
        *,
        default: QMessageBox.StandardButton | None = None,
        labels: Mapping[QMessageBox.StandardButton, str] | None = None,
    ) -> None:
        """A question over the window that does not block; the answer runs its action."""

        def closed() -> None:
            self.question = None

        # The record's title, without the unsaved mark "* ": a question has nothing
        # unsaved of its own (eye35b #5).
        title = self.windowTitle().removeprefix("* ")
        self.question = ask(
            self, title, text, actions, default=default, labels=labels, on_closed=closed
        )

    # ----------------------------------------------------------------- running

    def _run(
        self,
        task: functools.partial,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        *,
        busy_text: str,
        fills_form: bool = False,
    ) -> None:
        """Run a records operation (``partial(fn, **arguments)``) on the worker, with its
        refusals worded for this table and the values it writes. ``fills_form``: its
        answer goes straight into ``form.load`` (a read), which locks the fields itself."""
        self._set_busy(True, busy_text)
        action = {
            records.create_record: "insert",
            records.save_record: "update",
            records.delete_record: "delete",
        }.get(task.func, "read")
        values = task.keywords.get("values") or task.keywords.get("changes") or {}

        def done(result: Any) -> None:
            self._pending = None
            self._set_busy(False, form_loads=fills_form)
            on_done(result)

        def failed(error: BaseException) -> None:
            self._pending = None
            self._set_busy(False)
            on_error(error)

        self._operation = (
            Op(self.worker, task.func, **task.keywords)
            .for_widget(self)
            .explaining(self.table, values, action=action)
            .on_success(done)
            .on_failure(failed)
        )
        self._pending = self._operation.run()

    def _unanswered_busy(self, request_id: int) -> str:
        """The busy text of this window's operation ``request_id`` while it runs and its
        message line says it ("" otherwise): the status bar is at the main window's foot,
        this window may be elsewhere (watch39)."""
        if not self._busy or request_id != self._pending:
            return ""
        return self._busy_text if self.message.text() == self._busy_text else ""

    def _say_waiting(self, words: str) -> None:
        """The longer words, in place of the busy text: the form stays as typed and
        read-only, and the answer ends them as it ends the busy text."""
        self._busy_text = words
        self._show_message(words, error=False)

    def _set_busy(self, busy: bool, text: str = "", *, form_loads: bool = False) -> None:
        """``form_loads``: the form is loaded next, in this same slot, and locks its
        fields as it fills them (``RecordForm.set_read_only(until_load=True)``)."""
        self._busy = busy
        self.form.set_read_only(busy or self.spec.read_only, until_load=form_loads)
        self.new_button.setEnabled(not busy)
        self._enable_writing()
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)
        if busy:
            self._busy_text = text
            self._show_message(text, error=False)
        elif self.message.text() == self._busy_text:
            self._hide_message()

    def _enable_writing(self) -> None:
        """Save and Delete, while nothing runs and the record may change: a record in a
        final state (a closed ticket) is read only, as the database holds it, and Save
        needs a field left to change (a submitted review's lock freezes them all)."""
        final = self.form.is_final()
        may_change = self.form.may_change_anything()
        self.save_button.setEnabled(not self._busy and not final and may_change)
        # Off for a reason the window says above the form: the button says it too ("Save
        # (Ctrl+S)" alone, on an active policy, gave none).
        why = "" if self._busy else self._held_because()
        shut = final or not may_change
        self.save_button.setToolTip(why if shut and why else self.tr("Save (Ctrl+S)"))
        held = self.held.delete_held
        self.delete_button.setEnabled(
            not self._busy and not final and self.form.record is not None and held is None
        )
        self.delete_button.setToolTip(held or (why if final else ""))

    def _held_because(self) -> str:
        """Why the record may not change (what its state or the person's role makes it),
        as the line under the title says it; "" when nothing holds it."""
        if self.form.record is None:
            return ""
        return header_texts(self.spec, self.form.record, self.form.frozen_fields())[1]

    # ----------------------------------------------------------------- messages

    def _show_message(self, text: str, *, error: bool = True) -> None:
        self.message.say(text, problem=error)

    def _hide_message(self) -> None:
        self.message.clear_message()

    @slot_while_whole(bool, keeps="worker")
    def _on_form_dirty_changed(self, dirty: bool) -> None:
        title = self.windowTitle().removeprefix("* ")
        self.setWindowTitle(f"* {title}" if dirty else title)
