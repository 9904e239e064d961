"""A person's emergency contact is the one HR keeps on the employee record (eye34 #7):
My profile and the employee form read ``employees.emergency_contact``, while the
administrator's user form edited ``users.emergency_contact``, a copy nobody reads. The
user form shows that copy read-only and says where the contact is kept; the employee
form still edits it."""

from __future__ import annotations

WAIT_MS = 30_000  # a deadline for a failing test on a busy machine, not a measurement


def _open(qtbot, opener, table, record_id):
    window = opener.open(table, record_id)
    qtbot.waitUntil(lambda: not window.is_busy and window.panels_ready, timeout=WAIT_MS)
    return window


def test_the_user_form_says_hr_keeps_the_contact_and_does_not_edit_its_copy(qtbot, logins, desk):
    admin = logins.person("admin")
    clerk = logins.person("finance")
    users = _open(qtbot, desk(admin), "users", clerk.user_id)
    assert "emergency_contact" in users.form.editors
    assert not users.form.editable("emergency_contact")
    assert users.form.editable("phone")  # the rest of the form as before
    assert "kept by HR on the employee record" in users.subtitle.text()

    employees = _open(qtbot, desk(admin), "employees", clerk.employee_id)
    assert employees.form.editable("emergency_contact")
