"""An audit entry's old and new values showed their moments as JSON stores them
(« "last_login": "2026-12-06T19:23:39.484162+00:00" ») where the list writes
« 06/12/2026 19:23 » (eye35b #6): the window writes them in the reader's format."""

from __future__ import annotations

import datetime as dt

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
