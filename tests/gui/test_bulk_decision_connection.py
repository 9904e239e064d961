"""A bulk decision whose connection is lost halfway: the dialog says exactly which items
were decided and which were not, never "Nothing could be decided"; against a real
PostgreSQL whose server ends the session's connection between two items."""

from __future__ import annotations

import psycopg
import pytest
from inbox_helpers import file_leave

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.gui.error_sentences import sentence
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.gui.workflows.bulk_decision_dialog import BulkDecisionDialog
from dicel_desktop.services import inbox

pytestmark = pytest.mark.usefixtures("rwanda")


def cut_after(monkeypatch, db_dsn, decided: int) -> None:
    """The server ends the session's connection once ``decided`` items were decided (a
    restart, a cut cable), as pg_terminate_backend does."""
    decide = inbox.decide
    asked: list[object] = []

    def cut_then_decide(session, item, approve, note=None):
        if len(asked) == decided:
            pid = session.connection().connection.driver_connection.info.backend_pid
            with psycopg.connect(db_dsn, autocommit=True) as superuser:
                superuser.execute("SELECT pg_terminate_backend(%s)", (pid,))
        asked.append(item.id)
        return decide(session, item, approve, note)

    monkeypatch.setattr(inbox, "decide", cut_then_decide)


def open_dialog(qtbot, logins, count: int):
    boss = logins.person("employee", first_name="Grace")
    report = logins.person("employee", first_name="Eric", supervisor=boss)
    for week in range(2, 2 + 2 * count, 2):
        file_leave(report, week=week, days=1)
    with boss.session() as session:
        items = inbox.waiting_for_me(session)
    assert len(items) == count
    worker = DbWorker(boss.session_factory)
    dialog = BulkDecisionDialog(worker, items, approve=True)
    qtbot.addWidget(dialog)
    # Deciding waits for each item's facts (the connection is cut after they are read).
    qtbot.waitUntil(lambda: dialog.facts is not None, timeout=60_000)
    return dialog, worker


def test_a_connection_lost_halfway_shows_which_were_decided(qtbot, db_dsn, logins, monkeypatch):
    dialog, worker = open_dialog(qtbot, logins, 3)
    cut_after(monkeypatch, db_dsn, decided=1)
    try:
        with qtbot.waitSignal(dialog.decided, timeout=60_000):
            dialog.go_button.click()
    finally:
        worker.shutdown()
    lost = sentence(DicelError("connection_lost"))
    # Each entry's first line: the item and what became of it (its fact is under it).
    lines = [dialog.list.item(row).text().splitlines()[0] for row in range(dialog.list.count())]
    assert lines[0].endswith(" — Approved")
    assert [line.split(" — Not decided: ")[-1] for line in lines[1:]] == [lost, lost]
    assert dialog.summary.text() == "1 approved. 2 not decided: the reason is beside each."
    assert "Nothing" not in dialog.summary.text()
    assert not dialog.close_button.isHidden()  # done: nothing to try again


def test_a_connection_lost_before_the_first_says_nothing_was_decided(
    qtbot, db_dsn, logins, monkeypatch
):
    dialog, worker = open_dialog(qtbot, logins, 2)
    cut_after(monkeypatch, db_dsn, decided=0)
    try:
        dialog.show()
        dialog.go_button.click()
        qtbot.waitUntil(lambda: not dialog._running, timeout=60_000)
    finally:
        worker.shutdown()
    lost = sentence(DicelError("connection_lost"))
    assert dialog.summary.text() == f"Nothing could be decided: {lost}"
    assert dialog.decisions is None
    assert dialog.go_button.isEnabled()  # the person may try again


def test_a_connection_lost_as_a_decision_commits_says_it_may_have_been_decided(
    qtbot, db_dsn, logins, monkeypatch
):
    """Lost after the first decision's function ran, before its COMMIT's answer: that
    line says it may have been decided (reload to see), the next one not decided."""
    from sqlalchemy.orm import Session

    dialog, worker = open_dialog(qtbot, logins, 2)
    decide, commit = inbox.decide, Session.commit
    deciding: list[object] = []

    def deciding_one(session, item, approve, note=None):
        deciding.append(item.id)
        return decide(session, item, approve, note)

    def cut_then_commit(session):
        if len(deciding) == 1:
            pid = session.connection().connection.driver_connection.info.backend_pid
            with psycopg.connect(db_dsn, autocommit=True) as superuser:
                superuser.execute("SELECT pg_terminate_backend(%s)", (pid,))
        return commit(session)

    monkeypatch.setattr(inbox, "decide", deciding_one)
    monkeypatch.setattr(Session, "commit", cut_then_commit)
    try:
        with qtbot.waitSignal(dialog.decided, timeout=60_000):
            dialog.go_button.click()
    finally:
        worker.shutdown()
    maybe = sentence(DicelError("decision_may_be_decided"))
    lost = sentence(DicelError("connection_lost"))
    # Each entry's first line: the item and what became of it (its fact is under it).
    lines = [dialog.list.item(row).text().splitlines()[0] for row in range(dialog.list.count())]
    assert lines[0].endswith(f" — {maybe}"), lines
    assert lines[1].endswith(f" — Not decided: {lost}"), lines
    assert dialog.summary.text() == (
        "0 approved. 1 may have been decided: reload to see. 1 not decided: the reason is"
        " beside it."
    )
