"""The rows of the approvals inbox: snapshots of ``services.inbox.WaitingItem`` with
their display strings, made once per item: a new list (at every change of anyone's
work) formats only the items it did not hold before."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from dicel_desktop.gui.cell_format import LocaleFormats, ValueFormatter
from dicel_desktop.gui.translations import record_name
from dicel_desktop.services.inbox import WaitingItem

#: The row's WaitingItem.
ItemRole = Qt.ItemDataRole.UserRole

_DISPLAY = Qt.ItemDataRole.DisplayRole
_AMOUNT = 3


def headers() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("InboxModel", "Kind"),
        QCoreApplication.translate("InboxModel", "Title"),
        QCoreApplication.translate("InboxModel", "Details"),
        QCoreApplication.translate("InboxModel", "Amount"),
        QCoreApplication.translate("InboxModel", "Submitted"),
        QCoreApplication.translate("InboxModel", "By"),
    )


def kind_label(kind: str) -> str:
    """What a kind of item is called in the list and in sentences."""
    words = {
        "leave": QCoreApplication.translate("InboxModel", "Leave"),
        "purchase_order": QCoreApplication.translate("InboxModel", "Purchase order"),
        "expense": QCoreApplication.translate("InboxModel", "Expense"),
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

    def set_items(self, items: list[WaitingItem]) -> None:
        # Items are frozen: an unchanged one keeps its strings, a changed one is new.
        known = dict(zip(self._items, self._cells, strict=True))
        self.beginResetModel()
        self._items = list(items)
        self._cells = [known.get(item) or self._cells_of(item) for item in self._items]
        self.endResetModel()

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
        return (
            kind_label(item.kind),
            self._format.text(record_name(item.title)),
            self._format.text(item.detail),
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
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self._headers[section]
