"""``dicel-desktop`` / ``python -m dicel_desktop``."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from dicel_desktop import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dicel-desktop", description="DICEL ERP desktop client")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--debug",
        action="store_true",
        help="write details to the log file (and to the terminal) for IT or a bug report",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="run on a private local database filled with a demo company",
    )
    parser.add_argument(
        "--theme",
        choices=("system", "standard", "high_contrast"),
        help="the look for this run only (View > Appearance chooses it for good)",
    )
    parser.add_argument(
        "--language",
        choices=("en", "fr", "rw"),
        help="the interface's language for this run (default: Settings > Language, else the"
        " system's)",
    )
    shot = parser.add_argument_group(
        "screenshots",
        "log in as a user, open a tab, save the window as a PNG and exit: with --demo on the"
        " demo company, else on the server of the connection profile IT deployed (the"
        " password from --password-stdin)",
    )
    shot.add_argument("--user", metavar="EMAIL", help="the user to log in as")
    shot.add_argument(
        "--profile",
        metavar="NAME",
        help="without --demo: the connection profile to use, as the login window names it"
        " (default: the first one)",
    )
    shot.add_argument("--screenshot", metavar="FILE.png", type=Path, help="where to save it")
    shot.add_argument("--tab", metavar="NAME", help='the tab to open, e.g. "Finance"')
    shot.add_argument(
        "--page",
        metavar="TITLE",
        help='a list or chart page of that tab, e.g. "Invoices" or "Budget chart" (with --tab)',
    )
    shot.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the user's password from the first line of standard input (with --demo"
        " the default is the demo's password; without it, it is needed)",
    )
    form = shot.add_mutually_exclusive_group()
    form.add_argument(
        "--open",
        metavar="TABLE[:KEY]",
        help="open that list and the form of the record whose document number, name or id"
        " is KEY (without KEY, the list's first record), e.g. invoices:INV-2026-000042",
    )
    form.add_argument("--new", metavar="TABLE", help="open an empty form of that table")
    shot.add_argument(
        "--export",
        metavar="FILE.csv|FILE.xlsx",
        type=Path,
        help="with --open TABLE: export that list there first, as File > Export does",
    )
    return parser


def unwritable_reason(path: Path) -> str | None:
    """Why the picture could not be saved at ``path`` (None when it can).

    Tried for real with a scratch file: permission bits say nothing for root, a read-only
    file system or a path through a file.
    """
    folder = path.absolute().parent
    blocking = next((p for p in (folder, *folder.parents) if p.exists()), None)
    if blocking is not None and not blocking.is_dir():
        return f"{blocking} is a file, not a folder"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        return f"no file can be written in {folder} ({exc.strerror or exc})"
    if path.is_dir():
        return f"{path} is a folder; give a file name ending in .png"
    return None


def _first_line(stream) -> str:
    line = stream.readline() if stream is not None else ""
    return line.rstrip("\n").removesuffix("\r")


def _profile_named(name: str | None):
    """The connection profile a screenshot of the company's server logs in through: the
    one named ``name`` (as the login window lists it), else the first; None after saying
    on stderr why there is none."""
    from dicel_desktop.config import read_profiles

    loaded = read_profiles()
    for problem in loaded.problems:
        print(f"dicel-desktop: skipped: {problem}", file=sys.stderr)
    profiles = loaded.profiles
    if not profiles:
        print(
            "dicel-desktop: no connection profile (dicel.toml) is set up on this computer:"
            " ask IT, or use --demo",
            file=sys.stderr,
        )
        return None
    if name is None:
        return profiles[0]
    found = next((p for p in profiles if p.name.casefold() == name.casefold()), None)
    if found is None:
        names = ", ".join(p.name for p in profiles)
        print(f"dicel-desktop: no profile {name!r}; profiles: {names}", file=sys.stderr)
    return found


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):
        import multiprocessing

        # In the bundle a child process (an export: services/export_process.py) starts
        # as this same executable; this runs the child's work instead of the program.
        multiprocessing.freeze_support()
    parser = build_parser()
    # Unknown arguments go on to Qt, which takes its own (-style, -platform, -reverse...)
    # and ignores the rest: an option added by a newer launcher does not stop the program.
    args, rest = parser.parse_known_args(argv)
    from dicel_desktop.logs import setup_logging

    setup_logging("dicel-desktop", debug=args.debug)
    if args.theme:
        os.environ["DICEL_THEME"] = args.theme  # read by gui/theme.py's install_theme
    if args.language:
        os.environ["DICEL_LANGUAGE"] = args.language  # read by gui.translations

    if (
        args.screenshot or args.user or args.tab or args.open or args.new or args.page
    ) or args.profile:
        if not (args.user and args.screenshot):
            parser.error("a screenshot needs --user EMAIL and --screenshot FILE.png")
        if not args.demo and not args.password_stdin:
            # deploy39 #11: a real server's; its password is never on the command line.
            parser.error("a screenshot of the company's server needs --password-stdin")
        if args.demo and args.profile:
            parser.error("--profile names a server of the site profile: not with --demo")
        problem = unwritable_reason(args.screenshot)
        if problem is not None:  # said before the demo server and Qt start, not after
            print(f"dicel-desktop: cannot save the screenshot: {problem}", file=sys.stderr)
            return 2
        password = None
        if args.password_stdin:
            password = _first_line(sys.stdin)
            if not password:
                print(
                    "dicel-desktop: --password-stdin: no password on standard input",
                    file=sys.stderr,
                )
                return 2
        profile = None
        if not args.demo:
            profile = _profile_named(args.profile)
            if profile is None:
                return 2
        from dicel_desktop.gui.screenshot import take_screenshot

        return take_screenshot(
            args.user,
            args.screenshot,
            args.tab,
            open_record=args.open,
            new_record=args.new,
            page=args.page,
            password=password,
            export=args.export,
            profile=profile,
        )

    from dicel_desktop.gui.app import run  # Qt only once the command line is understood

    return run(rest, demo=args.demo)


if __name__ == "__main__":
    sys.exit(main())
