"""Deactivate: a confirmation that names the person before their login is switched off,
and the IT assets they still hold (migration 0120: the deactivation is never refused for
them, and nothing new is given to a deactivated login; ``services.leaving.assets_held``,
read on the DB worker as the administrator when the dialog opens)."""

from __future__ import annotations

import functools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from dicel_desktop.gui.admin.action_dialog import ActionDialog, in_transaction
from dicel_desktop.gui.widgets.fit import grow_to_fit
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.gui.workflows.fact_line import FactLine
from dicel_desktop.services import leaving, users
from dicel_desktop.services.leaving import HeldAsset
from dicel_desktop.services.users import UserSummary


class DeactivateDialog(ActionDialog):
    """Asks to confirm that ``user`` may no longer log in; :meth:`open_for` shows it."""

    def __init__(self, worker: DbWorker, user: UserSummary, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.user = user
        self.setWindowTitle(self.tr("Deactivate %1").replace("%1", user.full_name))
        self.lay_out(
            self.tr(
                "Deactivate %1 (%2)? They will no longer be able to log in. Their records "
                "and history are kept, and you can reactivate them later. A session they "
                "already have open continues until they close DICEL."
            )
            .replace("%1", user.full_name)
            .replace("%2", user.email),
            self.tr("&Deactivate %1").replace("%1", user.full_name),
            cancel_text=self.tr("&Cancel"),
        )
        #: The assets they still hold, said once read ("" and hidden when none).
        self.held = FactLine(
            worker,
            leaving.assets_held,
            (user.email,),
            self._held_text,
            self,
            on_shown=functools.partial(grow_to_fit, self),
        )
        self.held.setObjectName("heldLabel")
        layout = self.layout()
        layout.insertWidget(layout.indexOf(self.message), self.held)
        # Confirming is a deliberate act: Enter alone answers "Cancel".
        self.ok_button.setAutoDefault(False)
        cancel = self.cancel_button
        cancel.setDefault(True)
        cancel.setFocus()

    @property
    def asking(self) -> bool:
        """Whether the assets are still being read (tests wait for it)."""
        return self.held.asking

    def _held_text(self, held: list[HeldAsset]) -> str:
        if not held:
            return ""
        named = ", ".join(
            " ".join(part for part in (asset.tag, asset.name) if part) for asset in held
        )
        return (
            self.tr("Still holds: %1; ask IT to recover them.").replace("%1", named)
            if len(held) > 1
            else self.tr("Still holds: %1; ask IT to recover it.").replace("%1", named)
        )

    @classmethod
    def open_for(cls, parent: QWidget, worker: DbWorker, user: UserSummary) -> DeactivateDialog:
        """Show the dialog over ``parent`` without blocking; ``succeeded`` says when done."""
        dialog = cls(worker, user, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def accept(self) -> None:
        task = in_transaction(
            functools.partial(users.deactivate_user, email=self.user.email),
            functools.partial(users.end_sessions, email=self.user.email),
            email=self.user.email,
        )
        done = self.tr("%1 can no longer log in; their records are kept.").replace(
            "%1", self.user.full_name
        )
        self.run(task, lambda _none: done, busy_text=self.tr("Deactivating…"))
