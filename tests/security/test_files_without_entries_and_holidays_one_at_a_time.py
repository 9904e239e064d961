"""Migration 0084, as real logins with the eighth review's psql statements (/tmp/psql26w
r8: t4, t4b, t1b, t1c): a file loaded without an audit entry of its arrival is still part
of its record's version (DW007) and of its four eyes (DW411), moved to another record
too; holiday changes made at the same time are each counted with the other's (the leave's
days right, DW116 for a leave left with no working day), and leave filed while a holiday
is being added is counted with it.

The interleavings are forced, not timed: one session holds its change open, the other
starts its statement and is seen waiting (pg_stat_activity) or done, then the first
commits.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
import uuid

import psycopg
import pytest
from leave_team import Team, make_team, week
from logins import Person, new_expense, open_logins
from sqlalchemy import text

from dicel_desktop.domain.roles import Role
from dicel_desktop.services import db_errors, inbox, leave, records

# --------------------------------------------------------------------------- files


def _loaded(db_dsn: str, owner_table: str, owner_id: uuid.UUID, name: str) -> uuid.UUID:
    """A file loaded as a bulk import does (the demo's receipts and case documents): no
    trigger fires, so no audit entry names its owner."""
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        conn.execute("SET session_replication_role = replica")
        (found,) = conn.execute(
            "INSERT INTO documents (owner_table, owner_id, file_name, media_type, content)"
            " VALUES (%s, %s, %s, 'text/plain', %s) RETURNING id",
            (owner_table, owner_id, name, f"{name}: as loaded".encode()),
        ).fetchone()
        entries = conn.execute(
            "SELECT count(*) FROM audit_logs WHERE table_name = 'documents' AND record_id = %s",
            (found,),
        ).fetchone()[0]
    assert entries == 0
    return found


def _replace(person: Person, document: uuid.UUID, content: bytes) -> None:
    refused = person.refusal("UPDATE documents SET content = %s WHERE id = %s", content, document)
    assert refused is None, refused


def _expense_shown(finance: Person, expense: uuid.UUID):
    """The version the decider's inbox shows and the decision passes."""
    with finance.session() as session:
        (item,) = [i for i in inbox.waiting_for_me(session) if i.id == expense]
        return item.version


@pytest.fixture
def finance(logins):
    clerk = logins.person(Role.FINANCE, first_name="Pascal", last_name="Sibomana")
    eric = logins.person(Role.FINANCE, first_name="Eric", last_name="Niyonzima")
    robert = logins.person(Role.FINANCE, first_name="Robert", last_name="Habiyaremye")
    return clerk, eric, robert


def _status(person: Person, table: str, record: uuid.UUID) -> str:
    with person.engine.connect() as conn:
        return conn.scalar(text(f"SELECT status FROM {table} WHERE id = :r"), {"r": record})


def test_a_loaded_receipt_replaced_after_the_approver_was_shown_stops_the_approval(
    db_dsn, logins, finance
):
    """t4b: the receipt was loaded with no entry; Robert replaces it after Eric was shown
    the expense; Eric's approval on that version is refused naming Robert (it passed)."""
    clerk, eric, robert = finance
    expense = new_expense(clerk, department_id=logins.department("FIN")).id
    receipt = _loaded(db_dsn, "expenses", expense, "Receipt.txt")
    shown = _expense_shown(eric, expense)
    _replace(robert, receipt, b"Receipt: 1 laptop for home use")
    assert _expense_shown(eric, expense) > shown
    refused = eric.refusal("SELECT dicel_decide_expense(%s, true, 'ok', %s)", expense, shown)
    assert refused is not None and refused.sqlstate == "DW007"
    assert json.loads(refused.diag.message_detail)["who"] == "Robert Habiyaremye"
    assert "Robert Habiyaremye" in db_errors.explain(refused).message
    assert _status(eric, "expenses", expense) == "pending"
    now = _expense_shown(eric, expense)
    # On the version now shown, it is decided (rejected: no budget line in this test).
    assert eric.refusal("SELECT dicel_decide_expense(%s, false, 'no', %s)", expense, now) is None


def test_a_loaded_file_moved_to_another_record_moves_both_versions(db_dsn, logins, finance):
    """A documents row re-linked from one expense to another (a repair: no login may move
    a file), with no entry of its arrival: the expense it left changed as much as the one
    it joined (DW008: by no DICEL login), and a later replacement counts for the one it
    is attached to now (DW007)."""
    clerk, eric, robert = finance
    left = new_expense(clerk, department_id=logins.department("FIN")).id
    joined = new_expense(clerk, department_id=logins.department("FIN"), amount=30000).id
    receipt = _loaded(db_dsn, "expenses", left, "Receipt.txt")
    shown_left, shown_joined = _expense_shown(eric, left), _expense_shown(eric, joined)
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        conn.execute("UPDATE documents SET owner_id = %s WHERE id = %s", (joined, receipt))
    assert _expense_shown(eric, left) > shown_left
    assert _expense_shown(eric, joined) > shown_joined
    for expense, shown in ((left, shown_left), (joined, shown_joined)):
        refused = eric.refusal("SELECT dicel_decide_expense(%s, true, 'ok', %s)", expense, shown)
        assert refused is not None and refused.sqlstate == "DW008", expense
    shown_joined = _expense_shown(eric, joined)
    _replace(robert, receipt, b"Receipt: 1 laptop for home use")
    refused = eric.refusal("SELECT dicel_decide_expense(%s, true, 'ok', %s)", joined, shown_joined)
    assert refused is not None and refused.sqlstate == "DW007"
    assert json.loads(refused.diag.message_detail)["who"] == "Robert Habiyaremye"


def test_an_entry_of_the_changed_keys_only_still_counts(db_dsn, logins, finance):
    """A change logged before this revision named no owner: the file the expense has is
    found by its own owner columns, and its entries by the file's id."""
    clerk, eric, robert = finance
    expense = new_expense(clerk, department_id=logins.department("FIN")).id
    receipt = _loaded(db_dsn, "expenses", expense, "Receipt.txt")
    shown = _expense_shown(eric, expense)
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        conn.execute(
            "INSERT INTO audit_logs (user_id, action, table_name, record_id, old_values,"
            " new_values, created_at) VALUES (%s, 'UPDATE', 'documents', %s,"
            ' \'{"sha256": "a"}\', \'{"sha256": "b"}\', clock_timestamp())',
            (robert.user_id, receipt),
        )
    refused = eric.refusal("SELECT dicel_decide_expense(%s, true, 'ok', %s)", expense, shown)
    assert refused is not None and refused.sqlstate == "DW007"
    assert json.loads(refused.diag.message_detail)["who"] == "Robert Habiyaremye"


CASES = "recovery_cases"
WRITE_OFF = "SELECT dicel_write_off_recovery_case(%s, %s, %s)"
OWN_CHANGE = (
    "SELECT what FROM dicel_own_change_to_decide('recovery_cases', %s,"
    " array['open','in_progress','on_hold'], 'written_off')"
)


@pytest.fixture
def officers(logins):
    # The case is opened by a third officer: neither of the other two changed it.
    opener = logins.person(Role.RECOVERY, first_name="Olivier", last_name="Nkusi")
    innocent = logins.person(Role.RECOVERY, first_name="Innocent", last_name="Bizimana")
    celestin = logins.person(Role.RECOVERY, first_name="Celestin", last_name="Gasana")
    return opener, innocent, celestin


def _case_shown(person: Person, case: uuid.UUID):
    with person.session() as session:
        return records.load_record(session, CASES, person.role, case).decision_version


def test_a_loaded_case_file_replaced_is_part_of_the_write_off(db_dsn, officers):
    """t4: Celestin is shown the case; Innocent replaces a loaded file of the case:
    Celestin's write-off on the old version is DW007 naming Innocent, Innocent's own is
    DW411; on the new version Celestin writes it off. (A case document's file was the
    other case here until migration 0115: it is never replaced now, DW464.)"""
    opener, innocent, celestin = officers
    with opener.engine.begin() as conn:
        case = conn.scalar(
            text(
                "INSERT INTO recovery_cases (case_type, description, amount_involved)"
                " VALUES ('Debt', 'Unpaid guarding, March', 2010000) RETURNING id"
            )
        )
    report = _loaded(db_dsn, "recovery_cases", case, "Police report.txt")
    shown = _case_shown(celestin, case)
    _replace(innocent, report, b"Court ruling: the debtor is solvent and must pay in full.")
    assert _case_shown(celestin, case) > shown
    refused = celestin.refusal(WRITE_OFF, case, "Debtor insolvent", shown)
    assert refused is not None and refused.sqlstate == "DW007"
    assert json.loads(refused.diag.message_detail)["who"] == "Innocent Bizimana"
    with innocent.engine.connect() as conn:
        assert conn.exec_driver_sql(OWN_CHANGE, (case,)).scalar() == "change"
    refused = innocent.refusal(WRITE_OFF, case, "Debtor insolvent", _case_shown(innocent, case))
    assert refused is not None and refused.sqlstate == "DW411"
    assert db_errors.explain(refused).message
    assert _status(opener, CASES, case) == "open"
    assert (
        celestin.refusal(WRITE_OFF, case, "Debtor insolvent", _case_shown(celestin, case)) is None
    )


# --------------------------------------------------------------------------- holidays


@pytest.fixture
def team(db_dsn):
    for logins in open_logins(db_dsn):
        yield make_team(logins)


class _Later(threading.Thread):
    """``work(conn)`` on its own connection of ``person``, in a transaction it commits;
    what it raised, if anything, in ``error``."""

    def __init__(self, team: Team, person: Person, work):
        super().__init__(daemon=True)
        self.conn = team.psql(person)
        self.pid = self.conn.info.backend_pid
        self.work = work
        self.error: psycopg.Error | None = None
        self.result = None

    def run(self):
        try:
            with self.conn:
                self.result = self.work(self.conn)
        except psycopg.Error as error:
            self.error = error


def _started(team: Team, later: _Later) -> None:
    """Start ``later`` and return once it waits for a lock or is done."""
    later.start()
    with team.su() as conn:
        while later.is_alive():
            found = conn.execute(
                "SELECT wait_event_type = 'Lock' FROM pg_stat_activity WHERE pid = %s",
                (later.pid,),
            ).fetchone()
            if found is None or found[0]:  # done, its session closed; or waiting
                return
            later.join(0.02)


def _approved(team: Team, dates) -> uuid.UUID:
    request = team.file(team.clerk, dates)
    with team.boss.session() as session:
        leave.decide_leave(session, request, True, "ok")
        session.commit()
    return request


def _days(team: Team, request: uuid.UUID) -> int:
    return team.row(request)["days_requested"]


def _add_holiday(day: dt.date):
    return lambda conn: conn.execute(
        "INSERT INTO holidays (holiday_date, name) VALUES (%s, 'Extra')", (day,)
    )


def _remove_holiday(day: dt.date):
    return lambda conn: conn.execute("DELETE FROM holidays WHERE holiday_date = %s", (day,))


def test_holidays_removed_at_the_same_time_give_back_every_day(team: Team):
    """t1b: four holidays inside an approved Monday-Friday leave (1 day left), removed in
    concurrent sessions: each removal is counted with the others', 5 days in the end (it
    stayed at 2)."""
    monday, friday = week(2)
    request = _approved(team, (monday, friday))
    days = [monday + dt.timedelta(days=i) for i in range(4)]
    for day in days:
        with team.psql(team.hr, autocommit=True) as conn:
            _add_holiday(day)(conn)
    assert _days(team, request) == 1
    first = team.psql(team.hr)
    _remove_holiday(days[0])(first)
    others = [_Later(team, team.hr, _remove_holiday(day)) for day in days[1:]]
    for later in others:
        _started(team, later)
    first.commit()
    first.close()
    for later in others:
        later.join()
        assert later.error is None, later.error
    assert _days(team, request) == 5
    with team.su() as conn:
        assert conn.execute("SELECT count(*) FROM holidays").fetchone()[0] == 0


def test_two_holidays_added_at_once_on_every_day_of_a_leave_are_refused(team: Team):
    """t1c: holidays on the Monday and the Tuesday of an approved Monday-Tuesday leave,
    added at the same time: the second is refused (DW116) in HR's words; the leave keeps
    its one day (it was left approved with none)."""
    monday, tuesday = week(3, days=2)
    request = _approved(team, (monday, tuesday))
    first = team.psql(team.hr)
    _add_holiday(monday)(first)
    second = _Later(team, team.hr, _add_holiday(tuesday))
    _started(team, second)
    first.commit()
    first.close()
    second.join()
    assert second.error is not None and second.error.sqlstate == "DW116"
    assert "cancel it if it was approved" in db_errors.explain(second.error).message
    assert _days(team, request) == 1
    with team.su() as conn:
        held = conn.execute("SELECT holiday_date FROM holidays ORDER BY 1").fetchall()
    assert held == [(monday,)]


@pytest.mark.parametrize("first", ["the holiday", "the filing"])
def test_leave_filed_while_a_holiday_is_added_counts_it(team: Team, first):
    """A Monday-Friday leave filed while HR adds the Wednesday as a holiday (or HR adding
    it while the leave is being filed): 4 days whichever commits first (it stayed at 5).
    Since migration 0088 HR's change does not wait for the filing: it is refused at once
    (DW118) and goes in when tried again after it."""
    monday, friday = week(4)
    wednesday = monday + dt.timedelta(days=2)

    def filing(conn):
        return conn.execute(
            "SELECT dicel_request_leave('annual', %s, %s, 'Family visit')", (monday, friday)
        ).fetchone()[0]

    if first == "the holiday":
        opened, held = team.psql(team.hr), _add_holiday(wednesday)
        later = _Later(team, team.clerk, filing)
    else:
        opened, held = team.psql(team.clerk), filing
        later = _Later(team, team.hr, _add_holiday(wednesday))
    done = held(opened)
    _started(team, later)
    opened.commit()
    opened.close()
    later.join()
    if first == "the filing":
        assert later.error is not None and later.error.sqlstate == "DW118", later.error
        with team.psql(team.hr) as conn:
            _add_holiday(wednesday)(conn)
    else:
        assert later.error is None, later.error
    request = later.result if first == "the holiday" else done
    assert _days(team, request) == 4
