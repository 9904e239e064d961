"""The editor of a record's link to one of its files (``expenses.receipt_url``...)."""

from __future__ import annotations

import uuid
from pathlib import Path

import sqlalchemy as sa
from document_files import make_pdf, make_png
from helpers import WAIT_MS
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dicel_desktop.domain.roles import Role
from dicel_desktop.gui.editors import document_link as editor_module
from dicel_desktop.gui.editors.document_link import DocumentLinkEditor
from dicel_desktop.services import documents
from dicel_desktop.services.forms import form_spec


def _insert(db_engine, statement: str) -> uuid.UUID:
    with db_engine.begin() as conn:
        return conn.execute(sa.text(statement)).scalar_one()


def make_editor(qtbot, worker, table: str, column: str, role: Role) -> DocumentLinkEditor:
    editor = DocumentLinkEditor(form_spec(table, role).fields[column], worker, table)
    qtbot.addWidget(editor)
    editor.resize(600, 60)
    editor.show()
    return editor


def settle(qtbot, editor: DocumentLinkEditor) -> None:
    qtbot.waitUntil(lambda: not editor.is_busy, timeout=WAIT_MS)


def column_value(db_engine, table: str, record: uuid.UUID, column: str):
    with db_engine.connect() as conn:
        return conn.execute(
            sa.text(f"SELECT {column} FROM {table} WHERE id = :id"), {"id": record}
        ).scalar_one()


def test_a_record_not_saved_yet_has_nothing_to_attach_to(qtbot, worker):
    editor = make_editor(qtbot, worker, "expenses", "receipt_url", Role.FINANCE)
    editor.set_record(None)
    editor.set_value(None)
    settle(qtbot, editor)
    assert editor.name.placeholderText() == "Save the record first to attach a file"
    assert not editor.attach_button.isEnabled()


def test_an_empty_boxs_sentence_cut_short_is_read_whole_under_the_pointer(qtbot, worker):
    """A new case document's file box, in French, read "Enregistrez d'ab…" and nothing
    said the rest."""
    editor = make_editor(qtbot, worker, "expenses", "receipt_url", Role.FINANCE)
    editor.resize(260, 60)
    editor.set_record(None)
    editor.set_value(None)
    settle(qtbot, editor)
    assert editor.name.toolTip() == "Save the record first to attach a file"


def test_attach_makes_the_file_the_value_and_the_form_saves_it(
    qtbot, worker, tmp_path, db_engine, expense
):
    editor = make_editor(qtbot, worker, "expenses", "receipt_url", Role.FINANCE)
    editor.set_record(expense)
    editor.set_value(None)
    settle(qtbot, editor)
    assert editor.name.placeholderText() == (
        "No file attached: Attach… lists it under Documents too"
    )
    assert editor.attach_button.isVisible() and not editor.replace_button.isVisible()

    pdf = make_pdf(tmp_path / "receipt.pdf", "Receipt")
    editor.ask_open_file = lambda title: [str(pdf)]
    with qtbot.waitSignal(editor.edited, timeout=WAIT_MS):
        qtbot.mouseClick(editor.attach_button, Qt.MouseButton.LeftButton)
    settle(qtbot, editor)
    document = documents.resolve(editor.value())
    assert document is not None and editor.name.text() == "receipt.pdf"
    assert editor.replace_button.isVisible() and editor.open_button.isEnabled()
    assert "PDF document" in editor.name.toolTip()
    # Stored with the record (the panel lists it); the link waits for the form's save.
    with db_engine.connect() as conn:
        assert documents.list_documents(conn, "expenses", expense)[0].id == document
    assert column_value(db_engine, "expenses", expense, "receipt_url") is None

    # The same file again is the document already there, not a refusal.
    editor.set_value(None)
    settle(qtbot, editor)
    with qtbot.waitSignal(editor.edited, timeout=WAIT_MS):
        editor.attach_file(str(pdf))
    settle(qtbot, editor)
    assert documents.resolve(editor.value()) == document and not editor.message.isVisible()


def test_a_linked_file_opens_and_can_be_replaced(
    qtbot, worker, tmp_path, db_engine, expense, monkeypatch
):
    pdf = make_pdf(tmp_path / "receipt.pdf", "Receipt")
    with db_engine.begin() as conn:
        info = documents.attach(conn, "expenses", expense, "receipt.pdf", None, pdf.read_bytes())
    editor = make_editor(qtbot, worker, "expenses", "receipt_url", Role.FINANCE)
    editor.set_record(expense)
    editor.set_value(documents.link_value(info.id))
    settle(qtbot, editor)
    assert editor.name.text() == "receipt.pdf"

    opened = []
    monkeypatch.setattr(editor_module, "open_with_desktop", lambda p: opened.append(p) or True)
    qtbot.mouseClick(editor.open_button, Qt.MouseButton.LeftButton)
    settle(qtbot, editor)
    assert Path(opened[0]).name == "receipt.pdf"
    assert Path(opened[0]).read_bytes() == pdf.read_bytes()

    photo = make_png(tmp_path / "receipt-photo.png", "Receipt")
    edits = []
    editor.edited.connect(lambda: edits.append(1))
    editor.ask_open_file = lambda title: [str(photo)]
    qtbot.mouseClick(editor.replace_button, Qt.MouseButton.LeftButton)
    settle(qtbot, editor)
    assert editor.name.text() == "receipt-photo.png"
    assert editor.value() == documents.link_value(info.id) and edits == []  # same link
    with db_engine.connect() as conn:
        assert documents.read_content(conn, info.id) == photo.read_bytes()


def test_a_link_to_nothing_and_an_old_address_say_what_they_are(qtbot, worker, expense):
    editor = make_editor(qtbot, worker, "expenses", "receipt_url", Role.FINANCE)
    editor.set_record(expense)
    editor.set_value(documents.link_value(uuid.uuid4()))
    settle(qtbot, editor)
    assert editor.name.text() == ""
    assert editor.name.placeholderText() == "The linked file is no longer available"
    assert editor.attach_button.isEnabled()  # a new file can take its place

    editor.set_value("https://files.dicel.rw/receipts/42.pdf")
    settle(qtbot, editor)
    assert editor.name.text() == "https://files.dicel.rw/receipts/42.pdf"
    assert not editor.open_button.isEnabled()


def test_read_only_shows_and_opens_but_changes_nothing(qtbot, worker, tmp_path, db_engine, expense):
    with db_engine.begin() as conn:
        info = documents.attach(conn, "expenses", expense, "r.pdf", None, b"%PDF-1.4 r")
    editor = make_editor(qtbot, worker, "expenses", "receipt_url", Role.FINANCE)
    editor.set_record(expense)
    editor.set_value(documents.link_value(info.id))
    editor.set_read_only(True)
    settle(qtbot, editor)
    assert editor.open_button.isEnabled() and not editor.replace_button.isEnabled()
    assert not editor.empty_action.isVisible()


def test_an_append_only_record_files_its_document_at_once_and_once(
    qtbot, worker, tmp_path, db_engine
):
    record = _insert(
        db_engine,
        "INSERT INTO recovery_documents (document_type, document_name)"
        " VALUES ('Demand letter', 'Demand to Akagera Motors') RETURNING id",
    )
    editor = make_editor(qtbot, worker, "recovery_documents", "file_url", Role.RECOVERY)
    editor.set_record(record)
    editor.set_value(None)
    editor.set_read_only(True)  # its form: a saved case document is never edited
    settle(qtbot, editor)
    assert editor.attach_button.isEnabled()
    edits = []
    editor.edited.connect(lambda: edits.append(1))
    editor.attach_file(str(make_pdf(tmp_path / "letter.pdf", "Demand")))
    settle(qtbot, editor)
    assert edits == []  # nothing left for the form to save
    stored = column_value(db_engine, "recovery_documents", record, "file_url")
    assert stored == editor.value() and documents.resolve(stored) is not None
    assert not editor.attach_button.isVisible() and not editor.replace_button.isEnabled()


def test_the_buttons_follow_the_name_in_tab_order(qtbot, worker, expense):
    editor = make_editor(qtbot, worker, "expenses", "receipt_url", Role.FINANCE)
    editor.set_record(expense)
    editor.set_value(None)
    settle(qtbot, editor)
    editor.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(lambda: editor.name.hasFocus())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.attach_button


def test_a_name_too_long_for_its_box_shows_its_beginning(qtbot, worker, expense):
    """ "CV Alain Uwimana.pdf" in a narrow box read "ain Uwimana.pdf": the box showed the
    end of the name, where the cursor was left."""
    editor = make_editor(qtbot, worker, "expenses", "receipt_url", Role.FINANCE)
    editor.resize(260, 60)
    editor.set_record(expense)
    address = "https://files.dicel.rw/receipts/2026/march/rwandair-kigali-nairobi-42.pdf"
    editor.set_value(address)
    settle(qtbot, editor)
    assert editor.name.text() == address
    assert editor.name.fontMetrics().horizontalAdvance(address) > editor.name.width()
    assert editor.name.cursorPosition() == 0


def test_empty_takes_the_link_away_for_the_form_to_save(qtbot, worker, db_engine, expense):
    """The Documents panel's Remove says "empty that field and save" of a file a field
    names (DW462): the field had only Open and Replace…, and could not be emptied (eye33
    #4)."""
    with db_engine.begin() as conn:
        info = documents.attach(conn, "expenses", expense, "r.pdf", None, b"%PDF-1.4 r")
    editor = make_editor(qtbot, worker, "expenses", "receipt_url", Role.FINANCE)
    editor.set_record(expense)
    editor.set_value(documents.link_value(info.id))
    settle(qtbot, editor)
    assert editor.empty_action.isVisible()
    with qtbot.waitSignal(editor.edited, timeout=WAIT_MS):
        editor.empty_action.trigger()
    settle(qtbot, editor)
    assert editor.value() is None and editor.name.text() == ""
    assert editor.attach_button.isVisible() and not editor.empty_action.isVisible()

    # From the keyboard: Delete in the file's name.
    editor.set_value(documents.link_value(info.id))
    settle(qtbot, editor)
    with qtbot.waitSignal(editor.edited, timeout=WAIT_MS):
        qtbot.keyClick(editor.name, Qt.Key.Key_Delete)
    settle(qtbot, editor)
    assert editor.value() is None
    # The file itself stays with the record, for the panel's Remove.
    with db_engine.connect() as conn:
        assert [d.id for d in documents.list_documents(conn, "expenses", expense)] == [info.id]


def test_a_case_documents_file_is_never_emptied(qtbot, worker, tmp_path, db_engine):
    """It is filed once with its case document, whose form saves nothing."""
    record = _insert(
        db_engine,
        "INSERT INTO recovery_documents (document_type, document_name)"
        " VALUES ('Demand letter', 'Demand to Akagera Motors') RETURNING id",
    )
    editor = make_editor(qtbot, worker, "recovery_documents", "file_url", Role.RECOVERY)
    editor.set_record(record)
    editor.set_value(None)
    editor.set_read_only(True)
    settle(qtbot, editor)
    editor.attach_file(str(make_pdf(tmp_path / "letter.pdf", "Demand")))
    settle(qtbot, editor)
    assert editor.value() is not None and not editor.empty_action.isVisible()
