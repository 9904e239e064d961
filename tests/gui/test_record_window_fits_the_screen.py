"""A record window opens within its screen: on a laptop its Save, Close and step buttons
were below the screen's edge (eye30r: 820x720 on a 1024x640 screen, and on a 1366x768
one whose taskbar leaves about 728)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from sqlalchemy import text

from dicel_desktop.gui.records.form_split import OPENING_SIZE, opening_size

WAIT_MS = 30_000  # a deadline for a failing test on a busy machine, not a measurement


def test_a_window_opens_at_its_size_where_there_is_room_and_within_the_screen_elsewhere():
    assert opening_size(QRect(0, 0, 1920, 1040)) == OPENING_SIZE
    assert opening_size(None) == OPENING_SIZE
    laptop = opening_size(QRect(0, 0, 1024, 640))
    assert laptop == QSize(OPENING_SIZE.width(), 600)  # the title bar's room kept
    assert opening_size(QRect(0, 0, 1366, 728)).height() == 688
    assert opening_size(QRect(0, 0, 800, 800)) == QSize(800, 720)


def test_a_record_window_is_no_larger_than_the_screen_it_opens_on(qtbot, logins, desk):
    officer = logins.person("compliance")
    with logins.superuser().begin() as conn:
        (policy,) = conn.execute(
            text(
                "INSERT INTO compliance_policies (policy_name, policy_category, status)"
                " VALUES ('Visitors', 'Security', 'draft') RETURNING id"
            )
        ).one()
    window = desk(officer).open("compliance_policies", policy)
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
    room = window.screen().availableGeometry()
    assert window.width() <= room.width()
    assert window.height() <= room.height()
