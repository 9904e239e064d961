"""The screenshot option's work (``gui/screenshot._shoot``) run in the test's own process,
on the session's demo company (``demo_dsn``: the same small company the program's
``--demo`` loads), for the checks of what a picture shows or why one is refused.

A run of the program itself (helpers.run_demo) is ~7-10 s on this machine, most of it
Python and Qt starting; here a picture is a login and a window. The command line is the
program's own parser's reading of the same arguments, so a test reads as the run it
replaces. What only a real run shows (the demo server started and stopped, the options
reaching the window through ``main``, the export's child process) stays with the tests
that call run_demo: each option keeps at least one of those.
"""

from __future__ import annotations

import contextlib
import io
import subprocess
from urllib.parse import urlsplit

from dicel_desktop.__main__ import _first_line, build_parser
from dicel_desktop.config import ConnectionProfile


def shoot(demo_dsn: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """``dicel-desktop --demo ARGS`` done in this process on ``demo_dsn``: what it would
    have printed and its exit status (a CompletedProcess, as run_demo gives).
    With ``--password-stdin`` the password is ``stdin``'s first line, as ``main`` reads it.

    ``--language`` installs that language for the run and English after it. The test asks
    for pytest-qt's ``qapp`` (the program's application is made in ``main``)."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from dicel_desktop.gui import translations
    from dicel_desktop.gui.screenshot import _shoot

    app = QApplication.instance()
    assert app is not None, "the test asks for qapp"
    options = build_parser().parse_args(["--demo", *args])
    assert options.user and options.screenshot, "a screenshot needs --user and --screenshot"
    password = None
    if options.password_stdin:
        password = _first_line(io.StringIO(stdin))
        assert password, "--password-stdin needs a line on stdin"
    parts = urlsplit(demo_dsn)
    profile = ConnectionProfile(
        name="Demo company",
        host=parts.hostname or "127.0.0.1",
        port=parts.port or 5432,
        database=parts.path.lstrip("/"),
    )
    out, err = io.StringIO(), io.StringIO()
    locale = QLocale()
    if options.language:
        translations.install_translators(options.language)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = _shoot(
                app, profile, options.user, options.screenshot,
                options.tab, options.open, options.new, options.page, password, options.export,
            )  # fmt: skip
    finally:
        if options.language:
            translations.install_translators("en")
            QLocale.setDefault(locale)
    return subprocess.CompletedProcess(list(args), status, out.getvalue(), err.getvalue())
