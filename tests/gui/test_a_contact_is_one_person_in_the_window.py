"""An emergency contact typed in the raw JSON as a list or a bare text is refused before
saving, in the sentence the database gives (DW032, migration 0135, psql36 #1), and what
was typed stays. A contact stored so before 0135 opens raw and stays while nobody
changes it."""

from __future__ import annotations

import json

from helpers import WAIT_MS
from sqlalchemy import text

SENTENCE = (
    'The emergency contact is one person, each part a text in quotes, as {"name": "Ana'
    ' Uwera", "relationship": "Sister", "phone": "0788 123 456"} (an "email" too if they'
    " have one): correct it, or clear the contact."
)
OLD = ["Mama", "call 07 88"]


def _stored(person) -> tuple:
    with person.session() as session:
        return session.execute(
            text("SELECT emergency_contact, position FROM employees WHERE id = :id"),
            {"id": person.employee_id},
        ).one()


def test_a_list_typed_as_the_contact_is_said_before_saving_and_kept(qtbot, logins, desk):
    hr = logins.person("hr")
    clerk = logins.person("finance")
    with logins.superuser().begin() as conn:
        conn.execute(text("SET LOCAL session_replication_role = replica"))  # before 0135
        conn.execute(
            text("UPDATE employees SET emergency_contact = CAST(:c AS jsonb) WHERE id = :id"),
            {"c": json.dumps(OLD), "id": clerk.employee_id},
        )
    window = desk(hr).open("employees", clerk.employee_id)
    qtbot.waitUntil(lambda: not window.is_busy and window.panels_ready, timeout=WAIT_MS)
    editor = window.form.editors["emergency_contact"]
    assert editor.is_raw()  # not the form's shape: shown as it is

    # Another field saved: the old contact stays, unasked.
    window.form.editors["position"].set_value("Senior accountant")
    window.save()
    qtbot.waitUntil(lambda: not window.is_busy, timeout=WAIT_MS)
    assert window.message.text() == "Saved."
    assert _stored(clerk) == (OLD, "Senior accountant")

    # Another list typed in its place: refused beside the contact, nothing sent.
    typed = '["Mama", "call 07 88 any time", "mama at home"]'
    editor.raw.setPlainText(typed)
    window.save()
    assert window.form.error_text("emergency_contact") == SENTENCE
    assert "Nothing was saved" in window.message.text()
    assert editor.raw.toPlainText() == typed
    assert _stored(clerk) == (OLD, "Senior accountant")
    # A number as a number, in an object, too.
    editor.raw.setPlainText('{"name": "Mama", "phone": 788123456}')
    window.save()
    assert window.form.error_text("emergency_contact") == SENTENCE

    # One person written as texts is saved.
    contact = {"name": "Mama Uwase", "relationship": "Mother", "phone": "0788 123 456"}
    editor.raw.setPlainText(json.dumps(contact))
    window.save()
    qtbot.waitUntil(lambda: not window.is_busy, timeout=WAIT_MS)
    assert window.message.text() == "Saved."
    assert _stored(clerk)[0] == contact
