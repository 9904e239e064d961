"""An IT asset in use still held by someone whose login is deactivated is marked in the IT
assets list and said in its record window, and listed by the deactivation as one to
recover (one rule: ``states.ASSET_IN_HAND``) (migration 0120 never refuses the deactivation
for it, and gives such a login nothing new: the asset is IT's to recover). Against the
demo company, as IT's demo login; the demo has one leaver's laptop not returned."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import quote, urlsplit

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from dicel_desktop.db.engine import make_engine
from dicel_desktop.demo import DEMO_PASSWORD
from dicel_desktop.services.listing import Listing, ListQuery, listing_columns
from dicel_desktop.services.records import load_record

IT = "claudine.mukamana@dicel.rw"
HELD = (
    "SELECT a.id FROM it_assets a JOIN users u ON u.id = a.assigned_to"
    " WHERE NOT coalesce(u.is_active, true)"
    " AND coalesce(a.status, 'active') = 'active'"
)


@pytest.fixture(scope="module")
def claudine(demo_dsn: str) -> Iterator[Engine]:
    parts = urlsplit(demo_dsn)
    netloc = f"{quote(IT, safe='')}:{DEMO_PASSWORD}@{parts.hostname}:{parts.port}"
    engine = make_engine(parts._replace(netloc=netloc).geturl())
    yield engine
    engine.dispose()


def _expected(su: Engine) -> tuple[set, set]:
    with su.connect() as conn:
        held = set(conn.execute(text(HELD)).scalars())
        every = set(conn.execute(text("SELECT id FROM it_assets")).scalars())
    return held, every


def test_the_it_list_marks_exactly_the_assets_held_by_deactivated_logins(claudine, su):
    listing = Listing(ListQuery("it_assets", listing_columns("it_assets"), flagged=True))
    assert listing.flag_slot is not None
    with claudine.connect() as conn:
        rows = listing.first(conn, 100_000)
    marked = {row[0] for row in rows if row[listing.flag_slot]}
    held, every = _expected(su)
    assert {row[0] for row in rows} == every
    assert marked == held
    assert 0 < len(marked) < len(every)  # the demo's leaver's laptop, and no other


def test_the_record_window_says_whose_login_is_deactivated(claudine, su):
    from dicel_desktop.gui.records.flag_line import flag_text

    held, every = _expected(su)
    with su.connect() as conn:
        holder = conn.scalar(
            text(
                "SELECT concat_ws(' ', u.first_name, u.last_name) FROM it_assets a"
                " JOIN users u ON u.id = a.assigned_to WHERE a.id = :a"
            ),
            {"a": sorted(held)[0]},
        )
    with Session(claudine) as session:
        for record_id in sorted(held)[:2] + sorted(every - held)[:3]:
            record = load_record(session, "it_assets", "it", record_id)
            assert record.flagged is (record_id in held), record_id
            session.rollback()
        record = load_record(session, "it_assets", "it", sorted(held)[0])
    assert flag_text(record) == f"Held by {holder}, whose login is deactivated: recover it"


def test_an_asset_in_repair_whose_holder_left_is_not_one_to_recover(claudine, su):
    """Fix35: the flag, its line in the record window and the deactivation's "still
    holds" counted an asset in repair too, and told IT to recover from a leaver what IT
    (or the repairer) has. In repair it is none of them; it goes back into service only
    to an active login (DW499), which its step says. Sent to repair by IT in a
    transaction that is rolled back: the demo stays as loaded."""
    from dicel_desktop.services.leaving import assets_held

    held, _every = _expected(su)
    laptop = sorted(held)[0]
    with su.connect() as conn:
        email = conn.scalar(
            text(
                "SELECT u.email FROM it_assets a JOIN users u ON u.id = a.assigned_to"
                " WHERE a.id = :a"
            ),
            {"a": laptop},
        )
    listing = Listing(ListQuery("it_assets", listing_columns("it_assets"), flagged=True))
    with Session(claudine) as session:
        assert laptop in {a_id for a_id in _ids(assets_held(session, email), su)}
        record = load_record(session, "it_assets", "it", laptop)
        assert record.flagged
        session.rollback()
        session.execute(text("SELECT dicel_send_to_repair_it_asset(:a)"), {"a": laptop})
        rows = listing.first(session.connection(), 100_000)
        marked = {row[0] for row in rows if row[listing.flag_slot]}
        assert laptop not in marked
        assert marked == held - {laptop}
        record = load_record(session, "it_assets", "it", laptop)
        assert record.values["status"] == "in_repair"
        assert not record.flagged
        assert laptop not in _ids(assets_held(session, email), su)  # and rolled back


def _ids(assets, su) -> set:
    """The ids of ``assets`` (``HeldAsset`` says a tag and a name)."""
    with su.connect() as conn:
        return {
            conn.scalar(text("SELECT id FROM it_assets WHERE asset_tag = :t"), {"t": a.tag})
            for a in assets
        }
