"""No page of the main window offers an Alt letter its menu bar already uses, in English,
French or Kinyarwanda (keys38, finding 2): in French the inbox's « &Approuver… » and the
Help menu « &Aide » were both Alt+A, and Qt, finding two, only moved the focus between
them. The test walks every tab's pages (each side-list entry) and My work's sections,
and reads the letters of what each shows, so a new clash fails it."""

from __future__ import annotations

import re

import pytest
from helpers import WAIT_MS
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QTabBar, QWidget

from dicel_desktop.gui import translations

pytestmark = pytest.mark.usefixtures("rwanda")

#: Who sees the most pages: the administrator (every tab but the client's) and a
#: supervisor with leave to decide; the employee's My work (My leave, My payslips).
PEOPLE = ("jean.mugabo@dicel.rw", "josiane.murekatete@dicel.rw")


def _letter(text: str) -> str | None:
    found = re.search(r"&(.)", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def _page_letters(window, page: QWidget) -> dict[str, list[str]]:
    """The Alt letters of what ``page`` shows: its buttons, labels with a buddy, group
    boxes that check, and tab bars' tabs (each makes a shortcut of its letter)."""
    found: dict[str, list[str]] = {}

    def add(text: str, what: str) -> None:
        letter = _letter(text)
        if letter:
            found.setdefault(letter, []).append(f"{what} {text!r}")

    for widget in [page, *page.findChildren(QWidget)]:
        if widget.window() is not window or not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton):
            add(widget.text(), type(widget).__name__)
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            add(widget.text(), "label")
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            add(widget.title(), "group")
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.isTabVisible(i):
                    add(widget.tabText(i), "tab")
    return found


def _clashes(window, where: str, page: QWidget, menus: dict[str, str]) -> list[str]:
    said = []
    for letter, owners in _page_letters(window, page).items():
        if letter in menus:
            said.append(f"{where}: Alt+{letter} is the menu {menus[letter]!r} and {owners}")
    return said


def _pages(qtbot, window):
    """Each page of each tab shown in turn: (where, page)."""
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        tab = window.tabs.widget(index)
        title = window.tabs.tabText(index)
        sections = getattr(tab, "sections", None) or getattr(tab, "lists", None)
        if sections is None:
            yield title, tab
            continue
        if sections is getattr(tab, "sections", None):  # My work: its sections come later
            qtbot.waitUntil(lambda tab=tab: tab.sections.count() > 0, timeout=WAIT_MS)
        for row in range(sections.count()):
            sections.setCurrentRow(row)
            qtbot.wait(1)  # a page shown lays out its parts
            yield f"{title} > {sections.item(row).text()}", tab.stack.currentWidget()


@pytest.mark.parametrize("language", ["en", "fr", "rw"])
@pytest.mark.parametrize("email", PEOPLE)
def test_no_page_takes_a_menu_letter(qtbot, demo_window, restore_language, language, email):
    translations.install_translators(language)
    window = demo_window(email)
    menus = {}
    for action in window.menuBar().actions():
        letter = _letter(action.text())
        assert letter and letter not in menus, (action.text(), menus)
        menus[letter] = action.text()
    clashes = []
    for where, page in _pages(qtbot, window):
        assert page is not None and page.isVisible(), where
        clashes += _clashes(window, where, page, menus)
    assert QApplication.activeWindow() is window
    assert not clashes, "\n".join(clashes)
