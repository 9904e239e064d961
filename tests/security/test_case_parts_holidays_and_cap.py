"""Migration 0082, as real logins with the third review's psql statements (/tmp/psql27w
t1, t2, t7): a recovery case's documents are part of what a write-off decides (DW007
for one added after the colleague was shown the case, DW411 for the officer who added
one); a holiday decides nobody's leave (DW116 for a pending leave too, its name one line:
DW117); the 100,000-character cap counts the text as folding reads it (DW023).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid

import psycopg
import pytest
from leave_team import Team, make_team, week
from logins import Person, open_logins
from sqlalchemy import text

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.domain.roles import Role
from dicel_desktop.gui.error_sentences import describe_error
from dicel_desktop.services import cases, db_errors, records

CASES = "recovery_cases"
WRITE_OFF = "SELECT dicel_write_off_recovery_case(%s, %s, %s)"
ADD_DOCUMENT = (
    "INSERT INTO recovery_documents (case_id, document_type, document_name) VALUES (%s, %s, %s)"
)


def _sql(person: Person, statement: str, *params) -> str | None:
    refused = person.refusal(statement, *params)
    return None if refused is None else refused.sqlstate


def _value(person: Person, statement: str, *params):
    with person.engine.connect() as conn:
        return conn.exec_driver_sql(statement, params).scalar()


def _case(officer: Person) -> uuid.UUID:
    with officer.engine.begin() as conn:
        return conn.scalar(
            text(
                "INSERT INTO recovery_cases (case_type, description, amount_involved)"
                " VALUES ('Debt', 'Unpaid guarding, March', 2010000) RETURNING id"
            ),
        )


def _shown(person: Person, record: uuid.UUID):
    """The version the record window shows and passes (``Record.decision_version``)."""
    with person.session() as session:
        return records.load_record(session, CASES, person.role, record).decision_version


@pytest.fixture
def officers(logins):
    # The case is opened by a third officer: neither of these two changed it.
    opener = logins.person(Role.RECOVERY, first_name="Olivier", last_name="Nkusi")
    innocent = logins.person(Role.RECOVERY, first_name="Innocent", last_name="Bizimana")
    celestin = logins.person(Role.RECOVERY, first_name="Celestin", last_name="Gasana")
    return opener, innocent, celestin


def test_a_case_document_added_after_the_colleague_was_shown_stops_the_write_off(officers):
    """t1 (1): B is shown the case; A adds "Court ruling: debtor solvent"; B's write-off
    on the version shown is refused, naming A; the version moved; on it, B writes off."""
    opener, innocent, celestin = officers
    case = _case(opener)
    shown = _shown(celestin, case)
    assert shown is not None
    assert _sql(innocent, ADD_DOCUMENT, case, "court_order", "Court ruling: debtor solvent") is None
    now = _shown(celestin, case)
    assert now is not None and now > shown
    refused = celestin.refusal(WRITE_OFF, case, "debtor insolvent", shown)
    assert refused is not None and refused.sqlstate == "DW007"
    assert json.loads(refused.diag.message_detail)["who"] == "Innocent Bizimana"
    assert _value(opener, "SELECT status FROM recovery_cases WHERE id = %s", case) == "open"
    assert _sql(celestin, WRITE_OFF, case, "debtor insolvent", now) is None


def test_the_officer_who_added_a_case_document_does_not_write_it_off(officers):
    """t1 (2): A adds an "Insolvency certificate" and writes the case off alone: DW411,
    and the window's Write off… says why; a colleague writes it off."""
    opener, innocent, celestin = officers
    case = _case(opener)
    assert _sql(innocent, ADD_DOCUMENT, case, "other", "Insolvency certificate") is None
    own = _value(
        innocent,
        "SELECT what FROM dicel_own_change_to_decide('recovery_cases', %s,"
        " array['open','in_progress','on_hold'], 'written_off')",
        case,
    )
    assert own == "change"
    assert _sql(innocent, WRITE_OFF, case, "uncollectable", _shown(innocent, case)) == "DW411"
    with innocent.session() as session:
        stops = cases.what_stops_step(session, CASES, "write_off", case)
    assert stops is not None and stops.code == "case_own_change_decision"
    assert _value(opener, "SELECT status FROM recovery_cases WHERE id = %s", case) == "open"
    with celestin.session() as session:
        assert cases.what_stops_step(session, CASES, "write_off", case) is None
    assert _sql(celestin, WRITE_OFF, case, "uncollectable", _shown(celestin, case)) is None


def test_a_file_of_a_case_document_is_part_of_the_case(logins, officers):
    """A file attached to a case document after B was shown the case moves its version
    and stops B's write-off on the older one."""
    opener, innocent, celestin = officers
    case = _case(opener)
    with innocent.engine.begin() as conn:
        part = conn.exec_driver_sql(
            ADD_DOCUMENT + " RETURNING id", (case, "other", "Bank statement")
        ).scalar()
    shown = _shown(celestin, case)
    assert (
        _sql(
            innocent,
            "INSERT INTO documents (owner_table, owner_id, file_name, media_type, content)"
            " VALUES ('recovery_documents', %s, 'Statement.txt', 'text/plain', %s)",
            part,
            b"Balance: 12,000,000 RWF",
        )
        is None
    )
    assert _shown(celestin, case) > shown
    assert _sql(celestin, WRITE_OFF, case, "debtor insolvent", shown) == "DW007"


# --------------------------------------------------------------------------- holidays


@pytest.fixture
def team(db_dsn):
    for logins in open_logins(db_dsn):
        yield make_team(logins)


def _refused(conn: psycopg.Connection, statement: str, params) -> psycopg.Error | None:
    try:
        with conn.transaction():
            conn.execute(statement, params)
    except psycopg.Error as error:
        return error
    return None


def test_a_holiday_does_not_reject_a_pending_leave(team: Team):
    """t2: HR's holiday on the only working day of a colleague's pending leave is refused
    (DW116, saying to reject it first); the leave stays pending, undecided."""
    day = week(7)[0]
    request = team.file(team.clerk, week(7, days=1))
    with team.psql(team.hr, autocommit=True) as conn:
        refused = _refused(
            conn, "INSERT INTO holidays (holiday_date, name) VALUES (%s, 'Staff day')", (day,)
        )
    assert refused is not None and refused.sqlstate == "DW116"
    assert json.loads(refused.diag.message_detail)["state"] == "pending"
    message = db_errors.explain(refused).message
    assert "reject that leave first if it is pending" in message
    row = team.row(request)
    assert (row["status"], row["approved_by"], row["approved_date"]) == ("pending", None, None)
    assert row["notes"] in (None, "")
    with team.su() as conn:
        assert conn.execute("SELECT count(*) FROM holidays WHERE holiday_date = %s",
                            (day,)).fetchone()[0] == 0  # fmt: skip


def test_a_holidays_name_is_one_line(team: Team):
    """t2: a name with a line break and a forged sentence is refused in HR's words."""
    day = week(9)[0]
    with team.psql(team.hr, autocommit=True) as conn:
        for name in ("Staff day\nRejected by the Managing Director", "Staff\u2028day", "A\tB"):
            refused = _refused(
                conn, "INSERT INTO holidays (holiday_date, name) VALUES (%s, %s)", (day, name)
            )
            assert refused is not None and refused.sqlstate == "DW117", name
        error = db_errors.explain(refused)
        assert error.code == "holiday_name_one_line"
        assert error.message.startswith("A holiday's name is one line of words")
        assert "U+0009 at character 2" in error.message
        assert (
            _refused(
                conn, "INSERT INTO holidays (holiday_date, name) VALUES (%s, 'Staff day')", (day,)
            )
            is None
        )
        assert (
            _refused(
                conn, "UPDATE holidays SET name = %s WHERE holiday_date = %s", ("A\nB", day)
            ).sqlstate
            == "DW117"
        )


# --------------------------------------------------------------------------- the cap


def test_the_cap_counts_the_text_as_folding_reads_it(logins):
    """t7: 99,990 U+FDFA (one character that reads as eighteen) is over the cap: DW023,
    counting the folded length; 100,000 plain characters still pass."""
    officer = logins.person(Role.RECOVERY)
    case = _case(officer)
    update = "UPDATE recovery_cases SET description = %s WHERE id = %s"
    refused = officer.refusal(update, "\ufdfa" * 99_990, case)
    assert refused is not None and refused.sqlstate == "DW023"
    assert json.loads(refused.diag.message_detail) == {"length": 99_990 * 18, "most": 100_000}
    assert _sql(officer, update, "\u00e9" * 100_000, case) is None
    assert _sql(officer, update, "x" * 100_000, case) is None
    assert _sql(officer, update, "\ufdfa" * 5_000, case) is None


def test_a_case_that_begins_after_today_is_not_written_off_and_says_so(logins, officers):
    """psql31b's note: a case's start moved to 2200-12-31 by one officer and written off
    by another failed with the bare CHECK ck_recovery_cases_actual_completion_date_order
    (23514). A write-off settles the case today: one that begins later is refused with
    DW444 and a sentence (migration 0111), which the window says before Write off…;
    nothing is stored. Begun, it is written off."""
    opener, _innocent, celestin = officers
    case = _case(opener)
    ahead = "UPDATE recovery_cases SET start_date = '2200-12-31' WHERE id = %s"
    assert _sql(opener, ahead, case) is None
    today = _value(celestin, "SELECT dicel_company_day()")
    said = (
        f"This recovery case begins on 31 December 2200, after today"
        f" ({today.day} {today:%B %Y}): it can be written off only once it has begun. If its start"
        " date is a mistake, correct it and save it first."
    )
    with celestin.session() as session:
        stops = cases.what_stops_step(session, CASES, "write_off", case)
    assert stops is not None and stops.code == "case_not_begun_written_off"
    refused = celestin.refusal(WRITE_OFF, case, "debtor insolvent", _shown(celestin, case))
    assert refused is not None and refused.sqlstate == "DW444"
    assert refused.diag.column_name == "start_date"
    with celestin.session() as session, pytest.raises(DicelError) as through:
        cases.take_step(
            session,
            CASES,
            "write_off",
            case,
            reason="debtor insolvent",
            shown=_shown(celestin, case),
        )
    assert through.value.code == "case_not_begun_written_off"
    # As the window says them (its days as a person reads a day).
    assert describe_error(stops) == said
    assert describe_error(through.value) == said
    row = "SELECT status, actual_completion_date FROM recovery_cases WHERE id = %s"
    with opener.engine.connect() as conn:
        assert tuple(conn.exec_driver_sql(row, (case,)).one()) == ("open", None)

    # Begun (today), it is written off, on the company's day.
    assert (
        _sql(opener, "UPDATE recovery_cases SET start_date = %s WHERE id = %s", today, case) is None
    )
    with celestin.session() as session:
        assert cases.what_stops_step(session, CASES, "write_off", case) is None
    assert _sql(celestin, WRITE_OFF, case, "debtor insolvent", _shown(celestin, case)) is None
    with opener.engine.connect() as conn:
        assert tuple(conn.exec_driver_sql(row, (case,)).one()) == ("written_off", today)


def test_a_case_that_begins_after_today_is_not_marked_recovered_and_the_window_says_why(
    logins, officers
):
    """db32's note: Mark recovered… asks the day the case was settled, today at the
    latest (DW430) and not before its start (DW431). With the start ahead no day passes
    both, and the officer met one refusal, then the other; the window disables the step
    with DW444's sentence. The database refuses it already, by those two."""
    opener, innocent, _celestin = officers
    case = _case(opener)
    assert (
        _sql(opener, "UPDATE recovery_cases SET start_date = '2200-12-31' WHERE id = %s", case)
        is None
    )
    today = _value(innocent, "SELECT dicel_company_day()")
    with innocent.session() as session:
        stops = cases.what_stops_step(session, CASES, "recover", case)
    assert stops is not None and stops.code == "case_not_begun_recovered"
    assert describe_error(stops) == (
        f"This recovery case begins on 31 December 2200, after today"
        f" ({today.day} {today:%B %Y}): it can be marked recovered only once it has begun."
        " If its start date is a mistake, correct it and save it first."
    )
    recover = "SELECT dicel_recover_recovery_case(%s, 'paid in cash', 10000, %s)"
    for day, code in ((today, "DW431"), (dt.date(2200, 12, 31), "DW430")):
        refused = innocent.refusal(recover, case, day)
        assert refused is not None and refused.sqlstate == code, day

    # Begun, nothing stops it.
    assert (
        _sql(opener, "UPDATE recovery_cases SET start_date = %s WHERE id = %s", today, case) is None
    )
    with innocent.session() as session:
        assert cases.what_stops_step(session, CASES, "recover", case) is None
