"""How a record's files panel is laid out (``lay_out``): its status line, the list of
files with its buttons below and the lines that say why one is held or what went wrong,
the preview beside them. Its words keep the panel's translation context
(``DocumentsPanel``).
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dicel_desktop.gui.widgets.document_list import DocumentList
from dicel_desktop.gui.widgets.document_preview import DocumentPreview

if TYPE_CHECKING:
    from dicel_desktop.gui.widgets.documents_panel import DocumentsPanel


def lay_out(panel: DocumentsPanel) -> None:
    """Build ``panel``'s list, preview, buttons and lines, and its Tab order, as a
    ``setupUi`` would: the attributes it sets are the panel's (``list``, ``preview``,
    ``upload_button``…), its buttons wired to the panel's slots."""
    panel.status = QLabel()
    panel.status.setObjectName("documentsStatus")
    panel.status.setWordWrap(True)
    panel.message = QLabel()
    panel.message.setObjectName("documentsMessage")
    panel.message.setWordWrap(True)
    panel.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    panel.message.hide()
    #: Why a button is held for this record or the chosen file, said in the panel:
    #: a tooltip alone left four greyed buttons unexplained (eye33 #4).
    panel.held_line = QLabel()
    panel.held_line.setObjectName("documentsHeld")
    panel.held_line.setWordWrap(True)
    panel.held_line.hide()

    panel.list = DocumentList(panel.qlocale)
    panel.list.currentItemChanged.connect(panel._on_list_current_changed)
    panel.list.open_requested.connect(panel._on_open_clicked)
    panel.list.remove_action.triggered.connect(panel._on_remove_clicked)
    panel.preview = DocumentPreview()

    panel.upload_button = QPushButton(QCoreApplication.translate("DocumentsPanel", "&Upload…"))
    panel.open_button = QPushButton(QCoreApplication.translate("DocumentsPanel", "&Open"))
    panel.open_button.setToolTip(panel._open_tip())
    panel.download_button = QPushButton(QCoreApplication.translate("DocumentsPanel", "Do&wnload…"))
    panel.replace_button = QPushButton(QCoreApplication.translate("DocumentsPanel", "&Replace…"))
    panel.remove_button = QPushButton(QCoreApplication.translate("DocumentsPanel", "Remo&ve"))
    chain = [
        panel.upload_button,
        panel.open_button,
        panel.download_button,
        panel.replace_button,
        panel.remove_button,
    ]
    slots = [
        panel._on_upload_clicked,
        panel._on_open_clicked,
        panel._on_download_clicked,
        panel._on_replace_clicked,
        panel._on_remove_clicked,
    ]
    for button, slot in zip(chain, slots, strict=True):
        button.clicked.connect(slot)
        # Reached by Tab on every platform (macOS skips buttons by default).
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    buttons = QHBoxLayout()
    for button in chain[:3]:
        buttons.addWidget(button)
    buttons.addStretch(1)
    for button in chain[3:]:
        buttons.addWidget(button)
    left = QWidget()
    left_layout = QVBoxLayout(left)
    left_layout.setContentsMargins(0, 0, 0, 0)
    left_layout.addWidget(panel.status)
    left_layout.addWidget(panel.list, 1)
    left_layout.addLayout(buttons)
    left_layout.addWidget(panel.held_line)
    left_layout.addWidget(panel.message)

    panel.splitter = QSplitter(Qt.Orientation.Horizontal)
    panel.splitter.addWidget(left)
    panel.splitter.addWidget(panel.preview)
    panel.splitter.setStretchFactor(0, 3)
    panel.splitter.setStretchFactor(1, 2)
    panel.splitter.setChildrenCollapsible(False)
    # The preview gets two fifths of the width from the start, not its size hint.
    panel.splitter.setSizes([600, 400])
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(panel.splitter)
    # Tab goes from the list through the buttons in reading order (set once they
    # share a window).
    for first, second in itertools.pairwise([panel.list, *chain]):
        QWidget.setTabOrder(first, second)
