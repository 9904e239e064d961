"""A small purchasing department for tests of orders and stock (``from shop import
open_shop``), made of real logins (``logins.py``):

* ``clerk`` and ``clerk2``: storekeepers (role inventory) of the stores department INV,
  whose manager is ``manager`` (Jean Mugabo, role inventory);
* ``finance`` (Aline Uwase) and ``finance2``: finance officers; ``admin``; ``employee``;
* a supplier, and the stock item ``torch`` (unit cost 12,000 RWF, no stock yet).

The manager's limit (``po.approval_threshold_rwf``) is 1,000,000 RWF. A module declares
``def shop(db_dsn): yield from open_shop(db_dsn)``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal

from logins import Logins, Person
from sqlalchemy import Engine, text

LIMIT = Decimal("1000000")


@dataclass
class Shop:
    logins: Logins
    su: Engine
    clerk: Person
    clerk2: Person
    manager: Person
    finance: Person
    finance2: Person
    admin: Person
    employee: Person
    supplier: uuid.UUID
    torch: uuid.UUID

    def set_limit(self, amount: Decimal | None) -> None:
        with self.su.begin() as conn:
            conn.execute(
                text("DELETE FROM system_settings WHERE setting_key = 'po.approval_threshold_rwf'")
            )
            if amount is not None:
                conn.execute(
                    text(
                        "INSERT INTO system_settings (setting_key, setting_value, setting_type)"
                        " VALUES ('po.approval_threshold_rwf', :v, 'number')"
                    ),
                    {"v": str(amount)},
                )

    def ledger(self, item: uuid.UUID, *columns: str) -> list[tuple]:
        """The item's movements in order: (type, quantity, reference type, ``columns``)."""
        named = ", ".join(("transaction_type", "quantity", "reference_type", *columns))
        with self.su.connect() as conn:
            rows = conn.execute(
                text(
                    f"SELECT {named} FROM inventory_transactions"
                    " WHERE item_id = :i ORDER BY created_at, id"
                ),
                {"i": item},
            ).all()
        return [tuple(row) for row in rows]

    def item(self, name: str, *, stock: int = 0, cost: str = "12000", minimum: int = 0):
        with self.su.begin() as conn:
            return conn.scalar(
                text(
                    "INSERT INTO inventory_items (item_name, category, unit_of_measure,"
                    " current_stock, minimum_stock, unit_cost)"
                    " VALUES (:n, 'Security equipment', 'piece', :s, :m, :c) RETURNING id"
                ),
                {"n": name, "s": stock, "m": minimum, "c": Decimal(cost)},
            )

    def draft(
        self,
        by: Person | None = None,
        lines: Iterable[tuple[uuid.UUID | None, int, str]] | None = None,
        *,
        supplier: bool = True,
    ) -> uuid.UUID:
        """An order ``by`` (the clerk) draws up, with its lines: (item, quantity, unit
        price); an item None is a line described in words."""
        by = by or self.clerk
        if lines is None:
            lines = [(self.torch, 10, "12000")]
        with by.engine.begin() as conn:
            order = conn.scalar(
                text(
                    "INSERT INTO purchase_orders (supplier_id, order_date)"
                    " VALUES (:s, :d) RETURNING id"
                ),
                {"s": self.supplier if supplier else None, "d": dt.date(2026, 5, 4)},
            )
            for item, quantity, price in lines:
                conn.execute(
                    text(
                        "INSERT INTO purchase_order_lines"
                        " (order_id, item_id, description, quantity, unit_price)"
                        " VALUES (:o, :i, :d, :q, :p)"
                    ),
                    {
                        "o": order,
                        "i": item,
                        "d": None if item else "Installation",
                        "q": quantity,
                        "p": Decimal(price),
                    },
                )
        return order

    def status(self, order: uuid.UUID) -> str:
        with self.su.connect() as conn:
            return conn.scalar(
                text("SELECT status FROM purchase_orders WHERE id = :o"), {"o": order}
            )

    def stock(self, item: uuid.UUID) -> int:
        with self.su.connect() as conn:
            return conn.scalar(
                text("SELECT current_stock FROM inventory_items WHERE id = :i"), {"i": item}
            )


def open_shop(db_dsn: str) -> Iterator[Shop]:
    logins = Logins(db_dsn)
    try:
        yield _build(logins)
    finally:
        logins.close()


def _build(logins: Logins) -> Shop:
    su = logins.superuser()
    person = logins.person
    clerk = person("inventory", department="INV", first_name="Eric")
    clerk2 = person("inventory", department="INV", first_name="Diane")
    manager = person("inventory", department="INV", first_name="Jean", last_name="Mugabo")
    finance = person("finance", department="FIN", first_name="Aline", last_name="Uwase")
    finance2 = person("finance", department="FIN", first_name="Claude")
    admin = person("admin", department="ADM", first_name="Grace")
    employee = person("employee", department="OPS")
    with su.begin() as conn:
        conn.execute(
            text("UPDATE departments SET name = 'Stores', manager_id = :m WHERE code = 'INV'"),
            {"m": manager.user_id},
        )
        supplier = conn.scalar(
            text("INSERT INTO suppliers (supplier_name) VALUES ('Kigali Supplies') RETURNING id")
        )
        torch = conn.scalar(
            text(
                "INSERT INTO inventory_items (item_name, category, unit_of_measure, unit_cost)"
                " VALUES ('Torch', 'Security equipment', 'piece', 12000) RETURNING id"
            )
        )
    shop = Shop(
        logins, su, clerk, clerk2, manager, finance, finance2, admin, employee, supplier, torch
    )
    shop.set_limit(LIMIT)
    return shop
