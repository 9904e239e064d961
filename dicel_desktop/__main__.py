"""``dicel-desktop`` / ``python -m dicel_desktop``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from dicel_desktop import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dicel-desktop", description="DICEL ERP desktop client")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="run on a private local database filled with a demo company",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # Unknown arguments go on to Qt, which takes its own (-style, -platform, -reverse...)
    # and ignores the rest: an option added by a newer launcher does not stop the program.
    args, rest = build_parser().parse_known_args(argv)

    from dicel_desktop.gui.app import run  # Qt only once the command line is understood

    return run(rest, demo=args.demo)


if __name__ == "__main__":
    sys.exit(main())
