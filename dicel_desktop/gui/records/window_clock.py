"""The server's day and now as a record window counts them (the company's day, the moment
a report is asked against): read with the record shown, or once as a new record's form
opens; the fields that opened at "today" then follow them.

A record window's helper (``RecordWindow.clock``): the window's ``company_today`` and
``server_now`` read it.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from dicel_desktop.gui.operations import Op
from dicel_desktop.services import record_facts
from dicel_desktop.services.forms import FieldKind
from dicel_desktop.services.record_facts import (
    COMPANY_DAY,
    SERVER_NOW,
    CompanyClock,
    clock_reading,
    company_clock,
    company_day_now,
    server_moment_now,
)

if TYPE_CHECKING:
    from dicel_desktop.gui.records.record_window import RecordWindow

# The window's logger, as before this moved out of record_window.py.
log = logging.getLogger("dicel_desktop.gui.records.record_window")


class WindowClock:
    """The server's clocks for one record window."""

    def __init__(self, window: RecordWindow) -> None:
        self._window = window
        #: The server's clocks read as a new record's form opened (``read``), with the
        #: desktop's steady clock reading then; None until they come.
        self._read: tuple[CompanyClock, float] | None = None

    def read(self) -> None:
        """A new record loads no row to read the server's clocks with: read them once as
        its form opens, for the rules counted from today (``record_facts.DAY_COUNTED``)
        and a report's moment (``record_facts.MOMENT_COUNTED``), one statement for both.
        Until they come (or if it fails), the desktop's day and clock are asked; the
        database decides."""
        window = self._window
        # Asked here, not imported: the list is made on first use, from every table's
        # form (about 0.1 s), which the program's start need not pay.
        if window.table not in record_facts.CLOCK_READ:
            return

        def read(clock: CompanyClock) -> None:
            self._read = (clock, clock_reading())
            self._follow()

        def failed(error: BaseException) -> None:
            log.info("Could not read the server's clock: %s", error)

        Op(window.worker, company_clock).for_widget(window).on_success(read).on_failure(
            failed
        ).run()

    def _follow(self) -> None:
        """A new record's fields that open at "today" opened at the desktop's day or
        clock: once the server's are read, those still as they opened take the company's
        day (a feedback received, an enrolment) or the server's now (an incident reported).
        A desktop a day off offered a day the window and the database then refused (or
        took the wrong one); a PC minutes fast, a moment refused."""
        window = self._window
        for name, field in window.spec.fields.items():
            if field.default != "today":
                continue
            if field.kind is FieldKind.DATETIME:
                value = self.now.astimezone().replace(second=0, microsecond=0)
            else:
                value = self.today
            window.form.follow_default(name, value)

    @property
    def today(self) -> Any:
        """The company's day, as the database counts it: read with the record shown, or
        as a new one's form opened; None (the desktop's day) where none was read."""
        form = self._window.form
        record = form.record
        if record is not None and COMPANY_DAY in record.facts:
            return company_day_now(record.facts[COMPANY_DAY], form.loaded_at)
        if self._read is None:
            return None
        clock, read_at = self._read
        return company_day_now(clock.wall, read_at)

    @property
    def now(self) -> Any:
        """The server's now, the moment the database asks a report against (DW425): read
        with the record shown, or as a new one's form opened, moved on since; None (the
        desktop's clock) where none was read."""
        form = self._window.form
        record = form.record
        if record is not None and SERVER_NOW in record.facts:
            return server_moment_now(record.facts[SERVER_NOW], form.loaded_at)
        if self._read is None:
            return None
        clock, read_at = self._read
        return server_moment_now(clock.now, read_at)
