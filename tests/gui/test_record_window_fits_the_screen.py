"""A record window opens within its screen: on a laptop its Save, Close and step buttons
were below the screen's edge (eye30r: 820x720 on a 1024x640 screen, and on a 1366x768
one whose taskbar leaves about 728)."""

from __future__ import annotations

from helpers import WAIT_MS
from PySide6.QtCore import QRect, QSize
from sqlalchemy import text

from dicel_desktop.gui.records.form_split import OPENING_SIZE, opening_size


def _a_draft_policy(qtbot, logins, desk):
    """A compliance officer's window of a new draft policy (no files, no list of its own:
    a form and its Documents and History tabs), its record read."""
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
    return window


def test_a_window_opens_at_its_size_where_there_is_room_and_within_the_screen_elsewhere():
    assert opening_size(QRect(0, 0, 1920, 1040)) == OPENING_SIZE
    assert opening_size(None) == OPENING_SIZE
    laptop = opening_size(QRect(0, 0, 1024, 640))
    assert laptop == QSize(OPENING_SIZE.width(), 600)  # the title bar's room kept
    assert opening_size(QRect(0, 0, 1366, 728)).height() == 688
    assert opening_size(QRect(0, 0, 800, 800)) == QSize(800, 720)


def test_a_record_window_is_no_larger_than_the_screen_it_opens_on(qtbot, logins, desk):
    window = _a_draft_policy(qtbot, logins, desk)
    room = window.screen().availableGeometry()
    assert window.width() <= room.width()
    assert window.height() <= room.height()


def test_a_record_with_nothing_under_it_gives_its_form_the_room(qtbot, logins, desk):
    """eye30s, 10: at a 1024x640 screen's 820x600 window, an empty Documents panel took
    some 230 pixels under the form. With no files and no list of its own, the tabs keep
    to their tab bar; pressing a tab opens them again."""
    window = _a_draft_policy(qtbot, logins, desk)
    size = opening_size(QRect(0, 0, 1024, 640))
    window.resize(size)
    window.show()
    qtbot.waitExposed(window)
    tab_bar = window.panels.tabBar()
    qtbot.waitUntil(lambda: window.split.fold_wanted, timeout=WAIT_MS)
    window.resize(size)  # the window grew for its tabs once they came: the laptop's again
    qtbot.waitUntil(lambda: window.split.folded, timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: window.panels.height() <= tab_bar.sizeHint().height() + 4, timeout=WAIT_MS
    )
    # The form has all the splitter's height but the tab bar's.
    splitter = window.splitter.contentsRect().height()
    assert window.scroll.height() >= splitter - tab_bar.sizeHint().height() - 10
    assert window.height() == size.height()
    assert window.scroll.height() > 450, "the form had some 300 pixels under 230 of tabs"

    # Pressing Documents shows it again, with room for its files.
    tab_bar.tabBarClicked.emit(0)
    qtbot.waitUntil(lambda: not window.split.folded, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.panels.height() > 100, timeout=WAIT_MS)


def test_a_short_form_keeps_its_empty_tabs_open_under_it(qtbot, logins, desk):
    """Folded, a contract's short form at 820x720 sat above some 450 pixels of nothing,
    its tab bar at the window's foot. Where the form fits above the open tabs they stay
    open under it; they fold as the window gets too short, and open as it grows."""
    window = _a_draft_policy(qtbot, logins, desk)
    window.resize(OPENING_SIZE.width(), 1100)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.split.fold_wanted, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.height() == 1100, timeout=WAIT_MS)
    assert not window.split.folded
    qtbot.waitUntil(lambda: window.panels.height() > 150, timeout=WAIT_MS)
    # No band of nothing: the form has what it needs, the tabs the rest.
    assert window.scroll.height() <= window.split.form_needs() + 2

    window.resize(opening_size(QRect(0, 0, 1024, 640)))
    qtbot.waitUntil(lambda: window.split.folded, timeout=WAIT_MS)
    window.resize(OPENING_SIZE.width(), 1100)
    qtbot.waitUntil(lambda: not window.split.folded, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.panels.height() > 150, timeout=WAIT_MS)
