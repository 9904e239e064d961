"""A ticket or case whose steps have ended (a final state: closed, cancelled) is shown
read only, saying why, as the database holds it (migration 0035). Found by a user-eye
review: a closed IT ticket's subject was changed and saved after it was closed."""

from __future__ import annotations

import uuid

from logins import Person
from sqlalchemy import text
from step_windows import open_in_front, row_of

import dicel_desktop.gui.workflows.cases  # noqa: F401  (registers the steps)
from dicel_desktop.services import cases


def _filed(person: Person, _table: str) -> uuid.UUID:
    with person.engine.begin() as conn:
        return conn.scalar(
            text(
                "INSERT INTO it_support_tickets (category, subject, description)"
                " VALUES ('Hardware', 'Toner empty in HR', 'No toner left.') RETURNING id"
            )
        )


def test_a_closed_ticket_is_shown_read_only_and_says_why(qtbot, logins, desk):
    requester, tech = logins.person("employee"), logins.person("it")
    ticket = _filed(requester, "it_support_tickets")
    with tech.session() as session:
        cases.resolve(session, "it_support_tickets", ticket, "New toner fitted.")
    with requester.session() as session:
        cases.take_step(session, "it_support_tickets", "close", ticket)
    window = open_in_front(qtbot, desk(tech), "it_support_tickets", ticket)
    assert window.subtitle.text() == "This IT ticket is closed: it can no longer be changed."
    assert all(editor.is_read_only() for editor in window.form.editors.values())
    assert not window.save_button.isEnabled() and not window.delete_button.isEnabled()
    assert window.step_buttons == []
    # Ctrl+S changes nothing either.
    window.save()
    assert not window.is_busy
    assert row_of(logins, "it_support_tickets", ticket, "status", "subject") == (
        "closed",
        "Toner empty in HR",
    )
    # A resolved ticket (it may be reopened) is still corrected in its form.
    other = _filed(requester, "it_support_tickets")
    with tech.session() as session:
        cases.resolve(session, "it_support_tickets", other, "New toner fitted.")
    window = open_in_front(qtbot, desk(tech), "it_support_tickets", other)
    assert not window.form.editors["subject"].is_read_only()
    assert window.save_button.isEnabled()
