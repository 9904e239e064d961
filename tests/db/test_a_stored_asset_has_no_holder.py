"""An IT asset put in storage or retired has no holder, and one back in service does not
go back to a deactivated login (migration 0124, eye34 #4): a leaver's recovered laptop,
put in storage, still read "held by" him, and Return to service gave it back to his
deactivated login, around 0120's DW499.

Real logins on the demo company, each attempt in a transaction rolled back.
"""

from __future__ import annotations

import json

import pytest
from helpers import one_row as _one
from helpers import refused_here as _refused

from dicel_desktop.services.db_errors import explain

IT = "claudine.mukamana@dicel.rw"
HOLDER = "SELECT status, assigned_to FROM it_assets WHERE id = %s"


@pytest.fixture
def login(psql_login):
    return psql_login


def _held_by_a_leaver(su):
    """An asset in use whose holder's login is deactivated (the demo keeps one)."""
    return _one(
        su,
        "SELECT a.id, concat_ws(' ', u.first_name, u.last_name) AS name FROM it_assets a"
        " JOIN users u ON u.id = a.assigned_to"
        " WHERE NOT u.is_active AND a.status = 'active' ORDER BY a.asset_tag LIMIT 1",
    )


def test_an_asset_put_in_storage_or_retired_is_no_longer_held(su, login):
    asset = _held_by_a_leaver(su)
    claudine = login(IT)
    claudine.execute("SAVEPOINT before")
    claudine.execute("SELECT dicel_store_it_asset(%s)", (asset.id,))
    assert claudine.execute(HOLDER, (asset.id,)).fetchone() == ("in_storage", None)
    # Back in service, it is no one's until IT gives it to someone.
    claudine.execute("SELECT dicel_return_to_service_it_asset(%s)", (asset.id,))
    assert claudine.execute(HOLDER, (asset.id,)).fetchone() == ("active", None)
    claudine.execute("ROLLBACK TO SAVEPOINT before")
    claudine.execute("SELECT dicel_retire_it_asset(%s)", (asset.id,))
    assert claudine.execute(HOLDER, (asset.id,)).fetchone() == ("retired", None)


def test_a_repaired_asset_does_not_go_back_to_a_deactivated_login(su, login):
    """Sent to repair while held, it keeps its holder; back in service it would go to a
    login that is deactivated: refused, naming them (DW499). Put in storage instead."""
    asset = _held_by_a_leaver(su)
    claudine = login(IT)
    claudine.execute("SELECT dicel_send_to_repair_it_asset(%s)", (asset.id,))
    status, holder = claudine.execute(HOLDER, (asset.id,)).fetchone()
    assert status == "in_repair" and holder is not None
    error = _refused(claudine, "SELECT dicel_return_to_service_it_asset(%s)", (asset.id,))
    assert error.sqlstate == "DW499"
    assert error.diag.column_name == "assigned_to"
    assert json.loads(error.diag.message_detail) == {
        "name": asset.name,
        "action": "return_to_service",
    }
    said = explain(error)
    assert said.code == "asset_back_to_inactive_holder"
    assert said.message.startswith(f"{asset.name}'s login is deactivated")
    claudine.execute("SELECT dicel_store_it_asset(%s)", (asset.id,))
    assert claudine.execute(HOLDER, (asset.id,)).fetchone() == ("in_storage", None)


def test_a_lost_asset_keeps_who_lost_it(su, login):
    held = _one(
        su,
        "SELECT a.id, a.assigned_to FROM it_assets a JOIN users u ON u.id = a.assigned_to"
        " WHERE u.is_active AND u.email <> :it AND a.status = 'active'"
        " ORDER BY a.asset_tag LIMIT 1",
        it=IT,
    )
    claudine = login(IT)
    shown = claudine.execute(
        "SELECT coalesce(dicel_decision_version('it_assets', id), updated_at) FROM it_assets"
        " WHERE id = %s",
        (held.id,),
    ).fetchone()[0]
    claudine.execute("SELECT dicel_report_lost_it_asset(%s, %s)", (held.id, shown))
    assert claudine.execute(HOLDER, (held.id,)).fetchone() == ("lost", held.assigned_to)
