"""Unexpected exceptions: one dialog with a sentence, the log's path and "Copy details".

Every route a defect takes ends here once :func:`install` has run (gui/app.py does, once
the application exists):

* ``sys.excepthook``: an exception in a slot or a Qt virtual method on the GUI thread
  (PySide prints it through the hook), and a bug in a DB worker callback (worker._call);
* ``threading.excepthook``: a thread that dies of an exception;
* the DB worker: a task that failed of a defect and has no ``on_error`` to tell anyone
  (:func:`report_unexpected`);
* Qt's message handler: ``qCritical`` shows the dialog too; ``qFatal`` is written to the
  log (and flushed) before Qt ends the program, which no dialog could stop.

Each is logged at ERROR with its traceback, then shown. The program goes on: the dialog
is not modal, and problems that follow while it is open are added to it (a bug in a
paint event would otherwise open a dialog per frame). Reports from other threads reach
the GUI thread through a queued signal.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from dicel_desktop import logs
from dicel_desktop.gui.collected import slot_while_whole

__all__ = ["CrashDialog", "CrashReporter", "install", "report_unexpected", "uninstall"]

log = logging.getLogger(__name__)
#: Where the messages Qt itself writes go.
qt_log = logging.getLogger("dicel_desktop.qt")

#: What the worker's report_failure sets on an exception it logged with its traceback.
LOGGED_MARK = "_dicel_logged"


class CrashDialog(QDialog):
    """The one dialog: what happened in a sentence, where the log is, the details to copy."""

    def __init__(self, log_path: str | None) -> None:
        super().__init__(None)
        self.setWindowTitle(self.tr("DICEL Desktop: something went wrong"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self._details: list[str] = []
        layout = QVBoxLayout(self)
        self.message = QLabel(
            self.tr(
                "Something went wrong inside DICEL Desktop. What you were doing may not have "
                "finished: check it, then carry on. If it happens again, tell IT and give "
                "them the details (Copy details) or the log file."
            )
        )
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        if log_path:
            where = self.tr("Log file: {path}").format(path=log_path)
        else:
            where = self.tr("This program could not open its log file.")
        self.log_label = QLabel(where)
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.log_label)
        self.count_label = QLabel()
        self.count_label.hide()
        layout.addWidget(self.count_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    @property
    def details(self) -> str:
        return "\n\n".join(self._details)

    def add(self, details: str) -> None:
        self._details.append(details)
        if len(self._details) > 1:
            self.count_label.setText(
                self.tr("Problems since this window opened: {count}").format(
                    count=len(self._details)
                )
            )
            self.count_label.show()

    @slot_while_whole(keeps="_details")
    def _on_copy_clicked(self) -> None:
        QApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))


class CrashReporter(QObject):
    """Installs the hooks, logs each problem and shows (or adds to) the dialog."""

    #: Details of a problem met on any thread; shown on the GUI thread (queued).
    problem = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.dialog: CrashDialog | None = None
        self._previous_excepthook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._previous_qt_handler = None
        self.problem.connect(self._on_problem, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        self._previous_qt_handler = qInstallMessageHandler(self.qt_message)

    def uninstall(self) -> None:
        if sys.excepthook == self.excepthook:
            sys.excepthook = self._previous_excepthook
        if threading.excepthook == self.thread_excepthook:
            threading.excepthook = self._previous_thread_hook
        qInstallMessageHandler(self._previous_qt_handler)

    # ----------------------------------------------------------------- the routes

    def excepthook(
        self,
        kind: type[BaseException],
        value: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous_excepthook(kind, value, tb)
            return
        self.report(value, "Unexpected error", tb)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else "a thread"
        self.report(args.exc_value, f"Unexpected error in thread {name}", args.exc_traceback)

    def qt_message(self, mode: QtMsgType, context, message: str) -> None:
        where = f" ({context.file}:{context.line})" if context and context.file else ""
        if mode == QtMsgType.QtFatalMsg:
            log.critical("Qt ended the program: %s%s", message, where)
            for handler in logging.getLogger().handlers:
                handler.flush()
        elif mode == QtMsgType.QtCriticalMsg:
            log.error("Qt reported a critical problem: %s%s", message, where)
            self.problem.emit(f"Qt: {message}{where}")
        elif mode == QtMsgType.QtWarningMsg:
            qt_log.warning("%s%s", message, where)
        else:
            qt_log.debug("%s%s", message, where)

    def report(self, error: BaseException, what: str, tb: TracebackType | None = None) -> None:
        """Log ``error`` (unless logged already) and show it; from any thread."""
        tb = tb if tb is not None else error.__traceback__
        details = "".join(traceback.format_exception(type(error), error, tb)).rstrip()
        if not getattr(error, LOGGED_MARK, False):
            log.error("%s", what, exc_info=(type(error), error, tb))
        # The details the person copies are masked as the log is: they go into e-mails.
        self.problem.emit(logs.redact(details))

    # ----------------------------------------------------------------- the dialog

    @slot_while_whole(str, keeps="dialog")
    def _on_problem(self, details: str) -> None:
        try:
            if self.dialog is None or not self.dialog.isVisible():
                log_path = logs.current_log_file()
                self.dialog = CrashDialog(str(log_path) if log_path else None)
            self.dialog.add(details)
            self.dialog.show()
            self.dialog.raise_()
        except Exception:  # the dialog itself failed: the log has it all the same
            log.exception("The problem dialog could not be shown")


_reporter: CrashReporter | None = None


def install() -> CrashReporter:
    """Route every unexpected exception to the dialog (once per process)."""
    global _reporter
    if _reporter is None:
        _reporter = CrashReporter()
        _reporter.install()
    return _reporter


def uninstall() -> None:
    global _reporter
    if _reporter is not None:
        _reporter.uninstall()
        _reporter = None


def report_unexpected(error: BaseException, what: str) -> bool:
    """Show a defect nobody else will (a worker task without on_error); False when no
    reporter is installed (tests, the CLI), where the log line is all there is."""
    if _reporter is None:
        return False
    _reporter.report(error, what)
    return True
