"""Settings > Language: the interface's language, kept for the next start.

The choice is stored in QSettings (``gui.translations.SETTINGS_KEY``); "System" removes it,
so the desktop's language applies again. Widgets already made keep their words, so the
new language takes effect when DICEL Desktop starts again, which the person is told.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from dicel_desktop.gui.translations import LANGUAGES, SETTINGS_KEY

__all__ = ["add_language_menu"]


def add_language_menu(parent_menu: QMenu, settings: QSettings, window: QWidget) -> QMenu:
    """A "Language" submenu of ``parent_menu``: the system's, then each language by its
    own name (a person who cannot read the current one still finds theirs)."""
    menu = parent_menu.addMenu(QCoreApplication.translate("LanguageMenu", "&Language"))
    group = QActionGroup(menu)
    chosen = str(settings.value(SETTINGS_KEY, "") or "")
    system = QCoreApplication.translate("LanguageMenu", "The system's language")
    choices = [("", system), *LANGUAGES]
    for code, name in choices:
        action = QAction(name, menu, checkable=True)
        action.setData(code)
        action.setChecked(code == chosen)
        group.addAction(action)
        menu.addAction(action)
    group.triggered.connect(lambda action: _on_language_chosen(action, settings, window))
    return menu


def _on_language_chosen(action: QAction, settings: QSettings, window: QWidget) -> None:
    code = action.data()
    if code:
        settings.setValue(SETTINGS_KEY, code)
    else:
        settings.remove(SETTINGS_KEY)
    settings.sync()
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("LanguageMenu", "Language"),
        QCoreApplication.translate(
            "LanguageMenu", "The new language applies when DICEL Desktop starts again."
        ),
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.open()  # not exec(): the window (and tests) go on
