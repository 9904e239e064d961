"""Words a clerk uses in the main window, and the window opening on what waits for them:
the place they logged in to by its name, "Show the exact number of rows", and My work
when something waits for their decision."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from urllib.parse import urlsplit

import psycopg
import pytest
from PySide6.QtCore import QLocale, QSettings

from dicel_desktop.demo import DEMO_PASSWORD
from dicel_desktop.gui.main_window import MainWindow
from dicel_desktop.gui.tabs.profile_view import describe
from dicel_desktop.services.auth import login

MANAGING_DIRECTOR = "jean.mugabo@dicel.rw"  # the Executive Assistant's leave waits for him


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def open_as(qtbot, demo_dsn: str, settings) -> Iterator:
    parts = urlsplit(demo_dsn)
    windows: list[MainWindow] = []

    def open_window(email: str, place: str = "") -> MainWindow:
        logged_in = login(parts.hostname, parts.port, parts.path.lstrip("/"), email, DEMO_PASSWORD)
        window = MainWindow(dataclasses.replace(logged_in, place=place), settings=settings)
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        return window

    yield open_window
    for window in windows:
        window.close()


def test_the_status_bar_names_the_place_and_keeps_the_server_for_its_tooltip(open_as):
    window = open_as(MANAGING_DIRECTOR, place="Head office")
    assert window.server_label.text() == "Head office"
    assert "dicel" not in window.server_label.text()
    assert window.server_label.toolTip().startswith("Server: ")
    assert ":" in window.server_label.toolTip()  # host:port/database, for IT


def test_counting_rows_is_offered_in_a_clerks_words(open_as):
    window = open_as(MANAGING_DIRECTOR)
    assert window.action_count.text().replace("&", "") == "Show the exact number of rows"


def test_the_window_opens_on_what_waits_for_me(qtbot, open_as, settings):
    settings.setValue("main_window/tab", "Finance")  # where he left it last time
    window = open_as(MANAGING_DIRECTOR)
    assert window.tabs.currentWidget() is not window.my_work
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.my_work, timeout=20_000)
    assert window.tabs.tabText(window.tabs.indexOf(window.my_work)).startswith("My work (")
    qtbot.waitUntil(lambda: window.my_work.current_page() is window.my_work.inbox, timeout=20_000)


def test_a_tab_chosen_before_the_count_arrives_is_kept(qtbot, open_as):
    window = open_as(MANAGING_DIRECTOR)
    window.show_tab("Finance")  # before any answer from the database
    finance = window.tabs.currentWidget()
    qtbot.waitUntil(
        lambda: window.tabs.tabText(window.tabs.indexOf(window.my_work)) != "My work",
        timeout=20_000,
    )
    assert window.tabs.currentWidget() is finance


def test_a_section_of_my_work_chosen_before_the_count_arrives_is_kept(qtbot, open_as, settings):
    # The window opens on My work; the person goes to My payslips at once. When the first
    # items that wait for them arrive, the count shows on the tab, and the section they
    # chose stays (it used to jump to "Waiting for me": a test saw Ctrl+P go nowhere).
    settings.setValue("main_window/tab", "My work")
    window = open_as(MANAGING_DIRECTOR)
    my_work = window.my_work
    qtbot.waitUntil(lambda: "payslips" in my_work.section_keys(), timeout=20_000)
    payslips = my_work.show_section("payslips")
    qtbot.waitUntil(
        lambda: window.tabs.tabText(window.tabs.indexOf(my_work)) != "My work",
        timeout=20_000,
    )
    qtbot.wait(100)  # the turn the window would have jumped in
    assert my_work.current_page() is payslips
    assert window.tabs.currentWidget() is my_work


def test_a_birth_date_reads_as_a_short_date():
    locale = QLocale(QLocale.Language.English, QLocale.Country.Rwanda)
    profile = {"date_of_birth": dt.date(1985, 4, 25)}
    assert describe("date_of_birth", profile, locale) == "25/04/1985"


def test_a_stock_clerk_logs_in_to_an_inventory_tab(open_as, demo_dsn):
    with psycopg.connect(demo_dsn) as conn:
        (email,) = conn.execute(
            "SELECT email FROM users WHERE position = 'Stock Clerk' AND is_active"
            " ORDER BY email LIMIT 1"
        ).fetchone()
    window = open_as(email)
    assert "Inventory" in window.tab_titles()
    assert "inventory_items" in window.module_tabs["inventory"].tables


@pytest.mark.parametrize(
    ("table", "values", "named"),
    [
        ("performance_reviews", {"status": "draft"}, "this performance review"),
        ("patrol_logs", {"status": "in_progress"}, "this patrol log"),
        ("training_enrollments", {"status": "enrolled"}, "this training enrollment"),
        ("customer_feedback", {"feedback_type": "suggestion"}, "this feedback"),
        ("job_postings", {"title": "Compliance Intern"}, "Compliance Intern"),
    ],
)
def test_a_question_names_a_record_without_a_name_of_its_own_by_this_kind(
    qapp, table, values, named
):
    """User-eye review: "Save the changes to Performance review?", "Close Feedback?"."""
    import uuid

    from dicel_desktop.gui.records.titles import in_question
    from dicel_desktop.services.records import Record

    assert in_question(Record(table, uuid.uuid4(), values)) == named


_NOV_6 = dt.date(2026, 11, 6)


@pytest.mark.parametrize(
    ("language", "title", "client", "day", "kind", "named"),
    [
        (
            "en",
            "Complaint, Burera Motors Ltd, 6 November 2026",
            "Burera Motors Ltd",
            _NOV_6,
            "complaint",
            "the complaint of 6 November 2026 from Burera Motors Ltd",
        ),
        (
            "fr",
            "Complaint, Akagera Logistics, 6 November 2026",
            "Akagera Logistics",
            _NOV_6,
            "complaint",
            "la réclamation du 6 novembre 2026 du client Akagera Logistics",
        ),
        (
            "rw",
            "Complaint, Burera Motors Ltd, 6 November 2026",
            "Burera Motors Ltd",
            _NOV_6,
            "complaint",
            "inyandiko y\u2019ikirego cya Burera Motors Ltd cyo ku wa 6 Ugushyingo 2026",
        ),
        # eye34 #8: a name ending in brackets read « (SACCO) (13 novembre 2026) ».
        (
            "fr",
            "Compliment, Sabyinyo Savings Cooperative (SACCO), 6 November 2026",
            "Sabyinyo Savings Cooperative (SACCO)",
            _NOV_6,
            "compliment",
            "le compliment du 6 novembre 2026 du client Sabyinyo Savings Cooperative (SACCO)",
        ),
        (
            "en",
            "Service review, Kigali Heights",
            "Kigali Heights",
            None,
            "service_review",
            "the service review of Kigali Heights",
        ),
        (
            "fr",
            "Suggestion, 6 November 2026",
            None,
            _NOV_6,
            "suggestion",
            "la suggestion du 6 novembre 2026",
        ),
        # Review 30, F9: the question is made of the client's name and the day, not cut
        # out of the title, where a name or a day may hold ", " too.
        (
            "en",
            "Complaint, Bralirwa Ltd, Gisenyi, 6 November 2026",
            "Bralirwa Ltd, Gisenyi",
            _NOV_6,
            "complaint",
            "the complaint of 6 November 2026 from Bralirwa Ltd, Gisenyi",
        ),
        (
            "en",
            "Complaint, Bralirwa Ltd, Gisenyi, November 6, 2026",
            "Bralirwa Ltd, Gisenyi",
            _NOV_6,
            "complaint",
            "the complaint of 6 November 2026 from Bralirwa Ltd, Gisenyi",
        ),
        (
            "en",
            "Compliment, Bralirwa Ltd, Gisenyi",
            "Bralirwa Ltd, Gisenyi",
            None,
            "compliment",
            "the compliment of Bralirwa Ltd, Gisenyi",
        ),
    ],
)
def test_a_feedback_is_named_in_a_question_by_kind_client_and_day(
    qapp, language, title, client, day, kind, named
):
    """eye30r, 10: "Mark Complaint, Burera Motors Ltd, 6 November 2026 as resolved?"."""
    import uuid

    from PySide6.QtCore import QLocale

    from dicel_desktop.gui import translations
    from dicel_desktop.gui.records.titles import in_question
    from dicel_desktop.services.records import Record

    before = QLocale()
    translations.install_translators(language)
    try:
        values = {"feedback_type": kind, "feedback_date": day}
        names = {"client_id": client} if client else {}
        record = Record("customer_feedback", uuid.uuid4(), values, names=names, name=title)
        assert in_question(record) == named
    finally:
        translations.install_translators("en")
        QLocale.setDefault(before)


def test_a_shift_is_named_in_a_question_by_its_guard_place_and_start(qapp):
    """eye30s, 4: "Mark Gasabo District, Rubavu as completed?" read as if the district
    were being completed; the question names whose shift, where and when."""
    import datetime as dt
    import uuid

    from PySide6.QtCore import QLocale, QTime

    from dicel_desktop.gui.records.titles import in_question
    from dicel_desktop.services.records import Record

    start = dt.datetime(2026, 12, 4, 16, 0, tzinfo=dt.UTC)
    local = start.astimezone()
    clock = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    when = f"{local.day} {local:%B %Y}, {clock}"
    values = {"location": "Gasabo District", "shift_start": start}
    guarded = Record(
        "security_assignments",
        uuid.uuid4(),
        values,
        names={"guard_id": "Sandrine %2 Rukundo"},
        name="Gasabo District",
    )
    # A name holding "%2" stays as typed (one pass).
    assert in_question(guarded) == f"the shift of Sandrine %2 Rukundo at Gasabo District ({when})"
    alone = Record("security_assignments", uuid.uuid4(), values, name="Gasabo District")
    assert in_question(alone) == f"the shift at Gasabo District ({when})"


def test_a_french_closing_question_agrees_with_any_record(qapp, restore_language):
    """eye30r: "Clôturer la réclamation d'… ? Il ne pourra plus être rouvert." gave a
    feminine record a masculine pronoun; the question shared by every kind of record
    speaks of the record itself (« la fiche »)."""
    from PySide6.QtCore import QCoreApplication

    from dicel_desktop.gui import translations

    translations.install_translators("fr")
    for source in (
        "Close %1? It can no longer be reopened.",
        "Close %1? It can be reopened later.",
    ):
        said = QCoreApplication.translate("CaseSteps", source)
        assert said.startswith("Clôturer %1 ? La fiche ")
        assert " Il " not in said and " Elle " not in said
