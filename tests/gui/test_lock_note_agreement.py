"""The lock sentence's verb agrees with the fields it lists: a French invoice partly paid
read "client, date de facturation, échéance et devise ne peut plus être modifié", four
subjects and a singular verb (eye30s #10). One field keeps the singular."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import QLocale

from dicel_desktop.domain.tables import table_info
from dicel_desktop.gui import translations
from dicel_desktop.gui.records.titles import header_texts
from dicel_desktop.services.forms import form_spec
from dicel_desktop.services.records import Record


@pytest.fixture
def language(qapp):
    before = QLocale()

    def install(code: str) -> None:
        translations.install_translators(code)

    yield install
    translations.install_translators("en")
    QLocale.setDefault(before)


def _note(frozen: frozenset[str]) -> str:
    spec = translations.translated_form(form_spec("invoices", "finance"))
    record = Record("invoices", uuid.uuid4(), {"status": "partially_paid"})
    return header_texts(spec, record, frozen)[1]


@pytest.mark.parametrize(
    ("code", "one", "several"),
    [
        ("fr", "ne peut plus être modifié.", "ne peuvent plus être modifiés."),
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
