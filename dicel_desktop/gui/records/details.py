"""The records that belong to the one in a window (master and detail): an invoice's lines,
a recovery case's documents, a patrol route's logs. A list of them, filtered on the
record, with Add… (a new one already pointing to the record) and Open (Enter, double
click); it refreshes when one of them is saved or deleted."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from dicel_desktop.domain.roles import Role
from dicel_desktop.domain.tables import table_info
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.records.opener import RecordOpener
from dicel_desktop.gui.translations import translated_form
from dicel_desktop.gui.widgets.data_grid import DataGrid
from dicel_desktop.services.form_layouts import save_first_sentence
from dicel_desktop.services.forms import Detail, form_spec
from dicel_desktop.services.records import Record
from dicel_desktop.services.visibility import columns_for


def lines_frozen(record: Record, detail: Detail) -> bool:
    """Whether ``record`` has left the states in which ``detail``'s records (its lines)
    may be added: its lock says so (migration 0007), and the database would refuse."""
    lock = table_info(record.table).lock
    return (
        lock is not None
        and (detail.table, detail.column) in lock.lines
        and record.values.get(lock.column) not in lock.open_states
    )


class DetailsPanel(QWidget):
    #: One of the records listed was saved or deleted (the record above may have changed
    #: too: an order's total follows its lines).
    records_changed = Signal()

    def __init__(
        self,
        opener: RecordOpener,
        detail: Detail,
        record: Record | None,
        *,
        table: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.opener = opener
        self.detail = detail
        self.record = record
        self._grid: DataGrid | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        child = translated_form(form_spec(detail.table, opener.role))
        if record is None:
            # One sentence per table and detail: a language with genders writes it whole.
            label = QLabel(
                QCoreApplication.translate("DetailsPanel", save_first_sentence(table, detail))
            )
            label.setWordWrap(True)
            layout.addWidget(label)
            layout.addStretch(1)
            return
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setVisible(
            detail.adds and child.can_insert and not lines_frozen(record, detail)
        )
        self.add_button.clicked.connect(self._on_add_clicked)
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addStretch(1)
        opener.table_changed.connect(self._on_table_changed)
        layout.addLayout(bar)

    @property
    def grid(self) -> DataGrid | None:
        """The list of the records, built the first time its tab shows or it is asked for
        (a window opens with its other tabs' lists unbuilt, their rows unread); None under
        a record not saved yet."""
        self.build_list()
        return self._grid

    def build_list(self) -> None:
        """Build the list now, if it is not yet (the window's first tab, laid out with it)."""
        if self._grid is None and self.record is not None:
            self._build_grid(self.record)

    def showEvent(self, event: QShowEvent) -> None:
        # Built as its tab is switched to, before Qt moves the focus into the tab
        # (Ctrl+Tab from the list before, the tab's Alt letter): it finds the list.
        self.build_list()
        super().showEvent(event)

    def _build_grid(self, record: Record) -> None:
        opener, detail = self.opener, self.detail
        # The columns pointing back to this record say the same thing on every row.
        columns = [
            c for c in columns_for(Role(opener.role), detail.table) if c not in detail.pointing
        ]
        self._grid = DataGrid(
            opener.worker,
            detail.table,
            columns,
            fixed_filters=list(detail.rows_of(record.id, record.values)),
            shown_columns=detail.shows,
            # A line's description takes the room the figures leave (it was cut short
            # beside empty space); the lines with none keep their widths.
            fill_column="description" if "description" in columns else None,
        )
        self._grid.record_activated.connect(self._on_record_activated)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addWidget(self._grid, 1)
        if self.isVisible():
            # Shown now, not a turn later as a widget added to a shown layout would be:
            # the focus moving into the tab looks for it at once.
            self._grid.show()

    def presets(self) -> dict:
        assert self.record is not None
        if self.detail.key != "id":  # named by a number: nothing to give a new one
            return {}
        return {
            self.detail.column: self.record.id,
            "_names": {self.detail.column: self.record.title},
        }

    @slot_while_whole(keeps="opener")
    def _on_add_clicked(self) -> None:
        self.opener.new(self.detail.table, self.presets(), context_currency=self._currency())

    @slot_while_whole(object, keeps="opener")
    def _on_record_activated(self, record_id: uuid.UUID) -> None:
        self.opener.open(
            self.detail.table,
            record_id,
            presets=self.presets(),
            context_currency=self._currency(),
        )

    def _currency(self) -> str | None:
        """The master's currency, for lines whose amounts are in it (invoice lines)."""
        assert self.record is not None
        value = self.record.values.get("currency")
        return value if isinstance(value, str) else None

    @slot_while_whole(str, keeps="opener")
    def _on_table_changed(self, table: str) -> None:
        if table == self.detail.table and self.record is not None:
            if self._grid is not None:  # an unbuilt list reads its rows as it is built
                self._grid.refresh()
            self.records_changed.emit()

    def close_list(self) -> None:
        if self._grid is not None:
            self._grid.close_list()
