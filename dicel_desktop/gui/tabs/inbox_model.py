"""The rows of the approvals inbox: snapshots of ``services.inbox.WaitingItem`` with
their display strings, made once per item: a new list (at every change of anyone's
work) formats only the items it did not hold before."""

from __future__ import annotations

import re
import uuid
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from dicel_desktop.gui.cell_format import LocaleFormats, ValueFormatter
from dicel_desktop.gui.error_sentences import days_in_words
from dicel_desktop.gui.numbers import format_decimal
from dicel_desktop.gui.translations import record_name
from dicel_desktop.gui.workflows.leave_texts import away_text, start_text
from dicel_desktop.services.inbox import WaitingItem

#: The row's WaitingItem.
ItemRole = Qt.ItemDataRole.UserRole

_DISPLAY = Qt.ItemDataRole.DisplayRole
_AMOUNT = 3
_KIND = 0
_DETAILS = 2
#: An urgent row's tint: the lists' row-flag amber (gui/widgets/data_grid.py).
_URGENT_TINT = QColor(255, 160, 0, 70)


def headers() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("InboxModel", "Kind"),
        QCoreApplication.translate("InboxModel", "Title"),
        QCoreApplication.translate("InboxModel", "Details"),
        QCoreApplication.translate("InboxModel", "Amount"),
        QCoreApplication.translate("InboxModel", "Submitted"),
        QCoreApplication.translate("InboxModel", "By"),
    )


#: The phrases the listing functions write in a waiting item's details (migrations
#: 0012, 0013 and 0051), in English whatever the reader's language: read back into words.
#: The server writes whole days; a fraction ("0.5 working days") would be read as well.
_WORKING_DAYS = re.compile(r"^(\d+(?:\.\d+)?) working days?$")
#: A pay period's (migration 0051).
_PAYSLIPS = re.compile(r"^(\d+) payslips?$")
_ORDER_LEVEL = re.compile(
    r"^(Department manager's approval|Finance approval)(?: \(level (\d+) of (\d+)\))?$"
)


def detail_words(detail: str | None) -> str | None:
    """A waiting item's details in the reader's language where the server wrote one of
    its own phrases ("3 working days", "Finance approval (level 2 of 2)", "12 payslips"); other text
    (an expense's category and vendor) is data and stays as it is."""
    if not detail:
        return detail
    days = _WORKING_DAYS.match(detail)
    if days:
        # Plural as the language writes it ("0 jour ouvré"); a cell starts a capital.
        said = days_in_words(days.group(1))
        return said[:1].upper() + said[1:]
    payslips = _PAYSLIPS.match(detail)
    if payslips:
        count = int(payslips.group(1))
        if count == 1:
            return QCoreApplication.translate("InboxModel", "1 payslip")
        # The count in the reader's marks: "1,250 payslips", « 1 250 bulletins » (words38).
        return QCoreApplication.translate("InboxModel", "%1 payslips").replace(
            "%1", format_decimal(count, QLocale())
        )
    level = _ORDER_LEVEL.match(detail)
    if level:
        if level.group(1) == "Finance approval":
            who = QCoreApplication.translate("InboxModel", "Finance approval")
        else:
            who = QCoreApplication.translate("InboxModel", "Department manager's approval")
        if level.group(2) is None:
            return who
        of = QCoreApplication.translate("InboxModel", "%1 (level %2 of %3)")
        return of.replace("%1", who).replace("%2", level.group(2)).replace("%3", level.group(3))
    return detail


def kind_label(kind: str) -> str:
    """What a kind of item is called in the list and in sentences."""
    words = {
        "leave": QCoreApplication.translate("InboxModel", "Leave"),
        "purchase_order": QCoreApplication.translate("InboxModel", "Purchase order"),
        "expense": QCoreApplication.translate("InboxModel", "Expense"),
        "payroll": QCoreApplication.translate("InboxModel", "Pay period"),
    }
    return words.get(kind, kind)


class InboxModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: list[WaitingItem] = []
        self._cells: list[tuple[str, ...]] = []
        self._format = ValueFormatter(LocaleFormats.from_qlocale())
        self._headers = headers()

    # ----------------------------------------------------------------- data

    @property
    def items(self) -> list[WaitingItem]:
        return list(self._items)

    def set_items(self, items: list[WaitingItem]) -> bool:
        """Show ``items``; whether the model was reset. A new list that keeps the items
        it shares with the old one in the same order (the usual: one arrived, one was
        decided) is told to the view as rows removed, changed and inserted: the view
        keeps its selection, current row and scroll position, and only the new rows
        are laid out (a reset re-measures every row and loses the selection)."""
        fresh = list(items)
        new_ids = {item.id for item in fresh}
        old_ids = {item.id for item in self._items}
        kept_old = [item.id for item in self._items if item.id in new_ids]
        kept_new = [item.id for item in fresh if item.id in old_ids]
        if kept_old != kept_new or len(new_ids) != len(fresh):
            self._reset(fresh)
            return True
        self._remove_rows_not_in(new_ids)
        changed = {item.id: item for item in fresh if item.id in old_ids}
        for row, item in enumerate(self._items):
            if changed[item.id] != item:  # frozen: unequal is changed
                self._items[row] = changed[item.id]
                self._cells[row] = self._cells_of(changed[item.id])
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._headers) - 1))
        self._insert_rows_not_in(fresh, old_ids)
        return False

    def _reset(self, items: list[WaitingItem]) -> None:
        # Items are frozen: an unchanged one keeps its strings, a changed one is new.
        known = dict(zip(self._items, self._cells, strict=True))
        self.beginResetModel()
        self._items = items
        self._cells = [known.get(item) or self._cells_of(item) for item in self._items]
        self.endResetModel()

    def _remove_rows_not_in(self, keep: set[uuid.UUID]) -> None:
        row = len(self._items) - 1
        while row >= 0:  # from the end: the rows before keep their numbers
            if self._items[row].id in keep:
                row -= 1
                continue
            last = row
            while row >= 0 and self._items[row].id not in keep:
                row -= 1
            self.beginRemoveRows(QModelIndex(), row + 1, last)
            del self._items[row + 1 : last + 1]
            del self._cells[row + 1 : last + 1]
            self.endRemoveRows()

    def _insert_rows_not_in(self, items: list[WaitingItem], old: set[uuid.UUID]) -> None:
        row = 0
        while row < len(items):  # the rows before ``row`` are already items[:row]
            if items[row].id in old:
                row += 1
                continue
            end = row
            while end < len(items) and items[end].id not in old:
                end += 1
            self.beginInsertRows(QModelIndex(), row, end - 1)
            self._items[row:row] = items[row:end]
            self._cells[row:row] = [self._cells_of(item) for item in items[row:end]]
            self.endInsertRows()
            row = end

    def item(self, row: int) -> WaitingItem:
        return self._items[row]

    def row_of(self, item_id: uuid.UUID) -> int | None:
        for row, item in enumerate(self._items):
            if item.id == item_id:
                return row
        return None

    def _cells_of(self, item: WaitingItem) -> tuple[str, ...]:
        amount = ""
        if item.amount is not None:
            amount = self._format.money(item.amount, item.currency or "RWF")
        kind = kind_label(item.kind)
        details = self._format.text(detail_words(item.detail))
        start = item.start
        if start is not None and start.urgent:
            # Said in the row, not only in a tooltip (eye30s, 8): the mark of the lists'
            # row flags, and when it starts after the working days.
            kind = f"\N{WARNING SIGN} {kind}"
            details = f"{details}. {start_text(start)}" if details else start_text(start)
        if item.away_supervisor:
            # Why it waits for the caller too (migration 0150): the supervisor is away.
            away = away_text(item.away_supervisor, item.away_until)
            details = f"{details}. {away}" if details else away
        return (
            kind,
            self._format.text(record_name(item.title)),
            details,
            amount,
            self._format.datetime(item.submitted_at),
            self._format.text(item.submitted_by),
        )

    # ----------------------------------------------------------------- Qt

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][index.column()]
        if role == ItemRole:
            return self._items[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == _AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            return _URGENT_TINT if self._items[index.row()].urgent else None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == _DETAILS:
            # The whole details where a narrow column cuts them ("…until Thursday 10
            # Decem…", eye40b 7): the until-when is the point of the away words.
            return self._cells[index.row()][_DETAILS] or None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == _KIND:
            start = self._items[index.row()].start
            return start_text(start) if start is not None and start.urgent else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self._headers[section]
