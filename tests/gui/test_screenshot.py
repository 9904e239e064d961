"""`dicel-desktop --demo --user EMAIL --screenshot FILE.png --tab NAME`, end to end.

A real run of the program in its own process: it creates the demo database (in a
folder of its own, or the module's fixture does, as --demo does), logs in as the demo
user, renders the tab and exits, leaving no server behind. Each option is run so at
least once (run_demo); what a picture shows, or why one is refused, is checked as often
in the tests' own process on the session's demo company (in_process_shot.shoot, the same
small company: 1-3 s a picture against ~8 s a run).
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import psycopg
import pytest
from helpers import run_demo
from in_process_shot import shoot
from PySide6.QtGui import QImage

from dicel_desktop.demo_mode import start_demo_database
from dicel_desktop.localdb import LocalCluster

pytestmark = pytest.mark.usefixtures("qapp")  # for the pictures taken here (shoot)


def test_a_screenshot_of_the_finance_tab_as_the_finance_manager(demo_dsn, tmp_path):
    # In the tests' process: the program's own runs of --tab are the French My work
    # page's (the main window's picture, not blank, the server left stopped) and the
    # export's below (--tab Finance itself); a run is ~5 s more than a picture here.
    target = tmp_path / "finance.png"
    result = shoot(
        demo_dsn, "--user", "eric.niyonzima@dicel.rw", "--screenshot", str(target),
        "--tab", "Finance",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1400, 860)
    # Not a blank window: a rendered list has many distinct colours (text, grid, selection).
    assert _colours(image) > 20
    # The tab opens on its dashboard, its chart drawn: its bars' blue is on the picture.
    blue = sum(
        1
        for x in range(0, image.width(), 5)
        for y in range(0, image.height(), 5)
        if (c := image.pixelColor(x, y)).blue() > c.red() + 60 and c.green() < 140
    )
    assert blue > 300, "no dashboard chart on the picture"


@pytest.fixture(scope="module")
def demo_company(demo_dir) -> dict:
    """The --demo company in ``demo_dir`` and what the tests read of it: made (on the
    folder's first use) and started as the program does (``start_demo_database``, which
    the program's ``--demo`` calls; a program run only to make it was ~5 s more), read,
    and its server stopped again, as a screenshot run leaves it."""
    demo = start_demo_database(demo_dir)
    try:
        with psycopg.connect(demo.dsn) as conn:
            (request,) = conn.execute(
                "SELECT r.id FROM leave_requests r JOIN employees e ON e.id = r.employee_id"
                " JOIN users u ON u.id = e.user_id WHERE u.email = %s AND r.status = 'pending'"
                " ORDER BY r.start_date LIMIT 1",
                ("josiane.murekatete@dicel.rw",),
            ).fetchone()
            (attended, paid) = conn.execute(
                "SELECT (SELECT max(date) FROM attendance_records),"
                " (SELECT max(transaction_date) FROM transactions)"
            ).fetchone()
            # The company's day, as its dashboards count "today" (not the server's date,
            # nor Kigali's on this desktop's clock: they differ for hours a night).
            (today,) = conn.execute("SELECT dicel_company_day()").fetchone()
            (count,) = conn.execute("SELECT count(*) FROM transactions").fetchone()
            (newest,) = conn.execute(
                "SELECT transaction_number FROM transactions"
                " ORDER BY transaction_date DESC, id DESC LIMIT 1"
            ).fetchone()
    finally:
        LocalCluster(demo_dir).stop()
    return {
        "josianes_pending_leave": request,
        "attended": attended,
        "paid": paid,
        "today": today,
        "transactions": count,
        "newest_transaction": newest,
    }


def test_a_tab_the_user_cannot_see_is_refused_with_the_tabs_they_have(demo_dsn, tmp_path):
    result = shoot(
        demo_dsn, "--user", "grace.uwimana@dicel.rw", "--screenshot", str(tmp_path / "x.png"),
        "--tab", "Payroll",
    )  # fmt: skip
    assert result.returncode == 2
    assert "no tab 'Payroll'" in result.stderr
    assert "Sales & Marketing" in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_a_screenshot_needs_a_user(tmp_path):
    """A screenshot is of someone's view: the demo's, or (admin40) the company server's
    through IT's profile with --password-stdin; without --user it is refused in one line."""
    result = subprocess.run(
        [sys.executable, "-m", "dicel_desktop", "--screenshot", str(tmp_path / "x.png")],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 2
    assert "a screenshot needs --user EMAIL and --screenshot" in result.stderr


def _colours(image: QImage) -> int:
    step = 7
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)
        }
    )


def test_a_screenshot_of_a_record_form_opened_from_its_list(demo_dsn, tmp_path):
    # The program's own run of --open TABLE (no key) is the export's below.
    target = tmp_path / "expense.png"
    result = shoot(
        demo_dsn, "--user", "eric.niyonzima@dicel.rw", "--screenshot", str(target),
        "--tab", "Finance", "--open", "expenses",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert (image.width(), image.height()) == (900, 820)  # the form, not the main window
    assert _colours(image) > 20


def test_a_payslip_opened_from_the_persons_own_list(demo_dsn, tmp_path):
    # My payslips is a page around its list (Print and PDF beside it): the option found
    # no list there and said "no record" (a user-eye review).
    target = tmp_path / "payslip.png"
    result = shoot(
        demo_dsn, "--user", "josiane.murekatete@dicel.rw", "--screenshot", str(target),
        "--open", "payroll_records",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert (image.width(), image.height()) == (900, 820)  # the form, not the main window


def test_new_leave_for_oneself_is_pictured_at_the_dialogs_own_size(demo_dir, tmp_path):
    """New on leave opens Request leave… for oneself (eyefix36); the picture stretched
    that dialog to a record window's 900x820, its rows 160 px apart (eye36b #3).
    (The program's own run of --new.)"""
    target = tmp_path / "leave.png"
    result = run_demo(
        demo_dir, "--user", "diane.mutoni@dicel.rw", "--screenshot", str(target),
        "--new", "leave_requests",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert image.width() < 900 and image.height() < 820, (image.width(), image.height())
    assert _colours(image) > 20


def test_a_screenshot_of_a_record_named_by_its_key_and_of_an_empty_form(demo_dsn, tmp_path):
    named = tmp_path / "department.png"
    result = shoot(
        demo_dsn, "--user", "eric.niyonzima@dicel.rw", "--screenshot", str(named),
        "--open", "departments:finance",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    empty = tmp_path / "new.png"
    result = shoot(
        demo_dsn, "--user", "eric.niyonzima@dicel.rw", "--screenshot", str(empty),
        "--new", "expenses",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert QImage(str(named)).width() == QImage(str(empty)).width() == 900


def test_a_form_of_an_unknown_or_unreadable_table_is_refused_by_name(demo_dsn, tmp_path):
    target = tmp_path / "x.png"
    unknown = shoot(
        demo_dsn, "--user", "eric.niyonzima@dicel.rw", "--screenshot", str(target),
        "--open", "invoicez",
    )  # fmt: skip
    assert unknown.returncode == 2 and "no table 'invoicez'" in unknown.stderr
    hidden = shoot(
        demo_dsn, "--user", "grace.uwimana@dicel.rw", "--screenshot", str(target),
        "--open", "expenses",
    )  # fmt: skip
    assert hidden.returncode == 2
    assert "may not read the table 'expenses'" in hidden.stderr
    missing = shoot(
        demo_dsn, "--user", "eric.niyonzima@dicel.rw", "--screenshot", str(target),
        "--open", "expenses:EXP-1999-999999",
    )  # fmt: skip
    assert missing.returncode == 2 and "EXP-1999-999999" in missing.stderr
    assert not target.exists()


def test_a_leave_request_opened_by_its_decider_is_pictured_on_its_decision(
    demo_dir, demo_company, tmp_path
):
    """The Executive Assistant's pending leave waits for the Managing Director (demo
    data): opening it as him shows the decision dialog, and the picture is of that.
    (The program's own run of --open TABLE:KEY.)"""
    request = demo_company["josianes_pending_leave"]
    target = tmp_path / "decision.png"
    result = run_demo(
        demo_dir, "--user", "jean.mugabo@dicel.rw", "--screenshot", str(target),
        "--open", f"leave_requests:{request}",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    # The dialog, not the record window behind it (opened at 900 x 820).
    assert (image.width(), image.height()) != (900, 820)
    assert 500 <= image.width() < 900 and _colours(image) > 20


def test_the_demo_company_is_dated_the_day_its_folder_was_made(demo_company):
    """Its dashboards' "today" and "this month" have figures: attendance up to the last
    working day, nothing after today."""
    today = demo_company["today"]
    # The folder may have been made a few days before this test (a long run, a weekend).
    assert today - dt.timedelta(days=7) <= demo_company["attended"] <= today
    assert demo_company["paid"] <= today


def test_a_screenshot_of_a_section_of_my_work_named_by_its_title(demo_dsn, tmp_path):
    # The Managing Director supervises the department heads: "Waiting for me" is theirs.
    target = tmp_path / "inbox.png"
    result = shoot(
        demo_dsn,
        "--user",
        "jean.mugabo@dicel.rw",
        "--screenshot",
        str(target),
        "--tab",
        "Waiting for me",
    )
    assert result.returncode == 0, result.stderr
    assert QImage(str(target)).width() == 1400


def test_a_section_of_my_work_is_a_page_of_its_tab_in_the_language_shown(
    demo_dir, demo_dsn, tmp_path
):
    target = tmp_path / "payslips.png"
    args = ["--language", "fr", "--user", "josiane.murekatete@dicel.rw", "--screenshot"]
    result = run_demo(
        demo_dir, *args, str(target), "--tab", "Mon travail", "--page", "Mes bulletins de paie"
    )
    assert result.returncode == 0, result.stderr
    # The program's own picture of its main window: whole, not blank, and no server left.
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1400, 860)
    assert _colours(image) > 20
    assert not LocalCluster(demo_dir).is_running(), "the screenshot left the server running"
    # A page My work does not have is refused with the pages it has, as the side list reads.
    result = shoot(demo_dsn, *args, str(target), "--tab", "Mon travail", "--page", "Budgets")
    assert result.returncode == 2
    assert "no page 'Budgets'" in result.stderr
    assert "Mes bulletins de paie" in result.stderr


def test_the_list_opened_is_exported_first_as_the_file_menu_does(demo_dir, demo_company, tmp_path):
    """``--open TABLE --export FILE.xlsx``: the list as it opens (its default columns and
    order), typed cells, through the export's own process; the picture is of the form of
    the list's first record (the program's own run of --open TABLE without a key)."""
    from openpyxl import load_workbook

    sheet = tmp_path / "transactions.xlsx"
    form = tmp_path / "form.png"
    result = run_demo(
        demo_dir, "--user", "eric.niyonzima@dicel.rw", "--screenshot",
        str(form), "--tab", "Finance", "--open", "transactions",
        "--export", str(sheet),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    image = QImage(str(form))
    assert (image.width(), image.height()) == (900, 820)  # the form, not the main window
    assert _colours(image) > 20
    count = demo_company["transactions"]
    rows = list(load_workbook(sheet, read_only=True).worksheets[0].iter_rows(values_only=True))
    header, first = rows[0], rows[1]
    assert f"Exported {count} rows to {sheet}" in result.stdout
    assert len(rows) == count + 1
    # What the row is, then its own number (services/list_layouts.py), then the facts.
    assert header[:3] == ("Description", "Transaction number", "Account")
    assert first[header.index("Transaction number")] == demo_company["newest_transaction"]
    assert isinstance(first[header.index("Amount")], (int, float))  # a number, not text


def test_an_export_needs_the_list_of_open(demo_dsn, tmp_path):
    result = shoot(
        demo_dsn, "--user", "eric.niyonzima@dicel.rw", "--screenshot",
        str(tmp_path / "x.png"), "--tab", "Finance", "--export", str(tmp_path / "x.csv"),
    )  # fmt: skip
    assert result.returncode == 2
    assert "--open" in result.stderr
    assert not (tmp_path / "x.csv").exists()
