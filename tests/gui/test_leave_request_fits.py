"""The Request leave dialog grows to show what it says: once a message appeared under
the form, the working days and the balance lost their second lines and Request leave
touched the Reason box."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from helpers import WAIT_MS

from dicel_desktop.gui.workflows.leave_request_dialog import LeaveRequestDialog
from dicel_desktop.services.leave import Balance, RequestPreview

pytestmark = pytest.mark.usefixtures("rwanda")


def _whole(label) -> bool:
    return label.height() >= label.heightForWidth(label.width())


def test_the_dialog_grows_to_its_messages(qtbot, worker):
    dialog = LeaveRequestDialog(worker)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # The superuser is no employee: its own preview says so (or shows a balance).
    qtbot.waitUntil(
        lambda: dialog.message.isVisible() or bool(dialog.balance.text()), timeout=WAIT_MS
    )
    holidays = (
        (dt.date(2027, 2, 1), "National Heroes' Day"),
        (dt.date(2027, 3, 10), "Eid al-Fitr"),
        (dt.date(2027, 3, 26), "Good Friday"),
        (dt.date(2027, 3, 29), "Easter Monday"),
    )
    balance = Balance("annual", 2027, Decimal("18"), 0, 10, Decimal("8"))
    dialog._on_preview(dialog._preview_generation, RequestPreview(39, holidays, balance))
    dialog._say(
        "This request needs 39 working days, but annual leave has only 8 days left for "
        "2027 (18 a year: 0 taken, 10 waiting for a decision). Ask for fewer days."
    )
    qtbot.wait(50)  # the layout's next pass
    for label in (dialog.working_days, dialog.balance, dialog.message):
        assert label.heightForWidth(label.width()) > label.fontMetrics().height()  # wraps
        assert _whole(label), (label.text(), label.height(), label.heightForWidth(label.width()))
    reason_bottom = dialog.reason.mapTo(dialog, dialog.reason.rect().bottomLeft()).y()
    message_top = dialog.message.mapTo(dialog, dialog.message.rect().topLeft()).y()
    button_top = dialog.ok_button.mapTo(dialog, dialog.ok_button.rect().topLeft()).y()
    assert reason_bottom < message_top
    assert message_top + dialog.message.height() <= button_top
