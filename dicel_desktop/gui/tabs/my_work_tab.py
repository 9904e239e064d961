"""My work: everyone's own profile, leave, attendance, payslips, performance reviews and IT
tickets, and what waits for the person's decision (the approvals inbox,
gui/tabs/inbox_page.py).

Lists are the same data grid as everywhere, with a fixed filter on the person and
without the column naming them; row security in the database is what actually limits
them to what the person may see.
"Waiting for me" is there for whoever may decide something (a supervisor, a role with a
decision function) and for anyone the moment something waits for them; its count is on
the section and, through :attr:`MyWorkTab.waiting_count_changed`, on the tab.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QWidget,
)

from dicel_desktop.domain.roles import Role
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.tabs.inbox_page import InboxPage
from dicel_desktop.gui.tabs.profile_view import ProfileView
from dicel_desktop.gui.tabs.side_list import lay_out_side_list
from dicel_desktop.gui.unanswered import Unanswered
from dicel_desktop.gui.widgets.data_grid import DataGrid
from dicel_desktop.gui.worker import DbWorker, describe_error
from dicel_desktop.services import my_work
from dicel_desktop.services.listing import Equals, Filter
from dicel_desktop.services.visibility import columns_for

if TYPE_CHECKING:
    from dicel_desktop.gui.records.opener import RecordOpener


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    table: str | None  # None: a page of its own (the profile form, the inbox)


SECTIONS = (
    Section("profile", QT_TRANSLATE_NOOP("MyWorkTab", "My profile"), None),
    Section("leave", QT_TRANSLATE_NOOP("MyWorkTab", "My leave"), "leave_requests"),
    Section("attendance", QT_TRANSLATE_NOOP("MyWorkTab", "My attendance"), "attendance_records"),
    Section("payslips", QT_TRANSLATE_NOOP("MyWorkTab", "My payslips"), "payroll_records"),
    # Once HR shares them (migration 0045: a draft is not the employee's to read yet).
    Section("reviews", QT_TRANSLATE_NOOP("MyWorkTab", "My reviews"), "performance_reviews"),
    Section("tickets", QT_TRANSLATE_NOOP("MyWorkTab", "My IT tickets"), "it_support_tickets"),
    Section("waiting", QT_TRANSLATE_NOOP("MyWorkTab", "Waiting for me"), None),
)

#: Roles that decide something most days (see MyWorkTab._may_decide).
_USUAL_DECIDERS = frozenset({Role.HR, Role.FINANCE, Role.ADMIN})

#: Item role holding the section key.
SectionRole = Qt.ItemDataRole.UserRole


class MyWorkTab(QWidget):
    #: How many items wait for the person's decision (after each list).
    waiting_count_changed = Signal(int)

    def __init__(
        self,
        worker: DbWorker,
        role: Role,
        user_id,
        settings: QSettings,
        records: RecordOpener | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.role = role
        self._records = records
        self._worker = worker
        self._settings = settings
        self._user_id = user_id
        self.me: my_work.Me | None = None
        self._pages: dict[str, QWidget] = {}
        #: The section to open on once the sections are known, instead of the last one.
        self._preferred: str | None = None
        #: Whether the person (or a command) chose a section: the window then no longer
        #: turns to "Waiting for me" on its own when the first items arrive.
        self.section_chosen = False
        #: True while the tab itself sets the current section (not the person's choice).
        self._placing = False

        self.sections = QListWidget()
        self.stack = QStackedWidget()
        self.profile = ProfileView()
        self._pages["profile"] = self.profile
        self.stack.addWidget(self.profile)
        # Made at once: its count shows on the tab before anyone opens it.
        self.inbox = InboxPage(worker, parent=self.stack, role=role)
        self._pages["waiting"] = self.inbox
        self.stack.addWidget(self.inbox)
        self.inbox.count_changed.connect(self._on_inbox_count_changed)
        self.inbox.open_requested.connect(self._on_inbox_open_requested)
        lay_out_side_list(self, self.sections, self.stack, self.tr("My work"), settings)
        self.sections.currentItemChanged.connect(self._on_sections_current_changed)

        who = functools.partial(my_work.who_am_i, user_id=user_id)
        #: The profile's reads (who the person is, then the profile, behind it).
        self._profile_reads = {
            worker.submit(who, self._on_me_loaded, self._on_failed),
            worker.submit(my_work.my_profile, self.profile.show_profile, self._on_failed),
        }
        #: Says "Loading your profile… (no answer from the server yet)" when the status
        #: bar says so (wait40b).
        self.profile_unanswered = Unanswered(
            worker, self.profile, self._profile_busy, self.profile.say_waiting
        )

    def section_keys(self) -> list[str]:
        return [self.sections.item(i).data(SectionRole) for i in range(self.sections.count())]

    def show_section(self, key: str) -> QWidget:
        for i in range(self.sections.count()):
            if self.sections.item(i).data(SectionRole) == key:
                self.sections.setCurrentRow(i)
                return self._pages[key]
        raise KeyError(key)

    def prefer_section(self, key: str) -> None:
        """Show section ``key`` now, or as soon as the sections are known (the window
        opens on "Waiting for me" when something waits)."""
        self._preferred = key
        if key in self.section_keys():
            with self._placing_sections():
                self.show_section(key)

    def current_page(self) -> QWidget | None:
        """What the chosen section shows: a list, the page around one (My leave), the
        profile."""
        return self.stack.currentWidget()

    def current_grid(self) -> DataGrid | None:
        return _grid_of(self.stack.currentWidget())

    def current_title(self) -> str | None:
        """The chosen section's title, as the side list shows it ("My payslips")."""
        item = self.sections.currentItem()
        key = item.data(SectionRole) if item is not None else None
        section = next((s for s in SECTIONS if s.key == key), None)
        return QCoreApplication.translate("MyWorkTab", section.title) if section else None

    def close_lists(self) -> None:
        for page in self._pages.values():
            grid = _grid_of(page)
            if grid is not None:
                grid.close_list()

    def refresh_table(self, table: str) -> None:
        """A record of ``table`` changed: the sections listing it reload."""
        for page in self._pages.values():
            grid = _grid_of(page)
            if grid is not None and grid.table == table:
                grid.refresh()
            follow = getattr(page, "on_table_changed", None)
            if follow is not None:  # figures of the table beside the list (a leave card)
                follow(table)

    # ----------------------------------------------------------------- slots

    def _may_decide(self, me: my_work.Me) -> bool:
        """Whether decisions usually wait for this person: a supervisor (leave), HR
        (leave nobody else can decide), finance (expenses, orders above the limit), an
        administrator. Anyone else (a department's manager deciding an order) sees the
        section as soon as something waits for them. Every login may call the decision
        functions, whose rules say who decides, so the grants cannot tell."""
        return me.is_supervisor or self.role in _USUAL_DECIDERS

    def _profile_busy(self, request_id: int) -> str:
        """The profile's "Loading…" while one of its reads waits, before its answer."""
        return self.profile.loading_text() if request_id in self._profile_reads else ""

    def _on_me_loaded(self, me: my_work.Me) -> None:
        with self._placing_sections():
            self._add_sections(me)

    @contextlib.contextmanager
    def _placing_sections(self) -> Iterator[None]:
        """The tab sets the current section itself meanwhile: not the person's choice."""
        before, self._placing = self._placing, True
        try:
            yield
        finally:
            self._placing = before

    def _add_sections(self, me: my_work.Me) -> None:
        self.me = me
        for section in SECTIONS:
            if section.key == "waiting" and not (
                self._may_decide(me) or self.inbox.model.rowCount()
            ):
                continue
            item = QListWidgetItem(QCoreApplication.translate("MyWorkTab", section.title))
            item.setData(SectionRole, section.key)
            self.sections.addItem(item)
        self._on_inbox_count_changed(self.inbox.model.rowCount())
        remembered = self._preferred or self._settings.value("my_work/section", "profile")
        keys = self.section_keys()
        self.sections.setCurrentRow(keys.index(remembered) if remembered in keys else 0)

    @slot_while_whole(object, keeps="role")
    def _on_leave_filed(self, _request_id: object) -> None:
        if self._records is not None:  # other lists of leave requests follow
            self._records.table_changed.emit("leave_requests")

    @slot_while_whole(int, keeps="role")
    def _on_inbox_count_changed(self, count: int) -> None:
        item = self._section_item("waiting")
        if item is None and count and self.me is not None:
            # Something waits for someone who decides nothing usually: show it now.
            item = QListWidgetItem()
            item.setData(SectionRole, "waiting")
            self.sections.addItem(item)
        if item is not None:
            item.setText(
                self.tr("Waiting for me ({count})").format(count=count)
                if count
                else self.tr("Waiting for me")
            )
        self.waiting_count_changed.emit(count)

    @slot_while_whole(str, object, keeps="role")
    def _on_inbox_open_requested(self, table: str, record_id) -> None:
        if self._records is not None:
            self._records.open(table, record_id)

    def _section_item(self, key: str) -> QListWidgetItem | None:
        for i in range(self.sections.count()):
            if self.sections.item(i).data(SectionRole) == key:
                return self.sections.item(i)
        return None

    def _on_failed(self, error: BaseException) -> None:
        self.profile.show_error(describe_error(error))

    @slot_while_whole(QListWidgetItem, QListWidgetItem, keeps="role")
    def _on_sections_current_changed(self, item: QListWidgetItem | None, _previous) -> None:
        if item is None:
            return
        key = item.data(SectionRole)
        if not self._placing:
            self.section_chosen = True
        page = self._pages.get(key) or self._make_page(key)
        self.stack.setCurrentWidget(page)
        self._settings.setValue("my_work/section", key)

    def _make_page(self, key: str) -> QWidget:
        section = next(s for s in SECTIONS if s.key == key)
        filters = self._filters_for(key)
        if filters is None:
            page: QWidget = QLabel(
                self.tr(
                    "There is no HR record linked to your login, so there is nothing to list "
                    "here. Ask HR to link your employee record."
                )
            )
            page.setWordWrap(True)
            page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        else:
            assert section.table is not None
            # The column naming the person says who they are on every row (a payslip's
            # Employee took the room of its net pay): not shown, nor offered. The lists
            # remember their columns apart from the department's list of the table.
            mine = {f.column for f in filters if isinstance(f, Equals)}
            columns = [c for c in columns_for(self.role, section.table) if c not in mine]
            remembered_as = f"my_{key}"
            # These two pages (and the leave and payslip documents behind them) are imported
            # when first shown, not with every start.
            if key == "leave":  # with "Request leave…" above the list
                from dicel_desktop.gui.tabs.my_leave_page import MyLeavePage

                page = MyLeavePage(
                    self._worker,
                    columns,
                    fixed_filters=filters,
                    settings=self._settings,
                    remembered_as=remembered_as,
                    records=self._records,
                    parent=self.stack,
                )
                page.filed.connect(self._on_leave_filed)
            elif key == "payslips":  # with Print… and Save as PDF…
                from dicel_desktop.gui.tabs.payslips_page import PayslipsPage

                page = PayslipsPage(
                    self._worker,
                    columns,
                    fixed_filters=filters,
                    settings=self._settings,
                    remembered_as=remembered_as,
                    parent=self.stack,
                )
            else:
                page = DataGrid(
                    self._worker,
                    section.table,
                    columns,
                    fixed_filters=filters,
                    settings=self._settings,
                    remembered_as=remembered_as,
                    parent=self.stack,
                )
            grid = _grid_of(page)
            if self._records is not None and grid is not None:
                table = section.table
                grid.record_activated.connect(
                    lambda record_id: self._records.open(table, record_id)
                )
        self._pages[key] = page
        self.stack.addWidget(page)
        return page

    def _filters_for(self, key: str) -> list[Filter] | None:
        me = self.me
        assert me is not None
        if key == "tickets":
            return [Equals("requester_id", me.user_id)]
        if me.employee_id is None:
            return None
        return [Equals("employee_id", me.employee_id)]


def _grid_of(page: QWidget | None) -> DataGrid | None:
    """The list a section shows (itself, or the one in its page)."""
    if isinstance(page, DataGrid):
        return page
    grid = getattr(page, "grid", None)
    return grid if isinstance(grid, DataGrid) else None
