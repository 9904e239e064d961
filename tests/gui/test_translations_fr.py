"""The interface in French on the demo company: nothing a person reads is left in English.

Each screen (the login window, the main window as the administrator with every tab
opened, a record form, the decision dialogs) is walked widget by widget: window titles,
labels, buttons, group boxes, tab titles, list items, menu and toolbar actions, the
header of every list, placeholder texts and tooltips. A text fails when it is one of the
English source strings of the .ts and not its French translation, or when it holds a
word only the English side uses (a string never wrapped in tr(): lupdate never saw it).
Data (names, numbers, what people typed) and proper nouns pass: the allow-list below
says why each word is there.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from helpers import WAIT_MS
from PySide6.QtCore import QEvent, QLocale, QModelIndex, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QTabBar,
    QTableView,
    QTreeView,
    QTreeWidget,
    QWidget,
)
from sqlalchemy import text

from dicel_desktop.db.engine import make_engine
from dicel_desktop.demo import DEMO_PASSWORD, demo_users
from dicel_desktop.gui.translations import I18N_DIR, install_translators
from dicel_desktop.services.auth import login

#: Words that read the same in French, or are names: each with its reason.
ALLOWED_WORDS = {
    "dicel",  # the company's and the program's name
    "erp",
    "desktop",  # part of the product's name, "DICEL Desktop"
    "rwf",  # the currency code
    "momo",  # MTN MoMo, Airtel Money: the networks' own names
    "mtn",
    "airtel",
    "money",
    "json",  # names of formats
    "pdf",
    "csv",
    "excel",
    "png",
    "rssb",  # Rwanda Social Security Board, an institution's name
    "cbhi",
    "ctrl",  # key names as Qt writes them
    "shift",
    "alt",
    "esc",
}


def _norm(text: str) -> str:
    """A text as it reads: no mnemonic marks, no HTML, single spaces."""
    text = re.sub(r"<[^>]+>", " ", text)
    text = re.sub(r"&(?!&)", "", text).replace("&&", "&")
    return " ".join(text.split()).strip(" :*…")


def _words(text: str) -> set[str]:
    # Whole words only: not the parts of an address, a file name or a code.
    pattern = r"(?<![\w./:@-])[A-Za-z\u00c0-\u00ff\u2019']{3,}(?![\w./:@-])"
    return {w.casefold() for w in re.findall(pattern, text)}


class French:
    """What the French .ts says: its sources, its translations, and the words only the
    English side has."""

    def __init__(self) -> None:
        sources: set[str] = set()
        translations: set[str] = set()
        for message in ET.parse(I18N_DIR / "dicel_fr.ts").getroot().iter("message"):
            source = message.findtext("source") or ""
            if re.search(r"%\d|\{\w*\}|%n", source):
                continue  # a template: the screen shows it filled in
            sources.add(_norm(source))
            node = message.find("translation")
            forms = [f.text or "" for f in node.iter("numerusform")] or [node.text or ""]
            translations.update(_norm(f) for f in forms)
        self.untranslated = sources - translations
        english = set().union(*(_words(s) for s in sources))
        french = set().union(*(_words(t) for t in translations))
        self.english_only = english - french - ALLOWED_WORDS

    def problem(self, shown: str) -> str | None:
        text = _norm(shown)
        if not text:
            return None
        if text in self.untranslated:
            return "an English source string"
        english = sorted(_words(text) & self.english_only)
        return f"English words {english}" if english else None


def _holds_data(combo: QComboBox) -> bool:
    """A chooser whose items are values from the database, not words of the program."""
    from dicel_desktop.gui.charts.risk_heatmap import RiskHeatmap

    parent = combo.parent()
    # The heatmap's categories are the risk_category values people typed.
    return isinstance(parent, RiskHeatmap) and combo is parent.category_box


def visible_texts(top: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a person reads in ``top`` and its menus."""
    yield f"{type(top).__name__} window title", top.windowTitle()
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisibleTo(top) and widget is not top:
            continue
        where = f"{type(widget).__name__} {widget.objectName() or ''}".strip()
        if widget.toolTip():
            yield f"{where} tooltip", widget.toolTip()
        if (
            isinstance(widget, QLabel)
            and not (widget.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse)
        ) or isinstance(
            widget, QAbstractButton
        ):  # selectable labels hold values (data), not words of the program
            yield where, widget.text()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QLineEdit):
            yield f"{where} placeholder", widget.placeholderText()
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield f"{where} tab", widget.tabText(i)
        elif isinstance(widget, QListWidget):
            for i in range(widget.count()):
                yield f"{where} item", widget.item(i).text()
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            for i in range(1 if _holds_data(widget) else widget.count()):
                yield f"{where} item", widget.itemText(i)
        if isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            for c in range(header.columnCount()):
                yield f"{where} header", header.text(c)
        elif isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
            model = widget.model()
            for c in range(model.columnCount(QModelIndex())):
                yield f"{where} header", str(model.headerData(c, Qt.Orientation.Horizontal) or "")
    if isinstance(top, QMainWindow):
        for menu_action in top.menuBar().actions():
            yield "menu", menu_action.text()
            for action in menu_action.menu().actions():
                yield f"menu {_norm(menu_action.text())}", action.text()
                yield f"menu {_norm(menu_action.text())} status tip", action.statusTip()


def untranslated(top: QWidget, french: French) -> list[str]:
    found = []
    for where, shown in visible_texts(top):
        problem = french.problem(shown)
        if problem:
            found.append(f"{where}: {shown!r} ({problem})")
    return sorted(set(found))


def assert_french(top: QWidget, french: French) -> None:
    found = untranslated(top, french)
    assert not found, (
        "Left in English (wrap it in tr(), then scripts/update-translations.sh):\n"
        + ("\n".join(found))
    )


@pytest.fixture(scope="module")
def french_ts() -> French:
    return French()


@pytest.fixture
def in_french(qapp):
    """The program speaks French (its translators and fr_RW numbers) for one test."""
    before = QLocale()
    install_translators("fr")
    yield
    install_translators("en")
    QLocale.setDefault(before)


@pytest.fixture(scope="module")
def admin_email(demo_dsn: str) -> str:
    engine = make_engine(demo_dsn)
    try:
        with engine.connect() as conn:
            return next(u.email for u in demo_users(conn) if u.role == "admin")
    finally:
        engine.dispose()


@pytest.fixture
def main_window(qtbot, demo_dsn, admin_email, tmp_path, in_french):
    from dicel_desktop.gui.main_window import MainWindow

    parts = urlsplit(demo_dsn)
    logged_in = login(
        parts.hostname, parts.port, parts.path.lstrip("/"), admin_email, DEMO_PASSWORD
    )
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(logged_in, settings=settings)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.records.close_all(discard=True)
    window.close()


def test_the_french_ts_has_no_english_left_in_the_tested_screens_own_words(french_ts):
    """The check itself can fail: an English source string is caught, its French passes."""
    assert french_ts.problem("&Refresh") == "an English source string"
    assert french_ts.problem("&Actualiser") is None
    assert french_ts.problem("Jean Mugabo · 12 345,00 RWF") is None


def test_a_date_box_asks_for_jj_mm_aaaa_in_french_and_still_reads_the_date(qtbot, in_french):
    import datetime as dt

    from dicel_desktop.gui.editors import make_editor
    from dicel_desktop.services.forms import table_fields

    def editor(table: str, column: str):
        field = table_fields(table)[column]
        made = make_editor(field, locale=QLocale("fr_RW"), reference_editor=None)
        qtbot.addWidget(made)
        return made

    day = editor("contracts", "start_date")
    moment = editor("security_incidents", "incident_date")
    assert day.line.placeholderText() == "jj/mm/aaaa"  # not Qt's "dd/MM/yyyy"
    assert moment.line.placeholderText() == "jj/mm/aaaa hh:mm"
    qtbot.keyClicks(moment.line, "04/12/2026 09:30")
    assert moment.value().replace(tzinfo=None) == dt.datetime(2026, 12, 4, 9, 30)


def test_a_list_words_common_codes_in_french(qtbot, main_window):
    grid = main_window.show_tab("Finance").show_table("financial_accounts")
    qtbot.waitUntil(lambda: grid.model.rowCount() > 0 and not grid.model.is_loading)
    section = grid.model.columns.index(grid.spec.column("account_type"))
    shown = {grid.model.row_cells(r)[section] for r in range(grid.model.rowCount())}
    assert shown and shown <= {"Banque", "Espèces", "Mobile money", "Épargne"}, shown


def test_a_lists_yes_and_no_read_in_french(in_french):
    """A patrol route's "Actif" column said "Yes" and "No" in a French list."""
    from dicel_desktop.gui.cell_format import CellFormatter, LocaleFormats
    from dicel_desktop.services.listing import Listing, ListQuery

    listing = Listing(ListQuery("patrol_routes", ("route_name", "is_active")))
    formatter = CellFormatter(listing, LocaleFormats.from_qlocale(QLocale("fr_RW")))
    rows = [(None, None, "Perimeter", True), (None, None, "Gate", False), (None, None, "X", None)]
    assert [cells[1] for cells in formatter.format_rows(rows)] == ["Oui", "Non", ""]


def test_a_records_own_name_in_a_refusal_reads_as_its_windows_title(in_french):
    """A leave request's conflict said "Annual leave, Emmanuel Nshimiyimana, 11-13 May
    2026 a été modifié par Jean Mugabo…" under a window titled "Congé annuel, …, 11-13
    mai 2026"."""
    from dicel_desktop.domain.errors import DicelError
    from dicel_desktop.gui.error_sentences import sentence

    error = DicelError(
        "record_changed_by",
        record="Annual leave, Emmanuel Nshimiyimana, 11\N{EN DASH}13 May 2026",
        who="Jean Mugabo",
        when="10:57",
    )
    said = sentence(error)
    assert said.startswith("Congé annuel, Emmanuel Nshimiyimana, 11\N{EN DASH}13 mai 2026 "), said
    # A schema word stays a word: "this leave request" -> "cette demande de congé".
    assert "demande de congé" in sentence(DicelError("record_gone", record="leave request"))


def test_only_a_known_codes_words_are_translated_as_in_the_spreadsheet(qtbot, in_french):
    from dicel_desktop.gui.editors import make_editor
    from dicel_desktop.services.forms import table_fields

    source = make_editor(
        table_fields("leads")["source"], locale=QLocale("fr_RW"), reference_editor=None
    )
    qtbot.addWidget(source)
    source.set_value("referral")  # a common source: its word has a translation
    assert source.line.text() == "Recommandation"
    # Words that happen to be a column's label ("Status" -> "Statut") are not this
    # code's translation: an XLSX export reads "Status", and so does the form.
    source.set_value("status")
    assert source.line.text() == "Status"
    assert source.value() == "status"


def test_the_login_window_speaks_french(qtbot, in_french, french_ts, tmp_path):
    from dicel_desktop.gui.login_window import LoginWindow

    settings = QSettings(str(tmp_path / "login.ini"), QSettings.Format.IniFormat)
    window = LoginWindow(settings=settings)
    qtbot.addWidget(window)
    window.show()
    assert window.ui.loginButton.text() == "Se &connecter"
    assert_french(window, french_ts)


def test_every_tab_of_the_main_window_speaks_french(qtbot, main_window, french_ts):
    window = main_window
    assert window.tab_titles()[0] == "Mon travail"
    seen = {_norm(shown) for _where, shown in visible_texts(window)}
    assert {"Actualiser", "Fichier", "Mon travail", "Rechercher"} <= seen  # the walk reads them
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(50)
    # Each module's first list, loaded: its headers come from the translated spec.
    for tab in window.module_tabs.values():
        window.tabs.setCurrentWidget(tab)
        grid = tab.current_grid()
        if grid is not None:
            qtbot.waitUntil(lambda grid=grid: grid.model.rowCount() > 0, timeout=WAIT_MS)
        assert_french(window, french_ts)
    window.tabs.setCurrentIndex(0)
    for row in range(window.my_work.sections.count()):
        window.my_work.sections.setCurrentRow(row)
        qtbot.wait(50)
        assert_french(window, french_ts)


def test_a_record_form_speaks_french(qtbot, main_window, french_ts):
    main_window.show_tab("hr")
    records = main_window.records
    form = records.new("leave_requests", {})
    qtbot.waitUntil(lambda: form.isVisible(), timeout=WAIT_MS)
    assert_french(form, french_ts)


def test_an_audit_entry_reads_in_french_words_not_codes(qtbot, main_window, french_ts, su):
    with su.connect() as conn:
        # A change, not a sign-in: that one reads « Connexion », as the list says it.
        entry, table = conn.execute(
            text(
                "SELECT id, table_name FROM audit_logs WHERE action = 'UPDATE'"
                " AND old_values IS NOT NULL AND NOT (table_name = 'users'"
                " AND new_values - 'last_login' = '{}'::jsonb)"
                " ORDER BY table_name = 'users' DESC, table_name LIMIT 1"
            )
        ).one()
    form = main_window.records.open("audit_logs", entry)
    qtbot.waitUntil(lambda: form.record is not None and not form.is_busy, timeout=WAIT_MS)
    assert_french(form, french_ts)  # "Anciennes valeurs", not "Old values"
    editors = form.form.editors
    assert editors["action"].line.text() == "Modifié"  # not UPDATE
    from dicel_desktop.gui.translations import tr_code

    shown = tr_code("audit_logs", "table_name", table)
    assert editors["table_name"].line.text() == shown != table  # « Utilisateurs », not users
    assert editors["action"].value() == "UPDATE"  # what the record holds is unchanged
    # No code in its title: it is named by its kind, who made the change and when, the
    # month in French.
    title = form.title.text()
    assert title.startswith("Entrée du journal d\N{RIGHT SINGLE QUOTATION MARK}audit ")
    assert "UPDATE" not in title and table not in title
    english = ["January", "February", "March", "April", "May", "June", "July", "August"]
    english += ["September", "October", "November", "December"]
    assert not any(month in title for month in english)
    assert not form.form.is_dirty()


def test_a_typed_code_reads_in_french_and_french_words_give_the_code(qtbot, main_window, su):
    with su.connect() as conn:
        account = conn.execute(
            text("SELECT id FROM financial_accounts WHERE account_type = 'bank' LIMIT 1")
        ).scalar_one()
    form = main_window.records.open("financial_accounts", account)
    qtbot.waitUntil(lambda: form.record is not None and not form.is_busy, timeout=WAIT_MS)
    kind = form.form.editors["account_type"]
    assert not kind.line.isReadOnly()  # the administrator may change it
    assert kind.line.text() == "Banque"  # not "bank", and no change made by showing it
    assert not form.form.is_dirty()
    try:
        kind.line.selectAll()
        qtbot.keyClicks(kind.line, "Esp")
        # QTest types ASCII only: the accented key as a keyboard gives it.
        QApplication.sendEvent(
            kind.line, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, "è")
        )
        qtbot.keyClicks(kind.line, "ces")
        form.save()
        qtbot.waitUntil(lambda: not form.is_busy and not form.form.is_dirty(), timeout=WAIT_MS)
        with su.connect() as conn:
            stored = conn.execute(
                text("SELECT account_type FROM financial_accounts WHERE id = :id"), {"id": account}
            ).scalar_one()
        assert stored == "cash"  # the code the French words name
        assert kind.line.text() == "Espèces"
    finally:
        with su.begin() as conn:
            conn.execute(
                text("UPDATE financial_accounts SET account_type = 'bank' WHERE id = :id"),
                {"id": account},
            )


def test_the_decision_dialogs_speak_french(qtbot, main_window, french_ts, demo_dsn):
    from dicel_desktop.gui.workflows.bulk_decision_dialog import BulkDecisionDialog
    from dicel_desktop.gui.workflows.decide_purchase_order_dialog import (
        DecidePurchaseOrderDialog,
    )
    from dicel_desktop.gui.workflows.leave_decision_dialog import LeaveDecisionDialog

    inbox = main_window.my_work.inbox
    qtbot.waitUntil(lambda: inbox.model.rowCount() > 0, timeout=WAIT_MS)
    items = inbox.model.items
    kinds = {item.kind: item for item in items}
    assert "leave" in kinds, "the demo company has leave waiting for the administrator"
    worker = main_window.worker

    leave_dialog = LeaveDecisionDialog(worker, kinds["leave"].id, main_window)
    qtbot.addWidget(leave_dialog)
    leave_dialog.show()
    qtbot.waitUntil(lambda: leave_dialog.approve_button.isEnabled(), timeout=WAIT_MS)
    assert_french(leave_dialog, french_ts)

    bulk = BulkDecisionDialog.open_for(main_window, worker, items[:3], approve=True)
    assert_french(bulk, french_ts)
    bulk.reject()

    engine = make_engine(demo_dsn)
    try:
        with engine.connect() as conn:
            order_id = conn.execute(
                text("SELECT id FROM purchase_orders WHERE status = 'pending' LIMIT 1")
            ).scalar()
    finally:
        engine.dispose()
    if order_id is not None:
        order = DecidePurchaseOrderDialog.open_for(main_window, worker, order_id, approve=True)
        qtbot.waitUntil(lambda: order.facts is not None, timeout=WAIT_MS)  # the order read
        assert_french(order, french_ts)
        order.reject()


def test_the_expense_decision_dialog_speaks_french(qtbot, main_window, french_ts, demo_dsn):
    from dicel_desktop.gui.workflows.expense_decision_dialog import ExpenseDecisionDialog

    engine = make_engine(demo_dsn)
    try:
        with engine.connect() as conn:
            expense_id = conn.execute(
                text("SELECT id FROM expenses WHERE status = 'pending' LIMIT 1")
            ).scalar()
    finally:
        engine.dispose()
    assert expense_id is not None, "the demo company has an expense waiting for a decision"
    window = main_window.records.open("expenses", expense_id)
    qtbot.waitUntil(lambda: window.record is not None, timeout=WAIT_MS)
    assert_french(window, french_ts)
    dialog = ExpenseDecisionDialog.open_for(window, approve=True)
    qtbot.waitUntil(lambda: dialog.isVisible(), timeout=WAIT_MS)
    # The budget line arrives from the worker: its numbers (or a dash) then.
    qtbot.waitUntil(lambda: dialog.budget_numbers.text() != "", timeout=WAIT_MS)
    assert_french(dialog, french_ts)
    dialog.reject()


def test_a_tab_is_found_by_its_english_title_in_french_too(main_window):
    """`--tab "My work"` in a support script works whatever language the person uses."""
    assert "Mon travail" in main_window.tab_titles()
    assert main_window.show_tab("My work") is main_window.show_tab("Mon travail")
    finance = main_window.show_tab("Finance")
    assert main_window.tabs.currentWidget() is finance
    with pytest.raises(KeyError):
        main_window.show_tab("No such tab")


def test_the_servers_own_phrases_in_waiting_items_read_in_french(in_french):
    """The listing functions write "3 working days" and "Finance approval (level 2 of
    2)" in English; the inbox reads them back into the reader's words."""
    from dicel_desktop.gui.tabs.inbox_model import detail_words

    assert detail_words("3 working days") == "3 jours ouvrés"
    assert detail_words("1 working day") == "1 jour ouvré"
    assert detail_words("Finance approval (level 2 of 2)") == (
        "Approbation des finances (niveau 2 sur 2)"
    )
    assert detail_words("Department manager's approval") == "Approbation du chef de service"
    assert detail_words("Fuel · Kigali Fuel Ltd") == "Fuel · Kigali Fuel Ltd"  # data stays


def test_a_managers_own_budget_chart_is_offered_in_french(qtbot, demo_window, in_french):
    """The customer experience manager reads no budgets: their dashboard's budget figure
    adds the chart of their own department to the side list, in their language."""
    window = demo_window("olivier.hakizimana@dicel.rw")
    tab = window.show_tab("cx")
    tab.activate()
    qtbot.waitUntil(lambda: tab.dashboard.loaded, timeout=WAIT_MS)
    titles = [tab.lists.item(row).text() for row in range(tab.lists.count())]
    assert "Graphique budgétaire" in titles
    assert "Budget chart" not in titles


def test_a_posting_is_published_on_a_day_a_transaction_is_booked_on(in_french):
    """One English label, "Posted date", was translated once, as the books say it
    ("Date de comptabilisation"), and a job posting read so too."""
    from dicel_desktop.gui.translations import tr_label
    from dicel_desktop.services.columns import column_label

    posting = tr_label(column_label("job_postings", "posted_date"))
    booked = tr_label(column_label("transactions", "posted_date"))
    assert (posting, booked) == ("Date de publication", "Date de comptabilisation")


def test_the_heatmaps_axes_read_in_french(qtbot, in_french):
    """ "Almost certain" ... "Severe" stayed English on a French screen: the words came
    from services.charts, which no translation call read."""
    from dicel_desktop.gui.charts.risk_heatmap import RiskHeatmap
    from dicel_desktop.gui.worker import DbWorker

    worker = DbWorker()
    try:
        heatmap = RiskHeatmap(worker, "risk", live=False)
        qtbot.addWidget(heatmap)
        item = heatmap.plot.getPlotItem()
        left = [text for _value, text in item.getAxis("left")._tickLevels[0]]
        bottom = [text for _value, text in item.getAxis("bottom")._tickLevels[0]]
    finally:
        worker.shutdown()
    assert left == ["Rare", "Peu probable", "Possible", "Probable", "Quasi certaine"]
    assert bottom == ["Négligeable", "Mineur", "Modéré", "Majeur", "Grave"]


def test_a_contract_terminated_is_resilie_where_an_employee_has_left(qtbot, in_french):
    """One English word, "Terminated", read "Fin de contrat" for a contract too: a
    contract ended early is "Résilié". A table's own words come first (tr_choice)."""
    from dicel_desktop.gui.editors import make_editor
    from dicel_desktop.gui.records.values import FieldDisplay
    from dicel_desktop.services.forms import table_fields

    contract = table_fields("contracts")["status"]
    employee = table_fields("employees")["status"]
    display = FieldDisplay(QLocale("fr_RW"))
    assert display.text(contract, "terminated") == "Résilié"
    assert display.text(employee, "terminated") == "Fin de contrat"
    # Any other word of the table is the word's one translation.
    assert display.text(contract, "active") == display.text(employee, "active") == "Actif"
    editor = make_editor(contract, locale=QLocale("fr_RW"), reference_editor=None)
    qtbot.addWidget(editor)
    editor.set_value("terminated")
    assert editor.combo.currentText() == "Résilié"


def test_a_state_agrees_with_its_record_in_french(in_french):
    """ "Une facture payée", "une enquête clôturée", "une opportunité gagnée": a state read
    on a record whose French name is feminine agrees with it (a user-eye review found
    "Clôturé" on surveys, "Ouvert" on risk assessments, "Gagné" beside "Marquer gagnée…");
    a masculine record keeps the word's one translation."""
    from dicel_desktop.gui.records.values import FieldDisplay
    from dicel_desktop.services.forms import table_fields

    display = FieldDisplay(QLocale("fr_RW"))
    for table, column, value, word in (
        ("invoices", "status", "paid", "Payée"),
        ("customer_surveys", "status", "closed", "Clôturée"),
        ("risk_assessments", "status", "open", "Ouverte"),
        ("opportunities", "status", "won", "Gagnée"),
        ("leave_requests", "status", "approved", "Approuvée"),
        ("purchase_orders", "status", "approved", "Approuvé"),
        ("it_assets", "status", "lost", "Perdu"),
    ):
        assert display.text(table_fields(table)[column], value) == word, table


def test_the_heatmaps_summary_agrees_its_counts_in_french(qtbot, in_french):
    """ "24 évaluations : 11 faible, 9 moyen": the bands were bare adjectives after a
    number, neither plural nor agreeing with "évaluations" (feminine)."""
    from dicel_desktop.gui.charts.risk_heatmap import RiskHeatmap
    from dicel_desktop.gui.worker import DbWorker
    from dicel_desktop.services import charts

    worker = DbWorker()
    try:
        heatmap = RiskHeatmap(worker, "risk", live=False)
        qtbot.addWidget(heatmap)
        # Low: 1x1 and 2x2 (4); medium: 3x3 (9); high: 4x4 (16); critical: 5x5 (25).
        counts = {(1, 1): 10, (2, 2): 1, (3, 3): 9, (4, 4): 1, (5, 5): 0}
        heatmap.show_counts(
            charts.RiskHeatmap({k: v for k, v in counts.items() if v}, (), ("open",), None)
        )
        shown = heatmap.status.text()
    finally:
        worker.shutdown()
    assert shown == "Évaluations : 21 (11 faibles, 9 moyennes, 1 élevée, 0 critique)."


@pytest.mark.parametrize("language", ["en", "fr", "rw"])
def test_no_two_buttons_of_a_record_window_or_step_dialog_share_a_mnemonic(qapp, language):
    """Found in French: a ticket on hold offered "Rep&rendre…" beside "&Résoudre…", an
    incident "&Enquêter…" beside "&Enregistrer", a deal "Mettre en &pause…" beside
    "Marquer &perdu…": Alt and the letter pressed one of the two. Then, with the Documents
    tab open: "&Envoyer…" beside "&Enregistrer", "&Upload…" beside "S&uspend…", "&Kuramo…"
    beside "&Kemura…"; and a recovery case's "&Add…" (its documents' list) beside
    "&Assign…". For every table, state and role: the steps offered, the window's own
    buttons, and under the form either the Documents tab's buttons or a list's Add… (one
    tab shows at a time); and each step's dialog button beside the dialog's Back."""
    import uuid

    from PySide6.QtCore import QCoreApplication

    from dicel_desktop.domain.roles import Role
    from dicel_desktop.domain.tables import TABLES
    from dicel_desktop.gui.mnemonics import yielded_texts
    from dicel_desktop.gui.records.actions import _ACTIONS, actions_for, load_steps
    from dicel_desktop.gui.records.panels import _NO_DOCUMENTS
    from dicel_desktop.gui.records.step_bar import step_text
    from dicel_desktop.gui.workflows.case_step_words import _BUTTONS
    from dicel_desktop.services.forms import form_spec
    from dicel_desktop.services.records import Record

    def letter(text: str) -> str | None:
        found = re.search(r"&(.)", text.replace("&&", ""))
        return found.group(1).casefold() if found else None

    load_steps()  # every workflow's steps, as a record window registers them
    install_translators(language)
    try:
        window = [
            QCoreApplication.translate("RecordWindow", t) for t in ("&New", "&Save", "&Delete…")
        ]
        documents = [
            QCoreApplication.translate("DocumentsPanel", t)
            for t in ("&Upload…", "&Open", "Do&wnload…", "&Replace…", "Remo&ve")
        ]
        add = [QCoreApplication.translate("DetailsPanel", "&Add…")]
        clashes = []
        for table in TABLES:
            tabs = [] if table in _NO_DOCUMENTS else [documents]
            actions = _ACTIONS.get(table, [])
            states = {s for a in actions for s in (a.states or ())} or {None}
            # The window's own buttons, as the role sees them (no Delete… where it may not).
            own: dict[Role, list[str]] = {}
            for role in Role:
                spec = form_spec(table, role)
                if spec.details and add not in tabs:
                    tabs.append(add)
                shown = (spec.can_insert, spec.can_insert or spec.can_update, spec.can_delete)
                own[role] = [text for text, show in zip(window, shown, strict=True) if show]
            for column in {a.state_column for a in actions} or {"status"}:
                for state in states:
                    record = Record(table, uuid.uuid4(), {column: state})
                    for role in Role:
                        labels = [step_text(a.label) for a in actions_for(table, role, record)]
                        for tab in tabs or [[]]:
                            fixed = [*labels, *own[role]]
                            # Under the form, the mnemonics yield to the window's.
                            texts = [*fixed, *yielded_texts(tab, map(letter, fixed))]
                            letters = [letter(t) for t in texts]
                            for x in {x for x in letters if x and letters.count(x) > 1}:
                                same = [t for t in texts if letter(t) == x]
                                clashes.append((table, *same))
        back = letter(QCoreApplication.translate("CaseStepDialog", "&Back"))
        for action, text in _BUTTONS.items():
            shown = QCoreApplication.translate("CaseSteps", text)
            if letter(shown) == back:
                clashes.append(("dialog", action, shown))
    finally:
        install_translators("en")
    assert not clashes, "\n".join(str(c) for c in sorted(set(clashes)))
