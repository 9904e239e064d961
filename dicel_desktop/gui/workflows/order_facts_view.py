"""A purchase order as the people deciding and receiving it see it: who drew it up, the
supplier, the total, its lines and the levels decided so far (``services.purchasing
.OrderFacts``, read as the person). Read-only; every part reachable by Tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dicel_desktop.gui.cell_format import LocaleFormats, ValueFormatter
from dicel_desktop.gui.translations import tr_department
from dicel_desktop.services.columns import DEFAULT_CURRENCY
from dicel_desktop.services.purchasing import Level, OrderFacts


def level_name(level: str) -> str:
    """A level as a person names it."""
    if level == "manager":
        return QCoreApplication.translate("OrderFactsView", "Department manager")
    return QCoreApplication.translate("OrderFactsView", "Finance")


class _LinesTable(QTableWidget):
    """The order's lines, read only: Enter in them is taken here, not passed on to the
    dialog's default button (a decision is pressed, never reached by Tab into the lines
    and Enter)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)


class OrderFactsView(QWidget):
    """Shows an ``OrderFacts``; :meth:`show_facts` fills it."""

    def __init__(
        self, *, with_lines: bool = True, with_levels: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.format = ValueFormatter(LocaleFormats.from_qlocale())
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.lines = _LinesTable(0, 4)
        self.lines.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("OrderFactsView", "What"),
                QCoreApplication.translate("OrderFactsView", "Quantity"),
                QCoreApplication.translate("OrderFactsView", "Unit price"),
                QCoreApplication.translate("OrderFactsView", "Total"),
            ]
        )
        self.lines.setAccessibleName(
            QCoreApplication.translate("OrderFactsView", "Lines of the order")
        )
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Tab leaves the table for the next field instead of walking its cells.
        self.lines.setTabKeyNavigation(False)
        self.lines.verticalHeader().hide()
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.levels = QLabel()
        self.levels.setWordWrap(True)
        self.levels.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.levels.setAccessibleName(
            QCoreApplication.translate("OrderFactsView", "Approval so far")
        )
        self.levels.setVisible(with_levels)
        levels_title = QLabel(QCoreApplication.translate("OrderFactsView", "Approval so far"))
        levels_title.setVisible(with_levels)
        bold = levels_title.font()
        bold.setBold(True)
        levels_title.setFont(bold)

        self.lines.setVisible(with_lines)
        if not with_lines:
            # Labels alone: as tall as their text, the room left goes to what follows.
            self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.lines, 1)
        layout.addWidget(levels_title)
        layout.addWidget(self.levels)

    def money(self, amount) -> str:
        return self.format.money(amount, DEFAULT_CURRENCY)

    def show_facts(self, facts: OrderFacts) -> None:
        self.title.setText(f"{facts.number} — {facts.supplier}" if facts.supplier else facts.number)
        parts = [
            QCoreApplication.translate("OrderFactsView", "Drawn up by %1 (%2) on %3.")
            .replace(
                "%1",
                facts.created_by
                or QCoreApplication.translate("OrderFactsView", "someone no longer listed"),
            )
            .replace(
                "%2",
                tr_department(facts.department)
                or QCoreApplication.translate("OrderFactsView", "no department"),
            )
            .replace("%3", self.format.date(facts.order_date))
        ]
        if facts.expected_delivery is not None:
            parts.append(
                QCoreApplication.translate("OrderFactsView", "Delivery expected on %1.").replace(
                    "%1", self.format.date(facts.expected_delivery)
                )
            )
        # Its words and amount held together, "Total :" not ending a line with « 3 620 000
        # RWF. » starting the next (eye40 #6): its spaces become no-break spaces.
        parts.append(
            QCoreApplication.translate("OrderFactsView", "Total: %1.")
            .replace("%1", self.money(facts.total))
            .replace(" ", "\u00a0")
        )
        if facts.notes:
            parts.append(
                QCoreApplication.translate("OrderFactsView", "Notes: %1").replace("%1", facts.notes)
            )
        self.summary.setText(" ".join(parts))

        self.lines.setRowCount(len(facts.lines))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, line in enumerate(facts.lines):
            what = f"{line.name} ({line.item_code})" if line.item_code else line.name
            cells = [
                (what, None),
                (self.format.number(line.quantity, 0), right),
                (self.money(line.unit_price), right),
                (self.money(line.total), right),
            ]
            for column, (text, alignment) in enumerate(cells):
                item = QTableWidgetItem(text)
                if alignment is not None:
                    item.setTextAlignment(alignment)
                self.lines.setItem(row, column, item)
        self.levels.setText("\n".join(self._level_text(facts, lv) for lv in facts.levels))

    def _level_text(self, facts: OrderFacts, level: Level) -> str:
        name = level_name(level.level)
        if level.decision is None:
            if facts.status != "pending":
                return QCoreApplication.translate("OrderFactsView", "%1: not reached.").replace(
                    "%1", name
                )
            if level is facts.waiting_level:
                return QCoreApplication.translate(
                    "OrderFactsView", "%1: waits for this decision."
                ).replace("%1", name)
            return QCoreApplication.translate("OrderFactsView", "%1: after that.").replace(
                "%1", name
            )
        said = (
            QCoreApplication.translate("OrderFactsView", "%1: approved by %2 on %3.")
            if level.decision == "approved"
            else QCoreApplication.translate("OrderFactsView", "%1: rejected by %2 on %3.")
        )
        text = (
            said.replace("%1", name)
            .replace(
                "%2",
                level.approver
                or QCoreApplication.translate("OrderFactsView", "someone no longer listed"),
            )
            .replace("%3", self.format.datetime(level.decided_at))
        )
        if level.note:
            text += " " + QCoreApplication.translate("OrderFactsView", "“%1”").replace(
                "%1", level.note
            )
        return text
