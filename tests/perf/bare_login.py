"""The floor of the cold start: a bare PySide6 window with the login window's widgets.

    python tests/perf/bare_login.py

The same widgets as ui/login_window.ui in demo mode (title, labels, a combo and two
buttons, e-mail and password fields, a check box, a busy bar, the login button, a
group box with a two-column tree), the same size, nothing else: no program package, no
settings, no translations. Exits at the first paint (the same moment the login window
calls "first painted": a zero-delay timer started in its first paintEvent).
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)


class Window(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self._painted = False
        self.setWindowTitle("DICEL ERP — Demo company")
        self.resize(880, 380)
        outer = QHBoxLayout(self)
        form_panel = QWidget()
        form_panel.setMinimumSize(QSize(400, 0))
        panel = QVBoxLayout(form_panel)
        title = QLabel("DICEL ERP")
        font = QFont()
        font.setPointSize(18)
        font.setBold(True)
        title.setFont(font)
        panel.addWidget(title)
        panel.addWidget(QLabel("Demo mode: a made-up company, on this computer only."))
        form = QFormLayout()
        profile_row = QHBoxLayout()
        profile_row.addWidget(QComboBox(), 1)
        profile_row.addWidget(QPushButton("Add…"))
        profile_row.addWidget(QPushButton("Remove"))
        form.addRow(QLabel("&Server:"), profile_row)
        email = QLineEdit()
        email.setPlaceholderText("name@dicel.rw")
        form.addRow(QLabel("&E-mail:"), email)
        password = QLineEdit()
        password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(QLabel("&Password:"), password)
        remember = QCheckBox("&Remember my password on this computer")
        form.addRow(remember)
        form.setRowVisible(0, False)  # demo mode: one server, nothing to remember
        form.setRowVisible(3, False)
        panel.addLayout(form)
        status_row = QHBoxLayout()
        busy = QProgressBar()
        busy.setRange(0, 0)
        busy.setMaximumWidth(80)
        status_row.addWidget(busy)
        status_row.addWidget(QLabel("Starting the demo database…"), 1)
        login = QPushButton("&Log in")
        login.setDefault(True)
        status_row.addWidget(login)
        panel.addLayout(status_row)
        message = QLabel()
        message.hide()
        panel.addWidget(message)
        panel.addStretch(1)
        outer.addWidget(form_panel)
        demo = QGroupBox("Demo company")
        demo_layout = QVBoxLayout(demo)
        hint = QLabel("The demo users appear here once the demo database has started.")
        demo_layout.addWidget(hint)
        tree = QTreeWidget()
        tree.setMinimumSize(QSize(400, 300))
        tree.setHeaderLabels(["Name", "E-mail"])
        tree.setAlternatingRowColors(True)
        tree.setRootIsDecorated(False)
        demo_layout.addWidget(tree)
        outer.addWidget(demo)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._on_first_painted)

    def _on_first_painted(self) -> None:
        import json

        report = {"painted_at": time.monotonic(), "modules_at_paint": len(sys.modules)}
        sys.stdout.write("RESULT " + json.dumps(report) + "\n")
        sys.stdout.flush()
        os._exit(0)


if __name__ == "__main__":
    app = QApplication(sys.argv)
    window = Window()
    window.show()
    sys.exit(app.exec())
