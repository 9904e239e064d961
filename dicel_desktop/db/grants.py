"""Turn the permission table into GRANTs, and read the grants back from the catalog.

:func:`sync_grants` is the repeatable step behind ``dicel-admin sync-grants`` and every
migration: it gives the schema's objects to ``dicel_owner``, revokes every privilege the
client roles (and PUBLIC) hold on the schema, then grants exactly what
:mod:`dicel_desktop.domain.permissions` says; on the database itself, CONNECT for the
logins and nothing else (no TEMPORARY). It runs in the caller's transaction, so a
failure leaves the old grants in place; it must run as a superuser (or a role that may
act as dicel_owner), as migrations do.

:func:`grants_in_database` reads the effective privileges back (through
``has_column_privilege``, so what a group role inherits from ``dicel_user`` counts) in the
same shape as :func:`expected_grants`, for the test that proves the two are equal.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy import Connection

from dicel_desktop.db.company_time import pin_company_time_zone
from dicel_desktop.db.models import Base
from dicel_desktop.db.uncounted import keep_no_statistics
from dicel_desktop.domain import permissions as perm
from dicel_desktop.domain.roles import BASE_GROUP_ROLE, LOGIN_CONNECTION_LIMIT, OWNER_ROLE, Role

__all__ = [
    "CLIENT_ROLES",
    "DATABASE_SETTINGS",
    "PROVISIONER_ROLE",
    "EffectiveGrant",
    "expected_grants",
    "grant_database",
    "grants_in_database",
    "limit_logins",
    "login_settings",
    "reset_login_settings",
    "sync_grants",
]

#: Owns the SECURITY DEFINER functions that create login roles (migration 0004); its
#: functions keep their owner and their grants.
PROVISIONER_ROLE = "dicel_provisioner"
#: Owns the one function that reads who holds leave counting's lock and since when
#: (migration 0090, ``pg_read_all_stats``); it keeps its owner.
STATS_READER_ROLE = "dicel_stats_reader"
#: Owns the one function that counts approved unpaid leave for the payroll run, whoever
#: runs it (migration 0145: finance does not read others' leave); it keeps its owner.
UNPAID_LEAVE_READER_ROLE = "dicel_unpaid_leave_reader"
#: Owns the one function that sums a leaver's annual leave for the payroll run, whoever
#: runs it (migration 0157, as 0145's); it keeps its owner.
LEAVER_LEAVE_READER_ROLE = "dicel_leaver_leave_reader"
#: The roles whose privileges sync_grants manages: every login is a member of these.
CLIENT_ROLES: tuple[str, ...] = (BASE_GROUP_ROLE, *(role.group_role for role in Role))
#: Alembic's bookkeeping: owned by whoever migrates; every login reads the revision.
ALEMBIC_TABLE = "alembic_version"

#: Defaults of every session in DICEL's database (``ALTER DATABASE ... SET``), so that one
#: login holding a lock cannot stall everyone. Any login may take a table-level lock on a
#: table it may UPDATE or DELETE (``LOCK TABLE documents IN ACCESS EXCLUSIVE MODE``) or
#: keep rows locked: a window waiting for such a lock gives up after ``lock_timeout``
#: and says the records are busy (SQLSTATE 55P03, ``record_busy``) rather than hang. A
#: transaction left open and idle (psql, a crashed tool) is ended after
#: ``idle_in_transaction_session_timeout``. A session may SET other values for itself:
#: these bound accidents and protect the desktops that wait, not against a determined
#: login (README, "Security"). Not sent by the client (a startup option or a SET would
#: not pass PgBouncer in transaction mode), so they hold for every connection.
DATABASE_SETTINGS: dict[str, str] = {
    "lock_timeout": "10s",
    "idle_in_transaction_session_timeout": "10min",
}

log = logging.getLogger(__name__)

_NEXTVAL = re.compile(r"nextval\('([A-Za-z0-9_.\"]+)'")


@dataclass(frozen=True)
class EffectiveGrant:
    """What one role may do to one table, column by column."""

    select: frozenset[str]
    insert: frozenset[str]
    update: frozenset[str]
    delete: bool
    #: Table-level privileges no client role should ever hold (TRUNCATE, REFERENCES,
    #: TRIGGER), so that a stray grant of them shows up in the comparison.
    other: frozenset[str] = frozenset()


def _tables() -> Mapping[str, sa.Table]:
    return Base.metadata.tables


def _columns(table: sa.Table) -> list[str]:
    return [c.name for c in table.columns]


def _rights_of(grantee: str) -> Mapping[str, perm.TableRights]:
    if grantee == BASE_GROUP_ROLE:
        return perm.SELF_SERVICE
    return perm.PERMISSIONS[Role(grantee.removeprefix("dicel_"))]


def _effective(role_rights: Mapping[str, perm.TableRights], table: sa.Table) -> EffectiveGrant:
    name, columns = table.name, _columns(table)
    r = role_rights.get(name, perm.NO_RIGHTS)
    select = (
        frozenset(columns)
        if r.select and r.read_columns is None
        else frozenset(r.read_columns or ())
        if r.select
        else frozenset()
    )
    update: frozenset[str] = frozenset()
    if r.update:
        editable = perm.editable_columns(name, columns)
        update = frozenset(editable if r.update_columns is None else r.update_columns)
    insert = frozenset(perm.new_row_columns(name, columns)) if r.insert else frozenset()
    return EffectiveGrant(select=select, insert=insert, update=update, delete=r.delete)


def expected_grants() -> dict[tuple[str, str], EffectiveGrant]:
    """(client role, table) -> the privileges the permission table gives it."""
    return {
        (grantee, table.name): _effective(_rights_of(grantee), table)
        for grantee in CLIENT_ROLES
        for table in _tables().values()
    }


def _sequences_called(table: sa.Table) -> list[str]:
    """The sequences a table's server defaults draw from (document numbers)."""
    found = []
    for column in table.columns:
        default = column.server_default
        if default is not None:
            found += _NEXTVAL.findall(str(getattr(default, "arg", "")))
    return found


# --------------------------------------------------------------------------- SQL helpers


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _cols(columns: Iterable[str]) -> str:
    return ", ".join(_ident(c) for c in sorted(columns))


def _exec(connection: Connection, statement: str) -> None:
    connection.exec_driver_sql(statement)


#: Statements sent to the server at once by :func:`_exec_all`.
_BATCH = 500


def _exec_all(connection: Connection, statements: list[str]) -> None:
    """Run ``statements`` in order, several to a round trip: sync_grants writes a GRANT or
    REVOKE a table, column set and function for each role, some 1,300 statements, and one
    round trip each took a second on the same machine and would take a minute to a
    company server 50 ms away. Sent without parameters (psycopg's simple protocol, which
    takes several statements; no ``%`` is read as a placeholder)."""
    for start in range(0, len(statements), _BATCH):
        connection.exec_driver_sql(
            ";\n".join(statements[start : start + _BATCH]),
            execution_options={"no_parameters": True},
        )


def _role_exists(connection: Connection, name: str) -> bool:
    return bool(
        connection.execute(
            sa.text("SELECT EXISTS (SELECT FROM pg_roles WHERE rolname = :n)"), {"n": name}
        ).scalar_one()
    )


# Objects created by an extension belong to the extension: never re-owned or re-granted.
_NOT_EXTENSION = """
    NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = {catalog}::regclass
                AND d.objid = {oid} AND d.deptype = 'e')
"""


def _transfer_ownership(connection: Connection) -> None:
    owner = _ident(OWNER_ROLE)
    relations = """
        SELECT c.relkind::text, quote_ident(c.relname) FROM pg_class c
        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ({kinds})
          AND c.relname <> :alembic AND c.relowner <> CAST(:owner AS regrole)
          AND {not_extension}
        ORDER BY c.relname
    """
    not_ext = _NOT_EXTENSION.format(catalog="'pg_class'", oid="c.oid")
    # Tables first: a sequence OWNED BY a column moves with its table, and may not be
    # given away on its own.
    for kinds in ("'r', 'p', 'v', 'm', 'f'", "'S'"):
        rows = connection.execute(
            sa.text(relations.format(kinds=kinds, not_extension=not_ext)),
            {"alembic": ALEMBIC_TABLE, "owner": OWNER_ROLE},
        ).all()
        for kind, name in rows:
            keyword = {"v": "VIEW", "m": "MATERIALIZED VIEW", "S": "SEQUENCE"}.get(kind, "TABLE")
            if kind == "f":
                keyword = "FOREIGN TABLE"
            _exec(connection, f"ALTER {keyword} public.{name} OWNER TO {owner}")
    for (routine,) in connection.execute(
        sa.text(
            "SELECT p.oid::regprocedure::text FROM pg_proc p"
            " WHERE p.pronamespace = 'public'::regnamespace"
            " AND p.proowner <> CAST(:owner AS regrole)"
            " AND pg_get_userbyid(p.proowner) NOT IN (:provisioner, :reader, :unpaid, :leaver)"
            " AND " + _NOT_EXTENSION.format(catalog="'pg_proc'", oid="p.oid")
        ),
        {
            "owner": OWNER_ROLE,
            "provisioner": PROVISIONER_ROLE,
            "reader": STATS_READER_ROLE,
            "unpaid": UNPAID_LEAVE_READER_ROLE,
            "leaver": LEAVER_LEAVE_READER_ROLE,
        },
    ).all():
        _exec(connection, f"ALTER ROUTINE {routine} OWNER TO {owner}")


def _managed_functions(connection: Connection) -> list[tuple[str, str]]:
    """(name, signature) of the schema's functions whose grants sync_grants manages."""
    rows = connection.execute(
        sa.text(
            "SELECT p.proname::text, p.oid::regprocedure::text FROM pg_proc p"
            " WHERE p.pronamespace = 'public'::regnamespace"
            " AND pg_get_userbyid(p.proowner) <> :provisioner"
            " AND " + _NOT_EXTENSION.format(catalog="'pg_proc'", oid="p.oid") + " ORDER BY 2"
        ),
        {"provisioner": PROVISIONER_ROLE},
    ).all()
    return [(name, signature) for name, signature in rows]


# --------------------------------------------------------------------------- sync


class GrantsRefused(PermissionError):
    """sync_grants was asked by a login that may not change the schema's grants."""


def sync_grants(connection: Connection) -> None:
    """Make the database's grants exactly the permission table's. Idempotent.

    Runs in ``connection``'s transaction (the caller commits); needs a superuser (or a
    role that may act as dicel_owner): anyone else's GRANT and REVOKE would only warn and
    change nothing, so this refuses with PermissionError instead.
    """
    allowed = connection.execute(
        sa.text(
            "SELECT rolsuper OR pg_has_role(current_user, :owner, 'USAGE')"
            " FROM pg_roles WHERE rolname = current_user"
        ),
        {"owner": OWNER_ROLE},
    ).scalar_one()
    if not allowed:
        raise GrantsRefused(f"sync_grants must run as a superuser or a member of {OWNER_ROLE}")
    _transfer_ownership(connection)
    # Functions rebuilt since the last run lost their SET TimeZone: "today" is the
    # company's again (dicel_desktop.db.company_time).
    pin_company_time_zone(connection)
    everyone = ", ".join(["PUBLIC", *(_ident(r) for r in CLIENT_ROLES)])

    # 1. Nothing left from before: tables (column privileges go with them), sequences,
    #    and the functions whose grants are ours. dicel_owner keeps its owner rights.
    _exec(connection, f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {everyone}")
    _exec(connection, f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {everyone}")
    functions = _managed_functions(connection)
    existing_sequences = {
        name
        for (name,) in connection.exec_driver_sql(
            "SELECT relname::text FROM pg_class"
            " WHERE relnamespace = 'public'::regnamespace AND relkind = 'S'"
        )
    }
    # The statements from here to step 5 are sent together, in this order (nothing read
    # meanwhile depends on them: the catalog's functions, sequences and columns).
    pending: list[str] = []
    for _name, signature in functions:
        pending.append(f"REVOKE ALL ON FUNCTION {signature} FROM {everyone}")

    # 2. The schema revision, for every login (ARCHITECTURE 4b).
    if connection.execute(sa.text("SELECT to_regclass('public.alembic_version')")).scalar():
        pending.append(f"GRANT SELECT ON public.{ALEMBIC_TABLE} TO {BASE_GROUP_ROLE}")

    # 3. Tables. dicel_user carries self-service; a group role gets only what it has
    #    beyond that (it inherits the rest), so the catalog reads as the table does.
    #    Only what exists is granted: an old migration runs this with today's models, and
    #    the run after the last migration (migrations/env.py) completes the picture.
    existing = _existing_columns(connection)
    expected = expected_grants()
    nothing = EffectiveGrant(frozenset(), frozenset(), frozenset(), False)
    needs_sequences: dict[str, set[str]] = {}
    for grantee in CLIENT_ROLES:
        for table in _tables().values():
            columns = existing.get(table.name)
            if columns is None:
                continue
            mine = _restrict(expected[(grantee, table.name)], columns)
            base = (
                nothing
                if grantee == BASE_GROUP_ROLE
                else _restrict(expected[(BASE_GROUP_ROLE, table.name)], columns)
            )
            pending += _grant_table(grantee, table.name, columns, mine, base)
            if mine.insert and not base.insert:
                needs_sequences.setdefault(grantee, set()).update(
                    s for s in _sequences_called(table) if s in existing_sequences
                )

    # 4. Document numbers: the inserting role draws the next number from the sequence and
    #    formats it with dicel_doc_number (both run as the inserting user).
    doc_number = [sig for name, sig in functions if name == "dicel_doc_number"]
    for grantee, sequences in sorted(needs_sequences.items()):
        for sequence in sorted(sequences):
            pending.append(f"GRANT USAGE ON SEQUENCE public.{sequence} TO {_ident(grantee)}")
        if sequences:
            for signature in doc_number:
                pending.append(f"GRANT EXECUTE ON FUNCTION {signature} TO {_ident(grantee)}")

    # 5. Functions people call, by name.
    for name, signature in functions:
        for grantee in perm.FUNCTION_EXECUTE.get(name, ()):
            pending.append(f"GRANT EXECUTE ON FUNCTION {signature} TO {_ident(grantee)}")
    _exec_all(connection, pending)

    # 6. PostgreSQL 16+: a CREATEROLE role may only hand out (and alter) roles it holds
    #    WITH ADMIN. pg_upgrade from 15 brings no such grants, so they are re-made here,
    #    every time: ADMIN only, never the rights of the group (INHERIT/SET false).
    _grant_provisioner_admin(connection)

    # 7. The database itself: CONNECT for DICEL's logins, nothing else for anyone.
    grant_database(connection)

    # 8. Each login's share of the server's connections (migration 0068).
    limit_logins(connection)

    # 9. No login keeps settings of its own past the database's (psql39 #3).
    reset_login_settings(connection)

    # 10. What row security hides is not counted by the planner (stats40): a column
    #     added to permissions.UNCOUNTED_COLUMNS since the last migration included.
    keep_no_statistics(connection)


def limit_logins(connection: Connection) -> None:
    """Give every DICEL login (a non-superuser member of a group role, named by an e-mail
    address; deactivated ones too) ``CONNECTION LIMIT`` :data:`LOGIN_CONNECTION_LIMIT`, so
    that no login keeps the others out; a login made by hand, or altered since, gets it
    back."""
    logins = connection.execute(
        sa.text(
            "SELECT DISTINCT m.rolname::text FROM pg_auth_members am"
            " JOIN pg_roles g ON g.oid = am.roleid JOIN pg_roles m ON m.oid = am.member"
            " WHERE g.rolname = ANY(:groups) AND NOT m.rolsuper AND m.rolname LIKE '%@%'"
            " AND m.rolconnlimit <> :limit ORDER BY 1"
        ),
        {
            "groups": [r for r in CLIENT_ROLES if r != BASE_GROUP_ROLE],
            "limit": LOGIN_CONNECTION_LIMIT,
        },
    ).scalars()
    for login in list(logins):
        _exec(connection, f"ALTER ROLE {_ident(login)} CONNECTION LIMIT {LOGIN_CONNECTION_LIMIT}")


#: DICEL's logins (non-superuser members of a group role, named by an e-mail address;
#: deactivated ones too) with settings of their own (``ALTER ROLE ... SET``, everywhere or
#: in this database): (login, database or None for everywhere, the settings).
LOGIN_SETTINGS = """
    SELECT m.rolname::text, d.datname::text, s.setconfig
    FROM pg_catalog.pg_db_role_setting s
    JOIN pg_catalog.pg_roles m ON m.oid = s.setrole
    LEFT JOIN pg_catalog.pg_database d ON d.oid = s.setdatabase
    WHERE (s.setdatabase = 0 OR d.datname = current_database())
      AND NOT m.rolsuper AND m.rolname LIKE '%@%'
      AND EXISTS (SELECT FROM pg_catalog.pg_auth_members am
                  JOIN pg_catalog.pg_roles g ON g.oid = am.roleid
                  WHERE am.member = m.oid AND g.rolname = ANY(:groups))
    ORDER BY 1, 2 NULLS FIRST
"""


def login_settings(connection: Connection) -> list[tuple[str, str | None, list[str]]]:
    """The DICEL logins' own settings (:data:`LOGIN_SETTINGS`), for ``health``."""
    rows = connection.execute(
        sa.text(LOGIN_SETTINGS), {"groups": [r for r in CLIENT_ROLES if r != BASE_GROUP_ROLE]}
    ).all()
    return [(login, database, list(config)) for login, database, config in rows]


def reset_login_settings(connection: Connection) -> None:
    """``ALTER ROLE <login> [IN DATABASE <this one>] RESET ALL`` for every DICEL login
    that set values of its own.

    A login may ``ALTER ROLE CURRENT_USER SET idle_in_transaction_session_timeout = 0``
    (PostgreSQL lets every role set its own defaults of the parameters it may SET, and no
    grant or event trigger stops it: ALTER ROLE is a command on a shared object) and keep
    it for all its later sessions, the desktop's too, over the database's defaults
    (:data:`DATABASE_SETTINGS`). DICEL sets no value per login, so all of them go."""
    for login, database, _config in login_settings(connection):
        where = "" if database is None else f" IN DATABASE {_ident(database)}"
        _exec(connection, f"ALTER ROLE {_ident(login)}{where} RESET ALL")


def grant_database(connection: Connection) -> None:
    """CONNECT through dicel_user; no TEMPORARY and no CREATE for PUBLIC or any client;
    the session defaults of :data:`DATABASE_SETTINGS`.

    A temporary table or function in a login's ``pg_temp`` is a place to stand in for
    the schema's objects, and no DICEL screen needs one. The database's ACL is not copied
    by ``CREATE DATABASE ... TEMPLATE`` (PostgreSQL gives the copy the default ACL, where
    PUBLIC may CONNECT and create TEMPORARY objects), nor by a restore into a database
    made beforehand: so it is made again here, on every run, not only by migration 0007.
    """
    database, may = connection.execute(
        sa.text(
            "SELECT quote_ident(d.datname), r.rolsuper OR pg_has_role(r.oid, d.datdba, 'USAGE')"
            " FROM pg_database d, pg_roles r"
            " WHERE d.datname = current_database() AND r.rolname = current_user"
        )
    ).one()
    if not may:
        # Only the database's owner (or a superuser) may change its ACL; anyone else's
        # REVOKE would only warn.
        log.warning(
            "database privileges left as they are: %s is neither a superuser nor the owner"
            " of database %s",
            connection.exec_driver_sql("SELECT current_user").scalar_one(),
            database,
        )
        return
    everyone = ", ".join(["PUBLIC", *(_ident(r) for r in CLIENT_ROLES)])
    _exec(connection, f"REVOKE ALL ON DATABASE {database} FROM {everyone}")
    _exec(connection, f"GRANT CONNECT ON DATABASE {database} TO {_ident(BASE_GROUP_ROLE)}")
    # Session defaults of every connection to this database from now on (not copied by
    # CREATE DATABASE ... TEMPLATE or a restore either, so made again here).
    for setting, value in DATABASE_SETTINGS.items():
        _exec(connection, f"ALTER DATABASE {database} SET {setting} = '{value}'")


def _grant_provisioner_admin(connection: Connection) -> None:
    version = int(connection.exec_driver_sql("SHOW server_version_num").scalar_one())
    if version < 160000 or not _role_exists(connection, PROVISIONER_ROLE):
        return
    groups = [r for r in CLIENT_ROLES if r != BASE_GROUP_ROLE]
    logins = connection.execute(
        sa.text(
            "SELECT DISTINCT m.rolname FROM pg_auth_members am"
            " JOIN pg_roles g ON g.oid = am.roleid JOIN pg_roles m ON m.oid = am.member"
            " WHERE g.rolname = ANY(:groups) AND m.rolname <> :provisioner"
        ),
        # Deactivated logins (NOLOGIN) too: reactivating one alters it.
        {"groups": groups, "provisioner": PROVISIONER_ROLE},
    ).scalars()
    _exec_all(
        connection,
        [
            f"GRANT {_ident(role)} TO {PROVISIONER_ROLE} WITH ADMIN TRUE, INHERIT FALSE, SET FALSE"
            for role in [*groups, *logins]
        ],
    )


def _existing_columns(connection: Connection) -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for table, column in connection.exec_driver_sql(
        "SELECT c.relname::text, a.attname::text FROM pg_class c"
        " JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped"
        " WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')"
    ):
        found.setdefault(table, set()).add(column)
    return {table: frozenset(columns) for table, columns in found.items()}


def _restrict(grant: EffectiveGrant, columns: frozenset[str]) -> EffectiveGrant:
    return EffectiveGrant(
        select=grant.select & columns,
        insert=grant.insert & columns,
        update=grant.update & columns,
        delete=grant.delete,
    )


def _grant_table(
    grantee: str,
    table: str,
    all_columns: frozenset[str],
    mine: EffectiveGrant,
    base: EffectiveGrant,
) -> list[str]:
    """The GRANTs that give ``grantee`` ``mine`` on ``table`` beyond ``base``."""
    target = f"public.{_ident(table)}"
    who = _ident(grantee)
    statements = []
    if mine.select == all_columns and base.select != all_columns:
        statements.append(f"GRANT SELECT ON {target} TO {who}")
    elif mine.select - base.select:
        statements.append(f"GRANT SELECT ({_cols(mine.select - base.select)}) ON {target} TO {who}")
    if mine.insert - base.insert:
        statements.append(f"GRANT INSERT ({_cols(mine.insert - base.insert)}) ON {target} TO {who}")
    if mine.update - base.update:
        statements.append(f"GRANT UPDATE ({_cols(mine.update - base.update)}) ON {target} TO {who}")
    if mine.delete and not base.delete:
        statements.append(f"GRANT DELETE ON {target} TO {who}")
    return statements


# --------------------------------------------------------------------------- read back

_EFFECTIVE = """
SELECT r.rolname::text, c.relname::text, a.attname::text,
       has_column_privilege(r.oid, c.oid, a.attnum, 'SELECT'),
       has_column_privilege(r.oid, c.oid, a.attnum, 'INSERT'),
       has_column_privilege(r.oid, c.oid, a.attnum, 'UPDATE'),
       has_table_privilege(r.oid, c.oid, 'DELETE'),
       array_remove(ARRAY[
           CASE WHEN has_table_privilege(r.oid, c.oid, 'TRUNCATE') THEN 'TRUNCATE' END,
           CASE WHEN has_table_privilege(r.oid, c.oid, 'REFERENCES') THEN 'REFERENCES' END,
           CASE WHEN has_table_privilege(r.oid, c.oid, 'TRIGGER') THEN 'TRIGGER' END
       ], NULL)
FROM pg_roles r
CROSS JOIN pg_class c
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
WHERE r.rolname = ANY (:roles)
  AND c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
  AND c.relname <> :alembic
"""


def grants_in_database(connection: Connection) -> dict[tuple[str, str], EffectiveGrant]:
    """(client role, table) -> what the role may do there, read from the catalog.

    Effective privileges: a group role's include what it inherits from ``dicel_user``.
    """
    found: dict[tuple[str, str], dict] = {}
    rows = connection.execute(
        sa.text(_EFFECTIVE), {"roles": list(CLIENT_ROLES), "alembic": ALEMBIC_TABLE}
    )
    for role, table, column, can_select, can_insert, can_update, can_delete, other in rows:
        entry = found.setdefault(
            (role, table),
            {
                "select": set(),
                "insert": set(),
                "update": set(),
                "delete": can_delete,
                "other": frozenset(other),
            },
        )
        for key, allowed in (
            ("select", can_select),
            ("insert", can_insert),
            ("update", can_update),
        ):
            if allowed:
                entry[key].add(column)
    return {
        key: EffectiveGrant(
            select=frozenset(e["select"]),
            insert=frozenset(e["insert"]),
            update=frozenset(e["update"]),
            delete=e["delete"],
            other=e["other"],
        )
        for key, e in found.items()
    }
