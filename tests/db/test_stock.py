"""Stock moves only through ``dicel_move_stock`` (migration 0013), as real storekeepers
move it through ``services.stock``; psql gives no way around it."""

from __future__ import annotations

import threading
from decimal import Decimal

import psycopg
import pytest
from shop import Shop
from sqlalchemy import text
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from dicel_desktop.db.engine import make_engine
from dicel_desktop.domain.errors import DicelError
from dicel_desktop.services import stock


def _move(person, *args, **kwargs):
    with person.session() as session:
        return stock.move_stock(session, *args, **kwargs)


def _refusal(person, *args, **kwargs) -> DicelError:
    with pytest.raises(DicelError) as refused:
        _move(person, *args, **kwargs)
    return refused.value


def _sqlstate(person, statement: str, params=()) -> str | None:
    url = person.engine.url.render_as_string(hide_password=False)
    with psycopg.connect(url.replace("postgresql+psycopg", "postgresql")) as conn:
        try:
            conn.execute(statement, params)
        except psycopg.Error as error:
            return error.sqlstate
        conn.rollback()
    return None


def test_in_out_and_adjustments_move_the_stock_and_write_the_ledger(shop: Shop):
    # Receipts on an order are receiving's alone (migration 0059): a transfer in.
    movement = _move(shop.clerk, shop.torch, "in", 20, "transfer", "TR-000001", "From Remera")
    _move(shop.clerk2, shop.torch, "out", 8, "transfer", None, "To the Remera office")
    _move(shop.admin, shop.torch, "adjustment", -2, "adjustment", None, "Stock count")
    assert shop.stock(shop.torch) == 10
    with shop.su.connect() as conn:
        ledger = conn.execute(
            text(
                "SELECT id, transaction_type, quantity, unit_cost, total_cost, reference_type,"
                " reference_number, notes, created_by FROM inventory_transactions"
                " WHERE item_id = :i ORDER BY created_at"
            ),
            {"i": shop.torch},
        ).all()
    assert [tuple(row) for row in ledger] == [
        (movement, "in", 20, Decimal("12000.00"), Decimal("240000.00"), "transfer",
         "TR-000001", "From Remera", shop.clerk.user_id),
        (ledger[1][0], "out", 8, Decimal("12000.00"), Decimal("96000.00"), "transfer", None,
         "To the Remera office", shop.clerk2.user_id),
        (ledger[2][0], "adjustment", -2, Decimal("12000.00"), Decimal("24000.00"), "adjustment",
         None, "Stock count", shop.admin.user_id),
    ]  # fmt: skip
    assert stock.stock_change("out", 8) == -8 and stock.stock_change("adjustment", -2) == -2


def test_a_movement_has_a_quantity_that_means_something(shop: Shop):
    for kind, quantity in (("in", 0), ("out", -3), ("adjustment", 0)):
        error = _refusal(shop.clerk, shop.torch, kind, quantity, notes="Counted")
        assert error.code == "stock_quantity_wrong"
    error = _refusal(shop.clerk, shop.torch, "gift", 1)
    assert error.message == "A stock movement is in, out or an adjustment."
    error = _refusal(shop.clerk, shop.torch, "in", 1, "donation")
    assert error.code == "field_one_of" and error.params["field"] == "reference_type"
    gone = _refusal(shop.clerk, shop.finance.user_id, "in", 1)  # not an item's id
    assert gone.message == "This stock item no longer exists: someone deleted it."
    assert shop.stock(shop.torch) == 0


def test_issuing_more_than_there_is_says_how_many_are_left(shop: Shop):
    _move(shop.clerk, shop.torch, "in", 5)
    error = _refusal(shop.clerk, shop.torch, "out", 6, notes="To the night shift")
    assert error.message == "Torch: only 5 left in stock, so 6 cannot be issued."
    error = _refusal(shop.clerk, shop.torch, "adjustment", -6, notes="Counted")
    assert str(error.params["stock"]) == "5"
    assert shop.stock(shop.torch) == 5


def test_psql_gives_no_way_around_the_function(shop: Shop):
    insert = (
        "INSERT INTO inventory_transactions (item_id, transaction_type, quantity)"
        " VALUES (%s, 'in', 1000)"
    )
    for who in (shop.clerk, shop.admin, shop.finance):
        assert _sqlstate(who, insert, (shop.torch,)) == "42501"
        assert _sqlstate(who, "UPDATE inventory_items SET current_stock = 1000") == "42501"
        assert _sqlstate(who, "DELETE FROM inventory_transactions") == "42501"
    for who in (shop.finance, shop.employee):
        move = "SELECT dicel_move_stock(%s, 'in', 1, NULL, NULL, NULL)"
        assert _sqlstate(who, move, (shop.torch,)) == "42501"
    # Nor the function's core, which receiving uses.
    core = "SELECT dicel_stock_movement(%s, 'in', 1, NULL, NULL, NULL, 0)"
    assert _sqlstate(shop.clerk, core, (shop.torch,)) == "42501"
    assert shop.stock(shop.torch) == 0


def test_50_clerks_issuing_one_item_at_once_never_take_it_below_zero(shop: Shop):
    item = shop.item("Radio battery", stock=100)
    clerks = [shop.clerk, shop.clerk2] + [
        shop.logins.person("inventory", department="INV", first_name=f"Keeper{n}") for n in range(3)
    ]
    barrier = threading.Barrier(50)
    issued: list[int] = []
    refusals: list[DicelError] = []
    lock = threading.Lock()

    def issue(person, quantity: int) -> None:
        engine = make_engine(
            person.engine.url.render_as_string(hide_password=False), poolclass=NullPool
        )
        with Session(engine) as session:
            session.execute(text("SELECT 1"))  # logged in before the start
            session.rollback()
            barrier.wait()
            try:
                stock.move_stock(session, item, "out", quantity, "transfer", None, "Issue")
            except DicelError as error:
                with lock:
                    refusals.append(error)
            else:
                with lock:
                    issued.append(quantity)
        engine.dispose()

    # 50 issues of 3 or 4 (175 wanted, 100 there).
    threads = [
        threading.Thread(target=issue, args=(clerks[n % len(clerks)], 3 + n % 2)) for n in range(50)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    left = shop.stock(item)
    assert left >= 0
    assert 100 - left == sum(issued)
    assert len(issued) + len(refusals) == 50 and refusals
    codes = {e.code for e in refusals}
    # Said as none left once the issues took the stock to exactly 0 (words38), which
    # depends on the order they came in: then the stock left is 0.
    assert codes <= {"stock_too_low", "stock_too_low_none_left"}, codes
    assert "stock_too_low_none_left" not in codes or left == 0
    # Each refused clerk was told the stock there was when theirs came: too little.
    for error in refusals:
        assert error.params["stock"].value < error.params["quantity"].value
        assert error.params["stock"].value >= left
    with shop.su.connect() as conn:
        ledger = conn.execute(
            text(
                "SELECT count(*), coalesce(sum(quantity), 0) FROM inventory_transactions"
                " WHERE item_id = :i AND transaction_type = 'out'"
            ),
            {"i": item},
        ).one()
    assert tuple(ledger) == (len(issued), sum(issued))


def test_a_reference_number_longer_than_its_column_is_refused_naming_it(shop: Shop):
    """Refused by the service before the database (which says DW024), naming the field a
    dialog shows the sentence under; nothing moves."""
    refused = _refusal(shop.clerk, shop.torch, "in", 3, reference_number="R" * 132)
    assert refused.code == "field_too_long"
    assert refused.params["field"] == "reference_number"
    assert str(refused) == "Reference number can be at most 100 characters long; it is 132."
    assert shop.stock(shop.torch) == 0
    _move(shop.clerk, shop.torch, "in", 3, reference_number="R" * 100)
    assert shop.stock(shop.torch) == 3


def test_a_reference_number_is_sent_as_it_was_measured(shop: Shop):
    """The service measures the reference without the blanks around it: it sends it so
    too (sent as given, 100 characters and a blank after them passed the service and
    the database refused them, DW024)."""
    _move(shop.clerk, shop.torch, "in", 3, reference_number=" " + "R" * 100 + " \t")
    assert shop.stock(shop.torch) == 3
    with shop.su.connect() as conn:
        kept = conn.scalar(
            text("SELECT reference_number FROM inventory_transactions WHERE item_id = :i"),
            {"i": shop.torch},
        )
    assert kept == "R" * 100


def test_the_movements_list_signs_each_change_so_that_it_adds_up_to_the_stock(shop: Shop):
    """Eye30r: an issue of 8 read 8 and a count's loss of 2 read -2, every cost positive,
    so the list's figures added up to nothing. Its "Change in stock" and "Change in
    value" carry the sign of the movement: added up, they are the stock and its value."""
    from dicel_desktop.services.listing import Equals, Listing, ListQuery
    from dicel_desktop.services.visibility import columns_for

    _move(shop.clerk, shop.torch, "in", 20, "transfer", "TR-000002", "From Remera")
    _move(shop.clerk, shop.torch, "out", 8, "transfer", None, "To the Remera office")
    _move(shop.clerk, shop.torch, "adjustment", -2, "adjustment", None, "Two found broken")
    _move(shop.clerk, shop.torch, "adjustment", 1, "adjustment", None, "One found")
    assert {"stock_change", "value_change"} <= set(
        columns_for(shop.clerk.role, "inventory_transactions")
    )
    columns = ("transaction_type", "quantity", "stock_change", "total_cost", "value_change")
    listing = Listing(
        ListQuery(
            "inventory_transactions",
            columns,
            sort="created_at",
            filters=(Equals("item_id", shop.torch),),
        )
    )
    with shop.clerk.engine.connect() as conn:
        rows = [tuple(row[2:7]) for row in listing.first(conn, 100)]
    cost = Decimal("12000.00")
    assert rows == [
        ("in", 20, 20, 20 * cost, 20 * cost),
        ("out", 8, -8, 8 * cost, -8 * cost),
        ("adjustment", -2, -2, 2 * cost, -2 * cost),
        ("adjustment", 1, 1, cost, cost),
    ]
    assert sum(row[2] for row in rows) == shop.stock(shop.torch) == 11
    assert sum(row[4] for row in rows) == shop.stock(shop.torch) * cost


def test_move_stock_tells_an_items_open_orders_by_the_gate_the_record_window_uses(shop: Shop):
    """Review 30, F7: Move stock… read an item's open orders whatever the role; a role
    that moves stock without reading orders would have met a 42501 instead of the
    dialog. It asks the facts' own gate (``services.record_facts``), as the window does."""
    from dicel_desktop.domain.roles import Role
    from dicel_desktop.services import purchasing
    from dicel_desktop.services.record_facts import readable_facts

    order = shop.draft(lines=[(shop.torch, 5, "12000")])
    with shop.clerk.session() as session:
        purchasing.submit_purchase_order(session, order)
    for role in (Role.INVENTORY, Role.HR):
        with shop.clerk.session() as session:
            item = stock.item_stock(session, shop.torch, role)
        told = any(fact.name == "on_order" for fact in readable_facts("inventory_items", role))
        assert told is (role is Role.INVENTORY)
        assert item.awaited == (5 if told else 0), role
