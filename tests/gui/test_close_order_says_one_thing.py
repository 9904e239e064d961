"""Close order… says one thing in every language (eye33 #5): the Kinyarwanda button said
"Gufunga itegeko…" (an infinitive, and a noun read as a law) while its dialog's OK said
"Funga itegeko" and Cancel order "Hagarika itumiza"; the French note after closing said
« Clôturée » of a « bon de commande » whose state reads « Clôturé incomplet »."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from dicel_desktop.gui import translations
from dicel_desktop.gui.translations import tr_label


def _plain(text: str) -> str:
    return text.replace("&", "").removesuffix("…")


@pytest.mark.parametrize("language", ["en", "fr", "rw"])
def test_the_button_the_dialog_and_its_ok_say_the_same_words(qapp, restore_language, language):
    translations.install_translators(language)
    button = QCoreApplication.translate("PurchasingSteps", "Close or&der…")
    title = QCoreApplication.translate("ClosePurchaseOrderDialog", "Close order")
    ok = QCoreApplication.translate("ClosePurchaseOrderDialog", "Close &order")
    assert _plain(button) == title == _plain(ok)


@pytest.mark.parametrize("language", ["rw"])
def test_the_order_is_named_as_its_cancel_names_it(qapp, restore_language, language):
    translations.install_translators(language)
    cancel = _plain(QCoreApplication.translate("PurchasingSteps", "Cancel &order"))
    close = QCoreApplication.translate("ClosePurchaseOrderDialog", "Close order")
    assert close.split()[-1] == cancel.split()[-1]


def test_the_french_note_after_closing_agrees_with_the_state(qapp, restore_language):
    translations.install_translators("fr")
    state = tr_label("Closed short")
    note = QCoreApplication.translate(
        "PurchasingSteps",
        "Closed: what was received stays in stock; the rest is no longer expected.",
    )
    assert note.split(" :")[0] == state.split()[0]
