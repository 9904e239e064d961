"""The records that belong to the one in a window (master and detail): an invoice's lines,
a recovery case's documents, a patrol route's logs. A list of them, filtered on the
record, with Add… (a new one already pointing to the record) and Open (Enter, double
click); it refreshes when one of them is saved or deleted."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Signal
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
        self.grid: DataGrid | None = None
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
        # The columns pointing back to this record say the same thing on every row.
        columns = [
            c for c in columns_for(Role(opener.role), detail.table) if c not in detail.pointing
        ]
        self.grid = DataGrid(
            opener.worker,
            detail.table,
            columns,
            fixed_filters=list(detail.rows_of(record.id, record.values)),
            shown_columns=detail.shows,
            # A line's description takes the room the figures leave (it was cut short
            # beside empty space); the lines with none keep their widths.
            fill_column="description" if "description" in columns else None,
        )
        self.grid.record_activated.connect(self._on_record_activated)
        opener.table_changed.connect(self._on_table_changed)
        layout.addLayout(bar)
        layout.addWidget(self.grid, 1)

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
        if table == self.detail.table and self.grid is not None:
            self.grid.refresh()
            self.records_changed.emit()

    def close_list(self) -> None:
        if self.grid is not None:
            self.grid.close_list()
