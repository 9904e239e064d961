"""The window of one record: its form, what belongs to it, and New / Save / Delete / Close.

Opened from a list (Enter or a double click on a row) or empty (New, Ctrl+N). Every
database call runs on the DB worker as a named service operation (services.records);
the window never waits: while a record loads or saves, the form is read-only and the
buttons are off.

Nothing typed is lost: a refused save keeps the form as it was and puts each sentence
beside its field; a save over someone else's change opens the conflict dialog; a record
deleted meanwhile can be kept as a new one; closing with unsaved changes asks first.
"""

from __future__ import annotations

import functools
import logging
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dicel_desktop.domain import setting_keys
from dicel_desktop.domain.errors import Conflict, DicelError
from dicel_desktop.domain.roles import Role
from dicel_desktop.domain.states import SettingType
from dicel_desktop.domain.tables import in_sentence
from dicel_desktop.gui.editors.dates import DateEditor, DateTimeEditor
from dicel_desktop.gui.error_sentences import describe_error
from dicel_desktop.gui.mnemonics import mnemonic, yield_mnemonics
from dicel_desktop.gui.operations import Op
from dicel_desktop.gui.printing.pages import PageJob, form_job
from dicel_desktop.gui.questions import ask
from dicel_desktop.gui.records.actions import actions_for, load_steps
from dicel_desktop.gui.records.conflict_dialog import Choice, ConflictDialog
from dicel_desktop.gui.records.flag_line import FlagLine
from dicel_desktop.gui.records.form_split import FormFirstSplit, opening_size
from dicel_desktop.gui.records.record_form import EditorFactory, RecordForm
from dicel_desktop.gui.records.shaping_notice import warn_before_shaping
from dicel_desktop.gui.records.step_bar import StepBar
from dicel_desktop.gui.records.summary_line import SummaryLine
from dicel_desktop.gui.records.titles import has_own_name, header_texts, in_question
from dicel_desktop.gui.records.typed_before import offer_typed_before
from dicel_desktop.gui.theme import use_tab_style
from dicel_desktop.gui.translations import record_name, setting_purpose, tr_choice, translated_form
from dicel_desktop.gui.widgets.message_bar import MessageBar
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.services import records
from dicel_desktop.services.forms import (
    FieldKind,
    FormSpec,
    form_spec,
    span_error,
    span_fields,
    validate,
)
from dicel_desktop.services.record_facts import (
    CLOCK_READ,
    COMPANY_DAY,
    SERVER_NOW,
    CompanyClock,
    clock_reading,
    company_clock,
    company_day_now,
    server_moment_now,
)
from dicel_desktop.services.records import Record, RecordGone, StaleRecord

log = logging.getLogger(__name__)

#: The panels under a loaded form are built after its first paint, or after this long.
PANELS_AT_LATEST_MS = 150

#: What builds the widgets under the form (documents, history, lines): called with the
#: window once its record is known; returns (tab title, widget) pairs.
PanelFactory = Callable[["RecordWindow"], list[tuple[str, QWidget]]]
#: The property of a panel holding its tab's tooltip (what the tab holds).
TAB_TIP = "dicel_tab_tip"


def _what_is_held(table: str, session: Any, record_id: uuid.UUID) -> Any:
    """``cases.what_is_held`` of a record of ``table`` (the worker gives the session)."""
    from dicel_desktop.services import cases

    return cases.what_is_held(session, table, record_id)


@dataclass(frozen=True)
class DocumentPrint:
    """A record that prints as a document of its own (a payslip), not as its form: the
    window's Print and Save as PDF (Ctrl+P, Ctrl+Shift+P) take it while the record is in
    ``states``; in any other state they print the form."""

    print_: Callable[[RecordWindow], None]
    save_pdf: Callable[[RecordWindow], None]
    states: frozenset[str]


#: Table -> its document print (registered by gui/workflows, as the steps are, when
#: ``actions.load_steps`` first runs: a window's first lookup).
DOCUMENT_PRINTS: dict[str, DocumentPrint] = {}

#: Table -> what a workflow adds to its windows, made with the window once it is built
#: (registered by gui/workflows): an object that watches the form and says something
#: under the title (HR's leave form: the working days and the balance as typed).
FORM_COMPANIONS: dict[str, Callable[[RecordWindow], QObject]] = {}


@dataclass(frozen=True)
class OwnNewRecord:
    """How a role files a new record of a table when the empty form is not its way: a
    leave request for oneself, through Request leave… (eye36, 2: a supervisor's New gave
    an open Employee picker the database then refused for her team)."""

    #: Whether ``role`` files new records this way (HR files leave for anyone: no).
    applies: Callable[[Role], bool]
    #: Open the dialog over the widget given, on the worker given; the callable given
    #: is told the id of each record filed.
    open: Callable[[QWidget, DbWorker, Callable[[object], None]], QDialog]
    #: New's tooltip there (its translation context: "RecordWindow").
    tooltip: str


#: Table -> its OwnNewRecord (registered by gui/workflows): New in a record window and
#: RecordOpener.new open it, for the roles it applies to, instead of an empty form.
OWN_NEW_RECORDS: dict[str, OwnNewRecord] = {}


def own_new_record(table: str, role: Role | str) -> OwnNewRecord | None:
    """The way ``role`` files a new record of ``table``, where it is not the form."""
    load_steps()
    own = OWN_NEW_RECORDS.get(table)
    return own if own is not None and own.applies(Role(role)) else None


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
        self.table = table
        self.role = Role(role)
        self.spec: FormSpec = translated_form(form_spec(table, self.role))
        self.presets = dict(presets or {})
        self.context_currency = context_currency
        self._panels = panels
        self._pending: int | None = None
        self._busy = False
        #: Why the database refuses this person to delete the record shown (a past
        #: holiday, one's own attendance), Delete… disabled saying it; None: it may.
        self._delete_held: str | None = None
        self._busy_text = ""
        self._panels_pending = False
        self._close_confirmed = False
        self._after_save: Callable[[], None] | None = None
        #: The person answered Yes to a field's question before saving (``save_question``).
        self._questions_answered = False
        #: Open dialogs (conflict, questions), kept for tests and to close with the window.
        self.conflict_dialog: ConflictDialog | None = None
        self.question: QMessageBox | None = None
        #: Said once the record is read again after a step ("Approved.").
        self._after_reload_note = ""
        #: The server's clocks read as a new record's form opened (``_read_company_clock``),
        #: with the desktop's steady clock reading then; None until they come.
        self._company_clock: tuple[CompanyClock, float] | None = None

        self.form = RecordForm(self.spec, make_editor)
        for name, editor in self.form.editors.items():
            if isinstance(editor, DateTimeEditor):  # its Now: the server's, once read
                editor.count_now_by(lambda: self.server_now)
            elif isinstance(editor, DateEditor) and self.spec.fields[name].kind is FieldKind.DATE:
                # Its Today, the day its calendar opens on: the company's, once read.
                editor.count_today_by(lambda: self.company_today)
        self.form.dirty_changed.connect(self._on_form_dirty_changed)
        self.form.field_left.connect(self._on_form_field_left)
        #: DW446's sentence said beside the end as the person left a moment, until
        #: corrected (or replaced by what Save says).
        self._span_said = ""
        self._build()
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
            self._say_what_public_means()

    # ----------------------------------------------------------------- building

    def _build(self) -> None:
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        #: What its list marks it for, with the date (a review overdue, a licence expired).
        self.flag_line = FlagLine()
        #: What the record adds up to (a pay period's payslips and pay).
        self.summary_line = SummaryLine()
        self.message = MessageBar()

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # Not a Tab stop of its own: it scrolls to whichever field has the focus.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self.form)
        self.scroll = scroll
        # The form fits the width it is shown in (its hints said below their lines
        # where they do not fit): no horizontal scroll bar at 820 pixels.
        scroll.viewport().installEventFilter(self)
        self.panels = QTabWidget()
        self.panels.setDocumentMode(True)
        use_tab_style(self.panels.tabBar())  # « Évaluations » with its accent
        self.panels.hide()
        splitter = self.splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(scroll)
        splitter.addWidget(self.panels)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        #: The form first: it gets the height it needs (gui/records/form_split.py).
        self.split = FormFirstSplit(self, splitter, scroll, self.panels)
        self._grown = False

        self.new_button = QPushButton(self.tr("&New"))
        self.new_button.setToolTip(self.tr("A new, empty %1 (Ctrl+N)").replace("%1", self._what()))
        if (own := own_new_record(self.table, self.role)) is not None:
            self.new_button.setToolTip(QCoreApplication.translate("RecordWindow", own.tooltip))
        #: The dialog New opened instead of an empty form (OWN_NEW_RECORDS), if any.
        self.own_new_dialog: QDialog | None = None
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.delete_button = QPushButton(self.tr("&Delete…"))
        # No mnemonic: Alt+P belongs to the workflow's steps ("Record &payment…"); Ctrl+P
        # and Ctrl+Shift+P reach the print from anywhere in the window.
        self.print_button = QPushButton(self.tr("Print"))
        self.print_button.setToolTip(
            self.tr("Print this %1 (Ctrl+P) or save it as a PDF (Ctrl+Shift+P)").replace(
                "%1", self._what()
            )
            if self.table in DOCUMENT_PRINTS
            else self.tr("Print this form (Ctrl+P) or save it as a PDF (Ctrl+Shift+P)")
        )
        print_menu = QMenu(self.print_button)
        self.action_print = print_menu.addAction(self.tr("&Print…"), self.print_form)
        self.action_save_pdf = print_menu.addAction(self.tr("Save as P&DF…"), self.save_form_pdf)
        self.print_button.setMenu(print_menu)
        #: The print or save under way (tests drive its dialogs).
        self.print_job: PageJob | None = None
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        # The workflow's steps for the record's state (Submit, Approve…): gui/workflows.
        self.steps = StepBar(self)
        buttons.addLayout(self.steps.layout)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        self.new_button.setVisible(self.spec.can_insert)
        self.save_button.setVisible(self.spec.can_insert or self.spec.can_update)
        self.delete_button.setVisible(self.spec.can_delete)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.flag_line)
        layout.addWidget(self.summary_line)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        # Why a step shown disabled is held (a case not begun), under the buttons.
        layout.addWidget(self.steps.note)
        # Tab from the last field reaches Save first: what a person filling the form
        # does next. New, Delete and Print follow, in the order they are shown.
        for first, then in (
            (self.save_button, self.new_button),
            (self.new_button, self.delete_button),
            (self.delete_button, self.print_button),
        ):
            QWidget.setTabOrder(first, then)

        self.new_button.clicked.connect(self._on_new_clicked)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.close_button.clicked.connect(self.reject)
        # Ctrl+N and Ctrl+S wherever the focus is inside the window.
        self._shortcuts = [
            QShortcut(QKeySequence.StandardKey.New, self, activated=self._on_new_clicked),
            QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save),
            QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_form),
            QShortcut(QKeySequence("Ctrl+Shift+P"), self, activated=self.save_form_pdf),
        ]

    def print_form(self) -> None:
        """The form as it shows now, on the printer (or the record's own document)."""
        document = self._document()
        if document is not None:
            document.print_(self)
            return
        self._start_print().print_()

    def save_form_pdf(self) -> None:
        document = self._document()
        if document is not None:
            document.save_pdf(self)
            return
        self._start_print().save_pdf()

    def _document(self) -> DocumentPrint | None:
        """The record's own document print, where it has one in its present state."""
        document = DOCUMENT_PRINTS.get(self.spec.table)
        record = self.record
        if document is None or record is None or record.values.get("status") not in document.states:
            return None
        return document

    def _start_print(self) -> PageJob:
        job = form_job(self.worker, self)
        job.finished.connect(lambda sentence, problem: self._show_message(sentence, error=problem))
        job.finished.connect(job.deleteLater)
        job.destroyed.connect(lambda: self._forget_print_job(job))
        self.print_job = job
        return job

    def _forget_print_job(self, job: PageJob) -> None:
        if self.print_job is job:
            self.print_job = None

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

    def save(self) -> None:
        """Check the form, then create or save the record on the worker."""
        if self._busy or not self.save_button.isVisible() or self.form.is_final():
            return
        if not self.form.may_change_anything():
            return
        self._hide_message()
        new = self.form.is_new
        values, unreadable = self.form.writable_values() if new else self.form.changes()
        errors = {n: describe_error(e) for n, e in unreadable.items()}
        checked = validate(
            self.spec,
            {**self.form.current_values(), **values},
            new=new,
            loaded=None if new else self.form.loaded_values(),
            today=self.company_today,
            now=self.server_now,
        )
        parts: dict[str, str] = {}
        for name, error in checked.items():
            if new or name in values or self._compared(name, values):
                errors.setdefault(name, describe_error(error))
                if error.params.get("part"):  # an emergency contact's phone or e-mail
                    parts[name] = error.params["part"]
        if errors:
            self.form.show_errors(errors, parts)
            self._show_message(
                self.tr("Nothing was saved: correct the field marked below.")
                if len(errors) == 1
                else self.tr("Nothing was saved: correct the fields marked below.")
            )
            return
        self.form.clear_errors()
        if not new and not values:
            self._show_message(self.tr("There are no changes to save."), error=False)
            return
        if not self._questions_answered and self._ask_before_saving(values):
            return
        record = self.form.record
        if new:
            task = functools.partial(
                records.create_record, table=self.table, role=self.role, values=values
            )
            self._run(task, self._on_saved, self._on_save_failed, busy_text=self.tr("Saving…"))
        else:
            assert record is not None
            self._save_over(record, values)

    def _ask_before_saving(self, values: Mapping[str, Any]) -> bool:
        """Ask a changed field's question before saving (an editor's ``save_question``: PAYE
        rates that fall, eye35 §7), a soft one the database does not ask: Yes saves, No
        goes back to the field. Whether one was asked."""
        for name in values:
            editor = self.form.editors.get(name)
            ask_of = getattr(editor, "save_question", None)
            question = ask_of() if ask_of is not None else ""
            if question:
                self._ask(
                    question,
                    {
                        QMessageBox.StandardButton.Yes: self._save_anyway,
                        QMessageBox.StandardButton.No: functools.partial(
                            self._on_save_question_declined, editor
                        ),
                    },
                    default=QMessageBox.StandardButton.No,
                )
                return True
        return False

    def _save_anyway(self) -> None:
        self._questions_answered = True
        try:
            self.save()
        finally:
            self._questions_answered = False

    def _on_save_question_declined(self, editor: QWidget) -> None:
        self._after_save = None  # a close that waited on this save waits on no save
        declined = getattr(editor, "save_question_declined", None)
        if declined is not None:
            declined()
        else:
            editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _save_over(self, version_of: Record, changes: Mapping[str, Any]) -> None:
        """Save ``changes`` over the version ``version_of`` is (the loaded record, or the
        one someone else saved, when the person keeps their own values)."""
        task = functools.partial(
            records.save_record,
            table=self.table,
            role=self.role,
            record_id=version_of.id,
            version=version_of.version,
            changes=changes,
        )
        self._run(task, self._on_saved, self._on_save_failed, busy_text=self.tr("Saving…"))

    def _compared(self, name: str, changed: Mapping[str, Any]) -> bool:
        """A rule between two fields is checked when either of them changed: the CHECKs'
        comparisons, and a shift's or a patrol's span (said beside its end, DW446)."""
        pairs = [(rule.left, rule.right) for rule in self.spec.comparisons]
        span = span_fields(self.spec.table)
        if span is not None:
            pairs.append(span)
        return any(name == left and right in changed for left, right in pairs)

    def _on_form_field_left(self, name: str) -> None:
        """A shift's or a patrol's span (DW446) said as the person leaves its start or
        its end, by the rule Save asks (``span_error``) and the database enforces: beside
        the end, what was typed kept; taken away once it holds."""
        span = span_fields(self.spec.table)
        if span is None or name not in span or self._busy or self.form.is_final():
            return
        new = self.form.is_new
        found = span_error(
            self.spec,
            self.form.current_values(),
            new=new,
            loaded=None if new else self.form.loaded_values(),
        )
        end = span[0]
        if found is not None:
            self._span_said = describe_error(found[1])
            self.form.show_error(end, self._span_said)
        elif self._span_said and self.form.error_text(end) == self._span_said:
            self.form.clear_error(end)
            self._span_said = ""

    # ----------------------------------------------------------------- loading

    def _load(self, record_id: uuid.UUID) -> None:
        self.title.setText(self.spec.record_title)
        self.subtitle.setText(self.tr("Loading…"))
        task = functools.partial(
            records.load_record, table=self.table, role=self.role, record_id=record_id
        )
        self._run(task, self._on_loaded, self._on_load_failed, busy_text=self.tr("Loading…"))

    def _show_new(self) -> None:
        self.form.load(None, presets=self.presets, context_currency=self.context_currency)
        self._show_header()
        self._build_panels()
        self._focus_first_field()
        self._read_company_clock()

    def _read_company_clock(self) -> None:
        """A new record loads no row to read the server's clocks with: read them once as
        its form opens, for the rules counted from today (``record_facts.DAY_COUNTED``)
        and a report's moment (``record_facts.MOMENT_COUNTED``), one statement for both.
        Until they come (or if it fails), the desktop's day and clock are asked; the
        database decides."""
        if self.table not in CLOCK_READ:
            return

        def read(clock: CompanyClock) -> None:
            self._company_clock = (clock, clock_reading())
            self._follow_the_clocks()

        def failed(error: BaseException) -> None:
            log.info("Could not read the server's clock: %s", error)

        Op(self.worker, company_clock).for_widget(self).on_success(read).on_failure(failed).run()

    def _follow_the_clocks(self) -> None:
        """A new record's fields that open at "today" opened at the desktop's day or
        clock: once the server's are read, those still as they opened take the company's
        day (a feedback received, an enrolment) or the server's now (an incident reported).
        A desktop a day off offered a day the window and the database then refused (or
        took the wrong one); a PC minutes fast, a moment refused."""
        for name, field in self.spec.fields.items():
            if field.default != "today":
                continue
            if field.kind is FieldKind.DATETIME:
                value = self.server_now.astimezone().replace(second=0, microsecond=0)
            else:
                value = self.company_today
            self.form.follow_default(name, value)

    @property
    def company_today(self) -> Any:
        """The company's day, as the database counts it: read with the record shown, or
        as a new one's form opened; None (the desktop's day) where none was read."""
        record = self.form.record
        if record is not None and COMPANY_DAY in record.facts:
            return company_day_now(record.facts[COMPANY_DAY], self.form.loaded_at)
        if self._company_clock is None:
            return None
        clock, read_at = self._company_clock
        return company_day_now(clock.wall, read_at)

    @property
    def server_now(self) -> Any:
        """The server's now, the moment the database asks a report against (DW425): read
        with the record shown, or as a new one's form opened, moved on since; None (the
        desktop's clock) where none was read."""
        record = self.form.record
        if record is not None and SERVER_NOW in record.facts:
            return server_moment_now(record.facts[SERVER_NOW], self.form.loaded_at)
        if self._company_clock is None:
            return None
        clock, read_at = self._company_clock
        return server_moment_now(clock.now, read_at)

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

    def _ask_what_is_held(self) -> None:
        """Fields the database refuses this person here, shown read-only, saying why: an
        administrator's employee record opened by anyone else (HR): their pay, placement
        and termination date (migrations 0067, 0073); an administrator's payslip's pay,
        one's own or an administrator's attendance, a past holiday's day (0076); one's
        own guard record, shift, patrol or training enrolment (0095)."""
        record = self.form.record
        if self._delete_held is not None:
            self._delete_held = None
            self._enable_writing()
        if record is None:
            return
        if self.table == "system_settings":
            self._hold_setting_key(record)
            return
        if self.table == "users":
            self._hold_users_emergency_contact(record)
            return
        from dicel_desktop.services import cases

        if self.table == "employees":
            ask: Any = cases.what_stops_changing_pay

            def held(refusal: DicelError | None) -> tuple[frozenset[str] | None, DicelError] | None:
                return None if refusal is None else (cases.ADMINISTRATOR_HELD_FIELDS, refusal)

        elif self.table in (
            "payroll_records",
            "attendance_records",
            "holidays",
            *cases.OWN_RECORD_TABLES,
        ):
            ask = functools.partial(_what_is_held, self.table)

            def held(found: Any) -> tuple[frozenset[str] | None, DicelError] | None:
                return found

        else:
            return

        def answered(found: Any) -> None:
            fields = held(found)
            if fields is None or self.form.record is not record:
                return
            names, refusal = fields
            self.form.hold(frozenset(self.form.editors) if names is None else names)
            # What holds a field holds the record's deletion too (migration 0076: a past
            # holiday, one's own or an administrator's attendance and payslip): a past
            # holiday's name still changes, so its deletion says a sentence of its own.
            kept = Conflict("holiday_past_kept") if self.table == "holidays" else refusal
            self._delete_held = describe_error(kept)
            self._enable_writing()
            self._show_message(describe_error(refusal), error=False)

        def failed(error: BaseException) -> None:
            # Left editable: a save meets the database's refusal, if any.
            log.info("Could not ask what the database holds here: %s", error)

        (
            Op(self.worker, ask, record.id)
            .for_widget(self)
            .on_success(answered)
            .on_failure(failed)
            .run()
        )

    def _hold_users_emergency_contact(self, record: Record) -> None:
        """A person's emergency contact is the one HR keeps on their employee record, and
        since migration 0125 the login's copy follows it (``employees_sync_user``): shown
        read-only, saying whose it is and where it is kept. "The copy shown here is not
        read" was true before 0125 only; an administrator read it as "this may be wrong"
        (eye35 §6). A login without an employee record keeps the copy it had, which no
        one changes."""
        if "emergency_contact" not in self.form.editors:
            return
        self.form.hold(frozenset({"emergency_contact"}))
        number = record.values.get("employee_id")
        if number:
            said = self.tr(
                "The emergency contact is HR's, kept on the employee record {number}: it is"
                " shown here as HR keeps it. Change it on that record."
            ).format(number=number)
        else:
            said = self.tr(
                "This login has no employee record: its emergency contact is kept as it"
                " was, and no one changes it here."
            )
        self.add_note(said)

    def _say_what_public_means(self) -> None:
        """Under a setting's Public box, what it does: nothing DICEL reads. Only
        administrators read the settings (the grants), and the workflows read the ones
        they use whatever it says; « Public » / "Rusange" was said nowhere (eye34 #8)."""
        editor = self.form.editors.get("is_public")
        if editor is None:
            return
        said = self.tr(
            "\u201cPublic\u201d is a mark for the administrators' own use: DICEL does not read "
            "it. Only administrators see the settings, and DICEL reads those it uses either way."
        )
        note = QLabel(said)
        note.setObjectName("publicMeans")
        note.setWordWrap(True)
        # Never what widens the form: it wraps in the width its field has.
        note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Maximum)
        editor.setToolTip(said)
        self.form.add_note("is_public", note)

    def _hold_setting_key(self, record: Record) -> None:
        """A setting's key is fixed once made, and one DICEL reads is not deleted (the
        database refuses both, DW027 and DW028, migration 0117): a key one letter off
        had lifted every employee's leave limit (eye33 #1). Known without asking: the
        keys DICEL reads are the domain's."""
        key = record.values.get("setting_key")
        held = {"setting_key"}
        # The type DICEL reads it as is fixed too (DW029, migration 0124): under Text, a
        # VAT rate of "20 %" was ignored (eye34 #1). A setting stored under another type
        # keeps its type editable, so that it can be put right.
        kind = setting_keys.read_type(key)
        if kind is not None and record.values.get("setting_type") == kind:
            held.add("setting_type")
        self.form.hold(frozenset(held))
        said = setting_purpose(key)
        if said is not None:
            self.add_note(said)
        if setting_keys.is_read(record.values.get("setting_key")):
            line = self.tr(
                "DICEL reads this setting by its key: the key is fixed, and the setting "
                "cannot be deleted. Change its value instead."
            )
            self._delete_held = line
        else:
            line = self.tr(
                "A setting's key is fixed once made. No part of DICEL reads this one: it "
                "may be deleted once it is no longer needed."
            )
        self._enable_writing()
        self.add_note(line)
        if "setting_type" in held:
            self.add_note(
                self.tr("The type (%1) is fixed too: DICEL reads the value as that type.").replace(
                    "%1", tr_choice("system_settings", SettingType(kind).label)
                )
            )

    def _on_load_failed(self, error: BaseException) -> None:
        self.subtitle.setText("")
        self.flag_line.show_for(None)
        self._show_message(_sentence(error))
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
        self._ask_what_is_held()
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
        self._run(task, self._on_refreshed, self._on_load_failed, busy_text=self.tr("Loading…"))

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

    # ----------------------------------------------------------------- saving

    def _on_saved(self, record: Record) -> None:
        was_new = self.form.is_new
        self.form.load(record, presets=self.presets, context_currency=self.context_currency)
        self._show_header()
        if was_new:
            self._build_panels()
        self._show_message(self.tr("Saved."), error=False)
        self.saved.emit(record)
        then, self._after_save = self._after_save, None
        if then is not None:
            then()

    def _on_save_failed(self, error: BaseException) -> None:
        self._after_save = None
        if isinstance(error, StaleRecord):
            self._show_conflict(error)
        elif isinstance(error, RecordGone):
            self._offer_keep_as_new(error)
        elif isinstance(error, DicelError) and error.params.get("field") in self.form.editors:
            field = error.params["field"]
            part = error.params.get("part")  # DW035/DW036 inside an emergency contact
            self.form.show_errors(
                {field: describe_error(_as_shown(error, self.form.editors[field]))},
                {field: part} if part else None,
            )
            self._show_message(self.tr("Nothing was saved: correct the field marked below."))
        else:
            self._show_message(_sentence(error))

    def _show_conflict(self, stale: StaleRecord) -> None:
        changes, _errors = self.form.changes()
        names = {n: _reference_name(self.form.editors[n]) for n in changes}
        can_keep = bool(changes) and all(self.spec.editable(n, new=False) for n in changes)
        self.conflict_dialog = ConflictDialog.open_for(
            self,
            self.spec,
            stale.theirs,
            changes,
            names,
            can_keep_mine=can_keep,
            said=describe_error(stale),
        )
        self.conflict_dialog.chosen.connect(
            lambda choice: self._on_conflict_chosen(choice, stale.theirs, changes)
        )

    def _on_conflict_chosen(self, choice: Choice, theirs: Record, mine: dict[str, Any]) -> None:
        self.conflict_dialog = None
        if choice is Choice.THEIRS:
            self.form.load(theirs, presets=self.presets, context_currency=self.context_currency)
            self._show_message(
                self.tr("Their version is shown; your changes were set aside."), error=False
            )
        elif choice is Choice.MINE:
            self._save_over(theirs, mine)
        else:
            self._show_message(
                self.tr(
                    "Not saved: someone else changed this %1. Your values are still here."
                ).replace("%1", self._what())
            )

    def _offer_keep_as_new(self, gone: RecordGone) -> None:
        if not self.spec.can_insert:
            kept = self.tr("What you typed is still shown.")
            self._show_message(f"{describe_error(gone)} {kept}")
            return
        text = (
            describe_error(gone)
            + " "
            + self.tr("Keep what you typed as a new %1?").replace("%1", self._what())
        )
        self._ask(
            text,
            {
                QMessageBox.StandardButton.Yes: self._keep_as_new,
                QMessageBox.StandardButton.No: None,
            },
        )

    def _keep_as_new(self) -> None:
        self.form.keep_as_new()
        self._read_company_clock()
        self._show_header()
        self._build_panels()
        self._show_message(self.tr("Not saved yet: check the values, then Save."), error=False)

    # ----------------------------------------------------------------- new, delete, close

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

    def _on_delete_clicked(self) -> None:
        record = self.form.record
        if record is None or self._busy:
            return
        if has_own_name(record):
            text = (
                self.tr("Delete the %1 “%2”? This cannot be undone.")
                .replace("%1", self._what())
                .replace("%2", record_name(record.title))
            )
        else:  # not "Delete the feedback “Feedback”?"
            text = self.tr("Delete %1? This cannot be undone.").replace("%1", in_question(record))
        self._ask(
            text,
            {QMessageBox.StandardButton.Yes: self._delete, QMessageBox.StandardButton.Cancel: None},
            default=QMessageBox.StandardButton.Cancel,
        )

    def _delete(self) -> None:
        record = self.form.record
        assert record is not None
        task = functools.partial(
            records.delete_record,
            table=self.table,
            role=self.role,
            record_id=record.id,
            version=record.version,
        )
        self._run(
            task,
            lambda _none: self._on_deleted(record.id),
            self._on_save_failed,
            busy_text=self.tr("Deleting…"),
        )

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
            self._after_save = then
            self.save()

        self._ask(
            text,
            {
                QMessageBox.StandardButton.Save: save_then,
                QMessageBox.StandardButton.Discard: then,
                QMessageBox.StandardButton.Cancel: None,
            },
            default=QMessageBox.StandardButton.Save,
        )

    def _ask(
        self,
        text: str,
        actions: Mapping[QMessageBox.StandardButton, Callable[[], None] | None],
        *,
        default: QMessageBox.StandardButton | None = None,
    ) -> None:
        """A question over the window that does not block; the answer runs its action."""

        def closed() -> None:
            self.question = None

        # The record's title, without the unsaved mark "* ": a question has nothing
        # unsaved of its own (eye35b #5).
        title = self.windowTitle().removeprefix("* ")
        self.question = ask(self, title, text, actions, default=default, on_closed=closed)

    # ----------------------------------------------------------------- running

    def _run(
        self,
        task: functools.partial,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        *,
        busy_text: str,
    ) -> None:
        """Run a records operation (``partial(fn, **arguments)``) on the worker, with its
        refusals worded for this table and the values it writes."""
        self._set_busy(True, busy_text)
        action = {
            records.create_record: "insert",
            records.save_record: "update",
            records.delete_record: "delete",
        }.get(task.func, "read")
        values = task.keywords.get("values") or task.keywords.get("changes") or {}

        def done(result: Any) -> None:
            self._pending = None
            self._set_busy(False)
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

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.form.set_read_only(busy or self.spec.read_only)
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
        held = self._delete_held
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

    def _on_form_dirty_changed(self, dirty: bool) -> None:
        title = self.windowTitle().removeprefix("* ")
        self.setWindowTitle(f"* {title}" if dirty else title)


def _reference_name(editor: QWidget) -> str | None:
    """The name a reference picker shows for its record (None for other editors)."""
    current_name = getattr(editor, "current_name", None)
    return current_name() if callable(current_name) else None


def _as_shown(error: DicelError, editor: QWidget) -> DicelError:
    """A step line's refusal (DW021, a line moved too) quoting the line as the box showed
    it: the database quotes it as it reads (English, its day ISO, accents folded), a line
    the person never saw and whose copy typed back is refused again. A line typed is
    quoted as it came."""
    shown_line = getattr(editor, "shown_line", None)
    if error.code not in ("step_line_stays", "step_line_moved") or not callable(shown_line):
        return error
    line = shown_line(str(error.params.get("line", "")))
    if line is None:
        return error
    # A line moved keeps its own sentence (migration 0130), quoted as shown.
    code = "step_line_shown" if error.code == "step_line_stays" else error.code
    return type(error)(code, **{**error.params, "line": line})


def _sentence(error: BaseException) -> str:
    return describe_error(error)
