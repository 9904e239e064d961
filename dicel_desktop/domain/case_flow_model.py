"""What a case flow is (``domain/case_flow_declarations.py`` declares them, read through
``domain/case_flows.py``): its steps, what each asks of the person and writes besides the
state, and who takes them.

Pure Python: no SQLAlchemy, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from dicel_desktop.domain.roles import Role
from dicel_desktop.domain.states import Choice

__all__ = [
    "REQUESTER",
    "AmountAsked",
    "Asks",
    "CaseFlow",
    "DateStamp",
    "Stamp",
    "Step",
    "TimeStamp",
]

#: The actor "the person who filed this record" (beside roles, in ``deciders``).
REQUESTER = "requester"


class Asks(StrEnum):
    """What a step needs from the person beyond the record."""

    NOTHING = "nothing"
    #: Whom to assign the record to (a user of one of the flow's ``workers`` roles).
    ASSIGNEE = "assignee"
    #: The resolution text, written to the flow's ``resolution`` column.
    RESOLUTION = "resolution"
    #: Why the step is taken (required, migration 0071): kept with the record as a dated
    #: line appended to the flow's ``notes`` column ("Written off on 2026-12-05: ...").
    REASON = "reason"
    #: What was said or done (required, migration 0101): kept as a reason is, a dated line
    #: appended to the flow's ``notes`` ("Responded to on 2026-12-07: ..."), refused
    #: without it with its own words (DW491): a complaint answered or resolved, a case
    #: marked recovered, a risk closed (migration 0105).
    NOTE = "note"


class Stamp(StrEnum):
    """What a step writes into a date of the record (``DateStamp``), or into a moment
    (``TimeStamp``: ``NOW``, ``BY_NOW``, ``CLEAR``)."""

    #: The day the step is taken.
    TODAY = "today"
    #: The day the step is taken, unless the date already passed: something that ends
    #: (applications, a contract) ends today, or kept the earlier day it ended.
    BY_TODAY = "by_today"
    #: Nothing: the record no longer has that date (applications reopened).
    CLEAR = "clear"
    #: A day the person gives when taking the step, required and after today (a policy
    #: approved says when it is next reviewed, migration 0072): the step's function takes
    #: it as a ``date`` parameter named after the column.
    ASKED = "asked"
    #: A day the person gives when taking the step, required, when something happened (a
    #: case settled, migration 0101): today at the latest (DW430), and never before the
    #: record's ``DateStamp.not_before`` (DW431); a ``date`` parameter named after the
    #: column, as ``ASKED``. The table's CHECK on the two dates (``ORDERED_DATES``,
    #: ``ck_recovery_cases_actual_completion_date_order``) is the authority on that
    #: floor: it holds on the UPDATE itself, under the row's lock. DW431 only reads the
    #: floor first (unlocked) to say it in the step's words, with the day; kept rather
    #: than wording the CHECK's 23514, which carries neither the step nor that day
    #: (review30 F8).
    SETTLED = "settled"
    #: Of a moment (a timestamp column): the moment the step is taken.
    NOW = "now"
    #: The moment the step is taken, unless the record's moment already passed: a patrol
    #: ends now, or kept the earlier end time written in its form; an empty start time
    #: (or one still ahead) becomes now.
    BY_NOW = "by_now"


@dataclass(frozen=True)
class DateStamp:
    """A date column a step writes (``Step.dates``)."""

    column: str
    how: Stamp
    #: A date column of the record the written date never falls before (a contract that
    #: ends before it began ends on its first day: its dates stay in order); of a day
    #: ``SETTLED``, the step is refused instead (a case settled before it started).
    not_before: str | None = None


@dataclass(frozen=True)
class TimeStamp:
    """A timestamp column a step writes (``Step.times``): the moment it is taken."""

    column: str
    how: Stamp = Stamp.NOW
    #: A timestamp column of the record the step never comes before: while that moment
    #: is still ahead the step is refused (DW407: a patrol does not end before it
    #: started), and a moment written before it is raised to it.
    not_before: str | None = None

    def __post_init__(self) -> None:
        if self.how not in (Stamp.NOW, Stamp.BY_NOW, Stamp.CLEAR):
            raise ValueError(f"a moment is stamped now, by now or cleared, not {self.how}")


@dataclass(frozen=True)
class AmountAsked:
    """A money column a step writes with an amount the person gives (``Step.amounts``: a
    case's amount recovered, migration 0106): the step's function takes it as a
    ``numeric`` parameter named after the column, refuses it not given or not above zero
    (DW435), above the record's ``ceiling`` column where that holds an amount (DW436), or
    with a fraction of a franc (DW346). The dialog starts at the ceiling. A step that
    ``reopens`` the record clears it (the record no longer says what came back)."""

    column: str
    #: The money column of the record the amount is never above (the amount involved).
    ceiling: str | None = None


@dataclass(frozen=True)
class Step:
    #: The verb of the function's name: ``dicel_<action>_<noun>``.
    action: str
    #: States the workers may take it from.
    sources: tuple[str, ...]
    target: str
    #: What the step did, for sentences: "resolved", "put on hold".
    done: str
    #: States from which the record's requester may take it on their own record.
    requester_sources: tuple[str, ...] = ()
    asks: Asks = Asks.NOTHING
    #: Columns that must hold text before the step (an incident's actions taken).
    requires: tuple[str, ...] = ()
    #: Stamps the resolved date; a record nobody was assigned gets the caller.
    resolves: bool = False
    #: Clears the resolved date.
    reopens: bool = False
    #: Dates of the record the step writes (besides the flow's resolved date).
    dates: tuple[DateStamp, ...] = ()
    #: Moments of the record (timestamp columns) the step writes: a patrol's end time.
    times: tuple[TimeStamp, ...] = ()
    #: Amounts the person gives, written into money columns of the record: how much of
    #: a case came back (migration 0106).
    amounts: tuple[AmountAsked, ...] = ()
    #: Moments of the record (timestamp columns) the step is never taken before, though
    #: it writes none: while one is still ahead the step is refused (DW407, as a
    #: ``TimeStamp.not_before``): a shift is not started or completed before it begins
    #: (migration 0095).
    not_before: tuple[str, ...] = ()
    #: Moments of the record (timestamp columns) the step is never taken after: once one
    #: has passed, by the database's clock, the step is refused (DW432, migration 0105):
    #: a shift whose end has passed is not cancelled (it was worked or missed; cancel
    #: withdraws a shift that will not happen). One list for the function that refuses
    #: the step (``db.case_functions``) and the window that says so before the press
    #: (``services.cases``), as ``floors`` is.
    not_after: tuple[str, ...] = ()
    #: Other columns the step writes a constant into, as (column, value): what the new
    #: state makes them (a won opportunity's stage is ``closed_won``).
    sets: tuple[tuple[str, str], ...] = ()
    #: A decision four eyes take (a policy's approval, migration 0078): refused to whoever
    #: brought the record to it (moved it into one of the ``sources``) or changed it since
    #: it last reached the ``target`` (DW411, DW412), and taken on the version the person
    #: was shown (the function's last parameter, ``shown timestamptz``: the later of the
    #: record's ``updated_at`` and its files' last change, as the window read it; a change
    #: since by someone else refuses it, DW007 or DW008, as the decisions of migrations
    #: 0032 and 0070 do; none given, DW413). A change of its files (``documents`` it
    #: owns) is a change of it, for both (migration 0079). A recovery case's write-off too,
    #: and an IT asset reported lost or disposed of (migration 0096).
    decided_by_another: bool = False
    #: Nor by the one working the record (its flow's ``assignee``, or ``holder``): a
    #: recovery case's write-off is not its own officer's, who may still mark it recovered
    #: (DW415, migration 0087). Forgiving a debt is the decision four eyes are for. Nor is
    #: an IT asset reported lost or disposed of by the person holding it (migration 0096).
    not_by_assignee: bool = False
    #: A function of dicel_owner's (called with the record's id) that locks, before the
    #: record's row, rows the step's triggers then change: the open leave a termination
    #: cancels (``dicel_lock_open_leave``, migration 0153), locked first as every update
    #: of a leave request locks it before its employee. One order, so a decision and the
    #: step wait for each other rather than deadlock.
    locks_first: str | None = None

    @property
    def floors(self) -> tuple[str, ...]:
        """The moments of the record the step never comes before, each once: those its
        stamps wait for (``TimeStamp.not_before``: a patrol's start), then its own
        (``not_before``: a shift's). One list for the function that refuses the step
        (DW407, ``db.case_functions``) and the window that says so before the press
        (``services.cases``)."""
        stamped = (t.not_before for t in self.times if t.not_before)
        return tuple(dict.fromkeys([*stamped, *self.not_before]))

    @property
    def asked_dates(self) -> tuple[str, ...]:
        """The date columns the person gives when taking the step (``Stamp.ASKED``,
        ``Stamp.SETTLED``)."""
        return tuple(d.column for d in self.dates if d.how in (Stamp.ASKED, Stamp.SETTLED))

    @property
    def asked_amounts(self) -> tuple[str, ...]:
        """The money columns the person gives when taking the step (``amounts``)."""
        return tuple(a.column for a in self.amounts)

    @property
    def writes_line(self) -> bool:
        """The step appends what the person wrote to the flow's ``notes`` as a dated line
        (``Asks.REASON``, ``Asks.NOTE``)."""
        return self.asks in (Asks.REASON, Asks.NOTE)


@dataclass(frozen=True)
class CaseFlow:
    table: str
    #: The object of the functions' names: ``dicel_resolve_<noun>``.
    noun: str
    #: The name of the functions' first parameter (``ticket_id``).
    id_param: str
    states: type[Choice]
    #: Roles that take every step on every record; assignees are chosen among them.
    workers: tuple[Role, ...]
    steps: tuple[Step, ...]
    assignee: str | None = None
    resolution: str | None = None
    #: The date a step that resolves stamps (a timestamp, or a date for recovery cases).
    resolved_at: str | None = None
    #: Who filed the record (a users.id): they take the steps with requester sources.
    requester: str | None = None
    #: Or who the record is about (an employees.id): that employee takes them, as the
    #: requester of a ticket does (the employee acknowledges their review). Their
    #: supervisor reads it too (row security's team), so the window asks whose it is.
    subject: str | None = None
    #: Roles besides the workers that read every record (row security, migration 0003):
    #: for them a record may be someone else's, so a requester's step is theirs only on
    #: the records they filed themselves (``filing_readers``).
    reads_all: tuple[Role, ...] = ()
    #: The text column a step that asks a reason appends it to (``Asks.REASON``): the
    #: record's description or terms, as the schema has no note column there.
    notes: str | None = None
    #: Tables whose rows are parts of the record, as (table, the column pointing to the
    #: record): for a step ``decided_by_another`` their rows and the files attached to
    #: them are part of what is decided, as the record's own files are (a recovery
    #: case's "Case documents"; migration 0082).
    parts: tuple[tuple[str, str], ...] = ()
    #: Whose hands the record is in, a column the form writes and no step sets (an IT
    #: asset's ``assigned_to``): a step ``not_by_assignee`` is not theirs either, as it is
    #: not an assignee's (migration 0096).
    holder: str | None = None

    def __post_init__(self) -> None:
        if self.notes is None and any(s.writes_line for s in self.steps):
            raise ValueError(f"{self.table}: a step asks a reason or note, and no column keeps it")
        if self.kept_by is None and any(s.not_by_assignee for s in self.steps):
            raise ValueError(f"{self.table}: a step not by its assignee, and none is kept")
        if self.parts and not any(s.decided_by_another for s in self.steps):
            raise ValueError(f"{self.table}: parts count only for a decision four eyes take")

    @property
    def asked_amounts(self) -> tuple[str, ...]:
        """The money columns any step asks (``Step.amounts``), each once: what a step
        that ``reopens`` the record clears, as it clears the resolved date."""
        return tuple(dict.fromkeys(c for s in self.steps for c in s.asked_amounts))

    @property
    def kept_by(self) -> str | None:
        """The column of the person a step ``not_by_assignee`` is refused to: the
        assignee, or the holder."""
        return self.assignee or self.holder

    def step(self, action: str) -> Step:
        for step in self.steps:
            if step.action == action:
                return step
        raise KeyError(f"{self.table} has no step {action!r}")

    def function(self, step: Step | str) -> str:
        """The database function of ``step``: ``dicel_resolve_it_ticket``."""
        action = step.action if isinstance(step, Step) else self.step(step).action
        return f"dicel_{action}_{self.noun}"

    def deciders(self, step: Step) -> tuple[str, ...]:
        """Who may take ``step``: role values, and ``REQUESTER`` where it applies."""
        found = tuple(r.value for r in self.workers)
        if step.requester_sources and self.has_requester:
            found += (REQUESTER,)
        return found

    @property
    def has_requester(self) -> bool:
        """Someone besides the workers takes steps on their own record: the person who
        filed it (``requester``) or the employee it is about (``subject``)."""
        return self.requester is not None or self.subject is not None

    def requester_user(self, alias: str | None = "t") -> str:
        """SQL: the users.id of the person whose own record it is (of the row ``alias``,
        or of the policy's row when None)."""
        prefix = f"{alias}." if alias else ""
        if self.requester:
            return f"{prefix}{self.requester}"
        if self.subject:
            # Qualified in a policy too: the subquery's own columns come first.
            of = prefix or f"{self.table}."
            return f"(SELECT e.user_id FROM public.employees AS e WHERE e.id = {of}{self.subject})"
        raise ValueError(f"{self.table} has no requester")

    @property
    def final_states(self) -> frozenset[str]:
        """The states no step leads out of (a closed or cancelled ticket): the record is
        what it ended as, and nobody changes it any more (migration 0035)."""
        leaving = {s for step in self.steps for s in (*step.sources, *step.requester_sources)}
        return frozenset(state.value for state in self.states) - leaving

    def requester_roles(self) -> frozenset[Role]:
        """The roles for whom a record they see is one they filed: row security shows
        them only their own (a supervisor reads their team's reviews: none for a flow's
        subject)."""
        if not self.requester:
            return frozenset()
        return frozenset(Role) - set(self.workers) - set(self.reads_all)

    def filing_readers(self) -> frozenset[Role]:
        """The roles that read every record and file their own too (compliance, of IT
        tickets): a requester's step is theirs on a record they filed, which only the
        record's requester says. For a flow's subject, every role but the workers: a
        supervisor reads a report's review, which is not theirs to acknowledge."""
        if self.subject:
            return frozenset(Role) - set(self.workers)
        if not self.requester:
            return frozenset()
        return frozenset(self.reads_all) - set(self.workers)
