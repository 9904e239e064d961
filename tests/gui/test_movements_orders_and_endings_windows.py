"""Migration 0071 in the windows, as real logins: Move stock… offers only the references
that fit the chosen movement; Close order… ends a partly received order, asking why;
Write off… asks why and Mark recovered… what came back and when (migration 0101)."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest
import shiboken6
from helpers import WAIT_MS, shown_dialog
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication
from shop import Shop
from sqlalchemy import text

from dicel_desktop.gui.records.opener import RecordOpener
from dicel_desktop.gui.workflows.case_step_dialog import CaseStepDialog
from dicel_desktop.gui.workflows.cases import step_label
from dicel_desktop.gui.workflows.close_purchase_order_dialog import ClosePurchaseOrderDialog
from dicel_desktop.gui.workflows.move_stock_dialog import MoveStockDialog
from dicel_desktop.services import purchasing

pytestmark = pytest.mark.usefixtures("rwanda")


def _open(qtbot, opener: RecordOpener, table: str, record_id: uuid.UUID):
    window = opener.open(table, record_id)
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.panels_ready, timeout=WAIT_MS)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    return window


def _press(qtbot, window, button) -> None:
    """Tab to ``button``, then Space: the keyboard alone."""
    qtbot.waitUntil(button.isVisible, timeout=WAIT_MS)
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    for _ in range(80):
        if QApplication.focusWidget() is button:
            qtbot.keyClick(button, Qt.Key.Key_Space)
            return
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {button.text()}")


def _step(window, label: str):
    (button,) = [b for b in window.step_buttons if b.text() == label]
    return button


def _dialog(qtbot, window, kind):
    dialog = shown_dialog(qtbot, window, kind)
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=WAIT_MS)
    if QApplication.activeWindow() is None:  # offscreen: activation is not handed back
        dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WAIT_MS)
    return dialog


def _gone(dialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


# --------------------------------------------------------------------------- move stock


def _references(dialog) -> list:
    return [dialog.reference_type.itemData(i) for i in range(dialog.reference_type.count())]


def test_move_stock_offers_only_what_fits_the_movement(qtbot, shop, desk):
    window = _open(qtbot, desk(shop.clerk), "inventory_items", shop.torch)
    _press(qtbot, window, _step(window, "&Move stock…"))
    dialog = _dialog(qtbot, window, MoveStockDialog)
    assert dialog.movement_type == "in"
    assert _references(dialog) == [None, "transfer"]  # no sale, no stock count

    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)  # Out
    assert _references(dialog) == [None, "sale", "transfer"]
    dialog.reference_type.setCurrentIndex(dialog.reference_type.findData("sale"))
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Up)  # In: a sale does not fit, and is cleared
    assert dialog.movement_type == "in"
    assert _references(dialog) == [None, "transfer"]
    assert dialog.reference_type.currentData() is None

    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)  # Out
    dialog.reference_type.setCurrentIndex(dialog.reference_type.findData("transfer"))
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Up)  # In: a transfer fits both, and stays
    assert dialog.reference_type.currentData() == "transfer"
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)  # Adjustment
    assert dialog.movement_type == "adjustment"
    assert _references(dialog) == [None, "adjustment"]
    assert dialog.reference_type.currentData() is None

    # A transfer in, as offered, is moved.
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Up)  # In
    dialog.reference_type.setCurrentIndex(dialog.reference_type.findData("transfer"))
    dialog.quantity.setValue(4)
    qtbot.keyClick(dialog.quantity, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _gone(dialog), timeout=WAIT_MS)
    with shop.su.connect() as conn:
        moved = conn.execute(
            text(
                "SELECT transaction_type, quantity, reference_type FROM inventory_transactions"
                " WHERE item_id = :i"
            ),
            {"i": shop.torch},
        ).all()
    assert [tuple(m) for m in moved] == [("in", 4, "transfer")]


# --------------------------------------------------------------------------- close order


def _partly_received(shop: Shop) -> uuid.UUID:
    order = shop.draft(lines=[(shop.torch, 10, "12000"), (None, 2, "5000")])
    with shop.clerk.session() as session:
        purchasing.submit_purchase_order(session, order)
    with shop.manager.session() as session:
        purchasing.decide_purchase_order(session, order, True)
    with shop.clerk.session() as session:
        purchasing.mark_ordered(session, order)
        facts = purchasing.order_facts(session, order)
        purchasing.receive_purchase_order(session, order, {facts.lines[0].id: 3})
    return order


def test_the_stores_close_a_partly_received_order_saying_why(qtbot, shop, desk):
    order = _partly_received(shop)
    window = _open(qtbot, desk(shop.clerk), "purchase_orders", order)
    # Receive the rest, or close it as it stands: nothing of it is cancelled any more.
    assert [b.text() for b in window.step_buttons] == ["Recei&ve…", "Close or&der…"]
    assert _steps_for(qtbot, desk(shop.finance), order) == []

    _press(qtbot, window, _step(window, "Close or&der…"))
    dialog = _dialog(qtbot, window, ClosePurchaseOrderDialog)
    qtbot.waitUntil(lambda: dialog.received.text() == "Torch: 3 of 10", timeout=WAIT_MS)
    assert dialog.not_coming.text() == "Torch: 7\nInstallation: 2"
    # Back, as the other steps' dialogs say it: "Cancel" here read as cancel the order.
    assert [b.text() for b in dialog.buttons.buttons()] == ["Close &order", "&Back"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.reason, timeout=WAIT_MS)

    # Without a reason: said under Why, and nothing changes.
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Tab)
    _press(qtbot, dialog, dialog.close_button)
    error = dialog.field_errors["reason"]
    qtbot.waitUntil(error.isVisible, timeout=WAIT_MS)
    assert error.text().startswith("Say why PO-") and "kept in its notes" in error.text()
    assert shop.status(order) == "partially_received"

    dialog.reason.setFocus()
    qtbot.keyClicks(dialog.reason, "Supplier stopped making them")
    _press(qtbot, dialog, dialog.close_button)
    qtbot.waitUntil(lambda: _gone(dialog), timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: not window.is_busy and window.record.values["status"] == "closed_short",
        timeout=WAIT_MS,
    )
    # Its state says it (migration 0114): not "Received", two installations never came.
    assert window.form.editors["status"].combo.currentText() == "Closed short"
    assert window.subtitle.text().startswith("This purchase order is closed short: ")
    assert window.message.text() == (
        "Closed: what was received stays in stock; the rest is no longer expected."
    )
    assert "Supplier stopped making them" in window.record.values["notes"]
    # Its line as the window says it: the day as a sentence writes it (domain/step_lines).
    day = QLocale().toString(QDate.currentDate(), "d MMMM yyyy")
    assert (
        window.form.editors["notes"]
        .text.toPlainText()
        .endswith(
            f"Closed short on {day}: Torch (3 of 10), Installation (0 of 2) received:"
            " Supplier stopped making them"
        )
    )
    assert [b.text() for b in window.step_buttons] == []
    assert shop.stock(shop.torch) == 3


def _steps_for(qtbot, opener: RecordOpener, order: uuid.UUID) -> list[str]:
    return [b.text() for b in _open(qtbot, opener, "purchase_orders", order).step_buttons]


# --------------------------------------------------------------------------- recovery


def _case(
    logins,
    number: str = "RC-7",
    amount: int = 2010000,
    started: dt.date | None = None,
    description: str = "Unpaid invoices.",
) -> uuid.UUID:
    """A recovery case in progress on unpaid invoices, begun on ``started`` (today, the
    column's default, if not given)."""
    with logins.superuser().begin() as conn:
        return conn.scalar(
            text(
                "INSERT INTO recovery_cases (case_number, case_type, description,"
                " amount_involved, status, start_date) VALUES (:n, 'invoice_debt', :d, :a,"
                " 'in_progress', coalesce(:s, current_date)) RETURNING id"
            ),
            {"n": number, "d": description, "a": amount, "s": started},
        )


def _recover_dialog(qtbot, desk, officer, case) -> CaseStepDialog:
    """The case's window and its Mark recovered… dialog, as ``officer`` opens them."""
    window = _open(qtbot, desk(officer), "recovery_cases", case)
    _press(qtbot, window, _step(window, step_label("recover", "recovery_cases")))
    return _dialog(qtbot, window, CaseStepDialog)


def test_a_write_off_asks_why_and_says_the_amount(qtbot, logins, desk):
    officer = logins.person("recovery")
    case = _case(logins)
    window = _open(qtbot, desk(officer), "recovery_cases", case)
    _press(qtbot, window, _step(window, step_label("write_off", "recovery_cases")))
    dialog = _dialog(qtbot, window, CaseStepDialog)
    assert dialog.facts["amount"].text() == "2,010,000 RWF"
    # Why is marked required, as a form marks its required fields.
    why = dialog.layout().itemAt(1).layout().labelForField(dialog.reason)
    assert (why.text(), why.toolTip()) == ("&Why *:", "Required")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.reason, timeout=WAIT_MS)

    qtbot.keyClick(dialog.reason, Qt.Key.Key_Tab)
    _press(qtbot, dialog, dialog.take_button)
    assert dialog.message.text() == (
        "Say why this recovery case is written off: the reason is kept with it."
    )
    with logins.superuser().connect() as conn:
        assert conn.scalar(
            text("SELECT status FROM recovery_cases WHERE id = :i"), {"i": case}
        ) == ("in_progress")
    qtbot.keyClicks(dialog.reason, "Client bankrupt")
    _press(qtbot, dialog, dialog.take_button)
    qtbot.waitUntil(lambda: _gone(dialog), timeout=WAIT_MS)
    with logins.superuser().connect() as conn:
        status, description = conn.execute(
            text("SELECT status, description FROM recovery_cases WHERE id = :i"), {"i": case}
        ).one()
    assert status == "written_off"
    assert description.startswith("Unpaid invoices.\nWritten off on ")
    assert description.endswith(": Client bankrupt")


def test_mark_recovered_asks_what_came_back_and_the_day_it_was_settled(qtbot, logins, desk):
    """eye30r, 8: Mark recovered… asked nothing, and stamped today. It asks a note of
    what was recovered and the day it was settled, both required, the day today at the
    latest and not before the case began, refused so by the database too (migration
    0101)."""
    officer = logins.person("recovery")
    today = dt.date.today()
    case = _case(logins, "RC-8", started=today - dt.timedelta(days=20))
    dialog = _recover_dialog(qtbot, desk, officer, case)
    assert dialog.facts["amount"].text() == "2,010,000 RWF"
    assert "completed" not in dialog.facts  # not stamped today: asked
    form = dialog.layout().itemAt(1).layout()
    note = form.labelForField(dialog.note)
    assert (note.text(), note.toolTip()) == ("What was &recovered *:", "Required")
    day = dialog.days["actual_completion_date"]
    assert form.labelForField(day).text() == "Actual completion date *:"
    # Settled today, the common case, needs no typing (review30 F11).
    assert day.value() == today
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.note, timeout=WAIT_MS)

    _press(qtbot, dialog, dialog.take_button)  # nothing written
    assert dialog.message.text() == (
        "Write what was said or done before this recovery case is marked recovered: the"
        " note is kept with it."
    )
    dialog.note.setPlainText("Paid in full by bank transfer.")

    def refused_with(typed: dt.date, said: str) -> None:
        day.line.setText(typed.isoformat())
        _press(qtbot, dialog, dialog.take_button)
        qtbot.waitUntil(lambda: said in dialog.message.text(), timeout=WAIT_MS)

    refused_with(today + dt.timedelta(days=1), "cannot be after today")
    refused_with(today - dt.timedelta(days=30), "cannot be before the start date")
    settled = today - dt.timedelta(days=5)
    day.line.setText(settled.isoformat())
    _press(qtbot, dialog, dialog.take_button)
    qtbot.waitUntil(lambda: _gone(dialog), timeout=WAIT_MS)
    with logins.superuser().connect() as conn:
        status, completed, described, day_of_step = conn.execute(
            text(
                "SELECT status, actual_completion_date, description, current_date"
                " FROM recovery_cases WHERE id = :i"
            ),
            {"i": case},
        ).one()
    assert (status, completed) == ("recovered", settled)
    assert described.splitlines()[-1] == (
        f"Marked recovered on {day_of_step.isoformat()}: Paid in full by bank transfer."
    )


def test_too_much_recovered_is_said_in_french_before_the_press(
    qtbot, logins, desk, restore_language
):
    """eye31, 4: the dialog's own check of the ceiling gave the French sentence no
    "ceiling_label", so it was said in English with English figures."""
    from dicel_desktop.gui import translations

    translations.install_translators("fr")
    officer = logins.person("recovery")
    started = dt.date.today() - dt.timedelta(days=20)
    case = _case(logins, "RC-106F", 16750000, started, "Factures impayées.")
    dialog = _recover_dialog(qtbot, desk, officer, case)
    dialog.note.setPlainText("Le débiteur a payé une partie en espèces.")
    dialog.amounts["amount_recovered"].line.setText("20000000")
    _press(qtbot, dialog, dialog.take_button)
    qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=WAIT_MS)
    said = dialog.message.text()
    assert said.startswith("« Montant recouvré » ne peut pas dépasser « "), said
    assert "16\N{NARROW NO-BREAK SPACE}750\N{NARROW NO-BREAK SPACE}000 RWF" in said or (
        "16\N{NO-BREAK SPACE}750\N{NO-BREAK SPACE}000 RWF" in said
    ), said


def test_mark_recovered_asks_how_much_came_back_the_amount_involved_to_start_with(
    qtbot, logins, desk
):
    """Migration 0106: a case that got back 20 M of 35.5 M RWF says so. The dialog asks
    the amount recovered, the amount involved to start with; none, or more than was
    involved, is said before anything is done; a part is kept with the case."""
    officer = logins.person("recovery")
    today = dt.date.today()
    case = _case(logins, "RC-106", 35500000, today - dt.timedelta(days=20))
    dialog = _recover_dialog(qtbot, desk, officer, case)
    amount = dialog.amounts["amount_recovered"]
    form = dialog.layout().itemAt(1).layout()
    assert form.labelForField(amount).text() == "Amount recovered *:"
    assert amount.value() == Decimal("35500000")  # in full unless said otherwise
    dialog.note.setPlainText("Paid 20 M by transfer; the debtor has nothing more.")

    def refused_with(typed: str, said: str) -> None:
        amount.line.setText(typed)
        _press(qtbot, dialog, dialog.take_button)
        qtbot.waitUntil(lambda: dialog.message.text() == said, timeout=WAIT_MS)

    refused_with(
        "0",
        "Give the amount recovered before this recovery case is marked recovered: an amount"
        " above zero. If nothing came back, it is written off instead.",
    )
    refused_with(
        "35,500,001",
        "The amount recovered cannot be more than the amount involved, 35,500,000 RWF: give"
        " what came back, at most that.",
    )
    with logins.superuser().connect() as conn:
        assert (
            conn.scalar(text("SELECT status FROM recovery_cases WHERE id = :i"), {"i": case})
            == "in_progress"
        )
    amount.line.setText("20,000,000")
    _press(qtbot, dialog, dialog.take_button)
    qtbot.waitUntil(lambda: _gone(dialog), timeout=WAIT_MS)
    with logins.superuser().connect() as conn:
        status, recovered = conn.execute(
            text("SELECT status, amount_recovered FROM recovery_cases WHERE id = :i"),
            {"i": case},
        ).one()
    assert (status, recovered) == ("recovered", Decimal("20000000"))


# --------------------------------------------------------------------------- risks


def _step_dialog_told_its_parts(qtbot, window, table: str, action: str) -> CaseStepDialog:
    """The step's dialog, once it has asked which of the record's parts are still open."""
    _press(qtbot, window, _step(window, step_label(action, table)))
    dialog = _dialog(qtbot, window, CaseStepDialog)
    assert dialog.open_parts is not None
    qtbot.waitUntil(lambda: not dialog.open_parts.asking, timeout=WAIT_MS)
    return dialog


def test_closing_a_risk_names_its_incidents_still_open(qtbot, logins, desk):
    """eye30s 7, eye31 6: a critical risk was closed with two incidents of it still open
    and nothing said. The dialog names them (not those resolved), and closing is still
    the owner's to choose."""
    diane = logins.person("risk")
    with logins.superuser().begin() as conn:
        risk = conn.scalar(
            text(
                "INSERT INTO risk_assessments (risk_category, risk_description, likelihood,"
                " impact, status) VALUES ('operational', 'Cash taken in transit.', 5, 5,"
                " 'open') RETURNING id"
            )
        )
        for number, status in (
            ("RSK-T-1", "open"),
            ("RSK-T-2", "resolved"),
            ("RSK-T-3", "investigating"),
        ):
            conn.execute(
                text(
                    "INSERT INTO risk_incidents (incident_number, risk_assessment_id,"
                    " incident_type, description, reported_date, incident_date, status)"
                    " VALUES (:n, :r, 'theft', 'Bag missing.', now() - interval '1 day',"
                    " now() - interval '2 days', :s)"
                ),
                {"n": number, "r": risk, "s": status},
            )
    window = _open(qtbot, desk(diane), "risk_assessments", risk)
    dialog = _step_dialog_told_its_parts(qtbot, window, "risk_assessments", "close")
    assert dialog.open_parts.isVisible()
    assert dialog.open_parts.text() == (
        "Still open: 2 incidents of this risk, RSK-T-1 (open) and RSK-T-3 (investigating)."
        " Closing the risk leaves them as they are."
    )
    assert dialog.take_button.isEnabled()


def test_completing_a_programme_names_its_enrolments_still_open(qtbot, logins, desk):
    """Code review 31, F1: HR completed a programme with people still enrolled, and
    nothing said so. The dialog names their enrolments (not one dropped) and says they
    are still recorded once the programme is completed (migration 0110); completing
    stays HR's to choose."""
    aline = logins.person("hr")
    with logins.superuser().begin() as conn:
        program = conn.scalar(
            text(
                "INSERT INTO training_programs (title, start_date, status)"
                " VALUES ('First aid', current_date - 3, 'in_progress') RETURNING id"
            )
        )
        for first, status in (
            ("Josiane", "enrolled"),
            ("Eric", "dropped"),
            ("Yvonne", "in_progress"),
        ):
            person = logins.person("employee", first_name=first, last_name="Training")
            conn.execute(
                text(
                    "INSERT INTO training_enrollments (training_program_id, employee_id, status)"
                    " VALUES (:p, :e, :s)"
                ),
                {"p": program, "e": person.employee_id, "s": status},
            )
    window = _open(qtbot, desk(aline), "training_programs", program)
    dialog = _step_dialog_told_its_parts(qtbot, window, "training_programs", "complete")
    assert dialog.open_parts.isVisible()
    assert dialog.open_parts.text() == (
        "Still open: 2 enrolments of this programme, Josiane Training (enrolled) and"
        " Yvonne Training (in progress). Once the programme is completed, each is still"
        " marked completed, failed or dropped."
    )
    assert dialog.take_button.isEnabled()
    dialog.reject()
    # Cancelled instead, they can only be dropped or failed (DW441), and are named so.
    dialog = _step_dialog_told_its_parts(qtbot, window, "training_programs", "cancel")
    assert dialog.open_parts.text() == (
        "Still open: 2 enrolments of this programme, Josiane Training (enrolled) and"
        " Yvonne Training (in progress). Once the programme is cancelled, each can only be"
        " marked dropped or failed."
    )


def test_filling_or_cancelling_a_posting_names_its_candidates_still_open(qtbot, logins, desk):
    """psql review 33: a posting filled or cancelled with candidates still in the running
    said nothing, and since 0115 those can only be rejected or withdrawn there (DW463).
    The dialog names them (not those hired or rejected) and says so; the step stays HR's
    to take, and the database takes it, leaving the candidates as they were."""
    aline = logins.person("hr")
    states = {
        "Alice": "applied",
        "Bosco": "rejected",
        "Claude": "interview",
        "Diane": "hired",
        "Eric": "offered",
    }
    with logins.superuser().begin() as conn:
        posting = conn.scalar(
            text(
                "INSERT INTO job_postings (title, description, status, posted_date)"
                " VALUES ('Cashier', 'Counts the cash.', 'open', current_date - 20)"
                " RETURNING id"
            )
        )
        for first, status in states.items():
            conn.execute(
                text(
                    "INSERT INTO candidates (job_posting_id, first_name, last_name, email, status)"
                    " VALUES (:p, :f, 'Posting', :e, :s)"
                ),
                {"p": posting, "f": first, "e": f"{first.lower()}@example.rw", "s": status},
            )
    window = _open(qtbot, desk(aline), "job_postings", posting)
    dialog = _step_dialog_told_its_parts(qtbot, window, "job_postings", "fill")
    assert dialog.open_parts.isVisible()
    assert dialog.open_parts.text() == (
        "Still open: 3 candidates for this posting, Alice Posting (applied), Claude Posting"
        " (interview) and Eric Posting (offered). Once it is filled, none can be hired any"
        " more, only rejected or withdrawn: hire the person taking the job first."
    )
    assert dialog.take_button.isEnabled()
    dialog.reject()
    dialog = _step_dialog_told_its_parts(qtbot, window, "job_postings", "cancel")
    assert dialog.open_parts.text() == (
        "Still open: 3 candidates for this posting, Alice Posting (applied), Claude Posting"
        " (interview) and Eric Posting (offered). Once it is cancelled, each can only be"
        " rejected or withdrawn."
    )
    dialog.reject()
    # Told, HR fills it: the database does not refuse, and the candidates stay as they are.
    dialog = _step_dialog_told_its_parts(qtbot, window, "job_postings", "fill")
    _press(qtbot, dialog, dialog.take_button)
    qtbot.waitUntil(lambda: _gone(dialog), timeout=WAIT_MS)
    with logins.superuser().connect() as conn:
        assert conn.scalar(
            text("SELECT status FROM job_postings WHERE id = :p"), {"p": posting}
        ) == ("filled")
        left = conn.execute(
            text("SELECT first_name, status FROM candidates WHERE job_posting_id = :p"),
            {"p": posting},
        ).all()
    assert dict(left) == states


def test_each_kind_of_part_says_one_in_its_own_sentence(qtbot):
    """Code review 31, F8: the line was generic in name only (any other table raised a
    KeyError); each declared step has its sentence for one part."""
    from dicel_desktop.gui.workflows.open_parts_line import open_parts_text
    from dicel_desktop.services.open_parts import OPEN_PARTS, OpenPart

    enrolments = OPEN_PARTS[("training_programs", "complete")]
    assert open_parts_text(enrolments, [OpenPart("Josiane Training", "enrolled")]) == (
        "Still open: one enrolment of this programme, Josiane Training (enrolled). Once the"
        " programme is completed, it is still marked completed, failed or dropped."
    )
    incidents = OPEN_PARTS[("risk_assessments", "close")]
    assert open_parts_text(incidents, [OpenPart("RSK-T-1", "open")]) == (
        "Still open: one incident of this risk, RSK-T-1 (open). Closing the risk leaves it"
        " as it is."
    )
    candidates = OPEN_PARTS[("job_postings", "cancel")]
    assert open_parts_text(candidates, [OpenPart("Alice Posting", "offered")]) == (
        "Still open: one candidate for this posting, Alice Posting (offered). Once it is"
        " cancelled, they can only be rejected or withdrawn."
    )
    assert open_parts_text(enrolments, []) == ""


def test_mark_closed_on_a_risk_asks_what_was_done_or_why(qtbot, logins, desk):
    """rsk31: Mark closed… on a risk assessment was a bare yes/no. It asks what was done,
    or why it is closed, required, and keeps it as a dated line of the assessment's
    mitigation measures (migration 0105)."""
    diane = logins.person("risk")
    with logins.superuser().begin() as conn:
        risk = conn.scalar(
            text(
                "INSERT INTO risk_assessments (risk_category, risk_description, likelihood,"
                " impact, mitigation_measures, status) VALUES ('operational', 'Fuel taken"
                " from the generator store.', 3, 4, 'Two locks on the store.', 'mitigating')"
                " RETURNING id"
            )
        )
    window = _open(qtbot, desk(diane), "risk_assessments", risk)
    _press(qtbot, window, _step(window, step_label("close", "risk_assessments")))
    dialog = _dialog(qtbot, window, CaseStepDialog)
    form = dialog.layout().itemAt(1).layout()
    note = form.labelForField(dialog.note)
    assert (note.text(), note.toolTip()) == ("What was &done, or why it is closed *:", "Required")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.note, timeout=WAIT_MS)

    qtbot.keyClick(dialog.note, Qt.Key.Key_Tab)
    _press(qtbot, dialog, dialog.take_button)  # nothing written
    # In the database's words for a risk (DW491).
    assert dialog.message.text() == (
        "Write what was done, or why this risk assessment is closed: the note is kept with it."
    )
    with logins.superuser().connect() as conn:
        assert conn.scalar(
            text("SELECT status FROM risk_assessments WHERE id = :i"), {"i": risk}
        ) == ("mitigating")
    qtbot.keyClicks(dialog.note, "Store moved indoors; no loss since.")
    _press(qtbot, dialog, dialog.take_button)
    qtbot.waitUntil(lambda: _gone(dialog), timeout=WAIT_MS)
    with logins.superuser().connect() as conn:
        status, measures, today = conn.execute(
            text(
                "SELECT status, mitigation_measures, current_date FROM risk_assessments"
                " WHERE id = :i"
            ),
            {"i": risk},
        ).one()
    assert status == "closed"
    assert measures.splitlines() == [
        "Two locks on the store.",
        f"Closed on {today.isoformat()}: Store moved indoors; no loss since.",
    ]


@pytest.mark.parametrize(
    ("language", "locale", "state", "line"),
    [
        (
            "en",
            "en_RW",
            "Closed short",
            "Closed short on 6 December 2026: Tyre 195/65 R15 (14 of 14), Motorbike helmet"
            " (0 of 10) received: Supplier out of stock",
        ),
        (
            "fr",
            "fr_RW",
            "Clôturé incomplet",
            "Clôturé incomplet le 6 décembre 2026, reçus : Tyre 195/65 R15 (14 sur 14),"
            " Motorbike helmet (0 sur 10) : Supplier out of stock",
        ),
        (
            "rw",
            "rw_RW",
            "Byafunzwe bituzuye",
            "Byafunzwe bituzuye ku wa 6 Ukuboza 2026, hakiriwe: Tyre 195/65 R15 (14 kuri 14),"
            " Motorbike helmet (0 kuri 10): Supplier out of stock",
        ),
    ],
)
def test_the_list_says_an_order_closed_short_and_each_of_its_lines(language, locale, state, line):
    """eye32 #4: the list said "Received" of an order ten helmets short, and its notes
    "14 of 24 received" (tyres and helmets added up). Its state and its line, each item
    apart, in the reader's words; each name set apart from its counts (eye33 #5: "Tyre
    195/65 R15 14 of 14" read as one code)."""
    from dicel_desktop.gui.cell_format import CellFormatter, LocaleFormats
    from dicel_desktop.gui.translations import install_translators
    from dicel_desktop.services.listing import Listing, ListQuery

    stored = (
        "Closed short on 2026-12-06: Tyre 195/65 R15 14 of 14, Motorbike helmet 0 of 10"
        " received: Supplier out of stock"
    )
    before = QLocale()
    install_translators(language)
    try:
        listing = Listing(ListQuery("purchase_orders", ("status", "notes")))
        formatter = CellFormatter(listing, LocaleFormats.from_qlocale(QLocale(locale)))
        ((shown_state, shown_notes),) = formatter.format_rows(
            [(None, None, "closed_short", f"Urgent\n{stored}")]
        )
    finally:
        install_translators("en")
        QLocale.setDefault(before)
    assert shown_state == state
    assert shown_notes.endswith(line) and shown_notes.startswith("Urgent")
