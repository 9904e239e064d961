"""The furniture every printed page carries, and the paged devices it is painted on.

A page is the page layout's paint rectangle: a header band (the company's name and the
title on the left, the date on the right, the filter in words under them), the body, and
a footer band ("Page N of M"). Everything is painted in device pixels (a QPdfWriter or a
high-resolution QPrinter), with fonts in points, so the same code serves both.
"""

from __future__ import annotations

import datetime as dt
import html
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QPixmap,
    QTextDocument,
)

#: Header and footer text sizes, in points.
HEADER_POINTS = 9.0
COMPANY_POINTS = 11.0
#: The watermark's first line at most, in points, and how far it is turned up.
WATERMARK_POINTS = 72.0
WATERMARK_DEGREES = 30.0


@dataclass(frozen=True)
class Furniture:
    """What each page says besides its body."""

    company: str
    title: str
    #: The filter in words ("" when the list is not filtered).
    filter_text: str = ""
    #: The day printed, as the reader's locale writes it.
    date: str = field(default_factory=lambda: dt.date.today().isoformat())
    #: Across every page, large, under the body ("DRAFT — ..."): a document that is not
    #: what it would look like once decided (a payslip of a period not yet approved).
    #: Its first line is painted largest; "" for none.
    watermark: str = ""


def page_layout(*, landscape: bool = False) -> QPageLayout:
    """A4 with 15 mm margins, the page every DICEL document is printed on."""
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        orientation,
        QMarginsF(15, 15, 15, 15),
        QPageLayout.Unit.Millimeter,
    )


def pdf_writer(path: str | Path, title: str, *, landscape: bool = False) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("DICEL Desktop")
    writer.setPageLayout(page_layout(landscape=landscape))
    return writer


def written(path: str | Path) -> bool:
    """Whether a PDF was written at ``path``: QPdfWriter says nothing when it cannot open
    the file (a folder one may not write to); the missing or empty file is how it shows."""
    target = Path(path)
    return target.is_file() and target.stat().st_size > 0


class PagePainter:
    """Paints the furniture on the pages of one device and says where the body goes."""

    def __init__(self, painter: QPainter, device: QPagedPaintDevice, furniture: Furniture) -> None:
        self.painter = painter
        self.device = device
        self.furniture = furniture
        self.header_font = QFont()
        self.header_font.setPointSizeF(HEADER_POINTS)
        self.company_font = QFont(self.header_font)
        self.company_font.setPointSizeF(COMPANY_POINTS)
        self.company_font.setBold(True)
        self._small = QFontMetricsF(self.header_font, device)
        self._big = QFontMetricsF(self.company_font, device)
        rect = device.pageLayout().paintRectPixels(device.resolution())
        self.page = QRectF(0, 0, rect.width(), rect.height())
        gap = self._small.height() * 0.8
        lines = 2 if furniture.filter_text else 1
        self.header_height = self._big.height() + self._small.height() * lines + gap
        self.footer_height = self._small.height() + gap
        self.body = QRectF(
            0,
            self.header_height,
            self.page.width(),
            self.page.height() - self.header_height - self.footer_height,
        )

    def furnish(self, page: int, pages: int) -> None:
        """The header and footer of page ``page`` (from 1) of ``pages``."""
        p, f = self.painter, self.furniture
        p.save()
        p.setPen(QPen(QColor("#000000")))
        width = self.page.width()
        p.setFont(self.company_font)
        p.drawText(QRectF(0, 0, width, self._big.height()), Qt.AlignmentFlag.AlignLeft, f.company)
        p.setFont(self.header_font)
        y = self._big.height()
        line = QRectF(0, y, width, self._small.height())
        p.drawText(
            line,
            Qt.AlignmentFlag.AlignLeft,
            self._small.elidedText(f.title, Qt.TextElideMode.ElideRight, width * 0.75),
        )
        p.drawText(line, Qt.AlignmentFlag.AlignRight, f.date)
        if f.filter_text:
            line.translate(0, self._small.height())
            p.setPen(QPen(QColor("#444444")))
            p.drawText(
                line,
                Qt.AlignmentFlag.AlignLeft,
                self._small.elidedText(f.filter_text, Qt.TextElideMode.ElideRight, width),
            )
        rule_y = self.header_height - self._small.height() * 0.4
        p.setPen(QPen(QColor("#888888"), 0))
        p.drawLine(QPointF(0, rule_y), QPointF(width, rule_y))
        p.setPen(QPen(QColor("#000000")))
        footer = QRectF(0, self.page.height() - self._small.height(), width, self._small.height())
        p.drawText(footer, Qt.AlignmentFlag.AlignRight, page_text(page, pages))
        p.restore()
        if f.watermark:
            self._watermark(f.watermark)

    def _watermark(self, text: str) -> None:
        """``text`` across the middle of the page, turned up the diagonal, in red light
        enough for the body painted over it to stay readable. Its first line is as large
        as fits the page turned so: Kinyarwanda's "INYANDIKO Y'AGATEGANYO" at 72 points
        ran off both edges ("IKO Y'AGATE")."""
        p = self.painter
        first, _, rest = text.partition("\n")
        big = QFont(self.company_font)
        big.setPointSizeF(WATERMARK_POINTS)
        small = QFont(self.company_font)
        small.setPointSizeF(20)
        big_height = QFontMetricsF(big, self.device).height()
        small_metrics = QFontMetricsF(small, self.device)
        # The block runs from a big line above the middle to three small lines below it;
        # turned, its corners stay on the page while its width is at most this.
        reach = max(big_height, small_metrics.height() * 3 if rest else 0.0)
        turn = math.radians(WATERMARK_DEGREES)
        cos, sin = math.cos(turn), math.sin(turn)
        width = 0.95 * min(
            (self.page.width() - 2 * reach * sin) / cos,
            (self.page.height() - 2 * reach * cos) / sin,
        )
        wide = QFontMetricsF(big, self.device).horizontalAdvance(first)
        if wide > width:
            big.setPointSizeF(WATERMARK_POINTS * width / wide)
            big_height = QFontMetricsF(big, self.device).height()
        p.save()
        p.translate(self.page.center())
        p.rotate(-WATERMARK_DEGREES)
        p.setPen(QPen(QColor(200, 0, 0, 90)))
        p.setFont(big)
        p.drawText(
            QRectF(-width / 2, -big_height, width, big_height), Qt.AlignmentFlag.AlignCenter, first
        )
        if rest:
            p.setPen(QPen(QColor(200, 0, 0, 150)))
            p.setFont(small)
            p.drawText(
                QRectF(-width / 2, 0, width, small_metrics.height() * 3),
                Qt.AlignmentFlag.AlignHCenter
                | Qt.AlignmentFlag.AlignTop
                | Qt.TextFlag.TextWordWrap,
                rest,
            )
        p.restore()


def page_text(page: int, pages: int) -> str:
    return (
        QCoreApplication.translate("Printing", "Page %1 of %2")
        .replace("%1", str(page))
        .replace("%2", str(pages))
    )


def paint_pages(
    device: QPagedPaintDevice,
    furniture: Furniture,
    pages: int,
    paint_body: Callable[[PagePainter, int], None],
) -> bool:
    """Paints ``pages`` pages: the furniture, then ``paint_body(page_painter, index)``
    (index from 0) with the body rectangle at ``page_painter.body``. False when the
    device could not be painted on (a file that cannot be written, no printer)."""
    painter = QPainter()
    if not painter.begin(device):
        return False
    try:
        furnished = PagePainter(painter, device, furniture)
        for index in range(pages):
            if index:
                device.newPage()
            furnished.furnish(index + 1, pages)
            paint_body(furnished, index)
    finally:
        painter.end()
    return True


def amount_row(label: str, amount: str, *, strong: bool = False) -> str:
    """A document's row of a label and its amount, right-aligned (a payslip's earnings,
    an invoice's totals), as Qt's rich-text subset lays it out; ``strong``: in bold."""
    label, amount = html.escape(label), html.escape(amount)
    if strong:
        label, amount = f"<b>{label}</b>", f"<b>{amount}</b>"
    return f"<tr><td>{label}</td><td align='right'>{amount}</td></tr>"


def print_document(
    document: QTextDocument, device: QPagedPaintDevice, furniture: Furniture
) -> bool:
    """A rich-text document laid out on the pages' bodies, with the furniture."""
    # Laid out for the device itself: points are the device's, not the screen's.
    document.documentLayout().setPaintDevice(device)
    probe = PagePainter(QPainter(), device, furniture)
    body = probe.body
    document.setPageSize(QSizeF(body.width(), body.height()))
    pages = max(1, document.pageCount())

    def paint_body(page: PagePainter, index: int) -> None:
        p = page.painter
        p.save()
        p.translate(page.body.left(), page.body.top() - index * page.body.height())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = QRectF(0, index * page.body.height(), page.body.width(), page.body.height())
        p.setClipRect(context.clip)
        document.documentLayout().draw(p, context)
        p.restore()

    return paint_pages(device, furniture, pages, paint_body)


def print_pixmap(pixmap: QPixmap, device: QPagedPaintDevice, furniture: Furniture) -> bool:
    """A picture of a widget (a dashboard with its charts) scaled to fit one page's body,
    keeping its proportions, at the top of the page."""

    def paint_body(page: PagePainter, _index: int) -> None:
        body = page.body
        if pixmap.isNull() or pixmap.width() == 0 or pixmap.height() == 0:
            return
        scale = min(body.width() / pixmap.width(), body.height() / pixmap.height())
        target = QRectF(body.left(), body.top(), pixmap.width() * scale, pixmap.height() * scale)
        target.moveLeft(body.left() + (body.width() - target.width()) / 2)
        page.painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        page.painter.drawPixmap(target, pixmap, QRectF(pixmap.rect()))

    return paint_pages(device, furniture, 1, paint_body)
