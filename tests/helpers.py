"""Helpers the tests import (``from helpers import ...``; pytest puts tests/ on sys.path).

Fixtures live in conftest.py; plain functions live here.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote, urlencode, urlsplit, urlunsplit

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict

#: A WHERE clause's end leaving out migration 0143's second form of a step, the one taking
#: the version the person was shown (its last argument ``shown``) beside the form without
#: it: a test of an earlier revision's functions, found by name, compares that revision's
#: forms (``pg_proc`` aliased ``p``). A four-eyes step that always took ``shown``
#: (migration 0078) has no form without it and stays; a decision that had both forms
#: before 0143 (``dicel_decide_expense``) would be left out too: not for those.
NOT_A_SHOWN_FORM = (
    " AND NOT (coalesce(p.proargnames[p.pronargs], '') = 'shown' AND EXISTS ("
    "SELECT FROM pg_catalog.pg_proc q WHERE q.pronamespace = p.pronamespace"
    " AND q.proname = p.proname AND q.pronargs = p.pronargs - 1))"
)

#: How long a test waits for what must happen (a list loaded, a dialog answered): a deadline
#: for a failing test on a busy machine, not a measurement (no test asserts a duration).
WAIT_MS = 30_000

#: Database the migrations run into once per session; each test's database is cloned from it.
TEMPLATE_DB = "dicel_test_template"

#: How CREATE DATABASE copies the template. Measured on PG15 with the 46-table schema
#: (fsync off): FILE_COPY (two checkpoints plus a file copy) ~21 ms per clone on tmpfs
#: against ~33 ms for the default WAL_LOG (every page of the template, catalogs included,
#: goes through the WAL); on this VM's ext4 both took ~450 ms.
CLONE_STRATEGY = "FILE_COPY"

#: RAM-backed folders tried for test clusters before the usual temp folder: on ext4 a
#: clone took ~20x longer and initdb ~2.5x.
_RAM_FOLDERS = ("/dev/shm",)


def to_url(conninfo: str) -> str:
    """A libpq URL (postgresql://...) for a libpq URL or a key=value connection string."""
    if conninfo.startswith(("postgresql://", "postgres://")):
        return conninfo
    params = {k: str(v) for k, v in conninfo_to_dict(conninfo).items() if v is not None}
    user = quote(params.pop("user", ""), safe="")
    password = params.pop("password", None)
    host = params.pop("host", "")
    port = params.pop("port", "")
    dbname = params.pop("dbname", "")
    auth = f"{user}:{quote(password, safe='')}@" if password is not None else f"{user}@"
    if host.startswith("/"):  # a socket folder cannot go into the netloc
        params["host"] = host
        host = ""
    netloc = (auth if user or password is not None else "") + host + (f":{port}" if port else "")
    return urlunsplit(("postgresql", netloc, "/" + quote(dbname, safe=""), urlencode(params), ""))


def dsn_for(superuser_dsn: str, dbname: str) -> str:
    """The same libpq URL with another database name (user, password, host, options kept)."""
    parts = urlsplit(to_url(superuser_dsn))
    return urlunsplit(parts._replace(path="/" + quote(dbname, safe="")))


def admin_connect(dsn: str) -> psycopg.Connection:
    """An autocommit connection for CREATE/DROP DATABASE and the like."""
    return psycopg.connect(dsn, autocommit=True)


#: SCRAM iterations of the test cluster's superuser password. Every connection proves it
#: (the client and the server each run PBKDF2 that many times): at PostgreSQL's 4096 a
#: connection took ~10 ms, at 16 ~5.6 (measured under load); the suite opens tens of
#: thousands, half of them as the superuser. The program's own logins keep 4096.
QUICK_SCRAM_ITERATIONS = 16


def scram_verifier(password: str, iterations: int = QUICK_SCRAM_ITERATIONS) -> str:
    """A SCRAM-SHA-256 verifier of ``password`` (RFC 7677, as PostgreSQL stores one)."""
    salt = os.urandom(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", "sha256").digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", "sha256").digest()

    def b64(data: bytes) -> str:
        return base64.b64encode(data).decode("ascii")

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def quicken_superuser(superuser_dsn: str) -> None:
    """Give the test cluster's superuser its own password again as a verifier of
    :data:`QUICK_SCRAM_ITERATIONS` (a server the suite started: never ``DICEL_TEST_DSN``'s)."""
    password = conninfo_to_dict(superuser_dsn)["password"]
    with psycopg.connect(superuser_dsn, autocommit=True) as conn:
        conn.execute(
            sql.SQL("ALTER ROLE CURRENT_USER PASSWORD {}").format(
                sql.Literal(scram_verifier(password))
            )
        )


def create_database(admin: psycopg.Connection, name: str, *, template: str | None = None) -> None:
    """CREATE DATABASE name [TEMPLATE template]; ``admin`` must be in autocommit mode."""
    query = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
    if template is not None:
        query = sql.SQL("{} TEMPLATE {} STRATEGY = {}").format(
            query, sql.Identifier(template), sql.SQL(CLONE_STRATEGY)
        )
    admin.execute(query)


def drop_database(admin: psycopg.Connection, name: str) -> None:
    """Drop a database if it exists, template or not, disconnecting whoever is on it."""
    row = admin.execute("SELECT datistemplate FROM pg_database WHERE datname = %s", (name,))
    is_template = row.fetchone()
    if is_template and is_template[0]:
        admin.execute(
            sql.SQL("ALTER DATABASE {} WITH IS_TEMPLATE false").format(sql.Identifier(name))
        )
    admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def _ram_folder() -> str | None:
    for candidate in _RAM_FOLDERS:
        try:
            st = os.statvfs(candidate)
        except (OSError, AttributeError):  # missing, or Windows
            continue
        if os.access(candidate, os.W_OK | os.X_OK) and st.f_bavail * st.f_frsize > 2**30:
            return candidate
    return None


def run_demo(demo_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The program itself, ``dicel-desktop --demo ARGS``, in its own process on the demo
    database kept in ``demo_dir`` (offscreen); what it printed and its exit status."""
    env = {**os.environ, "DICEL_DEMO_DIR": str(demo_dir), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "dicel_desktop", "--demo", *args],
        capture_output=True, text=True, env=env, timeout=240,
    )  # fmt: skip


def statistics_kept(conn, table: str, column: str) -> int:
    """How many rows of ``pg_statistic`` the planner keeps for ``table.column``, read on
    ``conn`` (a superuser's SQLAlchemy connection): 0 for a column kept from estimates."""
    from sqlalchemy import text

    return conn.scalar(
        text(
            "SELECT count(*) FROM pg_statistic s JOIN pg_attribute a"
            " ON a.attrelid = s.starelid AND a.attnum = s.staattnum"
            " WHERE a.attrelid = CAST(:t AS regclass) AND a.attname = :c"
        ),
        {"t": table, "c": column},
    )


def run_admin(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """``dicel-admin ARGS``, the real program in its own process (a traceback would show on
    its stderr): what it printed and its exit status."""
    return subprocess.run(
        [sys.executable, "-m", "dicel_desktop.cli.admin", *args],
        input=stdin, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def admin_here(capsys, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """``dicel-admin ARGS`` run in this process (its ``main``, ``stdin`` its standard
    input), with its exit status and what it printed as :func:`run_admin` gives them
    (``capsys``: the test's). For a refusal where another process adds nothing the test
    is about: the command runs in a process of its own in another test. A traceback here
    is an exception the test fails on."""
    import io

    from dicel_desktop.cli.admin import main
    from dicel_desktop.logs import close_log

    capsys.readouterr()
    given, sys.stdin = sys.stdin, io.StringIO(stdin)
    try:
        status = main(list(args))
    finally:
        sys.stdin = given
        close_log()
    printed = capsys.readouterr()
    return subprocess.CompletedProcess(list(args), status, printed.out, printed.err)


def one_clear_line(result: subprocess.CompletedProcess[str], words: str) -> None:
    """``result`` (of run_admin) refused with status 2 and one line saying ``words``."""
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert words in lines[0]


def new_cluster_folder(prefix: str = "dicel-pg-") -> Path:
    """A fresh folder for a LocalCluster, reachable by the server's OS account.

    pytest's tmp_path is mode 0700 under root's /tmp/pytest-of-root, which the ``postgres``
    OS user (who runs the server when the tests run as root) cannot pass through, so
    clusters go into a mkdtemp folder of their own: in /dev/shm when it has room (much
    faster), else directly under the temp folder.
    """
    folder = Path(tempfile.mkdtemp(prefix=prefix, dir=_ram_folder()))
    folder.chmod(0o755)  # LocalCluster gives it to the server's OS account
    return folder


def scalar(engine, sql: str, **params):
    """The one value ``sql`` selects, on a connection of ``engine`` of its own."""
    from sqlalchemy import text

    with engine.connect() as conn:
        return conn.execute(text(sql), params).scalar_one()


def demo_email(dsn: str, role: str) -> str:
    """The e-mail of a demo person with ``role`` in the demo company at ``dsn`` (a
    superuser's connection string)."""
    from dicel_desktop.db.engine import make_engine
    from dicel_desktop.demo import demo_users

    engine = make_engine(dsn)
    try:
        with engine.connect() as conn:
            return next(u.email for u in demo_users(conn) if u.role == role)
    finally:
        engine.dispose()


def demo_logins(conn: psycopg.Connection) -> set[str]:
    """The login roles of demo people (firstname.lastname@dicel.rw) in the cluster."""
    rows = conn.execute(
        "SELECT rolname FROM pg_roles WHERE rolname LIKE %s", ("%@dicel.rw",)
    ).fetchall()
    return {name for (name,) in rows}


def wait_for(condition: Callable[[], object], what: str, timeout_s: float = 60.0) -> None:
    """Polls ``condition`` until it holds; fails naming ``what`` after ``timeout_s`` (a
    deadline for a failing test, not a measurement: tests outside Qt's event loop, where
    qtbot.waitUntil has nothing to turn)."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"never: {what}")
        time.sleep(0.02)


def one_row(engine, statement: str, **params):
    """The one row ``statement`` (SQLAlchemy text, ``:name`` params) reads on ``engine``."""
    from sqlalchemy import text

    with engine.connect() as conn:
        return conn.execute(text(statement), params).one()


def refused_here(conn: psycopg.Connection, statement: str, params=()) -> psycopg.Error:
    """``statement`` as psql would send it, refused; the connection back to before it (a
    savepoint), its transaction still open. Fails the test when it passes."""
    import pytest

    conn.execute("SAVEPOINT attempt")
    with pytest.raises(psycopg.Error) as refused:
        conn.execute(statement, params)
    conn.execute("ROLLBACK TO SAVEPOINT attempt")
    return refused.value


def annual_allowance(conn: psycopg.Connection, email: str) -> object:
    """The annual leave a year the person ``email`` is allowed, as the database reads it
    for 2027 (``dicel_leave_balance``): None when no setting limits it."""
    employee = conn.execute(
        "SELECT e.id FROM employees e JOIN users u ON u.id = e.user_id WHERE u.email = %s",
        (email,),
    ).fetchone()[0]
    return conn.execute(
        "SELECT allowance FROM dicel_leave_balance(%s, 'annual', 2027)", (employee,)
    ).fetchone()[0]


def listed_rows(dsn: str, listing, count: int = 200) -> list:
    """The first ``count`` rows of ``listing`` (a ``services.listing.Listing``) on the
    database at ``dsn``, as the list's first page reads them."""
    from dicel_desktop.db.engine import make_engine

    engine = make_engine(dsn)
    try:
        with engine.connect() as conn:
            return listing.first(conn, count)
    finally:
        engine.dispose()


def first_page_plan(listing, conn) -> str:
    """EXPLAIN of ``listing``'s first page (its IN lists expanded, as it is run) with
    sequential scans and a plain index walk (the walk in the list's order) priced out:
    what is left shows which indexes its arms can use."""
    listing.resolve(conn)
    stmt = listing._page_statement(("all", False, listing.descending, False))
    compiled = stmt.compile(dialect=conn.dialect)
    state = compiled.construct_expanded_state({**compiled.params, "lim": 50})
    conn.exec_driver_sql("SET enable_seqscan = off")
    conn.exec_driver_sql("SET enable_indexscan = off")
    rows = conn.exec_driver_sql("EXPLAIN " + state.statement, state.parameters).fetchall()
    return "\n".join(r[0] for r in rows)


def company_a_day_off(logins) -> dt.date:
    """Put the company in a time zone whose day is not this desktop's (one always is:
    the zones span 26 hours) and pin the functions to it, as a sync does; its day."""
    day = company_day_where(logins, lambda day: day != dt.date.today())
    assert day != dt.date.today()
    return day


def company_day_where(logins, wanted) -> dt.date:
    """Put the company in the first of Etc/GMT-14 and Etc/GMT+12 whose day now is
    ``wanted`` (a test of the day) and pin the functions to it, as a sync does; its day.
    Their days are one or two apart: a test that needs a day not the last of its month
    finds one whatever today is."""
    from zoneinfo import ZoneInfo

    from sqlalchemy import text

    from dicel_desktop.db.company_time import pin_company_time_zone

    now = dt.datetime.now(dt.UTC)
    zone = next(
        z for z in ("Etc/GMT-14", "Etc/GMT+12") if wanted(now.astimezone(ZoneInfo(z)).date())
    )
    with logins.superuser().begin() as conn:
        name = conn.scalar(text("SELECT current_database()"))
        conn.exec_driver_sql(f"ALTER DATABASE \"{name}\" SET timezone = '{zone}'")
    with logins.superuser().begin() as conn:
        pin_company_time_zone(conn)
        return conn.scalar(text("SELECT dicel_company_day()"))


def desktop_clock_off(monkeypatch, minutes: float) -> None:
    """Put this desktop's wall clock ``minutes`` off the server's (behind when negative),
    as the form's checks, a new record's defaults and a moment's Now read it
    (``dt.datetime.now`` in ``form_rules``, ``form_day_rules``, ``editors.factory`` and
    ``editors.dates``);
    the server's clock and the steady one keep the true time. A ``datetime`` subclass
    for ``now`` only: every moment the form holds is still a ``dt.datetime`` to the
    checks."""
    import types

    from dicel_desktop.gui.editors import dates, factory
    from dicel_desktop.services import form_day_rules, form_rules

    off = dt.timedelta(minutes=minutes)

    class _AnyMoment(type):
        def __instancecheck__(cls, instance: object) -> bool:
            return isinstance(instance, dt.datetime)

    class DesktopDatetime(dt.datetime, metaclass=_AnyMoment):
        @classmethod
        def now(cls, tz: dt.tzinfo | None = None) -> dt.datetime:
            return dt.datetime.now(tz) + off

    desktop = types.SimpleNamespace(**{n: getattr(dt, n) for n in dir(dt) if n[0] != "_"})
    desktop.datetime = DesktopDatetime
    for module in (form_rules, form_day_rules, factory, dates):
        monkeypatch.setattr(module, "dt", desktop)


def said_before_sending(window, field: str) -> str:
    """Save pressed on a record window that refuses it itself: the sentence beside
    ``field``, nothing sent."""
    window.save()
    assert not window.is_busy  # nothing was sent
    return window.form.error_text(field)


def saved(qtbot, window, field: str, wait_ms: int = 30_000) -> None:
    """Save pressed on a record window: sent and saved, nothing said beside ``field``."""
    window.save()
    qtbot.waitUntil(lambda: not window.is_busy, timeout=wait_ms)
    assert window.form.error_text(field) == "", window.message.text()
    assert window.record is not None and not window.form.is_dirty(), window.message.text()


def python_calls_in_a_repaint(widget) -> list[str]:
    """The Python functions called while ``widget`` repaints (its paint alone: none, for
    a view painted from C++). A paint first, unheard: a layout still pending (rows that
    came a moment ago) is done by the next paint and sends the view events its filters,
    in Python, see; that paint is the layout's (seen twice on a loaded machine)."""
    widget.repaint()
    calls: list[str] = []

    def profile(frame, event, _arg) -> None:
        if event == "call":
            calls.append(frame.f_code.co_qualname)

    sys.setprofile(profile)
    try:
        widget.repaint()
    finally:
        sys.setprofile(None)
    return calls


def last_march() -> tuple[dt.date, dt.date]:
    """The first and last days of the last March that is over (this year's from April,
    else last year's): a month payroll may run for on any day. A fixed one is not: payroll
    runs at most 12 months before the next one due, so March 2026 from April 2027 on."""
    today = dt.date.today()
    year = today.year if today.month > 3 else today.year - 1
    return dt.date(year, 3, 1), dt.date(year, 3, 31)


def months_before_this(count: int) -> list[tuple[dt.date, dt.date]]:
    """The first and last days of each of the ``count`` months before this one, oldest
    first: months that are over, which payroll may run for in order on any day while
    ``count`` is at most 12 (it runs at most 12 months before the next one due, this
    month when none has run). For a test that needs more consecutive months than
    ``last_march`` and its April: its May has not begun in April."""
    today = dt.date.today()
    months = []
    first = today.replace(day=1)
    for _ in range(count):
        last = first - dt.timedelta(days=1)
        first = last.replace(day=1)
        months.append((first, last))
    return months[::-1]


def record_ready(qtbot, window, wait_ms: int = 30_000):
    """A record window once its record is loaded and its step buttons know what they
    may do (their tooltips and enabled states are set)."""
    from PySide6.QtWidgets import QApplication

    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=wait_ms)
    qtbot.waitUntil(lambda: not window.steps.asking, timeout=wait_ms)
    QApplication.processEvents()
    return window


def step_button(window, action: str, table: str):
    """The record window's one button for the step ``action``, found by its words."""
    from dicel_desktop.gui.workflows.cases import step_label

    (button,) = [b for b in window.step_buttons if b.text() == step_label(action, table)]
    return button


def shown_dialog(qtbot, window, kind, wait_ms: int = 30_000):
    """The one visible dialog of class ``kind`` over ``window``, once it shows."""
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(kind)), timeout=wait_ms)
    (dialog,) = [d for d in window.findChildren(kind) if d.isVisible()]
    return dialog


class Later(threading.Thread):
    """``sql`` on a connection of its own as ``person`` (``person.psql()``, as psql opens
    one), committed, in a thread (``start()``); what it raised in ``error``. ``pid`` is
    its server process, for pg_blocking_pids or pg_stat_activity while it waits."""

    def __init__(self, person, sql: str, params=()):
        super().__init__(daemon=True)
        self.conn = person.psql()
        self.pid = self.conn.info.backend_pid
        self.sql, self.params = sql, params
        self.error: psycopg.Error | None = None

    def run(self):
        try:
            with self.conn:
                self.conn.execute(self.sql, self.params)
        except psycopg.Error as error:
            self.error = error


def user_summary(email: str = "claude.habimana@dicel.rw", role: str = "finance"):
    """Claude Habimana's line of the administrator's Users list, active with a login: what
    the admin dialogs are opened on without reading a database."""
    import uuid

    from dicel_desktop.services.users import UserSummary

    return UserSummary(
        id=uuid.uuid4(),
        email=email,
        first_name="Claude",
        last_name="Habimana",
        role=role,
        department_code=None,
        position=None,
        employee_id=None,
        is_active=True,
        last_login=None,
        has_login=True,
        can_login=True,
    )
