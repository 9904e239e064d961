"""The SQL of the tickets' and cases' workflow functions, made from ``domain.case_flows``.

Migration 0011 creates what :func:`function_definitions` and :func:`owner_policies` give
for its five tables, migrations 0037 and 0038 for the flows they add;
tests/security/test_case_steps.py compares the database's functions with them, so a
change to the declaration needs a migration that creates them again, and that test says
so.

One function per step, ``dicel_<action>_<noun>(<id> uuid [, assignee uuid | resolution
text]) RETURNS void``, SECURITY DEFINER, owned by dicel_owner. It runs one conditional
UPDATE: the record moves to the step's target only from a state the caller may take it
from (the flow's workers: the step's sources; the record's requester: its requester
sources), with its side effects (assignee, resolution, resolved date, the dates the
step writes, the constants it sets). When no row moves, it finds out why and refuses
(the DETAIL is a JSON object of data):

* ``DW403`` no such record, or not one the caller may see (TABLE set): asked first
  (``dicel_can_see_record``, the caller's own SELECT right and row security), before
  any lock and any other answer, so a caller who may not see the record learns nothing
  of it, not even that it exists (migration 0039);
* ``DW002`` the caller may not take this step: ``deciders`` (role values and
  ``requester``, comma-separated) and ``action``;
* ``DW001`` the record already is where the step leads (someone took it first):
  ``state``, ``action``, ``who`` (full name, from the audit log) and ``when``;
* ``DW004`` the record's state does not allow the step: ``state`` and ``action``;
* ``DW402`` text the step needs is empty (COLUMN names it: the resolution typed, an
  incident's actions taken); empty is what ``dicel_given_text`` finds nothing in (blanks
  of any kind, control characters: migration 0074);
* ``DW404`` no assignee given; ``DW401`` the assignee is not an active user of one of
  the flow's worker roles (``roles``, comma-separated; COLUMN ``assigned_to``);
* ``DW490`` a step that asks why it is taken (``Asks.REASON``: a write-off, a contract
  ended) was given no reason (COLUMN ``reason``, DETAIL ``action``, what it does);
  migration 0071. The reason is appended to the flow's ``notes`` column as a dated line
  (on one line, ``dicel_given_reason``; ``DW020`` beyond its length, migration 0074);
* ``DW491`` a step that asks what was said or done (``Asks.NOTE``: a complaint answered
  or resolved, a case marked recovered) was given no note (COLUMN ``note``, DETAIL
  ``action``); kept as a reason is; migration 0101;
* an amount the step asks (``Step.amounts``: how much of a recovery case came back,
  migration 0106): ``DW435`` not given or not above zero, ``DW436`` above the record's
  ``ceiling`` column (DETAIL ``ceiling``, that column, ``most``, its amount, ``amount``,
  the one given, ``currency``), ``DW346`` a fraction of a franc (DETAIL ``amount``,
  ``currency``); COLUMN names the amount, DETAIL ``action``. A step that ``reopens``
  the record clears it;
* ``DW408`` a day the step asks (``Stamp.ASKED``: a policy's next review date) was not
  given, ``DW409`` it is not after today (DETAIL ``day``, the database's today): COLUMN
  names it, DETAIL ``action`` (what the step does); migration 0072;
* a day the step asks of when something happened (``Stamp.SETTLED``: the day a recovery
  case was settled, migration 0101): ``DW429`` not given, ``DW430`` after today (DETAIL
  ``day``, the company's today), ``DW431`` before the record's ``not_before`` column
  (DETAIL ``floor``, that column, and ``date``, its day); COLUMN names the day asked,
  DETAIL ``action``;
* ``DW407`` the step comes before a moment of the record it never comes before (a
  patrol completed before its start time, ``TimeStamp.not_before``; a shift started or
  completed before it begins, ``Step.not_before``, migration 0095): COLUMN names it,
  DETAIL ``action`` and ``at`` (that moment);
* ``DW432`` the step comes once a moment of the record it is never taken after has
  passed (a shift cancelled after its end, ``Step.not_after``, migration 0105): COLUMN
  and DETAIL as DW407's, and ``state``, the record's (migration 0110);
* a decision four eyes take (``Step.decided_by_another``: a policy's approval, migration
  0078; a recovery case's write-off, migration 0079; an IT asset reported lost or
  disposed of, migration 0096), for the workers, under the record's
  row lock (its files count as part of it and of its version since 0079): ``DW411`` the
  caller changed the record, ``DW412`` they moved it where it waits for the decision,
  since it last reached the step's target (``dicel_own_change_to_decide``; DETAIL
  ``who``, ``at``, ``state``, ``action``); ``DW413`` no ``shown`` version given (COLUMN
  ``shown``); ``DW007``/``DW008`` changed since that version by someone else (``who``,
  ``when``), as the decisions of migrations 0032 and 0070.

A migration makes the functions as they were at its revision (the switches of
:func:`function_definitions`): none calls a helper a later revision creates.

Pure text: no SQLAlchemy, no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from dicel_desktop.domain.amounts import HOME_CURRENCY
from dicel_desktop.domain.case_flows import (
    FLOWS,
    REQUESTER,
    AmountAsked,
    Asks,
    CaseFlow,
    DateStamp,
    Stamp,
    Step,
    TimeStamp,
)
from dicel_desktop.domain.roles import OWNER_ROLE

__all__ = [
    "FunctionDefinition",
    "final_trigger",
    "flow_creation",
    "flow_definitions",
    "flow_removal",
    "function_definitions",
    "owner_policies",
    "superseded_removal",
]

_SETTINGS = "SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp"

#: Columns holding a date rather than a moment (the day a case was settled).
_DATE_COLUMNS = frozenset({("recovery_cases", "actual_completion_date")})


@dataclass(frozen=True)
class FunctionDefinition:
    name: str
    #: The argument types, for ALTER and DROP, as regprocedure writes them: "uuid,text".
    arg_types: str
    create: str
    #: What pg_proc.prosrc holds once created.
    body: str

    @property
    def create_or_replace(self) -> str:
        """``create`` for a function that exists already (a later revision's body)."""
        return self.create.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1)

    @property
    def signature(self) -> str:
        """``public.dicel_resolve_it_ticket(uuid, text)``"""
        return f"public.{self.name}({self.arg_types})"


def _text(value: str) -> str:
    return "'" + str(value).replace("'", "''") + "'"


def _texts(values: Iterable[str]) -> str:
    items = [_text(v) for v in values]
    return f"ARRAY[{', '.join(items)}]::text[]" if items else "'{}'::text[]"


def _raise(
    code: str, message: str, table: str, *, column: str | None = None, detail: str = ""
) -> str:
    using = [f"ERRCODE = '{code}'", f"TABLE = {_text(table)}"]
    if column is not None:
        using.append(f"COLUMN = {column}")
    if detail:
        using.append(f"DETAIL = {detail}")
    return f"RAISE EXCEPTION {message} USING {', '.join(using)};"


def _parameters(flow: CaseFlow, step: Step, *, decided: bool = True) -> list[tuple[str, str]]:
    params = [(flow.id_param, "uuid")]
    if step.asks is Asks.ASSIGNEE:
        params.append(("assignee", "uuid"))
    elif step.asks is Asks.RESOLUTION:
        params.append((flow.resolution or "resolution", "text"))
    elif step.asks is Asks.REASON:
        params.append(("reason", "text"))
    elif step.asks is Asks.NOTE:
        params.append(("note", "text"))
    # Amounts the person gives (a case's amount recovered, migration 0106), then days
    # (a policy's next review date): after what the step asks.
    params += [(column, "numeric") for column in step.asked_amounts]
    params += [(column, "date") for column in step.asked_dates]
    # The version of a decision the person was shown (migration 0078): last.
    if decided and step.decided_by_another:
        params.append(("shown", "timestamp with time zone"))
    return params


def _is_worker(flow: CaseFlow) -> str:
    return " OR ".join(f"public.dicel_has_role({_text(r.value)})" for r in flow.workers)


def _stamped(stamp: DateStamp | TimeStamp, now: str) -> str:
    """What ``stamp`` writes: the step's day or moment (``now``: ``current_date``, or the
    transaction's ``now()``), or the earlier of it and the record's; never before the
    record's ``not_before`` (greatest() passes over a NULL: no floor when it has none)."""
    if stamp.how is Stamp.CLEAR:
        return "NULL"
    if stamp.how in (Stamp.ASKED, Stamp.SETTLED):
        return f"v_{stamp.column}"
    if stamp.how in (Stamp.TODAY, Stamp.NOW):
        value = now
    else:
        value = f"least(coalesce(t.{stamp.column}, {now}), {now})"
    if stamp.not_before:
        value = f"greatest(t.{stamp.not_before}, {value})"
    return value


def _assignments(flow: CaseFlow, step: Step) -> list[str]:
    sets = [f"status = {_text(step.target)}"]
    if step.asks is Asks.ASSIGNEE:
        sets.append(f"{flow.assignee} = v_assignee")
    if step.asks is Asks.RESOLUTION:
        sets.append(f"{flow.resolution} = v_text")
    if step.writes_line:
        sets.append(f"{flow.notes} = {_reason_line(flow, step)}")
    if step.resolves and flow.resolved_at and flow.resolved_at not in step.asked_dates:
        # (A resolved date the person gives, the day a case was settled, is theirs.)
        now = "current_date" if (flow.table, flow.resolved_at) in _DATE_COLUMNS else "now()"
        sets.append(f"{flow.resolved_at} = {now}")
    if step.resolves and flow.assignee and step.asks is not Asks.ASSIGNEE:
        # Whoever resolved a record nobody had is its assignee: a reopened record goes
        # back to them.
        sets.append(f"{flow.assignee} = coalesce(t.{flow.assignee}, v_user)")
    if step.reopens and flow.resolved_at:
        sets.append(f"{flow.resolved_at} = NULL")
    if step.reopens:
        # Nor what came back (migration 0106): marked recovered again, it is asked again.
        sets += [f"{column} = NULL" for column in flow.asked_amounts]
    sets += [f"{amount.column} = v_{amount.column}" for amount in step.amounts]
    sets += [f"{stamp.column} = {_stamped(stamp, 'current_date')}" for stamp in step.dates]
    sets += [f"{stamp.column} = {_stamped(stamp, 'now()')}" for stamp in step.times]
    # Constants the new state makes of other columns (a won deal's stage): typed by the
    # column, as a literal is.
    sets += [f"{column} = {_text(value)}" for column, value in step.sets]
    return sets


def _reason_line(flow: CaseFlow, step: Step) -> str:
    """SQL: the record's ``notes`` with the reason appended as a dated line, in the
    database's English as migration 0066 notes a reversed payment ("Written off on
    2026-12-05: the client went bankrupt")."""
    done = step.done[:1].upper() + step.done[1:]
    return (
        f"concat_ws(E'\\n', nullif(t.{flow.notes}, ''),"
        f" concat({_text(done + ' on ')}, to_char(current_date, 'YYYY-MM-DD'), ': ', v_text))"
    )


def _may_move(flow: CaseFlow, step: Step) -> str:
    condition = f"(v_worker AND t.status = ANY ({_texts(step.sources)}))"
    if step.requester_sources and flow.has_requester:
        condition += (
            f"\n            OR ({flow.requester_user('t')} = v_user"
            f" AND t.status = ANY ({_texts(step.requester_sources)}))"
        )
    return condition


def _given(value: str, *, given_text: bool, line_of: str | None = None) -> str:
    """SQL: ``value`` as text given, NULL when there is none: blanks of any kind (a tab, a
    no-break space) are none, and the text of a dated line (``line_of``: the argument's
    name, 'reason' or 'note', DW020's COLUMN) is on one line of a readable length
    (migration 0074's helpers); ``given_text=False``: spaces trimmed only, as before 0074."""
    if not given_text:
        return f"nullif(btrim({value}), '')"
    if line_of is not None:
        return f"public.dicel_given_reason({value}, {_text(line_of)})"
    return f"public.dicel_given_text({value})"


def _filled(column: str, *, given_text: bool = True) -> str:
    return f"{_given(f't.{column}', given_text=given_text)} IS NOT NULL"


def _input_checks(flow: CaseFlow, step: Step) -> str:
    """What the step needs from the caller, checked for those who may take it (anyone
    else hears that they may not, whatever they gave)."""
    return (
        _asks_checks(flow, step)
        + "".join(_amount_checks(flow, step, amount) for amount in step.amounts)
        + _asked_date_checks(flow, step)
    )


def _amount_checks(flow: CaseFlow, step: Step, amount: AmountAsked) -> str:
    """An amount the step asks (``Step.amounts``, migration 0106): given and above zero
    (DW435; NaN is no amount), in whole francs (DW346, as migration 0089's trigger says
    a fraction typed in any other money column), at most the record's ``ceiling`` column
    when it holds one (DW436). The table's CHECK on the two amounts is the authority on
    that ceiling (it holds on the UPDATE, under the row's lock): DW436 reads it first,
    unlocked, to say it in the step's words, as DW431 reads a settled day's floor."""
    column = amount.column
    action = _text(step.done)
    value = f"v_{column}"
    none = _raise(
        "DW435",
        f"'no {column} above zero given: %', {value}",
        flow.table,
        column=_text(column),
        detail=f"json_build_object('action', {action})::text",
    )
    cents = _raise(
        "DW346",
        f"'%: a fraction of a whole currency (% {HOME_CURRENCY})', {_text(flow.table)}, {value}",
        flow.table,
        column=_text(column),
        detail=f"json_build_object('amount', {value}, 'currency', {_text(HOME_CURRENCY)})::text",
    )
    found = f"""
    IF v_worker AND ({value} IS NULL OR {value} = 'NaN'::numeric OR {value} <= 0) THEN
        {none}
    END IF;
    IF v_worker AND {value} <> trunc({value}) THEN
        {cents}
    END IF;"""
    if amount.ceiling:
        ceiling = amount.ceiling
        above = _raise(
            "DW436",
            f"'the {column} % is above its {ceiling} %', {value}, v_ceiling",
            flow.table,
            column=_text(column),
            detail=(
                f"json_build_object('action', {action}, 'ceiling', {_text(ceiling)},"
                f" 'most', v_ceiling, 'amount', {value}, 'currency', {_text(HOME_CURRENCY)})::text"
            ),
        )
        found += f"""
    IF v_worker THEN
        SELECT t.{ceiling} INTO v_ceiling FROM public.{flow.table} AS t WHERE t.id = v_id;
        IF {value} > v_ceiling THEN
            {above}
        END IF;
    END IF;"""
    return found


def _asked_date_checks(flow: CaseFlow, step: Step) -> str:
    """Each day the step asks is given, and after today (the database's: the company's
    day, migration 0069): DW408, DW409; a day something happened (``Stamp.SETTLED``)
    today at the latest and not before its floor: DW429, DW430, DW431."""
    found = ""
    action = _text(step.done)
    for stamp in step.dates:
        if stamp.how is Stamp.SETTLED:
            found += _settled_day_checks(flow, step, stamp)
    for column in (d.column for d in step.dates if d.how is Stamp.ASKED):
        missing = _raise(
            "DW408",
            f"'no {column} given'",
            flow.table,
            column=_text(column),
            detail=f"json_build_object('action', {action})::text",
        )
        not_ahead = _raise(
            "DW409",
            f"'the {column} % is not after today', v_{column}",
            flow.table,
            column=_text(column),
            detail=f"json_build_object('action', {action}, 'day', current_date)::text",
        )
        found += f"""
    IF v_worker AND v_{column} IS NULL THEN
        {missing}
    END IF;
    IF v_worker AND v_{column} <= current_date THEN
        {not_ahead}
    END IF;"""
    return found


def _settled_day_checks(flow: CaseFlow, step: Step, stamp: DateStamp) -> str:
    """The day something happened (``Stamp.SETTLED``), given, not after today, not before
    the record's ``not_before`` (migration 0101). The last is said here only: the
    table's CHECK on the two dates enforces it on the UPDATE (``Stamp.SETTLED``)."""
    column = stamp.column
    action = _text(step.done)
    missing = _raise(
        "DW429",
        f"'no {column} given'",
        flow.table,
        column=_text(column),
        detail=f"json_build_object('action', {action})::text",
    )
    ahead = _raise(
        "DW430",
        f"'the {column} % is after today', v_{column}",
        flow.table,
        column=_text(column),
        detail=f"json_build_object('action', {action}, 'day', current_date)::text",
    )
    found = f"""
    IF v_worker AND v_{column} IS NULL THEN
        {missing}
    END IF;
    IF v_worker AND v_{column} > current_date THEN
        {ahead}
    END IF;"""
    if stamp.not_before:
        floor = stamp.not_before
        before = _raise(
            "DW431",
            f"'the {column} % is before its {floor} %', v_{column}, v_floor",
            flow.table,
            column=_text(column),
            detail=(
                f"json_build_object('action', {action}, 'floor', {_text(floor)},"
                " 'date', v_floor)::text"
            ),
        )
        found += f"""
    IF v_worker THEN
        SELECT t.{floor} INTO v_floor FROM public.{flow.table} AS t WHERE t.id = v_id;
        IF v_{column} < v_floor THEN
            {before}
        END IF;
    END IF;"""
    return found


def _asks_checks(flow: CaseFlow, step: Step) -> str:
    """Whom or what the step asks (``Step.asks``), given."""
    table = flow.table
    if step.asks is Asks.ASSIGNEE:
        column = _text(flow.assignee or "")
        roles = _text(",".join(r.value for r in flow.workers))
        missing = _raise("DW404", "'no assignee given'", table, column=column)
        not_eligible = _raise(
            "DW401",
            "'user % cannot be assigned this record', v_assignee",
            table,
            column=column,
            detail=f"json_build_object('roles', {roles})::text",
        )
        return f"""
    IF v_worker THEN
        IF v_assignee IS NULL THEN
            {missing}
        END IF;
        IF NOT EXISTS (SELECT FROM public.users AS u
                       WHERE u.id = v_assignee AND coalesce(u.is_active, true)
                         AND u.role = ANY ({_texts(r.value for r in flow.workers)})) THEN
            {not_eligible}
        END IF;
    END IF;"""
    if step.asks is Asks.NOTE:
        unsaid = _raise(
            "DW491",
            f"'% % is % only with a note', {_text(table)}, v_id, {_text(step.done)}",
            table,
            column="'note'",
            detail=f"json_build_object('action', {_text(step.done)})::text",
        )
        return f"""
    IF v_worker AND v_text IS NULL THEN
        {unsaid}
    END IF;"""
    if step.asks is Asks.REASON:
        unsaid = _raise(
            "DW490",
            f"'% % is % only with a reason', {_text(table)}, v_id, {_text(step.done)}",
            table,
            column="'reason'",
            detail=f"json_build_object('action', {_text(step.done)})::text",
        )
        return f"""
    IF v_worker AND v_text IS NULL THEN
        {unsaid}
    END IF;"""
    if step.asks is Asks.RESOLUTION:
        empty = _raise(
            "DW402", "'the resolution is empty'", table, column=_text(flow.resolution or "")
        )
        return f"""
    IF v_worker AND v_text IS NULL THEN
        {empty}
    END IF;"""
    return ""


def _who_may(flow: CaseFlow, step: Step) -> str:
    """Sets v_sources to the states the caller may take the step from, or refuses."""
    deciders = _text(",".join(flow.deciders(step)))
    action = _text(step.action)
    refuse = _raise(
        "DW002",
        f"'only % may %', {deciders}, {action}",
        flow.table,
        detail=f"json_build_object('deciders', {deciders}, 'action', {action})::text",
    )
    branches = f"""    IF v_worker THEN
        v_sources := {_texts(step.sources)};"""
    if step.requester_sources and flow.has_requester:
        branches += f"""
    ELSIF v_user IS NOT NULL AND v_requester = v_user THEN
        v_sources := {_texts(step.requester_sources)};"""
    return f"""{branches}
    ELSE
        {refuse}
    END IF;"""


def _unseen_refused(table: str) -> str:
    """The record's existence, asked as the caller would ask it (migration 0039)."""
    gone = _raise("DW403", f"'no {table} %', v_id", table)
    return f"""
    -- Nothing about a record the caller may not see, not even that it exists: asked
    -- under their own rights, before any lock and any other answer.
    IF NOT public.dicel_can_see_record({_text(table)}, v_id) THEN
        {gone}
    END IF;"""


def _too_early(flow: CaseFlow, step: Step) -> str:
    """Refuses a step taken before a moment of the record it never comes before (DW407);
    nothing for a step without one, whose body stays as it was."""
    found = ""
    for column in step.floors:
        early = _raise(
            "DW407",
            f"'% % cannot be % before its {column}, %', {_text(flow.table)}, v_id,"
            f" {_text(step.action)}, v_early",
            flow.table,
            column=_text(column),
            detail=f"json_build_object('action', {_text(step.action)}, 'at', v_early)::text",
        )
        found += f"""
        SELECT t.{column} INTO v_early FROM public.{flow.table} AS t WHERE t.id = v_id;
        IF v_early > now() THEN
            {early}
        END IF;"""
    return found


#: The moment a step's ``not_after`` is compared with (DW432): the clock since migration
#: 0112, the transaction's start before (one opened before a shift's end and kept busy
#: cancelled it after the end).
_CLOCK, _TRANSACTION_START = "clock_timestamp()", "now()"


def _too_late(flow: CaseFlow, step: Step, *, by_clock: bool = True) -> str:
    """Refuses a step taken once a moment of the record it is never taken after has
    passed (DW432, ``Step.not_after``: a shift cancelled after its end, migration 0105),
    by the database's clock (``by_clock=False``: the transaction's start, as before
    migration 0112); nothing for a step without one."""
    now = _CLOCK if by_clock else _TRANSACTION_START
    found = ""
    for column in step.not_after:
        late = _raise(
            "DW432",
            f"'% % cannot be % after its {column}, %', {_text(flow.table)}, v_id,"
            f" {_text(step.action)}, v_late",
            flow.table,
            column=_text(column),
            # The record's state too (migration 0110): a shift in progress is told only
            # "mark it completed", missed being no longer offered once it started.
            detail=(
                f"json_build_object('action', {_text(step.action)}, 'at', v_late,"
                " 'state', v_state)::text"
            ),
        )
        found += f"""
        SELECT t.{column} INTO v_late FROM public.{flow.table} AS t WHERE t.id = v_id;
        IF v_late <= {now} THEN
            {late}
        END IF;"""
    return found


#: The helper that finds the caller's own change to a record since it was last decided
#: (migration 0078).
OWN_CHANGE_TO_DECIDE = "dicel_own_change_to_decide"


#: The later of a record's own change and its files' (migration 0064's helper).
FILES_CHANGED_AT = "dicel_files_changed_at"
#: The last change of a record's parts (``CaseFlow.parts``) and their files, and the
#: audit entries' (table, record) of them (migration 0082's helpers).
PARTS_CHANGED_AT = "dicel_parts_changed_at"
PART_RECORDS = "dicel_part_records"
#: The documents a record has or had, by their entries and as they are now (migration
#: 0084's helper).
RECORD_FILES = "dicel_record_files"


def _decision_checks(
    flow: CaseFlow,
    step: Step,
    *,
    files: bool = True,
    parts: tuple[tuple[str, str], ...] = (),
    record_files: bool = True,
) -> str:
    """A decision four eyes take (``Step.decided_by_another``, migration 0078), checked
    for the workers under the record's row lock, on a record where the step applies (any
    other answer is the step's own): not by whoever brought it there or changed it since
    it was last decided (DW412, DW411), and on the version the person was shown (DW413
    none given; DW007, DW008 changed since by someone else, as migration 0070 looks).
    ``files`` (migration 0079): the record's files are part of its version, and a file's
    entry after ``shown`` was not shown (stamped under the record's lock, as 0073 made
    it), whatever else its transaction wrote. ``parts`` (migration 0082, with ``files``):
    the rows of those tables that are parts of the record, and their files, count as its
    files do (their entries stamped under the record's lock too). ``record_files``
    (migration 0084): the record's files are the ones its documents' entries name and the
    ones it has now (``dicel_record_files``), not only those with an entry naming it."""
    table = flow.table
    done = _text(step.done)
    own = {
        what: _raise(
            code,
            f"'% % was {words} by the one deciding it', {_text(table)}, v_id",
            table,
            detail=(
                "json_build_object('who', public.dicel_person_name(v_user),"
                f" 'at', v_own.at, 'state', v_own.state, 'action', {done})::text"
            ),
        )
        for what, code, words in (("change", "DW411", "changed"), ("move", "DW412", "moved"))
    }
    unshown = _raise(
        "DW413",
        f"'% % is % only on the version shown', {_text(table)}, v_id, {done}",
        table,
        column="'shown'",
        detail=f"json_build_object('action', {done})::text",
    )
    nobody = _raise(
        "DW008",
        "'changed since it was shown'",
        table,
        detail="json_build_object('id', v_id, 'when', v_now)::text",
    )
    changed = _raise(
        "DW007",
        "'changed since it was shown'",
        table,
        detail=(
            "json_build_object('id', v_id, 'who', public.dicel_person_name(v_change.user_id),"
            " 'when', v_now)::text"
        ),
    )
    version_files = entries_files = shown_files = files_open = files_close = ""
    entry_table = ""
    if files:
        entry_table = ",\n                                  l.table_name"
        version_files = f"""
        -- Migration 0079: its files are part of what is decided.
        v_now := greatest(v_now, public.{FILES_CHANGED_AT}({_text(table)}, v_id));"""
        entries_files = (
            f"""
                               -- Migration 0084: the files it has or had.
                               OR (l.table_name = 'documents' AND l.record_id IN (
                                   SELECT f.id
                                     FROM public.{RECORD_FILES}({_text(table)}, v_id) AS f(id)))"""
            if record_files
            else f"""
                               OR (l.table_name = 'documents' AND l.record_id IN (
                                   SELECT b.record_id FROM public.audit_logs AS b
                                    WHERE b.table_name = 'documents'
                                      AND coalesce(b.new_values, b.old_values) ->> 'owner_id'
                                          = v_id::text
                                      AND coalesce(b.new_values, b.old_values)
                                          ->> 'owner_table' = {_text(table)}))"""
        )
        shown_files = """
                   -- (migration 0079: a file's entry after shown was not shown, stamped
                   -- under the record's lock, whatever else its transaction wrote)"""
        files_open = "(e.table_name = 'documents' OR "
        files_close = ")"
    if files and parts:
        version_files += f"""
        -- Migration 0082: and its parts ({", ".join(t for t, _c in parts)}) and their files.
        v_now := greatest(v_now, public.{PARTS_CHANGED_AT}({_text(table)}, v_id));"""
        entries_files += f"""
                               OR ((l.table_name, l.record_id) IN (
                                   SELECT p.table_name, p.record_id
                                     FROM public.{PART_RECORDS}({_text(table)}, v_id) AS p))"""
        stamped = ", ".join(_text(t) for t in ("documents", *(t for t, _c in parts)))
        files_open = f"(e.table_name IN ({stamped}) OR "
    entry_columns = "l.xmin::text AS tx, l.user_id, l.created_at, l.new_values" + entry_table
    entries = f"l.table_name = {_text(table)} AND l.record_id = v_id" + entries_files
    return f"""
    IF v_worker THEN
        -- Migration 0078: a decision four eyes take. Under the row lock: a change being
        -- saved waits for the decision, or the decision for it, and then sees it.
        SELECT t.status, t.updated_at INTO v_state, v_now
          FROM public.{table} AS t WHERE t.id = v_id FOR UPDATE;{version_files}
        IF v_state = ANY ({_texts(step.sources)}) THEN
            -- Not by whoever brought it here or changed it since it was last decided.
            SELECT o.what, o.at, o.state INTO v_own
              FROM public.{OWN_CHANGE_TO_DECIDE}({_text(table)}, v_id,
                       {_texts(step.sources)}, {_text(step.target)}) AS o;
            IF v_own.what = 'change' THEN
                {own["change"]}
            ELSIF v_own.what = 'move' THEN
                {own["move"]}
            END IF;
            -- On what was shown: any change since by someone else refuses it.
            IF v_shown IS NULL THEN
                {unshown}
            END IF;
            IF v_now IS DISTINCT FROM v_shown THEN
                WITH e AS (SELECT {entry_columns}
                             FROM public.audit_logs AS l
                            WHERE {entries})
                SELECT e.user_id, e.created_at INTO v_change FROM e
                 WHERE e.created_at > v_shown
                   -- Not an entry of a change that was shown (a record's entry is
                   -- written after the stamp it is shown by) ...{shown_files}
                   AND {files_open}e.tx NOT IN (SELECT s.tx FROM e AS s
                                     WHERE s.created_at <= v_shown
                                        OR (s.new_values ->> 'updated_at')::timestamptz
                                           <= v_shown){files_close}
                   -- ... and anyone else's first.
                 ORDER BY e.user_id IS NOT DISTINCT FROM v_user, e.created_at DESC LIMIT 1;
                IF v_change.user_id IS NULL THEN
                    {nobody}
                END IF;
                IF v_change.user_id IS DISTINCT FROM v_user THEN
                    {changed}
                END IF;
            END IF;
        END IF;
    END IF;"""


def _body(
    flow: CaseFlow,
    step: Step,
    *,
    hides_records: bool = True,
    given_text: bool = True,
    decided: bool = True,
    decided_files: bool = True,
    parts: tuple[tuple[str, str], ...] = (),
    record_files: bool = True,
    late_by_clock: bool = True,
) -> str:
    table = flow.table
    action = _text(step.action)
    declare = [
        "v_id uuid := $1;",
        "v_user uuid := public.dicel_current_user_id();",
        f"v_worker boolean := coalesce({_is_worker(flow)}, false);",
        "v_sources text[];",
        "v_state text;",
        "v_missing text;",
        "v_requester uuid;",
        "v_who text;",
        "v_when timestamptz;",
        "v_updated timestamptz;",
    ]
    if step.floors:
        declare.append("v_early timestamptz;")
    if step.not_after:
        declare.append("v_late timestamptz;")
    if step.asks is Asks.ASSIGNEE:
        declare.append("v_assignee uuid := $2;")
    elif step.asks is Asks.RESOLUTION:
        declare.append(f"v_text text := {_given('$2', given_text=given_text)};")
    elif step.writes_line:
        # On one line of a readable length (DW020, naming the argument): it is written as
        # a line of the text.
        (argument, _kind) = _parameters(flow, step)[1]
        given = _given("$2", given_text=given_text, line_of=argument)
        declare.append(f"v_text text := {given};")
    if any(d.how is Stamp.SETTLED and d.not_before for d in step.dates):
        declare.append("v_floor date;")
    if any(a.ceiling for a in step.amounts):
        declare.append("v_ceiling numeric;")
    decides = decided and step.decided_by_another
    for position, (name, kind) in enumerate(_parameters(flow, step, decided=decided), 1):
        asked = (*step.asked_amounts, *step.asked_dates)
        if name in asked or (decides and name == "shown"):
            declare.append(f"v_{name} {kind} := ${position};")
    if decides:
        declare += ["v_now timestamptz;", "v_own record;", "v_change record;"]
    declarations = "\n    ".join(declare)

    sets = ",\n           ".join(_assignments(flow, step))
    where = ["t.id = v_id", f"({_may_move(flow, step)})"]
    where += [_filled(c, given_text=given_text) for c in step.requires]
    where += [f"(t.{c} IS NULL OR t.{c} <= now())" for c in step.floors]
    late_now = _CLOCK if late_by_clock else _TRANSACTION_START
    where += [f"(t.{c} IS NULL OR t.{c} > {late_now})" for c in step.not_after]
    conditions = "\n       AND ".join(where)
    missing = "NULL::text"
    if step.requires:
        whens = " ".join(
            f"WHEN NOT ({_filled(c, given_text=given_text)}) THEN {_text(c)}" for c in step.requires
        )
        missing = f"CASE {whens} END"
    requester = flow.requester_user("t") if flow.has_requester else "NULL::uuid"

    gone = _raise("DW403", f"'no {table} %', v_id", table)
    if step.requires:
        still_open = _raise(
            "DW402", "'% must be filled in first', v_missing", table, column="v_missing"
        )
    else:
        # The record is in a state the step applies to, yet it did not move: another
        # transaction moved it away and back meanwhile. Running the step again settles it.
        still_open = _raise("40001", "'the record changed meanwhile; try again'", table)
    taken = _raise(
        "DW001",
        f"'% % is already %', {_text(table)}, v_id, v_state",
        table,
        detail=(
            f"json_build_object('state', v_state, 'action', {action},"
            " 'who', v_who, 'when', v_when)::text"
        ),
    )
    wrong_state = _raise(
        "DW004",
        f"'% % is %: it cannot be %', {_text(table)}, v_id, v_state, {action}",
        table,
        detail=f"json_build_object('state', v_state, 'action', {action})::text",
    )
    decision = (
        _decision_checks(flow, step, files=decided_files, parts=parts, record_files=record_files)
        if decides
        else ""
    )
    too_late = _too_late(flow, step, by_clock=late_by_clock)
    return f"""
#variable_conflict use_column
DECLARE
    {declarations}
BEGIN{_unseen_refused(table) if hides_records else ""}{_input_checks(flow, step)}{decision}
    UPDATE public.{table} AS t
       SET {sets}
     WHERE {conditions};
    IF FOUND THEN
        RETURN;
    END IF;

    -- Nothing moved: say why.
    SELECT t.status, {requester}, {missing}, t.updated_at
      INTO v_state, v_requester, v_missing, v_updated
      FROM public.{table} AS t
     WHERE t.id = v_id;
    IF NOT FOUND THEN
        {gone}
    END IF;
{_who_may(flow, step)}
    IF v_state = ANY (v_sources) THEN{_too_early(flow, step)}{too_late}
        {still_open}
    END IF;
    IF v_state = {_text(step.target)} THEN
        -- Someone took it first: who and when, from the audit log.
        SELECT nullif(btrim(concat_ws(' ', u.first_name, u.last_name)), ''), a.created_at
          INTO v_who, v_when
          FROM public.audit_logs AS a
          LEFT JOIN public.users AS u ON u.id = a.user_id
         WHERE a.table_name = {_text(table)} AND a.record_id = v_id AND a.action = 'UPDATE'
           AND a.new_values ->> 'status' = v_state
         ORDER BY a.created_at DESC
         LIMIT 1;
        -- A change made outside DICEL (data loaded by IT) has no entry: its time only.
        v_when := coalesce(v_when, v_updated);
        {taken}
    END IF;
    {wrong_state}
END
"""


@dataclass(frozen=True)
class _AsOf:
    """What the functions of a revision are made with: the switches of
    :func:`function_definitions`."""

    hides_records: bool = True
    given_text: bool = True
    decided: bool = True
    decided_files: bool = True
    #: The flow's parts its decision counts (None: as declared, ``CaseFlow.parts``).
    parts: tuple[tuple[str, str], ...] | None = None
    record_files: bool = True
    late_by_clock: bool = True


def _definition(flow: CaseFlow, step: Step, as_of: _AsOf) -> FunctionDefinition:
    name = flow.function(step)
    params = _parameters(flow, step, decided=as_of.decided)
    body = _body(
        flow,
        step,
        hides_records=as_of.hides_records,
        given_text=as_of.given_text,
        decided=as_of.decided,
        decided_files=as_of.decided_files,
        parts=flow.parts if as_of.parts is None else as_of.parts,
        record_files=as_of.record_files,
        late_by_clock=as_of.late_by_clock,
    )
    declared = ", ".join(f"{n} {t}" for n, t in params)
    create = (
        f"CREATE FUNCTION public.{name}({declared}) RETURNS void\n"
        f"LANGUAGE plpgsql {_SETTINGS}\nAS $fn${body}$fn$"
    )
    return FunctionDefinition(name, ",".join(t for _, t in params), create, body)


def _flows(tables: Iterable[str] | None) -> list[CaseFlow]:
    if tables is None:
        return list(FLOWS.values())
    return [FLOWS[table] for table in tables]


def function_definitions(
    tables: Iterable[str] | None = None,
    *,
    hides_records: bool = True,
    given_text: bool = True,
    decided: bool = True,
    decided_files: bool = True,
) -> list[FunctionDefinition]:
    """Every step's function, in the declaration's order; of ``tables`` only, in their
    order, when given (a migration creates the functions of the flows it adds).

    A migration makes them as they were at its revision, calling no helper a later one
    creates (a database stopped there, or downgraded to it, takes every step):

    * ``hides_records=False``: as migrations 0011 and 0037 made them, before 0039 asked
      first whether the caller may see the record (what 0039's downgrade puts back);
    * ``given_text=False``: text required or given (a resolution, a reason, an audit's
      findings) has its spaces trimmed only, as before migration 0074 made
      ``dicel_given_text`` and ``dicel_given_reason``;
    * ``decided=False``: a step ``decided_by_another`` is a step like the others, with no
      ``shown`` version, as before migration 0078 made ``dicel_own_change_to_decide``;
    * ``decided_files=False``: such a step's version is the record's ``updated_at`` alone
      and its files' entries are not looked at, as migration 0078 made it (0079 counts
      the files)."""
    as_of = _AsOf(hides_records, given_text, decided, decided_files)
    return [_definition(flow, step, as_of) for flow in _flows(tables) for step in flow.steps]


def flow_definitions(
    flow: CaseFlow,
    *,
    hides_records: bool = True,
    given_text: bool = True,
    decided: bool = True,
    decided_files: bool = True,
    parts: tuple[tuple[str, str], ...] | None = None,
    record_files: bool = True,
    late_by_clock: bool = True,
) -> list[FunctionDefinition]:
    """The functions of ``flow`` as given, which may differ from its declaration (a
    migration's downgrade gives back a step as an earlier revision declared it); the
    switches as :func:`function_definitions` takes them; ``parts`` the flow's parts a
    decision four eyes take counts (None: as declared; ``()``: none, as before migration
    0082); ``record_files=False``: its files are those an entry names as its own, as
    before migration 0084 made ``dicel_record_files``; ``late_by_clock=False``: a step
    never taken after a moment of the record (``Step.not_after``) compares it with the
    transaction's start, as before migration 0112."""
    as_of = _AsOf(
        hides_records, given_text, decided, decided_files, parts, record_files, late_by_clock
    )
    return [_definition(flow, step, as_of) for step in flow.steps]


def owner_policies(tables: Iterable[str] | None = None) -> list[tuple[str, str, str]]:
    """(name, table, CREATE POLICY statement): on a table with forced row security, the
    requester's own record is updatable inside the functions (run as dicel_owner) in the
    states a requester takes steps from, though their own policies let them update
    nothing. Of ``tables`` only when given."""
    policies = []
    for flow in _flows(tables):
        if not flow.has_requester or REQUESTER not in {
            d for s in flow.steps for d in flow.deciders(s)
        }:
            continue
        states = sorted({s for step in flow.steps for s in step.requester_sources})
        name = f"{flow.table}_requester_steps"
        policies.append(
            (
                name,
                flow.table,
                f"CREATE POLICY {name} ON public.{flow.table} FOR UPDATE TO {OWNER_ROLE}"
                f" USING ({flow.requester_user(None)} = (SELECT public.dicel_current_user_id())"
                f" AND status = ANY ({_texts(states)})) WITH CHECK (true)",
            )
        )
    return policies


def flow_creation(
    tables: Iterable[str], *, given_text: bool = True, decided: bool = True
) -> list[str]:
    """What a migration adding the flows of ``tables`` runs: each step's function, owned
    by dicel_owner and kept from PUBLIC (EXECUTE comes from the permission table), and the
    requesters' owner policies. The switches as :func:`function_definitions` takes them."""
    statements = []
    for function in function_definitions(tables, given_text=given_text, decided=decided):
        statements += [
            function.create,
            f"ALTER FUNCTION {function.signature} OWNER TO {OWNER_ROLE}",
            f"REVOKE ALL ON FUNCTION {function.signature} FROM PUBLIC",
        ]
    return statements + [create for _name, _table, create in owner_policies(tables)]


def flow_removal(tables: Iterable[str]) -> list[str]:
    """What that migration's downgrade runs: :func:`flow_creation` undone. Each function
    is dropped by its declared signature, and by the signature it had before a later
    revision changed it (:func:`superseded_removal`: a later revision's downgrade gives
    that one back, as an approval that asked no date before migration 0072)."""
    tables = list(tables)
    statements = [
        f"DROP POLICY IF EXISTS {name} ON public.{table}"
        for name, table, _create in reversed(owner_policies(tables))
    ]
    # A step decided by another takes the version shown since migration 0078: both
    # signatures, as the database may be at either.
    signatures = [f.signature for f in reversed(function_definitions(tables))]
    signatures += [f.signature for f in reversed(function_definitions(tables, decided=False))]
    statements += [
        f"DROP FUNCTION IF EXISTS {signature}" for signature in dict.fromkeys(signatures)
    ]
    return statements + superseded_removal(tables)


def superseded_removal(tables: Iterable[str]) -> list[str]:
    """Drops the functions a step had before its signature changed, which a downgrade
    gives back: a step that asks a reason took none before migration 0071, one that asks
    a day (a policy's approval) none before 0072. What the downgrade of a flow's own
    migration runs besides dropping the declared functions."""
    return [
        f"DROP FUNCTION IF EXISTS public.{flow.function(step)}(uuid)"
        for flow in _flows(tables)
        for step in flow.steps
        if step.writes_line or step.asked_dates
    ]


def final_trigger(table: str, states: Iterable[str]) -> str:
    """``<table>_final``: a record in one of ``states`` is changed or deleted by no login
    (migration 0035's ``dicel_refuse_final_change``, DW405)."""
    return (
        f"CREATE TRIGGER {table}_final BEFORE UPDATE OR DELETE ON public.{table}"
        f" FOR EACH ROW EXECUTE FUNCTION public.dicel_refuse_final_change("
        f"'status', '{{{','.join(states)}}}')"
    )
