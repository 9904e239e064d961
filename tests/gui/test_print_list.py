"""Print and PDF of a list, a record's form and a widget page, read back from the PDF."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import psycopg
import pytest
from grid_data import seed_transactions
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from dicel_desktop.db.engine import make_session_factory
from dicel_desktop.gui.cell_format import LocaleFormats, ValueFormatter
from dicel_desktop.gui.printing.list_job import ListPrintJob
from dicel_desktop.gui.printing.pages import save_png, widget_job, write_png
from dicel_desktop.gui.records.editor_factory import make_editor_factory
from dicel_desktop.gui.records.record_window import RecordWindow
from dicel_desktop.gui.widgets.data_grid import DataGrid
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.services.listing import OneOf

ROWS = 400
COMPANY = "Umurage Print Test Ltd"
RWANDA = QLocale(QLocale.Language.English, QLocale.Country.Rwanda)
WAIT_MS = 20_000


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


def test_a_filtered_sorted_list_as_pdf_has_every_row_in_order_and_each_page_its_furniture(
    qtbot, grid, seeded, tmp_path
):
    grid.set_filter("status", OneOf("status", ("posted", "pending")))
    names = [c.name for c in grid.model.columns]
    grid.model.sort(names.index("reference_number"), Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(
        lambda: grid.model.query.sort == "reference_number" and not grid.model.is_loading,
        timeout=WAIT_MS,
    )
    target = tmp_path / "transactions.pdf"
    job = ListPrintJob(grid.model._worker, grid, grid, chunk_rows=70)
    held: list[int] = []
    job.chunk_read.connect(lambda _rows: held.append(job.pages.held_rows))
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
    per_page = len(re.findall(r"REF-\d+", pages[0]))
    assert len(pages) == -(-len(expected) // per_page)  # ceil: full pages, then the rest
    printed: list[str] = []
    for k, text in enumerate(pages, start=1):
        assert COMPANY in text
        assert "Transactions" in text
        assert "Status: Posted or Pending" in text
        assert today_text() in text
        assert f"Page {k} of {len(pages)}" in text
        printed += re.findall(r"REF-\d+", text)
    assert printed == expected
    # Pages were painted as their rows came: never more than a page's rows held.
    assert len(held) == -(-len(expected) // 70) and max(held) < per_page
    assert job.pages.pages_painted == len(pages)


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
