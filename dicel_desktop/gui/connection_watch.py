"""Whether the server still answers this login: the status bar's "Connected", kept by a
ping on the DB worker every ``PING_INTERVAL_MS`` and by the end of every other task.

A ping that fails is asked once more at once (a connection the server ended is replaced
by the next request). A login the database no longer accepts (migration 0055 ends the
sessions of one turned off) is said once, by ``login_refused``: the main window offers
to log out, and the watch stops asking.

Every task of the worker says something too (deploy39 #2): one that succeeds, or that the
database refused, got an answer ("Connected" again after a save, where the status stayed
"Connection lost" until the next ping); one that lost its connection says it is lost, as
its form does. And a task the worker has been waiting on for ``WAIT_CHECKS`` looks in a
row, ``WAIT_CHECK_MS`` apart, says that the server has not answered yet, and for how
long: a server that hangs (a stopped process, a pooler queueing for a server that is
down) keeps the socket alive, so neither TCP keepalive nor a timeout of libpq ends the
wait, and the ping queued behind that task would only say so when the task ends. The
look is at the worker, not at the server, so the one worker stays the only one that
talks to the database (ARCHITECTURE 3).

A lost connection drops the pool (pool40): the retry, and the next operation, open a new
connection, which a login turned off meanwhile is refused at once (behind PgBouncer only
a new connection is refused). And while a task waits, every ``WAIT_CHECKS`` looks the
watch asks on a thread of its own whether a new connection of this login is refused
(services.login_check: one connection attempt, no statement): behind PgBouncer the
window's open connections are held, not refused, until PgBouncer gives up on them.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from dicel_desktop.db.engine import engine_of
from dicel_desktop.domain.errors import DicelError
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.error_sentences import is_database_error
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.services import login_check, my_work
from dicel_desktop.services.db_errors import explain

log = logging.getLogger(__name__)

#: How often the status bar checks that the server still answers.
PING_INTERVAL_MS = 30_000
#: How often the watch looks at which task the worker is waiting on.
WAIT_CHECK_MS = 5_000
#: Looks in a row that find the same task running before the status bar says the server
#: has not answered yet (15 to 20 s: longer than almost any list, count or dashboard
#: takes on a server that answers, which the benchmarks show in milliseconds to a few
#: seconds; the audit log's Record filter may take longer, and is said as waited on).
WAIT_CHECKS = 3
#: What a task meets when its connection is gone (services.db_errors, services.units,
#: services.inbox): the status bar says it is lost.
_CONNECTION_GONE = frozenset(
    {"connection_lost", "database_unreachable", "step_may_be_done", "decision_may_be_decided"}
)


class ConnectionWatch(QObject):
    #: The database refused this login (``DicelError``, code ``login_refused``): said once.
    login_refused = Signal(object)
    #: The status bar's word changed to this text.
    changed = Signal(str)

    def __init__(self, worker: DbWorker, parent: QObject) -> None:
        super().__init__(parent)
        self._worker = worker
        #: The status bar's word for it: "Connected", "Connection lost — retrying".
        self.label = QLabel(self.tr("Connected"))
        #: The last failed ping was asked again at once; reset by an answer.
        self._retried = False
        #: The database refused this login while the window was open.
        self.signed_out = False
        #: The ping asked and not answered yet (its request id): one at a time, however
        #: long the worker waits.
        self._ping: int | None = None
        #: The task the worker was running at the last look, and how many looks in a
        #: row have found it.
        self._waited_on: int | None = None
        self._looks = 0
        #: A login check on its thread, not answered yet: one at a time.
        self._checking = False
        worker.task_ended.connect(self._on_task_ended)
        self.timer = QTimer(self)
        self.timer.setInterval(PING_INTERVAL_MS)
        self.timer.timeout.connect(self.ping)
        self.timer.start()
        self.wait_timer = QTimer(self)
        self.wait_timer.setInterval(WAIT_CHECK_MS)
        self.wait_timer.timeout.connect(self.check_waiting)
        self.wait_timer.start()

    @slot_while_whole(keeps="_worker")
    def ping(self) -> None:
        if self._ping is not None or self._worker.is_shut_down:
            return  # still on its way: a second would only queue behind it
        self._ping = self._worker.submit(my_work.ping, self._on_ping_answered, self._on_ping_failed)

    @slot_while_whole(keeps="_worker")
    def check_waiting(self) -> None:
        """Look at the worker: the same task found running ``WAIT_CHECKS`` times in a row
        has been waiting for the server all that time."""
        running = self._worker.running_request
        if running is None or running != self._waited_on:
            self._waited_on, self._looks = running, 0
            return
        self._looks += 1
        if self._looks >= WAIT_CHECKS and not self.signed_out:
            # What is known, not a diagnosis: a server working on a long search (the
            # audit log's Record filter, 8 s a 100,000 entries) waits as a hung one does
            # (review39b #2: "Server not answering" read as the server down). The seconds
            # grow at each look, so the person sees it waiting, not stuck.
            waited = self._looks * WAIT_CHECK_MS // 1000
            seconds = QLocale().toString(waited)
            self._say(self.tr("No answer from the server yet — %1 s").replace("%1", seconds))
            # The window that asked (a record form, maybe in its own window) says it too.
            self._worker.task_unanswered.emit(running, waited)
            if self._looks % WAIT_CHECKS == 0:
                self._check_login()

    def _check_login(self) -> None:
        """Ask on a new connection, off the waiting worker, whether this login is still
        accepted; a refusal signs out (``_lost``), anything else says nothing."""
        engine = engine_of(self._worker.session_factory)
        if engine is None or self._checking or self._worker.is_shut_down:
            return
        self._checking = True
        call_in_gui = self._worker.call_in_gui

        def check() -> None:
            try:
                refusal = login_check.refusal_of_login(engine)
            except Exception:  # a defect must not end in a thread nobody watches
                log.exception("Checking the login on a new connection failed")
                refusal = None
            call_in_gui(self._on_login_checked, refusal)

        threading.Thread(target=check, name="dicel-login-check", daemon=True).start()

    def _on_login_checked(self, refusal: DicelError | None) -> None:
        self._checking = False
        if refusal is not None:
            self._lost(refusal)

    def stop(self) -> None:
        self.timer.stop()
        self.wait_timer.stop()

    def _say(self, text: str) -> None:
        if self.label.text() != text:
            self.label.setText(text)
            self.changed.emit(text)

    @slot_while_whole(int, bool, object, keeps="_worker")
    def _on_task_ended(self, request_id: int, ok: bool, result: object) -> None:
        if request_id == self._ping:
            return  # the ping's own answer says it (and asks again once)
        if ok:
            self._answered()
            return
        if not (isinstance(result, DicelError) or is_database_error(result)):
            return  # a defect of the program, not an answer of the server
        assert isinstance(result, BaseException)
        refusal = result if isinstance(result, DicelError) else explain(result)
        if refusal.code in _CONNECTION_GONE or refusal.code == "login_refused":
            self._lost(refusal)
        else:
            self._answered()  # refused by the database: it answered

    def _on_ping_answered(self, _ok: bool) -> None:
        self._ping = None
        self._answered()

    def _on_ping_failed(self, error: BaseException) -> None:
        self._ping = None
        self._lost(error)

    def _answered(self) -> None:
        if self.signed_out:
            return  # a ping asked before the refusal: the login is still off
        self._retried = False
        self._looks = 0
        self._say(self.tr("Connected"))

    def _lost(self, error: BaseException) -> None:
        if self.signed_out:
            return  # said once; pings asked before it change nothing
        if isinstance(error, DicelError) or is_database_error(error):
            refusal = error if isinstance(error, DicelError) else explain(error)
            if refusal.code == "login_refused":
                self.signed_out = True
                self.stop()
                self._say(self.tr("Signed out by the database"))
                self.login_refused.emit(refusal)
                return
        self._say(self.tr("Connection lost — retrying"))
        # Whatever the pool still holds was opened before the loss: behind PgBouncer such
        # a connection of a login turned off is held, not refused (pool40).
        self._worker.renew_connections()
        if not self._retried:
            # A connection the server ended is replaced by the next request: ask once
            # more at once, rather than in PING_INTERVAL_MS, whether a new one opens.
            self._retried = True
            self.ping()
