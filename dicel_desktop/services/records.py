"""One record at a time: load it for a form, create it, save changes, delete it. No Qt.

Every operation runs as the logged-in person on a Session the caller owns (the GUI's DB
worker, a script, a test), names only the columns the person may read or write (the
form's ``FormSpec``), and commits its own short transaction: no transaction stays open
while a form is on screen (ARCHITECTURE 3).

Optimistic locking
    ``updated_at`` is the version token: the database's trigger sets it on every UPDATE.
    A save is one ``UPDATE ... WHERE id = :id AND updated_at = :version``; when it
    changes no row, the record is read again: still there (someone saved in between) is
    :class:`StaleRecord`, carrying their version for the conflict dialog; gone (deleted,
    or no longer visible to this person) is :class:`RecordGone`. Never a silent
    overwrite.

Refusals
    The database has the last word. Its refusals come back as ``domain.errors``
    exceptions from ``services.db_errors.explain`` (with ``params["field"]`` when one
    field is at fault); a deadlock or serialization failure is retried once.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import FromClause

from dicel_desktop.db.models import Base
from dicel_desktop.domain.case_flows import FLOWS
from dicel_desktop.domain.errors import Conflict, NotAllowed, NotFound
from dicel_desktop.domain.permissions import readable_columns
from dicel_desktop.domain.roles import Role
from dicel_desktop.domain.tables import in_sentence, table_info
from dicel_desktop.services import history
from dicel_desktop.services.audit_words import SHOWN_AS
from dicel_desktop.services.code_words import CODED_TEXT
from dicel_desktop.services.columns import state_enums
from dicel_desktop.services.compiled import Compiled, compile_statement, run_compiled
from dicel_desktop.services.db_error_words import table_words
from dicel_desktop.services.forms import FormSpec, form_spec
from dicel_desktop.services.inbox import DECIDED_TABLES, shown_version_sql
from dicel_desktop.services.record_facts import Fact, readable_facts
from dicel_desktop.services.references import FK_DISPLAY, Joins, name_columns
from dicel_desktop.services.row_flags import RowFlag, row_flag
from dicel_desktop.services.units import run_unit

#: The tables of a step four eyes take (``Step.decided_by_another``: a policy's approval,
#: a write-off): the window passes the version it showed, files included (migration 0079).
_CASE_DECIDED = frozenset(
    flow.table for flow in FLOWS.values() if any(s.decided_by_another for s in flow.steps)
)
#: The tables whose forms carry ``Record.shown``.
_SHOWN_TABLES = DECIDED_TABLES | _CASE_DECIDED


def _shown_sql(table: str, alias: str) -> str:
    """SQL: the version a decision on the record ``alias`` compares with."""
    if table in _CASE_DECIDED:
        return f"coalesce(public.dicel_decision_version('{table}', {alias}.id), {alias}.updated_at)"
    return shown_version_sql(table, alias)


__all__ = [
    "Record",
    "RecordGone",
    "StaleRecord",
    "closed_to_role",
    "create_record",
    "delete_record",
    "find_record_id",
    "load_record",
    "save_record",
]


@dataclass(frozen=True)
class Record:
    """A snapshot of one row as its reader may see it (never a live ORM object)."""

    table: str
    id: uuid.UUID
    #: The readable columns (the form's fields), as Python values.
    values: Mapping[str, Any]
    #: Reference column -> the name of the record it points to (None: empty, or not
    #: readable by this person).
    names: Mapping[str, str | None] = field(default_factory=dict)
    #: Its own name from the registry's naming, made by the database (references.
    #: FK_DISPLAY: "Annual leave, Eric Habimana, 3-7 March 2027"), for a record with no
    #: document number whose reader may read what the name is made of; else None.
    name: str | None = None
    #: Whether the row is the reader's own, for a form whose role changes only its own
    #: (``FormSpec.owner``: a leave request); None where that is not asked.
    own: bool | None = None
    #: For a record someone decides (the inbox's tables; a step four eyes take, migration
    #: 0079), the version a decision taken on what this snapshot showed compares with: its
    #: own and its files' last change (migration 0064), read in the same statement as the
    #: values. None elsewhere.
    shown: dt.datetime | None = None
    #: Whether its list marks it (``services.row_flags``: a policy past its review date,
    #: an item below its minimum), asked in the same statement as the values with the
    #: database's date; None where the table has no flag or the reader may not read
    #: what it reads.
    flagged: bool | None = None
    #: Of a flagged record whose flag marks a date passed or coming (a licence expired,
    #: or expiring within 30 days): whether it has passed. None elsewhere.
    lapsed: bool | None = None
    #: What the window says beside the values (``services.record_facts.FACTS``), read in
    #: the same statement, by name: an item's open orders (``on_order``). Absent where
    #: the reader may not read what it reads.
    facts: Mapping[str, Any] = field(default_factory=dict)

    @property
    def decision_version(self) -> dt.datetime | None:
        """What a decision on this snapshot passes as ``shown``: a change since, to the
        record or to its files, by someone else refuses the decision (DW007)."""
        return self.shown or self.version

    @property
    def version(self) -> dt.datetime | None:
        """The optimistic-lock token (None for tables whose rows are never edited)."""
        return self.values.get("updated_at")

    @property
    def title(self) -> str:
        """How a person names this record: its number, its name, or its kind."""
        info = table_info(self.table)
        naming = info.naming
        if info.number and self.values.get(info.number):
            return str(self.values[info.number])
        if self.name:
            return self.name
        if naming is not None and naming.names:
            parts = [str(self.values[n]) for n in naming.names if self.values.get(n)]
            if parts:
                return " ".join(parts) if naming.joined else parts[0]
        # No name of its own: the first text a person had to give (a setting's key), not
        # a code (an audit entry's "UPDATE", a feedback's "service_review" are no names:
        # it is then titled by its kind).
        model = _table(self.table)
        chosen = state_enums(model)
        for column in model.columns:
            value = self.values.get(column.name)
            if (
                isinstance(column.type, sa.String)
                and not column.nullable
                and value
                and (self.table, column.name) not in CODED_TEXT
                and column.name not in chosen
            ):
                return str(value)
        return info.record_title


class StaleRecord(Conflict):
    """The record changed since it was loaded; ``theirs`` is how it is now, and
    ``params`` say who saved it and when (``who``, ``when``) where the reader may see its
    history."""

    default_code = "record_changed"

    def __init__(self, theirs: Record, **params: Any) -> None:
        self.theirs = theirs
        code = "record_changed_by" if params.get("who") else None
        super().__init__(code, record=theirs.title, **params)


class RecordGone(NotFound):
    """The record no longer exists, or no longer for this person (row security)."""

    default_code = "record_gone"


# --------------------------------------------------------------------------- reading


def _table(name: str) -> sa.Table:
    return Base.metadata.tables[name]


def _named_references(form: FormSpec, role: Role) -> list[str]:
    """Reference fields whose target's name this role may read (joined for their names)."""
    found = []
    for name, spec in form.fields.items():
        if spec.references is None or spec.references not in FK_DISPLAY:
            continue
        naming = table_info(spec.references).naming
        assert naming is not None
        needed = {*naming.columns, "id"}
        target_columns = [c.name for c in _table(spec.references).columns]
        if needed <= set(readable_columns(role, spec.references, target_columns)):
            found.append(name)
    return found


def _named_itself(form: FormSpec, role: Role) -> bool:
    """Whether a record of the form's table is loaded with its own name (``Record.name``):
    the table has a naming and no number (the number names it), and ``role`` reads every
    column the name is made of (its own table's among the form's fields)."""
    table = form.table
    info = table_info(table)
    if info.naming is None or info.number or table not in FK_DISPLAY:
        return False
    for name, columns in name_columns(_table(table)).items():
        if name == table:
            if not columns - {"id"} <= set(form.fields):
                return False
        elif set(readable_columns(role, name, columns)) != columns:
            return False
    return True


def _facts_of(form: FormSpec, role: Role) -> tuple[Fact, ...]:
    """The table's facts (``services.record_facts``) whose every column ``role`` reads."""
    return readable_facts(form.table, role)


@dataclass(frozen=True)
class _Statement:
    """A statement built and compiled once per shape, run again with new bound values
    (``record_id``; for saves ``version`` and ``v_<col>``) straight through psycopg:
    building it (the joins naming references, a CTE's columns) and SQLAlchemy's work per
    execution cost more than the query itself (services/compiled.py)."""

    compiled: Compiled
    columns: list[str]
    named: list[str]
    #: The row ends with the record's own name (``Record.name``).
    named_itself: bool = False
    #: Then with whether the row is the reader's (``Record.own``).
    asks_own: bool = False
    #: Then with the version a decision compares with (``Record.shown``).
    asks_shown: bool = False
    #: Then with its flag (``Record.flagged``), and whether its date passed (``lapsed``).
    flag: RowFlag | None = None
    #: Then with its facts (``Record.facts``), by name.
    facts: tuple[str, ...] = ()


def _flag_of(form: FormSpec) -> RowFlag | None:
    """The table's row flag, where the form reads every column it reads."""
    return row_flag(form.table, form.fields)


def _select(
    form: FormSpec, role: Role, source: FromClause | None = None
) -> tuple[sa.Select[Any], list[str], list[str], bool, bool]:
    """The record's readable columns, the names of its references and, where the registry
    names it (``_named_itself``), its own name, from the table or from ``source`` (the rows
    an UPDATE ... RETURNING gives back)."""
    source = _table(form.table) if source is None else source
    columns = list(form.fields)
    named = _named_references(form, role)
    joins = Joins(source)
    names = [
        FK_DISPLAY[form.fields[c].references](joins, joins.ref(source, c)).label(f"n_{c}")
        for c in named
    ]
    itself = _named_itself(form, role)
    if itself:
        names.append(FK_DISPLAY[form.table](joins, source).label("n__itself"))
    # As the row security that decides it compares (migration 0003).
    asks_own = form.owner is not None and form.owner in form.fields
    if asks_own:
        names.append(
            sa.func.coalesce(
                source.c[form.owner] == sa.func.public.dicel_current_employee_id(), sa.false()
            ).label("own")
        )
    if form.table in _SHOWN_TABLES:
        # In the same statement as the values, so the decision is on what was shown. On
        # a save (``source`` the UPDATE's rows) the listing reads the row as it was before
        # it: the person's own change is no surprise to their decision.
        shown = _shown_sql(form.table, source.name)
        names.append(sa.literal_column(shown, sa.DateTime(timezone=True)).label("shown"))
    flag = _flag_of(form)
    if flag is not None:
        # The list's own rule, in the same statement: the window says what the list marks.
        names.append(sa.func.coalesce(flag.condition(source), sa.false()).label("flagged"))
        if flag.lapsed is not None:
            names.append(sa.func.coalesce(flag.lapsed(source), sa.false()).label("lapsed"))
    names.extend(fact.sql(source).label(f"f_{fact.name}") for fact in _facts_of(form, role))
    # A column shown other than stored reads as the list shows it (a sign-in's action is
    # "Logged in" in its window too: ``audit_words.SHOWN_AS``).
    values = [
        SHOWN_AS[(form.table, c)](source).label(c) if (form.table, c) in SHOWN_AS else source.c[c]
        for c in columns
    ]
    statement = sa.select(source.c.id, *values, *names).select_from(joins.clause)
    return statement, columns, named, itself, asks_own


@cache
def _load_statement(table: str, role: Role) -> _Statement:
    form = form_spec(table, role)
    statement, *parts = _select(form, role)
    where = statement.where(_table(table).c.id == sa.bindparam("record_id"))
    return _prepared(form, role, where, parts)


@cache
def _save_statement(table: str, role: Role, changed: tuple[str, ...]) -> _Statement:
    """One round trip: the UPDATE gives back the row as saved (only what the role reads:
    RETURNING needs SELECT), and the same statement names its references."""
    form = form_spec(table, role)
    model = _table(table)
    updated = (
        sa.update(model)
        .where(
            model.c.id == sa.bindparam("record_id"), model.c.updated_at == sa.bindparam("version")
        )
        .values({c: sa.bindparam(f"v_{c}", type_=model.c[c].type) for c in changed})
        .returning(model.c.id, *(model.c[c] for c in form.fields))
        .cte("saved")
    )
    statement, *parts = _select(form, role, updated)
    return _prepared(form, role, statement, parts)


def _prepared(
    form: FormSpec, role: Role, statement: sa.Select[Any], parts: list[Any]
) -> _Statement:
    """A load's or a save's statement compiled, with what reading its row needs: the
    columns, names and own-record parts ``_select`` gave, the flag and the facts."""
    columns, named, itself, asks_own = parts
    return _Statement(
        compile_statement(statement),
        columns,
        named,
        itself,
        asks_own,
        form.table in _SHOWN_TABLES,
        _flag_of(form),
        tuple(fact.name for fact in _facts_of(form, role)),
    )


def _to_record(form: FormSpec, row: tuple[Any, ...], statement: _Statement) -> Record:
    columns, named = statement.columns, statement.named
    values = dict(zip(columns, row[1 : 1 + len(columns)], strict=True))
    after = 1 + len(columns)
    names = dict(zip(named, row[after : after + len(named)], strict=True))
    after += len(named)
    name = row[after] if statement.named_itself else None
    after += statement.named_itself
    own = row[after] if statement.asks_own else None
    after += statement.asks_own
    shown = row[after] if statement.asks_shown else None
    after += statement.asks_shown
    flagged = lapsed = None
    if statement.flag is not None:
        flagged = row[after]
        after += 1
        if statement.flag.lapsed is not None:
            lapsed = row[after] if flagged else None
            after += 1
    facts = dict(zip(statement.facts, row[after : after + len(statement.facts)], strict=True))
    return Record(form.table, row[0], values, names, name, own, shown, flagged, lapsed, facts)


def closed_to_role(form: FormSpec, record: Record) -> bool:
    """The role changes this record only in other states, or only its own
    (``FormSpec.update_states``: an employee's leave request once decided, or a report's
    read by their supervisor): nothing in it is to be offered for change; the database
    refuses (row security, migration 0003)."""
    if form.update_states is None:
        return False
    if record.own is False:
        return True
    column, open_states = form.update_states
    return record.values.get(column) not in open_states


def load_record(session: Session, table: str, role: Role | str, record_id: uuid.UUID) -> Record:
    """The record as ``role`` sees it; RecordGone when it does not exist for them."""
    record = _fetch(session, form_spec(table, role), Role(role), record_id)
    if record is None:
        raise RecordGone(record=in_sentence(table_info(table).record_title))
    return record


def _fetch(session: Session, form: FormSpec, role: Role, record_id: uuid.UUID) -> Record | None:
    load = _load_statement(form.table, role)
    rows = run_compiled(session, load.compiled, {"record_id": record_id})
    return _to_record(form, rows[0], load) if rows else None


def find_record_id(session: Session, table: str, key: str) -> uuid.UUID:
    """The id of the record ``key`` names: its id, its document number, or its name
    (the registry's first naming column: a client's company name), ignoring case."""
    model = _table(table)
    info = table_info(table)
    key = key.strip()
    try:
        conditions = [model.c.id == uuid.UUID(key)]
    except ValueError:
        conditions = []
        if info.number:
            conditions.append(sa.func.upper(model.c[info.number]) == key.upper())
        if info.naming is not None and info.naming.names:
            conditions.append(sa.func.lower(model.c[info.naming.names[0]]) == key.lower())
    if not conditions:
        raise NotFound("record_not_found", record=in_sentence(info.record_title), key=key)
    found = session.scalars(sa.select(model.c.id).where(sa.or_(*conditions)).limit(2)).all()
    if len(found) != 1:
        raise NotFound("record_not_found", record=in_sentence(info.record_title), key=key)
    return found[0]


# --------------------------------------------------------------------------- writing


def _writable(form: FormSpec, values: Mapping[str, Any], *, new: bool) -> dict[str, Any]:
    unknown = [name for name in values if not form.editable(name, new=new)]
    if unknown:
        # A programming error: the form offers only what the role may write. The database
        # would refuse it anyway (no column privilege).
        raise ValueError(f"{form.table}: not writable by this role: {', '.join(unknown)}")
    return dict(values)


def create_record(
    session: Session, table: str, role: Role | str, values: Mapping[str, Any]
) -> Record:
    """Insert a new record with ``values`` (absent columns take their server defaults)
    and return it as the database made it (number, creator, defaults filled in)."""
    role = Role(role)
    form = form_spec(table, role)
    given = {k: v for k, v in _writable(form, values, new=True).items() if v is not None}
    model = _table(table)
    statement = sa.insert(model).returning(model.c.id)
    if given:
        statement = statement.values(given)

    def work() -> Record | None:
        new_id = session.execute(statement).scalar_one()
        made = _fetch(session, form, role, new_id)
        session.commit()
        return made

    record = run_unit(session, table, given, "insert", work)
    # A record a person may create but not see (an IT ticket filed for someone else's
    # team) would come back None: that is the database's rule, say so.
    if record is None:
        raise RecordGone(record=in_sentence(form.record_title))
    return record


def save_record(
    session: Session,
    table: str,
    role: Role | str,
    record_id: uuid.UUID,
    version: dt.datetime | None,
    changes: Mapping[str, Any],
) -> Record:
    """Save ``changes`` over the version the person loaded; the record as saved.

    StaleRecord if someone else saved it since (``version`` is not the current
    ``updated_at``), RecordGone if it was deleted or is no longer visible.
    """
    role = Role(role)
    form = form_spec(table, role)
    changes = _writable(form, changes, new=False)

    def work() -> Record | None:
        if not changes:
            saved = _fetch(session, form, role, record_id)
        else:
            save = _save_statement(table, role, tuple(sorted(changes)))
            values = {f"v_{c}": v for c, v in changes.items()}
            rows = run_compiled(
                session, save.compiled, {"record_id": record_id, "version": version, **values}
            )
            if not rows:
                session.rollback()
                _raise_stale_or_gone(session, form, role, record_id, unchanged_since=version)
            saved = _to_record(form, rows[0], save)
        session.commit()
        return saved

    record = run_unit(session, table, changes, "update", work)
    if record is None:
        raise RecordGone(record=in_sentence(form.record_title))
    if not changes and record.version != version:
        raise StaleRecord(record)
    return record


def delete_record(
    session: Session,
    table: str,
    role: Role | str,
    record_id: uuid.UUID,
    version: dt.datetime | None,
) -> None:
    """Delete the record, only if it is still the version the person saw."""
    role = Role(role)
    form = form_spec(table, role)
    model = _table(table)
    statement = sa.delete(model).where(model.c.id == record_id).returning(model.c.id)
    if form.versioned:
        statement = statement.where(model.c.updated_at == version)

    def work() -> None:
        if session.execute(statement).first() is None:
            session.rollback()
            _raise_stale_or_gone(session, form, role, record_id)
        session.commit()

    run_unit(session, table, {}, "delete", work)


def _raise_stale_or_gone(
    session: Session,
    form: FormSpec,
    role: Role,
    record_id: uuid.UUID,
    *,
    unchanged_since: dt.datetime | None = None,
):
    """Why a statement on one record touched no row. ``unchanged_since``: the version an
    UPDATE was made over; if the record is still at it, nobody changed it meanwhile, and
    the rows' rules (row security) kept it from this person: refused, not a conflict
    (an employee's own rejected leave request read "changed by Jean Mugabo at 10:57 while
    you were editing it", the manager's decision of days before)."""
    current = _fetch(session, form, role, record_id)
    if current is None:
        session.rollback()
        raise RecordGone(record=in_sentence(form.record_title))
    if unchanged_since is not None and current.version == unchanged_since:
        session.rollback()
        raise NotAllowed("denied_save", **table_words(form.table))
    last = history.last_change(session, form.table, record_id)
    session.rollback()
    if last is None or last[0] is None:
        raise StaleRecord(current)
    who, when = last
    raise StaleRecord(current, who=who, when=when.astimezone().strftime("%H:%M"))
