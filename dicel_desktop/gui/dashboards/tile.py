"""A dashboard's tile: a figure and its words, which opens its filtered list."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QIcon, QKeyEvent, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QPushButton, QStyle, QStyleOptionButton, QStylePainter, QWidget

__all__ = ["TILE_PADDING", "Tile"]

#: A tile's side padding, in pixels, and the fewest characters of its title it shows.
TILE_PADDING = 14
TILE_MIN_CHARS = 16
#: The least height of a tile, in pixels (taller when its title takes more lines).
TILE_MIN_HEIGHT = 72
#: The lines a tile's title may take in a narrow tile (four tiles in a 1024-pixel
#: window: "Budget de mon service consommé cette année" takes three, and Kinyarwanda's
#: security and budget titles four: cut at three, "...ziran…" lost "expiring").
TILE_TITLE_LINES = 4
_ACTIVATE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
#: Qt's largest widget size: room for any line.
QWIDGETSIZE_MAX = (1 << 24) - 1


class Tile(QPushButton):
    """A figure that opens its list: Enter opens it as well as Space and a click (a
    push button outside a dialog answers Space alone).

    Its width is the row's share, not its words': a long title ("Montant en jeu dans
    les dossiers marqués recouvrés") is broken onto lines, and shortened with "…" only
    where even they are too narrow, rather than making the window wider than the screen.
    ``text()`` is the whole text; the accessible name says it too."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._whole = ""

    def setText(self, text: str) -> None:
        self._whole = text
        self._fit()

    def text(self) -> str:
        return self._whole

    def setIcon(self, icon: QIcon) -> None:
        super().setIcon(icon)
        self._fit()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        room = self.fontMetrics().averageCharWidth() * TILE_MIN_CHARS + 2 * TILE_PADDING
        return QSize(min(hint.width(), room), max(hint.height(), TILE_MIN_HEIGHT))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def sizeHint(self) -> QSize:
        # As wide as the whole text on its lines (stable: not what a narrow tile shows),
        # as high as what it shows.
        hint = super().sizeHint()
        widest = max(
            (self.fontMetrics().horizontalAdvance(line) for line in self._lines()), default=0
        )
        # Its least height a hint, not a minimum set: a minimum set would let a layout
        # short of room squeeze a title's third line off.
        height = max(hint.height(), TILE_MIN_HEIGHT)
        return QSize(widest + 2 * TILE_PADDING + self._icon_room(), height)

    def _lines(self) -> list[str]:
        return self._whole.split("\n") if self._whole else []

    def _icon_room(self) -> int:
        return 0 if self.icon().isNull() else self.iconSize().width() + 4

    def _fit(self) -> None:
        """The figure on its line, the title on up to ``TILE_TITLE_LINES`` (broken
        between words), each shortened with "…" only if a word does not fit."""
        if not self.testAttribute(Qt.WidgetAttribute.WA_Resized):
            # Not given its width yet (a page laid out ahead, hidden): a widget's first
            # 100 pixels broke every title onto three lines, so the first layout made the
            # tiles 90 pixels high (scroll bars on), and a second one followed at once
            # when the real width fitted them again, resizing every chart. Whole lines
            # until a layout gives the width; it breaks them then, if they need it.
            room = QWIDGETSIZE_MAX
        else:
            room = max(self.width() - 2 * TILE_PADDING, 0)
        metrics = self.fontMetrics()
        # The warning symbol stands beside the figure alone: the title under it has
        # the whole width (beside every line, it cost a Kinyarwanda title its end).
        figure_room = max(room - self._icon_room(), 0)
        elide = Qt.TextElideMode.ElideRight

        def fits(text: str) -> bool:
            # Measured as it is shortened: a line as wide as the room to the pixel
            # (rounded) was kept whole here and then shortened ("Budget de mon servi…").
            return metrics.elidedText(text, elide, room) == text

        shown: list[str] = []
        for index, line in enumerate(self._lines()):
            if index == 0:
                shown.append(metrics.elidedText(line, elide, figure_room))
                continue
            if fits(line):
                shown.append(metrics.elidedText(line, elide, room))
                continue
            words, broken = line.split(" "), []
            while words and len(broken) < TILE_TITLE_LINES - 1:
                first = words.pop(0)  # a word wider than the tile still has its line
                while words and fits(f"{first} {words[0]}"):
                    first = f"{first} {words.pop(0)}"
                broken.append(first)
            if words:
                broken.append(" ".join(words))
            shown.extend(metrics.elidedText(part, elide, room) for part in broken)
        text = "\n".join(shown)
        if text != super().text():
            super().setText(text)
            self.updateGeometry()  # a line more or less: the row's height follows

    def paintEvent(self, event: QPaintEvent) -> None:
        """The button, then its icon and lines from the top of its contents: the tiles of
        a row are as high as its highest, and each one's figure on the same line (a
        button centres its text: a title on three lines set its figure higher)."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        # A copy: ``option.icon`` is the option's own member, which the next line
        # empties (kept by reference, the warning symbol was never painted).
        text, icon = option.text, QIcon(option.icon)
        option.text, option.icon = "", QIcon()
        painter = QStylePainter(self)
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
        area = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
        figure, _, title = text.partition("\n")
        beside = QRect(area)
        if not icon.isNull():
            size = self.iconSize()
            spot = QRect(area.left(), area.top(), size.width(), size.height())
            painter.drawPixmap(spot, icon.pixmap(size))
            beside.setLeft(area.left() + self._icon_room())
        under = QRect(area)
        under.setTop(area.top() + self.fontMetrics().lineSpacing())
        for room, words in ((beside, figure), (under, title)):
            painter.drawItemText(
                room,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                self.palette(),
                self.isEnabled(),
                words,
                QPalette.ColorRole.ButtonText,
            )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ACTIVATE_KEYS and not event.modifiers():
            self.animateClick()
            event.accept()
            return
        super().keyPressEvent(event)
