"""The Users list of the Administration tab, with what an administrator does to users.

The list is the same ``DataGrid`` every table has. For an administrator the page adds
the actions above it and on the rows' context menu: New user…, Change role…, Reset
password…, Change e-mail…, Login expiry…, Deactivate… / Reactivate. Others who may read
the list (HR) get the list alone: the database would refuse them the actions anyway.

Which actions apply depends on the chosen user (no deactivating an inactive one, no
changing one's own role), so when the current row changes the page reads that user's
summary on the DB worker; until it arrives, the actions about a user are off. After
each change the list is reloaded and a sentence says what was done.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import QLabel, QMenu, QToolBar, QVBoxLayout, QWidget

from dicel_desktop.domain.roles import Role
from dicel_desktop.gui.admin.action_dialog import ActionDialog, sentence
from dicel_desktop.gui.admin.change_email_dialog import ChangeEmailDialog
from dicel_desktop.gui.admin.change_role_dialog import ChangeRoleDialog
from dicel_desktop.gui.admin.deactivate_dialog import DeactivateDialog
from dicel_desktop.gui.admin.login_expiry_dialog import LoginExpiryDialog
from dicel_desktop.gui.admin.new_user_dialog import NewUserDialog
from dicel_desktop.gui.admin.reset_password_dialog import ResetPasswordDialog
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.theme import error_colour
from dicel_desktop.gui.widgets.data_grid import DataGrid
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.services import users
from dicel_desktop.services.users import UserSummary

#: Colour of the sentence saying a change was made.
_DONE_COLOUR = QColor("#1b5e20")


class UsersPage(QWidget):
    """The users list, and for an administrator the actions on users."""

    def __init__(
        self,
        worker: DbWorker,
        role: Role,
        readable_columns: Sequence[str],
        *,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self.can_manage = role is Role.ADMIN
        self.grid = DataGrid(worker, "users", readable_columns, settings=settings, parent=self)
        #: The user of the current row, once read (None: no row, or not read yet).
        self.user: UserSummary | None = None
        self._user_id: uuid.UUID | None = None
        self._loading: int | None = None
        self._menu_at: QPoint | None = None
        #: The user to choose again once the list is reloaded after a change.
        self._keep_id: uuid.UUID | None = None
        #: The dialog open now (tests drive it).
        self.dialog: ActionDialog | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.status = QLabel()
        self.status.setObjectName("usersStatus")
        self.status.setWordWrap(True)
        self.status.setContentsMargins(8, 4, 8, 4)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        self.toolbar: QToolBar | None = None
        self.actions_by_name: dict[str, QAction] = {}
        if self.can_manage:
            self._build_actions()
            layout.addWidget(self.toolbar)
            layout.addWidget(self.status)
        layout.addWidget(self.grid, 1)

        if self.can_manage:
            # currentRowChanged also fires while the rows' window scrolls: one turn later
            # the page compares the current user's id and reads it only when it changed.
            self._selection_timer = QTimer(self)
            self._selection_timer.setSingleShot(True)
            self._selection_timer.setInterval(0)
            self._selection_timer.timeout.connect(self._on_selection_timer_timeout)
            self.grid.view.selectionModel().currentRowChanged.connect(self._selection_timer.start)
            self.grid.model.modelReset.connect(self._selection_timer.start)
            # After the grid's own handler, which forgets the current row of old rows.
            self.grid.model.query_applied.connect(self._on_model_query_applied)
            self.grid.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            self.grid.view.customContextMenuRequested.connect(self._on_context_menu_requested)
            self._update_actions()

    # ----------------------------------------------------------------- building

    def _build_actions(self) -> None:
        self.toolbar = QToolBar(self.tr("Users"))
        self.toolbar.setObjectName("usersToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        specs = [
            ("new", self.tr("&New user…"), self._on_new_triggered),
            ("role", self.tr("Change &role…"), self._on_change_role_triggered),
            ("password", self.tr("Reset &password…"), self._on_reset_password_triggered),
            ("email", self.tr("Change &e-mail…"), self._on_change_email_triggered),
            ("expiry", self.tr("Login e&xpiry…"), self._on_login_expiry_triggered),
            ("deactivate", self.tr("&Deactivate…"), self._on_deactivate_triggered),
            ("reactivate", self.tr("Rea&ctivate"), self._on_reactivate_triggered),
        ]
        for name, text, slot in specs:
            action = QAction(text, self)
            action.triggered.connect(slot)
            self.toolbar.addAction(action)
            # Also on the page, so that its shortcut works wherever the focus is in it.
            self.addAction(action)
            self.actions_by_name[name] = action
        # Ctrl+N is the main window's New record, which asks this page for a new user.
        self.actions_by_name["new"].setToolTip(self.tr("A new user and their login (Ctrl+N)"))

    def new_record(self) -> None:
        """New record (Ctrl+N) in this list: a user is made with their login, by the
        dialog, not by the generic record form."""
        self.actions_by_name["new"].trigger()

    def context_menu(self) -> QMenu:
        """The menu a right click on a row opens (made anew each time)."""
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        names = [
            "role",
            "password",
            "email",
            "expiry",
            "deactivate" if self._active() else "reactivate",
        ]
        for name in names:
            menu.addAction(self.actions_by_name[name])
        menu.addSeparator()
        menu.addAction(self.actions_by_name["new"])
        return menu

    # ----------------------------------------------------------------- the chosen user

    def _active(self) -> bool:
        return self.user is None or self.user.is_active

    def _update_actions(self) -> None:
        user = self.user
        chosen = user is not None
        own = chosen and user.is_self
        actions = self.actions_by_name
        actions["new"].setEnabled(True)
        # One's own password is changed with the current one (Change my password…),
        # which also gives the window's connections the new one: reset here, the window
        # kept the old one and the login check signed the administrator out (review40 #4).
        actions["password"].setEnabled(chosen and not own)
        actions["password"].setToolTip(
            self.tr(
                "Your own password: change it with Change my password… in the File menu "
                "(it asks for the current one)."
            )
            if own
            else ""
        )
        # Only a login that exists has an expiry (a restored one without: Reset password…).
        # Not one's own either (DU010, migration 0148): an administrator whose login
        # expired could not undo it.
        actions["expiry"].setEnabled(chosen and user.has_login and not own)
        for name in ("role", "email", "deactivate"):
            actions[name].setEnabled(chosen and not own)
        for name in ("role", "email", "expiry", "deactivate"):
            actions[name].setToolTip(
                self.tr("Not on your own account: ask another administrator.") if own else ""
            )
        actions["deactivate"].setVisible(self._active())
        actions["reactivate"].setVisible(not self._active())
        # Held before the click, saying why, where the database would refuse it (a leaver's
        # or a suspended employee's login: DU016, DU017; eye34 #9).
        refusal = user.reactivation_refusal() if chosen and not user.is_active else None
        actions["reactivate"].setEnabled(
            chosen and not user.is_active and not own and refusal is None
        )
        actions["reactivate"].setToolTip(sentence(refusal) if refusal is not None else "")

    @slot_while_whole(keeps="_worker")
    def _on_selection_timer_timeout(self) -> None:
        if self._worker.is_shut_down:  # the window closed while the timer ran
            return
        chosen = self.grid.current_record_id()
        if chosen == self._user_id:
            return
        self._user_id = chosen
        self._read_user()

    def _read_user(self) -> None:
        """Read the current row's user again (after a change, or another row chosen)."""
        if self._loading is not None:
            self._worker.cancel(self._loading)
            self._loading = None
        self.user = None
        self._update_actions()
        chosen = self._user_id
        if chosen is None:
            return
        self._loading = self._worker.submit(
            lambda session: users.get_user(session.connection(), chosen),
            lambda user: self._on_user_read(chosen, user),
            self._on_user_read_failed,
        )

    def _on_user_read(self, user_id: uuid.UUID, user: UserSummary) -> None:
        self._loading = None
        if user_id != self._user_id:
            return
        self.user = user
        self._update_actions()
        if self._menu_at is not None:
            at, self._menu_at = self._menu_at, None
            self.context_menu().popup(at)

    def _on_user_read_failed(self, error: BaseException) -> None:
        self._loading = None
        self._menu_at = None
        self._show_status(sentence(error), error=True)

    @slot_while_whole(keeps="_worker")
    def _on_model_query_applied(self) -> None:
        keep, self._keep_id = self._keep_id, None
        if keep is None:
            return
        model = self.grid.model
        for row in range(model.rowCount()):
            if not model.is_row_loaded(row):
                break  # beyond the first page: the person chooses again
            if model.record_id(row) == keep:
                self.grid.rows.set_current_row(row)
                self._selection_timer.start()
                return

    @slot_while_whole(QPoint, keeps="_worker")
    def _on_context_menu_requested(self, pos: QPoint) -> None:
        row = self.grid.rows.row_at(pos.y())
        if row < 0:
            return
        self.grid.rows.set_current_row(row)
        at = self.grid.view.viewport().mapToGlobal(pos)
        if self.grid.current_record_id() == self._user_id and self.user is not None:
            self.context_menu().popup(at)
        else:
            # Opens once the user is read: the menu offers only what applies to them.
            self._menu_at = at
            self._selection_timer.start()

    # ----------------------------------------------------------------- actions

    def _open(self, dialog: ActionDialog) -> None:
        self.dialog = dialog
        dialog.succeeded.connect(self._on_change_made)
        dialog.finished.connect(self._on_dialog_finished)

    @slot_while_whole(keeps="_worker")
    def _on_dialog_finished(self) -> None:
        self.dialog = None

    @slot_while_whole(keeps="_worker")
    def _on_new_triggered(self) -> None:
        self._open(NewUserDialog.open_for(self, self._worker))

    @slot_while_whole(keeps="_worker")
    def _on_change_role_triggered(self) -> None:
        if self.user is not None:
            self._open(ChangeRoleDialog.open_for(self, self._worker, self.user))

    @slot_while_whole(keeps="_worker")
    def _on_reset_password_triggered(self) -> None:
        if self.user is not None:
            self._open(ResetPasswordDialog.open_for(self, self._worker, self.user))

    @slot_while_whole(keeps="_worker")
    def _on_change_email_triggered(self) -> None:
        if self.user is not None:
            self._open(ChangeEmailDialog.open_for(self, self._worker, self.user))

    @slot_while_whole(keeps="_worker")
    def _on_login_expiry_triggered(self) -> None:
        if self.user is not None:
            self._open(LoginExpiryDialog.open_for(self, self._worker, self.user))

    @slot_while_whole(keeps="_worker")
    def _on_deactivate_triggered(self) -> None:
        if self.user is not None:
            self._open(DeactivateDialog.open_for(self, self._worker, self.user))

    @slot_while_whole(keeps="_worker")
    def _on_reactivate_triggered(self) -> None:
        user = self.user
        if user is None:
            return
        self.actions_by_name["reactivate"].setEnabled(False)

        def task(session) -> bool:
            can_log_in = users.reactivate_user(session.connection(), email=user.email)
            session.commit()
            return can_log_in

        def done(can_log_in: bool) -> None:
            if can_log_in:
                text = self.tr("%1 can log in again with their previous password.")
            else:
                text = self.tr(
                    "%1 is active again but has no login on this server yet: give them a "
                    "password with Reset password…"
                )
            self._on_change_made(text.replace("%1", user.full_name))

        def failed(error: BaseException) -> None:
            self._show_status(sentence(error), error=True)
            self._update_actions()

        self._worker.submit(task, done, failed)

    @slot_while_whole(str, keeps="_worker")
    def _on_change_made(self, text: str) -> None:
        self._show_status(text, error=False)
        # The list shows the change; the same person stays chosen (read again, since
        # what applies to them may have changed).
        self._keep_id = self._user_id
        self._user_id = None
        self.user = None
        self._update_actions()
        self.grid.refresh()

    def _show_status(self, text: str, *, error: bool) -> None:
        palette = self.status.palette()
        palette.setColor(
            QPalette.ColorRole.WindowText, error_colour(palette) if error else _DONE_COLOUR
        )
        self.status.setPalette(palette)
        self.status.setText(text)
        self.status.show()

    def close_list(self) -> None:
        self.grid.close_list()
