"""The main window: "My work", one tab per department module the role works in, and
the menus, toolbar and status bar around them.

Tabs, menus and actions are built from the permission table (for comfort: PostgreSQL is
what enforces). Every database call goes through the one DB worker, except the approvals
inbox's, which a listener of its own keeps current (gui/live_inbox.py); its count is on
the "My work" tab. What the list commands (Refresh, Find, Export, New record, Print...)
do to the list or page in view is ``gui/list_commands.py``, a mixin of the window.
"""

from __future__ import annotations

import logging
import sys
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from dicel_desktop import __version__
from dicel_desktop.db.engine import make_session_factory
from dicel_desktop.domain.errors import DicelError
from dicel_desktop.domain.roles import Role
from dicel_desktop.gui import client_notices
from dicel_desktop.gui.calm_settings import CalmSettings
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.connection_watch import ConnectionWatch
from dicel_desktop.gui.error_sentences import sentence
from dicel_desktop.gui.icons import MY_WORK, module_icon
from dicel_desktop.gui.language_menu import add_language_menu
from dicel_desktop.gui.list_commands import ListCommands
from dicel_desktop.gui.live_inbox import LiveInbox
from dicel_desktop.gui.questions import ask
from dicel_desktop.gui.records.editor_factory import make_editor_factory
from dicel_desktop.gui.records.opener import RecordOpener
from dicel_desktop.gui.records.panels import record_panels
from dicel_desktop.gui.tabs.module_tab import ModuleTab
from dicel_desktop.gui.tabs.my_work_tab import MyWorkTab
from dicel_desktop.gui.theme import (
    SETTINGS_KEY,
    SYSTEM,
    current_theme,
    theme_names,
    use_compact_tabs,
)
from dicel_desktop.gui.translations import tr_label
from dicel_desktop.gui.widgets.data_grid import DataGrid
from dicel_desktop.gui.widgets.main_tab_bar import MainTabBar
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.services.visibility import visible_modules

#: Shown in the status bar while the DB worker is busy.
_WORKING = QT_TRANSLATE_NOOP("MainWindow", "Working…")

#: After the window is first shown (its own first loads on their way): from then on,
#: one module's dashboard a turn of the event loop is laid out ahead of its first visit.
PREPARE_DASHBOARDS_AFTER_MS = 400


class MainWindow(ListCommands, QMainWindow):
    #: The person chose File > Log out: the login window should come back.
    logged_out = Signal()

    def __init__(self, logged_in: Any, settings: QSettings | None = None) -> None:
        super().__init__()
        self._log_out_requested = False
        self.logged_in = logged_in
        self.role = Role(logged_in.role)
        self._settings = settings if settings is not None else CalmSettings()
        self.worker = DbWorker(make_session_factory(logged_in.engine), parent=self)
        self.records = RecordOpener(
            self.worker,
            self.role,
            # The raw JSON beside bank details and the like is for an admin, not a clerk.
            make_editor_factory(self.worker, raw_json=self.role is Role.ADMIN),
            panels=record_panels,
            parent=self,
        )
        self.records.table_changed.connect(self._on_records_table_changed)
        self._quit_confirmed = False
        #: The person chose to drop unsaved records, or to stop the exports, and close.
        self._unsaved_dropped = False
        self._exports_stopped = False
        #: The question asked when closing with unsaved records (tests answer it).
        self.unsaved_question: QMessageBox | None = None
        #: The question asked when closing while an export is written (tests answer it).
        self.export_question: QMessageBox | None = None
        self.setWindowTitle(f"DICEL ERP — {logged_in.full_name}")
        self.resize(1280, 800)

        self.tabs = QTabWidget()
        # Titles shortened to fit, My work kept whole with its count (eye40 #5).
        self.tabs.setTabBar(MainTabBar())
        self.tabs.setDocumentMode(True)
        use_compact_tabs(self.tabs.tabBar())
        self.my_work = MyWorkTab(
            self.worker, self.role, logged_in.user_id, self._settings, records=self.records
        )
        self._add_tab(self.my_work, self.tr("My work"), "My work")
        self._tab_icons: list[str] = [MY_WORK]
        self.module_tabs: dict[str, ModuleTab] = {}
        for module in visible_modules(self.role):
            tab = ModuleTab(self.worker, module, self.role, self._settings, records=self.records)
            self.module_tabs[module.key] = tab
            self._add_tab(tab, tr_label(module.title), module.title)
            self._tab_icons.append(module.key)
        self.setCentralWidget(self.tabs)
        self.my_work.waiting_count_changed.connect(self._on_waiting_count_changed)

        self._build_actions()
        self._show_module_icons()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        # New record, Find, Export and the exact count act on the list in view: greyed
        # where there is none (a dashboard, My profile), not silently doing nothing.
        self.tabs.currentChanged.connect(self._enable_list_actions)
        for index in range(self.tabs.count()):
            stack = getattr(self.tabs.widget(index), "stack", None)
            if stack is not None:
                stack.currentChanged.connect(self._enable_list_actions)
        self._enable_list_actions()
        #: Whether the window has turned to My work for what waits (once, at opening),
        #: and whether the person (or a command) chose a tab since it opened.
        self._work_shown_once = False
        self._tab_chosen = False
        self._restore()
        self.tabs.currentChanged.connect(self._on_tab_chosen)

        #: The dashboards' layout ahead of their first visit: scheduled once shown.
        self._dashboards_prepared = False
        self.worker.busy_changed.connect(self._on_worker_busy_changed)
        self.live_inbox = LiveInbox(self, self._on_records_table_changed)

    # ----------------------------------------------------------------- public API

    def tab_titles(self) -> list[str]:
        return [self._tab_title(i) for i in range(self.tabs.count())]

    def _tab_title(self, index: int) -> str:
        # The title without a count ("My work", not "My work (3)").
        title = self.tabs.tabBar().tabData(index)
        return title if isinstance(title, str) else self.tabs.tabText(index).replace("&&", "&")

    def _add_tab(self, widget: QWidget, title: str, english: str) -> None:
        index = self.tabs.addTab(widget, _mnemonic_safe(title))
        self.tabs.tabBar().setTabData(index, title)
        # Scripts and support name tabs in English whatever the interface's language.
        widget.setProperty("englishTitle", english)

    def show_tab(self, title: str) -> QWidget:
        """Bring the tab titled ``title`` (in the interface's language or in English, or
        a module key) to the front."""
        for i in range(self.tabs.count()):
            widget = self.tabs.widget(i)
            key = getattr(getattr(widget, "module", None), "key", None)
            english = str(widget.property("englishTitle") or "").casefold()
            if title.casefold() in (self._tab_title(i).casefold(), english, str(key)):
                self.tabs.setCurrentIndex(i)
                return widget
        raise KeyError(title)

    def current_grid(self) -> DataGrid | None:
        widget = self.tabs.currentWidget()
        return widget.current_grid() if widget is not None else None

    # ----------------------------------------------------------------- building

    def _build_actions(self) -> None:
        # Refresh, Find, Export, New record, Print...: gui/list_commands.py.
        self._build_list_actions()
        self.action_change_password = QAction(self.tr("Change my &password…"), self)
        self.action_change_password.triggered.connect(self._on_change_password_triggered)
        #: The last notice shown over the window (tests read it).
        self.notice: QMessageBox | None = None

        self.action_log_out = QAction(self.tr("&Log out"), self)
        self.action_log_out.triggered.connect(self._on_log_out_triggered)
        self.action_quit = QAction(self.tr("&Quit"), self)
        self.action_quit.setShortcut(QKeySequence.StandardKey.Quit)
        self.action_quit.triggered.connect(self.close)

        self.action_about = QAction(self.tr("&About DICEL Desktop"), self)
        self.action_about.triggered.connect(self._on_about_triggered)

        # Ctrl+Tab moves between tabs wherever the focus is (QTabWidget alone only does
        # it when the focus is on the tab bar).
        QShortcut(QKeySequence("Ctrl+Tab"), self, activated=lambda: self._step_tab(1))
        QShortcut(QKeySequence("Ctrl+Shift+Tab"), self, activated=lambda: self._step_tab(-1))

        self.module_actions: list[QAction] = []
        for i in range(self.tabs.count()):
            action = QAction(self.tabs.tabText(i), self)  # already mnemonic-safe
            if i < 9:
                action.setShortcut(QKeySequence(f"Alt+{i + 1}"))
            action.triggered.connect(lambda _=False, index=i: self.tabs.setCurrentIndex(index))
            self.module_actions.append(action)

    def _show_module_icons(self) -> None:
        """Tabs and the Go menu show each module's icon, in the palette's colours."""
        for index, key in enumerate(self._tab_icons):
            icon = module_icon(key, self.palette())
            self.tabs.setTabIcon(index, icon)
            self.module_actions[index].setIcon(icon)

    def _build_appearance_menu(self, view) -> None:
        """View > Appearance: the theme, remembered for the next start."""
        menu = view.addMenu(self.tr("&Appearance"))
        group = QActionGroup(self)
        current = current_theme()
        chosen = current.choice if current is not None else SYSTEM
        self.theme_actions: dict[str, QAction] = {}
        for key, text in theme_names().items():
            action = QAction(text, self, checkable=True)
            action.setChecked(key == chosen)
            action.setEnabled(current is not None)
            action.triggered.connect(lambda _=False, key=key: self._on_theme_chosen(key))
            group.addAction(action)
            menu.addAction(action)
            self.theme_actions[key] = action

    def _on_theme_chosen(self, key: str) -> None:
        current = current_theme()
        if current is not None:
            current.set_choice(key)
            self._settings.setValue(SETTINGS_KEY, key)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "module_actions"):
            self._show_module_icons()  # a new theme: icons in its text colour

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.action_export)
        file_menu.addAction(self.action_print)
        file_menu.addAction(self.action_save_pdf)
        file_menu.addSeparator()
        file_menu.addAction(self.action_change_password)
        file_menu.addSeparator()
        file_menu.addAction(self.action_log_out)
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)
        record_menu = bar.addMenu(self.tr("&Record"))
        record_menu.addAction(self.action_new_record)
        record_menu.addAction(self.action_open_record)
        view = bar.addMenu(self.tr("&View"))
        for action in (self.action_refresh, self.action_find, self.action_count):
            view.addAction(action)
        view.addAction(self.action_columns)
        view.addSeparator()
        self._build_appearance_menu(view)
        self.language_menu = add_language_menu(view, self._settings, self)
        go = bar.addMenu(self.tr("&Go"))
        for action in self.module_actions:
            go.addAction(action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.action_about)

    def _build_toolbar(self) -> None:
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        for action in (self.action_new_record, self.action_refresh, self.action_find):
            toolbar.addAction(action)
        toolbar.addAction(self.action_count)

    def _build_status_bar(self) -> None:
        url = self.logged_in.engine.url
        self.who_label = QLabel(f"{self.logged_in.full_name} · {tr_label(self.role.label)}")
        server = f"{url.host}:{url.port or 5432}/{url.database}"
        # The profile's name says more to a clerk than an address; IT finds it in the tip.
        self.server_label = QLabel(getattr(self.logged_in, "place", "") or server)
        self.server_label.setToolTip(self.tr("Server: {server}").format(server=server))
        #: "Connected", kept by a ping on the worker; a login refused offers to log out.
        self.connection = ConnectionWatch(self.worker, self)
        self.connection.login_refused.connect(self._on_login_refused)
        self.connection_label = self.connection.label
        bar = self.statusBar()
        bar.addPermanentWidget(self.who_label)
        bar.addPermanentWidget(self.server_label)
        bar.addPermanentWidget(self.connection_label)
        client_notices.attach(self, self.logged_in)  # out of date: a notice, read-only

    def _restore(self) -> None:
        geometry = self._settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self._settings.value("main_window/state")
        if state is not None:
            self.restoreState(state)
        remembered = self._settings.value("main_window/tab", "My work")
        titles = self.tab_titles()
        self.tabs.setCurrentIndex(titles.index(remembered) if remembered in titles else 0)
        self._on_tabs_current_changed(self.tabs.currentIndex())

    # ----------------------------------------------------------------- slots

    @slot_while_whole(int, keeps="worker")
    def _on_waiting_count_changed(self, count: int) -> None:
        if count and not self._work_shown_once:
            self._work_shown_once = True
            if not self._tab_chosen and not self.my_work.section_chosen:
                # Something waits for this person and they have not gone elsewhere yet
                # (another tab, or another section of My work): the window opens on it,
                # whatever tab they left it on last time.
                self.tabs.setCurrentWidget(self.my_work)
                self.my_work.prefer_section("waiting")
        index = self.tabs.indexOf(self.my_work)
        title = self.tr("My work ({count})").format(count=count) if count else self.tr("My work")
        self.tabs.setTabText(index, _mnemonic_safe(title))

    @slot_while_whole(int, keeps="worker")
    def _on_tab_chosen(self, _index: int) -> None:
        self._tab_chosen = True

    @slot_while_whole(int, keeps="worker")
    def _on_tabs_current_changed(self, index: int) -> None:
        if self.worker.is_shut_down:
            # The window is closing: its tabs being taken down make another one current,
            # whose lists must not open (their queries would go to a stopped worker).
            return
        widget = self.tabs.widget(index)
        if isinstance(widget, ModuleTab):
            widget.activate()
        self._settings.setValue("main_window/tab", self._tab_title(index))
        self._focus_page(widget)

    def _focus_page(self, tab: QWidget | None) -> None:
        """A tab chosen (Ctrl+Tab, Alt+1…9, a click): the focus goes into its page, the
        list in view or else the side list, so that the arrows move in what it shows,
        not along the tab bar."""
        focus = QApplication.focusWidget()
        if tab is None or (focus is not None and tab.isAncestorOf(focus)):
            return
        grid = self.current_grid()
        if grid is not None and grid.view.isVisibleTo(tab):
            grid.view.setFocus(Qt.FocusReason.OtherFocusReason)
        elif (side := self._side_list(tab)) is not None:
            side.setFocus(Qt.FocusReason.OtherFocusReason)

    def _step_tab(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    @slot_while_whole(str, keeps="worker")
    def _on_records_table_changed(self, table: str) -> None:
        self.my_work.refresh_table(table)
        for tab in self.module_tabs.values():
            tab.refresh_table(table)

    @slot_while_whole(keeps="worker")
    def _on_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About DICEL Desktop"),
            self.tr("DICEL Desktop %1\nThe office client of the DICEL ERP.").replace(
                "%1", __version__
            ),
        )

    def _ask_about_unsaved(self, unsaved: list) -> None:
        def review() -> None:
            unsaved[0].show()
            unsaved[0].raise_()
            unsaved[0].activateWindow()

        def discard() -> None:
            self._unsaved_dropped = True
            self.close()

        button = QMessageBox.StandardButton
        self.unsaved_question = ask(
            self,
            self.tr("Unsaved changes"),
            _unsaved_question(len(unsaved)),
            {button.Yes: review, button.Discard: discard, button.Cancel: None},
            default=button.Yes,
            labels={button.Yes: self.tr("&Review"), button.Discard: self.tr("&Discard and close")},
            icon=QMessageBox.Icon.Warning,
        )

    def _ask_about_exports(self) -> None:
        def stop_and_close() -> None:
            self._exports_stopped = True
            self.close()

        def keep() -> None:
            self._unsaved_dropped = False  # asked again next time: the window stays

        button = QMessageBox.StandardButton
        self.export_question = ask(
            self,
            self.tr("Export under way"),
            self.tr("An export is still being written: stop it and close?"),
            {button.Yes: stop_and_close, button.Cancel: keep},
            default=button.Cancel,
            labels={
                button.Yes: self.tr("&Stop and close"),
                button.Cancel: self.tr("&Keep exporting"),
            },
            icon=QMessageBox.Icon.Warning,
        )

    @slot_while_whole(keeps="worker")
    def _on_change_password_triggered(self) -> None:
        # Imported when asked for: the admin dialogs' module costs every start otherwise.
        from dicel_desktop.gui.admin.change_password_dialog import ChangePasswordDialog

        dialog = ChangePasswordDialog.open_for(self, self.worker, self.logged_in.email)
        dialog.succeeded.connect(self._on_password_changed)

    def _on_password_changed(self, text: str) -> None:
        self.notice = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Password changed"), text, parent=self
        )
        self.notice.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.notice.open()

    @slot_while_whole(keeps="worker")
    def _on_log_out_triggered(self) -> None:
        self._log_out_requested = True
        self.close()

    @slot_while_whole(bool, keeps="worker")
    def _on_worker_busy_changed(self, busy: bool) -> None:
        # "Working…" neither hides nor wipes a message a person should read ("Saved as
        # …"): the worker goes busy and idle many times while it shows.
        bar = self.statusBar()
        if busy:
            if not bar.currentMessage():
                bar.showMessage(self.tr(_WORKING))
        elif bar.currentMessage() == self.tr(_WORKING):
            bar.clearMessage()

    @slot_while_whole(object, keeps="worker")
    def _on_login_refused(self, refusal: DicelError) -> None:
        """The login was turned off (or its password changed) while the window was
        open: say so once, and offer to log out; what is typed stays until closed."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Your login no longer works"),
            sentence(refusal),
            parent=self,
        )
        box.setInformativeText(self.tr("What you typed stays in its windows until you close them."))
        log_out = box.addButton(self.tr("&Log out"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Stay"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(log_out)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(self._on_log_out_triggered)
        self.notice = box
        box.open()

    def close_without_asking(self) -> None:
        """Close at once (SIGTERM, a logout: nobody may be there to answer): unsaved
        records are dropped, each named in the log so the person can enter it again."""
        for window in self.records.unsaved_windows():
            logging.getLogger(__name__).warning(
                "The program was ended: unsaved changes dropped in %s", window.windowTitle()
            )
        self._quit_confirmed = True
        self.close()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._dashboards_prepared:
            self._dashboards_prepared = True
            QTimer.singleShot(PREPARE_DASHBOARDS_AFTER_MS, self, self._prepare_a_dashboard)

    def _prepare_a_dashboard(self) -> None:
        """Lay out the next module's dashboard not yet laid out (``DashboardPage.prepare``:
        nothing is read), then the next one on a later turn, so a key or a click waits
        for one page at most."""
        if self.worker.is_shut_down:  # the window has closed
            return
        for tab in self.module_tabs.values():
            page = tab.dashboard
            if page is not None and not page.prepared:
                page.prepare()
                QTimer.singleShot(0, self, self._prepare_a_dashboard)
                return

    def _running_exports(self) -> list[Any]:
        """This login's exports still being written. The first export imports their
        module (gui/widgets/data_grid.py): without it there is none, and closing the
        window does not import it (nor multiprocessing) just to find that out."""
        exports = sys.modules.get("dicel_desktop.gui.export_dialog")
        return exports.running_exports(self.worker) if exports is not None else []

    def closeEvent(self, event: QCloseEvent) -> None:
        unsaved = self.records.unsaved_windows()
        if unsaved and not (self._quit_confirmed or self._unsaved_dropped):
            event.ignore()
            self._ask_about_unsaved(unsaved)
            return
        if self._running_exports() and not (self._quit_confirmed or self._exports_stopped):
            event.ignore()
            self._ask_about_exports()
            return
        for export in self._running_exports():
            export.cancel()  # its process stops and removes its partial file
        self.records.close_all(discard=True)
        self._settings.setValue("main_window/geometry", self.saveGeometry())
        self._settings.setValue("main_window/state", self.saveState())
        self._settings.sync()  # now, not after a pause (gui/calm_settings.py)
        self.connection.stop()
        self.live_inbox.stop()
        self.my_work.close_lists()
        for tab in self.module_tabs.values():
            tab.close_lists()
        self.worker.shutdown()
        self.logged_in.close()
        super().closeEvent(event)
        if self._log_out_requested:
            self.logged_out.emit()


def _unsaved_question(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate(
            "MainWindow", "A record has changes that are not saved. Review it before closing?"
        )
    return QCoreApplication.translate(
        "MainWindow", "%1 records have changes that are not saved. Review them before closing?"
    ).replace("%1", str(count))


def _mnemonic_safe(title: str) -> str:
    """Qt reads "&" in a tab or menu text as a shortcut marker: "Sales & Marketing"
    would show as "Sales  Marketing" with an underlined M."""
    return title.replace("&", "&&")


def open_main_window(logged_in: Any) -> MainWindow:
    window = MainWindow(logged_in)
    window.show()
    return window
