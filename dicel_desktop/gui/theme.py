"""How the program looks: the standard look or a high-contrast one, and a focus ring
that shows on every control (gui/focus_ring.py).

The choice is kept in QSettings (``appearance/theme``): "system" follows the desktop
(its high-contrast preference, which Qt reports from 6.10 on, and its dark colour
scheme, which the Fusion style follows by itself), "standard" and "high_contrast" force
one. Fonts are never set here: the desktop's font and size stay in force, and widgets
that want bigger text scale the font they were given.

The standard look is the platform's style untouched (Fusion draws a focus frame on a
list's current cell once the keyboard is used). High contrast adds ``ContrastStyle``
over it: the edges of controls in the text colour, the current tab underlined, the
current cell ringed in a colour that stands out from a selected row. That style is
written in Python, so it is called for every cell painted; it is installed only when
high contrast is on (and, for its compact tabs, on the main window's tab bar alone).
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QCoreApplication, QObject, QRect, QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

from dicel_desktop.gui.focus_ring import FocusRing, band

log = logging.getLogger(__name__)

SETTINGS_KEY = "appearance/theme"
SYSTEM, STANDARD, HIGH_CONTRAST = "system", "standard", "high_contrast"
THEMES = (SYSTEM, STANDARD, HIGH_CONTRAST)

#: The ring around the current cell of a list, inside the cell (high contrast).
CELL_RING = 2
#: A tab bar with this property set to True has tighter tabs: the main window's, whose
#: thirteen tabs with their icons would otherwise not fit a 1280-pixel window.
COMPACT_TABS = "compactTabs"
#: Space around a compact tab's icon and text (Fusion's own is 24).
COMPACT_TAB_SPACE = 10
#: Room above and below a tab's text for the accent of a capital (« Évaluations »).
TAB_TEXT_ROOM = 3


def theme_names() -> dict[str, str]:
    """The choices as a person reads them, in menu order."""
    return {
        SYSTEM: QCoreApplication.translate("Theme", "Follow the &system"),
        STANDARD: QCoreApplication.translate("Theme", "S&tandard"),
        HIGH_CONTRAST: QCoreApplication.translate("Theme", "&High contrast"),
    }


def high_contrast_palette() -> QPalette:
    """White text on black, yellow for what is selected or focused, cyan links: the
    Windows high-contrast scheme, whose contrasts are all above 7:1."""
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    grey = QColor("#c0c0c0")  # 12.6:1 on black: still readable where it means "off"
    palette = QPalette()
    role = QPalette.ColorRole
    for r, colour in (
        (role.Window, black),
        (role.WindowText, white),
        (role.Base, black),
        (role.AlternateBase, QColor("#1c1c1c")),
        (role.Text, white),
        (role.Button, black),
        (role.ButtonText, white),
        (role.BrightText, yellow),
        (role.Highlight, yellow),
        (role.HighlightedText, black),
        (role.Link, QColor("#00ffff")),
        (role.LinkVisited, QColor("#ff80ff")),
        (role.ToolTipBase, black),
        (role.ToolTipText, white),
        (role.PlaceholderText, grey),
        (role.Light, white),
        (role.Midlight, grey),
        (role.Mid, grey),
        (role.Dark, white),
        (role.Shadow, white),
        (role.Accent, yellow),
    ):
        palette.setColor(r, colour)
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, r, QColor("#9a9a9a"))
    palette.setColor(disabled, role.Highlight, grey)
    return palette


def is_dark(palette: QPalette) -> bool:
    """Whether text is light on a dark background (high contrast, a dark desktop)."""
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def error_colour(palette: QPalette) -> QColor:
    """The colour of a sentence saying what is wrong: dark red on a light background, a
    light red on a dark one (7:1 on black), where dark red cannot be read."""
    return QColor("#ff8a80") if is_dark(palette) else QColor("#b3261e")


def error_style(palette: QPalette) -> str:
    """A label's style sheet for a sentence saying what is wrong (``error_colour``)."""
    return f"QLabel {{ color: {error_colour(palette).name()}; }}"


# --------------------------------------------------------------------------- style


class ContrastStyle(QProxyStyle):
    """The application's style, with what high contrast needs when ``high_contrast``
    (Fusion darkens the window colour for its outlines, which on black is black)."""

    def __init__(self, base: QStyle | None = None, *, high_contrast: bool = True) -> None:
        super().__init__(base)
        self.high_contrast = high_contrast

    def drawControl(self, element, option, painter, widget=None) -> None:
        super().drawControl(element, option, painter, widget)
        if self.high_contrast and element in _HC_CONTROLS:
            _edge(painter, option)
            if option.state & QStyle.StateFlag.State_Selected:
                # Fusion tells the current tab by a shade, which black does not have.
                bar = QRect(option.rect)
                bar.setTop(bar.bottom() - 2)
                painter.fillRect(bar, option.palette.color(QPalette.ColorRole.Highlight))

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        if self.high_contrast and element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            # A selected cell is painted in the highlight colour: ring it in the
            # colour of its text instead.
            palette = option.palette
            background = getattr(option, "backgroundColor", QColor())
            colour = palette.color(QPalette.ColorRole.Highlight)
            if background == colour:
                colour = palette.color(QPalette.ColorRole.HighlightedText)
            painter.save()
            painter.setClipRegion(band(option.rect, CELL_RING))
            painter.fillRect(option.rect, colour)
            painter.restore()
            return
        super().drawPrimitive(element, option, painter, widget)
        if self.high_contrast and element in _HC_PRIMITIVES:
            _edge(painter, option)

    def drawComplexControl(self, control, option, painter, widget=None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if self.high_contrast and control in _HC_COMPLEX:
            _edge(painter, option)


class CompactTabStyle(ContrastStyle):
    """A tab bar's own style: tighter tabs where its ``COMPACT_TABS`` property is set,
    and room for an accented capital on every tab (kept off the application's style:
    ``pixelMetric`` is asked for every cell painted)."""

    def pixelMetric(self, metric, option=None, widget=None) -> int:
        if (
            metric == QStyle.PixelMetric.PM_TabBarTabHSpace
            and widget is not None
            and widget.property(COMPACT_TABS)
        ):
            return COMPACT_TAB_SPACE
        return super().pixelMetric(metric, option, widget)

    def subElementRect(self, element, option, widget=None) -> QRect:
        rect = super().subElementRect(element, option, widget)
        if element == QStyle.SubElement.SE_TabBarTabText:
            # Fusion gives a tab's text a rect shorter than the font (12 pixels of 14)
            # and the text is clipped to it: « Évaluations » read "Evaluations" on a tab
            # not current (eye36, 3). The rect grows as much above as below, so the text
            # stays where it was and only its accent is no longer cut.
            wanted = option.fontMetrics.height() + 2 * TAB_TEXT_ROOM
            grow = max(0, (wanted - rect.height() + 1) // 2)
            rect = rect.adjusted(0, -grow, 0, grow).intersected(option.rect)
        return rect


_P = QStyle.PrimitiveElement
_HC_PRIMITIVES = frozenset(
    {
        _P.PE_PanelButtonCommand,
        _P.PE_FrameLineEdit,
        _P.PE_FrameGroupBox,
        _P.PE_IndicatorCheckBox,
        _P.PE_IndicatorRadioButton,
        _P.PE_FrameTabWidget,
        _P.PE_Frame,
        _P.PE_FrameMenu,
    }
)
_HC_CONTROLS = frozenset({QStyle.ControlElement.CE_TabBarTabShape})
_HC_COMPLEX = frozenset({QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox})


def _edge(painter: QPainter, option: QStyleOption) -> None:
    """A one-pixel edge in the text colour around what was just drawn; dotted around a
    field that can only be read (the standard look greys it, black has no grey)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    pen = QPen(option.palette.color(QPalette.ColorRole.WindowText), 1)
    if option.state & QStyle.StateFlag.State_ReadOnly:
        pen.setStyle(Qt.PenStyle.DotLine)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
    painter.restore()


# --------------------------------------------------------------------------- applying


class Theme(QObject):
    """The theme in force for the application; see the module docstring."""

    def __init__(self, app: QApplication, choice: str = SYSTEM) -> None:
        super().__init__(app)
        self._app = app
        self._style_name = app.style().name()
        self._palette = app.palette()
        #: The main window's tab bar's own style (compact tabs); it lives as long as
        #: the application, as the tab bars using it may.
        self.tab_style = CompactTabStyle(self._new_base(), high_contrast=False)
        self.tab_style.setParent(app)
        self.ring = FocusRing(app)
        self.choice = choice if choice in THEMES else SYSTEM
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._on_system_changed)
        accessibility = getattr(hints, "accessibility", None)  # Qt 6.10 and later
        if accessibility is not None:
            accessibility().contrastPreferenceChanged.connect(self._on_system_changed)
        self.apply()

    def _new_base(self) -> QStyle:
        return QStyleFactory.create(self._style_name) or QStyleFactory.create("Fusion")

    def remove(self) -> None:
        """Give the application back its style and palette (tests share one)."""
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.disconnect(self._on_system_changed)
        accessibility = getattr(hints, "accessibility", None)
        if accessibility is not None:
            accessibility().contrastPreferenceChanged.disconnect(self._on_system_changed)
        self.ring.stop()
        self.ring.setParent(None)
        self.ring.deleteLater()
        if isinstance(self._app.style(), ContrastStyle):
            self._app.setStyle(self._new_base())
        self._app.setPalette(self._palette)
        self.setParent(None)
        self.deleteLater()

    @property
    def high_contrast(self) -> bool:
        if self.choice == HIGH_CONTRAST:
            return True
        return self.choice == SYSTEM and system_prefers_high_contrast()

    def set_choice(self, choice: str) -> None:
        if choice not in THEMES:
            raise ValueError(choice)
        self.choice = choice
        self.apply()

    def apply(self) -> None:
        high = self.high_contrast
        self.tab_style.high_contrast = high
        styled = isinstance(self._app.style(), ContrastStyle)
        if high and not styled:
            self._app.setStyle(ContrastStyle(self._new_base()))
        elif not high and styled:
            self._app.setStyle(self._new_base())
        if high:
            self._app.setPalette(high_contrast_palette())
        else:
            # The style's own palette: light, or dark where the desktop asks for it.
            self._app.setPalette(self._app.style().standardPalette())
        log.debug("Theme %s (high contrast: %s)", self.choice, high)

    def _on_system_changed(self, *_args: object) -> None:
        if self.choice == SYSTEM:
            self.apply()


def system_prefers_high_contrast() -> bool:
    accessibility = getattr(QGuiApplication.styleHints(), "accessibility", None)
    if accessibility is None:
        return False
    hints = accessibility()
    return hints.contrastPreference() == Qt.ContrastPreference.HighContrast


def install_theme(app: QApplication, settings: QSettings | None = None) -> Theme:
    """Give ``app`` the focus ring and the theme chosen in ``settings`` (once), or the
    one ``dicel-desktop --theme`` asked for this run (``DICEL_THEME``)."""
    existing = app.findChild(Theme)
    if existing is not None:
        return existing
    settings = settings if settings is not None else QSettings()
    choice = os.environ.get("DICEL_THEME") or str(settings.value(SETTINGS_KEY, SYSTEM))
    return Theme(app, choice)


def current_theme() -> Theme | None:
    app = QApplication.instance()
    return app.findChild(Theme) if app is not None else None


def use_compact_tabs(bar: QWidget) -> None:
    """Tighter tabs on ``bar`` (the main window's thirteen, with their icons)."""
    bar.setProperty(COMPACT_TABS, True)
    theme = current_theme()
    if theme is not None:
        bar.setStyle(theme.tab_style)


def use_tab_style(bar: QWidget) -> None:
    """The tab bars' own style on ``bar``: room for an accented capital on a tab that is
    not current (the record window's tabs under a form), high contrast when on."""
    theme = current_theme()
    if theme is not None:
        bar.setStyle(theme.tab_style)
