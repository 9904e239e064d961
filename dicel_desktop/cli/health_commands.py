"""``health``: what IT looks at when writes start failing for everyone (read-only).

PostgreSQL's NOTIFY queue (8 GB) is kept until the slowest listening session has read it:
a session that LISTENs and never reads (psql, a stuck tool) while others notify fills it,
and then every write whose triggers notify fails with SQLSTATE 54000 ("too many
notifications in the NOTIFY queue"; the desktop says "its notification queue is full").
LISTEN and NOTIFY cannot be revoked, so IT finds that session and ends it (README,
"Security"). This prints the queue's usage, the sessions idle inside a transaction, and
the sessions whose transaction has been open longest (the one holding the queue is among
them: the server's log names its PID once the queue is half full), and the logins
of this database with the most connections (all of theirs, to any database of the
server, and which databases: their limit is the server's), and the logins that set
settings of their own (``ALTER ROLE CURRENT_USER SET lock_timeout = 0`` lifts the
database's timeouts for all of that login's sessions; ``sync-grants`` clears them: psql
review 39), and the columns of ``permissions.UNCOUNTED_COLUMNS`` the planner counts again
(a target set back, or statistics left: with psql a login estimates hidden rows from
them; stats40; exit 1). It changes nothing. Run with a superuser's DSN to see every session's
details (anyone else sees their own).
"""

from __future__ import annotations

import argparse
import datetime as dt

import sqlalchemy as sa

from dicel_desktop.cli.admin import require_dsn
from dicel_desktop.cli.errors import ADMINISTRATOR
from dicel_desktop.db.engine import make_engine
from dicel_desktop.db.grants import login_settings
from dicel_desktop.db.uncounted import statistics_drift

#: Queue usage from which ``health`` warns (and exits 1): the server's log warns at half.
QUEUE_WARNING = 0.5
#: Sessions listed under "oldest transactions".
OLDEST = 5

_IDLE_IN_TRANSACTION = sa.text(
    "SELECT pid, usename::text, application_name, client_addr::text,"
    " now() - state_change AS idle_for"
    " FROM pg_stat_activity"
    " WHERE datname = current_database() AND state LIKE 'idle in transaction%'"
    " AND pid <> pg_backend_pid() ORDER BY state_change"
)
_OLDEST = sa.text(
    "SELECT pid, usename::text, application_name, client_addr::text, state,"
    " now() - xact_start AS open_for"
    " FROM pg_stat_activity"
    " WHERE datname = current_database() AND xact_start IS NOT NULL"
    " AND pid <> pg_backend_pid() ORDER BY xact_start LIMIT :n"
)
#: This database's logins with the most connections, each with all of its connections and
#: the databases they are on: a login's limit is the server's, so its slots may all be
#: held elsewhere (``postgres`` admits any login, a copy, another application's database),
#: and that login is the one locked out of DICEL (a psql review, stop 30). A DICEL login
#: (a member of ``dicel_user``, cluster-wide) is this database's when it is one of its
#: users (the login's name is the e-mail, lower-cased); any other login counts when it is
#: connected here. Other databases' logins (a suite's earlier tests, another DICEL
#: database on the server) do not crowd this one's out of the list.
_CONNECTIONS = sa.text(
    "SELECT r.rolname::text, count(*), r.rolconnlimit,"
    " string_agg(DISTINCT a.datname::text, ', ' ORDER BY a.datname::text)"
    " FROM pg_stat_activity a JOIN pg_roles r ON r.oid = a.usesysid"
    " WHERE a.backend_type = 'client backend' AND a.pid <> pg_backend_pid()"
    " AND (a.usesysid IN (SELECT o.usesysid FROM pg_stat_activity o"
    " WHERE o.datname = current_database() AND o.pid <> pg_backend_pid())"
    " OR (pg_has_role(r.oid, 'dicel_user', 'member')"
    " AND EXISTS (SELECT FROM public.users u WHERE lower(u.email) = r.rolname)))"
    " GROUP BY 1, 3 ORDER BY count(*) DESC, 1 LIMIT :n"
)


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "health",
        help="show the NOTIFY queue's usage and the sessions that may hold it (read-only)",
        description="Print the usage of PostgreSQL's notification queue, the sessions idle "
        "in a transaction, those with the oldest open transactions, the logins with the "
        "most connections, those with settings of their own and the columns that should keep "
        "no statistics but do. Changes nothing; exits 1 when the queue is at least half full "
        "or such a column is found. "
        "End a session with SELECT pg_terminate_backend(<pid>) as a superuser.",
    )
    p.set_defaults(func=_health, needs=ADMINISTRATOR, schema="read")


def _age(value: dt.timedelta | None) -> str:
    if value is None:
        return "-"
    seconds = int(value.total_seconds())
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"


def _session(pid, user, application, address) -> str:
    return f"pid {pid}  {user or '?'}  {application or '-'}  {address or 'local'}"


def _health(args: argparse.Namespace) -> int:
    engine = make_engine(require_dsn(args), pool_pre_ping=False)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SET TRANSACTION READ ONLY")
            usage = float(conn.exec_driver_sql("SELECT pg_notification_queue_usage()").scalar())
            idle = conn.execute(_IDLE_IN_TRANSACTION).all()
            oldest = conn.execute(_OLDEST, {"n": OLDEST}).all()
            logins = conn.execute(_CONNECTIONS, {"n": OLDEST}).all()
            own_settings = login_settings(conn)
            drift = statistics_drift(conn)
            conn.rollback()
    finally:
        engine.dispose()
    print(f"NOTIFY queue: {usage:.1%} used")
    if usage >= QUEUE_WARNING:
        print(
            "  Half full or more: a session listens and does not read. It is among the "
            "oldest transactions below (the server log names its PID); end it with "
            "SELECT pg_terminate_backend(<pid>)."
        )
    print(f"Sessions idle in a transaction: {len(idle)}")
    for pid, user, application, address, idle_for in idle:
        print(f"  {_session(pid, user, application, address)}  idle {_age(idle_for)}")
    # The NOTIFY queue is per database: this one's sessions hold it.
    print(f"Oldest open transactions on this database (at most {OLDEST}):")
    for pid, user, application, address, state, open_for in oldest:
        print(
            f"  {_session(pid, user, application, address)}  {state or '?'}  open {_age(open_for)}"
        )
    print(
        "Logins of this database with the most connections, on any database of the server"
        " (limit -1: none):"
    )
    for user, count, limit, databases in logins:
        print(f"  {user or '?'}  {count} of {limit}  on {databases}")
    print(
        f"Logins with settings of their own: {len(own_settings)}"
        + (" (dicel-admin sync-grants clears them)" if own_settings else "")
    )
    for user, database, config in own_settings:
        where = f"in {database}" if database else "everywhere"
        print(f"  {user}  {where}: {', '.join(config)}")
    print(
        f"Columns counted again that should keep no statistics: {len(drift)}"
        + (" (dicel-admin sync-grants, as a superuser, sets them back)" if drift else "")
    )
    for table, column, what in drift:
        print(f"  {table}.{column}: {what}")
    return 1 if usage >= QUEUE_WARNING or drift else 0
