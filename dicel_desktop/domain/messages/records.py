"""Records and their forms: the words of their error codes (services.records, the
checks of services.forms before saving, text the editors cannot read, services.lookup).

Part of :data:`dicel_desktop.domain.errors.MESSAGES` (see :mod:`dicel_desktop.domain.messages`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from dicel_desktop.domain.translatable import QT_TRANSLATE_NOOP

MESSAGES: Mapping[str, str] = {
    # --- records (services.records)
    "record_changed": QT_TRANSLATE_NOOP(
        "errors",
        "{record} was changed by someone else while you were editing it. Compare the "
        "changes, then keep yours or take theirs.",
    ),
    "record_changed_by": QT_TRANSLATE_NOOP(
        "errors",
        "{record} was changed by {who} at {when} while you were editing it. Compare the "
        "changes, then keep yours or take theirs.",
    ),
    "record_gone": QT_TRANSLATE_NOOP(
        "errors",
        "This {record} no longer exists: someone deleted it, or it is no longer yours to see.",
    ),
    "record_not_found": QT_TRANSLATE_NOOP("errors", "There is no {record} “{key}”."),
    # --- a field of a record form, before it is saved (services.forms.validate)
    "field_required": QT_TRANSLATE_NOOP("errors", "{label} is required."),
    # Migration 0125 (DW035, DW036): a phone or an e-mail of another shape
    # (domain/contact_rules); the emergency contact's, inside its JSON.
    "phone_not_a_number": QT_TRANSLATE_NOOP(
        "errors",
        "{label} “{value}” is not a phone number{cause}: type a Rwandan number like "
        "+250 788 123 456 or 0788 123 456, or a foreign one with its country code, like "
        "+254 712 345 678.",
    ),
    "contact_phone_not_a_number": QT_TRANSLATE_NOOP(
        "errors",
        "The emergency contact's phone “{value}” is not a phone number{cause}: type a Rwandan "
        "number like +250 788 123 456 or 0788 123 456, or a foreign one with its country "
        "code, like +254 712 345 678.",
    ),
    "email_not_an_address": QT_TRANSLATE_NOOP(
        "errors",
        "{label} “{value}” is not an e-mail address{cause}: type one like name@example.rw.",
    ),
    "contact_email_not_an_address": QT_TRANSLATE_NOOP(
        "errors",
        "The emergency contact's e-mail “{value}” is not an e-mail address{cause}: type one "
        "like "
        "name@example.rw.",
    ),
    # Migration 0132 (eye35 §5, DW031): a contact is someone to call, by name.
    "contact_without_name": QT_TRANSLATE_NOOP(
        "errors",
        "The emergency contact has a phone but no name: type the name of the person to "
        "call, or clear the contact.",
    ),
    "contact_without_phone": QT_TRANSLATE_NOOP(
        "errors",
        "The emergency contact has no phone: type a number to reach them, or clear the contact.",
    ),
    # Review35c F6: a relationship alone was refused for its phone, then for its name.
    "contact_without_name_or_phone": QT_TRANSLATE_NOOP(
        "errors",
        "The emergency contact has neither a name nor a phone: type both, or clear the contact.",
    ),
    # Migration 0135 (psql36 #1, DW032): a list or a bare text stored as the contact, or
    # a part that is not text; seen in the raw JSON, or from psql. The JSON is written
    # the same in every language.
    "contact_not_one_person": QT_TRANSLATE_NOOP(
        "errors",
        'The emergency contact is one person, each part a text in quotes, as {{"name": '
        '"Ana Uwera", "relationship": "Sister", "phone": "0788 123 456"}} (an "email" too '
        "if they have one): correct it, or clear the contact.",
    ),
    # Migration 0130 (review35 F2): the same, on a field of another record the save
    # writes too (HR's save of an employee writes its login): not on the form, so whose
    # it is and who corrects it.
    "login_phone_not_a_number": QT_TRANSLATE_NOOP(
        "errors",
        "The login's {name} “{value}” is not a phone number, and this save writes the login "
        "too. It is not on this form: an administrator corrects it on the user's record, "
        "then save again.",
    ),
    "other_record_phone_not_a_number": QT_TRANSLATE_NOOP(
        "errors",
        "The {record}'s {name} “{value}” is not a phone number, and this save writes that "
        "{record} too. It is not on this form: correct it on the {record} itself, or ask "
        "whoever keeps it, then save again.",
    ),
    "other_record_email_not_an_address": QT_TRANSLATE_NOOP(
        "errors",
        "The {record}'s {name} “{value}” is not an e-mail address, and this save writes that "
        "{record} too. It is not on this form: correct it on the {record} itself, or ask "
        "whoever keeps it, then save again.",
    ),
    "field_too_long": QT_TRANSLATE_NOOP(
        "errors", "{label} can be at most {limit} characters long; it is {length}."
    ),
    "field_not_a_currency": QT_TRANSLATE_NOOP(
        "errors", "{label} must be a three-letter currency code such as RWF."
    ),
    "field_not_a_choice": QT_TRANSLATE_NOOP("errors", "{label} must be one of the values offered."),
    "field_between": QT_TRANSLATE_NOOP(
        "errors", "{label} must be between {minimum} and {maximum}."
    ),
    "field_at_least": QT_TRANSLATE_NOOP("errors", "{label} must be at least {minimum}."),
    "field_above": QT_TRANSLATE_NOOP("errors", "{label} must be more than {minimum}."),
    "field_at_most": QT_TRANSLATE_NOOP("errors", "{label} must be at most {maximum}."),
    "field_below": QT_TRANSLATE_NOOP("errors", "{label} must be less than {maximum}."),
    "field_too_precise": QT_TRANSLATE_NOOP(
        "errors", "{label} can have at most {scale} decimal places."
    ),
    "field_too_big": QT_TRANSLATE_NOOP(
        "errors", "{label} is too large: at most {digits} digits before the decimal point."
    ),
    "field_on_or_after": QT_TRANSLATE_NOOP("errors", "{label} must be on or after the {other}."),
    "field_after": QT_TRANSLATE_NOOP("errors", "{label} must be after the {other}."),
    "field_at_least_field": QT_TRANSLATE_NOOP("errors", "{label} must be at least {other}."),
    "field_above_field": QT_TRANSLATE_NOOP("errors", "{label} must be more than {other}."),
    # --- text typed into a field that cannot be read as its kind (gui/editors)
    "field_not_a_number": QT_TRANSLATE_NOOP("errors", "{label}: “{text}” is not a number."),
    "field_not_a_whole_number": QT_TRANSLATE_NOOP(
        "errors", "{label}: “{text}” is not a whole number."
    ),
    "field_not_a_date": QT_TRANSLATE_NOOP("errors", "{label}: “{text}” is not a date."),
    "field_not_json": QT_TRANSLATE_NOOP("errors", "{label} is not valid JSON {detail}."),
    # --- choosing a record to point to (services.lookup)
    "lookup_not_allowed": QT_TRANSLATE_NOOP(
        "errors",
        "You are not allowed to see the {records}, so you cannot choose one here. Ask an "
        "administrator if your work needs it.",
    ),
}


#: Why a phone or an e-mail is refused (``domain/contact_rules.PHONE_CAUSES``,
#: ``EMAIL_CAUSES``; DW035 / DW036's DETAIL ``cause`` since migration 0132): said in
#: brackets after "is not a phone number", before the example. ``{digits}``: how many
#: digits the text has.
CAUSES: Mapping[str, str] = {
    "two_numbers": QT_TRANSLATE_NOOP("errors", "two numbers: one number per box"),
    "letters": QT_TRANSLATE_NOOP("errors", "letters: a phone number is digits"),
    # Migration 0134: each slip of the marks said apart (0132's "marks" said them all).
    "stray_mark": QT_TRANSLATE_NOOP(
        "errors", "a mark no phone number has: only digits, spaces, hyphens, dots and brackets"
    ),
    "plus_inside": QT_TRANSLATE_NOOP("errors", "a + inside: it goes only in front"),
    "blank_end": QT_TRANSLATE_NOOP("errors", "a blank at the start or end: remove it"),
    "brackets": QT_TRANSLATE_NOOP(
        "errors", "brackets astray: one pair at most, opened first, with digits inside"
    ),
    "ends": QT_TRANSLATE_NOOP(
        "errors", "a hyphen, dot or blank at an end or right after the +: remove it"
    ),
    "double_zero": QT_TRANSLATE_NOOP("errors", "00 at the start: write + instead"),
    "digit_count": QT_TRANSLATE_NOOP("errors", "{digits} digits: a phone number has 7 to 15"),
    "plus_zero": QT_TRANSLATE_NOOP(
        "errors", "a 0 after the +: leave it out after the country code"
    ),
    "national_digits": QT_TRANSLATE_NOOP(
        "errors", "{digits} digits: a number starting with 0 has 10"
    ),
    "country_digits": QT_TRANSLATE_NOOP(
        "errors", "{digits} digits: a number starting with 250 has 12"
    ),
    "no_country_code": QT_TRANSLATE_NOOP(
        "errors", "no 0 or country code: a Rwandan number starts with 0 or +250"
    ),
    "two_addresses": QT_TRANSLATE_NOOP("errors", "two addresses: one per box"),
}


def cause_said(
    cause: object, value: object, in_words: Callable[[str], str] = lambda phrase: phrase
) -> str:
    """ " (9 digits: a number starting with 0 has 10)", the ``{cause}`` of a phone's or an
    e-mail's sentence, for a cause's code and the text refused; "" for none or one this
    client does not know (a later database's: the sentence stands without it).
    ``in_words``: the reader's words of a phrase (the English ones when not given)."""
    phrase = CAUSES.get(cause) if isinstance(cause, str) else None
    if phrase is None:
        return ""
    digits = sum(char in "0123456789" for char in str(value or ""))
    return f" ({in_words(phrase).replace('{digits}', str(digits))})"
