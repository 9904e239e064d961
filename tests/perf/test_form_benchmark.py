"""Opening and saving a record form, against the raw work underneath.

Run on demand: ``.venv/bin/pytest tests/perf -s -p no:randomly -k form``. Prints a table;
asserts nothing about wall time.

A scratch database holds the small demo company; everything runs logged in as the finance
manager over TCP (a real login: grants and row security cost what they cost), on three
records of growing weight: an expense, an employee (HR, JSON fields) and an invoice (with
its lines listed under it).

* **Open** (target: within 2x): from asking for the record to the first paint of its
  form filled in, through the DB worker (``RecordOpener.open``: the row and the names of
  its references in one query, the window built, painted); against the floor: one raw
  primary-key fetch through psycopg (``SELECT * ... WHERE id = %s``) plus building the
  same form from literal values (the same widgets, no database) and its first paint.
* **Save** (target: within 2x): ``services.records.save_record`` on a session of the
  login (the optimistic-lock UPDATE with its audit trigger giving back the saved row and
  the names of its references in one statement, commit) against the raw ``UPDATE ...
  WHERE id = %s AND updated_at = %s`` with its audit trigger and commit, through psycopg
  on a connection of the same kind. For information, the same save from the window: from
  Save to the record shown as saved (checks, the DB worker's hop, the form refilled).

Rounds alternate ours and the floor; each ratio is taken within its round, and the
table shows their median and range beside the ratio of medians.
"""

from __future__ import annotations

import gc
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
import pytest
from _demo_company import DemoCompany, demo_company
from _measure import (
    RUNS,
    Line,
    Stats,
    load_note,
    make_paint_probe,
    print_table,
    settle,
    wait_until,
)
from psycopg import sql

pytestmark = [pytest.mark.perf, pytest.mark.timeout(1800)]

#: (table, who opens it) of each form measured.
FORMS = [("expenses", "finance"), ("employees", "hr"), ("invoices", "finance")]
#: A free-text field each save changes.
SAVED_FIELD = {"expenses": "vendor", "employees": "work_location", "invoices": "notes"}
ROUNDS = max(RUNS, 7)


@pytest.fixture(scope="module")
def form_db(pg_superuser_dsn, template_db, _admin) -> Iterator[DemoCompany]:
    with demo_company(
        pg_superuser_dsn, template_db, _admin, "form_perf", ("finance", "hr")
    ) as company:
        yield company


def _record_ids(dsn: str, table: str, count: int, *, open_only: bool = False) -> list[uuid.UUID]:
    """The newest records of ``table`` (``open_only``: still in a state where the form may
    change them, for the saves: a decided record refuses, migration 0007)."""
    from dicel_desktop.domain.tables import table_info

    lock = table_info(table).lock
    where = sql.SQL("")
    states: list[str] = []
    if open_only and lock is not None:
        where = sql.SQL("WHERE {} = ANY(%s)").format(sql.Identifier(lock.column))
        states = list(lock.open_states)
    with psycopg.connect(dsn) as conn:
        rows = conn.execute(
            sql.SQL("SELECT id FROM {} {} ORDER BY created_at DESC LIMIT %s").format(
                sql.Identifier(table), where
            ),
            ([states, count] if states else [count]),
        ).fetchall()
    return [row[0] for row in rows]


def test_opening_and_saving_a_record_form(form_db, qapp) -> None:
    lines: list[Line] = []
    for table, role_name in FORMS:
        lines += _measure_form(form_db, table, role_name)
    notes = [
        load_note(),
        "open floor: raw primary-key fetch + the same form built from literal values and"
        " painted; save floor: raw UPDATE ... WHERE id AND updated_at (audit trigger) + COMMIT",
    ]
    print_table("Record forms: open and save", lines, notes)


def _measure_form(form_db: DemoCompany, table: str, role_name: str) -> list[Line]:
    from dicel_desktop.db.engine import make_engine, make_session_factory
    from dicel_desktop.domain.roles import Role
    from dicel_desktop.gui.records.editor_factory import make_editor_factory
    from dicel_desktop.gui.records.opener import RecordOpener
    from dicel_desktop.gui.records.panels import record_panels
    from dicel_desktop.gui.worker import DbWorker
    from dicel_desktop.services import records

    role = Role(role_name)
    url = form_db.logins[role_name]
    engine = make_engine(url, pool_pre_ping=False)
    worker = DbWorker(make_session_factory(engine))
    bench = _Bench(
        table=table,
        opener=RecordOpener(worker, role, make_editor_factory(worker), record_panels),
        raw=psycopg.connect(url, prepare_threshold=None),
    )
    try:
        # Records of their own per round (a window per record, as in the program).
        ids = _record_ids(form_db.superuser_dsn, table, 2 * ROUNDS + 2)
        with make_session_factory(engine)() as session:
            literals = {i: records.load_record(session, table, role, i) for i in ids}
        # Warm-up: first use of every editor class, statement compilation, connections.
        bench.open_ours(ids[-1])
        bench.open_floor(literals[ids[-2]])
        ours_open: list[float] = []
        floor_open: list[float] = []
        for index in range(ROUNDS):
            bench.settle()
            mine, theirs = ids[2 * index], literals[ids[2 * index + 1]]
            if index % 2:
                floor_open.append(bench.open_floor(theirs))
                ours_open.append(bench.open_ours(mine))
            else:
                ours_open.append(bench.open_ours(mine))
                floor_open.append(bench.open_floor(theirs))

        ours_save: list[float] = []
        window_save: list[float] = []
        floor_save: list[float] = []
        (saved,) = _record_ids(form_db.superuser_dsn, table, 1, open_only=True)
        session = make_session_factory(engine)()
        # The saves, ours and the floor's taking turns at going first; then, apart, the
        # same save from the window (its lists and files answering around it would
        # otherwise share the measured minutes).
        for n in range(ROUNDS + 1):
            bench.settle()
            if n % 2:
                floor = bench.save_floor(saved, n)
                ours = bench.save_service(session, saved, n)
            else:
                ours = bench.save_service(session, saved, n)
                floor = bench.save_floor(saved, n)
            if n:  # the first round warms up
                ours_save.append(ours)
                floor_save.append(floor)
        for n in range(ROUNDS + 1):
            bench.settle()
            in_window = bench.save_ours(saved, n)
            if n:
                window_save.append(in_window)
        session.close()
    finally:
        bench.raw.close()
        worker.shutdown()
        engine.dispose()
    return [
        _line(f"open {table} ({role_name})", ours_open, floor_open),
        _line(f"save {table} ({role_name})", ours_save, floor_save),
        _line("  from the window: Save to shown", window_save, floor_save, target=None),
    ]


def _line(what: str, mine: list[float], theirs: list[float], target: float | None = 2.0) -> Line:
    ours, floor = Stats.of(mine), Stats.of(theirs)
    per_round = Stats.of([a / b for a, b in zip(mine, theirs, strict=True)])
    return Line(
        what,
        ours.show("ms"),
        floor.show("ms"),
        f"{per_round.median:.2f}x ({per_round.low:.2f}-{per_round.high:.2f});"
        f" medians {ours.median / floor.median:.2f}x",
        "—" if target is None else f"≤ {target:g}x",
        None if target is None else per_round.median <= target,
    )


@dataclass
class _Bench:
    """The ways one form is opened and saved, ours and the floor's."""

    table: str
    opener: object
    raw: psycopg.Connection

    def settle(self) -> None:
        """Until the DB worker has nothing left to do (a closed window's lists answering,
        its timers: 150 ms), and with the garbage of the windows before collected: the
        clock then times the work measured, not a collection the windows left behind."""
        wait_until(lambda: not self.opener.worker.is_busy, 30)
        settle(200)
        gc.collect()

    def open_ours(self, record_id: uuid.UUID) -> float:
        start = time.perf_counter()
        window = self.opener.open(self.table, record_id)
        probe = make_paint_probe(window.form)
        probe.arm(lambda: window.record is not None and not window.is_busy)
        done = probe.wait()
        window.discard_and_close()
        return (done - start) * 1000

    def open_floor(self, literal) -> float:
        from PySide6.QtWidgets import QDialog, QScrollArea, QVBoxLayout

        from dicel_desktop.gui.records.record_form import RecordForm
        from dicel_desktop.services.forms import form_spec

        start = time.perf_counter()
        self.raw.execute(
            sql.SQL("SELECT * FROM {} WHERE id = %s").format(sql.Identifier(self.table)),
            (literal.id,),
        ).fetchone()
        self.raw.rollback()
        dialog = QDialog()
        form = RecordForm(form_spec(self.table, self.opener.role), self.opener.make_editor)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)
        QVBoxLayout(dialog).addWidget(scroll)
        dialog.resize(820, 720)
        form.load(literal)
        probe = make_paint_probe(form)
        probe.arm(lambda: True)
        dialog.show()
        done = probe.wait()
        dialog.close()
        dialog.deleteLater()
        return (done - start) * 1000

    def save_ours(self, record_id: uuid.UUID, n: int) -> float:
        window = self.opener.open(self.table, record_id)
        wait_until(lambda: window.record is not None and not window.is_busy, 30)
        editor = window.form.editors[SAVED_FIELD[self.table]]
        editor.set_value(f"Benchmark {n}")
        editor.edited.emit()
        start = time.perf_counter()
        window.save()
        wait_until(lambda: not window.is_busy and not window.form.is_dirty(), 30)
        elapsed = (time.perf_counter() - start) * 1000
        window.discard_and_close()
        return elapsed

    def save_service(self, session, record_id: uuid.UUID, n: int) -> float:
        from dicel_desktop.services import records

        role = self.opener.role
        version = records.load_record(session, self.table, role, record_id).version
        session.commit()
        start = time.perf_counter()
        records.save_record(
            session, self.table, role, record_id, version, {SAVED_FIELD[self.table]: f"S {n}"}
        )
        return (time.perf_counter() - start) * 1000

    def save_floor(self, record_id: uuid.UUID, n: int) -> float:
        table = sql.Identifier(self.table)
        version = self.raw.execute(
            sql.SQL("SELECT updated_at FROM {} WHERE id = %s").format(table), (record_id,)
        ).fetchone()[0]
        self.raw.rollback()
        start = time.perf_counter()
        self.raw.execute(
            sql.SQL(
                "UPDATE {} SET {} = %s WHERE id = %s AND updated_at = %s RETURNING updated_at"
            ).format(table, sql.Identifier(SAVED_FIELD[self.table])),
            (f"Raw {n}", record_id, version),
        ).fetchone()
        self.raw.commit()
        return (time.perf_counter() - start) * 1000
