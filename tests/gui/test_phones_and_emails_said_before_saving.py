"""A phone or an e-mail of another shape is said beside its field before anything is
sent, in the database's own sentence (DW035, DW036, migration 0125), and what was typed
stays for the person to correct."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

WAIT_MS = 30_000  # a deadline for a failing test on a busy machine, not a measurement

SHORT_NUMBER = (
    "Phone “0788 123 45” is not a phone number: type a Rwandan number like +250 788 123 456"
    " or 0788 123 456, or a foreign one with its country code, like +254 712 345 678."
)


def _retype(qtbot, line, typed: str) -> None:
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    qtbot.keyClicks(line, typed)


def test_a_new_clients_number_a_digit_short_is_said_and_kept(qtbot, logins, desk):
    client = logins.person("client")
    window = desk(client).new("clients")
    form = window.form
    form.editors["company_name"].set_value("Akagera Traders")
    _retype(qtbot, form.editors["phone"].line, "0788 123 45")
    _retype(qtbot, form.editors["email"].line, "info@akagera")
    window.save()
    assert form.error_text("phone") == SHORT_NUMBER
    assert form.error_text("email") == (
        "E-mail “info@akagera” is not an e-mail address: type one like name@example.rw."
    )
    assert form.error_labels["phone"].isVisible()
    # Under the narrow phone box, an example number is not broken across lines
    # ("+254" / "712 345 678"): its spaces are shown unbreakable.
    shown = form.error_labels["phone"].text()
    for number in ("+250 788 123 456", "0788 123 456", "+254 712 345 678"):
        assert number.replace(" ", "\u00a0") in shown, number
    assert "like\u00a0" not in shown  # between words it still breaks
    assert "Nothing was saved" in window.message.text()
    assert window.record is None
    assert form.editors["phone"].line.text() == "0788 123 45"
    assert form.editors["email"].line.text() == "info@akagera"
    # Corrected, it is saved as typed.
    _retype(qtbot, form.editors["phone"].line, "0788 123 456")
    _retype(qtbot, form.editors["email"].line, "Info@Akagera.rw")
    window.save()
    qtbot.waitUntil(lambda: window.record is not None, timeout=WAIT_MS)
    with client.session() as session:
        assert session.execute(
            text("SELECT phone, email FROM clients WHERE company_name = 'Akagera Traders'")
        ).one() == ("0788 123 456", "Info@Akagera.rw")


def test_an_emergency_contacts_phone_is_said_beside_the_contact_and_kept(qtbot, logins, desk):
    hr = logins.person("hr")
    clerk = logins.person("finance")
    window = desk(hr).open("employees", clerk.employee_id)
    qtbot.waitUntil(lambda: not window.is_busy and window.panels_ready, timeout=WAIT_MS)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    lines = window.form.editors["emergency_contact"].view.lines
    _retype(qtbot, lines["name"], "Ana Uwera")
    _retype(qtbot, lines["phone"], "ask at reception")
    lines["name"].setFocus()  # the person is elsewhere in the contact when saving
    window.save()
    # The focus goes to the part at fault, the phone, not the contact's first line.
    assert QApplication.focusWidget() is lines["phone"]
    assert window.form.error_text("emergency_contact") == (
        "The emergency contact's phone “ask at reception” is not a phone number: type a"
        " Rwandan number like +250 788 123 456 or 0788 123 456, or a foreign one with its"
        " country code, like +254 712 345 678."
    )
    assert "Nothing was saved" in window.message.text()
    # The field marked is in view: the contact is at the bottom of a long form.
    viewport = window.form.parentWidget()
    contact = window.form.editors["emergency_contact"]

    def in_view() -> bool:
        top = contact.mapTo(viewport, contact.rect().topLeft()).y()
        return top >= 0 and top + contact.height() <= viewport.height()

    qtbot.waitUntil(in_view, timeout=WAIT_MS)
    assert lines["phone"].text() == "ask at reception"
    assert lines["name"].text() == "Ana Uwera"
    with hr.session() as session:
        assert (
            session.execute(
                text("SELECT emergency_contact FROM employees WHERE id = :id"),
                {"id": clerk.employee_id},
            ).scalar()
            is None
        )
