"""The foreign-key picker against a real PostgreSQL, driven from the keyboard: what a
person sees in the line and in the list, and what value the form reads back."""

from __future__ import annotations

import dataclasses
import secrets
import uuid
from urllib.parse import urlsplit

import psycopg
import pytest
from helpers import WAIT_MS, to_url
from prepared_people import Prepared
from psycopg import sql
from psycopg.conninfo import make_conninfo
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QToolTip, QVBoxLayout, QWidget

from dicel_desktop.db.engine import make_engine, make_session_factory
from dicel_desktop.domain.roles import Role
from dicel_desktop.gui.editors.reference_picker import SEARCH_DELAY_MS, IdRole, ReferencePicker
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.services.forms import form_spec

CLIENTS = [
    "Ikaze Commercial Bank",
    "Ikaze Lakeside Hotel",
    "Inkingi Bank",
    "Umurage Savings Bank",
    *[f"Client {n:03d}" for n in range(120)],
]
#: invoices.client_id as finance sees it: a reference to clients that may be empty.
CLIENT_FIELD = form_spec("invoices", Role.FINANCE).fields["client_id"]


@pytest.fixture(scope="module")
def _clients_template(pg_superuser_dsn, _admin, template_db):
    """The CLIENTS written once a module, on a template (tests/prepared_people.py)."""

    def write(logins) -> None:
        with psycopg.connect(logins.db_dsn) as conn:
            for name in CLIENTS:
                conn.execute("INSERT INTO clients (company_name) VALUES (%s)", (name,))

    yield from Prepared.for_module(pg_superuser_dsn, _admin, template_db, write)


@pytest.fixture
def db_dsn(_clients_template):
    """The test's own database: a clone of the one with the clients (every test of the
    file that reads a database has them)."""
    yield from _clients_template.databases()


@pytest.fixture
def clients(db_dsn) -> dict[str, uuid.UUID]:
    with psycopg.connect(db_dsn) as conn:
        return dict(conn.execute("SELECT company_name, id FROM clients").fetchall())


@pytest.fixture
def worker(clients, db_engine, qapp):
    worker = DbWorker(make_session_factory(db_engine))
    yield worker
    worker.shutdown()


class Form(QWidget):
    """A window with a line before and after the picker, for the focus to come and go."""

    def __init__(self, picker: ReferencePicker) -> None:
        super().__init__()
        self.before, self.after, self.picker = QLineEdit(), QLineEdit(), picker
        layout = QVBoxLayout(self)
        for widget in (self.before, picker, self.after):
            layout.addWidget(widget)
        layout.addStretch()
        self.resize(480, 420)


def make_form(qtbot, worker, field=CLIENT_FIELD) -> Form:
    form = Form(ReferencePicker(field, worker))
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    form.picker.setFocus()
    qtbot.waitUntil(form.picker.line.hasFocus)
    return form


@pytest.fixture
def form(qtbot, worker) -> Form:
    return make_form(qtbot, worker)


def shown(picker: ReferencePicker) -> list[str]:
    rows = picker.match_list()
    return [rows.item(i).text() for i in range(rows.count())]


def type_and_wait(qtbot, picker: ReferencePicker, text: str, first: str) -> None:
    qtbot.keyClicks(picker.line, text)
    qtbot.waitUntil(lambda: picker.is_list_open() and shown(picker)[:1] == [first], timeout=WAIT_MS)


# --------------------------------------------------------------------------- picking


def test_typing_lists_the_matches_and_enter_picks_the_first(qtbot, form, clients):
    picker = form.picker
    with qtbot.waitSignal(picker.edited):
        type_and_wait(qtbot, picker, "ika com", "Ikaze Commercial Bank")
        assert shown(picker) == ["Ikaze Commercial Bank"]
        qtbot.keyClick(picker.line, Qt.Key.Key_Return)
    assert picker.value() == clients["Ikaze Commercial Bank"]
    assert picker.line.text() == "Ikaze Commercial Bank"
    assert not picker.is_list_open()
    assert picker.line.hasFocus()


def test_down_moves_and_tab_picks_the_highlighted_record_and_moves_on(qtbot, form, clients):
    picker = form.picker
    type_and_wait(qtbot, picker, "ikaze", "Ikaze Commercial Bank")
    assert shown(picker) == ["Ikaze Commercial Bank", "Ikaze Lakeside Hotel"]
    qtbot.keyClick(picker.line, Qt.Key.Key_Down)
    qtbot.keyClick(picker.line, Qt.Key.Key_Down)  # stays on the last match
    qtbot.keyClick(picker.line, Qt.Key.Key_Up)
    qtbot.keyClick(picker.line, Qt.Key.Key_Down)
    qtbot.keyClick(picker.line, Qt.Key.Key_Tab)
    qtbot.waitUntil(form.after.hasFocus)
    assert picker.value() == clients["Ikaze Lakeside Hotel"]
    assert picker.line.text() == "Ikaze Lakeside Hotel"
    assert picker.notice() == ""


def test_enter_never_picks_from_matches_of_what_was_typed_before(qtbot, form, clients):
    picker = form.picker
    type_and_wait(qtbot, picker, "ikaze", "Ikaze Commercial Bank")
    with qtbot.assertNotEmitted(picker.edited):
        qtbot.keyClicks(picker.line, " hot")  # the list still shows "ikaze"'s matches
        qtbot.keyClick(picker.line, Qt.Key.Key_Return)  # looks " hot" up, picks nothing
        assert picker.value() is None
        qtbot.waitUntil(lambda: shown(picker) == ["Ikaze Lakeside Hotel"], timeout=WAIT_MS)
    qtbot.keyClick(picker.line, Qt.Key.Key_Return)
    assert picker.value() == clients["Ikaze Lakeside Hotel"]


def test_a_click_on_a_record_picks_it(qtbot, form, clients):
    picker = form.picker
    type_and_wait(qtbot, picker, "bank", "Ikaze Commercial Bank")
    rows = picker.match_list()
    second = rows.visualItemRect(rows.item(1)).center()
    qtbot.mouseClick(rows.viewport(), Qt.MouseButton.LeftButton, pos=second)
    assert picker.value() == clients["Inkingi Bank"]
    assert picker.line.text() == "Inkingi Bank"
    assert picker.line.hasFocus()


def test_down_on_an_empty_line_lists_everyone_and_more_arrive_as_the_list_scrolls(
    qtbot, form, clients, db_dsn
):
    picker = form.picker
    qtbot.keyClick(picker.line, Qt.Key.Key_Down)
    qtbot.waitUntil(picker.is_list_open, timeout=WAIT_MS)
    assert len(shown(picker)) == 50  # one page
    for _ in range(40):  # the keyboard walks to the end, pages arrive on the way
        qtbot.keyClick(picker.line, Qt.Key.Key_PageDown)
        qtbot.wait(20)
    qtbot.waitUntil(lambda: len(shown(picker)) == len(CLIENTS), timeout=WAIT_MS)
    qtbot.keyClick(picker.line, Qt.Key.Key_PageDown)
    with psycopg.connect(db_dsn) as conn:
        expected = conn.execute("SELECT id FROM clients ORDER BY company_name, id").fetchall()
    rows = picker.match_list()
    assert [rows.item(i).data(IdRole) for i in range(rows.count())] == [r[0] for r in expected]
    assert rows.currentRow() == rows.count() - 1
    qtbot.keyClick(picker.line, Qt.Key.Key_Return)
    assert picker.value() == expected[-1][0]


# --------------------------------------------------------------------------- giving back


def test_escape_gives_back_the_value_the_field_had(qtbot, form, clients):
    picker = form.picker
    bank = clients["Ikaze Commercial Bank"]
    picker.set_value(bank, "Ikaze Commercial Bank")
    picker.line.selectAll()
    with qtbot.assertNotEmitted(picker.edited):
        type_and_wait(qtbot, picker, "inki", "Inkingi Bank")
        qtbot.keyClick(picker.line, Qt.Key.Key_Escape)
    assert not picker.is_list_open()
    assert picker.value() == bank
    assert picker.line.text() == "Ikaze Commercial Bank"


def test_leaving_with_text_that_was_not_picked_gives_back_the_value_and_says_so(
    qtbot, form, clients
):
    picker = form.picker
    bank = clients["Ikaze Commercial Bank"]
    picker.set_value(bank, "Ikaze Commercial Bank")
    picker.line.selectAll()
    with qtbot.assertNotEmitted(picker.edited):
        type_and_wait(qtbot, picker, "zzz", "No match")
        qtbot.keyClick(picker.line, Qt.Key.Key_Return)  # nothing to pick: stays
        assert picker.is_list_open()
        qtbot.keyClick(picker.line, Qt.Key.Key_Tab)
        qtbot.waitUntil(form.after.hasFocus)
    assert picker.value() == bank
    assert picker.line.text() == "Ikaze Commercial Bank"
    assert picker.notice() == (
        "“zzz” was not picked from the list, so Client stays “Ikaze Commercial Bank”."
    )
    assert QToolTip.text() == picker.notice()


def test_leaving_before_the_matches_arrive_keeps_the_field_empty_and_says_so(qtbot, form):
    picker = form.picker
    qtbot.keyClicks(picker.line, "ikaze")
    qtbot.keyClick(picker.line, Qt.Key.Key_Tab)  # within the typing pause
    qtbot.waitUntil(form.after.hasFocus)
    assert picker.value() is None
    assert picker.line.text() == ""
    assert picker.notice() == "“ikaze” was not picked from the list, so Client stays empty."
    qtbot.wait(400)  # the search was cancelled: no list opens behind the person's back
    assert not picker.is_list_open()


# --------------------------------------------------------------------------- emptying


def test_delete_and_the_clear_button_empty_a_field_that_may_be_empty(qtbot, form, clients):
    picker = form.picker
    picker.set_value(clients["Inkingi Bank"], "Inkingi Bank")
    assert picker.clear_action.isVisible()
    with qtbot.waitSignal(picker.edited):
        qtbot.keyClick(picker.line, Qt.Key.Key_Delete)
    assert picker.value() is None and picker.line.text() == ""
    assert not picker.clear_action.isVisible()
    picker.set_value(clients["Inkingi Bank"], "Inkingi Bank")
    with qtbot.waitSignal(picker.edited):
        picker.clear_action.trigger()
    assert picker.value() is None
    # Erasing the name and leaving empties the field too.
    picker.set_value(clients["Inkingi Bank"], "Inkingi Bank")
    picker.line.selectAll()
    with qtbot.waitSignal(picker.edited):
        qtbot.keyClick(picker.line, Qt.Key.Key_Backspace)
        qtbot.keyClick(picker.line, Qt.Key.Key_Tab)
    assert picker.value() is None and picker.notice() == ""


def test_a_required_field_cannot_be_emptied(qtbot, worker, clients):
    form = make_form(qtbot, worker, dataclasses.replace(CLIENT_FIELD, required=True))
    picker = form.picker
    picker.set_value(clients["Inkingi Bank"], "Inkingi Bank")
    assert not picker.clear_action.isVisible()
    with qtbot.assertNotEmitted(picker.edited):
        qtbot.keyClick(picker.line, Qt.Key.Key_Delete)
        picker.line.selectAll()
        qtbot.keyClick(picker.line, Qt.Key.Key_Backspace)
        qtbot.keyClick(picker.line, Qt.Key.Key_Tab)
    assert picker.value() == clients["Inkingi Bank"]
    assert picker.line.text() == "Inkingi Bank"


# --------------------------------------------------------------------------- the worker


def test_typing_asks_once_the_typing_pauses_and_cancels_what_it_typed_past(
    qtbot, form, worker, monkeypatch
):
    picker = form.picker
    submitted: list[int] = []
    cancelled: list[int] = []
    submit, cancel = worker.submit, worker.cancel

    def spy_submit(fn, on_done=None, on_error=None):
        request = submit(fn, on_done, on_error)
        submitted.append(request)
        return request

    monkeypatch.setattr(worker, "submit", spy_submit)
    monkeypatch.setattr(worker, "cancel", lambda r: (cancelled.append(r), cancel(r)))
    # Keys a fifth of the typing pause apart: one search, once the typing stops.
    for key in "umurage s":
        qtbot.keyClicks(picker.line, key)
        qtbot.wait(SEARCH_DELAY_MS // 5)
    qtbot.waitUntil(lambda: len(submitted) == 1, timeout=2000)
    # More typing and Enter (which looks at once) before that search could answer.
    qtbot.keyClicks(picker.line, "x")
    qtbot.keyClick(picker.line, Qt.Key.Key_Return)
    assert len(submitted) == 2
    assert cancelled == submitted[:1]  # its answer will never reach the list
    qtbot.waitUntil(
        lambda: picker.is_list_open() and shown(picker) == ["No match"], timeout=WAIT_MS
    )
    qtbot.keyClick(picker.line, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: shown(picker) == ["Umurage Savings Bank"], timeout=WAIT_MS)
    assert len(submitted) == 3


def test_set_value_shows_the_name_fetched_through_the_worker(qtbot, form, clients):
    picker = form.picker
    hotel = clients["Ikaze Lakeside Hotel"]
    with qtbot.assertNotEmitted(picker.edited):
        picker.set_value(hotel)
        assert picker.value() == hotel  # at once; the name follows
        assert picker.line.text() == "" and picker.line.placeholderText() == "Loading…"
        qtbot.waitUntil(lambda: picker.line.text() == "Ikaze Lakeside Hotel", timeout=WAIT_MS)
    picker.set_value(None)
    assert picker.value() is None and picker.line.text() == ""


def test_read_only_shows_the_name_selectable_and_opens_nothing(qtbot, form, clients):
    picker = form.picker
    picker.set_value(clients["Inkingi Bank"], "Inkingi Bank")
    picker.set_read_only(True)
    assert not picker.clear_action.isVisible()
    with qtbot.assertNotEmitted(picker.edited):
        qtbot.keyClicks(picker.line, "ikaze")
        qtbot.keyClick(picker.line, Qt.Key.Key_Down)
        qtbot.keyClick(picker.line, Qt.Key.Key_Delete)
        qtbot.wait(400)  # on purpose: past the typing pause, no search and no list
    assert not picker.is_list_open()
    assert picker.line.text() == "Inkingi Bank"
    qtbot.keyClick(picker.line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert picker.line.selectedText() == "Inkingi Bank"


# --------------------------------------------------------------------------- rights


@pytest.fixture
def employee_worker(clients, db_dsn, qapp, _admin):
    """A DB worker logged in as a plain employee (who may not read clients)."""
    from dicel_desktop.services.users import create_user

    email = f"picker.{secrets.token_hex(4)}@picker-test.dicel.rw"
    password = secrets.token_urlsafe(16)
    admin_engine = make_engine(db_dsn)
    with admin_engine.begin() as conn:
        create_user(
            conn,
            email=email,
            first_name="Eve",
            last_name="Test",
            role="employee",
            password=password,
        )
    admin_engine.dispose()
    parts = urlsplit(db_dsn)
    host = parts.hostname if parts.hostname and not parts.hostname.startswith("/") else None
    engine = make_engine(
        to_url(make_conninfo(db_dsn, user=email, password=password, host=host or "127.0.0.1"))
    )
    worker = DbWorker(make_session_factory(engine))
    try:
        yield worker
    finally:
        worker.shutdown()
        engine.dispose()
        # Logins are cluster-wide: leave none behind.
        _admin.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(email)))


def test_a_person_who_may_not_read_the_records_is_told_so(qtbot, employee_worker):
    form = make_form(qtbot, employee_worker)
    picker = form.picker
    qtbot.keyClicks(picker.line, "ikaze")
    qtbot.waitUntil(lambda: picker.notice() != "", timeout=WAIT_MS)
    assert picker.notice().startswith("You are not allowed to see the clients")
    assert not picker.is_list_open()
    assert picker.value() is None


def test_a_read_only_picker_still_shows_the_name_it_fetches(qtbot, worker, clients):
    """A form sets the value, then makes the field read-only (a preset, a creator):
    the name on its way must still arrive."""
    picker = ReferencePicker(CLIENT_FIELD, worker)
    qtbot.addWidget(picker)
    picker.set_value(clients["Inkingi Bank"])
    picker.set_read_only(True)
    qtbot.waitUntil(lambda: picker.current_name() is not None, timeout=WAIT_MS)
    assert picker.line.text() == picker.current_name() == "Inkingi Bank"


def test_a_candidates_posting_picker_offers_only_postings_that_take_candidates(
    qtbot, db_dsn, db_engine, clients
):
    """psql33 F4: the picker offered every posting, and a candidate was filed on a
    cancelled one and hired (migration 0115, DW463): open and on hold only."""
    with psycopg.connect(db_dsn) as conn:
        for state in ("draft", "open", "on_hold", "closed", "filled", "cancelled"):
            conn.execute(
                "INSERT INTO job_postings (title, description, status) VALUES (%s, %s, %s)",
                (f"Storekeeper {state}", "Stores", state),
            )
    worker = DbWorker(make_session_factory(db_engine))
    try:
        field = form_spec("candidates", Role.HR).fields["job_posting_id"]
        form = make_form(qtbot, worker, field)
        type_and_wait(qtbot, form.picker, "storekeeper", "Storekeeper on_hold")
        assert sorted(shown(form.picker)) == ["Storekeeper on_hold", "Storekeeper open"]
    finally:
        worker.shutdown()


@pytest.mark.parametrize(
    ("table", "offered"),
    [
        ("leads", ["Pickertest admin", "Pickertest sales"]),
        ("risk_assessments", ["Pickertest admin", "Pickertest risk"]),
    ],
)
def test_an_assignee_picker_offers_only_active_people_who_may_work_the_record(
    qtbot, db_dsn, db_engine, clients, table, offered
):
    """psql33b F3: a lead was assigned to a plain employee who cannot open it, and to a
    deactivated login (migration 0116, DW401): active sales or admin logins only (risk
    or admin for a risk)."""
    with psycopg.connect(db_dsn) as conn:
        for role, active in (
            ("sales", True),
            ("sales", False),
            ("risk", True),
            ("employee", True),
            ("admin", True),
        ):
            conn.execute(
                "INSERT INTO users (email, password_hash, first_name, last_name, role,"
                " is_active) VALUES (%s, 'x', 'Pickertest', %s, %s, %s)",
                (f"{role}.{str(active).lower()}@picker-test.dicel.rw", role, role, active),
            )
    worker = DbWorker(make_session_factory(db_engine))
    try:
        field = form_spec(table, Role.ADMIN).fields["assigned_to"]
        form = make_form(qtbot, worker, field)
        type_and_wait(qtbot, form.picker, "pickertest", offered[0])
        assert sorted(shown(form.picker)) == offered
    finally:
        worker.shutdown()
