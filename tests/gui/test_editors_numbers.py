"""Numbers in record forms: strict reading in the person's locale, the grid's way of
writing them, whole numbers, decimals and money, driven from the keyboard."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt

from dicel_desktop.domain.errors import InvalidInput
from dicel_desktop.gui.editors import make_editor
from dicel_desktop.gui.editors.numbers import DecimalEditor, IntEditor, MoneyEditor
from dicel_desktop.services.forms import table_fields

LOCALES = ("en_RW", "fr_RW", "de_DE")

# The parser and formatter themselves (gui/numbers.py) are tested in test_numbers.py;
# here, the editors that use them.


# --------------------------------------------------------------------------- editors


def field(table: str, column: str):
    return table_fields(table)[column]


def editor_for(table: str, column: str, locale: str = "en_RW"):
    return make_editor(field(table, column), locale=QLocale(locale), reference_editor=None)


def test_a_whole_number_is_grouped_away_from_the_field_and_plain_in_it(qtbot, host):
    stock = editor_for("inventory_items", "minimum_stock")
    after = host(stock)
    after.setFocus()
    edits = []
    stock.edited.connect(lambda: edits.append(1))
    stock.set_value(1500)
    assert stock.line.text() == "1,500"
    qtbot.keyClick(after, Qt.Key.Key_Backtab)  # into the field: the separators go
    assert stock.line.hasFocus()
    assert stock.line.text() == "1500"
    qtbot.keyClick(stock.line, Qt.Key.Key_End)
    qtbot.keyClicks(stock.line, "0")
    qtbot.keyClick(stock.line, Qt.Key.Key_Tab)  # out: grouped again
    assert stock.line.text() == "15,000"
    assert stock.value() == 15000
    assert len(edits) == 1  # the "0" only; neither set_value nor the focus changes


def test_a_year_has_no_thousands_separator_and_refuses_one(qtbot):
    year = editor_for("budgets", "fiscal_year")
    qtbot.addWidget(year)
    year.set_value(2026)
    assert year.line.text() == "2026"
    year.set_value(None)
    qtbot.keyClicks(year.line, "2,026")
    with pytest.raises(InvalidInput) as refused:
        year.value()
    assert refused.value.code == "field_not_a_whole_number"
    assert refused.value.message == "Fiscal year: “2,026” is not a whole number."


@pytest.mark.parametrize("text", ["4.5", "four", "1e3"])
def test_a_whole_number_refuses_anything_else_in_words(qtbot, text):
    rating = editor_for("customer_feedback", "rating")
    qtbot.addWidget(rating)
    qtbot.keyClicks(rating.line, text)
    with pytest.raises(InvalidInput) as refused:
        rating.value()
    assert refused.value.message == f"Rating: “{text}” is not a whole number."


def test_the_allowed_range_is_shown_before_anything_is_typed(qtbot):
    rating = editor_for("customer_feedback", "rating")
    days = editor_for("leave_requests", "days_requested")
    qtbot.addWidget(rating)
    qtbot.addWidget(days)
    assert rating.line.placeholderText() == "1\u20135"
    assert rating.line.toolTip() == "Between 1 and 5"
    assert days.line.toolTip() == "More than 0"
    # A rating box is narrow; an unbounded count has room for a billion.
    assert rating.line.maximumWidth() < days.line.minimumWidth()


@pytest.mark.parametrize(
    ("locale", "typed", "number", "shown"),
    [
        ("en_RW", "1234.5", Decimal("1234.5"), "1,234.50"),
        ("fr_RW", "1234,5", Decimal("1234.5"), "1\u202f234,50"),
        ("de_DE", "1.234,5", Decimal("1234.5"), "1.234,50"),
        # Rwandan offices write Kinyarwanda's numbers as English does (CLDR: 1.234,50).
        ("rw_RW", "1,234.5", Decimal("1234.5"), "1,234.50"),
    ],
)
def test_a_decimal_is_read_and_written_in_the_persons_locale(
    qtbot, host, locale, typed, number, shown
):
    quantity = editor_for("invoice_items", "quantity", locale)
    assert isinstance(quantity, DecimalEditor)
    after = host(quantity)
    quantity.setFocus()
    qtbot.keyClicks(quantity.line, typed)
    assert quantity.value() == number
    after.setFocus()
    assert quantity.line.text() == shown  # the column's two decimals, grouped


def test_a_decimal_refuses_what_means_another_number_elsewhere(qtbot):
    quantity = editor_for("invoice_items", "quantity", "de_DE")
    qtbot.addWidget(quantity)
    qtbot.keyClicks(quantity.line, "1.5")
    with pytest.raises(InvalidInput) as refused:
        quantity.value()
    assert refused.value.code == "field_not_a_number"
    assert refused.value.message == "Quantity: “1.5” is not a number."


def test_more_decimals_than_the_column_takes_are_shown_not_rounded_away(qtbot, host):
    quantity = editor_for("invoice_items", "quantity")
    after = host(quantity)
    quantity.setFocus()
    qtbot.keyClicks(quantity.line, "2.125")
    after.setFocus()
    # Rounding it to 2.13 on screen would hide what services.forms.validate refuses.
    assert quantity.line.text() == "2.125"
    assert quantity.value() == Decimal("2.125")


def test_money_shows_its_currency_and_follows_it(qtbot):
    amount = editor_for("transactions", "amount")
    assert isinstance(amount, MoneyEditor)
    qtbot.addWidget(amount)
    amount.set_value(Decimal("1500000.00"))
    assert (amount.line.text(), amount.currency_label.text()) == ("1,500,000", "RWF")
    assert amount.line.alignment() & Qt.AlignmentFlag.AlignRight
    amount.set_currency("usd")
    assert (amount.line.text(), amount.currency_label.text()) == ("1,500,000.00", "USD")
    assert amount.line.accessibleName() == "Amount (USD)"
    amount.set_currency(None)
    assert amount.currency_label.text() == "RWF"


def test_money_not_touched_comes_back_exactly_as_it_was_given(qtbot, host):
    amount = editor_for("transactions", "amount")
    after = host(amount)
    given = Decimal("1500000.00")
    amount.set_value(given)
    amount.setFocus()
    after.setFocus()
    assert amount.value() is given  # not Decimal("1500000"): no spurious change to save


def test_cents_of_a_franc_amount_are_never_hidden(qtbot):
    amount = editor_for("transactions", "amount")
    qtbot.addWidget(amount)
    amount.set_value(Decimal("1500.50"))
    assert amount.line.text() == "1,500.50"


def test_a_read_only_amount_reads_like_the_grid_and_cannot_be_typed_into(qtbot, host):
    balance = editor_for("financial_accounts", "balance")  # only workflows change it
    assert balance.is_read_only()
    host(balance)
    edits = []
    balance.edited.connect(lambda: edits.append(1))
    balance.set_value(Decimal("-2500000.00"))
    balance.setFocus()
    qtbot.keyClicks(balance.line, "9")
    assert balance.line.text() == "-2,500,000"
    assert balance.line.isReadOnly() and balance.line.isEnabled()
    assert edits == []


def test_a_generated_amount_is_read_only_and_shows_what_the_form_sets(qtbot):
    total = editor_for("invoice_items", "total_price")
    qtbot.addWidget(total)
    assert total.is_read_only()
    total.set_value(Decimal("37500.00"))
    assert total.line.text() == "37,500"


def test_an_empty_number_is_none(qtbot):
    for editor in (
        editor_for("inventory_items", "minimum_stock"),
        editor_for("invoice_items", "quantity"),
        editor_for("transactions", "amount"),
    ):
        qtbot.addWidget(editor)
        qtbot.keyClicks(editor.line, "   ")
        assert editor.value() is None


def test_int_editor_is_made_for_int_fields(qtbot):
    editor = editor_for("training_programs", "max_participants")
    qtbot.addWidget(editor)
    assert isinstance(editor, IntEditor)
    assert editor.accessibleName() == editor.line.accessibleName() == "Max participants"
