"""A DICEL login's change is made on the day of its transaction (migration 0137).

0136 bounds how old a transaction may be (the database's idle timeout, 10 minutes);
within that bound a transaction held over the company's midnight asked every "today"
rule on the day before (DW041 now), and a step took a record filed after its transaction
began, stamping it "before" it was filed (DW042). The tests put the company in a zone
whose midnight is a few seconds away (a zone of whole seconds: PostgreSQL takes a
number of hours for one) and hold a transaction over it with ``pg_sleep``.
"""

from __future__ import annotations

import datetime as dt
import json

import psycopg
import pytest
from psycopg import sql
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from dicel_desktop.db.company_time import date_dependent_functions
from dicel_desktop.services.db_error_words import moment_as_read
from dicel_desktop.services.db_errors import explain

TICKET = (
    "INSERT INTO it_support_tickets (category, subject, description)"
    " VALUES ('hardware', 'Printer', 'It jams') RETURNING id"
)
RESOLVE = "SELECT dicel_resolve_it_ticket(%s, 'Replaced the toner')"
#: How far the company's midnight is put from now: time enough to pin the functions
#: and begin the transactions before it on a loaded machine.
LEAD_S = 5


def _company_midnight_soon(logins) -> dt.datetime:
    """Put the company in a zone (the database's, and every date-dependent function
    pinned to it, as a sync does) whose midnight comes LEAD_S seconds from now by the
    server's clock; that midnight. A sync's own check (``AT TIME ZONE``) does not take a
    zone given in hours, so the pins are made here."""
    with logins.superuser().begin() as conn:
        server_now = conn.scalar(text("SELECT clock_timestamp()"))
        midnight = server_now.replace(microsecond=0) + dt.timedelta(seconds=LEAD_S)
        of_day = midnight.astimezone(dt.UTC)
        seconds = of_day.hour * 3600 + of_day.minute * 60 + of_day.second
        east = -seconds % 86400  # the offset whose local time is 00:00:00 then
        if east >= 43200:
            east -= 86400
        # A quarter second away from zero: the server truncates the seconds, so the
        # zone is ``east`` whether it truncates or rounds.
        zone = f"{(east + (0.25 if east >= 0 else -0.25)) / 3600:.7f}"
        name = conn.scalar(text("SELECT current_database()"))
        conn.exec_driver_sql(f"ALTER DATABASE \"{name}\" SET timezone = '{zone}'")
        for _name, signature, _config in date_dependent_functions(conn):
            conn.exec_driver_sql(f"ALTER FUNCTION {signature} SET TimeZone = '{zone}'")
        before, after = conn.execute(
            text(
                "SELECT dicel_company_day(:m - interval '0.5 s'),"
                " dicel_company_day(:m + interval '0.5 s')"
            ),
            {"m": midnight},
        ).one()
    assert after == before + dt.timedelta(days=1)  # the company's midnight is then
    return midnight


def _past(conn, midnight: dt.datetime) -> None:
    """Wait on ``conn`` (active, so no idle timeout ends it) until just past ``midnight``."""
    conn.exec_driver_sql(
        "SELECT pg_sleep(greatest(0, extract(epoch FROM %s - clock_timestamp())) + 0.5)",
        (midnight,),
    )


def _began_before(conn, midnight: dt.datetime) -> None:
    began = conn.exec_driver_sql("SELECT now()").scalar_one()
    assert began < midnight, "setup outlasted LEAD_S: the transaction began after midnight"


def test_a_change_in_a_transaction_held_over_the_companys_midnight_is_refused(logins, db_dsn):
    it = logins.person("it")
    with it.engine.begin() as conn:
        ticket = conn.exec_driver_sql(TICKET).scalar_one()
    midnight = _company_midnight_soon(logins)
    su = psycopg.connect(db_dsn)  # its transaction too begins before midnight
    try:
        su.execute("SELECT 1")
        with pytest.raises(DBAPIError) as refused, it.engine.connect() as conn:
            _began_before(conn, midnight)
            yesterday = conn.exec_driver_sql("SELECT dicel_company_day()").scalar_one()
            _past(conn, midnight)
            conn.exec_driver_sql(RESOLVE, (ticket,))
            conn.commit()
        assert refused.value.orig.sqlstate == "DW041"
        detail = refused.value.orig.diag.message_detail
        assert f'"day" : "{yesterday + dt.timedelta(days=1)}"' in detail
        said = explain(refused.value).message
        assert said.startswith("This change was made in a transaction begun at ")
        assert said.endswith(
            ", before midnight, and would count as made the day before: roll it back and"
            " make it again."
        )
        with it.engine.begin() as conn:
            status, resolved = conn.exec_driver_sql(
                "SELECT status, resolved_date FROM it_support_tickets WHERE id = %s", (ticket,)
            ).one()
        assert (status, resolved) == ("open", None)  # nothing of it stayed
        # The superuser and the owner, in a transaction begun as long before, are not asked.
        su.execute(TICKET)
        su.execute("SET ROLE dicel_owner")
        su.execute(TICKET)
        su.rollback()
    finally:
        su.close()
    # The same step in a transaction begun after midnight is taken, held past the second
    # the check waits for too.
    with it.engine.connect() as conn:
        conn.exec_driver_sql("SELECT pg_sleep(1.2)")
        conn.exec_driver_sql(RESOLVE, (ticket,))
        conn.commit()


def test_a_step_on_a_record_filed_after_its_transaction_began_is_refused(logins, db_dsn):
    it, employee = logins.person("it"), logins.person("employee")
    with pytest.raises(DBAPIError) as refused, it.engine.connect() as conn:
        conn.exec_driver_sql("SELECT 1")  # the transaction begins
        with employee.engine.begin() as filing:  # a ticket filed meanwhile
            ticket = filing.exec_driver_sql(TICKET).scalar_one()
        conn.exec_driver_sql("SELECT pg_sleep(1.2)")
        conn.exec_driver_sql(RESOLVE, (ticket,))
        conn.commit()
    assert refused.value.orig.sqlstate == "DW042"
    assert explain(refused.value).message == (
        "This record was made after this change's transaction began (at "
        f"{_began_said(refused.value)}), so the change would be dated before it: roll it"
        " back and make it again."
    )
    with it.engine.begin() as conn:
        status, resolved, created = conn.exec_driver_sql(
            "SELECT status, resolved_date, created_date FROM it_support_tickets WHERE id = %s",
            (ticket,),
        ).one()
    assert (status, resolved) == ("open", None)
    # A record the transaction made itself, and one made before it began, are changed.
    with it.engine.connect() as conn:
        own = conn.exec_driver_sql(TICKET).scalar_one()
        conn.exec_driver_sql("SELECT pg_sleep(1.2)")
        conn.exec_driver_sql(RESOLVE, (own,))
        conn.exec_driver_sql(RESOLVE, (ticket,))
        conn.commit()
    with it.engine.begin() as conn:
        resolved = conn.exec_driver_sql(
            "SELECT resolved_date FROM it_support_tickets WHERE id = %s", (ticket,)
        ).scalar_one()
    assert resolved >= created
    # The superuser is not asked (migrations, loads).
    with psycopg.connect(db_dsn) as su:
        su.execute("SELECT 1")
        with employee.engine.begin() as filing:
            other = filing.exec_driver_sql(TICKET).scalar_one()
        su.execute("SELECT pg_sleep(1.2)")
        su.execute(
            sql.SQL("UPDATE it_support_tickets SET subject = 'Toner' WHERE id = {}").format(
                sql.Literal(other)
            )
        )
        su.rollback()


def test_a_record_another_trigger_changes_for_the_step_is_not_asked(logins):
    """review39 #1: a holiday added by HR recounts the leave it falls in (a trigger's
    UPDATE). A leave filed while the holiday's transaction waited (for another holiday
    change's lock, in the review) was refused DW042, and with it HR's holiday, though the
    recount stamps nothing."""
    from leave_team import make_team, week

    team = make_team(logins)
    start, end = week(6, days=3)  # Monday to Wednesday
    with team.hr.engine.connect() as conn:
        conn.exec_driver_sql("SELECT pg_sleep(1.2)")  # begun before the filing, a second old
        filed = team.file(team.clerk, (start, end))
        assert team.row(filed)["days_requested"] == 3
        conn.exec_driver_sql(
            "INSERT INTO holidays (holiday_date, name) VALUES (%s, 'Staff day')",
            (start + dt.timedelta(days=1),),
        )
        conn.commit()
    assert team.row(filed)["days_requested"] == 2


def _began_said(error: DBAPIError) -> str:
    return moment_as_read(json.loads(error.orig.diag.message_detail)["began"])
