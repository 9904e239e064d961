"""Python's collector frees a closed window one object at a time: each object's
attributes cleared while Qt still holds the widgets and sends their signals. A slot
PySide made for a plain method lives in the object's ``__dict__``: gone, so "Slot
'MainWindow::' not found" was raised into the event loop, failing whichever test ran
then (flaky41; test_data_grid.py has the grid's). Slots declared on the class with
``gui.collected.slot_while_whole`` survive the clearing and do nothing once it came.

The signals are sent directly, with no turn of the event loop: a collection runs to its
end in one turn, so nothing queued (a worker's answer, a timer) reaches it midway."""

from __future__ import annotations

import pytest
from helpers import WAIT_MS
from kept_slots import add_kept, cleared, slots_kept_in_dict
from PySide6.QtCore import QItemSelection

from dicel_desktop.gui.editors.base import LineEditor
from dicel_desktop.gui.tabs.module_tab import ModuleTab

pytestmark = pytest.mark.usefixtures("rwanda")


def test_no_object_of_the_main_window_keeps_its_slots_where_the_collector_clears(
    qtbot, demo_window
):
    """Every tab's pages, lists, dashboards and charts, and a new record's form of each
    list: none has a slot PySide made for a plain method (each was raised as "Slot
    'X::' not found" if a signal met it mid-collection)."""
    window = demo_window("jean.mugabo@dicel.rw")
    found: dict[str, list[str]] = {}
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        tab = window.tabs.widget(index)
        if isinstance(tab, ModuleTab):
            if tab.dashboard is not None:
                dashboard = tab.show_dashboard()
                qtbot.waitUntil(lambda d=dashboard: d.loaded, timeout=WAIT_MS)
            for table in tab.tables:
                tab.show_table(table)
                record = window.records.new(table)
                add_kept(found, slots_kept_in_dict(record))
                record.close()
            for title in tab.charts:
                tab.show_chart(title)
        add_kept(found, slots_kept_in_dict(window))
    assert found == {}


def test_a_main_window_cleared_before_qt_lets_go_takes_its_signals_quietly(qtbot, demo_window):
    window = demo_window("jean.mugabo@dicel.rw")
    my_work, inbox, live = window.my_work, window.my_work.inbox, window.live_inbox
    qtbot.waitUntil(lambda: inbox.loaded, timeout=WAIT_MS)
    tabs, worker, records = window.tabs, window.worker, window.records
    selection, sections = inbox.view.selectionModel(), my_work.sections
    with cleared(window, my_work, inbox, live):
        tabs.currentChanged.emit(1)
        worker.busy_changed.emit(True)
        records.table_changed.emit("expenses")
        my_work.waiting_count_changed.emit(3)
        inbox.count_changed.emit(2)
        inbox.items_arrived.emit([])
        inbox.decided.emit([])
        selection.selectionChanged.emit(QItemSelection(), QItemSelection())
        sections.currentItemChanged.emit(None, None)


def test_a_record_window_cleared_before_qt_lets_go_takes_its_signals_quietly(qtbot, demo_window):
    """A record window and its editors: a line's text and the form's state sent while
    their attributes are gone. (Not the form's own: lambdas and helpers reading a
    cleared form are left, docs/decisions.md, slots42.)"""
    window = demo_window("jean.mugabo@dicel.rw")
    record = window.records.new("expenses")
    qtbot.waitExposed(record)
    form = record.form
    editors = form.findChildren(LineEditor)
    lines = [e.line for e in editors]
    assert lines
    with cleared(record, *editors):
        form.dirty_changed.emit(True)
        for line in lines:
            line.textChanged.emit("12")
    record.discard_and_close()
