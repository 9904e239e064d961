"""Print and PDF of a list, a record's form and a widget page, read back from the PDF."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest
from grid_data import seed_transactions
from helpers import WAIT_MS
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from dicel_desktop.db.engine import make_session_factory
from dicel_desktop.gui.cell_format import LocaleFormats, ValueFormatter
from dicel_desktop.gui.printing.list_job import ListPrintJob
from dicel_desktop.gui.printing.list_sheet import KEEP_ROWS
from dicel_desktop.gui.printing.page import page_layout
from dicel_desktop.gui.printing.pages import save_png, widget_job, write_png
from dicel_desktop.gui.records.editor_factory import make_editor_factory
from dicel_desktop.gui.records.record_window import RecordWindow
from dicel_desktop.gui.widgets.data_grid import DataGrid
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.services.columns import Kind
from dicel_desktop.services.listing import OneOf

ROWS = 400
COMPANY = "Umurage Print Test Ltd"
RWANDA = QLocale(QLocale.Language.English, QLocale.Country.Rwanda)


@pytest.fixture
def seeded(db_dsn):
    seed_transactions(db_dsn, ROWS)
    with psycopg.connect(db_dsn) as conn:
        conn.execute(
            "INSERT INTO system_settings (setting_key, setting_value, setting_type)"
            " VALUES ('company.name', %s, 'string')"
            " ON CONFLICT (setting_key) DO UPDATE SET setting_value = excluded.setting_value",
            (COMPANY,),
        )
    return db_dsn


@pytest.fixture
def worker(seeded, db_engine, qapp):
    worker = DbWorker(make_session_factory(db_engine))
    yield worker
    worker.shutdown()


@pytest.fixture
def grid(qtbot, worker, tmp_path):
    settings = QSettings(str(tmp_path / "grid.ini"), QSettings.Format.IniFormat)
    grid = DataGrid(worker, "transactions", settings=settings, locale=RWANDA)
    qtbot.addWidget(grid)
    grid.resize(1200, 600)
    grid.show()
    qtbot.waitUntil(
        lambda: grid.model.rowCount() > 0 and not grid.model.is_loading, timeout=WAIT_MS
    )
    yield grid
    grid.close_list()


def pages_of(path) -> list[str]:
    document = QPdfDocument()
    document.load(str(path))
    return [document.getAllText(n).text() for n in range(document.pageCount())]


def finish(qtbot, job, start) -> tuple[str, bool]:
    outcome: list[tuple[str, bool]] = []
    job.finished.connect(lambda sentence, problem: outcome.append((sentence, problem)))
    start()
    qtbot.waitUntil(lambda: bool(outcome), timeout=WAIT_MS)
    return outcome[0]


def today_text() -> str:
    return ValueFormatter(LocaleFormats.from_qlocale(RWANDA)).date(dt.date.today())


@pytest.mark.parametrize("keep_rows", [KEEP_ROWS, 100], ids=["kept", "read-again"])
def test_a_filtered_sorted_list_as_pdf_has_every_row_in_order_and_each_page_its_furniture(
    qtbot, grid, seeded, tmp_path, keep_rows
):
    grid.set_filter("status", OneOf("status", ("posted", "pending")))
    names = [c.name for c in grid.model.columns]
    grid.model.sort(names.index("reference_number"), Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(
        lambda: grid.model.query.sort == "reference_number" and not grid.model.is_loading,
        timeout=WAIT_MS,
    )
    target = tmp_path / "transactions.pdf"
    job = ListPrintJob(grid.model._worker, grid, grid, chunk_rows=70, keep_rows=keep_rows)
    held: list[tuple[str, int]] = []
    job.chunk_read.connect(lambda _rows: held.append((job.reading, job.pages.held_rows)))
    sentence, problem = finish(qtbot, job, lambda: job.save_pdf_to(str(target)))
    assert (sentence, problem) == (f"Saved as {target}.", False)

    with psycopg.connect(seeded) as conn:
        expected = [
            r[0]
            for r in conn.execute(
                "SELECT reference_number FROM transactions WHERE status IN ('posted', 'pending')"
                " ORDER BY reference_number DESC, id DESC"
            )
        ]
    pages = pages_of(target)
    assert len(pages) > 1
    printed: list[str] = []
    for k, text in enumerate(pages, start=1):
        assert COMPANY in text
        assert "Transactions" in text
        assert "Status: Posted or Pending" in text
        assert today_text() in text
        assert f"Page {k} of {len(pages)}" in text
        printed += re.findall(r"REF-\d+", text)
    assert printed == expected
    per_page = max(len(re.findall(r"REF-\d+", text)) for text in pages)
    chunks = -(-len(expected) // 70)
    if keep_rows > len(expected):
        # A short list is read once, kept, and painted from memory.
        assert [reading for reading, _ in held] == ["measure"] * chunks
    else:
        # A long one is read to measure, to count its pages and to paint them: never
        # more than a page's rows held while painting, none while counting.
        assert [reading for reading, _ in held] == ["measure"] * chunks + ["count"] * chunks + [
            "paint"
        ] * chunks
        assert all(rows == 0 for reading, rows in held if reading == "count")
        assert max(rows for reading, rows in held if reading == "paint") < per_page
    assert job.pages.pages_painted == len(pages)


#: Texts longer than any page's column: they must wrap, not be cut.
LONG_DESCRIPTION = (
    "Quarterly settlement of the shared fibre link, the standby generator's fuel and the"
    " cleaning contract for the Kigali and Musanze offices, as agreed with the landlord"
)
LONG_ACCOUNT = "Operating account in Rwandan francs at the Bank of Kigali, Nyarugenge branch"
#: The widest amount of the list.
BIG_AMOUNT = Decimal("987654321")


@pytest.fixture
def long_texts(seeded):
    """Some transactions with a long description, a huge amount, a long account's name."""
    with psycopg.connect(seeded) as conn:
        conn.execute(
            "UPDATE transactions SET description = %s || ' ' || reference_number,"
            " amount = %s, currency = 'RWF'"
            " WHERE reference_number IN ('REF-1', 'REF-2', 'REF-3', 'REF-250')",
            (LONG_DESCRIPTION, BIG_AMOUNT),
        )
        conn.execute(
            "UPDATE financial_accounts SET account_name = %s"
            " WHERE id = (SELECT account_id FROM transactions WHERE reference_number = 'REF-3')",
            (LONG_ACCOUNT,),
        )
    return seeded


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _print_widths(qtbot, grid, tmp_path):
    """The list saved as a PDF: the job (its layout) and the pages' text."""
    target = tmp_path / "wide.pdf"
    job = ListPrintJob(grid.model._worker, grid, grid)
    sentence, problem = finish(qtbot, job, lambda: job.save_pdf_to(str(target)))
    assert not problem, sentence
    return job, target, pages_of(target)


def _big_amount() -> str:
    return ValueFormatter(LocaleFormats.from_qlocale(RWANDA)).money(BIG_AMOUNT, "RWF")


def test_a_printed_list_wraps_long_text_in_its_row_and_cuts_nothing(
    qtbot, long_texts, grid, tmp_path
):
    job, _target, pages = _print_widths(qtbot, grid, tmp_path)
    text = _one_line(" ".join(pages))
    # Read as a person reads the paper: every word of the long texts is there, in order,
    # and nothing ends in "…".
    assert "…" not in text
    for reference in ("REF-1", "REF-2", "REF-3", "REF-250"):
        assert f"{LONG_DESCRIPTION} {reference}" in text
    assert LONG_ACCOUNT in text
    for header in ("Transaction date", "Transaction number", "Reference number", "Posted date"):
        assert header in text
    # Each line the long description was laid out on fits its column, measured with the
    # print font on the PDF's own resolution.
    layout = job.pages.layout
    names = [c.name for c in grid.model.columns]
    column = names.index("description")
    lines = layout.lines(f"{LONG_DESCRIPTION} REF-250", column)
    inner = layout.widths[column] - 2 * layout.pad
    assert len(lines) > 1
    assert all(layout.metrics.horizontalAdvance(line) <= inner + 0.01 for line in lines)
    assert " ".join(lines) == f"{LONG_DESCRIPTION} REF-250"
    # Every header fits its column, on as many lines as it needs.
    for i, header in enumerate(grid.model.columns):
        header_lines = layout.lines(header.label, i, header=True)
        assert " ".join(header_lines) == header.label
        room = layout.widths[i] - 2 * layout.pad
        assert all(layout.header_metrics.horizontalAdvance(h) <= room + 0.01 for h in header_lines)


def test_a_list_too_wide_for_the_page_turns_sideways_and_narrows_text_never_amounts(
    qtbot, long_texts, grid, tmp_path
):
    # Every column of the list: far more than a portrait page holds.
    grid.set_visible_columns([c.name for c in grid.spec.columns])
    qtbot.waitUntil(
        lambda: len(grid.model.columns) == len(grid.spec.columns) and not grid.model.is_loading,
        timeout=WAIT_MS,
    )
    job, target, pages = _print_widths(qtbot, grid, tmp_path)
    big = _big_amount()
    text = _one_line(" ".join(pages))
    assert text.count(_one_line(big)) == 4  # the huge amounts, whole
    assert "…" not in text
    document = QPdfDocument()
    document.load(str(target))
    size = document.pagePointSize(0)
    assert size.width() > size.height()  # landscape
    layout = job.pages.layout
    names = [c.name for c in grid.model.columns]
    amount = names.index("amount")
    # The amount column is as wide as its widest amount, never narrowed...
    assert layout.widths[amount] - 2 * layout.pad >= layout.metrics.horizontalAdvance(big)
    # ...and neither is any number or date; the long text gave way instead.
    for i, column in enumerate(grid.model.columns):
        if column.kind in (Kind.MONEY, Kind.DATE, Kind.DATETIME, Kind.INT, Kind.NUMBER):
            header = max(layout.header_metrics.horizontalAdvance(w) for w in column.label.split())
            assert layout.widths[i] - 2 * layout.pad >= header - 0.01
    description = names.index("description")
    lines = layout.lines(f"{LONG_DESCRIPTION} REF-1", description)
    assert len(lines) > 1 and " ".join(lines) == f"{LONG_DESCRIPTION} REF-1"
    # The amounts stand right-aligned, as on screen: their right edges line up.
    rights = set()
    for page in range(document.pageCount()):
        page_text = document.getAllText(page).text()
        start = page_text.find(big)
        while start >= 0:
            box = document.getSelectionAtIndex(page, start, len(big)).boundingRectangle()
            rights.add(round(box.right()))
            start = page_text.find(big, start + 1)
    assert len(rights) == 1, rights


def _landscape(path) -> bool:
    document = QPdfDocument()
    document.load(str(path))
    size = document.pagePointSize(0)
    return size.width() > size.height()


def test_seven_narrow_columns_print_upright_unless_the_person_turned_the_page(
    qtbot, grid, tmp_path
):
    chosen = {
        "reference_number",
        "transaction_type",
        "amount",
        "currency",
        "transaction_date",
        "status",
        "posted_date",
    }
    narrow = [c.name for c in grid.spec.columns if c.name in chosen]
    grid.set_visible_columns(narrow)
    qtbot.waitUntil(
        lambda: [c.name for c in grid.model.columns] == narrow and not grid.model.is_loading,
        timeout=WAIT_MS,
    )
    # Their widest values fit an upright page: it is not turned for the number of columns.
    job, target, pages = _print_widths(qtbot, grid, tmp_path)
    assert not _landscape(target)
    assert job.pages.layout.fit.squeeze == 0
    assert "…" not in " ".join(pages)
    # Sideways chosen in the print dialog stays sideways.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageLayout(page_layout(landscape=True))
    job = ListPrintJob(grid.model._worker, grid, grid)
    assert finish(qtbot, job, lambda: job.print_to(printer)) == ("Sent to the printer.", False)
    assert _landscape(tmp_path / "printed.pdf")


def test_cancelling_a_long_list_stops_reading_and_writes_nothing(qtbot, grid, tmp_path):
    target = tmp_path / "never.pdf"
    job = ListPrintJob(grid.model._worker, grid, grid, chunk_rows=25)
    reads: list[int] = []

    def on_chunk(rows: int) -> None:
        reads.append(rows)
        if len(reads) == 2:
            # The person presses Cancel while the rows come in.
            job.progress.findChild(QPushButton).click()

    job.chunk_read.connect(on_chunk)
    sentence, problem = finish(qtbot, job, lambda: job.save_pdf_to(str(target)))
    assert (sentence, problem) == ("Printing was cancelled: nothing was printed or saved.", False)
    qtbot.waitUntil(lambda: not grid.model._worker.is_busy, timeout=WAIT_MS)
    assert reads == [25, 50]
    assert job.rows_read == 50 < ROWS
    # The first page had begun in the file: the half-written PDF is gone.
    assert job.pages is not None and not job.pages.is_open
    assert not target.exists()


def test_a_pdf_that_cannot_be_written_says_so_in_words(qtbot, grid, tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    target = locked / "sub" / "list.pdf"
    job = ListPrintJob(grid.model._worker, grid, grid)
    sentence, problem = finish(qtbot, job, lambda: job.save_pdf_to(str(target)))
    assert problem
    assert sentence == f"The PDF could not be written to {target}: choose another folder."


def test_a_records_form_as_pdf_has_its_sections_labels_and_values(qtbot, worker, seeded, tmp_path):
    with psycopg.connect(seeded) as conn:
        record_id, reference = conn.execute(
            "SELECT id, reference_number FROM transactions WHERE description IS NOT NULL"
            " ORDER BY reference_number LIMIT 1"
        ).fetchone()
    window = RecordWindow(
        worker, "transactions", "admin", make_editor_factory(worker), record_id=record_id
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.record is not None and not window.is_busy, timeout=WAIT_MS)
    target = tmp_path / "form.pdf"
    window.save_form_pdf()
    job = window.print_job
    qtbot.waitUntil(lambda: job.file_dialog is not None, timeout=WAIT_MS)
    sentence, problem = finish(qtbot, job, lambda: job.save_pdf_to(str(target)))
    assert not problem, sentence
    (text,) = pages_of(target)
    assert COMPANY in text and "Page 1 of 1" in text
    for section in window.form.spec.sections:
        assert section.title in text
    assert "Reference" in text and reference in text
    assert "Amount" in text
    amount = window.form.editors["amount"].focusProxy().text()
    assert amount and amount in text
    window.discard_and_close()


def test_ctrl_p_in_a_record_window_opens_the_print_dialog(qtbot, worker, seeded):
    with psycopg.connect(seeded) as conn:
        (record_id,) = conn.execute("SELECT id FROM transactions LIMIT 1").fetchone()
    window = RecordWindow(
        worker, "transactions", "admin", make_editor_factory(worker), record_id=record_id
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.record is not None and not window.is_busy, timeout=WAIT_MS)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: window.print_job is not None and window.print_job.print_dialog is not None,
        timeout=WAIT_MS,
    )
    window.print_job.print_dialog.reject()
    window.discard_and_close()


def _page_widget() -> QWidget:
    page = QWidget()
    page.resize(600, 300)
    page.setStyleSheet("background: #2a6f97;")
    QVBoxLayout(page).addWidget(QLabel("Budget by department"))
    return page


def test_a_widget_page_prints_scaled_on_one_page_with_the_furniture(qtbot, worker, tmp_path):
    page = _page_widget()
    qtbot.addWidget(page)
    page.show()
    target = tmp_path / "dashboard.pdf"
    job = widget_job(worker, page, "Finance dashboard")
    sentence, problem = finish(qtbot, job, lambda: job.save_pdf_to(str(target)))
    assert not problem, sentence
    (text,) = pages_of(target)
    assert COMPANY in text and "Finance dashboard" in text and "Page 1 of 1" in text
    document = QPdfDocument()
    document.load(str(target))
    image = document.render(0, document.pagePointSize(0).toSize())
    # The picture is there: most of the page's upper half is the page's blue.
    blue = sum(
        1
        for x in range(0, image.width(), 8)
        for y in range(0, image.height() // 2, 8)
        if image.pixelColor(x, y).blue() > 120 and image.pixelColor(x, y).red() < 90
    )
    assert blue > 100


def test_a_chart_saves_as_png_and_a_failed_save_says_so(qtbot, tmp_path):
    page = _page_widget()
    qtbot.addWidget(page)
    page.show()
    target = tmp_path / "chart.png"
    assert write_png(page, target)
    image = QImage(str(target))
    assert image.width() == page.grab().width() and image.pixelColor(300, 250).blue() > 120
    assert not write_png(page, tmp_path / "missing" / "chart.png")


def test_save_png_asks_where_and_says_what_happened(qtbot, tmp_path):
    page = _page_widget()
    qtbot.addWidget(page)
    page.show()
    heard: list[tuple[str, bool]] = []
    dialog = save_png(page, page, lambda sentence, problem: heard.append((sentence, problem)))
    assert dialog.isVisible() and dialog.selectedFiles()[0].endswith("chart.png")
    target = tmp_path / "budget.png"
    dialog.selectFile(str(target))
    dialog.accept()
    qtbot.waitUntil(lambda: bool(heard), timeout=WAIT_MS)
    assert heard == [(f"Saved as {target}.", False)]
    assert QImage(str(target)).size() == page.grab().size()


def test_a_pdf_is_offered_a_name_windows_accepts(qtbot):
    from PySide6.QtWidgets import QWidget

    from dicel_desktop.gui.printing.output import PrintOutput

    parent = QWidget()
    qtbot.addWidget(parent)
    output = PrintOutput(parent)
    output.ask_file("Fraud: petty cash", "fraud:-petty-cash", lambda _path: None)
    dialog = output.file_dialog
    assert dialog is not None
    assert Path(dialog.selectedFiles()[0]).name == "fraud_-petty-cash.pdf"
    dialog.reject()
