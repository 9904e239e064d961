"""After pg_upgrade from 15 to 16+, the provisioner holds no ADMIN on the group roles;
the next `dicel-admin migrate` (sync_grants) gives it back, so admins can create users.

Only meaningful on PostgreSQL 16+ (CREATEROLE changed there); run the suite with
DICEL_TEST_DSN on a 16+ server to exercise it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from _provisioning_fixtures import Accounts, open_accounts
from sqlalchemy import text

from dicel_desktop.db.grants import PROVISIONER_ROLE, sync_grants
from dicel_desktop.domain.roles import Role
from dicel_desktop.services import users


@pytest.fixture
def accounts(db_dsn: str) -> Iterator[Accounts]:
    yield from open_accounts(db_dsn)


def test_sync_grants_restores_the_provisioners_admin_option(accounts: Accounts):
    with accounts.superuser_engine().connect() as conn:
        version = int(conn.exec_driver_sql("SHOW server_version_num").scalar_one())
    if version < 160000:
        pytest.skip("PostgreSQL 15 lets CREATEROLE grant any role: nothing to restore")
    admin = accounts.create("admin")
    with accounts.superuser_engine().connect() as conn:
        # Revoking ADMIN on a group the provisioner already granted to logins would
        # cascade to those memberships (role grants are cluster-wide): use an unused one.
        used = set(
            conn.execute(
                text(
                    "SELECT g.rolname FROM pg_auth_members am JOIN pg_roles g ON g.oid = am.roleid"
                    " JOIN pg_roles m ON m.oid = am.member WHERE m.rolcanlogin"
                )
            ).scalars()
        )
    unused = [r for r in Role if r.group_role not in used]
    if not unused:
        pytest.skip("every group role has logins in this cluster")
    role = unused[0]
    groups = [role.group_role]
    try:
        with accounts.superuser_engine().begin() as conn:
            # What a pg_upgraded cluster looks like: the groups exist, the ADMIN grants don't.
            for group in groups:
                conn.exec_driver_sql(f"REVOKE {group} FROM {PROVISIONER_ROLE}")
        email = accounts.email("after-upgrade")
        with pytest.raises(Exception), accounts.engine_as(admin).begin() as conn:  # noqa: B017
            users.create_user(
                conn,
                email=email,
                first_name="Grace",
                last_name="Uwera",
                role="hr",
                password="Another-Pass-9",
            )
    finally:
        # Role grants are cluster-wide: never leave the cluster broken for other tests.
        with accounts.superuser_engine().begin() as conn:
            sync_grants(conn)
    with accounts.superuser_engine().connect() as conn:
        admin_on = set(
            conn.execute(
                text(
                    "SELECT g.rolname FROM pg_auth_members am JOIN pg_roles g ON g.oid = am.roleid"
                    " JOIN pg_roles p ON p.oid = am.member"
                    " WHERE p.rolname = :p AND am.admin_option AND NOT am.inherit_option"
                ),
                {"p": PROVISIONER_ROLE},
            ).scalars()
        )
    assert set(groups) <= admin_on
    with accounts.engine_as(admin).begin() as conn:
        users.create_user(
            conn,
            email=accounts.remember(email),
            first_name="Grace",
            last_name="Uwera",
            role="hr",
            password="Another-Pass-9",
        )
