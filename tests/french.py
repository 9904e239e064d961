"""A test server that speaks French: the error mapping must not depend on its words.

``speaking_french(superuser_dsn)`` sets ``lc_messages = 'fr_FR.UTF-8'`` for the whole
server (``ALTER SYSTEM``: login refusals are worded before any database or role setting
applies) and puts it back afterwards. The OS locale must exist (scripts/setup.sh makes
it); where it cannot, the test is skipped and says why, except on CI, where it fails.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator

import psycopg
import psycopg.conninfo
import psycopg.sql
import pytest

FRENCH = "fr_FR.UTF-8"
#: English and French for "division by zero", to tell which one the server speaks.
_ENGLISH_DIVISION = "division by zero"


def _reload_and_wait(admin: psycopg.Connection, dsn: str, french: bool) -> bool:
    admin.execute("SELECT pg_reload_conf()")
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with psycopg.connect(dsn, autocommit=True) as conn:
            try:
                conn.execute("SELECT 1 / 0")
            except psycopg.errors.DivisionByZero as exc:
                if (_ENGLISH_DIVISION not in str(exc)) == french:
                    return True
        time.sleep(0.05)
    return False


def _no_french_locale() -> None:
    reason = (
        f"the OS has no {FRENCH} locale, so the server cannot speak French "
        "(scripts/setup.sh generates it: localedef -i fr_FR -f UTF-8 fr_FR.UTF-8)"
    )
    if os.environ.get("CI"):
        pytest.fail(reason)  # CI runs setup.sh: the locale must be there
    pytest.skip(reason)


@contextlib.contextmanager
def speaking_french(superuser_dsn: str) -> Iterator[None]:
    with psycopg.connect(superuser_dsn, autocommit=True) as admin:
        try:
            admin.execute(f"ALTER SYSTEM SET lc_messages = '{FRENCH}'")
        except psycopg.errors.InvalidParameterValue:
            _no_french_locale()
        try:
            if not _reload_and_wait(admin, superuser_dsn, french=True):
                pytest.skip("this PostgreSQL build has no French messages (built without NLS)")
            yield
        finally:
            admin.execute("ALTER SYSTEM RESET lc_messages")
            _reload_and_wait(admin, superuser_dsn, french=False)


def database_speaks_french(superuser_dsn: str) -> None:
    """New sessions of this DSN's database get French server messages (the database is
    the test's own: nothing to put back)."""
    dbname = psycopg.conninfo.conninfo_to_dict(superuser_dsn)["dbname"]
    with psycopg.connect(superuser_dsn, autocommit=True) as admin:
        try:
            admin.execute(
                psycopg.sql.SQL("ALTER DATABASE {} SET lc_messages = {}").format(
                    psycopg.sql.Identifier(str(dbname)), psycopg.sql.Literal(FRENCH)
                )
            )
        except psycopg.errors.InvalidParameterValue:
            _no_french_locale()
    with psycopg.connect(superuser_dsn, autocommit=True) as conn:
        try:
            conn.execute("SELECT 1 / 0")
        except psycopg.errors.DivisionByZero as exc:
            if _ENGLISH_DIVISION in str(exc):
                pytest.skip("this PostgreSQL build has no French messages (built without NLS)")
