"""A DICEL login's change is made on the company's day its transaction began.

Revision ID: 0137
Revises: 0136
Create Date: 2026-12-07

0136 (psql37 #1) refuses a DICEL login's change in a transaction begun longer ago than the
database's idle timeout (10 minutes), and left a bound: within it a change is still dated
by its transaction's start (``now()``, ``current_date``, ``dicel_company_day()``). Across
the company's midnight that is the day before: an employee could cancel a leave in the
first minutes of its first day (DW108 asks the start day against "today") from a
transaction begun the evening before, add or remove a holiday that had just gone by
(DW114), number a document in the old year.

``dicel_audit()`` (every business table's AFTER trigger) now also refuses, with
**DW041**, a DICEL login's change when the company's day of the change's moment
(``dicel_company_day(clock_timestamp())``) is not the company's day of the transaction's
start (``dicel_company_day(now())``). Asked where 0136 asks, inside its gate: only once a
transaction is a second old, so an ordinary short transaction pays nothing; one younger
than a second that crosses midnight is dated less than a second before its true moment, as
a single statement running across midnight is. ``clock_timestamp()``, not
``statement_timestamp()``: one statement can hold itself open too (``pg_sleep`` before the
step in the same statement). DETAIL ``began`` (the transaction's start) and ``day`` (the
company's day now); TABLE the changed table. Superusers and ``dicel_owner`` (no ``users``
row) are not asked, as in 0136.

Within the same gate, **DW042** refuses a DICEL login's UPDATE of a record made after its
transaction began: the record's ``created_at`` (no login writes it; the start of the
transaction that made it) later than ``now()``. 0136 left a ticket resolvable up to 10
minutes "before" it was filed (``resolved_date`` from a transaction begun before the
filing); the same held for every stamp a step writes from ``now()`` (a leave's, an
expense's, an order's approval). A CHECK ``resolved_date >= created_date`` was not taken:
an imported history (created at the import, resolved years before) would stop the
upgrade, and it would ask one pair of columns of one table. ``purchase_order_lines`` is
left out (its ``created_at`` is the clock's), and so are rows another trigger changes
for the statement (trigger depth above 1: a holiday's recount of a leave filed while the
holiday waited for its lock; review39 #1, changed in place, unreleased). DETAIL ``began`` and ``made`` (the record's
``created_at``).

Replaces ``dicel_audit()`` (0136's text with the two checks after DW040's); the
downgrade restores 0136's exactly.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import earlier_revision, execute_sql, replaced

revision: str = "0137"
down_revision: str | None = "0136"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0136 = earlier_revision("0136_a_change_is_made_in_a_transaction_of_now")

#: SQLSTATE -> (what it refuses, its DETAIL keys), as this revision raises it.
REFUSALS = {
    "DW041": (
        "a DICEL login's change on another company's day than its transaction's start"
        " (a transaction held over the company's midnight), once the transaction is a"
        " second old",
        ("began", "day"),
    ),
    "DW042": (
        "a DICEL login's update of a record made after its transaction began (the"
        " record's created_at later than the transaction's start: a ticket resolved"
        " before it was filed), once the transaction is a second old",
        ("began", "made"),
    ),
}

#: The end of 0136's DW040 block, inside its one-second gate: the midnight check follows.
_AFTER_DW040 = """                SCHEMA = 'public', TABLE = TG_TABLE_NAME;
        END IF;
    END IF;
"""
# The body names no day, zone or text of a moment itself (dicel_audit stays unpinned,
# company_time.INSTANT_ONLY): dicel_company_day, pinned to the company's zone, makes the
# days. Two calls of it, only in a transaction a second old or more.
_MIDNIGHT = """                SCHEMA = 'public', TABLE = TG_TABLE_NAME;
        END IF;
        -- Migration 0137: within that bound, a transaction held over the company's
        -- midnight would ask every rule of the day on the day before (DW041).
        -- The login first: a superuser's long load pays no day for each row.
        IF EXISTS (SELECT 1 FROM public.users u WHERE u.email = session_user)
           AND public.dicel_company_day(clock_timestamp()) <> public.dicel_company_day(now())
        THEN
            RAISE EXCEPTION USING ERRCODE = 'DW041',
                MESSAGE = format('%s: a change made on %s in a transaction begun at %s,'
                                 ' before the company''s midnight, would be dated the'
                                 ' day before: roll it back and make it again',
                                 TG_TABLE_NAME, public.dicel_company_day(clock_timestamp()),
                                 now()),
                DETAIL = json_build_object(
                    'began', now(),
                    'day', public.dicel_company_day(clock_timestamp()))::text,
                SCHEMA = 'public', TABLE = TG_TABLE_NAME;
        END IF;
        -- Migration 0137: a record made after the transaction began (its created_at, the
        -- start of the transaction that made it, later than this one's) would be changed
        -- "before" it existed: a ticket resolved before it was filed (DW042).
        -- purchase_order_lines stamps created_at with the clock (its lines' order): a line
        -- this transaction added would count as made after it began. Only the statement's
        -- own rows (trigger depth 1): a row another trigger changes for it, e.g. a leave
        -- filed while a holiday waited for its lock and then recounted, is not stamped
        -- by this transaction's steps (review39 #1).
        IF TG_OP = 'UPDATE' AND TG_TABLE_NAME <> 'purchase_order_lines'
           AND pg_trigger_depth() = 1
           AND EXISTS (SELECT 1 FROM public.users u WHERE u.email = session_user)
           AND (to_jsonb(OLD) ->> 'created_at')::timestamptz > now() THEN
            RAISE EXCEPTION USING ERRCODE = 'DW042',
                MESSAGE = format('%s: a record made at %s, after this change''s transaction'
                                 ' began (%s), would be changed before it was made: roll'
                                 ' it back and make it again', TG_TABLE_NAME,
                                 to_jsonb(OLD) ->> 'created_at', now()),
                DETAIL = json_build_object(
                    'began', now(), 'made', to_jsonb(OLD) -> 'created_at')::text,
                SCHEMA = 'public', TABLE = TG_TABLE_NAME;
        END IF;
    END IF;
"""
AUDIT_FUNCTION = replaced(_0136.AUDIT_FUNCTION, _AFTER_DW040, _MIDNIGHT)


def upgrade() -> None:
    execute_sql(AUDIT_FUNCTION)


def downgrade() -> None:
    execute_sql(_0136.AUDIT_FUNCTION)
