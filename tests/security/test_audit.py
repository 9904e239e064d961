"""The database writes the audit log; no client can write, change or remove it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from psycopg.types.json import Jsonb
from security_world import APPLICATION_NAME, World, attempt

from dicel_desktop.domain.roles import Role

_AUDIT = (
    "SELECT user_id, action, table_name, record_id, old_values, new_values,"
    " host(ip_address), user_agent FROM audit_logs"
    " WHERE table_name = %s AND record_id = %s ORDER BY created_at, action"
)


def test_an_update_is_logged_with_its_actor_changes_address_and_application(world: World):
    admin = world.people["admin"]
    peer = world.people["peer"]
    conn = world.connect("admin")
    with conn.transaction(force_rollback=True):
        # What other tests of the shared world logged about this record before.
        before = conn.execute(_AUDIT, ("employees", peer.employee_id)).fetchall()
        conn.execute(
            "UPDATE employees SET work_location = 'Huye', bank_details = %s WHERE id = %s",
            (Jsonb({"iban": "RW99-secret"}), peer.employee_id),
        )
        rows = conn.execute(_AUDIT, ("employees", peer.employee_id)).fetchall()
    # The setup's changes were made by the superuser (no user); this one is the admin's.
    mine = [row for row in rows if row[0] is not None and row not in before]
    assert len(mine) == 1
    user_id, action, table, record, old, new, address, agent = mine[0]
    assert (user_id, action, table, record) == (
        admin.user_id,
        "UPDATE",
        "employees",
        peer.employee_id,
    )
    # Only what changed; the bank details are marked as changed, never shown.
    assert old == {"work_location": None, "bank_details": "[redacted]"}
    assert new == {"work_location": "Huye", "bank_details": "[redacted]"}
    assert address == "127.0.0.1"
    assert agent == APPLICATION_NAME


def test_a_salary_change_by_hr_names_hr_and_both_amounts(world: World):
    hr = world.people["hr"]
    peer = world.people["peer"]
    conn = world.connect("hr")
    with conn.transaction():
        conn.execute("UPDATE employees SET salary = salary + 1 WHERE id = %s", (peer.employee_id,))
    try:
        rows = attempt(world.connect("admin"), _AUDIT, ("employees", peer.employee_id)).rows
        assert rows, "admin reads the audit log"
        last = rows[-1]
        assert last[:3] == (hr.user_id, "UPDATE", "employees")
        assert Decimal(str(last[4]["salary"])) == peer.salary
        assert Decimal(str(last[5]["salary"])) == peer.salary + 1
    finally:
        world.connect_superuser().execute(
            "UPDATE employees SET salary = %s WHERE id = %s", (peer.salary, peer.employee_id)
        )


def test_insert_and_delete_carry_the_whole_row(world: World):
    conn = world.connect("admin")
    with conn.transaction(force_rollback=True):
        setting = conn.execute(
            "INSERT INTO system_settings (setting_key, setting_value)"
            " VALUES ('audit.test', '42') RETURNING id"
        ).fetchone()[0]
        conn.execute("DELETE FROM system_settings WHERE id = %s", (setting,))
        rows = conn.execute(_AUDIT, ("system_settings", setting)).fetchall()
    actions = {row[1]: row for row in rows}
    assert set(actions) == {"INSERT", "DELETE"}
    assert actions["INSERT"][4] is None
    assert actions["INSERT"][5]["setting_value"] == "42"
    assert actions["DELETE"][4]["setting_key"] == "audit.test"
    assert actions["DELETE"][5] is None
    assert {row[0] for row in rows} == {world.people["admin"].user_id}


def test_secrets_are_redacted_on_insert_and_in_a_new_password(world: World):
    conn = world.connect("admin")
    peer = world.people["peer"]
    verifier = conn.pgconn.encrypt_password(
        b"another secret", peer.email.encode(), b"scram-sha-256"
    )
    with conn.transaction(force_rollback=True):
        employee = conn.execute(
            "INSERT INTO employees (position, hire_date, salary, bank_details, tax_info)"
            " VALUES ('Driver', %s, 1, %s, %s) RETURNING id",
            (dt.date(2026, 1, 5), Jsonb({"iban": "RW11-hidden"}), Jsonb({"tin": "T-hidden"})),
        ).fetchone()[0]
        conn.execute("SELECT dicel_set_password(%s, %s)", (peer.email, verifier.decode()))
        inserted = conn.execute(_AUDIT, ("employees", employee)).fetchall()
        password = conn.execute(_AUDIT, ("users", peer.user_id)).fetchall()
    assert inserted[0][5]["bank_details"] == "[redacted]"
    assert inserted[0][5]["tax_info"] == "[redacted]"
    assert inserted[0][5]["position"] == "Driver"
    assert "hidden" not in str(inserted)
    assert password and password[-1][5] == {"password_hash": "[redacted]"}
    assert "SCRAM" not in str(password)


def test_an_update_that_changes_nothing_is_not_logged(world: World):
    conn = world.connect("admin")
    item = world.people["peer"].employee_id
    with conn.transaction(force_rollback=True):
        before = conn.execute("SELECT count(*) FROM audit_logs").fetchone()[0]
        conn.execute("UPDATE employees SET position = position WHERE id = %s", (item,))
        after = conn.execute("SELECT count(*) FROM audit_logs").fetchone()[0]
    assert after == before


@pytest.mark.parametrize("role", list(Role), ids=str)
def test_no_client_role_writes_changes_or_removes_audit_rows(world: World, role: Role):
    conn = world.connect(role.value)
    for statement in (
        "INSERT INTO audit_logs (action) VALUES ('forged')",
        "UPDATE audit_logs SET action = 'tampered'",
        "DELETE FROM audit_logs",
        "TRUNCATE audit_logs",
    ):
        assert attempt(conn, statement).denied, statement


def test_monitoring_readings_are_not_audited_but_their_pruning_is(world: World):
    conn = world.connect("it")
    admin = world.connect("admin")
    with admin.transaction(force_rollback=True):
        reading = admin.execute(
            "INSERT INTO system_monitoring (system_name, metric_name, metric_value)"
            " VALUES ('db1', 'cpu', 12.5) RETURNING id"
        ).fetchone()[0]
        assert admin.execute(_AUDIT, ("system_monitoring", reading)).fetchall() == []
        admin.execute("DELETE FROM system_monitoring WHERE id = %s", (reading,))
        rows = admin.execute(_AUDIT, ("system_monitoring", reading)).fetchall()
    assert [row[1] for row in rows] == ["DELETE"]
    assert attempt(conn, "UPDATE system_monitoring SET metric_value = 0").denied
