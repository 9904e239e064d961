"""A department module: its dashboard, lists and charts on the left, the chosen one on
the right.

The first entry is the department's dashboard (when it has one), then the lists, then
the chart pages the role may read. Clicking a figure, a bar or a cell opens its table's
list with its filters, in a page of its own above the plain list, with a way back."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dicel_desktop.domain.modules import TABLE_TITLES, Module
from dicel_desktop.domain.permissions import rights
from dicel_desktop.domain.roles import Role
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.dashboards.dashboard_page import (
    CHART_FACTORIES,
    CHART_QUERIES,
    DashboardPage,
)
from dicel_desktop.gui.tabs.side_list import lay_out_side_list
from dicel_desktop.gui.translations import tr_label
from dicel_desktop.gui.widgets.data_grid import DataGrid
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.services import charts
from dicel_desktop.services.dashboards import DASHBOARDS, MANAGED_BUDGET_FIGURE
from dicel_desktop.services.listing import Filter
from dicel_desktop.services.visibility import columns_for, module_tables

if TYPE_CHECKING:
    from dicel_desktop.gui.records.opener import RecordOpener

#: Item role holding the table name of an entry in the list of lists.
TableRole = Qt.ItemDataRole.UserRole

# The pages and charts below are imported when first shown, not with this module: the
# charts bring pyqtgraph and numpy, the users page every admin dialog, the payroll and
# invoice pages their steps' dialogs, none of which a start's first window shows.


def _on_first_use(module: str, name: str) -> Callable[[], type[QWidget]]:
    """What gives the class ``name`` of ``module`` (under dicel_desktop.gui), importing
    it when first asked (installer.spec bundles every gui module)."""
    return lambda: getattr(importlib.import_module(f"dicel_desktop.gui.{module}"), name)


_budget_chart = _on_first_use("charts.budget_chart", "BudgetChart")
_risk_heatmap = _on_first_use("charts.risk_heatmap", "RiskHeatmap")


#: Tables whose list comes in a page of its own (actions around the grid): table -> what
#: gives the page's class. A page is made as ``Page(worker, role, readable_columns,
#: settings=..., parent=...)`` and has the list's ``grid`` and ``close_list()``.
PAGES: dict[str, Callable[[], type[QWidget]]] = {
    "users": _on_first_use("admin.users_page", "UsersPage"),
    "payroll_records": _on_first_use("workflows.payroll_page", "PayrollPage"),
    "payroll_periods": _on_first_use("workflows.payroll_page", "PayPeriodsPage"),
    "invoices": _on_first_use("workflows.invoices_page", "InvoicesPage"),
}

#: Charts shown as pages of a module, after its lists: module key -> (title, the table
#: the role must read, what gives the chart's class). A chart is made as
#: ``Chart(worker, role, parent=...)`` and has ``records_requested(table, filters)``,
#: answered by opening that list of the module filtered.
BUDGET_CHART = QT_TRANSLATE_NOOP("ModuleTab", "Budget chart")
CHART_PAGES: dict[str, tuple[tuple[str, str, Callable[[], type[QWidget]]], ...]] = {
    "finance": ((BUDGET_CHART, "budgets", _budget_chart),),
    "risk": ((QT_TRANSLATE_NOOP("ModuleTab", "Risk heatmap"), "risk_assessments", _risk_heatmap),),
}

#: Item role holding the title of a chart page in the list of lists.
ChartRole = Qt.ItemDataRole.UserRole + 1

# The Risk dashboard's chart is the heatmap (services/dashboard_catalogue.py names it).
CHART_FACTORIES["risk_heatmap"] = lambda worker, role, parent: _risk_heatmap()(
    worker, role, parent=parent, load_on_show=False
)
# Its first counts come in the dashboard's own task (one round of the worker, not two).
CHART_QUERIES["risk_heatmap"] = charts.risk_heatmap


class ModuleTab(QWidget):
    def __init__(
        self,
        worker: DbWorker,
        module: Module,
        role: Role,
        settings: QSettings,
        records: RecordOpener | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.module = module
        self._records = records
        self.role = role
        self._worker = worker
        self._settings = settings
        self._grids: dict[str, DataGrid] = {}
        #: What the stack shows for each table: its grid, or the page around it.
        self._pages: dict[str, QWidget] = {}
        self.tables = module_tables(role, module)

        self.lists = QListWidget()
        self.lists.setObjectName("moduleLists")
        self.dashboard: DashboardPage | None = None
        #: The list a dashboard figure opened (filtered), while it is shown.
        self.drill: DataGrid | None = None
        self._drill_page: QWidget | None = None
        #: The table of the list opened, and the side list's row it was opened from.
        self._drill_table, self._drill_origin_row = "", -1
        if module.key in DASHBOARDS:
            self.dashboard = DashboardPage(worker, module.key, role=role)
            self.dashboard.figure_activated.connect(self.open_filtered)
            self.dashboard.budget_chart_requested.connect(self.show_budget_chart)
            self.dashboard.painted.connect(self._on_dashboard_painted)
            self.lists.addItem(QListWidgetItem(self.tr("Dashboard")))
        #: Side-list rows before the first table's.
        self._offset = 1 if self.dashboard is not None else 0
        for table in self.tables:
            item = QListWidgetItem(tr_label(TABLE_TITLES[table]))
            item.setData(TableRole, table)
            self.lists.addItem(item)
        #: Chart pages offered to this role: title -> what gives the chart's class.
        self.charts: dict[str, Callable[[], type[QWidget]]] = {
            title: chart
            for title, table, chart in CHART_PAGES.get(module.key, ())
            if rights(role, table).select
        }
        self._chart_pages: dict[str, QWidget] = {}
        for title in self.charts:
            item = QListWidgetItem(QCoreApplication.translate("ModuleTab", title))
            item.setData(ChartRole, title)
            self.lists.addItem(item)
        self.stack = QStackedWidget()
        lay_out_side_list(self, self.lists, self.stack, module.title, settings)
        if self.dashboard is not None:
            self.stack.addWidget(self.dashboard)

        self.lists.currentRowChanged.connect(self._on_lists_row_changed)
        self.lists.itemClicked.connect(self._on_lists_item_clicked)
        remembered = settings.value(self._key, "")
        entries = [*self.tables, *self.charts]
        start = entries.index(remembered) + self._offset if remembered in entries else 0
        self._start_row = start

    @property
    def _key(self) -> str:
        return f"modules/{self.module.key}/table"

    def activate(self) -> None:
        """Open the remembered list; called when the tab is first shown (lists load lazily)."""
        if self.lists.currentRow() < 0 and self.lists.count():
            self.lists.setCurrentRow(self._start_row)

    def current_table(self) -> str | None:
        item = self.lists.currentItem()
        return item.data(TableRole) if item is not None else None

    def current_grid(self) -> DataGrid | None:
        if self.drill is not None and self.stack.currentWidget() is self._drill_page:
            return self.drill
        table = self.current_table()
        return self._grids.get(table) if table else None

    def show_table(self, table: str) -> DataGrid:
        self.lists.setCurrentRow(self.tables.index(table) + self._offset)
        self._show_row(self.lists.currentRow())
        return self._grids[table]

    def show_dashboard(self) -> DashboardPage | None:
        if self.dashboard is not None:
            self.lists.setCurrentRow(0)
            self._show_row(0)
        return self.dashboard

    def show_chart(self, title: str) -> QWidget:
        """Bring the chart page titled ``title`` to the front (KeyError if not offered)."""
        for row in range(self.lists.count()):
            if self.lists.item(row).data(ChartRole) == title:
                self.lists.setCurrentRow(row)
                return self._chart_pages[title]
        raise KeyError(title)

    @slot_while_whole(keeps="module")
    def show_budget_chart(self) -> QWidget:
        """The budget chart, here too for a department's manager whose role reads no
        budgets (their dashboard's budget tile asks for it): it shows them the
        departments they manage, and nothing else (services.charts, "managed")."""
        self._offer_budget_chart()
        return self.show_chart(BUDGET_CHART)

    def _offer_budget_chart(self) -> None:
        if BUDGET_CHART not in self.charts:
            self.charts[BUDGET_CHART] = _budget_chart
            item = QListWidgetItem(QCoreApplication.translate("ModuleTab", BUDGET_CHART))
            item.setData(ChartRole, BUDGET_CHART)
            self.lists.addItem(item)

    @slot_while_whole(keeps="module")
    def _on_dashboard_painted(self) -> None:
        # The dashboard found a budget of the viewer's own: its chart joins the list.
        if self.dashboard is not None and MANAGED_BUDGET_FIGURE.key in self.dashboard.tiles:
            self._offer_budget_chart()

    def printable_page(self) -> QWidget:
        """What File > Print shows of a page without a list: the dashboard's figures and
        charts whole, or the chart page shown, without the side list."""
        page = self.stack.currentWidget()
        printable = getattr(page, "printable", None)
        return printable() if callable(printable) else page

    @slot_while_whole(str, object, keeps="module")
    @slot_while_whole(str, object, str, object, keeps="module")
    def open_filtered(
        self,
        table: str,
        filters: tuple[Filter, ...],
        words: str = "",
        columns: tuple[str, ...] = (),
    ) -> DataGrid | None:
        """Show ``table``'s list with only the rows ``filters`` pass (a dashboard figure's
        rows, a chart's bar or cell), above the plain list; its side-list entry is marked
        as the current one, and Back returns to where the click came from. A table of
        another module the role reads (Administration's failed system checks are IT's)
        opens the same way, without a side-list entry or a whole list to go to.

        ``words``: what the rows are (a figure's title, "Invoices past due"): the list's
        heading, and the title of its print and of its export's file. ``columns``: what
        the figure is made of, shown whatever columns were chosen for the table (an
        invoice's amount paid and balance due: the list adds up to the figure)."""
        own = table in self.tables
        if not own and not rights(self.role, table).select:
            return None
        origin_row = self.lists.currentRow()
        self._close_drill()
        grid = DataGrid(
            self._worker,
            table,
            columns_for(self.role, table),
            fixed_filters=tuple(filters),
            settings=self._settings,
            shown_columns=columns,
        )
        # The list opened, and the side list's row it was opened from, for the slots
        # below: declared, not lambdas holding the tab, which the list's page (deleted
        # on its own as the next list opens) kept and could free last, deleting the tab,
        # which deleted the page a second time (lambdas44).
        self._drill_table, self._drill_origin_row = table, origin_row
        if self._records is not None:
            grid.record_activated.connect(self._on_drill_record_activated)
        page = QWidget(self.stack)
        page.setObjectName("dashboardList")
        back = QPushButton(self.tr("&Back"))
        back.setToolTip(self.tr("Back to the dashboard or chart this list was opened from"))
        back.clicked.connect(self._on_drill_back_clicked)
        everything = QPushButton(self.tr("Show the whole list"))
        everything.clicked.connect(self._on_drill_everything_clicked)
        header = QHBoxLayout()
        from dicel_desktop.gui.charts.common import filters_words  # pyqtgraph's module

        clicked = filters_words(filters)
        if clicked:  # a chart's cell or bar: "Risk assessments: Likely x Major"
            said = self.tr("%1: %2").replace("%1", tr_label(TABLE_TITLES[table]))
            said = said.replace("%2", clicked)
        elif words:  # a figure: "Invoices past due: the records behind the figure"
            said = self.tr("%1: the records behind the figure").replace("%1", words)
        else:
            said = self.tr("%1: the records behind the figure").replace(
                "%1", tr_label(TABLE_TITLES[table])
            )
        # Printed and exported under what it holds, not the whole list's name (a user-eye
        # review: a sheet of past-due invoices handed out titled "Invoices").
        grid.title = words or said
        #: What the list opened shows, in words (tests read it).
        self.drill_title = QLabel(said)
        self.drill_title.setWordWrap(True)
        header.addWidget(self.drill_title, 1)
        if own:
            header.addWidget(everything)
        header.addWidget(back)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(grid, 1)
        self.drill, self._drill_page = grid, page
        self.stack.addWidget(page)
        if own:
            self.lists.blockSignals(True)
            self.lists.setCurrentRow(self.tables.index(table) + self._offset)
            self.lists.blockSignals(False)
        self.stack.setCurrentWidget(page)
        return grid

    def page(self, table: str) -> QWidget | None:
        """What shows ``table``'s list (its grid, or its page) once it was opened."""
        return self._pages.get(table)

    def close_lists(self) -> None:
        for grid in self._grids.values():
            grid.close_list()
        self._close_drill()

    def refresh_table(self, table: str) -> None:
        """A record of ``table`` changed: its open list reloads, and so do the figures."""
        grid = self._grids.get(table)
        if grid is not None:
            grid.refresh()
        if self.drill is not None and self.drill.table == table:
            self.drill.refresh()
        if self.dashboard is not None and self.dashboard.loaded:
            self.dashboard.reload()

    @slot_while_whole(object, keeps="module")
    def _on_drill_record_activated(self, record_id: object) -> None:
        if self._records is not None:
            self._records.open(self._drill_table, record_id)

    @slot_while_whole(keeps="module")
    def _on_drill_back_clicked(self) -> None:
        self._back_to(self._drill_origin_row)

    @slot_while_whole(keeps="module")
    def _on_drill_everything_clicked(self) -> None:
        self.show_table(self._drill_table)

    def _back_to(self, row: int) -> None:
        self.lists.setCurrentRow(max(row, 0))
        self._show_row(self.lists.currentRow())

    def _close_drill(self) -> None:
        if self.drill is not None and self._drill_page is not None:
            self.drill.close_list()
            self.stack.removeWidget(self._drill_page)
            self._drill_page.deleteLater()
        self.drill = self._drill_page = None

    @slot_while_whole(QListWidgetItem, keeps="module")
    def _on_lists_item_clicked(self, _item: QListWidgetItem) -> None:
        # The entry of a list a figure opened is already current: a click on it shows the
        # plain list (no currentRowChanged comes).
        if self.stack.currentWidget() is self._drill_page:
            self._show_row(self.lists.currentRow())

    @slot_while_whole(int, keeps="module")
    def _on_lists_row_changed(self, row: int) -> None:
        self._show_row(row)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        if self.dashboard is not None and row == 0:
            if not self.dashboard.loaded:
                self.dashboard.load()
            self.stack.setCurrentWidget(self.dashboard)
            self._settings.setValue(self._key, "")
            return
        if row - self._offset >= len(self.tables):
            self._show_chart_page(self.lists.item(row).data(ChartRole))
            return
        table = self.tables[row - self._offset]
        grid = self._grids.get(table)
        if grid is None:
            page: QWidget
            if table in PAGES:
                page = PAGES[table]()(
                    self._worker,
                    self.role,
                    columns_for(self.role, table),
                    settings=self._settings,
                    parent=self.stack,
                )
                grid = page.grid
            else:
                page = grid = DataGrid(
                    self._worker,
                    table,
                    columns_for(self.role, table),
                    settings=self._settings,
                    parent=self.stack,
                )
            self._grids[table] = grid
            if self._records is not None:
                grid.record_activated.connect(
                    lambda record_id, table=table: self._records.open(table, record_id)
                )
            self._pages[table] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(self._pages[table])
        self._settings.setValue(self._key, table)

    def _show_chart_page(self, title: str) -> None:
        page = self._chart_pages.get(title)
        if page is None:
            page = self.charts[title]()(self._worker, self.role, parent=self.stack)
            page.records_requested.connect(self.open_filtered)
            self._chart_pages[title] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self._settings.setValue(self._key, title)
