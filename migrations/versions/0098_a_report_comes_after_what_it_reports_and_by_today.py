"""A report comes after what it reports, and by today.

Revision ID: 0098
Revises: 0097
Create Date: 2026-12-06

Found with psql in a security review (psql29, notes): an employee filed an IT ticket
"reported" on 2999-01-01 (or 1970); IT's list opens newest reported first
(``services/columns.py``), so the ticket sat on top of IT's queue for good. A risk
officer saved an incident reported on 2999-01-01 that happened on 3000-01-01, after its
own report. The forms let the same be typed: "Reported on" is a backfill of a past
moment (empty: now, when saved).

* **Reported by today.** ``<table>_reported_by_today`` (BEFORE INSERT OR UPDATE OF the
  column) refuses, DW425 (DETAIL ``date``, ``today``; COLUMN the column), a report whose
  company day (``dicel_company_day``, the day the date rules count in) is after today's,
  on a new record or a change of the date; a record stored before is not asked, nor a
  change of its other columns. Nor is a report left without a date (it sorted above
  every other, as 2999 did): a new one without is reported now, a date emptied keeps
  what it was. For every DICEL login and the functions' owner alike (no
  step writes these); a superuser loading data is not asked.
* **An incident is reported once it happened.** ``reported_date >= incident_date`` on
  security and risk incidents: two CHECKs ``ck_<table>_reported_date_order`` from
  ``domain.entry_rules.ORDERED_DATES`` (as migration 0089's, NOT VALID then validated
  where no stored row breaks them; where some do, the upgrade says how many and leaves
  the CHECK to new and changed rows; the forms say it beside the field, 23514 worded
  ``field_on_or_after``).

A downgrade drops both.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from dicel_desktop.db.migrate import DEFINER, create_owned_function, execute_sql
from dicel_desktop.db.models.ordered_dates import order_check_sql
from dicel_desktop.domain.entry_rules import order_check_name

revision: str = "0098"
down_revision: str | None = "0097"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger("alembic.runtime.migration")

#: SQLSTATE -> (what it refuses, its DETAIL keys).
REFUSALS = {
    "DW425": ("a report dated after today", ("date", "today")),
}

#: (table, later, earlier): this revision's pairs of ``domain.entry_rules.ORDERED_DATES``,
#: frozen here (tests/unit/test_entry_rules.py holds 0089's and these to the list).
ORDERED_DATES: tuple[tuple[str, str, str], ...] = (
    ("security_incidents", "reported_date", "incident_date"),
    ("risk_incidents", "reported_date", "incident_date"),
)

#: (table, column): when a record was reported, typed as a past moment.
REPORTED: tuple[tuple[str, str], ...] = (
    ("it_support_tickets", "created_date"),
    ("client_support_tickets", "created_date"),
    ("security_incidents", "reported_date"),
    ("risk_incidents", "reported_date"),
)

BY_TODAY_SIGNATURE = "public.dicel_reported_by_today()"
BY_TODAY = f"""
CREATE FUNCTION {BY_TODAY_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    -- TG_ARGV[0]: the column telling when the record was reported.
    v_moment timestamptz := (to_jsonb(NEW) ->> TG_ARGV[0])::timestamptz;
    v_today date;
BEGIN
    -- Migration 0098: a report is dated today at the latest, in the company's days. A
    -- superuser loading data is not asked.
    IF (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = session_user) THEN
        RETURN NEW;
    END IF;
    -- Nor is it left without a date: a report with none sorted above every other in its
    -- list for good, as one dated 2999 did (a psql review). A new one is reported now,
    -- as the form says ("Now, if left empty"); a date emptied keeps what it was.
    IF v_moment IS NULL THEN
        IF TG_OP = 'INSERT' THEN
            NEW := jsonb_populate_record(NEW, jsonb_build_object(TG_ARGV[0], now()));
        ELSIF to_jsonb(OLD) ->> TG_ARGV[0] IS NOT NULL THEN
            NEW := jsonb_populate_record(
                NEW, jsonb_build_object(TG_ARGV[0], to_jsonb(OLD) -> TG_ARGV[0]));
        END IF;
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND v_moment IS NOT DISTINCT FROM
                            (to_jsonb(OLD) ->> TG_ARGV[0])::timestamptz THEN
        RETURN NEW;
    END IF;
    v_today := public.dicel_company_day();
    IF public.dicel_company_day(v_moment) > v_today THEN
        RAISE EXCEPTION USING
            ERRCODE = 'DW425',
            MESSAGE = format('%s: reported on %s, after today', TG_TABLE_NAME, v_moment),
            DETAIL = json_build_object('date', public.dicel_company_day(v_moment),
                                       'today', v_today)::text,
            SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = TG_ARGV[0];
    END IF;
    RETURN NEW;
END
$$"""


def _trigger_name(table: str) -> str:
    return f"{table}_reported_by_today"


def _check_name(table: str, later: str) -> str:
    return f"ck_{table}_{order_check_name(later)}"


def upgrade() -> None:
    create_owned_function(BY_TODAY, BY_TODAY_SIGNATURE)
    for table, column in REPORTED:
        execute_sql(
            f"CREATE TRIGGER {_trigger_name(table)} BEFORE INSERT OR UPDATE OF {column}"
            f" ON public.{table} FOR EACH ROW"
            f" EXECUTE FUNCTION {BY_TODAY_SIGNATURE[:-2]}('{column}')"
        )
    for table, later, earlier in ORDERED_DATES:
        name = _check_name(table, later)
        execute_sql(
            f'ALTER TABLE public."{table}" ADD CONSTRAINT "{name}"'
            f" CHECK ({order_check_sql(later, earlier)}) NOT VALID"
        )
        # A company's incidents typed before this, reported before they happened, stay
        # as they are (new and changed rows are checked): the upgrade does not stop on
        # them with a bare 23514 (a code review found one a psql review had saved).
        (out_of_order,) = execute_sql(
            f'SELECT count(*) FROM public."{table}" WHERE NOT ({order_check_sql(later, earlier)})'
        ).fetchone()
        if out_of_order:
            log.warning(
                "%s: %d rows reported before they happened; %s is checked on new and"
                " changed rows only until they are corrected",
                table,
                out_of_order,
                name,
            )
        else:
            execute_sql(f'ALTER TABLE public."{table}" VALIDATE CONSTRAINT "{name}"')


def downgrade() -> None:
    for table, later, _earlier in reversed(ORDERED_DATES):
        execute_sql(f'ALTER TABLE public."{table}" DROP CONSTRAINT "{_check_name(table, later)}"')
    for table, _column in reversed(REPORTED):
        execute_sql(f"DROP TRIGGER {_trigger_name(table)} ON public.{table}")
    execute_sql(f"DROP FUNCTION {BY_TODAY_SIGNATURE}")
