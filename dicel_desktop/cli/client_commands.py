"""The client version the site expects: ``set-client-version``."""

from __future__ import annotations

import argparse

from dicel_desktop.cli.admin import require_dsn
from dicel_desktop.cli.errors import ADMINISTRATOR, AdminError
from dicel_desktop.db.engine import make_engine
from dicel_desktop.domain.errors import DicelError
from dicel_desktop.services import client_version


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "set-client-version",
        help="tell every DICEL Desktop which version IT deployed (older ones say so at login)",
        description="Record the DICEL Desktop version the site expects, and where its "
        "installer is. A client older than that tells the person at login, with the "
        "installer's location, and goes on working. Run it after deploying a new version.",
    )
    p.add_argument("version", help="the version deployed, e.g. 1.2.0")
    p.add_argument(
        "--installer",
        metavar="LOCATION",
        help=r"where the installer is, e.g. '\\server\share\dicel' or an https:// address "
        "(default: unchanged; without one, clients use their site profile's 'installer')",
    )
    p.set_defaults(func=_set_client_version, needs=ADMINISTRATOR, schema="write")


def _set_client_version(args: argparse.Namespace) -> int:
    engine = make_engine(require_dsn(args), pool_pre_ping=False)
    try:
        with engine.begin() as connection:
            client_version.set_client_version(
                connection, version=args.version, installer_location=args.installer
            )
            expected, installer = client_version.site_expectation(connection)
    except DicelError as exc:
        raise AdminError(exc.message) from exc
    finally:
        engine.dispose()
    print(f"Clients older than {expected} will say so at login.")
    where = installer or "not set (clients use their site profile's)"
    print(f"Installer: {where}")
    return 0
