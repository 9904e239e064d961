"""What the documents panel and the document-link editor share on the GUI thread: the
words for errors, kinds of files and sizes, the file dialogs, files dropped from the
file manager, and opening a document with the desktop's own program. (What runs in the
DB worker is gui/widgets/document_tasks.py.)
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QMimeData,
    QStandardPaths,
    QUrl,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.gui import error_sentences
from dicel_desktop.gui.locale_writing import writing_locale
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.services.documents import DocumentInfo
from dicel_desktop.services.files import (
    OpenRefused,
    open_refusal,
    runs_as_program,
    safe_file_name,
)

log = logging.getLogger(__name__)
#: Execute permission for anyone (user, group, others).
_EXECUTABLE = stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH


#: What a person calls the common kinds of files (translated when shown).
_KINDS = {
    "application/pdf": QT_TRANSLATE_NOOP("DocumentsPanel", "PDF document"),
    "image/png": QT_TRANSLATE_NOOP("DocumentsPanel", "PNG image"),
    "image/jpeg": QT_TRANSLATE_NOOP("DocumentsPanel", "JPEG image"),
    "image/gif": QT_TRANSLATE_NOOP("DocumentsPanel", "GIF image"),
    "image/tiff": QT_TRANSLATE_NOOP("DocumentsPanel", "TIFF image"),
    "image/webp": QT_TRANSLATE_NOOP("DocumentsPanel", "WebP image"),
    "text/plain": QT_TRANSLATE_NOOP("DocumentsPanel", "Text"),
    "text/csv": QT_TRANSLATE_NOOP("DocumentsPanel", "CSV table"),
    "application/zip": QT_TRANSLATE_NOOP("DocumentsPanel", "ZIP archive"),
    "application/msword": QT_TRANSLATE_NOOP("DocumentsPanel", "Word document"),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": (
        QT_TRANSLATE_NOOP("DocumentsPanel", "Word document")
    ),
    "application/vnd.ms-excel": QT_TRANSLATE_NOOP("DocumentsPanel", "Excel workbook"),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": (
        QT_TRANSLATE_NOOP("DocumentsPanel", "Excel workbook")
    ),
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": (
        QT_TRANSLATE_NOOP("DocumentsPanel", "PowerPoint presentation")
    ),
    "application/vnd.oasis.opendocument.text": QT_TRANSLATE_NOOP(
        "DocumentsPanel", "OpenDocument text"
    ),
    "application/vnd.oasis.opendocument.spreadsheet": QT_TRANSLATE_NOOP(
        "DocumentsPanel", "OpenDocument spreadsheet"
    ),
    "application/vnd.ms-outlook": QT_TRANSLATE_NOOP("DocumentsPanel", "Outlook message"),
    # What Open refuses, said as the list says the rest ("application/x-msdownload" was shown).
    "application/x-msdownload": QT_TRANSLATE_NOOP("DocumentsPanel", "Windows program"),
    "application/x-dosexec": QT_TRANSLATE_NOOP("DocumentsPanel", "Windows program"),
    "application/x-executable": QT_TRANSLATE_NOOP("DocumentsPanel", "Program"),
}


def kind_text(media_type: str) -> str:
    """What a person calls the kind of file ("PDF document"), or its media type."""
    known = _KINDS.get(media_type)
    return QCoreApplication.translate("DocumentsPanel", known) if known else media_type


def size_text(size: int, locale: QLocale | None = None) -> str:
    """A size in the person's words and units ("996 bytes", "996 octets", "3,4 Mo"):
    kB and MB of 1,024 and 1,048,576 bytes, as documents.max_size_mb counts them; a
    decimal only below 100 of its unit and where it says something ("2 MB", not
    "2.0 MB"). Qt's own translations (qtbase) word the units."""
    locale = writing_locale(locale)  # 2.5 MB in Kinyarwanda too, as its amounts
    value, step = float(size), 0
    while value >= 1024 and step < 3:
        value, step = value / 1024, step + 1
    places = 1 if step and value < 100 and round(value, 1) != round(value) else 0
    return locale.formattedDataSize(size, places, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def describe_error(error: BaseException) -> str:
    """What a person reads when something about a file failed: the file's own trouble
    (gone, unreadable) here, anything else as every task failure is worded (a file not
    opened names the kind it was stored as in the list's words: "JPEG image")."""
    if isinstance(error, OpenRefused) and error.params.get("stored"):
        error = OpenRefused(
            error.code, **{**error.params, "stored": kind_text(error.params["stored"])}
        )
    if isinstance(error, FileNotFoundError):
        return QCoreApplication.translate(
            "DocumentsPanel", "The file “{name}” is no longer there. Choose it again."
        ).format(name=Path(error.filename or "").name)
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "DocumentsPanel", "The file “{name}” could not be read or written: {reason}."
        ).format(name=Path(error.filename or "").name, reason=error.strerror or str(error))
    return error_sentences.describe_error(error)


def too_big_text(file_name: str, size: int, limit: int) -> str:
    """The size-limit refusal, before anything is read or sent."""
    return describe_error(
        DicelError(
            "document_too_big", file_name=file_name, size=size_text(size), limit=size_text(limit)
        )
    )


def local_files(mime: QMimeData) -> list[str]:
    """The local files (not folders) a drag carries; empty if it carries anything else."""
    if not mime.hasUrls():
        return []
    paths = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p and Path(p).is_file()]


def open_with_desktop(path: str) -> bool:
    """Open a local file with the program the desktop uses for its kind; False when none
    does, or when the desktop would run it rather than show it: a program's or script's
    name (Windows picks by the extension: services.files.RUNS_AS_PROGRAM) is never handed
    over, and the file loses any executable bit first (Linux runs such a file)."""
    if runs_as_program(Path(path).name):
        log.warning("Not opening %s: the desktop would run it", path)
        return False
    try:
        mode = os.stat(path).st_mode
        if mode & _EXECUTABLE:
            os.chmod(path, stat.S_IMODE(mode) & ~_EXECUTABLE)
            if os.stat(path).st_mode & _EXECUTABLE:  # a file system without the bit's say
                raise PermissionError(path)
    except OSError as error:
        log.warning("Not opening %s: its executable bit stays (%s)", path, error)
        return False
    return QDesktopServices.openUrl(QUrl.fromLocalFile(path))


def refusal_to_open(info: DocumentInfo) -> OpenRefused | None:
    """Why Open must not hand this listed file to the desktop (its name, its stored type,
    its first bytes), known before it is read whole; None when it may be opened."""
    return open_refusal(info.file_name, info.media_type, info.head)


def ask_save_instead(parent: QWidget, refusal: BaseException) -> bool:
    """Say why a file is not opened and offer to download it instead (which only writes
    the file, as Download… does); whether the person chose to download it."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("DocumentsPanel", "Not opened"),
        describe_error(refusal),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    save = box.addButton(
        QCoreApplication.translate("DocumentsPanel", "Do&wnload…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is save


# --------------------------------------------------------------------------- dialogs


def ask_open_files(parent: QWidget, title: str, *, multiple: bool) -> list[str]:
    if multiple:
        paths, _filter = QFileDialog.getOpenFileNames(parent, title)
        return paths
    path, _filter = QFileDialog.getOpenFileName(parent, title)
    return [path] if path else []


def ask_save_path(parent: QWidget, file_name: str) -> str | None:
    """Where to save a document; the downloads folder and its own name to start with."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("DocumentsPanel", "Save file"),
        str(Path(folder) / safe_file_name(file_name)),  # a name stored from another system
    )
    return path or None


# --------------------------------------------------------------------------- requests


class RecordRequests:
    """The DB worker's requests about the record a widget shows.

    ``new_record()`` cancels the reads still running (their answers would be about the
    record no longer shown) and drops the answers of everything sent before; writes
    are never cancelled (a file on its way is saved even if the form moves on), only
    their answers dropped. ``on_settled`` runs after every answer (to update buttons).
    """

    def __init__(self, worker: DbWorker, on_settled: Callable[[], None], owner: QWidget) -> None:
        self._worker = worker
        self._on_settled = on_settled
        self._owner = owner
        self._generation = 0
        self._reads: set[int] = set()
        self._writes: set[int] = set()
        self.writes = 0
        # A widget gone (its record window closed) wants no answer: reads are cancelled,
        # and an answer already on its way is dropped (``_wanted``).
        owner.destroyed.connect(self._on_owner_destroyed)

    def _wanted(self, generation: int) -> bool:
        return generation == self._generation and shiboken6.isValid(self._owner)

    def _settled(self) -> None:
        if shiboken6.isValid(self._owner):
            self._on_settled()

    def _on_owner_destroyed(self, *_args: object) -> None:
        self.new_record()

    def new_record(self) -> None:
        self._generation += 1
        for request in self._reads:
            self._worker.cancel(request)
        self._reads.clear()

    @property
    def reading(self) -> bool:
        return bool(self._reads)

    def read(self, task, on_done, on_error) -> int:
        generation = self._generation

        def done(result) -> None:
            self._reads.discard(request)
            if self._wanted(generation):
                on_done(result)
            self._settled()

        def failed(error: BaseException) -> None:
            self._reads.discard(request)
            if self._wanted(generation):
                on_error(error)
            self._settled()

        request = self._worker.submit(task, done, failed)
        self._reads.add(request)
        return request

    def under_way(self, request: int) -> bool:
        """Whether ``request`` is one of these reads or writes, not answered yet."""
        return request in self._reads or request in self._writes

    def cancel(self, request: int) -> None:
        self._worker.cancel(request)
        self._reads.discard(request)

    def write(self, task, on_done, on_error) -> None:
        generation = self._generation
        self.writes += 1

        def done(result) -> None:
            self.writes -= 1
            self._writes.discard(request)
            if self._wanted(generation):
                on_done(result)
            self._settled()

        def failed(error: BaseException) -> None:
            self.writes -= 1
            self._writes.discard(request)
            if self._wanted(generation):
                on_error(error)
            self._settled()

        request = self._worker.submit(task, done, failed)
        self._writes.add(request)
