"""Print… and Save as PDF… of a record's form, and of any widget page (a dashboard with
its charts), each with the page furniture; and any chart saved as a PNG picture.

Both read only the company's name from the database (on the DB worker); what they print
is what the window shows at that moment."""

from __future__ import annotations

import datetime as dt
import html
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QStandardPaths
from PySide6.QtGui import QPixmap, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from dicel_desktop.domain.roles import Role
from dicel_desktop.gui.cell_format import CellFormatter, LocaleFormats, ValueFormatter
from dicel_desktop.gui.editors.numbers import MoneyEditor
from dicel_desktop.gui.error_sentences import describe_error
from dicel_desktop.gui.printing.output import PrintOutput
from dicel_desktop.gui.printing.page import Furniture, print_document, print_pixmap
from dicel_desktop.gui.translations import tr_label
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.services.columns import Kind, table_spec
from dicel_desktop.services.listing import ListQuery
from dicel_desktop.services.printing import RowChunk, company_name, read_details
from dicel_desktop.services.visibility import columns_for

log = logging.getLogger(__name__)

Render = Callable[[Any, Furniture], bool]


class PageJob(PrintOutput):
    """One print or save of something the window shows: the company's name is read, then
    ``render(device, furniture)`` paints it."""

    def __init__(
        self,
        worker: DbWorker,
        parent: QWidget,
        title: str,
        render: Render,
        *,
        subtitle: str = "",
        landscape: bool = False,
        read: Callable[[Any], Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self.title = title
        self._render = render
        self._subtitle = subtitle
        self._landscape = landscape
        #: What else the page needs from the database (a record's lines), read on the
        #: worker with the company's name; ``data`` holds it for ``render``.
        self._read = read
        self.data: Any = None

    def print_(self) -> None:
        self.ask_printer(
            self.title,
            lambda printer: self._named(
                lambda f: self.send_to_printer(printer, _bound(self._render, f))
            ),
            landscape=self._landscape,
        )

    def save_pdf(self) -> None:
        self.ask_file(self.title, "-".join(self.title.lower().split()) or "page", self.save_pdf_to)

    def save_pdf_to(self, path: str) -> None:
        self._named(
            lambda f: self.write_pdf(
                path, self.title, _bound(self._render, f), landscape=self._landscape
            )
        )

    def _named(self, then: Callable[[Furniture], Any]) -> None:
        day = ValueFormatter(LocaleFormats.from_qlocale(QLocale())).date(dt.date.today())

        def got(answer: tuple[str, Any]) -> None:
            name, self.data = answer
            then(Furniture(name, self.title, self._subtitle, day))

        def failed(error: BaseException) -> None:
            log.warning("reading the company's name to print failed: %r", error)
            self.finished.emit(describe_error(error), True)

        read = self._read

        def task(db: Any) -> tuple[str, Any]:
            return company_name(db), (read(db) if read is not None else None)

        self._worker.submit(task, got, failed)


def _bound(render: Render, furniture: Furniture) -> Callable[[Any], bool]:
    return lambda device: render(device, furniture)


# --------------------------------------------------------------------------- forms


def editor_text(editor: QWidget) -> str:
    """What an editor shows, as text: an editor made of several parts (an emergency
    contact's lines, a list's rows, chips) says them all (``shown_text``); another, its
    input widget's (the focus proxy) or its first widget that holds text."""
    whole = getattr(editor, "shown_text", None)
    if callable(whole):
        return whole()
    proxy = editor.focusProxy() or editor
    text = _widget_text(proxy)
    if text:
        if isinstance(editor, MoneyEditor):
            return f"{text} {editor.currency}"  # the code the form shows beside it
        return text
    for child in editor.findChildren(QWidget):
        if child.isVisibleTo(editor) or not editor.isVisible():
            text = _widget_text(child)
            if text:
                return text
    return ""


def _widget_text(widget: QObject) -> str:
    if isinstance(widget, QCheckBox):
        return (
            QCoreApplication.translate("Printing", "Yes")
            if widget.isChecked()
            else QCoreApplication.translate("Printing", "No")
        )
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QLabel | QAbstractButton):
        return widget.text().replace("&", "")
    return ""


def form_html(form: Any, title: str, details: str = "") -> str:
    """A record's form as the window shows it: each section and its labels and values,
    then ``details`` (its lines, ``details_html``). What the window says to the person
    about the screen (read only, frozen fields) is not printed: on paper it is noise."""
    parts = [f"<h3>{html.escape(title)}</h3>"]
    for section in form.spec.sections:
        rows = []
        for row in section.rows:
            for name in row:
                label = form.spec.fields[name].label
                value = editor_text(form.editors[name]) or "—"
                rows.append(
                    f"<tr><td width='35%' style='color: #444;'>{html.escape(label)}</td>"
                    f"<td>{html.escape(value).replace(chr(10), '<br>')}</td></tr>"
                )
        parts.append(f"<h4>{html.escape(section.title)}</h4>")
        parts.append(f"<table width='100%' cellspacing='0' cellpadding='3'>{''.join(rows)}</table>")
    parts.append(details)
    return (
        "<html><body style='font-family: sans-serif; font-size: 10pt;'>"
        + "".join(parts)
        + "</body></html>"
    )


def detail_queries(window: Any) -> list[tuple[str, ListQuery]]:
    """The form's detail tables (an invoice's lines, an order's lines) as the panels
    under it list them: the role's columns but the one pointing back to the record."""
    record = window.record
    if record is None:
        return []
    found = []
    for detail in window.spec.details:
        readable = set(columns_for(Role(window.role), detail.table))
        columns = tuple(
            c
            for c in table_spec(detail.table).default_columns
            if c in readable and c not in detail.pointing
        )
        if columns:
            query = ListQuery(
                detail.table, columns, filters=detail.rows_of(record.id, record.values)
            )
            found.append((tr_label(detail.title), query))
    return found


def details_html(
    titles: list[str], chunks: list[RowChunk], formats: LocaleFormats, currency: str | None
) -> str:
    """Each detail's lines as a table headed by its columns, amounts with their currency
    as the panel's grid writes them (lines without a currency of their own are in the
    record's, an invoice's lines in the invoice's)."""
    parts = []
    for title, chunk in zip(titles, chunks, strict=True):
        listing = chunk.listing
        cells = CellFormatter(listing, formats).format_rows(chunk.rows)
        values = ValueFormatter(formats)
        money = [
            i
            for i, c in enumerate(listing.columns)
            if c.kind is Kind.MONEY and listing.currency_slots[i] is None
        ]
        numeric = {
            i
            for i, c in enumerate(listing.columns)
            if c.kind in (Kind.MONEY, Kind.INT, Kind.NUMBER)
        }
        align = ["right" if i in numeric else "left" for i in range(len(listing.columns))]
        head = "".join(
            f"<th align='{align[i]}'>{html.escape(tr_label(c.label))}</th>"
            for i, c in enumerate(listing.columns)
        )
        body = []
        for row, shown in zip(chunk.rows, cells, strict=True):
            texts = list(shown)
            if currency:
                for i in money:
                    if row[2 + i] is not None:
                        texts[i] = values.money(row[2 + i], currency)
            body.append(
                "<tr>"
                + "".join(
                    f"<td align='{align[i]}'>{html.escape(t)}</td>" for i, t in enumerate(texts)
                )
                + "</tr>"
            )
        if not body:
            none = QCoreApplication.translate("Printing", "None")
            body.append(f"<tr><td colspan='{len(listing.columns)}'>{html.escape(none)}</td></tr>")
        parts.append(f"<h4>{html.escape(title)}</h4>")
        parts.append(
            "<table width='100%' cellspacing='0' cellpadding='3' border='1'"
            " style='border-collapse: collapse; border-color: #999;'>"
            f"<thead><tr>{head}</tr></thead>{''.join(body)}</table>"
        )
    return "".join(parts)


def form_job(worker: DbWorker, window: Any) -> PageJob:
    """The print of a record window's form (gui/records/record_window.py) and its lines."""
    title = window.title.text() or window.windowTitle()
    details = detail_queries(window)
    formats = LocaleFormats.from_qlocale(QLocale())
    record = window.record
    currency = record.values.get("currency") if record is not None else None
    job: PageJob

    def render(device: Any, furniture: Furniture) -> bool:
        lines = details_html(
            [t for t, _q in details],
            job.data or [],
            formats,
            currency if isinstance(currency, str) else None,
        )
        document = QTextDocument()
        document.setHtml(form_html(window.form, title, lines))
        return print_document(document, device, furniture)

    queries = [q for _t, q in details]
    job = PageJob(
        worker,
        window,
        title,
        render,
        read=(lambda db: read_details(db, queries)) if queries else None,
    )
    return job


# --------------------------------------------------------------------------- widgets


def widget_job(worker: DbWorker, widget: QWidget, title: str, *, subtitle: str = "") -> PageJob:
    """The print of any widget page (a dashboard with its charts) scaled to the page,
    as it looks now; sideways when it is wider than tall."""
    pixmap = widget.grab()

    def render(device: Any, furniture: Furniture) -> bool:
        return print_pixmap(pixmap, device, furniture)

    return PageJob(
        worker,
        widget,
        title,
        render,
        subtitle=subtitle,
        landscape=pixmap.width() > pixmap.height(),
    )


def write_png(widget: QWidget, path: str | Path) -> bool:
    """The widget as it looks now (a pyqtgraph PlotWidget is a QWidget too) as a PNG."""
    pixmap: QPixmap = widget.grab()
    ok = not pixmap.isNull() and pixmap.save(str(path), "PNG")
    if not ok:
        log.warning("PNG %s not written", path)
    return bool(ok)


def save_png(
    widget: QWidget, parent: QWidget, on_done: Callable[[str, bool], None] | None = None
) -> QFileDialog:
    """Asks where to save a picture of ``widget`` and saves it there; ``on_done`` hears
    (sentence, whether it is a problem). Returns the dialog (open, not modal)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    dialog = QFileDialog(parent, QCoreApplication.translate("Printing", "Save picture as PNG"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(QCoreApplication.translate("Printing", "PNG pictures (*.png)"))
    dialog.setDefaultSuffix("png")
    if folder and Path(folder).is_dir():
        dialog.setDirectory(folder)
    dialog.selectFile("chart.png")

    def chosen(path: str) -> None:
        if write_png(widget, path):
            sentence, problem = (
                QCoreApplication.translate("Printing", "Saved as %1.").replace("%1", path),
                False,
            )
        else:
            sentence = QCoreApplication.translate(
                "Printing", "The picture could not be saved to %1: choose another folder."
            )
            sentence, problem = sentence.replace("%1", path), True
        if on_done is not None:
            on_done(sentence, problem)

    dialog.fileSelected.connect(chosen)
    dialog.finished.connect(dialog.deleteLater)
    QDialog.open(dialog)
    return dialog
