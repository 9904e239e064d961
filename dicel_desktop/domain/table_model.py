"""What the registry of tables (``domain/tables.py``) says about a table: a
:class:`TableInfo` per table, with how a reference to one of its rows is named
(:class:`Naming`, :class:`Kind`) and what freezes once it moves on (:class:`Lock`,
:class:`Charged`); and how a table's title reads inside a sentence.

The shapes only: the entries are ``domain/tables.py``'s, which imports every name here
back, so both modules offer them.

Pure Python: no SQLAlchemy, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from dicel_desktop.domain.states import Choice, words

__all__ = ["Charged", "Kind", "Lock", "Naming", "TableInfo", "in_sentence"]


@dataclass(frozen=True)
class Kind:
    """A choice column that says what kind of record it is, in the words of its name: a
    leave request's ``leave_type`` 'annual' reads "Annual leave" (``words`` "{} leave")."""

    column: str
    choices: type[Choice]
    #: The phrase the choice's label goes into.
    words: str = "{}"

    def of(self, value: str) -> str:
        """ "annual" -> "Annual leave"; a value not among the choices, in words."""
        try:
            label = self.choices(value).label
        except ValueError:
            label = words(value).capitalize()
        return self.words.format(label)


@dataclass(frozen=True)
class Naming:
    """How a record is named where something points to it ("EMP-000042 — Jean Mugabo"),
    and what its window is titled where it has no document number ("Annual leave, Eric
    Habimana, 3-7 March 2027").

    The parts, each optional: the document ``number``; then, joined by ", ": the ``kind``
    of record in words; the names of the records the references ``refs`` point to (an
    order line's order); the first non-empty of ``names`` (``joined``: all of them, with
    spaces, as first and last name); the name of the person ``person`` points to (a users
    reference, or one to a table that names its own person, as employees do); and
    ``dates``: one day, or the first and last day of a span ("3-7 March 2027", with an
    en dash); last, the ``year`` a record is of, as its number (a budget line's fiscal
    year: "Finance, Rent, 2026"). The number is set apart from the rest by " — ", before
    it, or after it where ``name_first``: a person or a company is looked for by name,
    and the number after it only tells two namesakes apart ("Annick Byiringiro —
    EMP-000033"). Where ``set_apart``, the other parts are set apart so too: a name that
    holds its own comma (a shift's place, "Gasabo District, Kigali") would run into the
    next part ("Gasabo District, Kigali — Sandrine Rukundo — 4 December 2026").
    """

    number: str | None = None
    names: tuple[str, ...] = ()
    joined: bool = False
    person: str | None = None
    kind: Kind | None = None
    refs: tuple[str, ...] = ()
    dates: tuple[str, ...] = ()
    year: str | None = None
    name_first: bool = False
    set_apart: bool = False

    def __post_init__(self) -> None:
        if len(self.dates) > 2:
            raise ValueError("dates are one day or a span (first, last)")

    @property
    def columns(self) -> tuple[str, ...]:
        """The columns of the table itself the name is made of (search looks there)."""
        kind = (self.kind.column,) if self.kind else ()
        return tuple(
            c for c in (self.number, *kind, *self.refs, *self.names, *self.dates, self.year) if c
        )

    @property
    def says_kind(self) -> bool:
        """The name starts by saying what the record is ("Annual leave, …"): a window
        is titled with the name alone."""
        return self.kind is not None


@dataclass(frozen=True)
class Lock:
    """Once ``column`` leaves ``open_states``, ``columns`` (amounts, parties, dates) no
    longer change and lines are no longer added to ``lines``, changed or removed: only
    the workflow functions (owned by dicel_owner) and a superuser still may. Triggers
    enforce it for every role, admin included (migration 0007, SQLSTATE DL001/DL002)."""

    column: str
    open_states: tuple[str, ...]
    columns: tuple[str, ...]
    #: Tables holding this record's lines, as (table, column pointing here).
    lines: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Charged:
    """Once ``amount`` is not 0 (something was charged to the record), ``columns`` (what
    the record is: a budget line's department, category and year) no longer change,
    whatever its state: what was charged would move with them. Unlike :class:`Lock`,
    keyed on an amount, not a state; the other columns (a budget's allocation) may still
    be revised. A trigger enforces it for every DICEL login, admin and the workflow
    functions included (migration 0047, SQLSTATE DW333)."""

    amount: str
    columns: tuple[str, ...]


@dataclass(frozen=True)
class TableInfo:
    name: str
    #: What lists and menus call it.
    title: str
    #: Key of the department module that lists it (domain.modules); None for a table no
    #: module lists (documents: shown with the record they are attached to).
    module: str | None
    #: The server-numbered document column ("PO-2026-000123"), if any.
    number: str | None = None
    #: GENERATED ALWAYS columns: computed by PostgreSQL, written by nobody.
    generated: frozenset[str] = frozenset()
    #: Has ``updated_at`` (the optimistic-lock token). Without it, rows are facts that are
    #: added (and, where deletable, removed) but never edited.
    versioned: bool = True
    #: Confidential to its department (pay, performance): compliance does not read it.
    confidential: bool = False
    #: Who created or filed the row (``created_by``, ``requester_id`` ...): set by the
    #: server from the session user (migration 0007), written by no role.
    provenance: frozenset[str] = frozenset()
    #: How a reference to one of its rows is named; None: not referenced by name.
    naming: Naming | None = None
    lock: Lock | None = None
    charged: Charged | None = None
    #: What one row is called, where the title's singular does not say it.
    record: str | None = None

    @property
    def record_title(self) -> str:
        """One row's name: "Invoice", "Leave request", "Policy"."""
        if self.record:
            return self.record
        if self.title.endswith("ies"):
            return self.title[:-3] + "y"
        return self.title[:-1] if self.title.endswith("s") else self.title


def in_sentence(title: str) -> str:
    """A title as it reads inside a sentence: "Invoice" -> "invoice", but an acronym keeps
    its capitals ("IT ticket", "IT assets")."""
    first, _, _rest = title.partition(" ")
    if len(first) > 1 and first.isupper():
        return title
    return title[:1].lower() + title[1:]
