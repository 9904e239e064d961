"""Editors of dates (DATE) and moments (TIMESTAMPTZ).

QDateEdit cannot be empty, and many dates here may be (a termination date, a paid
date), so each editor is a line edit with a calendar beside it. A person types in their
locale's short format (day and month with one or two digits, the year with four or two,
or ISO ``2026-03-31``) or picks from the calendar (Alt+Down or F4 opens it; Up and Down
move the date by a day). The text is written as the grid writes it: the locale's short
format with a four-digit year. Moments are shown in the desktop's time zone and given
back timezone-aware.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QHBoxLayout,
    QToolButton,
    QWidget,
)

from dicel_desktop.domain.errors import InvalidInput
from dicel_desktop.gui.cell_format import LocaleFormats
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.editors.base import FieldEditor, widen_for_hint
from dicel_desktop.gui.editors.calendar_popup import CalendarPopup, DateLine
from dicel_desktop.gui.editors.common import (
    chars_width,
    locale_or_default,
    may_be_empty,
    show_read_only,
)
from dicel_desktop.gui.translations import shortcut_text
from dicel_desktop.services.forms import NOW_WHEN_SAVED, FieldSpec

__all__ = ["TODAY", "DateEditor", "DateTimeEditor"]

#: :meth:`DateEditor.set_range`'s last day when it is today, as the editor counts it when
#: asked: a dialog left open past the company's midnight offers the new day.
TODAY = "today"

#: How often an editor that counts today by a source asks it again, so that what it
#: proposed and the last day it offers move on at the company's midnight (a dialog left
#: open over it): the day is worked out from one read and the steady clock, no query.
TODAY_CHECK_MS = 30_000

#: Two-digit years are read within this many years ahead of today, else the century
#: before: "31/12/40" is 2040 in 2026, "01/01/60" is 1960 (birth dates).
_YEARS_AHEAD = 20

_TWO_LETTER = re.compile(r"'(?:[^']|'')*'|dd|MM|HH|hh|mm|ss|.", re.DOTALL)


def _relaxed(pattern: str) -> str:
    """A Qt pattern that also reads one-digit days, months and hours ("1/2/2026 7:05")."""
    loose = {"dd": "d", "MM": "M", "HH": "H", "hh": "h"}
    return "".join(loose.get(token, token) for token in _TWO_LETTER.findall(pattern))


def _with_two_digit_year(pattern: str) -> str:
    return pattern.replace("yyyy", "yy")


def _century(year: int, today: dt.date) -> int:
    """The year a two-digit year means (Qt reads "25" as 1925), ``today`` being today."""
    two = year % 100
    year = today.year - today.year % 100 + two
    if year > today.year + _YEARS_AHEAD:
        year -= 100
    return year


def _pattern_letters() -> dict[str, str]:
    """Qt's pattern letters as the person's language writes day, month, year, hour and
    minute in a form's hint: a letter ("dd/mm/yyyy", French "jj/mm/aaaa"), or a word
    written once for its run of letters (Kinyarwanda "umunsi/ukwezi/umwaka", its words
    all starting with u)."""
    hour = QCoreApplication.translate(
        "DateEditor", "h", "the letter for 'hour' in a time pattern such as hh:mm"
    )
    return {
        "d": QCoreApplication.translate(
            "DateEditor", "d", "the letter for 'day' in a date pattern such as dd/mm/yyyy"
        ),
        "M": QCoreApplication.translate(
            "DateEditor", "m", "the letter for 'month' in a date pattern such as dd/mm/yyyy"
        ),
        "y": QCoreApplication.translate(
            "DateEditor", "y", "the letter for 'year' in a date pattern such as dd/mm/yyyy"
        ),
        "H": hour,
        "h": hour,
        "m": QCoreApplication.translate(
            "DateEditor", "m", "the letter for 'minute' in a time pattern such as hh:mm"
        ),
    }


#: A run of one pattern letter ("dd", "MM", "yyyy") or any other character.
_RUNS = re.compile(r"([dMyHhm])\1*|.", re.DOTALL)


def _in_letters(pattern: str, letters: dict[str, str]) -> str:
    """``pattern`` (unquoted) in ``letters``: a letter per pattern letter, a word per run."""
    out = []
    for match in _RUNS.finditer(pattern):
        run = match.group(0)
        letter = letters.get(run[0])
        if letter is None:
            out.append(run)
        else:
            out.append(letter * len(run) if len(letter) == 1 else letter)
    return "".join(out)


class DateEditor(FieldEditor):
    """A calendar date (DATE): the line, the calendar button and popup, the parsing.
    ``set_value("today")`` proposes today. Today is this desktop's day until
    :meth:`count_today_by` gives the day the database counts (the company's, read from
    it): the day proposed, the calendar's Today, the day it opens on and marks as today,
    the day Up and Down start from when empty, and the last day offered when the range
    ends today (:data:`TODAY`). They follow that day as it turns."""

    #: Today, as its source counts it, turned while the editor was shown (the company's
    #: midnight passed): the new day, for what its window says about today.
    today_turned = Signal(object)

    def __init__(
        self, field: FieldSpec, parent: QWidget | None = None, *, locale: QLocale | None = None
    ) -> None:
        super().__init__(field, parent)
        self.qlocale = locale_or_default(locale)
        self._formats = LocaleFormats.from_qlocale(self.qlocale)
        self._value: Any = None
        self.line = DateLine()
        self.line.setAccessibleName(field.label)
        self.line.setPlaceholderText(self._placeholder())
        self.line.setClearButtonEnabled(may_be_empty(field))
        self.line.textEdited.connect(self.edited)
        # A day the person types is theirs: it no longer follows today at midnight.
        self.line.textEdited.connect(self._forget_proposed_today)
        self.line.calendar_requested.connect(self.open_calendar)
        self.line.step_requested.connect(self._on_line_step_requested)
        self.line.editingFinished.connect(self._on_line_editing_finished)
        self.button = QToolButton()
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        # Not a Tab stop: Alt+Down opens the calendar from the text, as in a combo box.
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setToolTip(
            QCoreApplication.translate("DateEditor", "Choose from a calendar ({shortcut})").format(
                shortcut=shortcut_text("Alt+Down")
            )
        )
        self.button.setAccessibleName(QCoreApplication.translate("DateEditor", "Calendar"))
        self.button.clicked.connect(self.open_calendar)
        self.popup: CalendarPopup | None = None
        #: The days the calendar offers (None: no bound), set by :meth:`set_range`.
        self.minimum: dt.date | None = None
        self._maximum: dt.date | str | None = None
        #: Where today comes from (:meth:`count_today_by`); None: this desktop's day.
        self._today_source: Callable[[], dt.date | None] | None = None
        #: The day ``set_value("today")`` showed, while it is shown: it follows today.
        self._proposed_today: Any = None
        #: The source's day when last asked (:meth:`_follow_today`), and the calendar's
        #: day marked as today (None: none marked, as Qt marks none).
        self._known_today: dt.date | None = None
        self._marked_today: QDate | None = None
        self._today_timer: QTimer | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.setFocusProxy(self.line)
        self.setAccessibleName(field.label)
        written = self._write(self._widest())
        sample = max(written, self._placeholder(), key=len)
        clear = (24 if may_be_empty(field) else 0) + 8  # the clear button, and some air
        self.line.setMaximumWidth(chars_width(self.line, sample + "00", clear))
        # The format in words ("umunsi/ukwezi/umwaka isaha:umunota") whole where the
        # form has the room; a date's own width at least.
        widen_for_hint(
            self.line, chars_width(self.line, written, clear), chars_width(self.line, sample, clear)
        )

    # ----------------------------------------------------------------- what a date is
    # (DateTimeEditor says what a moment is instead)

    def _pattern(self) -> str:
        return self._formats.date_pattern

    def _from_parts(self, date: dt.date, time: dt.time | None) -> Any:
        return date

    def _date_of(self, value: Any) -> dt.date:
        return value

    def _write(self, value: Any) -> str:
        return self._formats.format_datetime(value, self._formats.date_pattern)

    def _widest(self) -> Any:
        return dt.date(2000, 12, 28)

    def _today_text(self) -> str:
        return QCoreApplication.translate("DateEditor", "Today")

    def _coerce(self, value: Any) -> Any:
        if value == "today":
            return self.today()
        if isinstance(value, dt.datetime):
            return value.astimezone().date() if value.tzinfo else value.date()
        if isinstance(value, str):
            return dt.date.fromisoformat(value)
        return value

    # ----------------------------------------------------------------- FieldEditor

    def value(self) -> Any:
        text = self.line.text().strip()
        if not text:
            return None
        if self._value is not None and text == self._write(self._value):
            return self._value  # unchanged: seconds and time zone as they were
        parsed = self._parse(text)
        if parsed is None:
            raise InvalidInput("field_not_a_date", label=self.field.label, text=text)
        return parsed

    def set_value(self, value: Any) -> None:
        self._value = self._coerce(value)
        self._proposed_today = self._value if value == "today" else None
        self.line.setText("" if self._value is None else self._write(self._value))
        self.line.setCursorPosition(0)

    def today(self) -> dt.date:
        """Today for this editor: its source's day (:meth:`count_today_by`), this
        desktop's while the source has none."""
        day = self._today_source() if self._today_source is not None else None
        return day if day is not None else dt.date.today()

    def count_today_by(self, source: Callable[[], dt.date | None]) -> None:
        """Count today by ``source`` from now on: the company's day as the database counts
        it, once read (a desktop whose date or zone is off the company's proposed, and
        offered as today, a day the database refuses; None while it has no day). A today
        proposed and still shown becomes the source's."""
        self._today_source = source
        self._known_today = source()
        self._propose_today_again()
        if self._today_timer is None:
            self._today_timer = QTimer(self)
            self._today_timer.setInterval(TODAY_CHECK_MS)
            self._today_timer.timeout.connect(self._follow_today)
            self._today_timer.start()

    def _propose_today_again(self) -> None:
        """A today proposed and still shown becomes today as counted now."""
        proposed = self._proposed_today
        if proposed is not None and self.line.text() == self._write(proposed):
            self.set_value("today")

    @slot_while_whole(keeps="qlocale")
    def _follow_today(self) -> None:
        """Today turned (the company's midnight passed while the window stayed open):
        what was proposed as today and still shown, the last day offered when that is
        today, and the day marked, become the new day. A day typed stays."""
        source = self._today_source
        day = source() if source is not None else None
        if day is None or day == self._known_today:
            return
        self._known_today = day
        self._propose_today_again()
        if self.popup is not None:
            self._bound_calendar()
            self._mark_today()
        self.today_turned.emit(day)

    @property
    def maximum(self) -> dt.date | None:
        """The last day the calendar offers (None: no bound): today as counted now when
        the range ends today (:data:`TODAY`)."""
        return self.today() if self._maximum == TODAY else self._maximum  # type: ignore[return-value]

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.line.setReadOnly(read_only)
        self.line.setClearButtonEnabled(may_be_empty(self.field) and not read_only)
        self.button.setVisible(not read_only)
        # The format to type in is no help where nothing can be typed: an empty
        # read-only date is just empty.
        self.line.setPlaceholderText("" if read_only else self._placeholder())
        show_read_only(self.line, read_only)

    def set_range(self, minimum: dt.date | None, maximum: dt.date | str | None) -> None:
        """Offer only the days from ``minimum`` to ``maximum`` in the calendar (a step
        that refuses the others); a day typed outside them is the step's to refuse.
        ``maximum`` :data:`TODAY`: up to today as counted when the calendar shows, so a
        dialog open past midnight offers the new day."""
        self.minimum, self._maximum = minimum, maximum
        if self.popup is not None:
            self._bound_calendar()

    def _bound_calendar(self) -> None:
        assert self.popup is not None
        calendar = self.popup.calendar
        low, high = self.minimum, self.maximum
        calendar.setMinimumDate(QDate(low.year, low.month, low.day) if low else QDate(100, 1, 1))
        calendar.setMaximumDate(
            QDate(high.year, high.month, high.day) if high else QDate(9999, 12, 31)
        )
        # Today (or Now) outside the days offered would fill in a day the step refuses.
        today = self.today()
        offered = (low is None or low <= today) and (high is None or today <= high)
        self.popup.today_button.setEnabled(offered)
        self.popup.today_button.setToolTip(
            ""
            if offered
            else QCoreApplication.translate(
                "DateEditor", "Today is not one of the days offered here."
            )
        )

    # ----------------------------------------------------------------- the calendar

    @slot_while_whole(keeps="qlocale")
    def open_calendar(self) -> None:
        if self.is_read_only():
            return
        if self.popup is None:
            self.popup = CalendarPopup(
                self,
                locale=self.qlocale,
                today_text=self._today_text(),
                clearable=may_be_empty(self.field),
            )
            self.popup.picked.connect(self._on_popup_picked)
            self.popup.cleared.connect(self._on_popup_cleared)
            self.popup.today_requested.connect(self._on_popup_today_requested)
        self._bound_calendar()  # a range that ends today ends on today's day now
        self._mark_today()
        current = self._current_date() or self.today()
        self.popup.calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        self.popup.adjustSize()
        below = self.mapToGlobal(QPoint(0, self.height()))
        self.popup.move(below)
        self.popup.show()
        self.popup.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _mark_today(self) -> None:
        """Mark the day its source counts as today in the calendar (bold, underlined,
        "Today" as its tooltip). Qt's calendar marks no day as today (Qt 6's
        ``QCalendarModel::formatForCell`` reads only the formats set on it); where no
        source has a day, none is marked, rather than this desktop's (the company's may
        be another)."""
        assert self.popup is not None
        calendar = self.popup.calendar
        if self._marked_today is not None:
            calendar.setDateTextFormat(self._marked_today, QTextCharFormat())
            self._marked_today = None
        day = self._today_source() if self._today_source is not None else None
        if day is None:
            return
        mark = QTextCharFormat()
        mark.setFontWeight(QFont.Weight.Bold)
        mark.setFontUnderline(True)
        mark.setToolTip(QCoreApplication.translate("DateEditor", "Today"))
        self._marked_today = QDate(day.year, day.month, day.day)
        calendar.setDateTextFormat(self._marked_today, mark)

    @slot_while_whole(QDate, keeps="qlocale")
    def _on_popup_picked(self, date: QDate) -> None:
        picked = dt.date(date.year(), date.month(), date.day())
        self._show_edited(self._from_parts(picked, self._current_time()))
        self.line.setFocus(Qt.FocusReason.PopupFocusReason)

    @slot_while_whole(keeps="qlocale")
    def _on_popup_today_requested(self) -> None:
        self._show_edited(self._coerce("today"))
        self.line.setFocus(Qt.FocusReason.PopupFocusReason)

    @slot_while_whole(keeps="qlocale")
    def _on_popup_cleared(self) -> None:
        if self.line.text():
            self.line.clear()
            self.edited.emit()
        self.line.setFocus(Qt.FocusReason.PopupFocusReason)

    @slot_while_whole(int, keeps="qlocale")
    def _on_line_step_requested(self, days: int) -> None:
        current = self._current_date() or self.today() - dt.timedelta(days=days)
        moved = current + dt.timedelta(days=days)
        self._show_edited(self._from_parts(moved, self._current_time()))

    @slot_while_whole(keeps="qlocale")
    def _on_line_editing_finished(self) -> None:
        # Write what was typed the usual way ("1/2/26" becomes "01/02/2026") so the
        # person sees how it was read; text that is not a date stays to be corrected.
        text = self.line.text().strip()
        parsed = self._parse(text) if text else None
        if parsed is not None and self._write(parsed) != self.line.text():
            self.line.setText(self._write(parsed))

    # ----------------------------------------------------------------- internals

    @slot_while_whole(keeps="qlocale")
    def _forget_proposed_today(self) -> None:
        self._proposed_today = None

    def _show_edited(self, value: Any) -> None:
        # Picked, stepped or asked for with Today: the person's day, even the one proposed.
        self._forget_proposed_today()
        text = self._write(value)
        if text != self.line.text():
            self.line.setText(text)
            self.edited.emit()

    def _current(self) -> Any:
        text = self.line.text().strip()
        if not text:
            return None
        if self._value is not None and text == self._write(self._value):
            return self._value
        return self._parse(text)

    def _current_date(self) -> dt.date | None:
        current = self._current()
        return None if current is None else self._date_of(current)

    def _current_time(self) -> dt.time | None:
        current = self._current()
        return current.timetz() if isinstance(current, dt.datetime) else None

    def _placeholder(self) -> str:
        # The office's pattern ("dd/MM/yyyy"), in the letters or words of the person's
        # language ("dd/mm/yyyy", "jj/mm/aaaa"); what is typed is read with the pattern.
        letters = _pattern_letters()
        # Text in quotes is a literal of the pattern (Bulgarian's year letter): kept as is.
        parts = self._pattern().split("'")
        pattern = "".join(
            part if quoted else _in_letters(part, letters)
            for quoted, part in zip(itertools.cycle((False, True)), parts, strict=False)
        )
        if self.field.default == NOW_WHEN_SAVED:
            return self.tr("Now, if left empty (%1)").replace("%1", pattern)
        return pattern

    def _parse(self, text: str) -> Any:
        """What ``text`` means, or None."""
        pattern = self._pattern()
        candidates = [
            (_relaxed(pattern), False),
            (_relaxed(_with_two_digit_year(pattern)), True),
            (self._iso_pattern(), False),
        ]
        date_only = self._date_only_pattern()
        if date_only:
            candidates += [
                (_relaxed(date_only), False),
                (_relaxed(_with_two_digit_year(date_only)), True),
            ]
        for fmt, two_digit in candidates:
            moment = self.qlocale.toDateTime(text, fmt)
            if not moment.isValid():
                continue
            qdate, qtime = moment.date(), moment.time()
            year = _century(qdate.year(), self.today()) if two_digit else qdate.year()
            try:
                date = dt.date(year, qdate.month(), qdate.day())
            except ValueError:  # 29 February of a year the century change made common
                continue
            time = dt.time(qtime.hour(), qtime.minute(), qtime.second())
            return self._from_parts(date, time)
        return None

    def _iso_pattern(self) -> str:
        return "yyyy-M-d"

    def _date_only_pattern(self) -> str | None:
        return None


class DateTimeEditor(DateEditor):
    """A moment (TIMESTAMPTZ), typed and shown in the desktop's time zone; a date alone
    means its midnight. Now is this desktop's clock until :meth:`count_now_by` gives the
    server's: the calendar's Now, what ``set_value("now")`` proposes and the day of today."""

    #: Where now comes from (:meth:`count_now_by`); None: this desktop's clock.
    _now_source: Callable[[], dt.datetime | None] | None = None

    def count_now_by(self, source: Callable[[], dt.datetime | None]) -> None:
        """Count now by ``source`` from now on: the server's moment, the one the database
        asks a moment against, once read (a PC minutes off proposed, with Now, a moment
        the database refused; None while it has none). Today is that moment's day here."""
        self._now_source = source

        def day() -> dt.date | None:
            moment = source()
            return None if moment is None else moment.astimezone().date()

        self.count_today_by(day)

    def now(self) -> dt.datetime:
        """Now for this editor, to the minute, in the desktop's zone: its source's moment
        (:meth:`count_now_by`), this desktop's clock while the source has none."""
        moment = self._now_source() if self._now_source is not None else None
        if moment is None:
            moment = dt.datetime.now()
        return moment.astimezone().replace(second=0, microsecond=0)

    def _pattern(self) -> str:
        return self._formats.datetime_pattern

    def _date_only_pattern(self) -> str:
        return self._formats.date_pattern

    def _iso_pattern(self) -> str:
        return "yyyy-M-d H:mm"

    def _from_parts(self, date: dt.date, time: dt.time | None) -> dt.datetime:
        if time is None:
            now = self.now()
            time = dt.time(now.hour, now.minute)
        naive = dt.datetime.combine(date, time.replace(tzinfo=None))
        # astimezone() on a naive datetime takes it as local time: the desktop's zone,
        # with the offset right for that date (summer time where there is one).
        return naive.astimezone()

    def _date_of(self, value: dt.datetime) -> dt.date:
        return value.astimezone().date()

    def _write(self, value: dt.datetime) -> str:
        local = value.astimezone() if value.tzinfo is not None else value
        return self._formats.format_datetime(local, self._formats.datetime_pattern)

    def _widest(self) -> dt.datetime:
        return dt.datetime(2000, 12, 28, 23, 58)

    def _today_text(self) -> str:
        return QCoreApplication.translate("DateEditor", "Now")

    def _coerce(self, value: Any) -> dt.datetime | None:
        if value in ("today", "now"):
            return self.now()
        if isinstance(value, str):
            value = dt.datetime.fromisoformat(value)
        if isinstance(value, dt.datetime) and value.tzinfo is None:
            return value.astimezone()  # a naive moment is taken as local time
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return dt.datetime.combine(value, dt.time()).astimezone()
        return value
