"""An order line's item picker offers items still stocked (closed40's survey): a
discontinued item is refused on a new line (DW220, migration 0052), so it is not
offered; an inactive one may still be ordered and is."""

from __future__ import annotations

import psycopg

from dicel_desktop.domain.entry_rules import OFFERED_STATES
from dicel_desktop.services.lookup import search_references


def test_a_new_order_line_is_offered_no_discontinued_item(db_dsn, logins):
    with psycopg.connect(db_dsn) as conn:
        for name, status in (
            ("Torch, rechargeable", "active"),
            ("Torch, battery", "inactive"),
            ("Torch, kerosene", "discontinued"),
        ):
            conn.execute(
                "INSERT INTO inventory_items (item_name, category, status) VALUES (%s, 'Kit', %s)",
                (name, status),
            )
    stores = logins.person("inventory")
    only = OFFERED_STATES[("purchase_order_lines", "item_id")]
    with stores.session() as session:
        page = search_references(session, "inventory_items", "torch", only=only)
    assert [name for _id, name in page.items] == ["Torch, battery", "Torch, rechargeable"]
