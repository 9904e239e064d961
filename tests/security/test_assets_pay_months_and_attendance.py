"""Migration 0096, as real logins with the psql29 review's statements: an IT asset is
reported lost and disposed of by two people, not by whoever holds it (F3); a payroll runs
for the months Run payroll… offers (F4); attendance rows are someone's, of hours a day
holds, around their own day and within the employment (F6); payroll's settings take
values that can mean them (the notes). Each refused from psql and from the service the
window calls, in the person's words; allowed for another person or a sensible value."""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import string
import uuid
from decimal import Decimal
from pathlib import Path

import pytest
from logins import Person
from sqlalchemy import text

from dicel_desktop.domain import pay_months, setting_bounds
from dicel_desktop.domain.errors import MESSAGES, DicelError
from dicel_desktop.domain.roles import Role
from dicel_desktop.services import cases, db_errors, payroll, records
from dicel_desktop.services.form_rules import validate
from dicel_desktop.services.forms import form_spec

VERSIONS = Path(__file__).parents[2] / "migrations" / "versions"
(_MIGRATION,) = VERSIONS.glob("0096_*.py")


def _migration():
    spec = importlib.util.spec_from_file_location("dicel_revision_0096", _MIGRATION)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _psql(person: Person, statement: str, *params) -> str | None:
    return person.psql_refusal(statement, params)


def test_each_refusal_is_registered_and_its_sentence_needs_only_its_data():
    for state, (_what, keys) in _migration().REFUSALS.items():
        entry = db_errors.registry.REGISTERED[state]
        for code in (entry.code, *(entry.without[1:] if entry.without else ())):
            wanted = {n for _t, n, _s, _c in string.Formatter().parse(MESSAGES[code]) if n}
            assert wanted <= set(keys) | {"record", "records"}, (state, code)


# --------------------------------------------------------------------------- F3: assets

REPORT_LOST = "SELECT dicel_report_lost_it_asset(%s, %s)"
DISPOSE = "SELECT dicel_dispose_it_asset(%s, %s)"
ASSETS = "it_assets"


def _asset(logins, holder: Person | None = None, status: str = "active") -> uuid.UUID:
    """backup01, as the register held it before anyone of the test changed it."""
    with logins.superuser().begin() as conn:
        return conn.scalar(
            text(
                "INSERT INTO it_assets (asset_name, asset_type, purchase_cost, assigned_to,"
                " status) VALUES ('backup01 - Dell PowerEdge R650', 'Server', 9800000, :h, :s)"
                " RETURNING id"
            ),
            {"h": holder.user_id if holder else None, "s": status},
        )


def _shown(person: Person, asset: uuid.UUID):
    """The version the asset's window shows and passes (``Record.decision_version``)."""
    with person.session() as session:
        return records.load_record(session, ASSETS, person.role, asset).decision_version


def _status(logins, asset: uuid.UUID) -> str:
    with logins.superuser().connect() as conn:
        return conn.scalar(text("SELECT status FROM it_assets WHERE id = :a"), {"a": asset})


def _stops(person: Person, action: str, asset: uuid.UUID):
    """What the window's step button says it is off for (None: it is on)."""
    return person.call(cases.what_stops_step, ASSETS, action, asset)


def test_whoever_holds_an_asset_neither_reports_it_lost_nor_disposes_of_it(logins):
    """backup01 is assigned to Claudine: she reports it lost and disposes of it, alone
    (psql29 F3). Refused in her words (DW415); Desire reports it lost, Eric disposes."""
    claudine = logins.person(Role.IT, first_name="Claudine", last_name="Mukamana")
    desire = logins.person(Role.IT, first_name="Desire", last_name="Musoni")
    eric = logins.person(Role.IT, first_name="Eric", last_name="Habimana")
    asset = _asset(logins, holder=claudine)
    # The one-argument steps are gone: a step four eyes take is on what was shown.
    assert _psql(claudine, "SELECT dicel_report_lost_it_asset(%s)", asset) == "42883"
    assert _psql(claudine, "SELECT dicel_dispose_it_asset(%s)", asset) == "42883"

    refused = claudine.refusal(REPORT_LOST, asset, _shown(claudine, asset))
    assert refused is not None and refused.sqlstate == "DW415"
    sentence = (
        "This asset is assigned to you: another IT officer or an administrator decides "
        "whether it is reported lost."
    )
    assert db_errors.explain(refused).message == sentence
    error = claudine.refused(
        cases.take_step, ASSETS, "report_lost", asset, shown=_shown(claudine, asset)
    )
    assert (error.code, error.message) == ("asset_holder_decision", sentence)
    stops = _stops(claudine, "report_lost", asset)
    assert stops is not None and stops.message == sentence
    # Sending it for repair stays hers.
    assert _stops(claudine, "send_to_repair", asset) is None
    assert _stops(desire, "report_lost", asset) is None
    assert _status(logins, asset) == "active"

    # Without the version shown: DW413.
    assert _psql(desire, REPORT_LOST, asset, None) == "DW413"
    assert desire.refusal(REPORT_LOST, asset, _shown(desire, asset)) is None
    assert _status(logins, asset) == "lost"

    # Desire made it lost: someone else disposes of it; Claudine still holds it.
    refused = desire.refusal(DISPOSE, asset, _shown(desire, asset))
    assert refused is not None and refused.sqlstate == "DW412"
    moved = db_errors.explain(refused).message
    assert moved.startswith("You made this IT asset lost on ")
    assert moved.endswith("someone else must decide whether it is disposed of.")
    stops = _stops(desire, "dispose", asset)
    assert stops is not None and stops.code == "case_own_move_decision"
    refused = claudine.refusal(DISPOSE, asset, _shown(claudine, asset))
    assert refused is not None and refused.sqlstate == "DW415"
    assert db_errors.explain(refused).message.endswith("whether it is disposed of.")
    assert _stops(eric, "dispose", asset) is None
    eric.call(cases.take_step, ASSETS, "dispose", asset, shown=_shown(eric, asset))
    assert _status(logins, asset) == "disposed"


def test_an_officer_who_gave_an_asset_to_herself_does_not_report_it_lost(logins):
    """The review's statements: Claudine assigns backup01 to herself, then reports it
    lost: she changed it since it was last lost (DW411), from psql and the window."""
    claudine = logins.person(Role.IT, first_name="Claudine", last_name="Mukamana")
    admin = logins.person(Role.ADMIN, first_name="Jean", last_name="Mugabo")
    asset = _asset(logins)
    update = "UPDATE it_assets SET assigned_to = dicel_current_user_id() WHERE id = %s"
    assert claudine.refusal(update, asset) is None
    refused = claudine.refusal(REPORT_LOST, asset, _shown(claudine, asset))
    assert refused is not None and refused.sqlstate == "DW411"
    sentence = db_errors.explain(refused).message
    assert sentence.startswith("You changed this IT asset on ")
    assert sentence.endswith("someone else must decide whether it is reported lost.")
    stops = _stops(claudine, "report_lost", asset)
    assert stops is not None and stops.code == "case_own_change_decision"
    # An administrator reports it lost for her.
    assert admin.refusal(REPORT_LOST, asset, _shown(admin, asset)) is None
    # Nor does she dispose of it: she changed it since it was last disposed of (never),
    # asked before whose hands it is in (DW415).
    refused = claudine.refusal(DISPOSE, asset, _shown(claudine, asset))
    assert refused is not None and refused.sqlstate == "DW411"


def test_an_asset_is_disposed_of_on_what_the_window_showed(logins):
    """A change by someone else after the window read the asset stops the disposal (DW007,
    naming them); its files count (the version, and their entries)."""
    desire = logins.person(Role.IT, first_name="Desire", last_name="Musoni")
    eric = logins.person(Role.IT, first_name="Eric", last_name="Habimana")
    asset = _asset(logins, status="retired")
    shown = _shown(desire, asset)
    assert shown is not None
    attach = (
        "INSERT INTO documents (owner_table, owner_id, file_name, media_type, content)"
        " VALUES ('it_assets', %s, 'Scrap note.pdf', 'application/pdf', %s)"
    )
    assert eric.refusal(attach, asset, b"%PDF-1.4 scrap") is None
    assert _shown(desire, asset) > shown
    refused = desire.refusal(DISPOSE, asset, shown)
    assert refused is not None and refused.sqlstate == "DW007"
    assert "Eric Habimana" in db_errors.explain(refused).message
    # Eric attached a file: a change of it, so not his to dispose of.
    refused = eric.refusal(DISPOSE, asset, _shown(eric, asset))
    assert refused is not None and refused.sqlstate == "DW411"
    assert desire.refusal(DISPOSE, asset, _shown(desire, asset)) is None
    assert _status(logins, asset) == "disposed"


# --------------------------------------------------------------------------- F4: pay months


def test_the_window_and_the_database_count_the_same_months():
    from dicel_desktop.gui.workflows import payroll_run_dialog

    assert _migration().MONTHS_BEFORE == pay_months.MONTHS_BEFORE == 12
    assert payroll_run_dialog.MONTHS_BEFORE is pay_months.MONTHS_BEFORE
    assert pay_months.earliest_month(dt.date(2026, 12, 1)) == dt.date(2025, 12, 1)
    assert pay_months.earliest_month(dt.date(2026, 1, 1)) == dt.date(2025, 1, 1)


def _today(logins) -> dt.date:
    with logins.superuser().connect() as conn:
        return conn.scalar(text("SELECT dicel_company_day()"))


def _month(first: dt.date) -> tuple[dt.date, dt.date]:
    return payroll.month_of(first)


RUN = "SELECT dicel_run_payroll(%s, %s)"


def test_no_payroll_runs_for_a_month_before_the_ones_offered(logins):
    """HR ran January 2020 (psql29 F4): refused, naming the earliest month that may run;
    the earliest itself runs, and then counts from the latest period."""
    hr = logins.person(Role.HR, first_name="Aline", last_name="Uwase")
    logins.person(Role.FINANCE)  # someone else employed since 2024
    this_month = _month(_today(logins))[0]
    earliest = pay_months.earliest_month(this_month)
    months = hr.call(payroll.payroll_months)
    assert months.earliest == earliest
    for first in (dt.date(2020, 1, 1), pay_months.add_months(earliest, -1)):
        assert _psql(hr, RUN, *_month(first)) == "DW349"
        assert not months.may_run(first)
        error = hr.refused(payroll.run_payroll, *_month(first))
        start, end = _month(first)
        assert error.code == "payroll_month_too_early"
        assert error.message == (
            f"The month from {start} to {end} is too far back: payroll runs for the 12 "
            f"months before the next one due at most, the earliest beginning on {earliest}."
        )
    assert months.may_run(earliest)
    hr.call(payroll.run_payroll, *_month(earliest))
    # The next one due is the month after it: the earliest moves back with it.
    months = hr.call(payroll.payroll_months)
    assert months.next_due == pay_months.add_months(earliest, 1)
    before = pay_months.add_months(earliest, -11)
    assert months.earliest == before
    assert _psql(hr, RUN, *_month(pay_months.add_months(before, -1))) == "DW349"
    assert months.may_run(before)
    assert _psql(hr, RUN, *_month(before)) is None  # run, and rolled back
    # Once this month runs, the month run first is before the ones offered: running it
    # again is said to have run already, the real reason (a review read "too far back").
    hr.call(payroll.run_payroll, *_month(this_month))
    assert not hr.call(payroll.payroll_months).may_run(earliest)
    assert _psql(hr, RUN, *_month(earliest)) == "DW321"


# --------------------------------------------------------------------------- F6: attendance

INSERT_ATTENDANCE = (
    "INSERT INTO attendance_records (employee_id, date, status, check_in, check_out,"
    " total_hours) VALUES (%s, %s, 'present', %s, %s, %s)"
)


@pytest.fixture
def staff(logins):
    """(HR, a clerk hired 2024-01-15, a guard hired 2024-01-15 who left 2026-04-30)."""
    hr = logins.person(Role.HR, first_name="Aline", last_name="Uwase")
    clerk = logins.person(Role.FINANCE, first_name="Josiane", last_name="Murekatete")
    guard = logins.person(Role.SECURITY, first_name="Yvonne", last_name="Habineza")
    with logins.superuser().begin() as conn:
        conn.execute(
            text(
                "UPDATE employees SET status = 'terminated', termination_date = '2026-04-30'"
                " WHERE id = :e"
            ),
            {"e": guard.employee_id},
        )
    return hr, clerk, guard


def _at(day: str, time: str) -> dt.datetime:
    return dt.datetime.fromisoformat(f"{day}T{time}+02:00")


def _attendance(hr: Person, employee: uuid.UUID | None, day: str, **values) -> DicelError:
    return hr.refused(
        records.create_record,
        "attendance_records",
        Role.HR,
        {"employee_id": employee, "date": dt.date.fromisoformat(day), "status": "present"} | values,
    )


def test_attendance_is_someones(staff):
    hr, _clerk, _guard = staff
    statement = INSERT_ATTENDANCE
    row = (None, "2026-11-30", _at("2026-11-30", "08:00"), _at("2026-11-30", "17:00"), 9)
    refused = hr.refusal(statement, *row)
    assert refused is not None and refused.sqlstate == "23514"
    assert refused.diag.constraint_name == "ck_attendance_records_employee_given"
    assert db_errors.explain(refused).message == "Employee is required."
    # The form asks for it before sending.
    form = form_spec("attendance_records", Role.HR)
    assert form.fields["employee_id"].required
    checked = validate(form, {"date": dt.date(2026, 11, 30), "status": "present"}, new=True)
    assert checked["employee_id"].message == "Employee is required."


def test_attendance_holds_the_hours_of_a_day_around_its_own_day(staff):
    hr, clerk, _guard = staff
    day = "2026-11-30"
    refused = hr.refusal(
        INSERT_ATTENDANCE, clerk.employee_id, day, _at(day, "08:00"), _at(day, "17:00"), -12.5
    )
    assert refused is not None and refused.sqlstate == "23514"
    assert db_errors.explain(refused).message == "Total hours must be between 0 and 24."
    form = form_spec("attendance_records", Role.HR)
    hours = form.fields["total_hours"]
    assert (hours.minimum, hours.maximum) == (0, 24)
    error = _attendance(hr, clerk.employee_id, day, total_hours=Decimal("99.99"))
    assert error.message == "Total hours must be between 0 and 24."

    times = (
        "The check-in and check-out are on the record's date, or the day before or after "
        "it (a night shift ends the next day): correct the times or the date."
    )
    for check_in, check_out in (
        (_at("1900-01-01", "08:00"), _at("1900-01-01", "17:00")),
        (_at(day, "08:00"), _at("2026-12-03", "17:00")),
    ):
        refused = hr.refusal(INSERT_ATTENDANCE, clerk.employee_id, day, check_in, check_out, 9)
        assert refused is not None and refused.sqlstate == "23514"
        assert refused.diag.constraint_name == "ck_attendance_records_times_near_its_day"
        assert db_errors.explain(refused).message == times
    error = _attendance(
        hr,
        clerk.employee_id,
        day,
        check_in=_at("1900-01-01", "08:00"),
        check_out=_at("1900-01-01", "17:00"),
    )
    assert (error.message, error.params.get("field")) == (times, "check_in")
    # A night shift ends the next morning.
    assert (
        hr.refusal(
            INSERT_ATTENDANCE,
            clerk.employee_id,
            day,
            _at(day, "17:45"),
            _at("2026-12-01", "06:05"),
            12.33,
        )
        is None
    )


def test_attendance_is_of_a_day_its_employee_was_employed(staff):
    """A leaver present seven months after leaving, and a day before anyone's hire
    (psql29 F6): refused naming the person and the day; another day passes."""
    hr, clerk, guard = staff
    late = "2026-11-30"
    refused = hr.refusal(
        INSERT_ATTENDANCE, guard.employee_id, late, _at(late, "06:00"), _at(late, "18:00"), 12
    )
    assert refused is not None and refused.sqlstate == "DW606"
    left = (
        "Yvonne Habineza was no longer employed on 2026-11-30: they left on 2026-04-30. "
        "Attendance is recorded up to the termination date."
    )
    assert db_errors.explain(refused).message == left
    error = _attendance(hr, guard.employee_id, late)
    assert (error.message, error.params.get("field")) == (left, "date")
    early = "2023-12-29"
    refused = hr.refusal(INSERT_ATTENDANCE, clerk.employee_id, early, None, None, None)
    assert refused is not None and refused.sqlstate == "DW606"
    assert db_errors.explain(refused).message == (
        "Josiane Murekatete was not employed yet on 2023-12-29: they were hired on "
        "2024-01-15. Attendance is recorded from the hire date on."
    )
    # Nor a day still to come (a psql review saved a "present" next June).
    with hr.engine.begin() as conn:
        today = conn.exec_driver_sql("SELECT dicel_company_day()").scalar()
    tomorrow = (today + dt.timedelta(days=1)).isoformat()
    refused = hr.refusal(INSERT_ATTENDANCE, clerk.employee_id, tomorrow, None, None, None)
    assert refused is not None and refused.sqlstate == "DW607"
    assert db_errors.explain(refused).message == (
        f"{tomorrow} has not come yet (today is {today.isoformat()}): attendance is recorded"
        " for days that have begun."
    )
    error = _attendance(hr, clerk.employee_id, "9999-12-31")
    assert (error.code, error.params.get("field")) == ("attendance_day_to_come", "date")
    assert (
        hr.refusal(INSERT_ATTENDANCE, clerk.employee_id, today.isoformat(), None, None, None)
        is None
    )
    # Moving a row outside the employment is refused too; its last day is taken.
    assert hr.refusal(INSERT_ATTENDANCE, guard.employee_id, "2026-04-30", None, None, None) is None
    move = "UPDATE attendance_records SET date = '2026-05-04' WHERE employee_id = %s"
    refused = hr.refusal(move, guard.employee_id)
    assert refused is not None and refused.sqlstate == "DW606"
    hr.call(
        records.create_record,
        "attendance_records",
        Role.HR,
        {"employee_id": clerk.employee_id, "date": dt.date(2024, 1, 15), "status": "present"},
    )


# --------------------------------------------------------------------------- settings


def test_the_bounds_are_the_databases():
    (latest,) = VERSIONS.glob("0129_*.py")
    spec = importlib.util.spec_from_file_location("dicel_revision_0129", latest)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert [(b.key, b.least, b.most, b.whole) for b in setting_bounds.SETTING_BOUNDS] == list(
        module.SETTING_BOUNDS
    )
    assert _migration().SETTING_NUMBER == setting_bounds.NUMBER


KEYS = (
    "payroll.pension_rate_percent",
    "tax.vat_rate_percent",
    "payroll.allowance_rate_percent",
    "leave.allowance.annual",
    "leave.allowance.maternity",
    "leave.max_days_in_past",
    "invoice.payment_terms_days",
    "po.approval_threshold_rwf",
    "expense.approval_threshold_rwf",
    "attendance.late_after_minutes",
    "documents.max_size_mb",
    "company.name",
)
VALUES = (
    "150",
    "-50",
    "100",
    "0",
    "0.3",
    "-0.01",
    "100.01",
    " 18 ",
    "18.0",
    "18.5",
    "366",
    "367",
    "1000",
    "abc",
    "99999999",
    "0.001",
    "0.0009",
)


def test_the_database_and_the_form_read_each_bound_alike(logins):
    with logins.superuser().connect() as conn:
        for key in KEYS:
            for value in VALUES:
                held = conn.scalar(
                    text("SELECT dicel_setting_value_in_bounds(:k, :v)"), {"k": key, "v": value}
                )
                assert held is (setting_bounds.out_of_bounds(key, value) is None), (key, value)


SET = "UPDATE system_settings SET setting_value = %s WHERE setting_key = %s"


@pytest.fixture
def settings(logins):
    admin = logins.person(Role.ADMIN, first_name="Jean", last_name="Mugabo")
    with logins.superuser().begin() as conn:
        for key, value in (
            ("payroll.pension_rate_percent", "6"),
            ("payroll.allowance_rate_percent", "10"),
            ("leave.allowance.annual", "18"),
            ("po.approval_threshold_rwf", "5000000"),
        ):
            conn.execute(
                text(
                    "INSERT INTO system_settings (setting_key, setting_value, setting_type)"
                    " VALUES (:k, :v, 'number') ON CONFLICT (setting_key)"
                    " DO UPDATE SET setting_value = excluded.setting_value"
                ),
                {"k": key, "v": value},
            )
    return admin


def _setting_id(logins, key: str) -> uuid.UUID:
    with logins.superuser().connect() as conn:
        return conn.scalar(
            text("SELECT id FROM system_settings WHERE setting_key = :k"), {"k": key}
        )


def test_payrolls_settings_take_values_that_can_mean_them(logins, settings):
    """Admin set the pension rate to 150 and the allowance rate to -50 (psql29's notes):
    the next run stopped on a bare "net salary" CHECK. Refused where they are typed."""
    admin = settings
    out_of_range = (
        "This value is out of range for the setting: a rate in percent (a key ending in "
        "_rate_percent) is from 0 to 100, a leave allowance or how far back leave may start "
        "a whole number of days from 0 to 366, an approval threshold 0 or more, the pay day "
        "a whole day from 1 to 31, the largest file an upload takes (documents.max_size_mb) from "
        "0.001 to 100 MB."
    )
    for key, value in (
        ("payroll.pension_rate_percent", "150"),
        ("payroll.allowance_rate_percent", "-50"),
        ("leave.allowance.annual", "-1"),
        ("po.approval_threshold_rwf", "-5"),
    ):
        refused = admin.refusal(SET, value, key)
        assert refused is not None and refused.sqlstate == "23514", key
        assert refused.diag.constraint_name == "ck_system_settings_setting_value_in_bounds"
        assert db_errors.explain(refused).message == out_of_range
        # The window: the form names the setting's own bound before sending ...
        setting = _setting_id(logins, key)
        form = form_spec("system_settings", Role.ADMIN)
        record = admin.call(records.load_record, "system_settings", Role.ADMIN, setting)
        checked = validate(form, {**record.values, "setting_value": value}, new=False)
        bound = setting_bounds.bound_of(key)
        assert bound is not None
        # Named by what it is, as its form's purpose line says it (eye35 §8).
        said = {
            "po.approval_threshold_rwf": "This threshold",
            "leave.allowance.annual": "This allowance",
        }.get(key, "This rate")
        expected = (
            f"{said} takes a value of 0 or more."
            if bound.most is None
            else f"{said} takes a whole number of days from 0 to 366: leave is "
            "counted in whole days, and a year has at most 366."
            if bound.days
            else f"{said} takes a value from 0 to 100."
        )
        assert checked["setting_value"].message == expected
        # ... and the database's refusal, should it get there, beside the field.
        error = admin.refused(
            records.save_record,
            "system_settings",
            Role.ADMIN,
            setting,
            record.version,
            {"setting_value": value},
        )
        assert (error.message, error.params.get("field")) == (out_of_range, "setting_value")
    for key, value in (
        ("payroll.pension_rate_percent", "100"),
        ("payroll.allowance_rate_percent", "0"),
        ("leave.allowance.annual", "0"),
        ("po.approval_threshold_rwf", "0"),
    ):
        assert admin.refusal(SET, value, key) is None, key
    # A day of the month, and a count of days or minutes (eye29b set the pay day to 45).
    insert = (
        "INSERT INTO system_settings (setting_key, setting_value, setting_type)"
        " VALUES (%s, %s, 'number')"
    )
    for key, value in (
        ("payroll.pay_day", "45"),
        ("payroll.pay_day", "0"),
        ("invoice.payment_terms_days", "-1"),
        ("attendance.early_minutes", "-5"),
    ):
        refused = admin.refusal(insert, key, value)
        assert refused is not None and refused.sqlstate == "23514", key
    assert admin.refusal(insert, "payroll.pay_day", "31") is None
    assert admin.refusal(insert, "invoice.payment_terms_days", "0") is None
    # A setting without a bound takes any number its type reads.
    assert admin.refusal(insert, "reports.chart_offset", "-5") is None


def test_no_number_reads_past_its_bound():
    assert re.match(setting_bounds.NUMBER, " 18 ")
    assert setting_bounds.out_of_bounds("tax.vat_rate_percent", " 180 ") is not None
    assert setting_bounds.out_of_bounds("tax.vat_rate_percent", "eighteen") is None
