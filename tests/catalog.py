"""Read a database's schema from the PostgreSQL catalog into plain, comparable values.

Used to compare the migrated schema with the seed's own DDL: ``alembic check`` compares
models and migrations but does not see CHECKs, generated expressions or server defaults.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import psycopg


@dataclass(frozen=True)
class Column:
    type: str
    not_null: bool
    default: str | None
    generated: str | None


@dataclass
class Catalog:
    columns: dict[tuple[str, str], Column] = field(default_factory=dict)
    checks: dict[str, set[str]] = field(default_factory=dict)
    check_names: dict[str, set[str]] = field(default_factory=dict)
    uniques: dict[str, set[tuple[str, ...]]] = field(default_factory=dict)
    foreign_keys: dict[str, set[tuple[tuple[str, ...], str, tuple[str, ...]]]] = field(
        default_factory=dict
    )
    #: index name -> (table, columns, unique)
    indexes: dict[str, tuple[str, tuple[str, ...], bool]] = field(default_factory=dict)

    @property
    def tables(self) -> set[str]:
        return {t for t, _ in self.columns}


_COLUMNS = """
SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
       CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, d.adrelid) END,
       CASE WHEN a.attgenerated <> '' THEN pg_get_expr(d.adbin, d.adrelid) END
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid AND c.relkind = 'r'
JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relname <> 'alembic_version'
"""

_CONSTRAINTS = """
SELECT c.relname, con.conname, con.contype, pg_get_constraintdef(con.oid),
       ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(n, o)
             JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n ORDER BY k.o),
       ref.relname,
       ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(n, o)
             JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n ORDER BY k.o)
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
LEFT JOIN pg_class ref ON ref.oid = con.confrelid
WHERE con.contype IN ('c', 'f') AND c.relname <> 'alembic_version'
"""

_INDEXES = """
SELECT t.relname, i.relname, ix.indisunique, ix.indisprimary,
       ARRAY(SELECT a.attname FROM unnest(ix.indkey) WITH ORDINALITY k(n, o)
             JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.n ORDER BY k.o),
       ix.indexprs IS NOT NULL OR ix.indpred IS NOT NULL
FROM pg_index ix
JOIN pg_class i ON i.oid = ix.indexrelid
JOIN pg_class t ON t.oid = ix.indrelid
JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
WHERE t.relname <> 'alembic_version'
"""


def read_catalog(dsn: str) -> Catalog:
    cat = Catalog()
    with psycopg.connect(dsn) as conn:
        for table, col, typ, not_null, default, generated in conn.execute(_COLUMNS):
            cat.columns[(table, col)] = Column(typ, not_null, default, generated)
        for table, name, kind, definition, cols, ref_table, ref_cols in conn.execute(_CONSTRAINTS):
            if kind == "c":
                cat.checks.setdefault(table, set()).add(definition)
                cat.check_names.setdefault(table, set()).add(name)
            else:
                cat.foreign_keys.setdefault(table, set()).add(
                    (tuple(cols), ref_table, tuple(ref_cols))
                )
        for table, name, unique, primary, cols, partial in conn.execute(_INDEXES):
            if unique and not primary and not partial:
                cat.uniques.setdefault(table, set()).add(tuple(cols))
            if not primary:
                cat.indexes[name] = (table, tuple(cols), unique)
    return cat


def typed_columns_and_checks(dsn: str) -> tuple[list, dict[str, str]]:
    """The typed text columns (``db/text_limits.TYPED_TEXT_COLUMNS``: table, column,
    type) and every validated CHECK of the public schema (name -> definition), read at
    once: what the text and list limits' tests compare."""
    from dicel_desktop.db.engine import make_engine
    from dicel_desktop.db.text_limits import TYPED_TEXT_COLUMNS

    engine = make_engine(dsn)
    try:
        with engine.connect() as conn:
            columns = conn.exec_driver_sql(TYPED_TEXT_COLUMNS).all()
            checks = dict(
                conn.exec_driver_sql(
                    "SELECT conname::text, pg_get_constraintdef(oid) FROM pg_constraint"
                    " WHERE connamespace = 'public'::regnamespace AND contype = 'c'"
                    " AND convalidated"
                ).all()
            )
    finally:
        engine.dispose()
    return columns, checks
