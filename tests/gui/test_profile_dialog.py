"""The "Add a server" dialog: what it refuses, in words, and the profile it gives."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from dicel_desktop.config import ConnectionProfile
from dicel_desktop.gui.profile_dialog import ProfileDialog


@pytest.fixture
def dialog(qtbot) -> ProfileDialog:
    made = ProfileDialog(["Head office"])
    qtbot.addWidget(made)
    made.show()
    return made


def ok_button(dialog: ProfileDialog):
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def test_ok_waits_for_a_name_and_an_address(dialog: ProfileDialog):
    assert not ok_button(dialog).isEnabled()
    dialog.ui.nameEdit.setText("Branch")
    assert not ok_button(dialog).isEnabled()
    dialog.ui.hostEdit.setText("10.0.0.5")
    assert ok_button(dialog).isEnabled()


@pytest.mark.parametrize(
    ("name", "host", "ca_file", "message"),
    [
        ("head OFFICE", "db", "", "There is already a server named “head OFFICE”"),
        ("Branch", "db dicel rw", "", "A server address has no spaces."),
        ("Branch", "db", "/no/such/ca.pem", "The certificate file /no/such/ca.pem does not exist."),
    ],
)
def test_what_cannot_work_is_refused_with_a_reason(
    dialog: ProfileDialog, name: str, host: str, ca_file: str, message: str
):
    dialog.ui.nameEdit.setText(name)
    dialog.ui.hostEdit.setText(host)
    dialog.ui.caFileEdit.setText(ca_file)
    dialog.accept()
    assert dialog.isVisible()  # still open
    assert not dialog.ui.messageLabel.isHidden()
    assert dialog.ui.messageLabel.text().startswith(message)


def test_the_profile_entered_is_given_back(dialog: ProfileDialog, tmp_path: Path):
    ca_file = tmp_path / "ca.pem"
    ca_file.write_text("x")
    dialog.ui.nameEdit.setText("  Branch office ")
    dialog.ui.hostEdit.setText("db2.dicel.rw")
    dialog.ui.portSpin.setValue(6432)
    dialog.ui.sslmodeCombo.setCurrentIndex(dialog.ui.sslmodeCombo.findData("verify-full"))
    dialog.ui.caFileEdit.setText(str(ca_file))
    dialog.accept()
    assert not dialog.isVisible()
    assert dialog.profile() == ConnectionProfile(
        "Branch office", "db2.dicel.rw", 6432, "dicel_erp_db", "verify-full", str(ca_file)
    )
    assert dialog.profile().user_defined


def test_the_default_encryption_leaves_libpq_to_choose(dialog: ProfileDialog):
    dialog.ui.nameEdit.setText("Branch")
    dialog.ui.hostEdit.setText("db")
    assert dialog.profile().sslmode is None
    assert dialog.profile().sslrootcert is None
