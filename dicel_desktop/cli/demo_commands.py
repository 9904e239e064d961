"""Demo data: ``demo-data --size small|large``."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from dicel_desktop.cli.admin import require_dsn
from dicel_desktop.cli.errors import SUPERUSER, AdminError


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "demo-data",
        help="fill an empty, migrated database with the demo company (same data every run)",
        description="Fill an empty, migrated database with DICEL Ltd, the demo company: "
        "12 departments, about 150 people with a login each (password 'dicel-demo'), and "
        "a year of records in all 45 tables. 'large' adds 1,000,000 transactions and "
        "200,000 stock movements of history, for benchmarks (about a minute).",
    )
    p.add_argument("--size", choices=("small", "large"), default="small")
    p.add_argument(
        "--today",
        type=date.fromisoformat,
        default=None,
        metavar="YYYY-MM-DD",
        help="the demo's 'today' (default 2026-11-02): dates are placed around it",
    )
    p.add_argument(
        "--no-logins",
        action="store_true",
        help="do not create the PostgreSQL login of each demo user",
    )
    p.set_defaults(func=_demo_data, needs=SUPERUSER, schema="write")


def _demo_data(args: argparse.Namespace) -> int:
    # Imported here: the generator is big and only this command needs it.
    from dicel_desktop.db.engine import make_engine
    from dicel_desktop.demo import DEMO_PASSWORD, DEMO_TODAY, DemoDataError, load_demo_data

    engine = make_engine(require_dsn(args), pool_pre_ping=False)
    try:
        with engine.begin() as connection:
            report = load_demo_data(
                connection,
                args.size,
                today=args.today or DEMO_TODAY,
                create_logins=not args.no_logins,
                progress=lambda step: print(f"  {step} ...", file=sys.stderr, flush=True),
            )
    except DemoDataError as exc:
        raise AdminError(str(exc)) from exc
    finally:
        engine.dispose()

    width = max(len(name) for name in report.rows)
    for name, count in sorted(report.rows.items()):
        print(f"{name:<{width}}  {count:>9,}")
    print(f"{'total':<{width}}  {report.total_rows:>9,}")
    if args.no_logins:
        logins = "logins not created (--no-logins)"
    elif report.logins is None:
        logins = "logins not created (user provisioning is not available in this version)"
    else:
        logins = f"{report.logins} logins, password {DEMO_PASSWORD!r}"
    mode = "triggers off" if report.replica else "triggers on"
    print(f"Loaded the {args.size} demo company in {report.seconds:.1f} s ({mode}); {logins}.")
    return 0
