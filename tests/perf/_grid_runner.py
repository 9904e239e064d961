"""One fresh run of one grid variant, in a process of its own; prints a JSON result.

    python tests/perf/_grid_runner.py '{"variant": "ours", "host": ..., ...}'

Variants (all as the same finance login, in a 1280x800 window, offscreen):

* ``ours``: the DataGrid (ListingModel, DbWorker) on ``transactions``.
* ``floor``: per operation, the raw psycopg keyset query for the page and one paint of
  the visible rows from a QStandardItemModel: the least any implementation must do.
* ``qsql``: Qt's QSqlQueryModel (QPSQL driver) on the whole list's query.
* ``orm``: the obvious implementation: every row through the ORM into a
  QStandardItemModel behind a QSortFilterProxyModel (on ``orm_rows`` rows).

The same sequence in each: open the list; jump to the last row; 20 random positions
(the first is "a random jump"); memory; change the sort column to the amount; a quick
search. Each step is timed from the action to the end of the first paint that shows
real rows (tests/perf/_measure.make_paint_probe). A 5 ms heartbeat runs throughout;
each step's longest stall (from its action until it has settled) is set against one
full repaint of the grid measured right after it.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _measure import (
    emit_result,
    full_repaint_ms,
    make_heartbeat,
    make_paint_probe,
    memory_kb,
    settle,
    wait_until,
)
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

WIDTH, HEIGHT = 1280, 800
POSITIONS = 20
#: Pause after each step (the worker finishing background counts; a person is slower).
SETTLE_MS = 50
PAGE = 200

#: The list as the grid shows it to finance: its ten default columns, newest first.
SELECT = """
SELECT t.transaction_number, a.account_name, t.transaction_type, t.amount, t.description,
       t.reference_number, t.transaction_date, t.posted_date, t.status,
       nullif(concat_ws(' ', u.first_name, u.last_name), '')
FROM transactions t
LEFT JOIN financial_accounts a ON a.id = t.account_id
LEFT JOIN users u ON u.id = t.created_by
"""
#: The quick search as services.listing builds it: one LIKE over the text columns.
SEARCH_WHERE = """
WHERE lower(concat_ws(chr(31), t.transaction_number, a.account_name, t.transaction_type,
      t.description, t.reference_number,
      nullif(concat_ws(' ', u.first_name, u.last_name), ''))) LIKE %s
"""
BY_DATE = " ORDER BY t.transaction_date DESC, t.id DESC"
BY_DATE_ASC = " ORDER BY t.transaction_date ASC, t.id ASC"
BY_AMOUNT = " ORDER BY t.amount ASC, t.id ASC"
AMOUNT_COLUMN = 3  # in SELECT's order, which is the grid's


def visible_rows(view: QTableView) -> range:
    height = view.viewport().height()
    count = view.model().rowCount() if view.model() is not None else 0
    first = view.rowAt(0)
    if count == 0 or first < 0:
        return range(0)
    last = view.rowAt(height - 1)
    return range(first, (last if last >= 0 else count - 1) + 1)


def style_view(view: QTableView, cfg: dict[str, Any]) -> None:
    """What DataGrid does to its view, with its column widths: the same pixels to paint."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    vertical = view.verticalHeader()
    vertical.hide()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(cfg["row_height"])
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(False)


def apply_widths(view: QTableView, cfg: dict[str, Any]) -> None:
    header = view.horizontalHeader()
    for section, width in enumerate(cfg["widths"]):
        header.resizeSection(section, width)


def text_of(value: Any) -> str:
    return "" if value is None else str(value)


def warm_up_qt(host: QWidget, cfg: dict[str, Any]) -> None:
    """Use once the widgets and enums a list is made of, then throw them away.

    PySide6 builds its Python enum types and Qt its style caches on first use (about
    70 ms for a grid's set here). In the program the login and main windows have paid
    for most of that before any list opens, so every variant gets the same warm-up
    before its clock starts; ``warm_qt: false`` measures a brand-new process instead.
    """
    from PySide6.QtGui import QAction, QFont
    from PySide6.QtWidgets import (
        QFrame,
        QHBoxLayout,
        QLabel,
        QLineEdit,
        QMenu,
        QProgressBar,
        QPushButton,
        QScrollBar,
        QToolButton,
    )

    panel = QWidget(host)
    layout = QVBoxLayout(panel)
    bar = QHBoxLayout()
    line = QLineEdit()
    line.setPlaceholderText("Search")
    line.setClearButtonEnabled(True)
    tool = QToolButton()
    tool.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(tool)
    action = QAction("Column", menu)
    action.setCheckable(True)
    menu.addAction(action)
    tool.setMenu(menu)
    button = QPushButton("Count")
    button.setFlat(True)
    busy = QProgressBar()
    busy.setRange(0, 0)
    policy = busy.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    busy.setSizePolicy(policy)
    for widget in (line, tool, button, busy, QLabel("rows")):
        bar.addWidget(widget)
    frame = QFrame()
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setFrameShadow(QFrame.Shadow.Sunken)
    view = QTableView(frame)
    style_view(view, cfg)
    view.setFrameShape(QFrame.Shape.NoFrame)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
    view.setAutoScroll(False)
    model = QStandardItemModel(0, 10, view)
    bold = QFont()
    bold.setBold(True)
    for section in range(10):
        label = QStandardItem(f"Column {section}")
        label.setData(int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), 7)
        label.setFont(bold)
        label.setToolTip("filtered")
        model.setHorizontalHeaderItem(section, label)
    for row in range(40):
        model.appendRow([QStandardItem(f"{row:,} {section}") for section in range(10)])
    view.setModel(model)
    bar_box = QHBoxLayout(frame)
    bar_box.addWidget(view)
    bar_box.addWidget(QScrollBar(Qt.Orientation.Vertical))
    header = view.horizontalHeader()
    header.setSectionsClickable(True)
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    # The first QWidget returned by a scroll area makes shiboken resolve types across
    # QtWidgets (~70 enums made at once).
    header.viewport().update()
    view.viewport().update()
    layout.addLayout(bar)
    layout.addWidget(frame)
    panel.resize(host.size())
    panel.show()
    settle(100)
    panel.hide()
    panel.deleteLater()
    settle(50)


# --------------------------------------------------------------------------- variants


class Variant:
    """One way of showing the list; the driver times what these methods start."""

    view: QTableView
    widget: QWidget

    def __init__(self, cfg: dict[str, Any], host: QWidget) -> None:
        self.cfg = cfg
        self.host = host

    def connect(self) -> None: ...
    def build(self) -> None: ...
    def ready(self) -> bool:
        return self.view.model() is not None and self.view.model().rowCount() > 0

    def idle(self) -> bool:
        return True

    def row_count(self) -> int:
        return self.view.model().rowCount()

    def jump_last(self) -> None:
        self.view.scrollToBottom()

    def jump_to(self, index: int, fraction: float) -> None:
        rows = self.row_count() - len(visible_rows(self.view))
        self.view.verticalScrollBar().setValue(int(fraction * max(rows, 0)))

    def sort_by_amount(self) -> None: ...
    def search(self, word: str) -> None: ...
    def changed(self) -> bool:
        """After sort or search: the new result is what is shown now."""
        return True

    def close(self) -> None: ...


class Ours(Variant):
    def connect(self) -> None:
        from dicel_desktop.db.engine import make_session_factory
        from dicel_desktop.domain.roles import Role
        from dicel_desktop.gui.widgets.data_grid import DataGrid
        from dicel_desktop.gui.worker import DbWorker
        from dicel_desktop.services.auth import login
        from dicel_desktop.services.visibility import columns_for

        # Imported before the clock, as the main window imports it at start.
        self.grid_class = DataGrid

        cfg = self.cfg
        self.logged_in = login(cfg["host"], cfg["port"], cfg["dbname"], cfg["email"], cfg["pw"])
        self.readable = columns_for(Role(self.logged_in.role), "transactions")
        self.worker = DbWorker(make_session_factory(self.logged_in.engine))
        self.folder = tempfile.mkdtemp(prefix="dicel-perf-")
        self.applied = False

    def build(self) -> None:
        settings = QSettings(os.path.join(self.folder, "grid.ini"), QSettings.Format.IniFormat)
        self.grid = self.grid_class(self.worker, "transactions", self.readable, settings=settings)
        self.widget, self.view, self.model = self.grid, self.grid.view, self.grid.model
        self.model.query_applied.connect(self._on_query_applied)

    def _on_query_applied(self) -> None:
        self.applied = True

    def ready(self) -> bool:
        rows = self.grid.rows.rows_on_screen()
        return len(rows) > 0 and all(self.model.is_row_loaded(r) for r in rows)

    def idle(self) -> bool:
        return not self.worker.is_busy

    def row_count(self) -> int:
        return self.model.rowCount()

    def jump_last(self) -> None:
        self.grid.rows.scroll_to_bottom()

    def jump_to(self, index: int, fraction: float) -> None:
        bar = self.grid.scrollbar
        bar.setValue(int(fraction * bar.maximum()))

    def sort_by_amount(self) -> None:
        self.applied = False
        column = [c.name for c in self.model.columns].index("amount")
        self.view.sortByColumn(column, Qt.SortOrder.AscendingOrder)

    def search(self, word: str) -> None:
        self.applied = False
        self.grid.search_box.setText(word)
        self.grid.search_box.returnPressed.emit()  # skips the 250 ms typing pause

    def changed(self) -> bool:
        return self.applied

    def calibration(self) -> dict[str, Any]:
        header = self.view.horizontalHeader()
        return {
            "widths": [header.sectionSize(i) for i in range(header.count())],
            "row_height": self.view.verticalHeader().defaultSectionSize(),
            "columns": [c.name for c in self.model.columns],
            "estimate": self.model.rowCount(),
        }

    def close(self) -> None:
        self.grid.close_list()
        self.worker.shutdown()
        self.logged_in.close()
        shutil.rmtree(self.folder, ignore_errors=True)


class Floor(Variant):
    """Raw psycopg + a QStandardItemModel of just the visible rows, per step."""

    def connect(self) -> None:
        import psycopg

        cfg = self.cfg

        def connect() -> psycopg.Connection:
            return psycopg.connect(
                host=cfg["host"],
                port=cfg["port"],
                dbname=cfg["dbname"],
                user=cfg["email"],
                password=cfg["pw"],
                autocommit=True,
                prepare_threshold=None,
            )

        # Keys at fractions of the list (outside the clock): where the random jumps land.
        # On a connection of their own: the measured one must not have read the table
        # before, as the grid's worker has not (a server process's first query of a
        # table loads its catalog entries: ~2 ms here).
        with connect() as sampler:
            self.sample = sampler.execute(
                "SELECT transaction_date, id FROM transactions TABLESAMPLE SYSTEM (1)"
                " ORDER BY transaction_date DESC, id DESC"
            ).fetchall()
            self.total = sampler.execute(
                "SELECT reltuples::bigint FROM pg_class WHERE relname = 'transactions'"
            ).fetchone()[0]
        self.conn = connect()
        self.current = 0  # a model is current once it shows the latest step's rows

    def _show(self, sql: str, params: tuple[Any, ...] = (), *, reverse: bool = False) -> None:
        rows = self.conn.execute(sql, params).fetchall()
        if reverse:
            rows.reverse()
        wanted = self._rows_on_screen()
        rows = rows[-wanted:] if reverse else rows[:wanted]
        model = QStandardItemModel(len(rows), len(self.cfg["widths"]), self.view)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                model.setItem(r, c, QStandardItem(text_of(value)))
        old = self.view.model()
        self.view.setModel(model)
        apply_widths(self.view, self.cfg)
        if reverse:
            self.view.scrollToBottom()
        if old is not None:
            old.deleteLater()
        self.current = 1

    def _rows_on_screen(self) -> int:
        """Rows the view shows whole or in part."""
        return -(-self.view.viewport().height() // self.cfg["row_height"])

    def build(self) -> None:
        self.view = self.widget = QTableView()
        style_view(self.view, self.cfg)
        self.host.layout().addWidget(self.view)
        # Shown before the layout runs: a hidden widget gets no place from its layout,
        # and the open's model then held the 22 rows of a default-sized view instead
        # of the 35 on screen (the paint is queued; it happens after the model is set).
        self.view.show()
        self.host.layout().activate()  # the view's size says how many rows show
        self._show(SELECT + BY_DATE + f" LIMIT {PAGE}")

    def ready(self) -> bool:
        return self.current == 1

    def row_count(self) -> int:
        return self.total

    def jump_last(self) -> None:
        self.current = 0
        self._show(SELECT + BY_DATE_ASC + f" LIMIT {PAGE}", reverse=True)

    def jump_to(self, index: int, fraction: float) -> None:
        self.current = 0
        key = self.sample[min(int(fraction * len(self.sample)), len(self.sample) - 1)]
        where = " WHERE (t.transaction_date, t.id) <= (%s, %s)"
        self._show(SELECT + where + BY_DATE + f" LIMIT {PAGE}", tuple(key))

    def sort_by_amount(self) -> None:
        self.current = 0
        self._show(SELECT + BY_AMOUNT + f" LIMIT {PAGE}")

    def search(self, word: str) -> None:
        self.current = 0
        self._show(SELECT + SEARCH_WHERE + BY_AMOUNT + f" LIMIT {PAGE}", (f"%{word}%",))

    def close(self) -> None:
        self.conn.close()


class Qsql(Variant):
    """QSqlQueryModel on the whole query: Qt's own answer."""

    def connect(self) -> None:
        from PySide6.QtSql import QSqlDatabase

        cfg = self.cfg
        self.db = QSqlDatabase.addDatabase("QPSQL", "perf")
        self.db.setHostName(cfg["host"])
        self.db.setPort(cfg["port"])
        self.db.setDatabaseName(cfg["dbname"])
        self.db.setUserName(cfg["email"])
        self.db.setPassword(cfg["pw"])
        if not self.db.open():
            raise RuntimeError(self.db.lastError().text())
        self.applied = False

    def _query(self, sql: str) -> None:
        self.model.setQuery(sql, self.db)
        error = self.model.lastError()
        if error.isValid():
            raise RuntimeError(error.text())
        self.applied = True

    def build(self) -> None:
        from PySide6.QtSql import QSqlQueryModel

        self.view = self.widget = QTableView()
        style_view(self.view, self.cfg)
        self.model = QSqlQueryModel(self.view)
        self._query(SELECT + BY_DATE)
        self.view.setModel(self.model)
        apply_widths(self.view, self.cfg)

    def sort_by_amount(self) -> None:
        # QSqlQueryModel cannot sort: run the query again in the other order.
        self.applied = False
        self._query(SELECT + BY_AMOUNT)

    def search(self, word: str) -> None:
        self.applied = False
        pattern = word.lower().replace("'", "''")
        self._query(SELECT + SEARCH_WHERE.replace("%s", f"'%{pattern}%'") + BY_AMOUNT)

    def changed(self) -> bool:
        return self.applied

    def close(self) -> None:
        self.db.close()


class Orm(Variant):
    """Every row through the ORM into a QStandardItemModel; sort and search in memory."""

    def connect(self) -> None:
        from dicel_desktop.services.auth import login

        cfg = self.cfg
        self.logged_in = login(cfg["host"], cfg["port"], cfg["dbname"], cfg["email"], cfg["pw"])
        self.applied = False

    def build(self) -> None:
        import sqlalchemy as sa
        from PySide6.QtCore import QSortFilterProxyModel
        from sqlalchemy.orm import Session

        from dicel_desktop.db.models.core import User
        from dicel_desktop.db.models.finance import FinancialAccount, Transaction

        stmt = (
            sa.select(Transaction, FinancialAccount.account_name, User.first_name, User.last_name)
            .outerjoin(FinancialAccount, FinancialAccount.id == Transaction.account_id)
            .outerjoin(User, User.id == Transaction.created_by)
            .order_by(Transaction.transaction_date.desc(), Transaction.id.desc())
            .limit(self.cfg["orm_rows"])
        )
        model = QStandardItemModel(0, len(self.cfg["widths"]))
        with Session(self.logged_in.engine) as session:
            for t, account, first, last in session.execute(stmt):
                creator = f"{first} {last}" if first or last else None
                values = (
                    t.transaction_number,
                    account,
                    t.transaction_type,
                    t.amount,
                    t.description,
                    t.reference_number,
                    t.transaction_date,
                    t.posted_date,
                    t.status,
                    creator,
                )
                model.appendRow([QStandardItem(text_of(v)) for v in values])
        self.source = model
        self.proxy = QSortFilterProxyModel()
        self.proxy.setSourceModel(model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.view = self.widget = QTableView()
        style_view(self.view, self.cfg)
        self.view.setModel(self.proxy)
        apply_widths(self.view, self.cfg)
        self.view.setSortingEnabled(False)

    def sort_by_amount(self) -> None:
        self.applied = False
        self.proxy.sort(AMOUNT_COLUMN, Qt.SortOrder.AscendingOrder)
        self.view.scrollToTop()
        self.applied = True

    def search(self, word: str) -> None:
        self.applied = False
        self.proxy.setFilterFixedString(word)
        self.view.scrollToTop()
        self.applied = True

    def changed(self) -> bool:
        return self.applied

    def close(self) -> None:
        self.logged_in.close()


VARIANTS = {"ours": Ours, "floor": Floor, "qsql": Qsql, "orm": Orm}


# --------------------------------------------------------------------------- the run


def run(cfg: dict[str, Any]) -> dict[str, Any]:
    app = QApplication.instance() or QApplication([sys.argv[0]])
    host = QWidget()
    host.resize(WIDTH, HEIGHT)
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    host.show()
    variant = VARIANTS[cfg["variant"]](cfg, host)
    variant.connect()
    if cfg.get("warm_qt", True):
        warm_up_qt(host, cfg)
    settle(300)  # the empty window is painted and everything imported
    result: dict[str, Any] = {"variant": cfg["variant"], "rss_empty_kb": memory_kb()["VmRSS"]}
    heartbeat = make_heartbeat(5)
    heartbeat.start()
    #: Per step: the longest stall from its action until it has settled, and one full
    #: repaint of the grid measured right after (this machine's speed drifts by 2x
    #: within a minute, so the yardstick is taken at the moment of each stall).
    stalls: dict[str, tuple[float, float]] = {}

    def settled(name: str, started: float) -> None:
        """After a step: let it settle (background counts, late pages), then note its
        longest stall and measure the yardstick (its blocking loop is not counted)."""
        wait_until(variant.idle, 120)
        settle(SETTLE_MS)
        stall = heartbeat.stall_ms(started, time.perf_counter())
        stalls[name] = (stall, full_repaint_ms(variant.widget))

    def step(name: str, action: Any, condition: Any, probe: Any) -> None:
        probe.arm(condition)
        started = time.perf_counter()
        action()
        done = probe.wait()
        result[f"{name}_ms"] = (done - started) * 1000
        settled(name, started)

    # Open: from building the list to the first paint of real rows.
    started = time.perf_counter()
    variant.build()
    probe = make_paint_probe(variant.view.viewport())
    probe.arm(variant.ready)
    if layout.indexOf(variant.widget) < 0:
        layout.addWidget(variant.widget)
    variant.widget.show()
    opened = probe.wait()
    result["open_ms"] = (opened - started) * 1000
    settled("open", started)
    result["rss_open_kb"] = memory_kb()["VmRSS"]
    if isinstance(variant, Ours):
        result["calibration"] = variant.calibration()

    # The yardsticks once more, at leisure: the rows area alone and the whole grid.
    repaints = []
    viewport = variant.view.viewport()
    for _ in range(15):
        t = time.perf_counter()
        viewport.repaint()
        repaints.append((time.perf_counter() - t) * 1000)
    repaints.sort()
    result["repaint_ms"] = repaints[len(repaints) // 2]
    result["render_ms"] = full_repaint_ms(variant.widget, 15)
    settle(SETTLE_MS)

    step("last", variant.jump_last, variant.ready, probe)

    rng = random.Random(cfg["seed"])
    jumps = []
    for index in range(POSITIONS):
        fraction = rng.random()
        step(
            f"jump{index}", lambda i=index, f=fraction: variant.jump_to(i, f), variant.ready, probe
        )
        jumps.append(result.pop(f"jump{index}_ms"))
    result["random_ms"] = jumps[0]
    result["random_rest_ms"] = sorted(jumps[1:])[len(jumps[1:]) // 2]
    mem = memory_kb()
    result["rss_after_kb"], result["hwm_after_kb"] = mem["VmRSS"], mem["VmHWM"]

    def new_rows() -> bool:
        return variant.changed() and variant.ready()

    step("sort", variant.sort_by_amount, new_rows, probe)
    step("search", lambda: variant.search(cfg["search"]), new_rows, probe)
    result["stall_ms"] = max(stall for stall, _ in stalls.values())
    worst = max(stalls, key=lambda k: stalls[k][0] / stalls[k][1])
    result["stall_ratio"] = stalls[worst][0] / stalls[worst][1]
    result["stall_step"] = worst.rstrip("0123456789")
    result["stall_step_ms"] = stalls[worst][0]
    result["stall_step_yardstick_ms"] = stalls[worst][1]
    result["stalls"] = {name: list(pair) for name, pair in stalls.items()}
    result["rows"] = variant.row_count()
    result["hwm_kb"] = memory_kb()["VmHWM"]
    variant.close()
    del app
    return result


if __name__ == "__main__":
    config = json.loads(sys.argv[1])
    outcome = run(config)
    emit_result(outcome)
    # Skip tearing down a million-row model: the numbers are out.
    os._exit(0)
