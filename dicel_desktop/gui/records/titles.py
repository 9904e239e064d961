"""What a record window says above its form: its title, and what the person may do with
the record when that is not everything (read only, frozen by its state)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QTime

from dicel_desktop.domain.case_flows import flow_of, is_final
from dicel_desktop.domain.tables import in_sentence, new_record_title, table_info
from dicel_desktop.gui.translations import (
    day_in_words,
    fill_in,
    put_in,
    record_name,
    tr_choice,
    tr_label,
)
from dicel_desktop.services.forms import FormSpec
from dicel_desktop.services.records import Record, closed_to_role


def marks_a_field(spec: FormSpec) -> bool:
    """Whether a new record's form marks a field with * (``RecordForm._mark_required``:
    one on the form the person fills in that is required, or needed for a later step)."""
    laid_out = {name for section in spec.sections for row in section.rows for name in row}
    return any(
        spec.editable(name, new=True)
        and (
            field.required
            or field.needed_to_submit
            or field.needed_to_approve
            or bool(field.needed_for_steps)
        )
        for name, field in spec.fields.items()
        if name in laid_out
    )


def header_texts(spec: FormSpec, record: Record | None, frozen: frozenset[str]) -> tuple[str, str]:
    """The window's title ("Invoice INV-2026-000042", "New invoice", or a name that says
    what the record is: "Annual leave, Eric Habimana, 3-7 March 2027") and the line under
    it: what the person may do with the record, when that is not everything."""
    what = spec.record_title
    naming = table_info(spec.table).naming
    if record is None:
        # A title per table: "Nouvelle facture", "Nouvel employé", "Umukozi mushya".
        title = QCoreApplication.translate("RecordWindow", new_record_title(spec.table))
    elif tr_label(record.title) == what or (
        record.name and naming is not None and naming.says_kind
    ):
        title = record_name(tr_label(record.title))
    else:
        title = f"{what} {record_name(record.title)}"
        called = _called(spec.table, record)
        if called:
            # A code alone names nothing a person remembers: "Item ITEM-000017, Torch".
            title = f"{title}, {called}"
    if spec.read_only or (record is not None and (not spec.can_update or record.own is False)):
        note = QCoreApplication.translate(
            "RecordWindow",
            "You can read this %1; your role cannot change it.",
        ).replace("%1", in_sentence(what))
    elif record is None:
        # Only where a field is marked: a guard's form, all of whose fields may be left
        # empty, said it over no asterisk (eye39 #5).
        marked = marks_a_field(spec)
        note = (
            QCoreApplication.translate("RecordWindow", "Fields marked * are required.")
            if marked
            else ""
        )
    elif closed_to_role(spec, record):
        # One's own leave request, once decided: its steps (cancelling) are what is left.
        column = spec.update_states[0]  # type: ignore[index]
        note = QCoreApplication.translate(
            "RecordWindow",
            "This %1 is %2: you can no longer change it.",
        )
        note = note.replace("%1", in_sentence(what)).replace(
            "%2", _state_word(spec, column, record.values.get(column)).lower()
        )
    elif is_final(spec.table, record.values):
        state = flow_of(spec.table).states(record.values["status"])
        note = QCoreApplication.translate(
            "RecordWindow",
            "This %1 is %2: it can no longer be changed.",
        )
        note = note.replace("%1", in_sentence(what)).replace(
            "%2", tr_choice(spec.table, state.label).lower()
        )
    elif frozen & spec.updatable:
        # In the form's order and the person's words: "employee, leave type, start
        # date, end date and days requested".
        labels = [
            in_sentence(_noun(spec.table, n, f.label))
            for n, f in spec.fields.items()
            if n in frozen
        ]
        charged = table_info(spec.table).charged
        if charged is not None and frozen == frozenset(charged.columns):
            # Frozen by what was charged to it, not by its state (migration 0047).
            note = QCoreApplication.translate(
                "RecordWindow", "Expenses are charged to it: %1 can no longer change."
            )
        else:
            note = _locked_note(spec, record, what, len(labels))
        note = note.replace("%1", in_a_list(labels))
    else:
        note = ""
    return title, note


#: What a record its state froze is, and the step that opens it to change again, by
#: table and state (%1: the fields that no longer change). "It has left its first stage"
#: read, for a deal on hold, as if it had left Prospecting (user-eye review).
_LOCKED = {
    ("opportunities", "on_hold"): QT_TRANSLATE_NOOP(
        "RecordWindow", "This opportunity is on hold: resume it to change its stage."
    ),
    ("compliance_policies", "approved"): QT_TRANSLATE_NOOP(
        "RecordWindow", "This policy is approved: start a review to change it."
    ),
    ("compliance_policies", "active"): QT_TRANSLATE_NOOP(
        "RecordWindow", "This policy is in force: start a review to change it."
    ),
    ("performance_reviews", "submitted"): QT_TRANSLATE_NOOP(
        "RecordWindow",
        "This review is shared with the employee: take it back to draft to change %1.",
    ),
    ("job_postings", "closed"): QT_TRANSLATE_NOOP(
        "RecordWindow",
        "This job posting is closed to applications: reopen it to change its closing date.",
    ),
    ("security_incidents", "resolved"): QT_TRANSLATE_NOOP(
        "RecordWindow", "This incident is resolved: reopen it to change the actions taken."
    ),
    ("recovery_cases", "recovered"): QT_TRANSLATE_NOOP(
        "RecordWindow", "This case is recovered: reopen it to change %1."
    ),
    ("recovery_cases", "written_off"): QT_TRANSLATE_NOOP(
        "RecordWindow", "This case is written off: reopen it to change %1."
    ),
    ("compliance_audits", "completed"): QT_TRANSLATE_NOOP(
        "RecordWindow", "This audit is completed: reopen it to change its findings."
    ),
}


def _locked_note(spec: FormSpec, record: Record | None, what: str, fields: int = 1) -> str:
    """Why fields of ``record`` no longer change: what its state makes it, and the step
    that opens them again where there is one (%1: the fields, ``fields`` of them: the
    verb agrees in French and Kinyarwanda, "ne peut" for one, "ne peuvent" for more;
    eye30s #10)."""
    lock = table_info(spec.table).lock
    state = record.values.get(lock.column) if (lock and record is not None) else None
    own = _LOCKED.get((spec.table, str(state)))
    if own is not None:
        return QCoreApplication.translate("RecordWindow", own)
    if lock is None or state is None:
        return QCoreApplication.translate("RecordWindow", "These can no longer change: %1.")
    # The same English for one field and several: told apart for the languages whose
    # verb agrees with them (two messages rather than a plural form: the only question
    # is one field or more, whatever plural rules a language's .qm carries).
    # Two calls, each with its disambiguation written out: lupdate reads only literals.
    if fields > 1:
        note = QCoreApplication.translate(
            "RecordWindow", "This %3 is %2: %1 can no longer change.", "several fields"
        )
    else:
        note = QCoreApplication.translate("RecordWindow", "This %3 is %2: %1 can no longer change.")
    word = _state_word(spec, lock.column, state).lower()
    return note.replace("%3", in_sentence(what)).replace("%2", word)


#: Fields whose label reads as a heading rather than a noun a sentence can list (French
#: "Révision prévue le", a label leading into its date): their noun in the lock
#: sentence, where the language has one ("date de révision"). By table and column: the
#: spec's labels arrive translated.
_NOUN_FORMS = {("compliance_policies", "review_date"): QT_TRANSLATE_NOOP("LabelNoun", "Review due")}


def _noun(table: str, name: str, label: str) -> str:
    """Field ``name``'s ``label`` as a noun in a sentence listing fields."""
    source = _NOUN_FORMS.get((table, name))
    if source is not None:
        said = QCoreApplication.translate("LabelNoun", source)
        if said != source:
            return said
    return tr_label(label)


#: Tables whose record is about a person the form names by a reference: that name.
_PERSON_COLUMN = {"employees": "user_id", "security_guards": "user_id"}


def _called(table: str, record: Record) -> str:
    """What a numbered record is called besides its number (an item's, a client's name; a
    guard's or an employee's person), "" when it has nothing else or it is its title."""
    info = table_info(table)
    if not (info.number and record.values.get(info.number)):
        return ""
    person = _PERSON_COLUMN.get(table)
    if person is not None:
        return record.names.get(person) or ""
    naming = info.naming
    if naming is None:
        return ""
    parts = [str(record.values[n]) for n in naming.names if record.values.get(n)]
    return parts[0] if parts and not naming.joined else " ".join(parts)


def _state_word(spec: FormSpec, column: str, value: object) -> str:
    field = spec.fields.get(column)
    choices = field.choices if field is not None else None
    if choices is not None:
        for choice in choices:
            if choice.value == value:
                return tr_choice(spec.table, choice.label)  # type: ignore[attr-defined]
    return str(value)


def in_a_list(words: list[str]) -> str:
    """ "a, b and c", with the person's word for "and"."""
    if len(words) < 2:
        return "".join(words)
    if words[-1][:1].casefold() in "aeiouàâéèêîôû":
        # Kinyarwanda elides "na" before a vowel: "n\u2019icyiciro", not "na icyiciro".
        last = QCoreApplication.translate(
            "RecordWindow", "%1 and %2", "the last two of a list, the last starting with a vowel"
        )
    else:
        last = QCoreApplication.translate("RecordWindow", "%1 and %2", "the last two of a list")
    return last.replace("%1", ", ".join(words[:-1])).replace("%2", words[-1])


def step_named(text: str) -> str:
    """A step's button as a sentence names it: “Write off”, without its mnemonic and
    its ellipsis, in the person's quotes."""
    plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&").removesuffix("…")
    return QCoreApplication.translate("StepBar", "“%1”").replace("%1", plain.strip())


#: How a question names a record with no name of its own (titled by its kind only, as
#: ``Record.title`` gives it): a sentence of its own per kind, so a language with genders
#: says it right ("cette évaluation", "ce retour").
_THIS = {
    "customer_feedback": QT_TRANSLATE_NOOP("RecordWindow", "this feedback"),
    "performance_reviews": QT_TRANSLATE_NOOP("RecordWindow", "this performance review"),
    "patrol_logs": QT_TRANSLATE_NOOP("RecordWindow", "this patrol log"),
    "training_enrollments": QT_TRANSLATE_NOOP("RecordWindow", "this training enrollment"),
}


def has_own_name(record: Record) -> bool:
    """Whether the record is named by more than its kind (a number, a name, a date): not
    by its table's record title ("Feedback"), nor by the choice that says what kind it is
    alone ("Suggestion": a feedback with neither client nor day)."""
    info = table_info(record.table)
    kind = info.naming.kind if info.naming else None
    kinds = {kind.of(choice.value) for choice in kind.choices} if kind else set()
    return record.title != info.record_title and record.title not in kinds


#: A client's feedback in a question, by its type: whose (%1: the client, with the day in
#: brackets when it has one), or, without a client, of which day (eye30r, 10: "Mark
#: Complaint, Burera Motors Ltd, 6 November 2026 as resolved?").
_FEEDBACK_OF = {
    "complaint": QT_TRANSLATE_NOOP("RecordWindow", "the complaint of %1"),
    "compliment": QT_TRANSLATE_NOOP("RecordWindow", "the compliment of %1"),
    "suggestion": QT_TRANSLATE_NOOP("RecordWindow", "the suggestion of %1"),
    "service_review": QT_TRANSLATE_NOOP("RecordWindow", "the service review of %1"),
}
#: The same, with its day (%2) apart from its client (%1): a name ending in brackets
#: read « (SACCO) (13 novembre 2026) » (eye34 #8).
_FEEDBACK_OF_ON = {
    "complaint": QT_TRANSLATE_NOOP("RecordWindow", "the complaint of %2 from %1"),
    "compliment": QT_TRANSLATE_NOOP("RecordWindow", "the compliment of %2 from %1"),
    "suggestion": QT_TRANSLATE_NOOP("RecordWindow", "the suggestion of %2 from %1"),
    "service_review": QT_TRANSLATE_NOOP("RecordWindow", "the service review of %2 from %1"),
}
_FEEDBACK_DATED = {
    "complaint": QT_TRANSLATE_NOOP("RecordWindow", "the complaint dated %1"),
    "compliment": QT_TRANSLATE_NOOP("RecordWindow", "the compliment dated %1"),
    "suggestion": QT_TRANSLATE_NOOP("RecordWindow", "the suggestion dated %1"),
    "service_review": QT_TRANSLATE_NOOP("RecordWindow", "the service review dated %1"),
}


def _feedback_in_question(record: Record) -> str | None:
    """ "the complaint of 6 November 2026 from Burera Motors Ltd": the kind, when and
    whose, in the person's words (None for a type it does not know). Made from the
    client's name and the day the record holds, not cut out of its title: a client's
    name may hold ", " ("Bralirwa Ltd, Gisenyi"), and so may a day (review 30, F9)."""
    kind_value = str(record.values.get("feedback_type") or "")
    if kind_value not in _FEEDBACK_OF:
        return None
    client = record.names.get("client_id") or ""
    day = record.values.get("feedback_date")
    when = day_in_words(day) if day is not None else ""
    if client and when:
        said = QCoreApplication.translate("RecordWindow", _FEEDBACK_OF_ON[kind_value])
        return fill_in(said, {"1": client, "2": when})
    if client:
        said = QCoreApplication.translate("RecordWindow", _FEEDBACK_OF[kind_value])
        return put_in(said, client)
    if when:
        said = QCoreApplication.translate("RecordWindow", _FEEDBACK_DATED[kind_value])
        return put_in(said, when)
    return None


def _shift_in_question(record: Record) -> str | None:
    """ "the shift of Sandrine Rukundo at Gasabo District (4 December 2026, 16:00)": whose
    shift, where and when it began (eye30s: "Mark Gasabo District, Rubavu as completed?"
    read as if the district were being completed). None without its start."""
    start = record.values.get("shift_start")
    if not isinstance(start, dt.datetime):
        return None
    local = start.astimezone() if start.tzinfo is not None else start
    clock = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    when = f"{day_in_words(local.date())}, {clock}"
    place = str(record.values.get("location") or "")
    guard = record.names.get("guard_id") or ""
    if guard:
        said = QCoreApplication.translate("RecordWindow", "the shift of %1 at %2 (%3)")
        return fill_in(said, {"1": guard, "2": place, "3": when})
    said = QCoreApplication.translate("RecordWindow", "the shift at %1 (%2)")
    return fill_in(said, {"1": place, "2": when})


def _employee_in_question(record: Record) -> str | None:
    """ "Claire Uwera (EMP-000042)": an employee's steps ask about the person, not a
    number ("Terminate EMP-000042? Their pay stops …", eyefix41). None without a name
    (an employee with no login)."""
    person = record.names.get("user_id")
    number = record.values.get("employee_number")
    if not person:
        return None
    return f"{person} ({number})" if number else person


def in_question(record: Record) -> str:
    """How a question names ``record``: its own name ("Mark INC-2026-000042 as
    resolved?"), a client's feedback by its kind, client and day ("Mark the complaint of
    6 November 2026 from Burera Motors Ltd as resolved?"), or, for one titled by its kind
    only, "this feedback" rather than "Feedback" ("Close this feedback?")."""
    if has_own_name(record):
        said = None
        if record.table == "customer_feedback":
            said = _feedback_in_question(record)
        elif record.table == "security_assignments":
            said = _shift_in_question(record)
        elif record.table == "employees":
            said = _employee_in_question(record)
        return said if said is not None else record_name(record.title)
    own = _THIS.get(record.table)
    if own is not None:
        return QCoreApplication.translate("RecordWindow", own)
    what = in_sentence(tr_label(table_info(record.table).record_title))
    return QCoreApplication.translate("RecordWindow", "this %1").replace("%1", what)
