"""Whether the server still answers this login: the status bar's "Connected", kept by a
ping on the DB worker every ``PING_INTERVAL_MS``.

A ping that fails is asked once more at once (a connection the server ended is replaced
by the next request). A login the database no longer accepts (migration 0055 ends the
sessions of one turned off) is said once, by ``login_refused``: the main window offers
to log out, and the watch stops asking.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.gui.error_sentences import is_database_error
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.services import my_work
from dicel_desktop.services.db_errors import explain

#: How often the status bar checks that the server still answers.
PING_INTERVAL_MS = 30_000


class ConnectionWatch(QObject):
    #: The database refused this login (``DicelError``, code ``login_refused``): said once.
    login_refused = Signal(object)

    def __init__(self, worker: DbWorker, parent: QObject) -> None:
        super().__init__(parent)
        self._worker = worker
        #: The status bar's word for it: "Connected", "Connection lost — retrying".
        self.label = QLabel(self.tr("Connected"))
        #: The last failed ping was asked again at once; reset by an answer.
        self._retried = False
        #: The database refused this login while the window was open.
        self.signed_out = False
        self.timer = QTimer(self)
        self.timer.setInterval(PING_INTERVAL_MS)
        self.timer.timeout.connect(self.ping)
        self.timer.start()

    def ping(self) -> None:
        self._worker.submit(my_work.ping, self._on_answered, self._on_failed)

    def stop(self) -> None:
        self.timer.stop()

    def _on_answered(self, _ok: bool) -> None:
        if self.signed_out:
            return  # a ping asked before the refusal: the login is still off
        self._retried = False
        self.label.setText(self.tr("Connected"))

    def _on_failed(self, error: BaseException) -> None:
        if self.signed_out:
            return  # said once; pings asked before it change nothing
        if isinstance(error, DicelError) or is_database_error(error):
            refusal = error if isinstance(error, DicelError) else explain(error)
            if refusal.code == "login_refused":
                self.signed_out = True
                self.timer.stop()
                self.label.setText(self.tr("Signed out by the database"))
                self.login_refused.emit(refusal)
                return
        self.label.setText(self.tr("Connection lost — retrying"))
        if not self._retried:
            # A connection the server ended is replaced by the next request: ask once
            # more at once, rather than in PING_INTERVAL_MS, whether a new one opens.
            self._retried = True
            self.ping()
