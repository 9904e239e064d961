"""An asset sent to repair while held by someone who has since left does not go back into
service with them (migration 0124, eye34 #4): Return to service… is greyed before the
click, naming them, and refused by the database in the same words; put in storage, the
asset has no holder and goes back into service with no one."""

from __future__ import annotations

import string
import uuid

import pytest
from logins import Person
from sqlalchemy import text

from dicel_desktop.db.migrate import earlier_revision
from dicel_desktop.domain.errors import MESSAGES, DicelError
from dicel_desktop.domain.roles import Role
from dicel_desktop.services import cases, db_errors

ASSETS = "it_assets"
REVISION = (
    "0124_a_setting_dicel_reads_keeps_its_type_paye_bands_have_a_shape_and_a_stored_asset"
    "_has_no_holder"
)


def test_each_refusal_is_registered_and_its_sentence_needs_only_its_data():
    for state, (_what, keys) in earlier_revision(REVISION).REFUSALS.items():
        entry = db_errors.registry.REGISTERED[state]
        codes = (entry.code, *(code for _key, code in entry.by_action))
        for code in codes:
            wanted = {n for _t, n, _s, _c in string.Formatter().parse(MESSAGES[code]) if n}
            assert wanted <= set(keys) | {"record", "records", "other_type"}, (state, code)


def _asset_in_repair(logins, holder: Person) -> uuid.UUID:
    with logins.superuser().begin() as conn:
        return conn.scalar(
            text(
                "INSERT INTO it_assets (asset_name, asset_type, purchase_cost, assigned_to,"
                " status) VALUES ('Laptop 14', 'Laptop', 900000, :h, 'in_repair')"
                " RETURNING id"
            ),
            {"h": holder.user_id},
        )


def _holder(logins, asset: uuid.UUID) -> tuple:
    with logins.superuser().connect() as conn:
        return tuple(
            conn.execute(
                text("SELECT status, assigned_to FROM it_assets WHERE id = :a"), {"a": asset}
            ).one()
        )


def test_a_repaired_asset_of_a_leaver_is_held_before_the_click_and_stored(logins):
    it = logins.person(Role.IT)
    leaver = logins.person(Role.FINANCE, first_name="Arsène", last_name="Sibomana")
    asset = _asset_in_repair(logins, leaver)
    assert it.call(cases.what_stops_step, ASSETS, "return_to_service", asset) is None
    with logins.superuser().begin() as conn:
        conn.execute(
            text("UPDATE users SET is_active = false WHERE id = :u"), {"u": leaver.user_id}
        )
    stops = it.call(cases.what_stops_step, ASSETS, "return_to_service", asset)
    assert stops is not None and stops.code == "asset_back_to_inactive_holder"
    assert stops.message.startswith("Arsène Sibomana's login is deactivated")
    with pytest.raises(DicelError) as refused:
        it.call(cases.take_step, ASSETS, "return_to_service", asset)
    assert refused.value.code == stops.code
    assert _holder(logins, asset) == ("in_repair", leaver.user_id)
    it.call(cases.take_step, ASSETS, "store", asset)
    assert _holder(logins, asset) == ("in_storage", None)
    assert it.call(cases.what_stops_step, ASSETS, "return_to_service", asset) is None
    it.call(cases.take_step, ASSETS, "return_to_service", asset)
    assert _holder(logins, asset) == ("active", None)
