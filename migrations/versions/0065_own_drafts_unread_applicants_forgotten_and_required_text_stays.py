"""Nobody reads the draft of their own review; a deleted applicant leaves no personal data
in the audit log; the text a step required stays once the step is taken.

Revision ID: 0065
Revises: 0064
Create Date: 2026-12-05

Found with psql in a review, as the demo's real logins:

**HR and admin read the draft of their own performance review.** Migration 0045 hid a
review from its employee until it is shared, on the read policy's first arm only: the
arms "HR reads every review" and "admin reads every review" (0003's read policy and its
``FOR ALL`` write policy, which row security also applies to SELECT) let an HR officer or
an administrator read their own review while a colleague was still writing it, and 0057's
history rule skipped them too. Both policies now leave out a draft whose employee is the
caller, whatever the caller's role: ``(status IS DISTINCT FROM 'draft' OR employee_id IS
DISTINCT FROM dicel_current_employee_id()) AND (...as before)``. A colleague in HR still
reads and writes the draft; a supervisor still reads their team's. ``dicel_record_history``
(0057) gives the review's employee, HR and admin included, the history from its latest
share on, without what the share replaced. HR could not change their own review anyway
(DW006, migration 0028), so the write policy's narrower USING takes nothing from them.

**A deleted applicant's personal data stayed in the audit log.** HR deletes a candidate
once the recruitment is over (README: an applicant's data is removed then), but every
audit row of the candidate kept their name, e-mail, phone, skills and notes, and audit
rows are deleted by nobody. The trigger ``candidates_personal_data_forgotten`` (AFTER
DELETE, SECURITY DEFINER, owned by dicel_owner, which owns ``audit_logs``: no client role
may write it, and none gains a right here) redacts the candidate's audit rows, the
DELETE's own included (AFTER triggers of one event fire in the order of their names:
``candidates_audit`` writes it first), as ``dicel_audit`` redacts bank details (0003): each
value becomes ``"[redacted]"``, an empty one stays empty. Which columns: every column but
``KEPT`` (``id``, ``job_posting_id``, ``status``, ``interview_date``, ``created_at``,
``updated_at``), a list of what is kept rather than of what goes, so a column added later
is forgotten too. The kept ones say what happened in the recruitment (for which posting,
how far the candidate went, when the interview was) and identify nobody once the name and
contacts are gone; everything else describes the person: name, e-mail, phone, CV link,
cover letter, experience, education, skills and HR's notes about them. The files attached
to the candidate (their CV) are deleted with them (migration 0008); their audit rows keep
the hash and size but lose ``file_name`` ("CV Jean Mugabo.pdf"). Who did what stays:
actor, action, time, record id, and the kept columns. Redacted at deletion only, not at
write time: while the recruitment runs, HR reads the candidate's history as it is.

**Text a step required could be blanked after the step.** Locks of the registry (migration
0007, ``dicel_refuse_locked_change``, DL001), added in ``domain/tables.py`` and made here:

* ``compliance_audits``: ``findings`` and ``recommendations`` are frozen once the audit
  leaves scheduled / in progress (completing it requires findings, DW402, 0042); reopening
  it (a step) makes them editable again.
* ``security_incidents``: ``actions_taken`` is frozen once the incident leaves open /
  investigating (resolving requires it, 0042); a closed incident is final anyway (DW405).
  ``risk_incidents.resolution`` needs nothing: only its resolve step writes it already.
* ``job_postings``: ``closing_date`` is frozen once the posting is closed, filled or
  cancelled (reopening clears it, as a step). ``posted_date`` joins the columns only
  functions write (``FUNCTION_ONLY_COLUMNS``: publishing stamps it), so a draft gets none
  and a published posting keeps the day it was published; drafts holding a date now lose
  it, as in migration 0044 (none of them was published).
* ``customer_surveys``: ``questions`` and ``start_date`` are frozen once the survey is
  launched: the answers were given to those questions, from that day.

The record window shows those fields read-only in those states (it reads the same locks).

A downgrade gives back 0045's policies, 0057's history, and drops the new triggers; the
drafts' dates cleared stay empty, and the audit rows redacted stay redacted.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import (
    SEARCH_PATH,
    create_owned_function,
    earlier_revision,
    execute_sql,
    replaced,
)

revision: str = "0065"
down_revision: str | None = "0064"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


_0003 = earlier_revision("0003_security")
_0040 = earlier_revision("0040_payments_and_evidence_stay")
_0045 = earlier_revision("0045_reviews_shared_then_filed")
_0057 = earlier_revision("0057_drafts_stay_out_of_history_and_pay_is_set_by_another")


# --------------------------------------------------------------------------- H6 reviews

REVIEWS = "performance_reviews"
#: Not a draft of the caller's own review.
NOT_OWN_DRAFT = (
    "(status IS DISTINCT FROM 'draft'"
    " OR employee_id IS DISTINCT FROM (SELECT public.dicel_current_employee_id()))"
)
_WRITERS = _0003._any_role(_0003.RLS_TABLES[REVIEWS].writers)
READ_BEFORE = _0045.READ_AFTER
READ_AFTER = f"{NOT_OWN_DRAFT} AND ({READ_BEFORE})"
WRITE_BEFORE = _WRITERS
WRITE_AFTER = f"{NOT_OWN_DRAFT} AND ({_WRITERS})"

_HR_ADMIN_SKIPPED = (
    "\n           AND NOT public.dicel_has_role('hr') AND NOT public.dicel_has_role('admin')"
)
_SHOWN_COMMENT = """        -- Migration 0057: a review read only as its employee shows its history from the
        -- latest entry that took it out of draft (its share), without what that entry
        -- replaced: everything before was written while it was a draft."""
_SHOWN_COMMENT_0065 = """        -- Migrations 0057, 0065: a review read by its employee (HR and admin included)
        -- shows its history from the latest entry that took it out of draft (its share),
        -- without what that entry replaced: everything before was written while it was
        -- a draft."""


def _history() -> str:
    create = replaced(_0057.HISTORY, _HR_ADMIN_SKIPPED, "")
    return replaced(create, _SHOWN_COMMENT, _SHOWN_COMMENT_0065)


HISTORY = _history()

# --------------------------------------------------------------------------- H7 applicants

#: The columns of a candidate an audit row keeps once the candidate is deleted: what
#: happened in the recruitment, identifying nobody. Every other column is redacted.
KEPT: tuple[str, ...] = (
    "id",
    "job_posting_id",
    "status",
    "interview_date",
    "created_at",
    "updated_at",
)
_KEPT = "ARRAY[" + ", ".join(f"'{c}'" for c in KEPT) + "]::text[]"

FORGET_SIGNATURE = "public.dicel_forget_applicant()"
FORGET = f"""
CREATE FUNCTION {FORGET_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {SEARCH_PATH}
AS $$
BEGIN
    -- Migration 0065: a deleted applicant's personal data leaves the audit log. Fires
    -- after candidates_audit (AFTER triggers run in the order of their names), so the
    -- DELETE's own row is redacted too. Values become "[redacted]" as dicel_audit
    -- redacts bank details; an empty one stays empty; KEPT columns stay.
    UPDATE public.audit_logs l
       SET old_values = (SELECT jsonb_object_agg(o.key, CASE
                                    WHEN o.key = ANY ({_KEPT}) OR jsonb_typeof(o.value) = 'null'
                                    THEN o.value ELSE '"[redacted]"'::jsonb END)
                           FROM jsonb_each(l.old_values) o),
           new_values = (SELECT jsonb_object_agg(n.key, CASE
                                    WHEN n.key = ANY ({_KEPT}) OR jsonb_typeof(n.value) = 'null'
                                    THEN n.value ELSE '"[redacted]"'::jsonb END)
                           FROM jsonb_each(l.new_values) n)
     WHERE l.table_name = 'candidates' AND l.record_id = OLD.id;
    -- Its files (deleted with it, migration 0008) keep their hash, not their name.
    UPDATE public.audit_logs l
       SET old_values = CASE WHEN jsonb_typeof(l.old_values -> 'file_name') = 'string'
                             THEN jsonb_set(l.old_values, '{{file_name}}', '"[redacted]"')
                             ELSE l.old_values END,
           new_values = CASE WHEN jsonb_typeof(l.new_values -> 'file_name') = 'string'
                             THEN jsonb_set(l.new_values, '{{file_name}}', '"[redacted]"')
                             ELSE l.new_values END
     WHERE l.table_name = 'documents'
       AND l.record_id IN (
           SELECT d.record_id FROM public.audit_logs d
            WHERE d.table_name = 'documents'
              AND (coalesce(d.new_values, d.old_values) ->> 'owner_id') = OLD.id::text
              AND (coalesce(d.new_values, d.old_values) ->> 'owner_table') = 'candidates');
    RETURN NULL;
END
$$"""
FORGET_TRIGGER = (
    "CREATE TRIGGER candidates_personal_data_forgotten AFTER DELETE ON public.candidates"
    f" FOR EACH ROW EXECUTE FUNCTION {FORGET_SIGNATURE}"
)

# --------------------------------------------------------------------------- H3 locks

#: (trigger, table, state argument, columns), frozen here; tests/security/test_catalog.py
#: compares them with the registry's locks (domain/tables.py).
LOCKED: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "compliance_audits_locked",
        "compliance_audits",
        "'status', '{scheduled,in_progress}'",
        ("findings", "recommendations"),
    ),
    (
        "security_incidents_locked",
        "security_incidents",
        "'status', '{open,investigating}'",
        ("actions_taken",),
    ),
    (
        "job_postings_locked",
        "job_postings",
        "'status', '{draft,open,on_hold}'",
        ("closing_date",),
    ),
    (
        "customer_surveys_locked",
        "customer_surveys",
        "'status', '{draft}'",
        ("questions", "start_date"),
    ),
)

#: A draft posting has not been published (as migration 0044 found them).
DRAFTS_UNPUBLISHED = (
    "UPDATE public.job_postings SET posted_date = NULL"
    " WHERE status = 'draft' AND posted_date IS NOT NULL"
)


def upgrade() -> None:
    execute_sql(f"ALTER POLICY {REVIEWS}_read ON public.{REVIEWS} USING ({READ_AFTER})")
    execute_sql(
        f"ALTER POLICY {REVIEWS}_write_any ON public.{REVIEWS}"
        f" USING ({WRITE_AFTER}) WITH CHECK ({_WRITERS})"
    )
    # CREATE OR REPLACE keeps the function's owner and grants.
    execute_sql(HISTORY)

    create_owned_function(FORGET, FORGET_SIGNATURE)
    execute_sql(FORGET_TRIGGER)

    # The posted date is the publish step's alone from now on (FUNCTION_ONLY_COLUMNS:
    # sync-grants, run after the upgrade, takes the column's grants away).
    execute_sql(DRAFTS_UNPUBLISHED)
    for name, table, state, columns in LOCKED:
        # Migration 0007 makes the registry's locks as they are when it runs: a database
        # built afresh has these already.
        execute_sql(f"DROP TRIGGER IF EXISTS {name} ON public.{table}")
        execute_sql(_0040._lock_trigger(name, table, state, columns))


def downgrade() -> None:
    for name, table, _state, _columns in reversed(LOCKED):
        execute_sql(f"DROP TRIGGER IF EXISTS {name} ON public.{table}")
    execute_sql("DROP TRIGGER candidates_personal_data_forgotten ON public.candidates")
    execute_sql(f"DROP FUNCTION {FORGET_SIGNATURE}")
    execute_sql(_0057.HISTORY)
    execute_sql(
        f"ALTER POLICY {REVIEWS}_write_any ON public.{REVIEWS}"
        f" USING ({WRITE_BEFORE}) WITH CHECK ({WRITE_BEFORE})"
    )
    execute_sql(f"ALTER POLICY {REVIEWS}_read ON public.{REVIEWS} USING ({READ_BEFORE})")
