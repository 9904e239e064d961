"""After pg_upgrade from 15 to 16+, the provisioner holds no ADMIN on the group roles;
the next `dicel-admin migrate` (sync_grants) gives it back, so admins can create users.

Only meaningful on PostgreSQL 16+ (CREATEROLE changed there): CI runs the security suite
on 18 too. Revoking ADMIN on a group whose members the provisioner made would cascade to
those memberships, and roles are cluster-wide, so the test works in a fresh cluster of
its own (same server binaries), where the group it revokes has no members yet.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator

import psycopg
import pytest
from _provisioning_fixtures import Accounts, open_accounts
from helpers import admin_connect, create_database, dsn_for, new_cluster_folder
from sqlalchemy import text

from dicel_desktop.db.grants import PROVISIONER_ROLE, sync_grants
from dicel_desktop.db.migrate import upgrade
from dicel_desktop.domain.roles import Role
from dicel_desktop.localdb import LocalCluster
from dicel_desktop.services import users


@pytest.fixture
def accounts(pg_superuser_dsn: str) -> Iterator[Accounts]:
    with psycopg.connect(pg_superuser_dsn) as conn:
        version = int(conn.execute("SHOW server_version_num").fetchone()[0])
    if version < 160000:
        pytest.skip("PostgreSQL 15 lets CREATEROLE grant any role: nothing to restore")
    folder = new_cluster_folder("dicel-pg-upgraded-")
    cluster = LocalCluster(folder, durable=False, bin_dir=os.environ.get("DICEL_TEST_PG_BIN"))
    try:
        superuser = cluster.start()
        with admin_connect(superuser) as admin:
            create_database(admin, "dicel_erp_db")
        dsn = dsn_for(superuser, "dicel_erp_db")
        upgrade(dsn)
        yield from open_accounts(dsn)
    finally:
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)


def test_sync_grants_restores_the_provisioners_admin_option(accounts: Accounts):
    admin = accounts.create("admin")
    role = Role.HR  # no login holds it yet in this cluster
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


def test_a_user_deactivated_before_the_upgrade_can_be_reactivated_after_it(accounts: Accounts):
    admin = accounts.create("admin")
    gone = accounts.create("it")
    with accounts.engine_as(admin).begin() as conn:
        users.deactivate_user(conn, email=gone)
    with accounts.superuser_engine().begin() as conn:
        # What a pg_upgraded cluster looks like: no ADMIN of the provisioner on the login.
        conn.exec_driver_sql(f'REVOKE "{gone}" FROM {PROVISIONER_ROLE}')
        sync_grants(conn)  # dicel-admin migrate, after the upgrade
    with accounts.engine_as(admin).begin() as conn:
        assert users.reactivate_user(conn, email=gone) is True
    with accounts.engine_as(gone).connect() as conn:  # logs in again
        assert conn.exec_driver_sql("SELECT session_user").scalar() == gone
