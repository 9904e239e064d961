"""A person's emergency contact is the one HR keeps on the employee record (eye34 #7):
My profile and the employee form read ``employees.emergency_contact``, while the
administrator's user form edited ``users.emergency_contact``, a copy nobody reads. The
user form shows that copy read-only and says where the contact is kept; the employee
form still edits it."""

from __future__ import annotations

from helpers import WAIT_MS
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QStyle, QStyleOptionComboBox
from sqlalchemy import text

from dicel_desktop.gui import translations


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
    with clerk.session() as session:
        number = session.execute(
            text("SELECT employee_id FROM users WHERE id = :id"), {"id": clerk.user_id}
        ).scalar()
    # Since 0125 the login's copy follows the employee's: whose it is and where, by number
    # ("The copy shown here is not read" sent an administrator looking; eye35 §6).
    assert users.subtitle.text() == (
        f"The emergency contact is HR's, kept on the employee record {number}: it is shown"
        " here as HR keeps it. Change it on that record."
    )

    employees = _open(qtbot, desk(admin), "employees", clerk.employee_id)
    assert employees.form.editable("emergency_contact")


def test_the_user_forms_note_says_in_french_who_keeps_the_contact(
    qtbot, logins, desk, restore_language
):
    """Review35c F7: « est celle des Ressources humaines » read as "is HR's own contact
    person"; the note says the HR keep it, on which record."""
    translations.install_translators("fr")
    clerk = logins.person("finance")
    users = _open(qtbot, desk(logins.person("admin")), "users", clerk.user_id)
    with clerk.session() as session:
        number = session.execute(
            text("SELECT employee_id FROM users WHERE id = :id"), {"id": clerk.user_id}
        ).scalar()
    assert users.subtitle.text() == (
        "La personne à prévenir en cas d\u2019urgence est tenue par les RH sur la fiche"
        f" d\u2019employé {number} ; elle est affichée ici telle qu\u2019elles la tiennent."
        " Modifiez-la sur cette fiche."
    )


def test_a_login_without_an_employee_record_says_its_contact_is_kept_as_it_was(qtbot, logins, desk):
    """Eye35 §6: no HR record keeps a contact for such a login; its copy stays as it was,
    and its relationship box looks read-only as its neighbours do (it was white with an
    arrow among greyed boxes)."""
    admin = logins.person("admin")
    guest = logins.person("employee", employee=False)
    with logins.superuser().begin() as conn:
        conn.execute(
            text(
                "UPDATE users SET emergency_contact ="
                ' \'{"name": "Ana", "relationship": "Cousin", "phone": "0788 123 456"}\''
                " WHERE id = :id"
            ),
            {"id": guest.user_id},
        )
    users = _open(qtbot, desk(admin), "users", guest.user_id)
    assert users.subtitle.text() == (
        "This login has no employee record: its emergency contact is kept as it was, and"
        " no one changes it here."
    )
    view = users.form.editors["emergency_contact"].view
    relationship = view.lines["relationship"].parentWidget()
    name = view.lines["name"]
    role = QPalette.ColorRole.Base
    assert relationship.palette().color(role) == name.palette().color(role)
    assert relationship.palette().color(role) == name.palette().color(QPalette.ColorRole.Window)
    relationship.showPopup()
    assert not relationship.view().isVisible()
    # No arrow: the box is drawn as a line, its arrow's room none.
    option = QStyleOptionComboBox()
    relationship.initStyleOption(option)
    arrow = relationship.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox,
        option,
        QStyle.SubControl.SC_ComboBoxArrow,
        relationship,
    )
    assert arrow.width() == 0
