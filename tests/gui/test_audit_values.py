"""An audit entry's old and new values showed their moments as JSON stores them
(« "last_login": "2026-12-06T19:23:39.484162+00:00" ») where the list writes
« 06/12/2026 19:23 » (eye35b #6): the window writes them in the reader's format."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QLocale

from dicel_desktop.domain.roles import Role
from dicel_desktop.gui.cell_format import LocaleFormats, ValueFormatter
from dicel_desktop.gui.records.editor_factory import make_editor_factory
from dicel_desktop.services.forms import form_spec

FRENCH = QLocale(QLocale.Language.French, QLocale.Country.Rwanda)


def test_an_audit_entrys_moments_read_as_the_list_writes_them(qtbot):
    spec = form_spec("audit_logs", Role.ADMIN)
    field = spec.fields["new_values"]
    editor = make_editor_factory(None, FRENCH)(field)  # type: ignore[arg-type]
    qtbot.addWidget(editor)
    stored = {
        "last_login": "2026-12-06T19:23:39.484162+00:00",
        "hire_date": "2026-03-01",
        "notes": "2026-03-01 was a Sunday",
    }
    editor.set_value(stored)
    editor.set_read_only(True)
    shown = editor.shown_text()
    write = ValueFormatter(LocaleFormats.from_qlocale(FRENCH))
    moment = dt.datetime(2026, 12, 6, 19, 23, 39, 484162, tzinfo=dt.UTC)
    assert f'"last_login": "{write.datetime(moment)}"' in shown, shown
    assert f'"hire_date": "{write.date(dt.date(2026, 3, 1))}"' in shown, shown
    assert "T19:23" not in shown and '2026-03-01"' not in shown
    # A text that only begins with a day is a text; and what was stored is the value.
    assert '"notes": "2026-03-01 was a Sunday"' in shown
    assert editor.value() == stored


def test_an_audit_entrys_keys_read_as_the_tables_form_names_its_fields(qtbot, restore_language):
    """The values showed their raw keys (« "last_login": … », "is_active"); they read as
    the audited table's form names its fields, in the reader's words, each value as the
    form shows it. A key the table has no field for stays as stored."""
    from dicel_desktop.gui import translations

    translations.install_translators("fr")
    spec = form_spec("audit_logs", Role.ADMIN)
    editor = make_editor_factory(None, FRENCH)(spec.fields["old_values"])  # type: ignore[arg-type]
    qtbot.addWidget(editor)
    stored = {
        "last_login": "2026-12-06T19:23:39.484162+00:00",
        "is_active": True,
        "salary": 1250000,
        "role": "finance",
        "gone_column": "kept",
    }
    editor.follow("users")
    editor.set_value(stored)
    shown = editor.shown_text()
    write = ValueFormatter(LocaleFormats.from_qlocale(FRENCH))
    moment = dt.datetime(2026, 12, 6, 19, 23, 39, 484162, tzinfo=dt.UTC)
    assert f'"Dernière connexion": "{write.datetime(moment)}"' in shown, shown
    assert '"Actif": "Oui"' in shown, shown
    assert f'"Salaire": "{write.money(Decimal(1250000), "RWF")}"' in shown, shown
    assert '"Rôle": "Finances"' in shown, shown
    assert '"gone_column": "kept"' in shown, shown
    for raw in ("last_login", "is_active", "salary", '"role"'):
        assert raw not in shown, shown
    assert editor.value() == stored


def test_an_audit_entry_opened_names_its_fields(qtbot, logins, desk):
    """In the record window: the form tells the values which table they are of."""
    from sqlalchemy import text

    from dicel_desktop.services import records

    admin = logins.person("admin")
    with admin.session() as session:
        setting = records.create_record(
            session,
            "system_settings",
            admin.role,
            {"setting_key": "pos.receipt_copies", "setting_value": "2", "setting_type": "number"},
        )
    with admin.session() as session:
        entry = session.execute(
            text(
                "SELECT id FROM audit_logs WHERE table_name = 'system_settings'"
                " AND record_id = :r AND action = 'INSERT'"
            ),
            {"r": setting.id},
        ).scalar_one()
    window = desk(admin).open("audit_logs", entry)
    qtbot.waitUntil(lambda: not window.is_busy and window.panels_ready, timeout=30_000)
    shown = window.form.editors["new_values"].shown_text()
    assert '"Setting key": "pos.receipt_copies"' in shown, shown
    assert '"Setting type": "Number"' in shown, shown
    assert '"Public": "No"' in shown, shown
    assert "setting_key" not in shown and "is_public" not in shown, shown


def test_an_audit_entrys_references_read_as_the_pickers_name_them(qtbot, logins, desk, monkeypatch):
    """A reference in an entry's values showed a raw id (« "Supervisor": "5f0c…" »): it
    reads as the record's name, as the form's picker names it, both values of the entry
    named in one read; a record deleted since keeps its id, said so (the id is what
    finds its own entries in the log)."""
    from sqlalchemy import text

    from dicel_desktop.services import history, lookup

    boss = logins.person("hr", first_name="Aline", last_name="Uwase", department="HRD")
    clerk = logins.person("employee", first_name="Josiane", department="HRD", supervisor=boss)
    home, gone = logins.department("HRD"), logins.department("GONE")
    with logins.superuser().begin() as conn:
        conn.execute(
            text("UPDATE employees SET department_id = :d WHERE id = :e"),
            {"d": gone, "e": clerk.employee_id},
        )
    with logins.superuser().begin() as conn:
        conn.execute(
            text("UPDATE employees SET department_id = :d, supervisor_id = NULL WHERE id = :e"),
            {"d": home, "e": clerk.employee_id},
        )
        conn.execute(text("DELETE FROM departments WHERE id = :d"), {"d": gone})
    admin = logins.person("admin")
    with admin.session() as session:
        entry = session.execute(
            text(
                "SELECT id FROM audit_logs WHERE table_name = 'employees' AND record_id = :r"
                " AND action = 'UPDATE' AND old_values ? 'supervisor_id'"
            ),
            {"r": clerk.employee_id},
        ).scalar_one()
        boss_named = lookup.reference_name(session, "employees", boss.employee_id)
        home_named = lookup.reference_name(session, "departments", home)
    assert boss_named and home_named
    reads = []
    real = getattr(history, "entry_names", None)

    def counted(*args):
        reads.append(args[2:])
        return real(*args)

    # Counts the reads (each still the real query); absent before the names were read.
    monkeypatch.setattr(history, "entry_names", counted, raising=False)
    window = desk(admin).open("audit_logs", entry)
    old, new = window.form.editors["old_values"], window.form.editors["new_values"]
    qtbot.waitUntil(lambda: boss_named in old.shown_text(), timeout=30_000)
    qtbot.waitUntil(lambda: home_named in new.shown_text(), timeout=30_000)
    assert f'"Supervisor": "{boss_named}"' in old.shown_text(), old.shown_text()
    assert f'"Department": "{gone} (deleted, or hidden from you)"' in old.shown_text()
    assert f'"Department": "{home_named}"' in new.shown_text(), new.shown_text()
    assert str(boss.employee_id) not in old.shown_text() + new.shown_text()
    assert str(home) not in new.shown_text()
    assert len(reads) == 1 and len(reads[0]) == 2, reads  # the entry's two values, one read
    assert old.value()["department_id"] == str(gone)  # what was stored stays the value


def test_an_audit_entrys_record_names_its_fields_in_the_readers_words(qtbot, restore_language):
    """The record box read « Fidèle Rwema — EMP-000055: Status, Termination date » above
    values named « Statut », « Date de fin de contrat » (eye36b #1): it says the fields as
    the list's Record column does, in the reader's words, and gives back what it loaded."""
    from dicel_desktop.gui import translations

    translations.install_translators("fr")
    spec = form_spec("audit_logs", Role.ADMIN)
    editor = make_editor_factory(None, FRENCH)(spec.fields["record_id"])  # type: ignore[arg-type]
    qtbot.addWidget(editor)
    stored = "Fidèle Rwema — EMP-000055: Status, Termination date"
    editor.set_value(stored)
    shown = editor.line.text()
    assert shown.startswith("Fidèle Rwema — EMP-000055: "), shown
    assert "Status" not in shown and "Termination date" not in shown, shown
    assert editor.value() == stored
