"""What the finance steps' dialogs share: facts shown as a form, a note or a few fields,
buttons, and one operation run on the DB worker when the person confirms.

While the operation runs the dialog stays open with its buttons off; a refusal is shown
in the dialog in the person's words (beside its field when the refusal names one the
dialog has), and everything typed stays; success emits ``step_taken`` and closes the
dialog.
Facts the dialog needs (a budget, an invoice's balance) are read the same way when it
opens. No transaction stays open while the dialog is on screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.domain.roles import Role
from dicel_desktop.domain.states import words
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.error_sentences import describe_error
from dicel_desktop.gui.locale_writing import date_pattern
from dicel_desktop.gui.numbers import format_money
from dicel_desktop.gui.operations import Op
from dicel_desktop.gui.questions import DiscardGuard, paragraphs_typed
from dicel_desktop.gui.theme import error_colour
from dicel_desktop.gui.translations import record_name, tr_choice, tr_label
from dicel_desktop.gui.unanswered import Unanswered
from dicel_desktop.gui.widgets.fit import grow_to_fit, keep_fitted
from dicel_desktop.gui.widgets.message_bar import MessageBar
from dicel_desktop.gui.widgets.required import mark_required
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.gui.workflows.step_dialog import MovesOn
from dicel_desktop.services import records
from dicel_desktop.services.columns import DEFAULT_CURRENCY
from dicel_desktop.services.records import Record

if TYPE_CHECKING:
    from dicel_desktop.gui.records.record_window import RecordWindow

#: A warning that is not a refusal (an overspend): dark amber, on light and dark alike.
WARNING_COLOUR = QColor("#8a4b00")
#: A refusal about one field, under it.


def fact_label(text: str = "") -> QLabel:
    """A value shown in a dialog: selectable, wrapping, reachable by a screen reader."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def coloured(label: QLabel, colour: QColor) -> QLabel:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)
    return label


def note_field(accessible_name: str) -> QPlainTextEdit:
    """A few lines of note; Tab leaves it (keyboard use), as in a form."""
    note = QPlainTextEdit()
    note.setTabChangesFocus(True)
    note.setAccessibleName(accessible_name)
    note.setFixedHeight(note.fontMetrics().lineSpacing() * 4 + 12)
    return note


#: Refusals of a record changed since it was shown (DW007 with who, DW008 without).
CHANGED_SINCE_SHOWN = frozenset({"changed_since_shown_by", "changed_since_shown"})
#: Refusals of a record someone else's step moved on ("Already cancelled by Divine
#: Ingabire at 10:42", DW001; a state the step is not taken from, DW004): taking the step
#: again cannot succeed, so the dialog's step buttons go off and only Close is left.
MOVED_ON = frozenset({"already_decided", "wrong_state"})


class FormStepDialog(MovesOn, QDialog):
    """Base of the finance step dialogs: a heading, a form of facts and fields, a
    message line, and buttons; :meth:`run_step` takes the step."""

    #: The step was taken; the argument is what the operation returned. (Not ``done``:
    #: that is QDialog.done(), which a signal of the name hid, stop 44.)
    step_taken = Signal(object)

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        # One dialog per step taken: it goes once closed, whatever closed it.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.worker = worker
        self._busy = False
        #: The step on its way (its request id) and what the message line says of it.
        self._step: tuple[int, str] | None = None
        #: Says in the message line that the server has not answered the step yet.
        self.unanswered = Unanswered(worker, self, self._unanswered_busy, self._say_waiting)
        #: Field key -> the label under it that says what is wrong with it.
        self.field_errors: dict[str, QLabel] = {}
        #: The fields themselves: a field's error is also its accessible description.
        self._field_widgets: dict[str, QWidget] = {}
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.message = MessageBar()
        self.buttons = QDialogButtonBox()
        #: The person's Esc and Cancel ask before typing goes; the dialog's own reject()
        #: (someone else decided, a refusal ends it, a step is done) does not (discard38).
        self.discard_guard = DiscardGuard(self, self.typed_by_person)
        self.buttons.rejected.connect(self.discard_guard.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        keep_fitted(self)

    # ----------------------------------------------------------------- building

    def add_fact(self, label: str, value: str = "") -> QLabel:
        fact = fact_label(value)
        fact.setAccessibleName(label.replace("&", ""))
        self.form.addRow(label, fact)
        return fact

    def set_step_title(self, named: str, record_title: str, unnamed: str) -> None:
        """The window's title names the record the step is taken on, as Receive's and
        the case steps' do: ``named`` with ``record_title`` for its %1 ("Close
        PO-2026-000138"), ``unnamed`` for a record without one ("Close order")."""
        shown = record_name(tr_label(record_title)) if record_title else ""
        self.setWindowTitle(named.replace("%1", shown) if shown else unnamed)

    def add_field(
        self,
        key: str,
        label: str,
        widget: QWidget,
        *,
        required: bool = False,
        under: QWidget | None = None,
    ) -> QWidget:
        """A field the person fills in, with a line under it for what is wrong with it;
        ``required``: marked so ("Why *"), as a form marks its required fields;
        ``under``: what the field says of itself right under it (a ``LengthLimit``'s
        sentence)."""
        error = coloured(fact_label(), error_colour(self.palette()))
        error.hide()
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if under is not None:
            column.addWidget(under)
        column.addWidget(error)
        self.form.addRow(label, box)
        row_label = self.form.labelForField(box)
        if isinstance(row_label, QLabel):
            row_label.setBuddy(widget)
            if required:
                mark_required(row_label)
        self.field_errors[key] = error
        self._field_widgets[key] = widget
        return widget

    def add_button(self, text: str, role: QDialogButtonBox.ButtonRole) -> QPushButton:
        return self.buttons.addButton(text, role)

    # ----------------------------------------------------------------- reading facts

    def load(self, fn: Callable[..., Any], *args: Any, then: Callable[[Any], None]) -> None:
        """Read what the dialog shows (``fn(session, *args)`` on the worker)."""
        (
            Op(self.worker, fn, *args)
            .for_widget(self)
            .on_success(then)
            .on_failure(lambda error: self.say(describe_error(error)))
            .run()
        )

    # ----------------------------------------------------------------- the step

    @property
    def is_busy(self) -> bool:
        return self._busy

    def run_step(self, fn: Callable[..., Any], *args: Any, busy_text: str) -> None:
        """Take the step: ``fn(session, *args)`` on the worker; success closes."""
        if self._busy:
            return
        self._clear_errors()
        self._set_busy(True)
        self.say(busy_text, problem=False)
        request = (
            Op(self.worker, fn, *args)
            .for_widget(self)
            .on_success(self._on_step_done)
            .on_failure(self._on_step_failed)
            .run()
        )
        self._step = (request, busy_text)

    @slot_while_whole(object, keeps="worker")
    def moves_window_on(self, _result: object = None) -> None:
        """:func:`after_step` on the record window the dialog opened over (its parent).
        A step's ``open_for`` connects ``step_taken`` here, not to a lambda holding the
        window: kept by the dialog's connection, such a lambda could be the window's last
        reference, freed as the closed dialog was deleted, and delete the window, which
        deleted the dialog a second time (the payroll page's crash, split44; lambdas44).
        """
        window = self.parentWidget()
        if window is not None:
            after_step(window)

    def _unanswered_busy(self, request_id: int) -> str:
        """The step's busy text while it waits and the message line says it."""
        if not self._busy or self._step is None or self._step[0] != request_id:
            return ""
        return self._step[1] if self.message.text() == self._step[1] else ""

    def _say_waiting(self, words: str) -> None:
        self.say(words, problem=False)

    def _on_step_done(self, result: Any) -> None:
        self._step = None
        self._set_busy(False)
        self.step_taken.emit(result)
        self.accept()

    #: The table of the record the dialog decides: a refusal that it moved on ("Already
    #: approved by …") says its state in that table's words where the database named no
    #: table (French agrees it: une paie « Déjà approuvée », eye35 §10).
    table: str | None = None

    def _on_step_failed(self, error: DicelError) -> None:
        self._step = None
        self._set_busy(False)
        if self.table is not None and error.code in MOVED_ON:
            error.params.setdefault("flow_table", self.table)
        self.show_refusal(error)
        if error.code in MOVED_ON:
            self.settle(describe_error(error))
            self.say(self._moved_on_said(error))

    def _moved_on_said(self, error: DicelError) -> str:
        """The refusal of a step another's came before; where a note was typed, that it
        was not recorded, and stays in its box to copy: it stayed there unsaid, and the
        clerk took it for kept with the decision (eye35b #7)."""
        said = describe_error(error)
        note = self._field_widgets.get("note")
        if isinstance(note, QPlainTextEdit) and note.toPlainText().strip():
            said += " " + self.tr("Your note was not recorded; it is still above, to copy.")
        return said

    def read_again_if_changed(
        self,
        error: DicelError,
        table: str,
        role: Role | str | None,
        record_id: Any,
        then: Callable[[Record | None, str], None],
    ) -> None:
        """After a decision refused because someone else changed the record since it was
        shown (DW007, DW008), or moved it on (MOVED_ON: the step's buttons are off
        then), read it again as ``role`` reads it and give ``then`` the record (None:
        gone) and the refusal's sentence; what was typed stays. Without this a dialog
        kept the version first shown, and every retry was refused."""
        if error.code not in CHANGED_SINCE_SHOWN | MOVED_ON or role is None:
            return
        # Changed since shown, the step may be taken again with the note; moved on, not.
        said = self._moved_on_said(error) if error.code in MOVED_ON else describe_error(error)
        self.load(
            records.load_record, table, role, record_id, then=lambda record: then(record, said)
        )

    def show_refusal(self, error: DicelError) -> None:
        """Say why nothing was done: beside the field the refusal names, if shown here."""
        self._clear_errors()
        sentence = describe_error(error)
        field = error.params.get("field")
        if field in self.field_errors:
            label = self.field_errors[field]
            label.setText(sentence)
            label.show()
            self._field_widgets[field].setAccessibleDescription(sentence)
            # The message line is under the form: the field it points to is above it.
            self.say(self.tr("Nothing was done: correct the field marked above."))
        else:
            self.say(sentence)

    def say(self, text: str, *, problem: bool = True) -> None:
        self.message.say(text, problem=problem)
        self.fit_height()

    def fit_height(self) -> None:
        """Grow to show every line of what is said (``widgets.fit.grow_to_fit``)."""
        grow_to_fit(self)

    def fit_to_width(self, width: int) -> None:
        """This wide, and exactly as tall as its lines are then: the natural size is
        worked out before wrapped text knows the width, and a long explanation left the
        extra height to the heading, centred in an empty band (Run payroll…)."""
        layout = self.layout()
        layout.activate()
        height = (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        self.resize(width, height)

    def _clear_errors(self) -> None:
        for label in self.field_errors.values():
            label.clear()
            label.hide()
        for widget in self._field_widgets.values():
            widget.setAccessibleDescription("")
        self.message.clear_message()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for button in self.buttons.buttons():
            button.setEnabled(not busy)
        self.hold_step_buttons()
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def typed_by_person(self) -> bool:
        """Whether Esc or Cancel would throw typing away (a note, a reason); a subclass
        adds its typed lines. Busy, nothing is asked: the step's answer decides."""
        return not self._busy and not self.moved_on and paragraphs_typed(self)

    def reject(self) -> None:
        if not self._busy:  # the step is on its way: its answer decides
            super().reject()


# --------------------------------------------------------------------------- helpers


def money_text(amount: Decimal | None, currency: str | None) -> str:
    """An amount as the grid writes it in the person's locale ("1,250,000 RWF")."""
    if amount is None:
        return "—"
    return format_money(Decimal(amount), currency or DEFAULT_CURRENCY, QLocale())


def date_text(day: dt.date | None) -> str:
    if day is None:
        return "—"
    locale = QLocale()
    return locale.toString(QDate(day.year, day.month, day.day), date_pattern(locale))


def month_text(day: dt.date) -> str:
    """ "November 2026" in the person's language."""
    return QLocale().toString(QDate(day.year, day.month, 1), "MMMM yyyy")


def state_text(value: str | None, table: str | None = None) -> str:
    """A state as a person reads it ("Partially paid"), translated; in ``table``'s own
    words when given (French agrees it with the record: une dépense « Annulée »)."""
    if not value:
        return "—"
    label = words(value).capitalize()
    return tr_choice(table, label) if table else tr_label(label)


def after_step(window: RecordWindow) -> None:
    """A step moved the window's record on: its lists and history learn of it (as after a
    save), and the window shows the record as it is now."""
    record = window.record
    if record is not None:
        window.saved.emit(record)
    window.reload()
