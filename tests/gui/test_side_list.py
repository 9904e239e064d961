"""The list of pages beside a tab's page (gui/tabs/side_list.py)."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QListWidget, QSplitter, QStackedWidget, QWidget

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


def _tab(qtbot, titles: list[str], width: int, settings=None):
    owner = QWidget()
    qtbot.addWidget(owner)
    side = QListWidget()
    side.addItems(titles)
    if settings is None:
        lay_out_side_list(owner, side, QStackedWidget(), "Imari")
    else:
        lay_out_side_list(owner, side, QStackedWidget(), "Imari", settings)
    owner.resize(width, 500)
    owner.show()
    qtbot.waitExposed(owner)
    return owner, side, owner.findChild(QSplitter)


#: Kinyarwanda's titles of the Finance tab's pages (the longest: the budget chart).
FINANCE_RW = [
    "Incamake",
    "Ibikorwa by\u2019imari",
    "Fagitire",
    "Ikoreshwa ry\u2019amafaranga",
    "Igishushanyo cy\u2019ingengo y\u2019imari",
]


def test_on_a_laptop_the_list_gives_the_page_its_room_and_cuts_a_long_title(qtbot):
    # eye32, 5: at 1024 pixels the Kinyarwanda titles took some 200 of them, and an
    # invoice's balance due was cut at the page's right edge.
    from dicel_desktop.gui.tabs.side_list import LIST_WIDTH

    longest = QFontMetrics(QWidget().font()).horizontalAdvance(FINANCE_RW[-1])
    owner, side, _splitter = _tab(qtbot, FINANCE_RW, 1020)
    assert side.width() <= 1020 // 7 < longest
    # Cut, it says itself whole; the first titles still read whole.
    assert side.item(4).toolTip() == FINANCE_RW[-1]
    assert QFontMetrics(side.font()).horizontalAdvance(FINANCE_RW[0]) < side.viewport().width()
    # A wide window gives the list the room its titles need.
    owner.resize(1920, 500)
    qtbot.waitUntil(lambda: side.width() > min(longest, LIST_WIDTH - 10))


def test_a_width_the_person_drags_the_list_to_is_kept_and_remembered(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    settings = QSettings(str(tmp_path / "side.ini"), QSettings.Format.IniFormat)
    owner, side, splitter = _tab(qtbot, FINANCE_RW, 1020, settings)
    splitter.moveSplitter(100, 1)  # as a drag of the handle does
    qtbot.waitUntil(lambda: side.width() == 100)
    owner.resize(1600, 500)  # wider: the list keeps the person's width
    qtbot.waitUntil(lambda: owner.width() == 1600)
    assert side.width() == 100
    # Another tab, or the next start, lays its list out at that width.
    _other, again, _ = _tab(qtbot, ["Incamake", "Dosiye zo kugaruza"], 1280, settings)
    assert again.width() == 100


def test_a_width_dragged_in_one_tab_is_the_width_of_the_tabs_open_already(qtbot, tmp_path):
    """Code review 33, F5: the list's width was read from the settings only as a tab was
    made, so a drag in Finance left the other tabs open at their width until the next
    start. A tab of another window (other settings) keeps its own."""
    from PySide6.QtCore import QSettings

    settings = QSettings(str(tmp_path / "side.ini"), QSettings.Format.IniFormat)
    elsewhere = QSettings(str(tmp_path / "other.ini"), QSettings.Format.IniFormat)
    _owner, side, splitter = _tab(qtbot, FINANCE_RW, 1280, settings)
    _other, open_already, _ = _tab(qtbot, ["Incamake", "Dosiye zo kugaruza"], 1280, settings)
    _third, apart, _ = _tab(qtbot, ["Incamake", "Dosiye zo kugaruza"], 1280, elsewhere)
    before = apart.width()
    assert before != 100
    splitter.moveSplitter(100, 1)  # as a drag of the handle does
    qtbot.waitUntil(lambda: side.width() == 100)
    qtbot.waitUntil(lambda: open_already.width() == 100)
    assert apart.width() == before


def test_a_title_that_changes_after_its_row_exists_is_fitted_and_says_itself(qtbot):
    """eye36, 1: My work's "Waiting for me" gets its count after its row exists; the list
    kept the width of the title without it ("Waiting for …" at 1400 pixels) and the
    tooltip kept the old title, without the count."""
    _owner, side, _splitter = _tab(qtbot, ["My profile", "My IT tickets", "Waiting for me"], 1400)
    before = side.width()
    titled = "Waiting for me (16)"
    side.item(2).setText(titled)
    needed = side.sizeHintForIndex(side.model().index(2, 0)).width()
    assert needed > before  # the new title does not fit the old width
    qtbot.waitUntil(lambda: side.width() >= needed)
    assert side.item(2).toolTip() == titled
    side.item(2).setText("Waiting for me")  # the count back to nothing
    assert side.item(2).toolTip() == "Waiting for me"
    # A tooltip a tab gave a row itself is its own.
    side.item(0).setToolTip("Your name, your job and whom you report to")
    side.item(0).setText("Mon profil")
    assert side.item(0).toolTip() == "Your name, your job and whom you report to"
