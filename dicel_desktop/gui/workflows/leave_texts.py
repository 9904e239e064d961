"""How the leave dialogs write a type of leave, a span of dates, a number of working days
and a balance, in the desktop's language and locale."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QObject

from dicel_desktop.domain.states import LeaveStatus, LeaveType
from dicel_desktop.gui.error_sentences import days_in_words
from dicel_desktop.gui.locale_writing import day_in_pattern
from dicel_desktop.gui.numbers import format_decimal, write_counted
from dicel_desktop.gui.translations import tr_choice, tr_label
from dicel_desktop.services.leave import Balance, InYear, RequestPreview
from dicel_desktop.services.leave_start import LeaveStart

__all__ = [
    "balance_text",
    "balances_text",
    "beyond_text",
    "day_figure",
    "days_text",
    "leave_state_text",
    "leave_type_text",
    "person_in_name",
    "share_text",
    "span_text",
    "start_text",
    "state_text",
    "working_days_text",
]


def leave_type_text(leave_type: str) -> str:
    """ "Annual leave"."""
    try:
        # The words domain.tables' leave Kind makes ("{} leave"), which schema_words lists.
        return tr_label(f"{LeaveType(leave_type).label} leave")
    except ValueError:
        return QCoreApplication.translate("Leave", "%1 leave").replace("%1", leave_type)


def state_text(status: str) -> str:
    """ "Approved", in the request's own words (French agrees it: une demande
    « Annulée », as the refusal beside it says « Déjà annulée »)."""
    try:
        return tr_choice("leave_requests", LeaveStatus(status).label)
    except ValueError:
        return status


#: A leave's state said inside a sentence about the leave, not in the request's own
#: column words: French agrees them with « congé » (« approuvé », « en attente »), where
#: the request's column says « Approuvée » (eye40b 6, eyefix41).
_LEAVE_STATES = {
    LeaveStatus.PENDING: QT_TRANSLATE_NOOP("LeaveState", "pending"),
    LeaveStatus.APPROVED: QT_TRANSLATE_NOOP("LeaveState", "approved"),
    LeaveStatus.REJECTED: QT_TRANSLATE_NOOP("LeaveState", "rejected"),
    LeaveStatus.CANCELLED: QT_TRANSLATE_NOOP("LeaveState", "cancelled"),
}


def leave_state_text(status: str) -> str:
    """ "approved": a leave's state in lower case, inside a sentence about the leave
    (French « approuvé », agreeing with « congé »)."""
    try:
        return QCoreApplication.translate("LeaveState", _LEAVE_STATES[LeaveStatus(status)])
    except ValueError:
        return status


def person_in_name(name: str | None) -> str | None:
    """ "Claire Uwera" out of an employee's name as a reference shows it ("Claire Uwera
    — EMP-000042", ``services.references``): the person, for a sentence about them. An
    employee with no login is named by the number alone, which is kept."""
    if not name:
        return None
    person, found, number = name.rpartition(" \N{EM DASH} ")
    return person if found and person and " " not in number else name


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def span_text(start: dt.date, end: dt.date, locale: QLocale | None = None) -> str:
    """ "Mon 3 March 2027", "Mon 3 - Fri 7 March 2027", "Mon 28 February - Fri 4 March
    2027": the weekday of each end, the month and year written once where shared."""
    locale = locale or QLocale()
    day = "ddd d"
    if start == end:
        return day_in_pattern(_qdate(start), f"{day} MMMM yyyy", locale)
    if (start.year, start.month) == (end.year, end.month):
        # The month's name is written once, after the last day: "lun. 1er - ven. 5 mars".
        first = day_in_pattern(_qdate(start), day, locale, month_follows=True)
    elif start.year == end.year:
        first = day_in_pattern(_qdate(start), f"{day} MMMM", locale)
    else:
        first = day_in_pattern(_qdate(start), f"{day} MMMM yyyy", locale)
    return f"{first} \N{EN DASH} {day_in_pattern(_qdate(end), f'{day} MMMM yyyy', locale)}"


def days_text(count: int | Decimal) -> str:
    """ "1 working day", "5 working days", "0.5 working days" (a balance may hold half
    days: 18.5 left, 19 asked is half a day beyond, not "0"), in the reader's locale and
    plural as their language writes that number: French "0 jour ouvré" (eye36, 4), "0,5
    jour ouvré", "2 jours ouvrés"; English "0 working days", "1.5 working days"."""
    return days_in_words(count)


def day_figure(value: int | Decimal | None) -> str:
    """A number of days written alone in a sentence that names the days itself ("18.5 a
    year"), in the reader's locale: "18,5" in French; never "18.000"."""
    if value is None:
        return ""
    return format_decimal(Decimal(value).normalize(), QLocale(), places=None)


class Leave(QObject):
    """The leave words that agree with a count: lupdate reads a plural form only from
    ``self.tr``'s count, not ``QCoreApplication.translate``'s; the class is named for the
    context the rest of these words have."""

    def left_to_request(self, n: int) -> str:
        return self.tr(
            "%1 in %2: %3 a year, %4 taken, %5 waiting for a decision, %n left to request.", "", n
        )

    # The year of joining or leaving (migration 0146): the allowance is the months'
    # share, said with them ("13.5 working days for 9 months of service"), not "a year".
    def earned_left_to_request(self, n: int) -> str:
        return self.tr(
            "%1 in %2: %3, %4 taken, %5 waiting for a decision, %n left to request.", "", n
        )


_COUNTED = Leave()


_NONE_LEFT = QT_TRANSLATE_NOOP(
    "Leave", "%1 in %2: %3 a year, %4 taken, %5 waiting for a decision: none left to request."
)
_OVER = QT_TRANSLATE_NOOP(
    "Leave",
    "%1 in %2: %3 a year, %4 taken, %5 waiting for a decision: %6 over the allowance.",
)
# English has no catalogue to write "1 month" from a count: one month its own words.
# A context of their own: Kinyarwanda's catalogue has no words yet for months of service
# (its balance says the days alone until a translator words them, eye40b 8).
_FOR_MONTHS = QT_TRANSLATE_NOOP("LeaveServiceMonths", "%1 for %2 months of service")
_FOR_A_MONTH = QT_TRANSLATE_NOOP("LeaveServiceMonths", "%1 for 1 month of service")
_EARNED_NONE_LEFT = QT_TRANSLATE_NOOP(
    "Leave", "%1 in %2: %3, %4 taken, %5 waiting for a decision: none left to request."
)
_EARNED_OVER = QT_TRANSLATE_NOOP(
    "Leave", "%1 in %2: %3, %4 taken, %5 waiting for a decision: %6 over the allowance."
)


def _english() -> bool:
    return QLocale().language() in (QLocale.Language.English, QLocale.Language.C)


def _none_left(source: str = _NONE_LEFT) -> str | None:
    """The sentence for nothing left, where the reader's language has it: a language
    whose catalogue lacks it (Kinyarwanda, until a translator words it) keeps its counted
    sentence ("0 isigaye yasabwa") rather than an English one."""
    said = QCoreApplication.translate("Leave", source)
    return said if said != source or _english() else None


def _earned_allowance(balance: Balance) -> str | None:
    """ "13.5 working days for 9 months of service": the allowance of a year of joining
    or leaving with the months it is earned by; None for a whole year's. A language that
    lacks the words for the months (Kinyarwanda) says the days alone ("iminsi 13.5
    y'akazi"): its "a year" was false for a part of one (eye40b, 8), and an English
    phrase would not be read."""
    if not balance.prorated or balance.months is None:
        return None
    source = _FOR_A_MONTH if balance.months == 1 else _FOR_MONTHS
    said = QCoreApplication.translate("LeaveServiceMonths", source)
    if said == source and not _english():
        return days_text(balance.allowance or 0)
    return said.replace("%1", days_text(balance.allowance or 0)).replace("%2", str(balance.months))


def balance_text(balance: Balance) -> str:
    """The year's allowance of one type, what is taken, waiting and left."""
    kind = leave_type_text(balance.leave_type)
    if not balance.limited:
        return (
            QCoreApplication.translate(
                "Leave", "%1 has no yearly allowance. In %2: %3 taken, %4 waiting for a decision."
            )
            .replace("%1", kind)
            .replace("%2", str(balance.year))
            .replace("%3", days_text(balance.taken))
            .replace("%4", str(balance.pending))
        )
    remaining = Decimal(balance.remaining or 0).normalize()
    earned = _earned_allowance(balance)
    if remaining < 0:
        # Taken and waiting went past an allowance lowered since: nothing is left to
        # request, and "-0.5 left to request" said nothing to act on (plural37).
        said = QCoreApplication.translate(
            "Leave", _OVER if earned is None else _EARNED_OVER
        ).replace("%6", days_in_words(-remaining, working=False))
    elif (
        remaining == 0
        and (none := _none_left(_NONE_LEFT if earned is None else _EARNED_NONE_LEFT)) is not None
    ):
        # None said as none, not "0 left to request" / « 0 encore disponible » (words38).
        said = none
    else:
        # What is left agrees with its count: « 1 encore disponible », « 2 … disponibles ».
        counted = _COUNTED.left_to_request if earned is None else _COUNTED.earned_left_to_request
        said = write_counted(counted, remaining, QLocale())
    return (
        said.replace("%1", kind)
        .replace("%2", str(balance.year))
        .replace("%3", earned if earned is not None else days_text(balance.allowance))
        .replace("%4", str(balance.taken))
        .replace("%5", str(balance.pending))
    )


def working_days_text(preview: RequestPreview, start: dt.date | None, end: dt.date | None) -> str:
    """ "3 working days (not counted: Heroes' Day (1 February))", or what is missing
    for the count: the words of the Request leave dialog, which HR's form shows too."""
    # The words are the dialog's (its context), where they were first said.
    if preview.working_days is None:
        if start is not None and end is not None and end < start:
            # Both chosen, in the wrong order: say that, not "choose them".
            return QCoreApplication.translate(
                "LeaveRequestDialog", "The last day comes before the first."
            )
        if start is not None and end is not None:
            return QCoreApplication.translate(
                "LeaveRequestDialog", "A leave request covers a year at most."
            )
        return QCoreApplication.translate(
            "LeaveRequestDialog", "Choose the first and the last day."
        )
    said = days_text(preview.working_days)  # "iminsi 3 y'akazi": mid-sentence
    text = said[:1].upper() + said[1:]
    if preview.holidays:
        names = ", ".join(
            f"{name} ({day_in_pattern(_qdate(day), 'd MMMM')})" for day, name in preview.holidays
        )
        text += " " + QCoreApplication.translate("LeaveRequestDialog", "(not counted: %1)").replace(
            "%1", names
        )
    return text


#: A context of its own: Kinyarwanda's catalogue has no words for it yet, and the
#: "Leave" context is one its screens must have whole (tests/unit/test_translation_sources).
_SHARE = QT_TRANSLATE_NOOP("LeaveYearShare", "In %2: %1 of this request.")


def share_text(share: InYear) -> str:
    """ "In 2026: 4 working days of this request.": a leave across the year end counts
    each day in its own year (migration 0156), said before that year's balance. No verb
    agrees with the count ("1 working day fall"). "" in a language without the words
    (Kinyarwanda, until a translator words them): its balance line names the year."""
    said = QCoreApplication.translate("LeaveYearShare", _SHARE)
    if said == _SHARE and not _english():
        return ""
    return said.replace("%1", days_text(share.days or 0)).replace("%2", str(share.year))


def balances_text(shares: tuple[InYear, ...]) -> str:
    """Each year's balance (``balance_text``), one line each: for a leave across the year
    end, each after the request's days in that year (``share_text``, migration 0156)."""
    if len(shares) == 1:
        return balance_text(shares[0].balance)
    lines = (f"{share_text(share)} {balance_text(share.balance)}".lstrip() for share in shares)
    return "\n".join(lines)


def beyond_text(preview: RequestPreview, counted: int = 0) -> str:
    """ "That is 52 working days beyond what is left: shorten the leave to the days left."
    when
    the dates typed ask for more than the balance left (``Balance.beyond``; ``counted``:
    the request's own days already in it, as saved); "" otherwise. Said before the press
    by HR's leave form and by the employee's Request leave dialog (user-eye reviews: both
    learned it from the database's refusal). A leave across the year end: the first year
    whose balance its days there pass, named (migration 0156)."""
    if preview.working_days is None:
        return ""
    shares = preview.shares
    if len(shares) > 1:
        for share in shares:
            if share.beyond > 0:
                return (
                    QCoreApplication.translate(
                        "LeaveFormPreview",
                        "That is %1 beyond what is left for %2: shorten the leave to the "
                        "days left.",
                    )
                    .replace("%1", days_text(share.beyond))
                    .replace("%2", str(share.year))
                )
        return ""
    beyond = preview.balance.beyond(preview.working_days, counted + shares[0].counted)
    if beyond <= 0:
        return ""
    # The form's context, where it was first said. What to change, not what would
    # happen: the employee's Request leave is already off (eye33 #9).
    return QCoreApplication.translate(
        "LeaveFormPreview", "That is %1 beyond what is left: shorten the leave to the days left."
    ).replace("%1", days_text(Decimal(beyond)))


def start_text(start: LeaveStart, locale: QLocale | None = None) -> str:
    """ "Starts tomorrow (Monday 7 December)", "Starts on Tuesday 8 December, in 2 working
    days", "Starts today (…)", "Started on …": when a leave starts, from the company's
    day (eye30s, 8). The year is left out: the day is this week's."""
    day = day_in_pattern(_qdate(start.day), "dddd d MMMM", locale)
    if start.day < start.today:
        words = QCoreApplication.translate("Leave", "Started on %1")
    elif start.day == start.today:
        words = QCoreApplication.translate("Leave", "Starts today (%1)")
    elif start.day == start.today + dt.timedelta(days=1):
        words = QCoreApplication.translate("Leave", "Starts tomorrow (%1)")
    elif start.working_days_ahead == 0:  # a weekend or holiday start, right after today
        words = QCoreApplication.translate("Leave", "Starts on %1")
    elif start.working_days_ahead == 1:
        words = QCoreApplication.translate("Leave", "Starts on %1, in 1 working day")
    else:
        words = QCoreApplication.translate("Leave", "Starts on %1, in %2 working days").replace(
            "%2", str(start.working_days_ahead)
        )
    return words.replace("%1", day)


def away_text(supervisor: str, until: dt.date | None, locale: QLocale | None = None) -> str:
    """ "Chantal Mutabazi is on leave until Thursday 31 December": why a request waits for
    HR too while its employee's supervisor is away (migration 0150); "… is on leave" when
    they are only marked on leave, with no last day known."""
    if until is None:
        return QCoreApplication.translate("Leave", "%1 is on leave").replace("%1", supervisor)
    day = day_in_pattern(_qdate(until), "dddd d MMMM", locale)
    words = QCoreApplication.translate("Leave", "%1 is on leave until %2")
    return words.replace("%2", day).replace("%1", supervisor)
