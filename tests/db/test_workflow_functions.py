"""What the locks and provenance of migration 0007 leave to the workflow functions.

A workflow function is SECURITY DEFINER and owned by dicel_owner, so inside it
``current_user`` is dicel_owner (which no client can become) and ``session_user`` is
still the person calling it. Each test defines one the way the workflow issue will,
grants it to a real login, and calls it as that person.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

_APPROVE_AND_REPRICE = """
CREATE FUNCTION public.dicel_test_approve_order(p_order uuid, p_total numeric)
RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
AS $$
    UPDATE public.purchase_orders SET status = 'approved', total_amount = p_total
    WHERE id = p_order
$$;
ALTER FUNCTION public.dicel_test_approve_order(uuid, numeric) OWNER TO dicel_owner;
REVOKE ALL ON FUNCTION public.dicel_test_approve_order(uuid, numeric) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.dicel_test_approve_order(uuid, numeric) TO dicel_inventory;
"""

_REORDER = """
CREATE FUNCTION public.dicel_test_reorder(p_claimed_creator uuid) RETURNS uuid
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
AS $$
    INSERT INTO public.purchase_orders (order_date, total_amount, created_by)
    VALUES (CURRENT_DATE, 100, p_claimed_creator) RETURNING created_by
$$;
ALTER FUNCTION public.dicel_test_reorder(uuid) OWNER TO dicel_owner;
REVOKE ALL ON FUNCTION public.dicel_test_reorder(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.dicel_test_reorder(uuid) TO dicel_inventory;
"""


def _define(db_dsn: str, statements: str) -> None:
    with psycopg.connect(db_dsn) as conn:
        conn.execute(statements)


def _order(db_dsn: str, person, status: str) -> object:
    """A purchase order the clerk drew up, moved on to ``status`` by the superuser."""
    with person.engine.begin() as conn:
        order = conn.scalar(
            text("INSERT INTO purchase_orders (order_date) VALUES (:d) RETURNING id"),
            {"d": dt.date(2026, 5, 4)},
        )
    if status != "draft":
        with psycopg.connect(db_dsn) as conn:
            conn.execute("UPDATE purchase_orders SET status = %s WHERE id = %s", (status, order))
    return order


def test_a_workflow_function_moves_a_record_on_where_its_caller_could_not(db_dsn, logins):
    _define(db_dsn, _APPROVE_AND_REPRICE)
    clerk = logins.person("inventory")
    order = _order(db_dsn, clerk, "pending")
    with clerk.engine.begin() as conn, pytest.raises(DBAPIError) as refused:
        conn.execute(
            text("UPDATE purchase_orders SET expected_delivery = :d WHERE id = :o"),
            {"d": dt.date(2026, 6, 1), "o": order},
        )
    assert refused.value.orig.sqlstate == "DL001"

    with clerk.engine.begin() as conn:
        conn.execute(text("SELECT dicel_test_approve_order(:o, 450)"), {"o": order})
        status, total = conn.execute(
            text("SELECT status, total_amount FROM purchase_orders WHERE id = :o"), {"o": order}
        ).one()
    assert (status, total) == ("approved", Decimal("450.00"))


def test_a_row_a_workflow_function_inserts_is_filed_as_the_person_calling_it(db_dsn, logins):
    _define(db_dsn, _REORDER)
    clerk = logins.person("inventory")
    other = logins.person("finance")
    with clerk.engine.begin() as conn:
        creator = conn.scalar(text("SELECT dicel_test_reorder(:u)"), {"u": other.user_id})
    assert creator == clerk.user_id
