"""A month pays its run's rates; a case document is one file, never replaced; no file is
empty; a candidate is filed and moved on only on a posting that takes candidates; an
invoice's line is an invoice's.

Revision ID: 0115
Revises: 0114
Create Date: 2026-12-06

Found with psql in a review (psql33, F1-F4 and a note), each a rule the project keeps
elsewhere with a gap here:

* **The run decides what the month pays** (F1). ``dicel_payslip_amounts`` (0014)
  worked a payslip's deductions out again from the settings *as they are now* whenever
  HR changed its basic or allowances; the run had used the settings as they were at the
  run. One rate changed mid-month, and one edited payslip of a pending period paid 8 %
  pension beside 145 paying 6 %. A payslip now keeps the rates it was computed with in
  its ``deductions_detail`` (no new column: the list already holds each line's amount;
  each line now holds its rate too, ``rate`` in percent, PAYE its ``bands``), and an
  edit computes again with those. A payslip being made takes the rates of a payslip of
  its period already made (one run, one statement, so one set of rates even if a
  setting is committed meanwhile), else the settings now. A run made again (after a
  cancel) takes the settings then. ``dicel_payroll_rates()`` gives the settings now as
  such lines, ``dicel_payroll_deductions(numeric, jsonb)`` computes with given rates, and
  0014's ``dicel_payroll_deductions(numeric)`` is that with the settings now. The
  upgrade writes the settings now into the pending payslips that keep no rates (their
  amounts stay); those whose amounts the settings now would not give are counted in a
  warning (they were run under other rates: an edit computes them with these).
* **A case document is its file** (F2). ``recovery_documents`` is never edited and its
  file never replaced (0008, 0113), but any recovery login replaced or emptied the file
  while the case was open. Trigger ``documents_unreplaced_case_document_file`` (function
  ``dicel_case_document_is_its_file``) refuses, for every login, a superuser included
  (the rule is about the data, as 0113's): an UPDATE of the content, name or type of a
  case document's file (``DW464``, TABLE ``recovery_documents``, DETAIL ``file``,
  ``id``), and a second file on one case document (``DW465``, the same DETAIL naming the
  file it has). The first file goes in as before (the File field's Attach…, then
  ``dicel_link_document``); a second upload waits for the first (the case document's
  row lock) and then sees it. Case documents already holding more than one file are
  counted in a warning and left.
* **No file is empty** (F3). The client refused an empty file; the database stored one,
  so a file a field names (DW450, DW462) could be emptied instead of removed.
  ``dicel_documents_before_write`` (0008's, made again) refuses content of 0 bytes on
  INSERT and on UPDATE of the content (``DD006``), for every login. Stored empty files
  are counted in a warning and left: nobody can tell what they held, and each still
  names its upload in the audit log.
* **A candidate is on a posting that takes candidates** (F4). Trigger
  ``candidates_on_a_posting_that_takes_them`` (BEFORE INSERT OR UPDATE OF status,
  job_posting_id; function ``dicel_candidate_on_a_taking_posting``): a candidate is
  filed, or moved to another posting, only on one ``open`` or ``on_hold``
  (``entry_rules.OFFERED_STATES``, the form's picker); screened, interviewed, offered
  the post or hired only while the posting is ``open``, ``on_hold`` or ``closed``
  (applications close before the shortlist is interviewed: closed takes no new
  candidate, its own still move on). A draft was never published, and a filled or
  cancelled posting is final: no candidate moves on there (``DW463``, COLUMN
  ``job_posting_id``, DETAIL ``posting``, ``state``). A candidate of no posting (an open
  application, the plan's NULL) is not asked. Rejecting and withdrawing stay open.
  ``max_applications`` is not asked: it is a target HR sets, not a limit. A superuser
  is not asked. Stored candidates on a posting that takes none are counted in a warning
  and left (a step asks).
* **An invoice's line is an invoice's** (a note). ``invoice_items.invoice_id`` was
  nullable and finance could leave a draft's line on no invoice, in no list. A CHECK
  (``ck_invoice_items_invoice_given``, ``invoice_id IS NOT NULL``) refuses one now, as
  0096 did for attendance: the plan's column stays nullable, the rule is the project's;
  stored lines of no invoice stop the upgrade, named.

A downgrade gives back 0014's payslip functions, 0008's before-write function, and
drops the rest.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from dicel_desktop.db.migrate import (
    DEFINER,
    SEARCH_PATH,
    MigrationRefused,
    create_owned_function,
    earlier_revision,
    execute_sql,
    or_replace,
    replaced,
)

revision: str = "0115"
down_revision: str | None = "0114"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger("alembic.runtime.migration")

_0008 = earlier_revision("0008_documents")
_0014 = earlier_revision("0014_finance_flows")

#: Rows named in a warning, at most.
NAMED = 20

#: SQLSTATE -> (what it refuses, its DETAIL keys), as this revision raises it.
REFUSALS = {
    "DW463": ("a candidate on a posting that does not take them", ("posting", "state")),
    "DW464": ("a case document's file replaced", ("file", "id")),
    "DW465": ("a second file on a case document", ("file", "id")),
    "DD006": ("an empty file", ()),
}

# --------------------------------------------------------------------------- F1


def _0014_function(signature: str) -> str:
    (create,) = (c for s, c in _0014.PAYROLL if s == signature)
    return _0014._sql(create)


#: The deductions a payslip keeps, each with its rate (frozen: 0014's four).
RATED = ("pension", "maternity", "cbhi")
RATES_SIGNATURE = "public.dicel_payroll_rates()"
RATES = f"""
CREATE FUNCTION {RATES_SIGNATURE} RETURNS jsonb
LANGUAGE sql STABLE {SEARCH_PATH}
AS $$
    -- Migration 0115: the settings now, as the lines of a payslip's deductions keep them.
    SELECT jsonb_build_array(
        jsonb_build_object('code', 'paye', 'bands', public.dicel_setting_array(
            'payroll.paye_bands', '{_0014.PAYE_BANDS}'::jsonb)),
        jsonb_build_object('code', 'pension',
            'rate', public.dicel_setting_number('payroll.pension_rate_percent', 6)),
        jsonb_build_object('code', 'maternity',
            'rate', public.dicel_setting_number('payroll.maternity_rate_percent', 0.3)),
        jsonb_build_object('code', 'cbhi',
            'rate', public.dicel_setting_number('payroll.cbhi_rate_percent', 0.5)))
$$"""

KEPT_SIGNATURE = "public.dicel_payslip_rates(jsonb)"
KEPT = f"""
CREATE FUNCTION public.dicel_payslip_rates(p_detail jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE {SEARCH_PATH}
AS $$
    -- Migration 0115: a payslip's deductions when they keep every rate (PAYE its bands,
    -- the others a number), else NULL (made before 0115, or loaded without them).
    SELECT CASE WHEN jsonb_typeof(p_detail) = 'array' AND (
        SELECT count(DISTINCT d ->> 'code') FROM jsonb_array_elements(p_detail) d
         WHERE (d ->> 'code' = 'paye' AND jsonb_typeof(d -> 'bands') = 'array')
            OR (d ->> 'code' IN ({", ".join(f"'{c}'" for c in RATED)})
                AND jsonb_typeof(d -> 'rate') = 'number')) = {len(RATED) + 1}
    THEN p_detail END
$$"""

WITH_RATES_SIGNATURE = "public.dicel_payroll_deductions(numeric, jsonb)"
WITH_RATES = f"""
CREATE FUNCTION public.dicel_payroll_deductions(p_gross numeric, p_rates jsonb)
RETURNS jsonb LANGUAGE plpgsql IMMUTABLE {SEARCH_PATH}
AS $$
DECLARE
    v_bands jsonb;
    v_band jsonb;
    v_lower numeric := 0;
    v_upper numeric;
    v_paye numeric := 0;
    v_rate jsonb := '{{}}';
    v_pension numeric;
    v_maternity numeric;
    v_cbhi numeric;
BEGIN
    -- Migration 0115: 0014's arithmetic with the rates given (a payslip's own, kept in
    -- its deductions), each line keeping its rate. Whole francs, each rounded down, as
    -- RRA's and RSSB's calculators do.
    SELECT d -> 'bands' INTO v_bands FROM jsonb_array_elements(p_rates) d
     WHERE d ->> 'code' = 'paye';
    SELECT coalesce(jsonb_object_agg(d ->> 'code', d -> 'rate'), '{{}}') INTO v_rate
      FROM jsonb_array_elements(p_rates) d WHERE d ->> 'code' <> 'paye';
    FOR v_band IN SELECT b.value FROM jsonb_array_elements(v_bands) b
    LOOP
        v_upper := (v_band ->> 'upto')::numeric;
        IF p_gross > v_lower THEN
            v_paye := v_paye + floor((least(p_gross, coalesce(v_upper, p_gross)) - v_lower)
                                     * coalesce((v_band ->> 'rate')::numeric, 0) / 100);
        END IF;
        EXIT WHEN v_upper IS NULL;
        v_lower := v_upper;
    END LOOP;
    v_pension := floor(p_gross * (v_rate ->> 'pension')::numeric / 100);
    v_maternity := floor(p_gross * (v_rate ->> 'maternity')::numeric / 100);
    -- Community-based health insurance: a share of the net after tax and RSSB.
    v_cbhi := floor(greatest(p_gross - v_paye - v_pension - v_maternity, 0)
        * (v_rate ->> 'cbhi')::numeric / 100);
    RETURN jsonb_build_array(
        jsonb_build_object('code', 'paye', 'amount', v_paye, 'bands', v_bands),
        jsonb_build_object('code', 'pension', 'amount', v_pension,
                           'rate', v_rate -> 'pension'),
        jsonb_build_object('code', 'maternity', 'amount', v_maternity,
                           'rate', v_rate -> 'maternity'),
        jsonb_build_object('code', 'cbhi', 'amount', v_cbhi, 'rate', v_rate -> 'cbhi'));
END
$$"""

NOW_SIGNATURE = "public.dicel_payroll_deductions(numeric)"
NOW = f"""
CREATE OR REPLACE FUNCTION public.dicel_payroll_deductions(p_gross numeric)
RETURNS jsonb LANGUAGE sql STABLE {SEARCH_PATH}
AS $$
    -- Migration 0115: with the settings now, each line keeping its rate.
    SELECT public.dicel_payroll_deductions(p_gross, public.dicel_payroll_rates())
$$"""

AMOUNTS_SIGNATURE = "public.dicel_payslip_amounts()"
_AMOUNTS_0014 = _0014_function("dicel_payslip_amounts()")
AMOUNTS = replaced(
    replaced(
        or_replace(_AMOUNTS_0014),
        """DECLARE
    v_gross numeric;
BEGIN""",
        """DECLARE
    v_gross numeric;
    v_rates jsonb;
BEGIN""",
    ),
    "    NEW.deductions_detail := public.dicel_payroll_deductions(v_gross);",
    """    -- Migration 0115: the run decides what the month pays. An edit computes again with
    -- the rates the payslip keeps; a payslip being made takes those of its period's
    -- payslips made before it (the run's statement), else the settings now.
    IF TG_OP = 'UPDATE' THEN
        v_rates := public.dicel_payslip_rates(OLD.deductions_detail);
    END IF;
    IF v_rates IS NULL THEN
        SELECT public.dicel_payslip_rates(r.deductions_detail) INTO v_rates
          FROM public.payroll_records r
         WHERE r.pay_period_start = NEW.pay_period_start
           AND r.pay_period_end = NEW.pay_period_end
           AND r.status = 'pending' AND r.id <> NEW.id
           AND public.dicel_payslip_rates(r.deductions_detail) IS NOT NULL
         LIMIT 1;
    END IF;
    NEW.deductions_detail := public.dicel_payroll_deductions(
        v_gross, coalesce(v_rates, public.dicel_payroll_rates()));""",
)

#: Pending payslips keeping no rates, given the settings now (their amounts stay).
_RATES_GIVEN = """
UPDATE public.payroll_records r
   SET deductions_detail = (
        SELECT jsonb_agg(d.value || coalesce(
                   (SELECT x.value - 'code' FROM jsonb_array_elements(v.rates) x
                     WHERE x.value ->> 'code' = d.value ->> 'code'), '{}'::jsonb)
                   ORDER BY d.ordinality)
          FROM jsonb_array_elements(r.deductions_detail) WITH ORDINALITY d)
  FROM (SELECT public.dicel_payroll_rates() AS rates) v
 WHERE r.status = 'pending' AND jsonb_typeof(r.deductions_detail) = 'array'
   AND public.dicel_payslip_rates(r.deductions_detail) IS NULL
RETURNING r.id,
       r.deductions_detail IS DISTINCT FROM
       public.dicel_payroll_deductions(r.basic_salary + coalesce(r.allowances, 0), v.rates)
"""

# --------------------------------------------------------------------------- F2

CASE_DOCUMENTS = "recovery_documents"
CASE_FILE_SIGNATURE = "public.dicel_case_document_is_its_file()"
#: Named to sort after ``documents_stay`` (0040): a held case's file says its case's
#: state (DW406, DL003) before this.
CASE_FILE_TRIGGER = "documents_unreplaced_case_document_file"
CASE_FILE = f"""
CREATE FUNCTION {CASE_FILE_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    v_file text;
BEGIN
    -- Migration 0115: a case document is its file (0008, 0113): its content, name and
    -- type are never replaced (DW464), and it holds one file (DW465). For every login,
    -- a superuser too: the rule is about the data (a recovery officer emptied the
    -- evidence of another's open case, which kept its first officer's name and day).
    IF TG_OP = 'UPDATE' THEN
        IF NEW.content IS DISTINCT FROM OLD.content
           OR NEW.file_name IS DISTINCT FROM OLD.file_name
           OR NEW.media_type IS DISTINCT FROM OLD.media_type THEN
            RAISE EXCEPTION USING ERRCODE = 'DW464',
                MESSAGE = 'a case document is its file: it is never replaced',
                TABLE = '{CASE_DOCUMENTS}',
                DETAIL = json_build_object('file', OLD.file_name, 'id', OLD.owner_id)::text;
        END IF;
        RETURN NEW;
    END IF;
    -- Two uploads at once: the second waits here for the first, then sees its file.
    PERFORM FROM public.{CASE_DOCUMENTS} d WHERE d.id = NEW.owner_id FOR NO KEY UPDATE;
    SELECT x.file_name INTO v_file FROM public.documents x
     WHERE x.owner_table = '{CASE_DOCUMENTS}' AND x.owner_id = NEW.owner_id
     ORDER BY x.created_at LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'DW465',
            MESSAGE = 'a case document holds one file',
            TABLE = '{CASE_DOCUMENTS}',
            DETAIL = json_build_object('file', v_file, 'id', NEW.owner_id)::text;
    END IF;
    RETURN NEW;
END
$$"""
CASE_FILE_TRIGGERS = (
    f"CREATE TRIGGER {CASE_FILE_TRIGGER}_once BEFORE INSERT ON public.documents FOR EACH ROW"
    f" WHEN (NEW.owner_table = '{CASE_DOCUMENTS}') EXECUTE FUNCTION {CASE_FILE_SIGNATURE}",
    f"CREATE TRIGGER {CASE_FILE_TRIGGER} BEFORE UPDATE ON public.documents FOR EACH ROW"
    f" WHEN (OLD.owner_table = '{CASE_DOCUMENTS}') EXECUTE FUNCTION {CASE_FILE_SIGNATURE}",
)
_MORE_THAN_ONE = f"""
SELECT count(*) FROM (SELECT owner_id FROM public.documents
 WHERE owner_table = '{CASE_DOCUMENTS}' GROUP BY owner_id HAVING count(*) > 1) AS several
"""

# --------------------------------------------------------------------------- F3

BEFORE_WRITE_SIGNATURE = "public.dicel_documents_before_write()"
(_BEFORE_WRITE_0008,) = (c for s, c in _0008.FUNCTIONS if s == "dicel_documents_before_write()")
BEFORE_WRITE = replaced(
    or_replace(_BEFORE_WRITE_0008),
    "    IF v_size > v_limit THEN",
    """    -- Migration 0115: no file is empty (the client refused one; the database stored
    -- it, and a file a field names was emptied instead of removed: DW450, DW462).
    IF coalesce(v_size, 0) = 0 THEN
        RAISE EXCEPTION 'the document "%" is empty', NEW.file_name
            USING ERRCODE = 'DD006', TABLE = NEW.owner_table;
    END IF;
    IF v_size > v_limit THEN""",
)
_EMPTY = "SELECT count(*) FROM public.documents WHERE coalesce(octet_length(content), 0) = 0"

# --------------------------------------------------------------------------- F4

CANDIDATES = "candidates"
#: The posting states a candidate is filed on or moved to (``OFFERED_STATES``), and
#: those its candidates are moved on in (``entry_rules.POSTING_MOVES_ON``), frozen.
FILED_ON = ("open", "on_hold")
MOVED_ON_IN = ("open", "on_hold", "closed")
#: The candidate states a step moves on into (rejected and withdrawn stay open).
FORWARD = ("screening", "interview", "offered", "hired")
POSTING_SIGNATURE = "public.dicel_candidate_on_a_taking_posting()"
POSTING_TRIGGER = "candidates_on_a_posting_that_takes_them"


def _list(values: tuple[str, ...]) -> str:
    return ", ".join(f"'{v}'" for v in values)


ON_A_TAKING_POSTING = f"""
CREATE FUNCTION {POSTING_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    v_posting record;
    v_filed boolean := TG_OP = 'INSERT' OR NEW.job_posting_id IS DISTINCT FROM OLD.job_posting_id;
BEGIN
    -- Migration 0115: a candidate is filed on (or moved to) a posting that takes
    -- candidates, and moved on while it still does (HR hired candidates of a cancelled
    -- posting and of a draft never published). A superuser is not asked.
    IF public.dicel_current_user_id() IS NULL THEN
        RETURN NEW;
    END IF;
    IF NOT v_filed AND NOT (NEW.status IS DISTINCT FROM OLD.status
                            AND NEW.status IN ({_list(FORWARD)})) THEN
        RETURN NEW;  -- its notes, its rating, a rejection or a withdrawal: not asked
    END IF;
    SELECT j.title, j.status INTO v_posting
      FROM public.job_postings j WHERE j.id = NEW.job_posting_id;
    IF NOT FOUND THEN
        RETURN NEW;  -- an open application, for no posting (the plan's NULL)
    END IF;
    IF (v_filed AND v_posting.status NOT IN ({_list(FILED_ON)}))
       OR v_posting.status NOT IN ({_list(MOVED_ON_IN)}) THEN
        RAISE EXCEPTION USING ERRCODE = 'DW463',
            MESSAGE = format('the posting is %s: it takes no candidate', v_posting.status),
            SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = 'job_posting_id',
            DETAIL = json_build_object('posting', v_posting.title,
                                       'state', v_posting.status)::text;
    END IF;
    RETURN NEW;
END
$$"""
POSTING_TRIGGER_SQL = (
    f"CREATE TRIGGER {POSTING_TRIGGER} BEFORE INSERT OR UPDATE OF status, job_posting_id"
    f" ON public.{CANDIDATES} FOR EACH ROW EXECUTE FUNCTION {POSTING_SIGNATURE}"
)
_STRANDED = f"""
SELECT count(*) FROM public.{CANDIDATES} c LEFT JOIN public.job_postings j
    ON j.id = c.job_posting_id
 WHERE c.status NOT IN ('hired', 'rejected', 'withdrawn')
   AND j.status NOT IN ({_list(MOVED_ON_IN)})
"""

# --------------------------------------------------------------------------- the note

_ORPHAN_LINES = f"""
SELECT count(*), string_agg(id::text, ', ' ORDER BY id) FILTER (WHERE n <= {NAMED})
  FROM (SELECT id, row_number() OVER (ORDER BY id) AS n
          FROM public.invoice_items WHERE invoice_id IS NULL) AS orphans
"""


def upgrade() -> None:
    (count, named) = execute_sql(_ORPHAN_LINES).fetchone()
    if count:
        more = ", ..." if count > NAMED else ""
        raise MigrationRefused(
            f"{count} invoice line(s) belong to no invoice ({named}{more}): give each its"
            " invoice, or delete it, then upgrade again"
        )
    execute_sql(
        "ALTER TABLE public.invoice_items ADD CONSTRAINT ck_invoice_items_invoice_given"
        " CHECK (invoice_id IS NOT NULL)"
    )

    create_owned_function(RATES, RATES_SIGNATURE)
    create_owned_function(KEPT, KEPT_SIGNATURE)
    create_owned_function(WITH_RATES, WITH_RATES_SIGNATURE)
    create_owned_function(NOW, NOW_SIGNATURE)
    create_owned_function(AMOUNTS, AMOUNTS_SIGNATURE)
    # Only where there are some: an UPDATE of payslips, even of none, runs the period's
    # notification trigger as dicel_owner, whose grants a database built from scratch gets
    # only after the upgrade (sync-grants).
    waiting = execute_sql(
        "SELECT count(*) FROM public.payroll_records r WHERE r.status = 'pending'"
        " AND public.dicel_payslip_rates(r.deductions_detail) IS NULL"
    ).fetchone()[0]
    given = execute_sql(_RATES_GIVEN).fetchall() if waiting else []
    other = sum(1 for _id, differs in given if differs)
    if other:
        log.warning(
            "%d pending payslip(s) were computed with rates other than the settings now;"
            " they keep their amounts and now keep the settings now as their rates",
            other,
        )

    create_owned_function(BEFORE_WRITE, BEFORE_WRITE_SIGNATURE)
    empty = execute_sql(_EMPTY).fetchone()[0]
    if empty:
        log.warning(
            "%d stored file(s) are empty (0 bytes); they stay as they are, and a new"
            " content for them is asked",
            empty,
        )

    several = execute_sql(_MORE_THAN_ONE).fetchone()[0]
    if several:
        log.warning(
            "%d case document(s) hold more than one file; they stay, and take no more",
            several,
        )
    create_owned_function(CASE_FILE, CASE_FILE_SIGNATURE)
    for statement in CASE_FILE_TRIGGERS:
        execute_sql(statement)

    stranded = execute_sql(_STRANDED).fetchone()[0]
    if stranded:
        log.warning(
            "%d open candidate(s) are on a posting that takes no candidate;"
            " they stay, and are rejected or withdrawn, or moved to an open posting",
            stranded,
        )
    create_owned_function(ON_A_TAKING_POSTING, POSTING_SIGNATURE)
    execute_sql(POSTING_TRIGGER_SQL)


def downgrade() -> None:
    execute_sql(f"DROP TRIGGER {POSTING_TRIGGER} ON public.{CANDIDATES}")
    execute_sql(f"DROP FUNCTION {POSTING_SIGNATURE}")
    execute_sql(f"DROP TRIGGER {CASE_FILE_TRIGGER} ON public.documents")
    execute_sql(f"DROP TRIGGER {CASE_FILE_TRIGGER}_once ON public.documents")
    execute_sql(f"DROP FUNCTION {CASE_FILE_SIGNATURE}")
    execute_sql(or_replace(_BEFORE_WRITE_0008))
    execute_sql(_AMOUNTS_0014.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1))
    execute_sql(or_replace(_0014_function("dicel_payroll_deductions(numeric)")))
    execute_sql(f"DROP FUNCTION {WITH_RATES_SIGNATURE}")
    execute_sql(f"DROP FUNCTION {KEPT_SIGNATURE}")
    execute_sql(f"DROP FUNCTION {RATES_SIGNATURE}")
    # 0115's first text (never released, replaced in this stop) set NOT NULL instead of
    # the CHECK: a database it made is taken back too (code review 33b, F1).
    execute_sql(
        "ALTER TABLE public.invoice_items DROP CONSTRAINT IF EXISTS ck_invoice_items_invoice_given"
    )
    execute_sql("ALTER TABLE public.invoice_items ALTER COLUMN invoice_id DROP NOT NULL")
