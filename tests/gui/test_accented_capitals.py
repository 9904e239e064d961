"""An accented capital is drawn whole wherever a word may begin with one (eye36, 3: the
record window's tab « Évaluations » read "Evaluations"; the side lists had the same cause,
text clipped to a box the font's height, decisions « side lists' rows have 3 px »)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QLineEdit, QTabWidget, QWidget

from dicel_desktop.gui import theme

ACCENTED, PLAIN = "ÉÉÉÉ", "EEEE"


def _accent_pixels() -> int:
    """How many pixels the accents of ACCENTED change, drawn with nothing to clip them."""
    images = []
    for text in (ACCENTED, PLAIN):
        image = QImage(120, 40, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setFont(QApplication.font())
        painter.drawText(QPoint(4, 28), text)
        painter.end()
        images.append(image)
    return _differing(*images)


def _differing(a: QImage, b: QImage) -> int:
    return sum(
        1 for y in range(a.height()) for x in range(a.width()) if a.pixel(x, y) != b.pixel(x, y)
    )


def _accents_drawn(widget: QWidget, show: Callable[[str], None]) -> int:
    shots = []
    for text in (ACCENTED, PLAIN):
        show(text)
        QApplication.processEvents()
        shots.append(widget.grab().toImage())
    return _differing(*shots)


@pytest.fixture
def installed_theme(qapp, tmp_path, monkeypatch):
    """The theme as the program installs it at start; removed after the test."""
    monkeypatch.delenv("DICEL_THEME", raising=False)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    made = theme.install_theme(qapp, settings)
    yield made
    made.remove()


@pytest.mark.parametrize("compact", [False, True])
def test_a_tab_not_current_draws_its_accent_whole(qtbot, installed_theme, compact):
    # The record window's tabs under a form, and the main window's (compact) tabs.
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.setDocumentMode(True)
    if compact:
        theme.use_compact_tabs(tabs.tabBar())
    else:
        theme.use_tab_style(tabs.tabBar())
    tabs.addTab(QWidget(), "Congés")
    tabs.addTab(QWidget(), PLAIN)
    tabs.resize(400, 120)
    tabs.show()
    qtbot.waitExposed(tabs)
    assert tabs.currentIndex() == 0
    drawn = _accents_drawn(tabs.tabBar(), lambda text: tabs.setTabText(1, text))
    assert drawn == _accent_pixels()


def test_the_tabs_under_a_record_draw_their_accents_whole(qtbot, installed_theme, logins):
    # An employee's Leave | Attendance | … | Performance reviews (« Évaluations »).
    from dicel_desktop.gui.records.editor_factory import make_editor_factory
    from dicel_desktop.gui.records.record_window import RecordWindow
    from dicel_desktop.gui.worker import DbWorker

    hr = logins.person("hr")
    worker = DbWorker(hr.session_factory)
    window = RecordWindow(
        worker,
        "employees",
        hr.role.value,
        make_editor_factory(worker),
        record_id=hr.employee_id,
        # Two of its tabs (its real ones need their lists loaded, for nothing here).
        panels=lambda _window: [("Congés", QWidget()), (PLAIN, QWidget())],
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.panels.count() > 1, timeout=20_000)
    panels = window.panels
    assert panels.currentIndex() != 1
    try:
        drawn = _accents_drawn(panels.tabBar(), lambda text: panels.setTabText(1, text))
        assert drawn == _accent_pixels()
    finally:
        window.discard_and_close()
        worker.shutdown()


def test_a_fields_suggestions_draw_their_accents_whole(qtbot):
    from dicel_desktop.gui.widgets.folded_completer import FoldedCompleter

    line = QLineEdit()
    qtbot.addWidget(line)
    completer = FoldedCompleter([PLAIN], line)
    line.setCompleter(completer)
    line.show()
    qtbot.waitExposed(line)
    completer.setCompletionPrefix("")
    completer.complete()
    popup = completer.popup()
    qtbot.waitExposed(popup)
    drawn = _accents_drawn(popup.viewport(), lambda text: completer.set_words([text]))
    assert drawn == _accent_pixels()


def test_a_filters_choices_draw_their_accents_whole(qtbot, restore_language):
    # « Études » in the filter of HR > Leave requests' type of leave.
    from dicel_desktop.gui import translations
    from dicel_desktop.gui.widgets.filter_popup import FilterPopup
    from dicel_desktop.services.columns import table_spec

    translations.install_translators("fr")
    popup = FilterPopup(table_spec("leave_requests").column("leave_type"))
    qtbot.addWidget(popup)
    popup.show()
    qtbot.waitExposed(popup)
    values = popup.values
    words = [values.item(row).text() for row in range(values.count())]
    assert "Études" in words
    item = values.item(0)
    drawn = _accents_drawn(values.viewport(), item.setText)
    assert drawn == _accent_pixels()
