"""Migration 0131: the company's phone and e-mail settings are asked when someone writes
them, not every time the row is written or restored. A value stored under an older rule
(the phone rule was tightened by 0130) stays, takes every other edit of its row, and
never empties ``system_settings`` on a restore; a new or changed value is still refused,
from psql too; an emptied value is none."""

from __future__ import annotations

import os
import re
import subprocess
import uuid
from pathlib import Path

import pytest
from helpers import admin_connect, create_database, drop_database, dsn_for
from logins import open_logins
from sqlalchemy import text

from dicel_desktop.domain.roles import Role
from dicel_desktop.services import records
from dicel_desktop.services.form_rules import validate
from dicel_desktop.services.forms import form_spec

UPSERT = (
    "INSERT INTO system_settings (setting_key, setting_value, setting_type)"
    " VALUES (%s, %s, %s) ON CONFLICT (setting_key)"
    " DO UPDATE SET setting_value = excluded.setting_value"
)
#: A stricter phone rule than the one the values were stored under: the company's
#: "+250 252 500 100" no longer fits (as 0130 made "788 123 456" stop fitting).
TIGHTER_PHONE_RULE = (
    "CREATE OR REPLACE FUNCTION public.dicel_phone_fits(p_value text) RETURNS boolean"
    " LANGUAGE sql IMMUTABLE AS $$ SELECT p_value IS NULL OR p_value ~ '^0' $$"
)
OLD_PHONE = "+250 252 500 100"


@pytest.fixture
def logins(db_dsn):
    yield from open_logins(db_dsn)


@pytest.fixture
def jean(logins):
    """The admin, with the company's phone and e-mail stored, then the phone rule
    tightened under them (this test's own database)."""
    admin = logins.person(Role.ADMIN, first_name="Jean", last_name="Mugabo")
    with logins.superuser().begin() as conn:
        conn.exec_driver_sql(UPSERT, ("company.phone", OLD_PHONE, "string"))
        conn.exec_driver_sql(UPSERT, ("company.email", "info@dicel.rw", "string"))
        conn.exec_driver_sql(TIGHTER_PHONE_RULE)
    return admin


def _row(logins, key: str) -> tuple[str | None, str | None, bool | None]:
    with logins.superuser().connect() as conn:
        row = conn.execute(
            text(
                "SELECT setting_value, description, is_public FROM system_settings"
                " WHERE setting_key = :k"
            ),
            {"k": key},
        ).one()
    return tuple(row)


def test_an_old_phone_stays_while_its_row_is_edited_and_a_new_one_is_asked(logins, jean):
    described = "UPDATE system_settings SET description = %s WHERE setting_key = %s"
    assert jean.refusal(described, "Switchboard (reception)", "company.phone") is None
    public = "UPDATE system_settings SET is_public = true WHERE setting_key = %s"
    assert jean.refusal(public, "company.phone") is None
    # Written again as it is: no change, nothing asked.
    same = "UPDATE system_settings SET setting_value = setting_value WHERE setting_key = %s"
    assert jean.refusal(same, "company.phone") is None
    assert _row(logins, "company.phone") == (OLD_PHONE, "Switchboard (reception)", True)

    # A new value is asked, as psql writes it, under the rule as it is now.
    assert jean.psql_refusal(UPSERT, ("company.phone", "+250 788 123 456", "string")) == "DW035"
    assert jean.psql_refusal(UPSERT, ("company.phone", "call the office", "string")) == "DW035"
    assert jean.psql_refusal(UPSERT, ("company.email", "info@dicel", "string")) == "DW036"
    # A key renamed to the company's phone is a new value of it.
    renamed = "UPDATE system_settings SET setting_key = 'company.phone' WHERE setting_key = %s"
    with logins.superuser().begin() as conn:
        conn.exec_driver_sql("DELETE FROM system_settings WHERE setting_key = 'company.phone'")
        conn.exec_driver_sql(UPSERT, ("company.fax", "call the office", "string"))
    assert jean.psql_refusal(renamed, ("company.fax",)) == "DW035"
    assert jean.refusal(UPSERT, "company.phone", "0788 123 456", "string") is None


def test_the_company_can_clear_its_phone_and_e_mail(logins, jean):
    for key, fitting in (("company.phone", "0788 123 456"), ("company.email", "a@dicel.rw")):
        for cleared in ("", None):
            assert jean.refusal(UPSERT, key, cleared, "string") is None, (key, cleared)
            assert _row(logins, key)[0] == cleared
            assert jean.refusal(UPSERT, key, fitting, "string") is None
    # The settings form says nothing against an empty value and saves it.
    form = form_spec("system_settings", Role.ADMIN)
    with logins.superuser().connect() as conn:
        setting = conn.scalar(
            text("SELECT id FROM system_settings WHERE setting_key = 'company.phone'")
        )
    loaded = jean.call(records.load_record, "system_settings", Role.ADMIN, setting)
    for cleared in ("", None):
        assert "setting_value" not in validate(
            form, {**loaded.values, "setting_value": cleared}, new=False
        )
    jean.call(
        records.save_record,
        "system_settings",
        Role.ADMIN,
        setting,
        loaded.version,
        {"setting_value": ""},
    )
    assert _row(logins, "company.phone")[0] == ""


def _program(name: str, dsn: str) -> str:
    """``name`` (pg_dump, pg_restore) of the server the suite runs on: the folder
    DICEL_TEST_PG_BIN names (the PostgreSQL 18 pass), else the one found; pg_dump
    refuses a server newer than itself."""
    from dicel_desktop.localdb import find_server_binaries

    folder = os.environ.get("DICEL_TEST_PG_BIN")
    program = (Path(folder) if folder else find_server_binaries()) / name
    if not program.exists():
        pytest.skip(f"{name} is not beside the server's programs")
    said = subprocess.run([str(program), "--version"], capture_output=True, text=True).stdout
    with admin_connect(dsn) as conn:
        (server,) = conn.execute("SHOW server_version_num").fetchone()
    major = re.search(r"\)\s+(\d+)", said)
    if major is None or int(major.group(1)) < int(server) // 10000:
        pytest.skip(f"{name} ({said.strip()}) is older than the server the suite runs on")
    return str(program)


def test_a_restore_keeps_the_settings_when_a_stored_phone_breaks_a_tighter_rule(
    logins, jean, db_dsn, pg_superuser_dsn, tmp_path
):
    (settings,) = _counted(db_dsn)
    dump = tmp_path / "dicel.dump"
    subprocess.run([_program("pg_dump", db_dsn), "-Fc", "-f", str(dump), "-d", db_dsn], check=True)
    name = f"restored_{uuid.uuid4().hex[:8]}"
    with admin_connect(pg_superuser_dsn) as admin:
        create_database(admin, name)
        try:
            restored = dsn_for(pg_superuser_dsn, name)
            done = subprocess.run(
                [_program("pg_restore", db_dsn), "-d", restored, str(dump)],
                capture_output=True,
                text=True,
            )
            assert "system_settings" not in done.stderr
            assert _counted(restored) == (settings,)
            with admin_connect(restored) as conn:
                (phone,) = conn.execute(
                    "SELECT setting_value FROM system_settings WHERE setting_key = 'company.phone'"
                ).fetchone()
            assert phone == OLD_PHONE
        finally:
            drop_database(admin, name)


def _counted(dsn: str) -> tuple[int]:
    with admin_connect(dsn) as conn:
        return conn.execute("SELECT count(*) FROM system_settings").fetchone()
