"""A record window at its opening size shows what a record says without cutting it: a
deal's title and its lead's name and number read in full (a field a record is known
by, and a reference named by a name and a number, take a line of their own), and a
ticket's form needs no scrollbar above its Documents tab (the form takes the height it
needs when the window has it). Measured on the real widgets, offscreen."""

from __future__ import annotations

import uuid

from helpers import WAIT_MS
from PySide6.QtWidgets import QApplication, QLineEdit, QToolButton
from sqlalchemy import text

from dicel_desktop.gui.screenshot import FORM_SIZE


def _open(qtbot, opener, table: str, record: uuid.UUID):
    window = opener.open(table, record)
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.panels_ready, timeout=WAIT_MS)
    # What the database says of the steps may add a line above the form (why one is held).
    qtbot.waitUntil(lambda: not window.steps.asking, timeout=WAIT_MS)
    qtbot.waitExposed(window)
    QApplication.processEvents()
    return window


def _room(line: QLineEdit) -> int:
    """The width a line edit has for its text: its own, less its buttons (clear) and
    Qt's margins around the text."""
    buttons = sum(b.width() for b in line.findChildren(QToolButton) if b.isVisible())
    margins = line.textMargins()
    return line.contentsRect().width() - buttons - margins.left() - margins.right() - 4


def _line(editor) -> QLineEdit:
    proxy = editor.focusProxy()
    return proxy if isinstance(proxy, QLineEdit) else editor.findChild(QLineEdit)


def test_a_deals_title_and_its_leads_name_and_number_read_in_full(qtbot, logins, desk):
    seller = logins.person("sales")
    with seller.engine.begin() as conn:
        lead = conn.scalar(
            text(
                "INSERT INTO leads (company_name, contact_person, email)"
                " VALUES ('Rweru Hardware Ltd', 'Chantal Sibomana', 'info@rweru.rw')"
                " RETURNING id"
            )
        )
        deal = conn.scalar(
            text(
                "INSERT INTO opportunities (lead_id, title, stage, probability)"
                " VALUES (:lead, 'CCTV and alarm package for Rweru Hardware Ltd',"
                " 'negotiation', 75) RETURNING id"
            ),
            {"lead": lead},
        )
    window = _open(qtbot, desk(seller), "opportunities", deal)
    for name in ("title", "lead_id"):
        line = _line(window.form.editors[name])
        shown = line.text()
        assert shown, name
        assert line.fontMetrics().horizontalAdvance(shown) <= _room(line), (name, shown)


def test_a_tickets_form_needs_no_scrollbar_at_the_size_screenshots_show(qtbot, logins, desk):
    person = logins.person("it")
    with person.engine.begin() as conn:
        ticket = conn.scalar(
            text(
                "INSERT INTO it_support_tickets (category, subject, description)"
                " VALUES ('Software', 'Excel crashes when opening the report',"
                " 'Excel crashes when opening the report.') RETURNING id"
            )
        )
    window = _open(qtbot, desk(person), "it_support_tickets", ticket)
    _shows_the_whole_form(window)  # at the size it opens at (grown within the screen)
    # As the screenshots show it (resized after opening, as a person would).
    window.resize(*FORM_SIZE)
    qtbot.waitUntil(lambda: window.height() == FORM_SIZE[1], timeout=WAIT_MS)
    QApplication.processEvents()
    _shows_the_whole_form(window)


def _shows_the_whole_form(window) -> None:
    QApplication.processEvents()
    assert window.panels.isVisible()  # its Documents and History below
    bar = window.scroll.verticalScrollBar()
    created = window.form.editors["created_at"]
    viewport = window.scroll.viewport()
    bottom = created.mapTo(viewport, created.rect().bottomLeft()).y()
    assert bar.maximum() == 0, (window.size(), window.splitter.sizes())
    assert bottom <= viewport.height()


def test_a_recovery_cases_two_tabs_of_papers_say_which_is_which(qtbot, logins, desk):
    """ "Case documents" and "Documents" stood side by side with nothing saying which to
    use: each tab's tooltip says what it holds and points to the other."""
    officer = logins.person("recovery")
    with officer.engine.begin() as conn:
        case = conn.scalar(
            text(
                "INSERT INTO recovery_cases (case_type, description)"
                " VALUES ('invoice_debt', 'Unpaid guarding invoices') RETURNING id"
            )
        )
    window = _open(qtbot, desk(officer), "recovery_cases", case)
    tips = {
        window.panels.tabText(i).replace("&", ""): window.panels.tabToolTip(i)
        for i in range(window.panels.count())
    }
    assert tips["Case documents"].startswith("The case's papers by type and date")
    assert tips["Case documents"].endswith("attach files themselves under Documents")
    assert tips["Documents"].endswith("list the case's papers by type under Case documents")
