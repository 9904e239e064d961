"""The raw JSON beside an employee's bank details, tax numbers and emergency contact: an
HR clerk keeps to the forms; an admin may switch a field to its JSON text where it holds
more than its form shows. In the main window as each logs in, over TCP."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from urllib.parse import urlsplit

import pytest
from helpers import WAIT_MS
from logins import Person
from PySide6.QtCore import QSettings
from sqlalchemy import text

from dicel_desktop.gui.main_window import MainWindow
from dicel_desktop.services.auth import login

STRUCTURED = ("bank_details", "tax_info", "emergency_contact")


@pytest.fixture
def open_window(qtbot, db_dsn: str, tmp_path) -> Iterator[Callable[[Person], MainWindow]]:
    parts = urlsplit(db_dsn)
    server = (parts.hostname or "127.0.0.1", parts.port or 5432, parts.path.lstrip("/"))
    windows: list[MainWindow] = []

    def open_window(person: Person) -> MainWindow:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(login(*server, person.email, person.password), settings)
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield open_window
    for window in windows:
        window.records.close_all(discard=True)
        window.close()


def _employee_form(qtbot, window: MainWindow, employee):
    record = window.records.open("employees", employee)
    qtbot.waitUntil(lambda: record.record is not None and not record.is_busy, timeout=WAIT_MS)
    return record.form


def test_an_hr_clerk_gets_the_forms_of_an_employees_json_fields_without_raw_json(
    qtbot, logins, open_window
):
    # A user-eye review: "Raw JSON" stood beside each of these forms for an HR clerk.
    clerk = logins.person("hr", first_name="Aline", last_name="Uwase")
    staff = logins.person("employee", first_name="Eric", last_name="Habimana")
    form = _employee_form(qtbot, open_window(clerk), staff.employee_id)
    for name in STRUCTURED:
        editor = form.editors[name]
        assert form.editable(name), name  # HR may change them: through the forms
        assert not editor.is_raw(), name
        assert editor.toggle.isHidden(), name

    # An admin neither, where the forms show the whole value (eye33 #10: « JSON brut »
    # beside an emergency contact): a part another program wrote would offer it.
    with logins.superuser().begin() as conn:
        conn.execute(
            text(
                'UPDATE employees SET emergency_contact = \'{"name": "Alice",'
                ' "phone": "+250 788 555 111"}\', bank_details = \'{"momo":'
                ' "+250 788 555 112", "branch": "Huye"}\' WHERE id = :id'
            ),
            {"id": staff.employee_id},
        )
    admin = logins.person("admin", first_name="Claude", last_name="Niyonzima")
    form = _employee_form(qtbot, open_window(admin), staff.employee_id)
    assert form.editors["emergency_contact"].toggle.isHidden()
    assert form.editors["tax_info"].toggle.isHidden()
    assert not form.editors["bank_details"].toggle.isHidden()  # its branch has no line
