"""An expense's receipt is one of its files: the Documents list marks the file the Receipt
field names, so "Receipt: Attach…" and Documents' "Upload…" read as one place for the
record's files rather than two for its receipt (eye30s, 10). As finance, against real
PostgreSQL."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest
from document_files import make_pdf
from helpers import WAIT_MS
from logins import new_expense
from sqlalchemy import text

from dicel_desktop.gui.widgets.document_list import DocumentList
from dicel_desktop.services import documents

pytestmark = pytest.mark.usefixtures("rwanda")


@dataclass(frozen=True)
class Shown:
    """An expense with two files, its receipt ``hotel.pdf`` and ``quote.pdf``, open on its
    Documents tab as its finance clerk."""

    window: Any
    receipt: uuid.UUID
    quote: uuid.UUID
    clerk: Any


@pytest.fixture
def shown(qtbot, logins, desk, tmp_path) -> Shown:
    clerk = logins.person("finance", department="FIN")
    expense = new_expense(clerk, department_id=logins.department("FIN"), amount=Decimal(5000)).id
    receipt, quote = _two_files_one_named(
        clerk, "expenses", expense, "receipt_url", ("hotel.pdf", "quote.pdf"), tmp_path
    )
    window = _on_documents(qtbot, desk(clerk), "expenses", expense)
    return Shown(window, receipt, quote, clerk)


def _two_files_one_named(person, table, record, column, names, folder):
    """Two PDF files attached to ``record``, the first named by its ``column``: their ids."""
    with person.session() as session:
        named, other = (
            documents.attach(
                session, table, record, name, None, make_pdf(folder / name, name).read_bytes()
            ).id
            for name in names
        )
        session.execute(
            text(f"UPDATE {table} SET {column} = :u WHERE id = :i"),
            {"u": documents.link_value(named), "i": record},
        )
        session.commit()
    return named, other


def _on_documents(qtbot, desk, table, record):
    """``record``'s window, open on its Documents tab."""
    window = desk.open(table, record)
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.panels.count() > 0, timeout=WAIT_MS)
    titles = [window.panels.tabText(i).replace("&", "") for i in range(window.panels.count())]
    window.panels.setCurrentIndex(titles.index("Documents"))
    return window


def test_the_receipt_is_marked_among_the_expenses_documents(qtbot, shown):
    listing = shown.window.findChild(DocumentList)
    qtbot.waitUntil(lambda: listing.topLevelItemCount() == 2, timeout=WAIT_MS)
    names = {
        listing.info_of(listing.topLevelItem(i)).id: listing.topLevelItem(i).text(0)
        for i in range(2)
    }
    assert names == {shown.receipt: "Receipt: hotel.pdf", shown.quote: "quote.pdf"}


def test_the_receipt_is_not_removed_from_documents_saying_why(qtbot, shown):
    """eye31 #2: Remove took the receipt with the usual question, and the expense went on
    naming a file that was gone. The database keeps it (DW450, migration 0108); Remove is
    off for it, its tooltip saying why, and on for the other files."""
    from dicel_desktop.gui.widgets.documents_panel import DocumentsPanel

    panel = shown.window.findChild(DocumentsPanel)
    qtbot.waitUntil(lambda: panel.list.topLevelItemCount() == 2, timeout=WAIT_MS)

    panel.list.select(shown.receipt)
    assert not panel.remove_button.isEnabled()
    assert not panel.list.remove_action.isEnabled()
    number = shown.window.record.values["expense_number"]
    # The database's own sentence (DW450: services.documents.remove), one for both.
    assert panel.remove_button.toolTip() == (
        f"This file is the receipt of {number}: replace it with Replace… on the Receipt"
        " field instead."
    )
    assert panel.replace_button.isEnabled()  # the same file, new content: still the receipt
    panel.list.select(shown.quote)
    assert panel.remove_button.isEnabled()
    assert panel.remove_button.toolTip() == "Delete the file from this record"


def test_a_candidates_cv_is_not_removed_from_documents_saying_why(qtbot, logins, desk, tmp_path):
    """Left at stop 32: a candidate's CV could be removed while the CV field named it, and
    the form then said "The linked file is no longer available". The database keeps it
    now (DW462, migration 0113) and Remove says why, as for a receipt."""
    from dicel_desktop.gui.widgets.documents_panel import DocumentsPanel

    hr = logins.person("hr", department="HR")
    with hr.session() as session:
        candidate = session.execute(
            text(
                "INSERT INTO candidates (first_name, last_name, email)"
                " VALUES ('Claire', 'Mukandori', 'claire.mukandori@example.rw') RETURNING id"
            )
        ).scalar_one()
        session.commit()
    cv, letter = _two_files_one_named(
        hr, "candidates", candidate, "resume_url", ("cv.pdf", "letter.pdf"), tmp_path
    )
    window = _on_documents(qtbot, desk(hr), "candidates", candidate)
    panel = window.findChild(DocumentsPanel)
    qtbot.waitUntil(lambda: panel.list.topLevelItemCount() == 2, timeout=WAIT_MS)

    panel.list.select(cv)
    assert not panel.remove_button.isEnabled()
    said = (
        "“cv.pdf” is the CV of this candidate: replace it with Replace… on the CV field"
        " instead, or empty that field and save before removing it."
    )
    assert panel.remove_button.toolTip() == said
    # eye33 #4: said in the panel too, not in the greyed button's tooltip only.
    assert panel.held_line.isVisible() and panel.held_line.text() == said
    panel.list.select(letter)
    assert panel.remove_button.isEnabled()
    assert not panel.held_line.isVisible()

    # eye33 #4: "empty that field and save" is done in the window: Empty, Save, Remove.
    field = window.form.editors["resume_url"]
    field.empty_action.trigger()
    window.save()
    qtbot.waitUntil(lambda: not window.is_busy, timeout=WAIT_MS)
    with hr.session() as session:
        assert (
            session.scalar(
                text("SELECT resume_url FROM candidates WHERE id = :i"), {"i": candidate}
            )
            is None
        )
    qtbot.waitUntil(lambda: not panel.list.linked(), timeout=WAIT_MS)
    panel.list.select(cv)
    qtbot.waitUntil(panel.remove_button.isEnabled, timeout=WAIT_MS)
    assert not panel.held_line.isVisible()


@pytest.mark.parametrize("language", ["en", "fr", "rw"])
def test_the_panel_says_why_a_file_stays_as_the_refusal_does(
    qtbot, shown, restore_language, language
):
    """Code review 33, F7: the panel's advice and the refusal's were written twice, and
    had drifted apart; the panel now says the refusal's sentence, in every language."""
    from dicel_desktop.domain.errors import DicelError
    from dicel_desktop.gui import translations
    from dicel_desktop.gui.error_sentences import describe_error
    from dicel_desktop.gui.widgets.documents_panel import DocumentsPanel

    translations.install_translators(language)
    panel = shown.window.findChild(DocumentsPanel)
    qtbot.waitUntil(lambda: panel.list.topLevelItemCount() == 2, timeout=WAIT_MS)
    panel.list.select(shown.receipt)
    with shown.clerk.session() as session, pytest.raises(DicelError) as refused:
        documents.remove(session, shown.receipt)
    assert refused.value.code == "receipt_file_stays"
    assert panel.remove_button.toolTip() == describe_error(refused.value)
