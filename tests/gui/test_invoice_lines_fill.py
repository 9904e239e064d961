"""An invoice line's description takes the room the figures leave in the invoice
window's lines: it was cut ("…Octobe…") beside empty space."""

from __future__ import annotations

from decimal import Decimal

import pytest
from finance_data import client, invoice
from helpers import WAIT_MS

from dicel_desktop.gui.records.details import DetailsPanel

LONG = "Static guarding (CON-2024-000158), October 2026: 4 guards, day and night shifts"

pytestmark = pytest.mark.usefixtures("rwanda")


def test_the_description_takes_the_free_width(qtbot, logins, desk):
    finance = logins.person("finance")
    bill = invoice(
        finance,
        client(logins.person("client")),
        (LONG, Decimal("1"), Decimal("2400000")),
    )
    window = desk(finance).open("invoices", bill)
    window.resize(1000, 820)
    qtbot.waitUntil(lambda: window.record is not None and not window.is_busy, timeout=WAIT_MS)

    def lines():
        found = [
            p
            for p in window.findChildren(DetailsPanel)
            if p.grid is not None and p.detail.table == "invoice_items"
        ]
        return found[0] if found else None

    qtbot.waitUntil(lambda: lines() is not None, timeout=WAIT_MS)
    grid = lines().grid
    window.panels.setCurrentWidget(lines())
    qtbot.waitUntil(lambda: grid.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: grid.model.rowCount() == 1, timeout=WAIT_MS)
    view, header = grid.view, grid.view.horizontalHeader()
    section = [c.name for c in grid.model.columns].index("description")

    def filled():
        return header.length() >= view.viewport().width() - 2

    qtbot.waitUntil(filled, timeout=WAIT_MS)
    wide = header.sectionSize(section)
    assert wide >= view.fontMetrics().horizontalAdvance(LONG)
    # A wider window: it takes the new room too, and gives it back once narrower.
    window.resize(1400, 820)
    qtbot.waitUntil(lambda: header.sectionSize(section) > wide, timeout=WAIT_MS)
    qtbot.waitUntil(filled, timeout=WAIT_MS)
    window.resize(1000, 820)
    qtbot.waitUntil(lambda: header.sectionSize(section) == wide, timeout=WAIT_MS)
