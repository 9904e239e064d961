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
