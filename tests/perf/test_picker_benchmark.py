"""The foreign-key picker's type-ahead on 100,000 clients, against the raw keyset query.

Run on demand: ``.venv/bin/pytest tests/perf -s -p no:randomly -k picker``. Prints a
table; asserts nothing about wall time.

A scratch database (migrated, so with migration 0009's indexes) gets 100,000 clients
made in SQL from the demo company's words: invented names (a Rwandan word, half the time
a family name, a trade), so names repeat and first words bunch in the alphabet as real
ones do. Everything runs logged in as a clients clerk (a real login: grants cost what
they cost).

For each text, common and rare, first page and next page:

* ``search_references`` (a Session on the clerk's engine) against the same keyset query
  written by hand and run raw through psycopg on a connection of the same kind
  (``prepare_threshold=None``, not autocommit: both open a transaction), taking turns at
  going first; the ratio is the median of the rounds' ratios. Target: within 2x.
* the picker end to end: from the key (Enter, which looks up at once instead of waiting
  for the typing pause; PageDown for the next page) to the list painted with the
  matches, through the DB worker. Against the same raw query, for information.
"""

from __future__ import annotations

import statistics
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

import psycopg
import pytest
from _measure import RUNS, Line, Stats, load_note, make_paint_probe, print_table, wait_until
from helpers import create_database, drop_database, dsn_for, to_url
from psycopg import sql
from psycopg.conninfo import make_conninfo

from dicel_desktop.demo import reference as ref

pytestmark = [pytest.mark.perf, pytest.mark.timeout(1800)]

CLIENTS = 100_000
PAGE = 50
#: (text typed, what kind of text it is).
TEXTS = [
    ("", "nothing typed (Down)"),
    ("ltd", "a word most names hold"),
    ("ika com", "two word starts"),
    ("kivu", "a first word, bunched"),
    ("hotel", "a last word, spread"),
    ("054321", "digits of a client code"),
    ("zq", "two letters, no match"),
]

#: Trades after the demo company's: "Commercial" ones for "ika com" to find.
TRADES = [trade for trade, _industry in ref.COMPANY_TRADES] + [
    "Commercial Bank",
    "Commercial Services Ltd",
]

#: Company names in SQL: the first word skewed (a few words start many names), so names
#: repeat and each first word is one stretch of the alphabet.
FILL_CLIENTS = """
INSERT INTO clients (company_name)
SELECT concat_ws(' ',
         w.words[1 + floor(power(random(), 2) * cardinality(w.words))::int],
         CASE WHEN random() < 0.5
              THEN w.family[1 + floor(random() * cardinality(w.family))::int] END,
         w.trades[1 + floor(random() * cardinality(w.trades))::int])
FROM (SELECT %(words)s::text[] AS words, %(family)s::text[] AS family,
             %(trades)s::text[] AS trades) AS w,
     generate_series(1, %(n)s)
"""


def raw_statement(words: int, continuing: bool) -> str:
    """The keyset query of a page of clients, written by hand."""
    where = [
        f"(lower(company_name) LIKE %(w{i})s OR lower(client_code) LIKE %(w{i})s)"
        for i in range(words)
    ]
    if continuing:
        where.append("(company_name, id) > (%(kn)s, %(kid)s)")
    return (
        "SELECT id, company_name FROM clients"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY company_name, id LIMIT %(lim)s"
    )


def raw_values(text: str, after: tuple[str, uuid.UUID] | None) -> dict[str, object]:
    from dicel_desktop.services.lookup import _patterns

    values: dict[str, object] = {f"w{i}": p for i, p in enumerate(_patterns(text))}
    values["lim"] = PAGE + 1
    if after is not None:
        values["kn"], values["kid"] = after
    return values


@dataclass(frozen=True)
class PickerDatabase:
    superuser_dsn: str
    #: The clients clerk's libpq URL.
    clerk_url: str


@pytest.fixture(scope="module")
def picker_db(pg_superuser_dsn, template_db, _admin) -> Iterator[PickerDatabase]:
    from dicel_desktop.db.engine import make_engine
    from dicel_desktop.services.users import create_user

    name = f"picker_perf_{uuid.uuid4().hex[:6]}"
    create_database(_admin, name, template=template_db)
    dsn = dsn_for(pg_superuser_dsn, name)
    email = f"clerk.{uuid.uuid4().hex[:6]}@picker-perf.dicel.rw"
    password = uuid.uuid4().hex
    try:
        with psycopg.connect(dsn, autocommit=True) as conn:
            # A bulk load as the demo loader does it: no audit row per client.
            conn.execute("SET session_replication_role = replica")
            conn.execute("SELECT setseed(0.17)")
            conn.execute(
                FILL_CLIENTS,
                {
                    "words": list(ref.COMPANY_WORDS),
                    "family": list(ref.LAST_NAMES),
                    "trades": TRADES,
                    "n": CLIENTS,
                },
            )
            conn.execute("VACUUM ANALYZE clients")
            conn.execute("INSERT INTO departments (name, code) VALUES ('Clients', 'CLI')")
        engine = make_engine(dsn)
        with engine.begin() as conn:
            create_user(
                conn,
                email=email,
                first_name="Clerk",
                last_name="Bench",
                role="client",
                password=password,
                department_code="CLI",
            )
        engine.dispose()
        parts = urlsplit(dsn)
        host = parts.hostname if parts.hostname and not parts.hostname.startswith("/") else None
        clerk = make_conninfo(dsn, user=email, password=password, host=host or "127.0.0.1")
        yield PickerDatabase(dsn, to_url(clerk))
    finally:
        drop_database(_admin, name)
        _admin.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(email)))


def _ms(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return (time.perf_counter() - start) * 1000, result


def _plan(conn: psycopg.Connection, statement: str, values: dict[str, object]) -> str:
    """How the server reads the clients for ``statement``: names in order from the btree,
    the trigram index, or the whole table."""
    plan = conn.execute("EXPLAIN (FORMAT JSON) " + statement, values)
    node = plan.fetchone()[0][0]["Plan"]
    while node.get("Plans"):
        node = node["Plans"][0]
    if node["Node Type"] == "Bitmap Index Scan":
        return "trigram index"
    return "names in order" if "Index" in node["Node Type"] else "whole table"


def _plans(session, raw: psycopg.Connection, text: str, after) -> str:
    """The raw query's plan, and ours where it differs (services.name_order's choice)."""
    from dicel_desktop.services import lookup

    values = raw_values(text, after)
    theirs = _plan(raw, raw_statement(len(lookup._words(text)), after is not None), values)
    by_index = after is None and lookup._bunched_late(session, "clients", lookup._words(text))
    statement = lookup._search_statement(
        "clients", len(lookup._words(text)), after is not None, by_index
    )
    ours = _plan(raw, statement.sql, {**statement.constants, **values})
    raw.rollback()
    return theirs if ours == theirs else f"raw: {theirs}; ours: {ours}"


def test_picker_type_ahead_on_100000_clients(picker_db, qapp) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from dicel_desktop.db.engine import make_engine, make_session_factory
    from dicel_desktop.domain.roles import Role
    from dicel_desktop.gui.editors.reference_picker import ReferencePicker
    from dicel_desktop.gui.worker import DbWorker
    from dicel_desktop.services.forms import form_spec
    from dicel_desktop.services.lookup import search_references

    engine = make_engine(picker_db.clerk_url)
    sessions = make_session_factory(engine)
    # As the engine's connections: not autocommit, so a page's query opens a transaction.
    raw = psycopg.connect(picker_db.clerk_url, prepare_threshold=None)
    worker = DbWorker(make_session_factory(engine))
    window = QWidget()
    picker = ReferencePicker(form_spec("contracts", Role.CLIENT).fields["client_id"], worker)
    layout = QVBoxLayout(window)
    layout.addWidget(picker)
    layout.addStretch()  # the line at the top, the list under it
    window.resize(520, 420)
    window.show()
    picker.setFocus()

    # The pages each text asks for, found once; the plans the server chose for them.
    pages: dict[str, list[tuple[str, uuid.UUID] | None]] = {}
    plans: dict[tuple[str, int], str] = {}
    with sessions() as session:
        for text, _kind in TEXTS:
            first = search_references(session, "clients", text)
            pages[text] = [None, first.after] if first.more else [None]
            for number, after in enumerate(pages[text], 1):
                plans[(text, number)] = _plans(session, raw, text, after)

    submitted: list[int] = []
    submit = worker.submit

    def counted_submit(fn, on_done=None, on_error=None):
        submitted.append(1)
        return submit(fn, on_done, on_error)

    worker.submit = counted_submit

    def open_list(text: str) -> float:
        """Type ``text`` and press the key that looks it up at once; when it was pressed."""
        picker.set_value(None)
        QTest.keyClicks(picker.line, text)
        start = time.perf_counter()
        QTest.keyClick(picker.line, Qt.Key.Key_Return if text else Qt.Key.Key_Down)
        return start

    expected = {}
    with sessions() as session:
        for text, _kind in TEXTS:
            items = search_references(session, "clients", text).items
            expected[text] = items[0][1] if items else "No match"
    open_list("")  # warm up, and make the list the probe watches
    assert wait_until(lambda: picker.is_list_open() and _count(picker) == PAGE)
    probe = make_paint_probe(picker.match_list().viewport())

    def end_to_end(text: str, number: int) -> float:
        """ms from the key to the list painted with that page (first or next)."""
        if number == 1:
            probe.arm(lambda: picker.is_list_open() and _first(picker) == expected[text])
            start = open_list(text)
            return (probe.wait() - start) * 1000
        open_list(text)
        assert wait_until(lambda: picker.is_list_open() and _count(picker) == PAGE)
        probe.arm(lambda: _count(picker) > PAGE)
        asked = len(submitted)
        while len(submitted) == asked:  # PageDown until one asks for the next page
            start = time.perf_counter()
            QTest.keyClick(picker.line, Qt.Key.Key_PageDown)
        return (probe.wait() - start) * 1000

    results: dict[tuple[str, int], dict[str, list[float]]] = {}
    for _round in range(RUNS + 1):  # round 0 warms the server's caches: not counted
        for text, _kind in TEXTS:
            for number, after in enumerate(pages[text], 1):
                values = raw_values(text, after)
                statement = raw_statement(len(values) - (3 if after else 1), after is not None)

                def measure_ours(text=text, after=after):
                    with sessions() as session:
                        session.connection()  # checked out before the clock starts
                        return _ms(lambda: search_references(session, "clients", text, after=after))

                def measure_raw(statement=statement, values=values):
                    try:
                        return _ms(lambda: raw.execute(statement, values).fetchall())
                    finally:
                        raw.rollback()

                # Taking turns at going first: neither always finds the other's warm-up.
                if _round % 2:
                    (ours, page), (theirs, rows) = measure_ours(), measure_raw()
                else:
                    (theirs, rows), (ours, page) = measure_raw(), measure_ours()
                assert [r[0] for r in rows[:PAGE]] == [i for i, _n in page.items]
                e2e = end_to_end(text, number)
                if _round:
                    found = results.setdefault((text, number), {"ours": [], "raw": [], "e2e": []})
                    found["ours"].append(ours)
                    found["raw"].append(theirs)
                    found["e2e"].append(e2e)
        picker.set_value(None)

    worker.shutdown()
    raw.close()
    engine.dispose()
    window.close()

    lines = []
    for text, kind in TEXTS:
        for number in range(1, len(pages[text]) + 1):
            found = results[(text, number)]
            label = f"“{text}” {kind}, page {number} ({plans[(text, number)]})"
            ratios = [a / b for a, b in zip(found["ours"], found["raw"], strict=True)]
            e2e_ratios = [a / b for a, b in zip(found["e2e"], found["raw"], strict=True)]
            ratio = statistics.median(ratios)
            lines.append(
                Line(
                    label + ": search_references",
                    Stats.of(found["ours"]).show("ms", 2),
                    "raw keyset query: " + Stats.of(found["raw"]).show("ms", 2),
                    f"{ratio:.2f}x",
                    "within 2x",
                    ratio <= 2.0,
                )
            )
            lines.append(
                Line(
                    "   picker: key to list painted",
                    Stats.of(found["e2e"]).show("ms", 1),
                    "raw keyset query (same)",
                    f"{statistics.median(e2e_ratios):.1f}x",
                    "",
                    None,
                )
            )
    print_table(
        f"Foreign-key picker on {CLIENTS:,} clients (clients clerk), {RUNS} rounds",
        lines,
        [
            "ratio: median of the rounds' ratios (ours / raw, measured in the same round)",
            "(plan): how the server read the clients: names in order from the btree, the"
            " trigram index then a sort, or the whole table; ours where it differs"
            " (services.name_order)",
            load_note(),
        ],
    )


def _first(picker) -> str | None:
    rows = picker.match_list()
    return rows.item(0).text() if rows is not None and rows.count() else None


def _count(picker) -> int:
    rows = picker.match_list()
    return rows.count() if rows is not None else 0
