"""What a step needs from the caller, checked at the top of its function for those who
may take it (anyone else hears that they may not, whatever they gave): whom it is
assigned to, the resolution, reason or note typed, the amounts and days it asks
(DW401, DW402, DW404, DW490, DW491, DW435, DW436, DW346, DW408, DW409, DW429-DW431).

Pure text: no SQLAlchemy, no Qt.
"""

from __future__ import annotations

from dicel_desktop.db.case_functions.sql import quote, quote_array, raise_exception
from dicel_desktop.domain.amounts import HOME_CURRENCY
from dicel_desktop.domain.case_flows import AmountAsked, Asks, CaseFlow, DateStamp, Stamp, Step


def input_checks(flow: CaseFlow, step: Step) -> str:
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
    action = quote(step.done)
    value = f"v_{column}"
    none = raise_exception(
        "DW435",
        f"'no {column} above zero given: %', {value}",
        flow.table,
        column=quote(column),
        detail=f"json_build_object('action', {action})::text",
    )
    cents = raise_exception(
        "DW346",
        f"'%: a fraction of a whole currency (% {HOME_CURRENCY})', {quote(flow.table)}, {value}",
        flow.table,
        column=quote(column),
        detail=f"json_build_object('amount', {value}, 'currency', {quote(HOME_CURRENCY)})::text",
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
        above = raise_exception(
            "DW436",
            f"'the {column} % is above its {ceiling} %', {value}, v_ceiling",
            flow.table,
            column=quote(column),
            detail=(
                f"json_build_object('action', {action}, 'ceiling', {quote(ceiling)},"
                f" 'most', v_ceiling, 'amount', {value}, 'currency', {quote(HOME_CURRENCY)})::text"
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
    action = quote(step.done)
    for stamp in step.dates:
        if stamp.how is Stamp.SETTLED:
            found += _settled_day_checks(flow, step, stamp)
    for column in (d.column for d in step.dates if d.how is Stamp.ASKED):
        missing = raise_exception(
            "DW408",
            f"'no {column} given'",
            flow.table,
            column=quote(column),
            detail=f"json_build_object('action', {action})::text",
        )
        not_ahead = raise_exception(
            "DW409",
            f"'the {column} % is not after today', v_{column}",
            flow.table,
            column=quote(column),
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
    action = quote(step.done)
    missing = raise_exception(
        "DW429",
        f"'no {column} given'",
        flow.table,
        column=quote(column),
        detail=f"json_build_object('action', {action})::text",
    )
    ahead = raise_exception(
        "DW430",
        f"'the {column} % is after today', v_{column}",
        flow.table,
        column=quote(column),
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
        before = raise_exception(
            "DW431",
            f"'the {column} % is before its {floor} %', v_{column}, v_floor",
            flow.table,
            column=quote(column),
            detail=(
                f"json_build_object('action', {action}, 'floor', {quote(floor)},"
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
        column = quote(flow.assignee or "")
        roles = quote(",".join(r.value for r in flow.workers))
        missing = raise_exception("DW404", "'no assignee given'", table, column=column)
        not_eligible = raise_exception(
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
                         AND u.role = ANY ({quote_array(r.value for r in flow.workers)})) THEN
            {not_eligible}
        END IF;
    END IF;"""
    if step.asks is Asks.NOTE:
        unsaid = raise_exception(
            "DW491",
            f"'% % is % only with a note', {quote(table)}, v_id, {quote(step.done)}",
            table,
            column="'note'",
            detail=f"json_build_object('action', {quote(step.done)})::text",
        )
        return f"""
    IF v_worker AND v_text IS NULL THEN
        {unsaid}
    END IF;"""
    if step.asks is Asks.REASON:
        unsaid = raise_exception(
            "DW490",
            f"'% % is % only with a reason', {quote(table)}, v_id, {quote(step.done)}",
            table,
            column="'reason'",
            detail=f"json_build_object('action', {quote(step.done)})::text",
        )
        return f"""
    IF v_worker AND v_text IS NULL THEN
        {unsaid}
    END IF;"""
    if step.asks is Asks.RESOLUTION:
        empty = raise_exception(
            "DW402", "'the resolution is empty'", table, column=quote(flow.resolution or "")
        )
        return f"""
    IF v_worker AND v_text IS NULL THEN
        {empty}
    END IF;"""
    return ""
