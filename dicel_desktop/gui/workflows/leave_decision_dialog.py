"""Approve or reject a leave request, with the facts in front of the decider: the request,
the employee's balance for that type and year, who else of the team is away then, and a
note for the employee. Opened over the request's record window (the step "Approve or
reject…", at once for the person it waits for)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.error_sentences import days_in_words, describe_error
from dicel_desktop.gui.locale_writing import datetime_pattern
from dicel_desktop.gui.operations import Op
from dicel_desktop.gui.questions import DiscardGuard, paragraphs_typed
from dicel_desktop.gui.unanswered import Unanswered
from dicel_desktop.gui.widgets.roomy_rows import give_rows_room
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.gui.workflows.leave_texts import (
    balance_text,
    day_figure,
    days_text,
    leave_type_text,
    share_text,
    span_text,
    start_text,
    state_text,
)
from dicel_desktop.services import leave
from dicel_desktop.services.leave import DecisionFacts

if TYPE_CHECKING:
    from dicel_desktop.gui.records.record_window import RecordWindow

#: Refusals after which deciding again cannot succeed: the request moved on.
_SETTLED = frozenset({"already_decided", "wrong_state", "record_gone", "own_record_decision",
                      "not_yours_to_decide"})  # fmt: skip
#: Of those, the request moved on by someone else's step: it is read again to show it.
_MOVED_ON = frozenset({"already_decided", "wrong_state"})
#: Refusals of a request changed since it was shown: it is read again, the note kept.
_CHANGED = frozenset({"changed_since_shown_by", "changed_since_shown"})
#: The decider changed what the request asks for (DW005, migration 0093): approving it
#: is someone else's; rejecting it stays open to them.
_NOT_THEIRS_TO_APPROVE = "changed_record_approval"
_WARNING = QColor("#8a4b00")
_ERROR = QColor("#c62828")


def _coloured(label: QLabel, colour: QColor) -> QLabel:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)
    return label


def _text(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


#: A context of its own: Kinyarwanda's catalogue has no words for it yet, and this
#: dialog's context is one its screens must have whole (tests/unit/test_translation_sources).
_YEAR_BEYOND = QT_TRANSLATE_NOOP(
    "LeaveYearBeyond",
    "Approving would take %1 beyond the allowance of %2: the database will refuse it. "
    "Reject it, or ask for a shorter request.",
)


def _year_beyond(beyond: str, year: int) -> str | None:
    """The warning naming the year a leave across the year end would take beyond its
    allowance (migration 0156); None in a language without its words (Kinyarwanda, until
    a translator words them), which says the warning without the year."""
    said = QCoreApplication.translate("LeaveYearBeyond", _YEAR_BEYOND)
    english = QLocale().language() in (QLocale.Language.English, QLocale.Language.C)
    if said == _YEAR_BEYOND and not english:
        return None
    return said.replace("%1", beyond).replace("%2", str(year))


class LeaveDecisionDialog(QDialog):
    """See the module docstring; :meth:`open_for` opens it over a record window."""

    #: The request was decided: True approved, False rejected.
    decided = Signal(bool)

    def __init__(
        self,
        worker: DbWorker,
        request_id: uuid.UUID,
        parent: QWidget | None = None,
        *,
        seen: dt.datetime | None = None,
        chosen: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.worker = worker
        #: The decision already chosen where the dialog was opened from (Approve… or
        #: Reject… in "Waiting for me"): its button comes right after the note in the Tab
        #: order. The note has the focus either way, from the start, and keeps it: the
        #: facts arriving a second later moved it to the button, and a Space typed in the
        #: note then rejected the request with no note (keys38, finding 1).
        self.chosen = chosen
        self.request_id = request_id
        self.facts: DecisionFacts | None = None
        #: The version of what the window under it showed (``Record.decision_version``):
        #: a decision is on that too, its files included, until the request is read again
        #: after a refusal. None: on what this dialog read.
        self._seen = seen
        #: Why Approve is off while Reject is not (None: it is not).
        self._approve_off: str | None = None
        self._busy = True
        #: The read or decision on its way (its request id) and the words said of it.
        self._pending: int | None = None
        self._busy_text = ""
        #: Says under the note that the server has not answered it yet (wait40).
        self.unanswered = Unanswered(worker, self, self._unanswered_busy, self._say_waiting)
        #: Said again once the facts are read again (why they were).
        self._after_read = ""
        self.setWindowTitle(self.tr("Decide on a leave request"))
        self._build()
        self.note.setFocus()
        # Only the person's Esc and Close ask, never the dialog's own reject().
        self.discard_guard = DiscardGuard(
            self, lambda: not (self._busy and self.facts is not None) and paragraphs_typed(self)
        )
        self.close_button.clicked.connect(self.discard_guard.cancel)
        self._read_facts()

    def _read_facts(self) -> None:
        self._set_busy(True, self.tr("Loading the request…"))
        self._pending = (
            Op(self.worker, leave.decision_facts, self.request_id)
            .for_widget(self)
            .on_success(self._on_facts_loaded)
            .on_failure(self._on_facts_failed)
            .run()
        )

    @classmethod
    def open_for(cls, window: RecordWindow) -> LeaveDecisionDialog:
        """Open over ``window`` (a leave request's); the window reloads once decided."""
        assert window.record is not None
        dialog = cls(window.worker, window.record.id, window, seen=window.record.decision_version)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.decided.connect(dialog.reloads_window)
        dialog.open()
        return dialog

    @slot_while_whole(bool, keeps="worker")
    def reloads_window(self, approved: bool) -> None:
        """The window the dialog opened over (its parent) reads the request again, saying
        what was decided."""
        # Declared on the dialog, reading its window (its parent) when called: a lambda
        # holding the window, kept by the dialog's connection, could be the window's last
        # reference and delete it as the closed dialog was deleted (lambdas44).
        window = self.parentWidget()
        if window is not None:
            window.reload(
                QCoreApplication.translate(
                    "LeaveDecisionDialog",
                    "Approved.",
                )
                if approved
                else QCoreApplication.translate("LeaveDecisionDialog", "Rejected.")
            )

    # ----------------------------------------------------------------- building

    def _build(self) -> None:
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)

        facts = QFormLayout()
        facts.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.employee = _text()
        self.kind = _text()
        self.dates = _text()
        self.reason = _text()
        self.filed = _text()
        #: Pending as opened; what someone else's step left it as, read again after a
        #: refusal that says so ("Already cancelled by …").
        self.state = _text()
        facts.addRow(self.tr("Status:"), self.state)
        facts.addRow(self.tr("Employee:"), self.employee)
        facts.addRow(self.tr("Leave:"), self.kind)
        facts.addRow(self.tr("Dates:"), self.dates)
        facts.addRow(self.tr("Reason:"), self.reason)
        facts.addRow(self.tr("Filed:"), self.filed)
        #: When a pending leave starts within two working days (eye30s, 8).
        self.starts = _coloured(_text(), _WARNING)
        self.starts.hide()

        balance_box = QGroupBox(self.tr("Balance"))
        self.balance = _text()
        self.balance_warning = _coloured(_text(), _WARNING)
        self.balance_warning.hide()
        balance_layout = QVBoxLayout(balance_box)
        balance_layout.addWidget(self.balance)
        balance_layout.addWidget(self.balance_warning)

        team_box = QGroupBox(self.tr("Who else in the team is away then"))
        self.nobody_away = _text(self.tr("Nobody else in the team is away or asking to be."))
        self.away = QTreeWidget()
        give_rows_room(self.away)  # a name with an accented capital whole
        self.away.setRootIsDecorated(False)
        self.away.setColumnCount(3)
        self.away.setHeaderLabels([self.tr("Name"), self.tr("Dates"), self.tr("Status")])
        self.away.setAccessibleName(self.tr("Who else in the team is away then"))
        # The columns fit the list's width, the names wrapping if they must: a sideways
        # scroll bar took the place of a row (two rows shown of six, in a review).
        self.away.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.away.setWordWrap(True)
        self.away.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.away.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):  # as wide as their entries (``_fit_away``)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.away.hide()
        team_layout = QVBoxLayout(team_box)
        team_layout.addWidget(self.nobody_away)
        team_layout.addWidget(self.away)

        # Whose words and who reads them (eyefix41): the decider's, to the employee, who
        # is named once the request is read.
        self.note_label = note_label = QLabel(self._note_words(None))
        note_label.setWordWrap(True)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)  # Tab leaves the note for the buttons
        self.note.setAccessibleName(self.tr("Note to the employee"))
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 3 + 14)
        note_label.setBuddy(self.note)

        self.message = _coloured(_text(), _ERROR)
        self.message.hide()

        self.approve_button = QPushButton(self.tr("&Approve"))
        self.reject_button = QPushButton(self.tr("&Reject"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close without deciding (Esc)"))
        # A decision is a deliberate act: no button is the default, so Enter in the note
        # (a new line) or on the facts decides nothing; Enter on a focused button presses
        # it, as Space does (keyPressEvent). Not autoDefault: a dialog shown with no
        # default makes its first autoDefault button the default, and Enter on the team
        # list approved (code review).
        for button in (self.approve_button, self.reject_button, self.close_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.approve_button.clicked.connect(lambda: self._decide(True))
        self.reject_button.clicked.connect(lambda: self._decide(False))
        # Close is the person's: it asks before a typed note goes (DiscardGuard).
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.reject_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addLayout(facts)
        layout.addWidget(self.starts)
        layout.addWidget(balance_box)
        layout.addWidget(team_box, 1)  # room the dialog has to spare goes to the list
        layout.addWidget(note_label)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)
        if self.chosen is not None:
            # Tab from the note reaches the decision chosen first, then the other.
            first, other = (
                (self.approve_button, self.reject_button)
                if self.chosen
                else (self.reject_button, self.approve_button)
            )
            QWidget.setTabOrder(self.note, first)
            QWidget.setTabOrder(first, other)
            QWidget.setTabOrder(other, self.close_button)

    def _note_words(self, employee: str | None) -> str:
        if not employee:
            return self.tr("Your &note to the employee (optional):")
        return self.tr("Your &note to %1 (optional):").replace("%1", employee)

    # ----------------------------------------------------------------- facts

    def _on_facts_loaded(self, facts: DecisionFacts) -> None:
        self.facts = facts
        kind = leave_type_text(facts.leave_type)
        self.heading.setText(
            self.tr("%1 of %2").replace("%1", kind).replace("%2", facts.employee_name)
        )
        self.employee.setText(facts.employee_name)
        self.note_label.setText(self._note_words(facts.employee_name))
        self.kind.setText(kind)
        self.dates.setText(
            f"{span_text(facts.start_date, facts.end_date)} ({days_text(facts.days)})"
        )
        self.reason.setText(facts.reason or self.tr("(none given)"))
        self.state.setText(state_text(facts.status))
        urgent = facts.status == "pending" and facts.start is not None and facts.start.urgent
        self.starts.setText(f"\N{WARNING SIGN} {start_text(facts.start)}." if urgent else "")
        self.starts.setVisible(urgent)
        if facts.filed_at is not None:
            self.filed.setText(QLocale().toString(facts.filed_at.astimezone(), datetime_pattern()))
        # A leave across the year end: a line for each year, its days there counted in
        # that year's balance (migration 0156).
        shares = facts.shares
        lines, warning = [], ""
        for share in shares:
            balance, days = share.balance, share.days or 0
            after = balance.after(days)
            text = balance_text(balance)
            if len(shares) > 1 and facts.status != "pending":
                # Pending, "Waiting includes this request (4 working days)" says it.
                text = f"{share_text(share)} {text}".lstrip()
            if facts.status == "pending":
                text += " " + self.tr("Waiting includes this request (%1).").replace(
                    "%1", days_text(days)
                )
                if after is not None:
                    text += " " + self.tr("Once approved: %1 taken of %2.").replace(
                        "%1", str(after.taken)
                    ).replace("%2", day_figure(balance.allowance))
            lines.append(text)
            if after is not None and after.beyond and not warning:
                beyond = days_in_words(after.beyond, working=False)
                warning = self.tr(
                    "Approving would take %1 beyond the allowance: the database will "
                    "refuse it. Reject it, or ask for a shorter request."
                ).replace("%1", beyond)
                if len(shares) > 1:
                    warning = _year_beyond(beyond, balance.year) or warning
        self.balance.setText("\n".join(lines))
        # Read again, shortened or with days given back: no longer beyond, hidden.
        self.balance_warning.setText(warning)
        self.balance_warning.setVisible(bool(warning))
        self._show_away(facts)
        self._set_busy(False)
        said, self._after_read = self._after_read, ""
        if said and facts.status == "pending":
            self._say(said)
        if facts.status != "pending":
            # Read again after "Already cancelled by … at …": that sentence says more.
            self._settle(
                said
                or self.tr("This request is %1 already: there is nothing to decide.").replace(
                    "%1", state_text(facts.status).lower()
                )
            )

    def _show_away(self, facts: DecisionFacts) -> None:
        self.away.clear()
        for away in facts.away:
            QTreeWidgetItem(
                self.away,
                [away.name, span_text(away.start_date, away.end_date), state_text(away.status)],
            )
        self.away.setVisible(bool(facts.away))
        self.nobody_away.setVisible(not facts.away)
        self._fit_away()

    #: Rows of the team's leave the list has room for at least, and at most before it
    #: scrolls.
    AWAY_LEAST_ROWS, AWAY_ROWS = 4, 6
    #: The widest the dialog grows to show the team's names, dates and states whole.
    MOST_WIDTH = 820

    def _fit_away(self) -> None:
        """The dialog as wide as the team's columns need (up to MOST_WIDTH; narrower,
        the names wrap), and the list tall enough for AWAY_LEAST_ROWS to AWAY_ROWS rows,
        the dialog growing to show it all."""
        away = self.away
        count = away.topLevelItemCount()
        if not count:
            # Nobody away: no list to fit, but the facts just read still need their
            # height (a balance of two years was drawn over its warning, stop 42).
            QTimer.singleShot(0, self, self._fit_height)
            return
        metrics = away.fontMetrics()
        # Each column as wide as its widest entry, and a gap after it: fitted exactly, a
        # long name ran into its dates ("Fabrice Ndayisaba" in a review).
        gap = metrics.horizontalAdvance("MM")
        widths = [
            max(
                [metrics.horizontalAdvance(away.headerItem().text(column))]
                + [
                    metrics.horizontalAdvance(away.topLevelItem(i).text(column))
                    for i in range(count)
                ]
            )
            + gap
            for column in range(away.columnCount())
        ]
        for column in (1, 2):  # the name takes the rest (Stretch)
            away.header().resizeSection(column, widths[column])
        frame = 2 * away.frameWidth()
        scroll = away.verticalScrollBar().sizeHint().width()
        extra = sum(widths) + frame + scroll + 8 - away.viewport().width()
        if extra > 0:
            self.resize(min(self.width() + extra, self.MOST_WIDTH), self.height())
        row = max(away.sizeHintForRow(0), metrics.height() + 4)
        shown = max(self.AWAY_LEAST_ROWS, min(count, self.AWAY_ROWS))
        # As tall as its rows, no taller: a list's own height hint left an empty box and
        # put the buttons below a laptop's 640-pixel screen (a user-eye review).
        away.setFixedHeight(away.header().sizeHint().height() + shown * row + frame + 2)
        # Once the list's new height is laid out (the next turn of the event loop): the
        # height of the whole at this width, shorter too when the list needs less.
        QTimer.singleShot(0, self, self._fit_height)

    def _fit_height(self) -> None:
        layout = self.layout()
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else 0
        self.resize(self.width(), max(needed, layout.totalMinimumSize().height()))

    def _on_facts_failed(self, error: DicelError) -> None:
        self._set_busy(False)
        self._settle(describe_error(error))

    # ----------------------------------------------------------------- deciding

    @property
    def is_busy(self) -> bool:
        return self._busy

    def _decide(self, approve: bool) -> None:
        if self._busy or self.facts is None:
            return
        self.message.hide()
        self._set_busy(
            True, self.tr("Approving…") if approve else self.tr("Rejecting…"), deciding=True
        )
        note = self.note.toPlainText().strip() or None
        # On the request as shown: changed since by someone else, nothing is decided.
        shown = self._seen or self.facts.version
        self._pending = (
            Op(self.worker, leave.decide_leave, self.request_id, approve, note, shown)
            .for_widget(self)
            .explaining("leave_requests", action="update")
            .on_success(lambda _none: self._on_decided(approve))
            .on_failure(self._on_refused)
            .run()
        )

    def _on_decided(self, approve: bool) -> None:
        self._busy = False
        self.decided.emit(approve)
        self.accept()

    def _on_refused(self, error: DicelError) -> None:
        self._set_busy(False)
        if error.code in _CHANGED:
            # Show what it is now, with why, and keep the note: they decide again, on it.
            self._after_read = describe_error(error)
            self._seen = None
            self._say(self._after_read)
            self._read_facts()
            parent = self.parentWidget()
            reload = getattr(parent, "reload", None)
            if reload is not None:
                reload()
        elif error.code == _NOT_THEIRS_TO_APPROVE:
            # The audit log is not theirs to read, so the dialog learns it from the
            # refusal (as for an expense): Approve goes off, saying why; Reject stays.
            self._approve_off = describe_error(error)
            self._hold_approve()
            self._say(self._approve_off)
            # The note, not Reject: a second Space meant for Approve must not reject.
            self.note.setFocus()
        elif error.code in _SETTLED:
            self._settle(describe_error(error))
            if error.code in _MOVED_ON:
                # Show it as it is now (its state, its balance), the sentence kept.
                self._after_read = describe_error(error)
                self._read_facts()
            parent = self.parentWidget()
            reload = getattr(parent, "reload", None)
            if reload is not None:
                reload()  # the window behind shows the request as it is now
        else:
            self._say(describe_error(error))

    # ----------------------------------------------------------------- state

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _settle(self, text: str) -> None:
        """Nothing more to decide here: say why; only Close is left."""
        self._say(text)
        for button in (self.approve_button, self.reject_button):
            button.setEnabled(False)
            button.setToolTip(text)  # held off: it says why
        self.close_button.setFocus()

    def _hold_approve(self) -> None:
        if self._approve_off is not None:
            self.approve_button.setEnabled(False)
            self.approve_button.setToolTip(self._approve_off)  # held off: it says why

    def _unanswered_busy(self, request_id: int) -> str:
        """The busy text of the read or decision ``request_id`` while it waits and the
        line under the note says it."""
        if not self._busy or request_id != self._pending or self.message.isHidden():
            return ""
        return self._busy_text if self.message.text() == self._busy_text else ""

    def _say_waiting(self, words: str) -> None:
        self._busy_text = words
        self._say(words)

    def _set_busy(self, busy: bool, text: str = "", *, deciding: bool = False) -> None:
        self._busy = busy
        self._busy_text = text
        if not busy:
            self._pending = None
        for button in (self.approve_button, self.reject_button):
            button.setEnabled(not busy)
        self._hold_approve()
        # Only a decision on its way holds the note (it is sent as shown); while the facts
        # are read, what the decider types goes into it (keys38: typed letters were lost).
        self.note.setReadOnly(busy and deciding)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)
        if busy and text:
            self._say(text)
            _coloured(self.message, self.palette().color(QPalette.ColorRole.WindowText))
        elif not busy:
            self.message.hide()
            _coloured(self.message, _ERROR)

    def reject(self) -> None:
        # A decision on its way to the server is not abandoned half-way: Esc waits.
        if not (self._busy and self.facts is not None):
            super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter presses the focused button and nothing else: no button is the default
        # (a decision is chosen, not fallen into), but a keyboard user's Enter on Approve
        # is as deliberate as Space.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if focused in (self.approve_button, self.reject_button, self.close_button):
                focused.click()
            event.accept()
            return
        super().keyPressEvent(event)
