"""The grid's quick search on a million transactions, through its trigram index (issue
11, section 5), against the raw indexed query and against the scan it replaced.

Run on demand: ``.venv/bin/pytest tests/perf -s -p no:randomly -k search``. Prints a
table; asserts nothing about wall time.

All as the finance demo login (``perf_db``: grants cost what they cost), on the grid's
default columns of transactions, for words from rare to common. Measured: from the
search text to the first page of rows (``PAGE``), the Listing built afresh each time as
the grid builds one per search:

* ours: ``Listing(...).first()``, the grid's own path;
* raw: the SQL text and values of that same first page, run straight through psycopg
  on the same connection: what the indexed query alone costs (the shown references'
  ids already looked up and written in: ours pays for that lookup, raw does not);
* scan: ours with ``SET LOCAL enable_bitmapscan = off``, which leaves the planner the
  whole-table read the search did before migration 0018 (a GIN index has no other
  kind of scan).

The three take turns in a rotating order within each round; ratios are the medians of
each round's ratio. Targets: ours within 2x of raw, and at least 10x sooner than scan.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

import pytest
from _measure import RUNS, Line, Stats, load_note, print_table

pytestmark = [pytest.mark.perf, pytest.mark.timeout(3600)]

PAGE = 200


def _timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    out = fn()
    return (time.perf_counter() - start) * 1000.0, out


def test_quick_search_benchmark(perf_db, qapp):
    from dicel_desktop.db.models.search import QUICK_SEARCH
    from dicel_desktop.domain.roles import Role
    from dicel_desktop.services.auth import login
    from dicel_desktop.services.columns import table_spec
    from dicel_desktop.services.listing import Listing, ListQuery, listing_columns
    from dicel_desktop.services.visibility import columns_for

    logged_in = login(perf_db.host, perf_db.port, perf_db.dbname, perf_db.email, perf_db.password)
    columns = listing_columns("transactions", columns_for(Role(logged_in.role), "transactions"))
    engine = logged_in.engine
    with engine.connect() as conn:
        number, reference = conn.exec_driver_sql(
            "SELECT transaction_number, reference_number FROM transactions"
            " ORDER BY id LIMIT 1 OFFSET 500000"
        ).one()
        # A word of an account's name: the one kind of word the first page's guess (that
        # it names no reference) gets wrong, so its page is read a second time.
        account_word = max(
            conn.exec_driver_sql(
                "SELECT account_name FROM financial_accounts ORDER BY account_name LIMIT 1"
            )
            .scalar_one()
            .split(),
            key=len,
        )
    texts_only = (*QUICK_SEARCH["transactions"], "amount", "transaction_date")
    # The states' words as a French window passes them (``ListQuery.said``, eye33 #3):
    # its search matches each word against them too (code review 33b, F3: English labels
    # here measured nothing new).
    from dicel_desktop.gui import translations

    translations.install_translators("fr")
    try:
        said = translations.said_words("transactions", table_spec("transactions").columns)
    finally:
        translations.install_translators("en")
    assert dict(dict(said)["status"])["void"] == "Annulée"
    words = [
        (number.lower(), "a transaction number", columns),
        ((reference or number)[-6:].lower(), "end of a reference", columns),
        ("generator", "a description word", columns),
        ("fuel", "about 4.5% of the rows", columns),
        (account_word.lower(), "a word of an account's name", columns),
        # No reference shown: the planner sees only the document's arm.
        (number.lower(), "a transaction number, texts only", texts_only),
        ((reference or number)[-6:].lower(), "end of a reference, texts only", texts_only),
    ]

    # A French word that names a state adds its arm; two letters of one add none (code
    # review 33b, F2: each such keystroke was a scan of the table).
    assert any(Listing(ListQuery("transactions", columns, search="annul", said=said))._state_hits)
    assert not any(Listing(ListQuery("transactions", columns, search="at", said=said))._state_hits)

    lines: list[Line] = []
    with engine.connect() as conn:
        driver = conn.connection.driver_connection

        def ours(word: str, shown: tuple[str, ...]) -> list:
            query = ListQuery("transactions", shown, search=word, said=said)
            return Listing(query).first(conn, PAGE)

        def raw_sql(word: str, shown: tuple[str, ...]) -> tuple[str, dict]:
            listing = Listing(ListQuery("transactions", shown, search=word, said=said))
            listing.resolve(conn)  # the shown references' ids, as the grid's first page does
            stmt = listing._page_statement(("all", False, listing.descending, False))
            compiled = stmt.compile(dialect=conn.dialect)
            return compiled.string, {**compiled.params, "lim": PAGE}

        def raw(sql: tuple[str, dict]) -> list:
            with driver.cursor() as cursor:
                cursor.execute(*sql)
                return cursor.fetchall()

        def scan(word: str, shown: tuple[str, ...]) -> list:
            conn.exec_driver_sql("SET LOCAL enable_bitmapscan = off")
            try:
                return ours(word, shown)
            finally:
                conn.exec_driver_sql("SET LOCAL enable_bitmapscan = on")

        for word, kind, shown in words:
            sql = raw_sql(word, shown)
            # Warm: caches, plans, the first compile of the statement shapes.
            expected = [r[0] for r in ours(word, shown)]
            assert [r[0] for r in raw(sql)] == expected
            assert [r[0] for r in scan(word, shown)] == expected
            times: dict[str, list[float]] = {"ours": [], "raw": [], "scan": []}
            runs = {
                "ours": lambda w=word, c=shown: ours(w, c),
                "raw": lambda q=sql: raw(q),
                "scan": lambda w=word, c=shown: scan(w, c),
            }
            order = list(runs)
            for i in range(RUNS):
                for name in order[i % 3 :] + order[: i % 3]:
                    elapsed, _rows = _timed(runs[name])
                    times[name].append(elapsed)
                conn.rollback()
            mine, raws, scans = times["ours"], times["raw"], times["scan"]
            vs_raw = statistics.median(o / r for o, r in zip(mine, raws, strict=True))
            vs_scan = statistics.median(s / o for o, s in zip(mine, scans, strict=True))
            ours_s, raw_s, scan_s = (Stats.of(times[k]) for k in ("ours", "raw", "scan"))
            lines.append(
                Line(
                    f"{word!r}: {kind}, {len(expected)} rows",
                    ours_s.show("ms"),
                    f"raw {raw_s.show('ms')}\nscan {scan_s.show('ms')}",
                    f"{vs_raw:.2f}x raw\nscan {vs_scan:.1f}x ours",
                    "<= 2x raw\nscan >= 10x",
                    vs_raw <= 2 and vs_scan >= 10,
                )
            )
    engine.dispose()
    print_table(
        f"Quick search, first page of {PAGE} rows, {perf_db.transactions:,} transactions"
        f" (median of {RUNS} rounds)",
        lines,
        [load_note()],
    )
