"""A money box refuses an amount grouped by three with the other mark (money40 #1):
« 150,000 » in French, "150.000" in English or Kinyarwanda was read as 150 (the trailing
zeros of a fraction count for nothing) and a payment, an expense or a salary was booked a
thousand times smaller, without a word. It is said the way the count boxes say it (eye35b
#3), in the person's language, the text kept in the box; in a currency with cents both
readings are offered."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from offline_form import new_form, retype
from PySide6.QtCore import QLocale

from dicel_desktop.domain.errors import InvalidInput
from dicel_desktop.domain.roles import Role
from dicel_desktop.gui.editors.numbers import MoneyEditor
from dicel_desktop.gui.error_sentences import sentence
from dicel_desktop.gui.workflows.money_fields import amount_editor
from dicel_desktop.services.forms import table_fields

_EXPENSE = table_fields("expenses")["amount"]

#: language -> (its locale, the typed text read as a thousand times less, the sentence).
_SAID = {
    "fr": (
        "fr_RW",
        "150,000",
        "« 150,000 » : ici, les milliers se séparent par une espace : écrivez 150\u202f000.",
    ),
    "en": (
        "en_RW",
        "150.000",
        "“150.000”: here thousands are separated by “,”: write 150,000.",
    ),
    "rw": (
        "rw_RW",
        "150.000",
        "“150.000”: hano ibihumbi bitandukanywa na “,”: andika 150,000.",
    ),
}

#: The whole-franc boxes the review found (an expense, a salary). A price per unit takes
#: a fraction of a franc: both readings (gui40fix, below).
_BOXES = (
    ("expenses", Role.FINANCE, "amount"),
    ("employees", Role.HR, "salary"),
)


@pytest.mark.parametrize("lang", sorted(_SAID))
@pytest.mark.parametrize(("table", "role", "column"), _BOXES)
def test_an_amount_in_francs_grouped_the_other_way_is_refused_and_kept(
    qtbot, language, lang, table, role, column
):
    locale_name, typed, said = _SAID[lang]
    language(lang)
    form = new_form(qtbot, table, role, locale=QLocale(locale_name))
    box = form.editors[column]
    retype(qtbot, box.line, typed)
    values, errors = form.read()
    assert column not in values  # nothing read, so nothing saved
    assert errors[column].code == "amount_grouped_elsewhere"
    assert errors[column].params["field"] == column
    assert sentence(errors[column]) == said
    box.line.clearFocus()  # leaving the box keeps what was typed, to be corrected
    assert box.line.text() == typed


@pytest.mark.parametrize("lang", sorted(_SAID))
def test_the_payment_box_says_it_too(qtbot, language, lang):
    _locale, typed, said = _SAID[lang]
    language(lang)  # the dialogs' boxes write in the default locale, which this sets
    amount = amount_editor("Amount received")
    qtbot.addWidget(amount)
    retype(qtbot, amount.line, typed)
    with pytest.raises(InvalidInput) as refused:
        amount.value()
    assert sentence(refused.value) == said


def test_written_as_the_person_writes_it_the_amount_is_read_whole(qtbot, language):
    """What is not grouped another way reads as before: 150 000 and 12,5 in French."""
    language("fr")
    form = new_form(qtbot, "invoice_items", Role.FINANCE, locale=QLocale("fr_RW"))
    box = form.editors["unit_price"]
    for typed, meant in (("150 000", Decimal(150000)), ("12,5", Decimal("12.5"))):
        retype(qtbot, box.line, typed)
        assert form.read()[0]["unit_price"] == meant
    # "0,500" and ",500" are no thousands: half a franc per unit, as before.
    retype(qtbot, box.line, "0,500")
    assert form.read()[0]["unit_price"] == Decimal("0.5")


def test_in_dollars_both_readings_are_offered(qtbot, language):
    """USD has cents: "150.000" may be 150,000 or 150.00; the box does not guess (a
    payment in dollars was booked at 150 the same way)."""
    language("en")
    amount = amount_editor("Amount received")
    qtbot.addWidget(amount)
    amount.set_currency("USD")
    retype(qtbot, amount.line, "150.000")
    with pytest.raises(InvalidInput) as refused:
        amount.value()
    assert sentence(refused.value) == (
        "“150.000”: amounts in USD have at most 2 decimals: write 150,000 or 150.00."
    )
    retype(qtbot, amount.line, "1.250.000")  # two groups: only thousands
    with pytest.raises(InvalidInput) as refused:
        amount.value()
    assert sentence(refused.value).endswith("write 1,250,000.")
    retype(qtbot, amount.line, "150.50")
    assert amount.value() == Decimal("150.50")


def test_in_dollars_in_french_both_readings_are_said_in_french(qtbot, language):
    language("fr")
    amount = amount_editor("Montant reçu")
    qtbot.addWidget(amount)
    amount.set_currency("USD")
    retype(qtbot, amount.line, "150,000")
    with pytest.raises(InvalidInput) as refused:
        amount.value()
    assert sentence(refused.value) == (
        "« 150,000 » : les montants en USD ont au plus 2 décimales : écrivez 150\u202f000"
        " ou 150,00."
    )


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.integers(min_value=1000, max_value=999_999_999_999))
def test_a_whole_amount_copied_from_another_language_is_never_read_smaller(qtbot, whole):
    """Any whole amount written with the other language's grouping (English "150,000" in a
    French box, French-style "150.000" in an English one) is refused or read as itself,
    never as a thousandth of it."""
    english = f"{whole:,}"
    dotted = english.replace(",", ".")
    for locale_name, typed in (("fr_RW", english), ("fr_RW", dotted), ("en_RW", dotted)):
        box = MoneyEditor(_EXPENSE, locale=QLocale(locale_name), whole_units=True)
        box.line.setText(typed)
        try:
            read = box.value()
        except InvalidInput:
            continue
        assert read == whole, (locale_name, typed, read)


def test_record_payment_in_french_books_nothing_for_150_comma_000(qtbot, logins, desk, language):
    """The review's steps: Record payment… in French, « 150,000 » typed: said beside the
    amount, nothing booked, the text kept for the clerk to correct."""
    import datetime as dt

    from finance_data import account, balance, client, invoice
    from PySide6.QtCore import Qt
    from test_finance_steps import WAIT_MS, _dialog, _open

    from dicel_desktop.gui.workflows.invoice_payment_dialog import InvoicePaymentDialog
    from dicel_desktop.services import invoicing

    language("fr")
    finance = logins.person("finance", first_name="Eric")
    bank = account(finance, "Operating account", opening=Decimal("5000000"))
    bill = invoice(
        finance,
        client(logins.person("client")),
        ("Guarding", Decimal("1"), Decimal("3210000")),
        due_date=dt.date.today() + dt.timedelta(days=30),
    )
    with finance.session() as session:
        invoicing.issue_invoice(session, bill)
    window = _open(qtbot, desk(finance), "invoices", bill)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # « un &paiement… »
    dialog = _dialog(qtbot, window, InvoicePaymentDialog)
    qtbot.waitUntil(lambda: dialog.record_button.isEnabled(), timeout=WAIT_MS)
    dialog.amount.setFocus()
    dialog.amount.line.selectAll()
    qtbot.keyClicks(dialog.amount.line, "150,000")
    qtbot.keyClick(dialog.amount.line, Qt.Key.Key_Return)
    error = dialog.field_errors["amount"]
    qtbot.waitUntil(lambda: error.isVisible(), timeout=WAIT_MS)
    assert error.text().replace("\u00a0", " ") == (
        "« 150,000 » : ici, les milliers se séparent par une espace : écrivez 150\u202f000."
    )
    assert dialog.isVisible() and dialog.amount.line.text() == "150,000"
    assert balance(finance, bank) == Decimal("5000000.00")  # nothing booked


# --------------------------------------------------------------------------- gui40fix


@pytest.mark.parametrize(
    ("lang", "locale_name", "typed", "said"),
    [
        (
            "fr",
            "fr_RW",
            "2,500",
            "« 2,500 » se lit de deux façons ici : écrivez 2\u202f500 ou 2,5.",
        ),
        ("en", "en_RW", "2.500", "“2.500” reads two ways here: write 2,500 or 2.5."),
        ("en", "en_RW", "150.000", "“150.000” reads two ways here: write 150,000 or 150."),
    ],
)
@pytest.mark.parametrize(
    ("table", "column"), [("invoice_items", "unit_price"), ("inventory_items", "unit_cost")]
)
def test_a_price_in_francs_offers_both_readings(
    qtbot, language, lang, locale_name, typed, said, table, column
):
    """review40c #3: a unit price takes a fraction of a franc, so « 2,500 » in French is
    2.5 francs as much as 2 500; the sentence told the clerk to write 2 500, a thousand
    times the price. Both readings are offered, nothing read."""
    language(lang)
    role = Role.FINANCE if table == "invoice_items" else Role.INVENTORY
    form = new_form(qtbot, table, role, locale=QLocale(locale_name))
    box = form.editors[column]
    assert not box.whole_units
    retype(qtbot, box.line, typed)
    values, errors = form.read()
    assert column not in values
    assert errors[column].code == "amount_grouped_elsewhere"
    assert sentence(errors[column]) == said
    assert box.line.text() == typed


def test_a_price_whose_fraction_the_box_cannot_hold_is_only_thousands(qtbot, language):
    """« 2,125 » would be 2.125 francs, which a price of two decimals cannot hold: only
    the thousands reading is said; two groups are only thousands too."""
    language("fr")
    form = new_form(qtbot, "invoice_items", Role.FINANCE, locale=QLocale("fr_RW"))
    box = form.editors["unit_price"]
    for typed, meant in (("2,125", "2\u202f125"), ("1,250,000", "1\u202f250\u202f000")):
        retype(qtbot, box.line, typed)
        _values, errors = form.read()
        assert sentence(errors["unit_price"]) == (
            f"« {typed} » : ici, les milliers se séparent par une espace : écrivez {meant}."
        )


#: English and Kinyarwanda write English marks: "," groups thousands there.
_ZERO_HEADED = ("0,500", "0,050", "00,500", "0,500,000", ",500")


@pytest.mark.parametrize("locale_name", ["en_RW", "rw_RW"])
@pytest.mark.parametrize("typed", _ZERO_HEADED)
def test_a_head_of_zeros_groups_nothing(qapp, locale_name, typed):
    """review40c #2: "0,500" is how a French writer writes half; in English and
    Kinyarwanda it was read as 500 (and "0,050" as 50), a thousand times more."""
    from dicel_desktop.gui.numbers import NumberInputError, Problem, parse_decimal

    with pytest.raises(NumberInputError) as refused:
        parse_decimal(typed, QLocale(locale_name))
    assert refused.value.problem is Problem.MISPLACED_GROUP


@pytest.mark.parametrize("currency", ["RWF", "USD"])
@pytest.mark.parametrize(
    ("table", "role", "column"),
    [
        ("invoice_items", Role.FINANCE, "unit_price"),
        ("inventory_items", Role.INVENTORY, "unit_cost"),
        ("expenses", Role.FINANCE, "amount"),
    ],
)
def test_a_money_box_in_english_refuses_0_500_and_says_the_decimal_sign(
    qtbot, language, table, role, column, currency
):
    language("en")
    form = new_form(qtbot, table, role, locale=QLocale("en_RW"))
    box = form.editors[column]
    box.set_currency(currency)
    example = "1,234,567" if box.whole_units and currency == "RWF" else "1,234,567.89"
    retype(qtbot, box.line, "0,500")
    values, errors = form.read()
    assert column not in values
    assert sentence(errors[column]) == (
        f"“0,500”: “,” only separates groups of digits here, as in {example}; "
        "the decimal sign is “.”."
    )
    read_right = [("1,500", Decimal(1500))]
    if example.endswith(".89"):  # a box that takes a fraction: half, written here
        read_right.append(("0.5", Decimal("0.5")))
    for typed, meant in read_right:
        retype(qtbot, box.line, typed)
        assert form.read()[0][column] == meant


def test_the_payment_box_in_english_refuses_0_500(qtbot, language):
    language("en")
    amount = amount_editor("Amount received")
    qtbot.addWidget(amount)
    retype(qtbot, amount.line, "0,500")
    with pytest.raises(InvalidInput) as refused:
        amount.value()
    assert sentence(refused.value).startswith("“0,500”: “,” only separates groups")
