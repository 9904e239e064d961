"""A document's preview: an image scaled to fit, a PDF page by page, or a sentence.

Images are decoded at most ``MAX_IMAGE_SIDE`` pixels on a side (a phone photo of a
receipt is 4000 x 3000: decoding it whole costs ~50 MB and a visible pause) and turned
upright from their EXIF orientation; the shown pixmap is rescaled from that copy when
the preview is resized. PDFs are shown by QtPdf (``QPdfDocument`` in a ``QPdfView``,
both part of PySide6), fitted to the width, pages one under the other.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

#: Longest side an image is decoded at for the preview.
MAX_IMAGE_SIDE = 2048
#: The media types shown here; others get a sentence (Open shows them).
PREVIEWED = frozenset(
    {"application/pdf", "image/png", "image/jpeg", "image/gif", "image/bmp", "image/webp"}
)


def can_preview(media_type: str) -> bool:
    return media_type in PREVIEWED


class _ImageLabel(QLabel):
    """Shows one image as large as fits, keeping its proportions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Any size: the image follows the label, never the other way round.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(1, 1)
        self._image = QImage()

    def set_image(self, image: QImage) -> None:
        self._image = image
        self._fit()

    def image(self) -> QImage:
        return self._image

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self._image.isNull():
            self.clear()
            return
        # Never enlarged: a small scan stays sharp at its own size.
        target = self._image.size().boundedTo(self.size())
        scaled = self._image.scaled(
            target, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        self.setPixmap(QPixmap.fromImage(scaled))


class DocumentPreview(QWidget):
    """``show_document(media_type, content)``; ``show_message(text)`` otherwise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stack = QStackedWidget()
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setMargin(12)
        self.image = _ImageLabel()
        self.pdf = QPdfDocument(self)
        self.pdf_view = QPdfView()
        self.pdf_view.setDocument(self.pdf)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        # QPdfDocument reads from the device as it renders: the buffer lives with it.
        self._pdf_buffer: QBuffer | None = None
        #: The file shown may be opened (else its sentences point to Download…).
        self._can_open = True
        for page in (self.message, self.image, self.pdf_view):
            self._stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        self.setMinimumSize(QSize(200, 160))
        self.show_message(self.tr("Select a file to see it here."))

    def show_message(self, text: str) -> None:
        self._release()
        self.message.setText(text)
        self._stack.setCurrentWidget(self.message)

    def show_document(self, media_type: str, content: bytes, *, can_open: bool = True) -> bool:
        """Show the content; False (and a sentence shown) if it cannot be previewed. The
        sentence points to Open, or to Download… for a file Open refuses (``can_open``)."""
        self._can_open = can_open
        if media_type == "application/pdf":
            return self._show_pdf(content)
        if media_type in PREVIEWED:
            return self._show_image(content)
        self.show_message(
            self.tr("No preview for this kind of file. Use Open to view it.")
            if can_open
            else self.tr("No preview for this kind of file. Use Download… to save a copy.")
        )
        return False

    @property
    def showing(self) -> str:
        """What is on show: "pdf", "image" or "message"."""
        current = self._stack.currentWidget()
        return {self.pdf_view: "pdf", self.image: "image"}.get(current, "message")

    def _show_image(self, content: bytes) -> bool:
        self._release()
        buffer = QBuffer()
        buffer.setData(QByteArray(content))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
        reader.setAutoTransform(True)
        size = reader.size()
        if size.isValid() and max(size.width(), size.height()) > MAX_IMAGE_SIDE:
            fit = Qt.AspectRatioMode.KeepAspectRatio
            reader.setScaledSize(size.scaled(MAX_IMAGE_SIDE, MAX_IMAGE_SIDE, fit))
        image = reader.read()
        if image.isNull():
            self.show_message(
                self.tr(
                    "This image cannot be shown (it may be damaged). Use Open to try "
                    "another program."
                )
                if self._can_open
                else self.tr(
                    "This image cannot be shown (it may be damaged). Use Download… to save a copy."
                )
            )
            return False
        self.image.set_image(image)
        self._stack.setCurrentWidget(self.image)
        return True

    def _show_pdf(self, content: bytes) -> bool:
        self._release()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(content))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(buffer)
        if self.pdf.status() != QPdfDocument.Status.Ready or self.pdf.pageCount() == 0:
            self.pdf.close()
            buffer.deleteLater()
            self.show_message(
                self.tr(
                    "This PDF cannot be shown here (it may be damaged or protected by a "
                    "password). Use Open to view it."
                )
                if self._can_open
                else self.tr(
                    "This PDF cannot be shown here (it may be damaged or protected by a "
                    "password). Use Download… to save a copy."
                )
            )
            return False
        self._pdf_buffer = buffer
        self._stack.setCurrentWidget(self.pdf_view)
        return True

    def _release(self) -> None:
        """Let go of the previous document (a PDF's bytes, an image's pixels)."""
        if self._pdf_buffer is not None:
            self.pdf.close()
            self._pdf_buffer.deleteLater()
            self._pdf_buffer = None
        self.image.set_image(QImage())
