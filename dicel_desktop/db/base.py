"""Declarative base, naming convention and the column helpers every model shares."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    ColumnElement,
    ForeignKey,
    Index,
    MetaData,
    String,
    Text,
    case,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import TIMESTAMP, UUID
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

#: Every constraint and index gets a stable, predictable name, so migrations can drop
#: and recreate them. Seed index names (``idx_...``) are given explicitly where they apply.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

#: All timestamps are TIMESTAMPTZ (the seed's TIMESTAMP without a zone loses the offset
#: between desktops in different zones; decided in ARCHITECTURE 4b).
TIMESTAMPTZ = TIMESTAMP(timezone=True)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UUIDPrimaryKey:
    id: Mapped[uuid.UUID] = mapped_column(
        UUID(as_uuid=True),
        primary_key=True,
        server_default=text("gen_random_uuid()"),
        sort_order=-100,
    )


class CreatedAt:
    created_at: Mapped[datetime | None] = mapped_column(
        TIMESTAMPTZ, server_default=text("CURRENT_TIMESTAMP"), sort_order=100
    )


class Timestamps(CreatedAt):
    #: Kept by the ``set_updated_at`` trigger on every UPDATE; also the optimistic-lock token.
    updated_at: Mapped[datetime | None] = mapped_column(
        TIMESTAMPTZ, server_default=text("CURRENT_TIMESTAMP"), sort_order=101
    )


def reference(target: str) -> Mapped[uuid.UUID | None]:
    """A nullable UUID foreign key to ``target`` ("table.id"), as every seed reference is."""
    return mapped_column(UUID(as_uuid=True), ForeignKey(target))


def one_of(column: str, choices: type[StrEnum]) -> CheckConstraint:
    """CHECK that ``column`` holds one of the enum's values (NULL passes, as in SQL)."""
    values = ", ".join(f"'{c.value}'" for c in choices)
    return CheckConstraint(
        f"{column} IN ({values})",
        name=f"{column}_allowed",
        # Lets the GUI and the tests find a column's choices from the model.
        info={"column": column, "choices": choices},
    )


def positive(column: str) -> CheckConstraint:
    """CHECK ``column > 0`` (NULL passes): an amount that means nothing at zero or below,
    such as a salary or an expense. Written ``col > n`` so forms can warn before saving."""
    return CheckConstraint(f"{column} > 0", name=f"{column}_positive")


def not_negative(column: str) -> CheckConstraint:
    """CHECK ``column >= 0`` (NULL passes): a price, cost or total that may be nothing
    but never less. Signed quantities (stock adjustments) and balances do not get it."""
    return CheckConstraint(f"{column} >= 0", name=f"{column}_not_negative")


def iso_currency(column: str = "currency") -> CheckConstraint:
    """CHECK that a currency column holds an ISO 4217 code such as RWF."""
    return CheckConstraint(f"{column} ~ '^[A-Z]{{3}}$'", name=f"{column}_iso4217")


def currency_column() -> Mapped[str | None]:
    return mapped_column(String(3), server_default=text("'RWF'"))


def document_number(
    prefix: str, sequence: str, *, with_year: bool = True, length: int = 50, unique: bool = True
) -> Mapped[str]:
    """A document number filled by the server from its own sequence: ``PO-2026-000123``.

    The sequence guarantees uniqueness under concurrent inserts; the UNIQUE constraint
    still guards numbers typed by hand (imports of old paper records). Pass
    ``unique=False`` where the table declares the UNIQUE under the seed's index name.
    """
    year = "true" if with_year else "false"
    return mapped_column(
        String(length),
        unique=unique,
        nullable=False,
        server_default=text(
            f"dicel_doc_number('{prefix}'::text, nextval('{sequence}'::regclass), {year})"
        ),
    )


#: pg_trgm's GIN operator class, in the schema migration 0009 gives the extension.
TRIGRAM_OPS = "dicel_ext.gin_trgm_ops"


def search_folded(text: ColumnElement[Any]) -> ColumnElement[str]:
    """``text`` as a search compares it, lower case and its accents away
    (``domain.search_words``, migration 0123), as the indexes on it are written::

        CASE WHEN octet_length(t) = length(t) THEN lower(t COLLATE "C")
             ELSE dicel_search_folded(t) END

    A text all ASCII (one byte a character) is only lowered, under C: as cheap as the
    ``lower()`` the searches made before (ICU's or libc's lowering costs more than
    the byte count, and folds ASCII the same). The guard is written out, not inside the
    function: PostgreSQL inlines an SQL function using its argument more than once only
    when the argument is cheap, and a search document of eight columns is not (an SQL
    function not inlined, or a PL/pgSQL one, cost the quick search a third more: 0123).
    """
    return case(
        (func.octet_length(text) == func.length(text), func.lower(text.collate("C"))),
        else_=func.dicel_search_folded(text, type_=Text),
    )


def trigram_index(name: str, *columns: ColumnElement[str]) -> Index:
    """A pg_trgm GIN index on each column folded as a search compares it (lower case,
    accents away: ``search_folded``, migration 0123): it serves the substring search of
    services.lookup (``search_folded(column) LIKE '%word%'``; migration 0009).
    """
    texts = [search_folded(c).label(f"text{i}") for i, c in enumerate(columns)]
    ops = {t.name: TRIGRAM_OPS for t in texts}
    return Index(name, *texts, postgresql_using="gin", postgresql_ops=ops)
