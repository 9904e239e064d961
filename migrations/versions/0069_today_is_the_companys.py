"""Today is the company's, not the caller's: date-dependent functions pin the time zone.

Revision ID: 0069
Revises: 0068
Create Date: 2026-12-05

Found with psql in a review, as the demo's real logins: every SECURITY DEFINER workflow
function took "today" from the caller's session time zone, which any login may SET.
``SET timezone = 'Etc/GMT+12'`` let an employee cancel an approved leave that starts
today (DW108 dodged: ``start_date > current_date`` still held) and file leave 31 days
back (DW107); ``Etc/GMT-14`` made ``dicel_publish_job_posting`` stamp tomorrow. The same
moved DW337 (a month not begun), DW309 (paid in the future), ``dicel_mark_overdue_invoices``,
the days steps stamp (paid on, completed, terminated...) and the year in document numbers
(``dicel_doc_number``) by up to a day.

Every function of the schema whose body reads the clock or turns a moment into a day,
a time of day or text (``current_date``, ``now()``, ``date_trunc``, ``to_char``,
``extract``, ``::date``...: ``company_time.DATE_TIME``) gets ``SET TimeZone = <the
company's zone>``: inside it ``current_date`` is the company's whatever the session says.
The company's zone is the database's default one (``ALTER DATABASE ... SET timezone``,
else the server's ``postgresql.conf``), the zone every session starts in. Left out: the
per-row triggers that only stamp a moment (``company_time.INSTANT_ONLY``). None of the
row-security helpers reads a date, so no policy loses an inlined function.

``CREATE OR REPLACE FUNCTION`` drops SET clauses: the pin is made again by
``sync_grants`` after every migration ending at head and by ``dicel-admin sync-grants``
(``dicel_desktop.db.company_time``), not by this revision alone. This revision pins too,
so a database upgraded to it and no further is pinned as well.

The desktop asks the database for the company's days where it checks a date rule
before the database does: ``dicel_company_day(moment)`` (the moment's day in the
company's zone, today for none), granted to every login, gives the payment windows the
approval's day and today as DW338 and DW309 count them.

Column defaults (``review_date DEFAULT CURRENT_DATE``...) still take the inserting
session's day: each of those columns is one the inserting person writes anyway.

A downgrade removes the pin from every function (``RESET TimeZone``) and drops
``dicel_company_day``.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from dicel_desktop.db.company_time import pin_company_time_zone

revision: str = "0069"
down_revision: str | None = "0068"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_PINNED = """
SELECT p.oid::regprocedure::text FROM pg_proc p
WHERE p.pronamespace = 'public'::regnamespace
  AND EXISTS (SELECT FROM unnest(p.proconfig) c WHERE c ~* '^timezone=')
ORDER BY 1
"""


COMPANY_DAY_SIGNATURE = "public.dicel_company_day(timestamptz)"
#: Right only once pinned, as every function of company_time.DATE_TIME is (its body is).
COMPANY_DAY = """
CREATE FUNCTION public.dicel_company_day(p_moment timestamptz DEFAULT NULL) RETURNS date
LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp
AS $$
    -- Migration 0069: the day of a moment (now, for none) in the company's time zone,
    -- as the workflow functions count days.
    SELECT coalesce(p_moment, now())::date
$$"""


def upgrade() -> None:
    op.execute(COMPANY_DAY)
    pin_company_time_zone(op.get_bind())


def downgrade() -> None:
    bind = op.get_bind()
    for (signature,) in bind.exec_driver_sql(_PINNED).all():
        bind.exec_driver_sql(f"ALTER FUNCTION {signature} RESET TimeZone")
    op.execute(f"DROP FUNCTION {COMPANY_DAY_SIGNATURE}")
