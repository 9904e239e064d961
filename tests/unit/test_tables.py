"""The table registry (domain.tables) agrees with the models it describes."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from dicel_desktop.db.models import Base
from dicel_desktop.domain.modules import MODULES
from dicel_desktop.domain.tables import TABLES

MODELS = Base.metadata.tables


def test_every_table_has_exactly_one_entry() -> None:
    assert set(TABLES) == set(MODELS)
    # Every module lists something; documents belong to no module (shown with records).
    assert {m.key for m in MODULES} == {t.module for t in TABLES.values() if t.module}
    assert [t.name for t in TABLES.values() if t.module is None] == ["documents"]


@pytest.mark.parametrize("name", sorted(MODELS))
def test_entry_matches_the_model(name: str) -> None:
    info, table = TABLES[name], MODELS[name]
    numbered = [
        c.name
        for c in table.columns
        if c.server_default is not None
        and "dicel_doc_number" in str(getattr(c.server_default, "arg", ""))
    ]
    assert ([info.number] if info.number else []) == numbered
    assert info.generated == {c.name for c in table.columns if c.computed is not None}
    assert info.versioned == ("updated_at" in table.c)


@pytest.mark.parametrize("name", sorted(MODELS))
def test_named_columns_exist(name: str) -> None:
    info, table = TABLES[name], MODELS[name]
    named = set(info.provenance)
    if info.naming is not None:
        named |= set(info.naming.columns)
        if info.naming.person:
            named.add(info.naming.person)
    if info.lock is not None:
        named |= {info.lock.column, *info.lock.columns}
        for lines, column in info.lock.lines:
            fk = next(iter(MODELS[lines].c[column].foreign_keys))
            assert fk.column.table is table, f"{lines}.{column} does not point to {name}"
    assert named <= set(table.c.keys())


def test_provenance_columns_point_to_users() -> None:
    for info in TABLES.values():
        for column in info.provenance:
            (fk,) = MODELS[info.name].c[column].foreign_keys
            assert fk.column.table.name == "users", f"{info.name}.{column}"


def test_lock_states_are_values_of_the_state_column() -> None:
    for info in TABLES.values():
        if info.lock is None:
            continue
        checks = [
            c
            for c in MODELS[info.name].constraints
            if isinstance(c, sa.CheckConstraint) and c.info.get("column") == info.lock.column
        ]
        (check,) = checks
        values = {choice.value for choice in check.info["choices"]}
        assert set(info.lock.open_states) <= values, info.name


def test_a_title_inside_a_sentence_keeps_an_acronym():
    from dicel_desktop.domain.tables import in_sentence

    assert in_sentence("Invoice") == "invoice"
    assert in_sentence("Leave request") == "leave request"
    assert in_sentence("IT ticket") == "IT ticket"


@pytest.mark.parametrize("name", sorted(MODELS))
def test_every_record_window_title_names_something_of_the_record(name: str) -> None:
    """A window titled only by its kind ("Patrol log", "Performance review") does not
    say which record it shows: every table's title is made of its number, of a naming
    the database builds (references, a person, dates, a year), or of a text the record
    itself gives (a setting's key, a budget line's category)."""
    import uuid

    from dicel_desktop.services.records import Record

    info, table = TABLES[name], MODELS[name]
    # Every column holding something: what Record.title names it by without the
    # database's name (a number, a name, the first text that is no code).
    values = {c.name: f"<{c.name}>" for c in table.columns}
    by_itself = Record(name, uuid.uuid4(), values).title != info.record_title
    naming = info.naming
    by_database = naming is not None and bool(
        naming.refs or naming.person or naming.dates or naming.year
    )
    assert by_itself or by_database, f"{name}: titled only “{info.record_title}”"
