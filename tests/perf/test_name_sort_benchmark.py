"""Lists sorted by a name: ICU's order of names (collation dicel_names, migration 0062)
against the byte order (C) it replaced, in the same run.

Run on demand: ``.venv/bin/pytest tests/perf/test_name_sort_benchmark.py -s -p no:randomly``.
Prints a table; asserts nothing about wall time.

On the ``large`` demo data (``perf_db``) with 200,000 more clients whose names are
drawn from Rwandan and French first and last names (accents, "de", "Ntakirutimana"),
as the finance demo login (it reads clients and transactions): grants and row
security cost what they cost. Two lists:

* clients by company name, a btree on (name, id) under each collation (0062's own,
  and the same index built ``COLLATE "C"`` for the baseline): the first page and a
  keyset page 90% of the way down;
* a million transactions by who created them (a user's name: no index can serve it,
  every row's name is compared): the first page and a keyset page 90% down.

The baseline is the same statement with ``COLLATE "C"`` on the sort key. Each round
runs every variant ``REPEATS`` times (median kept) in a rotating order; ratios are
taken within a round, then their median shown (see _measure.paired). The grid's own
service (services.listing) is timed too on the ICU side, to show what the grid pays
above the bare statement. Then the cost of the migration's ALTER on those 200,000
clients, and the index sizes.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import Any

import psycopg
import pytest
from _measure import RUNS, Line, Stats, load_note, paired, print_table

pytestmark = [pytest.mark.perf, pytest.mark.timeout(3600)]

CLIENTS = 200_000
PAGE = 200
REPEATS = 5
DEEP = 0.9

FIRST = [
    "Béatrice", "Évariste", "Éric", "Zawadi", "Aimé", "Amélie", "Célestin", "Clémentine",
    "Jean-Baptiste", "Hélène", "Innocent", "Jérôme", "Ange", "Ingabire", "Uwase", "Mugisha",
    "Françoise", "Théoneste", "Gérard", "Noël", "Josée", "Émilienne", "Olivier", "Zoé",
]  # fmt: skip
LAST = [
    "Bosco", "de Gaulle", "d'Almeida", "Habimana", "Niyonzima", "Ntakirutimana", "Uwimana",
    "Mukamana", "Nsengiyumva", "Élysée", "Ézéchiel", "Mugabo", "Kayitesi", "Irakoze",
    "van der Berg", "Ndayisaba", "Hakizimana", "Umutoni", "Byiringiro", "Étienne",
]  # fmt: skip

_FILL = """
    INSERT INTO clients (company_name, contact_person)
    SELECT f[1 + (i * 7) %% cardinality(f)] || ' ' || l[1 + (i * 13) %% cardinality(l)]
               || ' ' || (ARRAY['Ltd', 'SARL', 'Traders', 'et Fils', 'Énergie'])[1 + i %% 5],
           f[1 + (i * 11) %% cardinality(f)] || ' ' || l[1 + (i * 3) %% cardinality(l)]
    FROM generate_series(1, %(n)s) AS i, (SELECT %(first)s::text[] AS f, %(last)s::text[] AS l) AS w
"""

#: (name, ICU statement, C statement): %(k)s/%(id)s the key a deep page starts after.
CLIENT_KEY = "company_name{c}"
USER_KEY = "concat_ws(' ', u.first_name, u.last_name){c}"


def _clients(after: bool) -> str:
    where = f"WHERE ({CLIENT_KEY}, id) > (%(k)s, %(id)s)" if after else ""
    return f"SELECT id, {CLIENT_KEY} FROM clients {where} ORDER BY {CLIENT_KEY}, id LIMIT {PAGE}"


def _transactions(after: bool) -> str:
    where = f"WHERE ({USER_KEY}, t.id) > (%(k)s, %(id)s)" if after else ""
    return (
        f"SELECT t.id, {USER_KEY} FROM transactions AS t JOIN users AS u ON u.id = t.created_by"
        f" {where} ORDER BY {USER_KEY}, t.id LIMIT {PAGE}"
    )


def _as(statement: str, collation: str) -> str:
    return statement.replace("{c}", collation)


def _timed(run: Callable[[], Any]) -> float:
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return times[len(times) // 2]


def _key_at(conn: psycopg.Connection, statement: str, fraction: float) -> tuple[Any, Any]:
    """The (name, id) ``fraction`` of the way down, in that statement's order."""
    unlimited = statement.split(" LIMIT")[0]
    (total,) = conn.execute(f"SELECT count(*) FROM ({unlimited}) AS s").fetchone()
    row = conn.execute(f"{unlimited} OFFSET {int(total * fraction)} LIMIT 1").fetchone()
    return row[1], row[0]


def _plan(conn: psycopg.Connection, statement: str, params: dict[str, Any]) -> str:
    """The plan's first nodes, by name ("Limit / Index Only Scan using ...")."""
    lines = [line for (line,) in conn.execute(f"EXPLAIN {statement}", params).fetchall()]
    nodes = [line.strip().lstrip("-> ").split("  (")[0] for line in lines if "(cost=" in line]
    return " / ".join(nodes[:3])


def test_lists_sorted_by_a_name(perf_db, pg_superuser_dsn) -> None:
    from helpers import dsn_for

    from dicel_desktop.db.engine import make_engine
    from dicel_desktop.services.listing import Listing, ListQuery, listing_columns

    superuser = dsn_for(pg_superuser_dsn, perf_db.dbname)
    with psycopg.connect(superuser, autocommit=True) as admin:
        provider = admin.execute(
            "SELECT collprovider FROM pg_collation WHERE collname = 'dicel_names'"
        ).fetchone()[0]
        if provider != "i":
            pytest.skip("this server has no ICU: dicel_names is byte order")
        admin.execute("SET session_replication_role = replica")  # as the demo loader
        admin.execute(_FILL, {"n": CLIENTS, "first": FIRST, "last": LAST})
        admin.execute("RESET session_replication_role")
        admin.execute(
            'CREATE INDEX perf_clients_company_name_c ON clients (company_name COLLATE "C", id)'
            " INCLUDE (client_code)"
        )
        admin.execute("VACUUM ANALYZE clients")
        (clients,) = admin.execute("SELECT count(*) FROM clients").fetchone()

    login = (
        f"host={perf_db.host} port={perf_db.port} dbname={perf_db.dbname}"
        f" user={perf_db.email} password={perf_db.password}"
    )
    engine = make_engine(_login_url(perf_db), pool_pre_ping=False)
    lines: list[Line] = []
    notes: list[str] = []
    try:
        with psycopg.connect(login, autocommit=True) as conn, engine.connect() as sa_conn:
            statements = {
                "clients": _clients,
                "transactions": _transactions,
            }
            keys: dict[tuple[str, str], tuple[Any, Any]] = {}
            for name, make in statements.items():
                for variant, collation in (("icu", ""), ("c", ' COLLATE "C"')):
                    keys[name, variant] = _key_at(conn, _as(make(False), collation), DEEP)
            plans = {}
            for name, make in statements.items():
                for variant, collation in (("icu", ""), ("c", ' COLLATE "C"')):
                    k, ident = keys[name, variant]
                    plans[name, variant] = _plan(
                        conn, _as(make(True), collation), {"k": k, "id": ident}
                    )
            client_list = ListQuery("clients", listing_columns("clients"), sort="company_name")
            tx_list = ListQuery("transactions", listing_columns("transactions"), sort="created_by")

            def measure(variant: str) -> dict[str, float]:
                collation = "" if variant == "icu" else ' COLLATE "C"'
                out: dict[str, float] = {}
                for name, make in statements.items():
                    first = _as(make(False), collation)
                    deep = _as(make(True), collation)
                    k, ident = keys[name, variant]
                    out[f"{name}_first"] = _timed(lambda s=first: conn.execute(s).fetchall())
                    out[f"{name}_deep"] = _timed(
                        lambda s=deep, k=k, i=ident: conn.execute(s, {"k": k, "id": i}).fetchall()
                    )
                if variant == "icu":
                    for name, query in (("clients", client_list), ("transactions", tx_list)):
                        listing = Listing(query)
                        listing.first(sa_conn, PAGE)  # statements built, plans cached
                        out[f"{name}_first_service"] = _timed(
                            lambda q=query: Listing(q).first(sa_conn, PAGE)
                        )
                        key = listing.key_at(sa_conn, DEEP)
                        out[f"{name}_deep_service"] = _timed(
                            lambda lst=listing, key=key: lst.after(sa_conn, key, PAGE)
                        )
                return out

            measure("icu"), measure("c")  # warm: caches, plans
            results: dict[str, list[dict[str, float]]] = {"icu": [], "c": []}
            loads = []
            for run in range(RUNS):
                for variant in ("icu", "c") if run % 2 == 0 else ("c", "icu"):
                    results[variant].append(measure(variant))
                loads.append(f"{os.getloadavg()[0]:.2f}")
    finally:
        engine.dispose()

    for name, title in (
        ("clients", f"clients by name ({clients:,})"),
        ("transactions", f"transactions by creator's name ({perf_db.transactions:,})"),
    ):
        for page, words in (("first", "first page"), ("deep", f"keyset page {DEEP:.0%} down")):
            key = f"{name}_{page}"
            icu = Stats.of([r[key] for r in results["icu"]])
            c = Stats.of([r[key] for r in results["c"]])
            ratios = paired(results["icu"], results["c"], key)
            service = Stats.of([r[f"{key}_service"] for r in results["icu"]])
            lines.append(
                Line(
                    f"{title}:\n{words}",
                    f"{icu.show('ms', 2)}\nservice: {service.show('ms', 2)}",
                    f"C: {c.show('ms', 2)}",
                    f"{ratios.median:.2f}x ({ratios.low:.2f}-{ratios.high:.2f})",
                    "(none)",
                    None,
                )
            )
    migration = _alter_timings(superuser)
    with psycopg.connect(superuser, autocommit=True) as admin:
        # Both built from the same rows by now (the ALTER rebuilt 0062's).
        sizes = admin.execute(
            "SELECT pg_relation_size('ix_clients_company_name_id'),"
            " pg_relation_size('perf_clients_company_name_c')"
        ).fetchone()
    notes += [
        f"{RUNS} rounds, each variant {REPEATS} times per round (median kept); page of {PAGE}",
        "ours: the statement with the column's collation (dicel_names, ICU root);"
        ' baseline: the same with COLLATE "C"; service: services.listing as the grid calls it',
        *(f"plan {n} {v}: {p}" for (n, v), p in plans.items()),
        f"btree (name, id) INCLUDE (client_code): ICU {sizes[0] / 2**20:.1f} MB,"
        f" C {sizes[1] / 2**20:.1f} MB",
        f"0062's ALTER of clients' two name columns ({clients:,} rows, btree and both"
        f" trigram indexes rebuilt): to C {migration[0]:,.0f} ms, back to ICU"
        f" {migration[1]:,.0f} ms",
        f"load average (1 min) after each round: {', '.join(loads)}; after: {load_note()}",
    ]
    print_table("Lists sorted by a name: ICU against C", lines, notes)


def _login_url(perf_db) -> str:
    from urllib.parse import quote

    return (
        f"postgresql+psycopg://{quote(perf_db.email, safe='')}:{quote(perf_db.password, safe='')}"
        f"@{perf_db.host}:{perf_db.port}/{perf_db.dbname}"
    )


def _alter_timings(superuser: str) -> tuple[float, float]:
    """What the migration's ALTER costs on these clients: to the default and back."""
    times = []
    with psycopg.connect(superuser, autocommit=True) as admin:
        for collation in ('pg_catalog."default"', "public.dicel_names"):
            start = time.perf_counter()
            admin.execute(
                "ALTER TABLE clients"
                f" ALTER COLUMN company_name TYPE varchar(255) COLLATE {collation},"
                f" ALTER COLUMN contact_person TYPE varchar(255) COLLATE {collation}"
            )
            times.append((time.perf_counter() - start) * 1000)
    return times[0], times[1]
