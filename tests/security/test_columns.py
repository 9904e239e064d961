"""Hidden columns: column grants keep personal data from clerks; "my profile" gives a
person their own."""

from __future__ import annotations

import pytest
from security_world import World, attempt

from dicel_desktop.domain.permissions import PUBLIC_COLUMNS
from dicel_desktop.domain.roles import Role

CLERKS = ("sales", "employee", "it", "inventory", "cx", "compliance", "security")


@pytest.mark.parametrize("who", CLERKS)
def test_a_clerk_cannot_read_salaries_or_select_star(world: World, who: str):
    conn = world.connect(who)
    assert attempt(conn, "SELECT salary FROM employees").denied
    assert attempt(conn, "SELECT bank_details FROM employees").denied
    assert attempt(conn, "SELECT tax_info FROM employees").denied
    assert attempt(conn, "SELECT * FROM employees").denied
    assert attempt(conn, "SELECT * FROM users").denied
    for column in ("address", "date_of_birth", "salary", "password_hash"):
        assert attempt(conn, f"SELECT {column} FROM users").denied, column
    # Nor through a view of the row as a whole.
    assert attempt(conn, "SELECT e FROM employees e").denied


@pytest.mark.parametrize("role", list(Role), ids=str)
def test_everyone_reads_the_public_columns_of_people(world: World, role: Role):
    conn = world.connect(role.value)
    for table, columns in PUBLIC_COLUMNS.items():
        out = attempt(conn, f"SELECT {', '.join(sorted(columns))} FROM {table}")
        assert out.ok, (table, out.message)
        # users and employees have no row security: everyone is listed.
        assert len(out.rows) >= len([p for p in world.people.values() if p.user_id]), table


def test_a_person_reads_their_own_salary_through_their_profile(world: World):
    me = world.people["employee"]
    conn = world.connect("employee")
    out = attempt(
        conn,
        "SELECT user_id, email, salary, bank_details, tax_info, employee_number,"
        " supervisor_id FROM dicel_my_profile()",
    )
    assert out.ok
    assert out.rows == (
        (
            me.user_id,
            me.email,
            me.salary,
            {"iban": "RW00-employee"},
            {"tin": "TIN-employee"},
            me.employee_number,
            world.people["boss"].employee_id,
        ),
    )


def test_the_profile_gives_only_the_callers_row_and_never_the_password(world: World):
    for who in ("hr", "admin", "peer"):
        out = attempt(world.connect(who), "SELECT * FROM dicel_my_profile()")
        assert out.ok and len(out.rows) == 1
        assert out.rows[0][0] == world.people[who].user_id
    names = {
        r[0]
        for r in attempt(
            world.connect_superuser(),
            "SELECT unnest(proargnames) FROM pg_proc WHERE proname = 'dicel_my_profile'",
        ).rows
    }
    assert "salary" in names and "password_hash" not in names


def test_profile_birthday_and_address_come_from_users(world: World):
    su = world.connect_superuser()
    me = world.people["peer"]
    su.execute(
        "UPDATE users SET date_of_birth = '1990-05-17', address = 'KN 3 Rd, Kigali' WHERE id = %s",
        (me.user_id,),
    )
    try:
        out = attempt(
            world.connect("peer"), "SELECT date_of_birth, address FROM dicel_my_profile()"
        )
        assert (
            out.ok and str(out.rows[0][0]) == "1990-05-17" and out.rows[0][1] == "KN 3 Rd, Kigali"
        )
        assert attempt(world.connect("sales"), "SELECT address FROM users").denied
        hr = attempt(world.connect("hr"), "SELECT address FROM users WHERE id = %s", (me.user_id,))
        assert hr.ok and hr.rows == (("KN 3 Rd, Kigali",),)
    finally:
        su.execute(
            "UPDATE users SET date_of_birth = NULL, address = NULL WHERE id = %s", (me.user_id,)
        )
