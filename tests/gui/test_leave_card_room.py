"""An employee's Leave tab gives its leave card the room its lines need, up to a share of
the tab, the requests list taking the rest (eye40b, 10: 4 of 12 lines showed in a small
scroll box above a list with room to spare). Against real PostgreSQL."""

from __future__ import annotations

import pytest
from helpers import WAIT_MS
from sqlalchemy import text

from dicel_desktop.gui.workflows.leave_card_panel import CARD_SHARE, EmployeeLeaveTab

pytestmark = pytest.mark.usefixtures("rwanda")

TYPES = {"annual": 18, "sick": 30, "maternity": 84, "paternity": 4, "compassionate": 5, "study": 10}


def _leave_tab(qtbot, logins, desk) -> EmployeeLeaveTab:
    """HR's record window of an employee, 900 by 820, on its Leave tab, with a yearly
    allowance for each of :data:`TYPES` (twelve lines in December: this year and next)."""
    with logins.superuser().begin() as conn:
        for kind, days in TYPES.items():
            conn.execute(
                text(
                    "INSERT INTO system_settings (setting_key, setting_value, setting_type)"
                    " VALUES (:k, :v, 'number') ON CONFLICT (setting_key)"
                    " DO UPDATE SET setting_value = EXCLUDED.setting_value"
                ),
                {"k": f"leave.allowance.{kind}", "v": str(days)},
            )
    hr = logins.person("hr")
    someone = logins.person("employee", first_name="Claire")
    window = desk(hr).open("employees", someone.employee_id)
    window.resize(900, 820)
    window.show()
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.panels.count() > 0, timeout=WAIT_MS)
    titles = [window.panels.tabText(i).replace("&", "") for i in range(window.panels.count())]
    window.panels.setCurrentIndex(titles.index("Leave"))
    tab = window.panels.currentWidget()
    assert isinstance(tab, EmployeeLeaveTab)
    return tab


def _all_in_sight(qtbot, tab: EmployeeLeaveTab) -> None:
    qtbot.waitUntil(lambda: len(tab.card.lines) >= len(TYPES), timeout=WAIT_MS)
    scroll = tab.layout().itemAt(0).widget()
    # Every line of the card in sight: nothing to scroll to ...
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().maximum() == 0, timeout=WAIT_MS)
    # ... and no more than its share, the list below taking the rest.
    assert scroll.height() <= tab.height() * CARD_SHARE
    assert tab.lines.height() >= tab.height() - scroll.height() - 1
    # Each line as high as its words, none cut to fit.
    for line in tab.card.lines:
        assert line.height() >= line.heightForWidth(line.width())


def test_the_card_shows_all_its_lines_and_the_list_the_rest(qtbot, logins, desk):
    tab = _leave_tab(qtbot, logins, desk)
    _all_in_sight(qtbot, tab)


def test_the_card_keeps_its_room_when_read_again_in_sight(qtbot, logins, desk):
    """Lines read again while the tab is in sight (a request decided elsewhere): a label
    added to a shown card is shown by a queued call, so the tab measured the card empty
    (8 pixels, its margins) and it scrolled; and under a Minimum size policy the scroll
    area held the card at its unwrapped height (the intermittent failure of the test
    above at CI, stop 40)."""
    tab = _leave_tab(qtbot, logins, desk)
    _all_in_sight(qtbot, tab)
    first = tab.card.lines[0]
    with qtbot.waitSignal(tab.card.shown, timeout=WAIT_MS):
        tab.card.refresh()
    assert tab.card.lines[0] is not first, "the card was read again"
    _all_in_sight(qtbot, tab)
