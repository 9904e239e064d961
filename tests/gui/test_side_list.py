"""The list of pages beside a tab's page (gui/tabs/side_list.py)."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QListWidget, QStackedWidget, QWidget

from dicel_desktop.gui.tabs.side_list import lay_out_side_list


def test_an_accented_capital_fits_in_its_row(qtbot):
    # A user-eye review read "Ecritures" in the French Finance tab: each row was exactly
    # the font's height, and the accent of the É stands above the font's ascent.
    owner = QWidget()
    qtbot.addWidget(owner)
    side = QListWidget()
    side.addItems(["Écritures", "Comptes"])
    lay_out_side_list(owner, side, QStackedWidget(), "Finance")
    owner.show()
    qtbot.waitExposed(owner)
    metrics = QFontMetrics(side.font())
    accent = metrics.tightBoundingRect("É")  # its top is above the baseline: negative
    for row in range(side.count()):
        rect = side.visualItemRect(side.item(row))
        # The text is centred in its row; where its baseline falls:
        baseline = rect.top() + (rect.height() - metrics.height()) / 2 + metrics.ascent()
        assert baseline + accent.top() >= rect.top() + 1, (rect, accent)
        assert rect.height() >= metrics.height() + 4  # room for a click too


def test_a_title_too_long_for_the_widest_list_ends_in_an_ellipsis_and_says_itself(qtbot):
    # A user-eye review: "Demandes d'assistance informatique" ran past the list, which
    # grew a horizontal scrollbar under its five titles.
    from PySide6.QtCore import Qt

    from dicel_desktop.gui.tabs.side_list import LIST_WIDTH

    owner = QWidget()
    qtbot.addWidget(owner)
    side = QListWidget()
    long_title = "Demandes d'assistance informatique " * 2
    side.addItems(["Tableau de bord", long_title])
    lay_out_side_list(owner, side, QStackedWidget(), "Informatique")
    owner.resize(900, 400)
    owner.show()
    qtbot.waitExposed(owner)
    assert QFontMetrics(side.font()).horizontalAdvance(long_title) > LIST_WIDTH
    assert side.width() <= LIST_WIDTH
    assert side.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert not side.horizontalScrollBar().isVisible()
    assert side.textElideMode() == Qt.TextElideMode.ElideRight
    assert side.item(1).toolTip() == long_title


def test_every_lists_title_fits_the_side_list_in_each_language(qtbot):
    # A user-eye review in Kinyarwanda: "Ishingano z'abashinzwe umuteka…" (Security) and
    # "Imirongo y'urupapuro rwo gutum…" (Inventory) were cut in their tabs' side lists.
    from dicel_desktop.domain.tables import TABLES
    from dicel_desktop.gui.tabs.side_list import LIST_WIDTH
    from dicel_desktop.gui.translations import install_translators, tr_label

    too_wide = []
    try:
        for language in ("en", "fr", "rw"):
            install_translators(language)
            owner = QWidget()
            qtbot.addWidget(owner)
            side = QListWidget()
            side.addItems([tr_label(info.title) for info in TABLES.values()])
            lay_out_side_list(owner, side, QStackedWidget(), "")
            for row in range(side.count()):
                # The list is as wide as its longest title, up to LIST_WIDTH (_fit).
                needed = side.sizeHintForIndex(side.model().index(row, 0)).width()
                if needed + 2 * side.frameWidth() > LIST_WIDTH:
                    too_wide.append((language, side.item(row).text(), needed))
    finally:
        install_translators("en")
    assert not too_wide, too_wide
