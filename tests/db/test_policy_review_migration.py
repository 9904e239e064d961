"""Migration 0072 on a database that had the policies' steps of migration 0050: the
approval that asked nothing is replaced by one asking the next review date, and Start
review… is added, for compliance and admin; its downgrade gives the old approval back.

A database built from scratch has the new functions from migration 0050 already (it makes
the policies' functions from the declaration as it is), so the database as it was is the
downgrade's: at 0071, then upgraded again, as a site's would be."""

from __future__ import annotations

import psycopg
from helpers import NOT_A_SHOWN_FORM

from dicel_desktop.db import migrate
from dicel_desktop.domain.roles import Role

_FUNCTIONS = f"""
SELECT p.oid::regprocedure::text FROM pg_proc p
WHERE p.pronamespace = 'public'::regnamespace
  AND p.proname IN ('dicel_approve_compliance_policy', 'dicel_start_review_compliance_policy')
{NOT_A_SHOWN_FORM}
ORDER BY 1
"""
APPROVE_OLD = "dicel_approve_compliance_policy(uuid)"
#: At head: on the version shown too (migration 0078).
APPROVE = "dicel_approve_compliance_policy(uuid,date,timestamp with time zone)"
START_REVIEW = "dicel_start_review_compliance_policy(uuid)"


def _functions(dsn: str) -> list[str]:
    with psycopg.connect(dsn) as conn:
        return [name for (name,) in conn.execute(_FUNCTIONS).fetchall()]


def _may_execute(dsn: str, role: Role, signature: str) -> bool:
    with psycopg.connect(dsn) as conn:
        return conn.execute(
            "SELECT has_function_privilege(%s, %s, 'EXECUTE')",
            (role.group_role, f"public.{signature}"),
        ).fetchone()[0]


def test_0072_asks_the_next_review_date_and_starts_reviews_and_its_downgrade_undoes_it(
    database_at,
):
    dsn = database_at("head")
    migrate.downgrade(dsn, "0071")
    # As 0050 made them: an approval asking nothing, no review started again.
    assert _functions(dsn) == [APPROVE_OLD]
    assert _may_execute(dsn, Role.COMPLIANCE, APPROVE_OLD)

    migrate.upgrade(dsn)
    assert _functions(dsn) == [APPROVE, START_REVIEW]
    for signature in (APPROVE, START_REVIEW):
        for role in (Role.COMPLIANCE, Role.ADMIN):
            assert _may_execute(dsn, role, signature), (role, signature)
        for role in (Role.EMPLOYEE, Role.HR, Role.RISK):
            assert not _may_execute(dsn, role, signature), (role, signature)
    with psycopg.connect(dsn) as conn:
        # Not anyone's to run as they like: owned by dicel_owner, SECURITY DEFINER; the
        # approval's "after today" is the company's day (migration 0069's pin).
        rows = conn.execute(
            "SELECT p.oid::regprocedure::text, p.prosecdef, pg_get_userbyid(p.proowner),"
            " EXISTS (SELECT FROM unnest(p.proconfig) c WHERE c ~* '^timezone=')"
            " FROM pg_proc p WHERE p.oid = ANY (%s::regprocedure[]) ORDER BY 1",
            ([f"public.{APPROVE}", f"public.{START_REVIEW}"],),
        ).fetchall()
    assert rows == [
        (APPROVE, True, "dicel_owner", True),
        (START_REVIEW, True, "dicel_owner", False),
    ]
