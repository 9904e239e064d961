"""A setting's key is fixed once made, and a setting DICEL reads is not deleted (migration
0117, eye33 #1): an administrator typed one letter less in ``leave.allowance.annual``,
saved, and every employee's annual leave had no yearly limit.

Real logins on the demo company, each attempt in a transaction rolled back: the shared
demo stays as loaded.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers import annual_allowance
from helpers import refused_here as _refused

from dicel_desktop.db.migrate import earlier_revision
from dicel_desktop.demo.people import SETTINGS
from dicel_desktop.domain.setting_keys import READ_SETTINGS
from dicel_desktop.services.db_errors import explain

ADMIN = "jean.mugabo@dicel.rw"
EMPLOYEE = "josiane.murekatete@dicel.rw"
REVISION = "0117_a_settings_key_is_fixed_and_a_setting_dicel_reads_stays"
SERVICES = Path(__file__).resolve().parents[2] / "dicel_desktop" / "services"


@pytest.fixture
def login(psql_login):
    return psql_login


def test_an_administrator_cannot_rename_the_annual_allowance_and_leave_keeps_its_limit(login):
    admin = login(ADMIN)
    before = annual_allowance(admin, EMPLOYEE)
    assert before is not None
    refused = _refused(
        admin,
        "UPDATE system_settings SET setting_key = 'leave.allowance.anual'"
        " WHERE setting_key = 'leave.allowance.annual'",
    )
    assert refused.sqlstate == "DW027"
    error = explain(refused)
    assert error.code == "setting_key_fixed"
    assert error.params["key"] == "leave.allowance.annual"
    assert "leave.allowance.annual" in error.message and "Nothing was changed" in error.message
    assert annual_allowance(admin, EMPLOYEE) == before


def test_no_setting_is_renamed_even_one_dicel_does_not_read(login):
    admin = login(ADMIN)
    key = next(k for k, *_ in SETTINGS if k not in READ_SETTINGS)
    refused = _refused(
        admin,
        "UPDATE system_settings SET setting_key = setting_key || '.old' WHERE setting_key = %s",
        (key,),
    )
    assert refused.sqlstate == "DW027"


def test_its_value_stays_the_administrators_to_change(login):
    admin = login(ADMIN)
    admin.execute(
        "UPDATE system_settings SET setting_value = '20', description = description"
        " WHERE setting_key = 'leave.allowance.annual'"
    )
    assert annual_allowance(admin, EMPLOYEE) == 20


def test_a_setting_dicel_reads_is_not_deleted(login):
    admin = login(ADMIN)
    for key in ("leave.allowance.annual", "po.approval_threshold_rwf", "tax.vat_rate_percent"):
        refused = _refused(admin, "DELETE FROM system_settings WHERE setting_key = %s", (key,))
        assert refused.sqlstate == "DW028", key
        error = explain(refused)
        assert error.code == "setting_read_kept"
        assert error.params["key"] == key
    assert annual_allowance(admin, EMPLOYEE) is not None


def test_an_obsolete_setting_is_still_deleted(login):
    admin = login(ADMIN)
    for key in ("ui.week_starts_on", "expense.approval_threshold_rwf"):
        deleted = admin.execute("DELETE FROM system_settings WHERE setting_key = %s", (key,))
        assert deleted.rowcount == 1, key


def test_the_revision_freezes_the_keys_dicel_reads():
    assert set(earlier_revision(REVISION).READ_SETTINGS) == READ_SETTINGS


#: A setting's key quoted in SQL or Python: 'leave.max_days_in_past', "company.name".
_QUOTED_KEY = re.compile(r"""['"]([a-z_]+\.[a-z_.]+)['"]""")


def test_every_setting_the_functions_or_services_read_is_kept(su):
    """A key a function body or a service names (leave's allowances by their prefix) is
    in ``READ_SETTINGS``, so a later read cannot be deleted unnoticed."""
    demo_keys = {key for key, *_ in SETTINGS}
    with su.connect() as conn:
        bodies = conn.exec_driver_sql(
            "SELECT string_agg(p.prosrc, ' ') FROM pg_proc p"
            " JOIN pg_namespace n ON n.oid = p.pronamespace"
            " WHERE n.nspname = 'public' AND p.proname <> 'dicel_setting_read_kept'"
        ).scalar()
    texts = [bodies] + [path.read_text(encoding="utf-8") for path in SERVICES.glob("*.py")]
    read = {key for text in texts for key in _QUOTED_KEY.findall(text)} & demo_keys
    if "'leave.allowance.' ||" in bodies:  # dicel_leave_balance: every type's
        read |= {key for key in demo_keys if key.startswith("leave.allowance.")}
    assert read >= {"po.approval_threshold_rwf", "leave.allowance.annual", "company.name"}
    assert read <= READ_SETTINGS


def test_every_setting_dicel_reads_says_what_for():
    """The setting's form says what DICEL does with it (stop 34): a key added to what
    DICEL reads needs its sentence."""
    from dicel_desktop.domain import setting_keys

    missing = sorted(k for k in setting_keys.READ_SETTINGS if setting_keys.purpose(k) is None)
    assert not missing
    assert set(setting_keys.PURPOSES) <= setting_keys.READ_SETTINGS


# --------------------------------------------------------------------------- admin40


def test_a_new_key_of_a_family_dicel_reads_is_one_it_reads(login):
    """Migration 0140 (DW608): ``leave.allowance.anual`` typed in psql was saved and read
    as absent (no leave limit); a key of another family (an office's note) still is."""
    admin = login(ADMIN)
    before = annual_allowance(admin, EMPLOYEE)
    refused = _refused(
        admin,
        "INSERT INTO system_settings (setting_key, setting_value, setting_type)"
        " VALUES ('leave.allowance.anual', '5', 'number')",
    )
    assert refused.sqlstate == "DW608"
    error = explain(refused)
    assert error.code == "setting_key_not_read"
    assert "leave.allowance.anual" in error.message and "Nothing was changed" in error.message
    assert annual_allowance(admin, EMPLOYEE) == before
    admin.execute(
        "INSERT INTO system_settings (setting_key, setting_value, setting_type)"
        " VALUES ('pos.receipt_footer', 'Murakoze', 'string')"
    )
    # A setting saved before keeps working: its value changes, it may be deleted.
    admin.execute(
        "UPDATE system_settings SET setting_value = 'sunday'"
        " WHERE setting_key = 'ui.week_starts_on'"
    )


def test_the_readme_lists_the_keys_the_form_offers():
    """README's table of the settings DICEL reads and the New setting form's list are
    ``setting_keys.OFFERED`` (admin40: one list in the code)."""
    from dicel_desktop.domain.setting_keys import OFFERED

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    table = readme.split("| Key | Type | Example | When absent |", 1)[1].split("\n\n", 1)[0]
    listed: set[str] = set()
    for line in table.splitlines()[2:]:
        first = None
        for key in re.findall(r"`([a-z_.]+)`", line.split("|")[1]):
            if key.startswith(".") and first is not None:
                key = first.rsplit(".", 1)[0] + key
            first = first or key
            listed.add(key)
    assert listed == set(OFFERED)
