"""What a person reads when work off the GUI thread failed, and what the log keeps.

``describe_error`` gives the sentence (a DicelError's, translated; a database error worded
by services.db_errors; anything else a general one), ``report_failure`` logs a failure
once as it deserves. Nothing here imports SQLAlchemy or psycopg: the login window uses
it before they load (an error of theirs cannot exist before they are loaded).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import re
import sys
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject

from dicel_desktop.domain.amounts import Amount
from dicel_desktop.domain.case_flows import FLOWS
from dicel_desktop.domain.errors import MESSAGES, DicelError, OneOf, Phrase
from dicel_desktop.domain.messages.records import cause_said
from dicel_desktop.gui.locale_writing import datetime_pattern
from dicel_desktop.gui.numbers import NumberMarks, write_counted, write_decimal
from dicel_desktop.gui.translations import (
    day_in_words,
    months_in_words,
    record_name,
    tr_choice,
    tr_department,
    tr_label,
)

__all__ = ["days_in_words", "describe_error", "is_database_error", "report_failure", "sentence"]

log = logging.getLogger(__name__)


def is_database_error(error: BaseException) -> bool:
    """Raised by SQLAlchemy or psycopg; asked without importing either (not loaded: not
    one of theirs)."""
    for module in ("sqlalchemy.exc", "psycopg"):
        loaded = sys.modules.get(module)
        base = getattr(loaded, "SQLAlchemyError" if module == "sqlalchemy.exc" else "Error", None)
        if base is not None and isinstance(error, base):
            return True
    return False


#: Params that carry the schema's words ("leave request", a column's label, a state), which
#: the sentence shows in the person's language too; others are data (names, numbers).
_WORD_PARAMS = frozenset(
    {"record", "records", "name", "floor_name", "label", "field", "other", "state"}
    | {"other_state", "floor_label", "other_label"}
    # An amount's ceiling column ("the amount involved": DW436, migration 0106).
    | {"ceiling_name", "ceiling_label"}
    | {"other_type", "leave_type", "other_kind", "leave_kind", "referencing", "table", "column"}
    # A stock movement's type and what it refers to ("In", "Sale": DW290).
    | {"movement", "reference_type"}
)


#: Params holding a state of the record's table: said in that table's words when the
#: sentence knows it (``flow_table``).
_STATE_PARAMS = frozenset({"state", "other_state"})


#: Params holding days services wrote in words ("3-7 March 2027": services.leave_words).
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATE_PARAMS = frozenset(
    {"start", "end", "earliest", "latest", "other_dates", "day", "date", "dates", "approved"}
    # Today beside a day typed after it (DW426, DW607).
    | {"today"}
    # A run's month (DW353's "1-31 December 2026"), a leave's new last day (DW123), the
    # days one was hired and left: services write their months in English (eyefix40b, 3).
    | {"period", "new_end", "hired", "left"}
)


#: Params holding a count ("This text is 50,000,000 characters long"), written with the
#: locale's grouping as every other number the window shows. Not every whole number is a
#: count: a year ("2026") or a code's digits are said as they came.
_COUNT_PARAMS = frozenset(
    {"length", "most", "limit", "items", "stock", "quantity", "ordered", "received"}
)
_WHOLE = re.compile(r"\d+")

#: A leave refusal's figures of days (services.leave_words: "18.5", "-0.5"), which a
#: balance may hold as fractions: written in the person's marks.
_DAY_FIGURE_PARAMS = frozenset({"allowance", "remaining", "total"})
_DAY_FIGURE = re.compile(r"-?\d+(\.\d+)?")


#: What a case's step did ("approved", "written off": ``Step.done``), an ``action`` param
#: of the case sentences; translated as a word of the schema (services.schema_words lists
#: them). Other actions are verbs ("change") the sentence's own translation words.
_DONE_WORDS = frozenset(step.done for flow in FLOWS.values() for step in flow.steps)

#: What a step does, as a verb after "it can" / "it cannot" (``to_action``, beside
#: ``action``), per ``Step.done``: Kinyarwanda's "ntishobora {action}" put the state's
#: word where an infinitive goes ("ntishobora Byatangiye"; eye32 #2), French's "passer à
#: l'état « {action} »" named states that do not exist (« marqué recouvré »). Each
#: language gives the step's own verb here ("gutangizwa", "être démarrée"); English
#: keeps ``action``. The steps these sentences meet (DW407, DW432 where its table has no
#: sentence of its own, DW443, DW444, DW493: tests/gui/test_step_verbs_in_sentences.py
#: holds this table to them); any other step's ``to_action`` is its ``action``.
STEP_INFINITIVES: dict[str, str] = {
    "started": QT_TRANSLATE_NOOP("StepInfinitive", "be started"),
    "completed": QT_TRANSLATE_NOOP("StepInfinitive", "be marked completed"),
    "marked missed": QT_TRANSLATE_NOOP("StepInfinitive", "be marked missed"),
    "aborted": QT_TRANSLATE_NOOP("StepInfinitive", "be aborted"),
    "marked recovered": QT_TRANSLATE_NOOP("StepInfinitive", "be marked recovered"),
    "written off": QT_TRANSLATE_NOOP("StepInfinitive", "be written off"),
    # A review shared without its employee, its period or anything said (DW443, DW493;
    # migration 0118).
    "shared with the employee": QT_TRANSLATE_NOOP("StepInfinitive", "be shared with the employee"),
}

#: A moment services wrote for a sentence ("2026-12-05 14:09", the reader's time zone).
_ISO_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}")


def _a_moment(text: str) -> str:
    """A moment as the person's offices write it: "05/12/2026 14:09"; a day given where a
    moment may be (DW445 of a date column) as a day ("5 December 2026")."""
    if _ISO_DAY.fullmatch(text):
        return _a_day(text)
    if not _ISO_MOMENT.fullmatch(text):
        return text
    try:
        moment = dt.datetime.strptime(text, "%Y-%m-%d %H:%M")
    except ValueError:
        return text
    return QLocale().toString(moment, datetime_pattern())


class _DaysWords(QObject):
    """Counted days, plural as each language writes them (lupdate reads ``self.tr``'s
    count: context ``_DaysWords``)."""

    def working(self, n: int) -> str:
        return self.tr("%n working day(s)", "", n)

    def days(self, n: int) -> str:
        return self.tr("%n day(s)", "", n)


_DAYS = _DaysWords()


def days_in_words(count: object, *, working: bool = True) -> str:
    """ "3 working days", "8 days" in the person's language, plural as it writes it ("3
    jours ouvrés", "iminsi 3 y'akazi"), in lower case: said inside a sentence. A count
    that is not whole (half a day beyond an allowance) is written in the person's locale,
    in the form their language gives that number ("0,5 jour ouvré", "1.5 working days":
    ``numbers.plural_count``)."""
    try:
        value = Decimal(str(count).strip())
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite():
        # Not a number (a server's odd text): said as it came, in the plural.
        said = (
            QCoreApplication.translate("errors", "%1 working days")
            if working
            else QCoreApplication.translate("errors", "%1 days")
        )
        return said.replace("%1", str(count))

    def said(form: int) -> str:
        words = _DAYS.working(form) if working else _DAYS.days(form)
        # No English translator: the source's "(s)" said as English does.
        return words.replace("(s)", "" if form == 1 else "s")

    return write_counted(said, value.normalize(), QLocale())


def _a_day(text: str) -> str:
    """A day as the person reads it: "5 December 2026", "5 décembre 2026". The database
    gives a day as ISO ("2026-12-05"), services write its month in English words."""
    if _ISO_DAY.fullmatch(text):
        with contextlib.suppress(ValueError):  # 2026-02-30: said as it came
            return day_in_words(dt.date.fromisoformat(text))
    return months_in_words(text)


def _in_words(params: dict) -> dict:
    """``params`` with the schema's words translated, keeping their case in the sentence
    ("leave request" -> "demande de congé"), and its numbers (``Amount``) written in the
    person's locale ("3 787 800" in French)."""
    words = dict(params)
    marks: NumberMarks | None = None
    for key, value in words.items():
        if isinstance(value, Amount):
            # Numbers as the rest of the program writes them: the locale's grouping and
            # decimal sign, a currency's own decimals (none for a whole RWF amount).
            marks = marks or NumberMarks.from_qlocale(QLocale())
            words[key] = write_decimal(value.value, marks, places=value.places)
    for key in _COUNT_PARAMS & words.keys():
        value = words[key]
        whole = isinstance(value, int | str) and not isinstance(value, bool)
        if whole and _WHOLE.fullmatch(str(value)):
            marks = marks or NumberMarks.from_qlocale(QLocale())
            words[key] = write_decimal(Decimal(str(value)), marks, places=0)
    for key in _DATE_PARAMS & words.keys():
        if isinstance(words[key], str):
            words[key] = _a_day(words[key])
    # Why a phone or an e-mail is refused (migration 0132): a cause's code said in words
    # in brackets, with the count of the digits typed; none said where none came (a
    # refusal of a database before 0132, or a sentence made without one).
    words["cause"] = cause_said(
        words.get("cause"),
        words.get("value"),
        lambda phrase: QCoreApplication.translate("errors", phrase),
    )
    # A department the program knows in the person's words, as its tab (eye38, 2): "the
    # manager of Inventory" read so inside a French sentence.
    if isinstance(words.get("department"), str):
        words["department"] = tr_department(words["department"])
    # Leave refusals (services.leave_words): their days, counted in the person's words.
    if "days_words" in words and words.get("days") is not None:
        words["days_words"] = days_in_words(words["days"])
    # A leave across the year end (migration 0156): the request's whole count too.
    if "whole_words" in words and words.get("whole"):
        words["whole_words"] = days_in_words(words["whole"])
    if "remaining_words" in words and words.get("remaining") is not None:
        # None left below zero: "only -0.5 days" said nothing (the brackets' figures do).
        left = str(words["remaining"]).strip()
        words["remaining_words"] = days_in_words(
            "0" if left.startswith("-") else left, working=False
        )
    # The total a decision would bring a year to (DW106, DW115): « 1 jour ouvré » (plural38).
    if "total_words" in words and words.get("total") is not None:
        words["total_words"] = days_in_words(words["total"])
    # Their figures alone ("over the allowance of 18.5"), in the person's marks ("18,5"),
    # once the words above have read them.
    for key in _DAY_FIGURE_PARAMS & words.keys():
        value = words[key]
        if isinstance(value, str) and _DAY_FIGURE.fullmatch(value):
            marks = marks or NumberMarks.from_qlocale(QLocale())
            words[key] = write_decimal(Decimal(value).normalize(), marks, places=None)
    # A refusal's ``when`` of another day than today (services.db_errors.detail_params):
    # its time and its day, "15:41 le 27 novembre 2026" (review34 F7).
    when_time, when_day = words.pop("when_time", None), words.pop("when_day", None)
    if isinstance(when_time, str) and isinstance(when_day, str):
        words["when"] = (
            QCoreApplication.translate("errors", "%1 on %2")
            .replace("%1", when_time)
            .replace("%2", _a_day(when_day))
        )
    # Moments (DW407; DW425's "now", migration 0100; DW446's "since", migration 0111).
    for key in ("at", "now", "since"):
        if isinstance(words.get(key), str):
            words[key] = _a_moment(words[key])
    # The table a step's words belong to (``flow_table``): a state in its own words, a
    # contract "résilié" where an employee's "terminated" is "fin de contrat".
    table = words.pop("flow_table", None)
    in_words = (lambda word: tr_choice(table, word)) if table else tr_label
    action = words.get("action")
    if isinstance(action, str) and action in _DONE_WORDS:
        done = in_words(action.capitalize())
        words["action"] = done[:1].lower() + done[1:]
        verb = STEP_INFINITIVES.get(action)
        words["to_action"] = (
            QCoreApplication.translate("StepInfinitive", verb) if verb else words["action"]
        )
    for key, value in words.items():
        if isinstance(value, OneOf):  # "appréciation générale, … ou recommandations"
            words[key] = _one_of([_said(word, tr_label) for word in value.words])
        elif isinstance(value, Phrase):  # "Ce droit au congé", "Le téléphone de l'entreprise"
            words[key] = QCoreApplication.translate("errors", value.text)
    for key in _WORD_PARAMS & words.keys():
        value = words[key]
        if not isinstance(value, str) or not value:
            continue
        said = _said(value, in_words if key in _STATE_PARAMS else tr_label)
        if said != value:
            words[key] = said
        elif key == "record":
            # A record's own name, as the database writes it in English ("Annual leave,
            # Emmanuel Nshimiyimana, 11-13 May 2026"), as its window's title reads.
            words[key] = record_name(value)
    return words


def _said(value: str, in_words) -> str:
    """A word of the schema ("overall rating") in the reader's language, keeping its case
    in the sentence; as it came where it has no translation."""
    capital = value[:1].upper() + value[1:]
    translated = in_words(capital)
    if translated == capital:
        return value
    return translated if value[:1].isupper() else translated[:1].lower() + translated[1:]


def _one_of(words: list[str]) -> str:
    """ "a, b or c", with the reader's word for "or"."""
    if len(words) < 2:
        return "".join(words)
    return (
        QCoreApplication.translate("errors", "%1 or %2")
        .replace("%1", ", ".join(words[:-1]))
        .replace("%2", words[-1])
    )


#: A sentence of its own for none left (``by_param``), and the counted one it replaces:
#: a language whose catalogue lacks the first (Kinyarwanda, until a translator words it)
#: reads the second in its words ("hasigaye 0") rather than the first in English.
_COUNTED_INSTEAD = {
    "stock_too_low_none_left": "stock_too_low",
    "leave_over_balance_none_left": "leave_over_balance",
    # A year of a leave across the year end (migration 0156): its days there, counted.
    "leave_over_balance_in_year": "leave_over_balance",
    "leave_over_balance_in_year_none_left": "leave_over_balance",
}


def _template(code: str) -> str | None:
    template = MESSAGES.get(code)
    instead = _COUNTED_INSTEAD.get(code)
    if template is None or instead is None:
        return template
    english = QLocale().language() in (QLocale.Language.English, QLocale.Language.C)
    if english or QCoreApplication.translate("errors", template) != template:
        return template
    return MESSAGES[instead]


def sentence(error: DicelError) -> str:
    """The translated sentence of a DicelError, its params filled in."""
    template = _template(error.code)
    if template is None:
        return error.message
    try:
        return QCoreApplication.translate("errors", template).format_map(_in_words(error.params))
    except (KeyError, IndexError, ValueError):
        return error.message


def describe_error(error: BaseException) -> str:
    """What a person reads when a task failed: what happened and what to do."""
    if not isinstance(error, DicelError):
        if not is_database_error(error):
            # Not a refusal: a defect, already logged with its traceback by the worker.
            return sentence(DicelError("unexpected_error"))
        from dicel_desktop.services.db_errors import explain

        error = explain(error)
    return sentence(error)


def without_nothing_changed(said: str) -> str:
    """``said`` without the "Nothing was changed." some refusals end with (DW492's, a
    setting's key, an unknown employee number), in the reader's language, either
    apostrophe: where the window around the sentence already says so. A held step, before
    any click (``step_bar.held_sentence``); an action dialog's refusal, which stays open
    with everything typed and its sentence under the field, as every other refusal of
    those dialogs reads (``ActionDialog.show_refusal``)."""
    clause = QCoreApplication.translate("errors", "Nothing was changed.")
    curly = said.replace("'", "\N{RIGHT SINGLE QUOTATION MARK}")
    if curly.endswith(" " + clause.replace("'", "\N{RIGHT SINGLE QUOTATION MARK}")):
        return said[: -len(clause) - 1]
    return said


def report_failure(error: BaseException, what: str) -> None:
    """Log a failed task once: refusals quietly, defects at ERROR with the traceback."""
    if is_database_error(error):
        from dicel_desktop.services import db_errors

        db_errors.report_failure(error, what)
    elif isinstance(error, DicelError):
        log.debug("%s refused: %r", what, error)
    else:
        log.error("%s failed unexpectedly", what, exc_info=error)
        # The crash dialog, if it shows this one, need not log it a second time.
        with contextlib.suppress(AttributeError, TypeError):
            error._dicel_logged = True  # type: ignore[attr-defined]
