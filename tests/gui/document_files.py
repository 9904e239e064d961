"""Small files for the documents tests, made on the spot (no binary file is committed)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageSize, QPainter, QPdfWriter, QPixmap


def make_pdf(path: Path, title: str, lines: tuple[str, ...] = ()) -> Path:
    """A one-page A5 PDF with a title and a few lines, like a scanned receipt."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    writer.setResolution(72)
    writer.setTitle(title)
    painter = QPainter(writer)
    width = writer.width()
    painter.setFont(QFont("Sans", 22, QFont.Weight.Bold))
    painter.drawText(QRectF(0, 30, width, 40), Qt.AlignmentFlag.AlignCenter, title)
    painter.setFont(QFont("Sans", 12))
    for i, line in enumerate(lines):
        painter.drawText(QRectF(40, 100 + 24 * i, width - 80, 22), Qt.AlignmentFlag.AlignLeft, line)
    painter.drawRect(QRectF(30, 90, width - 60, 30 + 24 * len(lines)))
    painter.end()
    return path


def make_png(path: Path, text: str, size: tuple[int, int] = (640, 420)) -> Path:
    """A picture with a coloured background and a caption."""
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor("#2f6f8f"))
    painter = QPainter(image)
    painter.setBrush(QColor("#f2c14e"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(QRectF(size[0] * 0.62, size[1] * 0.12, size[1] * 0.3, size[1] * 0.3))
    painter.setPen(QColor("white"))
    painter.setFont(QFont("Sans", 28, QFont.Weight.Bold))
    painter.drawText(QRectF(0, 0, *size), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    assert image.save(str(path), "PNG")
    return path


def dark_pixels(pixmap: QPixmap) -> int:
    """How many pixels of a grab are dark (text, drawings): 0 for a blank page."""
    image = pixmap.toImage().scaled(max(1, pixmap.width() // 2), max(1, pixmap.height() // 2))
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if QColor(image.pixel(x, y)).lightness() < 100
    )
