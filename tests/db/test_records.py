"""services.records as real people: load, create, save over a version, delete."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from logins import new_expense
from sqlalchemy import text

from dicel_desktop.domain.errors import Conflict, NotAllowed, NotFound
from dicel_desktop.services import records
from dicel_desktop.services.records import RecordGone, StaleRecord

#: A Monday four weeks ahead.
_MONDAY_AHEAD = dt.date.today() + dt.timedelta(days=28 - dt.date.today().weekday())


@pytest.fixture
def finance(logins):
    return logins.person("finance", department="FIN")


def test_a_new_record_comes_back_as_the_database_made_it(logins, finance):
    department = logins.department("FIN")
    made = new_expense(finance, department_id=department)
    assert made.values["expense_number"].startswith("EXP-")
    assert made.values["status"] == "pending"  # the first state, from the server
    assert made.values["currency"] == "RWF"
    assert made.names["department_id"] == "Department FIN"
    assert made.title == made.values["expense_number"]
    with finance.session() as session:
        again = records.load_record(session, "expenses", finance.role, made.id)
    assert again == made


def test_a_save_changes_only_what_was_changed_and_moves_the_version(finance):
    made = new_expense(finance)
    with finance.session() as session:
        saved = records.save_record(
            session, "expenses", finance.role, made.id, made.version, {"vendor": "Total Kigali"}
        )
    assert saved.values["vendor"] == "Total Kigali"
    assert saved.values["amount"] == Decimal("25000.00")
    assert saved.version > made.version


def test_a_save_over_someone_elses_change_is_refused_with_their_version(logins, finance):
    colleague = logins.person("finance", first_name="Aline", department="FIN")
    made = new_expense(finance)
    with colleague.session() as session:
        theirs = records.save_record(
            session, "expenses", colleague.role, made.id, made.version, {"vendor": "SP"}
        )
    with finance.session() as session, pytest.raises(StaleRecord) as refused:
        records.save_record(
            session, "expenses", finance.role, made.id, made.version, {"vendor": "Engen"}
        )
    assert refused.value.theirs.values["vendor"] == "SP"
    assert refused.value.params["who"] == "Aline Tester"
    assert "was changed by Aline Tester at " in refused.value.message
    assert refused.value.theirs.version == theirs.version
    with finance.session() as session:
        now = records.load_record(session, "expenses", finance.role, made.id)
    assert now.values["vendor"] == "SP"  # nothing overwritten


def test_a_record_deleted_meanwhile_is_gone(logins):
    admin = logins.person("admin")
    with admin.session() as session:
        setting = records.create_record(
            session,
            "system_settings",
            admin.role,
            {"setting_key": "test.key", "setting_value": "1", "setting_type": "number"},
        )
    with admin.session() as session:
        records.delete_record(session, "system_settings", admin.role, setting.id, setting.version)
    with admin.session() as session, pytest.raises(RecordGone):
        records.save_record(
            session,
            "system_settings",
            admin.role,
            setting.id,
            setting.version,
            {"setting_value": "2"},
        )
    with admin.session() as session, pytest.raises(RecordGone):
        records.load_record(session, "system_settings", admin.role, setting.id)


def test_a_delete_of_an_old_version_is_refused(logins):
    admin = logins.person("admin")
    with admin.session() as session:
        setting = records.create_record(
            session,
            "system_settings",
            admin.role,
            {"setting_key": "k2", "setting_value": "a", "setting_type": "string"},
        )
        newer = records.save_record(
            session, "system_settings", admin.role, setting.id, setting.version,
            {"setting_value": "b"},
        )  # fmt: skip
    with admin.session() as session, pytest.raises(StaleRecord) as refused:
        records.delete_record(session, "system_settings", admin.role, setting.id, setting.version)
    assert refused.value.theirs.version == newer.version


def test_a_record_hidden_by_row_security_reads_as_gone(logins):
    boss = logins.person("employee")
    clerk = logins.person("employee", supervisor=boss)
    stranger = logins.person("employee")
    with clerk.session() as session:
        leave = records.create_record(
            session,
            "leave_requests",
            clerk.role,
            {
                "employee_id": clerk.employee_id,
                "leave_type": "annual",
                # Ahead, as leave may be filed; the server counts its working days.
                "start_date": _MONDAY_AHEAD,
                "end_date": _MONDAY_AHEAD + dt.timedelta(days=2),
            },
        )
    assert leave.values["days_requested"] == 3  # the saved row, as the server counted it
    with boss.session() as session:
        seen = records.load_record(session, "leave_requests", boss.role, leave.id)
    assert seen.names["employee_id"].startswith("Employee Tester — ")
    with stranger.session() as session, pytest.raises(RecordGone):
        records.load_record(session, "leave_requests", stranger.role, leave.id)


def test_columns_the_reader_may_not_read_are_never_fetched(logins):
    hr = logins.person("hr")
    sales = logins.person("sales")
    with hr.session() as session:
        assert records.load_record(session, "employees", hr.role, sales.employee_id).values[
            "salary"
        ] == Decimal("500000.00")
    with sales.session() as session:
        seen = records.load_record(session, "employees", sales.role, sales.employee_id)
    assert "salary" not in seen.values and "bank_details" not in seen.values
    assert seen.names["user_id"] == "Sales Tester"


def test_a_column_outside_the_form_is_a_programming_error(finance):
    made = new_expense(finance)
    with finance.session() as session, pytest.raises(ValueError, match="status"):
        records.save_record(
            session, "expenses", finance.role, made.id, made.version, {"status": "approved"}
        )


def test_records_are_found_by_number_id_or_name(logins, finance):
    made = new_expense(finance)
    client = logins.person("client")
    with client.session() as session:
        acme = records.create_record(
            session, "clients", client.role, {"company_name": "Ikaze Traders"}
        )
    with finance.session() as session:
        number = made.values["expense_number"]
        assert records.find_record_id(session, "expenses", number.lower()) == made.id
        assert records.find_record_id(session, "expenses", str(made.id)) == made.id
        with pytest.raises(NotFound):
            records.find_record_id(session, "expenses", "EXP-1999-000001")
    with client.session() as session:
        assert records.find_record_id(session, "clients", "ikaze traders") == acme.id
        number = session.scalar(
            text("SELECT client_code FROM clients WHERE id = :i"), {"i": acme.id}
        )
        assert records.find_record_id(session, "clients", number) == acme.id


def test_a_refusal_comes_back_as_a_sentence_on_its_field(logins):
    admin = logins.person("admin")
    logins.department("OPS")  # "Department OPS" holds the code
    with admin.session() as session, pytest.raises(Conflict) as refused:
        records.create_record(
            session, "departments", admin.role, {"name": "Operations 2", "code": "OPS"}
        )
    assert refused.value.params["field"] == "code"
    assert "OPS" in refused.value.message and "Department OPS" in refused.value.message


# --------------------------------------------------------------------------- names


def test_a_save_the_rows_rules_refuse_is_not_told_as_someone_elses_change(logins):
    """An employee's own rejected leave request, its reason edited: no row could be
    saved, and the program said "changed by Jean Mugabo at 10:57 while you were
    editing it" (the manager's decision, days before) and offered to compare."""
    clerk = logins.person("employee")
    leave = _leave_of(logins, clerk, "annual", _MONDAY_AHEAD, _MONDAY_AHEAD)
    with logins.superuser().begin() as conn:
        conn.execute(
            text("UPDATE leave_requests SET status = 'rejected' WHERE id = :id"), {"id": leave}
        )
    with clerk.session() as session:
        mine = records.load_record(session, "leave_requests", clerk.role, leave)
    with clerk.session() as session, pytest.raises(NotAllowed) as refused:
        records.save_record(
            session, "leave_requests", clerk.role, leave, mine.version, {"reason": "Wedding"}
        )
    assert not isinstance(refused.value, StaleRecord)
    assert refused.value.code == "denied_save"
    with clerk.session() as session:
        now = records.load_record(session, "leave_requests", clerk.role, leave)
    assert now.values["reason"] is None and now.version == mine.version


def _leave_of(logins, employee, leave_type: str, start: dt.date, end: dt.date):
    """A leave request as it stands in the books (the superuser loads it: these dates may
    be ones no one may file any more)."""
    with logins.superuser().begin() as conn:
        return conn.scalar(
            text(
                "INSERT INTO leave_requests (employee_id, leave_type, start_date, end_date,"
                " days_requested) VALUES (:e, :t, :s, :f, 1) RETURNING id"
            ),
            {"e": employee.employee_id, "t": leave_type, "s": start, "f": end},
        )


@pytest.mark.parametrize(
    ("start", "end", "dates"),
    [
        (dt.date(2027, 3, 3), dt.date(2027, 3, 7), "3\N{EN DASH}7 March 2027"),
        (dt.date(2027, 3, 3), dt.date(2027, 3, 3), "3 March 2027"),
        (dt.date(2027, 2, 26), dt.date(2027, 3, 4), "26 February \N{EN DASH} 4 March 2027"),
        (dt.date(2026, 12, 28), dt.date(2027, 1, 4), "28 December 2026 \N{EN DASH} 4 January 2027"),
    ],
)
def test_a_leave_request_is_named_by_its_kind_its_employee_and_its_dates(logins, start, end, dates):
    hr = logins.person("hr")
    eric = logins.person("employee", first_name="Eric", last_name="Habimana")
    leave = _leave_of(logins, eric, "compassionate", start, end)
    expected = f"Compassionate leave, Eric Habimana, {dates}"
    for reader in (hr, eric):
        with reader.session() as session:
            seen = records.load_record(session, "leave_requests", reader.role, leave)
        assert seen.title == expected, reader.role


def test_a_shift_is_named_by_its_place_its_guard_and_its_day(logins):
    # eye30s 4: a shift's window was titled by its place alone ("Assignment Gasabo
    # District, Rubavu"), as if the district were the record. eye31 7: the place's own
    # comma ran into the guard and the day; the parts are set apart.
    patrick = logins.person("security")
    yvonne = logins.person("employee", first_name="Yvonne", last_name="Habineza")
    with logins.superuser().begin() as conn:
        guard = conn.scalar(
            text(
                "INSERT INTO security_guards (user_id, license_number) VALUES (:u, 'RNP-9')"
                " RETURNING id"
            ),
            {"u": yvonne.user_id},
        )
        shift = conn.scalar(
            text(
                "INSERT INTO security_assignments (guard_id, location, shift_start, shift_end)"
                " VALUES (:g, 'Gasabo District, Kigali', '2027-03-03 16:00+02',"
                " '2027-03-04 04:00+02')"
                " RETURNING id"
            ),
            {"g": guard},
        )
    with patrick.session() as session:
        seen = records.load_record(session, "security_assignments", patrick.role, shift)
    assert seen.title == "Gasabo District, Kigali — Yvonne Habineza — 3 March 2027"


def test_a_record_named_by_its_columns_keeps_its_name_through_a_save(logins):
    hr = logins.person("hr")
    # Next year's: a holiday already past is not changed (a fixed 2027 one was from
    # February 2027).
    year = dt.date.today().year + 1
    with hr.session() as session:
        made = records.create_record(
            session,
            "holidays",
            hr.role,
            {"holiday_date": dt.date(year, 2, 1), "name": "Heroes Day"},
        )
        assert made.title == f"Heroes Day, 1 February {year}"
        saved = records.save_record(
            session, "holidays", hr.role, made.id, made.version, {"name": "Heroes' Day"}
        )
    assert saved.title == f"Heroes' Day, 1 February {year}"


def test_a_record_without_a_name_is_titled_by_its_kind_not_by_a_code():
    """A feedback's window read "Feedback service_review": its first text was the code
    of a choice. Choices are no names; a setting's key still is."""
    import uuid

    feedback = records.Record(
        "customer_feedback",
        uuid.uuid4(),
        {"feedback_type": "service_review", "comment": "Satisfied with the CCTV monitoring."},
    )
    assert feedback.title == "Feedback"
    setting = records.Record(
        "system_settings", uuid.uuid4(), {"setting_key": "tax.vat_rate_percent"}
    )
    assert setting.title == "tax.vat_rate_percent"
