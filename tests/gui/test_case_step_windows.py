"""The steps of tickets and cases in record windows, as real logins, keyboard only."""

from __future__ import annotations

import uuid

import pytest
import shiboken6
from helpers import WAIT_MS
from logins import Person, new_expense, new_review
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import text

from dicel_desktop.domain.case_flows import FLOWS
from dicel_desktop.domain.roles import Role
from dicel_desktop.gui.records.actions import actions_for
from dicel_desktop.gui.records.opener import RecordOpener
from dicel_desktop.gui.workflows.case_step_dialog import CaseStepDialog
from dicel_desktop.gui.workflows.cases import step_label
from dicel_desktop.services import cases, expenses
from dicel_desktop.services.records import Record

TICKETS = "it_support_tickets"


def _file_ticket(person: Person) -> uuid.UUID:
    with person.engine.begin() as conn:
        return conn.scalar(
            text(
                "INSERT INTO it_support_tickets (category, subject, description)"
                " VALUES ('Hardware', 'Screen flickers', 'Since Monday.') RETURNING id"
            )
        )


def _status(logins, record: uuid.UUID) -> tuple:
    with logins.superuser().connect() as conn:
        return tuple(
            conn.execute(
                text(
                    "SELECT status, assigned_to, resolution FROM it_support_tickets WHERE id = :id"
                ),
                {"id": record},
            ).one()
        )


def _open(qtbot, opener: RecordOpener, record: uuid.UUID, table: str = TICKETS):
    window = opener.open(table, record)
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    return window


def _settled(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.is_busy, timeout=WAIT_MS)


def _closed(dialog) -> bool:
    """Closed, and perhaps already deleted (a step's dialog deletes itself on close)."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def _labels(window) -> list[str]:
    return [b.text() for b in window.step_buttons]


def _press_by_keyboard(qtbot, window: QWidget, target: QWidget) -> None:
    """Tab until ``target`` has the focus, then press Space on it."""
    # A button added to a window on screen shows a moment later (Qt shows it queued).
    qtbot.waitUntil(target.isVisible, timeout=WAIT_MS)
    if QApplication.activeWindow() is not window:
        # (A window manager gives it back when a dialog over it closes; offscreen not.)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    for _ in range(80):
        if QApplication.focusWidget() is target:
            qtbot.keyClick(target, Qt.Key.Key_Space)
            return
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.text()}")


def _step_button(window, action: str, table: str | None = None):
    (button,) = [b for b in window.step_buttons if b.text() == step_label(action, table)]
    return button


def _dialog(qtbot, window) -> CaseStepDialog:
    qtbot.waitUntil(lambda: window.findChild(CaseStepDialog) is not None, timeout=WAIT_MS)
    dialog = window.findChild(CaseStepDialog)
    qtbot.waitUntil(lambda: not dialog.is_busy and dialog.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WAIT_MS)
    return dialog


# --------------------------------------------------------------------------- offered


@pytest.mark.parametrize("table", list(FLOWS))
def test_the_window_offers_exactly_the_declared_steps_for_each_state_and_role(table):
    flow = FLOWS[table]
    for state in flow.states:
        record = Record(table, uuid.uuid4(), {"status": state.value})
        for role in Role:
            # The flow's steps: not the table's other actions (an item's Move stock…).
            functions = {flow.function(s) for s in flow.steps}
            actions = [a for a in actions_for(table, role, record) if a.function in functions]
            offered = [a.label for a in actions]
            if role in flow.workers:
                steps = [s for s in flow.steps if state in s.sources]
            elif role in flow.requester_roles() | flow.filing_readers():
                steps = [s for s in flow.steps if state in s.requester_sources]
            else:
                steps = []
            assert offered == [step_label(s.action, table) for s in steps], (state, role)
            # Who reads others' records too is offered a requester's step once the
            # database says they filed this one.
            asked = [a.available is not None for a in actions]
            assert asked == [role in flow.filing_readers()] * len(actions), (state, role)


def test_the_steps_follow_the_tickets_state_for_it_and_for_the_requester(qtbot, logins, desk):
    requester, tech = logins.person("employee"), logins.person("it")
    auditor = logins.person("compliance")
    ticket = _file_ticket(requester)
    theirs = _open(qtbot, desk(requester), ticket)
    its = _open(qtbot, desk(tech), ticket)
    audited = _open(qtbot, desk(auditor), ticket)
    assert _labels(its) == [step_label(a) for a in ("assign", "resolve", "cancel")]
    assert _labels(theirs) == [step_label("cancel")]
    assert _labels(audited) == []

    with tech.session() as session:
        cases.resolve(session, TICKETS, ticket, "Replaced the cable.")
    for window in (theirs, its, audited):
        window.reload()
        _settled(qtbot, window)
    assert _labels(its) == [step_label("close"), step_label("reopen")]
    assert _labels(theirs) == [step_label("close"), step_label("reopen")]
    assert _labels(audited) == []


# --------------------------------------------------------------------------- taken


def test_a_technician_resolves_a_ticket_with_the_keyboard_only(qtbot, logins, desk):
    requester, tech = logins.person("employee"), logins.person("it")
    ticket = _file_ticket(requester)
    window = _open(qtbot, desk(tech), ticket)
    _press_by_keyboard(qtbot, window, _step_button(window, "resolve"))
    dialog = _dialog(qtbot, window)
    assert QApplication.focusWidget() is dialog.resolution
    # An empty resolution is refused by the database, in words, and nothing is lost.
    _press_by_keyboard(qtbot, dialog, dialog.take_button)
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=WAIT_MS)
    assert dialog.message.text() == "Write the resolution before this IT ticket is resolved."
    assert dialog.isVisible() and QApplication.focusWidget() is dialog.resolution
    qtbot.keyClicks(dialog.resolution, "Swapped the monitor cable.")
    _press_by_keyboard(qtbot, dialog, dialog.take_button)
    qtbot.waitUntil(lambda: _closed(dialog), timeout=WAIT_MS)
    _settled(qtbot, window)
    assert _status(logins, ticket) == ("resolved", tech.user_id, "Swapped the monitor cable.")
    assert window.record.values["status"] == "resolved"
    assert _labels(window) == [step_label("close"), step_label("reopen")]


def test_a_ticket_is_assigned_from_the_people_who_work_on_tickets(qtbot, logins, desk):
    requester = logins.person("employee")
    dispatcher = logins.person("it", first_name="Dispatcher")
    chosen = logins.person("it", first_name="Zawadi")
    logins.person("finance", first_name="Yvette")
    ticket = _file_ticket(requester)
    window = _open(qtbot, desk(dispatcher), ticket)
    _press_by_keyboard(qtbot, window, _step_button(window, "assign"))
    dialog = _dialog(qtbot, window)
    combo = dialog.assignee
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names == ["Dispatcher Tester (IT)", "Zawadi Tester (IT)"]
    assert combo.currentIndex() == -1 and QApplication.focusWidget() is combo
    qtbot.keyClicks(combo, "Z")  # a combo box finds its item by the letters typed
    assert combo.currentData() == chosen.user_id
    _press_by_keyboard(qtbot, dialog, dialog.take_button)
    qtbot.waitUntil(lambda: _closed(dialog), timeout=WAIT_MS)
    _settled(qtbot, window)
    assert _status(logins, ticket)[:2] == ("in_progress", chosen.user_id)
    assert window.record.values["assigned_to"] == chosen.user_id


def test_assign_on_a_ticket_in_progress_says_it_stays_in_progress(qtbot, logins, desk):
    """Assign… on a ticket already in progress said "Moves it to “In progress”"."""
    requester = logins.person("employee")
    dispatcher = logins.person("it")
    ticket = _file_ticket(requester)
    opener = desk(dispatcher)
    window = _open(qtbot, opener, ticket)
    assert _step_button(window, "assign").toolTip() == "Moves it to “In progress”"
    window.close()
    with dispatcher.session() as session:
        cases.assign(session, TICKETS, ticket, dispatcher.user_id)
    window = _open(qtbot, opener, ticket)
    assert _status(logins, ticket)[0] == "in_progress"
    assert _step_button(window, "assign").toolTip() == "It is already “In progress” and stays so"
    # Resolve… still says where it leads.
    assert _step_button(window, "resolve").toolTip() == "Moves it to “Resolved”"


def test_a_step_someone_took_first_is_explained_and_the_window_shows_it(qtbot, logins, desk):
    requester = logins.person("employee")
    first = logins.person("it", first_name="Jean", last_name="Mugabo")
    late = logins.person("it")
    ticket = _file_ticket(requester)
    window = _open(qtbot, desk(late), ticket)
    with first.session() as session:
        cases.resolve(session, TICKETS, ticket, "Reset the driver.")
    _press_by_keyboard(qtbot, window, _step_button(window, "resolve"))
    dialog = _dialog(qtbot, window)
    qtbot.keyClicks(dialog.resolution, "Same fix.")
    _press_by_keyboard(qtbot, dialog, dialog.take_button)
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Already"), timeout=WAIT_MS)
    assert dialog.message.text().startswith("Already resolved by Jean Mugabo at ")
    assert dialog.resolution.toPlainText() == "Same fix."
    _settled(qtbot, window)
    qtbot.waitUntil(lambda: window.record.values["status"] == "resolved", timeout=WAIT_MS)
    assert _labels(window) == [step_label("close"), step_label("reopen")]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert _closed(dialog)
    assert _status(logins, ticket)[2] == "Reset the driver."


def test_the_requester_cancels_their_open_ticket_after_confirming(qtbot, logins, desk):
    requester = logins.person("employee")
    ticket = _file_ticket(requester)
    window = _open(qtbot, desk(requester), ticket)
    _press_by_keyboard(qtbot, window, _step_button(window, "cancel"))
    dialog = _dialog(qtbot, window)
    assert "Cancel " in dialog.question.text() and "Nobody will work on it." in (
        dialog.question.text()
    )
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Back: nothing happens
    assert _status(logins, ticket)[0] == "open"
    _press_by_keyboard(qtbot, window, _step_button(window, "cancel"))
    dialog = _dialog(qtbot, window)
    _press_by_keyboard(qtbot, dialog, dialog.take_button)
    qtbot.waitUntil(lambda: _closed(dialog), timeout=WAIT_MS)
    _settled(qtbot, window)
    assert _status(logins, ticket)[0] == "cancelled"
    assert _labels(window) == []


def test_an_auditor_closes_their_own_resolved_ticket_and_no_one_elses(qtbot, logins, desk):
    """Compliance reads every IT ticket, and files its own: the requester's steps are
    offered on the tickets it filed (the database says which), never on others'."""
    auditor, tech = logins.person("compliance"), logins.person("it")
    colleague = logins.person("employee")
    mine, theirs = _file_ticket(auditor), _file_ticket(colleague)
    with tech.session() as session:
        for ticket in (theirs, mine):
            cases.resolve(session, TICKETS, ticket, "Replaced the cable.")
    opener = desk(auditor)
    other = _open(qtbot, opener, theirs)
    window = _open(qtbot, opener, mine)
    qtbot.waitUntil(
        lambda: _labels(window) == [step_label("close"), step_label("reopen")], timeout=WAIT_MS
    )
    # One worker answers in turn: the question about the other ticket was answered first.
    assert _labels(other) == []
    _press_by_keyboard(qtbot, window, _step_button(window, "close"))
    dialog = _dialog(qtbot, window)
    _press_by_keyboard(qtbot, dialog, dialog.take_button)
    qtbot.waitUntil(lambda: _closed(dialog), timeout=WAIT_MS)
    _settled(qtbot, window)
    assert _status(logins, mine)[0] == "closed"
    assert _status(logins, theirs)[0] == "resolved"
    assert _labels(window) == []


def test_an_incident_is_resolved_with_what_its_actions_taken_say(qtbot, logins, desk):
    guard = logins.person("security")
    with guard.engine.begin() as conn:
        incident = conn.scalar(
            text(
                "INSERT INTO security_incidents (incident_type, location, reported_date,"
                " incident_date, description) VALUES ('Theft', 'Store 2', now(),"
                " now() - interval '1 hour', 'Cable stolen.') RETURNING id"
            )
        )
    window = _open(qtbot, desk(guard), incident, "security_incidents")
    assert _labels(window) == [step_label("investigate"), step_label("resolve")]
    # User-eye review: said only once Resolve was pressed; now up front, and the window's
    # button says it too.
    missing = "Write the actions taken before this incident is resolved."
    assert missing in _step_button(window, "resolve").toolTip()
    _press_by_keyboard(qtbot, window, _step_button(window, "resolve"))
    dialog = _dialog(qtbot, window)
    assert "with the actions taken written on it" in dialog.question.text()
    assert dialog.resolution is None and dialog.assignee is None
    assert dialog.message.text() == missing
    assert not dialog.take_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert _closed(dialog)
    _settled(qtbot, window)
    with guard.engine.begin() as conn:
        conn.execute(
            text("UPDATE security_incidents SET actions_taken = 'Gate locked.' WHERE id = :id"),
            {"id": incident},
        )
    window.reload()
    _settled(qtbot, window)
    assert "Write" not in _step_button(window, "resolve").toolTip()
    _press_by_keyboard(qtbot, window, _step_button(window, "resolve"))
    dialog = _dialog(qtbot, window)
    assert dialog.message.text() == "" and dialog.take_button.isEnabled()
    _press_by_keyboard(qtbot, dialog, dialog.take_button)
    qtbot.waitUntil(lambda: _closed(dialog), timeout=WAIT_MS)
    _settled(qtbot, window)
    assert window.record.values["status"] == "resolved"


def test_an_audit_without_findings_says_so_before_mark_completed_is_pressed(qtbot, logins, desk):
    auditor = logins.person("compliance")
    with logins.superuser().begin() as conn:
        audit = conn.scalar(
            text(
                "INSERT INTO compliance_audits (audit_type, status, findings)"
                " VALUES ('Internal', 'in_progress', '   ') RETURNING id"
            )
        )
    window = _open(qtbot, desk(auditor), audit, "compliance_audits")
    button = _step_button(window, "complete", "compliance_audits")
    assert "Write the findings before this audit is completed." in button.toolTip()
    _press_by_keyboard(qtbot, window, button)
    dialog = _dialog(qtbot, window)
    assert dialog.message.text() == "Write the findings before this audit is completed."
    assert not dialog.take_button.isEnabled()
    # Enter takes nothing either: the step stays where it is.
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: _closed(dialog), timeout=WAIT_MS)
    with logins.superuser().connect() as conn:
        state = conn.scalar(
            text("SELECT status FROM compliance_audits WHERE id = :id"), {"id": audit}
        )
    assert state == "in_progress"


def test_an_audits_findings_are_written_in_mark_completed_and_saved_with_it(qtbot, logins, desk):
    """The dialog said "Write the findings…" with its button off, and nowhere to write
    them: it now holds them, the button follows what is typed, and the findings are
    saved as the audit is completed. Its title says the window's step ("Start audit")."""
    auditor = logins.person("compliance")
    with logins.superuser().begin() as conn:
        audit = conn.scalar(
            text(
                "INSERT INTO compliance_audits (audit_type, status)"
                " VALUES ('Internal', 'scheduled') RETURNING id"
            )
        )
    window = _open(qtbot, desk(auditor), audit, "compliance_audits")
    _press_by_keyboard(qtbot, window, _step_button(window, "start", "compliance_audits"))
    dialog = _dialog(qtbot, window)
    assert dialog.windowTitle().startswith("Start audit — ")
    assert dialog.texts == {}  # starting asks for nothing written
    _press_by_keyboard(qtbot, dialog, dialog.take_button)
    qtbot.waitUntil(lambda: _closed(dialog), timeout=WAIT_MS)
    _settled(qtbot, window)

    _press_by_keyboard(qtbot, window, _step_button(window, "complete", "compliance_audits"))
    dialog = _dialog(qtbot, window)
    assert dialog.windowTitle().startswith("Mark completed — ")
    findings = dialog.texts["findings"]
    assert QApplication.focusWidget() is findings
    assert not dialog.take_button.isEnabled()
    qtbot.keyClicks(findings, "Two laptops without disk encryption.")
    assert dialog.take_button.isEnabled() and dialog.message.text() == ""
    _press_by_keyboard(qtbot, dialog, dialog.take_button)
    qtbot.waitUntil(lambda: _closed(dialog), timeout=WAIT_MS)
    _settled(qtbot, window)
    with logins.superuser().connect() as conn:
        row = conn.execute(
            text("SELECT status, findings FROM compliance_audits WHERE id = :id"), {"id": audit}
        ).one()
    assert tuple(row) == ("completed", "Two laptops without disk encryption.")


def test_findings_saved_before_a_refused_step_are_the_version_the_next_try_goes_over(
    qtbot, logins, desk
):
    """The findings typed in Mark completed are saved, then the step is refused (here
    the step was taken away from compliance meanwhile): the dialog and its window carry
    the version that save made, so the next press takes the step instead of being
    refused as changed by someone else (by the person's own first save)."""
    auditor = logins.person("compliance")
    with logins.superuser().begin() as conn:
        audit = conn.scalar(
            text(
                "INSERT INTO compliance_audits (audit_type, status)"
                " VALUES ('Internal', 'in_progress') RETURNING id"
            )
        )
    window = _open(qtbot, desk(auditor), audit, "compliance_audits")
    _press_by_keyboard(qtbot, window, _step_button(window, "complete", "compliance_audits"))
    dialog = _dialog(qtbot, window)
    qtbot.keyClicks(dialog.texts["findings"], "Two laptops without disk encryption.")
    function = FLOWS["compliance_audits"].function("complete")
    with logins.superuser().begin() as conn:
        signature, grantees = conn.execute(
            text(
                "SELECT p.oid::regprocedure::text, array_agg(a.grantee::regrole::text)"
                " FROM pg_proc p, aclexplode(p.proacl) a"
                " WHERE p.proname = :f AND a.privilege_type = 'EXECUTE'"
                "   AND a.grantee <> p.proowner GROUP BY p.oid"
            ),
            {"f": function},
        ).one()
        for grantee in grantees:
            conn.execute(text(f"REVOKE EXECUTE ON FUNCTION {signature} FROM {grantee}"))
    try:
        _press_by_keyboard(qtbot, dialog, dialog.take_button)
        qtbot.waitUntil(lambda: not dialog.is_busy and bool(dialog.message.text()), timeout=WAIT_MS)
        assert not _closed(dialog)
    finally:
        with logins.superuser().begin() as conn:
            for grantee in grantees:
                conn.execute(text(f"GRANT EXECUTE ON FUNCTION {signature} TO {grantee}"))
    qtbot.waitUntil(
        lambda: not window.is_busy and window.record.values["findings"] is not None,
        timeout=WAIT_MS,
    )
    _press_by_keyboard(qtbot, dialog, dialog.take_button)
    qtbot.waitUntil(lambda: _closed(dialog), timeout=WAIT_MS)
    _settled(qtbot, window)
    assert window.record.values["status"] == "completed"
    with logins.superuser().connect() as conn:
        row = conn.execute(
            text("SELECT status, findings FROM compliance_audits WHERE id = :id"), {"id": audit}
        ).one()
    assert tuple(row) == ("completed", "Two laptops without disk encryption.")


def test_it_sends_an_asset_to_repair_from_its_window_and_others_see_no_steps(qtbot, logins, desk):
    tech, auditor = logins.person("it"), logins.person("compliance")
    with tech.engine.begin() as conn:
        asset = conn.scalar(
            text(
                "INSERT INTO it_assets (asset_name, asset_type)"
                " VALUES ('Reception printer', 'Printer') RETURNING id"
            )
        )
    window = _open(qtbot, desk(tech), asset, "it_assets")
    assert _labels(window) == [
        step_label(a, "it_assets") for a in ("send_to_repair", "store", "retire", "report_lost")
    ]
    # Compliance reads the register but moves nothing in it.
    assert _labels(_open(qtbot, desk(auditor), asset, "it_assets")) == []
    _press_by_keyboard(qtbot, window, _step_button(window, "send_to_repair", "it_assets"))
    dialog = _dialog(qtbot, window)
    assert dialog.question.text().startswith("Send ") and "for repair?" in dialog.question.text()
    assert dialog.resolution is None and dialog.assignee is None
    _press_by_keyboard(qtbot, dialog, dialog.take_button)
    qtbot.waitUntil(lambda: _closed(dialog), timeout=WAIT_MS)
    _settled(qtbot, window)
    with logins.superuser().connect() as conn:
        state = conn.scalar(text("SELECT status FROM it_assets WHERE id = :id"), {"id": asset})
    assert state == "in_repair"
    assert window.record.values["status"] == "in_repair"
    assert _labels(window) == [
        step_label(a, "it_assets") for a in ("return_to_service", "store", "retire", "report_lost")
    ]


def test_hr_publishes_a_draft_posting_from_its_window(qtbot, logins, desk):
    hr = logins.person("hr")
    with hr.engine.begin() as conn:
        posting = conn.scalar(
            text(
                "INSERT INTO job_postings (title, description) VALUES"
                " ('Security Guard (Huye)', 'Guards for the Huye sites.') RETURNING id"
            )
        )
    window = _open(qtbot, desk(hr), posting, "job_postings")
    assert window.record.values["status"] == "draft"
    assert _labels(window) == [step_label(a, "job_postings") for a in ("publish", "cancel")]
    _press_by_keyboard(qtbot, window, _step_button(window, "publish", "job_postings"))
    dialog = _dialog(qtbot, window)
    assert dialog.question.text() == ("Publish Security Guard (Huye)? It is published today.")
    _press_by_keyboard(qtbot, dialog, dialog.take_button)
    qtbot.waitUntil(lambda: _closed(dialog), timeout=WAIT_MS)
    _settled(qtbot, window)
    with logins.superuser().connect() as conn:
        state, posted, today = conn.execute(
            text("SELECT status, posted_date, current_date FROM job_postings WHERE id = :id"),
            {"id": posting},
        ).one()
    assert (state, posted) == ("open", today)
    assert window.record.values["status"] == "open"
    assert _labels(window) == [
        step_label(a, "job_postings") for a in ("hold", "close", "fill", "cancel")
    ]
    # Only HR and admin move a posting.
    assert actions_for("job_postings", Role.FINANCE, window.record) == []


def test_a_clerk_terminates_a_contract_which_is_then_shown_read_only(qtbot, logins, desk):
    clerk = logins.person("client")
    with clerk.engine.begin() as conn:
        client = conn.scalar(
            text("INSERT INTO clients (company_name) VALUES ('Huye Hotel') RETURNING id")
        )
        contract = conn.scalar(
            text(
                "INSERT INTO contracts (client_id, contract_type, start_date, end_date)"
                " VALUES (:c, 'Static guarding', current_date - 30, current_date + 335)"
                " RETURNING id"
            ),
            {"c": client},
        )
    window = _open(qtbot, desk(clerk), contract, "contracts")
    assert _labels(window) == [step_label("activate", "contracts")]
    with clerk.session() as session:
        cases.take_step(session, "contracts", "activate", contract)
    window.reload()
    _settled(qtbot, window)
    assert _labels(window) == [step_label(a, "contracts") for a in ("renew", "terminate", "expire")]
    _press_by_keyboard(qtbot, window, _step_button(window, "terminate", "contracts"))
    dialog = _dialog(qtbot, window)
    assert "It ends today unless its end date has passed" in dialog.question.text()
    # Why it ends is asked, and required (migration 0071): said before asking the
    # database, which would refuse it too (DW490); nothing changes.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.reason, timeout=WAIT_MS)
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Tab)
    _press_by_keyboard(qtbot, dialog, dialog.take_button)
    assert dialog.message.text() == (
        "Say why this contract is terminated: the reason is kept with it."
    )
    assert QApplication.focusWidget() is dialog.reason and not _closed(dialog)
    qtbot.keyClicks(dialog.reason, "The hotel closed")
    assert not dialog.message.isVisible()
    _press_by_keyboard(qtbot, dialog, dialog.take_button)
    qtbot.waitUntil(lambda: _closed(dialog), timeout=WAIT_MS)
    _settled(qtbot, window)
    with logins.superuser().connect() as conn:
        state, ended, today = conn.execute(
            text("SELECT status, end_date, current_date FROM contracts WHERE id = :id"),
            {"id": contract},
        ).one()
        terms = conn.scalar(text("SELECT terms FROM contracts WHERE id = :id"), {"id": contract})
    assert (state, ended) == ("terminated", today)
    assert terms == f"Terminated on {today.isoformat()}: The hotel closed"
    assert _labels(window) == []
    assert not window.save_button.isEnabled()


def test_a_feedbacks_steps_name_it_by_kind_client_and_day_not_feedback(qtbot, logins, desk):
    """User-eye review: "Mark Feedback as responded to?", "Close Feedback? ..."."""
    cx = logins.person("cx")
    with logins.superuser().begin() as conn:
        client = conn.scalar(
            text("INSERT INTO clients (company_name) VALUES ('Akagera Logistics') RETURNING id")
        )
        feedback = conn.scalar(
            text(
                "INSERT INTO customer_feedback (client_id, feedback_type, feedback_date, status)"
                " VALUES (:c, 'complaint', '2026-12-04', 'under_review') RETURNING id"
            ),
            {"c": client},
        )
        nameless = conn.scalar(
            text(
                "INSERT INTO customer_feedback (feedback_type, feedback_date, status)"
                " VALUES ('suggestion', NULL, 'under_review') RETURNING id"
            )
        )
    window = _open(qtbot, desk(cx), feedback, "customer_feedback")
    assert window.record.title == "Complaint, Akagera Logistics, 4 December 2026"
    _press_by_keyboard(qtbot, window, _step_button(window, "respond", "customer_feedback"))
    dialog = _dialog(qtbot, window)
    # The title's parts said as a sentence says them (eye30r, 10).
    assert dialog.question.text() == (
        "Mark the complaint of 4 December 2026 from Akagera Logistics as responded to?"
    )
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: _closed(dialog), timeout=WAIT_MS)
    window.close()

    # With neither client nor day its name is its kind alone: "this feedback" then.
    window = _open(qtbot, desk(cx), nameless, "customer_feedback")
    assert window.record.title == "Suggestion"
    _press_by_keyboard(qtbot, window, _step_button(window, "close", "customer_feedback"))
    dialog = _dialog(qtbot, window)
    assert dialog.question.text() == "Close this feedback? It can no longer be reopened."
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_an_employee_acknowledges_their_review_with_the_keyboard(qtbot, logins, desk):
    """A review HR shared (migration 0045) is acknowledged by the employee it is about,
    from its window; their supervisor, who reads it too, is offered nothing."""
    boss = logins.person("employee")
    clerk = logins.person("employee", supervisor=boss)
    hr = logins.person("hr")
    review = new_review(hr, clerk)
    with hr.session() as session:
        cases.take_step(session, "performance_reviews", "share", review)
    supervised = _open(qtbot, desk(boss), review, "performance_reviews")
    window = _open(qtbot, desk(clerk), review, "performance_reviews")
    mine = [step_label("acknowledge", "performance_reviews")]
    qtbot.waitUntil(lambda: _labels(window) == mine, timeout=WAIT_MS)
    # Asked of the database too, and answered: not theirs.
    qtbot.waitUntil(lambda: not supervised.steps.asking, timeout=WAIT_MS)
    assert _labels(supervised) == []
    _press_by_keyboard(qtbot, window, _step_button(window, "acknowledge", "performance_reviews"))
    dialog = _dialog(qtbot, window)
    _press_by_keyboard(qtbot, dialog, dialog.take_button)
    qtbot.waitUntil(lambda: _closed(dialog), timeout=WAIT_MS)
    _settled(qtbot, window)
    assert window.record.values["status"] == "acknowledged"
    assert _labels(window) == []


def test_a_review_marks_what_it_needs_and_is_shared_once_it_says_something(qtbot, logins, desk):
    """psql33b F4: the new review said "Fields marked * are required" and marked none,
    and a review of nobody, or an empty one, was shared. The employee is required, the
    period is marked as needed to share it (DW443), and Share is disabled while the
    review gives no rating and says nothing (DW493), saying so."""
    hr, clerk = logins.person("hr"), logins.person("employee")
    new = desk(hr).new("performance_reviews")
    qtbot.waitUntil(lambda: not new.is_busy, timeout=WAIT_MS)
    labels = new.form.labels
    assert (labels["employee_id"].text(), labels["employee_id"].toolTip()) == (
        "Employee *",
        "Required",
    )
    for period in ("review_period_start", "review_period_end"):
        assert labels[period].text().endswith(" *"), period
        assert labels[period].toolTip() == (
            "Needed before “Share with the employee”; it may be saved without it until then"
        )
    new.close()

    with hr.engine.begin() as conn:
        review = conn.scalar(
            text(
                "INSERT INTO performance_reviews (employee_id, review_period_start,"
                " review_period_end, goals_achieved) VALUES (:e, current_date - 180,"
                " current_date, '  ') RETURNING id"
            ),
            {"e": clerk.employee_id},
        )
    window = _open(qtbot, desk(hr), review, "performance_reviews")
    qtbot.waitUntil(lambda: not window.steps.asking, timeout=WAIT_MS)
    share = _step_button(window, "share", "performance_reviews")
    assert not share.isEnabled()
    assert (
        "This performance review says nothing yet: fill in at least one of its overall"
        " rating, goals achieved, areas for improvement, next goals or recommendations"
        in share.toolTip()
    )
    with hr.engine.begin() as conn:
        conn.execute(
            text("UPDATE performance_reviews SET overall_rating = 3 WHERE id = :id"),
            {"id": review},
        )
    window = _open(qtbot, desk(hr), review, "performance_reviews")
    qtbot.waitUntil(lambda: not window.steps.asking, timeout=WAIT_MS)
    assert _step_button(window, "share", "performance_reviews").isEnabled()


def test_hr_terminates_an_employee_from_their_window_who_is_then_read_only(qtbot, logins, desk):
    """Migration 0049: the person left; their record says so and stays as it was."""
    hr = logins.person("hr")
    with hr.engine.begin() as conn:
        employee = conn.scalar(
            text(
                "INSERT INTO employees (position, hire_date, salary)"
                " VALUES ('Security Guard', current_date - 400, 310000) RETURNING id"
            )
        )
    window = _open(qtbot, desk(hr), employee, "employees")
    assert _labels(window) == [
        step_label(a, "employees") for a in ("start_leave", "suspend", "terminate")
    ]
    _press_by_keyboard(qtbot, window, _step_button(window, "terminate", "employees"))
    dialog = _dialog(qtbot, window)
    assert "their pay stops on that day" in dialog.question.text()
    # Migration 0053: and they no longer log in.
    assert "their DICEL login (if any) is deactivated" in dialog.question.text()
    _press_by_keyboard(qtbot, dialog, dialog.take_button)
    qtbot.waitUntil(lambda: _closed(dialog), timeout=WAIT_MS)
    _settled(qtbot, window)
    with logins.superuser().connect() as conn:
        state, left, today = conn.execute(
            text("SELECT status, termination_date, current_date FROM employees WHERE id = :id"),
            {"id": employee},
        ).one()
    assert (state, left) == ("terminated", today)
    assert _labels(window) == []
    assert not window.save_button.isEnabled()


def test_finance_freezes_a_budget_line_from_its_window(qtbot, logins, desk):
    finance = logins.person("finance")
    with finance.engine.begin() as conn:
        line = conn.scalar(
            text(
                "INSERT INTO budgets (fiscal_year, budget_category, allocated_amount)"
                " VALUES (2026, 'Fuel', 1000000) RETURNING id"
            )
        )
    window = _open(qtbot, desk(finance), line, "budgets")
    assert _labels(window) == [step_label(a, "budgets") for a in ("recall", "freeze", "close")]
    _press_by_keyboard(qtbot, window, _step_button(window, "freeze", "budgets"))
    dialog = _dialog(qtbot, window)
    assert "No expense is approved against it until it is unfrozen." in dialog.question.text()
    _press_by_keyboard(qtbot, dialog, dialog.take_button)
    qtbot.waitUntil(lambda: _closed(dialog), timeout=WAIT_MS)
    _settled(qtbot, window)
    assert _labels(window) == [step_label(a, "budgets") for a in ("unfreeze", "close")]
    with logins.superuser().connect() as conn:
        assert conn.scalar(text("SELECT status FROM budgets WHERE id = :id"), {"id": line}) == (
            "frozen"
        )


def test_a_budget_line_with_spending_offers_no_way_back_to_draft_saying_why(qtbot, logins, desk):
    """Migration 0056 refuses taking a line with spending back to draft (DW334): Take
    back to draft… is disabled up front, its tooltip saying why; Freeze… stays."""
    clerk = logins.person("finance", department="FIN")
    finance = logins.person("finance", department="FIN")
    fin = logins.department("FIN")
    with finance.engine.begin() as conn:
        line, empty = (
            conn.scalar(
                text(
                    "INSERT INTO budgets (department_id, fiscal_year, budget_category,"
                    " allocated_amount) VALUES (:d, 2026, :c, 1000000) RETURNING id"
                ),
                {"d": fin, "c": category},
            )
            for category in ("Fuel", "Uniforms")
        )
    expense = new_expense(clerk, department_id=fin, amount=25000).id
    with finance.session() as session:
        expenses.decide_expense(session, expense, True, "")
    window = _open(qtbot, desk(finance), line, "budgets")
    qtbot.waitUntil(lambda: not window.steps.asking, timeout=WAIT_MS)
    recall = _step_button(window, "recall", "budgets")
    assert not recall.isEnabled()
    said = recall.toolTip().split("\n")
    # The amount as the desktop's locale writes it (grouped or not).
    assert said[0] == "Moves it to “Draft”" and len(said) == 2
    assert said[1].replace(",", "").startswith("Expenses of 25000 RWF are")
    assert said[1].endswith(
        "are already charged to this budget, so it cannot go back to draft: a draft budget "
        "has nothing charged to it. Freeze it to stop further expenses."
    )
    assert _step_button(window, "freeze", "budgets").isEnabled()
    # Nothing charged: back to draft as before.
    window = _open(qtbot, desk(finance), empty, "budgets")
    qtbot.waitUntil(lambda: not window.steps.asking, timeout=WAIT_MS)
    recall = _step_button(window, "recall", "budgets")
    assert recall.isEnabled()
    assert "\n" not in recall.toolTip()


def test_security_completes_a_patrol_and_its_window_shows_when_it_ended(qtbot, logins, desk):
    """Migration 0056: completing a patrol writes its end time, which its form then
    shows, read-only with the rest of the completed patrol."""
    security = logins.person("security")
    with security.engine.begin() as conn:
        patrol = conn.scalar(
            text(
                "INSERT INTO patrol_logs (start_time) VALUES (now() - interval '2 hours')"
                " RETURNING id"
            )
        )
    window = _open(qtbot, desk(security), patrol, "patrol_logs")
    end = window.form.editors["end_time"]
    assert end.value() is None
    _press_by_keyboard(qtbot, window, _step_button(window, "complete", "patrol_logs"))
    dialog = _dialog(qtbot, window)
    assert "Its end time becomes now unless an earlier one is written" in dialog.question.text()
    _press_by_keyboard(qtbot, dialog, dialog.take_button)
    qtbot.waitUntil(lambda: _closed(dialog), timeout=WAIT_MS)
    _settled(qtbot, window)
    with logins.superuser().connect() as conn:
        state, ended = conn.execute(
            text("SELECT status, end_time FROM patrol_logs WHERE id = :id"), {"id": patrol}
        ).one()
    assert state == "completed" and ended is not None
    assert window.record.values["end_time"] == ended
    end = window.form.editors["end_time"]
    assert end.value() == ended
    assert end.line.text() == end._write(ended)
    assert end.is_read_only()


# Registers and the sales pipeline (0050)


def test_sales_moves_a_deals_stage_in_its_form_and_wins_it_from_its_window(qtbot, logins, desk):
    seller = logins.person("sales")
    with seller.engine.begin() as conn:
        deal = conn.scalar(
            text(
                "INSERT INTO opportunities (title, stage, probability, estimated_value)"
                " VALUES ('CCTV and alarm package for Huye Hotel', 'negotiation', 75, 9000000)"
                " RETURNING id"
            )
        )
    window = _open(qtbot, desk(seller), deal, "opportunities")
    assert _labels(window) == [step_label(a, "opportunities") for a in ("hold", "win", "lose")]
    # Active: its stage is Sales's to move in the form, among the open stages: a deal
    # is closed won or lost by its step, which the stage box does not offer.
    stage = window.form.editors["stage"]
    assert not stage.is_read_only()
    offered = [stage.combo.itemData(i) for i in range(stage.combo.count())]
    assert [v for v in offered if v] == ["prospecting", "qualification", "proposal", "negotiation"]
    _press_by_keyboard(qtbot, window, _step_button(window, "win", "opportunities"))
    dialog = _dialog(qtbot, window)
    assert dialog.question.text().endswith(
        "as won? Its stage becomes Closed won, and it can no longer be changed."
    )
    _press_by_keyboard(qtbot, dialog, dialog.take_button)
    qtbot.waitUntil(lambda: _closed(dialog), timeout=WAIT_MS)
    _settled(qtbot, window)
    with logins.superuser().connect() as conn:
        row = conn.execute(
            text("SELECT status, stage, probability FROM opportunities WHERE id = :id"),
            {"id": deal},
        ).one()
    assert tuple(row) == ("won", "closed_won", 100)
    assert window.record.values["stage"] == "closed_won"
    assert window.form.editors["stage"].display_text() == "Closed won"  # held: in its words
    assert _labels(window) == []
    assert not window.save_button.isEnabled()


def test_a_deal_on_hold_shows_its_stage_frozen(qtbot, logins, desk):
    seller = logins.person("sales")
    with seller.engine.begin() as conn:
        deal = conn.scalar(
            text("INSERT INTO opportunities (title) VALUES ('Event security') RETURNING id")
        )
    with seller.session() as session:
        cases.take_step(session, "opportunities", "hold", deal)
    window = _open(qtbot, desk(seller), deal, "opportunities")
    assert _labels(window) == [step_label(a, "opportunities") for a in ("resume", "lose")]
    assert window.form.editors["stage"].is_read_only()
    assert not window.form.editors["expected_close_date"].is_read_only()
    # What it is and what to do, not "It has left its first stage" (read as Prospecting).
    assert window.subtitle.text() == "This opportunity is on hold: resume it to change its stage."


def test_the_documents_buttons_leave_the_windows_letters_to_its_steps(qtbot, logins, desk):
    """An open ticket offered "&Resolve…" beside the Documents tab's "&Replace…" (and
    "Res&ume…" beside "&Upload…" when on hold): Alt+R pressed neither. The tab's
    buttons take other letters of their words, again when the steps change."""
    from dicel_desktop.gui.mnemonics import mnemonic
    from dicel_desktop.gui.widgets.documents_panel import DocumentsPanel

    tech = logins.person("it")
    window = _open(qtbot, desk(tech), _file_ticket(logins.person("employee")))
    qtbot.waitUntil(lambda: window.panels_ready, timeout=WAIT_MS)
    (files,) = window.findChildren(DocumentsPanel)
    files_buttons = [
        files.upload_button,
        files.open_button,
        files.download_button,
        files.replace_button,
        files.remove_button,
    ]

    def letters() -> tuple[list, list]:
        own = [window.new_button, window.save_button, *window.steps.buttons()]
        return [mnemonic(b.text()) for b in own], [mnemonic(b.text()) for b in files_buttons]

    steps, under = letters()
    assert "&Resolve…" in [b.text() for b in window.steps.buttons()]
    assert files.replace_button.text().replace("&", "") == "Replace…"
    assert mnemonic(files.replace_button.text()) not in ("r", None)
    assert not set(steps) & set(under) and len(set(under)) == len(under)
    window.steps.show_for([])  # the steps of another state: the letters come back
    window._yield_panel_mnemonics()
    assert files.replace_button.text() == "&Replace…"
