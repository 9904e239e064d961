"""What the administration dialogs share: a change made on the DB worker when the person
confirms, and a refusal shown in words beside the field it is about.

A dialog collects what the person typed, checks what can be checked without the server
(the rules of ``services.users``), then runs one task on the DB worker. While it runs the
dialog stays open with its buttons off; a refusal (``domain.errors``, the same codes the
database's own refusals become) is shown under the field concerned, or above the buttons
when no field is; success emits ``succeeded`` with a sentence for the page's status line
and closes the dialog. No transaction stays open while the dialog is on screen.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.domain.roles import Role
from dicel_desktop.gui.editors.common import error_label
from dicel_desktop.gui.error_sentences import (
    describe_error,
    is_database_error,
    without_nothing_changed,
)
from dicel_desktop.gui.theme import error_colour
from dicel_desktop.gui.translations import tr_label
from dicel_desktop.gui.unanswered import Unanswered
from dicel_desktop.gui.widgets.fit import grow_to_fit
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.services import users
from dicel_desktop.services.users import SessionsLeftOpen

log = logging.getLogger(__name__)

#: Red that reads on the light and the dark palette alike.

#: Which field a refusal is about, by its code (services.users and the database's DU
#: codes give the same ones). ``missing_name`` says which name in its params, and
#: ``field_too_long`` which field (``params["field"]``).
_FIELD_OF_CODE = {
    "invalid_email": "email",
    "email_too_long": "email",
    "user_exists": "email",
    "login_name_taken": "email",
    "unknown_role": "role",
    "unknown_department": "department",
    "employee_taken": "employee_number",
    "employee_taken_by": "employee_number",
    # The number's other refusals (0122, 0128): under the box too, not above the buttons.
    "employee_number_unknown": "employee_number",
    "login_for_a_suspended_employee": "employee_number",
    "password_too_short": "password",
    "password_invalid": "password",
    "passwords_differ": "password_again",
    "current_password_wrong": "current_password",
    "login_expiry_past": "until",
}


def field_of(error: BaseException) -> str | None:
    """The key of the field ``error`` is about, or None."""
    if not isinstance(error, DicelError):
        return None
    if error.code == "missing_name":
        return str(error.params.get("field", "")).replace(" ", "_") or None
    if error.code == "field_too_long":  # services.forms.refuse_too_long names its field
        return str(error.params.get("field", "")) or None
    return _FIELD_OF_CODE.get(error.code)


def sentence(error: BaseException) -> str:
    """What a person reads about a failed change (translated; database refusals worded by
    their SQLSTATE and constraint, as everywhere)."""
    if not isinstance(error, DicelError) and not is_database_error(error):
        log.error("An administration task failed", exc_info=error)
    return describe_error(error)


def role_text(role: Role) -> str:
    """A role's name as a person reads it, translated."""
    return tr_label(role.label)


@dataclass(frozen=True)
class Committed:
    """What an :func:`in_transaction` task gives: ``work``'s result, and the failures of
    the steps after its commit (each a warning: the change itself is done)."""

    result: Any
    left_open: tuple[SessionsLeftOpen, ...] = ()


def in_transaction(
    work: Callable[[Any], Any], *then: Callable[[Any], Any], email: str = ""
) -> Callable[[Session], Committed]:
    """A DB worker task running ``work(connection)`` in one transaction that commits, then
    each of ``then`` in a transaction of its own (what must follow the commit: ending
    the sessions of ``email``'s login, opened while it was turned off). A failure of
    those is no failure of the change, which committed: it is logged and told as a
    warning with the change's success (``Committed.left_open``)."""

    def task(session: Session) -> Committed:
        result = work(session.connection())
        session.commit()
        left_open: list[SessionsLeftOpen] = []
        for after in then:

            def step(after: Callable[[Any], Any] = after) -> None:
                after(session.connection())
                session.commit()

            found = users.end_sessions_after_commit(step, email=email)
            if found is not None:
                left_open.append(found)
                with contextlib.suppress(Exception):  # a cut connection cannot roll back
                    session.rollback()
        return Committed(result, tuple(left_open))

    return task


def sessions_warning(left_open: SessionsLeftOpen) -> str:
    """What a person reads when a change committed but the sessions of its login could
    not be ended after it (translated)."""
    reason = describe_error(left_open.error).strip().rstrip(".")
    return QCoreApplication.translate(
        "ActionDialog",
        "Their open sessions could not be ended: %1; IT can end them with dicel_end_sessions.",
    ).replace("%1", reason)


def password_field(placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    # Never offered to the clipboard or an input method's memory.
    edit.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText
        | Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
    )
    edit.setPlaceholderText(placeholder)
    return edit


class ActionDialog(QDialog):
    """Base of the dialogs that change something; see the module docstring.

    A subclass lays out its fields (``add_checked_row`` gives each a line for its
    refusal), hands its OK/Cancel buttons and its message label to :meth:`bind`, and in
    ``accept`` calls :meth:`run` with the task and what to say when it is done. Both
    buttons' texts come from the subclass with an Alt letter ("&") unique in its dialog,
    as its field labels have (Cancel's letter is whichever of its own is still free).
    """

    #: The change was made: a sentence saying so, for the page's status line.
    succeeded = Signal(str)

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._worker = worker
        self._pending: int | None = None
        self._forms: dict[str, tuple[QFormLayout, QLabel]] = {}
        self._fields: dict[str, QWidget] = {}
        self._ok_text = ""
        #: The busy words on the OK button while the change runs.
        self._busy_text = ""
        self.message: QLabel
        self.buttons: QDialogButtonBox
        #: Says "Creating… (no answer from the server yet)" above the buttons when the
        #: status bar says so (wait40b): the busy words were on the OK button alone.
        self.unanswered = Unanswered(worker, self, self._unanswered_busy, self._say_waiting)

    def bind(
        self, buttons: QDialogButtonBox, message: QLabel, ok_text: str, *, cancel_text: str
    ) -> None:
        """Use these buttons (OK and Cancel) and this label for refusals about no field."""
        self.buttons = buttons
        self.message = message
        self._colour_message(problem=True)
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        message.hide()
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._ok_text = ok_text
        self.ok_button.setText(ok_text)
        self.cancel_button.setText(cancel_text)

    def lay_out(self, intro: str, ok_text: str, *, cancel_text: str) -> QFormLayout:
        """The usual layout: ``intro`` above a form, refusals and buttons below it.
        Returns the form, for the dialog's fields."""
        intro_label = QLabel(intro)
        intro_label.setObjectName("introLabel")
        intro_label.setWordWrap(True)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(6)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        message = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(intro_label)
        layout.addLayout(form)
        layout.addWidget(message)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.bind(buttons, message, ok_text, cancel_text=cancel_text)
        self.setMinimumWidth(440)
        return form

    @property
    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    @property
    def cancel_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

    @property
    def is_busy(self) -> bool:
        return self._pending is not None

    # ----------------------------------------------------------------- fields

    def add_checked_row(
        self, form: QFormLayout, key: str, field: QWidget, label: str | None = None
    ) -> None:
        """Register ``field`` (already in ``form``, or added now with ``label``) under
        ``key``, with a hidden line below it for the sentence of a refusal."""
        if label is not None:
            form.addRow(label, field)
        row, _role = form.getWidgetPosition(field)
        line = error_label()
        line.setObjectName(f"{key}Error")
        form.insertRow(row + 1, "", line)
        form.setRowVisible(row + 1, False)
        self._forms[key] = (form, line)
        self._fields[key] = field
        field.installEventFilter(self)  # its width changes its refusal's lines
        field.setAccessibleDescription("")
        if isinstance(field, QLineEdit):
            field.textEdited.connect(lambda _text, k=key: self.clear_error(k))

    def error_text(self, key: str) -> str:
        """The refusal shown under field ``key`` ("" when none is shown)."""
        form, line = self._forms[key]
        row, _role = form.getWidgetPosition(line)
        return line.text() if form.isRowVisible(row) else ""

    def show_error(self, key: str, text: str) -> None:
        form, line = self._forms[key]
        line.setText(text)
        row, _role = form.getWidgetPosition(line)
        form.setRowVisible(row, True)
        self._fit_error(key)
        # Screen readers read the refusal with the field it is about.
        self._fields[key].setAccessibleDescription(text)
        self._fields[key].setFocus(Qt.FocusReason.OtherFocusReason)
        self._fit_height()

    def _fit_error(self, key: str) -> None:
        """The refusal under field ``key`` as high as its lines at the field's width: the
        form layout sized the wrapped sentence for another width, and two lines of blank
        sat under it, before the next row (eye35b #8; as ``LengthLimit`` fits its own)."""
        _form, line = self._forms[key]
        width = self._fields[key].width()
        if width > 0 and line.text():
            line.setFixedHeight(line.heightForWidth(width))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.Resize:
            for key, field in self._fields.items():
                if field is watched and self.error_text(key):
                    self._fit_error(key)
        return super().eventFilter(watched, event)

    def clear_error(self, key: str) -> None:
        form, line = self._forms[key]
        row, _role = form.getWidgetPosition(line)
        if form.isRowVisible(row):
            form.setRowVisible(row, False)
            self._fields[key].setAccessibleDescription("")

    def clear_errors(self) -> None:
        for key in self._forms:
            self.clear_error(key)
        self.message.hide()

    def show_message(self, text: str) -> None:
        self._colour_message(problem=True)
        self.message.setText(text)
        self.message.show()
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow taller (never narrower) when a refusal needs the room."""
        grow_to_fit(self)

    def show_refusal(self, error: BaseException) -> None:
        """Beside its field when it is about one of this dialog's fields, else above
        the buttons."""
        key = field_of(error)
        # The dialog stays open with everything typed: no refusal of it says "Nothing
        # was changed." (two of New user's did, its twenty others not).
        said = without_nothing_changed(sentence(error))
        if key in self._forms:
            self.show_error(key, said)
        else:
            self.show_message(said)

    # ----------------------------------------------------------------- running

    def run(
        self, task: Callable[[Session], Any], done: Callable[[Any], str], *, busy_text: str
    ) -> None:
        """Run ``task`` on the DB worker; ``done(result)`` says what was achieved."""
        self.clear_errors()
        self._set_busy(True)
        self.ok_button.setText(busy_text)
        self._busy_text = busy_text

        def on_done(result: Any) -> None:
            self._pending = None
            self._set_busy(False)
            if isinstance(result, Committed):
                # The change is done: said first, then what could not follow it.
                words = [done(result.result), *map(sessions_warning, result.left_open)]
                self.succeeded.emit(" ".join(words))
            else:
                self.succeeded.emit(done(result))
            super(ActionDialog, self).accept()

        def on_error(error: BaseException) -> None:
            self._pending = None
            self._set_busy(False)
            if self.unanswered.shows(self.message.text()):
                self.message.hide()  # answered: the refusal is said where it belongs
            self.show_refusal(error)

        self._pending = self._worker.submit(task, on_done, on_error)

    def _unanswered_busy(self, request_id: int) -> str:
        """The OK button's busy words while the change ``request_id`` waits."""
        return self._busy_text if request_id == self._pending else ""

    def _say_waiting(self, words: str) -> None:
        self._colour_message(problem=False)
        self.message.setText(words)
        self.message.show()
        self._fit_height()

    def _colour_message(self, *, problem: bool) -> None:
        palette = self.message.palette()
        plain = self.palette().color(QPalette.ColorRole.WindowText)
        palette.setColor(QPalette.ColorRole.WindowText, error_colour(palette) if problem else plain)
        self.message.setPalette(palette)

    def _set_busy(self, busy: bool) -> None:
        for field in self._fields.values():
            field.setEnabled(not busy)
        self.ok_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        if not busy:
            self.ok_button.setText(self._ok_text)

    def reject(self) -> None:
        # A change on its way to the server is not abandoned half-way: Esc waits for it.
        if not self.is_busy:
            super().reject()
