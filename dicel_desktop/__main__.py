"""``dicel-desktop`` / ``python -m dicel_desktop``."""

from __future__ import annotations

import argparse
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
    shot = parser.add_argument_group(
        "screenshots (with --demo)",
        "log in as a demo user, open a tab, save the window as a PNG and exit",
    )
    shot.add_argument("--user", metavar="EMAIL", help="the demo user to log in as")
    shot.add_argument("--screenshot", metavar="FILE.png", type=Path, help="where to save it")
    shot.add_argument("--tab", metavar="NAME", help='the tab to open, e.g. "Finance"')
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    # Unknown arguments go on to Qt, which takes its own (-style, -platform, -reverse...)
    # and ignores the rest: an option added by a newer launcher does not stop the program.
    args, rest = parser.parse_known_args(argv)

    if args.screenshot or args.user or args.tab:
        if not (args.demo and args.user and args.screenshot):
            parser.error("a screenshot needs --demo, --user EMAIL and --screenshot FILE.png")
        from dicel_desktop.gui.screenshot import take_screenshot

        return take_screenshot(args.user, args.screenshot, args.tab)

    from dicel_desktop.gui.app import run  # Qt only once the command line is understood

    return run(rest, demo=args.demo)


if __name__ == "__main__":
    sys.exit(main())
