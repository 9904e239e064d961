"""Print… and Save as PDF… of one record printed as a document of its own (a payslip, an
invoice): read it on the DB worker (as its reader may see it, with the company's
details), then the print dialog or the file dialog (``PrintOutput``, as every printed
document), and the pages printed or written when the person confirms.

What differs between documents is a ``DocumentKind``: how the document is read, its
title and file name, how it is laid out on a paged device, and what is said when it is
no longer there."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any, Generic, TypeVar

from PySide6.QtGui import QPagedPaintDevice
from PySide6.QtWidgets import QWidget

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.gui.error_sentences import describe_error
from dicel_desktop.gui.operations import Op
from dicel_desktop.gui.printing.output import PrintOutput
from dicel_desktop.gui.worker import DbWorker

D = TypeVar("D")


@dataclass(frozen=True)
class DocumentKind(Generic[D]):
    """One kind of printed document."""

    #: ``read(session, record_id)``: the document as the caller may see it, or None
    #: (not there, or not theirs to read). Runs on the DB worker.
    read: Callable[[Any, uuid.UUID], D | None]
    #: The printed title (the page header, the PDF's title, the dialogs' titles).
    title: Callable[[D], str]
    #: The file name the save dialog proposes, without ".pdf".
    file_stem: Callable[[D], str]
    #: Lays the document out on a QPrinter or a QPdfWriter; False when it could not.
    render: Callable[[D, QPagedPaintDevice], bool]
    #: The sentence when it is no longer there to read (translated when said).
    gone: Callable[[], str]


class DocumentOutput(PrintOutput):
    """One print or save of one document of ``kind``; ``finished`` says what happened,
    in words."""

    def __init__(self, worker: DbWorker, parent: QWidget, kind: DocumentKind[Any]) -> None:
        super().__init__(parent)
        self._worker = worker
        self.kind = kind
        #: The document last read (tests look at it).
        self.document: Any = None

    def print_(self, record_id: uuid.UUID) -> None:
        def ask(document: Any) -> None:
            render = partial(self.kind.render, document)
            self.ask_printer(
                self.kind.title(document), lambda printer: self.send_to_printer(printer, render)
            )

        self._read(record_id, ask)

    def save_pdf(self, record_id: uuid.UUID) -> None:
        def ask(document: Any) -> None:
            title = self.kind.title(document)
            render = partial(self.kind.render, document)
            self.ask_file(
                title,
                self.kind.file_stem(document),
                lambda path: self.write_pdf(path, title, render),
            )

        self._read(record_id, ask)

    def _read(self, record_id: uuid.UUID, then: Callable[[Any], None]) -> None:
        def got(document: Any) -> None:
            if document is None:
                self.finished.emit(self.kind.gone(), True)
                return
            self.document = document
            then(document)

        (
            Op(self._worker, self.kind.read, record_id)
            .for_widget(self._parent)
            .on_success(got)
            .on_failure(self._failed)
            .run()
        )

    def _failed(self, error: DicelError) -> None:
        self.finished.emit(describe_error(error), True)
