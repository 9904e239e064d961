"""File > Print... and Save as PDF... in the main window, logged in as demo users under
their own logins (their grants and row security apply to what is printed)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from helpers import WAIT_MS
from PySide6.QtCore import QSettings, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from dicel_desktop.db.engine import make_engine
from dicel_desktop.demo import DEMO_PASSWORD, demo_users
from dicel_desktop.gui.main_window import MainWindow
from dicel_desktop.services.auth import login


def open_window(qtbot, demo_dsn, tmp_path, role: str) -> MainWindow:
    engine = make_engine(demo_dsn)
    with engine.connect() as conn:
        email = next(u.email for u in demo_users(conn) if u.role == role)
    engine.dispose()
    parts = urlsplit(demo_dsn)
    logged_in = login(parts.hostname, parts.port, parts.path.lstrip("/"), email, DEMO_PASSWORD)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(logged_in, settings=settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    return window


@pytest.fixture
def admin_window(qtbot, demo_dsn, tmp_path):
    window = open_window(qtbot, demo_dsn, tmp_path, "admin")
    yield window
    window.close()


@pytest.fixture
def finance_window(qtbot, demo_dsn, tmp_path):
    window = open_window(qtbot, demo_dsn, tmp_path, "finance")
    yield window
    window.close()


def wait_for_list(qtbot, window) -> None:
    def ready() -> bool:
        grid = window.current_grid()
        return grid is not None and grid.model.rowCount() > 0 and not grid.model.is_loading

    qtbot.waitUntil(ready, timeout=WAIT_MS)


def save_current_list(qtbot, window, target, *, then=None) -> list[str]:
    """Save as PDF... of the list on screen, through the file dialog; the pages' text.
    ``then(window)`` runs once the PDF is written, before its pages are read (reading a
    long list's pages takes seconds on a busy machine)."""
    wait_for_list(qtbot, window)
    window.action_save_pdf.trigger()
    job = window.print_job
    qtbot.waitUntil(lambda: job.file_dialog is not None, timeout=WAIT_MS)
    outcome: list[tuple[str, bool]] = []
    job.finished.connect(lambda sentence, problem: outcome.append((sentence, problem)))
    job.file_dialog.selectFile(str(target))
    job.file_dialog.accept()
    qtbot.waitUntil(lambda: bool(outcome), timeout=WAIT_MS)
    assert outcome == [(f"Saved as {target}.", False)]
    if then is not None:
        then(window)
    document = QPdfDocument()
    document.load(str(target))
    return [document.getAllText(n).text() for n in range(document.pageCount())]


def test_the_file_menu_prints_the_current_list_and_saves_it_as_pdf(qtbot, admin_window, tmp_path):
    window = admin_window
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    assert [a.text() for a in file_menu.actions()][:3] == [
        "&Export list…",
        "&Print…",
        "Save as P&DF…",
    ]
    # Budgets (132 rows in the demo, a few pages), not the 2,900 transactions: a PDF of
    # ~60 pages to write and read proved nothing more about the pages' heads and numbers.
    window.show_tab("Finance").show_table("budgets")  # the tab opens on its dashboard
    wait_for_list(qtbot, window)
    grid = window.current_grid()
    grid.view.setFocus()
    qtbot.keyClick(grid.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: window.print_job is not None and window.print_job.print_dialog is not None,
        timeout=WAIT_MS,
    )
    window.print_job.print_dialog.reject()

    target = tmp_path / "list.pdf"
    said = []

    def said_where_it_went(window) -> None:
        # The person reads where it went (and the worker's going idle does not wipe it).
        # Asked before the pages are read: the message stays 8 s, which reading a long
        # list's pages on a busy machine outlasted.
        qtbot.waitUntil(lambda: not window.worker.is_busy, timeout=WAIT_MS)
        qtbot.wait(50)
        said.append(window.statusBar().currentMessage())

    pages = save_current_list(qtbot, window, target, then=said_where_it_went)
    assert said == [f"Saved as {target}."]
    assert len(pages) > 1  # numbered "of" more than one
    for n, text in enumerate(pages):
        assert "DICEL Ltd" in text  # the demo company's system setting company.name
        assert grid.spec.label in text
        assert re.search(rf"Page {n + 1} of {len(pages)}\b", text)


def test_a_login_that_may_not_read_the_settings_prints_the_company_name_too(
    qtbot, finance_window, tmp_path
):
    # The settings table is the administrators' alone: dicel_company_name() gives every
    # login the one setting its pages carry. (Its accounts: one page to write and read.)
    finance_window.show_tab("Finance").show_table("financial_accounts")
    pages = save_current_list(qtbot, finance_window, tmp_path / "finance.pdf")
    assert pages and "Page 1 of" in pages[0]
    assert all("DICEL Ltd" in page for page in pages)


def test_ctrl_p_on_my_payslips_prints_the_chosen_payslip_not_the_list(qtbot, finance_window):
    window = finance_window
    window.show_tab("My work")
    qtbot.waitUntil(lambda: "payslips" in window.my_work.section_keys(), timeout=WAIT_MS)
    page = window.my_work.show_section("payslips")
    qtbot.waitUntil(lambda: page.grid.model.rowCount() > 0, timeout=WAIT_MS)
    page.grid.view.setFocus()
    qtbot.keyClick(page.grid.view, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: page.grid.current_record_id() is not None, timeout=WAIT_MS)
    # A shortcut answers in the active window only (late on a busy machine).
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    qtbot.keyClick(page.grid.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.output.print_dialog is not None, timeout=WAIT_MS)
    assert window.print_job is None  # the window handed Ctrl+P to the payslips page
    page.output.print_dialog.reject()
