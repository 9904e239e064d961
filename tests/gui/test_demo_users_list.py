"""The demo login list says each person's job and whom they report to, read after their
name (gui/demo_users.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidget

from dicel_desktop.demo.showcase import DemoUser
from dicel_desktop.gui import demo_users

PEOPLE = [
    DemoUser("jean.mugabo@dicel.rw", "Jean Mugabo", "admin", "Administration",
             "Managing Director", ""),
    DemoUser("divine.ingabire@dicel.rw", "Divine Ingabire", "inventory", "Inventory",
             "Inventory Manager", "Jean Mugabo"),
    DemoUser("annick.byiringiro@dicel.rw", "Annick Byiringiro", "inventory", "Inventory",
             "Stock Clerk", "Divine Ingabire"),
]  # fmt: skip


def test_each_person_shows_their_job_and_whom_they_report_to(qtbot):
    tree = QTreeWidget()
    tree.setColumnCount(2)  # Name, E-mail: as the login window's form makes it
    qtbot.addWidget(tree)
    demo_users.fill(tree, PEOPLE)
    column = demo_users.POSITION_COLUMN
    assert tree.headerItem().text(column) == "Position"
    assert tree.header().visualIndex(column) == 1  # read right after the name
    rows = {}
    for i in range(tree.topLevelItemCount()):
        heading = tree.topLevelItem(i)
        for j in range(heading.childCount()):
            item = heading.child(j)
            rows[item.text(1)] = item.text(column)
    assert rows == {
        "jean.mugabo@dicel.rw": "Managing Director",
        "divine.ingabire@dicel.rw": "Inventory Manager, reports to Jean Mugabo",
        "annick.byiringiro@dicel.rw": "Stock Clerk, reports to Divine Ingabire",
    }
