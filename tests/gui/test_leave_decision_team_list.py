"""The leave decision dialog shows who else in the team is away in a list with room for
at least four rows and no sideways scroll bar, its columns fitted (the names wrapping if
they must), in English, French and Kinyarwanda: it was squeezed to a row and a half with
a horizontal scroll bar under an empty band."""

from __future__ import annotations

import uuid

import pytest
from helpers import WAIT_MS
from leave_team import decision_facts

from dicel_desktop.gui.translations import install_translators
from dicel_desktop.gui.workflows.leave_decision_dialog import LeaveDecisionDialog


@pytest.fixture(params=["en", "fr", "rw"])
def language(request, qapp):
    install_translators(request.param)
    yield request.param
    install_translators("en")


@pytest.mark.parametrize("people", [2, 5])
def test_the_team_list_shows_four_rows_and_no_sideways_scroll_bar(qtbot, worker, language, people):
    dialog = LeaveDecisionDialog(worker, uuid.uuid4())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # The request is not in the database: wait until that is said, then show these facts.
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=WAIT_MS)
    dialog._on_facts_loaded(decision_facts(people))
    away = dialog.away
    qtbot.waitUntil(lambda: away.isVisible(), timeout=WAIT_MS)
    qtbot.wait(50)  # the layout's next pass
    assert not away.horizontalScrollBar().isVisible()
    header = away.header()
    # Every column within the list's width: nothing to the right to scroll to.
    assert header.length() <= away.viewport().width()
    metrics = away.fontMetrics()
    for i in range(people):
        item = away.topLevelItem(i)
        for column in (1, 2):  # dates and state whole, with a gap after them
            assert header.sectionSize(column) >= metrics.horizontalAdvance(item.text(column))
    # Room for four rows at least, whatever the number of entries.
    row = away.sizeHintForRow(0)
    assert away.viewport().height() >= 4 * row, (away.viewport().height(), row)
    # All of it inside the dialog: nothing under the buttons.
    bottom = away.mapTo(dialog, away.rect().bottomLeft()).y()
    assert bottom < dialog.close_button.mapTo(dialog, dialog.close_button.rect().topLeft()).y()
