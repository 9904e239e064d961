"""What the main window says when this DICEL Desktop is out of date.

* The site expects a newer version (``dicel-admin set-client-version``): a message that
  does not stop anything, naming both versions and where the installer is.
* The database is newer than this client knows (services.client_version): a permanent
  "Read-only" in the status bar; a save the person tries is refused by the server and
  worded by services.db_errors (``client_read_only``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox


def update_sentence(update: Any) -> str:
    """The notice of a client older than the site expects (a ClientUpdate)."""
    if update.installer_location:
        return QCoreApplication.translate(
            "ClientNotices",
            "A newer DICEL Desktop ({expected}) is installed at your company; this one is "
            "{current}. Install the new one from {installer} when you can. You can work "
            "on meanwhile.",
        ).format(
            expected=update.expected_version,
            current=update.client_version,
            installer=update.installer_location,
        )
    return QCoreApplication.translate(
        "ClientNotices",
        "A newer DICEL Desktop ({expected}) is installed at your company; this one is "
        "{current}. Ask IT where to install it from. You can work on meanwhile.",
    ).format(expected=update.expected_version, current=update.client_version)


def attach(window: QMainWindow, logged_in: Any) -> None:
    """Show the notices that apply to ``logged_in`` on ``window`` (once, at opening)."""
    if getattr(logged_in, "read_only", False):
        label = QLabel(
            QCoreApplication.translate("ClientNotices", "Read-only: this version is too old")
        )
        label.setObjectName("readOnlyLabel")
        label.setStyleSheet("color: #c62828; font-weight: bold;")
        label.setToolTip(
            QCoreApplication.translate(
                "ClientNotices",
                "The company database was upgraded by a newer DICEL Desktop. This one "
                "can show records but not change them until you install the new version.",
            )
        )
        window.statusBar().addPermanentWidget(label)
        window.read_only_label = label  # type: ignore[attr-defined]
    update = getattr(logged_in, "update", None)
    if update is None:
        return
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("ClientNotices", "A newer DICEL Desktop exists"),
        update_sentence(update),
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.NonModal)
    window.update_notice = box  # type: ignore[attr-defined]
    box.show()
