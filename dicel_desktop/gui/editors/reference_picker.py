"""The editor of a foreign key: a line showing the chosen record's name, and the records
matching what the person types in a list that opens under it.

Matches come from ``services.lookup`` through the DB worker, a page at a time, once the
typing pauses; a search the person has typed past is cancelled, and the next page is
asked for as the list scrolls near its end. The GUI never waits for the database.

Keyboard: Down opens the list (every record when nothing is typed) and moves in it, Up
and Page Up/Down move, Enter or Tab picks the highlighted record (the first match is
highlighted as the list opens), Esc gives back the value the field had, Delete (or the
clear button) empties a field that may be empty. A click on a record picks it.

Typed text is never a value: leaving the field with text that was not picked gives back
the last picked record and says so in a tooltip (``notice()``). Emptying a field that may
be empty, and leaving it, makes it empty.
"""

from __future__ import annotations

import functools
import uuid
from typing import Any

import psycopg
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QListWidgetItem, QStyle, QToolTip, QWidget
from sqlalchemy import exc as sa_exc

from dicel_desktop.domain.entry_rules import OFFERED_STATES
from dicel_desktop.domain.errors import MESSAGES, DicelError
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.editors.base import FieldEditor
from dicel_desktop.gui.editors.common import show_read_only
from dicel_desktop.gui.editors.match_list import VISIBLE_ROWS, MatchList
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.services.forms import FieldSpec
from dicel_desktop.services.lookup import Page, is_offered, reference_name, search_references

#: The pause in typing after which the matches are looked up.
SEARCH_DELAY_MS = 200
#: The next page is asked for when the list is scrolled this close to its end (rows).
MORE_MARGIN = 5
#: The record's id on each row of the list (a ``uuid.UUID``).
IdRole = Qt.ItemDataRole.UserRole

_MOVES = {
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_PageDown: VISIBLE_ROWS - 1,
    Qt.Key.Key_PageUp: -(VISIBLE_ROWS - 1),
}
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_TAB = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
#: Leaving the field for these reasons is not leaving it: the window went to the back, or
#: a context menu opened; the person comes back to what they were typing.
_STILL_HERE = (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason)
#: Tables whose records no longer offered are marked where an existing link still shows
#: one (``ReferencePicker._shown_name``): an account, closed (migration 0147).
_MARKED = frozenset({"financial_accounts"})


class ReferencePicker(FieldEditor):
    """Edits a REFERENCE field: ``value()`` is the chosen record's UUID, or None."""

    def __init__(self, field: FieldSpec, worker: DbWorker, parent: QWidget | None = None):
        super().__init__(field, parent)
        if not field.references:
            raise ValueError(f"{field.name} is not a reference")
        self._worker = worker
        self._table = field.references
        #: Only records in these states are offered (a cancelled programme is no place
        #: to enrol anyone, migration 0107): the database takes no other.
        self._only = OFFERED_STATES.get((field.table, field.name))
        self._value: uuid.UUID | None = None
        self._name: str | None = None
        #: The value shown is no longer offered for a new link (a closed account that an
        #: existing entry names, migration 0147): its name is marked so.
        self._not_offered = False
        self._offered_request: int | None = None
        #: The line holds text the person typed, not the chosen record's name.
        self._typing = False
        #: What the list's rows match (the text searched), and the search on its way.
        self._listed: str | None = None
        self._query = ""
        #: Where the next page starts; None when the last page has arrived.
        self._next: tuple[str, uuid.UUID] | None = None
        self._search_request: int | None = None
        self._name_request: int | None = None
        self._notice = ""
        self._list: MatchList | None = None

        self.line = QLineEdit()
        self.line.setAccessibleName(field.label)
        self.line.setPlaceholderText(self.tr("Type to search"))
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton)
        self.clear_action = self.line.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
        self.clear_action.setToolTip(self.tr("Empty this field"))
        self.clear_action.triggered.connect(self._on_clear_action_triggered)
        self.line.textEdited.connect(self._on_line_text_edited)
        self.line.installEventFilter(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        self.setFocusProxy(self.line)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._show_value()

    # ----------------------------------------------------------------- FieldEditor

    def value(self) -> uuid.UUID | None:
        return self._value

    def set_value(self, value: Any, name: str | None = None) -> None:
        """Show ``value`` (a UUID or None); its name is fetched when not given."""
        self._stop()
        self._set_notice("")
        self._value = value
        self._name = name if value is not None else None
        self._not_offered = False
        if value is not None and name is None:
            table = self._table
            self._name_request = self._worker.submit(
                functools.partial(reference_name, table=table, ident=value),
                lambda found: self._on_name_loaded(value, found),
                self._on_name_failed,
            )
        if value is not None and self._only is not None and self._table in _MARKED:
            table, only = self._table, self._only
            self._offered_request = self._worker.submit(
                functools.partial(is_offered, table=table, ident=value, only=only),
                lambda offered: self._on_offered_loaded(value, offered),
                # Unmarked is how the name showed before: the name itself is still right.
                lambda _error: None,
            )
        self._show_value()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        if read_only:
            # Typing and searching stop; the name of the value shown is still wanted.
            self._stop(keep_name=True)
            self._show_value()
        self.line.setReadOnly(read_only)
        show_read_only(self.line, read_only)  # the look every read-only field has
        self._update_clear_action()

    # ----------------------------------------------------------------- for the form and tests

    def current_name(self) -> str | None:
        """The name of the current value (None while unknown or empty), unmarked."""
        return self._name

    def is_not_offered(self) -> bool:
        """The current value is one no new record may point to (a closed account)."""
        return self._not_offered

    def notice(self) -> str:
        """The last thing the field said (a text given back, a search that failed)."""
        return self._notice

    def match_list(self) -> MatchList | None:
        """The list of matches, once it has been opened."""
        return self._list

    def is_list_open(self) -> bool:
        return self._list is not None and self._list.isVisible()

    def _is_list_current(self) -> bool:
        """The open list holds the matches of what the line says."""
        if not self.is_list_open():
            return False
        return not self._typing or self._listed == self.line.text().strip()

    def hideEvent(self, event: QEvent) -> None:
        # The list belongs to the window: it would stay behind on another tab of a form.
        self._hide_list()
        super().hideEvent(event)

    # ----------------------------------------------------------------- keys and focus

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line:
            if event.type() == QEvent.Type.KeyPress:
                return self._on_line_key_pressed(event)
            if event.type() == QEvent.Type.FocusOut:
                self._on_line_focus_out(event.reason())
        elif watched is self.window() and event.type() == QEvent.Type.Resize:
            self._hide_list()
        return super().eventFilter(watched, event)

    def _on_line_key_pressed(self, event: QKeyEvent) -> bool:
        """True when the key was the picker's (the line does not see it)."""
        if self.is_read_only():
            return False
        key = event.key()
        # Only a list of the matches of what the line says is picked from: one left from
        # before the last keys is looked up again first (Enter, Down), or not used (Tab).
        current = self._is_list_current()
        if key in _MOVES:
            if current:
                self._move(_MOVES[key])
            elif key == Qt.Key.Key_Down or self.is_list_open():
                self._open()
            else:
                return False
            return True
        if key in _ENTER:
            if current:
                self._pick_row(self._list.currentRow())
            elif self._typing or self.is_list_open():
                self._open()
            else:
                return False
            return True
        if key in _TAB:
            if current:
                self._pick_row(self._list.currentRow())
            return False  # the focus moves on either way
        if key == Qt.Key.Key_Escape:
            if self._typing or self.is_list_open():
                self._give_back(say=False)
                return True
            return False
        if key == Qt.Key.Key_Delete and not self._typing:
            if not self.field.required:
                self._clear()
            return True
        return False

    def _on_line_focus_out(self, reason: Qt.FocusReason) -> None:
        if reason in _STILL_HERE:
            self._hide_list()
            return
        self._timer.stop()
        if not self._typing:
            self._hide_list()
        elif not self.line.text().strip() and not self.field.required:
            self._clear()
        else:
            self._give_back(say=True)

    # ----------------------------------------------------------------- slots

    @slot_while_whole(str, keeps="_worker")
    def _on_line_text_edited(self, _text: str) -> None:
        self._typing = True
        self._set_notice("")
        self._cancel_search()  # its answer would be about other text
        self._timer.start()  # restart: wait for the typing to pause

    @slot_while_whole(keeps="_worker")
    def _on_timer_timeout(self) -> None:
        text = self.line.text().strip()
        if text:
            self._search(text)
        else:
            self._cancel_search()
            self._hide_list()

    @slot_while_whole(keeps="_worker")
    def _on_clear_action_triggered(self) -> None:
        self._clear()
        self.line.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_list_item_clicked(self, item: QListWidgetItem) -> None:
        self._pick_row(self._list.row(item))

    def _on_list_scrolled(self, value: int) -> None:
        bar = self._list.verticalScrollBar()
        if value >= bar.maximum() - MORE_MARGIN:
            self._load_more()

    def _on_page_loaded(
        self, page: Page, query: str, first: bool, select: uuid.UUID | None
    ) -> None:
        if not shiboken6.isValid(self):
            return
        self._search_request = None
        self._listed = query
        self._next = page.after if page.more else None
        rows = self._ensure_list()
        if first:
            rows.clear()
        for ident, name in page.items:
            item = QListWidgetItem(name)
            item.setData(IdRole, ident)
            item.setToolTip(name)
            rows.addItem(item)
        if not first:
            return
        if not page.items:
            none = QListWidgetItem(self.tr("No match"))
            none.setFlags(Qt.ItemFlag.NoItemFlags)
            rows.addItem(none)
        else:
            chosen = [i for i, (ident, _n) in enumerate(page.items) if ident == select]
            rows.setCurrentRow(chosen[0] if chosen else 0)
        self._show_list()

    def _on_search_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._search_request = None
        self._hide_list()
        self._set_notice(self._error_text(error), show=True)

    def _on_name_loaded(self, ident: uuid.UUID, name: str | None) -> None:
        if not shiboken6.isValid(self) or ident != self._value:
            return
        self._name_request = None
        self._name = name if name is not None else self.tr("(not available to you)")
        if not self._typing:
            self._show_value()

    def _on_offered_loaded(self, ident: uuid.UUID, offered: bool) -> None:
        if not shiboken6.isValid(self) or ident != self._value:
            return
        self._offered_request = None
        self._not_offered = not offered
        if not self._typing:
            self._show_value()

    def _on_name_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._name_request = None
        self._set_notice(self._error_text(error), show=True)

    # ----------------------------------------------------------------- searching

    def _open(self) -> None:
        """Down on a closed list: the matches of what is typed, else every record."""
        self._timer.stop()
        self._search(self.line.text().strip() if self._typing else "", select=self._value)

    def _search(self, text: str, select: uuid.UUID | None = None) -> None:
        self._cancel_search()
        self._query = text
        self._next = None
        table, only = self._table, self._only
        self._search_request = self._worker.submit(
            lambda session: search_references(session, table, text, only=only),
            lambda page: self._on_page_loaded(page, text, True, select),
            self._on_search_failed,
        )

    def _load_more(self) -> None:
        if self._next is None or self._search_request is not None:
            return
        table, text, after, only = self._table, self._query, self._next, self._only
        self._search_request = self._worker.submit(
            lambda session: search_references(session, table, text, after=after, only=only),
            lambda page: self._on_page_loaded(page, text, False, None),
            self._on_search_failed,
        )

    def _cancel_search(self) -> None:
        if self._search_request is not None:
            self._worker.cancel(self._search_request)
            self._search_request = None

    def _stop(self, *, keep_name: bool = False) -> None:
        """Forget typing, searches and (unless ``keep_name``) names on their way; close
        the list."""
        self._timer.stop()
        self._cancel_search()
        if self._name_request is not None and not keep_name:
            self._worker.cancel(self._name_request)
            self._name_request = None
        if self._offered_request is not None and not keep_name:
            self._worker.cancel(self._offered_request)
            self._offered_request = None
        self._typing = False
        self._hide_list()

    # ----------------------------------------------------------------- choosing

    def _move(self, step: int) -> None:
        rows = self._list
        if not rows.currentItem() or not rows.currentItem().flags() & Qt.ItemFlag.ItemIsEnabled:
            return
        row = min(max(rows.currentRow() + step, 0), rows.count() - 1)
        rows.setCurrentRow(row)
        rows.scrollToItem(rows.item(row))
        if row >= rows.count() - MORE_MARGIN:
            self._load_more()

    def _pick_row(self, row: int) -> None:
        item = self._list.item(row) if self._list is not None else None
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return
        ident = item.data(IdRole)
        changed = ident != self._value
        self._stop()
        self._set_notice("")
        self._value, self._name = ident, item.text()
        self._not_offered = False  # the list offers none other
        self._show_value()
        if changed:
            self.edited.emit()

    def _clear(self) -> None:
        if self.field.required:
            return
        self._stop()
        self._set_notice("")
        changed = self._value is not None
        self._value = self._name = None
        self._not_offered = False
        self._show_value()
        if changed:
            self.edited.emit()

    def _give_back(self, *, say: bool) -> None:
        """Text that was not picked: show the value the field still has."""
        typed = self.line.text().strip()
        self._stop()
        self._show_value()
        if not say or not typed:
            return
        if self._value is None:
            text = self.tr("“{typed}” was not picked from the list, so {label} stays empty.")
        else:
            text = self.tr("“{typed}” was not picked from the list, so {label} stays “{name}”.")
        label = self.field.label
        self._set_notice(text.format(typed=typed, label=label, name=self._name or ""), show=True)

    # ----------------------------------------------------------------- showing

    def _shown_name(self) -> str:
        if self._name is None:
            return ""
        if self._not_offered and self._table == "financial_accounts":
            # Said where an existing entry names it; the picker offers it no more.
            return self.tr("{name} (closed)").format(name=self._name)
        return self._name

    def _show_value(self) -> None:
        self.line.setText(self._shown_name())
        self.line.setCursorPosition(0)
        waiting = self._value is not None and self._name is None
        if waiting:
            self.line.setPlaceholderText(self.tr("Loading…"))
        else:
            self.line.setPlaceholderText("" if self.is_read_only() else self.tr("Type to search"))
        self._update_clear_action()

    def _update_clear_action(self) -> None:
        self.clear_action.setVisible(
            not self.is_read_only() and not self.field.required and self._value is not None
        )

    def _set_notice(self, text: str, *, show: bool = False) -> None:
        self._notice = text
        self.line.setToolTip(text)
        if show and text:
            QToolTip.showText(self.line.mapToGlobal(QPoint(0, self.line.height())), text, self.line)
        elif not text:
            QToolTip.hideText()

    def _ensure_list(self) -> MatchList:
        window = self.window()
        if self._list is None or self._list.parentWidget() is not window:
            if self._list is not None:
                self._list.deleteLater()
            self._list = MatchList(window)
            self._list.itemClicked.connect(self._on_list_item_clicked)
            self._list.verticalScrollBar().valueChanged.connect(self._on_list_scrolled)
            window.installEventFilter(self)
        return self._list

    def _show_list(self) -> None:
        self._ensure_list().show_under(self.line)

    def _hide_list(self) -> None:
        if self._list is not None:
            self._list.hide()

    def _error_text(self, error: BaseException) -> str:
        """A sentence for a failed lookup, in the person's words."""
        if isinstance(error, DicelError) and error.code in MESSAGES:
            template = QCoreApplication.translate("errors", MESSAGES[error.code])
            try:
                return template.format_map(error.params)
            except (KeyError, IndexError, ValueError):
                return error.message
        # The lookups run their SQL on psycopg's cursor: its errors arrive unwrapped.
        unreachable = (
            sa_exc.OperationalError,
            sa_exc.InterfaceError,
            psycopg.OperationalError,
            psycopg.InterfaceError,
        )
        if isinstance(error, unreachable):
            return self.tr(
                "The database could not be reached, so no names could be looked up. Check "
                "the network connection, then type again."
            )
        return self.tr(
            "The names could not be looked up because of an unexpected error. Type again "
            "to retry; if it happens again, tell IT."
        )
