"""What the bulk decision dialog lists: each item as the inbox showed it, its sum too
(its key fact, read from the database, under it: tests/gui/test_inbox_decides_with_facts.py)."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest

from dicel_desktop.gui.workflows.bulk_decision_dialog import BulkDecisionDialog
from dicel_desktop.services.inbox import WaitingItem

pytestmark = pytest.mark.usefixtures("rwanda")


def _item(kind: str, title: str, amount: Decimal | None, currency: str | None) -> WaitingItem:
    return WaitingItem(kind, uuid.uuid4(), title, None, amount, currency, None, "Aline Uwase")


def test_money_approved_in_a_batch_shows_each_sum(qtbot, worker):
    # "Approve these 3 items?" listed three expenses by number and category alone: the
    # amounts the inbox showed were gone at the moment of deciding them.
    items = [
        _item("expense", "EXP-2026-000007 — Fuel & transport", Decimal("371000"), "RWF"),
        _item("purchase_order", "PO-2026-000003 — Kivu Electronics Ltd", Decimal("950.5"), "USD"),
        _item("leave", "Annual leave, 12-18 January 2027", None, None),
    ]
    dialog = BulkDecisionDialog(worker, items, approve=True)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.facts is not None, timeout=20_000)
    # Each entry's first line (its fact, here that the record is not there, is under it).
    lines = [dialog.list.item(i).text().splitlines()[0] for i in range(dialog.list.count())]
    assert lines == [
        "Expense: EXP-2026-000007 — Fuel & transport, 371,000 RWF, from Aline Uwase",
        "Purchase order: PO-2026-000003 — Kivu Electronics Ltd, 950.50 USD, from Aline Uwase",
        "Leave: Annual leave, 12-18 January 2027, from Aline Uwase",
    ]
