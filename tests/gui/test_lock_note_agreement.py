"""The lock sentence's verb agrees with the fields it lists: a French invoice partly paid
read "client, date de facturation, échéance et devise ne peut plus être modifié", four
subjects and a singular verb (eye30s #10). One field keeps the singular. In French the
verb agrees with « le champ » / « les champs », whatever each field's gender and number:
« indemnités ne peut plus être modifié » did not (eye34 #8)."""

from __future__ import annotations

import uuid

import pytest

from dicel_desktop.domain.tables import table_info
from dicel_desktop.gui import translations
from dicel_desktop.gui.records.titles import header_texts
from dicel_desktop.services.forms import form_spec
from dicel_desktop.services.records import Record


def _note(frozen: frozenset[str]) -> str:
    spec = translations.translated_form(form_spec("invoices", "finance"))
    record = Record("invoices", uuid.uuid4(), {"status": "partially_paid"})
    return header_texts(spec, record, frozen)[1]


@pytest.mark.parametrize(
    ("code", "one", "several"),
    [
        ("fr", "le champ échéance ne peut plus être modifié.", "ne peuvent plus être modifiés."),
        ("rw", "ntigishobora guhinduka.", "ntibishobora guhinduka."),
        ("en", "can no longer change.", "can no longer change."),
    ],
)
def test_the_lock_sentence_agrees_with_how_many_fields_it_lists(
    language, code, one, several
) -> None:
    language(code)
    lock = table_info("invoices").lock
    assert lock is not None and len(lock.columns) == 4
    many = _note(frozenset(lock.columns))
    single = _note(frozenset({"due_date"}))
    assert many.endswith(several), many
    assert single.endswith(one), single


def test_an_approved_payslips_allowances_read_as_a_field_in_french(language) -> None:
    """eye34 #8: « indemnités ne peut plus être modifié », a plural noun and a singular
    verb, on an approved payslip."""
    language("fr")
    spec = translations.translated_form(form_spec("payroll_records", "hr"))
    record = Record("payroll_records", uuid.uuid4(), {"status": "approved"})
    note = header_texts(spec, record, frozenset({"allowances"}))[1]
    assert note.endswith(" : le champ indemnités ne peut plus être modifié."), note
