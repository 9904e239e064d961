"""Logging in: a person connects to the database as their own PostgreSQL role.

The password goes to libpq only, which proves it to the server with SCRAM-SHA-256 and
refuses any method that would send it readable (``require_auth``). A wrong password,
an unknown e-mail and a deactivated user all give :class:`InvalidCredentials` with the
same words, so nobody learns which e-mails have accounts; an unreachable server gives
:class:`ServerUnreachable`; a server that refuses for any other reason,
:class:`ConnectionRejected`.

The server's refusals are told apart by their SQLSTATE (db.connect_probe: psycopg does not
give the SQLSTATE of a refused connection), never by its words, which follow the server's
language. Only libpq's own client-side messages (nothing answered, TLS, a refused
authentication method), which carry no SQLSTATE, are still read as words, and so are
PgBouncer's: it refuses everything with one SQLSTATE (08P01) and its own English words,
which no setting translates.
"""

from __future__ import annotations

import logging
import platform
import uuid
import weakref
from dataclasses import dataclass, field, replace
from typing import Any

import psycopg
from psycopg.conninfo import make_conninfo
from sqlalchemy import Connection, Engine, event, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from dicel_desktop import __version__
from dicel_desktop.db import connect_probe, revisions
from dicel_desktop.db.engine import TCP_KEEPALIVE, connect_params, make_engine
from dicel_desktop.domain.errors import (
    ConnectionRejected,
    DicelError,
    InvalidCredentials,
    NotAllowed,
    SchemaMismatch,
    ServerUnreachable,
)
from dicel_desktop.domain.roles import BASE_GROUP_ROLE, LOGIN_CONNECTION_LIMIT, Role
from dicel_desktop.logs import mask_secret
from dicel_desktop.services import client_version, db_errors

_log = logging.getLogger(__name__)

__all__ = [
    "LoggedIn",
    "check_password",
    "connection_params",
    "connection_url",
    "default_application_name",
    "login",
    "use_password",
]

#: libpq 16 brought ``require_auth``; older ones cannot pin the method.
_LIBPQ_HAS_REQUIRE_AUTH = psycopg.pq.version() >= 160000
#: PostgreSQL cuts application_name at NAMEDATALEN - 1 bytes.
_MAX_APPLICATION_NAME = 63


@dataclass(frozen=True)
class LoggedIn:
    """A person logged in: who they are, and the engine that connects as them.

    The engine holds the password (to open more connections) and connects as this
    person only; :meth:`close` when they log out.
    """

    engine: Engine = field(repr=False)
    user_id: uuid.UUID
    email: str
    first_name: str
    last_name: str
    role: Role
    schema_revision: str
    #: How new work reaches the window: the profile's ``live_updates`` (auto, listen,
    #: poll; services.work_listener).
    live_updates: str = "auto"
    #: The database was migrated by a newer DICEL: this client reads only
    #: (services.client_version).
    read_only: bool = False
    #: The site expects a newer client (a client_version.ClientUpdate), or None.
    update: Any = None
    #: Where the installer is (the database's setting, else the site profile's), or None.
    installer: str | None = None
    #: What the person calls the server they logged in to: the connection profile's name
    #: ("Head office"), or "Demo company"; empty when no profile was used (a script).
    place: str = ""

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    def close(self) -> None:
        self.engine.dispose()


def default_application_name() -> str:
    """``DICEL Desktop/0.1.0 (Windows)``: what pg_stat_activity and the audit log show."""
    name = f"DICEL Desktop/{__version__} ({platform.system() or 'unknown'})"
    # application_name must be printable ASCII; anything else the server turns into '?'.
    name = "".join(c if " " <= c <= "~" else "?" for c in name)
    return name[:_MAX_APPLICATION_NAME]


def login(
    host: str,
    port: int,
    dbname: str,
    email: str,
    password: str,
    *,
    sslmode: str | None = None,
    sslrootcert: str | None = None,
    application_name: str | None = None,
    connect_timeout: int = 5,
    live_updates: str = "auto",
    installer: str | None = None,
) -> LoggedIn:
    """Log ``email`` in to the database and stamp ``users.last_login``.

    ``installer``: where the site profile says the installer is (the database's setting
    comes first), for the notice of a client older than the site expects.

    Raises InvalidCredentials, ServerUnreachable, ConnectionRejected, SchemaMismatch
    (``schema_too_old`` / ``client_too_old``) or NotAllowed (``not_a_dicel_user``: a
    database account that is not a DICEL user, such as the superuser).
    """
    role_name = (email or "").strip().lower()
    mask_secret(password)  # a refused login's details go to the log, never the password
    where = f"{host}:{port}/{dbname}"
    try:
        logged_in = _login(
            host, port, dbname, role_name, password, sslmode=sslmode, sslrootcert=sslrootcert,
            application_name=application_name, connect_timeout=connect_timeout,
            live_updates=live_updates, installer=installer,
        )  # fmt: skip
    except DicelError as exc:
        _log.info("Login of %s to %s refused (%s): %s", role_name, where, exc.code, exc.message)
        raise
    _log.info("%s logged in to %s as %s", role_name, where, logged_in.role.value)
    return logged_in


def _login(
    host: str,
    port: int,
    dbname: str,
    role_name: str,
    password: str,
    *,
    sslmode: str | None,
    sslrootcert: str | None,
    application_name: str | None,
    connect_timeout: int,
    live_updates: str,
    installer: str | None,
) -> LoggedIn:
    if not role_name or not password or "\x00" in password:
        # Nothing to try: the same answer as a wrong password, without a round trip.
        raise InvalidCredentials()
    query: dict[str, str] = {
        "application_name": application_name or default_application_name(),
        "connect_timeout": str(int(connect_timeout)),
    }
    if _LIBPQ_HAS_REQUIRE_AUTH:
        # Never answer a server that asks for the password in clear or as MD5: a wrong
        # or hostile server would learn it.
        query["require_auth"] = "scram-sha-256"
    if sslmode:
        query["sslmode"] = sslmode
    if sslrootcert:
        query["sslrootcert"] = sslrootcert
    # The first attempt is made by the probe, which learns the SQLSTATE of a refusal; the
    # engine then connects for real (one more connection per login, never a second
    # failed attempt in the server's log).
    probed = connect_probe.probe(
        make_conninfo(
            host=host,
            port=int(port),
            dbname=dbname,
            user=role_name,
            password=password,
            **query,
            **TCP_KEEPALIVE,
        ),
        timeout=float(connect_timeout),
    )
    if probed is not None and not probed.ok:
        raise _refusal(probed, role_name, host=host, port=port, dbname=dbname)
    url = URL.create(
        "postgresql",
        username=role_name,
        password=password,
        host=host,
        port=int(port),
        database=dbname,
        query=query,
    )
    # No pre-ping: it would add a round trip to every task of the window's DB worker (each
    # task checks a connection out). A connection the server dropped fails its one task,
    # SQLAlchemy then empties the pool, and the next try (the grid's Reload, the status
    # bar's 30-second ping) reconnects.
    engine = make_engine(url.render_as_string(hide_password=False), pool_pre_ping=False)
    try:
        logged_in = _start_session(
            engine, role_name, host=host, port=port, dbname=dbname, installer=installer
        )
        # Also sets the process's flag back after a read-only login to another database.
        client_version.make_read_only(engine, logged_in.read_only, logged_in.installer)
        return replace(logged_in, live_updates=live_updates)
    except BaseException:
        engine.dispose()
        raise


def _start_session(
    engine: Engine, role_name: str, *, host: str, port: int, dbname: str, installer: str | None
) -> LoggedIn:
    try:
        connection = engine.connect()
    except DBAPIError as exc:
        raise _connect_error(exc, host=host, port=port, dbname=dbname) from exc
    with connection:
        # A database account outside dicel_user sees none of the schema (no USAGE):
        # say so, rather than call the database empty.
        is_member = connection.execute(
            text("SELECT pg_has_role(session_user, :group, 'USAGE')"),
            {"group": BASE_GROUP_ROLE},
        ).scalar_one()
        if not is_member:
            raise NotAllowed("not_a_dicel_user", email=role_name)
        try:
            read_only = _check_schema(connection)
            update, installer = client_version.read_expectation(connection, __version__, installer)
            row = connection.execute(
                text(
                    "SELECT id, email, first_name, last_name, role FROM public.dicel_record_login()"
                )
            ).one_or_none()
        except DBAPIError as exc:
            # A database account outside dicel_user may read neither the schema
            # revision nor call dicel_record_login.
            if getattr(exc.orig, "sqlstate", None) == "42501":
                raise NotAllowed("not_a_dicel_user", email=role_name) from exc
            raise
        if row is None:
            # No active users row: a deactivated user whose login was left enabled by
            # hand gets the same answer as a wrong password; the superuser is told.
            is_superuser = connection.execute(
                text("SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = session_user")
            ).scalar_one()
            connection.rollback()
            if is_superuser:
                raise NotAllowed("not_a_dicel_user", email=role_name)
            raise InvalidCredentials()
        connection.commit()
    user_id, email, first_name, last_name, role = row
    return LoggedIn(
        engine=engine,
        user_id=user_id,
        email=email,
        first_name=first_name,
        last_name=last_name,
        role=Role(role),
        schema_revision=revisions.head_revision(),
        read_only=read_only,
        update=update,
        installer=installer,
    )


def check_password(engine: Engine, password: str) -> None:
    """Prove ``password`` is that of the engine's user, by logging in with it once more.

    The server is the only judge of a password (DICEL never keeps one to compare with).
    Raises InvalidCredentials when it is wrong, ServerUnreachable or ConnectionRejected
    when the server could not say.
    """
    url = engine.url
    mask_secret(password)
    if not password or "\x00" in password:
        raise InvalidCredentials()
    params = {key: value for key, value in url.query.items() if isinstance(value, str)}
    host, port, dbname = url.host or "", url.port or 5432, url.database or ""
    conninfo = make_conninfo(
        host=host, port=port, dbname=dbname, user=url.username, password=password,
        **{**params, **TCP_KEEPALIVE},
    )  # fmt: skip
    probed = connect_probe.probe(conninfo, timeout=5.0)
    if probed is not None:
        if not probed.ok:
            raise _refusal(probed, url.username or "", host=host, port=port, dbname=dbname)
        return
    # No probe on this machine (libpq not found): a plain attempt, read by libpq's words.
    try:
        psycopg.connect(conninfo, connect_timeout=5).close()
    except psycopg.Error as exc:
        raise _client_side_error(str(exc), True, host=host, port=port) from exc


def use_password(engine: Engine, password: str) -> None:
    """Open the engine's next connections with ``password`` (after changing one's own).

    Connections already open stay as they are: a changed password ends no session.
    """
    # The engine's URL is fixed when it is made; "do_connect" is SQLAlchemy's hook for
    # credentials that change (it runs before each new connection).
    previous = _password_hooks.pop(engine, None)
    if previous is not None:
        event.remove(engine, "do_connect", previous)

    def _with_new_password(_dialect, _record, _cargs, cparams) -> None:
        cparams["password"] = password

    event.listen(engine, "do_connect", _with_new_password)
    _password_hooks[engine] = _with_new_password
    _passwords[engine] = password


def connection_params(engine: Engine) -> dict[str, Any]:
    """The keywords ``psycopg.connect`` gets for a new connection of ``engine``, password
    included (the one ``use_password`` gave last): exactly what the engine sends
    (db.engine.connect_params)."""
    url = engine.url
    password = _passwords.get(engine)
    if password is not None:
        url = url.set(password=password)
    return connect_params(engine, url)


def connection_url(engine: Engine) -> str:
    """The URL a new connection of ``engine`` would use, password included (the one
    ``use_password`` gave last): for a process of the same person (services.export_process).
    """
    url = engine.url
    password = _passwords.get(engine)
    if password is not None:
        url = url.set(password=password)
    return url.render_as_string(hide_password=False)


#: The do_connect hook use_password put on an engine, to replace on the next change.
_password_hooks: weakref.WeakKeyDictionary[Engine, Any] = weakref.WeakKeyDictionary()
#: The password use_password gave each engine.
_passwords: weakref.WeakKeyDictionary[Engine, str] = weakref.WeakKeyDictionary()


def _check_schema(connection: Connection) -> bool:
    """Refuse to work on a schema older than this client (ARCHITECTURE 4b); True when
    the schema is newer: the client may read, never write (services.client_version)."""
    database = revisions.current_revision(connection)
    client = revisions.head_revision()
    if database == client:
        return False
    if database is None or database in revisions.known_revisions():
        raise SchemaMismatch(
            "schema_too_old", database_revision=database or "empty", client_revision=client
        )
    # A revision this client has never heard of comes from a newer DICEL: what it knows
    # of the tables may be out of date, so it changes none of them.
    _log.warning(
        "The database is at revision %s, newer than this client's %s: read-only",
        database,
        client,
    )
    return True


# --------------------------------------------------------------------------- errors

#: libpq's words for "nobody answered" (they come from the client side, in English).
_UNREACHABLE = (
    "connection refused",
    "could not connect",
    "timeout expired",
    "timed out",
    "could not translate host name",
    "failed to resolve host",
    "name or service not known",
    "no route to host",
    "network is unreachable",
    "server closed the connection unexpectedly",
    "connection reset",
    "is the server running",
)
#: PgBouncer's words for a wrong password, and for an e-mail its ``auth_query`` finds no
#: login of: the list the window's connection watch reads too (db_errors).
_POOLER_BAD_CREDENTIALS = db_errors.POOLER_LOGIN_REFUSED_WORDS
#: The server's words for a refused login (English server messages): only where the
#: SQLSTATE could not be had (connect_probe found no libpq it can trust).
_BAD_CREDENTIALS = db_errors.LOGIN_REFUSED_WORDS + _POOLER_BAD_CREDENTIALS
#: PgBouncer's refusals (SQLSTATE 08P01) while the server behind it does not answer: it
#: tried and failed to log in there, and refuses for ``server_login_retry`` seconds
#: (src/objects.c; 1.24 on adds "cached error: <why>"); or the login waited too long.
_POOLER_SERVER_DOWN = (
    "server login has been failing",
    "client_login_timeout",
    "query_wait_timeout",
    "server shutting down",
    "connect failed",
)
#: PgBouncer's refusals for too many clients (max_client_conn, max_*_client_connections).
_POOLER_BUSY = ("no more connections allowed", "client connections exceeded")
#: The server's 42501 "permission denied for database", which PgBouncer before 1.20
#: passes on with its own 08P01: a login without CONNECT (the server's words: English
#: servers only, the others fall to "refused").
_POOLER_NO_CONNECT = ("permission denied for database",)


def _refusal(
    probed: connect_probe.ProbeResult, role_name: str, *, host: str, port: int, dbname: str
) -> DicelError:
    """A refused connection, by the SQLSTATE the server sent."""
    match probed.sqlstate:
        case "28P01":
            return InvalidCredentials()
        case "28000" if probed.used_password:
            # After the password: the login may not log in (a deactivated user whose
            # role was left by hand): the same answer as a wrong password.
            return InvalidCredentials()
        case "28000":
            return ConnectionRejected("host_not_allowed", host=host)  # pg_hba.conf
        case "3D000":
            return ConnectionRejected("database_missing", host=host, dbname=dbname)
        case "53300" if role_name and role_name in (probed.server_message or ""):
            # Of the refusals with this SQLSTATE only the login's own limit names the
            # login, in whatever language the server speaks: "too many connections for
            # role "…"" (migration 0068).
            return NotAllowed("login_connection_limit", limit=LOGIN_CONNECTION_LIMIT)
        case "53300":
            return ConnectionRejected("server_busy", host=host)
        case "57P03":
            return ConnectionRejected("server_starting", host=host)
        case "42501":
            # No CONNECT on the database, after a correct password.
            return NotAllowed("not_a_dicel_user", email=role_name)
        case "08P01":
            refusal = _pooler_refusal(
                probed.server_message or "", role_name, host=host, port=port, dbname=dbname
            )
            if isinstance(refusal, ServerUnreachable) and probed.used_password:
                # PgBouncer took the password (its auth_query ran on the server, which
                # is up), then the server refused this login and PgBouncer holds its
                # next tries for server_login_retry: this login refused, in the words
                # a wrong password gets, lest the right one be told apart.
                return InvalidCredentials()
            if refusal is not None:
                return refusal
        case None if probed.timed_out and probed.used_password:
            # The password was taken, then nothing more in time: PgBouncer holding a
            # login the server refused (an expired one, one without CONNECT) for
            # server_login_retry. A server that is down never takes the password
            # (auth_query needs it), so this is the login, not the network; the answer a
            # wrong password gets, so that the right one is not told apart.
            return InvalidCredentials()
        case None if probed.timed_out:
            # Nobody said anything in time: a server that does not answer, or PgBouncer
            # waiting for one before it could check the password.
            return ServerUnreachable(host=host, port=port)
        case None:
            return _client_side_error(probed.message, probed.used_password, host=host, port=port)
    return ConnectionRejected(host=host, detail=probed.server_message or probed.sqlstate)


def _pooler_refusal(
    message: str, role_name: str, *, host: str, port: int, dbname: str
) -> DicelError | None:
    """PgBouncer's refusal (08P01) by its words, as the server's SQLSTATE would say it;
    None for words it has for nothing a person can act on (IT is told them)."""
    lowered = message.lower()
    if lowered.startswith("no such database"):
        return ConnectionRejected("database_missing", host=host, dbname=dbname)  # its list
    if "cached error:" in lowered:
        # 1.24 on: why the last server login failed, which decides.
        lowered = lowered.split("cached error:", 1)[1]
    if any(words in lowered for words in _BAD_CREDENTIALS):
        # Through the pooler as directly: one answer, whichever e-mail exists.
        return InvalidCredentials()
    if any(words in lowered for words in _POOLER_NO_CONNECT):
        return NotAllowed("not_a_dicel_user", email=role_name)
    if any(words in lowered for words in _POOLER_SERVER_DOWN + _UNREACHABLE):
        return ServerUnreachable(host=host, port=port)
    if any(words in lowered for words in _POOLER_BUSY):
        return ConnectionRejected("server_busy", host=host)
    return None


def _client_side_error(message: str, used_password: bool, *, host: str, port: int) -> DicelError:
    """libpq's own refusal (no SQLSTATE): nothing answered, TLS, an unsafe method."""
    lowered = message.lower()
    if "authentication method requirement" in lowered:
        return ConnectionRejected("insecure_authentication", host=host)
    if used_password:
        # The server asked for the password, then the connection ended without a
        # SQLSTATE: most likely the credentials; anything more precise could tell an
        # e-mail's existence.
        return InvalidCredentials()
    if any(words in lowered for words in _UNREACHABLE) or not message.strip():
        return ServerUnreachable(host=host, port=port)
    detail = message.strip().splitlines()[-1]
    if "failed:" in detail:
        detail = detail.split("failed:", 1)[1].strip()
    if not detail:
        # libpq's heading alone ("connection to server at …, port … failed:"): the
        # attempt ended without a word from anyone.
        return ServerUnreachable(host=host, port=port)
    return ConnectionRejected(host=host, detail=detail)


def _connect_error(exc: DBAPIError, *, host: str, port: int, dbname: str) -> DicelError:
    """The engine's connection failed (the probe could not run, or it passed and the
    engine's own attempt did not): no SQLSTATE here, so the words of an English server."""
    original = exc.orig
    message = str(original).strip()
    lowered = message.lower()
    pgconn = getattr(original, "pgconn", None)
    used_password = bool(getattr(pgconn, "used_password", False))
    if any(words in lowered for words in _BAD_CREDENTIALS):
        return InvalidCredentials()
    if "database" in lowered and "does not exist" in lowered:
        return ConnectionRejected("database_missing", host=host, dbname=dbname)
    return _client_side_error(message, used_password, host=host, port=port)
