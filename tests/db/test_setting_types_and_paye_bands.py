"""A setting DICEL reads keeps the type it reads it as, and the PAYE bands have a shape
(migration 0124, eye34 #1 and #2): the VAT rate saved as Text "20 %" left invoices at
18 %, the annual allowance as Text "18 jours" gave unlimited leave, and PAYE bands of
``[]`` took no PAYE while "60 000" stopped the next payroll run on a raw error.

Real logins on the demo company, each attempt in a transaction rolled back.
"""

from __future__ import annotations

import psycopg
import pytest
from helpers import annual_allowance
from helpers import refused_here as _refused

from dicel_desktop.db.migrate import earlier_revision
from dicel_desktop.demo.people import SETTINGS
from dicel_desktop.domain import paye_bands
from dicel_desktop.domain.setting_keys import READ_SETTINGS, READ_TYPES
from dicel_desktop.services.db_errors import explain

ADMIN = "jean.mugabo@dicel.rw"
EMPLOYEE = "josiane.murekatete@dicel.rw"
REVISION = (
    "0124_a_setting_dicel_reads_keeps_its_type_paye_bands_have_a_shape_and_a_stored_asset"
    "_has_no_holder"
)
BANDS = "payroll.paye_bands"

#: Values the eye review saved, and others, with what is wrong with each.
SAMPLES = {
    "[]": ("list", 0),
    '{"hello": 1}': ("list", 0),
    '"bands"': ("list", 0),
    '[{"upto": null, "rate": 300}]': ("rate", 1),
    '[{"upto": null, "rate": -1}]': ("rate", 1),
    '[{"upto": "60 000", "rate": "10%"}]': ("rate", 1),
    '[{"upto": "60 000", "rate": 10}, {"upto": null, "rate": 20}]': ("upto", 1),
    '[{"upto": 60000.5, "rate": 10}, {"upto": null, "rate": 20}]': ("upto", 1),
    '[{"upto": 0, "rate": 10}, {"upto": null, "rate": 20}]': ("upto", 1),
    '[{"upto": 100000, "rate": 10}, {"upto": 60000, "rate": 0}, {"upto": null, "rate": 30}]': (
        "upto",
        2,
    ),
    '[{"upto": 60000, "rate": 0}, {"upto": 100000, "rate": 10}]': ("last", 2),
    '[{"upto": null, "rate": 0}, {"upto": null, "rate": 30}]': ("open", 1),
    '[{"upto": 60000}, {"upto": null, "rate": 30}]': ("band", 1),
    '[60000, {"upto": null, "rate": 30}]': ("band", 1),
    '[{"upto": 60000, "rate": true}, {"upto": null, "rate": 30}]': ("rate", 1),
    '[{"upto": null, "rate": 30}]': None,
    '[{"upto": 60000, "rate": 0}, {"upto": 100000, "rate": 10.5}, {"upto": null, "rate": 30}]': (
        None
    ),
    '[{"upto": 6e4, "rate": 0}, {"upto": null, "rate": 30}]': None,
}


@pytest.fixture
def login(psql_login):
    return psql_login


def test_the_annual_allowance_is_not_made_text_and_leave_keeps_its_limit(login):
    admin = login(ADMIN)
    before = annual_allowance(admin, EMPLOYEE)
    assert before is not None
    refused = _refused(
        admin,
        "UPDATE system_settings SET setting_type = 'string', setting_value = '18 jours'"
        " WHERE setting_key = 'leave.allowance.annual'",
    )
    assert refused.sqlstate == "DW029"
    error = explain(refused)
    assert error.code == "setting_read_as_typed"
    assert error.params["key"] == "leave.allowance.annual"
    assert error.params["other_type"] == "Number"
    assert "Nothing was changed" in error.message
    assert annual_allowance(admin, EMPLOYEE) == before


def test_the_vat_rate_is_not_made_text(login):
    admin = login(ADMIN)
    refused = _refused(
        admin,
        "UPDATE system_settings SET setting_type = 'string', setting_value = %s"
        " WHERE setting_key = 'tax.vat_rate_percent'",
        ("20 %",),
    )
    assert refused.sqlstate == "DW029"
    # Nor made under another type (the demo has no installer's location).
    refused = _refused(
        admin,
        "INSERT INTO system_settings (setting_key, setting_value, setting_type)"
        " VALUES ('client.installer_location', '123', 'number')",
    )
    assert refused.sqlstate == "DW029"
    assert explain(refused).params["other_type"] == "String"


def test_a_setting_dicel_does_not_read_takes_any_type(login):
    admin = login(ADMIN)
    key = next(k for k, *_ in SETTINGS if k not in READ_SETTINGS)
    changed = admin.execute(
        "UPDATE system_settings SET setting_type = 'string', setting_value = 'anything'"
        " WHERE setting_key = %s",
        (key,),
    )
    assert changed.rowcount == 1


def test_the_types_are_the_revisions_and_the_demos():
    assert set(READ_TYPES) == READ_SETTINGS
    assert earlier_revision(REVISION).READ_TYPES == READ_TYPES
    for key, _value, kind, *_ in SETTINGS:
        assert READ_TYPES.get(key, kind) == kind, key


def _paye(conn: psycopg.Connection) -> object:
    return conn.execute(
        "SELECT setting_value FROM system_settings WHERE setting_key = %s", (BANDS,)
    ).fetchone()[0]


def test_paye_bands_of_another_shape_are_refused_in_words(login):
    admin = login(ADMIN)
    before = _paye(admin)
    for value, wrong in SAMPLES.items():
        if wrong is None:
            continue
        refused = _refused(
            admin,
            "UPDATE system_settings SET setting_value = %s WHERE setting_key = %s",
            (value, BANDS),
        )
        assert refused.sqlstate == "DW030", (value, str(refused))
        error = explain(refused)
        assert error.code == f"paye_bands_{wrong[0]}", value
        if wrong[1]:
            assert error.params["band"] == str(wrong[1])
        assert "Nothing was changed" in error.message
    assert _paye(admin) == before


def test_paye_bands_of_their_shape_are_saved(login):
    admin = login(ADMIN)
    for value, wrong in SAMPLES.items():
        if wrong is None:
            admin.execute(
                "UPDATE system_settings SET setting_value = %s WHERE setting_key = %s",
                (value, BANDS),
            )


def test_the_domain_reads_the_bands_as_the_database_does():
    """The same samples the database refused above, each for the same fault."""
    for value, wrong in SAMPLES.items():
        assert paye_bands.fault(value) == wrong, value
