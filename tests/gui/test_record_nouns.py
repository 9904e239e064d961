"""A record's noun inside a title or a sentence, as each language writes it: a template
"New %1" made French "Nouvelle fiche : facture" and Kinyarwanda "umukozi nshya" (one
noun class for all, in lower case); each table now has its own sentences."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from dicel_desktop.domain.tables import TABLES
from dicel_desktop.gui import translations
from dicel_desktop.gui.records.titles import header_texts
from dicel_desktop.services.form_layouts import DETAILS, save_first_sentence
from dicel_desktop.services.forms import form_spec


def new_title(table: str) -> str:
    spec = translations.translated_form(form_spec(table, "admin"))
    return header_texts(spec, None, frozenset())[0]


def test_a_new_records_title_agrees_with_its_noun(restore_language):
    assert new_title("invoices") == "New invoice"
    assert new_title("it_support_tickets") == "New IT ticket"
    translations.install_translators("fr")
    assert new_title("invoices") == "Nouvelle facture"
    assert new_title("employees") == "Nouvel employé"
    assert new_title("budgets") == "Nouveau budget"
    translations.install_translators("rw")
    assert new_title("employees") == "Umukozi mushya"
    assert new_title("leave_requests") == "Ubusabe bushya bw\u2019ikiruhuko"


@pytest.mark.parametrize("language", ["fr", "rw"])
def test_every_table_has_its_own_new_title_and_save_first_sentence(restore_language, language):
    english = {table: new_title(table) for table in TABLES}
    translations.install_translators(language)
    for table in TABLES:
        title = new_title(table)
        assert title != english[table], title  # translated, not left in English
        assert title[:1].isupper(), title
        assert "%1" not in title and "fiche" not in title and not title.startswith("nshya"), title
    for table, details in DETAILS.items():
        for detail in details:
            if not detail.adds:
                continue  # not shown before its record is saved: nothing to add there
            source = save_first_sentence(table, detail)
            said = QCoreApplication.translate("DetailsPanel", source)
            assert said != source and "fiche" not in said, said


def test_french_says_what_to_save_first_in_a_sentence_of_its_own(restore_language):
    lines = DETAILS["invoices"][0]  # its payments are not added there
    assert save_first_sentence("invoices", lines) == (
        "Save the invoice first, then add its lines here."
    )
    translations.install_translators("fr")
    assert QCoreApplication.translate("DetailsPanel", save_first_sentence("invoices", lines)) == (
        "Enregistrez d\u2019abord la facture, puis ajoutez-en les lignes ici."
    )


@pytest.mark.parametrize("language", ["fr", "rw"])
def test_a_new_records_details_tab_says_save_first_in_the_persons_language(
    restore_language, language
):
    """The panel is given the window's detail, its title already translated: the
    sentence was looked up with those words and fell back to English."""
    from types import SimpleNamespace

    from PySide6.QtWidgets import QLabel

    from dicel_desktop.gui.records.details import DetailsPanel

    translations.install_translators(language)
    spec = translations.translated_form(form_spec("invoices", "admin"))
    detail = spec.details[0]  # its lines (its payments are not added there)
    panel = DetailsPanel(SimpleNamespace(role="admin"), detail, None, table="invoices")
    (label,) = panel.findChildren(QLabel)
    english = save_first_sentence("invoices", DETAILS["invoices"][0])
    assert label.text() == QCoreApplication.translate("DetailsPanel", english)
    assert label.text() != english and not label.text().startswith("Save the"), label.text()
