"""What marking rows (items below their minimum stock, services/row_flags.py) costs the
grid, measured in one process against the grid as it was before row flags.

Run on demand: ``.venv/bin/pytest tests/perf -s -p no:randomly -k row_flag``. Prints a
table; asserts nothing about wall time.

The grid's GUI-thread work per row is formatting it (``CellFormatter.format_row``) and
putting it into a row of the window (``RowWindow._fill_window``); painting then runs in
C++. Each is measured three ways, in turns, on the same 10 columns of text: as before
(the formatter's expression and the window's refill loop as they were, kept here), as
now on an unmarked list (every list but the items), and as now with every seventh row
marked. Scrolling is one row at a time (a row enters, the others shift) and by a screen
(every row of the window changes), through rows whose pages are all loaded.
"""

from __future__ import annotations

import statistics
import time
from typing import Any

import pytest
from _measure import RUNS, Line, Stats, load_note, print_table, ratio

pytestmark = [pytest.mark.perf]

ROWS = 2_000
COLUMNS = 10
STEPS = 300
ROUNDS = max(RUNS, 5) * 3


def _old_fill_window(self, source) -> None:
    """RowWindow._fill_window before row flags (commit 7776321), for the baseline."""
    from PySide6.QtGui import QStandardItem

    from dicel_desktop.gui.widgets.row_window import ALIGNMENT_ROLE, DISPLAY_ROLE

    top = self.top
    base = top - (top & 1)
    count = max(0, min(self._capacity(), self._total() - base))
    self.base = base
    model = self.window_model
    placeholder = self._placeholder
    wanted = []
    for r in range(count):
        cells = source.row_cells(base + r)
        wanted.append(placeholder if cells is None else cells)
    kept = min(count, len(self._items))
    changed = False
    model.blockSignals(True)
    try:
        for r in range(kept):
            cells = wanted[r]
            if cells is self._shown[r]:
                continue
            self._shown[r] = cells
            changed = True
            for item, text in zip(self._items[r], cells, strict=True):
                item.setText(text)
    finally:
        model.blockSignals(False)
    if changed:
        model.dataChanged.emit(
            model.index(0, 0), model.index(kept - 1, self._columns - 1), [DISPLAY_ROLE]
        )
    resized = count != len(self._items)
    if count < len(self._items):
        model.setRowCount(count)
        del self._items[count:], self._shown[count:]
    for cells in wanted[kept:]:
        items = [QStandardItem(text) for text in cells]
        for column, alignment in self._aligned:
            items[column].setData(alignment, ALIGNMENT_ROLE)
        model.appendRow(items)
        self._items.append(items)
        self._shown.append(cells)
    if resized:
        self.table.doItemsLayout()
    self.table.verticalScrollBar().setValue(top - base)


def _source(rows: list[tuple[str, ...]]):
    """A list whose pages are all loaded: what RowWindow asks of ListingModel."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal

    class Loaded(QAbstractTableModel):
        query_applied = Signal()

        def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else len(rows)

        def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else COLUMNS

        def data(self, index, role=Qt.ItemDataRole.DisplayRole) -> Any:
            return rows[index.row()][index.column()] if role == 0 else None

        def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:
            return f"Column {section}" if role == 0 else None

        def row_cells(self, row: int):
            return rows[row]

    return Loaded()


def _scroll_ms(window, steps: list[int]) -> float:
    """Median time of one scroll step, the window refilled each time."""
    times = []
    for top in steps:
        started = time.perf_counter()
        window.scrollbar.setValue(top)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _old_format_row(self, row):
    """CellFormatter.format_row before row flags (commit 7776321), for the baseline."""
    return tuple([cell(row) for cell in self._cells])


def _format_us(formatter, rows, old: bool, repeat: int = 10) -> float:
    format_row = _old_format_row.__get__(formatter) if old else formatter.format_row
    started = time.perf_counter()
    for _ in range(repeat):
        for row in rows:
            format_row(row)
    return (time.perf_counter() - started) * 1e6 / (len(rows) * repeat)


def test_marking_rows_costs_the_list_nothing_it_would_notice(qapp):
    import random

    from PySide6.QtCore import QLocale

    from dicel_desktop.gui.cell_format import CellFormatter, FlaggedCells, LocaleFormats
    from dicel_desktop.gui.widgets.row_window import RowWindow
    from dicel_desktop.services.listing import Listing, ListQuery

    rng = random.Random(7)
    texts = [tuple(f"r{r} c{c} {rng.random():.6f}" for c in range(COLUMNS)) for r in range(ROWS)]
    lists = {
        "before": [tuple(t) for t in texts],
        "now, no marks": [tuple(t) for t in texts],
        "now, 1 row in 7 marked": [
            FlaggedCells(t) if r % 7 == 0 else tuple(t) for r, t in enumerate(texts)
        ],
    }
    windows = {}
    for name, rows in lists.items():
        window = RowWindow()
        window.set_flag_look(_tint(), "Below its minimum stock: time to order more.")
        window.resize(1200, 700)
        if name == "before":
            window._fill_window = _old_fill_window.__get__(window)
        window.set_source(_source(rows))
        window.show()
        qapp.processEvents()
        windows[name] = window
    page = windows["before"].rows_per_page()
    by_one = list(range(1, STEPS + 1))
    by_page = [(n * page) % (ROWS - page) for n in range(1, STEPS + 1)]
    results: dict[str, dict[str, list[float]]] = {
        n: {"one": [], "page": [], "paint": []} for n in lists
    }
    for round_ in range(ROUNDS):
        order = list(lists)[round_ % 3 :] + list(lists)[: round_ % 3]  # take turns
        for name in order:
            window = windows[name]
            window.scrollbar.setValue(0)
            results[name]["one"].append(_scroll_ms(window, by_one))
            results[name]["page"].append(_scroll_ms(window, by_page))
            qapp.processEvents()
            paints = []
            for _ in range(10):
                started = time.perf_counter()
                window.table.viewport().repaint()
                paints.append((time.perf_counter() - started) * 1000)
            results[name]["paint"].append(statistics.median(paints))

    # Formatting: the transactions' list (no flag) and the items' (flagged), as rows come.
    formats = LocaleFormats.from_qlocale(QLocale(QLocale.Language.English, QLocale.Country.Rwanda))
    plain = Listing(ListQuery("inventory_items", ("item_code", "item_name", "current_stock")))
    flagged = Listing(
        ListQuery("inventory_items", ("item_code", "item_name", "current_stock"), flagged=True)
    )
    raw = [(None, "k", f"ITEM-{n:06d}", f"Item {n}", n % 50, n % 7 == 0) for n in range(ROWS)]
    format_runs: dict[str, list[float]] = {"before": [], "now, no marks": [], "now, marked": []}
    variants = {
        "before": (CellFormatter(plain, formats), True),
        "now, no marks": (CellFormatter(plain, formats), False),
        "now, marked": (CellFormatter(flagged, formats), False),
    }
    for round_ in range(ROUNDS):
        names = list(variants)[round_ % 3 :] + list(variants)[: round_ % 3]  # take turns
        for name in names:
            formatter, old = variants[name]
            format_runs[name].append(_format_us(formatter, raw, old))

    lines = []
    for key, title in (
        ("one", "scroll by one row"),
        ("page", "scroll by a screen"),
        ("paint", "repaint of the rows"),
    ):
        before = Stats.of(results["before"][key])
        for name in ("now, no marks", "now, 1 row in 7 marked"):
            ours = Stats.of(results[name][key])
            # Painting runs the same C++ for an unmarked row before and now: no target.
            targeted = name == "now, no marks" and key != "paint"
            lines.append(
                Line(
                    f"{title}: {name}",
                    ours.show("ms", 3),
                    f"before: {before.show('ms', 3)}",
                    ratio(ours.median, before.median),
                    "≤ 1.10x before" if targeted else "(none)",
                    ours.median <= 1.10 * before.median if targeted else None,
                )
            )
    before = Stats.of(format_runs["before"])
    for name in ("now, no marks", "now, marked"):
        ours = Stats.of(format_runs[name])
        lines.append(
            Line(
                f"format one row: {name}",
                ours.show("µs", 2),
                f"before: {before.show('µs', 2)}",
                ratio(ours.median, before.median),
                "≤ 1.10x before" if name == "now, no marks" else "(none)",
                ours.median <= 1.10 * before.median if name == "now, no marks" else None,
            )
        )
    print_table(
        "Row flags in the grid",
        lines,
        [
            f"{ROUNDS} rounds, variants in turns; {STEPS} scroll steps per round (median step),"
            f" 10 repaints (median); {ROWS:,} loaded rows of {COLUMNS} columns, a window of"
            f" {page} rows",
            "before: CellFormatter.format_row and RowWindow._fill_window as they were before"
            " row flags (kept in this file)",
            "a repaint runs no Python either way (tests/gui/test_low_stock_flag.py profiles"
            " it); unmarked rows paint the same items as before, so their figures differ by"
            " the machine's noise alone",
            load_note(),
        ],
    )
    for window in windows.values():
        window.close()


def _tint():
    from dicel_desktop.gui.widgets.row_flag_looks import _FLAG_TINT

    return _FLAG_TINT
