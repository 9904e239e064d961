"""A data grid's menus: a column's own (its header's context menu, or the menu key in the
list: filter, clear its filter, sort, the columns), the Filter menu (one entry per column
shown) and the Columns chooser (what the person shows, remembered for the table). Its
words keep the grid's translation context, "DataGrid".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from dicel_desktop.gui.translations import tr_label

if TYPE_CHECKING:
    from dicel_desktop.gui.widgets.data_grid import DataGrid


class GridMenus:
    """The menus of one data grid (``DataGrid.menus``)."""

    def __init__(self, grid: DataGrid) -> None:
        self._grid = grid

    # ----------------------------------------------------------------- Columns

    def on_columns_menu_about_to_show(self) -> None:
        # Made when first opened: a list opens sooner without a dozen actions to make.
        menu = self._grid.columns_button.menu()
        if not menu.actions():
            self._build_columns_menu()
        self.sync_columns_menu()

    def _build_columns_menu(self) -> None:
        menu = self._grid.columns_button.menu()
        for column in self._grid.readable:
            action = QAction(column.label, menu)
            action.setCheckable(True)
            action.setData(column.name)
            action.toggled.connect(
                lambda _checked, action=action: self._on_column_action_toggled(action)
            )
            menu.addAction(action)

    def sync_columns_menu(self) -> None:
        """Each column's entry checked as it is shown."""
        visible = set(self._grid.model.query.columns)
        for action in self._grid.columns_button.menu().actions():
            action.blockSignals(True)
            action.setChecked(action.data() in visible)
            action.blockSignals(False)

    def _on_column_action_toggled(self, action: QAction) -> None:
        menu = self._grid.columns_button.menu()
        names = [a.data() for a in menu.actions() if a.isChecked()]
        if not names:
            # Keep at least one column: re-check the one just unchecked.
            action.blockSignals(True)
            action.setChecked(True)
            action.blockSignals(False)
            return
        self._grid.set_visible_columns(names)

    # ----------------------------------------------------------------- Filter

    def on_filter_menu_about_to_show(self) -> None:
        # Built when opened: the visible columns may have changed since last time.
        menu = self._grid.filter_button.menu()
        menu.clear()
        for column in self._grid.model.columns:
            if not column.sortable:
                continue  # worked out for the rows shown only: not filtered by
            action = menu.addAction(f"{tr_label(column.label)}…")
            action.setData(column.name)
            action.triggered.connect(
                lambda _checked=False, name=column.name: self._grid._open_filter(str(name))
            )

    # ----------------------------------------------------------------- a column's own

    def on_header_menu_requested(self, pos: QPoint) -> None:
        grid = self._grid
        header = grid.view.horizontalHeader()
        section = header.logicalIndexAt(pos)
        menu = QMenu(grid)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        #: The column menu shown last (tests choose from it).
        grid.column_menu = menu
        if 0 <= section < len(grid.model.columns) and grid.model.columns[section].sortable:
            # A column worked out for the rows shown only offers neither a filter nor a
            # sort (its header's tooltip says why): the columns alone.
            column = grid.model.columns[section]
            menu.addAction(
                QCoreApplication.translate(
                    "DataGrid",
                    "Filter %1…",
                ).replace("%1", tr_label(column.label)),
                lambda: grid._open_filter(column.name),
            )
            if column.name in grid.filters:
                menu.addAction(
                    QCoreApplication.translate(
                        "DataGrid",
                        "Clear this filter",
                    ),
                    lambda: grid.set_filter(column.name, None),
                )
            menu.addAction(
                QCoreApplication.translate("DataGrid", "Sort ascending"),
                lambda: grid.view.sortByColumn(section, Qt.SortOrder.AscendingOrder),
            )
            menu.addAction(
                QCoreApplication.translate("DataGrid", "Sort descending"),
                lambda: grid.view.sortByColumn(section, Qt.SortOrder.DescendingOrder),
            )
            menu.addSeparator()
        menu.addMenu(grid.columns_button.menu()).setText(
            QCoreApplication.translate("DataGrid", "Columns")
        )
        menu.popup(header.mapToGlobal(pos))

    def open_for_current_column(self) -> None:
        """The menu key (or Shift+F10) in the list: the current column's menu."""
        header = self._grid.view.horizontalHeader()
        column = max(self._grid.view.currentIndex().column(), 0)
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        self.on_header_menu_requested(QPoint(x, header.height() // 2))
