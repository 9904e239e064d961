"""The last counts of hidden rows go, and a patrol log reports incidents that exist.

Revision ID: 0141
Revises: 0139
Create Date: 2026-12-07

* **Statistics still counted rows a login may not read** (left by psql39b, stats40). As a
  clerk of another department, with psql, ``EXPLAIN SELECT 1 FROM it_support_tickets
  WHERE subject = 'Need access to the Finance share'`` estimated 19 rows (20 are there;
  a made-up subject 1) and the description, resolution and requester the same way (a
  person's count of tickets); ``performance_reviews.reviewer_id`` gave how many reviews a
  reviewer writes, ``status`` how far the round is (31 drafts for 33);
  ``payroll_records.employee_id`` a person's number of payslips (their months of
  service) and ``notes`` any note typed on one. These keep no statistics either
  (``COLUMNS``, 0138's way). ``pg_stats`` shows none of them to a login (row security);
  the lists sort and filter by dates and states, which keep theirs: the plans measured
  were the same before and after, on the demo and on tables a hundred times larger
  (docs/decisions.md, "stats40"). The whole list is ``permissions.UNCOUNTED_COLUMNS``
  from now on (sync-grants sets a column added there; ``dicel-admin health`` names one
  that drifted).
* **A patrol log's incidents are incidents** (stats40). ``incidents_reported`` (a JSON
  list of incident numbers, eyefix39) was kept as typed. A number that names no
  security incident is refused (``DW470``, DETAIL ``number``, COLUMN
  ``incidents_reported``), each time the list is written; one stored before stays until
  the list is changed (the upgrade names how many logs hold one). The plan gives a route
  no site, so an incident of any site may be named.

**A superuser's to run, both ways**, as 0138 and 0139 (statistics are deleted from
``pg_statistic``). A downgrade gives back the default targets (and an ANALYZE of the
tables) and drops the trigger and its function.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from alembic import op

from dicel_desktop.db.company_time import pin_company_time_zone
from dicel_desktop.db.migrate import DEFINER, create_owned_function, execute_sql

revision: str = "0141"
down_revision: str | None = "0140"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger("alembic.runtime.migration")

SUPERUSER_ONLY = """
DO $$
BEGIN
    IF NOT (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = current_user) THEN
        RAISE EXCEPTION 'migration 0141 is run by a superuser: it removes statistics of'
            ' hidden rows; nothing was changed';
    END IF;
END
$$"""

# --------------------------------------------------------------------------- statistics

#: The columns this revision takes (0138 and 0139 have the others; all of them are
#: ``permissions.UNCOUNTED_COLUMNS`` now).
COLUMNS: tuple[tuple[str, str], ...] = (
    # What people ask IT, in their own words, and each one's count of tickets.
    ("it_support_tickets", "subject"),
    ("it_support_tickets", "description"),
    ("it_support_tickets", "resolution"),
    ("it_support_tickets", "requester_id"),
    # How many reviews each reviewer writes; how far the round is.
    ("performance_reviews", "reviewer_id"),
    ("performance_reviews", "status"),
    # A person's number of payslips; a payslip's note.
    ("payroll_records", "employee_id"),
    ("payroll_records", "notes"),
)


def _statistics(*, kept: bool) -> list[str]:
    target = -1 if kept else 0
    statements = [
        f"ALTER TABLE public.{table} ALTER COLUMN {column} SET STATISTICS {target}"
        for table, column in COLUMNS
    ]
    if kept:
        tables = dict.fromkeys(table for table, _column in COLUMNS)
        statements += [f"ANALYZE public.{table}" for table in tables]
    else:
        # ANALYZE skips a column of target 0 but leaves what it gathered before.
        statements += [
            "DELETE FROM pg_catalog.pg_statistic s USING pg_catalog.pg_attribute a"
            " WHERE s.starelid = a.attrelid AND s.staattnum = a.attnum"
            f" AND a.attrelid = 'public.{table}'::regclass AND a.attname = '{column}'"
            for table, column in COLUMNS
        ]
    return statements


# --------------------------------------------------------------------------- patrols

INCIDENTS_SIGNATURE = "public.dicel_patrol_incidents_exist()"
INCIDENTS_TRIGGER = "patrol_logs_incidents_exist"
#: A list's numbers: a string as it is, anything else (a raw JSON number, an object) as
#: its JSON text, which names no incident either.
_NUMBERS = """
    CASE jsonb_typeof(NEW.incidents_reported)
        WHEN 'array' THEN NEW.incidents_reported
        WHEN 'null' THEN '[]'::jsonb
        ELSE jsonb_build_array(NEW.incidents_reported)
    END"""
INCIDENTS_EXIST = f"""
CREATE FUNCTION {INCIDENTS_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    v_number text;
BEGIN
    -- Migration 0141 (stats40): a patrol log reports incidents that exist (DW470). A
    -- definer: the security clerks and administrators who write logs read the incidents
    -- anyway. A list stored before is not asked while it stays.
    IF TG_OP = 'UPDATE'
       AND NEW.incidents_reported IS NOT DISTINCT FROM OLD.incidents_reported THEN
        RETURN NEW;
    END IF;
    IF NEW.incidents_reported IS NULL THEN
        RETURN NEW;
    END IF;
    SELECT CASE WHEN jsonb_typeof(x) = 'string' THEN x #>> '{{}}' ELSE x::text END
      INTO v_number
      FROM jsonb_array_elements({_NUMBERS}) WITH ORDINALITY AS e(x, n)
     WHERE NOT EXISTS (
           SELECT FROM public.security_incidents i
            WHERE jsonb_typeof(x) = 'string' AND i.incident_number = x #>> '{{}}')
     ORDER BY n
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'DW470',
            MESSAGE = format('patrol_logs: incidents_reported %s, no such incident', v_number),
            DETAIL = json_build_object('number', v_number)::text,
            SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = 'incidents_reported';
    END IF;
    RETURN NEW;
END
$$"""
INCIDENTS_TRIGGER_SQL = (
    f"CREATE TRIGGER {INCIDENTS_TRIGGER} BEFORE INSERT OR UPDATE OF incidents_reported"
    f" ON public.patrol_logs FOR EACH ROW EXECUTE FUNCTION {INCIDENTS_SIGNATURE}"
)
#: Logs whose stored list names a number of no incident.
_STORED_UNKNOWN = """
SELECT count(*) FROM public.patrol_logs p
WHERE jsonb_typeof(p.incidents_reported) = 'array' AND EXISTS (
      SELECT FROM jsonb_array_elements(p.incidents_reported) AS e(x)
      WHERE NOT EXISTS (SELECT FROM public.security_incidents i
                        WHERE jsonb_typeof(x) = 'string' AND i.incident_number = x #>> '{}'))
"""


# --------------------------------------------------------------------------- apply


def upgrade() -> None:
    execute_sql(SUPERUSER_ONLY)
    for statement in _statistics(kept=False):
        execute_sql(statement)
    create_owned_function(INCIDENTS_EXIST, INCIDENTS_SIGNATURE)
    execute_sql(INCIDENTS_TRIGGER_SQL)
    (stored,) = execute_sql(_STORED_UNKNOWN).fetchone()
    if stored:
        log.warning(
            "%d patrol logs report an incident number that names no incident; they stay as"
            " stored, and are asked once their incidents are changed",
            stored,
        )
    pin_company_time_zone(op.get_bind())


def downgrade() -> None:
    execute_sql(SUPERUSER_ONLY)
    execute_sql(f"DROP TRIGGER {INCIDENTS_TRIGGER} ON public.patrol_logs")
    execute_sql(f"DROP FUNCTION {INCIDENTS_SIGNATURE}")
    for statement in _statistics(kept=True):
        execute_sql(statement)
    pin_company_time_zone(op.get_bind())
