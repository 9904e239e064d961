"""The floor of a first tab: a bare PySide6 main window with a tab widget, in a fresh process.

    python tests/perf/bare_main_window.py

A QMainWindow with a menu bar, a status bar and a QTabWidget of five tabs, the first a
side list beside a table of 50 rows and 8 columns (what a dashboard's or a list's first
page puts on screen, without the program), the program's size; no program package, no
database. Exits at its first paint, noting the moment (``time.monotonic()``).
"""

from __future__ import annotations

import json
import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)


class Window(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self._painted = False
        self.setWindowTitle("DICEL ERP — bare")
        self.resize(1280, 800)
        for menu in ("&File", "&Record", "&View", "&Help"):
            self.menuBar().addMenu(menu)
        self.statusBar().showMessage("Ready")
        tabs = QTabWidget()
        tabs.setDocumentMode(True)
        first = QWidget()
        row = QHBoxLayout(first)
        side = QListWidget()
        side.addItems(["Dashboard", "Invoices", "Expenses", "Budgets", "Transactions"])
        side.setMaximumWidth(220)
        row.addWidget(side)
        table = QTableWidget(50, 8)
        for r in range(50):
            for c in range(8):
                table.setItem(r, c, QTableWidgetItem(f"{r * 8 + c:,}"))
        row.addWidget(table, 1)
        tabs.addTab(first, "My work")
        for title in ("Human Resources", "Finance", "Inventory", "Clients"):
            tabs.addTab(QWidget(), title)
        self.setCentralWidget(tabs)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._on_first_painted)

    def _on_first_painted(self) -> None:
        report = {"loaded_at": time.monotonic(), "modules_at_loaded": len(sys.modules)}
        sys.stdout.write("RESULT " + json.dumps(report) + "\n")
        sys.stdout.flush()
        os._exit(0)


if __name__ == "__main__":
    app = QApplication(sys.argv)
    window = Window()
    window.show()
    sys.exit(app.exec())
