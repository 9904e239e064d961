"""Inventory as a user reads it (eye30r): the stock movements list's signed changes."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale

from dicel_desktop.gui.cell_format import CellFormatter, LocaleFormats
from dicel_desktop.services.listing import Listing, ListQuery, listing_columns

RWANDA = QLocale(QLocale.Language.English, QLocale.Country.Rwanda)


def test_the_movements_list_writes_each_change_with_its_sign():
    """An issue of 20 read "20" beside a count's loss read "-1", and every value
    positive: the list's change in stock and in value say up or down alike."""
    columns = listing_columns("inventory_transactions")
    assert "stock_change" in columns and "value_change" in columns
    assert "quantity" not in columns and "total_cost" not in columns  # the chooser's
    shown = ("transaction_type", "stock_change", "value_change")
    cells = CellFormatter(
        Listing(ListQuery("inventory_transactions", shown)), LocaleFormats.from_qlocale(RWANDA)
    )
    assert cells.format_row((None, None, "in", 7, Decimal("84000.00"))) == (
        "In",
        "+7",
        "+84,000 RWF",
    )
    assert cells.format_row((None, None, "out", -20, Decimal("-240000.00")))[1:] == (
        "-20",
        "-240,000 RWF",
    )
