"""Migration 0096 in the windows, as real logins: Report lost… is off for the person the
asset is assigned to, saying why; a colleague reports it lost from the window on what it
showed; Dispose of… is then off for that colleague, saying why, and a third takes it."""

from __future__ import annotations

import shiboken6
from helpers import WAIT_MS, record_ready, shown_dialog, step_button
from sqlalchemy import text

from dicel_desktop.gui.workflows.case_step_dialog import CaseStepDialog

ASSETS = "it_assets"


def _window(qtbot, opener, record, action):
    window = record_ready(qtbot, opener.open(ASSETS, record))
    return window, step_button(window, action, ASSETS)


def _take(qtbot, window, button):
    button.click()
    dialog = shown_dialog(qtbot, window, CaseStepDialog)
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=WAIT_MS)
    dialog.take_button.click()
    qtbot.waitUntil(
        lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), timeout=WAIT_MS
    )


def _status(logins, asset) -> str:
    with logins.superuser().connect() as conn:
        return conn.scalar(text("SELECT status FROM it_assets WHERE id = :i"), {"i": asset})


def test_an_asset_is_reported_lost_and_disposed_of_by_two_others_than_its_holder(
    qtbot, logins, desk
):
    claudine = logins.person("it", first_name="Claudine", last_name="Mukamana")
    desire = logins.person("it", first_name="Desire", last_name="Musoni")
    eric = logins.person("it", first_name="Eric", last_name="Habimana")
    with logins.superuser().begin() as conn:
        asset = conn.scalar(
            text(
                "INSERT INTO it_assets (asset_name, asset_type, purchase_cost, assigned_to)"
                " VALUES ('backup01 - Dell PowerEdge R650', 'Server', 9800000, :h)"
                " RETURNING id"
            ),
            {"h": claudine.user_id},
        )

    _hers, stopped = _window(qtbot, desk(claudine), asset, "report_lost")
    assert not stopped.isEnabled()
    assert stopped.toolTip().endswith(
        "\nThis asset is assigned to you: another IT officer or an administrator decides "
        "whether it is reported lost."
    )

    window, button = _window(qtbot, desk(desire), asset, "report_lost")
    assert button.isEnabled()
    _take(qtbot, window, button)
    assert _status(logins, asset) == "lost"

    _his, stopped = _window(qtbot, desk(desire), asset, "dispose")
    assert not stopped.isEnabled()
    assert "\nYou made this IT asset lost on " in stopped.toolTip()
    assert stopped.toolTip().endswith("someone else must decide whether it is disposed of.")

    window, button = _window(qtbot, desk(eric), asset, "dispose")
    assert button.isEnabled()
    _take(qtbot, window, button)
    assert _status(logins, asset) == "disposed"
