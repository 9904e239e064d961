"""What a phone number and an e-mail address look like (migration 0125, contact35). No
Qt, no database.

Before 0125 no phone or e-mail field was checked but a login's e-mail: "07881234" (one
digit short), "call Jean" or "jean@mail" were kept and shown as numbers to call. Now every
phone and e-mail column (:data:`PHONE_COLUMNS`, :data:`EMAIL_COLUMNS`) and the phone and
e-mail inside an emergency contact (:data:`CONTACT_COLUMNS`) take only:

* **a phone number** (:func:`phone_fits`): digits with an optional leading ``+``, parted by
  spaces, hyphens, dots or at most one pair of brackets (opened before it is closed, a
  digit inside); 7 to 15 digits (E.164's most). A Rwandan number written nationally (its
  digits start with 0, no ``+``) has ten digits, 0788 123 456; one written with the
  country code (digits start with 250) twelve, +250 788 123 456 or 250 788 123 456. A
  foreign number is written with ``+`` and its country code, +254 712 345 678: without
  ``+`` a number starts with 0 or 250 ("788 123 456", a mobile without its 0, cannot be
  dialled from Rwanda), and ``+`` is never followed by 0 (migration 0130, review35 F3).
  Since migration 0132 a country code bracketed with its ``+``, "(+250) 788 123 456" as
  letterheads print it, reads as "+(250) 788 123 456". Why a text is no number is one
  cause (:func:`phone_cause`), said in the sentence and in DW035's DETAIL.
* **an e-mail address** (:func:`email_fits`): the shape a login's e-mail already has
  (:data:`EMAIL_PATTERN`, migration 0004's ``EMAIL_RE``), read in any case: an address
  outside DICEL may be written Info@Akagera.rw. Plain ASCII before it is lowered (since
  migration 0130): "İnfo@…" or a Kelvin sign lowered differently by Python and by each
  database collation, and no mail server takes them.

The database calls the same rules (``dicel_phone_fits``, ``dicel_email_fits``) from the
triggers ``<table>_contact_shapes`` (migration 0130; CHECKs from 0125 until then) on a new
row or a changed value, and refuses with DW035 (phone) or DW036 (e-mail); a value stored
before 0125 stays until someone writes another. tests/db/test_contacts_reach_someone.py
asks both sides the same :data:`PHONE_SAMPLES` and :data:`EMAIL_SAMPLES` and 1,200
generated texts: equal there, which is what a test can show, not a proof. The record form
says the same sentence before saving (services/form_rules.validate). An emergency
contact with anything in it has a name and a phone (:func:`contact_gap`, DW031, migration
0132), and is one person written as texts: a mapping whose :data:`CONTACT_PARTS` are text
or None (:func:`contact_fault`, DW032, migration 0135).
"""

from __future__ import annotations

import re

__all__ = [
    "CONTACT_BLANKS",
    "CONTACT_COLUMNS",
    "CONTACT_PARTS",
    "EMAIL_CAUSES",
    "EMAIL_COLUMNS",
    "EMAIL_PATTERN",
    "EMAIL_SAMPLES",
    "PHONE_CAUSES",
    "PHONE_COLUMNS",
    "PHONE_SAMPLES",
    "SETTING_EMAILS",
    "SETTING_PHONES",
    "contact_fault",
    "contact_gap",
    "contact_lacks_both",
    "email_cause",
    "email_fits",
    "phone_cause",
    "phone_fits",
    "shape_trigger_name",
]

#: A lower-cased e-mail address: what a login role may be called (migration 0004's
#: ``EMAIL_RE``, which tests/security/test_provisioning.py holds equal). Plain ASCII, a
#: dot in the domain: there to catch typing mistakes, not to follow every corner of
#: RFC 5322.
EMAIL_PATTERN = re.compile(
    r"[a-z0-9_%+'-]+(\.[a-z0-9_%+'-]+)*"
    r"@[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+"
)

#: The characters of a phone number: an optional leading +, then digits parted by
#: spaces, hyphens, dots or brackets, beginning with a digit or a bracket and ending
#: with one. Read alike by Python's ``re`` and PostgreSQL's ``~`` (``^…$`` there).
PHONE_SHAPE = r"\+?[0-9(]([0-9 ().-]*[0-9)])?"
#: Its brackets: none, or one pair, opened first, a digit inside (migration 0130).
PHONE_BRACKETS = r"[^()]*(\([^()]*[0-9][^()]*\)[^()]*)?"
#: The fewest and the most digits of a number: a short foreign number, E.164's longest.
FEWEST_DIGITS, MOST_DIGITS = 7, 15
#: A Rwandan number's digits written nationally (0 and nine) and with its country code
#: (250 and nine).
NATIONAL_DIGITS, INTERNATIONAL_DIGITS = 10, 12

_NOT_A_DIGIT = re.compile(r"[^0-9]")

#: The columns that hold one phone number, (table, column). users.phone included: the
#: public profile's number.
PHONE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("users", "phone"),
    ("departments", "phone"),
    ("candidates", "phone"),
    ("suppliers", "phone"),
    ("clients", "phone"),
    ("leads", "phone"),
)
#: The columns that hold one e-mail address. users.email is not here: it is the login's
#: name, checked by provisioning (migration 0004) and lower-cased (0006).
EMAIL_COLUMNS: tuple[tuple[str, str], ...] = (
    ("departments", "email"),
    ("candidates", "email"),
    ("suppliers", "email"),
    ("clients", "email"),
    ("leads", "email"),
)
#: The emergency contacts (JSON ``{"name", "relationship", "phone"}``, maybe ``"email"``):
#: their ``phone`` is a phone number, their ``email`` an e-mail address.
CONTACT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("users", "emergency_contact"),
    ("employees", "emergency_contact"),
    ("security_guards", "emergency_contact"),
)

#: The parts of an emergency contact its form writes, each a text or none (migration 0135).
CONTACT_PARTS: tuple[str, ...] = ("name", "relationship", "phone", "email")

#: The system settings whose value is a phone number / an e-mail address (migration
#: 0129): the company's, printed on every invoice. Held by the trigger
#: ``system_settings_contact_shapes`` (migration 0131; 0129's CHECK until then), asked
#: of a new or changed value only; an empty value is none, as NULL.
SETTING_PHONES: tuple[str, ...] = ("company.phone",)
SETTING_EMAILS: tuple[str, ...] = ("company.email",)


def shape_trigger_name(table: str) -> str:
    """The trigger that holds ``table``'s phone and e-mail columns to their shape on a new
    row or a changed value (migration 0130; 0125's CHECKs ``ck_<table>_<column>_shape``
    until then)."""
    return f"{table}_contact_shapes"


def _country_code_bracketed(text: str) -> str:
    """``text`` with a bracketed country code "(+250) 788 …" read as "+(250) 788 …": the
    form letterheads print, which clerks copy (migration 0132, eye35 §3)."""
    return "+(" + text[2:] if text.startswith("(+") else text


def phone_fits(text: str | None) -> bool:
    """Whether ``text`` is a phone number (module docstring); None (no number) is."""
    if text is None:
        return True
    text = _country_code_bracketed(text)
    if not re.fullmatch(PHONE_SHAPE, text) or not re.fullmatch(PHONE_BRACKETS, text):
        return False
    digits = _NOT_A_DIGIT.sub("", text)
    if not FEWEST_DIGITS <= len(digits) <= MOST_DIGITS:
        return False
    if digits.startswith("0"):  # national: never after "+"
        return not text.startswith("+") and len(digits) == NATIONAL_DIGITS
    if digits.startswith("250"):
        return len(digits) == INTERNATIONAL_DIGITS
    return text.startswith("+")  # a foreign number: with its country code


#: Why a text is no phone number, in the order :func:`phone_cause` asks (migration 0132,
#: eye35 §4): a sentence that said only "not a phone number" left the clerk counting
#: digits against the example. ``dicel_phone_cause`` asks the same, in the same order.
PHONE_CAUSES: tuple[str, ...] = (
    "two_numbers",  # "0788 123 456 / 0722 123 456": one number per box
    "letters",  # "0788-ABC", "ext 2"
    # The marks (migration 0134; one cause, "marks", in 0132):
    "stray_mark",  # a character no phone number has: "0788#123456", a tab
    "blank_end",  # a blank before or after the number
    "plus_inside",  # a + elsewhere than in front: "0788+123456"
    "brackets",  # two pairs, one closed first or left open, none with a digit inside
    "ends",  # a hyphen, a dot or a blank at an end or right after the +: "-0788…"
    "double_zero",  # "00250…": the international prefix, written + here
    "digit_count",  # fewer than 7 or more than 15 digits
    "plus_zero",  # "+0788…": a national 0 after the country code's +
    "national_digits",  # 0 and other than nine digits
    "country_digits",  # 250 and other than nine digits
    "no_country_code",  # neither 0 nor 250 in front, and no +
)
#: Why a text is no e-mail address, where a short cause helps (:func:`email_cause`).
EMAIL_CAUSES: tuple[str, ...] = ("two_addresses",)

#: What parts two numbers typed in one box ("/", ",", ";", "&", "|").
_BETWEEN_TWO = re.compile(r"[/,;&|]")
_LETTER = re.compile(r"[A-Za-z]")
#: A character no phone number has (PHONE_SHAPE's, and the + in front).
_STRAY_MARK = re.compile(r"[^0-9 ().+-]")


def phone_cause(text: str | None) -> str | None:
    """What is wrong with ``text`` as a phone number, one of :data:`PHONE_CAUSES`; None
    when it fits. The first that holds, in that order: two numbers before letters ("or"
    between them says two numbers), "00" before the count of digits (its count is not
    what to correct)."""
    if phone_fits(text):
        return None
    assert text is not None
    parts = [p for p in _BETWEEN_TWO.split(text) if len(_NOT_A_DIGIT.sub("", p)) >= FEWEST_DIGITS]
    if len(parts) >= 2:
        return "two_numbers"
    if _LETTER.search(text):
        return "letters"
    shaped = _country_code_bracketed(text)
    if _STRAY_MARK.search(shaped):
        return "stray_mark"
    if shaped.startswith(" ") or shaped.endswith(" "):
        return "blank_end"
    if "+" in shaped[1:]:
        return "plus_inside"
    if not re.fullmatch(PHONE_BRACKETS, shaped):
        return "brackets"
    if not re.fullmatch(PHONE_SHAPE, shaped):
        return "ends"
    digits = _NOT_A_DIGIT.sub("", text)
    if digits.startswith("00") and not shaped.startswith("+"):
        return "double_zero"
    if not FEWEST_DIGITS <= len(digits) <= MOST_DIGITS:
        return "digit_count"
    if digits.startswith("0"):
        return "plus_zero" if shaped.startswith("+") else "national_digits"
    if digits.startswith("250"):
        return "country_digits"
    return "no_country_code"


def email_cause(text: str | None) -> str | None:
    """What is wrong with ``text`` as an e-mail address where a cause says more than the
    example (:data:`EMAIL_CAUSES`): two addresses in one box. None otherwise."""
    if email_fits(text) or text is None:
        return None
    return "two_addresses" if text.count("@") >= 2 else None


#: What a blank is in a contact's name or phone, on both sides (``btrim(…, E' \t\n\r')``).
CONTACT_BLANKS = " \t\n\r"


def contact_gap(contact: object) -> str | None:
    """Which of a phone and a name an emergency contact lacks ("phone" first, then
    "name", as ``dicel_contact_shapes`` asks), or None: a contact needs both, a
    relationship is optional (migration 0132, DW031, eye35 §5). No contact at all (not a
    mapping, or nothing but blanks in it) lacks nothing; a name or a phone of blanks only
    is none. A value that is not a mapping is :func:`contact_fault`'s (DW032)."""
    if not isinstance(contact, dict):
        return None
    if not any(_given(contact, key) for key in contact):
        return None
    for key in ("phone", "name"):
        if not _given(contact, key):
            return key
    return None


def contact_fault(contact: object) -> tuple[str, str | None] | None:
    """Why ``contact`` is not one person written as texts, as ``dicel_contact_object``
    says it (DW032, migration 0135, psql36 #1): ``(kind, part)``, the JSON type found
    ("array", "string", "number", "boolean", "object") and the part of that type (None
    when the whole contact is); None for a mapping whose :data:`CONTACT_PARTS` are text or
    None (other keys are not asked), and for no contact (None). :func:`contact_gap` is
    asked of a mapping only."""
    if contact is None:
        return None
    if not isinstance(contact, dict):
        return _json_kind(contact), None
    for part in CONTACT_PARTS:
        value = contact.get(part)
        if value is not None and not isinstance(value, str):
            return _json_kind(value), part
    return None


def _json_kind(value: object) -> str:
    """``value``'s JSON type, as ``jsonb_typeof`` names it."""
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list | tuple):
        return "array"
    if isinstance(value, str):
        return "string"
    if isinstance(value, bool):
        return "boolean"
    return "number"


def contact_lacks_both(contact: object) -> bool:
    """Whether an emergency contact with something in it (a relationship only) lacks
    both its phone and its name: said in one sentence, not one after the other
    (review35c F6)."""
    return (
        contact_gap(contact) == "phone"
        and isinstance(contact, dict)
        and not _given(contact, "name")
    )


def _given(contact: dict, key: str) -> bool:
    value = contact.get(key)
    return value is not None and str(value).strip(CONTACT_BLANKS) != ""


def email_fits(text: str | None) -> bool:
    """Whether ``text`` is an e-mail address of a login's shape, in any case; None (no
    address) is."""
    if text is None:
        return True
    return text.isascii() and EMAIL_PATTERN.fullmatch(text.lower()) is not None


#: Numbers both sides must judge alike: (text, fits).
PHONE_SAMPLES: tuple[tuple[str, bool], ...] = (
    ("+250 788 123 456", True),
    ("0788123456", True),
    ("0788 123 456", True),
    ("+250-788-123-456", True),
    ("(+250) 788 123 456", True),  # as letterheads print it (migration 0132)
    ("(+44) 20 7946 0958", True),
    ("(+0788) 123 456", False),
    ("(+250 788 123 456", False),
    ("(+)250 788 123 456", False),
    ("((+250)) 788 123 456", False),
    ("+(+250) 788 123 456", False),
    ("(0788) 123.456", True),
    ("250788123456", True),
    ("+254 712 345 678", True),
    ("+44 20 7946 0958", True),
    ("+1 (212) 555-0100", True),
    ("+44 (0)20 7946 0958", True),
    ("250 788 123 456", True),
    ("+1234567", True),
    ("1234567", False),  # a foreign number without "+" and its country code
    ("788 123 456", False),  # a Rwandan mobile without its 0
    ("788123456", False),
    ("+0788123456", False),  # "+" is never followed by 0
    ("+(0)788 123 456", False),
    ("0788)123(456", False),  # brackets closed before they open
    ("(((0788123456)))", False),
    ("(0788) (123) 456", False),  # one pair at most
    ("0788 () 123456", False),  # nothing inside
    ("+250 788 123 45", False),  # a Rwandan number one digit short
    ("0788 123 45", False),
    ("0788 123 4567", False),
    ("123456", False),  # six digits
    ("+1234567890123456", False),  # sixteen
    ("", False),
    (" ", False),
    ("+", False),
    ("++250788123456", False),
    ("0788123456 ", False),  # a blank at an end
    (" 0788123456", False),
    ("0788/123/456", False),
    ("call Jean", False),
    ("07881234ab", False),
    ("+250 788 123 456 ext 2", False),
    ("٠٧٨٨١٢٣٤٥٦", False),  # Arabic-Indic digits: not what a phone dials here
    ("0788\n123456", False),
)

#: Addresses both sides must judge alike: (text, fits).
EMAIL_SAMPLES: tuple[tuple[str, bool], ...] = (
    ("info@akagera-logistics.example", True),
    ("Info@Akagera.rw", True),
    ("jean.mugabo@dicel.rw", True),
    ("o'brien+orders@mail.co.uk", True),
    ("jean@mail", False),
    ("jean mugabo@dicel.rw", False),
    ("@dicel.rw", False),
    ("jean@", False),
    ("jean@@dicel.rw", False),
    ("jean@-dicel.rw", False),
    ("jean..mugabo@dicel.rw", False),
    ("jean@dicel.rw ", False),
    ("", False),
    ("écrire@dicel.rw", False),
    ("İnfo@dicel.rw", False),  # Python lowers İ to two code points, PostgreSQL to one
    ("\u212aevin@dicel.rw", False),  # KELVIN SIGN, which lowers to an ASCII k
    ("info@dicel.\u212a\u212a", False),
)
