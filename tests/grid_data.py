"""Rows for the data grid's tests: people, accounts and many transactions.

Generated on the server (INSERT ... SELECT generate_series) from hashes of the row
number: deterministic, fast for a million rows, and with NULLs in the nullable
columns the grid must sort (status, description, posted date, creator).
"""

from __future__ import annotations

import uuid

import psycopg

USERS = [
    ("Jean", "Mugabo"),
    ("Aline", "Uwase"),
    ("Eric", "Habimana"),
]
ACCOUNTS = [
    ("1000", "Main operating account", "asset", "RWF"),
    ("1100", "USD reserve", "asset", "USD"),
    ("4000", "Sales revenue", "income", "RWF"),
]
DESCRIPTIONS = [
    "Fuel for generator",
    "Office rent",
    "Salary advance",
    "Client payment",
    "Bank charges",
    "Stationery 50% off",
]


def seed_reference_rows(conn: psycopg.Connection) -> dict[str, list[uuid.UUID]]:
    """Three users and three financial accounts; returns their ids."""
    users = [
        conn.execute(
            "INSERT INTO users (email, password_hash, first_name, last_name, role)"
            " VALUES (%s, 'x', %s, %s, 'finance') RETURNING id",
            (f"{first.lower()}@dicel.rw", first, last),
        ).fetchone()[0]
        for first, last in USERS
    ]
    accounts = [
        conn.execute(
            "INSERT INTO financial_accounts (account_number, account_name, account_type, currency)"
            " VALUES (%s, %s, %s, %s) RETURNING id",
            row,
        ).fetchone()[0]
        for row in ACCOUNTS
    ]
    return {"users": users, "accounts": accounts}


def seed_transactions(dsn: str, count: int, *, analyze: bool = True) -> dict[str, list[uuid.UUID]]:
    """``count`` transactions (plus the rows they reference) in the database at ``dsn``.

    As the superuser the tests are, with triggers off (``session_replication_role``):
    a million audit rows would triple the load time and prove nothing here.
    """
    with psycopg.connect(dsn) as conn:
        conn.execute("SET session_replication_role = replica")
        ids = seed_reference_rows(conn)
        conn.execute(
            """
            INSERT INTO transactions (account_id, transaction_type, amount, currency,
                description, reference_number, transaction_date, posted_date, status,
                created_by)
            SELECT
                (%(accounts)s::uuid[])[1 + abs(hashtext('a' || i)) %% 3],
                (ARRAY['credit', 'debit'])[1 + i %% 2],
                round((abs(hashtext('m' || i)) %% 100000000) / 100.0, 2),
                CASE WHEN i %% 10 = 0 THEN 'USD' ELSE 'RWF' END,
                CASE WHEN i %% 7 = 0 THEN NULL
                     ELSE (%(descriptions)s::text[])[1 + abs(hashtext('d' || i)) %% 6]
                          || ' #' || i END,
                'REF-' || i,
                date '2023-01-01' + abs(hashtext('t' || i)) %% 1000,
                CASE WHEN i %% 5 = 0 THEN NULL
                     ELSE timestamptz '2023-01-01 08:00+02'
                          + (abs(hashtext('p' || i)) %% 86400000) * interval '1 second' END,
                CASE WHEN i %% 11 = 0 THEN NULL
                     ELSE (ARRAY['pending', 'posted', 'reversed', 'void'])
                          [1 + abs(hashtext('s' || i)) %% 4] END,
                CASE WHEN i %% 13 = 0 THEN NULL
                     ELSE (%(users)s::uuid[])[1 + abs(hashtext('u' || i)) %% 3] END
            FROM generate_series(1, %(count)s) AS i
            """,
            {
                "accounts": ids["accounts"],
                "users": ids["users"],
                "descriptions": DESCRIPTIONS,
                "count": count,
            },
        )
        conn.commit()
        if analyze:
            conn.execute("ANALYZE transactions")
            conn.commit()
    return ids
