"""What the window's list commands do to the list or page in view: Refresh, Find, Export,
the exact count, Choose columns, New and Open record, Print and Save as PDF; each greyed
where it has nothing to act on, its key saying why instead of doing nothing.

A mixin of ``MainWindow`` (``gui/main_window.py``): its actions, slots and the questions
they ask stay the window's own attributes, which the tests and the menus use. Its words
are the window's too: translated in the context "MainWindow", named in each call (a
``self.tr`` here would be filed by lupdate under this class's name, which the window
never asks for).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidget, QMessageBox, QWidget

from dicel_desktop.domain.modules import TABLE_TITLES
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.tabs.module_tab import ModuleTab
from dicel_desktop.gui.tabs.my_work_tab import MyWorkTab
from dicel_desktop.gui.translations import tr_label
from dicel_desktop.gui.widgets.data_grid import DataGrid
from dicel_desktop.services.forms import form_spec

if TYPE_CHECKING:
    from dicel_desktop.gui.printing.list_job import ListPrintJob
    from dicel_desktop.gui.printing.pages import PageJob

__all__ = ["ListCommands"]

#: New record's status tip where the role may add to the list in view.
_NEW_RECORD_TIP = QT_TRANSLATE_NOOP("MainWindow", "A new record in the current list")


class ListCommands:
    """The list commands of ``MainWindow``, which gives them ``tabs``, ``current_grid``,
    ``records``, ``worker``, ``role`` and the status bar."""

    def _build_list_actions(self) -> None:
        self.action_refresh = QAction(QCoreApplication.translate("MainWindow", "&Refresh"), self)
        self.action_refresh.setShortcut(QKeySequence.StandardKey.Refresh)  # F5
        self.action_refresh.setStatusTip(
            QCoreApplication.translate("MainWindow", "Reload the list from the server")
        )
        self.action_refresh.triggered.connect(self._on_refresh_triggered)

        self.action_find = QAction(QCoreApplication.translate("MainWindow", "&Find…"), self)
        self.action_find.setShortcut(QKeySequence.StandardKey.Find)  # Ctrl+F
        self.action_find.setStatusTip(
            QCoreApplication.translate("MainWindow", "Search the current list")
        )
        self.action_find.triggered.connect(self._on_find_triggered)

        self.action_count = QAction(
            QCoreApplication.translate("MainWindow", "Show the e&xact number of rows"), self
        )
        self.action_count.triggered.connect(self._on_count_triggered)

        self.action_export = QAction(
            QCoreApplication.translate("MainWindow", "&Export list…"), self
        )
        self.action_export.setShortcut(QKeySequence("Ctrl+E"))
        self.action_export.setStatusTip(
            QCoreApplication.translate("MainWindow", "Save the current list to Excel or CSV")
        )
        self.action_export.triggered.connect(self._on_export_triggered)

        self.action_columns = QAction(
            QCoreApplication.translate("MainWindow", "Choose &columns…"), self
        )
        self.action_columns.triggered.connect(self._on_columns_triggered)

        self.action_new_record = QAction(
            QCoreApplication.translate("MainWindow", "&New record"), self
        )
        self.action_new_record.setShortcut(QKeySequence.StandardKey.New)  # Ctrl+N
        self.action_new_record.setStatusTip(
            QCoreApplication.translate("MainWindow", _NEW_RECORD_TIP)
        )
        self.action_new_record.triggered.connect(self._on_new_record_triggered)
        self.action_open_record = QAction(
            QCoreApplication.translate("MainWindow", "&Open record"), self
        )
        self.action_open_record.setShortcut(QKeySequence.StandardKey.Open)  # Ctrl+O
        self.action_open_record.setStatusTip(
            QCoreApplication.translate(
                "MainWindow", "Open the selected row (also Enter or a double click)"
            )
        )
        self.action_open_record.triggered.connect(self._on_open_record_triggered)

        self.action_print = QAction(QCoreApplication.translate("MainWindow", "&Print…"), self)
        self.action_print.setShortcut(QKeySequence.StandardKey.Print)  # Ctrl+P
        self.action_print.setStatusTip(
            QCoreApplication.translate("MainWindow", "Print the current list, all its rows")
        )
        self.action_print.triggered.connect(lambda: self._print_current(pdf=False))
        self.action_save_pdf = QAction(
            QCoreApplication.translate("MainWindow", "Save as P&DF…"), self
        )
        self.action_save_pdf.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.action_save_pdf.setStatusTip(
            QCoreApplication.translate("MainWindow", "Save the current list as a PDF document")
        )
        self.action_save_pdf.triggered.connect(lambda: self._print_current(pdf=True))
        #: The print or save under way (tests drive its dialogs).
        self.print_job: ListPrintJob | PageJob | None = None

        # Find, Export and New record greyed (no list in view, or one the role cannot add
        # to): their keys say why in the status bar instead of doing nothing silently.
        self._greyed_keys: list[tuple[QAction, QShortcut]] = []
        for action in (self.action_find, self.action_export, self.action_new_record):
            key = QShortcut(action.shortcut(), self)
            key.activated.connect(functools.partial(self._say_why_greyed, action))
            self._greyed_keys.append((action, key))

    @slot_while_whole(keeps="worker")
    def _enable_list_actions(self) -> None:
        grid = self.current_grid()
        has_list = grid is not None
        # Greyed on a page with no list (a dashboard), the tip saying why: a tip that
        # only repeated the greyed button's name said nothing.
        no_list = (
            ""
            if has_list
            else QCoreApplication.translate(
                "MainWindow", "This page shows no list: open one to use this"
            )
        )
        for action in (self.action_find, self.action_export, self.action_count):
            action.setEnabled(has_list)
            action.setToolTip(no_list)  # "": the action's own text
        # Greyed, too, on a list the role cannot add to (My payslips, Compliance's
        # invoices), its tip saying why: offered, it only said so in the status bar.
        refusal = self._new_record_refusal(grid) if grid is not None else no_list or None
        self.action_new_record.setEnabled(has_list and refusal is None)
        self.action_new_record.setToolTip(refusal or "")  # "": the action's own text
        self.action_new_record.setStatusTip(
            refusal or QCoreApplication.translate("MainWindow", _NEW_RECORD_TIP)
        )
        for action, key in self._greyed_keys:
            key.setEnabled(not action.isEnabled())  # never both: an ambiguous key

    def _say_why_greyed(self, action: QAction) -> None:
        """A greyed list action's key pressed: why it does nothing, in the status bar; on
        a page without a list, the focus goes to the side list, where one is chosen."""
        if self.current_grid() is not None:
            self.statusBar().showMessage(action.toolTip(), 8000)
            return
        side = self._side_list(self.tabs.currentWidget())
        if side is not None and side.isVisible():
            side.setFocus(Qt.FocusReason.ShortcutFocusReason)
            text = QCoreApplication.translate(
                "MainWindow",
                "Choose a list first: this page shows none. Its lists are on the left.",
            )
        else:
            text = QCoreApplication.translate(
                "MainWindow", "Choose a list first: this page shows none."
            )
        self.statusBar().showMessage(text, 8000)

    @staticmethod
    def _side_list(tab: QWidget | None) -> QListWidget | None:
        """The list of a tab's pages (a module's lists, My work's sections)."""
        for name in ("lists", "sections"):
            side = getattr(tab, name, None)
            if isinstance(side, QListWidget):
                return side
        return None

    def _new_record_page(self, grid: DataGrid) -> QWidget | None:
        """The page around ``grid`` when it makes new records its own way (My leave's
        request, the users' new login), else None."""
        tab = self.tabs.currentWidget()
        page = tab.page(grid.table) if isinstance(tab, ModuleTab) else tab.current_page()
        return page if getattr(page, "new_record", None) is not None else None

    def _new_record_refusal(self, grid: DataGrid) -> str | None:
        """Why New record cannot add to ``grid``'s list (the role has no INSERT on its
        table), in the words the screen names the list with; None where it can."""
        if self._new_record_page(grid) is not None or form_spec(grid.table, self.role).can_insert:
            return None
        tab = self.tabs.currentWidget()
        title = tab.current_title() if isinstance(tab, MyWorkTab) else None
        title = title or tr_label(TABLE_TITLES[grid.table])
        return QCoreApplication.translate("MainWindow", "Your role cannot add to “%1”.").replace(
            "%1", title
        )

    @slot_while_whole(keeps="worker")
    def _on_refresh_triggered(self) -> None:
        grid = self.current_grid()
        if grid is not None:
            grid.refresh()
        elif (dashboard := getattr(self.tabs.currentWidget(), "dashboard", None)) is not None:
            dashboard.reload()  # F5 on a module's dashboard: its figures again

    @slot_while_whole(keeps="worker")
    def _on_find_triggered(self) -> None:
        grid = self.current_grid()
        if grid is not None:
            grid.search_box.setFocus()
            grid.search_box.selectAll()

    @slot_while_whole(keeps="worker")
    def _on_export_triggered(self) -> None:
        grid = self.current_grid()
        if grid is not None:
            grid.export_list()

    @slot_while_whole(keeps="worker")
    def _on_count_triggered(self) -> None:
        grid = self.current_grid()
        if grid is not None:
            grid.model.count_exactly()

    @slot_while_whole(keeps="worker")
    def _on_columns_triggered(self) -> None:
        grid = self.current_grid()
        if grid is not None:
            grid.columns_button.showMenu()

    @slot_while_whole(keeps="worker")
    def _on_new_record_triggered(self) -> None:
        grid = self.current_grid()
        if grid is None:
            return
        page = self._new_record_page(grid)
        if page is not None:  # a list with a page of its own (users, my leave)
            page.new_record()
            return
        refusal = self._new_record_refusal(grid)
        if refusal is not None:  # greyed already; said again should it be reached
            self.statusBar().showMessage(refusal, 5000)
            return
        self.records.new(grid.table, grid.new_record_presets())

    @slot_while_whole(keeps="worker")
    def _on_open_record_triggered(self) -> None:
        grid = self.current_grid()
        record_id = grid.current_record_id() if grid is not None else None
        if grid is not None and record_id is not None:
            self.records.open(grid.table, record_id)

    def _print_current(self, *, pdf: bool) -> None:
        """The current list (or, on a page without one, such as a dashboard, the page
        as it looks) to the printer or a PDF."""
        tab = self.tabs.currentWidget()
        page = tab.current_page() if isinstance(tab, MyWorkTab) else None
        own = getattr(page, "pdf_action" if pdf else "print_action", None)
        if isinstance(own, QAction):
            # A page that prints something of its own (My payslips: the chosen payslip).
            own.trigger()
            return
        # Printing's modules come with the first print, not with every start.
        from dicel_desktop.gui.printing.list_job import ListPrintJob
        from dicel_desktop.gui.printing.pages import widget_job

        grid = self.current_grid()
        if grid is not None:
            job: ListPrintJob | PageJob = ListPrintJob(self.worker, grid, self)
        else:
            tab = self.tabs.currentWidget()
            printable = getattr(tab, "printable_page", None)
            page = printable() if callable(printable) else tab
            job = widget_job(self.worker, page, self._tab_title(self.tabs.currentIndex()))
        job.finished.connect(self._on_print_finished)
        job.finished.connect(job.deleteLater)  # its rows go with it
        job.destroyed.connect(lambda: self._forget_print_job(job))
        self.print_job = job
        if pdf:
            job.save_pdf()
        else:
            job.print_()

    def _forget_print_job(self, job: QObject) -> None:
        if self.print_job is job:
            self.print_job = None

    def _on_print_finished(self, sentence: str, problem: bool) -> None:
        if problem:
            self.notice = QMessageBox(
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("MainWindow", "Printing"),
                sentence,
                parent=self,
            )
            self.notice.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.notice.open()
        else:
            self.statusBar().showMessage(sentence, 8000)
