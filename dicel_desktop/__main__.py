"""``dicel-desktop`` / ``python -m dicel_desktop``."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from dicel_desktop import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dicel-desktop", description="DICEL ERP desktop client")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="run on a private local database filled with a demo company",
    )
    parser.add_argument(
        "--language",
        choices=("en", "fr", "rw"),
        help="the interface's language for this run (default: Settings > Language, else the"
        " system's)",
    )
    shot = parser.add_argument_group(
        "screenshots (with --demo)",
        "log in as a demo user, open a tab, save the window as a PNG and exit",
    )
    shot.add_argument("--user", metavar="EMAIL", help="the demo user to log in as")
    shot.add_argument("--screenshot", metavar="FILE.png", type=Path, help="where to save it")
    shot.add_argument("--tab", metavar="NAME", help='the tab to open, e.g. "Finance"')
    shot.add_argument(
        "--page", metavar="TITLE", help='a chart page of that tab, e.g. "Budget chart" (with --tab)'
    )
    form = shot.add_mutually_exclusive_group()
    form.add_argument(
        "--open",
        metavar="TABLE[:KEY]",
        help="open that list and the form of the record whose document number, name or id"
        " is KEY (without KEY, the list's first record), e.g. invoices:INV-2026-000042",
    )
    form.add_argument("--new", metavar="TABLE", help="open an empty form of that table")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    # Unknown arguments go on to Qt, which takes its own (-style, -platform, -reverse...)
    # and ignores the rest: an option added by a newer launcher does not stop the program.
    args, rest = parser.parse_known_args(argv)
    if args.language:
        os.environ["DICEL_LANGUAGE"] = args.language  # read by gui.translations

    if args.screenshot or args.user or args.tab or args.open or args.new or args.page:
        if not (args.demo and args.user and args.screenshot):
            parser.error("a screenshot needs --demo, --user EMAIL and --screenshot FILE.png")
        from dicel_desktop.gui.screenshot import take_screenshot

        return take_screenshot(
            args.user,
            args.screenshot,
            args.tab,
            open_record=args.open,
            new_record=args.new,
            page=args.page,
        )

    from dicel_desktop.gui.app import run  # Qt only once the command line is understood

    return run(rest, demo=args.demo)


if __name__ == "__main__":
    sys.exit(main())
