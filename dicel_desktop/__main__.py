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
    args = build_parser().parse_args(argv)
    if args.demo:
        from dicel_desktop.demo_mode import main_without_window

        return main_without_window()
    print("Only --demo is available in this build.", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
