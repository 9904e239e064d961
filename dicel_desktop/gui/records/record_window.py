"""The window of one record: its form, what belongs to it, and New / Save / Delete / Close.

Opened from a list (Enter or a double click on a row) or empty (New, Ctrl+N). Every
database call runs on the DB worker as a named service operation (services.records);
the window never waits: while a record loads or saves, the form is read-only and the
buttons are off.

Nothing typed is lost: a refused save keeps the form as it was and puts each sentence
beside its field; a save over someone else's change opens the conflict dialog; a record
deleted meanwhile can be kept as a new one; closing with unsaved changes asks first.

Its parts, each in a module of its own: the widgets (window_layout), the record's reads
and header (record_loading), the operations and the busy state (window_running), the
tabs under the form (window_panels), closing and its questions (window_closing), the save
path (record_saving), the server's day and now (window_clock), what the database holds
from the person here (held_fields), printing (window_print) and the workflows'
registries (window_registries, whose names are imported back here).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
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
from dicel_desktop.gui.printing.pages import PageJob
from dicel_desktop.gui.records.actions import load_steps
from dicel_desktop.gui.records.conflict_dialog import ConflictDialog
from dicel_desktop.gui.records.form_split import opening_size
from dicel_desktop.gui.records.held_fields import HeldFields
from dicel_desktop.gui.records.record_form import EditorFactory, RecordForm
from dicel_desktop.gui.records.record_loading import RecordLoading
from dicel_desktop.gui.records.record_saving import RecordSaving
from dicel_desktop.gui.records.shaping_notice import warn_before_shaping
from dicel_desktop.gui.records.typed_before import offer_typed_before
from dicel_desktop.gui.records.window_clock import WindowClock
from dicel_desktop.gui.records.window_closing import WindowClosing
from dicel_desktop.gui.records.window_layout import lay_out

# Public names of the tabs under the form, imported from here by the panels and tests.
from dicel_desktop.gui.records.window_panels import (  # noqa: F401
    PANELS_AT_LATEST_MS,
    TAB_TIP,
    PanelFactory,
    WindowPanels,
)
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
from dicel_desktop.gui.records.window_running import WindowRunning
from dicel_desktop.gui.translations import translated_form
from dicel_desktop.gui.unanswered import Unanswered
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.services.forms import (
    FieldKind,
    FormSpec,
    form_spec,
)
from dicel_desktop.services.records import Record


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
        #: The operations on the worker and the busy state (gui/records/window_running.py).
        self.running = WindowRunning(self)
        #: Says in the message line that the server has not answered this window's
        #: operation yet, when the status bar says so (watch39, wait40).
        self.unanswered = Unanswered(
            worker, self, self.running.unanswered_busy, self.running.say_waiting
        )
        self.table = table
        self.role = Role(role)
        self.spec: FormSpec = translated_form(form_spec(table, self.role))
        self.presets = dict(presets or {})
        self.context_currency = context_currency
        #: Open dialogs (conflict, questions), kept for tests and to close with the window.
        self.conflict_dialog: ConflictDialog | None = None
        self.question: QMessageBox | None = None
        #: The tabs under the form (gui/records/window_panels.py).
        self.under = WindowPanels(self, panels)
        #: The record's reads and its header (gui/records/record_loading.py).
        self.loading = RecordLoading(self)
        #: Closing, and the questions asked over the window (gui/records/window_closing.py).
        self.closing = WindowClosing(self)
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
            self.loading.show_new()
        else:
            self.loading.load(record_id)
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
        return self.running.busy

    @property
    def step_buttons(self) -> list[QPushButton]:
        """The buttons of the workflow steps offered now."""
        return self.steps.offered()

    @property
    def step_dialog(self) -> QDialog | None:
        """The dialog of the workflow step being taken, while it is open."""
        return self.steps.dialog

    @property
    def panels_ready(self) -> bool:
        """The panels under the form match the record shown."""
        return self.under.ready

    @property
    def company_today(self) -> Any:
        """The company's day, as the database counts it (``WindowClock.today``)."""
        return self.clock.today

    @property
    def server_now(self) -> Any:
        """The server's now, a report's moment (DW425; ``WindowClock.now``)."""
        return self.clock.now

    @slot_while_whole(keeps="worker")
    def save(self) -> None:
        """Check the form, then create or save the record on the worker."""
        self.saving.save()

    def reload(self, note: str = "") -> None:
        """Read the record again (after a workflow step moved it on), then say ``note``
        ("Approved."); the lists showing it follow (``saved``)."""
        self.loading.reload(note)

    @slot_while_whole(keeps="worker")
    def refresh(self) -> None:
        """Read the record's fields again, leaving what is under it as it is, unless the
        person is changing it: a record that belongs to it changed what the database keeps
        here (an order's total follows its lines)."""
        self.loading.refresh()

    def add_header_line(self, line: QWidget) -> None:
        """Show ``line`` under the title's own lines (a companion's words)."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.summary_line) + 1, line)

    def add_note(self, text: str) -> None:
        """Add ``text`` to the line under the title (why a step is not offered here), until
        the header is shown again."""
        said = self.subtitle.text()
        self.subtitle.setText(f"{said}\n{text}" if said else text)

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

    def _yield_panel_mnemonics(self) -> None:
        """The tabs' buttons leave the window's own Alt letters (``WindowPanels``)."""
        self.under.yield_mnemonics()

    # ----------------------------------------------------------------- new, close

    @slot_while_whole(keeps="worker")
    def _on_new_clicked(self) -> None:
        self.loading.offer_new()

    def reject(self) -> None:
        """Esc, Close, the window's close button (QDialog routes it here): close, after
        asking what to do with unsaved changes."""
        if self.closing.may_close():
            super().reject()

    def discard_and_close(self) -> None:
        """Close without asking (the person already chose to discard)."""
        self.closing.confirmed = True
        self.reject()

    def _ask(
        self,
        text: str,
        actions: Mapping[QMessageBox.StandardButton, Callable[[], None] | None],
        *,
        default: QMessageBox.StandardButton | None = None,
        labels: Mapping[QMessageBox.StandardButton, str] | None = None,
    ) -> None:
        """A question over the window that does not block (``WindowClosing.ask``)."""
        self.closing.ask(text, actions, default=default, labels=labels)

    # ----------------------------------------------------------------- messages

    def _show_message(self, text: str, *, error: bool = True) -> None:
        self.message.say(text, problem=error)

    def _hide_message(self) -> None:
        self.message.clear_message()

    @slot_while_whole(bool, keeps="worker")
    def _on_form_dirty_changed(self, dirty: bool) -> None:
        title = self.windowTitle().removeprefix("* ")
        self.setWindowTitle(f"* {title}" if dirty else title)
