"""The pages a list holds (gui/page_store.py): which stay, which go, and a row's display
strings made once, on its first showing."""

from __future__ import annotations

import uuid

from dicel_desktop.gui.page_store import PageStore
from dicel_desktop.services.paging import Anchor, Edges, SlotPage

SIZE = 4


def _edges(anchor: Anchor = Anchor.START) -> Edges:
    return Edges(first=("a",), last=("z",), anchor=anchor, at_start=False, at_end=False)


def _page(slot: int, count: int = SIZE, *, lead: int = 0, anchor: Anchor = Anchor.START):
    rows = [(uuid.uuid4(), f"row {slot}.{i}") for i in range(count)]
    return SlotPage(slot=slot, rows=rows, lead=lead, edges=_edges(anchor))


class Formatter:
    def __init__(self) -> None:
        self.made: list[str] = []

    def __call__(self, row) -> tuple[str, ...]:
        self.made.append(row[1])
        return (row[1].upper(),)


def test_a_row_is_formatted_once_and_a_missing_page_says_none():
    store, fmt = PageStore(SIZE, 3), Formatter()
    page = _page(1)
    store.store(page, total=100)
    assert store.cells(5, fmt, ("",)) == ("ROW 1.1",)
    assert store.cells(5, fmt, ("",)) == ("ROW 1.1",)
    assert fmt.made == ["row 1.1"]
    assert store.record_id(5) == page.rows[1][0]
    assert store.cells(0, fmt, ("",)) is None and store.record_id(0) is None


def test_a_partial_page_is_padded_with_blank_rows():
    """Two blank rows before a chain that ran into the start; the last slot of 10 rows
    is 2 long."""
    store, fmt = PageStore(SIZE, 3), Formatter()
    store.store(_page(0, 2, lead=2), total=10)
    assert store.cells(0, fmt, ("-",)) == ("-",) and store.record_id(1) is None
    assert store.cells(2, fmt, ("-",)) == ("ROW 0.0",)
    store.store(_page(2, 2), total=10)
    assert store.cells(9, fmt, ("-",)) == ("ROW 2.1",)
    assert fmt.made == ["row 0.0", "row 2.1"]


def test_the_least_recently_shown_page_goes_first_never_one_kept():
    store, fmt = PageStore(SIZE, 2), Formatter()
    store.store(_page(0), total=100)
    store.store(_page(1), total=100)
    store.cells(0, fmt, ("",))  # slot 0 shown after slot 1 arrived
    store.store(_page(2), total=100)
    store.evict(keep=[2])
    assert (0 in store, 1 in store, 2 in store) == (True, False, True)
    store.store(_page(3), total=100)
    store.evict(keep=[0, 2, 3])  # all kept: one more than allowed stays
    assert len(store) == 3


def test_a_new_count_drops_the_pages_whose_place_depended_on_it():
    store = PageStore(SIZE, 10)
    store.store(_page(0), total=20)
    store.store(_page(1, anchor=Anchor.END), total=20)
    store.store(_page(2, anchor=Anchor.FLOAT), total=20)
    store.store(_page(3), total=20)
    store.store(_page(4, 3), total=19)  # the last slot of 19 rows
    # Slot 4 is past 16 rows; slot 3 still holds 4 of them.
    assert store.drop_stale(16) == [1, 2, 4]
    # Slot 3 of 14 rows is 2 long: its 4 rows no longer fit.
    assert store.drop_stale(14) == [3]
    assert (0 in store, len(store)) == (True, 1)


def test_a_fetch_starts_from_the_edges_of_the_pages_beside_it():
    store = PageStore(SIZE, 10)
    store.store(_page(3), total=100)
    store.store(_page(6, anchor=Anchor.END), total=100)
    assert store.edges_beside([4, 5]) == {3: _edges(), 6: _edges(Anchor.END)}
    assert store.edges_beside([9]) == {}
