"""A shift is missed once it begins, a day received is today at the latest, a case's file
is uploaded when it is, and a report's or incident's date is a date of the calendar.

Revision ID: 0103
Revises: 0101
Create Date: 2026-12-06

Found with psql in a review (psql30b), each a rule the project keeps elsewhere with a gap
here:

* **A shift is marked missed once it has begun** (``DW407`` as for start, COLUMN
  ``shift_start``). "Mark missed" (the guard did not come) was taken on a shift twelve
  days ahead, and missed is final: the shift could no longer be started, corrected or
  completed when the guard came. Miss waits for ``shift_start`` as start does
  (``Step.not_before``); Cancel withdraws a shift that will not happen. The function is
  made again from the declaration (``CREATE OR REPLACE``: owner and grants kept), with
  the moments of this revision frozen here (0095 and 0100 freeze theirs).
* **A client's feedback and an enrolment are dated today at the latest** (``DW426``,
  DETAIL ``date``, ``today``; COLUMN the day's). ``customer_feedback.feedback_date`` and
  ``training_enrollments.enrollment_date`` took 2999 and NULL, and both lists open newest
  first. ``<table>_received_by_today`` (BEFORE INSERT OR UPDATE OF the column,
  ``dicel_received_by_today``) refuses a day after the company's today
  (``dicel_company_day``), as 0098 first did for reports; a new row without a day is
  today's, a day emptied keeps what it was, a stored day is not asked while it stays, a
  superuser loading data is not asked. The form says it beside the field
  (``domain.entry_rules.RECEIVED_BY_TODAY``, which this revision freezes).
* **A case's file is uploaded when it is.** ``recovery_documents.upload_date`` was typed
  by the officer (an evidence file dated before its case existed). It leaves every
  role's INSERT grant (``FUNCTION_ONLY_COLUMNS``, granted by sync-grants after the
  upgrade), so its default, the server's ``now()``, stamps it; nobody updates a case's
  file. The form shows it read only ("Given when saved").
* **A report's and an incident's date is a date of the calendar** (``DW427``, DETAIL
  ``at``; and ``isfinite(incident_date)`` in ``ck_<table>_incident_date_given``). An
  incident dated ``-infinity`` sorted last in its list (first when reversed) and counted
  in no month, as one without a date did; a report dated ``-infinity`` passed DW425.
  ``dicel_reported_by_today`` refuses a date no calendar holds, as does the new
  ``dicel_received_by_today``. The CHECKs are made again NOT VALID and validated where no
  stored row breaks them; where some do, the upgrade names them (a change of such an
  incident gives it its date; a step on it says so, in words).

A downgrade gives back 0100's assignment steps, report trigger and CHECKs, and drops the
received triggers. The grants are the permission table's: the one after a downgrade is
whatever ``dicel-admin sync-grants`` of that client gives.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from dicel_desktop.db.migrate import (
    DEFINER,
    create_owned_function,
    earlier_revision,
    execute_sql,
    replaced,
)

revision: str = "0103"
# Written beside 0101 and 0102 (other engineers'): the lead chains it after them.
down_revision: str | None = "0101"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger("alembic.runtime.migration")

_0100 = earlier_revision(
    "0100_a_shift_completes_once_it_ends_a_report_by_now_an_incident_dated_and_a_lock_says_its_state"
)

#: SQLSTATE -> (what it refuses, its DETAIL keys), as this revision raises it.
REFUSALS = {
    "DW426": ("a client's feedback or an enrolment dated after today", ("date", "today")),
    "DW427": ("a report's or a received day's date no calendar holds", ("at",)),
}

# --------------------------------------------------------------------------- shifts

#: The moments each assignment step waits for at this revision.
WAITS_FOR = {
    "start": ("shift_start",),
    "complete": ("shift_start", "shift_end"),
    "miss": ("shift_start",),
}

# --------------------------------------------------------------------------- calendar


def _not_a_date(value: str, column: str, said: str) -> str:
    """The refusal of a date no calendar holds (-infinity, infinity), ``value`` being
    the plpgsql variable holding it and ``column`` the expression naming its column."""
    return f"""IF NOT isfinite({value}) THEN
        RAISE EXCEPTION USING
            ERRCODE = 'DW427',
            MESSAGE = format('%s: {said} %s, no date of the calendar', TG_TABLE_NAME, {value}),
            DETAIL = json_build_object('at', {value}::text)::text,
            SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = {column};
    END IF;
    """


_AFTER_NOW = "    IF v_moment > now() THEN\n"
BY_NOW = replaced(
    _0100.BY_NOW,
    _AFTER_NOW,
    # Migration 0103: -infinity sorted last and counted in no month (a psql review).
    "    " + _not_a_date("v_moment", "TG_ARGV[0]", "reported at") + _AFTER_NOW.lstrip(),
)

# --------------------------------------------------------------------------- received

#: (table, column): a day something came in, today at the latest:
#: ``domain.entry_rules.RECEIVED_BY_TODAY`` as this revision made it.
RECEIVED: tuple[tuple[str, str], ...] = (
    ("customer_feedback", "feedback_date"),
    ("training_enrollments", "enrollment_date"),
)

BY_TODAY_SIGNATURE = "public.dicel_received_by_today()"
BY_TODAY = f"""
CREATE FUNCTION {BY_TODAY_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    -- TG_ARGV[0]: the column telling the day the record came in.
    v_day date := (to_jsonb(NEW) ->> TG_ARGV[0])::date;
    v_today date;
BEGIN
    -- Migration 0103: a client's feedback, an enrolment, are dated today at the latest,
    -- in the company's days (one dated 2999 sat on top of its list for good). A superuser
    -- loading data is not asked.
    IF (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = session_user) THEN
        RETURN NEW;
    END IF;
    -- Nor is it left without a day (it sorted above every other, as 2999 did): a new one
    -- without is today's; a day emptied keeps what it was.
    IF v_day IS NULL THEN
        IF TG_OP = 'INSERT' THEN
            NEW := jsonb_populate_record(
                NEW, jsonb_build_object(TG_ARGV[0], public.dicel_company_day()));
        ELSIF to_jsonb(OLD) ->> TG_ARGV[0] IS NOT NULL THEN
            NEW := jsonb_populate_record(
                NEW, jsonb_build_object(TG_ARGV[0], to_jsonb(OLD) -> TG_ARGV[0]));
        END IF;
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND v_day IS NOT DISTINCT FROM (to_jsonb(OLD) ->> TG_ARGV[0])::date THEN
        RETURN NEW;
    END IF;
    {_not_a_date("v_day", "TG_ARGV[0]", "dated")}v_today := public.dicel_company_day();
    IF v_day > v_today THEN
        RAISE EXCEPTION USING
            ERRCODE = 'DW426',
            MESSAGE = format('%s: dated %s, after today', TG_TABLE_NAME, v_day),
            DETAIL = json_build_object('date', v_day, 'today', v_today)::text,
            SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = TG_ARGV[0];
    END IF;
    RETURN NEW;
END
$$"""


def _trigger_name(table: str) -> str:
    return f"{table}_received_by_today"


# --------------------------------------------------------------------------- incidents

INCIDENT_DATE_GIVEN = _0100.INCIDENT_DATE_GIVEN
INCIDENT_DATE_CONDITION = "incident_date IS NOT NULL AND isfinite(incident_date)"
#: Incidents named in the upgrade's warning, at most.
NAMED = 20


def _incident_checks(condition: str) -> None:
    """Each incident CHECK made again with ``condition``: NOT VALID, then validated where
    no stored row breaks it; where some do, the upgrade names them (0100's way)."""
    for table, name in INCIDENT_DATE_GIVEN:
        execute_sql(f"ALTER TABLE public.{table} DROP CONSTRAINT {name}")
        execute_sql(
            f"ALTER TABLE public.{table} ADD CONSTRAINT {name} CHECK ({condition}) NOT VALID"
        )
        (count, numbers) = execute_sql(
            f"SELECT count(*), string_agg(incident_number, ', ' ORDER BY incident_number)"
            f" FILTER (WHERE n <= {NAMED})"
            f" FROM (SELECT incident_number, row_number() OVER (ORDER BY incident_number) AS n"
            f" FROM public.{table} WHERE NOT ({condition})) AS undated"
        ).fetchone()
        if count:
            log.warning(
                "%s: %d incident(s) without an incident date of the calendar (%s%s); %s is"
                " checked on new and changed rows only until each is given one",
                table,
                count,
                numbers,
                ", ..." if count > NAMED else "",
                name,
            )
        else:
            execute_sql(f"ALTER TABLE public.{table} VALIDATE CONSTRAINT {name}")


def upgrade() -> None:
    for create in _0100._assignment_steps(WAITS_FOR):
        execute_sql(create)
    execute_sql(BY_NOW)  # CREATE OR REPLACE: owner and grants kept
    create_owned_function(BY_TODAY, BY_TODAY_SIGNATURE)
    for table, column in RECEIVED:
        execute_sql(
            f"CREATE TRIGGER {_trigger_name(table)} BEFORE INSERT OR UPDATE OF {column}"
            f" ON public.{table} FOR EACH ROW"
            f" EXECUTE FUNCTION {BY_TODAY_SIGNATURE[:-2]}('{column}')"
        )
    _incident_checks(INCIDENT_DATE_CONDITION)


def downgrade() -> None:
    _incident_checks(_0100.INCIDENT_DATE_CONDITION)
    for table, _column in reversed(RECEIVED):
        execute_sql(f"DROP TRIGGER {_trigger_name(table)} ON public.{table}")
    execute_sql(f"DROP FUNCTION {BY_TODAY_SIGNATURE}")
    execute_sql(_0100.BY_NOW)
    for create in _0100._assignment_steps(_0100.WAITS_FOR):
        execute_sql(create)
