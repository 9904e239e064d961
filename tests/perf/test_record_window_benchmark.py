"""Opening a record window, against the read of its record alone (openfast44).

Run on demand: ``.venv/bin/pytest tests/perf -s -p no:randomly -k record_window``. Prints
a table; asserts nothing about wall time.

A scratch database holds the small demo company; each table is opened by the login of
its department over TCP (a real login: grants and row security cost what they cost): an
employee (HR), an invoice with its lines (finance), a purchase order (inventory), an IT
ticket (IT) and a contract (clients). For each, the median of the rounds of:

* **filled**: from asking the opener for the window to the first paint of its form
  showing the record (built, shown, the record read on the DB worker, the form filled);
* **filled: CPU**: the processor time this process (the GUI thread, the DB worker)
  spent over *filled*: steadier than wall time on a shared, busy machine;
* **built**: the window's construction alone (``RecordWindow(...)``, the read only sent);
* **tabs built**: from asking to the tabs under the form built (``panels_ready``);
* **tabs built: CPU**: the processor time from asking until then and the worker idle
  (every list asked for has had its rows read);
* **read** (the baseline): ``services.records.load_record``, the service operation the
  window runs, on a session of the same login, in the same round.

Ratios are to the read's median. The lists, files and history under the form are built
after its first paint (``WindowPanels.build_after_paint``) and are not in *filled* but in
*tabs built*; each round waits for them and for the worker before the next, so one
window's tail does not land in the next one's clock.
"""

from __future__ import annotations

import gc
import time
import uuid
from collections.abc import Iterator

import psycopg
import pytest
from _demo_company import DemoCompany, demo_company
from _measure import RUNS, Line, Stats, load_note, make_paint_probe, print_table, settle, wait_until
from psycopg import sql

pytestmark = [pytest.mark.perf, pytest.mark.timeout(1800)]

#: (table, the role of the login that opens it).
WINDOWS = [
    ("employees", "hr"),
    ("invoices", "finance"),
    ("purchase_orders", "inventory"),
    ("it_support_tickets", "it"),
    ("contracts", "client"),
]
ROUNDS = max(RUNS, 9)


@pytest.fixture(scope="module")
def window_db(pg_superuser_dsn, template_db, _admin) -> Iterator[DemoCompany]:
    with demo_company(
        pg_superuser_dsn, template_db, _admin, "window_perf", {role for _table, role in WINDOWS}
    ) as company:
        yield company


def _record_ids(dsn: str, table: str, count: int) -> list[uuid.UUID]:
    """The newest records of ``table`` (for invoices: those with lines)."""
    where = sql.SQL("")
    if table == "invoices":
        where = sql.SQL(
            "WHERE EXISTS (SELECT 1 FROM invoice_items l WHERE l.invoice_id = invoices.id)"
        )
    with psycopg.connect(dsn) as conn:
        rows = conn.execute(
            sql.SQL("SELECT id FROM {} {} ORDER BY created_at DESC LIMIT %s").format(
                sql.Identifier(table), where
            ),
            (count,),
        ).fetchall()
    return [row[0] for row in rows]


def test_opening_record_windows(window_db, qapp) -> None:
    lines: list[Line] = []
    for table, role_name in WINDOWS:
        lines += _measure_window(window_db, table, role_name)
    notes = [
        load_note(),
        f"median of {ROUNDS} rounds; read = services.records.load_record on a session of"
        " the same login (the window's own operation), in the same round",
    ]
    print_table("Record windows: open", lines, notes)


def _measure_window(db: DemoCompany, table: str, role_name: str) -> list[Line]:
    from dicel_desktop.db.engine import make_engine, make_session_factory
    from dicel_desktop.domain.roles import Role
    from dicel_desktop.gui.records.editor_factory import make_editor_factory
    from dicel_desktop.gui.records.opener import RecordOpener
    from dicel_desktop.gui.records.panels import record_panels
    from dicel_desktop.gui.worker import DbWorker
    from dicel_desktop.services import records

    role = Role(role_name)
    engine = make_engine(db.logins[role_name], pool_pre_ping=False)
    worker = DbWorker(make_session_factory(engine))
    opener = RecordOpener(worker, role, make_editor_factory(worker), record_panels)
    filled: list[float] = []
    filled_cpu: list[float] = []
    built: list[float] = []
    tabs: list[float] = []
    tabs_cpu: list[float] = []
    read: list[float] = []
    try:
        ids = _record_ids(db.superuser_dsn, table, ROUNDS + 1)
        assert len(ids) == ROUNDS + 1, f"the demo has too few {table}"
        session = make_session_factory(engine)()

        def read_once(record_id: uuid.UUID) -> float:
            start = time.perf_counter()
            records.load_record(session, table, role, record_id)
            session.commit()
            return (time.perf_counter() - start) * 1000

        def open_once(record_id: uuid.UUID) -> tuple[float, float, float, float, float]:
            start, cpu = time.perf_counter(), time.process_time()
            window = opener._make(table, record_id=record_id)
            made = time.perf_counter()
            opener.windows[(table, record_id)] = window
            probe = make_paint_probe(window.form)
            probe.arm(lambda: window.record is not None and not window.is_busy)
            window.show()
            done = probe.wait()
            cpu_start, cpu = cpu, time.process_time() - cpu
            wait_until(lambda: window.panels_ready, 30)
            ready = time.perf_counter()
            wait_until(lambda: not worker.is_busy, 30)
            ready_cpu = time.process_time() - cpu_start
            window.discard_and_close()
            return (
                (done - start) * 1000,
                (made - start) * 1000,
                cpu * 1000,
                (ready - start) * 1000,
                ready_cpu * 1000,
            )

        # Warm-up: first use of every editor class, statement compilation, connections.
        read_once(ids[-1])
        open_once(ids[-1])
        for index in range(ROUNDS):
            settle(200)
            gc.collect()
            record_id = ids[index]
            if index % 2:
                whole, making, cpu, ready, ready_cpu = open_once(record_id)
                read.append(read_once(record_id))
            else:
                read.append(read_once(record_id))
                whole, making, cpu, ready, ready_cpu = open_once(record_id)
            filled.append(whole)
            filled_cpu.append(cpu)
            built.append(making)
            tabs.append(ready)
            tabs_cpu.append(ready_cpu)
        session.close()
    finally:
        wait_until(lambda: not worker.is_busy, 30)
        worker.shutdown()
        engine.dispose()
    floor = Stats.of(read)
    return [
        _line(f"{table} ({role_name}): filled", Stats.of(filled), floor),
        _line("  filled: CPU of this process", Stats.of(filled_cpu), floor),
        _line("  built (construction alone)", Stats.of(built), floor),
        _line("  tabs built (ask to panels_ready)", Stats.of(tabs), floor),
        _line("  tabs built: CPU, to the worker idle", Stats.of(tabs_cpu), floor),
        _line("  read (baseline)", floor, floor),
    ]


def _line(what: str, mine: Stats, floor: Stats) -> Line:
    return Line(
        what, mine.show("ms"), floor.show("ms"), f"{mine.median / floor.median:.1f}x", "—", None
    )
