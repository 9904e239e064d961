"""A record window's Print and Save as PDF (Ctrl+P, Ctrl+Shift+P): the record's own
document where it has one in its present state (a payslip, an invoice), else the form as
it shows now. The print or save under way is the window's ``print_job`` (tests drive its
dialogs); what it ends with is said in the window's message bar.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dicel_desktop.gui.printing.pages import PageJob, form_job
from dicel_desktop.gui.records.window_registries import DOCUMENT_PRINTS, DocumentPrint

if TYPE_CHECKING:
    from dicel_desktop.gui.records.record_window import RecordWindow


def print_record(window: RecordWindow) -> None:
    """The form as it shows now, on the printer (or the record's own document)."""
    document = _document(window)
    if document is not None:
        document.print_(window)
        return
    _start_print(window).print_()


def save_record_pdf(window: RecordWindow) -> None:
    """The form as it shows now, as a PDF (or the record's own document)."""
    document = _document(window)
    if document is not None:
        document.save_pdf(window)
        return
    _start_print(window).save_pdf()


def _document(window: RecordWindow) -> DocumentPrint | None:
    """The record's own document print, where it has one in its present state."""
    document = DOCUMENT_PRINTS.get(window.spec.table)
    record = window.record
    if document is None or record is None or record.values.get("status") not in document.states:
        return None
    return document


def _start_print(window: RecordWindow) -> PageJob:
    job = form_job(window.worker, window)
    job.finished.connect(lambda sentence, problem: window._show_message(sentence, error=problem))
    job.finished.connect(job.deleteLater)
    job.destroyed.connect(lambda: _forget_print_job(window, job))
    window.print_job = job
    return job


def _forget_print_job(window: RecordWindow, job: PageJob) -> None:
    if window.print_job is job:
        window.print_job = None
