"""Operations: a named service function run on the DB worker, with what to do after.

    Op(window.worker, inventory.save_item, item_id, values)
        .for_widget(form)
        .explaining("inventory_items", values, action="update")
        .on_success(form.show_saved)
        .on_failure(form.show_error)
        .run()

``fn(session, *args, **kwargs)`` runs on the worker thread (``fn(*args, **kwargs)`` on a
worker without sessions). It is one unit of work: a deadlock or a serialization failure
runs it once more (``services.db_errors.with_retry``); any database refusal becomes a
:class:`~dicel_desktop.domain.errors.DicelError` there, in the worker, worded by
``services.db_errors`` with the table and values given to :meth:`Op.explaining` (which
needs the session: whose record holds a unique value, which right is missing), so
``params["field"]`` names the field to show the sentence beside.

Callbacks run on the GUI thread, and only while the widget given to :meth:`for_widget`
still exists (a form closed while it saved gets no callback, and the request is dropped).
Without ``on_failure``, the failure's sentence is shown in a message box on that widget.
The idea is Anki's ``CollectionOp``/``QueryOp`` (``qt/aqt/operations``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.gui.error_sentences import describe_error, is_database_error
from dicel_desktop.gui.worker import DbWorker

__all__ = ["Op"]


class Op:
    """One run of ``fn`` on ``worker``; configure with the chained methods, then :meth:`run`."""

    def __init__(self, worker: DbWorker, fn: Callable[..., Any], *args: Any, **kwargs: Any):
        self._worker = worker
        self._fn = fn
        self._args = args
        self._kwargs = kwargs
        self._widget: QWidget | None = None
        self._success: Callable[[Any], Any] | None = None
        self._failure: Callable[[DicelError], Any] | None = None
        self._table: str | None = None
        self._values: Mapping[str, Any] | None = None
        self._action: str | None = None
        self._request: int | None = None
        #: The message box the default failure handler showed (tests read it).
        self.message_box: QMessageBox | None = None

    # ----------------------------------------------------------------- configuration

    def for_widget(self, widget: QWidget) -> Op:
        """Callbacks run only while ``widget`` exists; failures are shown on it."""
        self._widget = widget
        return self

    def on_success(self, callback: Callable[[Any], Any]) -> Op:
        self._success = callback
        return self

    def on_failure(self, callback: Callable[[DicelError], Any]) -> Op:
        """``callback(error)``: a DicelError (the sentence: ``describe_error(error)``;
        the field to blame, if any: ``error.params.get("field")``)."""
        self._failure = callback
        return self

    def explaining(
        self, table: str, values: Mapping[str, Any] | None = None, *, action: str | None = None
    ) -> Op:
        """Word refusals for ``table``, the ``values`` being written and the ``action``
        ("insert", "update", "delete", "read")."""
        self._table, self._values, self._action = table, values, action
        return self

    # ----------------------------------------------------------------- running

    def run(self) -> int:
        """Submit to the worker; returns the request id (0: not asked, see below)."""
        if self._widget is not None and self._worker.is_shut_down:
            # A widget's read asked once the worker has shut down (the program closing; a
            # pause's timer or a queued turn firing after it): nobody is left to show the
            # answer, so nothing is asked. Raising said "the DB worker has been shut down"
            # into Qt's event loop, and each timer had grown its own check (stop 42: a
            # leave request dialog's preview, at a test's teardown).
            return 0
        if self._widget is not None:
            # A widget gone before the answer: the answer is not wanted.
            self._widget.destroyed.connect(self.cancel)
        self._request = self._worker.submit(self._task(), self._on_done, self._on_error)
        return self._request

    def cancel(self, *_args: object) -> None:
        if self._request is not None:
            self._worker.cancel(self._request)
            self._request = None

    def _task(self) -> Callable[..., Any]:
        fn, args, kwargs = self._fn, self._args, self._kwargs
        table, values, action = self._table, dict(self._values or {}), self._action

        def with_session(session: Any) -> Any:
            from dicel_desktop.services import db_errors

            try:
                return db_errors.with_retry(lambda: fn(session, *args, **kwargs), session=session)
            except Exception as error:
                if isinstance(error, DicelError) or not is_database_error(error):
                    raise
                raise db_errors.explain_with_lookup(
                    session, error, table, values, action
                ) from error

        def without_session() -> Any:
            return fn(*args, **kwargs)

        return without_session if self._worker.is_sessionless else with_session

    def _finish(self) -> bool:
        """The request has answered; whether its callbacks may run."""
        self._request = None
        if self._widget is None:
            return True
        if not shiboken6.isValid(self._widget):
            return False
        self._widget.destroyed.disconnect(self.cancel)
        return True

    def _on_done(self, result: Any) -> None:
        if self._finish() and self._success is not None:
            self._success(result)

    def _on_error(self, error: BaseException) -> None:
        if not self._finish():
            return
        if not isinstance(error, DicelError):
            from_worker = error
            error = DicelError("unexpected_error")
            if is_database_error(from_worker):
                from dicel_desktop.services.db_errors import explain

                error = explain(from_worker)
        if self._failure is not None:
            self._failure(error)
        else:
            self._show(error)

    def _show(self, error: DicelError) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("Op", "Not done"),
            describe_error(error),
            QMessageBox.StandardButton.Ok,
            self._widget,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Not exec(): a nested event loop would let other answers arrive under it.
        box.open()
        self.message_box = box
