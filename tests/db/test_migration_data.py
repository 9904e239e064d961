"""Migrations that keep data: what a revision does to the rows already there, and what its
downgrade gives back (0006's e-mails, 0007's amounts, the codes made choices, ...).

Split from test_migrations.py (stop 39): these run their revisions' SQL on rows, which
behaves alike on every PostgreSQL version, so the PostgreSQL 18 pass of
scripts/run-tests.sh leaves them out; test_migrations.py (the walk up and down, the
models against the migrations, dicel-admin, provisioning's revisions) runs on both."""

from __future__ import annotations

import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field

import psycopg
import pytest
from helpers import NOT_A_SHOWN_FORM, drop_database, one_clear_line, run_admin

from dicel_desktop.db import migrate

# --- One walk up for the revisions that carry rows to head -------------------------------


@dataclass
class EarlyWalk:
    """One database walked from 0005 to head, given before each revision below the rows
    its test is about (each in tables of its own), and what was seen on the way.

    0006, 0007, 0023, 0025, 0026 and 0044 each took a database of their own from their
    revision to head (~150 revisions each, six times); this walks the chain once, and
    each test asserts on what it saw. 0007's refusal runs dicel-admin migrate in its own
    process, as each test did; 0025's and 0026's run its main in this process (migrate
    refuses in its own process in 0006's and 0007's tests)."""

    #: revision -> dicel-admin migrate's run that the rows stopped at it.
    refusals: dict[str, subprocess.CompletedProcess[str]] = field(default_factory=dict)
    #: revision -> the database's revision after that refusal.
    stayed_at: dict[str, str | None] = field(default_factory=dict)
    #: The revision the walk up reached, the rows corrected.
    reached: str | None = None
    #: At head: the users' e-mails, and what a write each rule refuses raised there.
    emails: list[tuple[str]] = field(default_factory=list)
    refused_at_head: dict[str, type[BaseException] | None] = field(default_factory=dict)
    #: 0044: the postings' dates at head, a new posting's (state, date) there, and
    #: whether a posting made after the downgrade to 0043 is dated today.
    posting_dates: dict[str, str | None] = field(default_factory=dict)
    new_posting_at_head: tuple | None = None
    dated_today_at_0043: tuple | None = None
    #: 0023: the audit log's size with its rows given at 0021, and after 0023 and 0024
    #: ran; at head, its expenses (number, paid date, updated_at kept) and the audit
    #: entries of its rows (its account, expenses and debits), given at 0021 and at head.
    audited_0023: tuple[int, int] | None = None
    expenses_0023: list[tuple] = field(default_factory=list)
    audit_of_0023_rows: tuple[int, int] | None = None


def _raised(dsn: str, statement: str) -> type[BaseException] | None:
    """What ``statement`` raised (None for nothing), its transaction rolled back."""
    with psycopg.connect(dsn) as conn:
        try:
            conn.execute(statement)
        except psycopg.Error as exc:
            return type(exc)
        finally:
            conn.rollback()
    return None


def _migrate_here(dsn: str) -> subprocess.CompletedProcess[str]:
    """``dicel-admin migrate`` run in this process (its ``main``; a module's walk has no
    capsys), its exit status and what it printed as :func:`run_admin` gives them. For a
    refusal of migrate, which runs in a process of its own in other tests here (0006's,
    0007's): a traceback is an exception the walk fails on."""
    import contextlib
    import io

    from dicel_desktop.cli.admin import main as admin_main
    from dicel_desktop.logs import close_log

    out, err = io.StringIO(), io.StringIO()
    args = ["--dsn", dsn, "migrate"]
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = admin_main(args)
    finally:
        close_log()
    return subprocess.CompletedProcess(args, status, out.getvalue(), err.getvalue())


@pytest.fixture(scope="module")
def early(revision_templates, _admin) -> Iterator[EarlyWalk]:
    name = f"early_{uuid.uuid4().hex[:8]}"
    dsn = revision_templates.new_database("0005", name)
    seen = EarlyWalk()
    try:
        # 0006: an address in capitals.
        _add_user(dsn, "Jean.Mugabo@DICEL.rw")
        migrate.upgrade(dsn, "0006")
        # 0007: amounts no one could mean, refused, then corrected.
        with psycopg.connect(dsn) as conn:
            conn.execute(
                "INSERT INTO expenses (expense_category, amount, expense_date)"
                " VALUES ('Fuel', -25000, '2026-03-02'), ('Fuel', 0, '2026-03-02')"
            )
        seen.refusals["0007"] = run_admin("--dsn", dsn, "migrate")
        seen.stayed_at["0007"] = migrate.database_revision(dsn)
        with psycopg.connect(dsn) as conn:
            conn.execute("UPDATE expenses SET amount = 25000")
        # 0023: expenses paid and approved before it, each with a debit of its number.
        migrate.upgrade(dsn, migrate.known_revisions()["0023"])
        with psycopg.connect(dsn) as conn:
            conn.execute(PAID_BEFORE_0023)
            audited = conn.execute("SELECT count(*) FROM audit_logs").fetchone()[0]
            of_rows = conn.execute(AUDIT_OF_0023_ROWS).fetchone()[0]
        migrate.upgrade(dsn, "0024")
        with psycopg.connect(dsn) as conn:
            seen.audited_0023 = (
                audited,
                conn.execute("SELECT count(*) FROM audit_logs").fetchone()[0],
            )
        # 0025 and 0026: the codes made choices, each refused, then corrected.
        for revision, before, _named, corrected, _refused in (p.values for p in CHOICES_MADE):
            migrate.upgrade(dsn, migrate.known_revisions()[revision])
            with psycopg.connect(dsn) as conn:
                conn.execute(before)
            seen.refusals[revision] = _migrate_here(dsn)
            seen.stayed_at[revision] = migrate.database_revision(dsn)
            with psycopg.connect(dsn) as conn:
                conn.execute(corrected)
        # 0044: a draft posting given the seed's default date, and two that were posted.
        migrate.upgrade(dsn, "0043")
        with psycopg.connect(dsn) as conn:
            conn.execute(
                "INSERT INTO job_postings (title, description, status, posted_date) VALUES"
                " ('Compliance Intern', 'Audits', 'draft', DEFAULT),"
                " ('Accountant', 'Books', 'open', '2026-11-20'),"
                " ('Storekeeper', 'Stores', 'cancelled', '2026-09-01')"
            )
        migrate.upgrade(dsn)
        seen.reached = migrate.database_revision(dsn)
        with psycopg.connect(dsn) as conn:
            seen.emails = conn.execute("SELECT email FROM users").fetchall()
            seen.expenses_0023 = conn.execute(
                "SELECT expense_number, paid_date, updated_at = '2026-03-09 10:00+02'"
                " FROM expenses WHERE expense_number IN ('EXP-1', 'EXP-2')"
                " ORDER BY expense_number"
            ).fetchall()
            seen.audit_of_0023_rows = (of_rows, conn.execute(AUDIT_OF_0023_ROWS).fetchone()[0])
            seen.posting_dates = dict(
                conn.execute("SELECT title, posted_date::text FROM job_postings").fetchall()
            )
            conn.execute(
                "INSERT INTO job_postings (title, description) VALUES ('Risk Analyst', 'Risks')"
            )
            seen.new_posting_at_head = conn.execute(
                "SELECT status, posted_date FROM job_postings WHERE title = 'Risk Analyst'"
            ).fetchone()
        seen.refused_at_head["0006"] = _raised(
            dsn, "UPDATE users SET email = 'Jean.Mugabo@dicel.rw'"
        )
        for revision, _before, _named, _corrected, refused in (p.values for p in CHOICES_MADE):
            seen.refused_at_head[revision] = _raised(dsn, refused)
        migrate.downgrade(dsn, "0043")
        with psycopg.connect(dsn) as conn:
            conn.execute(
                "INSERT INTO job_postings (title, description) VALUES ('Driver', 'Drives')"
            )
            seen.dated_today_at_0043 = conn.execute(
                "SELECT posted_date = current_date FROM job_postings WHERE title = 'Driver'"
            ).fetchone()
        yield seen
    finally:
        drop_database(_admin, name)


# --- Migration 0006: e-mails become lower case ------------------------------------------


def _add_user(dsn: str, email: str) -> None:
    with psycopg.connect(dsn) as conn:
        conn.execute(
            "INSERT INTO users (email, password_hash, first_name, last_name, role)"
            " VALUES (%s, 'x', 'Jean', 'Mugabo', 'employee')",
            (email,),
        )


def test_0006_lower_cases_the_e_mails_already_there(early):
    # Written at 0005, read at head (the early walk).
    assert early.reached == migrate.head_revision()
    assert early.emails == [("jean.mugabo@dicel.rw",)]
    assert early.refused_at_head["0006"] is psycopg.errors.CheckViolation


def test_0006_refuses_two_addresses_that_differ_only_in_case_and_changes_nothing(database_at):
    dsn = database_at("0005")
    _add_user(dsn, "Jean.Mugabo@dicel.rw")
    _add_user(dsn, "jean.mugabo@dicel.rw")
    result = run_admin("--dsn", dsn, "migrate")
    one_clear_line(result, "differ only in case: Jean.Mugabo@dicel.rw and jean.mugabo@dicel.rw")
    assert "run dicel-admin migrate again" in result.stderr
    assert migrate.database_revision(dsn) == "0005"
    with psycopg.connect(dsn) as conn:
        emails = {e for (e,) in conn.execute("SELECT email FROM users")}
    assert emails == {"Jean.Mugabo@dicel.rw", "jean.mugabo@dicel.rw"}


# --- Migration 0007: amounts no one could mean ------------------------------------------


def test_0007_refuses_amounts_no_one_could_mean_and_says_which(early):
    # The rows written at 0006; corrected, they go up to head (the early walk).
    one_clear_line(early.refusals["0007"], "expenses.amount in 2 row(s) (must be amount > 0)")
    assert early.stayed_at["0007"] == "0006"
    assert early.reached == migrate.head_revision()


# --- Migration 0023: expenses paid before it ------------------------------------------


#: 0023's rows, given at 0021: an account, an expense paid and one approved, and a debit
#: of each one's number (only a paid expense takes its debit's day).
PAID_BEFORE_0023 = """
INSERT INTO financial_accounts (id, account_number, account_name, account_type, currency)
VALUES ('00000000-0000-0000-0000-00000000000a', 'ACC-1', 'Operating', 'bank', 'RWF');
INSERT INTO expenses (expense_number, expense_category, amount, expense_date, status,
    updated_at)
VALUES ('EXP-1', 'Fuel', 25000, '2026-03-02', 'paid', '2026-03-09 10:00+02'),
    ('EXP-2', 'Fuel', 9000, '2026-03-03', 'approved', '2026-03-09 10:00+02');
INSERT INTO transactions (account_id, transaction_type, amount, currency, reference_number,
    transaction_date)
SELECT '00000000-0000-0000-0000-00000000000a', 'debit', 1, 'RWF', number, '2026-03-06'
FROM unnest(ARRAY['EXP-1', 'EXP-2']) AS number
"""
#: The audit entries of 0023's rows (the walk's other rows are written, audited, later).
AUDIT_OF_0023_ROWS = """
SELECT count(*) FROM audit_logs WHERE record_id IN (
    SELECT id FROM financial_accounts WHERE account_number = 'ACC-1'
    UNION ALL SELECT id FROM expenses WHERE expense_number IN ('EXP-1', 'EXP-2')
    UNION ALL SELECT id FROM transactions WHERE reference_number IN ('EXP-1', 'EXP-2'))
"""


def test_0023_dates_the_expenses_paid_before_it_from_their_debit_and_records_nothing(early):
    # Written at 0021, read at head (the early walk). The whole audit log's size is
    # compared across 0023 (and 0024), before the walk writes rows of its own; to head,
    # the audit entries of 0023's rows.
    import datetime as dt

    before, after = early.audited_0023
    assert after == before
    assert early.audit_of_0023_rows[1] == early.audit_of_0023_rows[0]
    assert early.reached == migrate.head_revision()
    assert early.expenses_0023 == [("EXP-1", dt.date(2026, 3, 6), True), ("EXP-2", None, True)]


# --- Migrations 0025 and 0026: codes that became choices -------------------------------

#: (revision, rows a superuser wrote before it, the sentence's part naming the others,
#: their correction, a write the new CHECK refuses even to a superuser).
CHOICES_MADE = [
    pytest.param(
        "0025",
        "INSERT INTO transactions (transaction_type, amount, currency, transaction_date)"
        " VALUES ('transfer', 5, 'RWF', '2026-03-06'), ('transfer', 7, 'RWF', '2026-03-06'),"
        " ('credit', 9, 'RWF', '2026-03-06')",  # migration 0014's trigger lets a superuser
        "transactions.transaction_type 'transfer' in 2 row(s)",
        "UPDATE transactions SET transaction_type = 'debit' WHERE amount < 9",
        "UPDATE transactions SET transaction_type = 'transfer'",
        id="transaction type",
    ),
    pytest.param(
        "0026",
        "INSERT INTO customer_feedback (feedback_type) VALUES ('Complaint'), ('complaint')",
        "customer_feedback.feedback_type 'Complaint' in 1 row(s)",
        "UPDATE customer_feedback SET feedback_type = lower(feedback_type)",
        "INSERT INTO customer_feedback (feedback_type) VALUES ('praise')",
        id="feedback type",
    ),
]


@pytest.mark.parametrize(("revision", "before", "named", "corrected", "refused"), CHOICES_MADE)
def test_a_code_made_a_choice_refuses_other_values_says_which_then_keeps_the_rule(
    early, revision, before, named, corrected, refused
):
    # ``before`` written at the revision before, ``corrected`` after the refusal, then up
    # to head, where ``refused`` is tried (the early walk).
    from alembic.script import ScriptDirectory

    previous = ScriptDirectory.from_config(migrate.alembic_config()).get_revision(revision)
    one_clear_line(early.refusals[revision], named)
    assert early.stayed_at[revision] == previous.down_revision
    assert early.reached == migrate.head_revision()
    assert early.refused_at_head[revision] is psycopg.errors.CheckViolation


def test_looking_for_other_values_holds_off_writers_until_the_rule_is_in(database_at):
    # A row written between the look and the CHECK would stop the migration with a bare
    # CheckViolation, not the sentence: the look locks the table against writes.
    from sqlalchemy import create_engine

    from dicel_desktop.db.engine import sqlalchemy_url

    dsn = database_at("0025")
    engine = create_engine(sqlalchemy_url(dsn))
    try:
        with engine.begin() as migration:
            migrate.refuse_values_outside(
                migration, "customer_feedback", "feedback_type", ("complaint",), "Some"
            )
            with psycopg.connect(dsn) as writer:
                writer.execute("SET lock_timeout = '200ms'")
                with pytest.raises(psycopg.errors.LockNotAvailable):
                    writer.execute(
                        "INSERT INTO customer_feedback (feedback_type) VALUES ('praise')"
                    )
                writer.rollback()
                assert writer.execute("SELECT 1 FROM customer_feedback").fetchone() is None
    finally:
        engine.dispose()


def test_0044_leaves_a_draft_posting_without_a_publication_date(early):
    """User-eye review: a draft (migration 0038) showed "Published on" the day it was
    typed in, from the seed's default; publishing then wrote over it. The postings
    written at 0043, read at head, then a posting made after the downgrade to 0043 (the
    early walk)."""
    assert early.reached == migrate.head_revision()
    assert early.posting_dates == {
        "Compliance Intern": None,
        "Accountant": "2026-11-20",
        "Storekeeper": "2026-09-01",
    }
    assert early.new_posting_at_head == ("draft", None)
    assert early.dated_today_at_0043 == (True,)


def test_a_database_short_of_head_keeps_today_the_companys(database_at):
    """Code review: 0073 rebuilt the decisions with CREATE OR REPLACE, which drops a
    function's SET clauses; at head the sync pins them again, but a downgrade to 0072 (or
    an upgrade stopped at 0073) left them reading "today" in the caller's zone."""
    from dicel_desktop.db.company_time import date_dependent_functions
    from dicel_desktop.db.engine import make_engine

    def unpinned() -> list[str]:
        engine = make_engine(dsn)
        try:
            with engine.connect() as conn:
                found = date_dependent_functions(conn)
        finally:
            engine.dispose()
        assert found  # the schema has functions that read the date at each of these
        return sorted(n for n, _s, config in found if not any("TimeZone=" in c for c in config))

    dsn = database_at("0073")
    assert unpinned() == []
    migrate.downgrade(dsn, "0072")
    assert unpinned() == []
    migrate.downgrade(dsn, "0068")  # before 0069, nothing was pinned
    assert "dicel_decide_leave" in unpinned()


#: 0080: the folding, the recovery cases' step lines and the movement.
CHECKS_0080 = (
    "SELECT dicel_folded(%s),"
    " (SELECT tgargs FROM pg_trigger WHERE tgname = 'recovery_cases_step_lines'),"
    " pg_get_functiondef('dicel_move_stock'::regproc) LIKE %s"
)
PARAMS_0080 = ("Wri\u2065tten", "%P[^A-Z0-9]*%")
FORGED_0080 = "\ua4earitten off on 2O26-12-05: paid"
#: 0083: the same, and the step lines' function of three arguments.
CHECKS_0083 = (
    "SELECT dicel_folded(%s),"
    " (SELECT tgargs FROM pg_trigger WHERE tgname = 'recovery_cases_step_lines'),"
    " pg_get_functiondef('dicel_move_stock'::regproc) LIKE %s,"
    " to_regprocedure('dicel_step_lines(text, text, text)') IS NOT NULL"
)
PARAMS_0083 = ("\ufffcWr\u00edtten", "%PURCHASE%")


@pytest.fixture(scope="module")
def down_to_0078(revision_templates, _admin) -> Iterator[dict[str, dict[str, tuple]]]:
    """One database at head walked down to 0081 and on to 0078, read at each stop
    (nothing written): 0080's and 0083's tests each walked their own from head (~80
    revisions twice). Stop -> "0080"/"0083" -> the checks' row."""
    name = f"down_to_0078_{uuid.uuid4().hex[:8]}"
    dsn = revision_templates.new_database("head", name)
    seen: dict[str, dict[str, tuple]] = {}
    try:
        for stop in ("head", "0081", "0078"):
            if stop != "head":
                migrate.downgrade(dsn, stop)
            with psycopg.connect(dsn) as conn:
                seen[stop] = {
                    "0080": conn.execute(CHECKS_0080, PARAMS_0080).fetchone(),
                    "0083": conn.execute(CHECKS_0083, PARAMS_0083).fetchone(),
                }
                if stop == "head":
                    seen[stop]["forged"] = conn.execute(
                        "SELECT dicel_folded(%s)", (FORGED_0080,)
                    ).fetchone()
        yield seen
    finally:
        drop_database(_admin, name)


def test_0080_folds_what_0077_missed_and_its_downgrade_gives_0077s_back(down_to_0078):
    """Second review of 0077: U+2065 (unassigned, drawn as nothing) and a Lisu W were read
    as written, "PO/2026/000041" cited no order. A downgrade puts 0077's folding, step
    lines and movement back as that revision made them."""
    folded, args, dressed = down_to_0078["head"]["0080"]
    assert (folded, dressed) == ("Written", True)
    assert down_to_0078["head"]["forged"] == ("Written off on 2O26-12-05: paid",)
    assert b"[0-9oil|]" in args
    folded, args, dressed = down_to_0078["0078"]["0080"]
    assert (folded, dressed) == ("Wri\u2065tten", False)
    assert b"[0-9oil|]" not in args and b"[0-9]{4}" in args


def test_0083_reads_accents_and_step_lines_as_a_reader_and_its_downgrade_gives_0080s_back(
    down_to_0078,
):
    """Third review of 0080: "Wr\u00edtten" and U+FFFC were read as typed, a step line
    struck through was the same line, "PO-2026-41" cited no order. A downgrade puts
    0080's folding, step lines and movement back as that revision made them."""
    folded, args, dressed, lines = down_to_0078["head"]["0083"]
    assert (folded, dressed, lines) == ("Written", True, True)
    assert b"(st|nd|rd|th|er)" in args
    folded, args, dressed, lines = down_to_0078["0081"]["0083"]
    assert (folded, dressed, lines) == ("\ufffcWr\u00edtten", False, False)
    assert b"(st|nd|rd|th|er)" not in args and b"[0-9oil|]{4}-" in args


# --- Migrations 0103, 0105 and 0106: one walk down to 0100 and up again (with 0110-0114) -

#: 0103: the shifts' steps and the day helpers, and the steps that take a note (0101's).
N0103 = [
    "dicel_miss_security_assignment",
    "dicel_start_security_assignment",
    "dicel_complete_security_assignment",
    "dicel_reported_by_today",
    "dicel_received_by_today",
    "dicel_respond_customer_feedback",
    "dicel_resolve_customer_feedback",
    "dicel_recover_recovery_case",
]
NOTED = N0103[-3:]
STEP_LINES = (
    "SELECT tgname, pg_get_triggerdef(oid) FROM pg_trigger"
    " WHERE tgname IN ('customer_feedback_step_lines', 'recovery_cases_step_lines')"
    " ORDER BY 1"
)
#: 0105: the shifts' cancel and the risks' close.
N0105 = ["dicel_cancel_security_assignment", "dicel_close_risk_assessment"]
RISK_LINES = "SELECT count(*) FROM pg_trigger WHERE tgname = 'risk_assessments_step_lines'"
#: 0106: the recovery cases' recover and reopen.
N0106 = ["dicel_recover_recovery_case", "dicel_reopen_recovery_case"]
RECOVER_FORMS = (
    "SELECT p.oid::regprocedure::text FROM pg_proc p"
    f" WHERE p.proname = 'dicel_recover_recovery_case'{NOT_A_SHOWN_FORM}"
)
AMOUNT_COLUMN = (
    "SELECT count(*) FROM information_schema.columns"
    " WHERE table_name = 'recovery_cases' AND column_name = 'amount_recovered'"
)
#: 0106: cases given before it: name, amount involved, their moves (each audited).
CASES = (
    ("recovered", 2010000, ["recovered"]),
    ("written_off", 900000, ["written_off"]),
    ("open", 500000, []),
    ("closed_recovered", 4500000, ["written_off", "in_progress", "recovered", "closed"]),
    ("closed_written_off", 700000, ["recovered", "in_progress", "written_off", "closed"]),
)


@dataclass
class Around0100:
    """One database walked from head down to 0106's parent (0105), up to head, down to
    0105 again, to 0104 and to 0100, and up to head by ``dicel-admin migrate``; and what
    the tests of 0103, 0105 and 0106 saw on the way. Each had its own database at head
    walked down to its revision and up (0106: and down again): ~400 revisions in all,
    ~225 as a walk of its own (speed44), now the walk of 0110-0114's tests too
    (:func:`around_0100_and_0114`). Each writes rows of its own (incidents, a risk,
    recovery cases)."""

    #: stop -> what _reads_0100 read there: head, 0105, again (head), 0105_again,
    #: 0104, 0100, migrated (head, after dicel-admin migrate).
    at: dict[str, dict[str, object]] = field(default_factory=dict)
    #: 0106: case name -> its amount recovered after the upgrade from 0105.
    recovered: dict[str, object] = field(default_factory=dict)
    #: 0103: at 0100, the steps with a note and the functions' definitions.
    noted_at_0100: list[str] = field(default_factory=list)
    defined_at_0100: dict[str, str] = field(default_factory=dict)
    #: 0103: the incident stored without its date at 0100.
    number: str | None = None
    #: dicel-admin migrate from 0100: exit status, stdout, stderr.
    migrated: tuple[int, str, str] | None = None
    #: 0105: the risk closed at 0104, read at head after the migrate.
    risk: tuple | None = None


def _reads_0100(dsn: str) -> dict[str, object]:
    """What the tests of 0103, 0105 and 0106 compare at each stop of the walk."""
    with psycopg.connect(dsn) as conn:
        cancel = conn.execute(BODY, ("dicel_cancel_security_assignment",)).fetchone()
        return {
            "0103": conn.execute(FUNCTIONS_SHOWN, (N0103,)).fetchall(),
            "step_lines": conn.execute(STEP_LINES).fetchall(),
            "0105": conn.execute(FUNCTIONS_SHOWN, (N0105,)).fetchall(),
            "cancel": cancel[0] if cancel else None,
            "risk_lines": conn.execute(RISK_LINES).fetchone(),
            "0106": conn.execute(FUNCTIONS_SHOWN, (N0106,)).fetchall(),
            "recover": [s for (s,) in conn.execute(RECOVER_FORMS)],
            "amount_column": conn.execute(AMOUNT_COLUMN).fetchone(),
        }


@pytest.fixture(scope="module")
def around_0100(around_0100_and_0114) -> Around0100:
    """The 0103/0105/0106 part of the one walk (:func:`around_0100_and_0114`)."""
    return around_0100_and_0114[0]


def test_0103_names_undated_incidents_to_the_operator_and_its_downgrade_gives_0100s_back(
    around_0100,
):
    """A revision's warning reached the log file only (a psql review, stop 30: 0100's
    count of incidents without a date): ``dicel-admin migrate`` prints it, and 0103 names
    them. A downgrade puts 0100's shift steps and report trigger back, and, through
    0101's downgrade, 0100's one-argument feedback and recovery steps (review30 F6)."""
    walk = around_0100
    at_head, at_0100 = walk.at["head"], walk.at["0100"]
    assert len(at_head["0103"]) == len(N0103)
    assert [name for name, _def in at_head["step_lines"]] == [
        "customer_feedback_step_lines",
        "recovery_cases_step_lines",
    ]
    # 0100's steps took the record alone: the note and the day are 0101's.
    assert walk.noted_at_0100 == [
        "dicel_recover_recovery_case(uuid)",
        "dicel_resolve_customer_feedback(uuid)",
        "dicel_respond_customer_feedback(uuid)",
    ]
    (case_lines,) = at_0100["step_lines"]
    assert case_lines[0] == "recovery_cases_step_lines"
    assert "recovered" not in case_lines[1]
    defined = walk.defined_at_0100
    assert "dicel_received_by_today" not in defined
    assert "DW407" not in defined["dicel_miss_security_assignment"]
    assert "DW407" in defined["dicel_start_security_assignment"]
    assert "isfinite" not in defined["dicel_reported_by_today"]
    status, printed_out, printed_err = walk.migrated
    assert status == 0
    assert "Schema upgraded from 0100 to" in printed_out
    assert (
        f"Warning: security_incidents: 1 incident(s) without an incident date of the calendar"
        f" ({walk.number}); ck_security_incidents_incident_date_given is checked on new and"
        " changed rows only until each is given one"
    ) in printed_err
    migrated = walk.at["migrated"]
    assert migrated["0103"] == at_head["0103"]
    assert migrated["step_lines"] == at_head["step_lines"]
    assert migrated["risk_incident_date"] == (True,)


def test_0106_says_cases_recovered_before_came_back_in_full_and_its_downgrade_gives_0101s(
    around_0100,
):
    """A case marked recovered before 0106 was recovered in full (0101): the upgrade gives
    it its amount involved as its amount recovered, and a closed case too when its last
    settling step was Mark recovered (its audit entries); one written off, open, or
    closed after a write-off gets none. Its downgrade gives back 0101's steps, and the
    upgrade head's, to the byte (review31 F7: the recover and reopen bodies)."""
    walk = around_0100
    at_head, at_before = walk.at["head"]["0106"], walk.at["0105"]["0106"]
    assert len(at_before) == 2
    assert at_before != at_head
    assert walk.at["0105"]["recover"] == ["dicel_recover_recovery_case(uuid,text,date)"]
    assert walk.at["again"]["0106"] == at_head
    assert walk.recovered == {
        "recovered": 2010000,
        "written_off": None,
        "open": None,
        "closed_recovered": 4500000,
        "closed_written_off": None,
    }
    again = walk.at["0105_again"]
    assert again["recover"] == ["dicel_recover_recovery_case(uuid,text,date)"]
    assert again["0106"] == at_before
    assert again["amount_column"] == (0,)


def test_0105_upgrades_a_database_at_0104_and_its_downgrade_gives_0104s_steps_back(
    around_0100,
):
    """rsk31: an ended shift was cancelled and a risk closed with no word. At 0104 (and
    at 0100, made again by 0103's downgrade with 0100's helper) cancel asks no moment and
    a risk is closed on its id alone; from 0104, the upgrade gives head's steps and the
    step-lines trigger of the risks' mitigation measures, a risk closed at 0104 keeping
    its text."""
    walk = around_0100
    at_head, at_0104 = walk.at["head"], walk.at["0104"]
    assert [s for s, _md5 in at_head["0105"]] == [
        "dicel_cancel_security_assignment(uuid)",
        "dicel_close_risk_assessment(uuid,text)",
    ]
    assert "DW432" in at_head["cancel"]
    assert at_head["risk_lines"] == (1,)
    assert [s for s, _md5 in at_0104["0105"]] == [
        "dicel_cancel_security_assignment(uuid)",
        "dicel_close_risk_assessment(uuid)",
    ]
    assert "DW432" not in at_0104["cancel"]
    assert at_0104["risk_lines"] == (0,)
    assert "DW432" not in walk.at["0100"]["cancel"]
    assert walk.migrated[0] == 0
    assert walk.at["migrated"]["0105"] == at_head["0105"]
    assert walk.at["migrated"]["risk_lines"] == (1,)
    assert walk.risk == ("closed", "Two locks.")


# --- Migrations 0110 to 0114: one walk down and up again (with 0103-0106) ----------------

#: 0110: the trigger function it makes again, and the shifts' cancel.
F0110 = ["dicel_enrollment_once_programme_began", "dicel_cancel_security_assignment"]
#: 0111: the approval and the budget functions.
F0111 = ["dicel_decide_expense", "dicel_expense_budget", "dicel_expense_budget_for"]
FUNCTIONS_SHOWN = (
    "SELECT p.oid::regprocedure::text, md5(pg_get_functiondef(p.oid)) FROM pg_proc p"
    " WHERE p.pronamespace = 'public'::regnamespace AND p.proname = ANY(%s)"
    f"{NOT_A_SHOWN_FORM} ORDER BY 1"
)
FUNCTIONS = (
    "SELECT p.oid::regprocedure::text, md5(pg_get_functiondef(p.oid)) FROM pg_proc p"
    " WHERE p.pronamespace = 'public'::regnamespace AND p.proname = ANY(%s)"
    " ORDER BY 1"
)
BODY = f"SELECT prosrc FROM pg_proc p WHERE proname = %s{NOT_A_SHOWN_FORM}"
APPROVAL = "dicel_decide_expense(uuid,boolean,text)"
SOURCE = "SELECT prosrc FROM pg_proc WHERE oid = %s::regprocedure"
AUDIT = "SELECT md5(pg_get_functiondef('public.dicel_audit_document()'::regprocedure))"
STAYS = "SELECT count(*) FROM pg_proc WHERE proname = 'dicel_linked_file_stays'"
CLOSE = (
    "SELECT md5(pg_get_functiondef('public.dicel_close_purchase_order(uuid, text)'::regprocedure))"
)
ORDER_STATES = "SELECT notes, status FROM purchase_orders WHERE notes LIKE 'Order %' ORDER BY 1"
#: 0114: orders received before it, their notes holding 0071's line or not.
NOTES = {
    "Order A": "Order A\nClosed short on 2026-12-05, 3 of 14 received: supplier gone",
    "Order B": "Order B: delivered in full",
    "Order C": "Order C, Closed short on 2026-12-05, as the supplier said",
}
AS_IT_IS = (
    "SELECT o.status, o.notes, o.updated_at,"
    " (SELECT count(*) FROM audit_logs a WHERE a.record_id = o.id)"
    " FROM purchase_orders o WHERE o.id = %s"
)


@dataclass
class Around0114:
    """One database walked from head down to 0113, 0112, 0110 and 0109, up to head again,
    and down to 0113 once more, and what the tests of 0110, 0111, 0113 and 0114 saw on
    the way (the fresh databases at 0110, 0112 and 0113 read as well). Each test had
    its own database at head and walked it down to its revision, up and (some) down
    again: ~50 revisions each way, five times; then one walk of their own (speed43), now
    0103-0106's too (:func:`around_0100_and_0114`: 0109 on down to 0105 before the way
    up). Each test writes its rows in tables of its own (purchase orders: the clerk's is
    told from 0114's by its notes)."""

    at_head: dict[str, object] = field(default_factory=dict)
    at: dict[str, dict[str, object]] = field(default_factory=dict)  # revision -> reads
    built_to: dict[str, object] = field(default_factory=dict)  # a fresh database's reads
    again: dict[str, object] = field(default_factory=dict)  # up at head again
    at_0113_again: dict[str, object] = field(default_factory=dict)
    #: The clerk's order closed short under 0114 (shop), as it was, and the second close.
    closed: tuple | None = None
    second_close: object = None


def _reads(dsn: str) -> dict[str, object]:
    """What the tests compare at each stop of the walk."""
    with psycopg.connect(dsn) as conn:
        reads: dict[str, object] = {
            "0110": conn.execute(FUNCTIONS_SHOWN, (F0110,)).fetchall(),
            "0111": conn.execute(FUNCTIONS, (F0111,)).fetchall(),
            "audit": conn.execute(AUDIT).fetchone(),
            "stays": conn.execute(STAYS).fetchone(),
            "close": conn.execute(CLOSE).fetchone(),
        }
        reads["bodies"] = [
            found[0] if (found := conn.execute(BODY, (name,)).fetchone()) else None
            for name in F0110
        ]
    return reads


@pytest.fixture(scope="module")
def around_0114(around_0100_and_0114) -> Around0114:
    """The 0110-0114 part of the one walk (:func:`around_0100_and_0114`)."""
    return around_0100_and_0114[1]


@pytest.fixture(scope="module")
def around_0100_and_0114(revision_templates, _admin) -> Iterator[tuple[Around0100, Around0114]]:
    """One database at head walked down to 0113, 0112, 0110, 0109 and 0105, up to head,
    down to 0113, 0105, 0104 and 0100, and up to head by ``dicel-admin migrate``, read at
    each stop for the tests of 0103-0106 (:class:`Around0100`) and of 0110-0114
    (:class:`Around0114`); the fresh databases at 0110, 0112 and 0113 read as well.
    Each half was a walk of its own (speed44: ~150 and ~225 revisions); one is ~230.
    Each writes rows of its own (purchase orders, told apart by their notes; recovery
    cases; a risk; an incident), none of which the other half reads."""
    import contextlib

    from shop import open_shop

    from dicel_desktop.db.migrate import earlier_revision
    from dicel_desktop.domain.errors import DicelError
    from dicel_desktop.services import purchasing

    def run(person, fn, *args):
        with person.session() as session:
            return fn(session, *args)

    seen, walk = Around0114(), Around0100()
    for revision in ("0110", "0112", "0113"):
        built = f"built_{revision}_{uuid.uuid4().hex[:8]}"
        try:
            seen.built_to[revision] = _reads(revision_templates.new_database(revision, built))
        finally:
            drop_database(_admin, built)
    name = f"around_0100_0114_{uuid.uuid4().hex[:8]}"
    dsn = revision_templates.new_database("head", name)
    before = earlier_revision("0106_a_case_recovered_says_how_much_came_back").down_revision
    try:
        with contextlib.contextmanager(open_shop)(dsn) as shop:
            seen.at_head = _reads(dsn)
            walk.at["head"] = _reads_0100(dsn)
            with psycopg.connect(dsn) as conn:
                seen.at_head["approval"] = conn.execute(SOURCE, (APPROVAL,)).fetchone()[0]
                seen.at_head["locks"] = conn.execute(
                    "SELECT prosrc FROM pg_proc"
                    " WHERE oid = 'public.dicel_audit_document()'::regprocedure"
                ).fetchone()[0]
            # An order closed short by 0114's close, by the clerk.
            order = shop.draft(lines=[(shop.torch, 10, "12000"), (shop.item("Lamp"), 4, "3000")])
            run(shop.clerk, purchasing.submit_purchase_order, order)
            run(shop.manager, purchasing.decide_purchase_order, order, True)
            run(shop.clerk, purchasing.mark_ordered, order)
            torch = run(shop.clerk, purchasing.order_facts, order).lines[0].id
            run(shop.clerk, purchasing.receive_purchase_order, order, {torch: 3})
            run(shop.clerk, purchasing.close_purchase_order, order, "Supplier out of stock")
            with psycopg.connect(dsn) as conn:
                seen.closed = conn.execute(AS_IT_IS, (order,)).fetchone()
            for revision in ("0113", "0112", "0110", "0109"):
                migrate.downgrade(dsn, revision)
                seen.at[revision] = _reads(dsn)
                with psycopg.connect(dsn) as conn:
                    if revision == "0113":
                        seen.at[revision]["order"] = conn.execute(AS_IT_IS, (order,)).fetchone()
                        for text in NOTES.values():
                            conn.execute(
                                "INSERT INTO purchase_orders (order_date, status, notes)"
                                " VALUES (current_date, 'received', %s)",
                                (text,),
                            )
                    if revision == "0110":
                        seen.at[revision]["triggers"] = conn.execute(
                            "SELECT count(*) FROM pg_trigger WHERE tgname IN ("
                            "'recovery_cases_written_off_once_begun',"
                            " 'security_assignments_within_the_hours',"
                            " 'patrol_logs_within_the_hours')"
                        ).fetchone()
            # 0106: cases recovered, written off, open and closed, given at 0105.
            migrate.downgrade(dsn, before)
            walk.at["0105"] = _reads_0100(dsn)
            cases = {}
            with psycopg.connect(dsn) as conn:
                for case_name, amount, moves in CASES:
                    (case,) = conn.execute(
                        "INSERT INTO recovery_cases (case_type, description, amount_involved,"
                        " status) VALUES ('Debt', %s, %s, 'in_progress') RETURNING id",
                        (case_name, amount),
                    ).fetchone()
                    for state in moves:  # each its own audit entry, in order
                        conn.execute(
                            "UPDATE recovery_cases SET status = %s WHERE id = %s", (state, case)
                        )
                        conn.execute(
                            "UPDATE audit_logs SET created_at = created_at - interval '1 minute'"
                            " WHERE record_id = %s",
                            (case,),
                        )
                    cases[case_name] = case
            migrate.upgrade(dsn)
            seen.again = _reads(dsn)
            walk.at["again"] = _reads_0100(dsn)
            with psycopg.connect(dsn) as conn:
                seen.again["states"] = conn.execute(ORDER_STATES).fetchall()
                seen.again["order"] = conn.execute(AS_IT_IS, (order,)).fetchone()
                walk.recovered = {
                    case_name: conn.execute(
                        "SELECT amount_recovered FROM recovery_cases WHERE id = %s", (case,)
                    ).fetchone()[0]
                    for case_name, case in cases.items()
                }
            try:
                run(shop.admin, purchasing.close_purchase_order, order, "Again")
            except DicelError as refused:
                seen.second_close = refused
            migrate.downgrade(dsn, "0113")
            seen.at_0113_again = _reads(dsn)
            with psycopg.connect(dsn) as conn:
                seen.at_0113_again["states"] = conn.execute(ORDER_STATES).fetchall()
        migrate.downgrade(dsn, before)
        walk.at["0105_again"] = _reads_0100(dsn)
        # 0105: a risk closed as 0104 closes it (no word, its text as it was).
        migrate.downgrade(dsn, "0104")
        walk.at["0104"] = _reads_0100(dsn)
        with psycopg.connect(dsn, autocommit=True) as conn:
            (risk,) = conn.execute(
                "INSERT INTO risk_assessments (risk_category, risk_description,"
                " mitigation_measures) VALUES ('operational', 'Fuel taken', 'Two locks.')"
                " RETURNING id"
            ).fetchone()
            conn.execute("SELECT dicel_close_risk_assessment(%s)", (risk,))
        # 0103: an incident stored without its date, as 0100 leaves a database that
        # held one.
        migrate.downgrade(dsn, "0100")
        walk.at["0100"] = _reads_0100(dsn)
        with psycopg.connect(dsn) as conn:
            walk.noted_at_0100 = [
                s for s, _md5 in conn.execute(FUNCTIONS_SHOWN, (NOTED,)).fetchall()
            ]
            walk.defined_at_0100 = dict(
                conn.execute(
                    "SELECT p.proname, pg_get_functiondef(p.oid) FROM pg_proc p"
                    " WHERE p.pronamespace = 'public'::regnamespace AND p.proname = ANY(%s)"
                    f"{NOT_A_SHOWN_FORM}",
                    (N0103,),
                ).fetchall()
            )
            conn.execute(
                "ALTER TABLE security_incidents"
                " DROP CONSTRAINT ck_security_incidents_incident_date_given"
            )
            (walk.number,) = conn.execute(
                "INSERT INTO security_incidents (incident_type, location, description,"
                " reported_date) VALUES ('theft', 'Main gate', 'A bag taken', now())"
                " RETURNING incident_number"
            ).fetchone()
            conn.execute(
                "ALTER TABLE security_incidents ADD CONSTRAINT"
                " ck_security_incidents_incident_date_given"
                " CHECK (incident_date IS NOT NULL) NOT VALID"
            )
        migrated = _migrate_here(dsn)
        walk.migrated = (migrated.returncode, migrated.stdout, migrated.stderr)
        walk.at["migrated"] = _reads_0100(dsn)
        with psycopg.connect(dsn) as conn:
            walk.at["migrated"]["risk_incident_date"] = conn.execute(
                "SELECT convalidated FROM pg_constraint WHERE conname = %s",
                ("ck_risk_incidents_incident_date_given",),
            ).fetchone()
            walk.risk = conn.execute(
                "SELECT status, mitigation_measures FROM risk_assessments WHERE id = %s",
                (risk,),
            ).fetchone()
        yield walk, seen
    finally:
        drop_database(_admin, name)


def test_0110_lets_an_enrolment_of_a_programme_over_be_completed_and_its_downgrade_gives_0107s(
    around_0114,
):
    """Code review 31, F1: 0110 makes the DW419/DW441 trigger function again from 0107's
    text; its downgrade gives 0107's back, and the upgrade head's, to the byte. The
    shifts' cancel gives the state in DW432's DETAIL at head and after the round trip (F6;
    the generator is read live, so the downgrade leaves it)."""
    walk = around_0114
    assert len(walk.at_head["0110"]) == 2
    began, cancel = walk.at_head["bodies"]
    assert "Migration 0110" in began
    assert "'state', v_state" in cancel
    began, cancel = walk.at["0109"]["bodies"]
    assert "Migration 0107" in began and "Migration 0110" not in began
    assert "'state', v_state" in cancel
    assert walk.again["0110"] == walk.at_head["0110"]


def test_0111_puts_the_approval_on_the_one_budget_rule_and_its_downgrade_gives_0110s_back(
    around_0114,
):
    """Code review 31, F4: 0111 makes the approval and ``dicel_expense_budget`` read the
    line from ``dicel_expense_budget_for``, the approval still measuring its note first
    (0085's block: 0111 changes the function as the database holds it, code review 32,
    F1); its downgrade gives back the functions of a database built to 0110, to the byte,
    and the upgrade head's."""
    walk = around_0114
    assert len(walk.at_head["0111"]) == 4
    source = walk.at_head["approval"]
    assert "dicel_expense_budget_for" in source
    assert source.index("octet_length($3) > 100000") < source.index("dicel_has_role")
    assert walk.at["0110"]["0111"] == walk.built_to["0110"]["0111"]
    assert walk.at["0110"]["triggers"] == (0,)
    assert walk.again["0111"] == walk.at_head["0111"]


def test_0113_locks_a_linked_record_with_its_files_and_its_downgrade_gives_0112s_back(
    around_0114,
):
    """Code review 33, F1: a change of a file of a record whose field may name it locks
    the record first (the audit function's lock list, as the database holds it); the
    downgrade gives back the audit function of a database built to 0112, to the byte, and
    takes 0113's trigger and function away."""
    walk = around_0114
    locks = walk.at_head["locks"]
    assert ",it_assets,candidates,training_enrollments,users,recovery_documents}" in locks
    assert walk.built_to["0112"]["audit"] != walk.at_head["audit"]
    assert walk.at["0112"]["audit"] == walk.built_to["0112"]["audit"]
    assert walk.at["0112"]["stays"] == (0,)
    assert walk.again["audit"] == walk.at_head["audit"]
    assert walk.again["stays"] == (1,)


def test_0114_gives_orders_closed_short_their_state_and_its_downgrade_gives_0113s_back(
    around_0114,
):
    """eye32 #4: an order closed short before 0114 (received, its notes holding 0071's
    "Closed short on <day>, " line) is closed short after it; a received order is left
    received, whatever its notes say elsewhere. The downgrade gives every order closed
    short back ``received`` and the close of a database built to 0113, to the byte."""
    walk = around_0114
    assert walk.built_to["0113"]["close"] != walk.at_head["close"]
    assert walk.at["0113"]["close"] == walk.built_to["0113"]["close"]
    assert walk.again["close"] == walk.at_head["close"]
    assert walk.again["states"] == [
        (NOTES["Order A"], "closed_short"),
        (NOTES["Order B"], "received"),
        (NOTES["Order C"], "received"),
    ]
    assert [s for _n, s in walk.at_0113_again["states"]] == ["received"] * 3
    assert walk.at_0113_again["close"] == walk.built_to["0113"]["close"]


def test_an_order_closed_short_under_0114_stays_so_through_a_downgrade_and_an_upgrade(
    around_0114,
):
    """Code review 33: an order closed by 0114's close (its "Closed short on <day>: "
    line) was made received by the downgrade and left received by the upgrade, which knew
    only 0071's line (F2); and each way the move gave the order the migration's moment as
    its "Modified on" and an audit entry by nobody (F6). It comes back closed short, as it
    was, and a second close still names the clerk who closed it."""
    walk = around_0114
    closed = walk.closed
    assert closed[0] == "closed_short" and closed[1].startswith("Closed short on 20")
    assert ": Torch 3 of 10, Lamp 0 of 4 received: Supplier out of stock" in closed[1]
    assert walk.at["0113"]["order"] == ("received", *closed[1:])
    assert walk.again["order"] == closed
    assert walk.second_close is not None, "a second close was not refused"
    assert walk.second_close.code == "already_decided"
    assert walk.second_close.params["who"] == "Eric Tester"
