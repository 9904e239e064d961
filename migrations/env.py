"""Alembic environment.

The DSN comes from ``-x dsn=URL``, else the ``DICEL_DSN`` environment variable, else the
``sqlalchemy.url`` the caller put in the config (dicel-admin and the tests do that).
"""

from __future__ import annotations

import os

from alembic import context

from dicel_desktop.db.company_time import pin_company_time_zone
from dicel_desktop.db.engine import make_engine
from dicel_desktop.db.grants import sync_grants
from dicel_desktop.db.models import Base

config = context.config
#: The revision that pinned the date-reading functions to the company's time zone.
PINNED_SINCE = 69
target_metadata = Base.metadata


def _dsn() -> str:
    dsn = context.get_x_argument(as_dictionary=True).get("dsn") or os.environ.get("DICEL_DSN")
    dsn = dsn or config.get_main_option("sqlalchemy.url")
    if not dsn:
        raise SystemExit("No database given: pass -x dsn=postgresql://... or set DICEL_DSN.")
    return dsn


def _include_object(obj, name, type_, reflected, compare_to):
    # alembic_version is Alembic's own bookkeeping table.
    if type_ == "table" and name == "alembic_version":
        return False
    # The quick search's documents, and since 0123 the pickers' folded names: PostgreSQL
    # writes the expression back with casts SQLAlchemy does not print, so the texts never
    # compare equal; the planner using the index for the model's expression proves them
    # the same (tests/db/test_search_index.py, tests/db/test_search_past_accents.py).
    return not (type_ == "index" and name is not None and name.endswith("_search_trgm"))


def run_migrations_offline() -> None:
    context.configure(
        url=_dsn(),
        target_metadata=target_metadata,
        literal_binds=True,
        include_object=_include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    engine = make_engine(_dsn(), pool_pre_ping=False)
    try:
        with engine.connect() as connection:
            context.configure(
                connection=connection,
                target_metadata=target_metadata,
                include_object=_include_object,
                compare_type=True,
                # One transaction for the whole upgrade: a failure leaves nothing half-done.
                transaction_per_migration=False,
                # A caller's look after each revision (tests that read every revision's
                # database in one run rather than one run a revision).
                on_version_apply=config.attributes.get("on_version_apply", ()),
            )
            with context.begin_transaction():
                context.run_migrations()
                # The permission table lives in the code, not in a revision: re-grant on
                # every upgrade that ends at head (also when there was nothing to migrate),
                # so a change to it lands with the next `dicel-admin migrate`. A downgrade
                # never ends at head and leaves the grants of its revision.
                current = set(context.get_context().get_current_heads())
                if current == set(context.get_head_revisions()):
                    sync_grants(connection)
                elif any(int(revision) >= PINNED_SINCE for revision in current):
                    # Short of head (a downgrade, an upgrade to a given revision): the
                    # revisions that rebuilt a function with CREATE OR REPLACE dropped its
                    # TimeZone pin, and "today" would be the caller's again. Pinned since
                    # 0069; before it, that revision's functions had none.
                    pin_company_time_zone(connection)
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
