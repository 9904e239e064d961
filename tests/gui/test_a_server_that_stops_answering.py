"""A server that stops answering while a record is saved (deploy39 #2): the status bar
says so while "Saving…" waits, what was typed stays, and it says "Connected" again once
a save gets its answer ("Connection lost" first when the connection is lost instead).

The server is hung for real: the backends of the person's connections are stopped
(SIGSTOP), as a hung server or a pooler queueing for a server that is down leaves a client
waiting with its socket alive. The watch's looks at the worker are made by the test, one
after another: no clock decides anything here."""

from __future__ import annotations

import pytest
from helpers import WAIT_MS
from slow_server import backends as _backends
from slow_server import stopped as _stopped
from sqlalchemy import text

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.gui.connection_watch import WAIT_CHECKS, ConnectionWatch

LOCATION = "KN 4 Ave, Kigali"


@pytest.fixture
def saving(qtbot, logins, desk):
    """(window, watch, what the status bar said): a department's form with its location
    typed over, its person's connections in the pool, the watch on its worker."""
    admin = logins.person("admin")
    opener = desk(admin)
    window = opener.open("departments", logins.department("FIN"))
    qtbot.waitUntil(lambda: not window.is_busy and window.panels_ready, timeout=WAIT_MS)
    watch = ConnectionWatch(opener.worker, window)
    watch.stop()  # the test pings and looks itself
    said: list[str] = []
    watch.changed.connect(said.append)
    window.form.editors["location"].set_value(LOCATION)
    qtbot.waitUntil(lambda: not opener.worker.is_busy, timeout=WAIT_MS)
    return admin, window, watch, said


def test_a_save_the_server_does_not_answer_is_said_then_connected_once_saved(qtbot, logins, saving):
    admin, window, watch, said = saving
    with _stopped(_backends(logins, admin.email)):
        worker = watch._worker
        window.save()
        qtbot.waitUntil(lambda: worker.running_request is not None, timeout=WAIT_MS)
        for _ in range(WAIT_CHECKS):  # the first look finds it, the next ones again
            watch.check_waiting()
        # Not yet 15 s: the form says only what it does.
        assert said == [] and window.message.text() == "Saving…"
        watch.check_waiting()
        assert said == ["No answer from the server yet — 15 s"]
        # The form says it too, at the same look (it may be in a window of its own, away
        # from the status bar), and keeps what was typed.
        assert window.message.text() == "Saving… (no answer from the server yet)"
        watch.check_waiting()  # it waits on: the seconds grow, nothing else is said
        assert said[-1] == watch.label.text() == "No answer from the server yet — 20 s"
        assert window.is_busy
        assert window.message.text() == "Saving… (no answer from the server yet)"
        assert window.form.editors["location"].value() == LOCATION
    qtbot.waitUntil(lambda: not window.is_busy, timeout=WAIT_MS)
    assert window.message.text() == "Saved."
    assert said == [
        "No answer from the server yet — 15 s",
        "No answer from the server yet — 20 s",
        "Connected",
    ]


def test_a_save_whose_connection_was_ended_says_lost_keeps_the_typing_then_connected(
    qtbot, logins, saving
):
    """The form said "could not be reached" while the status bar said "Connected"."""
    admin, window, _watch, said = saving
    with logins.superuser().connect() as conn:
        for pid in _backends(logins, admin.email):  # the pooled connection, ended: the
            # save is the first task to meet it (the fixture waited for the others)
            conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    window.save()
    qtbot.waitUntil(lambda: not window.is_busy, timeout=WAIT_MS)
    assert window.message.text() == (
        "The connection to the database was lost. What you typed is still here: try again."
    )
    assert window.form.editors["location"].value() == LOCATION
    # Said lost with the save's failure; its ping at once found a new connection.
    assert said[0] == "Connection lost — retrying"
    qtbot.waitUntil(lambda: len(said) == 2, timeout=WAIT_MS)
    assert said == ["Connection lost — retrying", "Connected"]
    window.save()
    qtbot.waitUntil(lambda: not window.is_busy, timeout=WAIT_MS)
    assert window.message.text() == "Saved."
    assert said == ["Connection lost — retrying", "Connected"]


def _lost(_session) -> None:
    # What services.inbox raises after a bulk decision lost its connection: the pool's
    # other connections are as they were (pool40).
    raise DicelError("connection_lost")


def _backend_pid(session) -> int:
    return session.scalar(text("SELECT pg_backend_pid()"))


def test_a_lost_connection_drops_the_pool_so_the_retry_opens_a_new_one(qtbot, logins, saving):
    """After a lost connection the watch's retry, and the next operation, run on a new
    connection: behind PgBouncer a connection opened before (a login turned off since)
    is held, where a new one is refused at once."""
    admin, _window, watch, said = saving
    worker = watch._worker
    before = set(_backends(logins, admin.email))
    assert before
    worker.submit(_lost)
    qtbot.waitUntil(lambda: len(said) == 2, timeout=WAIT_MS)
    assert said == ["Connection lost — retrying", "Connected"]
    pids: list[int] = []
    worker.submit(_backend_pid, pids.append)
    qtbot.waitUntil(lambda: bool(pids), timeout=WAIT_MS)
    assert pids[0] not in before
    # The connections opened before the loss are closed, not kept for later tasks.
    qtbot.waitUntil(lambda: not before & set(_backends(logins, admin.email)), timeout=WAIT_MS)
