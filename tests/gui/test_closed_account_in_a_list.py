"""The transactions list names a closed account as the transaction's form does (card40,
closed40's picker): "Collections account, Ikaze Commercial Bank (closed)", « (clôturé) »
in French; an open account as it is. The row says whether the account is closed, after
its other slots, so the grid knows without another query."""

from __future__ import annotations

import psycopg
import pytest
from PySide6.QtCore import QLocale

from dicel_desktop.db.engine import make_engine
from dicel_desktop.gui import translations
from dicel_desktop.gui.cell_format import CellFormatter, LocaleFormats
from dicel_desktop.services.list_query import Equals
from dicel_desktop.services.listing import Listing, ListQuery

CLOSED = "Collections account, Ikaze Commercial Bank"
OPEN = "Operating account, Ikaze Commercial Bank"


def _accounts(demo_dsn):
    with psycopg.connect(demo_dsn) as conn:
        return dict(
            conn.execute(
                "SELECT account_name, id FROM financial_accounts WHERE account_name = ANY(%s)",
                ([CLOSED, OPEN],),
            ).fetchall()
        )


def _accounts_shown(demo_dsn, locale):
    """The Account cell of the first transactions on each account, as the grid shows it."""
    ids = _accounts(demo_dsn)
    assert set(ids) == {CLOSED, OPEN}
    columns = ("transaction_number", "account_id", "amount", "currency")
    shown: set[str] = set()
    engine = make_engine(demo_dsn)
    try:
        for account in ids.values():
            listing = Listing(
                ListQuery("transactions", columns, filters=(Equals("account_id", account),))
            )
            with engine.connect() as conn:
                rows = listing.first(conn, 5)
            assert rows
            cells = CellFormatter(listing, LocaleFormats.from_qlocale(locale))
            shown |= {cells.format_row(row)[1] for row in rows}
    finally:
        engine.dispose()
    return shown


def test_a_closed_account_is_marked_closed_in_the_transactions_list(demo_dsn, qapp):
    assert _accounts_shown(demo_dsn, QLocale(QLocale.Language.English)) == {
        f"{CLOSED} (closed)",
        OPEN,
    }


@pytest.mark.parametrize(("language", "word"), [("fr", "clôturé"), ("rw", "yafunzwe")])
def test_the_mark_is_translated_as_the_form_says_it(
    demo_dsn, qapp, restore_language, language, word
):
    translations.install_translators(language)
    shown = _accounts_shown(demo_dsn, QLocale(QLocale.Language.French))
    assert shown == {f"{CLOSED} ({word})", OPEN}
