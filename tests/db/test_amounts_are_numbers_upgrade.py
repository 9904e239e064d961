"""Migration 0142 (psql40 #1) on a database a clerk already broke with NaN: the upgrade
stops naming the typed amounts that are NaN (and a balance that cannot be recomputed
yet), changing nothing; once IT has given them their amounts it recomputes the balance
and adds the CHECKs; the downgrade gives 0141's schema back."""

from __future__ import annotations

from decimal import Decimal

import psycopg
import pytest

from dicel_desktop.db import migrate
from dicel_desktop.db.migrate import MigrationRefused
from dicel_desktop.db.number_checks import CHECKED, NUMBER_FUNCTION

BEFORE = "0141"
CHECKS = (
    "SELECT count(*) FROM pg_constraint WHERE connamespace = 'public'::regnamespace"
    " AND conname LIKE 'ck\\_%%\\_a\\_number'"
)
PAYMENT = (
    "SELECT pg_get_functiondef('public.dicel_record_invoice_payment(uuid,uuid,numeric,date,"
    "text,text)'::regprocedure)"
)


def _broken(su: psycopg.Connection) -> dict[str, object]:
    """What psql40 left: a posted NaN credit and the account's balance NaN (the trigger
    moves it for a login: set here as it then was), a salary NaN."""
    (bank,) = su.execute(
        "INSERT INTO financial_accounts (account_number, account_name, account_type, currency)"
        " VALUES ('0001', 'Operating account', 'bank', 'RWF') RETURNING id"
    ).fetchone()
    (good,) = su.execute(
        "INSERT INTO transactions (account_id, transaction_type, amount, currency, description,"
        " transaction_date, status) VALUES (%s, 'credit', 1000, 'RWF', 'Float', current_date,"
        " 'posted') RETURNING id",
        (bank,),
    ).fetchone()
    (nan,) = su.execute(
        "INSERT INTO transactions (account_id, transaction_type, amount, currency, description,"
        " transaction_date, status) VALUES (%s, 'credit', 'NaN', 'RWF', 'Cash deposit',"
        " current_date, 'posted') RETURNING id",
        (bank,),
    ).fetchone()
    su.execute("UPDATE financial_accounts SET balance = 'NaN' WHERE id = %s", (bank,))
    (employee,) = su.execute(
        "INSERT INTO employees (position, hire_date, salary)"
        " VALUES ('Clerk', '2024-01-01', 'NaN') RETURNING id"
    ).fetchone()
    return {"bank": bank, "good": good, "nan": nan, "employee": employee}


def test_0142_names_stored_nan_then_recomputes_the_balance_once_repaired(db_dsn):
    migrate.downgrade(db_dsn, BEFORE)
    with psycopg.connect(db_dsn) as su:
        broken = _broken(su)
    with pytest.raises(MigrationRefused) as refused:
        migrate.upgrade(db_dsn, "head")
    said = str(refused.value)
    assert f"transactions.amount: 1 row(s) ({broken['nan']})" in said
    assert f"employees.salary: 1 row(s) ({broken['employee']})" in said
    # Its entries hold NaN: the balance cannot be recomputed yet, so it is named too.
    assert f"financial_accounts.balance: 1 row(s) ({broken['bank']})" in said
    assert "as the database superuser" in said and "dicel-admin migrate again" in said
    assert migrate.database_revision(db_dsn) == BEFORE
    with psycopg.connect(db_dsn) as su:
        assert su.execute(CHECKS).fetchone()[0] == 0
        assert su.execute(
            "SELECT balance::text FROM financial_accounts WHERE id = %s", (broken["bank"],)
        ).fetchone() == ("NaN",)
        # IT gives each typed amount its real value.
        su.execute("UPDATE transactions SET amount = 250 WHERE id = %s", (broken["nan"],))
        su.execute("UPDATE employees SET salary = 480000 WHERE id = %s", (broken["employee"],))

    migrate.upgrade(db_dsn, "head")
    with psycopg.connect(db_dsn) as su:
        assert su.execute(
            "SELECT balance FROM financial_accounts WHERE id = %s", (broken["bank"],)
        ).fetchone() == (Decimal("1250.00"),)
        assert su.execute(CHECKS).fetchone()[0] > 30
        assert CHECKED in su.execute(PAYMENT).fetchone()[0]

    migrate.downgrade(db_dsn, BEFORE)
    with psycopg.connect(db_dsn) as su:
        assert su.execute(CHECKS).fetchone()[0] == 0
        assert CHECKED not in su.execute(PAYMENT).fetchone()[0]
        assert (
            su.execute(
                "SELECT count(*) FROM pg_proc WHERE proname = %s", (NUMBER_FUNCTION,)
            ).fetchone()[0]
            == 0
        )
        # 0141 took NaN, as psql40 found.
        su.execute("UPDATE employees SET salary = 'NaN' WHERE id = %s", (broken["employee"],))
        su.rollback()
    migrate.upgrade(db_dsn, "head")
