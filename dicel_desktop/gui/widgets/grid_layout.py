"""A data grid's widgets and their places: the bar above the list (search, Filter, the
count, Columns, Export…), the error bar, and the rows with their header. As a Designer
form's ``setupUi`` would, it sets each widget as the grid's attribute, under the name the
grid and the tests use. Its words keep the grid's translation context, "DataGrid".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dicel_desktop.gui.widgets.count_text import count_text
from dicel_desktop.gui.widgets.row_flag_looks import show_flag_look
from dicel_desktop.gui.widgets.row_window import RowWindow
from dicel_desktop.gui.widgets.sort_arrow import use_office_sort_arrow

if TYPE_CHECKING:
    from dicel_desktop.gui.widgets.data_grid import DataGrid


def lay_out(grid: DataGrid) -> None:
    """Make ``grid``'s widgets and lay them out (its signals are connected by the grid)."""
    grid.search_box = QLineEdit()
    grid.search_box.setPlaceholderText(QCoreApplication.translate("DataGrid", "Search"))
    grid.search_box.setClearButtonEnabled(True)
    grid.search_box.setToolTip(
        QCoreApplication.translate(
            "DataGrid", "Finds rows where every word appears in a text column, a name or a state"
        )
    )

    grid.filter_button = QToolButton()
    grid.filter_button.setText(QCoreApplication.translate("DataGrid", "Filter"))
    grid.filter_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    grid.filter_button.setMenu(QMenu(grid.filter_button))
    grid.filter_label = QLabel()
    grid.clear_filters_button = QPushButton(QCoreApplication.translate("DataGrid", "Clear filters"))
    grid.clear_filters_button.setFlat(True)

    grid.columns_button = QToolButton()
    grid.columns_button.setText(QCoreApplication.translate("DataGrid", "Columns"))
    grid.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    grid.columns_button.setMenu(QMenu(grid.columns_button))
    for button in (grid.filter_button, grid.columns_button):
        _clear_of_its_arrow(button)

    grid.export_button = QToolButton()
    grid.export_button.setText(QCoreApplication.translate("DataGrid", "Export…"))
    grid.export_button.setToolTip(
        QCoreApplication.translate(
            "DataGrid", "Save this list, as filtered and sorted, to Excel or CSV"
        )
    )
    grid.export_button.setAutoRaise(True)

    grid.busy = QProgressBar()
    grid.busy.setRange(0, 0)  # indeterminate: "working", not a percentage
    grid.busy.setTextVisible(False)
    grid.busy.setFixedWidth(80)
    grid.busy.setMaximumHeight(12)
    policy = grid.busy.sizePolicy()
    policy.setRetainSizeWhenHidden(True)  # the count beside it does not jump about
    grid.busy.setSizePolicy(policy)
    grid.busy.hide()
    grid.count_label = QLabel("")
    grid.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    # Room for most counts, and the button's place kept while it is hidden: a count
    # arriving repaints the label, not the whole bar (nothing beside it moves).
    widest = count_text(88_888_888, False, grid.qlocale)
    grid.count_label.setMinimumWidth(grid.count_label.fontMetrics().horizontalAdvance(widest))
    grid.count_button = QPushButton(QCoreApplication.translate("DataGrid", "Count exactly"))
    grid.count_button.setFlat(True)
    policy = grid.count_button.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    grid.count_button.setSizePolicy(policy)
    grid.count_button.hide()

    bar = QHBoxLayout()
    bar.setContentsMargins(4, 4, 4, 0)
    bar.addWidget(grid.search_box, 2)
    bar.addWidget(grid.filter_button)
    bar.addWidget(grid.filter_label, 1)
    bar.addWidget(grid.clear_filters_button)
    bar.addStretch(0)
    bar.addWidget(grid.busy)
    bar.addWidget(grid.count_label)
    bar.addWidget(grid.count_button)
    bar.addWidget(grid.columns_button)
    bar.addWidget(grid.export_button)

    grid.error_label = QLabel()
    grid.error_label.setWordWrap(True)
    grid.retry_button = QPushButton(QCoreApplication.translate("DataGrid", "Reload"))
    grid.error_bar = QWidget()
    # A palette, not a style sheet: style sheets make every widget under them
    # slower to polish and paint.
    palette = grid.error_bar.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#fdecea"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#611a15"))
    grid.error_bar.setPalette(palette)
    grid.error_bar.setAutoFillBackground(True)
    error_layout = QHBoxLayout(grid.error_bar)
    error_layout.addWidget(grid.error_label, 1)
    error_layout.addWidget(grid.retry_button)
    grid.error_bar.hide()

    # The rows paint from a window of the list (gui/widgets/row_window.py).
    grid.rows = RowWindow()
    show_flag_look(grid.rows, grid.flag, grid.style())  # gui/widgets/row_flag_looks.py
    grid.view = grid.rows.table
    grid.scrollbar = grid.rows.scrollbar
    grid.view.setAlternatingRowColors(True)
    # Tab leaves the list for the next control (the arrow keys move between cells):
    # a list that kept the Tab would trap a person without a mouse.
    grid.view.setTabKeyNavigation(False)
    grid.view.setAccessibleName(grid.spec.label)
    grid.view.setAccessibleDescription(
        QCoreApplication.translate(
            "DataGrid", "The arrow keys move between rows, Enter opens the record"
        )
    )
    grid.search_box.setAccessibleName(
        QCoreApplication.translate("DataGrid", "Search %1").replace("%1", grid.spec.label)
    )
    grid.view.setWordWrap(False)
    grid.view.setTextElideMode(Qt.TextElideMode.ElideRight)
    grid.view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    # Row numbers would lie for far rows (placed by quantile): no vertical header.
    vertical = grid.view.verticalHeader()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(grid.fontMetrics().height() + 8)
    header = grid.view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionsClickable(True)
    # No column takes the free space: stretched, the last one (a total, the hours)
    # stood its figures a window's width away from the columns they go with.
    header.setStretchLastSection(False)
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    use_office_sort_arrow(header)
    # The menu key (or Shift+F10) in the list opens its current column's menu: how
    # a person without a mouse sorts and filters (unless a page gave the rows a
    # menu of their own: the users' actions).
    grid.view.installEventFilter(grid)
    # Down or Enter in the search box goes to the rows it found, Esc clears it.
    grid.search_box.installEventFilter(grid)
    grid.rows.set_source(grid.model)

    layout = QVBoxLayout(grid)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addLayout(bar)
    layout.addWidget(grid.error_bar)
    layout.addWidget(grid.rows, 1)


def _clear_of_its_arrow(button: QToolButton) -> None:
    """Room for the arrow the style draws in a menu button's corner: the name is centred
    over the whole button, and a tight one put the arrow on its last letters ("Inkingi",
    Columns in Kinyarwanda, read "Inking"; eye32)."""
    arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    button.setMinimumWidth(button.sizeHint().width() + 2 * arrow)
