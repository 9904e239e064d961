"""The pages of a list's rows a ``ListingModel`` holds (gui/table_model.py): no Qt here.

A list of N rows is cut into slots of ``page_size`` rows (``services.paging``); the store
keeps at most ``max_pages`` of them, the least recently shown going first, each as the
server sent its rows. A row becomes display strings the first time it is shown: a person
sees a few dozen rows of a 200-row page, and formatting is most of a page's cost in
Python. When the list's count changes, the pages whose place depended on it go.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from uuid import UUID

from dicel_desktop.gui.cell_format import Cells
from dicel_desktop.services.listing import Row
from dicel_desktop.services.paging import Anchor, Edges, SlotPage


@dataclass(slots=True)
class _Page:
    #: The rows as the server sent them (None for the padding of a partial page)...
    rows: list[Row | None]
    #: ... and their display strings, made when a row is first shown (None until then).
    cells: list[Cells | None]
    ids: list[UUID | None]
    edges: Edges


class PageStore:
    """At most ``max_pages`` slots of ``page_size`` rows, least recently shown first out."""

    def __init__(self, page_size: int, max_pages: int) -> None:
        self.page_size = page_size
        self.max_pages = max_pages
        self._pages: OrderedDict[int, _Page] = OrderedDict()
        #: The slot last shown: rows of one slot are asked in a run, and moving it to
        #: the end of the order once per run is enough.
        self._last_slot = -1

    def __contains__(self, slot: object) -> bool:
        return slot in self._pages

    def __len__(self) -> int:
        return len(self._pages)

    def clear(self) -> None:
        self._pages.clear()
        self._last_slot = -1

    def record_id(self, row: int) -> UUID | None:
        """The id of the record at ``row``, if its page is here."""
        slot = row // self.page_size
        page = self._pages.get(slot)
        if page is None:
            return None
        return page.ids[row - slot * self.page_size]

    def cells(self, row: int, format_row: Callable[[Row], Cells], blank: Cells) -> Cells | None:
        """The display strings of ``row`` (made by ``format_row`` on its first showing;
        ``blank`` for a padding row), or None when its page is not here. Marks its page
        as just shown."""
        size = self.page_size
        slot = row // size
        page = self._pages.get(slot)
        if page is None:
            return None
        if slot != self._last_slot:
            self._pages.move_to_end(slot)
            self._last_slot = slot
        index = row - slot * size
        cells = page.cells[index]
        if cells is None:
            found = page.rows[index]
            cells = blank if found is None else format_row(found)
            page.cells[index] = cells
        return cells

    def store(self, page: SlotPage, total: int) -> None:
        """Keep a page the server sent, padded to its slot's length in a list of
        ``total`` rows."""
        size = self.page_size
        length = min(size, total - page.slot * size)
        trailing = max(0, length - page.lead - len(page.rows))
        rows: list[Row | None] = [None] * page.lead + list(page.rows) + [None] * trailing
        ids: list[UUID | None] = [None if row is None else row[0] for row in rows]
        self._pages[page.slot] = _Page(rows[:length], [None] * length, ids[:length], page.edges)
        self._pages.move_to_end(page.slot)

    def evict(self, keep: Iterable[int]) -> None:
        """Drop the least recently shown pages beyond ``max_pages``, never one of ``keep``."""
        kept = set(keep)
        while len(self._pages) > self.max_pages:
            victim = next((s for s in self._pages if s not in kept), None)
            if victim is None:
                break
            del self._pages[victim]
        self._last_slot = -1

    def drop_stale(self, total: int) -> list[int]:
        """Drop the pages a new count of ``total`` rows moves, and say which: pages placed
        from the end or by a quantile depend on the total, and so does the length of the
        last slot. Only full-length pages counted from the start stay."""
        size = self.page_size
        stale = [
            s
            for s, page in self._pages.items()
            if page.edges.anchor is not Anchor.START
            or s * size >= total
            or len(page.rows) != min(size, total - s * size)
        ]
        for s in stale:
            del self._pages[s]
        self._last_slot = -1
        return stale

    def edges_beside(self, slots: Iterable[int]) -> dict[int, Edges]:
        """The edges of the pages here next to ``slots`` (a fetch starts from them)."""
        return {n: self._pages[n].edges for s in slots for n in (s - 1, s + 1) if n in self._pages}
