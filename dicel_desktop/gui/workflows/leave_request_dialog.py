"""Request leave for oneself (My work > My leave > Request leave…, or New record there).

While the person fills it in, the dialog shows the working days of the dates chosen (the
public holidays among them not counted) and their balance of that type for the year,
and, in the error colour with Request leave off, the days beyond what is left (the
sentence HR's leave form says, ``leave_texts.beyond_text``); a date that does not read
is said so beside it. The request goes through ``dicel_request_leave``, whose refusals
(overlap, balance, too far in the past) are shown in words, beside the field they are
about."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.domain.states import LeaveType
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.editors.dates import DateEditor
from dicel_desktop.gui.error_sentences import describe_error
from dicel_desktop.gui.operations import Op
from dicel_desktop.gui.questions import DiscardGuard
from dicel_desktop.gui.unanswered import Unanswered
from dicel_desktop.gui.widgets.fit import grow_to_fit
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.gui.workflows.form_preview import PREVIEW_DELAY_MS
from dicel_desktop.gui.workflows.leave_texts import (
    balances_text,
    beyond_text,
    leave_type_text,
    working_days_text,
)
from dicel_desktop.services import leave
from dicel_desktop.services.forms import table_fields
from dicel_desktop.services.leave import RequestPreview
from dicel_desktop.services.record_facts import company_day_source

_ERROR = QColor("#c62828")
#: The field a refusal is about, by its code (the rest are said above the buttons).
_FIELD_OF_CODE = {
    "leave_no_working_day": "end_date",
    "leave_overlaps": "start_date",
    "leave_over_balance": "end_date",
    "leave_over_balance_none_left": "end_date",
    "leave_over_balance_in_year": "end_date",
    "leave_over_balance_in_year_none_left": "end_date",
    "leave_too_far_in_past": "start_date",
    "leave_type_unknown": "leave_type",
}


class LeaveRequestDialog(QDialog):
    """See the module docstring; :meth:`open_for` opens it."""

    #: A request was filed: its id.
    filed = Signal(object)

    def __init__(
        self, worker: DbWorker, parent: QWidget | None = None, *, locale: QLocale | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.worker = worker
        self._busy = False
        #: Answers of earlier previews are dropped: only the latest counts.
        self._preview_generation = 0
        self.preview: RequestPreview | None = None
        self.setWindowTitle(self.tr("Request leave"))
        fields = table_fields("leave_requests")

        self.leave_type = QComboBox()
        for kind in LeaveType:
            self.leave_type.addItem(leave_type_text(kind.value), kind.value)
        self.leave_type.setAccessibleName(self.tr("Type of leave"))
        self.start = DateEditor(fields["start_date"], locale=locale)
        self.end = DateEditor(fields["end_date"], locale=locale)
        self.start.setAccessibleName(self.tr("First day of leave"))
        self.end.setAccessibleName(self.tr("Last day of leave"))
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 3 + 14)
        self.working_days = self._info_label()
        self.balance = self._info_label()
        #: The days beyond the balance, said before the press (a user-eye review: the
        #: employee learned it from the refusal); Request leave is off while it shows.
        self.beyond = self._info_label(error=True)
        self._over_balance = False
        #: Beside each date that does not read, the editor's own sentence ("From:
        #: "31/02/2027" is not a date."), not "choose the first and the last day".
        self.date_errors = {
            editor: self._info_label(error=True) for editor in (self.start, self.end)
        }

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(self._buddy(self.tr("&Type:"), self.leave_type), self.leave_type)
        form.addRow(self._buddy(self.tr("&From:"), self.start.line), self._with_error(self.start))
        form.addRow(self._buddy(self.tr("T&o:"), self.end.line), self._with_error(self.end))
        form.addRow(self.tr("Working days:"), self.working_days)
        form.addRow(self.tr("Balance:"), self.balance)
        form.addRow("", self.beyond)
        form.setRowVisible(self.beyond, False)
        form.addRow(self._buddy(self.tr("&Reason:"), self.reason), self.reason)
        self._form = form

        self.message = QLabel()
        self.message.setWordWrap(True)
        _in_error_colour(self.message)
        self.message.hide()
        #: The request on its way (its request id).
        self._pending: int | None = None
        #: Says "Requesting… (no answer from the server yet)" above the buttons when the
        #: status bar says so (wait40b): the busy words are on the button alone.
        self.unanswered = Unanswered(worker, self, self._unanswered_busy, self._say_waiting)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button.setText(self.tr("Request &leave"))
        self.buttons.accepted.connect(self.accept)
        # Cancel is the person's: it asks before typing goes (DiscardGuard, below).

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._ask_preview)
        self.leave_type.currentIndexChanged.connect(self._on_input_changed)
        self.start.edited.connect(self._on_input_changed)
        self.end.edited.connect(self._on_input_changed)
        self.start.line.editingFinished.connect(self._on_start_finished)
        self._ask_preview()
        #: What the dialog holds before anything is typed: Esc asks once it differs.
        self._blank = self._typed_now()
        # Only the person's Esc and Cancel ask; busy, the request's answer decides.
        self.discard_guard = DiscardGuard(
            self, lambda: not self._busy and self._typed_now() != self._blank
        )
        self.buttons.rejected.connect(self.discard_guard.cancel)

    def _typed_now(self) -> tuple[object, ...]:
        return (
            self.leave_type.currentIndex(),
            self.start.line.text().strip(),
            self.end.line.text().strip(),
            self.reason.toPlainText().strip(),
        )

    @classmethod
    def open_for(cls, parent: QWidget, worker: DbWorker) -> LeaveRequestDialog:
        """Show the dialog over ``parent`` without blocking; ``filed`` says when done."""
        dialog = cls(worker, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.leave_type.setFocus()
        return dialog

    # ----------------------------------------------------------------- building

    def _info_label(self, *, error: bool = False) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if error:
            _in_error_colour(label)
        return label

    def _with_error(self, editor: DateEditor) -> QWidget:
        """The date and, right under it while it does not read, why (hidden otherwise)."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        column.addWidget(self.date_errors[editor])
        self.date_errors[editor].hide()
        return box

    def _buddy(self, text: str, field: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(field)
        return label

    @property
    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    @property
    def is_busy(self) -> bool:
        return self._busy

    # ----------------------------------------------------------------- the preview

    def _dates(self) -> tuple[dt.date | None, dt.date | None]:
        """The dates typed so far (None where there is none, or none that reads)."""
        found = []
        for editor in (self.start, self.end):
            try:
                found.append(editor.value())
            except DicelError:
                found.append(None)
        return found[0], found[1]

    def _unread(self) -> dict[DateEditor, DicelError]:
        """The dates typed that do not read ("31/02/2027"), with the editor's error."""
        found = {}
        for editor in (self.start, self.end):
            try:
                editor.value()
            except DicelError as error:
                found[editor] = error
        return found

    def _show_unread(self) -> DateEditor | None:
        """Say beside each date that does not read why (the editor's own sentence, as
        a record form says it); the first such date, or None."""
        unread = self._unread()
        for editor, label in self.date_errors.items():
            error = unread.get(editor)
            label.setText(describe_error(error) if error is not None else "")
            label.setVisible(error is not None)
        return next(iter(unread), None)

    @slot_while_whole(keeps="worker")
    def _on_start_finished(self) -> None:
        # A leave of one day is the usual first guess: the last day follows the first.
        start, end = self._dates()
        if start is not None and end is None:
            self.end.set_value(start)
            self._on_input_changed()

    @slot_while_whole(int, keeps="worker")
    @slot_while_whole(keeps="worker")
    def _on_input_changed(self, *_args: object) -> None:
        self.message.hide()
        self._preview_timer.start()

    @property
    def over_balance(self) -> bool:
        """The dates ask for more than the balance left: said, and Request leave is off."""
        return self._over_balance

    @slot_while_whole(keeps="worker")
    def _ask_preview(self) -> None:
        self._preview_generation += 1
        generation = self._preview_generation
        start, end = self._dates()
        (
            Op(self.worker, leave.preview_request, self.leave_type.currentData(), start, end)
            .for_widget(self)
            .on_success(lambda preview: self._on_preview(generation, preview))
            .on_failure(lambda error: self._on_preview_failed(generation, error))
            .run()
        )

    def _on_preview(self, generation: int, preview: RequestPreview) -> None:
        if generation != self._preview_generation:
            return
        self.preview = preview
        if preview.clock is not None:
            # The calendars' Today, and the day they open on and mark, are the company's
            # (DW107 counts back from it), moving on from this read: no read of its own.
            for editor in (self.start, self.end):
                editor.count_today_by(company_day_source(preview.clock))
        unread = self._show_unread()
        # A date that does not read is said beside it, not as one still to choose.
        self.working_days.setText(
            "" if unread is not None else working_days_text(preview, *self._dates())
        )
        self.balance.setText(balances_text(preview.shares))
        self._show_beyond(beyond_text(preview))
        self._fit()

    def _on_preview_failed(self, generation: int, error: DicelError) -> None:
        if generation == self._preview_generation:
            # Not counted: the refusal says why (a year without a balance, DW461), not a
            # row from before the days were chosen ("Choose the first and the last day").
            self.working_days.setText("")
            self.balance.setText("")
            self._show_beyond("")
            self._say(describe_error(error))
            self._fit()

    def _show_beyond(self, text: str) -> None:
        self._over_balance = bool(text)
        self.beyond.setText(text)
        self._form.setRowVisible(self.beyond, bool(text))
        self.ok_button.setEnabled(not self._busy and not text)
        self.ok_button.setToolTip(text)

    # ----------------------------------------------------------------- filing

    def accept(self) -> None:
        if self._busy:
            return
        if self.over_balance:
            return  # said under the balance; the button is off
        unread = self._show_unread()
        if unread is not None:
            self._fit()
            unread.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        start, end = self._dates()
        for editor, value in ((self.start, start), (self.end, end)):
            if value is None:
                self._say(self.tr("Give the first and the last day of the leave."), editor)
                return
        assert start is not None and end is not None
        if end < start:
            self._say(self.tr("The last day cannot come before the first."), self.end)
            return
        self._set_busy(True)
        values = {
            "leave_type": self.leave_type.currentData(),
            "start_date": start,
            "end_date": end,
            "reason": self.reason.toPlainText().strip() or None,
        }
        self._pending = (
            Op(self.worker, leave.request_leave, **values)
            .for_widget(self)
            .explaining("leave_requests", values, action="insert")
            .on_success(self._on_filed)
            .on_failure(self._on_refused)
            .run()
        )

    def _on_filed(self, request_id: uuid.UUID) -> None:
        self._set_busy(False)
        self.filed.emit(request_id)
        super().accept()

    def _on_refused(self, error: DicelError) -> None:
        self._set_busy(False)
        field = _FIELD_OF_CODE.get(error.code) or error.params.get("field")
        editor = {"start_date": self.start, "end_date": self.end, "leave_type": self.leave_type}
        self._say(describe_error(error), editor.get(str(field)))

    def _unanswered_busy(self, request_id: int) -> str:
        """ "Requesting…" while the request ``request_id`` waits."""
        return self.tr("Requesting…") if self._busy and request_id == self._pending else ""

    def _say_waiting(self, words: str) -> None:
        _in_error_colour(self.message, plain=True)
        self.message.setText(words)
        self.message.show()
        self._fit()

    def _say(self, text: str, field: QWidget | None = None) -> None:
        _in_error_colour(self.message)
        self.message.setText(text)
        self.message.show()
        self._fit()
        if field is not None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fit(self) -> None:
        """Grow to show every line of what it says: a message under the form took the
        second lines of the working days and the balance, and the buttons touched the
        reason (``widgets.fit.grow_to_fit``)."""
        grow_to_fit(self)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        if not busy:
            self._pending = None
            if self.unanswered.shows(self.message.text()):
                self.message.hide()  # answered: what follows says what became of it
        for widget in (self.leave_type, self.start, self.end, self.reason):
            widget.setEnabled(not busy)
        self.ok_button.setEnabled(not busy and not self.over_balance)
        self.ok_button.setText(self.tr("Requesting…") if busy else self.tr("Request &leave"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not busy)

    def reject(self) -> None:
        if not self._busy:
            super().reject()

    def done(self, result: int) -> None:
        # A preview still to ask would be asked of a worker that may be gone by then.
        self._preview_timer.stop()
        super().done(result)


def _in_error_colour(label: QLabel, *, plain: bool = False) -> None:
    """``label`` in the refusal's colour (``plain``: the window's, for what is going on)."""
    palette = label.palette()
    colour = (
        label.parentWidget().palette().color(QPalette.ColorRole.WindowText) if plain else _ERROR
    )
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)
