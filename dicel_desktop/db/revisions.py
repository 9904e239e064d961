"""The schema's revisions as this client knows them and as a database is at, without Alembic.

Every start and every login compares the database's revision with the newest this client
knows (ARCHITECTURE 4b). Asking Alembic meant importing it (about a second) and running
every revision's module, which import the models, the permission table and the workflow
functions' texts: most of a demo start's time before the window. The chain is read here
from the ``revision`` and ``down_revision`` lines of each file's header, and the
database's revision with one query; :mod:`dicel_desktop.db.migrate` (Alembic) is imported
only when an upgrade is due. tests/unit/test_revisions_without_alembic.py holds this
reading to Alembic's.
"""

from __future__ import annotations

import functools
import re
import sys
from pathlib import Path
from typing import Any

#: A revision file's header lines, as ``alembic revision`` writes them (a type annotation
#: or none; quotes of either kind).
_REVISION = re.compile(r"""^revision(?:\s*:[^=\n]*)?\s*=\s*["'](\w+)["']""", re.MULTILINE)
_DOWN_REVISION = re.compile(
    r"""^down_revision(?:\s*:[^=\n]*)?\s*=\s*(?:None|["'](\w+)["'])""", re.MULTILINE
)


def migrations_dir() -> Path:
    """Where ``migrations/`` is: beside the package in a checkout, inside a frozen build."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "migrations"
    return Path(__file__).resolve().parents[2] / "migrations"


@functools.cache
def known_revisions() -> dict[str, str | None]:
    """Every revision this client knows -> the revision before it (None for the first).
    Read once a process."""
    found: dict[str, str | None] = {}
    for path in sorted((migrations_dir() / "versions").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        revision = _REVISION.search(text)
        if revision is None:
            continue  # not a revision (an __init__.py)
        down = _DOWN_REVISION.search(text)
        if down is None:
            raise RuntimeError(f"{path.name} names no down_revision")
        found[revision.group(1)] = down.group(1)
    return found


@functools.cache
def head_revision() -> str:
    """The newest revision this client knows: the one no other revision follows. Read
    once a process (every login asks it)."""
    revisions = known_revisions()
    followed = set(revisions.values())
    heads = sorted(r for r in revisions if r not in followed)
    if len(heads) != 1:
        raise RuntimeError(f"migrations/ must have one head revision, not {heads or 'none'}")
    return heads[0]


_HAS_TABLE = "SELECT to_regclass('alembic_version') IS NOT NULL"
_VERSION = "SELECT version_num FROM alembic_version"


def _revision_from(rows: list[Any]) -> str | None:
    if len(rows) > 1:
        raise RuntimeError(f"the database is at {len(rows)} revisions at once: {rows}")
    return rows[0][0] if rows else None


def current_revision(connection: Any) -> str | None:
    """The revision the database of ``connection`` (SQLAlchemy) is at; None before the
    first migration. Alembic's bookkeeping table, which every login may read."""
    if not connection.exec_driver_sql(_HAS_TABLE).scalar_one():
        return None
    return _revision_from(connection.exec_driver_sql(_VERSION).all())


def database_revision(dsn: str) -> str | None:
    """The revision of the database at ``dsn`` (a libpq URL) on a connection of its own."""
    import psycopg

    from dicel_desktop.db.engine import TCP_KEEPALIVE

    with psycopg.connect(dsn, **TCP_KEEPALIVE) as conn:
        if not conn.execute(_HAS_TABLE).fetchone()[0]:
            return None
        return _revision_from(conn.execute(_VERSION).fetchall())
