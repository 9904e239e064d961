"""Every step dialog settles the same way once its record moved on, and reloads the window
under it (review35 F6: said once in StepDialog's MovesOn, for FormStepDialog too)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from dicel_desktop.gui.workflows.form_step_dialog import FormStepDialog
from dicel_desktop.gui.workflows.step_dialog import StepDialog

WHY = "Already approved by Claude Habimana at 10:42."


class _Under(QWidget):
    reloaded = 0

    def reload(self) -> None:
        self.reloaded += 1


class _Decide(StepDialog):
    def __init__(self, worker, parent) -> None:
        super().__init__(worker, parent)
        self.approve = QPushButton("Approve")
        self.buttons.addButton(self.approve, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.lay_out()


def test_a_step_dialog_settles_and_reloads_the_window_under_it(qtbot, worker):
    under = _Under()
    qtbot.addWidget(under)
    for dialog in (_Decide(worker, under), FormStepDialog(worker, under)):
        if isinstance(dialog, FormStepDialog):
            dialog.approve = QPushButton("Approve")
            dialog.buttons.addButton(dialog.approve, QDialogButtonBox.ButtonRole.AcceptRole)
            dialog.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        dialog.settle(WHY)
        cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel.text() == "Close"
        assert not dialog.approve.isEnabled() and dialog.approve.toolTip() == WHY
        # A read after it turns the buttons back on: the step's stay off.
        dialog._set_busy(True)
        dialog._set_busy(False)
        assert not dialog.approve.isEnabled() and cancel.isEnabled()
        dialog.reload_under()
    assert under.reloaded == 2
