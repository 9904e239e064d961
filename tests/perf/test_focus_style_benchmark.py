"""What high contrast costs a list's paint (gui/theme.py): ``ContrastStyle`` is a
QProxyStyle written in Python, so every primitive and control Qt draws passes through
Python. Measured on the most drawn thing there is, a full list (60 rows x 12 columns,
the current cell ringed), against the same list under the plain Fusion style (the
standard theme, whose focus ring is a widget and costs a list's paint nothing), in the
same process and the same rounds.

This is why the style is installed only in high contrast: the first focus ring was
drawn by such a style in every theme, and this benchmark measured lists painting at
about twice Fusion's time through it.

Run on demand: ``.venv/bin/pytest tests/perf -s -p no:randomly -k focus_style``. Prints a
table; asserts nothing about wall time. No target: for information.
"""

from __future__ import annotations

import time

import pytest
from _measure import RUNS, Line, Stats, load_note, paired, print_table

pytestmark = [pytest.mark.perf]

ROUNDS = max(RUNS, 9)
#: Repaints per measurement: one paint is too short to time alone.
PAINTS = 20


def _table():
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

    table = QTableWidget(60, 12)
    for row in range(60):
        for column in range(12):
            table.setItem(row, column, QTableWidgetItem(f"Row {row} column {column}"))
    table.resize(1200, 1400)
    return table


def _paint_ms(table) -> float:
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    start = time.perf_counter()
    for _ in range(PAINTS):
        table.viewport().repaint()
    return (time.perf_counter() - start) * 1000 / PAINTS


def test_focus_style_paint_against_fusion(qapp):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QStyleFactory

    from dicel_desktop.gui.theme import ContrastStyle

    fusion = QStyleFactory.create("Fusion")
    ours = ContrastStyle(QStyleFactory.create("Fusion"))
    table = _table()
    table.show()
    table.setFocus(Qt.FocusReason.TabFocusReason)
    table.setCurrentCell(5, 3)
    mine: list[dict[str, float]] = []
    theirs: list[dict[str, float]] = []
    try:
        for round_ in range(ROUNDS):
            # Alternate which goes first: a machine that speeds up or slows down within a
            # round favours neither.
            order = [(ours, mine), (fusion, theirs)]
            for style, results in order if round_ % 2 == 0 else reversed(order):
                table.setStyle(style)
                table.viewport().setStyle(style)
                _paint_ms(table)  # the first paint after a style change lays out
                results.append({"ms": _paint_ms(table)})
    finally:
        table.close()
    ratio = paired(mine, theirs, "ms")
    print_table(
        "High contrast style: a 60 x 12 list repainted",
        [
            Line(
                "one repaint of the list",
                Stats.of([r["ms"] for r in mine]).show("ms", 2),
                "Fusion: " + Stats.of([r["ms"] for r in theirs]).show("ms", 2),
                f"{ratio.median:.2f}x ({ratio.low:.2f}-{ratio.high:.2f})",
                "",
                None,
            )
        ],
        [load_note(), f"{ROUNDS} rounds of {PAINTS} repaints each"],
    )
