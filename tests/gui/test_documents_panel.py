"""The documents panel against a real PostgreSQL: what a person sees and does with the
files of a record. (Whose files are whose is tests/security/test_document_rights.py.)"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
import sqlalchemy as sa
from document_files import dark_pixels, make_pdf, make_png
from helpers import WAIT_MS
from PySide6.QtCore import QLocale, QMimeData, QModelIndex, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from dicel_desktop.domain.roles import Role
from dicel_desktop.gui.widgets import documents_panel as panel_module
from dicel_desktop.gui.widgets.documents_panel import DocumentsPanel
from dicel_desktop.services import documents
from dicel_desktop.services.files import human_size

#: A deadline for a failing test on a busy machine, not a measurement: a preview drawn on
#: three workers sharing two cores took longer than 10 s once.

RWANDA = QLocale(QLocale.Language.English, QLocale.Country.Rwanda)


@pytest.fixture
def panel(qtbot, worker, expense):
    panel = DocumentsPanel(worker, "expenses", locale=RWANDA)
    qtbot.addWidget(panel)
    panel.resize(900, 420)
    panel.show()
    panel.set_record(expense)
    wait_idle(qtbot, panel)
    return panel


def wait_idle(qtbot, panel: DocumentsPanel) -> None:
    qtbot.waitUntil(lambda: not panel.is_busy, timeout=WAIT_MS)


def stored(db_engine, expense) -> list[tuple[str, str]]:
    """(file name, sha256) of the expense's documents, read as the superuser."""
    with db_engine.connect() as conn:
        rows = conn.execute(
            sa.text(
                "SELECT file_name, sha256 FROM documents WHERE owner_id = :id ORDER BY file_name"
            ),
            {"id": expense},
        )
        return [tuple(row) for row in rows]


def upload(qtbot, panel: DocumentsPanel, *paths: Path) -> None:
    panel.ask_open_files = lambda multiple: [str(p) for p in paths]
    qtbot.mouseClick(panel.upload_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, panel)


def drop_event(panel: DocumentsPanel, kind, *paths: Path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = kind(
        QPoint(20, 20) if kind is QDragEnterEvent else QPoint(20, 20).toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(panel, event)
    return event, mime


# --------------------------------------------------------------------------- round trip


def test_a_pdf_goes_up_is_previewed_and_comes_back_down_the_same(
    qtbot, panel, tmp_path, db_engine, expense
):
    assert panel.status.text() == "No files attached yet. Drag files here, or use Upload…"
    pdf = make_pdf(tmp_path / "receipt.pdf", "Receipt 42", ("Kigali — Huye", "12,000 RWF"))
    upload(qtbot, panel, pdf)

    (info,) = panel.documents()
    assert (info.file_name, info.media_type, info.size) == (
        "receipt.pdf",
        "application/pdf",
        pdf.stat().st_size,
    )
    assert panel.status.text() == "One file attached"
    row = panel.list.topLevelItem(0)
    assert [row.text(c) for c in range(3)] == [
        "receipt.pdf",
        "PDF document",
        human_size(pdf.stat().st_size),
    ]
    assert row.text(3) == "DICEL"  # the superuser is no person
    assert row.text(4) == info.updated_at.astimezone().strftime("%d/%m/%Y %H:%M")
    assert stored(db_engine, expense) == [
        ("receipt.pdf", hashlib.sha256(pdf.read_bytes()).hexdigest())
    ]

    # The new file is current and previewed: the page is drawn, not blank.
    assert panel.list.current_document() == info
    qtbot.waitUntil(lambda: panel.preview.showing == "pdf", timeout=WAIT_MS)
    assert panel.preview.pdf.pageCount() == 1
    # QtPdf draws the page in a thread of its own once the view is shown, seconds later
    # under load: the file's deadline (as the side-by-side look's), not pytest-qt's 5 s.
    qtbot.waitUntil(
        lambda: dark_pixels(panel.preview.pdf_view.viewport().grab()) > 50, timeout=WAIT_MS
    )

    target = tmp_path / "saved" / "copy.pdf"
    target.parent.mkdir()
    panel.ask_save_path = lambda name: str(target) if name == "receipt.pdf" else None
    qtbot.mouseClick(panel.download_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, panel)
    assert hashlib.sha256(target.read_bytes()).digest() == hashlib.sha256(pdf.read_bytes()).digest()
    assert panel.message.text() == f"Saved “copy.pdf” in {target.parent}."


def test_an_image_is_previewed_scaled_to_fit(qtbot, panel, tmp_path):
    upload(qtbot, panel, make_png(tmp_path / "scan", "Scan", size=(1600, 1000)))
    (info,) = panel.documents()
    assert info.media_type == "image/png"  # from its content: the name has no extension
    qtbot.waitUntil(lambda: panel.preview.showing == "image", timeout=WAIT_MS)
    shown = panel.preview.image.pixmap()
    area = panel.preview.image.size()
    assert shown.width() <= area.width() and shown.height() <= area.height()
    assert abs(shown.width() / shown.height() - 1.6) < 0.02  # proportions kept


def test_a_file_without_a_preview_says_how_to_see_it(qtbot, panel, tmp_path):
    notes = tmp_path / "notes.docx"
    notes.write_bytes(b"PK\x03\x04" + bytes(100))
    upload(qtbot, panel, notes)
    assert panel.list.topLevelItem(0).text(1) == "Word document"
    assert panel.preview.showing == "message"
    assert "Use Open" in panel.preview.message.text()


# --------------------------------------------------------------------------- refusals


def test_a_file_over_the_limit_is_refused_before_it_is_read(
    qtbot, panel, tmp_path, db_engine, expense, monkeypatch
):
    with db_engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO system_settings (setting_key, setting_value, setting_type)"
                " VALUES ('documents.max_size_mb', '0.009765625', 'number')"
            )
        )
    panel.reload()
    wait_idle(qtbot, panel)
    big = tmp_path / "scan.pdf"
    big.write_bytes(b"%PDF-" + bytes(20 * 1024))
    small = make_pdf(tmp_path / "small.pdf", "Small")
    assert small.stat().st_size < 10 * 1024
    read = []
    monkeypatch.setattr(
        panel_module.tasks, "_read", lambda path: read.append(path) or Path(path).read_bytes()
    )
    upload(qtbot, panel, big, small)
    assert panel.message.text() == (
        "“scan.pdf” is 20 kB; a file attached to a record can be at most 10 kB. Make it "
        "smaller (scan at a lower resolution, or compress it) and try again."
    )
    assert read == [str(small)]  # the big one was never read
    assert [name for name, _ in stored(db_engine, expense)] == ["small.pdf"]


def test_a_limit_lowered_meanwhile_is_still_enforced(qtbot, panel, tmp_path, db_engine, expense):
    with db_engine.begin() as conn:  # after the panel read the limit
        conn.execute(
            sa.text(
                "INSERT INTO system_settings (setting_key, setting_value, setting_type)"
                " VALUES ('documents.max_size_mb', '0.009765625', 'number')"
            )
        )
    big = tmp_path / "scan.pdf"
    big.write_bytes(b"%PDF-" + bytes(20 * 1024))
    upload(qtbot, panel, big)
    assert "at most 10 kB" in panel.message.text()
    assert stored(db_engine, expense) == []


def test_the_same_file_twice_is_recognised_in_words(qtbot, panel, tmp_path, db_engine, expense):
    pdf = make_pdf(tmp_path / "receipt.pdf", "Receipt")
    upload(qtbot, panel, pdf)
    copy = tmp_path / "receipt (1).pdf"
    copy.write_bytes(pdf.read_bytes())
    upload(qtbot, panel, copy)
    today = dt.date.today()
    assert panel.message.text() == (
        f"This file is already attached as “receipt.pdf” by DICEL on {today.day} {today:%B %Y}."
    )
    assert len(stored(db_engine, expense)) == 1


# --------------------------------------------------------------------------- drag and drop


def test_files_dropped_from_the_file_manager_are_attached(qtbot, panel, tmp_path):
    a = make_pdf(tmp_path / "a.pdf", "A")
    b = make_png(tmp_path / "b.png", "B")
    enter, _mime = drop_event(panel, QDragEnterEvent, a, b)
    assert enter.isAccepted()
    drop, _mime = drop_event(panel, QDropEvent, a, b)
    assert drop.isAccepted()
    wait_idle(qtbot, panel)
    qtbot.waitUntil(lambda: len(panel.documents()) == 2, timeout=WAIT_MS)
    assert sorted(d.file_name for d in panel.documents()) == ["a.pdf", "b.png"]


def test_drops_are_refused_where_files_cannot_be_attached(qtbot, panel, tmp_path):
    pdf = make_pdf(tmp_path / "a.pdf", "A")
    panel.set_read_only(True)
    enter, _mime = drop_event(panel, QDragEnterEvent, pdf)
    assert not enter.isAccepted()
    panel.set_read_only(False)
    # A folder is not a file.
    enter, _mime = drop_event(panel, QDragEnterEvent, tmp_path)
    assert not enter.isAccepted()


# --------------------------------------------------------------------------- states


def test_a_record_not_saved_yet_has_nothing_to_attach_to(qtbot, panel, tmp_path):
    panel.set_record(None)
    assert panel.status.text() == "Save the record first to attach files"
    assert not panel.upload_button.isEnabled()
    enter, _mime = drop_event(panel, QDragEnterEvent, make_pdf(tmp_path / "a.pdf", "A"))
    assert not enter.isAccepted()


def test_a_read_only_form_lets_files_be_seen_and_saved_not_changed(qtbot, panel, tmp_path):
    upload(qtbot, panel, make_pdf(tmp_path / "a.pdf", "A"))
    panel.set_read_only(True)
    assert not panel.upload_button.isEnabled()
    assert not panel.replace_button.isEnabled() and not panel.remove_button.isEnabled()
    assert panel.open_button.isEnabled() and panel.download_button.isEnabled()


def test_a_paid_expenses_files_are_added_to_but_no_longer_replaced_or_removed(
    qtbot, panel, tmp_path, db_engine, expense
):
    """The receipt an expense was paid on stays as it was; a proof of payment may still
    be added (migration 0040)."""
    upload(qtbot, panel, make_pdf(tmp_path / "receipt.pdf", "Receipt", ("12,000 RWF",)))
    with db_engine.begin() as conn:  # as the workflow would
        conn.execute(sa.text("UPDATE expenses SET status = 'paid' WHERE id = :i"), {"i": expense})
    panel.set_record(expense)
    wait_idle(qtbot, panel)
    panel.list.setCurrentItem(panel.list.topLevelItem(0))
    assert panel.upload_button.isEnabled()
    assert not panel.replace_button.isEnabled() and not panel.remove_button.isEnabled()
    assert not panel.list.remove_action.isEnabled()
    assert panel.status.text() == (
        "One file attached. This expense is paid: its files can no longer be replaced or"
        " removed, but a new file can be added."
    )
    upload(qtbot, panel, make_pdf(tmp_path / "transfer.pdf", "Transfer", ("Paid",)))
    assert len(panel.documents()) == 2, panel.message.text()


def test_a_closed_tickets_files_are_only_read_and_the_panel_says_why(qtbot, worker, db_engine):
    with db_engine.begin() as conn:
        ticket = conn.execute(
            sa.text(
                "INSERT INTO it_support_tickets (category, subject, description, status)"
                " VALUES ('hardware', 'Printer', 'Jammed', 'closed') RETURNING id"
            )
        ).scalar_one()
    panel = DocumentsPanel(worker, "it_support_tickets", locale=RWANDA)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_record(ticket)
    wait_idle(qtbot, panel)
    assert not panel.upload_button.isEnabled()
    assert panel.status.text() == (
        "No files attached. This IT ticket is closed: its files can no longer be added,"
        " replaced or removed."
    )
    assert panel.upload_button.toolTip() == (
        "This IT ticket is closed: its files can no longer be added, replaced or removed."
    )


def test_a_disabled_file_button_says_why(qtbot, panel, tmp_path, db_engine, expense):
    """Download…, Replace… and Remove, when disabled, say why in the person's words: no
    file yet, none selected, a form only to read, a record whose state holds its files."""
    nothing = "No file is attached to this record."
    for button in (panel.download_button, panel.replace_button, panel.remove_button):
        assert not button.isEnabled() and button.toolTip() == nothing

    upload(qtbot, panel, make_pdf(tmp_path / "a.pdf", "A"), make_pdf(tmp_path / "b.pdf", "B"))
    panel.list.setCurrentIndex(QModelIndex())
    for button in (panel.download_button, panel.replace_button, panel.remove_button):
        assert not button.isEnabled()
        assert button.toolTip() == "Select a file in the list first."

    panel.list.setCurrentItem(panel.list.topLevelItem(0))
    assert panel.download_button.isEnabled() and panel.remove_button.isEnabled()
    assert panel.download_button.toolTip() == "Save a copy of the file on this computer"
    assert panel.remove_button.toolTip() == "Delete the file from this record"

    panel.set_read_only(True)
    read_only = "You can read the files of this expense; your role cannot change them."
    for button in (panel.upload_button, panel.replace_button, panel.remove_button):
        assert not button.isEnabled() and button.toolTip() == read_only
    assert panel.download_button.isEnabled()
    panel.set_read_only(False)

    with db_engine.begin() as conn:  # paid, as the workflow would
        conn.execute(sa.text("UPDATE expenses SET status = 'paid' WHERE id = :i"), {"i": expense})
    panel.set_record(expense)
    wait_idle(qtbot, panel)
    panel.list.setCurrentItem(panel.list.topLevelItem(0))
    held = (
        "This expense is paid: its files can no longer be replaced or removed, but a new"
        " file can be added."
    )
    assert not panel.remove_button.isEnabled() and panel.remove_button.toolTip() == held
    assert not panel.replace_button.isEnabled() and panel.replace_button.toolTip() == held
    assert panel.upload_button.isEnabled()
    assert panel.upload_button.toolTip() == "Attach files to this record (or drag them here)"


def test_replace_puts_a_new_version_and_remove_asks_first(
    qtbot, panel, tmp_path, db_engine, expense
):
    upload(qtbot, panel, make_pdf(tmp_path / "draft.pdf", "Draft"))
    panel.ask_open_files = lambda multiple: [] if multiple else [str(photo)]
    photo = make_png(tmp_path / "final.png", "Final")
    qtbot.mouseClick(panel.replace_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, panel)
    (info,) = panel.documents()
    assert (info.file_name, info.media_type) == ("final.png", "image/png")
    qtbot.waitUntil(lambda: panel.preview.showing == "image", timeout=WAIT_MS)

    asked = []
    panel.confirm_remove = lambda name: asked.append(name) or False
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, panel)
    assert asked == ["final.png"] and len(stored(db_engine, expense)) == 1
    panel.confirm_remove = lambda name: True
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, panel)
    assert panel.documents() == [] and stored(db_engine, expense) == []
    assert panel.status.text() == "No files attached yet. Drag files here, or use Upload…"


def test_a_version_replaced_by_someone_else_is_not_overwritten(
    qtbot, panel, tmp_path, db_engine, expense
):
    upload(qtbot, panel, make_pdf(tmp_path / "v1.pdf", "One"))
    (mine,) = panel.documents()
    with db_engine.begin() as conn:  # a colleague's new version
        documents.replace(conn, mine.id, "v2.pdf", None, b"%PDF-two", mine.updated_at)
    panel.replace_file(mine.id, str(make_pdf(tmp_path / "v3.pdf", "Three")))
    wait_idle(qtbot, panel)
    assert panel.message.text().startswith("“v2.pdf” was replaced by DICEL at ")
    assert [name for name, _ in stored(db_engine, expense)] == ["v2.pdf"]
    qtbot.waitUntil(lambda: panel.documents()[0].file_name == "v2.pdf")  # reloaded


# --------------------------------------------------------------------------- keyboard


def test_everything_is_reachable_from_the_keyboard(qtbot, panel, tmp_path, monkeypatch):
    upload(qtbot, panel, make_pdf(tmp_path / "a.pdf", "A"))
    panel.activateWindow()
    panel.list.setFocus()
    qtbot.waitUntil(lambda: panel.list.hasFocus())
    reached = []
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached == [
        panel.upload_button,
        panel.open_button,
        panel.download_button,
        panel.replace_button,
        panel.remove_button,
    ]

    opened = []
    monkeypatch.setattr(panel_module, "open_with_desktop", lambda path: opened.append(path) or True)
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    wait_idle(qtbot, panel)
    assert [Path(p).name for p in opened] == ["a.pdf"]
    assert Path(opened[0]).read_bytes() == (tmp_path / "a.pdf").read_bytes()

    asked = []
    panel.confirm_remove = lambda name: asked.append(name) or False
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert asked == ["a.pdf"]


# --------------------------------------------------------------------------- a look


def test_the_panel_previews_a_photo_and_a_pdf_side_by_side_with_the_list(qtbot, panel, tmp_path):
    """Saves both looks in the test's folder (run with --basetemp to look at them)."""
    photo = make_png(tmp_path / "IMG_2041.png", "Fuel receipt", size=(1200, 900))
    pdf = make_pdf(
        tmp_path / "invoice-RwandAir.pdf",
        "RwandAir — Invoice 5521",
        ("Kigali (KGL) to Nairobi (NBO)", "Fare 540,000 RWF", "Taxes 62,000 RWF"),
    )
    upload(qtbot, panel, photo, pdf)
    assert len(panel.documents()) == 2
    for name, kind in (("IMG_2041.png", "image"), ("invoice-RwandAir.pdf", "pdf")):
        panel.select(next(d.id for d in panel.documents() if d.file_name == name))
        qtbot.waitUntil(lambda kind=kind: panel.preview.showing == kind, timeout=WAIT_MS)
        view = panel.preview.pdf_view.viewport() if kind == "pdf" else panel.preview.image
        qtbot.waitUntil(lambda view=view: dark_pixels(view.grab()) > 50, timeout=WAIT_MS)
        assert panel.grab().save(str(tmp_path / f"panel-{kind}.png"))


def test_a_panel_closed_before_its_files_arrive_is_not_called_back(qtbot, worker, expense):
    """A record window closed at once: the list's answer comes to no deleted widget."""
    import shiboken6

    from dicel_desktop.gui.widgets.documents_panel import DocumentsPanel as Panel

    panel = Panel(worker, "expenses", locale=RWANDA)
    panel.set_record(expense)
    assert worker.is_busy
    panel.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(panel), timeout=WAIT_MS)
    # Any callback on the deleted widget would raise into the event loop (and fail here).
    qtbot.waitUntil(lambda: not worker.is_busy, timeout=WAIT_MS)


def test_sizes_are_said_in_the_persons_words_and_units(qapp) -> None:
    """A French screen says octets and ko, with a decimal comma; a whole size has no
    ",0"; bytes are never counted in thousands."""
    from PySide6.QtCore import QLocale

    from dicel_desktop.gui.translations import install_translators
    from dicel_desktop.gui.widgets.document_support import size_text

    install_translators("fr")
    try:
        french = QLocale(QLocale.Language.French, QLocale.Country.Rwanda)
        assert [size_text(n, french) for n in (996, 1536, 2 * 1024**2, 150 * 1024**2)] == [
            "996 octets",
            "1,5 ko",
            "2 Mo",
            "150 Mo",
        ]
    finally:
        install_translators("en")
    english = QLocale(QLocale.Language.English, QLocale.Country.Rwanda)
    assert size_text(996, english) == "996 bytes" and size_text(1536, english) == "1.5 kB"


def test_a_shared_reviews_status_reads_as_two_sentences(qtbot, worker, db_engine):
    """User-eye review: "Drag files here, or use Upload…. This performance review is
    acknowledged…": no "…." and the hold says what may still be done. A completed
    review is filed for good (migration 0045): its files stay as they are."""
    with db_engine.begin() as conn:
        acknowledged, completed = (
            conn.execute(
                sa.text(
                    "INSERT INTO performance_reviews (review_date, status)"
                    " VALUES ('2026-11-30', :s) RETURNING id"
                ),
                {"s": state},
            ).scalar_one()
            for state in ("acknowledged", "completed")
        )
    panel = DocumentsPanel(worker, "performance_reviews", locale=RWANDA)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_record(acknowledged)
    wait_idle(qtbot, panel)
    assert panel.upload_button.isEnabled()
    assert panel.status.text() == (
        "No files attached yet. This performance review is acknowledged: its files can no"
        " longer be replaced or removed, but a new file can be added."
    )
    panel.set_record(completed)
    wait_idle(qtbot, panel)
    assert not panel.upload_button.isEnabled()
    assert panel.status.text() == (
        "No files attached. This performance review is completed: its files can no"
        " longer be added, replaced or removed."
    )


# --------------------------------------------------------------------------- a person's files


def _documents_tab(qtbot, opener, table: str, record) -> DocumentsPanel:
    """The Documents tab of ``record``'s window, shown and loaded, as ``opener``'s person."""
    window = opener.open(table, record)
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.panels.count() > 0, timeout=WAIT_MS)
    (index,) = [i for i in range(window.panels.count()) if window.panels.tabText(i) == "Documents"]
    window.panels.setCurrentIndex(index)
    files = window.panels.widget(index).findChild(DocumentsPanel)
    qtbot.waitUntil(lambda: files.owner_id is not None and not files.is_busy, timeout=WAIT_MS)
    return files


def test_a_colleagues_hr_file_shows_no_files_and_says_whose_they_are(qtbot, logins, desk):
    """Finance opens an employee's record: their files are HR's and the person's
    (migration 0061), so the tab lists none and says so, as a note, not an error."""
    hr, finance = logins.person(Role.HR), logins.person(Role.FINANCE)
    eric = logins.person(Role.EMPLOYEE, first_name="Eric")
    with hr.engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO documents (owner_table, owner_id, file_name, media_type, content)"
                " VALUES ('employees', :e, 'national_id_and_bank_letter.pdf',"
                " 'application/pdf', 'SECRET: acct 000123456 BK')"
            ),
            {"e": eric.employee_id},
        )

    files = _documents_tab(qtbot, desk(finance), "employees", eric.employee_id)
    assert files.documents() == []
    assert files.status.text() == (
        "The files of a person's record are kept for HR and for the person themselves:"
        " none are shown to you here."
    )
    assert files.message.isHidden()  # a note, not an error
    assert not files.upload_button.isEnabled()
    for button in (files.upload_button, files.download_button, files.remove_button):
        assert not button.isEnabled() and button.toolTip() == files.status.text()

    # HR, and eric himself, see the file; nobody else's note shows for them.
    for viewer in (hr, eric):
        files = _documents_tab(qtbot, desk(viewer), "employees", eric.employee_id)
        assert [d.file_name for d in files.documents()] == ["national_id_and_bank_letter.pdf"]
        assert files.status.text() == "One file attached"


def test_a_case_documents_file_is_neither_replaced_nor_joined_and_the_panel_says_why(
    qtbot, worker, db_engine
):
    """psql33 F2: under a case document, whose file is the document itself, Upload… and
    Replace… were enabled; the database now refuses both (migration 0115: DW465, DW464)."""
    with db_engine.begin() as conn:
        record = conn.execute(
            sa.text(
                "INSERT INTO recovery_documents (document_type, document_name)"
                " VALUES ('Demand letter', 'Demand to Akagera Motors') RETURNING id"
            )
        ).scalar_one()
        conn.execute(
            sa.text(
                "INSERT INTO documents (owner_table, owner_id, file_name, media_type, content)"
                " VALUES ('recovery_documents', :id, 'demand.pdf', 'application/pdf', :c)"
            ),
            {"id": record, "c": b"%PDF-1.4 demand"},
        )
    panel = DocumentsPanel(worker, "recovery_documents", locale=RWANDA)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_record(record)
    wait_idle(qtbot, panel)
    panel.list.setCurrentItem(panel.list.topLevelItem(0))
    assert not panel.upload_button.isEnabled()
    assert not panel.replace_button.isEnabled()
    assert panel.upload_button.toolTip() == (
        "A case document holds one file, attached with Attach… on its File field: file"
        " another case document for another file."
    )
    assert panel.replace_button.toolTip() == (
        "A case document is its file, and it is never replaced: to correct it, delete the"
        " case document and file a new one."
    )
    assert panel.download_button.isEnabled()
    # eye33 #4: its buttons held, and the panel says why, not their tooltips only.
    assert panel.held_line.isVisible()
    assert panel.held_line.text() == (
        "A case document is its file: it takes no other file, and its file is never"
        " replaced or removed here. To correct it, delete the case document with Delete…"
        " and file a new one."
    )
