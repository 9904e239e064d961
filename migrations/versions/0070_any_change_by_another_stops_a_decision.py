"""A decider's own change after another's no longer hides the other's from a decision on
what was shown.

Revision ID: 0070
Revises: 0069
Create Date: 2026-12-05

Found in a code review of migration 0064: the four decisions on what was shown
(``dicel_decide_leave``, ``dicel_decide_expense``, ``dicel_decide_purchase_order`` of
0032, ``dicel_decide_payroll`` of 0051, made file-aware by 0064) looked at the latest
audit entry after ``shown`` only (``ORDER BY l.created_at DESC LIMIT 1``) and let the
decision through when it was the decider's own. So when a colleague swapped an
expense's receipt and the decider then attached a file of their own (or corrected the
description), only the decider's entry was seen and the swap was approved unseen.

Each of the four now looks first for a change after ``shown`` by anyone but the decider
(the same entries as before: the record's, its files', an order's approvals, a pay
period's payslips): ``ORDER BY l.user_id IS NOT DISTINCT FROM <the decider>,
l.created_at DESC LIMIT 1`` puts every other person's entry (and a change no DICEL login
made) before the decider's own, latest first. Any such entry refuses, naming its author
(DW007) or as a change nobody made (DW008), as before; only when every change since
``shown`` is the decider's own does the decision pass. Nothing else in the four bodies
changes: they are 0064's, with that ``ORDER BY`` and its comment replaced.

A downgrade gives back 0064's four functions.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import earlier_revision, execute_sql, replaced

revision: str = "0070"
down_revision: str | None = "0069"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0032 = earlier_revision("0032_decisions_on_what_was_shown")
_0064 = earlier_revision("0064_a_records_files_are_part_of_what_was_shown")

#: 0064's look at the changes since ``shown``: the last entry only.
_SELECT = "SELECT l.user_id, l.created_at INTO v_change FROM public.audit_logs l\n"
_SINCE = "AND l.created_at > shown\n{indent}ORDER BY l.created_at DESC LIMIT 1;\n"
#: Every entry of the record (and its files ...), so that those of a transaction whose
#: change was shown are known: its stamp is written before its entries.
_ENTRIES = (
    "WITH e AS (SELECT l.xmin::text AS tx, l.user_id, l.created_at, l.new_values\n"
    "{indent}         FROM public.audit_logs l\n"
)
_OTHERS_FIRST = """)
{indent}SELECT e.user_id, e.created_at INTO v_change FROM e
{indent} WHERE e.created_at > shown
{indent}   -- Migration 0070: not an entry of a change that was shown (a record's entry
{indent}   -- is written after the stamp it is shown by) ...
{indent}   AND e.tx NOT IN (SELECT s.tx FROM e s
{indent}                     WHERE s.created_at <= shown
{indent}                        OR (s.new_values ->> 'updated_at')::timestamptz <= shown)
{indent}   -- ... and anyone else's first: the decider's own later change hides none.
{indent} ORDER BY e.user_id IS NOT DISTINCT FROM {me}, e.created_at DESC LIMIT 1;
"""
_OWN = "-- The decider's own change (in this window, or another) is no surprise.\n"
_OWN_NOW = "-- Only the decider's own changes since are no surprise (migration 0070).\n"
_PAYROLL_OWN = "-- The decider's own change is no surprise (and refused as DW005 anyway).\n"


def _others_first(create: str, *, indent: str, me: str, own: str) -> str:
    create = replaced(create, _SELECT, _ENTRIES.format(indent=indent))
    create = replaced(
        create,
        _SINCE.format(indent=indent + " "),
        _OTHERS_FIRST.format(indent=indent, me=me),
    )
    return replaced(create, own, _OWN_NOW)


def _decision(entry: tuple[str, str, str, str, str, str], *, others_first: bool) -> str:
    create = _0064._decision(entry, files=True)[1]
    if not others_first:
        return create
    return _others_first(create, indent=" " * 12, me="public.dicel_current_user_id()", own=_OWN)


def _payroll(*, others_first: bool) -> str:
    create = _0064._payroll(files=True)
    if not others_first:
        return create
    return _others_first(create, indent=" " * 16, me="v_me", own=_PAYROLL_OWN)


def _apply(*, others_first: bool) -> None:
    # CREATE OR REPLACE (0064's text): each function keeps its owner and grants.
    for entry in _0032._DECISIONS:
        execute_sql(_decision(entry, others_first=others_first))
    execute_sql(_payroll(others_first=others_first))


def upgrade() -> None:
    _apply(others_first=True)


def downgrade() -> None:
    _apply(others_first=False)
