"""The "Add a server" dialog: a connection profile of the person's own."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from dicel_desktop.config import DEFAULT_DATABASE, DEFAULT_PORT, ConnectionProfile
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.forms.ui_profile_dialog import Ui_ProfileDialog
from dicel_desktop.gui.theme import error_style

#: (sslmode, what a person reads), in the order offered. None leaves libpq's default.
_SSL_CHOICES = (
    (None, QT_TRANSLATE_NOOP("ProfileDialog", "Default (encrypted when the server offers it)")),
    ("require", QT_TRANSLATE_NOOP("ProfileDialog", "Always encrypted")),
    ("verify-ca", QT_TRANSLATE_NOOP("ProfileDialog", "Encrypted, server certificate checked")),
    (
        "verify-full",
        QT_TRANSLATE_NOOP(
            "ProfileDialog",
            "Encrypted, certificate and server name checked",
        ),
    ),
    ("disable", QT_TRANSLATE_NOOP("ProfileDialog", "Not encrypted (local network only)")),
)


class ProfileDialog(QDialog):
    """Asks for a profile; :meth:`ask` opens it. Tests fill the fields and call accept()."""

    def __init__(self, taken_names: Collection[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ProfileDialog()
        self.ui.setupUi(self)
        self._taken = {name.casefold() for name in taken_names}
        for sslmode, text in _SSL_CHOICES:
            self.ui.sslmodeCombo.addItem(self.tr(text), sslmode)
        self.ui.portSpin.setValue(DEFAULT_PORT)
        self.ui.databaseEdit.setText(DEFAULT_DATABASE)
        self.ui.messageLabel.hide()
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.browseCaFileButton.clicked.connect(self._on_browse_clicked)
        self.ui.nameEdit.textChanged.connect(self._on_field_changed)
        self.ui.hostEdit.textChanged.connect(self._on_field_changed)
        self._on_field_changed()

    @classmethod
    def ask(
        cls, parent: QWidget | None, taken_names: Collection[str] = ()
    ) -> ConnectionProfile | None:
        """Open the dialog; the profile entered, or None if cancelled."""
        dialog = cls(taken_names, parent)
        try:
            return dialog.profile() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def profile(self) -> ConnectionProfile:
        """The profile as entered (call after the dialog was accepted)."""
        ca_file = self.ui.caFileEdit.text().strip()
        return ConnectionProfile(
            name=self.ui.nameEdit.text().strip(),
            host=self.ui.hostEdit.text().strip(),
            port=self.ui.portSpin.value(),
            database=self.ui.databaseEdit.text().strip() or DEFAULT_DATABASE,
            sslmode=self.ui.sslmodeCombo.currentData(),
            sslrootcert=str(Path(ca_file).expanduser().resolve()) if ca_file else None,
            user_defined=True,
        )

    def accept(self) -> None:
        problem = self._problem()
        if problem:
            self._show_problem(problem)
            return
        super().accept()

    def _problem(self) -> str | None:
        """What keeps the entry from being saved, in the person's words; None if nothing."""
        name = self.ui.nameEdit.text().strip()
        if not name:
            return self.tr("Give the server a name, for example “Head office”.")
        if name.casefold() in self._taken:
            return self.tr("There is already a server named “%1”: choose another name.").replace(
                "%1", name
            )
        host = self.ui.hostEdit.text().strip()
        if not host:
            return self.tr("Enter the server address that IT gave you.")
        if any(char.isspace() for char in host):
            return self.tr("A server address has no spaces.")
        ca_file = self.ui.caFileEdit.text().strip()
        if ca_file and not Path(ca_file).expanduser().is_file():
            return self.tr("The certificate file %1 does not exist.").replace("%1", ca_file)
        return None

    def _show_problem(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setStyleSheet(error_style(self.palette()))
        self.ui.messageLabel.show()

    @slot_while_whole(keeps="ui")
    def _on_field_changed(self) -> None:
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.ui.nameEdit.text().strip() and self.ui.hostEdit.text().strip()))
        self.ui.messageLabel.hide()

    @slot_while_whole(keeps="ui")
    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("CA certificate from IT"),
            self.ui.caFileEdit.text(),
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"),
        )
        if path:
            self.ui.caFileEdit.setText(path)
