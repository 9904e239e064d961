"""The inbox's list as new lists arrive from the listener: arrivals and departures are
told to the view as rows inserted and removed, so what the person selected stays
selected while work comes and goes around it (a reset would re-measure every row and
lose the selection)."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest

from dicel_desktop.gui.tabs.inbox_page import InboxPage
from dicel_desktop.services.inbox import WaitingItem

_DAY = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)


def _item(hour: int, title: str, *, amount: str | None = None) -> WaitingItem:
    return WaitingItem(
        kind="expense" if amount else "leave",
        id=uuid.uuid5(uuid.NAMESPACE_URL, title),
        title=title,
        detail="2 working days" if amount is None else "Fuel",
        amount=Decimal(amount) if amount else None,
        currency="RWF" if amount else None,
        submitted_at=_DAY + dt.timedelta(hours=hour),
        submitted_by="Eric Habimana",
    )


class _Signals:
    def __init__(self, model) -> None:
        self.events: list[tuple] = []
        model.modelReset.connect(lambda: self.events.append(("reset",)))
        model.rowsInserted.connect(lambda _p, a, b: self.events.append(("inserted", a, b)))
        model.rowsRemoved.connect(lambda _p, a, b: self.events.append(("removed", a, b)))
        model.dataChanged.connect(lambda a, _b: self.events.append(("changed", a.row())))


@pytest.fixture
def page(qtbot) -> InboxPage:
    page = InboxPage(worker=None)
    qtbot.addWidget(page)
    page.show()
    return page


def _titles(page: InboxPage) -> list[str]:
    return [item.title for item in page.model.items]


def test_an_arrival_is_inserted_and_the_selection_stays(page) -> None:
    first, second, third = _item(1, "First"), _item(2, "Second"), _item(3, "Third")
    page.show_items([first, third])
    page.view.selectRow(1)
    signals = _Signals(page.model)

    page.show_items([first, second, third])

    assert signals.events == [("inserted", 1, 1)]
    assert _titles(page) == ["First", "Second", "Third"]
    assert [item.title for item in page.selected_items()] == ["Third"]
    assert page.model.index(1, 1).data() == "Second"


def test_a_decided_item_leaves_as_a_removed_row(page) -> None:
    items = [_item(hour, f"Item {hour}") for hour in range(1, 6)]
    page.show_items(items)
    page.view.selectRow(4)
    signals = _Signals(page.model)

    page.show_items([items[0], items[3], items[4]])

    assert signals.events == [("removed", 1, 2)]
    assert _titles(page) == ["Item 1", "Item 4", "Item 5"]
    assert [item.title for item in page.selected_items()] == ["Item 5"]


def test_a_changed_item_is_redrawn_in_place(page) -> None:
    before = _item(1, "Fuel for the generator", amount="50000")
    other = _item(2, "Other")
    page.show_items([before, other])
    signals = _Signals(page.model)
    after = WaitingItem(**{**before.__dict__, "amount": Decimal("65000")})

    page.show_items([after, other])

    assert signals.events == [("changed", 0)]
    assert "65" in page.model.index(0, 3).data()


def test_when_the_selected_item_leaves_the_current_one_is_selected(page) -> None:
    first, second = _item(1, "First"), _item(2, "Second")
    page.show_items([first, second])
    page.view.selectRow(1)

    page.show_items([first])

    assert [item.title for item in page.selected_items()] == ["First"]
    assert page.approve_button.isEnabled()


def test_a_new_order_resets_and_keeps_the_selected_item(page) -> None:
    first, second, third = _item(1, "First"), _item(2, "Second"), _item(3, "Third")
    page.show_items([first, second, third])
    page.view.selectRow(0)
    signals = _Signals(page.model)

    page.show_items([third, second, first])

    assert signals.events == [("reset",)]
    assert [item.title for item in page.selected_items()] == ["First"]
