"""Run payroll…'s dialog as tall as what it says: its heading at the top, no gap."""

from __future__ import annotations

import pytest
from helpers import WAIT_MS

from dicel_desktop.gui.workflows.payroll_run_dialog import PayrollRunDialog

pytestmark = pytest.mark.usefixtures("rwanda")


def test_the_heading_is_at_the_top_and_the_dialog_no_taller_than_its_lines(qtbot, worker):
    # Sized by its natural size before its explanation wrapped at the dialog's width,
    # it was taller than its lines: the heading sat in the middle of an empty band.
    dialog = PayrollRunDialog(worker)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.run_button.isEnabled(), timeout=WAIT_MS)
    layout = dialog.layout()
    layout.activate()
    top = layout.contentsMargins().top()
    assert dialog.heading.geometry().top() <= top + 2
    text_height = dialog.heading.fontMetrics().boundingRect(dialog.heading.text()).height()
    assert dialog.heading.height() <= text_height + 6
    assert dialog.height() <= layout.totalHeightForWidth(dialog.width()) + 2
