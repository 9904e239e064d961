"""Record windows against real PostgreSQL, as the people of each department use them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import psycopg
import pytest
import shiboken6
from flow_steps import insert_row, take
from helpers import WAIT_MS
from logins import new_expense, new_review
from minimal_rows import minimal_row
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import text

from dicel_desktop.gui.records.conflict_dialog import Choice
from dicel_desktop.services import records
from dicel_desktop.services.forms import FieldKind


def closed(window) -> bool:
    """Closed, and perhaps already deleted by its opener."""
    return not shiboken6.isValid(window) or not window.isVisible()


def settle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.is_busy, timeout=WAIT_MS)


def answer(qtbot, window, button: QMessageBox.StandardButton) -> str:
    """Click ``button`` of the question the window asks; the question's text."""
    qtbot.waitUntil(lambda: window.question is not None, timeout=WAIT_MS)
    box = window.question
    asked = box.text()
    box.button(button).click()
    return asked


def focused_field(window) -> str | None:
    focus = QApplication.focusWidget()
    for name, editor in window.form.editors.items():
        if focus is editor or (focus is not None and editor.isAncestorOf(focus)):
            return name
    return None


def tab_to(qtbot, window, name: str) -> None:
    """Press Tab until the field ``name`` has the focus (keyboard only)."""
    for _ in range(60):
        if focused_field(window) == name:
            return
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name}; stuck on {focused_field(window)}")


def db_value(person, sql: str, **params):
    with person.session() as session:
        return session.execute(text(sql), params).scalar()


# --------------------------------------------------------------------------- creating


def test_a_clerk_creates_an_expense_with_the_keyboard_alone(qtbot, logins, desk):
    finance = logins.person("finance", department="FIN")
    window = desk(finance).new("expenses")
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.form.editors["department_id"].setFocus()  # where a clerk's Tab starts
    for name, typed in (
        ("expense_category", "Fuel"),
        ("amount", "25000"),
        ("expense_date", "2026-03-02"),
        ("vendor", "Total Kigali"),
        ("description", "Generator diesel"),
    ):
        tab_to(qtbot, window, name)
        qtbot.keyClicks(QApplication.focusWidget(), typed)
    assert window.form.is_dirty()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    record = window.record
    assert record is not None, window.message.text()
    number = record.values["expense_number"]
    assert number.startswith("EXP-") and number in window.title.text()
    assert not window.form.is_dirty()
    saved = db_value(
        finance,
        "SELECT amount FROM expenses WHERE expense_number = :n AND vendor = 'Total Kigali'",
        n=number,
    )
    assert saved == Decimal("25000.00")


def test_typing_starts_in_the_first_field_the_person_may_change(qtbot, logins, desk):
    security = logins.person("security")
    opener = desk(security)
    window = opener.new("security_incidents")  # its number comes first, generated
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    assert window.form.editors["incident_number"].is_read_only()
    assert focused_field(window) == "incident_type"
    qtbot.keyClicks(QApplication.focusWidget(), "Break-in")
    assert window.form.editors["incident_type"].value() == "Break-in"  # no key was lost
    window.discard_and_close()


def test_a_category_offers_the_values_in_use_as_it_is_typed(qtbot, logins, desk):
    finance = logins.person("finance", department="FIN")
    for category in ("Travel", "Fuel", "Fuel"):
        new_expense(finance, expense_category=category)
    window = desk(finance).new("expenses")
    category = window.form.editors["expense_category"]
    qtbot.waitUntil(lambda: category.line.completer() is not None, timeout=WAIT_MS)
    completer = category.line.completer()
    offered = completer.model()
    assert [offered.index(i, 0).data() for i in range(offered.rowCount())] == ["Fuel", "Travel"]
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    category.setFocus()
    qtbot.keyClicks(category.line, "RA")  # any part of the word, in any case
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=WAIT_MS)
    shown = popup.model()
    assert [shown.index(i, 0).data() for i in range(shown.rowCount())] == ["Travel"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert category.value() == "Travel"
    assert window.form.is_dirty()
    window.discard_and_close()


def test_a_transaction_is_chosen_a_credit_or_a_debit_and_reads_so_once_saved(qtbot, logins, desk):
    finance = logins.person("finance", department="FIN")
    opener = desk(finance)
    window = opener.new("transactions")
    kind = window.form.editors["transaction_type"]
    combo = kind.combo  # a drop-down, not a box to type "debit" into
    assert [combo.itemText(i) for i in range(combo.count())] == ["Credit", "Debit"]
    assert kind.value() is None  # nothing chosen for the clerk
    for name, value in minimal_row("transactions").items():
        if name != "transaction_type" and window.form.spec.editable(name, new=True):
            window.form.editors[name].set_value(value)
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert kind.value() == "debit"
    window.save()
    settle(qtbot, window)
    assert window.record is not None, window.message.text()
    record_id = window.record.id
    stored = "SELECT transaction_type FROM transactions WHERE id = :i"
    assert db_value(finance, stored, i=record_id) == "debit"
    again = opener.open("transactions", record_id)
    settle(qtbot, again)
    assert again.form.editors["transaction_type"].display_text() == "Debit"


def test_a_rule_broken_before_saving_is_said_beside_its_field_and_nothing_is_saved(
    qtbot, logins, desk
):
    risk = logins.person("risk")
    window = desk(risk).new("risk_assessments")
    form = window.form
    form.editors["risk_category"].set_value("Fraud")
    form.editors["risk_description"].set_value("Cash handled by one person")
    form.editors["likelihood"].set_value(7)
    form.editors["impact"].set_value(3)
    window.save()
    assert form.error_text("likelihood") == "Likelihood must be between 1 and 5."
    assert form.error_labels["likelihood"].isVisible()
    assert "Nothing was saved" in window.message.text()
    assert window.record is None
    assert db_value(risk, "SELECT count(*) FROM risk_assessments") == 0
    # What was typed is all still there.
    assert form.editors["risk_description"].value() == "Cash handled by one person"


def test_a_refusal_of_the_database_lands_on_its_field_and_keeps_what_was_typed(qtbot, logins, desk):
    admin = logins.person("admin")
    logins.department("OPS")
    window = desk(admin).new("departments")
    window.form.editors["name"].set_value("Operations bis")
    window.form.editors["code"].set_value("OPS")
    window.save()
    settle(qtbot, window)
    assert window.record is None
    assert "OPS" in window.form.error_text("code")
    assert "Department OPS" in window.form.error_text("code")
    assert window.form.editors["name"].value() == "Operations bis"


def test_the_generated_total_of_a_line_follows_its_inputs_as_they_are_typed(qtbot, logins, desk):
    finance = logins.person("finance")
    window = desk(finance).new("invoice_items")
    editors = window.form.editors
    editors["quantity"].set_value(Decimal("3"))
    editors["unit_price"].setFocus()
    qtbot.keyClicks(editors["unit_price"].focusProxy() or editors["unit_price"], "1500")
    assert editors["total_price"].value() == Decimal("4500.00")
    assert editors["total_price"].is_read_only()


# --------------------------------------------------------------------------- no lost edits


def _open(qtbot, opener, table, record_id):
    window = opener.open(table, record_id)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.panels_ready, timeout=WAIT_MS)
    return window


@pytest.mark.parametrize("choice", [Choice.MINE, Choice.THEIRS])
def test_two_people_saving_one_record_get_the_conflict_dialog_and_lose_nothing(
    qtbot, logins, desk, choice
):
    aline = logins.person("finance", first_name="Aline")
    jean = logins.person("finance", first_name="Jean")
    expense = new_expense(aline, vendor="Kobil")
    hers = _open(qtbot, desk(aline), "expenses", expense.id)
    his = _open(qtbot, desk(jean), "expenses", expense.id)

    his.form.editors["vendor"].set_value("SP Kigali")
    his.save()
    settle(qtbot, his)
    assert his.record.values["vendor"] == "SP Kigali"

    hers.form.editors["vendor"].set_value("Engen")
    hers.form.editors["vendor"].edited.emit()
    hers.save()
    qtbot.waitUntil(lambda: hers.conflict_dialog is not None, timeout=WAIT_MS)
    dialog = hers.conflict_dialog
    assert "changed by Jean Tester at " in dialog.intro.text()
    assert dialog.differences == ["vendor"]
    assert [dialog.table.item(0, c).text() for c in range(3)] == ["Vendor", "SP Kigali", "Engen"]
    (dialog.keep_mine if choice is Choice.MINE else dialog.take_theirs).click()
    settle(qtbot, hers)
    stored = db_value(aline, "SELECT vendor FROM expenses WHERE id = :i", i=expense.id)
    if choice is Choice.MINE:
        assert stored == "Engen" and hers.record.values["vendor"] == "Engen"
    else:
        assert stored == "SP Kigali"
        assert hers.form.editors["vendor"].value() == "SP Kigali"
        assert not hers.form.is_dirty()


def test_a_record_deleted_meanwhile_can_be_kept_as_a_new_one(qtbot, logins, desk):
    admin = logins.person("admin")
    with admin.session() as session:
        setting = records.create_record(
            session,
            "system_settings",
            admin.role,
            {
                "setting_key": "pos.receipt_footer",
                "setting_value": "Murakoze",
                "setting_type": "string",
            },
        )
    window = _open(qtbot, desk(admin), "system_settings", setting.id)
    with admin.session() as session:
        records.delete_record(session, "system_settings", admin.role, setting.id, setting.version)
    window.form.editors["description"].set_value("Printed under every receipt")
    window.form.editors["description"].edited.emit()
    window.save()
    settle(qtbot, window)
    asked = answer(qtbot, window, QMessageBox.StandardButton.Yes)
    assert "no longer exists" in asked and "new system setting" in asked
    assert window.form.is_new
    assert window.form.editors["setting_value"].value() == "Murakoze"
    window.save()
    settle(qtbot, window)
    assert window.record is not None and window.record.id != setting.id
    assert window.record.values["description"] == "Printed under every receipt"


def test_closing_with_unsaved_changes_asks_first(qtbot, logins, desk):
    finance = logins.person("finance")
    expense = new_expense(finance)
    window = _open(qtbot, desk(finance), "expenses", expense.id)
    window.form.editors["vendor"].set_value("Changed")
    window.form.editors["vendor"].edited.emit()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    asked = answer(qtbot, window, QMessageBox.StandardButton.Cancel)
    assert expense.values["expense_number"] in asked
    assert window.isVisible()
    window.reject()
    answer(qtbot, window, QMessageBox.StandardButton.Discard)
    qtbot.waitUntil(lambda: closed(window), timeout=WAIT_MS)
    assert db_value(finance, "SELECT vendor FROM expenses WHERE id = :i", i=expense.id) is None


# --------------------------------------------------------------------------- rights


def test_a_role_that_may_only_read_gets_a_read_only_form(qtbot, logins, desk):
    finance = logins.person("finance")
    compliance = logins.person("compliance")
    expense = new_expense(finance, vendor="Kobil")
    window = _open(qtbot, desk(compliance), "expenses", expense.id)
    assert not window.save_button.isVisible() and not window.new_button.isVisible()
    assert not window.delete_button.isVisible()
    assert "cannot change" in window.subtitle.text()
    assert all(editor.is_read_only() for editor in window.form.editors.values())
    assert window.form.editors["vendor"].value() == "Kobil"


def test_delete_asks_with_the_records_name_and_removes_it(qtbot, logins, desk):
    admin = logins.person("admin")
    with admin.session() as session:
        setting = records.create_record(
            session,
            "system_settings",
            admin.role,
            {"setting_key": "old.flag", "setting_value": "1", "setting_type": "number"},
        )
    window = _open(qtbot, desk(admin), "system_settings", setting.id)
    assert window.delete_button.isVisible()
    window.delete_button.click()
    asked = answer(qtbot, window, QMessageBox.StandardButton.Yes)
    assert "old.flag" in asked and "cannot be undone" in asked
    qtbot.waitUntil(lambda: closed(window), timeout=WAIT_MS)
    assert db_value(admin, "SELECT count(*) FROM system_settings WHERE id = :i", i=setting.id) == 0


def test_a_leave_request_is_titled_as_people_call_it(qtbot, logins, desk):
    hr = logins.person("hr")
    eric = logins.person("employee", first_name="Eric", last_name="Habimana")
    with logins.superuser().begin() as conn:  # dates no one may file any more, maybe
        leave = conn.scalar(
            text(
                "INSERT INTO leave_requests (employee_id, leave_type, start_date, end_date,"
                " days_requested) VALUES (:e, 'annual', '2027-03-03', '2027-03-07', 3)"
                " RETURNING id"
            ),
            {"e": eric.employee_id},
        )
    name = "Annual leave, Eric Habimana, 3\N{EN DASH}7 March 2027"
    for person in (eric, hr):
        window = _open(qtbot, desk(person), "leave_requests", leave)
        assert window.title.text() == name, person.role
        assert window.windowTitle() == f"{name} \N{EM DASH} DICEL"


def test_no_delete_where_the_permission_table_allows_none(qtbot, logins, desk):
    finance = logins.person("finance")
    window = _open(qtbot, desk(finance), "expenses", new_expense(finance).id)
    assert not window.delete_button.isVisible()


# --------------------------------------------------------------------------- master and detail


def test_an_invoice_with_its_lines(qtbot, logins, desk):
    finance = logins.person("finance")
    opener = desk(finance)
    with finance.session() as session:
        invoice = records.create_record(
            session,
            "invoices",
            finance.role,
            {"invoice_date": dt.date(2026, 3, 1), "due_date": dt.date(2026, 3, 31)},
        )
    window = _open(qtbot, opener, "invoices", invoice.id)
    assert window.panels.tabText(0) == "Lines"
    lines = window.panels.widget(0)
    lines.add_button.click()
    line = opener.new_windows[-1]
    invoice_field = line.form.editors["invoice_id"]
    assert invoice_field.value() == invoice.id and invoice_field.is_read_only()
    line.form.editors["description"].set_value("Guarding, March")
    line.form.editors["quantity"].set_value(Decimal("2"))
    line.form.editors["unit_price"].set_value(Decimal("750000"))
    line.save()
    settle(qtbot, line)
    assert line.record is not None, line.message.text()
    assert line.record.values["total_price"] == Decimal("1500000.00")
    qtbot.waitUntil(lambda: lines.grid.model.rowCount() == 1, timeout=WAIT_MS)
    # The database keeps the invoice's totals (migration 0014): its window shows them.
    qtbot.waitUntil(
        lambda: window.record.values["total_amount"] == Decimal("1770000.00"), timeout=WAIT_MS
    )
    assert window.form.editors["subtotal"].value() == Decimal("1500000.00")


def test_a_new_master_says_to_save_it_before_adding_lines(qtbot, logins, desk):
    finance = logins.person("finance")
    window = desk(finance).new("invoices")
    note = window.panels.widget(0)
    assert note.grid is None
    assert window.panels.tabText(0) == "Lines"


# --------------------------------------------------------------------------- every department


#: One table per department, written by that department's role.
DEPARTMENT_TABLES = [
    ("hr", "candidates"),
    ("finance", "budgets"),
    ("it", "it_assets"),
    ("security", "patrol_routes"),
    ("inventory", "suppliers"),
    ("client", "clients"),
    ("sales", "leads"),
    ("cx", "customer_feedback"),
    ("risk", "risk_assessments"),
    ("recovery", "recovery_cases"),
    ("compliance", "compliance_policies"),
    ("admin", "departments"),
]


def _first_text_field(form) -> str:
    """A free-text field the role may correct (not an e-mail or a phone number)."""
    for name, field in form.spec.fields.items():
        if (
            field.kind in (FieldKind.TEXT, FieldKind.MULTILINE)
            and form.spec.editable(name, new=False)
            and (field.max_length is None or field.max_length >= 25)
            and not any(word in name for word in ("email", "phone", "url"))
        ):
            return name
    raise AssertionError(f"no free text to correct in {form.spec.table}")


@pytest.mark.parametrize(("role", "table"), DEPARTMENT_TABLES)
def test_each_department_creates_corrects_and_deletes_its_records(qtbot, logins, desk, role, table):
    person = logins.person(role)
    opener = desk(person)
    window = opener.new(table)
    form = window.form
    for name, value in minimal_row(table).items():
        if form.spec.editable(name, new=True):
            form.editors[name].set_value(value)
    window.save()
    settle(qtbot, window)
    assert window.record is not None, window.message.text()
    record_id = window.record.id

    name = _first_text_field(form)
    form.editors[name].set_value("Corrected by the form")
    form.editors[name].edited.emit()
    window.save()
    settle(qtbot, window)
    assert window.record.values[name] == "Corrected by the form", window.message.text()
    stored = db_value(person, f"SELECT {name} FROM {table} WHERE id = :i", i=record_id)
    assert stored == "Corrected by the form"

    if window.spec.can_delete:
        window.delete_button.click()
        answer(qtbot, window, QMessageBox.StandardButton.Yes)
        qtbot.waitUntil(lambda: closed(window), timeout=WAIT_MS)
        gone = db_value(person, f"SELECT count(*) FROM {table} WHERE id = :i", i=record_id)
        assert gone == 0


# --------------------------------------------------------------------------- history and state


def _history_rows(qtbot, window) -> list[tuple[str, str, str]]:
    index = next(i for i in range(window.panels.count()) if window.panels.tabText(i) == "History")
    window.panels.setCurrentIndex(index)
    panel = window.panels.widget(index)
    qtbot.waitUntil(lambda: bool(panel.entries), timeout=WAIT_MS)
    rows = []
    for i in range(panel.tree.topLevelItemCount()):
        top = panel.tree.topLevelItem(i)
        for j in range(top.childCount()):
            child = top.child(j)
            rows.append((child.text(0), child.text(1), child.text(2)))
    return rows


def test_history_shows_an_edit_without_the_columns_the_viewer_may_not_read(qtbot, logins, desk):
    hr = logins.person("hr", first_name="Grace")
    boss = logins.person("employee", first_name="Jean", last_name="Mugabo")
    clerk = logins.person("employee", first_name="Alice")
    with hr.session() as session:
        record = records.load_record(session, "employees", hr.role, clerk.employee_id)
        records.save_record(
            session,
            "employees",
            hr.role,
            clerk.employee_id,
            record.version,
            {
                "salary": Decimal("650000"),
                "position": "Senior clerk",
                "supervisor_id": boss.employee_id,
            },
        )
    seen_by_hr = _history_rows(qtbot, _open(qtbot, desk(hr), "employees", clerk.employee_id))
    salary = next((before, after) for label, before, after in seen_by_hr if label == "Salary")
    assert "500" in salary[0] and "650" in salary[1] and salary[1].endswith("RWF")
    assert any(label == "Supervisor" and "Jean Mugabo" in after for label, _, after in seen_by_hr)

    seen_by_boss = _history_rows(qtbot, _open(qtbot, desk(boss), "employees", clerk.employee_id))
    assert ("Position", "Clerk", "Senior clerk") in seen_by_boss
    assert not any(label == "Salary" for label, _, _ in seen_by_boss)
    assert all("650" not in before + after for _, before, after in seen_by_boss)


def test_a_decided_record_shows_its_frozen_fields_read_only(qtbot, logins, desk, db_dsn):
    finance = logins.person("finance")
    expense = new_expense(finance, vendor="Kobil", description="Fuel for the generator")
    with psycopg.connect(db_dsn, autocommit=True) as superuser:  # as a workflow would
        superuser.execute("UPDATE expenses SET status = 'approved' WHERE id = %s", (expense.id,))
    window = _open(qtbot, desk(finance), "expenses", expense.id)
    editors = window.form.editors
    assert editors["amount"].is_read_only() and editors["vendor"].is_read_only()
    # The receipt it was decided on stays linked (migration 0040).
    assert editors["receipt_url"].is_read_only()
    # Its description too, since migration 0060: approvals decide on it (DW005).
    assert editors["description"].is_read_only()
    assert "can no longer change" in window.subtitle.text()
    # The frozen fields as the form lists them, in words: no alphabet, no bare list.
    frozen = [n for n in window.form.spec.fields if n in window.form.frozen_fields()]
    assert frozen.index("expense_category") < frozen.index("amount")
    assert window.subtitle.text() == (
        "This expense is approved: department, expense category,"
        " amount, currency, description, vendor, expense date and receipt can no longer"
        " change."
    )
    # Nothing of it is left to change: nothing to save.
    assert not window.save_button.isEnabled()


def test_text_a_step_required_shows_read_only_once_the_step_is_taken(qtbot, logins, desk):
    """Migration 0065's locks, as the record window shows them: a completed audit's
    findings, a resolved incident's actions taken, a launched survey's questions; a
    posting's publication date is its publish step's in every state."""
    auditor, guard, cx, hr = (logins.person(r) for r in ("compliance", "security", "cx", "hr"))
    audit = insert_row(auditor, "compliance_audits", audit_type="Internal", findings="Gaps.")
    take(auditor, "compliance_audits", "start", audit)
    take(auditor, "compliance_audits", "complete", audit)
    incident = insert_row(
        guard,
        "security_incidents",
        incident_type="Intrusion",
        location="Gate B",
        reported_date=dt.datetime.now(dt.UTC),
        incident_date=dt.datetime.now(dt.UTC) - dt.timedelta(hours=1),
        description="Fence cut.",
        actions_taken="Fence repaired.",
    )
    take(guard, "security_incidents", "resolve", incident)
    survey = insert_row(cx, "customer_surveys", survey_name="Guard service quality")
    take(cx, "customer_surveys", "launch", survey)
    posting = insert_row(hr, "job_postings", title="Guard", description="Night shifts.")
    for person, table, record, frozen, free in (
        (auditor, "compliance_audits", audit, "findings", "audit_scope"),
        (guard, "security_incidents", incident, "actions_taken", "location"),
        (cx, "customer_surveys", survey, "questions", "description"),
        (hr, "job_postings", posting, "posted_date", "closing_date"),
    ):
        editors = _open(qtbot, desk(person), table, record).form.editors
        assert editors[frozen].is_read_only(), table
        assert not editors[free].is_read_only(), table


def test_a_budget_with_spending_shows_what_it_is_read_only(qtbot, logins, desk, db_dsn):
    """Its department, category and year stay where its spending was charged (migration
    0047); its allocation may still be revised."""
    finance = logins.person("finance")
    with finance.engine.begin() as conn:
        line = conn.scalar(
            text(
                "INSERT INTO budgets (department_id, fiscal_year, budget_category,"
                " allocated_amount) VALUES (NULL, 2026, 'Fuel', 100000) RETURNING id"
            )
        )
    with psycopg.connect(db_dsn, autocommit=True) as superuser:  # as an approval would
        superuser.execute("UPDATE budgets SET spent_amount = 25000 WHERE id = %s", (line,))
    window = _open(qtbot, desk(finance), "budgets", line)
    editors = window.form.editors
    assert editors["fiscal_year"].is_read_only() and editors["budget_category"].is_read_only()
    assert editors["department_id"].is_read_only()
    assert not editors["allocated_amount"].is_read_only()
    assert window.subtitle.text().startswith("Expenses are charged to it: ")


def test_a_review_whose_lock_froze_every_field_offers_no_save(qtbot, logins, desk, db_dsn):
    """A user-eye review found a submitted performance review with every field read
    only, yet Save the enabled default button: nothing could be saved."""
    hr, clerk = logins.person("hr"), logins.person("employee")
    review = new_review(hr, clerk)
    draft = _open(qtbot, desk(hr), "performance_reviews", review)
    assert draft.save_button.isEnabled()
    with psycopg.connect(db_dsn, autocommit=True) as superuser:  # as a workflow would
        superuser.execute(
            "UPDATE performance_reviews SET status = 'submitted' WHERE id = %s", (review,)
        )
    window = _open(qtbot, desk(hr), "performance_reviews", review)
    assert all(editor.is_read_only() for editor in window.form.editors.values())
    assert not window.save_button.isEnabled()
    # Ctrl+S does nothing either: no "Nothing to save" message, no work on the worker.
    window.save()
    assert not window.is_busy and window.message.text() == ""


def test_a_posted_transaction_shows_its_reference_read_only(qtbot, logins, desk, db_dsn):
    """A payment names the invoice it pays: once posted, its reference stays (migration
    0040), as its amount and account do; and its words, a reversal's reason as the books
    record it (migration 0077): nothing is left to change."""
    finance = logins.person("finance", department="FIN")
    window = desk(finance).new("transactions")
    for name, value in minimal_row("transactions").items():
        if window.form.spec.editable(name, new=True):
            window.form.editors[name].set_value(value)
    window.form.editors["reference_number"].set_value("CASH-0001")
    window.save()
    settle(qtbot, window)
    assert window.record is not None, window.message.text()
    with psycopg.connect(db_dsn, autocommit=True) as superuser:  # as a workflow would
        superuser.execute(
            "UPDATE transactions SET status = 'posted' WHERE id = %s", (window.record.id,)
        )
    posted = _open(qtbot, desk(finance), "transactions", window.record.id)
    editors = posted.form.editors
    assert editors["reference_number"].is_read_only() and editors["amount"].is_read_only()
    assert editors["description"].is_read_only()
    assert not posted.save_button.isEnabled()


def test_a_new_record_shows_the_state_it_will_start_in_and_never_sends_it(qtbot, logins, desk):
    finance = logins.person("finance")
    window = desk(finance).new("expenses")
    status = window.form.editors["status"]
    assert status.value() == "pending" and status.is_read_only()
    values, _errors = window.form.writable_values()
    assert "status" not in values and "expense_number" not in values
    assert [window.panels.tabText(i) for i in range(window.panels.count())] == []


def test_an_empty_field_nobody_types_in_says_who_fills_it(qtbot, logins, desk):
    # A user-eye review found HR's new employee with an empty grey "Name" and no word
    # of why: an employee's name is their login's, which IT makes.
    from PySide6.QtWidgets import QLineEdit

    def note(window, name):
        editor = window.form.editors[name]
        assert editor.is_read_only() and editor.value() is None
        return editor.findChild(QLineEdit).placeholderText()

    hr = logins.person("hr")
    window = desk(hr).new("employees")
    assert note(window, "user_id") == "Filled in when IT makes this employee's login"
    assert note(window, "employee_number") == "Given when saved"
    assert note(window, "created_at") == "Given when saved"
    # Typed in: no note in the way ("Type to search", the date's format).
    assert window.form.editors["department_id"].findChild(QLineEdit).placeholderText() == (
        "Type to search"
    )
    # An approver is set by a decision, not at the save: it says when, not that it will.
    expense = desk(logins.person("finance")).new("expenses")
    assert note(expense, "expense_number") == "Given when saved"
    assert note(expense, "approved_by") == "Set when decided"


# --------------------------------------------------------------------------- refusals


@pytest.mark.parametrize("language", ["English", "French"])
def test_refusals_of_the_database_land_on_their_fields_in_the_same_words_in_any_language(
    qtbot, logins, desk, db_dsn, language
):
    """What the form cannot check itself, the database refuses; the sentence is made
    from the SQLSTATE and the constraint, so a French server gives the same one."""
    from french import database_speaks_french

    if language == "French":
        database_speaks_french(db_dsn)
    admin = logins.person("admin")
    logins.department("OPS")
    opener = desk(admin)

    # UNIQUE: a department code already used, named with its holder.
    window = opener.new("departments")
    window.form.editors["name"].set_value("Operations bis")
    window.form.editors["code"].set_value("OPS")
    window.save()
    settle(qtbot, window)
    assert window.form.error_text("code") == "Code OPS is already used by “Department OPS”."

    # A CHECK the form does not read (an employee as their own supervisor).
    hr = logins.person("hr")
    clerk = logins.person("employee")
    employee = _open(qtbot, desk(hr), "employees", clerk.employee_id)
    employee.form.editors["supervisor_id"].set_value(clerk.employee_id, "Themself")
    employee.form.editors["supervisor_id"].edited.emit()
    employee.save()
    settle(qtbot, employee)
    assert employee.form.error_text("supervisor_id") == (
        "An employee cannot be their own supervisor."
    )
    # The typed value is still there to correct.
    assert employee.form.editors["supervisor_id"].value() == clerk.employee_id


def test_a_workflow_step_is_offered_in_its_states_to_the_roles_that_may_call_it(
    qtbot, logins, desk, monkeypatch
):
    from dicel_desktop.gui.records import actions

    # The workflows register theirs first (a window would), so only these two are offered.
    actions.load_steps()
    monkeypatch.setattr(actions, "_ACTIONS", {})
    taken = []

    def take(window) -> None:
        taken.append(window.record.id)
        window.reload()

    # dicel_record_history: everyone may call it; dicel_change_role: admin only.
    actions.register(
        "expenses",
        actions.RecordAction("&Check", "dicel_record_history", take, frozenset({"pending"})),
    )
    actions.register(
        "expenses", actions.RecordAction("&Admin only", "dicel_change_role", take, None)
    )
    finance = logins.person("finance")
    expense = new_expense(finance)
    window = _open(qtbot, desk(finance), "expenses", expense.id)
    assert [b.text() for b in window.step_buttons] == ["&Check"]
    window.step_buttons[0].click()
    settle(qtbot, window)
    assert taken == [expense.id] and window.record.id == expense.id

    with psycopg.connect(logins.db_dsn, autocommit=True) as superuser:
        superuser.execute("UPDATE expenses SET status = 'approved' WHERE id = %s", (expense.id,))
    window.reload()
    settle(qtbot, window)
    assert window.step_buttons == []  # no longer pending: no step to take


def test_a_budget_a_patrol_and_a_review_are_titled_by_what_they_are_of(qtbot, logins, desk):
    """A user-eye review: windows titled "Budget Rent", "Patrol log" and "Performance
    review" said nothing of which line, which patrol, whose review."""
    finance = logins.person("finance")
    security = logins.person("security")
    hr = logins.person("hr")
    josiane = logins.person("employee", first_name="Josiane", last_name="Murekatete")
    guard = logins.person("security", first_name="Jean", last_name="Mugabo")
    with logins.superuser().begin() as conn:
        budget = conn.scalar(
            text(
                "INSERT INTO budgets (department_id, fiscal_year, budget_category,"
                " allocated_amount) VALUES (:d, 2026, 'Rent', 1000000) RETURNING id"
            ),
            {"d": logins.department("FIN")},
        )
        conn.execute(
            text("UPDATE departments SET name = 'Finance' WHERE code = 'FIN'"),
        )
        route = conn.scalar(
            text("INSERT INTO patrol_routes (route_name) VALUES ('Main gate') RETURNING id")
        )
        guard_id = conn.scalar(
            text("INSERT INTO security_guards (user_id) VALUES (:u) RETURNING id"),
            {"u": guard.user_id},
        )
        patrol = conn.scalar(
            text(
                "INSERT INTO patrol_logs (guard_id, route_id, start_time, status)"
                " VALUES (:g, :r, '2026-12-04 08:00', 'completed') RETURNING id"
            ),
            {"g": guard_id, "r": route},
        )
    review = new_review(hr, josiane)
    with hr.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE performance_reviews SET review_period_start = '2026-01-01',"
                " review_period_end = '2026-06-30' WHERE id = :r"
            ),
            {"r": review},
        )
    for person, table, record, title in [
        (finance, "budgets", budget, "Budget Finance, Rent, 2026"),
        (security, "patrol_logs", patrol, "Patrol log Main gate, Jean Mugabo, 4 December 2026"),
        (
            hr,
            "performance_reviews",
            review,
            "Performance review Josiane Murekatete, 1 January \N{EN DASH} 30 June 2026",
        ),
    ]:
        window = _open(qtbot, desk(person), table, record)
        assert window.title.text() == title, table
        assert window.windowTitle() == f"{title} \N{EM DASH} DICEL"


def test_a_numbered_record_is_titled_by_its_number_and_what_it_is_called(qtbot, logins, desk):
    """A user-eye review: "Item ITEM-000017" and "Guard GRD-000008" named nothing a person
    remembers; the window says the item's name and the employee's person as well."""
    inventory = logins.person("inventory")
    hr = logins.person("hr")
    josiane = logins.person("employee", first_name="Josiane", last_name="Murekatete")
    with logins.superuser().begin() as conn:
        item, code = conn.execute(
            text(
                "INSERT INTO inventory_items (item_name, category, unit_of_measure, unit_cost)"
                " VALUES ('Torch', 'Security equipment', 'piece', 12000)"
                " RETURNING id, item_code"
            )
        ).one()
        number = conn.scalar(
            text("SELECT employee_number FROM employees WHERE id = :e"),
            {"e": josiane.employee_id},
        )
    for person, table, record, title in [
        (inventory, "inventory_items", item, f"Item {code}, Torch"),
        (hr, "employees", josiane.employee_id, f"Employee {number}, Josiane Murekatete"),
    ]:
        window = _open(qtbot, desk(person), table, record)
        assert window.title.text() == title, table


def test_panels_due_a_turn_late_are_not_built_once_the_window_closed(qtbot, logins, desk):
    """The panels under the form are built a turn after its first paint: if the window's
    worker shut down meanwhile (the application quitting), nothing is built instead of
    raising into Qt's event loop (the full suite caught it at a test's teardown)."""
    inventory = logins.person("inventory")
    with logins.superuser().begin() as conn:
        item = conn.scalar(
            text(
                "INSERT INTO inventory_items (item_name, category, unit_of_measure, unit_cost)"
                " VALUES ('Torch', 'Security equipment', 'piece', 12000) RETURNING id"
            )
        )
    window = _open(qtbot, desk(inventory), "inventory_items", item)
    window.under._pending = True
    window.worker.shutdown()
    window.under._build_pending()
    assert not window.panels_ready


def test_events_while_the_window_is_torn_down_are_let_through(qtbot, logins, desk):
    """Qt may still deliver events to the window's filter while its Python attributes
    are gone (the suite under load printed a form and got ``self.scroll`` as QWidget's
    own scroll()): the filter then lets them through."""
    from PySide6.QtCore import QEvent, QSize
    from PySide6.QtGui import QResizeEvent

    finance = logins.person("finance", department="FIN")
    window = desk(finance).new("expenses")
    qtbot.waitExposed(window)
    viewport = window.scroll.viewport()
    resize = QResizeEvent(QSize(400, 300), QSize(500, 300))
    del window.scroll  # as when the wrapper's attributes are cleared first
    assert window.eventFilter(viewport, resize) is False
    assert window.eventFilter(window.form, QEvent(QEvent.Type.Paint)) is False
