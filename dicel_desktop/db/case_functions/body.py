"""The body of a step's function: what it is called with (:func:`parameters`), its
declarations, the one conditional UPDATE that moves the record (what the step writes,
from which states it may move it), and, when no row moved, the answer that says why.

The checks that come before the UPDATE are in their own modules: what the caller must
give (:mod:`.input_checks`), a decision four eyes take (:mod:`.decisions`), and the
refusals of a record that did not move (:mod:`.refusals`).

Pure text: no SQLAlchemy, no Qt.
"""

from __future__ import annotations

from dicel_desktop.db.case_functions.decisions import decision_checks
from dicel_desktop.db.case_functions.input_checks import input_checks
from dicel_desktop.db.case_functions.refusals import (
    CLOCK,
    TRANSACTION_START,
    too_early,
    too_late,
    unseen_refused,
    who_may,
)
from dicel_desktop.db.case_functions.sql import quote, quote_array, raise_exception
from dicel_desktop.domain.case_flows import Asks, CaseFlow, DateStamp, Stamp, Step, TimeStamp

#: Columns holding a date rather than a moment (the day a case was settled).
_DATE_COLUMNS = frozenset({("recovery_cases", "actual_completion_date")})


def parameters(flow: CaseFlow, step: Step, *, decided: bool = True) -> list[tuple[str, str]]:
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
    return " OR ".join(f"public.dicel_has_role({quote(r.value)})" for r in flow.workers)


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
    sets = [f"status = {quote(step.target)}"]
    if step.asks is Asks.ASSIGNEE:
        sets.append(f"{flow.assignee} = v_assignee")
    if step.asks is Asks.RESOLUTION:
        sets.append(f"{flow.resolution} = v_text")
    if step.writes_line:
        sets.append(f"{flow.notes} = {reason_line(flow, step)}")
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
    sets += [f"{column} = {quote(value)}" for column, value in step.sets]
    return sets


def reason_line(flow: CaseFlow, step: Step) -> str:
    """SQL: the record's ``notes`` with the reason appended as a dated line, in the
    database's English as migration 0066 notes a reversed payment ("Written off on
    2026-12-05: the client went bankrupt")."""
    done = step.done[:1].upper() + step.done[1:]
    return (
        f"concat_ws(E'\\n', nullif(t.{flow.notes}, ''),"
        f" concat({quote(done + ' on ')}, to_char(current_date, 'YYYY-MM-DD'), ': ', v_text))"
    )


def _may_move(flow: CaseFlow, step: Step) -> str:
    condition = f"(v_worker AND t.status = ANY ({quote_array(step.sources)}))"
    if step.requester_sources and flow.has_requester:
        condition += (
            f"\n            OR ({flow.requester_user('t')} = v_user"
            f" AND t.status = ANY ({quote_array(step.requester_sources)}))"
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
        return f"public.dicel_given_reason({value}, {quote(line_of)})"
    return f"public.dicel_given_text({value})"


def _filled(column: str, *, given_text: bool = True) -> str:
    return f"{_given(f't.{column}', given_text=given_text)} IS NOT NULL"


def function_body(
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
    locks_first: bool = True,
) -> str:
    table = flow.table
    action = quote(step.action)
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
        (argument, _kind) = parameters(flow, step)[1]
        given = _given("$2", given_text=given_text, line_of=argument)
        declare.append(f"v_text text := {given};")
    if any(d.how is Stamp.SETTLED and d.not_before for d in step.dates):
        declare.append("v_floor date;")
    if any(a.ceiling for a in step.amounts):
        declare.append("v_ceiling numeric;")
    decides = decided and step.decided_by_another
    for position, (name, kind) in enumerate(parameters(flow, step, decided=decided), 1):
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
    late_now = CLOCK if late_by_clock else TRANSACTION_START
    where += [f"(t.{c} IS NULL OR t.{c} > {late_now})" for c in step.not_after]
    conditions = "\n       AND ".join(where)
    missing = "NULL::text"
    if step.requires:
        whens = " ".join(
            f"WHEN NOT ({_filled(c, given_text=given_text)}) THEN {quote(c)}" for c in step.requires
        )
        missing = f"CASE {whens} END"
    requester = flow.requester_user("t") if flow.has_requester else "NULL::uuid"

    gone = raise_exception("DW403", f"'no {table} %', v_id", table)
    if step.requires:
        still_open = raise_exception(
            "DW402", "'% must be filled in first', v_missing", table, column="v_missing"
        )
    else:
        # The record is in a state the step applies to, yet it did not move: another
        # transaction moved it away and back meanwhile. Running the step again settles it.
        still_open = raise_exception("40001", "'the record changed meanwhile; try again'", table)
    taken = raise_exception(
        "DW001",
        f"'% % is already %', {quote(table)}, v_id, v_state",
        table,
        detail=(
            f"json_build_object('state', v_state, 'action', {action},"
            " 'who', v_who, 'when', v_when)::text"
        ),
    )
    wrong_state = raise_exception(
        "DW004",
        f"'% % is %: it cannot be %', {quote(table)}, v_id, v_state, {action}",
        table,
        detail=f"json_build_object('state', v_state, 'action', {action})::text",
    )
    decision = (
        decision_checks(flow, step, files=decided_files, parts=parts, record_files=record_files)
        if decides
        else ""
    )
    late = too_late(flow, step, by_clock=late_by_clock)
    first = (
        "\n    -- Migration 0153 (db41): what its triggers change, before the record's row."
        f"\n    PERFORM public.{step.locks_first}(v_id);"
        if locks_first and step.locks_first
        else ""
    )
    return f"""
#variable_conflict use_column
DECLARE
    {declarations}
BEGIN{unseen_refused(table) if hides_records else ""}{input_checks(flow, step)}{decision}{first}
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
{who_may(flow, step)}
    IF v_state = ANY (v_sources) THEN{too_early(flow, step)}{late}
        {still_open}
    END IF;
    IF v_state = {quote(step.target)} THEN
        -- Someone took it first: who and when, from the audit log.
        SELECT nullif(btrim(concat_ws(' ', u.first_name, u.last_name)), ''), a.created_at
          INTO v_who, v_when
          FROM public.audit_logs AS a
          LEFT JOIN public.users AS u ON u.id = a.user_id
         WHERE a.table_name = {quote(table)} AND a.record_id = v_id AND a.action = 'UPDATE'
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
