"""The look: the focus ring follows the keyboard focus, the high-contrast theme is chosen
in View > Appearance and kept for the next start, and the module icons follow it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QPushButton,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from dicel_desktop.domain.modules import MODULES
from dicel_desktop.gui import theme
from dicel_desktop.gui.focus_ring import MARGIN
from dicel_desktop.gui.icons import MY_WORK, icons_dir, module_icon


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def installed(qapp, settings, monkeypatch):
    """The theme as the program installs it at start; removed after the test (the
    tests share one application)."""
    monkeypatch.delenv("DICEL_THEME", raising=False)
    made: list[theme.Theme] = []

    def install(choice: str | None = None) -> theme.Theme:
        if choice is not None:
            settings.setValue(theme.SETTINGS_KEY, choice)
        made.append(theme.install_theme(qapp, settings))
        return made[-1]

    yield install
    for each in made:
        each.remove()


def _window(qtbot, *widgets: QWidget) -> QWidget:
    window = QWidget()
    layout = QVBoxLayout(window)
    for widget in widgets:
        layout.addWidget(widget)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def test_the_focus_ring_follows_the_tab_key_and_is_drawn_in_the_highlight(qtbot, installed):
    installed(theme.STANDARD)
    line, button = QLineEdit(), QPushButton("Save")
    window = _window(qtbot, line, button)
    line.setFocus()
    ring = theme.current_theme().ring
    qtbot.waitUntil(lambda: ring.widget is line)
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: ring.widget is button)

    # Around the button, in the palette's highlight colour.
    image = window.grab().toImage()
    corner = button.geometry().topLeft()
    highlight = QApplication.palette().color(QPalette.ColorRole.Highlight)
    ring_pixel = image.pixelColor(corner.x() - 1, corner.y() + button.height() // 2)
    assert ring_pixel.name() == highlight.name()
    line_left = line.geometry().topLeft()
    assert image.pixelColor(line_left.x() - 1, line_left.y() + 5).name() != highlight.name()


def test_on_a_tab_bar_the_ring_goes_round_the_current_tab_and_follows_the_arrows(qtbot, installed):
    installed(theme.STANDARD)
    bar = QTabBar()
    bar.setExpanding(False)  # as a tab widget's bar: tabs as wide as their titles
    for title in ("My work", "Finance", "Administration"):
        bar.addTab(title)
    window = _window(qtbot, bar)
    bar.setFocus()
    ring = theme.current_theme().ring
    qtbot.waitUntil(lambda: ring.widget is bar)

    def ringed() -> QRect:
        return ring.ring.geometry().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)

    def tab(index: int) -> QRect:
        return QRect(bar.mapTo(window, bar.tabRect(index).topLeft()), bar.tabRect(index).size())

    qtbot.waitUntil(lambda: ringed() == tab(0))
    assert ringed().width() < bar.width() // 2  # the tab, not the whole bar
    qtbot.keyClick(bar, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: ringed() == tab(1))
    # A longer title before it moves the current tab: the ring goes with it.
    bar.setTabText(0, "My work (9)")
    qtbot.waitUntil(lambda: ringed() == tab(1))


def test_high_contrast_is_white_on_black_and_kept_from_the_settings(qapp, installed):
    installed(theme.HIGH_CONTRAST)
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Window) == QColor("black")
    assert palette.color(QPalette.ColorRole.WindowText) == QColor("white")
    assert palette.color(QPalette.ColorRole.Highlight) == QColor("yellow")
    assert isinstance(QApplication.style(), theme.ContrastStyle)


def test_the_command_line_theme_wins_for_one_run(qapp, installed, monkeypatch):
    monkeypatch.setenv("DICEL_THEME", theme.HIGH_CONTRAST)
    installed(theme.STANDARD)
    assert QApplication.palette().color(QPalette.ColorRole.Window) == QColor("black")


def test_following_the_system_uses_its_high_contrast_preference(qapp, installed, monkeypatch):
    monkeypatch.setattr(theme, "system_prefers_high_contrast", lambda: True)
    chosen = installed(theme.SYSTEM)
    assert chosen.high_contrast
    chosen.set_choice(theme.STANDARD)
    assert QApplication.palette().color(QPalette.ColorRole.Window) != QColor("black")
    # The standard look paints through the platform's style alone (no Python in a
    # list's paint): the focus ring is a widget of its own.
    assert not isinstance(QApplication.style(), theme.ContrastStyle)


def test_every_module_and_my_work_has_an_icon_in_one_style():
    keys = [MY_WORK, *(m.key for m in MODULES)]
    for key in keys:
        svg = (icons_dir() / "modules" / f"{key}.svg").read_text()
        # One style: line icons on a 24-pixel grid, one stroke width, no fixed colour.
        assert 'viewBox="0 0 24 24"' in svg and 'fill="none"' in svg, key
        assert 'stroke="currentColor" stroke-width="1.75"' in svg, key
        assert "#" not in svg, key
        assert not module_icon(key).isNull(), key


def test_an_icon_is_drawn_in_the_palette_text_colour(qapp):
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#ff0000"))
    image = module_icon("finance", palette).pixmap(48, 48).toImage()
    colours = {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }
    assert colours == {"#ff0000"}


def test_text_follows_the_desktop_font_size(qapp):
    """A person who chose large text gets large figures and titles: sizes scale the
    desktop's font, none is fixed."""
    from dicel_desktop.gui.dashboards.dashboard_page import TILE_FONT_SCALE, DashboardPage
    from dicel_desktop.gui.login_window import LoginWindow
    from dicel_desktop.gui.worker import DbWorker

    before = QApplication.font()
    large = QFont(before)
    large.setPointSizeF(18)
    QApplication.setFont(large)
    worker = DbWorker()
    try:
        page = DashboardPage(worker, "finance")
        tile = page._all_tiles["past_due"]
        assert tile.font().pointSizeF() == pytest.approx(18 * TILE_FONT_SCALE)
        login = LoginWindow()
        assert login.ui.titleLabel.font().pointSizeF() == pytest.approx(36)
        login.close()
    finally:
        QApplication.setFont(before)
        worker.shutdown()


def test_a_message_is_announced_to_a_screen_reader(qapp, monkeypatch):
    from PySide6.QtGui import QAccessible

    from dicel_desktop.gui.widgets import message_bar

    heard: list[tuple[str, object]] = []
    monkeypatch.setattr(
        message_bar,
        "update_accessibility",
        lambda event: heard.append((event.message(), event.politeness())),
    )
    bar = message_bar.MessageBar()
    bar.say("Amount must be more than zero.")
    bar.say("Saved.", problem=False)
    politeness = QAccessible.AnnouncementPoliteness
    assert heard == [
        ("Amount must be more than zero.", politeness.Assertive),
        ("Saved.", politeness.Polite),
    ]


def test_thirteen_module_tabs_with_icons_fit_the_window(qapp, installed):
    """The administrator's thirteen tabs, with their icons, fit the main window's
    1280 pixels without scroll arrows."""
    from PySide6.QtWidgets import QTabBar

    installed(theme.STANDARD)
    bar = QTabBar()
    bar.setDocumentMode(True)
    for key, title in [(MY_WORK, "My work (12)"), *((m.key, m.title) for m in MODULES)]:
        bar.addTab(module_icon(key), title)
    plain = bar.sizeHint().width()
    theme.use_compact_tabs(bar)
    assert bar.sizeHint().width() <= 1280 < plain


@pytest.mark.parametrize("language", ["en", "fr", "rw"])
def test_the_administrators_tabs_fit_a_laptop_and_my_work_keeps_its_count(
    qtbot, installed, restore_language, language
):
    """eye40 #5: at 1366 pixels in French « Mon travail » was cut, and in Kinyarwanda
    "Akazi kanjye (4)" scrolled out of view behind arrows, with the count of what waits.
    Now every tab is on the bar: long module titles shortened (said whole in their
    tooltip), short ones and My work whole."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QTabWidget, QToolButton, QToolTip

    from dicel_desktop.gui import translations
    from dicel_desktop.gui.widgets.main_tab_bar import MainTabBar

    translations.install_translators(language)
    installed(theme.STANDARD)
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.setTabBar(MainTabBar())
    tabs.setDocumentMode(True)
    theme.use_compact_tabs(tabs.tabBar())
    my_work = QCoreApplication.translate("MainWindow", "My work ({count})").format(count=4)
    for key, title in [
        (MY_WORK, my_work),
        *((m.key, translations.tr_label(m.title)) for m in MODULES),
    ]:
        tabs.addTab(QWidget(), module_icon(key), title)
    tabs.resize(1366, 300)
    tabs.setCurrentIndex(tabs.count() - 1)  # Administration, on the right
    tabs.show()
    qtbot.waitExposed(tabs)
    bar = tabs.tabBar()
    assert not any(b.isVisible() for b in bar.findChildren(QToolButton))  # no arrows
    assert all(bar.tabRect(i).right() < bar.width() for i in range(bar.count()))
    assert bar.tabRect(0).left() == 0 and not bar.is_shortened(0)
    assert not bar.is_shortened(bar.count() - 1)  # the current one, of one word
    shortened = [i for i in range(1, bar.count()) if bar.is_shortened(i)]
    assert bool(shortened) == (language == "rw" or language == "fr")
    # Only the longest give room: a tab left whole is no wider than a shortened one.
    for i in set(range(1, bar.count())) - set(shortened):
        for j in shortened:
            assert bar.tabSizeHint(i).width() <= bar.tabRect(j).width() + 1, (i, j)
    for j in shortened:
        # Its whole title in its tooltip, as the side list says a cut title.
        centre = bar.tabRect(j).center()
        QApplication.sendEvent(
            bar, QHelpEvent(QEvent.Type.ToolTip, centre, bar.mapToGlobal(centre))
        )
        assert QToolTip.text() == translations.tr_label(MODULES[j - 1].title)
    QToolTip.hideText()
