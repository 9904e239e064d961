"""An export in a process of its own (``multiprocessing`` spawn), so the window stays live.

Why not on the DB worker thread: Python runs one thread at a time, and an export is
Python from the first row to the last (XlsxWriter is pure Python; a CSV row is a loop
turn). PySide takes the GIL for every Qt event that reaches a Python-made object, and
under a busy thread each of those waits out the switch interval (5 ms): the window
stopped for 40-70 ms at a time during an XLSX export, 10-40 ms during a CSV one
(tests/perf/test_gui_stall_benchmark.py; the GUI thread was found waiting in
``take_gil``). A shorter switch interval or yielding every few rows brought it to
8-10 ms, still twice a full repaint; a process has its own GIL and its own garbage
collector, and at a lower CPU priority it also leaves the GUI thread first call on a
core.

``ExportProcess.run`` starts the child, sends it the job over a pipe (the credentials
included: never on a command line, where any local user could read them), and passes the
child's progress reports on. It waits for the child all along, so it runs on a thread of
its own (gui/export_dialog.py), never on the one DB worker: every other database
operation would queue behind the export for its whole run. The child runs
``services.export.export_list`` on a connection of its own, so the files are exactly
those of an export in the window's process. Cancelling (``stop`` set) sends "cancel":
the child cancels its running statement on the server and stops between chunks, and
``export_list`` removes its temporary file, so nothing half-written is left. A child that
does not end soon after is killed; its temporary file is removed here.

The program's end stops a running export the same way (``end_running_exports``, at
``atexit`` and from gui/app.py): "cancel", a short wait, then the child is killed and its
temporary file removed. Left to multiprocessing's own exit, the (daemonic) child was
killed with its hidden ``.part`` file left beside the target.

The packaged program starts children through the same executable:
``multiprocessing.freeze_support()`` in ``__main__`` lets PyInstaller's bootloader run one.
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import logging
import multiprocessing
import multiprocessing.util  # its atexit hook first: ours, registered later, runs before
import os
import pickle
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dicel_desktop.services.export import (
    ExportCancelled,
    ExportFormat,
    ExportResult,
    ExportWords,
    Progress,
    export_list,
)
from dicel_desktop.services.listing import ListQuery

log = logging.getLogger(__name__)

#: How often the parent looks at ``stop`` while it waits for the child's news.
POLL_S = 0.05
#: How long a child has to end after "cancel" (its statement cancelled) or its last
#: word before it is killed.
END_WAIT_S = 10.0
#: The child's niceness where it cannot be an idle-class task (``_lower_priority``).
CHILD_NICENESS = 10
#: Windows' ``SetPriorityClass`` value for "below normal".
BELOW_NORMAL_PRIORITY_CLASS = 0x4000
#: How long a child waits for its job (the person choosing a file) before it exits.
JOB_WAIT_S = 600.0
#: At the program's end: how long a running export has to stop after "cancel" before its
#: child is killed (a person quitting does not wait for a slow server's answer).
EXIT_WAIT_S = 2.0


@dataclass(frozen=True)
class ExportJob:
    """What the child needs; sent over the pipe, never on the command line."""

    #: SQLAlchemy URL with the password (``render_as_string(hide_password=False)``).
    url: str
    query: ListQuery
    path: str
    fmt: str
    #: Every transaction READ ONLY, as the window's own (services.client_version).
    read_only: bool = False
    #: Headers, state labels and sheet names in the person's language.
    words: ExportWords = field(default_factory=ExportWords)
    #: The person's time zone (IANA name, as the desktop says it); "": the child's own.
    time_zone: str = ""


class ExportProcessDied(RuntimeError):
    """The export's process ended without a word (killed, out of memory)."""


class ExportProcess:
    """A child process waiting for one export.

    Made as soon as an export is asked for: the child's imports (SQLAlchemy, the models)
    take about 2 s, which pass while the person chooses the file. ``run`` gives it the
    job; ``close`` ends it (a process never given a job just exits).
    """

    def __init__(self) -> None:
        self._path: Path | None = None
        self._closed = False
        #: ``close`` may be called by ``run``'s thread and by the program's end at once.
        self._close_lock = threading.Lock()
        #: Set by the program's end (``abort``): ``run`` cancels as for ``stop``.
        self._abort = threading.Event()
        #: Set when ``run`` has returned or raised (the process closed).
        self._ended = threading.Event()
        self._start()

    def _start(self) -> None:
        context = multiprocessing.get_context("spawn")
        self._news, news_out = context.Pipe(duplex=False)  # child -> parent
        orders_in, self._orders = context.Pipe(duplex=False)  # parent -> child
        self._process = context.Process(
            target=_child_main, args=(orders_in, news_out), name="dicel-export", daemon=True
        )
        self._process.start()
        news_out.close()
        orders_in.close()

    def run(
        self,
        job: ExportJob,
        *,
        progress: Progress | None = None,
        stop: threading.Event | None = None,
    ) -> ExportResult:
        """Run ``export_list`` for ``job`` in the child; its result, or what it raised
        (ExportCancelled when ``stop`` was set). Closes the process."""
        self._path = Path(job.path)
        with _running_lock:
            _running.add(self)
        try:
            return self._run(job, progress, stop)
        finally:
            try:
                self.close()
            finally:
                with _running_lock:
                    _running.discard(self)
                self._ended.set()

    def _run(
        self, job: ExportJob, progress: Progress | None, stop: threading.Event | None
    ) -> ExportResult:
        if not self._process.is_alive():  # waited too long for its job: a fresh one
            self._news.close()
            self._orders.close()
            self._process.join()
            self._start()
        cancelled_at: float | None = None
        self._orders.send(job)
        while True:
            stopped = self._abort.is_set() or (stop is not None and stop.is_set())
            if stopped and cancelled_at is None:
                cancelled_at = time.monotonic()
                _send_quietly(self._orders, "cancel")
            if not self._news.poll(POLL_S):
                if cancelled_at is not None and time.monotonic() - cancelled_at > END_WAIT_S:
                    raise ExportCancelled  # a child that does not answer is killed
                continue
            try:
                kind, *payload = self._news.recv()
            except EOFError:
                raise ExportProcessDied(
                    f"the export process ended with exit code {_exit_code(self._process)}"
                ) from None
            if kind == "progress":
                if progress is not None:
                    progress(*payload)
            elif kind == "done":
                return payload[0]
            elif kind == "cancelled":
                raise ExportCancelled
            else:  # "failed"
                raise _unpickled(payload[0])

    def close(self) -> None:
        """End the child: it exits on its own if it had no job (never waited for here:
        this may be the GUI thread, and the child may still be importing); with a job,
        after its last word, killed if it does not end."""
        with self._close_lock:
            if self._closed:
                return
            self._closed = True
            self._orders.close()  # the child's wait for a job or for "cancel" ends on EOF
            self._news.close()
            if self._path is None:
                return
            self._process.join(END_WAIT_S)
            if self._process.is_alive():
                log.warning("The export process did not end: killing it")
                self._process.kill()
                self._process.join()
            if self._process.exitcode != 0:  # killed (here or elsewhere): its file is left
                _remove_partial(self._path)
            self._process.close()

    def abort(self, timeout: float = EXIT_WAIT_S) -> None:
        """From another thread, at the program's end: stop the running export as Cancel
        does, and if it has not ended within ``timeout`` seconds kill the child and
        remove its temporary file; returns once ``run`` has ended (or soon after)."""
        self._abort.set()
        if self._ended.wait(timeout):
            return
        log.warning("The export did not stop: killing its process")
        with contextlib.suppress(ValueError, OSError, AttributeError):  # closed meanwhile
            self._process.kill()
        # run() now hears the pipe close and closes the process, partial file included.
        if not self._ended.wait(END_WAIT_S) and self._path is not None:
            _remove_partial(self._path)


#: The processes whose ``run`` is under way (any thread's).
_running: set[ExportProcess] = set()
_running_lock = threading.Lock()


def end_running_exports() -> None:
    """Stop every export still running (``ExportProcess.abort``): at the program's end,
    before the interpreter goes (multiprocessing would kill the children with their
    temporary files left)."""
    with _running_lock:
        running = list(_running)
    for process in running:
        process.abort()


atexit.register(end_running_exports)


def export_in_process(
    job: ExportJob,
    *,
    progress: Progress | None = None,
    stop: threading.Event | None = None,
) -> ExportResult:
    """``ExportProcess().run(job, ...)``: a child started now."""
    return ExportProcess().run(job, progress=progress, stop=stop)


def _exit_code(process: Any) -> Any:
    process.join(END_WAIT_S)
    return process.exitcode


def _send_quietly(pipe: Any, message: Any) -> None:
    with contextlib.suppress(OSError):  # the child has ended already: nothing to stop
        pipe.send(message)


def _unpickled(data: bytes) -> BaseException:
    try:
        error = pickle.loads(data)
    except Exception as failure:  # a class the parent cannot rebuild
        return RuntimeError(f"the export failed: {failure!r}")
    return error if isinstance(error, BaseException) else RuntimeError(repr(error))


def _remove_partial(path: Path) -> None:
    # export's _Target: ".<stem>.<random>.part" beside the file.
    for part in path.parent.glob(f".{glob.escape(path.stem)}.*.part"):
        part.unlink(missing_ok=True)


# --------------------------------------------------------------------------- the child


def _lower_priority() -> None:
    """Leave the CPU to everything else first, the window above all.

    Linux: ``SCHED_IDLE``. A niceness alone (10 was tried) still lets the child finish
    its slice before a waking GUI thread runs, which the stall benchmark saw as a
    missed repaint on a busy 2-core machine; an idle-class task is preempted at once
    by any normal one, and still gets every core nobody else wants. Other POSIX systems
    take the niceness; Windows the below-normal priority class.
    """
    scheduler = getattr(os, "sched_setscheduler", None)
    if scheduler is not None and hasattr(os, "SCHED_IDLE"):
        try:
            scheduler(0, os.SCHED_IDLE, os.sched_param(0))
            return
        except OSError:
            pass  # not allowed here (a container's seccomp): the niceness then
    nice = getattr(os, "nice", None)
    if nice is not None:
        with contextlib.suppress(OSError):
            nice(CHILD_NICENESS)
    elif sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        kernel32.SetPriorityClass(kernel32.GetCurrentProcess(), BELOW_NORMAL_PRIORITY_CLASS)


def _child_main(orders: Any, news: Any) -> None:
    """The child's whole life: one job, its reports, its end."""
    _lower_priority()
    try:
        if not orders.poll(JOB_WAIT_S):
            return  # nobody came back: a new export starts a new process
        job: ExportJob = orders.recv()
    except (EOFError, OSError):
        return  # closed without a job: the person chose no file
    stop = threading.Event()
    driver: list[Any] = []

    def listen() -> None:
        try:
            message = orders.recv()
        except (EOFError, OSError):
            return  # the parent is gone or done
        if message == "cancel":
            stop.set()
            if driver:
                try:
                    driver[0].cancel_safe(timeout=5)
                except Exception:  # best effort: stop is set anyway
                    log.debug("Cancelling the export's statement failed", exc_info=True)

    threading.Thread(target=listen, name="dicel-export-orders", daemon=True).start()

    def report(done: int, total: int) -> None:
        news.send(("progress", done, total))

    from sqlalchemy import NullPool

    from dicel_desktop.db.engine import make_engine
    from dicel_desktop.services import client_version

    try:
        engine = make_engine(job.url, poolclass=NullPool, pool_pre_ping=False)
        try:
            if job.read_only:
                client_version.make_read_only(engine, True)
            with engine.connect() as conn:
                driver.append(conn.connection.driver_connection)
                result = export_list(
                    conn, job.query, Path(job.path), ExportFormat(job.fmt), progress=report,
                    stop=stop, words=job.words, time_zone=job.time_zone or None,
                )  # fmt: skip
        finally:
            engine.dispose()
    except ExportCancelled:
        news.send(("cancelled",))
        return
    except BaseException as error:
        if stop.is_set():  # the statement's cancellation, seen as an error
            news.send(("cancelled",))
            return
        try:
            data = pickle.dumps(error)
        except Exception:
            data = pickle.dumps(RuntimeError(f"{type(error).__name__}: {error}"))
        news.send(("failed", data))
        return
    news.send(("done", result))
