"""An invoice or order line worth more than its total holds is said beside that total as
the person types (money40 #2): the form showed "12,000,000,000 RWF" as a fine total, and
Save gave "A value is not acceptable…" with no field marked. The bound is the column's
(numeric(12,2): 9,999,999,999.99), the words the database's (DW901, migration 0144)."""

from __future__ import annotations

import pytest
from offline_form import new_form, retype
from PySide6.QtCore import QLocale

from dicel_desktop.domain.roles import Role

_SAID = {
    "en": (
        "en_RW",
        "This line would be worth 12,000,000,000 RWF, more than one line can record (at most"
        " 9,999,999,999.99 RWF). Check the quantity and the unit price, or split it into"
        " several lines.",
    ),
    "fr": (
        "fr_RW",
        "Cette ligne vaudrait 12 000 000 000 RWF, plus qu\u2019une ligne ne peut enregistrer"
        " (au plus 9 999 999 999,99 RWF). Vérifiez la quantité et le prix unitaire, ou"
        " répartissez-la sur plusieurs lignes.",
    ),
}


@pytest.mark.parametrize("lang", sorted(_SAID))
@pytest.mark.parametrize(("table", "role"), [("invoice_items", Role.FINANCE),
                                             ("purchase_order_lines", Role.INVENTORY)])  # fmt: skip
def test_the_line_total_says_it_is_too_much_as_it_is_typed(qtbot, language, lang, table, role):
    locale_name, said = _SAID[lang]
    language(lang)
    form = new_form(qtbot, table, role, locale=QLocale(locale_name))
    retype(qtbot, form.editors["quantity"].line, "2")
    retype(qtbot, form.editors["unit_price"].line, "6000000000")
    shown = form.error_text("total_price").replace("\u202f", " ").replace("\u00a0", " ")
    assert shown == said
    # Back within the bound: the sentence goes.
    retype(qtbot, form.editors["quantity"].line, "1")
    assert form.error_text("total_price") == ""
