"""Op (gui/operations.py): a service function run on the DB worker with its arguments,
refusals worded in the worker with the field to blame, callbacks only while the widget
lives, and a message box when nobody else handles the failure."""

from __future__ import annotations

import threading

import pytest
from helpers import WAIT_MS
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from sqlalchemy import text

from dicel_desktop.db.engine import make_session_factory
from dicel_desktop.domain.errors import Conflict, DicelError
from dicel_desktop.gui.operations import Op
from dicel_desktop.gui.worker import DbWorker


@pytest.fixture
def worker(db_engine, qapp):
    worker = DbWorker(make_session_factory(db_engine))
    yield worker
    worker.shutdown()


def add_department(session, name: str, *, code: str) -> str:
    """A named service operation, as services/ would have it: one unit of work."""
    session.execute(
        text("INSERT INTO departments (name, code) VALUES (:name, :code)"),
        {"name": name, "code": code},
    )
    session.commit()
    return code


def test_a_service_function_runs_with_its_arguments_and_answers_on_success(qtbot, worker):
    widget = QWidget()
    qtbot.addWidget(widget)
    answers: list[str] = []
    Op(worker, add_department, "Audit", code="AUD").for_widget(widget).on_success(
        answers.append
    ).run()
    qtbot.waitUntil(lambda: answers == ["AUD"], timeout=WAIT_MS)


def test_a_refusal_reaches_the_failure_handler_as_a_sentence_for_a_field(qtbot, worker):
    widget = QWidget()
    qtbot.addWidget(widget)
    Op(worker, add_department, "Finance", code="FIN").run()
    failures: list[DicelError] = []
    values = {"name": "Finances", "code": "FIN"}
    (
        Op(worker, add_department, "Finances", code="FIN")
        .for_widget(widget)
        .explaining("departments", values, action="insert")
        .on_failure(failures.append)
        .run()
    )
    qtbot.waitUntil(lambda: bool(failures), timeout=WAIT_MS)
    [failure] = failures
    assert isinstance(failure, Conflict)
    assert failure.message == "Code FIN is already used by “Finance”."
    assert failure.params["field"] == "code"


def test_without_a_failure_handler_the_sentence_is_shown_on_the_widget(qtbot, worker):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    Op(worker, add_department, "Audit", code="AUD").run()
    op = Op(worker, add_department, "Audit again", code="AUD").for_widget(widget)
    op.explaining("departments", {"code": "AUD"}, action="insert").run()
    qtbot.waitUntil(lambda: op.message_box is not None, timeout=WAIT_MS)
    box = op.message_box
    assert isinstance(box, QMessageBox)
    assert box.parent() is widget
    assert box.text() == "Code AUD is already used by “Audit”."
    assert box.isVisible()
    box.close()


def test_no_callback_runs_for_a_widget_deleted_before_the_answer(qtbot, worker):
    label = QLabel()
    gate, started = threading.Event(), threading.Event()
    ran: list[str] = []

    def slow(session) -> str:
        started.set()
        gate.wait(5)
        ran.append("task")
        return "done"

    seen: list[str] = []
    op = Op(worker, slow).for_widget(label)
    op.on_success(lambda answer: (seen.append(answer), label.setText(answer)))
    op.on_failure(lambda error: (seen.append(str(error)), label.setText(str(error)))).run()
    qtbot.waitUntil(started.is_set, timeout=WAIT_MS)
    label.deleteLater()
    qtbot.waitUntil(lambda: not _alive(label), timeout=WAIT_MS)
    gate.set()
    qtbot.waitUntil(lambda: not worker.is_busy, timeout=WAIT_MS)
    qtbot.wait(50)
    assert ran == ["task"]  # the task itself ended as usual...
    # ... but no callback ran (setText on the deleted label would have raised into Qt).
    assert seen == []


def test_a_serialization_failure_is_run_once_more(qtbot, worker):
    attempts: list[int] = []

    def clash_once(session) -> int:
        attempts.append(1)
        if len(attempts) == 1:
            session.execute(
                text("DO $$ BEGIN RAISE EXCEPTION 'clash' USING ERRCODE = '40001'; END $$")
            )
        return session.execute(text("SELECT 42")).scalar_one()

    answers: list[int] = []
    Op(worker, clash_once).on_success(answers.append).run()
    qtbot.waitUntil(lambda: answers == [42], timeout=WAIT_MS)
    assert len(attempts) == 2


def test_a_widgets_op_asked_after_the_worker_shut_down_asks_nothing(qtbot, worker):
    """A pause's timer firing as the program closes (a leave request dialog's preview,
    after its test's worker shut down) raised "the DB worker has been shut down" into
    Qt's event loop. A widget's op then asks nothing and answers nothing; work that is
    nobody's widget still refuses loudly."""
    widget = QWidget()
    qtbot.addWidget(widget)
    ran: list[str] = []
    worker.shutdown()
    request = (
        Op(worker, lambda session: ran.append("task"))
        .for_widget(widget)
        .on_success(ran.append)
        .on_failure(lambda error: ran.append(str(error)))
        .run()
    )
    qtbot.wait(50)
    assert request == 0 and ran == []
    with pytest.raises(RuntimeError, match="shut down"):
        Op(worker, lambda session: ran.append("task")).run()


def test_an_op_on_a_worker_without_sessions_calls_the_function_plainly(qtbot):
    worker = DbWorker()
    answers: list[int] = []
    try:
        Op(worker, pow, 2, 10).on_success(answers.append).run()
        qtbot.waitUntil(lambda: answers == [1024], timeout=WAIT_MS)
    finally:
        worker.shutdown()


def _alive(widget: QWidget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)
