"""Run the Alembic migrations programmatically (used by dicel-admin, tests, demo mode)."""

from __future__ import annotations

import functools
import importlib.util
from collections.abc import Callable
from types import ModuleType
from typing import Any

from alembic import command, op
from alembic.config import Config
from sqlalchemy import Connection

# Re-exported: what a start or a login asks is answered there without Alembic.
from dicel_desktop.db.revisions import (  # noqa: F401
    current_revision,
    database_revision,
    head_revision,
    known_revisions,
    migrations_dir,
)
from dicel_desktop.domain.roles import OWNER_ROLE


class MigrationRefused(Exception):
    """A migration found data it cannot carry over as it is; the message says which rows
    and what to do. Raised before the migration changes anything (the whole upgrade is
    one transaction, so the database stays at its revision)."""


def refuse_values_outside(
    connection: Connection, table: str, column: str, allowed: tuple[str, ...], what: str
) -> None:
    """Before a CHECK ``column IN allowed`` is added: stop with a sentence naming the other
    values ``table`` holds and how many rows hold each. ``what`` opens the sentence ("Some
    transactions are neither a credit nor a debit"). The table is locked against writes
    until the migration's transaction ends: no row written between this look and the
    CHECK can stop the CHECK with a bare error instead of this sentence."""
    connection.exec_driver_sql(f"LOCK TABLE public.{table} IN SHARE ROW EXCLUSIVE MODE")
    listed = ", ".join(f"'{value}'" for value in allowed)
    rows = connection.exec_driver_sql(
        f"SELECT {column}, count(*) FROM public.{table} WHERE {column} NOT IN ({listed})"
        " GROUP BY 1 ORDER BY 2 DESC, 1"
    ).all()
    if rows:
        found = ", ".join(f"{value!r} in {count} row(s)" for value, count in rows)
        raise MigrationRefused(
            f"{what} and must be corrected first: {table}.{column} {found} (must be one of"
            f" {', '.join(allowed)}). Correct those rows (as the database superuser), then"
            " run dicel-admin migrate again."
        )


#: A definer function's search path: the catalog first, then the product's tables, the
#: caller's temporary schema last (a caller cannot shadow a name the function uses).
SEARCH_PATH = "SET search_path = pg_catalog, public, pg_temp"
#: What every workflow function declares: it runs as dicel_owner, on that path.
DEFINER = f"SECURITY DEFINER {SEARCH_PATH}"


def execute_sql(statement: str) -> Any:
    """Run ``statement`` in the migration's transaction straight through psycopg and give
    its cursor: SQLAlchemy's ``text()`` would take the ``:name`` and ``%`` of plpgsql
    bodies for bind parameters. For migrations only (it needs Alembic's ``op``)."""
    return op.get_bind().connection.driver_connection.execute(statement)


def create_owned_function(create: str, signature: str) -> None:
    """Run ``create`` (a ``CREATE [OR REPLACE] FUNCTION``) and give the function to
    dicel_owner with no EXECUTE for PUBLIC: who may call it is the permission table's
    to say (``FUNCTION_EXECUTE``; sync-grants after the upgrade). ``signature`` names
    the function with its argument types, ``public.`` added when it has no schema."""
    qualified = signature if "." in signature.split("(", 1)[0] else f"public.{signature}"
    execute_sql(create)
    execute_sql(f"ALTER FUNCTION {qualified} OWNER TO {OWNER_ROLE}")
    execute_sql(f"REVOKE ALL ON FUNCTION {qualified} FROM PUBLIC")


@functools.cache
def earlier_revision(name: str) -> ModuleType:
    """The module of migration ``name`` (``"0013_purchasing"``), for a later revision that
    builds on what it wrote (a function's text to change, what a downgrade puts back):
    read from its file, so it is what that revision was, whatever the code is now. Read
    once a process: revisions build on revisions that build on others, and reading each
    again for every one that names it ran ten thousand module loads for 260 files."""
    path = migrations_dir() / "versions" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"dicel_revision_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def replaced(text: str, old: str, new: str, count: int = 1) -> str:
    """``text`` with ``old`` made ``new``, where ``old`` is found exactly ``count`` times:
    a migration changing an earlier revision's body stops, rather than writes a function
    it did not mean, when that body is not the one it was written against."""
    assert text.count(old) == count, old
    return text.replace(old, new)


def live_function(signature: str) -> str:
    """The function ``signature`` as the database holds it now, a ``CREATE OR REPLACE
    FUNCTION`` (``pg_get_functiondef``): a later revision changes it from there, its
    grants and owner kept, whatever revision wrote it last."""
    return execute_sql(
        f"SELECT pg_catalog.pg_get_functiondef('{signature}'::regprocedure)"
    ).fetchone()[0]


def change_live_function(
    signature: str, pairs: list[tuple[str, str]], *, forward: bool = True
) -> None:
    """Make each ``before`` of ``pairs`` its ``after`` in the function as the database
    holds it (each found exactly once, :func:`replaced`), or back again for a downgrade
    (``forward=False``)."""
    create = live_function(signature)
    for before, after in pairs:
        create = replaced(create, before, after) if forward else replaced(create, after, before)
    execute_sql(create)


def or_replace(create: str) -> str:
    """An earlier revision's ``CREATE FUNCTION`` as ``CREATE OR REPLACE FUNCTION`` (the
    function keeps its owner and grants)."""
    return replaced(create, "CREATE FUNCTION ", "CREATE OR REPLACE FUNCTION ")


def earlier_function(
    module: ModuleType, signature: str, fill: Callable[[str], str] | None = None
) -> str:
    """The function ``signature`` as an earlier revision (``module``, from
    :func:`earlier_revision`) made it, from its ``FUNCTIONS`` list of (signature,
    CREATE) pairs, as ``CREATE OR REPLACE``: a later revision changes it from there, or
    its downgrade puts it back. ``fill`` completes a revision's text where it kept
    placeholders (0014's ``_sql``)."""
    (create,) = (c for s, c in module.FUNCTIONS if s == signature)
    return or_replace(fill(create) if fill is not None else create)


def as_plpgsql(create: str, query_start: str, revision: str, *, indent: str = "") -> str:
    """An earlier revision's ``CREATE OR REPLACE`` of a SQL function whose body is one
    query (beginning with ``query_start``) as the same function in PL/pgSQL: ``RETURN
    (query)``. A SQL function with SET clauses (a definer's search_path, a pinned zone)
    is not inlined, so PostgreSQL plans its query again at every call; PL/pgSQL keeps the
    plan for the session (migrations 0075, 0081). ``indent`` is put before the query's
    later lines."""
    sql = replaced(create, "LANGUAGE sql STABLE", "LANGUAGE plpgsql STABLE")
    head, query = sql.split(query_start)
    query, tail = query.rsplit("\n$$", 1)
    return (
        head
        + f"BEGIN\n    -- PL/pgSQL: the query is planned once per session (migration {revision}).\n"
        + "    RETURN ("
        + query_start.strip()
        + query.replace("\n", "\n" + indent)
        + ");\nEND\n$$"
        + tail
    )


def alembic_config(dsn: str | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if dsn is not None:
        # Alembic's config is ConfigParser-based: '%' must be doubled.
        cfg.set_main_option("sqlalchemy.url", dsn.replace("%", "%%"))
    return cfg


def upgrade(dsn: str, revision: str = "head", *, after_each: AfterEach | None = None) -> None:
    """Upgrade ``dsn`` to ``revision``; ``after_each(connection, revision)`` is called
    after each revision is applied, in the run's one transaction."""
    command.upgrade(_with_look(alembic_config(dsn), after_each), revision)


def downgrade(dsn: str, revision: str = "base", *, after_each: AfterEach | None = None) -> None:
    """Downgrade ``dsn`` to ``revision``; ``after_each(connection, revision)`` is called
    with the revision each step leaves the database at."""
    command.downgrade(_with_look(alembic_config(dsn), after_each), revision)


#: A look at the database after one revision: (its connection, the revision it is at).
AfterEach = Callable[[Any, str], None]


def _with_look(cfg: Config, after_each: AfterEach | None) -> Config:
    if after_each is not None:

        def applied(*, ctx, step, heads, run_args) -> None:
            (revision,) = heads or ("base",)
            after_each(ctx.connection, revision)

        cfg.attributes["on_version_apply"] = applied
    return cfg
