"""Headless screenshots for support, documentation and tests:

    dicel-desktop --demo --user EMAIL --screenshot FILE.png [--tab NAME [--page TITLE]]
                  [--open TABLE[:KEY] [--export FILE.csv|.xlsx] | --new TABLE]

Logs in to the demo database as that demo user, opens the tab (or a section of My work
by its title: "Waiting for me"), waits until its lists and the inbox have loaded,
renders the window into FILE.png and exits. A module's tab shows its dashboard (its
first page, figures and charts painted). With ``--open`` it shows that
table's list and opens the form of the record KEY names (document number, name or id;
the list's first record without KEY), with ``--new`` an empty form, and the picture is
of the form; or of the dialog of a workflow step the form opened at once (a leave
request opened by its decider shows the decision). Works offscreen
(QT_QPA_PLATFORM=offscreen), so it needs no display. ``--page`` shows a page of the
tab: a list by its title ("Recovery cases", or as the language shown writes it) with its
rows, or a chart ("Budget chart" in Finance, "Risk heatmap" in Risk) once its figures are
drawn.
``--export`` writes the list ``--open`` shows to a CSV or XLSX file first, through the
export of File > Export (its own process: the packaged program's test of that path).

Without ``--demo`` (deploy39 #11) it logs in through the connection profile IT deployed
(``--profile NAME``, else the first), with the password from ``--password-stdin``: what
a clerk sees on the company's server, for support. A refused login is one line on stderr
and exit status 2.
"""

from __future__ import annotations

import dataclasses
import functools
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from dicel_desktop.config import ConnectionProfile

#: How long to wait for the lists on screen to load before rendering anyway.
LOAD_TIMEOUT_S = 30.0
SIZE = (1400, 860)
#: A record window in a screenshot: the size it opens at on a laptop screen.
FORM_SIZE = (900, 820)


def take_screenshot(
    email: str,
    path: Path,
    tab: str | None = None,
    *,
    open_record: str | None = None,
    new_record: str | None = None,
    page: str | None = None,
    password: str | None = None,
    export: Path | None = None,
    profile: ConnectionProfile | None = None,
) -> int:
    """The exit status: 0 when the file was written, 2 with a message otherwise.

    ``password``: ``email``'s password when it is not the demo's (``--password-stdin``).
    ``profile``: the company's server to log in to, as IT's profile names it, instead of
    the demo's (deploy39 #11: what a clerk sees there, for support); ``password`` then.
    """
    from dicel_desktop.demo_mode import demo_folder, register_client, start_demo_database
    from dicel_desktop.gui.app import make_application

    app = make_application([])
    if profile is not None:
        try:
            return _shoot(
                app, profile, email, path, tab, open_record, new_record, page, password,
                export,
            )  # fmt: skip
        finally:
            app.shutdown()
    # On the demo server's client list: stopped at the end unless another DICEL program
    # still uses it (and adopted if one that was killed left it running).
    lease = register_client(demo_folder())
    try:
        demo = start_demo_database()
    except BaseException:
        lease.release()
        raise
    try:
        return _shoot(
            app, _demo_profile(demo.cluster.port), email, path, tab, open_record, new_record,
            page, password, export,
        )  # fmt: skip
    finally:
        if lease.release():
            demo.cluster.stop()
        app.shutdown()  # here, not at the interpreter's exit (see gui.app.run)


def _demo_profile(port: int) -> ConnectionProfile:
    from dicel_desktop.demo_mode import DEMO_DATABASE

    place = QCoreApplication.translate("MainWindow", "Demo company")
    return ConnectionProfile(name=place, host="127.0.0.1", port=port, database=DEMO_DATABASE)


def _shoot(
    app: QApplication,
    profile: ConnectionProfile,
    email: str,
    path: Path,
    tab: str | None,
    open_record: str | None,
    new_record: str | None,
    page: str | None = None,
    password: str | None = None,
    export: Path | None = None,
) -> int:
    from dicel_desktop.demo import DEMO_PASSWORD
    from dicel_desktop.domain.errors import DicelError
    from dicel_desktop.gui.main_window import MainWindow
    from dicel_desktop.services.auth import login

    try:
        logged_in = login(
            profile.host,
            profile.port,
            profile.database,
            email,
            password or DEMO_PASSWORD,
            sslmode=profile.sslmode,
            sslrootcert=profile.sslrootcert,
            live_updates=profile.live_updates,
            installer=profile.installer,
        )
    except DicelError as exc:
        print(f"dicel-desktop: {email}: {exc.message}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as folder:
        # A fresh settings file: the picture must not depend on what this desktop's user
        # last had open.
        settings = QSettings(str(Path(folder) / "screenshot.ini"), QSettings.Format.IniFormat)
        window = MainWindow(dataclasses.replace(logged_in, place=profile.name), settings=settings)
        window.resize(*SIZE)
        window.show()
        if tab:
            try:
                _show_tab_or_section(app, window, tab)
            except KeyError:
                titles = ", ".join(window.tab_titles())
                print(f"dicel-desktop: no tab {tab!r} for {email}; tabs: {titles}", file=sys.stderr)
                window.close()
                return 2
            if not (open_record or new_record or page):
                _show_dashboard(window)
        if page:
            chart = _show_chart_page(app, window, page)
            if chart is None:
                window.close()
                return 2
        _wait_until_loaded(app, window)
        shown: QWidget = window
        if export is not None and not open_record:
            window.close()
            return _fail("--export exports the list --open TABLE shows: give --open")
        if open_record or new_record:
            form = _open_form(app, window, open_record, new_record, tab, export)
            if isinstance(form, int):
                window.close()
                return form
            # A step the window opened at once (a decision waiting for this person) is
            # what they would look at: the picture is of its dialog.
            # (--new leave_requests as anyone but HR: Request leave…, no step there.)
            shown = getattr(form, "step_dialog", None) or form
        image = shown.grab()
        window.close()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path)):
        print(f"dicel-desktop: could not write {path}", file=sys.stderr)
        return 2
    print(f"Saved {path} ({image.width()}x{image.height()})")
    return 0


def _show_tab_or_section(app: QApplication, window, title: str) -> None:
    """The tab titled ``title``, or the section of My work of that title (KeyError)."""
    try:
        window.show_tab(title)
        return
    except KeyError:
        section = _section_titled(title)
        if section is None:
            raise
    window.tabs.setCurrentWidget(window.my_work)
    _settle(app, window, lambda: window.my_work.me is not None)
    window.my_work.show_section(section.key)


def _my_work_sections():
    from dicel_desktop.gui.tabs.my_work_tab import SECTIONS

    return SECTIONS


def _section_titled(title: str):
    """The section of My work whose title reads ``title``, as its side list shows it (in
    the language shown) or in English; None if none does."""
    wanted = title.casefold()
    return next(
        (
            s
            for s in _my_work_sections()
            if wanted
            in (s.title.casefold(), QCoreApplication.translate("MyWorkTab", s.title).casefold())
        ),
        None,
    )


def _show_chart_page(app: QApplication, window, title: str) -> QWidget | None:
    """The page ``title`` of the current tab: a list (its rows are waited for with the
    window's), or a chart once its figures are drawn."""
    tab = window.tabs.currentWidget()
    if tab is window.my_work:
        # My work's pages are its sections ("My payslips"), as on the side list.
        section = _section_titled(title)
        if section is None:
            offered = ", ".join(
                QCoreApplication.translate("MyWorkTab", s.title) for s in _my_work_sections()
            )
            _fail(f"no page {title!r} on this tab; pages: {offered}")
            return None
        _settle(app, window, lambda: window.my_work.me is not None)
        window.my_work.show_section(section.key)
        return tab
    dashboard = getattr(tab, "dashboard", None)
    if dashboard is not None and title not in getattr(tab, "charts", ()):
        # A manager's budget chart joins the pages once their dashboard found the budget.
        _settle(app, window, lambda: dashboard.loaded)
    from dicel_desktop.domain.modules import TABLE_TITLES
    from dicel_desktop.gui.translations import tr_label

    # A list of the tab by its title, as its entry on the left reads (in the language
    # shown) or in English: the list itself, its rows loaded.
    lists = {
        name.casefold(): table
        for table in getattr(tab, "tables", ())
        for name in (TABLE_TITLES[table], tr_label(TABLE_TITLES[table]))
    }
    if title.casefold() in lists:
        return tab.show_table(lists[title.casefold()])
    # A chart likewise: "Carte des risques" as the French side list reads, or in English.
    charts = {
        name.casefold(): chart
        for chart in getattr(tab, "charts", ())
        for name in (chart, QCoreApplication.translate("ModuleTab", chart))
    }
    try:
        chart = tab.show_chart(charts.get(title.casefold(), title))
    except (AttributeError, KeyError):
        offered = ", ".join(
            [*(TABLE_TITLES[t] for t in getattr(tab, "tables", ())), *getattr(tab, "charts", ())]
        )
        _fail(f"no page {title!r} on this tab; pages: {offered or 'none'}")
        return None
    drawn: list[bool] = []
    chart.shown.connect(lambda: drawn.append(True))
    _settle(app, window, lambda: bool(drawn))
    return chart


def _show_dashboard(window) -> None:
    """A module's tab opens on its dashboard (its first page), whatever was open last."""
    widget = window.tabs.currentWidget()
    if hasattr(widget, "show_dashboard"):
        widget.activate()
        widget.show_dashboard()


def _dashboard_painted(window) -> bool:
    widget = window.tabs.currentWidget()
    dashboard = getattr(widget, "dashboard", None)
    shown = dashboard is not None and widget.stack.currentWidget() is dashboard
    return not shown or dashboard.loaded


def _wait_until_loaded(app: QApplication, window) -> None:
    """Process events until the worker is idle, the visible list has its rows and the
    inbox its first list (the work listener's, on a thread of its own)."""

    def loaded() -> bool:
        grid = window.current_grid()
        return (
            window.my_work.inbox.loaded
            and _dashboard_painted(window)
            and (
                grid is None
                or (
                    not grid.model.is_loading
                    and (grid.model.rowCount() == 0 or grid.model.is_row_loaded(0))
                )
            )
        )

    _settle(app, window, loaded)


def _settle(app: QApplication, window, ready=lambda: True) -> None:
    """Process events until ``ready()`` and the worker has been idle for a moment: a page
    or a name that arrives asks for the next paint."""
    deadline = time.monotonic() + LOAD_TIMEOUT_S
    quiet_since: float | None = None
    while time.monotonic() < deadline:
        app.processEvents()
        # processEvents() leaves deleteLater's deletions for an event loop to run, and
        # there is none here: a form's step buttons rebuilt after New stayed in the
        # picture, the old record's "Cancel leave…" beside the new one's (eye36).
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if ready() and not window.worker.is_busy:
            quiet_since = quiet_since or time.monotonic()
            if time.monotonic() - quiet_since > 0.3:
                return
        else:
            quiet_since = None
        time.sleep(0.01)


def _fail(message: str) -> int:
    print(f"dicel-desktop: {message}", file=sys.stderr)
    return 2


def _open_form(
    app,
    window,
    open_record: str | None,
    new_record: str | None,
    tab: str | None,
    export: Path | None = None,
):
    """The record window asked for, loaded; or the exit status when it cannot be. With
    ``export``, its list is exported there first."""
    from dicel_desktop.db.models import Base
    from dicel_desktop.domain.permissions import rights
    from dicel_desktop.gui.records.record_window import RecordWindow
    from dicel_desktop.services.records import find_record_id

    table, _, key = (open_record or new_record or "").partition(":")
    if table not in Base.metadata.tables:
        return _fail(f"no table {table!r}; tables: {', '.join(sorted(Base.metadata.tables))}")
    if not rights(window.role, table).select:
        return _fail(f"{window.logged_in.email} may not read the table {table!r}")
    grid = _show_list(app, window, table, tab)
    if export is not None:
        failed = _export(app, window, grid, export)
        if failed:
            return failed
    if new_record:
        form = window.records.new(table, grid.new_record_presets() if grid else None)
    else:
        if key:
            task = functools.partial(find_record_id, table=table, key=key)
            found = _run_on_worker(app, window, task)
        elif grid is not None and grid.model.rowCount() > 0:
            found = grid.model.record_id(0)
        else:
            found = None
        if isinstance(found, BaseException) or found is None:
            what = f"no record {key!r}" if key else "no record"
            return _fail(f"{what} in {table!r} for {window.logged_in.email}")
        form = window.records.open(table, found)
    if isinstance(form, RecordWindow):
        # A record window at a size that shows a whole form; a dialog opened instead
        # (New on leave: Request leave… for oneself) keeps its own size (eye36b #3).
        form.resize(*FORM_SIZE)
    _settle(app, window)
    return form


def _show_list(app, window, table: str, tab: str | None):
    """Bring the list of ``table`` to the front where this role has it (a module's tab,
    the one asked for first); None when no tab lists it."""
    from dicel_desktop.gui.tabs.module_tab import ModuleTab
    from dicel_desktop.gui.tabs.my_work_tab import SECTIONS
    from dicel_desktop.gui.widgets.data_grid import DataGrid

    tabs = [window.tabs.widget(i) for i in range(window.tabs.count())]
    tabs.sort(key=lambda t: 0 if tab and window.tabs.currentWidget() is t else 1)
    for widget in tabs:
        if isinstance(widget, ModuleTab) and table in widget.tables:
            window.tabs.setCurrentWidget(widget)
            widget.activate()
            grid = widget.show_table(table)
            _wait_until_loaded(app, window)
            return grid
    # Self-service: the person's own list in "My work" (my leave, my IT tickets).
    section = next((s.key for s in SECTIONS if s.table == table and s.key != "waiting"), None)
    if section is not None and section in window.my_work.section_keys():
        window.tabs.setCurrentWidget(window.my_work)
        page = window.my_work.show_section(section)
        _wait_until_loaded(app, window)
        # A page around its list (My payslips: the list, and Print and PDF beside it).
        grid = page if isinstance(page, DataGrid) else getattr(page, "grid", None)
        return grid if isinstance(grid, DataGrid) else None
    return None


def _export(app, window, grid, path: Path) -> int:
    """Export the list ``grid`` shows to ``path`` as File > Export does (0), or say why
    it could not be (2)."""
    from dicel_desktop.gui.export_dialog import ExportRun
    from dicel_desktop.services.export import ExportFormat

    formats = {".csv": ExportFormat.CSV, ".xlsx": ExportFormat.XLSX}
    fmt = formats.get(path.suffix.lower())
    if fmt is None:
        return _fail(f"{path}: an export is a .csv or an .xlsx file")
    if grid is None:
        return _fail("this list cannot be exported (it is not a list of rows)")
    outcome: list[object] = []
    run = ExportRun(window.worker, grid.model.query, path.absolute(), fmt, window)
    run.finished.connect(outcome.append)
    run.failed.connect(outcome.append)
    run.start()
    while not outcome:  # an export takes as long as it takes: no deadline
        app.processEvents()
        time.sleep(0.01)
    if isinstance(outcome[0], str):
        return _fail(f"the export failed: {outcome[0]}")
    print(f"Exported {outcome[0].rows} rows to {path}")
    return 0


def _run_on_worker(app, window, task):
    """Run ``task`` on the window's DB worker and wait for its answer (events flow)."""
    answer: list[object] = []
    window.worker.submit(task, answer.append, answer.append)
    deadline = time.monotonic() + LOAD_TIMEOUT_S
    while not answer and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    return answer[0] if answer else None
