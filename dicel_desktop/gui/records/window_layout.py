"""A record window's widgets and their places: the title and the lines under it, the form
over the panels of what belongs to the record, and the buttons (New, Delete, Print, the
workflow's steps, Save, Close) with their keys. As a Designer form's ``setupUi`` would, it
sets each widget as the window's attribute, under the name the window, its helpers and the
tests use. Its words keep the window's translation context, "RecordWindow".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dicel_desktop.gui.records.flag_line import FlagLine
from dicel_desktop.gui.records.form_split import FormFirstSplit
from dicel_desktop.gui.records.step_bar import StepBar
from dicel_desktop.gui.records.summary_line import SummaryLine
from dicel_desktop.gui.records.window_registries import DOCUMENT_PRINTS, own_new_record
from dicel_desktop.gui.theme import use_tab_style
from dicel_desktop.gui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from dicel_desktop.gui.records.record_window import RecordWindow


def lay_out(window: RecordWindow) -> None:
    """Make ``window``'s widgets, lay them out and connect its buttons and keys."""
    window.title = QLabel()
    font = window.title.font()
    font.setPointSizeF(font.pointSizeF() * 1.35)
    font.setBold(True)
    window.title.setFont(font)
    window.subtitle = QLabel()
    window.subtitle.setWordWrap(True)
    #: What its list marks it for, with the date (a review overdue, a licence expired).
    window.flag_line = FlagLine()
    #: What the record adds up to (a pay period's payslips and pay).
    window.summary_line = SummaryLine()
    window.message = MessageBar()

    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    # Not a Tab stop of its own: it scrolls to whichever field has the focus.
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidget(window.form)
    window.scroll = scroll
    # The form fits the width it is shown in (its hints said below their lines
    # where they do not fit): no horizontal scroll bar at 820 pixels.
    scroll.viewport().installEventFilter(window)
    window.panels = QTabWidget()
    window.panels.setDocumentMode(True)
    use_tab_style(window.panels.tabBar())  # « Évaluations » with its accent
    window.panels.hide()
    splitter = window.splitter = QSplitter(Qt.Orientation.Vertical)
    splitter.addWidget(scroll)
    splitter.addWidget(window.panels)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)
    splitter.setChildrenCollapsible(False)
    #: The form first: it gets the height it needs (gui/records/form_split.py).
    window.split = FormFirstSplit(window, splitter, scroll, window.panels)

    window.new_button = QPushButton(QCoreApplication.translate("RecordWindow", "&New"))
    window.new_button.setToolTip(
        QCoreApplication.translate("RecordWindow", "A new, empty %1 (Ctrl+N)").replace(
            "%1", window._what()
        )
    )
    if (own := own_new_record(window.table, window.role)) is not None:
        window.new_button.setToolTip(QCoreApplication.translate("RecordWindow", own.tooltip))
    #: The dialog New opened instead of an empty form (OWN_NEW_RECORDS), if any.
    window.own_new_dialog = None
    window.save_button = QPushButton(QCoreApplication.translate("RecordWindow", "&Save"))
    window.save_button.setToolTip(QCoreApplication.translate("RecordWindow", "Save (Ctrl+S)"))
    window.save_button.setDefault(True)
    window.delete_button = QPushButton(QCoreApplication.translate("RecordWindow", "&Delete…"))
    # No mnemonic: Alt+P belongs to the workflow's steps ("Record &payment…"); Ctrl+P
    # and Ctrl+Shift+P reach the print from anywhere in the window.
    window.print_button = QPushButton(QCoreApplication.translate("RecordWindow", "Print"))
    window.print_button.setToolTip(
        QCoreApplication.translate(
            "RecordWindow", "Print this %1 (Ctrl+P) or save it as a PDF (Ctrl+Shift+P)"
        ).replace("%1", window._what())
        if window.table in DOCUMENT_PRINTS
        else QCoreApplication.translate(
            "RecordWindow", "Print this form (Ctrl+P) or save it as a PDF (Ctrl+Shift+P)"
        )
    )
    print_menu = QMenu(window.print_button)
    window.action_print = print_menu.addAction(
        QCoreApplication.translate("RecordWindow", "&Print…"), window.print_form
    )
    window.action_save_pdf = print_menu.addAction(
        QCoreApplication.translate("RecordWindow", "Save as P&DF…"), window.save_form_pdf
    )
    window.print_button.setMenu(print_menu)
    #: The print or save under way (tests drive its dialogs).
    window.print_job = None
    window.close_button = QPushButton(QCoreApplication.translate("RecordWindow", "Close"))
    window.close_button.setToolTip(QCoreApplication.translate("RecordWindow", "Close (Esc)"))
    buttons = QHBoxLayout()
    buttons.addWidget(window.new_button)
    buttons.addWidget(window.delete_button)
    buttons.addWidget(window.print_button)
    buttons.addStretch(1)
    # The workflow's steps for the record's state (Submit, Approve…): gui/workflows.
    window.steps = StepBar(window)
    buttons.addLayout(window.steps.layout)
    buttons.addWidget(window.save_button)
    buttons.addWidget(window.close_button)
    window.new_button.setVisible(window.spec.can_insert)
    window.save_button.setVisible(window.spec.can_insert or window.spec.can_update)
    window.delete_button.setVisible(window.spec.can_delete)

    layout = QVBoxLayout(window)
    layout.addWidget(window.title)
    layout.addWidget(window.flag_line)
    layout.addWidget(window.summary_line)
    layout.addWidget(window.subtitle)
    layout.addWidget(window.message)
    layout.addWidget(splitter, 1)
    layout.addLayout(buttons)
    # Why a step shown disabled is held (a case not begun), under the buttons.
    layout.addWidget(window.steps.note)
    # Tab from the last field reaches Save first: what a person filling the form
    # does next. New, Delete and Print follow, in the order they are shown.
    for first, then in (
        (window.save_button, window.new_button),
        (window.new_button, window.delete_button),
        (window.delete_button, window.print_button),
    ):
        QWidget.setTabOrder(first, then)

    window.new_button.clicked.connect(window._on_new_clicked)
    window.save_button.clicked.connect(window.save)
    window.delete_button.clicked.connect(window.saving.ask_to_delete)
    window.close_button.clicked.connect(window.reject)
    # Ctrl+N and Ctrl+S wherever the focus is inside the window.
    window._shortcuts = [
        QShortcut(QKeySequence.StandardKey.New, window, activated=window._on_new_clicked),
        QShortcut(QKeySequence.StandardKey.Save, window, activated=window.save),
        QShortcut(QKeySequence.StandardKey.Print, window, activated=window.print_form),
        QShortcut(QKeySequence("Ctrl+Shift+P"), window, activated=window.save_form_pdf),
    ]
