"""How the program looks: the standard look, a high-contrast one, and a focus ring that
shows on every control.

The choice is kept in QSettings (``appearance/theme``): "system" follows the desktop
(its high-contrast preference, which Qt reports from 6.10 on, and its dark colour
scheme, which the Fusion style follows by itself), "standard" and "high_contrast" force
one. Fonts are never set here: the desktop's font and size stay in force, and widgets
that want bigger text scale the font they were given.

The focus ring is one ``QFocusFrame`` that follows the focused widget, drawn by
``FocusStyle`` in the palette's highlight colour, a few pixels wide: the same ring on a
button, a field, a list, a dashboard tile and a chart. Inside item views the current
cell gets the same ring (``PE_FrameFocusRect``), in a colour that stands out from a
selected row.
"""

from __future__ import annotations

import logging
import os

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRect, QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen, QRegion
from PySide6.QtWidgets import (
    QApplication,
    QFocusFrame,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleHintReturnMask,
    QStyleOption,
    QWidget,
)

log = logging.getLogger(__name__)

SETTINGS_KEY = "appearance/theme"
SYSTEM, STANDARD, HIGH_CONTRAST = "system", "standard", "high_contrast"
THEMES = (SYSTEM, STANDARD, HIGH_CONTRAST)

#: How far the focus ring reaches outside the focused widget, and inside it (so that a
#: widget touching its parent's edge, a list filling its page, still shows a ring):
#: three pixels in all, found at a glance (WCAG 2.4.13 asks for at least two).
RING_MARGIN = 2
RING_INSIDE = 1
#: The ring around the current cell of a list, inside the cell.
CELL_RING = 2
#: A tab bar with this property set to True has tighter tabs: the main window's, whose
#: thirteen tabs with their icons would otherwise not fit a 1280-pixel window.
COMPACT_TABS = "compactTabs"
#: Space around a compact tab's icon and text (Fusion's own is 24).
COMPACT_TAB_SPACE = 10


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


class FocusStyle(QProxyStyle):
    """The application's style with a visible focus ring; in high contrast, every
    control's edge is drawn in the text colour too (Fusion darkens the window colour for
    its outlines, which on black is black)."""

    def __init__(self, base: QStyle | None = None) -> None:
        super().__init__(base)
        self.high_contrast = False

    def pixelMetric(self, metric, option=None, widget=None) -> int:
        if metric in (
            QStyle.PixelMetric.PM_FocusFrameHMargin,
            QStyle.PixelMetric.PM_FocusFrameVMargin,
        ):
            return RING_MARGIN
        if (
            metric == QStyle.PixelMetric.PM_TabBarTabHSpace
            and widget is not None
            and widget.property(COMPACT_TABS)
        ):
            return COMPACT_TAB_SPACE
        return super().pixelMetric(metric, option, widget)

    def styleHint(self, hint, option=None, widget=None, returnData=None) -> int:
        if hint == QStyle.StyleHint.SH_FocusFrame_AboveWidget:
            return 1
        if hint == QStyle.StyleHint.SH_FocusFrame_Mask:
            if isinstance(returnData, QStyleHintReturnMask) and widget is not None:
                returnData.region = _band(widget.rect(), RING_MARGIN + RING_INSIDE)
            return 1
        return super().styleHint(hint, option, widget, returnData)

    def drawControl(self, element, option, painter, widget=None) -> None:
        if element == QStyle.ControlElement.CE_FocusFrame:
            colour = option.palette.color(QPalette.ColorRole.Highlight)
            painter.setClipRegion(_band(option.rect, RING_MARGIN + RING_INSIDE))
            painter.fillRect(option.rect, colour)
            return
        super().drawControl(element, option, painter, widget)
        if self.high_contrast and element in _HC_CONTROLS:
            _edge(painter, option)
            if option.state & QStyle.StateFlag.State_Selected:
                # Fusion tells the current tab by a shade, which black does not have.
                bar = QRect(option.rect)
                bar.setTop(bar.bottom() - 2)
                painter.fillRect(bar, option.palette.color(QPalette.ColorRole.Highlight))

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            # A selected cell is painted in the highlight colour: ring it in the
            # colour of its text instead.
            palette = option.palette
            background = getattr(option, "backgroundColor", QColor())
            colour = palette.color(QPalette.ColorRole.Highlight)
            if background == colour:
                colour = palette.color(QPalette.ColorRole.HighlightedText)
            painter.save()
            painter.setClipRegion(_band(option.rect, CELL_RING))
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


def _band(rect: QRect, width: int) -> QRegion:
    """The edge of ``rect``, ``width`` pixels deep."""
    inner = rect.adjusted(width, width, -width, -width)
    return QRegion(rect).subtracted(QRegion(inner))


def _edge(painter: QPainter, option: QStyleOption) -> None:
    """A one-pixel edge in the text colour around what was just drawn."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(QPen(option.palette.color(QPalette.ColorRole.WindowText), 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
    painter.restore()


# --------------------------------------------------------------------------- focus ring


class FocusRing(QObject):
    """Moves one focus frame to whichever widget has the keyboard focus."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.frame: QFocusFrame | None = None
        app.focusChanged.connect(self._on_app_focus_changed)

    @property
    def widget(self) -> QWidget | None:
        return self.frame.widget() if self._frame_alive() else None

    def _frame_alive(self) -> bool:
        # The frame is a child of a window, and goes with it.
        if self.frame is not None and not shiboken6.isValid(self.frame):
            self.frame = None
        return self.frame is not None

    def _on_app_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self._frame_alive()
        if new is None or new.isWindow() or new.parentWidget() is None:
            if self.frame is not None:
                self.frame.setWidget(None)
            return
        # A frame of the old window cannot draw in the new one: make one where it is.
        if self.frame is None or self.frame.window() is not new.window():
            if self.frame is not None:
                self.frame.setWidget(None)
                self.frame.deleteLater()
            self.frame = QFocusFrame(new.window())
            self.frame.setObjectName("focusRing")
        self.frame.setWidget(new)


# --------------------------------------------------------------------------- applying


class Theme(QObject):
    """The theme in force for the application; see the module docstring."""

    def __init__(self, app: QApplication, choice: str = SYSTEM) -> None:
        super().__init__(app)
        self._app = app
        self._style_name = app.style().name()
        self._palette = app.palette()
        base = QStyleFactory.create(self._style_name) or QStyleFactory.create("Fusion")
        self.style = FocusStyle(base)
        app.setStyle(self.style)
        self.ring = FocusRing(app)
        self.choice = choice if choice in THEMES else SYSTEM
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._on_system_changed)
        accessibility = getattr(hints, "accessibility", None)  # Qt 6.10 and later
        if accessibility is not None:
            accessibility().contrastPreferenceChanged.connect(self._on_system_changed)
        self.apply()

    def remove(self) -> None:
        """Give the application back its style and palette (tests share one)."""
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.disconnect(self._on_system_changed)
        accessibility = getattr(hints, "accessibility", None)
        if accessibility is not None:
            accessibility().contrastPreferenceChanged.disconnect(self._on_system_changed)
        self._app.focusChanged.disconnect(self.ring._on_app_focus_changed)
        if self.ring._frame_alive():
            self.ring.frame.setWidget(None)
            self.ring.frame.deleteLater()
        self.ring.setParent(None)
        self.ring.deleteLater()
        self._app.setStyle(QStyleFactory.create(self._style_name))
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
        self.style.high_contrast = high
        if high:
            self._app.setPalette(high_contrast_palette())
        else:
            # The style's own palette: light, or dark where the desktop asks for it.
            self._app.setPalette(self.style.standardPalette())
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
