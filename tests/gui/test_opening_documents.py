"""Open never hands the desktop a file it would run (psql review: a document named
``Sick note <U+202E>fdp.exe`` showed as "Sick note exe.pdf", and Open ran it on Windows).

``QDesktopServices`` is replaced by a recorder in every test: nothing is ever opened.
"""

from __future__ import annotations

import os
import stat
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa
from document_files import make_pdf
from helpers import WAIT_MS
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from dicel_desktop.domain.roles import Role
from dicel_desktop.gui.editors.document_link import DocumentLinkEditor
from dicel_desktop.gui.widgets import document_support
from dicel_desktop.gui.widgets.documents_panel import DocumentsPanel
from dicel_desktop.services import documents
from dicel_desktop.services.forms import form_spec

EXECUTABLE = stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH


class _Desktop:
    """Stands in for QDesktopServices: records what it was asked to open."""

    opened: list[str] = []

    @classmethod
    def openUrl(cls, url) -> bool:
        cls.opened.append(url.toLocalFile())
        return True


@pytest.fixture(autouse=True)
def desktop(monkeypatch):
    _Desktop.opened = []
    monkeypatch.setattr(document_support, "QDesktopServices", _Desktop)
    return _Desktop


def store(db_engine, expense, name: str, media_type: str, content: bytes) -> uuid.UUID:
    """A document as psql or an older client stored it (as the superuser, and past this
    revision's name rule: a row from before it)."""
    with db_engine.begin() as conn:
        conn.execute(sa.text("ALTER TABLE documents DISABLE TRIGGER documents_plain_file_name"))
        document = conn.execute(
            sa.text(
                "INSERT INTO documents (owner_table, owner_id, file_name, media_type, content)"
                " VALUES ('expenses', :id, :name, :type, :content) RETURNING id"
            ),
            {"id": expense, "name": name, "type": media_type, "content": content},
        ).scalar_one()
        conn.execute(sa.text("ALTER TABLE documents ENABLE TRIGGER documents_plain_file_name"))
    return document


@pytest.fixture
def panel(qtbot, worker, expense):
    def make() -> DocumentsPanel:
        panel = DocumentsPanel(worker, "expenses")
        qtbot.addWidget(panel)
        panel.show()
        panel.set_record(expense)
        qtbot.waitUntil(lambda: not panel.is_busy, timeout=WAIT_MS)
        return panel

    return make


def open_first(qtbot, panel: DocumentsPanel) -> None:
    """Open the first file: with the Open button where it is on, else as Enter does in
    the list (Open is off for a file it refuses)."""
    panel.list.setCurrentItem(panel.list.topLevelItem(0))
    if panel.open_button.isEnabled():
        qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    else:
        panel.list.setFocus()
        qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not panel.is_busy, timeout=WAIT_MS)


def test_the_reviews_file_is_not_opened_and_a_copy_is_offered_instead(
    qtbot, panel, db_engine, expense, desktop, tmp_path
):
    store(db_engine, expense, "Sick note \u202efdp.exe", "application/pdf", b"MZ\x90\x00")
    panel = panel()
    offered, asked_where, said = [], [], []

    def offer(refusal) -> bool:
        offered.append(refusal)
        said.append(panel.message.text() if panel.message.isVisible() else "")
        return True

    panel.ask_save_instead = offer
    target = tmp_path / "saved.bin"
    panel.ask_save_path = lambda name: asked_where.append(name) or str(target)

    # Listed as what it is, not as "Sick note exe.pdf".
    assert panel.list.topLevelItem(0).text(0) == "Sick note fdp.exe"
    open_first(qtbot, panel)
    qtbot.waitUntil(lambda: target.exists(), timeout=WAIT_MS)

    assert desktop.opened == []
    (refusal,) = offered
    assert refusal.code == "document_not_opened_program"
    (sentence,) = said
    assert "Sick note fdp.exe" in sentence and "would run as a program" in sentence
    assert "\u202e" not in sentence
    # Saving only writes the file (the real dialog offers safe_file_name of the name).
    assert asked_where == ["Sick note \u202efdp.exe"]
    assert panel.message.text().startswith("Saved “saved.bin”")
    assert target.read_bytes() == b"MZ\x90\x00"
    assert not target.stat().st_mode & EXECUTABLE
    assert desktop.opened == []


def test_declining_the_copy_saves_nothing(qtbot, panel, db_engine, expense, desktop):
    store(db_engine, expense, "update.ps1", "text/plain", b"Remove-Item C:\\")
    panel = panel()
    panel.ask_save_instead = lambda refusal: False
    panel.ask_save_path = lambda name: pytest.fail("asked where to save")
    open_first(qtbot, panel)
    assert desktop.opened == []
    assert "would run as a program" in panel.message.text()


def test_a_name_that_says_another_type_than_stored_is_not_opened(
    qtbot, panel, db_engine, expense, desktop
):
    store(db_engine, expense, "receipt.pdf", "application/x-msdownload", b"%PDF-1.7 but not")
    panel = panel()
    offered = []
    panel.ask_save_instead = lambda refusal: offered.append(refusal.code) or False
    open_first(qtbot, panel)
    assert desktop.opened == [] and offered == ["document_not_opened_mismatch"]
    # The kind stored, in the list's words (not "application/x-msdownload").
    assert "(Windows program)" in panel.message.text()
    assert panel.list.topLevelItem(0).text(1) == "Windows program"


def test_a_program_without_a_telling_name_is_not_opened(qtbot, panel, db_engine, expense, desktop):
    store(db_engine, expense, "scan0001", "application/octet-stream", b"\x7fELF\x02\x01")
    panel = panel()
    offered = []
    panel.ask_save_instead = lambda refusal: offered.append(refusal.code) or False
    open_first(qtbot, panel)
    assert desktop.opened == [] and offered == ["document_not_opened_content"]


def test_a_document_opens_from_a_copy_no_one_else_reads_or_runs(
    qtbot, panel, tmp_path, expense, db_engine, desktop
):
    pdf = make_pdf(tmp_path / "receipt.pdf", "Receipt")
    with db_engine.begin() as conn:
        documents.attach(conn, "expenses", expense, "receipt.pdf", None, pdf.read_bytes())
    panel = panel()
    panel.ask_save_instead = lambda refusal: pytest.fail(f"refused: {refusal}")
    before = os.umask(0)  # even where the umask would let everyone in
    try:
        open_first(qtbot, panel)
    finally:
        os.umask(before)
    (opened,) = desktop.opened
    assert Path(opened).name == "receipt.pdf"
    assert Path(opened).read_bytes() == pdf.read_bytes()
    assert stat.S_IMODE(Path(opened).stat().st_mode) == 0o600


def test_the_desktop_is_never_handed_a_launcher_or_an_executable_file(tmp_path, desktop):
    launcher = tmp_path / "Invoice.desktop"
    launcher.write_text("[Desktop Entry]\nExec=sh -c 'rm -rf ~'\n")
    assert document_support.open_with_desktop(str(launcher)) is False
    script = tmp_path / "notes.txt"
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    assert document_support.open_with_desktop(str(script)) is True
    assert desktop.opened == [str(script)]
    assert not script.stat().st_mode & EXECUTABLE  # the bit went before it was opened


def test_the_link_editor_refuses_the_same_and_offers_a_copy(
    qtbot, worker, db_engine, expense, desktop, tmp_path
):
    document = store(db_engine, expense, "Receipt \u202efdp.scr", "application/pdf", b"MZ")
    editor = DocumentLinkEditor(
        form_spec("expenses", Role.FINANCE).fields["receipt_url"], worker, "expenses"
    )
    qtbot.addWidget(editor)
    editor.show()
    editor.set_record(expense)
    editor.set_value(documents.link_value(document))
    qtbot.waitUntil(lambda: not editor.is_busy and editor.document is not None, timeout=WAIT_MS)
    assert editor.name.text() == "Receipt fdp.scr"
    target = tmp_path / "copy.bin"
    offered = []
    editor.ask_save_instead = lambda refusal: offered.append(refusal.code) or True
    editor.ask_save_path = lambda name: str(target)
    # Open is off, and says why; Download… saves a copy.
    assert not editor.open_button.isEnabled()
    assert "would run as a program" in editor.open_button.toolTip()
    assert editor.download_button.isVisible() and editor.download_button.isEnabled()
    qtbot.mouseClick(editor.download_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists() and not editor.is_busy, timeout=WAIT_MS)
    assert desktop.opened == [] and offered == []
    assert target.read_bytes() == b"MZ"


# ------------------------------------------------------- Open refused before it is pressed


@pytest.mark.parametrize(
    ("name", "media_type", "content", "why"),
    [
        ("Job advert.pdf.exe", "application/pdf", b"%PDF-1.7\n", "would run as a program"),
        ("scan0001", "application/octet-stream", b"\x7fELF\x02\x01", "holds a program"),
        ("Advert.pdf", "image/jpeg", b"\xff\xd8\xff\xe0 not a real photo", "JPEG image"),
    ],
)
def test_open_is_off_for_a_file_it_would_refuse_and_the_preview_points_to_download(
    qtbot, panel, db_engine, expense, desktop, name, media_type, content, why
):
    """User-eye review: the preview said "Use Open to see it", and Open then refused."""
    store(db_engine, expense, name, media_type, content)
    panel = panel()
    panel.list.setCurrentItem(panel.list.topLevelItem(0))
    qtbot.waitUntil(lambda: panel.preview.showing == "message" and not panel.is_busy)
    assert panel.download_button.isEnabled()
    assert not panel.open_button.isEnabled()
    assert why in panel.open_button.toolTip()
    preview = panel.preview.message.text()
    assert "Download…" in preview and "Open" not in preview, preview


def test_a_mismatch_is_said_in_the_lists_words_and_the_dialog_offers_download(
    qtbot, panel, db_engine, expense, desktop
):
    store(db_engine, expense, "Advert.pdf", "image/jpeg", b"\xff\xd8\xff\xe0")
    panel = panel()
    panel.list.setCurrentItem(panel.list.topLevelItem(0))
    assert panel.list.topLevelItem(0).text(1) == "JPEG image"
    tip = panel.open_button.toolTip()
    assert "JPEG image" in tip and "image/jpeg" not in tip, tip
    assert "Save a copy" not in tip
    # The dialog's button is the panel's: one name for one action.
    assert panel.download_button.text().replace("&", "") == "Download…"
    shown = []

    def answer() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox))
        shown.append([b.text().replace("&", "") for b in box.buttons()])
        box.reject()

    QTimer.singleShot(0, answer)
    assert document_support.ask_save_instead(panel, documents_refusal(panel)) is False
    assert "Download…" in shown[0] and not any("Save a copy" in t for t in shown[0])


def documents_refusal(panel: DocumentsPanel):
    info = panel.list.current_document()
    refusal = document_support.refusal_to_open(info)
    assert refusal is not None
    return refusal


def test_a_file_open_accepts_keeps_open_on_and_the_usual_preview_words(
    qtbot, panel, db_engine, expense, desktop
):
    docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    store(db_engine, expense, "notes.docx", docx, b"PK\x03\x04" + bytes(60))
    panel = panel()
    panel.list.setCurrentItem(panel.list.topLevelItem(0))
    assert panel.open_button.isEnabled()
    assert "Use Open" in panel.preview.message.text()
